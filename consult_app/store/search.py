"""Full-text search over folded text (FTS5), kept up to date by every write (part of :class:`Workspace`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.model import AgendaItem, Commitment, Dialogue, Person, Session, pick
from ..domain.text import fold


@dataclass(frozen=True)
class Hit:
    """One search result."""

    kind: str
    item_id: str
    dialogue_id: str
    label: str
    snippet: str


class Search:
    """Mixed into :class:`~consult_app.store.workspace.Workspace`; uses its ``_rows``, ``_one`` and ``_write``."""

    def _index(self, kind: str, item_id: str, dialogue_id: str, label: str, texts: Iterable[str]) -> None:
        """(Re)index one item's texts. ``search_rows`` maps the item to its FTS row, so this stays O(log n)."""
        display = "\n".join(t for t in texts if t)
        self._unindex(item_id)
        if display:
            cursor = self.conn.execute(
                "INSERT INTO search_index (body, display, kind, item_id, dialogue_id, label) VALUES (?, ?, ?, ?, ?, ?)",
                (fold(display), display, kind, item_id, dialogue_id, label),
            )
            self.conn.execute("INSERT INTO search_rows (item_id, fts_rowid) VALUES (?, ?)", (item_id, cursor.lastrowid))

    def _unindex(self, *item_ids: str) -> None:
        for item_id in item_ids:
            row = self.conn.execute("SELECT fts_rowid FROM search_rows WHERE item_id = ?", (item_id,)).fetchone()
            if row:
                self.conn.execute("DELETE FROM search_index WHERE rowid = ?", (row[0],))
                self.conn.execute("DELETE FROM search_rows WHERE item_id = ?", (item_id,))

    def _index_dialogue(self, d: Dialogue) -> None:
        texts = [*d.name.values(), d.code, d.instrument_title, *(p.name for p in d.parties)]
        texts += [v for t in d.themes for v in t.title.values()]
        self._index("dialogue", d.id, d.id, d.code, texts)

    def _index_session(self, s: Session) -> None:
        code = self._one("SELECT code FROM dialogues WHERE id = ?", (s.dialogue_id,))
        self._index("session", s.id, s.dialogue_id, f"{code['code'] if code else ''} #{s.number}", [s.venue])

    def _index_item(self, item: AgendaItem, dialogue_id: str) -> None:
        texts = [*item.title.values(), *item.summary.values(), *item.conclusions.values()]
        texts += [item.objective, item.background, item.lines_to_take, item.internal_notes, item.their_asks, item.red_lines]
        self._index("agenda_item", item.id, dialogue_id, pick(item.title, next(iter(item.title), "")), texts)

    def _index_person(self, p: Person) -> None:
        self._index("person", p.id, "", p.name, [p.name, p.title, p.organisation, p.party])

    def _index_commitment(self, c: Commitment) -> None:
        self._index("commitment", c.id, c.dialogue_id, c.ref, [c.ref, *c.text.values(), c.lead_institution, c.end_reason])

    def _reindex_all(self) -> None:
        """Rebuild the search index from every table (after a migration, an import or a repair)."""
        self.conn.execute("DELETE FROM search_index")
        self.conn.execute("DELETE FROM search_rows")
        for d in self.dialogues():
            self._index_dialogue(d)
            for s in self.sessions(d.id):
                self._index_session(s)
                for item in self.agenda(s.id):
                    self._index_item(item, d.id)
        for c in self.commitments():
            self._index_commitment(c)
        for p in self.people():
            self._index_person(p)
        for row in self._rows("SELECT e.id, e.note, e.evidence, c.dialogue_id, c.ref FROM status_events e JOIN commitments c ON c.id = e.commitment_id"):
            if row["note"] or row["evidence"]:
                self._index("event", row["id"], row["dialogue_id"], row["ref"], [row["note"], row["evidence"]])
        for a in self.actions():
            self._index("action", a.id, a.dialogue_id, a.assignee, [a.description, a.assignee])
        for i in self.indicators():
            c = self._one("SELECT dialogue_id, ref FROM commitments WHERE id = ?", (i.commitment_id,))
            self._index("indicator", i.id, c["dialogue_id"] if c else "", c["ref"] if c else "", list(i.name.values()))

    def search(self, query: str, *, dialogue_id: str | None = None, limit: int = 100) -> list[Hit]:
        """Find every text containing all words of ``query`` (as prefixes).

        Case, accents and letters such as ı, đ, ł are folded on both sides, so
        ``bakanligi`` finds ``Bakanlığı`` and ``dorde`` finds ``Đorđe``.
        """
        words = [w for w in _words(fold(query)) if w]
        if not words:
            return []
        match = " ".join(f'"{w}"*' for w in words)
        sql = "SELECT kind, item_id, dialogue_id, label, display FROM search_index WHERE search_index MATCH ?"
        params: list = [match]
        if dialogue_id:
            sql += " AND dialogue_id = ?"
            params.append(dialogue_id)
        sql += " ORDER BY rank LIMIT ?"
        params.append(limit)
        return [Hit(r["kind"], r["item_id"], r["dialogue_id"], r["label"], snippet(r["display"], words)) for r in self._rows(sql, params)]


def _words(text: str) -> list[str]:
    out, word = [], []
    for ch in text:
        if ch.isalnum():
            word.append(ch)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out


def snippet(display: str, folded_words: list[str], width: int = 80) -> str:
    """The line of ``display`` where the first word matches, cut to ``width`` around it."""
    for line in display.splitlines():
        folded = fold(line)
        # fold() can change lengths (ß -> ss); map positions character by character.
        positions, acc = [], 0
        for ch in line:
            positions.append(acc)
            acc += len(fold(ch))
        at = folded.find(folded_words[0])
        if at < 0:
            continue
        start_char = max((i for i, p in enumerate(positions) if p <= at), default=0)
        lo = max(0, start_char - width // 3)
        if lo:
            space = line.rfind(" ", 0, lo + 1)
            lo = space + 1 if space >= 0 and lo - space < 15 else lo
        hi = min(len(line), lo + width)
        return ("…" if lo else "") + line[lo:hi] + ("…" if hi < len(line) else "")
    first = display.splitlines()[0] if display else ""
    return first[:width] + ("…" if len(first) > width else "")
