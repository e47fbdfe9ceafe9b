import datetime as dt

import pytest

from consult_app.domain.model import (
    COMPLETION_SCALE,
    DEFAULT_SCALE,
    ActionState,
    AgendaItem,
    Commitment,
    FollowUpAction,
    Indicator,
    Measurement,
    Session,
    StatusEvent,
)
from consult_app.domain.rules import (
    action_is_overdue,
    agenda_order,
    carry_over,
    current_status,
    indicator_progress,
    is_overdue,
    progress,
    reciprocity,
    timetable,
)

D = dt.date


def ev(cid, on, status, recorded="2000-01-01T00:00:00Z", **kw):
    return StatusEvent(commitment_id=cid, effective_on=D.fromisoformat(on), status=status, recorded_at=recorded, **kw)


def commitment(ref="C-1", **kw):
    return Commitment(dialogue_id="d", ref=ref, text={"en": ref}, party_id="p", **kw)


class TestCurrentStatus:
    def test_no_events_means_no_status(self):
        assert current_status([]) is None

    def test_latest_effective_date_wins_whatever_the_order_recorded(self):
        events = [ev("c", "2002-05-01", "at_risk"), ev("c", "2001-01-01", "on_track", recorded="2003-01-01T00:00:00Z")]
        assert current_status(events).status == "at_risk"

    def test_same_day_ties_go_to_the_later_recording(self):
        events = [ev("c", "2002-05-01", "at_risk", "2002-05-01T09:00:00Z"), ev("c", "2002-05-01", "on_track", "2002-05-01T10:00:00Z")]
        assert current_status(events).status == "on_track"

    def test_as_of_ignores_later_events(self):
        events = [ev("c", "2001-01-01", "on_track"), ev("c", "2002-05-01", "off_track")]
        assert current_status(events, as_of=D(2001, 12, 31)).status == "on_track"


class TestOverdue:
    def test_past_due_and_open_is_overdue(self):
        c = commitment(due_on=D(2002, 1, 1))
        assert is_overdue(c, [ev(c.id, "2001-06-01", "on_track")], DEFAULT_SCALE, D(2002, 1, 2))

    def test_not_overdue_on_the_due_date_itself(self):
        c = commitment(due_on=D(2002, 1, 1))
        assert not is_overdue(c, [], DEFAULT_SCALE, D(2002, 1, 1))

    @pytest.mark.parametrize("closed", ["completed", "dropped"])
    def test_closed_commitments_are_never_overdue(self, closed):
        c = commitment(due_on=D(2002, 1, 1))
        assert not is_overdue(c, [ev(c.id, "2001-12-01", closed)], DEFAULT_SCALE, D(2005, 1, 1))

    def test_no_due_date_is_never_overdue(self):
        assert not is_overdue(commitment(), [], DEFAULT_SCALE, D(2099, 1, 1))

    def test_due_session_falls_due_when_that_session_starts(self):
        c = commitment(due_session_number=3)
        sessions = [Session("d", 3, D(2003, 6, 16), D(2003, 6, 17))]
        assert not is_overdue(c, [], DEFAULT_SCALE, D(2003, 6, 16), sessions)
        assert is_overdue(c, [], DEFAULT_SCALE, D(2003, 6, 17), sessions)

    def test_other_scales_use_their_own_closed_level(self):
        c = commitment(due_on=D(2002, 1, 1))
        assert not is_overdue(c, [ev(c.id, "2001-12-01", "complete")], COMPLETION_SCALE, D(2005, 1, 1))
        assert is_overdue(c, [ev(c.id, "2001-12-01", "substantial")], COMPLETION_SCALE, D(2005, 1, 1))

    def test_follow_up_actions(self):
        a = FollowUpAction("d", "Send the minutes", due_on=D(2002, 7, 15))
        assert action_is_overdue(a, D(2002, 7, 16))
        assert not action_is_overdue(a, D(2002, 7, 15))
        a.state = ActionState.DONE
        assert not action_is_overdue(a, D(2003, 1, 1))


class TestTimetable:
    def items(self):
        s = "s"
        a = AgendaItem(s, {"en": "Opening"}, position=0, duration_min=20, id="a")
        b = AgendaItem(s, {"en": "Flows"}, position=1, duration_min=30, id="b")
        b1 = AgendaItem(s, {"en": "Visas"}, position=0, parent_id="b", duration_min=30, id="b1")
        b2 = AgendaItem(s, {"en": "Fraud"}, position=1, parent_id="b", duration_min=45, id="b2")
        c = AgendaItem(s, {"en": "Closing"}, position=2, duration_min=15, id="c")
        return [c, b2, a, b1, b]

    def test_items_follow_each_other_from_the_session_start(self):
        slots = timetable(self.items(), dt.datetime(2003, 6, 16, 9, 30))
        assert (slots["a"].number, slots["a"].start.time(), slots["a"].end.time()) == ("1", dt.time(9, 30), dt.time(9, 50))
        assert slots["b1"].number == "2.1" and slots["b1"].start.time() == dt.time(9, 50)
        assert slots["b2"].number == "2.2" and slots["b2"].end.time() == dt.time(11, 5)
        # the parent lasts as long as its sub-items (75 min > its own 30)
        assert slots["b"].end.time() == dt.time(11, 5)
        assert slots["c"].start.time() == dt.time(11, 5) and slots["c"].end.time() == dt.time(11, 20)

    def test_a_parent_longer_than_its_sub_items_keeps_its_own_duration(self):
        items = self.items()
        next(i for i in items if i.id == "b").duration_min = 120
        slots = timetable(items, dt.datetime(2003, 6, 16, 9, 30))
        assert slots["c"].start.time() == dt.time(11, 50)

    def test_negative_durations_count_as_zero(self):
        item = AgendaItem("s", {"en": "x"}, duration_min=-30, id="x")
        slot = timetable([item], dt.datetime(2003, 1, 1, 9, 0))["x"]
        assert slot.start == slot.end

    def test_reading_order_puts_sub_items_under_their_parent(self):
        assert [i.id for i in agenda_order(self.items())] == ["a", "b", "b1", "b2", "c"]


class TestProgress:
    def test_rising_target(self):
        # visas: 7,000 in 1997, about 25,000 in 2001, target 30,000
        assert progress(7000, 30000, 25000) == pytest.approx(18000 / 23000)

    def test_falling_target_counts_a_fall_as_progress(self):
        assert progress(80, 50, 65) == pytest.approx(0.5)
        assert progress(80, 50, 90) < 0

    def test_overshoot_is_above_one(self):
        assert progress(0, 500, 600) == pytest.approx(1.2)

    def test_target_equal_to_baseline_counts_as_reached(self):
        assert progress(5, 5, 5) == 1.0

    def test_indicator_uses_latest_measurement_as_of(self):
        ind = Indicator("c", {"en": "fund"}, "EUR", 0, None, 2_600_000, id="i")
        ms = [Measurement("i", D(2002, 12, 31), 400_000), Measurement("i", D(2003, 3, 31), 1_300_000)]
        assert indicator_progress(ind, ms) == pytest.approx(0.5)
        assert indicator_progress(ind, ms, as_of=D(2003, 1, 1)) == pytest.approx(400_000 / 2_600_000)
        assert indicator_progress(ind, []) is None


class TestReciprocity:
    def test_pair_honoured_only_when_both_sides_deliver(self):
        enforcement = commitment("ITAL-1", id="e", reciprocal_id="q")
        quota = commitment("ITAL-2", id="q", reciprocal_id="e")
        events = {"e": [ev("e", "2002-04-16", "on_track")], "q": [ev("q", "2002-04-16", "at_risk")]}
        [pair] = reciprocity([enforcement, quota], events, DEFAULT_SCALE)
        assert pair.first_ok and not pair.second_ok and not pair.honoured
        events["q"].append(ev("q", "2002-09-01", "completed"))
        [pair] = reciprocity([enforcement, quota], events, DEFAULT_SCALE)
        assert pair.honoured

    def test_a_one_sided_link_still_makes_one_pair(self):
        a = commitment("A", id="a", reciprocal_id="b")
        b = commitment("B", id="b")
        assert len(reciprocity([a, b], {}, DEFAULT_SCALE)) == 1

    def test_no_status_yet_is_not_on_track(self):
        a = commitment("A", id="a", reciprocal_id="b")
        b = commitment("B", id="b", reciprocal_id="a")
        [pair] = reciprocity([a, b], {}, DEFAULT_SCALE)
        assert not pair.first_ok and not pair.second_ok


class TestCarryOver:
    def test_open_commitments_from_earlier_sessions_are_carried(self):
        s1 = Session("d", 1, D(2001, 5, 14), D(2001, 5, 15), id="s1")
        s2 = Session("d", 2, D(2002, 6, 10), D(2002, 6, 11), id="s2")
        s3 = Session("d", 3, D(2003, 6, 16), D(2003, 6, 17), id="s3")
        open_one = commitment("A", id="a", made_at_session_id="s1")
        done = commitment("B", id="b", made_at_session_id="s1")
        done_later = commitment("C", id="c", made_at_session_id="s2")
        made_now = commitment("D", id="d", made_at_session_id="s3")
        events = {
            "b": [ev("b", "2002-01-01", "completed")],
            "c": [ev("c", "2003-07-01", "completed")],  # completed after session 3 began
        }
        kept = carry_over([open_one, done, done_later, made_now], events, [s1, s2, s3], s3, DEFAULT_SCALE)
        assert [c.ref for c in kept] == ["A", "C"]


def test_translation_gaps_list_joint_texts_missing_a_working_language():
    from consult_app.domain.model import Bundle, Dialogue, Party, Visibility
    from consult_app.domain.rules import translation_gaps

    d = Dialogue("US-MX", {"en": "Working group", "es": "Grupo de trabajo"}, [Party("US", "US", True), Party("MX", "MX")], ["en", "es"])
    s = Session(d.id, 1, D(2002, 3, 18), D(2002, 3, 19), id="s")
    item = AgendaItem("s", {"en": "Border", "es": "Frontera"}, summary={"en": "Reviewed."}, id="i")
    joint = Commitment(d.id, "J-1", {"en": "Exchange data."}, None, id="c1")
    internal = Commitment(d.id, "I-1", {"en": "Our line."}, None, visibility=Visibility.INTERNAL, id="c2")
    gaps = translation_gaps(Bundle(dialogues=[d], sessions=[s], items=[item], commitments=[joint, internal]), d)
    assert [(g.kind, g.label, g.field, g.missing) for g in gaps] == [("agenda_item", "Border", "summary", "es"), ("commitment", "J-1", "text", "es")]
