"""Agreed minutes keep their items: none added, removed or moved, and their titles unchanged, whether they were agreed by
sign-off (hashed) or before Consult kept versions; our own notes on each item stay editable. Before, an item of agreed
minutes could be deleted or a new one added without a word, and a title changed on minutes agreed before versions."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from consult_app.domain.errors import Invalid
from consult_app.domain.model import AgendaItem, MinutesState
from consult_app.ops import sessions as sessions_ops
from consult_app.store import Workspace

REFUSED = "The minutes of this session are agreed: their items can no longer be added, removed or moved; record an amendment to change a text."


def agreed_by_sign_off(ws: Workspace):
    d = ws.dialogue_by_code("ML-FR")
    s = ws.session_by_number(d.id, 3)
    ws.circulate(s.id, by="test")
    ws.sign_off(s.id, "Dominique Laurent", recorded_by="test")
    ws.sign_off(s.id, "Mamadou Traoré", party_id=d.party_by_code("ML").id, recorded_by="test")
    return ws.session(s.id)


def agreed_before_versions(ws: Workspace):
    return ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 2)


@pytest.mark.parametrize("agreed", [agreed_by_sign_off, agreed_before_versions])
def test_agreed_minutes_keep_their_items(demo, agreed):
    session = agreed(demo)
    assert session.minutes_state == MinutesState.AGREED
    items = demo.agenda(session.id)
    first, last = items[0], items[-1]
    attempts = {
        "add": lambda: demo.add_agenda_item(AgendaItem(session.id, {"fr": "Point ajouté après coup"})),
        "delete": lambda: demo.delete_agenda_item(last.id),
        "move": lambda: demo.move_agenda_item(last.id, None, 0),
    }
    for what, attempt in attempts.items():
        with pytest.raises(Invalid) as refused:
            attempt()
        assert str(refused.value) == REFUSED, what
    with pytest.raises(Invalid, match="^The minutes of this session are agreed: record an amendment instead of editing them.$"):
        demo.update_agenda_item(dataclasses.replace(first, title={**first.title, "fr": "Titre changé"}))
    assert demo.agenda(session.id) == items  # nothing changed

    noted = demo.update_agenda_item(dataclasses.replace(first, internal_notes="Relire avant la prochaine session."))
    assert demo.agenda_item(first.id).internal_notes == noted.internal_notes == "Relire avant la prochaine session."


def test_draft_minutes_take_new_removed_and_moved_items(demo):
    session = demo.session_by_number(demo.dialogue_by_code("ML-FR").id, 3)
    added = demo.add_agenda_item(AgendaItem(session.id, {"fr": "Point ajouté"}))
    demo.move_agenda_item(added.id, None, 0)
    assert min((i for i in demo.agenda(session.id) if i.parent_id is None), key=lambda i: i.position).id == added.id
    demo.delete_agenda_item(added.id)
    assert added.id not in {i.id for i in demo.agenda(session.id)}


KEPT = "The minutes of this session are agreed: an item's place, kind and timing stay as agreed; record an amendment to change a text."


@pytest.mark.parametrize("agreed", [agreed_by_sign_off, agreed_before_versions])
def test_an_item_of_agreed_minutes_keeps_its_place_kind_and_timing(demo, agreed):
    """Saving an item with another kind (a break drops it from the minutes), parent, position, duration (which day it
    falls on), day start or session went through and changed the printed agreed record, with no word and no hash noticing."""
    from consult_app.domain.model import ItemKind

    session = agreed(demo)
    items = demo.agenda(session.id)
    top = [i for i in items if i.parent_id is None and not i.kind.timetable_only]
    item = top[1]
    last = demo.sessions(session.dialogue_id)[-1]
    draft = sessions_ops.new_session(demo, session.dialogue_id, last.starts_on + dt.timedelta(days=365), last.ends_on + dt.timedelta(days=365))
    changes = {
        "kind": {"kind": ItemKind.BREAK},
        "parent_id": {"parent_id": top[0].id},
        "position": {"position": top[2].position},
        "duration_min": {"duration_min": item.duration_min + 45},
        "start_time": {"start_time": dataclasses.replace(session).start_time},
    }
    for what, change in changes.items():
        with pytest.raises(Invalid) as refused:
            demo.update_agenda_item(dataclasses.replace(item, **change))
        assert (str(refused.value), refused.value.field) == (KEPT, what), what
    with pytest.raises(Invalid, match=f"^{REFUSED.replace('.', '[.]')}$"):  # leaving agreed minutes is being removed from them
        demo.update_agenda_item(dataclasses.replace(item, session_id=draft.id))
    assert demo.agenda(session.id) == items  # nothing changed

    moved_in = dataclasses.replace(demo.agenda(draft.id)[-1], session_id=session.id)
    with pytest.raises(Invalid, match=f"^{REFUSED.replace('.', '[.]')}$"):  # another session's item does not join agreed minutes
        demo.update_agenda_item(moved_in)
    for kept in ({"theme_id": None}, {"presenter_id": None}, {"lines_to_take": "Rappeler le chiffre de 2001."}):
        assert demo.update_agenda_item(dataclasses.replace(item, **kept)) == dataclasses.replace(item, **kept)  # not part of the minutes


@pytest.mark.parametrize("agreed", [agreed_by_sign_off, agreed_before_versions])
def test_the_ops_that_write_several_items_meet_the_same_refusal(demo, agreed):
    """Carry-over, timetable rows, and what undo and redo call (restore a deletion, put back or take away an addition)."""
    from consult_app.domain.model import ItemKind

    session = agreed(demo)
    items = demo.agenda(session.id)
    parent = next(i for i in items if i.parent_id is None and not i.kind.timetable_only)
    sub = dataclasses.replace(items[-1], id="0190a000-0000-7000-8000-000000000001", position=0, parent_id=parent.id, kind=ItemKind.DISCUSSION)
    attempts = {
        "carry-over": lambda: sessions_ops.refresh_carry_over(demo, session.id),
        "break": lambda: sessions_ops.add_timetable_row(demo, session.id, ItemKind.BREAK, after_id=items[0].id),
        "redo an addition": lambda: sessions_ops.add_agenda_items(demo, [sub]),
        "undo an addition": lambda: sessions_ops.delete_agenda_items(demo, [items[-1].id]),
        "undo a deletion": lambda: sessions_ops.restore_agenda_items(demo, [sub]),
        "a move": lambda: sessions_ops.move_agenda_item(demo, items[-1].id, None, 0),
    }
    for what, attempt in attempts.items():
        with pytest.raises(Invalid) as refused:
            attempt()
        assert str(refused.value) in (REFUSED, 'This agenda has no "Review of commitments" item: add one (kind: review of commitments) first.'), what
    assert demo.agenda(session.id) == items


DELEGATIONS = "The minutes of this session are agreed: its delegations, which they print, stay as they were agreed."


@pytest.mark.parametrize("agreed", [agreed_by_sign_off, agreed_before_versions])
def test_agreed_minutes_keep_their_delegations(demo, agreed):
    """The joint minutes print who was in each delegation: once they are agreed, no delegate is added, removed or changed."""
    from consult_app.domain.model import DelegationMember

    session = agreed(demo)
    members = demo.delegation(session.id)
    someone = next(p for p in demo.people() if p.id not in {m.person_id for m in members})
    attempts = {
        "add": lambda: demo.add_member(DelegationMember(someone.id, members[0].party_id, session_id=session.id)),
        "remove": lambda: demo.remove_member(members[-1].id),
        "change": lambda: demo.update_member(dataclasses.replace(members[0], role="Conseiller", is_head=not members[0].is_head)),
    }
    for what, attempt in attempts.items():
        with pytest.raises(Invalid) as refused:
            attempt()
        assert str(refused.value) == DELEGATIONS, what
    assert demo.delegation(session.id) == members


def test_a_delegate_cannot_be_moved_into_agreed_minutes(demo):
    draft = demo.session_by_number(demo.dialogue_by_code("ML-FR").id, 3)
    agreed = agreed_before_versions(demo)
    member = demo.delegation(draft.id)[0]
    with pytest.raises(Invalid, match="its delegations, which they print"):
        demo.update_member(dataclasses.replace(member, session_id=agreed.id))
    demo.update_member(dataclasses.replace(member, role="Conseiller"))  # draft minutes: changed as before
    assert demo.member(member.id).role == "Conseiller"


@pytest.mark.parametrize("agreed", [agreed_by_sign_off, agreed_before_versions])
def test_agreed_minutes_keep_what_they_say_of_their_session(demo, agreed):
    """ "La 2e session … s'est tenue à Paris les 10 et 11 juin 2002", "Fait à Paris": the number, dates, venue, host and
    start time agreed minutes print could be changed afterwards, and the agreed record with them."""
    import datetime as dt

    session = agreed(demo)
    other = next(p for p in demo.dialogue(session.dialogue_id).parties if p.id != session.host_party_id)
    said = f"The minutes of ML-FR session {session.number} are agreed: the session's number, dates, venue, host and start time, which they print, stay as they were agreed."
    for change in (
        {"venue": "Ailleurs"},
        {"starts_on": session.starts_on + dt.timedelta(days=1), "ends_on": session.ends_on + dt.timedelta(days=1)},
        {"host_party_id": other.id},
        {"number": 9},
        {"start_time": dt.time(14, 0)},
    ):
        with pytest.raises(Invalid) as refused:
            demo.update_session(dataclasses.replace(session, **change))
        assert str(refused.value) == said, change
    assert demo.session(session.id) == session
    draft = demo.session_by_number(session.dialogue_id, 3) if session.number != 3 else None
    if draft is not None:
        assert demo.update_session(dataclasses.replace(draft, venue="Ailleurs")).venue == "Ailleurs"
