"""Crash safety: every kind of writer killed with SIGKILL at random moments loses nothing it reported.

The harness lives in bench/ so that the 1,000-kill run of the README and this
short one share it. Its children report "ready" only once their work is under
way (the status writer after its first commit), so the counts below hold on a
machine however busy, and none depends on wall-clock speed.
"""

import sys

import pytest

from ..conftest import ROOT
from ..effort import effort

sys.path.insert(0, str(ROOT / "bench"))
import crash  # noqa: E402

KILLS = [
    ("status", effort(4, 24)),
    ("import", effort(1, 8)),
    ("backup-create", effort(1, 8)),
    ("backup-restore", effort(1, 8)),
    ("open", effort(1, 2)),
    ("encrypt", effort(1, 8)),
]


@pytest.mark.parametrize(("target", "kills"), KILLS)
def test_kills_lose_nothing(target, kills):
    totals = crash.run({target: kills}, seed=kills)[target]
    assert totals.problems == []
    assert (totals.lost, totals.integrity_failures, totals.blocked) == (0, 0, 0)
    if target == "status":
        assert totals.reported >= kills  # each child committed at least once before it was killed
