"""Converting between SQLite rows and domain objects."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields
from enum import Enum
from typing import TYPE_CHECKING, Any

from ..domain.model import (
    ActionState,
    AgendaItem,
    Amendment,
    Commitment,
    CommitmentKind,
    CommitmentState,
    DelegationMember,
    Dialogue,
    Direction,
    FollowUpAction,
    Indicator,
    ItemKind,
    Level,
    Measurement,
    MinutesState,
    Party,
    PartyName,
    Person,
    Revision,
    Session,
    SessionState,
    StatusEvent,
    StatusLevel,
    StatusScale,
    Theme,
    Tone,
    Visibility,
)

if TYPE_CHECKING:  # the minutes' record is converted on first use (domain.negotiation imports difflib, hashlib)
    from ..domain.negotiation import MinutesVersion, Proposal, SignOff


def jdump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def d2s(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def s2d(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def t2s(value: str | None) -> dt.time | None:
    """A day heading's start as stored ('09:30'), or None — also for a value edited into something else
    (the heading then follows the session's start time, and Check Workspace names the row)."""
    try:
        return dt.time.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def time_text(value: dt.time | None) -> str | None:
    return value.strftime("%H:%M") if value is not None else None


def scale_to_json(scale: StatusScale) -> dict:
    return {
        "name": scale.name,
        "levels": [
            {"code": lv.code, "label": lv.label, "tone": lv.tone.value, "closed": lv.closed} for lv in scale.levels
        ],
    }


def scale_from_json(data: dict) -> StatusScale:
    return StatusScale(
        data["name"],
        tuple(StatusLevel(lv["code"], lv["label"], Tone(lv["tone"]), bool(lv["closed"])) for lv in data["levels"]),
    )


# --- rows -> domain ---------------------------------------------------------


def dialogue_from_row(row: dict, parties: list[Party], themes: list[Theme]) -> Dialogue:
    return Dialogue(
        id=row["id"],
        code=row["code"],
        name=json.loads(row["name"]),
        parties=parties,
        languages=json.loads(row["languages"]),
        level=Level(row["level"]),
        cadence=row["cadence"],
        instrument_title=row["instrument_title"],
        instrument_signed_on=s2d(row["instrument_signed_on"]),
        classification=row["classification"],
        markings=json.loads(row.get("markings") or "{}"),
        scale=scale_from_json(json.loads(row["scale"])),
        themes=themes,
    )


def party_names_from_json(data: dict) -> dict[str, PartyName]:
    return {lang: PartyName(**{f: str(v.get(f, "")) for f in PartyName.FIELDS}) for lang, v in sorted((data or {}).items())}


def party_names_to_json(names: dict[str, PartyName]) -> dict:
    return {lang: n.as_dict() for lang, n in sorted((names or {}).items())}


def party_from_row(row: dict) -> Party:
    return Party(
        id=row["id"], code=row["code"], name=row["name"], is_home=bool(row["is_home"]),
        names=party_names_from_json(json.loads(row.get("names") or "{}")),
    )


def party_row(p: Party, dialogue_id: str, position: int) -> dict:
    return {
        "id": p.id, "dialogue_id": dialogue_id, "code": p.code, "name": p.name, "is_home": int(p.is_home), "position": position,
        "names": jdump(party_names_to_json(p.names)),
    }


def theme_from_row(row: dict) -> Theme:
    return Theme(id=row["id"], code=row["code"], title=json.loads(row["title"]), standing=bool(row["standing"]))


def session_from_row(row: dict) -> Session:
    return Session(
        id=row["id"],
        dialogue_id=row["dialogue_id"],
        number=row["number"],
        starts_on=s2d(row["starts_on"]),
        ends_on=s2d(row["ends_on"]),
        start_time=dt.time.fromisoformat(row["start_time"]),
        venue=row["venue"],
        host_party_id=row["host_party_id"],
        state=SessionState(row["state"]),
        minutes_state=MinutesState(row["minutes_state"]),
        brief_printed_at=row.get("brief_printed_at") or "",
    )


def person_from_row(row: dict) -> Person:
    return Person(
        id=row["id"], name=row["name"], title=row["title"], organisation=row["organisation"],
        email=row.get("email", ""), phone=row.get("phone", ""), party=row.get("party") or "",
    )


def person_row(p: Person) -> dict:
    return row_of(p)


def member_from_row(row: dict) -> DelegationMember:
    return DelegationMember(
        id=row["id"],
        person_id=row["person_id"],
        party_id=row["party_id"],
        role=row["role"],
        is_head=bool(row["is_head"]),
        is_cochair=bool(row["is_cochair"]),
        position=row["position"],
        session_id=row["session_id"],
        confirmed=bool(row.get("confirmed", 1)),
    )


def item_from_row(row: dict) -> AgendaItem:
    return AgendaItem(
        id=row["id"],
        session_id=row["session_id"],
        parent_id=row["parent_id"],
        position=row["position"],
        kind=ItemKind(row["kind"]),
        theme_id=row["theme_id"],
        lead_party_id=row["lead_party_id"],
        presenter_id=row["presenter_id"],
        duration_min=row["duration_min"],
        title=json.loads(row["title"]),
        summary=json.loads(row["summary"]),
        conclusions=json.loads(row["conclusions"]),
        objective=row["objective"],
        background=row["background"],
        lines_to_take=row["lines_to_take"],
        internal_notes=row.get("internal_notes", ""),
        their_asks=row.get("their_asks", ""),
        red_lines=row.get("red_lines", ""),
        commitment_id=row.get("commitment_id"),
        start_time=t2s(row.get("start_time")),
    )


def commitment_from_row(row: dict, reaffirmed: list[str]) -> Commitment:
    return Commitment(
        id=row["id"],
        dialogue_id=row["dialogue_id"],
        ref=row["ref"],
        text=json.loads(row["text"]),
        party_id=row["party_id"],
        made_at_session_id=row["made_at_session_id"],
        lead_institution=row["lead_institution"],
        theme_id=row["theme_id"],
        due_on=s2d(row["due_on"]),
        due_session_number=row["due_session_number"],
        reaffirmed_at=reaffirmed,
        reciprocal_id=row["reciprocal_id"],
        supersedes_id=row["supersedes_id"],
        visibility=Visibility(row["visibility"]),
        kind=CommitmentKind(row.get("kind") or "commitment"),
        state=CommitmentState(row.get("state") or "in_force"),
        ended_on=s2d(row.get("ended_on")),
        end_reason=row.get("end_reason") or "",
    )


def revision_from_row(row: dict) -> Revision:
    return Revision(
        id=row["id"], commitment_id=row["commitment_id"], revised_on=s2d(row["revised_on"]), old_text=json.loads(row["old_text"]),
        new_text=json.loads(row["new_text"]), reason=row["reason"], author=row["author"], recorded_at=row["recorded_at"],
    )


def revision_row(r: Revision) -> dict:
    return row_of(r)


def event_from_row(row: dict) -> StatusEvent:
    return StatusEvent(
        id=row["id"],
        commitment_id=row["commitment_id"],
        effective_on=s2d(row["effective_on"]),
        status=row["status"],
        note=row["note"],
        evidence=row["evidence"],
        author=row["author"],
        recorded_at=row["recorded_at"],
        recorded_where=row["recorded_where"],
        visibility=Visibility(row.get("visibility", "internal")),
        party_id=row.get("party_id"),
    )


def indicator_from_row(row: dict) -> Indicator:
    return Indicator(
        id=row["id"],
        commitment_id=row["commitment_id"],
        name=json.loads(row["name"]),
        unit=row["unit"],
        baseline_value=row["baseline_value"],
        baseline_on=s2d(row["baseline_on"]),
        target_value=row["target_value"],
        target_on=s2d(row["target_on"]),
        direction=Direction(row["direction"]) if row.get("direction") else None,
    )


def measurement_from_row(row: dict) -> Measurement:
    return Measurement(
        id=row["id"], indicator_id=row["indicator_id"], measured_on=s2d(row["measured_on"]), value=row["value"], source=row["source"],
        visibility=Visibility(row.get("visibility", "internal")),
    )


def action_from_row(row: dict) -> FollowUpAction:
    return FollowUpAction(
        id=row["id"],
        dialogue_id=row["dialogue_id"],
        commitment_id=row["commitment_id"],
        session_id=row["session_id"],
        description=row["description"],
        assignee=row["assignee"],
        due_on=s2d(row["due_on"]),
        state=ActionState(row["state"]),
        visibility=Visibility(row.get("visibility", "internal")),
    )


# --- domain -> rows ---------------------------------------------------------


def column(value: Any) -> Any:
    """A domain value as its column stores it: dates in ISO form, a time as HH:MM, enums by value, booleans as 0/1, texts by language as JSON."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict | list | tuple):
        return jdump(value)
    return value


def row_of(obj: Any, *, skip: tuple[str, ...] = (), **given: Any) -> dict:
    """The row of a domain object: each field as its column stores it (:func:`column`), less ``skip``, with ``given`` columns as they are."""
    return {f.name: column(getattr(obj, f.name)) for f in fields(obj) if f.name not in skip and f.name not in given} | given


def dialogue_row(d: Dialogue) -> dict:
    return row_of(d, skip=("parties", "themes"), scale=jdump(scale_to_json(d.scale)))  # parties and themes have tables of their own


def session_row(s: Session) -> dict:
    return row_of(s)


def item_row(i: AgendaItem) -> dict:
    return row_of(i)


def commitment_row(c: Commitment) -> dict:
    return row_of(c, skip=("reaffirmed_at",))  # reaffirmations have a table of their own


def event_row(e: StatusEvent) -> dict:
    return row_of(e)


def indicator_row(i: Indicator) -> dict:
    return row_of(i, direction=Direction(i.direction).value)


def measurement_row(m: Measurement) -> dict:
    return row_of(m)


def member_row(m: DelegationMember) -> dict:
    return row_of(m)


def amendment_from_row(row: dict) -> Amendment:
    return Amendment(
        id=row["id"],
        session_id=row["session_id"],
        agenda_item_id=row["agenda_item_id"],
        field=row["field"],
        lang=row["lang"],
        old_text=row["old_text"],
        new_text=row["new_text"],
        amended_on=s2d(row["amended_on"]),
        reason=row["reason"],
        author=row.get("author", ""),
        party_id=row.get("party_id"),
        state=row.get("state", "effective"),
    )


def amendment_row(a: Amendment) -> dict:
    return row_of(a)


def action_row(a: FollowUpAction) -> dict:
    return row_of(a)


def version_from_row(row: dict) -> MinutesVersion:
    from ..domain.negotiation import MinutesVersion

    return MinutesVersion(
        id=row["id"], session_id=row["session_id"], number=row["number"], party_id=row["party_id"], texts=json.loads(row["texts"]),
        hash=row["hash"], circulated_at=row["circulated_at"], circulated_by=row["circulated_by"],
    )


def version_row(v: MinutesVersion) -> dict:
    return row_of(v)


PROPOSAL_COLUMNS = (
    "id", "session_id", "version_id", "agenda_item_id", "field", "lang", "op", "passage", "text", "comment", "party_id", "proposed_at",
    "proposed_by", "decided_text", "decided_at", "decided_by",
)


def proposal_from_row(row: dict) -> Proposal:
    from ..domain.negotiation import Proposal, ProposalState

    return Proposal(**{k: row[k] for k in PROPOSAL_COLUMNS}, state=ProposalState(row["state"]))


def proposal_row(p: Proposal) -> dict:
    return row_of(p)


SIGNOFF_COLUMNS = ("id", "session_id", "version_id", "amendment_id", "party_id", "name", "hash", "signed_at", "recorded_by")


def signoff_from_row(row: dict) -> SignOff:
    from ..domain.negotiation import SignOff

    return SignOff(**{k: row[k] for k in SIGNOFF_COLUMNS})


def signoff_row(s: SignOff) -> dict:
    return row_of(s)


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
