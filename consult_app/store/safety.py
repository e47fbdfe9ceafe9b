"""Keeping a workspace safe: snapshots, their thinning and restore, and the writer's lock.

Snapshots are taken with SQLite's backup API (never a plain copy of an open
database) and verified with ``integrity_check`` after they are written. They
live in a backups folder in the user data location, one sub-folder per
file (named by the file's own identity, ``meta.file_id``: a field copy or a
saved copy has its own), and are thinned: the last 10, one a day for a month,
one a month for a year.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform  # node(): the host name, without importing socket at start-up
import uuid
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import ConsultError, EnvironmentProblem, Locked, NotAWorkspace  # noqa: F401  (Locked re-exported)
from ..domain.model import as_file_name
from ..preferences import current_user
from .connection import PassphraseNeeded, connect, environment_error, sqlite3
from .schema import APPLICATION_ID

KEEP_LAST = 10
KEEP_DAYS = 30
KEEP_MONTHS = 12


@dataclass(frozen=True)
class Snapshot:
    path: Path
    taken_at: dt.datetime
    reason: str

    @property
    def label(self) -> str:
        return f"{self.taken_at:%Y-%m-%d %H:%M:%S} UTC — {self.reason}"


def backups_root() -> Path:
    from ..paths import data_dir

    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def _identities() -> Path:
    return backups_root().parent / "files.json"


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_json(path: Path, data: dict) -> None:
    """Replace a small bookkeeping file whole (written beside it, then moved), privately."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh)
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)  # bookkeeping only: the next open checks the file fully instead


def file_id_in(conn: sqlite3.Connection) -> str | None:
    """The file's own identity: ``file_id`` (schema 4), else its device id, else its workspace id."""
    for key in ("file_id", "device_id", "workspace_id"):
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        if row:
            return row[0]
    return None


def remember_identity(real: Path, conn: sqlite3.Connection) -> None:
    """Note which file identity lives at this real path, so a damaged file's backups can still be found."""
    try:
        file_id = file_id_in(conn)
    except sqlite3.Error:
        return
    if file_id:
        known = _read_json(_identities())
        if known.get(str(real)) != file_id:
            known[str(real)] = file_id
            _write_json(_identities(), known)


def identity_of(path: Path) -> str:
    """The identity of the file at ``path`` without writing to it: from the file, else from what was noted at its last open."""
    real = Path(os.path.realpath(path))
    try:
        conn = connect(real, readonly=True)
        try:
            found = file_id_in(conn)
        finally:
            conn.close()
        if found:
            return found
    except (sqlite3.Error, ConsultError):  # unreadable, or encrypted without its passphrase: what was noted
        pass
    return _read_json(_identities()).get(str(real)) or "unknown-" + real.stem


def _folder(file_id: str, root: Path | None) -> Path:
    """Where the backups of the file ``file_id`` are, inside ``root``: an identity that is not an id as Consult writes
    them (a file edited behind its back: ``../..``, ``/tmp/x``) is named by its digest, never followed as a path."""
    plain = file_id.startswith("unknown") and not {"/", "\\"} & set(file_id)
    return (root or backups_root()) / (file_id if plain else as_file_name(file_id))


def folder_for(file_id: str, root: Path | None = None) -> Path:
    """The backups folder of one file (by its identity, never by path or workspace)."""
    folder = _folder(file_id, root)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def verify(path: Path) -> bool:
    """True when the file is one of ours and passes SQLite's integrity check.

    Raises:
        PassphraseNeeded: it is encrypted and its passphrase was not given (it may be good).
    """
    try:
        conn = connect(path, readonly=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            return ok and conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        finally:
            conn.close()
    except (sqlite3.Error, EnvironmentProblem, NotAWorkspace):
        return False


def backup_to(conn: sqlite3.Connection, target: Path, *, check: bool = False, new_identity: bool = False) -> None:
    """Write a consistent copy of an open database to ``target`` with SQLite's backup API.

    The copy is encrypted with the same key as ``conn`` (plain when it is plain). The copy is written beside the target and moved into place only when
    complete (and, with ``check``, only when it passes ``integrity_check``), so
    a failure never leaves half a file. With ``new_identity`` the copy becomes
    a file of its own (a new ``file_id``: its snapshots are kept apart). SQLite
    and disk errors become one sentence.
    """
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # private from its first byte
        os.close(fd)
        dest = connect(tmp, key=conn.key)
        try:
            conn.backup(dest)
            if new_identity:
                with dest:
                    dest.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('file_id', ?)", (str(uuid.uuid4()),))
        finally:
            dest.close()
        if check and not verify(tmp):
            raise EnvironmentProblem(f"The copy written to {target.parent} did not pass its integrity check; it was discarded.")
        os.chmod(tmp, 0o600)
        tmp.replace(target)
    except (sqlite3.Error, OSError) as exc:
        raise environment_error(exc, target) from None
    finally:
        tmp.unlink(missing_ok=True)


def copy_database(src: Path, target: Path) -> None:
    """Copy a database file that no one is writing, with the backup API (see :func:`backup_to`)."""
    conn = connect(src, readonly=True)
    try:
        backup_to(conn, target)
    finally:
        conn.close()


def snapshot(conn: sqlite3.Connection, file_id: str, reason: str, *, root: Path | None = None, now: dt.datetime | None = None) -> Snapshot:
    """Write a verified snapshot of an open connection; thin the old ones.

    Raises:
        EnvironmentProblem: the snapshot could not be written or did not verify (and was removed).
    """
    now = now or dt.datetime.now(dt.UTC)
    folder = folder_for(file_id, root)
    slug = "".join(ch if ch.isalnum() else "-" for ch in reason)[:40]
    target = folder / f"{now:%Y%m%dT%H%M%S%f}Z--{slug}.consult"
    backup_to(conn, target, check=True)
    thin(folder, now)
    return Snapshot(target, now, reason)


def snapshots(file_id: str, root: Path | None = None) -> list[Snapshot]:
    """The snapshots of one file, newest first (looking makes no folder for a file that has none)."""
    return _snapshots_in(_folder(file_id, root))


def _snapshots_in(folder: Path) -> list[Snapshot]:
    out = []
    for path in folder.glob("*.consult"):
        stamp, _, reason = path.stem.partition("--")
        try:
            taken = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.UTC)
        except ValueError:
            continue
        out.append(Snapshot(path, taken, reason.replace("-", " ")))
    return sorted(out, key=lambda s: s.taken_at, reverse=True)


def keep(taken: list[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """Which snapshot times to keep: the last 10, the newest of each day for a month, of each month for a year."""
    ordered = sorted(taken, reverse=True)
    kept = set(ordered[:KEEP_LAST])
    days: set[dt.date] = set()
    months: set[tuple[int, int]] = set()
    for t in ordered:
        age = now - t
        if age <= dt.timedelta(days=KEEP_DAYS) and t.date() not in days:
            days.add(t.date())
            kept.add(t)
        if age <= dt.timedelta(days=366) and (t.year, t.month) not in months:
            months.add((t.year, t.month))
            kept.add(t)
    return kept


def thin(folder: Path, now: dt.datetime) -> list[Path]:
    """Delete snapshots the retention rule no longer keeps; return what was removed."""
    found = _snapshots_in(folder)
    wanted = keep([s.taken_at for s in found], now)
    removed = []
    for s in found:
        if s.taken_at not in wanted:
            s.path.unlink(missing_ok=True)
            removed.append(s.path)
    return removed


def latest_good(file_id: str, root: Path | None = None) -> Snapshot | None:
    return next((s for s in snapshots(file_id, root) if _verifies(s.path)), None)


def _verifies(path: Path) -> bool:
    """:func:`verify`, counting a snapshot whose passphrase was not given as not usable now."""
    try:
        return verify(path)
    except PassphraseNeeded:
        return False


def restore(snapshot_path: Path, target: Path, *, same_file: bool = True) -> None:
    """Put a snapshot in place of a workspace (written whole, then moved into place), at its real path.

    With ``same_file`` the snapshot must be of this very file (the same file
    identity): a field copy's snapshot can never replace its secretariat's
    workspace. The caller backs up the current file first when it can still be read.
    """
    if not verify(snapshot_path):
        raise ConsultError(f"{snapshot_path.name} is not a good Consult backup (it fails its integrity check).")
    real = Path(os.path.realpath(target))
    if same_file and identity_of(snapshot_path) != identity_of(real):
        raise ConsultError(f"{snapshot_path.name} is a backup of another file, not of {target.name}; nothing was restored.")
    copy_database(snapshot_path, real)


# ---------------------------------------------------------------------------
# One writer at a time
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Holder:
    host: str
    user: str
    pid: int
    since: str

    def sentence(self, path: Path) -> str:
        return f"{path.name} is already open in Consult by {self.user} on {self.host} since {self.since}; open it read-only, or try again when it is closed."


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_lock(path: Path) -> Holder | None:
    try:
        data = json.loads(lock_path(path).read_text("utf-8"))
        return Holder(str(data["host"]), str(data["user"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(holder: Holder) -> bool:
    """A lock left behind by a process that is gone (on this host), or unreadable."""
    return holder.host == platform.node() and not _alive(holder.pid)


_held: dict[str, int] = {}  # this process's locks, counted (a window may reopen its own file)


def acquire(path: Path) -> str:
    """Take the writer's lock, or raise :class:`Locked` naming who holds it; say how it was had.

    Returns ``"taken"`` (no one held it), ``"stale"`` (taken over from a Consult
    process that is gone: a writer that died, whose unfinished write may be
    beside the file) or ``"ours"`` (this process already held it). The lock
    file is created exclusively, so two instances starting together cannot both
    win, and written to disk at once, so that after a power cut it still says
    that a Consult writer had the file.
    """
    lock = lock_path(path)
    me = {"host": platform.node(), "user": current_user(), "pid": os.getpid(), "since": dt.datetime.now().strftime("%Y-%m-%d %H:%M")}
    how = "taken"
    for _ in range(2):
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            holder = read_lock(path)
            if holder is not None and holder.pid == os.getpid() and holder.host == me["host"]:
                _held[str(path.resolve())] = _held.get(str(path.resolve()), 0) + 1
                return "ours"  # this process already holds it
            if holder is None or is_stale(holder):
                how = "stale" if holder is not None else how  # an unreadable lock says nothing of who had the file
                lock.unlink(missing_ok=True)
                continue
            raise Locked(holder.sentence(path), holder) from None
        except OSError as exc:
            if exc.errno in (13, 30):  # permission denied, read-only file system
                raise EnvironmentProblem(f"{path.parent} is read-only: open the workspace read-only, or copy it to a folder you can write to.") from None
            raise environment_error(exc, path) from None
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(me, fh)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            lock.unlink(missing_ok=True)
            raise environment_error(exc, path) from None
        _held[str(path.resolve())] = 1
        return how
    raise EnvironmentProblem(f"Could not take the lock on {path.name}; try again.")


def held_here(path: Path) -> bool:
    """True when this process holds the writer's lock on ``path``."""
    return _held.get(str(path.resolve()), 0) > 0


def release(path: Path) -> None:
    key = str(path.resolve())
    _held[key] = _held.get(key, 1) - 1
    if _held[key] > 0:
        return
    _held.pop(key, None)
    holder = read_lock(path)
    if holder is not None and holder.pid == os.getpid() and holder.host == platform.node():
        lock_path(path).unlink(missing_ok=True)
