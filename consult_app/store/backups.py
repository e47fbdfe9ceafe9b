"""Backups as a user sees them: list, take, choose and restore snapshots — one policy for the window and the CLI.

Restoring never loses the current file: when it still opens and verifies, a
snapshot of it is taken first ("before restore"); when it does not (damaged,
tampered), its raw bytes are kept in the backups folder's ``set-aside``
folder. The restore itself happens under the writer's lock, on the real path
(a symbolic link stays a link and its target is restored), and only a
snapshot of this very file can be restored by name or as "latest".
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from ..domain.errors import ConsultError
from . import safety
from .opening import Damaged, open_file, regular_file


def _real(path: str | Path) -> Path:
    """The real path of a workspace that may be missing (a lost file can still be restored by its identity)."""
    return regular_file(path) if os.path.lexists(path) else Path(os.path.realpath(path))


def listing(path: str | Path) -> list[safety.Snapshot]:
    """The snapshots of the file at ``path``, newest first (found by the file's identity)."""
    return safety.snapshots(safety.identity_of(_real(path)))


def choose(path: str | Path, which: str) -> tuple[safety.Snapshot, bool]:
    """Resolve 'latest', a number from :func:`listing` (1 = newest) or a snapshot file.

    Returns the snapshot and whether it must be of this very file (True unless
    the user named a file).
    """
    found = listing(path)
    if which == "latest":
        chosen = safety.latest_good(safety.identity_of(_real(path)))
        if chosen is None:
            raise ConsultError(f"No good snapshot of {path} was found.")
        return chosen, True
    if which.isdigit() and 1 <= int(which) <= len(found):
        return found[int(which) - 1], True
    if Path(which).is_file():
        return safety.Snapshot(Path(which), dt.datetime.now(dt.UTC), "file"), False
    raise ConsultError(f"No snapshot '{which}' of {path}: see consult-app backup list.")


def restore(path: str | Path, snapshot: safety.Snapshot, *, same_file: bool = True) -> str:
    """Put ``snapshot`` in place of the workspace at ``path``; return one sentence saying what was done.

    Raises:
        Locked: the workspace is open for writing in another Consult.
        ConsultError: the snapshot is not good, or is of another file.
    """
    real = _real(path)
    if not safety.verify(snapshot.path):
        raise ConsultError(f"{snapshot.path.name} is not a good Consult backup (it fails its integrity check).")
    safety.acquire(real)
    try:
        kept = _keep_current(real)
        safety.restore(snapshot.path, real, same_file=same_file)
    finally:
        safety.release(real)
    return f"Restored {path} from the snapshot of {snapshot.label}; {kept}"


def _keep_current(real: Path) -> str:
    """Snapshot the current file if it verifies; otherwise keep its raw bytes aside. Return what was done."""
    if not real.exists():
        return "there was no file to keep."
    try:
        opened = open_file(real, readonly=True)
    except (Damaged, ConsultError):
        folder = safety.backups_root() / "set-aside"
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        target = folder / f"{dt.datetime.now(dt.UTC):%Y%m%dT%H%M%S%fZ}--{real.name}.damaged"
        shutil.copyfile(real, target)
        os.chmod(target, 0o600)
        return f"the file it replaced could not be opened and was kept as {target}."
    try:
        snap = safety.snapshot(opened.conn, safety.file_id_in(opened.conn) or "unknown", "before restore")
    finally:
        opened.conn.close()
    return f"the state it replaced is kept as the snapshot of {snap.label}."
