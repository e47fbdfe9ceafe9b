"""hypothesis-generated packets, signed with the right key: applied within the sender's rights, or refused whole."""

import sys

from ..conftest import ROOT
from ..effort import effort

sys.path.insert(0, str(ROOT / "bench"))
import packet_fuzz  # noqa: E402  (the generator and its oracle live in bench/ so the 1,000-example run shares them)


def test_random_signed_packets_are_applied_within_the_rights_or_refused_whole(tmp_path):
    packets = effort(100, 400)
    outcomes = packet_fuzz.run(tmp_path, packets, seed=13)
    assert sum(outcomes.values()) == packets, outcomes
    assert outcomes["applied"] >= packets // 10 and outcomes["refused"] >= packets // 10  # both sides of the property were exercised
