"""The store's write methods apply the same limits as the interchange reader (domain/validate.py)."""

import datetime as dt

import pytest

from consult_app.domain.errors import Invalid
from consult_app.domain.model import DelegationMember, FollowUpAction, Indicator, Measurement, Person


def refused(call, *args, **kwargs) -> str:
    with pytest.raises(Invalid) as err:
        call(*args, **kwargs)
    return str(err.value)


@pytest.fixture
def fund(demo):
    return demo.commitment_by_ref("MLFR-2002-01")


class TestLogStatus:
    def test_note_evidence_and_date(self, demo, demo_path, fund):
        before = demo.counts()
        assert refused(demo.log_status, fund.id, "on_track", note="x" * 100_001) == "note: is 100,001 characters long; the limit is 100,000."
        assert refused(demo.log_status, fund.id, "on_track", evidence="scan\x00") == "evidence: contains control characters that cannot be stored."
        assert refused(demo.log_status, fund.id, "on_track", evidence="\ud800") == (
            "evidence: contains broken Unicode (a lone surrogate) that cannot be stored."
        )
        assert refused(demo.log_status, fund.id, "on_track", dt.date(9999, 12, 31)) == ("effective_on: 9999-12-31 is outside the years 1900–2199.")
        assert refused(demo.log_status, fund.id, "on_track", author="\x1b[31m") == "author: contains control characters that cannot be stored."
        assert demo.counts() == before

    def test_the_longest_note_is_accepted(self, demo, fund):
        event = demo.log_status(fund.id, "on_track", note="x" * 100_000, evidence="y" * 100_000)
        assert demo.events(fund.id)[-1].id == event.id


class TestFigures:
    def test_measurement_values_are_finite_and_in_range(self, demo):
        indicator = demo.indicators()[0]
        before = demo.counts()
        for value, sentence in (
            (float("inf"), "value: Infinity is not a finite number."),
            (float("nan"), "value: NaN is not a finite number."),
            (1e300, "value: 1e+300 is outside the range of figures Consult stores (±1,000,000,000,000,000)."),
        ):
            assert refused(demo.add_measurement, Measurement(indicator.id, dt.date(2003, 1, 1), value)) == sentence
        assert refused(demo.add_measurement, Measurement(indicator.id, dt.date(9999, 12, 31), 1.0)) == (
            "measured_on: 9999-12-31 is outside the years 1900–2199."
        )
        demo.add_measurement(Measurement(indicator.id, dt.date(2003, 1, 1), -2.5))  # a negative figure is fine
        assert demo.counts()["measurements"] == before["measurements"] + 1

    def test_indicator_baseline_and_target(self, demo, fund):
        bad = Indicator(fund.id, {"fr": "Fonds"}, "EUR", float("-inf"), dt.date(2002, 1, 1), 2.6e6, dt.date(2004, 12, 31))
        assert refused(demo.add_indicator, bad) == "baseline_value: -Infinity is not a finite number."
        bad.baseline_value, bad.baseline_on = 0.0, dt.date(1, 1, 1)
        assert refused(demo.add_indicator, bad) == "baseline_on: 0001-01-01 is outside the years 1900–2199."


class TestOtherRecords:
    def test_action_text(self, demo, fund):
        action = FollowUpAction(fund.dialogue_id, "x" * 20_001)
        assert refused(demo.add_action, action) == "description: is 20,001 characters long; the limit is 20,000."
        action = demo.add_action(FollowUpAction(fund.dialogue_id, "Relancer le ministère"))
        action.due_on = dt.date(2200, 1, 1)
        assert refused(demo.update_action, action) == "due_on: 2200-01-01 is outside the years 1900–2199."

    def test_person_and_delegation_member(self, demo):
        assert refused(demo.add_person, Person("Ana\x1b]0;title\x07")) == "name: contains control characters that cannot be stored."
        session = demo.sessions(demo.dialogue_by_code("ML-FR").id)[0]
        member = DelegationMember(demo.people()[0].id, demo.dialogue_by_code("ML-FR").parties[0].id, session_id=session.id, position=10**9)
        assert refused(demo.add_member, member) == "position: 1000000000 is not a whole number between 0 and 100,000."

    def test_minutes_amendment(self, demo):
        session = demo.sessions(demo.dialogue_by_code("ML-FR").id)[1]
        item = demo.agenda(session.id)[0]
        assert refused(demo.amend_minutes, item.id, "summary", "fr", "Texte", "Coquille", dt.date(1, 1, 1)) == (
            "date: 0001-01-01 is outside the years 1900–2199."
        )
        assert refused(demo.amend_minutes, item.id, "summary", "fr", "Texte\x00", "Coquille", dt.date(2003, 1, 1)) == (
            "text: contains control characters that cannot be stored."
        )
