"""Read models for tables and overviews: the register rows, status counts, table counts (part of :class:`Workspace`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..domain.model import CommitmentKind, CommitmentState, DelegationMember, Dialogue, FollowUpAction, Session
from ..domain.rules import next_sessions
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


@dataclass(frozen=True)
class Standing:
    """Where a commitment stands on a day, for the dashboard (a read model: no history, just the facts)."""

    id: str
    dialogue_id: str
    ref: str
    text: dict
    due_on: dt.date | None
    due_session_number: int | None
    status: str | None  # the status as of the day (events dated later do not count yet)
    status_on: dt.date | None
    internal: bool
    state: CommitmentState = CommitmentState.IN_FORCE
    ended_on: dt.date | None = None


@dataclass
class DashboardFacts:
    """What the dashboard reads, in a few queries: every dialogue, session, commitment standing and unfinished action,
    and the delegations of each dialogue's next session."""

    today: dt.date
    dialogues: list[Dialogue]
    sessions: list[Session]
    commitments: list[Standing]
    actions: list[FollowUpAction]
    members: dict[str, list[DelegationMember]]  # session id -> its delegation (next sessions only)


class Reads:
    """Mixed into :class:`~consult_app.store.workspace.Workspace`; uses its ``_rows``, ``_one`` and ``_write``."""

    def register(self, dialogue_id: str, as_of: dt.date | None = None) -> list[RegisterRow]:
        """The commitment register of a dialogue as light rows, in one query.

        Each row carries the current status — the latest event, or with
        ``as_of`` the latest dated on or before that day (what the tracker
        and the overdue rule count) — and the reciprocal commitment's
        reference, ready for a table view.
        """
        latest = (
            self.LATEST_EVENT
            if as_of is None
            else self.LATEST_EVENT.replace("WHERE x.commitment_id = c.id", "WHERE x.commitment_id = c.id AND x.effective_on <= :as_of")
        )
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
                id=r["id"],
                ref=r["ref"],
                text=codec.read_json(r["text"], f"commitment {r['ref']}, text"),
                party_id=r["party_id"],
                theme_id=r["theme_id"],
                made_at_session_id=r["made_at_session_id"],
                due_on=codec.s2d(r["due_on"]),
                due_session_number=r["due_session_number"],
                lead_institution=r["lead_institution"],
                internal=r["visibility"] == "internal",
                reciprocal_ref=r["reciprocal_ref"] or "",
                reciprocal_id=r["reciprocal_id"],
                status=r["status"],
                status_on=codec.s2d(r["status_on"]),
                status_note=r["status_note"] or "",
                kind=CommitmentKind(r["kind"]),
                state=CommitmentState(r["state"]),
                ended_on=codec.s2d(r["ended_on"]),
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

    def standings(self, today: dt.date, dialogue_id: str | None = None) -> list[Standing]:
        """Every commitment (of one dialogue, or all) with its status as of ``today``, in one query."""
        latest = self.LATEST_EVENT.replace("WHERE x.commitment_id = c.id", "WHERE x.commitment_id = c.id AND x.effective_on <= :today")
        rows = self._rows(
            f"""SELECT c.id, c.dialogue_id, c.ref, c.text, c.due_on, c.due_session_number, c.visibility, c.state, c.ended_on,
                       e.status, e.effective_on AS status_on
                FROM commitments c LEFT JOIN status_events e ON e.rowid = {latest}
                WHERE :d IS NULL OR c.dialogue_id = :d ORDER BY c.ref""",
            {"today": today.isoformat(), "d": dialogue_id},
        )
        return [
            Standing(
                id=r["id"],
                dialogue_id=r["dialogue_id"],
                ref=r["ref"],
                text=codec.read_json(r["text"], f"commitment {r['ref']}, text"),
                due_on=codec.s2d(r["due_on"]),
                due_session_number=r["due_session_number"],
                status=r["status"],
                status_on=codec.s2d(r["status_on"]),
                internal=r["visibility"] == "internal",
                state=CommitmentState(r["state"]),
                ended_on=codec.s2d(r["ended_on"]),
            )
            for r in rows
        ]

    def dashboard_facts(self, today: dt.date) -> DashboardFacts:
        """What the dashboard shows across every dialogue on ``today`` (the rules that sort it are in ``domain.rules``)."""
        sessions = [codec.session_from_row(r) for r in self._rows("SELECT * FROM sessions ORDER BY dialogue_id, number")]
        actions = self._objects(FollowUpAction, "SELECT * FROM actions WHERE state NOT IN ('done', 'cancelled') ORDER BY due_on, id")
        members = {s.id: self.delegation(s.id) for s in next_sessions(sessions, today)}
        return DashboardFacts(today, self.dialogues(), sessions, self.standings(today), actions, members)

    def counts(self) -> dict[str, int]:
        tables = ["dialogues", "sessions", "people", "agenda_items", "commitments", "status_events", "indicators", "measurements", "actions"]
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def _differing(ours_party: str | None, ours: str | None, others: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """Each party's status, the one shown first, when they are not all the same."""
    found = ({ours_party: ours} if ours is not None and ours_party is not None else {}) | {p: s for p, s in others.items() if p != ours_party}
    return tuple(found.items()) if len(set(found.values())) > 1 else ()
