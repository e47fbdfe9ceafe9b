"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it reported."""

import random
import sys

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import crash  # noqa: E402  (the harness lives in bench/ so the 1,000-trial script shares it)


def test_fifty_kills_lose_nothing(tmp_path):
    path, ref = crash.make_workspace(tmp_path)
    rnd = random.Random(50)
    reported = 0
    for _ in range(50):
        outcome = crash.trial(path, ref, rnd)
        assert outcome.integrity_ok
        assert outcome.lost == 0
        reported += outcome.reported
    assert reported > 100  # the child really was writing when it was killed
