"""Dialogues, their parties, themes and classification markings: reading and writing (part of :class:`Workspace`)."""

from __future__ import annotations

import json
from collections.abc import Iterable

from ..domain import audience, validate
from ..domain.errors import Invalid, NotFound
from ..domain.model import Dialogue, Party, Theme
from . import codec


class Dialogues:
    """Mixed into :class:`~consult_app.store.workspace.Workspace`; uses its ``_rows``, ``_one`` and ``_write``."""

    def dialogues(self) -> list[Dialogue]:
        parties: dict[str, list[Party]] = {}
        for row in self._rows("SELECT * FROM parties ORDER BY position, code"):
            parties.setdefault(row["dialogue_id"], []).append(codec.party_from_row(row))
        themes: dict[str, list[Theme]] = {}
        for row in self._rows("SELECT * FROM themes ORDER BY position, code"):
            themes.setdefault(row["dialogue_id"], []).append(codec.from_row(Theme, row))
        return [
            codec.dialogue_from_row(row, parties.get(row["id"], []), themes.get(row["id"], [])) for row in self._rows("SELECT * FROM dialogues ORDER BY code")
        ]

    def dialogue(self, dialogue_id: str) -> Dialogue:
        for d in self.dialogues():
            if d.id == dialogue_id:
                return d
        raise NotFound(f"No dialogue with id {dialogue_id} in this workspace.")

    def dialogue_by_code(self, code: str) -> Dialogue:
        for d in self.dialogues():
            if d.code.lower() == code.lower():
                return d
        codes = ", ".join(d.code for d in self.dialogues()) or "none"
        raise NotFound(f"No dialogue with code '{code}' in this workspace (known: {codes}).")

    def add_dialogue(self, d: Dialogue) -> Dialogue:
        validate.dialogue(d)
        with self._write("dialogue") as db:
            if self._one("SELECT 1 FROM dialogues WHERE code = ?", (d.code,)):
                raise Invalid(f"code: a dialogue with code '{d.code}' already exists.", "code")
            db.table("dialogues").insert(codec.dialogue_row(d))
            db.table("parties").insert_all(codec.party_row(p, d.id, n) for n, p in enumerate(d.parties))
            db.table("themes").insert_all(
                {"id": t.id, "dialogue_id": d.id, "code": t.code, "title": codec.jdump(t.title), "standing": int(t.standing), "position": n}
                for n, t in enumerate(d.themes)
            )
            self._index_dialogue(d)
        return d

    def update_parties(self, dialogue_id: str, parties: Iterable[Party]) -> Dialogue:
        """Change the plain name and the protocol names of some of a dialogue's parties, in one transaction.

        Each party is found by its id among the dialogue's (its code and home flag stay); refusals name
        it by its place in the dialogue (``parties[1].names.fr.article: …``) and leave every row as it was.
        """
        d = self.dialogue(dialogue_id)
        changed = []
        for p in parties:
            n = next((n for n, q in enumerate(d.parties) if q.id == p.id), None)
            if n is None:
                raise Invalid(f"parties: {p.code or p.id} is not a party to {d.code}.", "parties")
            validate.party_names(p, f"parties[{n}]", d.languages, d.parties[n])
            # a language with no form left: the plain name there
            d.parties[n].name, d.parties[n].names = p.name, {lang: x for lang, x in sorted(p.names.items()) if any(x.as_dict().values())}
            changed.append(d.parties[n])
        with self._write("dialogue"):
            for p in changed:
                self.conn.execute("UPDATE parties SET name = ?, names = ? WHERE id = ?", (p.name, codec.jdump(codec.party_names_to_json(p.names)), p.id))
            self._index_dialogue(d)
        return d

    def marking_order(self) -> list[str]:
        """The workspace's classification levels, lowest first (a document over several dialogues prints the highest)."""
        try:
            order = json.loads(self.meta("marking_order") or "null")
        except ValueError:
            order = None
        if isinstance(order, list) and order and all(isinstance(x, str) for x in order):
            return order
        return list(audience.DEFAULT_MARKING_ORDER)

    def set_marking_order(self, order: Iterable[str]) -> list[str]:
        """Replace the ordered list of levels (lowest first)."""
        levels = audience.check_order(list(order))
        with self._write("workspace"):
            self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('marking_order', ?)", (codec.jdump(levels),))
        return levels

    def set_marking(self, dialogue_id: str, level: str | None = None, texts: dict[str, str] | None = None) -> Dialogue:
        """Set a dialogue's classification level and/or its wording per language (an empty wording removes it).

        A new level drops the wordings of the old one (they would name the wrong level).
        """
        d = self.dialogue(dialogue_id)
        markings = dict(d.markings)
        if level is not None:
            level = " ".join(validate.text(level, "level", limit=60).split()).upper()
            order = self.marking_order()
            if level and level not in order:
                raise Invalid(
                    f"classification: '{level}' is not on this workspace's list of markings ({', '.join(order)}); add it to the list first.", "classification"
                )
            if level != d.classification.upper():
                markings = {}
            d.classification = level
        for lang, text in (texts or {}).items():
            if not (isinstance(lang, str) and lang.isalpha() and 2 <= len(lang) <= 3 and lang == lang.lower()):
                raise Invalid(f"marking: '{lang}' is not a language code (for example fr).", "marking")
            text = " ".join(validate.text(text, f"marking.{lang}", limit=validate.MARKING).split())
            if text:
                markings[lang] = text
            else:
                markings.pop(lang, None)
        d.markings = markings
        with self._write("dialogue"):
            self.conn.execute("UPDATE dialogues SET classification = ?, markings = ? WHERE id = ?", (d.classification, codec.jdump(d.markings), d.id))
        return d
