"""Keeping a workspace safe: snapshots, their thinning and restore, and the writer's lock.

Snapshots are taken with SQLite's backup API (never a plain copy of an open
database) and verified with ``integrity_check`` after they are written. They
live in a backups folder in the user data location, one sub-folder per
workspace (named by the workspace's id), and are thinned: the last 10, one a
day for a month, one a month for a year.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import platform  # node(): the host name, without importing socket at start-up
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import ConsultError, EnvironmentProblem
from .connection import environment_error, recognise
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
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def workspace_id_of(path: Path) -> str:
    """Read the workspace id without opening for writing (a damaged file yields its file name)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'workspace_id'").fetchone()
        finally:
            conn.close()
        if row:
            return row[0]
    except sqlite3.Error:
        pass
    return "unknown-" + path.stem


def folder_for(workspace_id: str, root: Path | None = None) -> Path:
    folder = (root or backups_root()) / workspace_id
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def verify(path: Path) -> bool:
    """True when the file is one of ours and passes SQLite's integrity check."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            return ok and conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def backup_to(conn: sqlite3.Connection, target: Path, *, check: bool = False) -> None:
    """Write a consistent copy of an open database to ``target`` with SQLite's backup API.

    The copy is written beside the target and moved into place only when
    complete (and, with ``check``, only when it passes ``integrity_check``), so
    a failure never leaves half a file. SQLite and disk errors become one sentence.
    """
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.unlink(missing_ok=True)
        dest = sqlite3.connect(tmp)
        try:
            conn.backup(dest)
        finally:
            dest.close()
        if check and not verify(tmp):
            raise EnvironmentProblem(f"The copy written to {target.parent} did not pass its integrity check; it was discarded.")
        tmp.replace(target)
    except (sqlite3.Error, OSError) as exc:
        raise environment_error(exc, target) from None
    finally:
        tmp.unlink(missing_ok=True)


def copy_database(src: Path, target: Path) -> None:
    """Copy a database file that no one is writing, with the backup API (see :func:`backup_to`)."""
    try:
        conn = sqlite3.connect(f"file:{src}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise environment_error(exc, src) from None
    try:
        backup_to(conn, target)
    finally:
        conn.close()


def snapshot(conn: sqlite3.Connection, workspace_id: str, reason: str, *, root: Path | None = None, now: dt.datetime | None = None) -> Snapshot:
    """Write a verified snapshot of an open connection; thin the old ones.

    Raises:
        EnvironmentProblem: the snapshot could not be written or did not verify (and was removed).
    """
    now = now or dt.datetime.now(dt.timezone.utc)
    folder = folder_for(workspace_id, root)
    slug = "".join(ch if ch.isalnum() else "-" for ch in reason)[:40]
    target = folder / f"{now:%Y%m%dT%H%M%S%f}Z--{slug}.consult"
    backup_to(conn, target, check=True)
    thin(folder, now)
    return Snapshot(target, now, reason)


def snapshots(workspace_id: str, root: Path | None = None) -> list[Snapshot]:
    """The snapshots of a workspace, newest first."""
    out = []
    for path in folder_for(workspace_id, root).glob("*.consult"):
        stamp, _, reason = path.stem.partition("--")
        try:
            taken = dt.datetime.strptime(stamp, "%Y%m%dT%H%M%S%fZ").replace(tzinfo=dt.timezone.utc)
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
    found = snapshots(folder.name, folder.parent)
    wanted = keep([s.taken_at for s in found], now)
    removed = []
    for s in found:
        if s.taken_at not in wanted:
            s.path.unlink(missing_ok=True)
            removed.append(s.path)
    return removed


def latest_good(workspace_id: str, root: Path | None = None) -> Snapshot | None:
    return next((s for s in snapshots(workspace_id, root) if verify(s.path)), None)


def restore(snapshot_path: Path, target: Path) -> None:
    """Put a snapshot in place of a workspace (written whole, then moved into place).

    The caller backs up the current file first when it can still be read.
    """
    if not verify(snapshot_path):
        raise ConsultError(f"{snapshot_path.name} is not a good Consult backup (it fails its integrity check).")
    copy_database(snapshot_path, target)


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


class Locked(EnvironmentProblem):
    """Another Consult has the workspace open for writing."""

    def __init__(self, path: Path, holder: Holder):
        super().__init__(holder.sentence(path))
        self.holder = holder


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


def acquire(path: Path) -> None:
    """Take the writer's lock, or raise :class:`Locked` naming who holds it.

    A stale lock (its process is gone) is taken over. The lock file is created
    exclusively, so two instances starting together cannot both win.
    """
    lock = lock_path(path)
    me = {"host": platform.node(), "user": _user(), "pid": os.getpid(), "since": dt.datetime.now().strftime("%Y-%m-%d %H:%M")}
    for _ in range(2):
        try:
            fd = os.open(lock, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = read_lock(path)
            if holder is not None and holder.pid == os.getpid() and holder.host == me["host"]:
                _held[str(path.resolve())] = _held.get(str(path.resolve()), 0) + 1
                return  # this process already holds it
            if holder is None or is_stale(holder):
                lock.unlink(missing_ok=True)
                continue
            raise Locked(path, holder) from None
        except OSError as exc:
            if exc.errno in (13, 30):  # permission denied, read-only file system
                raise EnvironmentProblem(f"{path.parent} is read-only: open the workspace read-only, or copy it to a folder you can write to.") from None
            raise environment_error(exc, path) from None
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(me, fh)
        _held[str(path.resolve())] = 1
        return
    raise EnvironmentProblem(f"Could not take the lock on {path.name}; try again.")


def release(path: Path) -> None:
    key = str(path.resolve())
    _held[key] = _held.get(key, 1) - 1
    if _held[key] > 0:
        return
    _held.pop(key, None)
    holder = read_lock(path)
    if holder is not None and holder.pid == os.getpid() and holder.host == platform.node():
        lock_path(path).unlink(missing_ok=True)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return "someone"


def _clean_closes() -> Path:
    return backups_root().parent / "clean-closes.json"


def _fingerprint(path: Path) -> list:
    st = path.stat()
    with path.open("rb") as fh:
        fh.seek(24)
        counter = int.from_bytes(fh.read(4), "big")
    return [counter, st.st_size, st.st_mtime_ns]


def record_clean_close(path: Path) -> None:
    """Remember that Consult closed this file cleanly, and how it looked then."""
    try:
        records = json.loads(_clean_closes().read_text("utf-8"))
    except (OSError, ValueError):
        records = {}
    try:
        records[str(path.resolve())] = _fingerprint(path)
        _clean_closes().write_text(json.dumps(records), "utf-8")
    except OSError:
        pass


def closed_cleanly_and_unchanged(path: Path) -> bool:
    """True when Consult closed this file cleanly and nothing touched it since.

    Such a file needs no integrity check on opening (SQLite's journal makes a
    clean close safe); any other file — copied in, edited elsewhere, left by a
    crash — is checked before anything is written to it.
    """
    try:
        records = json.loads(_clean_closes().read_text("utf-8"))
        return records.get(str(path.resolve())) == _fingerprint(path)
    except (OSError, ValueError):
        return False


def quick_check(path: Path) -> str | None:
    """Run SQLite's quick_check read-only; return a problem sentence, or None when fine."""
    recognise(path)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None if rows == ["ok"] else "; ".join(rows[:3])
