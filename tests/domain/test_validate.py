"""The limits of domain/validate.py: one sentence per refusal, naming the field."""

import datetime as dt
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consult_app.domain import validate
from consult_app.domain.errors import Invalid
from consult_app.domain.model import Amendment, DelegationMember, FollowUpAction, Indicator, Measurement, Person, StatusEvent
from consult_app.domain.text import printable


def refusal(check, *args, **kwargs) -> str:
    with pytest.raises(Invalid) as err:
        check(*args, **kwargs)
    return str(err.value)


def event(**changes) -> StatusEvent:
    values = dict(commitment_id="c", effective_on=dt.date(2003, 3, 31), status="on_track", recorded_at="2003-03-31T12:00:00Z")
    return StatusEvent(**(values | changes))


class TestTexts:
    @pytest.mark.parametrize(
        "kind, limit", [("CODE", 40), ("REF", 60), ("MARKING", 60), ("LABEL", 80), ("NAME", 300), ("TITLE", 1_000), ("TEXT", 20_000), ("NOTE", 100_000)]
    )
    def test_one_documented_limit_per_kind(self, kind, limit):
        assert getattr(validate, kind) == limit
        assert validate.text("x" * limit, "f", limit=limit) == "x" * limit
        assert refusal(validate.text, "x" * (limit + 1), "f", limit=limit) == f"f: is {limit + 1:,} characters long; the limit is {limit:,}."

    def test_joint_texts_default_to_twenty_thousand_characters(self):
        assert refusal(validate.text, "x" * 20_001, "text") == "text: is 20,001 characters long; the limit is 20,000."

    @pytest.mark.parametrize("bad", ["a\x00b", "a\x1b[31mb", "bell\x07", "a\rb", "\x7f", "\x85", "\ufffe"])
    def test_control_characters_other_than_tab_and_newline(self, bad):
        assert refusal(validate.text, bad, "note") == "note: contains control characters that cannot be stored."

    @pytest.mark.parametrize("bad", ["a\ud800", "\udfffb", "x\udc00y"])
    def test_lone_surrogates(self, bad):
        assert refusal(validate.text, bad, "note") == "note: contains broken Unicode (a lone surrogate) that cannot be stored."

    def test_tab_newline_and_every_script_are_fine(self):
        assert validate.text("Ђорђе\tȘtefan\nBakanlığı 😀", "name", limit=validate.NAME)

    def test_a_language_key_must_be_a_language_code(self):
        assert refusal(validate.lang_text, {"f\x00": "x"}, "text") == "text: 'f\\u0000' is not a language code."

    @given(st.text())
    def test_printable_leaves_nothing_a_terminal_or_encoder_chokes_on(self, text):
        shown = printable(text)
        shown.encode("utf-8")  # no lone surrogate left
        assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in shown)


class TestDatesAndTimes:
    @pytest.mark.parametrize("day", [dt.date(1, 1, 1), dt.date(1899, 12, 31), dt.date(2200, 1, 1), dt.date(9999, 12, 31)])
    def test_dates_outside_1900_to_2199(self, day):
        assert refusal(validate.date, day, "due_on") == f"due_on: {day.isoformat()} is outside the years 1900–2199."

    def test_the_edges_are_inside(self):
        assert validate.date(dt.date(1900, 1, 1), "d") and validate.date(dt.date(2199, 12, 31), "d")

    @pytest.mark.parametrize("good", ["2003-03-31T12:00:00Z", "2003-03-31T12:00:00+00:00", "2003-03-31T12:00:00.123456Z"])
    def test_iso_utc_timestamps(self, good):
        assert validate.timestamp(good, "recorded_at") == good

    @pytest.mark.parametrize(
        "bad",
        [
            "not a timestamp",
            "",
            "2003-03-31",
            "2003-03-31 12:00:00Z",
            "2003-03-31T12:00:00",
            "2003-03-31T12:00:00+02:00",
            "2003-02-30T12:00:00Z",
            "2003-03-31T25:00:00Z",
            "٢٠٠٣-03-31T12:00:00Z",
        ],
    )
    def test_anything_else_is_not_a_timestamp(self, bad):
        assert refusal(validate.timestamp, bad, "recorded_at") == (f"recorded_at: '{bad}' is not an ISO-8601 UTC timestamp (for example 2003-03-31T12:00:00Z).")

    def test_a_timestamp_in_year_9999(self):
        assert refusal(validate.timestamp, "9999-12-31T00:00:00Z", "recorded_at") == ("recorded_at: 9999-12-31 is outside the years 1900–2199.")


class TestNumbers:
    @pytest.mark.parametrize("value, shown", [(float("nan"), "NaN"), (float("inf"), "Infinity"), (float("-inf"), "-Infinity")])
    def test_not_finite(self, value, shown):
        assert refusal(validate.number, value, "value") == f"value: {shown} is not a finite number."

    def test_out_of_range(self):
        assert refusal(validate.number, 1e16, "value") == ("value: 1e+16 is outside the range of figures Consult stores (±1,000,000,000,000,000).")
        assert refusal(validate.number, -(10**400), "value") == (
            "value: -a number of about 401 digits is outside the range of figures Consult stores (±1,000,000,000,000,000)."
        )

    def test_negative_and_fractional_figures_are_fine(self):
        assert validate.number(-1, "value") == -1
        assert validate.number(-2.5e6, "value") == -2.5e6
        assert validate.number(10**15, "value") == 10**15

    def test_true_is_not_a_number(self):
        assert refusal(validate.number, True, "value") == "value: expected a number."

    def test_whole_numbers(self):
        assert refusal(validate.whole, 100_001, "position", 0, validate.MAX_POSITION) == ("position: 100001 is not a whole number between 0 and 100,000.")
        assert refusal(validate.whole, 1.5, "position", 0, 10) == "position: expected a whole number."

    @pytest.mark.parametrize("value", [None, True, 0, -3.5, "text\nwith\tspaces"])
    def test_scalar_accepts_what_can_be_stored(self, value):
        assert validate.scalar(value, "x") == value

    def test_scalar_refuses_the_rest(self):
        assert refusal(validate.scalar, b"bytes", "x") == "x: expected text, a number, true/false or null."
        assert refusal(validate.scalar, "x" * 100_001, "x") == ("x: is 100,001 characters long; no text may be longer than 100,000 characters.")
        assert refusal(validate.scalar, float("nan"), "x") == "x: NaN is not a finite number."


class TestRecords:
    def test_status_event_fields(self):
        assert refusal(validate.status_event, event(effective_on=dt.date(9999, 12, 31))) == ("effective_on: 9999-12-31 is outside the years 1900–2199.")
        assert refusal(validate.status_event, event(note="x" * 100_001)) == "note: is 100,001 characters long; the limit is 100,000."
        assert refusal(validate.status_event, event(evidence="\x00")) == "evidence: contains control characters that cannot be stored."
        assert refusal(validate.status_event, event(author="x" * 301)) == "author: is 301 characters long; the limit is 300."
        assert refusal(validate.status_event, event(recorded_at="not a timestamp")).startswith("recorded_at: 'not a timestamp' is not")
        assert refusal(validate.status_event, event(recorded_where="\x1b")) == ("recorded_where: contains control characters that cannot be stored.")

    def test_indicator_figures_and_dates(self):
        ind = Indicator("c", {"fr": "Visas"}, "count", 7000.0, dt.date(1997, 1, 1), 30000.0, dt.date(2004, 12, 31))
        validate.indicator(ind)
        ind.baseline_value = float("inf")
        assert refusal(validate.indicator, ind) == "baseline_value: Infinity is not a finite number."
        ind.baseline_value, ind.target_on = 0.0, dt.date(1, 1, 1)
        assert refusal(validate.indicator, ind) == "target_on: 0001-01-01 is outside the years 1900–2199."

    def test_measurement(self):
        assert refusal(validate.measurement, Measurement("i", dt.date(9999, 12, 31), 1.0)) == ("measured_on: 9999-12-31 is outside the years 1900–2199.")
        assert refusal(validate.measurement, Measurement("i", dt.date(2001, 1, 1), float("nan"))) == "value: NaN is not a finite number."

    def test_amendment(self):
        good = Amendment("s", "summary", "old", "new", dt.date(2003, 1, 1), "typo", lang="fr")
        validate.amendment(good)
        assert refusal(validate.amendment, replace(good, amended_on=dt.date(1, 1, 1))) == ("amended_on: 0001-01-01 is outside the years 1900–2199.")
        assert refusal(validate.amendment, replace(good, field="objective")) == "field: 'objective' is not part of the minutes."
        assert refusal(validate.amendment, replace(good, new_text="x" * 20_001)) == ("new_text: is 20,001 characters long; the limit is 20,000.")

    def test_person_member_action(self):
        assert refusal(validate.person, Person("Ana\x1b]0;pwned\x07")) == "name: contains control characters that cannot be stored."
        assert refusal(validate.member, DelegationMember("p", "q", role="x" * 301)) == "role: is 301 characters long; the limit is 300."
        assert refusal(validate.action, FollowUpAction("d", "x" * 20_001)) == "description: is 20,001 characters long; the limit is 20,000."
