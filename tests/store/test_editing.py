"""Editing intents of the workbench: agenda moves, minutes, carry-over, register rows, copies."""

import datetime as dt

import pytest

from consult_app.domain.errors import ConsultError, Invalid, NotFound
from consult_app.domain.model import ItemKind, MinutesState, short_id
from consult_app.domain.rules import agenda_order, timetable
from consult_app.domain.text import shorten
from consult_app.ops import sessions as sessions_ops
from consult_app.store import Workspace, check_workspace


def mlfr(ws):
    return ws.dialogue_by_code("ML-FR")


def titles(ws, session_id):
    return [i.title.get("fr") for i in agenda_order(ws.agenda(session_id))]


def test_move_an_item_up_and_make_it_a_sub_item(demo):
    s3 = demo.session_by_number(mlfr(demo).id, 3)
    items = {i.title["fr"]: i for i in demo.agenda(s3.id)}
    demo.move_agenda_item(items["Questions diverses"].id, None, 0)
    assert titles(demo, s3.id)[0] == "Questions diverses"
    demo.move_agenda_item(items["Questions diverses"].id, items["Codéveloppement"].id, 2)
    order = titles(demo, s3.id)
    assert order.index("Questions diverses") == order.index("Aide au retour volontaire et suivi des entreprises") + 1
    slots = timetable(demo.agenda(s3.id), dt.datetime(2003, 6, 16, 9, 30))
    assert slots[items["Questions diverses"].id].number == "4.3"  # Codéveloppement is now item 4


def test_items_stay_two_levels_deep(demo):
    s3 = demo.session_by_number(mlfr(demo).id, 3)
    items = {i.title["fr"]: i for i in demo.agenda(s3.id)}
    with pytest.raises(Invalid, match="^An item can only become a sub-item of a top-level item of the same session.$"):
        demo.move_agenda_item(items["Questions diverses"].id, items["Politique des visas : bilan 1997–2002"].id, 0)
    with pytest.raises(Invalid, match="^An item with sub-items cannot itself become a sub-item.$"):
        demo.move_agenda_item(items["Codéveloppement"].id, items["Ouverture de la session"].id, 0)


def test_delete_an_item_with_its_sub_items(demo):
    s3 = demo.session_by_number(mlfr(demo).id, 3)
    items = {i.title["fr"]: i for i in demo.agenda(s3.id)}
    demo.delete_agenda_item(items["Codéveloppement"].id)
    assert "Fonds de mobilisation de la diaspora (2,6 M EUR, 2002–2004)" not in titles(demo, s3.id)
    assert [i.position for i in demo.agenda(s3.id) if i.parent_id is None] == [0, 1, 2, 3, 4]


def test_agreed_minutes_can_only_be_amended(demo):
    s2 = demo.session_by_number(mlfr(demo).id, 2)
    item = next(i for i in demo.agenda(s2.id) if i.title["fr"] == "Cogestion des flux migratoires")
    item.conclusions = {"fr": "Autre chose"}
    with pytest.raises(Invalid, match="^The minutes of this session are agreed: record an amendment instead of editing them.$"):
        demo.update_agenda_item(item)
    d = mlfr(demo)
    amendment = demo.amend_minutes(
        item.id,
        "conclusions",
        "fr",
        "Texte rectifié.",
        "Erreur matérielle signalée par la partie malienne",
        dt.date(2002, 9, 1),
        author="Desk officer",
        signed_by={d.party_by_code("FR").id: "Dominique Laurent"},
    )
    assert amendment.state == "proposed" and demo.agenda_item(item.id).conclusions["fr"].startswith("La France facilite")  # one sign-off of two
    demo.sign_off(s2.id, "Mamadou Traoré", party_id=d.party_by_code("ML").id, amendment_id=amendment.id)  # from the signed paper: no partner
    assert demo.agenda_item(item.id).conclusions["fr"] == "Texte rectifié."
    [kept] = demo.amendments(s2.id)
    assert kept.state == "effective" and kept.old_text.startswith("La France facilite la circulation") and kept.author == "Desk officer"
    assert sorted(x.name for x in demo.signoffs(s2.id)) == ["Dominique Laurent", "Mamadou Traoré"]
    with pytest.raises(Invalid, match="^reason: must not be empty.$"):
        demo.amend_minutes(item.id, "conclusions", "fr", "Encore", "  ", dt.date(2002, 9, 2))


def test_agreeing_minutes_marks_the_session(demo):
    d = mlfr(demo)
    s3 = demo.session_by_number(d.id, 3)
    with pytest.raises(
        Invalid, match="^The minutes of ML-FR session 3 become agreed when every head of delegation has signed off the same version: sign them off instead.$"
    ):
        demo.set_minutes_state(s3.id, MinutesState.AGREED)
    demo.set_minutes_state(s3.id, MinutesState.CIRCULATED)
    demo.sign_off(s3.id, "Dominique Laurent")
    assert demo.session(s3.id).minutes_state == MinutesState.CIRCULATED  # one party of two
    demo.sign_off(s3.id, "Mamadou Traoré", party_id=d.party_by_code("ML").id)
    s3 = demo.session(s3.id)
    assert (s3.minutes_state.value, s3.state.value) == ("agreed", "minutes_agreed")


def test_next_session_carries_open_commitments_and_standing_themes(demo):
    d = mlfr(demo)
    s4 = sessions_ops.new_session(demo, d.id, dt.date(2004, 6, 14), dt.date(2004, 6, 15), "Paris", d.party_by_code("FR").id)
    assert s4.number == 4
    items = agenda_order(demo.agenda(s4.id))
    top = [i for i in items if i.parent_id is None]
    assert [i.kind for i in top] == [ItemKind.OPENING, ItemKind.REVIEW, ItemKind.DISCUSSION, ItemKind.DISCUSSION, ItemKind.DISCUSSION, ItemKind.CLOSING]
    review = top[1]
    assert review.title == {"fr": "Revue des engagements"}
    # one linked sub-item per joint commitment still open, titled in the dialogue's language (French)
    carried = [i for i in items if i.parent_id == review.id]
    refs = [demo.commitment(i.commitment_id).ref for i in carried]
    assert refs == ["MLFR-2001-01", "MLFR-2001-02", "MLFR-2001-03", "MLFR-2001-05", "MLFR-2002-01", "MLFR-2002-02", "MLFR-2002-03"]
    assert "MLFR-2001-04" not in refs  # assisted return, completed
    assert carried[4].title == {"fr": "MLFR-2002-01 — " + shorten(demo.commitment_by_ref("MLFR-2002-01").text["fr"], 160)}
    # our internal commitment is no agenda item (the agenda is joint): it is listed in the internal background, in French
    assert "MLFR-2002-04" not in refs
    assert review.background.startswith("Nos engagements internes encore ouverts (hors de l’ordre du jour conjoint) :\n• MLFR-2002-04 — ")
    assert "commitments still open" not in review.background
    assert [i.title["fr"] for i in top[2:5]] == [pick.title["fr"] for pick in d.themes]
    assert check_workspace(demo.path).healthy


def test_next_session_must_come_after_the_last(demo):
    d = mlfr(demo)
    with pytest.raises(Invalid) as err:
        sessions_ops.new_session(demo, d.id, dt.date(2003, 1, 1), dt.date(2003, 1, 2))
    assert str(err.value) == "starts_on: the new session must start after the 3rd session (2003-06-16)."
    assert len(demo.sessions(d.id)) == 3


def test_register_rows_carry_current_status_and_counterpart(demo):
    rows = {r.ref: r for r in demo.register(mlfr(demo).id)}
    assert len(rows) == 9
    fund = rows["MLFR-2002-01"]
    assert (fund.status, fund.status_on, fund.reciprocal_ref) == ("at_risk", dt.date(2003, 3, 31), "MLFR-2002-02")
    assert rows["MLFR-2002-04"].internal


def test_update_commitment_refuses_a_duplicate_reference(demo):
    c = demo.commitment_by_ref("MLFR-2002-01")
    c.ref = "MLFR-2001-01"
    with pytest.raises(Invalid, match="^ref: the reference 'MLFR-2001-01' is already used by another commitment.$"):
        demo.update_commitment(c)


def test_save_a_copy_uses_the_backup_api(demo, tmp_path):
    target = tmp_path / "copy.consult"
    demo.save_copy(target)
    with Workspace.open(target) as copy:
        assert copy.counts() == demo.counts()
    with pytest.raises(ConsultError, match="cannot replace the workspace itself"):
        demo.save_copy(demo.path)


def test_actions_and_members_can_be_removed(demo):
    d = mlfr(demo)
    a = demo.actions(d.id)[0]
    a.state = a.state.DONE
    demo.update_action(a)
    assert next(x for x in demo.actions(d.id) if x.id == a.id).state.value == "done"
    demo.delete_action(a.id)
    assert a.id not in {x.id for x in demo.actions(d.id)}
    s3 = demo.session_by_number(d.id, 3)
    member = demo.delegation(s3.id)[-1]
    demo.remove_member(member.id)
    assert member.id not in {m.id for m in demo.delegation(s3.id)}


def test_an_amendment_is_named_by_the_end_of_its_id_and_never_by_a_guess(demo):
    s2 = demo.session_by_number(mlfr(demo).id, 2)
    item = next(i for i in demo.agenda(s2.id) if i.title["fr"] == "Cogestion des flux migratoires")
    made = [demo.amend_minutes(item.id, "conclusions", "fr", f"Texte {n}.", "Erreur matérielle", dt.date(2002, 9, 1 + n)) for n in range(2)]
    assert demo.amendment(short_id(made[0].id)).id == made[0].id and demo.amendment(made[1].id[-4:]).id == made[1].id
    start = (
        f"'{made[0].id[:8]}' is the start of an id, the time its row was made: give the last characters of the amendment's id, as 'minutes show' prints them."
    )
    with pytest.raises(NotFound, match=f"^{start}$"):
        demo.amendment(made[0].id[:8])  # the start of an id is the time it was made: shared by rows made together
    for n, a in enumerate(made):  # two ids that end alike, as only an edit behind the app's back makes them
        demo.conn.execute("UPDATE minutes_amendments SET id = ? WHERE id = ?", (f"{n}{a.id[1:-8]}0000abcd", a.id))
    with pytest.raises(NotFound, match="^'abcd' ends the ids of 2 amendments in this workspace: give more of its id.$"):
        demo.amendment("abcd")
    assert demo.amendment(f"1{made[1].id[1:-8]}0000abcd").new_text == "Texte 1."
