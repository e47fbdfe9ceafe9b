"""Whole bundles in and out: everything about some dialogues as one value (part of :class:`Workspace`)."""

from __future__ import annotations

from ..domain.errors import Invalid, NotFound
from ..domain.model import Bundle
from ..domain.rules import agenda_order
from . import codec


class Bundles:
    """Mixed into :class:`~consult_app.store.workspace.Workspace`; uses its ``_rows``, ``_one`` and ``_write``."""

    def bundle(self, dialogue_id: str | None = None) -> Bundle:
        """Everything about one dialogue (or all), in a stable order."""
        dialogues = [d for d in self.dialogues() if dialogue_id is None or d.id == dialogue_id]
        if dialogue_id is not None and not dialogues:
            raise NotFound(f"No dialogue with id {dialogue_id} in this workspace.")
        b = Bundle(dialogues=dialogues)
        for d in dialogues:
            sessions = self.sessions(d.id)
            b.sessions += sessions
            for s in sessions:
                b.members += self.delegation(s.id)
                b.items += agenda_order(self.agenda(s.id))
                b.amendments += self.amendments(s.id)
                b.versions += self.minutes_versions(s.id)
                b.proposals += self.proposals(s.id)
                b.signoffs += self.signoffs(s.id)
            commitments = self.commitments(d.id)
            b.commitments += commitments
            revisions = self.revisions_by_commitment(d.id)
            for c in commitments:
                b.revisions += revisions.get(c.id, [])
            events = self.events_by_commitment(d.id)
            for c in commitments:
                b.events += events.get(c.id, [])
                for i in self.indicators(c.id):
                    b.indicators.append(i)
                    b.measurements += self.measurements(i.id)
            b.actions += self.actions(d.id)
        wanted = {m.person_id for m in b.members} | {i.presenter_id for i in b.items if i.presenter_id}
        b.people = [p for p in self.people() if dialogue_id is None or p.id in wanted]
        return b

    def load(self, b: Bundle, *, snapshot: bool = True) -> None:
        """Add a whole bundle in one transaction: all of it, or nothing.

        People already in the workspace (same id) are kept as they are. A
        snapshot is taken first (unless the caller took one).
        """
        check_negotiations(b)
        if snapshot and self.backups and not self.readonly:
            self.snapshot("before import")
        with self._write("import") as db:
            for d in b.dialogues:
                if self._one("SELECT 1 FROM dialogues WHERE id = ? OR code = ?", (d.id, d.code)):
                    raise Invalid(f"The workspace already holds the dialogue {d.code}; nothing was imported.")
            known = {r["id"] for r in self._rows("SELECT id FROM people")}
            db.table("people").insert_all(codec.row_of(p) for p in b.people if p.id not in known)
            for d in b.dialogues:
                db.table("dialogues").insert(codec.dialogue_row(d))
                db.table("parties").insert_all(codec.party_row(p, d.id, n) for n, p in enumerate(d.parties))
                db.table("themes").insert_all(
                    {"id": t.id, "dialogue_id": d.id, "code": t.code, "title": codec.jdump(t.title), "standing": int(t.standing), "position": n}
                    for n, t in enumerate(d.themes)
                )
            db.table("sessions").insert_all(codec.row_of(s) for s in b.sessions)
            db.table("delegation_members").insert_all(codec.row_of(m) for m in b.members)
            # Parents before children, whatever order the bundle lists them in; links to commitments once they are in.
            item_rows = [codec.row_of(i) for i in agenda_order(b.items)]
            reviews = [(r["id"], r.pop("commitment_id")) for r in item_rows]
            db.table("agenda_items").insert_all(item_rows)
            db.table("minutes_amendments").insert_all(codec.row_of(a) for a in b.amendments)
            db.table("minutes_versions").insert_all(codec.row_of(v) for v in b.versions)
            db.table("minutes_proposals").insert_all(codec.row_of(p) for p in b.proposals)
            db.table("minutes_signoffs").insert_all(codec.row_of(x) for x in b.signoffs)
            rows = [codec.commitment_row(c) for c in b.commitments]
            links = [(r["id"], r.pop("reciprocal_id"), r.pop("supersedes_id")) for r in rows]
            db.table("commitments").insert_all(rows)
            for cid, reciprocal, supersedes in links:
                if reciprocal or supersedes:
                    db.table("commitments").update(cid, {"reciprocal_id": reciprocal, "supersedes_id": supersedes})
            db.table("commitment_reaffirmations").insert_all({"commitment_id": c.id, "session_id": s} for c in b.commitments for s in c.reaffirmed_at)
            self.conn.executemany("UPDATE agenda_items SET commitment_id = ? WHERE id = ?", [(c, i) for i, c in reviews if c])
            db.table("commitment_revisions").insert_all(codec.row_of(r) for r in b.revisions)
            db.table("status_events").insert_all(codec.row_of(e) for e in b.events)
            db.table("indicators").insert_all(codec.indicator_row(i) for i in b.indicators)
            db.table("measurements").insert_all(codec.row_of(m) for m in b.measurements)
            db.table("actions").insert_all(codec.row_of(a) for a in b.actions)
            self._reindex_all()


def check_negotiations(b: Bundle) -> None:
    """Every session's minutes state and texts as its negotiation record makes them (one sentence otherwise)."""
    from ..domain.negotiation import check_record, minutes_of  # difflib, hashlib: not at start-up

    codes = {d.id: d.code for d in b.dialogues}
    parties = {d.id: [p.id for p in d.parties] for d in b.dialogues}
    for s in b.sessions:
        check_record(
            minutes_of(codes.get(s.dialogue_id, "?"), s.number, first=True),
            s,
            [i for i in b.items if i.session_id == s.id],
            [v for v in b.versions if v.session_id == s.id],
            [x for x in b.signoffs if x.session_id == s.id],
            [a for a in b.amendments if a.session_id == s.id],
            parties.get(s.dialogue_id, []),
        )
