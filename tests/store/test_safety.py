"""Nothing lost: integrity on open, snapshots, restore, the writer's lock, hostile input."""

import datetime as dt
import json
import os
import socket
import sqlite3
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consult_app.domain.errors import ConsultError, EnvironmentProblem, Invalid
from consult_app.store import Workspace, check_workspace, safety
from consult_app.store.checks import repair
from consult_app.store.workspace import Damaged


def corrupt(path):
    """Overwrite a page in the middle of the file with noise (the header stays intact)."""
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, min(len(data), page * 6)):
        data[offset] = (offset * 7) % 256
    path.write_bytes(bytes(data))


class TestIntegrityOnOpen:
    def test_a_damaged_file_is_refused_untouched_and_the_backup_named(self, demo_path):
        with Workspace.open(demo_path) as ws:
            ws.snapshot("before the accident")
        corrupt(demo_path)
        before = demo_path.read_bytes()
        with pytest.raises(Damaged) as err:
            Workspace.open(demo_path)
        message = str(err.value)
        assert message.startswith(f"{demo_path} is damaged and was not opened, so nothing was written to it")
        assert "The latest good backup is from" in message and "backup restore" in message
        assert demo_path.read_bytes() == before
        assert not safety.lock_path(demo_path).exists()

    def test_restore_the_latest_good_backup(self, demo_path, cli):
        with Workspace.open(demo_path) as ws:
            ws.snapshot("good")
        corrupt(demo_path)
        result = cli("backup", "restore", demo_path, "latest")
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"Restored {demo_path} from the snapshot of ")
        assert check_workspace(demo_path).healthy


class TestSnapshots:
    def test_taken_on_close_after_a_change_and_verified(self, demo_path):
        with Workspace.open(demo_path) as ws:
            before = len(ws.snapshots())
            ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "at_risk")
        with Workspace.open(demo_path) as ws:
            snaps = ws.snapshots()
            assert len(snaps) == before + 1 and snaps[0].reason == "closed"
            assert safety.verify(snaps[0].path)
            with Workspace.open(snaps[0].path, readonly=True) as copy:
                assert copy.events(copy.commitment_by_ref("MLFR-2001-01").id)[-1].status == "at_risk"

    def test_not_taken_when_nothing_changed(self, demo_path):
        with Workspace.open(demo_path) as ws:
            n = len(ws.snapshots())
        with Workspace.open(demo_path) as ws:
            assert len(ws.snapshots()) == n

    def test_taken_before_an_import_and_a_migration(self, ws, tmp_path):
        from consult_app.exchange.interchange import parse
        from consult_app.ops.workspaces import demo_text

        ws.load(parse(demo_text()))
        assert "before import" in [s.reason for s in ws.snapshots()]

    def test_thinning_keeps_last_ten_daily_for_a_month_monthly_for_a_year(self):
        now = dt.datetime(2026, 11, 27, 12, tzinfo=dt.UTC)
        hourly_today = [now - dt.timedelta(minutes=20 * h) for h in range(20)]  # all on the same day
        daily = [now - dt.timedelta(days=d, hours=1) for d in range(1, 60)]
        monthly = [now - dt.timedelta(days=30 * m) for m in range(2, 30)]
        kept = safety.keep(hourly_today + daily + monthly, now)
        assert set(hourly_today[:10]) <= kept
        assert not set(hourly_today[10:]) & kept
        assert {t.date() for t in kept if now - t <= dt.timedelta(days=30)} >= {(now - dt.timedelta(days=d, hours=1)).date() for d in range(1, 30)}
        assert all(now - t <= dt.timedelta(days=366) for t in kept)
        assert len({(t.year, t.month) for t in kept}) == len({(t.year, t.month) for t in kept if now - t <= dt.timedelta(days=366)})

    def test_thin_deletes_files(self, tmp_path):
        folder = tmp_path / "ws-id"
        folder.mkdir()
        now = dt.datetime(2026, 11, 27, tzinfo=dt.UTC)
        for h in range(15):
            (folder / f"{now - dt.timedelta(minutes=h):%Y%m%dT%H%M%S%f}Z--x.consult").write_bytes(b"")
        removed = safety.thin(folder, now)
        assert len(removed) == 5 and len(list(folder.glob("*.consult"))) == 10


class TestOneWriter:
    def test_a_second_writer_is_told_who_holds_the_file(self, demo_path):
        lock = safety.lock_path(demo_path)
        lock.write_text(json.dumps({"host": "embassy-laptop", "user": "amina", "pid": 4242, "since": "2026-11-27 09:15"}))
        before = demo_path.read_bytes()
        with pytest.raises(safety.Locked) as err:
            Workspace.open(demo_path)
        assert str(err.value) == (
            "demo.consult is already open in Consult by amina on embassy-laptop since 2026-11-27 09:15; open it read-only, or try again when it is closed."
        )
        with Workspace.open(demo_path, readonly=True) as ws:  # read-only is still possible
            assert len(ws.dialogues()) == 5
        assert demo_path.read_bytes() == before

    def test_a_stale_lock_is_taken_over(self, demo_path):
        safety.lock_path(demo_path).write_text(json.dumps({"host": socket.gethostname(), "user": "x", "pid": 999_999_9, "since": "yesterday"}))
        with Workspace.open(demo_path):
            assert safety.read_lock(demo_path).pid == os.getpid()
        assert not safety.lock_path(demo_path).exists()

    def test_the_cli_respects_the_lock(self, demo_path, cli):
        safety.lock_path(demo_path).write_text(json.dumps({"host": "secretariat-pc", "user": "claire", "pid": 1, "since": "2026-11-27 08:00"}))
        result = cli("status", demo_path, "MLFR-2001-01", "on_track")
        assert result.returncode == 1
        assert "is already open in Consult by claire on secretariat-pc" in result.stderr


class TestHostile:
    def test_a_full_disk_is_one_sentence_and_loses_nothing(self, demo):
        c = demo.commitment_by_ref("MLFR-2001-01")
        before = demo.events(c.id)
        pages = demo.conn.execute("PRAGMA page_count").fetchone()[0]
        demo.conn.execute(f"PRAGMA max_page_count = {pages}")  # the file may not grow: as if the disk were full
        with pytest.raises(EnvironmentProblem) as err:
            for n in range(400):
                demo.log_status(c.id, "on_track", note="x" * 4000 + str(n))
        assert str(err.value) == f"The disk holding {demo.path} is full: free some space and try again; nothing was saved."
        assert demo.events(c.id)[: len(before)] == before
        assert demo.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    def test_a_file_busy_in_another_program_is_one_sentence_and_loses_nothing(self, demo):
        c = demo.commitment_by_ref("MLFR-2001-01")
        before = demo.events(c.id)
        holding = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], isolation_level=None); c.execute('BEGIN EXCLUSIVE'); print('held', flush=True); sys.stdin.read()"
        other = subprocess.Popen([sys.executable, "-c", holding, str(demo.path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        try:  # another program (the sqlite3 shell, say) in the middle of a write
            assert other.stdout.readline() == "held\n"
            demo.conn.execute("PRAGMA busy_timeout = 50")  # (Consult waits 5 s for the other program to finish)
            with pytest.raises(EnvironmentProblem) as err:
                demo.log_status(c.id, "on_track", note="while the shell writes")
        finally:
            other.communicate("")
        assert str(err.value) == f"{demo.path} is busy in another program: close it there and try again; nothing was changed."
        assert demo.events(c.id) == before

    def test_read_only_workspace(self, demo_path):
        with Workspace.open(demo_path, readonly=True) as ws:
            with pytest.raises(ConsultError, match="is open read-only: nothing can be changed"):
                ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "on_track")

    def test_repair_is_preceded_by_a_snapshot(self, demo_path):
        conn = sqlite3.connect(demo_path)
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE commitments SET reciprocal_id = 'gone' WHERE ref = 'ITAL-2001-01'")
        conn.commit()
        conn.close()
        assert not check_workspace(demo_path).healthy
        done = repair(demo_path)
        assert "Cleared 1 link to missing commitments (reciprocal)." in done
        assert check_workspace(demo_path).healthy
        with Workspace.open(demo_path) as ws:
            assert "before repair" in [s.reason for s in ws.snapshots()]


TEXT = st.text(max_size=300)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(note=TEXT, evidence=TEXT, author=st.text(max_size=50))
def test_any_note_is_stored_exactly_or_refused_in_words(demo, note, evidence, author):
    c = demo.commitment_by_ref("MLFR-2001-02")
    before = demo.events(c.id)
    try:
        event = demo.log_status(c.id, "on_track", dt.date(2003, 1, 1), note=note, evidence=evidence, author=author)
    except Invalid as exc:
        assert "\n" not in str(exc)
        assert demo.events(c.id) == before
        return
    stored = demo.events(c.id)[-1] if demo.events(c.id)[-1].id == event.id else next(e for e in demo.events(c.id) if e.id == event.id)
    assert (stored.note, stored.evidence, stored.author) == (note, evidence, author)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(title=st.dictionaries(st.sampled_from(["fr", "en", "xx"]), TEXT, max_size=3), minutes=st.integers(-5000, 5000))
def test_any_agenda_item_is_stored_or_refused(demo, title, minutes):
    from consult_app.domain.model import AgendaItem

    s3 = demo.session_by_number(demo.dialogue_by_code("ML-FR").id, 3)
    n = len(demo.agenda(s3.id))
    try:
        item = demo.add_agenda_item(AgendaItem(s3.id, title, position=99, duration_min=minutes))
    except Invalid:
        assert len(demo.agenda(s3.id)) == n
        return
    assert demo.agenda_item(item.id).title == title and 0 <= minutes <= 1440


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(min_size=0, max_size=400))
def test_random_bytes_are_never_opened_as_a_workspace(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("junk") / "junk.consult"
    path.write_bytes(data)
    try:
        Workspace.open(path).close()
    except ConsultError as exc:
        assert "\n" not in str(exc)
    else:
        pytest.fail("random bytes opened as a workspace")
    assert path.read_bytes() == data
