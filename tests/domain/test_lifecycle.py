"""Commitments that live, by the rules alone: overdue on a day, ended commitments, the reference scheme, which way is good."""

from __future__ import annotations

import datetime as dt

import pytest

from consult_app.domain import validate
from consult_app.domain.errors import Invalid
from consult_app.domain.model import DEFAULT_SCALE, Commitment, CommitmentState, Dialogue, Direction, Indicator, Party, Session, StatusEvent
from consult_app.domain.proposal import ReferenceScheme, next_reference
from consult_app.domain.rules import carry_over, in_force, indicator_progress, is_overdue, overdue_since, progress

TODAY = dt.date(2004, 6, 1)


def commitment(**kw) -> Commitment:
    return Commitment("d", "MLFR-2002-01", {"fr": "x"}, None, id="c", **{"due_on": dt.date(2003, 3, 31), **kw})


def event(on: dt.date, status: str) -> StatusEvent:
    return StatusEvent("c", on, status, recorded_at="2003-01-01T00:00:00Z", id=f"e{on}")


class TestOverdue:
    def test_a_completion_dated_after_today_closes_nothing_yet(self):
        c = commitment()
        events = [event(dt.date(2003, 1, 1), "on_track"), event(dt.date(2004, 12, 31), "completed")]
        assert is_overdue(c, events, DEFAULT_SCALE, TODAY)
        assert overdue_since(c, "on_track", DEFAULT_SCALE, TODAY) == dt.date(2003, 3, 31)
        assert not is_overdue(c, events, DEFAULT_SCALE, dt.date(2005, 1, 1))  # once the day has come, it is closed

    def test_a_withdrawn_or_superseded_commitment_is_not_overdue_from_the_day_it_ended(self):
        for state in (CommitmentState.WITHDRAWN, CommitmentState.SUPERSEDED):
            c = commitment(state=state, ended_on=dt.date(2004, 1, 15), end_reason="r")
            assert not is_overdue(c, [], DEFAULT_SCALE, TODAY)
            assert is_overdue(c, [], DEFAULT_SCALE, dt.date(2004, 1, 14))  # before it ended, it was late
            assert not in_force(c) and in_force(c, dt.date(2004, 1, 14))

    def test_nothing_due_or_due_later_is_not_overdue(self):
        assert overdue_since(commitment(due_on=None), None, DEFAULT_SCALE, TODAY) is None
        assert overdue_since(commitment(due_on=TODAY), None, DEFAULT_SCALE, TODAY) is None


class TestCarryOver:
    def test_a_commitment_withdrawn_before_the_session_is_not_carried_over(self):
        s1 = Session("d", 1, dt.date(2002, 6, 10), dt.date(2002, 6, 11), id="s1")
        s2 = Session("d", 2, dt.date(2003, 6, 16), dt.date(2003, 6, 17), id="s2")
        kept = Commitment("d", "A", {"fr": "a"}, None, made_at_session_id="s1", id="a")
        gone = Commitment(
            "d", "B", {"fr": "b"}, None, made_at_session_id="s1", state=CommitmentState.WITHDRAWN, ended_on=dt.date(2003, 1, 1), end_reason="r", id="b"
        )
        later = Commitment(
            "d", "C", {"fr": "c"}, None, made_at_session_id="s1", state=CommitmentState.WITHDRAWN, ended_on=dt.date(2003, 9, 1), end_reason="r", id="c"
        )
        assert [c.ref for c in carry_over([kept, gone, later], {}, [s1, s2], s2, DEFAULT_SCALE)] == ["A", "C"]


class TestReferenceScheme:
    d = Dialogue("ML-FR", {"fr": "x"}, [Party("FR", "France", is_home=True), Party("ML", "Mali")], ["fr"])

    def test_the_pattern_comes_from_the_dialogue_code(self):
        scheme = ReferenceScheme.of(self.d)
        assert scheme.pattern == "MLFR-YYYY-NN"
        assert scheme.check("MLFR-2004-03") == "MLFR-2004-03"
        assert scheme.follows("MLFR-2004-1234")

    @pytest.mark.parametrize(
        "ref", ["MLFR-2004-99 ✈️ Миграция", "MLFR-04-01", "USMX-2004-01", "MLFR-2004-1", "MLFR-2300-01", "MLFR-2004-00", "mlfr-2004-01", "MLFR-２００４-01"]
    )
    def test_references_off_the_pattern_are_refused_with_a_sentence_naming_the_field(self, ref):
        with pytest.raises(Invalid) as caught:
            ReferenceScheme.of(self.d).check(ref)
        assert caught.value.field == "ref"
        assert str(caught.value) == (
            f"ref: '{ref}' does not follow this dialogue's reference pattern MLFR-YYYY-NN (a year from 1900 to 2199, then a number of two to four digits)."
        )

    def test_the_next_number_follows_the_highest_of_the_year(self):
        existing = ["MLFR-2004-01", "MLFR-2004-07", "MLFR-2003-12", "MLFR-2004-99 ✈️", "ITAL-2004-30"]
        assert next_reference(self.d, 2004, existing) == "MLFR-2004-08"
        assert next_reference(self.d, 2005, existing) == "MLFR-2005-01"


class TestEnding:
    def test_an_ended_commitment_says_when_and_why(self):
        d = TestReferenceScheme.d
        made = Session("d", 1, dt.date(2002, 6, 10), dt.date(2002, 6, 11))
        c = Commitment(d.id, "MLFR-2002-01", {"fr": "x"}, None, state=CommitmentState.WITHDRAWN)
        with pytest.raises(Invalid, match="^ended_on: a date is needed.$"):
            validate.commitment(c, d, made)
        c.ended_on = dt.date(2002, 1, 1)
        with pytest.raises(Invalid, match=r"^ended_on: a commitment cannot be withdrawn \(2002-01-01\) before the session where it was made \(2002-06-10\).$"):
            validate.commitment(c, d, made)
        c.ended_on = dt.date(2003, 1, 1)
        with pytest.raises(Invalid, match="^end_reason: say why the commitment is withdrawn.$"):
            validate.commitment(c, d, made)
        c.end_reason = "Remplacé"
        validate.commitment(c, d, made)
        in_force_with_a_reason = Commitment(d.id, "MLFR-2002-02", {"fr": "x"}, None, end_reason="?")
        with pytest.raises(Invalid, match="^ended_on: a commitment in force has no end date or reason.$"):
            validate.commitment(in_force_with_a_reason, d, made)


class TestDirection:
    def test_the_direction_defaults_to_what_baseline_and_target_imply(self):
        assert Indicator("c", {"en": "transit migrants"}, "percent", 80, None, 50).direction == Direction.DOWN
        assert Indicator("c", {"en": "visas"}, "count", 7000, None, 30000).direction == Direction.UP

    def test_a_target_on_the_wrong_side_is_refused(self):
        falling = Indicator("c", {"en": "transit migrants"}, "percent", 80, None, 50, direction=Direction.UP)
        with pytest.raises(Invalid, match=r"^target_value: the target \(50\) is below the baseline \(80\), but this indicator should rise \(up is good\).$"):
            validate.indicator(falling)
        rising = Indicator("c", {"en": "visas"}, "count", 7000, None, 30000, direction=Direction.DOWN)
        with pytest.raises(Invalid, match=r"^target_value: the target \(30,000\) is above the baseline \(7,000\), but this indicator should fall"):
            validate.indicator(rising)

    def test_progress_of_a_falling_indicator_and_of_a_target_equal_to_the_baseline(self):
        from consult_app.domain.model import Measurement

        transit = Indicator("c", {"en": "transit migrants"}, "percent", 80, None, 50)
        assert indicator_progress(transit, [Measurement(transit.id, dt.date(2003, 1, 1), 65)]) == 0.5
        assert progress(10, 10, 9, Direction.UP) == 0.0 and progress(10, 10, 11, Direction.UP) == 1.0
        assert progress(10, 10, 11, Direction.DOWN) == 0.0 and progress(10, 10, 9, Direction.DOWN) == 1.0
