"""Opening a workspace file: one staged pipeline, readable top to bottom.

    resolve the real path, regular files only
    → recognise the header (ours, not newer); an encrypted file (no SQLite
      header) is first keyed with a passphrase given to this process, and its
      header read through the key — a missing or wrong passphrase is one sentence

    → set aside stray ``-wal``/``-shm`` files (a workspace never has them)
    → take the writer's lock (on the real path)
    → recover an interrupted write (a hot rollback journal) on a read-write handle
    → verify the schema (exactly what this version creates) and the integrity
      (SQLite's quick_check; for a large file the caller may run it in the
      background, and then the first write waits for it)
    → hand back the connection

Every refusal is one sentence; nothing is written to a file that is not ours,
not recognised, tampered with or damaged. Migration and snapshots follow in
:class:`~consult_app.store.workspace.Workspace`, which calls :func:`open_file`.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
import threading
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import Damaged, EnvironmentProblem, NotAWorkspace, Tampered  # noqa: F401  (Tampered re-exported)
from . import safety
from .connection import connect, environment_error, recognise, sqlite3
from .schema import schema_differences


def damaged(path: Path, detail: str, kind: type[Damaged] = Damaged) -> Damaged:
    """The refusal of a damaged (or, with ``kind=Tampered``, tampered) file, naming its latest good backup."""
    return kind(path, detail, safety.latest_good(safety.identity_of(path)))


@dataclass
class Opened:
    """What :func:`open_file` hands back: a verified connection and what was done on the way."""

    path: Path  # the real path, symbolic links resolved
    conn: sqlite3.Connection
    version: int
    readonly: bool
    notices: list[str] = field(default_factory=list)  # one sentence each: recovered writes, files set aside
    recovered: bool = False
    integrity: BackgroundCheck | None = None  # the integrity check still running, if it was deferred


# Files up to this size are checked before open returns (a few milliseconds);
# larger ones may be checked in the background, before their first write.
CHECK_NOW_UP_TO = 8 * 1024 * 1024


def open_file(path: str | Path, *, readonly: bool = False, verify: bool = True, background: bool = False) -> Opened:
    """Open a workspace file through every stage; raise one plain sentence at the first that fails.

    Args:
        readonly: open without the writer's lock and never write (an interrupted
            write is still recovered first, under the lock, when no one else holds it).
        verify: check the schema (always at once) and the integrity.
        background: for a file larger than :data:`CHECK_NOW_UP_TO`, run the
            integrity check in a background thread (``Opened.integrity``, started
            by its ``start()``): the window opens at once, and the first write
            waits for the verdict.

    Raises:
        NotAWorkspace: missing, not a regular file, not SQLite, not ours, or empty.
        PassphraseNeeded / WrongPassphrase: encrypted, and no passphrase given fits.
        NewerVersion: written by a newer Consult.
        Locked: another Consult has it open for writing.
        Tampered: an extra or changed table, index, trigger or view.
        Damaged: fails SQLite's integrity check.
    """
    real = regular_file(path)
    version = recognise(real)
    if version == 0:
        raise NotAWorkspace(f"{real} is empty: it is not a Consult workspace yet.")
    notices = set_aside_strays(real)
    lock = None if readonly else safety.acquire(real)
    try:
        recovered = recover_interrupted_write(real, lock=lock)
        if recovered:
            notices.append(recovered)
        if recovered and recovered.startswith("Recovered"):
            version = recognise(real)  # the header read before may have been the unfinished write's
        conn = connect(real, readonly=readonly)
        integrity = None
        try:
            if verify:
                verify_schema(real, conn, version)
                if background and real.stat().st_size > CHECK_NOW_UP_TO:
                    integrity = BackgroundCheck(real)
                else:
                    problem = quick_check(conn)
                    if problem is not None:
                        raise damaged(real, problem)
                    readable_texts(real, conn)  # with the integrity check: in the background too for a large file
        except BaseException:
            conn.close()
            raise
    except BaseException:
        if not readonly:
            safety.release(real)
        raise
    safety.remember_identity(real, conn)
    return Opened(real, conn, version, readonly, notices, recovered is not None, integrity)


def unreadable(conn: sqlite3.Connection) -> str | None:
    """The JSON texts edited into something Consult cannot read, named in one phrase (the first three), or None."""
    from .checks import unreadable_texts  # checks opens files through this module

    found = unreadable_texts(conn, limit=3)
    return "; ".join(found) if found else None


def readable_texts(real: Path, conn: sqlite3.Connection) -> None:
    """Refuse a file whose JSON texts were edited into something Consult cannot read (naming the rows), as a tampered one."""
    try:
        problem = unreadable(conn)
    except sqlite3.DatabaseError as exc:
        raise damaged(real, str(exc)) from None
    if problem:
        raise damaged(real, problem, Tampered)


# --------------------------------------------------------------------------- stage 1: a regular file


def regular_file(path: str | Path) -> Path:
    """The real path of an existing regular file (symbolic links followed); refuse anything else at once.

    A FIFO, a device or a folder is refused before it is opened, so nothing can hang on it.
    """
    given = Path(path)
    try:
        st = os.stat(given)
    except FileNotFoundError:
        raise NotAWorkspace(f"{given} does not exist.") from None
    except PermissionError:
        raise NotAWorkspace(f"{given} cannot be read: permission denied.") from None
    except OSError as exc:
        raise NotAWorkspace(f"{given} cannot be read: {exc.strerror or exc}.") from None
    if stat.S_ISDIR(st.st_mode):
        raise NotAWorkspace(f"{given} is a folder, not a Consult workspace.")
    if not stat.S_ISREG(st.st_mode):
        raise NotAWorkspace(f"{given} is not a regular file ({_kind(st.st_mode)}), so it is not a Consult workspace.")
    return Path(os.path.realpath(given))


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a plain file"


# --------------------------------------------------------------------------- stage 2: files beside it


def sidecar(real: Path, suffix: str) -> Path:
    return real.with_name(real.name + suffix)


def set_aside_strays(real: Path) -> list[str]:
    """Move a ``-wal`` or ``-shm`` found beside the workspace into the backups folder, unread.

    Consult keeps workspaces in rollback-journal mode, so such a file was put
    there from elsewhere (another copy, another database): reading it would
    silently replace the workspace's content with a foreign one.
    """
    notices = []
    for suffix in ("-wal", "-shm"):
        stray = sidecar(real, suffix)
        if not os.path.lexists(stray):
            continue
        target = _aside_folder() / f"{_stamp()}--{stray.name}"
        try:
            shutil.move(str(stray), str(target))
        except OSError as exc:
            raise EnvironmentProblem(
                f"{stray.name} beside {real.name} does not belong to it and could not be moved away ({exc.strerror or exc}): "
                "move it elsewhere and try again; the workspace was not opened."
            ) from None
        notices.append(f"A stray {stray.name} beside the workspace was not read; it was moved to {target}.")
    return notices


def _aside_folder() -> Path:
    folder = safety.backups_root() / "set-aside"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")


# --------------------------------------------------------------------------- stage 3: an interrupted write


def recover_interrupted_write(real: Path, *, lock: str | None) -> str | None:
    """Roll back a hot journal left by a Consult writer that died mid-transaction; return a sentence saying so.

    ``lock`` says how the caller took the writer's lock (:func:`safety.acquire`),
    or None when it did not (a reading command): the lock is then taken here.

    A read-only handle cannot roll a journal back (SQLite reports "attempt to
    write a readonly database"), so recovery always uses a read-write handle,
    under the writer's lock. When another live Consult holds the lock, the
    journal is its own and is left to it. A journal is this file's own only
    when a Consult writer of this file died with it (its lock is stale): any
    other hot journal — copied in from another copy or another workspace, or
    left by another program — is never applied, but moved aside unread, as a
    stray ``-wal`` is. The file and the journal are first copied, raw, into the
    backups folder; if the rolled-back file does not verify, the file is put
    back as it was and the journal stays set aside.
    """
    journal = sidecar(real, "-journal")
    try:
        st = os.lstat(journal)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(st.st_mode):
        raise NotAWorkspace(f"{journal.name} beside {real.name} is not a regular file: move it away and try again.")
    if st.st_size == 0 or not _journal_has_header(journal):
        return None
    if lock is None:
        holder = safety.read_lock(real)
        if holder is not None and not safety.is_stale(holder) and not safety.held_here(real):
            return None  # a live writer's journal: SQLite's own locking keeps readers consistent
    try:
        how = safety.acquire(real) if lock is None else lock
        try:
            if how == "taken":  # no Consult writer had the file: whose journal is it?
                return _judge_foreign_journal(real, journal) if _hot(real) else None
            return _roll_back(real, journal, _keep_raw(real, journal))
        finally:
            if lock is None:
                safety.release(real)
    except (sqlite3.Error, OSError) as exc:
        raise environment_error(exc, real) from None


def _keep_raw(real: Path, journal: Path) -> Path:
    """Copy the file and its journal, raw, into a new recovery folder (what recovery starts from); return the folder."""
    keep = _recovery_folder(real)
    for source in (real, journal):
        shutil.copyfile(source, keep / source.name)
        os.chmod(keep / source.name, 0o600)
    return keep


def _roll_back(real: Path, journal: Path, keep: Path) -> str | None:
    raw = keep / real.name
    conn = connect(real)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # SQLite rolls the hot journal back here
        if os.path.exists(journal) and _journal_has_header(journal):
            return None  # not hot after all: SQLite left it alone
        problem = _problem(conn, recognise(real))
    finally:
        conn.close()
    if problem is None:
        return f"Recovered an interrupted write in {real.name}: the unfinished change was rolled back."
    shutil.copyfile(raw, real)  # the journal was foreign: undo its rollback
    return f"A journal beside {real.name} did not belong to it ({problem}); it was not applied and was kept in {keep}."


def _hot(real: Path) -> bool:
    """Whether SQLite would roll the journal back: a read-only handle then cannot read (no live writer holds the file)."""
    conn = connect(real, readonly=True)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return False
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc).replace("-", "").replace(" ", "").lower():
            return True
        raise
    finally:
        conn.close()


def _judge_foreign_journal(real: Path, journal: Path) -> str | None:
    """A hot journal no Consult writer of this file left: never applied to a file that is sound without it.

    It may be another copy's or another workspace's, copied in (applying it would
    put their pages into this file), or the unfinished write of another program
    (the sqlite3 shell). The file is judged without it first: sound, it stays as
    it is and the journal is kept aside. Only when the file cannot be read
    without it — another program died while writing into it — is it rolled back,
    and kept only if the result verifies.
    """
    keep = _keep_raw(real, journal)
    os.unlink(journal)
    conn = connect(real)
    try:
        problem = _problem(conn, recognise(real))
    finally:
        conn.close()
    if problem is None:
        return (
            f"A journal beside {real.name} was not left by a Consult writer of it (a copy's, another workspace's or another program's); "
            f"it was not applied and was kept in {keep}."
        )
    shutil.copyfile(keep / journal.name, journal)  # the file needs it: it is the file's own unfinished write
    return _roll_back(real, journal, keep)


def _problem(conn: sqlite3.Connection, version: int) -> str | None:
    try:
        differences = schema_differences(conn, version)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return "; ".join(differences[:1]) if differences else quick_check(conn)


def _journal_has_header(journal: Path) -> bool:
    """SQLite treats a journal whose first byte is zero as not hot (a committed transaction's leftover)."""
    try:
        with journal.open("rb") as fh:
            return fh.read(1) not in (b"", b"\x00")
    except OSError:
        return False


def _recovery_folder(real: Path) -> Path:
    folder = safety.backups_root() / "recovery" / f"{_stamp()}--{real.stem}"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


# --------------------------------------------------------------------------- stage 4: schema and integrity


def verify_schema(real: Path, conn: sqlite3.Connection, version: int) -> None:
    """Refuse a file whose tables, indexes, triggers or views are not exactly those this version creates."""
    try:
        differences = schema_differences(conn, version)
    except sqlite3.DatabaseError as exc:
        raise damaged(real, str(exc)) from None
    if differences:
        raise damaged(real, "; ".join(differences[:3]) + ("; …" if len(differences) > 3 else ""), Tampered)


class BackgroundCheck:
    """SQLite's quick_check on its own read-only connection, in a thread (SQLite releases the GIL meanwhile).

    The thread starts with :meth:`start` — the window calls it once its first
    frame is painted, so that the check does not slow the window's start — or
    at the latest when the verdict is wanted (:meth:`verdict`).
    """

    def __init__(self, real: Path):
        self.real = real
        self.problem: str | None = None
        self.tampered = False  # the problem is a text changed outside Consult, not a damaged page
        self._thread = threading.Thread(target=self._run, name="consult-integrity-check", daemon=True)
        self._starting = threading.Lock()
        self._started = False

    def start(self) -> None:
        """Start the check, if it has not started yet."""
        with self._starting:
            if not self._started:
                self._thread.start()
                self._started = True

    def _run(self) -> None:
        try:
            conn = connect(self.real, readonly=True)
        except EnvironmentProblem as exc:
            self.problem = str(exc)
            return
        try:
            self.problem = quick_check(conn)
            if self.problem is None:
                self.problem = unreadable(conn)
                self.tampered = self.problem is not None
        except sqlite3.DatabaseError as exc:
            self.problem = str(exc)
        finally:
            conn.close()

    @property
    def done(self) -> bool:
        return self._started and not self._thread.is_alive()

    def verdict(self) -> str | None:
        """Wait for the check (starting it if need be); the problem it found, or None."""
        self.start()
        self._thread.join()
        return self.problem


CHECK_CACHE_KIB = -262144  # while an encrypted file is checked: up to 256 MiB of decrypted pages


def quick_check(conn: sqlite3.Connection) -> str | None:
    """SQLite's quick_check; a problem sentence, or None when fine.

    The check walks each index against its table, reading pages again and
    again; in an encrypted file each read from the disk is a decryption, so
    the page cache is made large enough for the walk, then brought back to its size.
    """
    encrypted = getattr(conn, "key", None) is not None
    try:
        if encrypted:
            kept = conn.execute("PRAGMA cache_size").fetchone()[0]
            conn.execute(f"PRAGMA cache_size = {CHECK_CACHE_KIB}")
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        finally:
            if encrypted:
                conn.execute(f"PRAGMA cache_size = {kept}")  # the pages beyond it are given back now
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows[:3])
