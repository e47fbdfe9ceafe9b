"""Snapshots and restore: one policy for the window and the command line (see :mod:`consult_app.store.backups`)."""

from __future__ import annotations

from pathlib import Path

from ..store import Workspace, backups, safety


def snapshot(ws: Workspace, reason: str = "on request") -> safety.Snapshot:
    """Take a verified snapshot of the open workspace now."""
    return ws.snapshot(reason)


def listing(path: str | Path) -> list[safety.Snapshot]:
    """The snapshots of the file at ``path``, newest first."""
    return backups.listing(path)


def restore(path: str | Path, which: str | safety.Snapshot) -> str:
    """Put a snapshot ('latest', a number from :func:`listing`, a file, or a Snapshot) in place of the closed workspace.

    The current file is kept (a snapshot, or its raw bytes when it no longer
    opens). Returns one sentence saying what was done.
    """
    if isinstance(which, safety.Snapshot):
        return backups.restore(path, which, same_file=True)
    chosen, same_file = backups.choose(path, which)
    return backups.restore(path, chosen, same_file=same_file)
