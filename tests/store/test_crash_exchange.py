"""Crash consistency of the exchange: `packet export` and `packet import` killed at each step, both ways.

After each kill and a retry, `check` passes on both files, every status event
the child reported committed is present on both sides, and the exchange goes
on (the next packet each way is accepted). The counts are what the child
reported after its commits, never what a clock suggests.
"""

import os
import signal
import sqlite3
import subprocess
import sys

import pytest

from ..conftest import ROOT, private_home
from ..effort import THOROUGH

sys.path.insert(0, str(ROOT / "bench"))
import crash_exchange  # noqa: E402  (the harness lives in bench/ so the random-kill run shares it)

# Every step of an export and an import is killed once; `make thorough` kills each step in both directions
# (field copy to secretariat, #1, and back, #2), make test each step in one direction, the two alternating.
POINTS = crash_exchange.POINTS if THOROUGH else [f"{label}#{n % 2 + 1}" for n, label in enumerate(crash_exchange.LABELS)]


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    with private_home(tmp_path_factory):  # made before the per-test folders exist: the snapshots of the children too
        return crash_exchange.run_points(tmp_path_factory.mktemp("crash"), POINTS)


@pytest.mark.parametrize("point", POINTS)
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


IMPORT_KILLED_MID_WRITE = """
import sys
from pathlib import Path
from consult_app.store import Workspace, connection, sync

connection.offer_passphrase(sys.argv[3])
opened = sync.connect
def small(*args, **kwargs):  # a cache of one page: the changes reach the file itself before the COMMIT
    conn = opened(*args, **kwargs)
    conn.execute("PRAGMA cache_size = 1")
    return conn
sync.connect = small  # (the baseline)
worker = sync._apsw
def small_apsw(path):
    conn = worker(path)
    conn.execute("PRAGMA cache_size = 1")
    return conn
sync._apsw = small_apsw  # (no page of the file is written through it all the same)
with Workspace.open(Path(sys.argv[1]), backups=False) as ws:
    ws.conn.execute("PRAGMA cache_size = 1")
    sync.import_packet(ws, Path(sys.argv[2]).read_bytes())
"""


LARGE_KILLS = [(step, encrypted) for step in ("import:worked-out", "import:applied", "import:base") for encrypted in (False, True)]


@pytest.mark.parametrize(
    ("step", "encrypted"),
    LARGE_KILLS if THOROUGH else [("import:worked-out", True), ("import:applied", False), ("import:base", True)],  # make test: each step once
    ids=lambda v: ("encrypted" if v else "plain") if isinstance(v, bool) else v,
)
def test_a_large_import_killed_before_a_commit_leaves_a_whole_state(tmp_path, encrypted, step):
    """Killed while APSW works out the packet's effect (more changed pages than its cache holds), the file was never
    written. Killed once the changes are written in place, with pages already in the file, a hot journal is left and
    the next opening rolls it back, encrypted or not: the store's own SQLite wrote it (APSW's could not roll back the
    store's journal of an encrypted file, nor the other way round). The same for the baseline, after the commit: the
    next exchange rolls its journal back and moves it again."""
    from consult_app.ops.workspaces import create as create_workspace
    from consult_app.store import Workspace, check_workspace, connection
    from consult_app.store.sync import base_path, export_packet, field_copy, find_peer, import_packet

    passphrase = "a passphrase for the crash test"
    s, f, data = tmp_path / "s.consult", tmp_path / "f.consult", tmp_path / "1.packet"
    create_workspace(s, demo=True, key=connection.new_key(passphrase) if encrypted else None).close()
    with Workspace.open(s) as ws:
        field_copy(ws, f, name=crash_exchange.COPY, dialogue_code="ML-FR")
    with Workspace.open(f) as ws:
        c = ws.commitment_by_ref("MLFR-2001-01")
        with ws.transaction("test"):  # 2.4 MB: more than SQLite's default cache (2 MiB)
            sent = {ws.log_status(c.id, "on_track", note=f"KILLED-IMPORT-MARKER {n} " + "x" * 8000).id for n in range(300)}
        data.write_bytes(export_packet(ws)[0])

    def state():
        with Workspace.open(s, readonly=True) as ws:
            return {r["id"] for r in ws._rows("SELECT id FROM status_events")}, find_peer(ws, crash_exchange.COPY).received

    before, raw = state(), s.read_bytes()
    with Workspace.open(s, readonly=True) as ws:
        base = base_path(s, find_peer(ws, crash_exchange.COPY).device_id)
    child = subprocess.run(
        [sys.executable, "-c", IMPORT_KILLED_MID_WRITE, str(s), str(data), passphrase],
        env={**os.environ, "PYTHONPATH": str(ROOT), "CONSULT_CRASH_AT": step},
        capture_output=True,
        text=True,
    )
    assert child.returncode == -signal.SIGKILL, child.stderr
    journal = (base if step == "import:base" else s).with_name((base if step == "import:base" else s).name + "-journal")
    if step == "import:worked-out":
        assert s.read_bytes() == raw and not journal.exists()
    else:
        assert journal.read_bytes()[:8] != bytes(8)  # synced, with pages of the file in it: hot
        if encrypted:
            assert b"KILLED-IMPORT-MARKER" not in journal.read_bytes() + s.read_bytes() + base.read_bytes()
    with Workspace.open(s) as ws:
        recovered = ["Recovered an interrupted write in s.consult: the unfinished change was rolled back."]
        assert ws.notices == (recovered if step == "import:applied" else [])
    assert check_workspace(s).problems == []
    if step == "import:base":  # committed: the exchange goes on, the baseline moved again from the packet kept in the inbox
        assert state() == (before[0] | sent, before[1] + 1)
        crash_exchange.go_on(crash_exchange.Pair(s, f))
        conn = connection.connect(base)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.close()
        return
    assert state() == before and not sent & before[0]
    with Workspace.open(s) as ws:
        assert import_packet(ws, data.read_bytes()).written
    assert state()[0] == before[0] | sent
