"""Crash consistency of the exchange: `packet export` and `packet import` killed at each step, both ways.

After each kill and a retry, `check` passes on both files, every status event
the child reported committed is present on both sides, and the exchange goes
on (the next packet each way is accepted). The counts are what the child
reported after its commits, never what a clock suggests.
"""

import sys

import pytest

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import crash_exchange  # noqa: E402  (the harness lives in bench/ so the random-kill run shares it)


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    return crash_exchange.run_points(tmp_path_factory.mktemp("crash"))


@pytest.mark.parametrize("point", crash_exchange.POINTS)
def test_a_kill_at_each_step_loses_nothing_and_the_exchange_goes_on(outcomes, point):
    outcome = dict(outcomes)[point]
    assert outcome.killed  # the child really died at that step
    assert outcome.reported >= 1
    assert outcome.check_failures == []
    assert outcome.blocked is None
    assert outcome.lost == 0
