"""The register: commitments, their status history, indicators and measurements, follow-up actions (part of :class:`Workspace`)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

from ..domain import audience, validate
from ..domain.errors import Invalid, NotFound
from ..domain.model import Commitment, FollowUpAction, Indicator, Measurement, Revision, StatusEvent, Visibility
from . import codec
from .codec import utc_now


class Register:
    """Mixed into :class:`~consult_app.store.workspace.Workspace`; uses its ``_rows``, ``_one`` and ``_write``."""

    def commitments(self, dialogue_id: str | None = None) -> list[Commitment]:
        reaffirmed: dict[str, list[str]] = {}
        for row in self._rows("SELECT r.commitment_id, r.session_id FROM commitment_reaffirmations r JOIN sessions s ON s.id = r.session_id ORDER BY s.number"):
            reaffirmed.setdefault(row["commitment_id"], []).append(row["session_id"])
        if dialogue_id is None:
            rows = self._rows("SELECT * FROM commitments ORDER BY ref")
        else:
            rows = self._rows("SELECT * FROM commitments WHERE dialogue_id = ? ORDER BY ref", (dialogue_id,))
        return [codec.commitment_from_row(r, reaffirmed.get(r["id"], [])) for r in rows]

    def commitment(self, commitment_id: str) -> Commitment:
        return self._commitment(self._found("SELECT * FROM commitments WHERE id = ?", (commitment_id,), f"No commitment with id {commitment_id}."))

    def commitment_by_ref(self, ref: str) -> Commitment:
        row = self._one("SELECT * FROM commitments WHERE ref = ?", (ref,))
        if row is None:
            row = self._one("SELECT * FROM commitments WHERE lower(ref) = lower(?)", (ref,))
        if row is None:
            raise NotFound(f"No commitment with reference '{ref}' in this workspace.")
        return self._commitment(row)

    def _commitment(self, row: dict) -> Commitment:
        reaffirmed = [
            r["session_id"]
            for r in self._rows(
                "SELECT r.session_id FROM commitment_reaffirmations r JOIN sessions s ON s.id = r.session_id WHERE r.commitment_id = ? ORDER BY s.number",
                (row["id"],),
            )
        ]
        return codec.commitment_from_row(row, reaffirmed)

    def add_commitment(self, c: Commitment) -> Commitment:
        d = self.dialogue(c.dialogue_id)
        made_at = self.session(c.made_at_session_id) if c.made_at_session_id else None
        validate.commitment(c, d, made_at)
        with self._write("commitment") as db:
            if self._one("SELECT 1 FROM commitments WHERE ref = ?", (c.ref,)):
                raise Invalid(f"ref: the reference '{c.ref}' is already used by another commitment.", "ref")
            row = codec.commitment_row(c)
            # Links may point at commitments added in the same batch: set them after.
            links = {"reciprocal_id": row.pop("reciprocal_id"), "supersedes_id": row.pop("supersedes_id")}
            db.table("commitments").insert(row)
            if any(links.values()):
                db.table("commitments").update(c.id, links)
            db.table("commitment_reaffirmations").insert_all({"commitment_id": c.id, "session_id": s} for s in c.reaffirmed_at)
            self._index_commitment(c)
        return c

    def update_commitment(self, c: Commitment) -> Commitment:
        d = self.dialogue(c.dialogue_id)
        made_at = self.session(c.made_at_session_id) if c.made_at_session_id else None
        validate.commitment(c, d, made_at)
        with self._write("commitment") as db:
            if self._one("SELECT 1 FROM commitments WHERE ref = ? AND id <> ?", (c.ref, c.id)):
                raise Invalid(f"ref: the reference '{c.ref}' is already used by another commitment.", "ref")
            db.table("commitments").update(c.id, codec.commitment_row(c))
            self.conn.execute("DELETE FROM commitment_reaffirmations WHERE commitment_id = ?", (c.id,))
            db.table("commitment_reaffirmations").insert_all({"commitment_id": c.id, "session_id": s} for s in c.reaffirmed_at)
            self._index_commitment(c)
        return c

    def commitment_history(self, commitment_id: str) -> list[str]:
        """What makes a commitment more than a slip of the keyboard, in words ("2 status events", "1 indicator"); empty: none."""
        c = self.commitment(commitment_id)
        found = []
        for one, many, sql in (
            ("status event", "status events", "SELECT count(*) AS n FROM status_events WHERE commitment_id = ?"),
            ("change of its text", "changes of its text", "SELECT count(*) AS n FROM commitment_revisions WHERE commitment_id = ?"),
            ("indicator", "indicators", "SELECT count(*) AS n FROM indicators WHERE commitment_id = ?"),
            ("follow-up action", "follow-up actions", "SELECT count(*) AS n FROM actions WHERE commitment_id = ?"),
            ("commitment that replaces it", "commitments that replace it", "SELECT count(*) AS n FROM commitments WHERE supersedes_id = ?"),
        ):
            n = self._one(sql, (commitment_id,))["n"]
            if n:
                found.append(f"{n} {one if n == 1 else many}")
        if c.reaffirmed_at:
            found.append(f"{len(c.reaffirmed_at)} reaffirmation{'s' if len(c.reaffirmed_at) > 1 else ''}")
        if c.supersedes_id:
            found.append("it replaces another commitment")
        if not c.in_force:
            found.append(f"it was {c.state.value} on {c.ended_on.isoformat() if c.ended_on else 'an unknown date'}")
        return found

    def delete_commitment(self, commitment_id: str) -> None:
        """Delete a commitment entered by mistake: only one without any history (see :meth:`commitment_history`).

        Raises:
            Invalid: it has a history; it must be withdrawn instead.
        """
        c = self.commitment(commitment_id)
        history = self.commitment_history(commitment_id)
        if history:
            raise Invalid(f"{c.ref} cannot be deleted because it has a history ({', '.join(history)}): withdraw it instead.")
        with self._write("commitment"):
            self.conn.execute("UPDATE commitments SET reciprocal_id = NULL WHERE reciprocal_id = ?", (c.id,))
            self.conn.execute("DELETE FROM commitments WHERE id = ?", (c.id,))
            self._unindex(c.id)

    def revisions(self, commitment_id: str) -> list[Revision]:
        """The changes of a commitment's text, oldest first."""
        return self._objects(Revision, "SELECT * FROM commitment_revisions WHERE commitment_id = ? ORDER BY recorded_at, id", (commitment_id,))

    def revisions_by_commitment(self, dialogue_id: str | None = None) -> dict[str, list[Revision]]:
        rows = self._rows(
            "SELECT r.* FROM commitment_revisions r JOIN commitments c ON c.id = r.commitment_id "
            "WHERE :d IS NULL OR c.dialogue_id = :d ORDER BY r.recorded_at, r.id",
            {"d": dialogue_id},
        )
        grouped: dict[str, list[Revision]] = {}
        for row in rows:
            grouped.setdefault(row["commitment_id"], []).append(codec.from_row(Revision, row))
        return grouped

    def add_revision(self, r: Revision) -> Revision:
        """Keep one change of a commitment's text (its recording time set now when empty)."""
        if not r.recorded_at:
            r = replace(r, recorded_at=utc_now())
        d = self.dialogue(self.commitment(r.commitment_id).dialogue_id)
        validate.revision(r, d.languages)
        return self._add("commitment", "commitment_revisions", r)

    def drop_latest_revision(self, commitment_id: str, revision_id: str) -> None:
        """Take back the latest change of a commitment's text (undo, within the run that made it).

        Raises:
            Invalid: the revision is not the latest one of that commitment.
        """
        found = self.revisions(commitment_id)
        if not found or found[-1].id != revision_id:
            raise Invalid("The text has changed again since: only the latest change of a commitment's text can be undone.")
        with self._write("commitment"):
            self.conn.execute("DELETE FROM commitment_revisions WHERE id = ?", (revision_id,))

    def link_reciprocal(self, first_id: str, second_id: str | None) -> None:
        """Make two commitments each other's quid pro quo (``second_id`` None: ``first_id`` has none).

        Whatever either was linked to before is unlinked, both ways.
        """
        if first_id == second_id:
            raise Invalid("reciprocal: a commitment cannot be its own counterpart.", "reciprocal")
        ids = (first_id, second_id or first_id)
        with self._write("commitment"):
            self.conn.execute("UPDATE commitments SET reciprocal_id = NULL WHERE reciprocal_id IN (?, ?) OR id IN (?, ?)", ids + ids)
            if second_id:
                self.conn.execute("UPDATE commitments SET reciprocal_id = ? WHERE id = ?", (second_id, first_id))
                self.conn.execute("UPDATE commitments SET reciprocal_id = ? WHERE id = ?", (first_id, second_id))

    def events(self, commitment_id: str) -> list[StatusEvent]:
        return self._objects(StatusEvent, "SELECT * FROM status_events WHERE commitment_id = ? ORDER BY effective_on, recorded_at, id", (commitment_id,))

    def events_by_commitment(self, dialogue_id: str | None = None) -> dict[str, list[StatusEvent]]:
        if dialogue_id is None:
            rows = self._rows("SELECT * FROM status_events ORDER BY effective_on, recorded_at, id")
        else:
            rows = self._rows(
                "SELECT e.* FROM status_events e JOIN commitments c ON c.id = e.commitment_id "
                "WHERE c.dialogue_id = ? ORDER BY e.effective_on, e.recorded_at, e.id",
                (dialogue_id,),
            )
        grouped: dict[str, list[StatusEvent]] = {}
        for row in rows:
            grouped.setdefault(row["commitment_id"], []).append(codec.from_row(StatusEvent, row))
        return grouped

    def log_status(
        self,
        commitment_id: str,
        status: str,
        effective_on: dt.date | None = None,
        note: str = "",
        evidence: str = "",
        author: str = "",
        recorded_where: str = "",
        visibility: Visibility = Visibility.INTERNAL,
        party_id: str | None = None,
    ) -> StatusEvent:
        """Append a status event to a commitment's history (nothing is overwritten).

        The status of a joint commitment is joint; its note and evidence are
        shared only when ``visibility`` is joint (refused on an internal commitment).
        ``party_id`` is the party whose assessment it is: ours (the home party) by default.

        Raises:
            Invalid: a status that is not on the dialogue's scale, a bad date or text.
        """
        c = self.commitment(commitment_id)
        scale = self.dialogue(c.dialogue_id).scale
        if scale.get(status) is None:
            raise Invalid(f"status: '{status}' is not on this dialogue's status scale (use one of: {', '.join(scale.codes())}).", "status")
        event = StatusEvent(
            commitment_id=c.id,
            effective_on=effective_on or dt.date.today(),
            status=status,
            note=note,
            evidence=evidence,
            author=author,
            recorded_at=utc_now(),
            recorded_where=recorded_where,
            visibility=Visibility(visibility),
            party_id=party_id,
        )
        return self.append_event(event)

    def append_event(self, event: StatusEvent) -> StatusEvent:
        audience.check_under(event.visibility, self._commitment_visibility(event.commitment_id))
        dialogue_id = self._one("SELECT dialogue_id FROM commitments WHERE id = ?", (event.commitment_id,))
        if dialogue_id is not None:
            if event.party_id is None:
                event = replace(event, party_id=self.home_party(dialogue_id["dialogue_id"]).id)
            elif not self._one("SELECT 1 FROM parties WHERE id = ? AND dialogue_id = ?", (event.party_id, dialogue_id["dialogue_id"])):
                raise Invalid("party: the party whose assessment this is is not a party to this dialogue.", "party")
        if not event.recorded_at:
            event = replace(event, recorded_at=utc_now())
        validate.status_event(event)
        with self._write("status") as db:
            db.table("status_events").insert(codec.row_of(event))
            c = self._one("SELECT dialogue_id, ref FROM commitments WHERE id = ?", (event.commitment_id,))
            self._index_event(event.id, event.note, event.evidence, c)
        return event

    def indicators(self, commitment_id: str | None = None) -> list[Indicator]:
        if commitment_id is None:
            return self._objects(Indicator, "SELECT * FROM indicators ORDER BY commitment_id, id")
        return self._objects(Indicator, "SELECT * FROM indicators WHERE commitment_id = ? ORDER BY id", (commitment_id,))

    def indicator(self, indicator_id: str) -> Indicator:
        return codec.from_row(Indicator, self._found("SELECT * FROM indicators WHERE id = ?", (indicator_id,), f"No indicator with id {indicator_id}."))

    def _check_indicator(self, i: Indicator) -> dict | None:
        c = self._one("SELECT c.dialogue_id, c.ref, d.languages FROM commitments c JOIN dialogues d ON d.id = c.dialogue_id WHERE c.id = ?", (i.commitment_id,))
        validate.indicator(i, json.loads(c["languages"]) if c else None)
        return c

    def add_indicator(self, i: Indicator) -> Indicator:
        c = self._check_indicator(i)
        with self._write("indicator") as db:
            db.table("indicators").insert(codec.indicator_row(i))
            self._index_indicator(i, c)
        return i

    def update_indicator(self, i: Indicator) -> Indicator:
        """Change an indicator's name, unit, baseline, target or direction (its measurements stay as they are)."""
        self.indicator(i.id)
        c = self._check_indicator(i)
        with self._write("indicator") as db:
            db.table("indicators").update(i.id, codec.indicator_row(i))
            self._index_indicator(i, c)
        return i

    def delete_indicator(self, indicator_id: str) -> None:
        """Delete an indicator made by mistake: only one without measurements (they are history).

        Raises:
            Invalid: it has measurements.
        """
        n = self._one("SELECT count(*) AS n FROM measurements WHERE indicator_id = ?", (indicator_id,))["n"]
        if n:
            raise Invalid(f"This indicator cannot be deleted because its measurements ({n}) are history.")
        with self._write("indicator"):
            self._unindex(indicator_id)
            self.conn.execute("DELETE FROM indicators WHERE id = ?", (indicator_id,))

    def measurements(self, indicator_id: str) -> list[Measurement]:
        return self._objects(Measurement, "SELECT * FROM measurements WHERE indicator_id = ? ORDER BY measured_on, id", (indicator_id,))

    def add_measurement(self, m: Measurement) -> Measurement:
        """Append a measurement; joint (value and source shared) only on a joint commitment's indicator."""
        validate.measurement(m)
        row = self._one("SELECT c.visibility FROM indicators i JOIN commitments c ON c.id = i.commitment_id WHERE i.id = ?", (m.indicator_id,))
        audience.check_under(m.visibility, Visibility(row["visibility"]) if row else None)
        return self._add("measurement", "measurements", m)

    def actions(self, dialogue_id: str | None = None) -> list[FollowUpAction]:
        if dialogue_id is None:
            return self._objects(FollowUpAction, "SELECT * FROM actions ORDER BY due_on, id")
        return self._objects(FollowUpAction, "SELECT * FROM actions WHERE dialogue_id = ? ORDER BY due_on, id", (dialogue_id,))

    def add_action(self, a: FollowUpAction) -> FollowUpAction:
        self._check_action(a)
        return self._add("action", "actions", a, self._index_action)

    def _check_action(self, a: FollowUpAction) -> None:
        validate.action(a)
        audience.check_under(a.visibility, self._commitment_visibility(a.commitment_id))

    def _commitment_visibility(self, commitment_id: str | None) -> Visibility | None:
        row = self._one("SELECT visibility FROM commitments WHERE id = ?", (commitment_id,)) if commitment_id else None
        return Visibility(row["visibility"]) if row else None

    def update_action(self, a: FollowUpAction) -> FollowUpAction:
        self._check_action(a)
        with self._write("action") as db:
            db.table("actions").update(a.id, codec.row_of(a))
            self._index_action(a)
        return a

    def delete_action(self, action_id: str) -> None:
        with self._write("action"):
            self._unindex(action_id)
            self.conn.execute("DELETE FROM actions WHERE id = ?", (action_id,))
