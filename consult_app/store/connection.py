"""Opening a workspace file safely: recognise it, set the pragmas, migrate.

A Consult workspace is one SQLite file marked with our ``application_id``.
It uses a rollback journal (``journal_mode=DELETE``) so that at rest it is one
self-contained file that can be copied or emailed, and ``synchronous=FULL`` so
that a committed change survives a power cut.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from ..domain.errors import EnvironmentProblem, NewerVersion, NotAWorkspace
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"


def _header(path: Path) -> bytes:
    """The first 100 bytes; the caller has made sure ``path`` is a regular file (see ``opening.regular_file``)."""
    try:
        with path.open("rb") as fh:
            return fh.read(100)
    except OSError as exc:
        raise NotAWorkspace(f"{path} cannot be read: {exc.strerror or exc}.") from None


def inspect_file(path: Path) -> tuple[int, int]:
    """Return ``(application_id, user_version)`` read from the file header.

    Reads the 100-byte header directly, so a file that is not ours is never
    opened by SQLite at all. Raises :class:`NotAWorkspace` for anything that
    is not an SQLite database.
    """
    if not path.exists():
        raise NotAWorkspace(f"{path} does not exist.")
    header = _header(path)
    if len(header) == 0:
        return (0, 0)  # an empty file: SQLite treats it as a new database
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise NotAWorkspace(f"{path} is not a Consult workspace (it is not an SQLite database).")
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    return application_id, user_version


def recognise(path: Path) -> int:
    """Refuse files that are not ours or are too new; return the schema version.

    Version 0 means an empty file that can become a new workspace.
    """
    application_id, version = inspect_file(path)
    if application_id == 0 and version == 0:
        if path.stat().st_size > 0 and _has_tables(path):
            raise NotAWorkspace(f"{path} is an SQLite database but not a Consult workspace.")
        return 0
    if application_id != APPLICATION_ID:
        raise NotAWorkspace(f"{path} is an SQLite database but not a Consult workspace.")
    if version > SCHEMA_VERSION:
        raise NewerVersion(
            f"{path} was written by a newer version of Consult (schema {version}; this version reads up to "
            f"{SCHEMA_VERSION}): update Consult to open it."
        )
    return version


def _has_tables(path: Path) -> bool:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    except sqlite3.DatabaseError:
        raise NotAWorkspace(f"{path} is damaged or not a Consult workspace.") from None
    finally:
        conn.close()


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open the file with our pragmas. Transactions are explicit (autocommit mode)."""
    mode = "ro" if readonly else "rwc"
    try:
        conn = sqlite3.connect(
            f"file:{path.as_posix()}?mode={mode}", uri=True, isolation_level=None, check_same_thread=False
        )
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA secure_delete = ON")  # deleted text is overwritten, never left in free pages
        if not readonly:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        raise environment_error(exc, path) from None
    return conn


def migrate(conn: sqlite3.Connection, from_version: int) -> bool:
    """Bring the schema up to date, one transaction per step. Return True if anything ran."""
    if from_version == 0:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return from_version < SCHEMA_VERSION


def environment_error(exc: BaseException, path: Path | str) -> EnvironmentProblem:
    """Classify an SQLite or OS error as one plain sentence with what to do."""
    text = str(exc).lower()
    if "disk is full" in text or "database or disk is full" in text or getattr(exc, "errno", None) == 28:
        return EnvironmentProblem(f"The disk holding {path} is full: free some space and try again; nothing was saved.")
    if "readonly" in text or "read-only" in text or "attempt to write a readonly" in text:
        return EnvironmentProblem(f"{path} is read-only: save a copy elsewhere or change the folder's permissions.")
    if "locked" in text or "busy" in text:
        return EnvironmentProblem(f"{path} is busy in another program: close it there and try again.")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return EnvironmentProblem(f"{path} is damaged: restore it from a backup.")
    if "unable to open" in text:
        folder = os.path.dirname(os.path.abspath(str(path)))
        return EnvironmentProblem(f"{path} cannot be opened: check that the folder {folder} exists and is writable.")
    return EnvironmentProblem(f"{path}: {exc}.")
