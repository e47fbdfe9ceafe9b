"""hypothesis-generated packets, signed with the right key: applied within the sender's rights, or refused whole."""

import sys

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import packet_fuzz  # noqa: E402  (the generator and its oracle live in bench/ so the 1,000-example run shares them)


def test_random_signed_packets_are_applied_within_the_rights_or_refused_whole(tmp_path):
    outcomes = packet_fuzz.run(tmp_path, 200, seed=13)
    assert sum(outcomes.values()) == 200
    assert outcomes["applied"] >= 20 and outcomes["refused"] >= 20  # both sides of the property were exercised
