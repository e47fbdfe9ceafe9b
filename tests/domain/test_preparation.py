"""Preparing a session: the multi-day timetable, where new items go, carry-over sub-items, the dashboard's rules."""

import datetime as dt
from dataclasses import replace

import pytest

from consult_app.domain import validate
from consult_app.domain.errors import Invalid
from consult_app.domain.model import (
    COMPLETION_SCALE,
    DEFAULT_SCALE,
    ActionState,
    AgendaItem,
    Commitment,
    CommitmentState,
    DelegationMember,
    Dialogue,
    FollowUpAction,
    ItemKind,
    MinutesState,
    Party,
    Session,
    SessionState,
    Visibility,
)
from consult_app.domain.proposal import CARRY_OVER_TEXT, propose_agenda, timetable_row
from consult_app.domain.rules import (
    agenda_days,
    agenda_rows,
    attention,
    checklist,
    countdown,
    discussed,
    insert_position,
    next_sessions,
    previous_delegation,
    timetable,
)
from consult_app.domain.text import shorten
from consult_app.store.reads import Standing

D = dt.date
START = dt.datetime(2004, 6, 16, 9, 30)


def item(title, position, kind=ItemKind.DISCUSSION, minutes=30, parent=None, start=None, **kw):
    return AgendaItem("s", {"fr": title}, position, parent_id=parent, kind=kind, duration_min=minutes, start_time=start, id=title, **kw)


def two_days():
    """Opening, a sub-item, lunch, then day 2 at 09:00 with two items and closing."""
    return [
        item("ouverture", 0, ItemKind.OPENING, 20),
        item("revue", 1, ItemKind.REVIEW, 10),
        item("revue.1", 0, ItemKind.REVIEW, 15, parent="revue"),
        item("déjeuner", 2, ItemKind.LUNCH, 90),
        item("jour 2", 3, ItemKind.DAY, 0, start=dt.time(9, 0)),
        item("flux", 4, minutes=45),
        item("clôture", 5, ItemKind.CLOSING, 15),
    ]


class TestTimetable:
    def test_a_day_heading_restarts_the_timetable_the_next_morning(self):
        slots = timetable(two_days(), START)
        assert (slots["ouverture"].start, slots["ouverture"].end) == (START, dt.datetime(2004, 6, 16, 9, 50))
        assert slots["revue.1"].number == "2.1" and slots["revue"].end == dt.datetime(2004, 6, 16, 10, 5)  # the longer of its own and its sub-items'
        assert (slots["déjeuner"].number, slots["déjeuner"].start, slots["déjeuner"].end) == (
            "",
            dt.datetime(2004, 6, 16, 10, 5),
            dt.datetime(2004, 6, 16, 11, 35),
        )
        assert (slots["jour 2"].number, slots["jour 2"].start, slots["jour 2"].day) == ("", dt.datetime(2004, 6, 17, 9, 0), 2)
        assert (slots["flux"].number, slots["flux"].start, slots["flux"].day) == ("3", dt.datetime(2004, 6, 17, 9, 0), 2)
        assert (slots["clôture"].number, slots["clôture"].end) == ("4", dt.datetime(2004, 6, 17, 10, 0))

    def test_breaks_lunch_and_days_take_no_number(self):
        assert [s.number for s in timetable(two_days(), START).values() if s.number] == ["1", "2.1", "2", "3", "4"]

    def test_a_day_heading_without_a_time_starts_at_the_session_s_time(self):
        items = [item("a", 0), item("jour 2", 1, ItemKind.DAY, 0), item("b", 2)]
        assert timetable(items, START)["b"].start == dt.datetime(2004, 6, 17, 9, 30)

    def test_a_heading_that_opens_the_agenda_is_the_first_day(self):
        items = [item("jour 1", 0, ItemKind.DAY, 0, start=dt.time(10, 0)), item("a", 1), item("jour 2", 2, ItemKind.DAY, 0), item("b", 3)]
        slots = timetable(items, START)
        assert (slots["a"].start, slots["a"].day) == (dt.datetime(2004, 6, 16, 10, 0), 1)
        assert (slots["b"].start, slots["b"].day) == (dt.datetime(2004, 6, 17, 9, 30), 2)
        assert agenda_days(items) == 2

    def test_rows_have_a_heading_for_every_day_of_a_multi_day_agenda(self):
        rows = agenda_rows(two_days(), START)
        assert [(r.item.id if r.item else None, r.heading, r.pause) for r in rows] == [
            (None, True, False),
            ("ouverture", False, False),
            ("revue", False, False),
            ("revue.1", False, False),
            ("déjeuner", False, True),
            ("jour 2", True, False),
            ("flux", False, False),
            ("clôture", False, False),
        ]
        assert rows[0].slot.start == START and rows[0].slot.day == 1

    def test_a_one_day_agenda_has_no_heading(self):
        items = [item("a", 0), item("pause", 1, ItemKind.BREAK, 15), item("b", 2)]
        assert not any(r.heading for r in agenda_rows(items, START))
        assert agenda_days(items) == 1

    def test_the_minutes_record_only_what_is_discussed(self):
        assert [i.id for i in discussed(two_days())] == ["ouverture", "revue", "revue.1", "flux", "clôture"]


class TestInsertPosition:
    ITEMS = [
        item("ouverture", 0, ItemKind.OPENING),
        item("revue", 1, ItemKind.REVIEW),
        item("revue.1", 0, parent="revue"),
        item("revue.2", 1, parent="revue"),
        item("flux", 2),
        item("clôture", 3, ItemKind.CLOSING),
    ]

    def test_after_the_selected_item(self):
        assert insert_position(self.ITEMS, "ouverture") == 1
        assert insert_position(self.ITEMS, "flux") == 3

    def test_a_selected_sub_item_puts_a_top_level_item_after_its_parent(self):
        assert insert_position(self.ITEMS, "revue.1") == 2

    def test_never_after_closing(self):
        assert insert_position(self.ITEMS, "clôture") == 3
        assert insert_position(self.ITEMS, None) == 3  # nothing selected: just before Closing

    def test_without_closing_at_the_end(self):
        assert insert_position([item("a", 0), item("b", 1)], None) == 2

    def test_sub_items_follow_the_selected_sibling_or_come_last(self):
        assert insert_position(self.ITEMS, "revue.1", "revue") == 1
        assert insert_position(self.ITEMS, "revue", "revue") == 2


class TestTimetableRowsAreChecked:
    def test_a_day_heading_needs_no_title_but_other_items_do(self):
        validate.agenda_item(AgendaItem("s", {}, 0, kind=ItemKind.DAY), ["fr"])
        with pytest.raises(Invalid, match="^title: must not be empty.$"):
            validate.agenda_item(AgendaItem("s", {}, 0, kind=ItemKind.LUNCH), ["fr"])

    def test_a_break_cannot_be_a_sub_item(self):
        with pytest.raises(Invalid) as err:
            validate.agenda_item(AgendaItem("s", {"fr": "Pause"}, 0, parent_id="x", kind=ItemKind.BREAK), ["fr"])
        assert str(err.value) == "parent: a break, a lunch or a day heading is a row of the timetable and cannot be a sub-item."

    def test_timetable_rows_are_titled_in_the_dialogue_s_languages(self):
        d = Dialogue("US-MX", {"en": "x"}, [Party("US", "United States", True), Party("MX", "Mexico")], ["en", "es"])
        assert timetable_row(d, "s", ItemKind.LUNCH, 3).title == {"en": "Lunch", "es": "Almuerzo"}
        assert timetable_row(d, "s", ItemKind.BREAK, 3).duration_min == 15
        day = timetable_row(d, "s", ItemKind.DAY, 4, dt.time(9, 0))
        assert (day.title, day.start_time, day.duration_min) == ({}, dt.time(9, 0), 0)
        with pytest.raises(ValueError):
            timetable_row(d, "s", ItemKind.DISCUSSION, 0)


class TestCarryOver:
    def dialogue(self):
        return Dialogue("ML-FR", {"fr": "x"}, [Party("FR", "France", True), Party("ML", "Mali")], ["fr", "en"])

    def test_one_linked_sub_item_per_joint_commitment_titled_in_each_language_it_has(self):
        d = self.dialogue()
        s = Session(d.id, 4, D(2004, 6, 16), D(2004, 6, 17))
        long = "Le Mali " + "renforce la coopération " * 20
        open_ = [
            Commitment(d.id, "MLFR-2002-01", {"fr": "La France finance un fonds", "en": "France funds"}, None),
            Commitment(d.id, "MLFR-2001-05", {"fr": long}, None),
            Commitment(d.id, "MLFR-2002-04", {"fr": "Position interne"}, None, visibility=Visibility.INTERNAL),
        ]
        items = propose_agenda(d, s, open_)
        review = next(i for i in items if i.kind == ItemKind.REVIEW and i.parent_id is None)
        subs = [i for i in items if i.parent_id == review.id]
        assert [i.commitment_id for i in subs] == [open_[1].id, open_[0].id]  # by reference; the internal one is no agenda item
        assert subs[1].title == {"fr": "MLFR-2002-01 — La France finance un fonds", "en": "MLFR-2002-01 — France funds"}
        assert subs[0].title == {"fr": "MLFR-2001-05 — " + shorten(long, CARRY_OVER_TEXT)}  # no English text: no English title
        assert len(subs[0].title["fr"]) <= len("MLFR-2001-05 — ") + CARRY_OVER_TEXT
        assert review.background == "Nos engagements internes encore ouverts (hors de l’ordre du jour conjoint) :\n• MLFR-2002-04 — Position interne"
        assert [i.kind for i in items if i.parent_id is None][-1] == ItemKind.CLOSING

    def test_nothing_open_nothing_carried(self):
        d = self.dialogue()
        items = propose_agenda(d, Session(d.id, 1, D(2001, 5, 14), D(2001, 5, 15)), [])
        review = next(i for i in items if i.kind == ItemKind.REVIEW)
        assert review.background == "" and not [i for i in items if i.parent_id]


class TestDashboardRules:
    TODAY = D(2004, 6, 10)

    def standing(self, ref, status=None, due_on=None, due_session=None):
        return Standing(ref, "d", ref, {"en": ref}, due_on, due_session, status, None, False)

    def test_overdue_at_risk_and_due_this_month(self):
        sessions = [Session("d", 4, D(2004, 6, 28), D(2004, 6, 29))]
        rows = [
            self.standing("late", "on_track", D(2004, 1, 1)),
            self.standing("late-and-risky", "at_risk", D(2004, 6, 1)),
            self.standing("off", "off_track"),
            self.standing("done-late", "completed", D(2003, 1, 1)),
            self.standing("due-at-session", None, due_session=4),
            self.standing("later", "on_track", D(2004, 7, 1)),
        ]
        actions = [
            FollowUpAction("d", "late action", due_on=D(2004, 5, 31)),
            FollowUpAction("d", "this month", due_on=D(2004, 6, 20)),
            FollowUpAction("d", "finished", due_on=D(2004, 6, 2), state=ActionState.DONE),
        ]
        att = attention("d", rows, actions, sessions, DEFAULT_SCALE, self.TODAY)
        assert att.open == 5
        assert [c.ref for c in att.overdue] == ["late", "late-and-risky"]
        assert [c.ref for c in att.at_risk] == ["late-and-risky", "off"]
        assert [getattr(x, "ref", None) or x.description for x in att.due_this_month] == ["late-and-risky", "this month", "due-at-session"]
        assert [a.description for a in att.overdue_actions] == ["late action"]
        assert not att.quiet

    def test_a_withdrawn_or_superseded_commitment_needs_no_attention(self):
        gone = replace(self.standing("gone", "at_risk", D(2004, 1, 1)), state=CommitmentState.WITHDRAWN, ended_on=D(2004, 3, 1))
        att = attention("d", [gone], [], [], DEFAULT_SCALE, self.TODAY)
        assert (att.open, att.overdue, att.at_risk, att.due_this_month, att.quiet) == (0, [], [], [], True)

    def test_another_scale_s_warning_levels_are_at_risk(self):
        att = attention("d", [self.standing("x", "limited"), self.standing("y", "complete")], [], [], COMPLETION_SCALE, self.TODAY)
        assert ([c.ref for c in att.at_risk], att.open) == (["x"], 1)

    def test_each_dialogue_s_next_session_soonest_first(self):
        s = [
            Session("a", 3, D(2004, 6, 16), D(2004, 6, 17)),
            Session("a", 4, D(2005, 6, 16), D(2005, 6, 17)),
            Session("b", 2, D(2004, 6, 9), D(2004, 6, 11)),
            Session("c", 1, D(2003, 1, 1), D(2003, 1, 2)),
        ]
        assert [(x.dialogue_id, x.number) for x in next_sessions(s, self.TODAY)] == [("b", 2), ("a", 3)]
        assert countdown(s[0], self.TODAY) == 6 and countdown(s[2], self.TODAY) == -1

    def test_the_preparation_checklist(self):
        s = Session("d", 4, D(2004, 6, 16), D(2004, 6, 17))
        members = [DelegationMember("p1", "FR", confirmed=True), DelegationMember("p2", "ML", confirmed=False)]
        check = checklist(s, members)
        assert (check.agenda_agreed, check.confirmed, check.members, check.delegations_confirmed, check.done) == (False, 1, 2, False, 0)
        s.state, s.minutes_state, s.brief_printed_at = SessionState.AGENDA_AGREED, MinutesState.CIRCULATED, "2004-06-01T08:00:00Z"
        check = checklist(s, members[:1])
        assert (check.agenda_agreed, check.delegations_confirmed, check.minutes_circulated, check.done) == (True, True, True, 4)
        assert not checklist(s, []).delegations_confirmed  # no delegation is nothing confirmed

    def test_delegations_come_from_the_latest_earlier_session_that_has_any(self):
        s1, s2, s3 = (Session("d", n, D(2000 + n, 1, 1), D(2000 + n, 1, 2)) for n in (1, 2, 3))
        assert previous_delegation([s1, s2, s3], s3, {s1.id: 4, s2.id: 0}) is s1
        assert previous_delegation([s1, s2, s3], s1, {s1.id: 4}) is None
