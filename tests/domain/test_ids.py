"""Row ids: time-ordered UUIDs (version 7), and the short handle a person reads and types."""

from __future__ import annotations

import time
import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from consult_app.domain.errors import NotFound
from consult_app.domain.model import named, new_id, short_id, time_ordered_id


def test_a_new_id_is_a_version_7_uuid_carrying_the_time_it_was_made():
    before = time.time_ns() // 1_000_000
    made = new_id()
    after = time.time_ns() // 1_000_000
    value = uuid.UUID(made)
    assert str(value) == made and value.version == 7 and value.variant == uuid.RFC_4122
    assert before <= value.int >> 80 <= after


def test_ids_made_together_never_meet():
    made = [new_id() for _ in range(20_000)]
    assert len(set(made)) == len(made)


def test_ids_made_one_after_another_sort_in_the_order_they_were_made():
    made = [new_id() for _ in range(20_000)]  # hundreds in each millisecond
    assert sorted(made) == made and len(set(made)) == len(made)
    assert len({m[:13] for m in made}) < len(made) / 10  # many shared a millisecond: the order held within one


def test_a_clock_stepped_back_does_not_put_new_ids_before_old_ones(monkeypatch):
    from consult_app.domain import model

    first = new_id()
    now = time.time_ns()
    monkeypatch.setattr(model.time, "time_ns", lambda: now - 3_600_000_000_000)  # an hour back (a clock set right)
    later = [new_id() for _ in range(3)]
    monkeypatch.undo()
    assert [first, *later] == sorted([first, *later]) and len({first, *later}) == 4
    assert uuid.UUID(later[-1]).int >> 80 == uuid.UUID(first).int >> 80  # they keep the latest millisecond until time passes it


@given(st.integers(0, 2**48 - 2), st.integers(1, 2**48 - 1), st.integers(0, 2**80 - 1), st.integers(0, 2**80 - 1))
def test_an_id_made_later_sorts_after_as_text(millis, later_by, first_bits, second_bits):
    later = min(millis + later_by, 2**48 - 1)
    first, second = time_ordered_id(millis, first_bits), time_ordered_id(later, second_bits)
    assert first < second
    for text, at in ((first, millis), (second, later)):
        value = uuid.UUID(text)
        assert (value.version, value.variant, value.int >> 80) == (7, uuid.RFC_4122, at)


def test_the_handle_is_the_random_end_of_the_id():
    row = time_ordered_id(1_800_000_000_000, 0x2B_1234_5678_9ABC_DEF0)
    assert row == "01a3185c-5000-70ac-9234-56789abcdef0"  # 1.8e12 ms = 0x1a3185c5000, version 7, variant 0b10
    assert short_id(row) == "9abcdef0"
    for handle in (row, short_id(row), row[-4:], row.upper(), f" {short_id(row).upper()} "):
        assert named(handle, [row], "a proposal", "minutes proposals") == row
    for handle in (row[-3:], row[:8], ""):
        with pytest.raises(NotFound):
            named(handle, [row], "a proposal", "minutes proposals")
