"""Encryption at rest: SQLCipher workspaces, field copies, conversion, and what a lost laptop reveals (issue 14)."""

from __future__ import annotations

import contextlib
import json
import os
import stat
import zlib
from pathlib import Path

import pytest

from consult_app.domain.errors import NotAWorkspace, PassphraseNeeded, WrongPassphrase
from consult_app.ops.workspaces import create as create_workspace
from consult_app.store import Workspace, check_workspace, connection, encryption, safety
from consult_app.store.connection import sqlite3 as driver
from consult_app.store.schema import APPLICATION_ID

from ..conftest import call_cli, copy_folder, made_once, run_cli
from .test_opening import die_mid_transaction

PASS = "correct horse battery staple"
ENV = {"CONSULT_PASSPHRASE": PASS}


@pytest.fixture(autouse=True)
def _no_keys_between_tests():
    connection.forget_keys()
    yield
    connection.forget_keys()


def markers(path: Path) -> set[str]:
    """Every text of ML-FR in the demo (internal edition) of at least 12 characters: none may be found in the clear."""
    found: set[str] = set()

    def walk(value) -> None:
        if isinstance(value, str):
            if len(value) >= 12 and any(ch.isalpha() for ch in value) and not value.replace("-", "").isalnum():
                found.add(value)
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    out = path.with_name("markers.json")
    assert call_cli("export", path, out, "--dialogue", "ML-FR").returncode == 0
    walk(json.loads(out.read_text("utf-8")))
    out.unlink()
    assert len(found) > 30
    return found


def inflated(data: bytes) -> bytes:
    """Everything that decompresses (zlib) from any offset of ``data``."""
    out = []
    for i in range(len(data) - 1):
        if data[i] & 0x0F == 8 and (data[i] << 8 | data[i + 1]) % 31 == 0:
            try:
                out.append(zlib.decompressobj().decompress(data[i:], 1 << 24))
            except zlib.error:
                pass
    return b"".join(out)


def clear_text_in(paths: list[Path], texts: set[str]) -> list[str]:
    """Which texts can be read from which files, as they are or after zlib-decompressing."""
    leaks = []
    for path in paths:
        data = path.read_bytes()
        data += inflated(data)
        leaks += [f"{path.name}: {t[:30]}" for t in texts if t.encode("utf-8") in data]
    return leaks


def files_under(*roots: Path) -> list[Path]:
    return [p for root in roots for p in ([root] if root.is_file() else root.rglob("*")) if p.is_file()]


def backups_of(path: Path) -> Path:
    return safety.folder_for(safety.identity_of(path))


def private(paths: list[Path]) -> list[str]:
    """Files and folders that others can read: files must be 0600, folders 0700."""
    wrong = []
    for p in paths:
        mode = stat.S_IMODE(p.stat().st_mode)
        if mode != (0o700 if p.is_dir() else 0o600):
            wrong.append(f"{p.name}: {oct(mode)}")
    return wrong


@contextlib.contextmanager
def sqlcipher_logging_as_in_a_new_process():
    """SQLCipher's log level is one for the whole process, and this one has already quieted it (connection._quiet).

    A new process starts at WARN, where a wrong key's "hmac check failed" is
    printed to file descriptor 2: put that back for a command run in-process,
    so that what a new process would print shows there too; quiet again after.
    """

    def log_level(level: str) -> None:
        conn = driver.connect(":memory:")
        try:
            conn.execute(f"PRAGMA cipher_log_level = {level}")
        finally:
            conn.close()

    log_level("WARN")
    try:
        yield
    finally:
        log_level("NONE")


def encrypted_demo_made(folder: Path) -> None:
    create_workspace(folder / "w.consult", demo=True, key=connection.new_key(PASS)).close()


@pytest.fixture
def encrypted_demo(tmp_path, tmp_path_factory) -> Path:
    """``w.consult``: the demo, encrypted with PASS (made once per test process, copied per test)."""
    copy_folder(made_once(tmp_path_factory, "encryption:demo", encrypted_demo_made), tmp_path)
    return tmp_path / "w.consult"


# --------------------------------------------------------------------------- the acceptance, from the command line


def test_an_encrypted_field_copy_works_and_reveals_nothing(demo_path, tmp_path):
    texts = markers(demo_path)
    copy, packet = tmp_path / "f.consult", tmp_path / "out.packet"
    made = call_cli("field-copy", demo_path, copy, "--dialogue", "ML-FR", env=ENV)
    assert made.returncode == 0, made.stderr
    assert made.stdout.startswith(f"Created the field copy {copy} of ML-FR, encrypted.\n")
    assert not copy.read_bytes().startswith(connection.SQLITE_HEADER)
    logged = call_cli("status", copy, "MLFR-2002-01", "at_risk", "--note", "Tranche 2003 retardée", env=ENV)
    assert logged.returncode == 0, logged.stderr
    exported = call_cli("packet", "export", copy, packet, env=ENV)
    assert exported.returncode == 0 and exported.stdout.startswith("Wrote packet 1"), exported.stderr
    connection.offer_passphrase(PASS)
    snapshots = backups_of(copy)
    exchange = copy.with_name("f.consult-exchange")
    everything = files_under(copy, exchange, snapshots, packet)
    assert len(list(snapshots.glob("*.consult"))) >= 2 and list(exchange.glob("*.base")) and list(exchange.glob("outbox/*.packet"))
    assert clear_text_in(everything, texts | {"Tranche 2003 retardée"}) == []
    assert private([*everything, exchange, snapshots, *[p for p in exchange.rglob("*") if p.is_dir()]]) == []
    # the secretariat takes it in: the packet was made from encrypted baselines through the session extension
    imported = call_cli("packet", "import", demo_path, packet)
    assert imported.returncode == 0 and imported.stdout.endswith("Imported.\n"), imported.stdout + imported.stderr
    with Workspace.open(demo_path, readonly=True) as ws:
        assert ws.events(ws.commitment_by_ref("MLFR-2002-01").id)[-1].note == "Tranche 2003 retardée"


def test_a_packet_for_the_secretariat_cannot_be_read_without_its_key(demo_path, tmp_path):
    """Sealed to the secretariat's key: the field copy's own passphrase does not open it, nor does decompressing."""
    from consult_app.exchange import packet as P

    copy, out = tmp_path / "f.consult", tmp_path / "out.packet"
    call_cli("field-copy", demo_path, copy, "--dialogue", "ML-FR", env=ENV)
    call_cli("status", copy, "MLFR-2002-01", "at_risk", "--note", "Note pour le secrétariat seulement", env=ENV)
    assert call_cli("packet", "export", copy, out, env=ENV).returncode == 0
    assert clear_text_in([out], markers(demo_path) | {"Note pour le secrétariat seulement"}) == []
    connection.offer_passphrase(PASS)
    from consult_app.store.sync import my_secrets, peers

    with Workspace.open(copy) as ws:  # the sender itself cannot open what it sealed for the secretariat
        with pytest.raises(P.BadPacket):
            P.open_packet(out.read_bytes(), secrets=my_secrets(ws), partners={p.keys.sign: p.name for p in peers(ws)}, name=out.name)


@pytest.mark.parametrize("how", ["missing", "wrong", "wrong-file"])
def test_a_missing_or_wrong_passphrase_is_one_sentence_and_the_file_is_untouched(demo_path, tmp_path, how, capfd):
    copy = tmp_path / "f.consult"
    call_cli("field-copy", demo_path, copy, env=ENV)
    before = copy.read_bytes()
    env = {"CONSULT_PASSPHRASE": ""} if how == "missing" else {"CONSULT_PASSPHRASE": "not the passphrase"}
    extra = []
    if how == "wrong-file":
        (tmp_path / "pass.txt").write_text("not the passphrase either\n", "utf-8")
        extra = ["--passphrase-file", tmp_path / "pass.txt"]  # after the command: allowed anywhere
    for n, command in enumerate((["status", copy, "MLFR-2002-01", "at_risk"], ["export", copy, tmp_path / "x.json"], ["check", copy])):
        if n == 0:
            result = run_cli(*command, *extra, env=env)  # a process of its own: all it prints, SQLCipher's log included
        else:
            with sqlcipher_logging_as_in_a_new_process():
                result = call_cli(*command, *extra, env=env)
            assert capfd.readouterr() == ("", "")  # nothing printed below Python either (SQLCipher logs to the file descriptor)
        expected = (
            "consult-app: f.consult is encrypted: give its passphrase (--passphrase-file, CONSULT_PASSPHRASE, or type it).\n"
            if how == "missing"
            else "consult-app: The passphrase for f.consult is wrong.\n"
        )
        assert (result.returncode, result.stdout, result.stderr) == (2, "", expected)
    assert copy.read_bytes() == before
    assert not (tmp_path / "x.json").exists()


def test_init_encrypt_and_every_reading_command(tmp_path):
    path = tmp_path / "w.consult"
    made = call_cli("init", path, "--demo", "--encrypt", env=ENV)
    assert made.stdout == f"Created {path} (encrypted) with 5 demo dialogues.\n", made.stderr
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    found = call_cli("search", path, "bakanligi", env=ENV)
    assert found.returncode == 0 and "İçişleri Bakanlığı" in found.stdout
    assert call_cli("check", path, env=ENV).stdout.startswith(f"{path}: healthy")
    assert call_cli("report", "tracker", path, "--out", tmp_path / "t.pdf", env=ENV).returncode == 0
    short = call_cli("init", tmp_path / "x.consult", "--encrypt", env={"CONSULT_PASSPHRASE": "short"})
    assert short.returncode == 1 and short.stderr == "consult-app: A passphrase needs at least 8 characters (several words are best); nothing was changed.\n"
    none = call_cli("init", tmp_path / "y.consult", "--encrypt", env={"CONSULT_PASSPHRASE": ""})
    assert none.stderr.startswith("consult-app: The new workspace y.consult needs a passphrase: give it with --new-passphrase-file")
    assert not (tmp_path / "x.consult").exists() and not (tmp_path / "y.consult").exists()


def test_encrypt_keeps_the_content_and_leaves_nothing_in_the_clear(demo_path, tmp_path):
    texts = markers(demo_path)
    copy = tmp_path / "copy.consult"
    assert call_cli("field-copy", demo_path, copy, "--unencrypted").stderr.startswith("consult-app: warning: ")
    assert call_cli("backup", "create", demo_path).returncode == 0
    before = (tmp_path / "before.json", tmp_path / "after.json")
    call_cli("export", demo_path, before[0])
    snapshots = sorted(p.name for p in backups_of(demo_path).glob("*.consult"))
    done = call_cli("encrypt", demo_path, env=ENV)
    assert done.returncode == 0, done.stderr
    assert len(snapshots) > 1
    assert done.stdout == f"Encrypted demo.consult and re-encrypted {len(snapshots)} snapshots, 1 exchange baseline; no copy in the clear is left behind.\n"
    assert call_cli("export", demo_path, before[1], env=ENV).returncode == 0
    assert before[1].read_text("utf-8") == before[0].read_text("utf-8")
    connection.offer_passphrase(PASS)
    assert sorted(p.name for p in backups_of(demo_path).glob("*.consult")) == snapshots  # re-encrypted, not removed
    exchange = demo_path.with_name("demo.consult-exchange")
    leftovers = [p for p in tmp_path.iterdir() if p.name.startswith("demo.consult") and p.name not in ("demo.consult", "demo.consult-exchange")]
    assert leftovers == []
    assert clear_text_in(files_under(demo_path, exchange, backups_of(demo_path)), texts) == []
    # the exchange with the (plain) copy goes on: the secretariat's baseline is encrypted now
    assert call_cli("status", copy, "MLFR-2002-01", "completed").returncode == 0
    assert call_cli("packet", "export", copy, tmp_path / "p1.packet").returncode == 0
    assert call_cli("packet", "import", demo_path, tmp_path / "p1.packet", env=ENV).stdout.endswith("Imported.\n")
    # a restore brings back an encrypted snapshot
    restored = call_cli("backup", "restore", demo_path, "latest", env=ENV)
    assert restored.returncode == 0, restored.stderr
    assert connection.is_encrypted(demo_path)


def test_change_passphrase_and_decrypt(demo_path, tmp_path):
    call_cli("encrypt", demo_path, env=ENV)
    changed = call_cli("change-passphrase", demo_path, env={**ENV, "CONSULT_NEW_PASSPHRASE": "another long passphrase"})
    assert changed.returncode == 0 and changed.stdout.startswith("Changed the passphrase of demo.consult"), changed.stderr
    assert call_cli("check", demo_path, env=ENV).stderr == "consult-app: The passphrase for demo.consult is wrong.\n"
    same = call_cli("change-passphrase", demo_path, env={"CONSULT_PASSPHRASE": "another long passphrase"})
    assert same.stderr == "consult-app: The new passphrase is the one demo.consult already has; nothing was changed.\n"
    out = tmp_path / "plain.consult"
    decrypted = call_cli("decrypt", demo_path, out, env={"CONSULT_PASSPHRASE": "another long passphrase"})
    assert decrypted.stdout == f"Wrote a decrypted copy of demo.consult to {out}: it is readable by anyone who has the file.\n"
    assert out.read_bytes().startswith(connection.SQLITE_HEADER) and check_workspace(out).healthy
    with Workspace.open(out, readonly=True) as plain:
        assert len(plain.dialogues()) == 5 and plain.file_id != safety.identity_of(demo_path)


# --------------------------------------------------------------------------- the store, in-process


def test_the_file_opens_with_sqlciphers_own_passphrase_derivation(tmp_path, encrypted_demo):
    """Keys are derived as SQLCipher itself derives them: PRAGMA key = 'passphrase' opens our file, and the other way."""
    path = encrypted_demo
    conn = driver.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASS}'")
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()
    theirs = tmp_path / "theirs.db"
    conn = driver.connect(str(theirs))
    conn.execute(f"PRAGMA key = '{PASS}'")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    connection.forget_keys()
    connection.offer_passphrase(PASS)
    with pytest.raises(NotAWorkspace, match="is an SQLite database but not a Consult workspace"):
        Workspace.open(theirs)  # it decrypts, but it is not ours


def test_a_random_file_is_still_not_a_workspace(tmp_path):
    odd, pages = tmp_path / "odd.consult", tmp_path / "pages.consult"
    odd.write_bytes(os.urandom(5000))
    pages.write_bytes(os.urandom(8192))
    with pytest.raises(NotAWorkspace, match=r"odd.consult is not a Consult workspace \(it is not an SQLite database\)"):
        Workspace.open(odd)
    with pytest.raises(PassphraseNeeded):
        Workspace.open(pages)  # indistinguishable from an encrypted file without a passphrase
    connection.offer_passphrase(PASS)
    with pytest.raises(WrongPassphrase):
        Workspace.open(pages)
    assert check_workspace  # the check command says the same (tested from the command line above)


def test_a_kill_mid_transaction_on_an_encrypted_file_is_recovered(tmp_path, encrypted_demo):
    """SQLCipher encrypts the journal too: the interrupted write is rolled back under the lock, as for a plain file."""
    path = encrypted_demo
    before = call_cli("export", path, tmp_path / "before.json", env=ENV)
    assert before.returncode == 0
    die_mid_transaction(path, PASS)
    journal = path.with_name("w.consult-journal")
    assert journal.stat().st_size > 0 and b"PLAINTEXT-MARKER" not in journal.read_bytes() + path.read_bytes()
    result = call_cli("check", path, env=ENV)
    assert result.returncode == 0 and result.stdout.startswith("Recovered an interrupted write in w.consult"), result.stdout + result.stderr
    assert not journal.exists()
    call_cli("export", path, tmp_path / "after.json", env=ENV)
    assert (tmp_path / "after.json").read_text("utf-8") == (tmp_path / "before.json").read_text("utf-8")


def test_a_stray_wal_beside_an_encrypted_file_is_set_aside(tmp_path):
    path = tmp_path / "w.consult"
    create_workspace(path, key=connection.new_key(PASS)).close()
    path.with_name("w.consult-wal").write_bytes(os.urandom(4096))
    with Workspace.open(path) as ws:
        assert ws.notices[0].startswith("A stray w.consult-wal beside the workspace was not read")


@pytest.mark.parametrize("step", ["convert:exported", "convert:one-derived", "convert:derived", "convert:swapped"])
def test_a_killed_encrypt_leaves_the_old_file_or_the_new_one_whole(demo_path, tmp_path, step, monkeypatch):
    call_cli("backup", "create", demo_path)
    call_cli("export", demo_path, tmp_path / "before.json")
    killed = run_cli("encrypt", demo_path, env={**ENV, "CONSULT_CRASH_AT": step})  # the kill needs a process of its own
    assert killed.returncode == -9
    monkeypatch.setenv("CONSULT_PASSPHRASE", PASS)
    call_cli("export", demo_path, tmp_path / "after.json")
    assert (tmp_path / "after.json").read_text("utf-8") == (tmp_path / "before.json").read_text("utf-8")
    again = call_cli("encrypt", demo_path)
    if step == "convert:swapped":
        assert again.stderr == "consult-app: demo.consult is already encrypted: use change-passphrase to give it another passphrase.\n"
    else:
        assert again.returncode == 0, again.stderr
    assert connection.is_encrypted(demo_path) and call_cli("check", demo_path).returncode == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(encryption.SUFFIX)] == []


def _read_until(fd: int, wanted: bytes, seconds: float = 60) -> bytes:
    """What the terminal shows until ``wanted`` (or the end)."""
    import select
    import time

    out, deadline = b"", time.monotonic() + seconds
    while wanted not in out and time.monotonic() < deadline:
        if select.select([fd], [], [], 1)[0]:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the child closed the terminal
                break
            if not chunk:
                break
            out += chunk
    return out


def at_a_terminal(path: Path, typed: bytes) -> tuple[int, str]:
    """`consult-app search PATH bakanligi` on a terminal of its own, nothing in the environment: what it shows, once ``typed``."""
    import pty
    import sys

    pid, fd = pty.fork()
    if pid == 0:  # the child
        os.environ.pop("CONSULT_PASSPHRASE", None)
        os.execv(sys.executable, [sys.executable, "-m", "consult_app.cli", "search", str(path), "bakanligi"])
    try:
        assert _read_until(fd, b"Passphrase for w.consult: ").endswith(b"Passphrase for w.consult: ")
        os.write(fd, typed)
        shown = _read_until(fd, b"\x00")  # to the end
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    return os.waitstatus_to_exitcode(status), shown.decode("utf-8")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="a pseudo-terminal needs POSIX")
def test_the_passphrase_is_asked_for_at_a_terminal_without_echo(encrypted_demo):
    path = encrypted_demo
    code, shown = at_a_terminal(path, PASS.encode() + b"\n")
    assert code == 0
    assert "İçişleri Bakanlığı" in shown and PASS not in shown  # typed without echo


@pytest.mark.skipif(not hasattr(os, "fork"), reason="a pseudo-terminal needs POSIX")
def test_the_end_of_input_at_the_prompt_is_one_sentence(encrypted_demo):
    path = encrypted_demo
    before = path.read_bytes()
    code, shown = at_a_terminal(path, b"\x04")  # Ctrl-D
    assert code == 1
    assert shown.split("\n", 1)[1].strip() == "consult-app: No passphrase was typed (the input ended); nothing was opened or changed."
    assert path.read_bytes() == before
