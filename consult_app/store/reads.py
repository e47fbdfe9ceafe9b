"""Read models for tables and overviews: the register rows, status counts, table counts (part of :class:`Workspace`)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass


from ..domain.model import CommitmentKind, CommitmentState
from . import codec


@dataclass(frozen=True)
class RegisterRow:
    """One line of the commitment register (a read model for tables)."""

    id: str
    ref: str
    text: dict
    party_id: str | None
    theme_id: str | None
    made_at_session_id: str | None
    due_on: dt.date | None
    due_session_number: int | None
    lead_institution: str
    internal: bool
    reciprocal_ref: str
    reciprocal_id: str | None
    status: str | None
    status_on: dt.date | None
    status_note: str
    kind: CommitmentKind = CommitmentKind.COMMITMENT
    state: CommitmentState = CommitmentState.IN_FORCE
    ended_on: dt.date | None = None
    replaced_by_ref: str = ""  # the newer commitment that superseded this one
    # each party's latest status, ours first, when the parties assess the commitment differently (else empty)
    assessments: tuple[tuple[str, str], ...] = ()


class Reads:
    """Mixed into :class:`~consult_app.store.workspace.Workspace`; uses its ``_rows``, ``_one`` and ``_write``."""

    def register(self, dialogue_id: str, as_of: dt.date | None = None) -> list[RegisterRow]:
        """The commitment register of a dialogue as light rows, in one query.

        Each row carries the current status — the latest event, or with
        ``as_of`` the latest dated on or before that day (what the tracker
        and the overdue rule count) — and the reciprocal commitment's
        reference, ready for a table view.
        """
        latest = self.LATEST_EVENT if as_of is None else self.LATEST_EVENT.replace("WHERE x.commitment_id = c.id", "WHERE x.commitment_id = c.id AND x.effective_on <= :as_of")
        sql = f"""
            SELECT c.id, c.ref, c.text, c.party_id, c.theme_id, c.made_at_session_id, c.due_on, c.due_session_number,
                   c.lead_institution, c.visibility, r.ref AS reciprocal_ref, r.id AS reciprocal_id,
                   e.status, e.effective_on AS status_on, e.note AS status_note, e.party_id AS status_party, c.kind, c.state, c.ended_on,
                   (SELECT n.ref FROM commitments n WHERE n.supersedes_id = c.id ORDER BY n.ref LIMIT 1) AS replaced_by_ref
            FROM commitments c
            LEFT JOIN status_events e ON e.rowid = {latest}
            LEFT JOIN commitments r ON r.id = c.reciprocal_id
            WHERE c.dialogue_id = :d
            ORDER BY c.ref
        """
        others = self._other_assessments(dialogue_id, as_of)
        return [
            RegisterRow(
                id=r["id"], ref=r["ref"], text=json.loads(r["text"]), party_id=r["party_id"], theme_id=r["theme_id"],
                made_at_session_id=r["made_at_session_id"], due_on=codec.s2d(r["due_on"]), due_session_number=r["due_session_number"],
                lead_institution=r["lead_institution"], internal=r["visibility"] == "internal", reciprocal_ref=r["reciprocal_ref"] or "",
                reciprocal_id=r["reciprocal_id"], status=r["status"], status_on=codec.s2d(r["status_on"]), status_note=r["status_note"] or "",
                kind=CommitmentKind(r["kind"]), state=CommitmentState(r["state"]), ended_on=codec.s2d(r["ended_on"]),
                replaced_by_ref=r["replaced_by_ref"] or "",
                assessments=_differing(r["status_party"], r["status"], others.get(r["id"], {})),
            )
            for r in self._rows(sql, {"d": dialogue_id, "as_of": codec.d2s(as_of)})
        ]

    def _other_assessments(self, dialogue_id: str, as_of: dt.date | None = None) -> dict[str, dict[str, str]]:
        """The other parties' latest status of each commitment they assessed (through the index on the party),
        with ``as_of`` the latest dated on or before that day."""
        rows = self._rows(
            "SELECT e.commitment_id, e.party_id, e.status FROM status_events e "
            "WHERE e.party_id IN (SELECT id FROM parties WHERE dialogue_id = :d AND is_home = 0) "
            + ("AND e.effective_on <= :as_of " if as_of is not None else "")
            + "ORDER BY e.effective_on, e.recorded_at, e.id",
            {"d": dialogue_id, "as_of": codec.d2s(as_of)},
        )
        out: dict[str, dict[str, str]] = {}
        for r in rows:
            out.setdefault(r["commitment_id"], {})[r["party_id"]] = r["status"]
        return out

    def status_counts(self, dialogue_id: str) -> dict[str | None, int]:
        """How many commitments of a dialogue stand at each status now (None: no status yet), in one query."""
        rows = self._rows(
            f"SELECT e.status AS status, count(*) AS n FROM commitments c "
            f"LEFT JOIN status_events e ON e.rowid = {self.LATEST_EVENT} WHERE c.dialogue_id = ? GROUP BY e.status",
            (dialogue_id,),
        )
        return {r["status"]: r["n"] for r in rows}

    def counts(self) -> dict[str, int]:
        tables = ["dialogues", "sessions", "people", "agenda_items", "commitments", "status_events", "indicators", "measurements", "actions"]
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _differing(ours_party: str | None, ours: str | None, others: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """Each party's status, the one shown first, when they are not all the same."""
    found = ({ours_party: ours} if ours is not None and ours_party is not None else {}) | {p: s for p, s in others.items() if p != ours_party}
    return tuple(found.items()) if len(set(found.values())) > 1 else ()
