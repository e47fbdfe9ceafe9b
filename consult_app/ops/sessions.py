"""Sessions: the next one with its proposed agenda, its details, its delegations and its agenda items."""

from __future__ import annotations

import copy
import datetime as dt

from ..domain import validate
from ..domain.errors import Invalid
from ..domain.language import ordinal
from ..domain.model import AgendaItem, DelegationMember, ItemKind, Person, Session
from ..domain.proposal import carry_over_items, propose_agenda, timetable_row
from ..domain.rules import agenda_order, carry_over, insert_position, previous_delegation
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
    validate.next_session(starts_on, sessions[-1] if sessions else None)
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


def remove_delegates(ws: Workspace, member_ids: list[str]) -> None:
    """Take several people off a delegation in one transaction (to undo a copy)."""
    with ws.transaction("delegation"):
        for member_id in member_ids:
            ws.remove_member(member_id)


def delegation_source(ws: Workspace, session_id: str) -> Session | None:
    """The session whose delegations :func:`copy_delegations` would copy: the latest earlier one that has any."""
    session = ws.session(session_id)
    sessions = ws.sessions(session.dialogue_id)
    sizes = {s.id: len(ws.delegation(s.id)) for s in sessions if s.number < session.number}
    return previous_delegation(sessions, session, sizes)


def copy_delegations(ws: Workspace, session_id: str, from_session_id: str) -> list[DelegationMember]:
    """Copy the delegations of an earlier session, attendance to be confirmed; return the members added.

    People already on the session's delegation are left as they are; each
    copied member keeps their party, role, head of delegation and co-chair,
    and comes after the members already there. One transaction.

    Raises:
        Invalid: the source is not an earlier session of the same dialogue, it has no delegation to copy, or
            everyone on it is already here.
    """
    session, source = ws.session(session_id), ws.session(from_session_id)
    if source.dialogue_id != session.dialogue_id or source.number >= session.number:
        raise Invalid(f"Delegations are copied from an earlier session of the same dialogue, not from the {ordinal(source.number)} session.")
    earlier = ws.delegation(source.id)
    if not earlier:
        raise Invalid(f"The {ordinal(source.number)} session has no delegation to copy.")
    present = ws.delegation(session.id)
    here = {m.person_id for m in present}
    wanted = [m for m in earlier if m.person_id not in here]
    if not wanted:
        raise Invalid(f"Everyone on the delegations of the {ordinal(source.number)} session is already on this one.")
    count = {party: sum(1 for m in present if m.party_id == party) for party in {m.party_id for m in wanted}}
    added = []
    with ws.transaction("delegation"):
        for m in wanted:
            copied = DelegationMember(m.person_id, m.party_id, m.role, m.is_head, m.is_cochair, count[m.party_id], session.id, confirmed=False)
            count[m.party_id] += 1
            added.append(ws.add_member(copied))
    return added


def restore_delegates(ws: Workspace, members: list[DelegationMember]) -> None:
    """Put back members taken off a delegation, in one transaction (to redo a copy that was undone)."""
    with ws.transaction("delegation"):
        for m in members:
            ws.add_member(copy.deepcopy(m))


def set_attendance(ws: Workspace, member_id: str, confirmed: bool) -> DelegationMember:
    """Say whether a delegate's attendance is confirmed."""
    member = ws.member(member_id)
    member.confirmed = confirmed
    return ws.update_member(member)


def add_agenda_item(ws: Workspace, item: AgendaItem) -> AgendaItem:
    """Add an agenda item (or sub-item) at its position; the items from there on move down one (one transaction)."""
    with ws.transaction("agenda"):
        added = ws.add_agenda_item(copy.deepcopy(item))
        ws.move_agenda_item(added.id, added.parent_id, added.position)
    return ws.agenda_item(added.id)


def new_item_position(ws: Workspace, session_id: str, selected_id: str | None, parent_id: str | None = None) -> int:
    """Where a new item goes: just after the selected one, and never after Closing (see :func:`rules.insert_position`)."""
    return insert_position(ws.agenda(session_id), selected_id, parent_id)


def add_timetable_row(ws: Workspace, session_id: str, kind: ItemKind, after_id: str | None = None, item_id: str | None = None) -> list[AgendaItem]:
    """Add a break, a lunch or a day heading after the selected item (never after Closing); return what was added.

    The first day heading of an agenda that has none also puts one at the
    top for the first day, so that every day has its heading. One transaction.

    Raises:
        Invalid: ``kind`` is an item the parties discuss, not a row of the timetable.
    """
    if not kind.timetable_only:
        raise Invalid(f"kind: {kind.value} is an agenda item, not a break, a lunch or a day heading.", "kind")
    session = ws.session(session_id)
    d = ws.dialogue(session.dialogue_id)
    items = ws.agenda(session_id)
    added: list[AgendaItem] = []
    with ws.transaction("agenda"):
        if kind == ItemKind.DAY and not any(i.kind == ItemKind.DAY for i in items):
            first = agenda_order(items)[:1]
            if not first or first[0].kind != ItemKind.DAY:
                added.append(add_agenda_item(ws, timetable_row(d, session_id, ItemKind.DAY, 0)))
        position = insert_position(ws.agenda(session_id), after_id)
        row = timetable_row(d, session_id, kind, position, session.start_time if kind == ItemKind.DAY else None)
        row.id = item_id or row.id
        added.append(add_agenda_item(ws, row))
    return added


def add_agenda_items(ws: Workspace, items: list[AgendaItem]) -> None:
    """Put back several items at their positions in one transaction (to redo an addition that was undone)."""
    with ws.transaction("agenda"):
        for item in items:
            add_agenda_item(ws, item)


def delete_agenda_items(ws: Workspace, item_ids: list[str]) -> None:
    """Delete several items (and their sub-items) in one transaction: what undoing an addition needs."""
    with ws.transaction("agenda"):
        for item_id in item_ids:
            ws.delete_agenda_item(item_id)


def refresh_carry_over(ws: Workspace, session_id: str) -> list[AgendaItem]:
    """Add a sub-item under "Review of commitments" for each joint commitment still open that has none yet; return them.

    For a session prepared early: commitments made or reopened since the
    agenda was proposed join the review; sub-items already there are kept
    as they are (they may carry notes). One transaction.

    Raises:
        Invalid: the agenda has no "Review of commitments" item.
    """
    session = ws.session(session_id)
    d = ws.dialogue(session.dialogue_id)
    items = ws.agenda(session_id)
    review = next((i for i in agenda_order(items) if i.kind == ItemKind.REVIEW and i.parent_id is None), None)
    if review is None:
        raise Invalid('This agenda has no "Review of commitments" item: add one (kind: review of commitments) first.')
    linked = {i.commitment_id for i in items if i.commitment_id}
    sessions = ws.sessions(d.id)
    still_open = [c for c in carry_over(ws.commitments(d.id), ws.events_by_commitment(d.id), sessions, session, d.scale) if c.id not in linked]
    first = sum(1 for i in items if i.parent_id == review.id)
    added = carry_over_items(d, review, still_open, first)
    with ws.transaction("agenda"):
        for item in added:
            ws.add_agenda_item(item)
    return added


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
