"""Preparing a session in the store and through ops: delegations copied, attendance, the directory, timetable rows,
carry-over links, the brief's record, the dashboard's read model, and migration 7 of older files."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest

from consult_app.domain.errors import Invalid
from consult_app.domain.model import AgendaItem, ItemKind, Person
from consult_app.domain.rules import agenda_order, agenda_rows
from consult_app.exchange.interchange import dumps, parse, to_document
from consult_app.ops import documents as documents_ops
from consult_app.ops import records
from consult_app.ops import sessions as sessions_ops
from consult_app.store import Workspace, check_workspace, joint_view

from ..conftest import DATA


def mlfr(ws):
    return ws.dialogue_by_code("ML-FR")


@pytest.fixture
def s4(demo):
    """The 4th ML-FR session, proposed with its carry-over."""
    d = mlfr(demo)
    return sessions_ops.new_session(demo, d.id, dt.date(2004, 6, 16), dt.date(2004, 6, 17), "Paris", d.party_by_code("FR").id)


def events_heard(ws):
    heard: list[str] = []
    ws.listeners.append(heard.append)
    return heard


class TestDelegations:
    def test_copied_from_the_previous_session_with_attendance_to_confirm(self, demo, s4):
        s3 = demo.session_by_number(mlfr(demo).id, 3)
        assert sessions_ops.delegation_source(demo, s4.id).id == s3.id
        heard = events_heard(demo)
        added = sessions_ops.copy_delegations(demo, s4.id, s3.id)
        assert heard == ["delegation"]  # one transaction, one change event
        before = demo.delegation(s3.id)
        after = demo.delegation(s4.id)
        assert [(m.person_id, m.party_id, m.role, m.is_head) for m in after] == [(m.person_id, m.party_id, m.role, m.is_head) for m in before]
        assert [m.confirmed for m in after] == [False] * len(before) and len(added) == len(before)
        assert all(m.confirmed for m in before)  # the earlier session's are untouched

    def test_people_already_there_are_not_copied_twice(self, demo, s4):
        s3 = demo.session_by_number(mlfr(demo).id, 3)
        first = demo.delegation(s3.id)[0]
        sessions_ops.add_delegate(demo, type(first)(first.person_id, first.party_id, "Chef", True, True, 0, s4.id))
        added = sessions_ops.copy_delegations(demo, s4.id, s3.id)
        assert first.person_id not in [m.person_id for m in added]
        assert len(demo.delegation(s4.id)) == len(demo.delegation(s3.id))
        with pytest.raises(Invalid) as err:
            sessions_ops.copy_delegations(demo, s4.id, s3.id)
        assert str(err.value) == "Everyone on the delegations of the 3rd session is already on this one."

    def test_only_from_an_earlier_session_of_the_same_dialogue(self, demo, s4):
        s3 = demo.session_by_number(mlfr(demo).id, 3)
        with pytest.raises(Invalid) as err:
            sessions_ops.copy_delegations(demo, s3.id, s4.id)
        assert str(err.value) == "Delegations are copied from an earlier session of the same dialogue, not from the 4th session."
        other = demo.sessions(demo.dialogue_by_code("IT-AL").id)[0]
        with pytest.raises(Invalid):
            sessions_ops.copy_delegations(demo, s4.id, other.id)
        assert demo.delegation(s4.id) == []

    def test_attendance_confirmed_and_undone(self, demo, s4):
        s3 = demo.session_by_number(mlfr(demo).id, 3)
        member = sessions_ops.copy_delegations(demo, s4.id, s3.id)[0]
        assert sessions_ops.set_attendance(demo, member.id, True).confirmed
        assert demo.member(member.id).confirmed
        sessions_ops.set_attendance(demo, member.id, False)
        assert not demo.member(member.id).confirmed

    def test_attendance_is_ours_alone(self, demo, s4):
        s3 = demo.session_by_number(mlfr(demo).id, 3)
        sessions_ops.copy_delegations(demo, s4.id, s3.id)
        assert {m.confirmed for m in joint_view(demo).members if m.session_id == s4.id} == {True}  # the neutral value, never ours


class TestDirectory:
    def test_people_of_both_parties_with_party_and_function(self, demo):
        claire = next(p for p in demo.people() if p.name == "Claire Moreau")
        assert (claire.party, claire.title) == ("FR", "Directrice de la coopération internationale")
        p = records.add(
            demo, Person("Fatoumata Coulibaly", "Conseillère technique", "Ministère des Maliens de l'extérieur", email="f.c@example.ml", party="ML")
        )
        p.title = "Directrice de cabinet"
        records.update(demo, p)
        assert demo.person(p.id) == p
        assert [h.item_id for h in demo.search("Coulibaly")] == [p.id]
        records.delete(demo, Person, p.id)
        assert p.id not in {x.id for x in demo.people()}

    def test_someone_on_a_delegation_stays_in_the_directory(self, demo):
        claire = next(p for p in demo.people() if p.name == "Claire Moreau")
        with pytest.raises(Invalid) as err:
            records.delete(demo, Person, claire.id)
        assert str(err.value) == "Claire Moreau is a member of a delegation: take them off it first, or keep them in the directory."

    def test_a_party_code_has_a_limit(self, demo):
        with pytest.raises(Invalid, match="^party: is 41 characters long; the limit is 40.$"):
            records.add(demo, Person("X", party="P" * 41))


class TestTimetableRows:
    def test_the_first_day_heading_also_heads_the_first_day(self, demo, s4):
        items = agenda_order(demo.agenda(s4.id))
        third = [i for i in items if i.parent_id is None][2]
        heard = events_heard(demo)
        added = sessions_ops.add_timetable_row(demo, s4.id, ItemKind.DAY, third.id)
        assert heard == ["agenda"]
        assert [i.kind for i in added] == [ItemKind.DAY, ItemKind.DAY]
        top = [i for i in agenda_order(demo.agenda(s4.id)) if i.parent_id is None]
        assert top[0].id == added[0].id and top[0].start_time is None  # follows the session's start time
        assert top[4].id == added[1].id and top[4].start_time == dt.time(9, 30)  # just after the selected (third) item
        rows = agenda_rows(demo.agenda(s4.id), dt.datetime.combine(s4.starts_on, s4.start_time))
        assert [r.slot.start.date() for r in rows if r.heading] == [dt.date(2004, 6, 16), dt.date(2004, 6, 17)]
        again = sessions_ops.add_timetable_row(demo, s4.id, ItemKind.DAY, None)
        assert len(again) == 1  # a heading already opens the agenda
        assert agenda_order(demo.agenda(s4.id))[-2].id == again[0].id  # before Closing, never after it

    def test_a_lunch_after_the_selection_and_undone_in_one_step(self, demo, s4):
        before = [(i.id, i.position) for i in demo.agenda(s4.id)]
        opening = agenda_order(demo.agenda(s4.id))[0]
        [lunch] = sessions_ops.add_timetable_row(demo, s4.id, ItemKind.LUNCH, opening.id)
        assert (lunch.title, lunch.duration_min, lunch.position) == ({"fr": "Déjeuner"}, 90, 1)
        sessions_ops.delete_agenda_items(demo, [lunch.id])
        assert sorted((i.id, i.position) for i in demo.agenda(s4.id)) == sorted(before)

    def test_the_minutes_circulated_freeze_what_was_discussed_not_the_timetable(self, demo, s4):
        from consult_app.ops import minutes as minutes_ops

        opening = agenda_order(demo.agenda(s4.id))[0]
        rows = sessions_ops.add_timetable_row(demo, s4.id, ItemKind.LUNCH, opening.id)
        minutes_ops.circulate(demo, s4.id)
        [version] = demo.minutes_versions(s4.id)
        frozen = [i["id"] for i in version.texts["items"]]
        assert frozen == [i.id for i in agenda_order(demo.agenda(s4.id)) if not i.kind.timetable_only]
        assert not {r.id for r in rows} & set(frozen)

    def test_no_sub_item_under_a_break_and_no_break_as_a_sub_item(self, demo, s4):
        [pause] = sessions_ops.add_timetable_row(demo, s4.id, ItemKind.BREAK, None)
        with pytest.raises(Invalid) as err:
            sessions_ops.add_agenda_item(demo, AgendaItem(s4.id, {"fr": "x"}, 0, parent_id=pause.id))
        assert str(err.value) == "A break, a lunch or a day heading cannot hold sub-items."
        review = next(i for i in demo.agenda(s4.id) if i.kind == ItemKind.REVIEW and i.parent_id is None)
        with pytest.raises(Invalid) as err:
            sessions_ops.move_agenda_item(demo, pause.id, review.id, 0)
        assert str(err.value) == "A break, a lunch or a day heading is a row of the timetable: it cannot become a sub-item."
        with pytest.raises(Invalid):
            sessions_ops.add_timetable_row(demo, s4.id, ItemKind.DISCUSSION, None)
        review.kind = ItemKind.LUNCH
        with pytest.raises(Invalid) as err:
            sessions_ops.update_agenda_item(demo, review)
        assert str(err.value) == "kind: an item with sub-items cannot become a break, a lunch or a day heading; move its sub-items first."

    def test_a_new_item_goes_after_the_selection_and_the_rest_move_down(self, demo, s4):
        top = [i for i in agenda_order(demo.agenda(s4.id)) if i.parent_id is None]
        position = sessions_ops.new_item_position(demo, s4.id, top[0].id)
        added = sessions_ops.add_agenda_item(demo, AgendaItem(s4.id, {"fr": "Point urgent"}, position))
        now = [i.id for i in agenda_order(demo.agenda(s4.id)) if i.parent_id is None]
        assert now == [top[0].id, added.id, *[i.id for i in top[1:]]]
        assert check_workspace(demo.path).healthy


class TestCarryOverLinks:
    def test_sub_items_link_their_commitments_and_a_deleted_commitment_unlinks(self, demo, s4):
        linked = {demo.commitment(i.commitment_id).ref for i in demo.agenda(s4.id) if i.commitment_id}
        assert "MLFR-2002-01" in linked and "MLFR-2002-04" not in linked  # the internal one is no agenda item

    def test_refresh_adds_what_opened_since_and_keeps_the_rest(self, demo, s4):
        d = mlfr(demo)
        carried = [i for i in demo.agenda(s4.id) if i.commitment_id]
        assert sessions_ops.refresh_carry_over(demo, s4.id) == []
        sessions_ops.delete_agenda_item(demo, carried[0].id)
        [back] = sessions_ops.refresh_carry_over(demo, s4.id)
        assert back.commitment_id == carried[0].commitment_id and back.parent_id == carried[0].parent_id
        assert len([i for i in demo.agenda(s4.id) if i.commitment_id]) == len(carried)
        assert all(i.title.keys() == set(d.languages) for i in carried)

    def test_the_joint_view_keeps_a_link_only_to_a_joint_commitment(self, demo, s4):
        internal = demo.commitment_by_ref("MLFR-2002-04")
        item = next(i for i in demo.agenda(s4.id) if i.commitment_id)
        demo.conn.execute("UPDATE agenda_items SET commitment_id = ? WHERE id = ?", (internal.id, item.id))  # as the sqlite3 shell would
        shared = next(i for i in joint_view(demo).items if i.id == item.id)
        assert shared.commitment_id is None

    def test_links_survive_an_interchange_round_trip_into_a_new_workspace(self, demo, s4, tmp_path):
        sessions_ops.add_timetable_row(demo, s4.id, ItemKind.DAY, agenda_order(demo.agenda(s4.id))[3].id)
        sessions_ops.copy_delegations(demo, s4.id, demo.session_by_number(mlfr(demo).id, 3).id)
        documents_ops.record_brief(demo, s4.id, "2004-06-01T08:00:00Z")
        bundle = parse(dumps(to_document(demo.bundle(mlfr(demo).id))))
        with Workspace.create(tmp_path / "copy.consult") as other:
            other.load(bundle)
            assert sorted((i.id, i.commitment_id, i.start_time, i.kind) for i in other.agenda(s4.id)) == sorted(
                (i.id, i.commitment_id, i.start_time, i.kind) for i in demo.agenda(s4.id)
            )
            assert [m.confirmed for m in other.delegation(s4.id)] == [m.confirmed for m in demo.delegation(s4.id)]
            assert other.session(s4.id).brief_printed_at == "2004-06-01T08:00:00Z"
            assert {p.party for p in other.people()} >= {"FR", "ML"}


class TestBriefRecord:
    def test_recorded_when_generated(self, demo, s4):
        assert demo.session(s4.id).brief_printed_at == ""
        documents_ops.record_brief(demo, s4.id, "2004-06-01T08:00:00Z")
        assert demo.session(s4.id).brief_printed_at == "2004-06-01T08:00:00Z"
        assert next(s for s in joint_view(demo).sessions if s.id == s4.id).brief_printed_at == ""  # ours alone
        with pytest.raises(Invalid, match="^brief_printed_at: 'yesterday' is not an ISO-8601 UTC timestamp"):
            documents_ops.record_brief(demo, s4.id, "yesterday")


class TestDashboardFacts:
    def test_status_as_of_the_day_and_the_next_sessions_delegations(self, demo, s4):
        fund = demo.commitment_by_ref("MLFR-2002-01")
        demo.log_status(fund.id, "completed", dt.date(2004, 9, 1), note="dated later")
        facts = demo.dashboard_facts(dt.date(2004, 6, 10))
        standing = next(c for c in facts.commitments if c.id == fund.id)
        assert (standing.status, standing.status_on) == ("at_risk", dt.date(2003, 3, 31))  # the September event does not count yet
        assert [s.id for s in facts.sessions if s.id in facts.members] == [s4.id]
        assert all(a.state.value not in ("done", "cancelled") for a in facts.actions)
        later = demo.dashboard_facts(dt.date(2004, 9, 2))
        assert next(c for c in later.commitments if c.id == fund.id).status == "completed"


class TestMigration:
    def test_older_files_get_parties_from_delegations_and_confirmed_attendance(self, tmp_path):
        path = tmp_path / "old.consult"
        shutil.copy(DATA / "schema-v1.consult", path)
        conn = sqlite3.connect(path)
        conn.executescript(
            """
            INSERT INTO people (id, name) VALUES ('x', 'Xavier'), ('y', 'Yasmin');
            INSERT INTO delegation_members (id, session_id, person_id, party_id) VALUES ('m1', 's1', 'x', 'p1');
            """
        )
        conn.close()
        with Workspace.open(path) as ws:
            parties = {p.name: p.party for p in ws.people()}
            code = ws.conn.execute("SELECT code FROM parties WHERE id = 'p1'").fetchone()[0]
            assert parties == {"Xavier": code, "Yasmin": ""}
            assert [m.confirmed for m in ws.delegation("s1")] == [True]
            assert all(i.commitment_id is None for s in ws.sessions(ws.dialogues()[0].id) for i in ws.agenda(s.id))
        assert check_workspace(path).healthy


class TestChecks:
    def test_a_hand_edited_timetable_or_link_is_reported(self, demo, s4):
        items = agenda_order(demo.agenda(s4.id))
        [lunch] = sessions_ops.add_timetable_row(demo, s4.id, ItemKind.LUNCH, None)
        other = demo.commitments(demo.dialogue_by_code("IT-AL").id)[0]
        demo.conn.execute("UPDATE agenda_items SET parent_id = ? WHERE id = ?", (lunch.id, items[-1].id))  # as the sqlite3 shell would
        demo.conn.execute("UPDATE agenda_items SET commitment_id = ? WHERE id = ?", (other.id, items[2].id))
        demo.conn.commit()
        assert check_workspace(demo.path).problems == [
            f"Agenda item reviewing a commitment of another dialogue: {items[2].id}.",
            f"Break, lunch or day heading that is a sub-item or holds sub-items: {items[-1].id}.",
        ]

    def test_a_day_heading_s_time_edited_into_nonsense_is_named_and_does_not_break_the_agenda(self, demo, s4):
        day = sessions_ops.add_timetable_row(demo, s4.id, ItemKind.DAY, agenda_order(demo.agenda(s4.id))[3].id)[-1]
        demo.conn.execute("UPDATE agenda_items SET start_time = '9h30' WHERE id = ?", (day.id,))
        demo.conn.commit()
        assert demo.agenda_item(day.id).start_time is None  # follows the session's start time
        assert check_workspace(demo.path).problems == [f"Day heading whose start is not a time of day such as 09:30: {day.id}."]


class TestInterchange:
    def test_a_link_to_a_commitment_not_in_the_file_is_refused_where_it_is(self, demo, s4):
        doc = to_document(demo.bundle(mlfr(demo).id))
        agenda = doc["dialogues"][0]["sessions"][3]["agenda"]
        n = next(k for k, item in enumerate(agenda) if item["commitment"])
        agenda[n]["commitment"] = "no-such-commitment"
        with pytest.raises(Invalid) as err:
            parse(dumps(doc))
        assert str(err.value) == f"dialogues[0].sessions[3].agenda[{n}].commitment: refers to commitment 'no-such-commitment', which is not in the file."

    def test_a_day_heading_cannot_be_a_sub_item_in_a_file_either(self, demo, s4):
        sessions_ops.add_timetable_row(demo, s4.id, ItemKind.DAY, None)
        doc = to_document(demo.bundle(mlfr(demo).id))
        agenda = doc["dialogues"][0]["sessions"][3]["agenda"]
        n = next(k for k, item in enumerate(agenda) if item["kind"] == "day")
        agenda[n]["parent"] = next(item["id"] for item in agenda if item["kind"] == "opening")
        with pytest.raises(Invalid) as err:
            parse(dumps(doc))
        assert (
            str(err.value)
            == f"dialogues[0].sessions[3].agenda[{n}].parent: a break, a lunch or a day heading is a row of the timetable and cannot be a sub-item."
        )
