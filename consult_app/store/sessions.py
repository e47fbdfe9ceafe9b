"""Sessions, people and delegations, agendas and minutes: reading and writing (part of :class:`Workspace`)."""

from __future__ import annotations

from collections.abc import Iterable

from ..domain import validate
from ..domain.errors import Invalid
from ..domain.model import AgendaItem, Amendment, DelegationMember, MinutesState, Person, Session
from . import codec


class Sessions:
    """Mixed into :class:`~consult_app.store.workspace.Workspace`; uses its ``_rows``, ``_one`` and ``_write``."""

    def sessions(self, dialogue_id: str | None) -> list[Session]:
        """A dialogue's sessions in order of number; ``None``: every dialogue's, in one query (by dialogue, then number)."""
        return [
            codec.session_from_row(r)
            for r in self._rows("SELECT * FROM sessions WHERE ?1 IS NULL OR dialogue_id = ?1 ORDER BY dialogue_id, number", (dialogue_id,))
        ]

    def session(self, session_id: str) -> Session:
        return codec.session_from_row(self._found("SELECT * FROM sessions WHERE id = ?", (session_id,), f"No session with id {session_id}."))

    def session_by_number(self, dialogue_id: str, number: int) -> Session:
        return codec.session_from_row(
            self._found("SELECT * FROM sessions WHERE dialogue_id = ? AND number = ?", (dialogue_id, number), f"This dialogue has no session number {number}.")
        )

    def add_session(self, s: Session, agenda: Iterable[AgendaItem] = ()) -> Session:
        """Add a session, with its agenda if one is given, in one transaction."""
        validate.session(s)
        with self._write("session") as db:
            if self._one("SELECT 1 FROM sessions WHERE dialogue_id = ? AND number = ?", (s.dialogue_id, s.number)):
                raise Invalid(f"number: this dialogue already has a session number {s.number}.", "number")
            db.table("sessions").insert(codec.row_of(s))
            self._index_session(s)
            for item in agenda:
                db.table("agenda_items").insert(codec.row_of(item))
                self._index_item(item, s.dialogue_id)
        return s

    def update_session(self, s: Session) -> Session:
        """Change a session's details; its minutes state moves only with the record (see :mod:`.negotiation`)."""
        validate.session(s)
        self.check_minutes_state(self.session(s.id), s)
        with self._write("session") as db:
            db.table("sessions").update(s.id, codec.row_of(s))
            self._index_session(s)
        return s

    def people(self) -> list[Person]:
        return self._objects(Person, "SELECT * FROM people ORDER BY name")

    def person(self, person_id: str) -> Person:
        return codec.from_row(Person, self._found("SELECT * FROM people WHERE id = ?", (person_id,), "This person is no longer in the directory."))

    def add_person(self, p: Person) -> Person:
        validate.person(p)
        return self._add("person", "people", p, self._index_person)

    def update_person(self, p: Person) -> Person:
        """Change a person's name, party, function, organisation or contact details."""
        validate.person(p)
        self.person(p.id)
        with self._write("person") as db:
            db.table("people").update(p.id, codec.row_of(p))
            self._index_person(p)
        return p

    def delete_person(self, person_id: str) -> None:
        """Take someone out of the directory; refused while a delegation lists them."""
        person = self.person(person_id)
        if self._one("SELECT 1 FROM delegation_members WHERE person_id = ?", (person_id,)):
            raise Invalid(f"{person.name} is a member of a delegation: take them off it first, or keep them in the directory.", "person")
        if self._one("SELECT 1 FROM agenda_items WHERE presenter_id = ?", (person_id,)):
            raise Invalid(f"{person.name} presents an agenda item: choose another presenter first, or keep them in the directory.", "person")
        with self._write("person"):
            self._unindex(person_id)
            self.conn.execute("DELETE FROM people WHERE id = ?", (person_id,))

    def cochairs(self, dialogue_id: str) -> dict[str, list[str]]:
        """The names of the co-chairs of each session of a dialogue, by session id, in one query."""
        rows = self._rows(
            "SELECT m.session_id, p.name FROM delegation_members m JOIN sessions s ON s.id = m.session_id "
            "JOIN people p ON p.id = m.person_id JOIN parties y ON y.id = m.party_id "
            "WHERE s.dialogue_id = ? AND m.is_cochair = 1 ORDER BY y.position, m.is_head DESC, m.position, m.id",
            (dialogue_id,),
        )
        out: dict[str, list[str]] = {}
        for r in rows:
            out.setdefault(r["session_id"], []).append(r["name"])
        return out

    def delegation(self, session_id: str) -> list[DelegationMember]:
        """Members of every delegation at a session, heads of delegation first."""
        return self._objects(
            DelegationMember,
            "SELECT m.* FROM delegation_members m JOIN parties p ON p.id = m.party_id "
            "WHERE m.session_id = ? ORDER BY p.position, m.is_head DESC, m.position, m.id",
            (session_id,),
        )

    def add_member(self, m: DelegationMember) -> DelegationMember:
        validate.member(m)
        self._check_delegations_editable(m.session_id)
        return self._add("delegation", "delegation_members", m)

    def update_member(self, m: DelegationMember) -> DelegationMember:
        """Change a delegation member's role, head of delegation, co-chair, position or attendance."""
        validate.member(m)
        self._check_delegations_editable(self.member(m.id).session_id)
        self._check_delegations_editable(m.session_id)
        with self._write("delegation") as db:
            db.table("delegation_members").update(m.id, codec.row_of(m))
        return m

    def member(self, member_id: str) -> DelegationMember:
        return codec.from_row(
            DelegationMember, self._found("SELECT * FROM delegation_members WHERE id = ?", (member_id,), "This delegate is no longer on the delegation.")
        )

    def _check_delegations_editable(self, session_id: str | None) -> None:
        """The delegations printed in agreed minutes stay as they were agreed."""
        if session_id and self.session(session_id).minutes_state == MinutesState.AGREED:
            raise Invalid("The minutes of this session are agreed: its delegations, which they print, stay as they were agreed.", "minutes_state")

    def record_brief(self, session_id: str, when: str) -> Session:
        """Remember when the session's ministerial brief was generated (an ISO timestamp, UTC)."""
        validate.timestamp(when, "brief_printed_at")
        session = self.session(session_id)
        session.brief_printed_at = when
        with self._write("session"):
            self.conn.execute("UPDATE sessions SET brief_printed_at = ? WHERE id = ?", (when, session_id))
        return session

    def remove_member(self, member_id: str) -> None:
        self._check_delegations_editable(self.member(member_id).session_id)
        with self._write("delegation"):
            self.conn.execute("DELETE FROM delegation_members WHERE id = ?", (member_id,))

    def agenda(self, session_id: str) -> list[AgendaItem]:
        return self._objects(AgendaItem, "SELECT * FROM agenda_items WHERE session_id = ? ORDER BY position", (session_id,))

    def add_agenda_item(self, item: AgendaItem) -> AgendaItem:
        session = self.session(item.session_id)
        d = self.dialogue(session.dialogue_id)
        validate.agenda_item(item, d.languages)
        self.check_items_editable(session)
        if item.parent_id is not None:
            self._check_parent(self.agenda_item(item.parent_id), item.session_id)
        with self._write("agenda") as db:
            db.table("agenda_items").insert(codec.row_of(item))
            self._index_item(item, d.id)
        return item

    def agenda_item(self, item_id: str) -> AgendaItem:
        return codec.from_row(AgendaItem, self._found("SELECT * FROM agenda_items WHERE id = ?", (item_id,), "This agenda item no longer exists."))

    def update_agenda_item(self, item: AgendaItem) -> AgendaItem:
        """Change an item. Once the minutes are agreed, its joint record can only be amended; once circulated, only the pen holder edits it."""
        session = self.session(item.session_id)
        d = self.dialogue(session.dialogue_id)
        validate.agenda_item(item, d.languages)
        if item.kind.timetable_only and self._one("SELECT 1 FROM agenda_items WHERE parent_id = ?", (item.id,)):
            raise Invalid("kind: an item with sub-items cannot become a break, a lunch or a day heading; move its sub-items first.", "kind")
        before = self.agenda_item(item.id)
        if before.session_id != item.session_id:  # leaving a session, or joining one, is removing or adding an item there
            self.check_items_editable(self.session(before.session_id))
            self.check_items_editable(session)
        if before.parent_id != item.parent_id and item.parent_id is not None:
            self._check_parent(self.agenda_item(item.parent_id), item.session_id)
        self.check_item_kept(self.session(before.session_id), before, item)
        self.check_texts_editable(session, before, item)
        with self._write("agenda") as db:
            db.table("agenda_items").update(item.id, codec.row_of(item))
            self._index_item(item, d.id)
        return item

    def delete_agenda_item(self, item_id: str) -> None:
        """Remove an item and its sub-items; the others close ranks."""
        item = self.agenda_item(item_id)
        self.check_items_editable(self.session(item.session_id))
        with self._write("agenda"):
            self._unindex(*[r["id"] for r in self._rows("SELECT id FROM agenda_items WHERE id = ? OR parent_id = ?", (item_id, item_id))])
            self.conn.execute("DELETE FROM agenda_items WHERE id = ?", (item_id,))
            self._renumber(item.session_id, item.parent_id)

    def move_agenda_item(self, item_id: str, parent_id: str | None, position: int) -> None:
        """Put an item at ``position`` among the children of ``parent_id`` (None: top level).

        Items are at most two levels deep (2 and 2.1), as agendas are numbered.
        """
        item = self.agenda_item(item_id)
        self.check_items_editable(self.session(item.session_id))
        if parent_id is not None:
            parent = self.agenda_item(parent_id)
            if parent_id == item_id:
                raise Invalid("An item can only become a sub-item of a top-level item of the same session.")
            self._check_parent(parent, item.session_id)
            if item.kind.timetable_only:
                raise Invalid("A break, a lunch or a day heading is a row of the timetable: it cannot become a sub-item.")
            if self._one("SELECT 1 FROM agenda_items WHERE parent_id = ?", (item_id,)):
                raise Invalid("An item with sub-items cannot itself become a sub-item.")
        with self._write("agenda"):
            siblings = [
                r["id"]
                for r in self._rows(
                    "SELECT id FROM agenda_items WHERE session_id = ? AND parent_id IS ? AND id <> ? ORDER BY position, id",
                    (item.session_id, parent_id, item_id),
                )
            ]
            position = max(0, min(position, len(siblings)))
            siblings.insert(position, item_id)
            self.conn.execute("UPDATE agenda_items SET parent_id = ? WHERE id = ?", (parent_id, item_id))
            self.conn.executemany("UPDATE agenda_items SET position = ? WHERE id = ?", [(n, i) for n, i in enumerate(siblings)])
            if item.parent_id != parent_id:
                self._renumber(item.session_id, item.parent_id)

    @staticmethod
    def _check_parent(parent: AgendaItem, session_id: str) -> None:
        if parent.session_id != session_id or parent.parent_id is not None:
            raise Invalid("An item can only become a sub-item of a top-level item of the same session.")
        if parent.kind.timetable_only:
            raise Invalid("A break, a lunch or a day heading cannot hold sub-items.")

    def _renumber(self, session_id: str, parent_id: str | None) -> None:
        ids = [
            r["id"] for r in self._rows("SELECT id FROM agenda_items WHERE session_id = ? AND parent_id IS ? ORDER BY position, id", (session_id, parent_id))
        ]
        self.conn.executemany("UPDATE agenda_items SET position = ? WHERE id = ?", [(n, i) for n, i in enumerate(ids)])

    def amendments(self, session_id: str) -> list[Amendment]:
        return self._objects(Amendment, "SELECT * FROM minutes_amendments WHERE session_id = ? ORDER BY amended_on, id", (session_id,))

    def add_amendment(self, a: Amendment) -> Amendment:
        validate.amendment(a)
        return self._add("minutes", "minutes_amendments", a)
