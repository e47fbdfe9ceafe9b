"""Opening a workspace as an attacker and a power cut would have it: recover, then judge; nothing foreign is read."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from consult_app.domain.errors import NotAWorkspace
from consult_app.ops.workspaces import create as create_workspace
from consult_app.store import Workspace, backups, check_workspace, safety
from consult_app.store.opening import Damaged, Tampered

from ..conftest import ROOT, call_cli, run_cli

MLFR = "MLFR-2002-01"


def export(path: Path, tmp: Path) -> str:
    out = tmp / f"export-{os.urandom(4).hex()}.json"
    result = call_cli("export", path, out)
    assert result.returncode == 0, result.stderr
    return out.read_text("utf-8")


def die_mid_transaction(path: Path, passphrase: str = "", *, consult: bool = True) -> None:
    """A writer that changes many pages (spilling them into the file) and is killed before it commits.

    With ``passphrase``, the file is an encrypted one, written through SQLCipher with its passphrase.
    ``consult``: the writer holds Consult's writer's lock, as every Consult writer does (False: another
    program, such as the sqlite3 shell).
    """
    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from sqlcipher3 import dbapi2 as sqlite3
        from consult_app.store import safety
        if {consult!r}:
            safety.acquire(Path({str(path)!r}))
        conn = sqlite3.connect({str(path)!r}, isolation_level=None)
        if {passphrase!r}:
            conn.execute("PRAGMA key = '{passphrase}'")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA cache_size = 2")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE agenda_items SET background = background || 'PLAINTEXT-MARKER' || hex(randomblob(3000))")
        os.kill(os.getpid(), 9)
        """
    )
    subprocess.run([sys.executable, "-c", script], check=False)
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0  # the harness really left a hot journal


class TestInterruptedWrite:
    def test_check_recovers_it_and_says_so(self, demo_path, tmp_path):
        before = export(demo_path, tmp_path)
        die_mid_transaction(demo_path)
        result = call_cli("check", demo_path)
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.startswith("Recovered an interrupted write in demo.consult: the unfinished change was rolled back.\n")
        assert "healthy" in result.stdout
        assert not demo_path.with_name("demo.consult-journal").exists()
        assert export(demo_path, tmp_path) == before

    def test_every_command_and_the_window_open_it(self, demo_path, tmp_path, qtbot):
        from consult_app.ui.main_window import MainWindow

        before = export(demo_path, tmp_path)
        die_mid_transaction(demo_path)
        assert export(demo_path, tmp_path) == before  # a reading command recovers it too
        die_mid_transaction(demo_path)
        window = MainWindow(Workspace.open(demo_path))
        qtbot.addWidget(window)
        assert "Recovered an interrupted write" in window.notices.text.text()  # the bar of open-time notices (ui/notices.py)
        window.workspace.close()

    def test_a_live_writers_journal_is_left_to_it(self, demo_path):
        with Workspace.open(demo_path) as writer:
            writer.conn.execute("BEGIN IMMEDIATE")
            writer.conn.execute("UPDATE actions SET assignee = assignee")
            report = check_workspace(demo_path)  # reads the committed state, touches nothing
            writer.conn.execute("ROLLBACK")
        assert report.notices == [] and report.healthy


class TestForeignFiles:
    def test_a_stray_wal_is_never_read(self, demo_path, tmp_path):
        before = export(demo_path, tmp_path)
        other = tmp_path / "other.consult"
        shutil.copy(demo_path, other)
        conn = sqlite3.connect(other, isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute('UPDATE commitments SET text = \'{"fr": "FOREIGN CONTENT"}\'')
        shutil.copy(other.with_name("other.consult-wal"), demo_path.with_name("demo.consult-wal"))
        conn.close()
        result = call_cli("check", demo_path)
        assert result.returncode == 0, result.stdout
        first = result.stdout.splitlines()[0]
        assert first.startswith("A stray demo.consult-wal beside the workspace was not read; it was moved to ")
        moved = Path(first.rsplit("moved to ", 1)[1].rstrip("."))
        assert moved.exists() and not demo_path.with_name("demo.consult-wal").exists()
        text = export(demo_path, tmp_path)
        assert "FOREIGN CONTENT" not in text and text == before

    @pytest.mark.parametrize(
        ("sql", "detail"),
        [
            ("CREATE TRIGGER wipe AFTER INSERT ON status_events BEGIN DELETE FROM actions; END", "an unexpected trigger 'wipe' on status_events"),
            (
                "ALTER TABLE status_events RENAME TO status_events_real; CREATE VIEW status_events AS SELECT * FROM status_events_real",
                "'status_events' is a view where a table is expected",
            ),
            ("ALTER TABLE actions ADD COLUMN secret TEXT", "the table 'actions' has been changed"),
            ("DROP INDEX commitments_party", "the index 'commitments_party' is missing"),
        ],
    )
    def test_a_tampered_schema_is_refused_and_nothing_written(self, demo_path, sql, detail):
        conn = sqlite3.connect(demo_path)
        conn.executescript(sql)
        conn.close()
        before = demo_path.read_bytes()
        result = call_cli("check", demo_path)
        assert result.returncode == 1
        assert f"- Schema: {detail}." in result.stdout.splitlines()
        with pytest.raises(Tampered) as err:
            Workspace.open(demo_path)
        assert str(err.value).startswith(f"{demo_path} was changed outside Consult and was not opened, so nothing was written to it ({detail}")
        assert "No backup of it was found." in str(err.value) or "The latest good backup is from" in str(err.value)
        assert safety.read_lock(demo_path) is None  # the refused open let go of the writer's lock (another process may take it)
        status = call_cli("status", demo_path, MLFR, "on_track")
        assert status.returncode == 1 and "was changed outside Consult" in status.stderr
        assert demo_path.read_bytes() == before

    def test_bit_rot_that_keeps_size_and_time_is_caught(self, demo_path):
        with Workspace.open(demo_path):
            pass  # closed cleanly: its hash is on record
        st = demo_path.stat()
        data = bytearray(demo_path.read_bytes())
        page = 4096
        data[page * 2] = 0x00  # the b-tree page type of page 3: not a valid page any more
        demo_path.write_bytes(bytes(data))
        os.utime(demo_path, ns=(st.st_atime_ns, st.st_mtime_ns))
        assert demo_path.stat().st_size == st.st_size and demo_path.stat().st_mtime_ns == st.st_mtime_ns
        with pytest.raises(Damaged):
            Workspace.open(demo_path)


class TestNotAFile:
    def test_a_fifo_is_refused_at_once(self, tmp_path):
        fifo = tmp_path / "x.consult"
        os.mkfifo(fifo)
        for command in (("check", fifo), ("export", fifo, tmp_path / "o.json"), ("status", fifo, MLFR, "on_track")):
            result = run_cli(*command)  # run_cli's timeout turns a hang into a failure
            assert result.returncode == 2
            assert result.stderr.strip() == f"consult-app: {fifo} is not a regular file (a named pipe), so it is not a Consult workspace."

    def test_a_folder_is_refused(self, tmp_path):
        folder = tmp_path / "x.consult"
        folder.mkdir()
        result = call_cli("check", folder)
        assert result.returncode == 2
        assert result.stderr.strip() == f"consult-app: {folder} is a folder, not a Consult workspace."

    def test_a_journal_that_is_not_a_file_is_refused(self, demo_path):
        os.mkfifo(demo_path.with_name("demo.consult-journal"))
        with pytest.raises(NotAWorkspace, match="demo.consult-journal beside demo.consult is not a regular file"):
            Workspace.open(demo_path)


class TestSymbolicLinks:
    def test_the_lock_follows_the_link(self, demo_path, tmp_path):
        link = tmp_path / "link.consult"
        link.symlink_to(demo_path)
        with Workspace.open(link) as ws:
            assert ws.path == demo_path
            result = run_cli("status", demo_path, MLFR, "on_track")
            assert result.returncode == 1 and "is already open in Consult" in result.stderr
            assert safety.lock_path(demo_path).exists() and not safety.lock_path(link).exists()

    def test_restore_through_a_link_restores_the_target(self, demo_path, tmp_path):
        link = tmp_path / "link.consult"
        link.symlink_to(demo_path)
        with Workspace.open(demo_path, backups=False) as ws:
            ws.snapshot("good")
            ws.log_status(ws.commitment_by_ref(MLFR).id, "dropped", note="after the snapshot")
        result = call_cli("backup", "restore", link, "latest")
        assert result.returncode == 0, result.stderr
        assert link.is_symlink() and link.resolve() == demo_path
        with Workspace.open(demo_path) as ws:
            assert ws.events(ws.commitment_by_ref(MLFR).id)[-1].note != "after the snapshot"


class TestBackupsPerFile:
    def test_restore_latest_brings_back_this_files_own_snapshot(self, demo_path, tmp_path):
        from consult_app.store.sync import field_copy

        field = tmp_path / "bamako.consult"
        with Workspace.open(demo_path) as ws:
            ws.snapshot("main")
            field_copy(ws, field, name="Bamako embassy", dialogue_code="ML-FR")
        assert call_cli("status", field, MLFR, "at_risk").returncode == 0  # the field copy's snapshots…
        result = call_cli("backup", "restore", demo_path, "latest")  # …never stand in for the main file's
        assert result.returncode == 0, result.stderr
        with Workspace.open(demo_path) as ws:
            assert len(ws.dialogues()) == 5

    def test_a_snapshot_of_another_file_is_refused(self, demo_path, tmp_path):
        other = tmp_path / "other.consult"
        with Workspace.open(demo_path) as ws:
            ws.save_copy(other)
        with Workspace.open(other) as ws:
            snap = ws.snapshot("of the other file")
        with pytest.raises(Exception, match="is a backup of another file, not of demo.consult; nothing was restored"):
            backups.restore(demo_path, snap)

    def test_a_damaged_files_backups_are_found_by_its_identity(self, demo_path):
        with Workspace.open(demo_path) as ws:
            ws.snapshot("good")
        demo_path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)  # unreadable now
        found = backups.listing(demo_path)
        assert found and found[0].reason == "good"


NOSPACE = r"""
set -e
mount -t tmpfs -o size={size} tmpfs "$DIR"
cp "$SRC" "$DIR/w.consult"
export XDG_DATA_HOME="$DIR/data"
{commands}
"""


def in_a_full_disk(tmp_path: Path, src: Path, commands: str, size: str = "3m") -> subprocess.CompletedProcess:
    """Run shell commands in a private mount namespace with a small tmpfs at $DIR, filled up by the commands."""
    if not shutil.which("unshare") or subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode != 0:
        pytest.skip("needs unshare (user and mount namespaces) to make a small disk")
    folder = tmp_path / "disk"
    folder.mkdir()
    env = dict(os.environ, DIR=str(folder), SRC=str(src), CLI=f"{sys.executable} -m consult_app.cli", PYTHONPATH=str(ROOT))
    script = NOSPACE.format(size=size, commands=commands)
    return subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, env=env, timeout=120)


class TestFullDisk:
    def test_reading_commands_work_and_writes_get_one_sentence(self, demo_path, tmp_path):
        result = in_a_full_disk(
            tmp_path,
            demo_path,
            """
            $CLI check "$DIR/w.consult" > /dev/null && echo check-ok
            dd if=/dev/zero of="$DIR/filler" bs=64k 2>/dev/null || true
            $CLI export "$DIR/w.consult" /tmp/consult-full-disk-export.json && echo export-ok
            $CLI search "$DIR/w.consult" bamako > /dev/null && echo search-ok
            $CLI check "$DIR/w.consult" > /dev/null && echo check-ok-full
            sha256sum "$DIR/w.consult" | cut -c1-64 > "$DIR/../before"
            $CLI status "$DIR/w.consult" MLFR-2002-01 at_risk --note "$(head -c 20000 /dev/zero | tr '\\0' x)" || echo "status-refused"
            sha256sum "$DIR/w.consult" | cut -c1-64 > "$DIR/../after"
            """,
        )
        out = result.stdout.split()
        assert ["check-ok", "export-ok", "search-ok", "check-ok-full", "status-refused"] == out, result.stdout + result.stderr
        assert (tmp_path / "before").read_text() == (tmp_path / "after").read_text()
        assert "is full: free some space and try again; nothing was saved." in result.stderr
        assert "unexpected error" not in result.stderr

    def test_a_lock_file_that_cannot_be_written(self, demo_path, tmp_path):
        result = in_a_full_disk(
            tmp_path,
            demo_path,
            """
            $CLI check "$DIR/w.consult" > /dev/null
            mkdir -p "$XDG_DATA_HOME/Consult/Consult/backups"
            dd if=/dev/zero of="$DIR/filler" bs=4k 2>/dev/null || true
            $CLI status "$DIR/w.consult" MLFR-2002-01 at_risk || true
            ls "$DIR"
            """,
        )
        assert "unexpected error" not in result.stderr, result.stderr
        assert "is full: free some space and try again; nothing was saved." in result.stderr
        assert "w.consult.lock" not in result.stdout


class TestBackgroundCheck:
    def test_a_large_damaged_file_opens_to_read_but_its_first_write_is_refused(self, demo_path, monkeypatch, qtbot):
        from consult_app.store import opening
        from consult_app.ui.main_window import MainWindow

        monkeypatch.setattr(opening, "CHECK_NOW_UP_TO", 0)  # treat the demo as a large file
        data = bytearray(demo_path.read_bytes())
        data[len(data) - 4096 * 3] = 0x00  # a b-tree page far from the meta table that is no page any more
        demo_path.write_bytes(bytes(data))
        ws = Workspace.open(demo_path, background_check=True)
        assert ws.integrity is not None and ws.conn.execute("SELECT count(*) FROM meta").fetchone()[0] > 0
        window = MainWindow(ws)
        qtbot.addWidget(window)
        assert not ws.integrity.done  # not started before the window is painted
        window.show()
        qtbot.waitUntil(lambda: ws.readonly, timeout=5000)  # started once painted; the verdict reached the window
        assert window.path_label.text().endswith("(read-only)")
        before = demo_path.read_bytes()
        with pytest.raises(Damaged, match="is damaged and was not opened, so nothing was written to it"):
            ws.log_status(ws.commitment_by_ref(MLFR).id, "at_risk")
        assert demo_path.read_bytes() == before
        ws.close()
        assert not safety.lock_path(demo_path).exists()

    def test_a_sound_large_file_is_written_after_its_check(self, demo_path, monkeypatch):
        from consult_app.store import opening

        monkeypatch.setattr(opening, "CHECK_NOW_UP_TO", 0)
        with Workspace.open(demo_path, background_check=True) as ws:
            ws.log_status(ws.commitment_by_ref(MLFR).id, "at_risk")
            assert ws.integrity is None


class TestInterruptedMigration:
    def test_a_header_from_the_unfinished_migration_is_not_believed(self, tmp_path):
        """Killed while committing a migration: every page (the header too) written, the journal not yet deleted."""
        old = ROOT / "tests" / "data" / "schema-v1.consult"
        step = textwrap.dedent(
            """
            import os, sqlite3, sys
            from pathlib import Path
            from consult_app.store import safety
            from consult_app.store.schema import MIGRATIONS
            safety.acquire(Path(sys.argv[1]))  # as Consult migrates: under the writer's lock
            conn = sqlite3.connect(sys.argv[1], isolation_level=None)
            conn.execute("BEGIN IMMEDIATE")
            MIGRATIONS[2](conn)
            conn.execute("PRAGMA user_version = 2")
            if sys.argv[2] == "die":
                os.kill(os.getpid(), 9)
            conn.execute("COMMIT")
            """
        )
        path, migrated = tmp_path / "old.consult", tmp_path / "migrated.consult"
        shutil.copy(old, path)
        shutil.copy(old, migrated)
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        subprocess.run([sys.executable, "-c", step, str(path), "die"], env=env, check=False)  # the journal of the whole step
        subprocess.run([sys.executable, "-c", step, str(migrated), "commit"], env=env, check=True)
        journal = path.with_name("old.consult-journal")
        data = bytearray(journal.read_bytes())
        records = (len(data) - 512) // (4096 + 8)  # after a 512-byte header: page number, page, checksum
        data[0:12] = bytes.fromhex("d9d505f920a163d7") + records.to_bytes(4, "big")  # the header SQLite writes as it commits
        journal.write_bytes(bytes(data))
        shutil.copy(migrated, path)  # …and every page of the step already in the file
        assert int.from_bytes(path.read_bytes()[60:64], "big") == 2
        with Workspace.open(path) as ws:  # recovered to version 1, then migrated properly
            assert ws.notices[0].startswith("Recovered an interrupted write")
            assert ws.migrated_from == 1
        assert check_workspace(path).healthy


class TestForeignJournal:
    """A hot journal is applied only when a Consult writer of this very file died with it."""

    def journal_of_another(self, tmp_path, demo_path, *, same_file: bool) -> Path:
        other = tmp_path / "other.consult"
        if same_file:
            shutil.copy(demo_path, other)  # a copy of the same workspace, which then went its own way
        else:
            create_workspace(other, demo=True).close()
        conn = sqlite3.connect(other, isolation_level=None)
        conn.execute("UPDATE people SET organisation = 'FROM-ANOTHER-FILE'")
        conn.close()
        die_mid_transaction(other)
        return other.with_name("other.consult-journal")

    @pytest.mark.parametrize("same_file", [True, False], ids=["a-copy", "another-workspace"])
    def test_a_journal_copied_in_is_set_aside_unread(self, tmp_path, demo_path, same_file):
        before, data = export(demo_path, tmp_path), demo_path.read_bytes()
        shutil.copy(self.journal_of_another(tmp_path, demo_path, same_file=same_file), demo_path.with_name("demo.consult-journal"))
        result = call_cli("check", demo_path)
        assert result.returncode == 0, result.stdout + result.stderr
        first = result.stdout.splitlines()[0]
        assert first.startswith(
            "A journal beside demo.consult was not left by a Consult writer of it (a copy's, another workspace's or another program's); it was not applied and was kept in "
        )
        assert "healthy" in result.stdout
        assert demo_path.read_bytes() == data and export(demo_path, tmp_path) == before
        assert "FROM-ANOTHER-FILE" not in export(demo_path, tmp_path)
        assert not demo_path.with_name("demo.consult-journal").exists()
        assert (Path(first.split("kept in ")[1].rstrip(".")) / "demo.consult-journal").exists()  # kept, in case a person wants it

    def test_another_programs_unfinished_write_is_rolled_back_when_the_file_needs_it(self, demo_path, tmp_path):
        before = export(demo_path, tmp_path)
        die_mid_transaction(demo_path, consult=False)  # the sqlite3 shell, killed mid-transaction, its pages spilled into the file
        with Workspace.open(demo_path) as ws:
            assert ws.notices[0] == "Recovered an interrupted write in demo.consult: the unfinished change was rolled back."
        assert export(demo_path, tmp_path) == before

    def test_a_live_programs_journal_is_left_to_it(self, demo_path):
        other = sqlite3.connect(demo_path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        other.execute("UPDATE actions SET assignee = assignee || 'X'")
        report = check_workspace(demo_path)  # reads the committed state; the journal stays where its writer needs it
        assert report.notices == [] and report.healthy
        assert demo_path.with_name("demo.consult-journal").exists()
        other.execute("ROLLBACK")
        other.close()
