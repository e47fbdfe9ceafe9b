"""Crash consistency of the exchange: `packet export` and `packet import` killed at each step, both ways.

After each kill and a retry, `check` passes on both files, every status event
the child reported committed is present on both sides, and the exchange goes
on (the next packet each way is accepted). The counts are what the child
reported after its commits, never what a clock suggests.
"""

import sqlite3
import subprocess
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


def test_a_baseline_left_mid_write_is_rolled_back_before_it_is_read(tmp_path):
    """A kill in the middle of moving a baseline leaves a hot journal beside it: the next run rolls it back, then reads it."""
    from consult_app.store import Workspace
    from consult_app.store.sync import base_path, find_peer

    pair = crash_exchange.make_pair(tmp_path)
    with Workspace.open(pair.f, readonly=True) as ws:
        base = base_path(pair.f, find_peer(ws, "Secretariat").device_id)
    half_written = (
        "import os, signal, sqlite3\n"
        f"c = sqlite3.connect({str(base)!r}, isolation_level=None)\n"
        "c.execute('PRAGMA cache_size = 1')\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.execute(\"UPDATE meta SET value = '999' WHERE key = 'exchange_in_seq'\")\n"
        'c.execute("UPDATE actions SET description = description || hex(randomblob(20000))")\n'
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    subprocess.run([sys.executable, "-c", half_written], check=False)
    assert base.with_name(base.name + "-journal").stat().st_size > 0
    crash_exchange.go_on(pair)  # the field copy exports (reading its baseline) and imports: both accepted
    conn = sqlite3.connect(base)
    assert conn.execute("SELECT value FROM meta WHERE key = 'exchange_in_seq'").fetchone()[0] == "1"
    conn.close()
