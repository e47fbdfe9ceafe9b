"""Full-text search over folded text (FTS5), kept up to date by every write (part of :class:`Workspace`)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..domain.model import AgendaItem, Commitment, Dialogue, FollowUpAction, Indicator, Person, Session, pick
from ..domain.text import fold
from . import codec

# the tables whose rows are items of the index, by the kind of item
ITEM_TABLES = {
    "dialogue": "dialogues",
    "session": "sessions",
    "agenda_item": "agenda_items",
    "person": "people",
    "commitment": "commitments",
    "event": "status_events",
    "action": "actions",
    "indicator": "indicators",
}
# tables whose deleted rows take others with them (ON DELETE CASCADE)
CASCADING = {"dialogues", "sessions", "agenda_items", "commitments"}


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

    def _index_event(self, event_id: str, note: str, evidence: str, commitment: dict | None) -> None:
        """A status event's note and evidence, found under its commitment's reference."""
        self._index("event", event_id, commitment["dialogue_id"] if commitment else "", commitment["ref"] if commitment else "", [note, evidence])

    def _index_action(self, a: FollowUpAction) -> None:
        self._index("action", a.id, a.dialogue_id, a.assignee, [a.description, a.assignee])

    def _index_indicator(self, i: Indicator, commitment: dict | None) -> None:
        self._index("indicator", i.id, commitment["dialogue_id"] if commitment else "", commitment["ref"] if commitment else "", list(i.name.values()))

    def _index_events(self, where: str = "1", params: Iterable = ()) -> None:
        """(Re)index the status events ``where`` selects (in ``e``, joined to their commitment ``c``)."""
        sql = f"SELECT e.id, e.note, e.evidence, c.dialogue_id, c.ref FROM status_events e JOIN commitments c ON c.id = e.commitment_id WHERE {where}"
        for row in self._rows(sql, params):
            self._index_event(row["id"], row["note"], row["evidence"], row)

    def _index_indicators(self, indicators: Iterable[Indicator]) -> None:
        for i in indicators:
            self._index_indicator(i, self._one("SELECT dialogue_id, ref FROM commitments WHERE id = ?", (i.commitment_id,)))

    def _reindex_all(self) -> None:
        """Rebuild the search index from every table (after a migration or a repair)."""
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
        self._index_events()
        for a in self.actions():
            self._index_action(a)
        self._index_indicators(self.indicators())

    def _reindex_changed(self, changed: Iterable[tuple[str, str, dict]]) -> None:
        """Bring the index up to date after the rows ``(table, op, row)`` changed (a packet's changes, applied).

        ``op`` is insert, update or delete; ``row`` holds at least the changed
        row's key (``id``), and for a deleted row its old values. Each item that shows one of them (a
        session shows its dialogue's code, an event its commitment's
        reference) is indexed again as it now stands, through the same
        functions as an ordinary edit, or taken out of the index when it is
        gone: the index ends as :meth:`_reindex_all` would leave it.
        """
        ids: dict[str, set[str]] = {table: set() for table in ITEM_TABLES.values()}
        deleted = False
        for table, op, row in changed:
            deleted = deleted or (op == "delete" and table in CASCADING)
            if table in ("parties", "themes"):
                owner = row.get("dialogue_id") or (self._one(f"SELECT dialogue_id FROM {table} WHERE id = ?", (row.get("id"),)) or {}).get("dialogue_id")
                table, row = "dialogues", {"id": owner}
            if table in ids and row.get("id") is not None:
                ids[table].add(row["id"])
        if deleted:  # rows deleted with their parent (ON DELETE CASCADE) are in no changeset: their entries go too
            self._drop_orphans()
        ids["sessions"] |= {
            r["id"] for d in _chunks(ids["dialogues"]) for r in self._rows(f"SELECT id FROM sessions WHERE dialogue_id IN ({d.marks})", d.values)
        }
        commitments = ids["commitments"]
        for table in ITEM_TABLES.values():
            gone = set(ids[table])
            for chunk in _chunks(ids[table]):
                gone -= {r["id"] for r in self._rows(f"SELECT id FROM {table} WHERE id IN ({chunk.marks})", chunk.values)}
            self._unindex(*gone)
            ids[table] -= gone
        dialogues = {d.id: d for d in self.dialogues()} if ids["dialogues"] else {}
        for dialogue_id in ids["dialogues"]:
            self._index_dialogue(dialogues[dialogue_id])
        for chunk in _chunks(ids["sessions"]):
            for r in self._rows(f"SELECT * FROM sessions WHERE id IN ({chunk.marks})", chunk.values):
                s = codec.session_from_row(r)
                self._index_session(s)
                ids["agenda_items"] |= {item.id for item in self.agenda(s.id)}
        for chunk in _chunks(ids["agenda_items"]):
            sql = f"SELECT a.*, s.dialogue_id AS dialogue_of_session FROM agenda_items a JOIN sessions s ON s.id = a.session_id WHERE a.id IN ({chunk.marks})"
            for r in self._rows(sql, chunk.values):
                self._index_item(codec.from_row(AgendaItem, r), r["dialogue_of_session"])
        for chunk in _chunks(commitments):
            for c in self._rows(f"SELECT id FROM commitments WHERE id IN ({chunk.marks})", chunk.values):
                self._index_commitment(self.commitment(c["id"]))
        for chunk in _chunks(ids["people"]):
            for r in self._rows(f"SELECT id FROM people WHERE id IN ({chunk.marks})", chunk.values):
                self._index_person(self.person(r["id"]))
        for chunk in _chunks(ids["status_events"]):
            self._index_events(f"e.id IN ({chunk.marks})", chunk.values)
        for chunk in _chunks(commitments):  # their events and indicators show their reference
            self._index_events(f"e.commitment_id IN ({chunk.marks})", chunk.values)
            ids["indicators"] |= {r["id"] for r in self._rows(f"SELECT id FROM indicators WHERE commitment_id IN ({chunk.marks})", chunk.values)}
        for chunk in _chunks(ids["actions"]):
            for r in self._rows(f"SELECT * FROM actions WHERE id IN ({chunk.marks})", chunk.values):
                self._index_action(codec.from_row(FollowUpAction, r))
        for chunk in _chunks(ids["indicators"]):
            self._index_indicators(codec.from_row(Indicator, r) for r in self._rows(f"SELECT * FROM indicators WHERE id IN ({chunk.marks})", chunk.values))

    def _drop_orphans(self) -> None:
        """Take out of the index every entry whose item is no longer in its table."""
        exists = " UNION ALL ".join(f"SELECT id FROM {table}" for table in ITEM_TABLES.values())
        self._unindex(*[r["item_id"] for r in self._rows(f"SELECT item_id FROM search_rows WHERE item_id NOT IN ({exists})")])

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


@dataclass(frozen=True)
class _Chunk:
    values: tuple
    marks: str


def _chunks(values: Iterable, size: int = 500) -> Iterable[_Chunk]:
    """Values in groups small enough for one ``IN (?, …)``."""
    values = sorted(values)
    for start in range(0, len(values), size):
        part = tuple(values[start : start + size])
        yield _Chunk(part, ", ".join("?" * len(part)))


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
    """The line of ``display`` where the first word is found at the start of a word (else its first line), cut to about
    ``width`` around it on whole words ("…" where it is cut), the word found about a third of the way in."""
    lines = display.splitlines() or [""]
    for line in lines:
        found = _word_found(line, folded_words[0]) if folded_words else None
        if found is not None:
            return _cut(line, *found, width)
    return _cut(lines[0], 0, 0, width)


def _cut(line: str, at: int, end: int, width: int) -> str:
    """``line`` cut to about ``width`` characters on whole words, keeping ``line[at:end]``, which starts a third of the way in."""
    lo = _word_at_or_after(line, max(0, at - width // 3), at)
    hi = max(min(len(line), lo + width), end)
    if hi < len(line) and not line[hi].isspace():
        space = line.rfind(" ", end, hi)
        if space > lo:
            hi = space
        else:  # a word longer than the room: shown whole
            space = line.find(" ", hi)
            hi = len(line) if space < 0 else space
    return ("…" if lo else "") + line[lo:hi].strip() + ("…" if hi < len(line) else "")


def _word_found(line: str, folded_word: str) -> tuple[int, int] | None:
    """Where ``folded_word`` first begins a word of ``line``, as (start, end) in ``line``'s characters (fold() can change
    lengths: ß -> ss); else where it first occurs at all; None when it does not."""
    positions, folded = [], ""
    for ch in line:
        positions.append(len(folded))
        folded += fold(ch)
    starts = [m.start() for m in re.finditer(re.escape(folded_word), folded)] if folded_word else []
    if not starts:
        return None
    at = next((p for p in starts if p == 0 or not folded[p - 1].isalnum()), starts[0])
    first = max(i for i, p in enumerate(positions) if p <= at)
    last = max(i for i, p in enumerate(positions) if p < at + len(folded_word))
    return first, last + 1


def _word_at_or_after(line: str, lo: int, limit: int) -> int:
    """``lo`` moved to the start of a word: the next one if it begins by ``limit``, else the one ``lo`` is in."""
    if lo == 0 or line[lo - 1].isspace():
        return lo
    space = line.find(" ", lo, limit)
    if space >= 0:
        return space + 1
    space = line.rfind(" ", 0, lo)
    return space + 1
