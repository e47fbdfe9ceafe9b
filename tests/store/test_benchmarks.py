"""The benchmarks' own set-ups, run small on the demo: a refactor that breaks a benchmark fails here, not in `make bench`."""

import sys

import pytest

from ..conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))
import crypt_bench  # noqa: E402  (the benchmark's exchange, run with fewer events)


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_the_crypt_benchmark_exchange_imports_its_packet_on_the_demo(tmp_path, demo_path, monkeypatch, encrypted):
    monkeypatch.setattr(crypt_bench, "EVENTS", 30)
    exchange = crypt_bench.Exchange(demo_path, tmp_path / "exchange", encrypted)
    assert exchange.import_once() > 0
    assert exchange.import_once() > 0  # the secretariat is put back before each run: the same packet imports again
