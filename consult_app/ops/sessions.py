"""Sessions: the next one with its proposed agenda, its details, its delegations and its agenda items."""

from __future__ import annotations

import copy
import datetime as dt

from ..domain import validate
from ..domain.errors import Invalid

from ..domain.model import AgendaItem, DelegationMember, Person, Session
from ..domain.proposal import propose_agenda
from ..domain.language import ordinal
from ..domain.rules import carry_over
from ..store import Workspace


def new_session(ws: Workspace, dialogue_id: str, starts_on: dt.date, ends_on: dt.date, venue: str = "", host_party_id: str | None = None) -> Session:
    """Create the dialogue's next session with its proposed agenda (carry-over and standing themes), in one transaction.

    Raises:
        Invalid: bad dates, or a start not after the last session's.
    """
    d = ws.dialogue(dialogue_id)
    sessions = ws.sessions(dialogue_id)
    number = max((s.number for s in sessions), default=0) + 1
    session = Session(dialogue_id, number, starts_on, ends_on, venue=venue, host_party_id=host_party_id)
    validate.session(session)
    if sessions and starts_on <= sessions[-1].starts_on:
        last = sessions[-1]
        raise Invalid(f"starts_on: the new session must start after the {ordinal(last.number, 'en')} session ({last.starts_on.isoformat()}).", "starts_on")
    still_open = carry_over(ws.commitments(dialogue_id), ws.events_by_commitment(dialogue_id), [*sessions, session], session, d.scale)
    return ws.add_session(session, agenda=propose_agenda(d, session, still_open))


def update_session(ws: Workspace, session: Session) -> Session:
    """Change a session's dates, venue, host or state."""
    return ws.update_session(session)


def add_delegate(ws: Workspace, member: DelegationMember, person: Person | None = None) -> DelegationMember:
    """Add someone to a session's delegation; with ``person``, add them to the directory first (one transaction)."""
    with ws.transaction("delegation"):
        if person is not None:
            ws.add_person(person)
        return ws.add_member(member)


def remove_delegate(ws: Workspace, member_id: str) -> None:
    """Take someone off a session's delegation (they stay in the directory)."""
    ws.remove_member(member_id)


def add_agenda_item(ws: Workspace, item: AgendaItem) -> AgendaItem:
    """Add an agenda item (or sub-item) at its position."""
    return ws.add_agenda_item(copy.deepcopy(item))


def update_agenda_item(ws: Workspace, item: AgendaItem) -> AgendaItem:
    """Save an agenda item's fields (refused for the joint texts of agreed minutes)."""
    return ws.update_agenda_item(copy.deepcopy(item))


def delete_agenda_item(ws: Workspace, item_id: str) -> list[AgendaItem]:
    """Delete an agenda item and its sub-items; return them (parent first), so the deletion can be undone."""
    item = ws.agenda_item(item_id)
    family = sorted((i for i in ws.agenda(item.session_id) if i.id == item_id or i.parent_id == item_id), key=lambda i: i.parent_id is not None)
    ws.delete_agenda_item(item_id)
    return family


def restore_agenda_items(ws: Workspace, family: list[AgendaItem]) -> None:
    """Put back what :func:`delete_agenda_item` removed, in its place, in one transaction."""
    with ws.transaction("agenda"):
        for saved in family:
            ws.add_agenda_item(copy.deepcopy(saved))
        head = family[0]
        ws.move_agenda_item(head.id, head.parent_id, head.position)


def move_agenda_item(ws: Workspace, item_id: str, parent_id: str | None, position: int) -> None:
    """Move an item under ``parent_id`` (None: top level) at ``position``; the numbering follows."""
    ws.move_agenda_item(item_id, parent_id, position)
