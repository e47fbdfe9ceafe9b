"""The workspace: one SQLite file holding many dialogues — its life, its transactions, its listeners.

``store/`` is the only code that talks to SQLite. It hands out domain
objects and takes intents. :class:`Workspace` keeps the file's life (open,
create, migrate, snapshot, close), the transactions and the change listeners;
each area's reading and writing lives in its own module and is mixed in:

    dialogues.py   dialogues, parties, themes, markings
    sessions.py    sessions, people, delegations, agendas, minutes
    register.py    commitments, status history, indicators, measurements, actions
    reads.py       read models for tables and overviews
    bundles.py     whole bundles in and out
    search.py      the full-text index
    negotiation.py negotiated minutes: versions, proposals, sign-offs, amendments

Every write is one transaction and announces itself once (see :meth:`transaction`);
status events and measurements can only be appended.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import sqlite_utils

from ..domain.errors import ConsultError, Invalid, NotFound, OlderVersion
from ..domain.model import new_id
from . import codec, safety
from .bundles import Bundles
from .codec import utc_now  # noqa: F401  (re-exported: sync and tests use it)
from .connection import Key, connect, environment_error, migrate, sqlite3
from .dialogues import Dialogues
from .negotiation import Negotiation
from .opening import BackgroundCheck, Damaged, Tampered, damaged, open_file  # noqa: F401  (re-exported for callers)
from .reads import Reads, RegisterRow  # noqa: F401  (re-exported)
from .register import Register
from .schema import SCHEMA_VERSION
from .search import Hit, Search, snippet  # noqa: F401  (re-exported)
from .sessions import Sessions


class Workspace(Dialogues, Sessions, Negotiation, Register, Reads, Bundles, Search):
    """An open workspace file. Use :meth:`open` or :meth:`create`; close when done."""

    def __init__(self, path: Path, conn: sqlite3.Connection, readonly: bool):
        self.path = path
        self.conn = conn
        self._db = None
        self.readonly = readonly
        self.locked = not readonly  # holds the writer's lock (kept even if a failed check makes it read-only)
        self.listeners: list[Callable[[str], None]] = []
        self.migrated_from: int | None = None
        self.closed = False
        self.backups = not readonly
        self.notices: list[str] = []
        self.integrity: BackgroundCheck | None = None  # a deferred integrity check, until its verdict is known
        self._depth = 0  # nesting of transactions: only the outermost commits and announces
        self._kind: str | None = None  # what the outermost transaction announces

    @property
    def db(self):
        """The sqlite_utils view of the connection, made on first write (it is slow to import)."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn)
        return self._db

    # ------------------------------------------------------------------ life

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False, backups: bool = True, background_check: bool = False) -> Workspace:
        """Open an existing workspace through the staged pipeline of :mod:`.opening`, then migrate it.

        The file is recognised, an interrupted write recovered, stray ``-wal``
        files set aside, the schema and integrity verified (a damaged or
        tampered file is never written to), and the writer's lock taken on
        the real path. When the file changed since its last snapshot, a new
        snapshot is taken; one is always taken before a migration. A snapshot
        that cannot be written (a full disk) does not stop a read-only open.
        What was done on the way is in :attr:`notices`, one sentence each.

        Raises:
            NotAWorkspace: missing file, not a regular file, or a file that is not ours.
            NewerVersion: written by a newer Consult.
            Damaged: the file fails its integrity check (names the latest good backup).
            Tampered: its schema was changed outside Consult.
            Locked: another Consult has it open for writing.
        """
        opened = open_file(path, readonly=readonly, background=background_check)
        ws = cls(opened.path, opened.conn, readonly)
        ws.notices = opened.notices
        ws.integrity = opened.integrity
        ws.backups = backups and not readonly
        try:
            if opened.version < SCHEMA_VERSION:
                if readonly:
                    raise OlderVersion(f"{ws.path} uses an older format (schema {opened.version}); open it for writing once to upgrade it.")
                ws.snapshot("before migration")
                ws._migrate(opened.version)
            if ws.backups and ws._changed_since_snapshot():
                ws.snapshot("opened")
        except BaseException:
            ws.close(snapshot=False)
            raise
        return ws

    @classmethod
    def open_to_read(cls, path: str | Path) -> Workspace:
        """Open to read only (no lock, no snapshot: works on a full disk), unless the file must first be upgraded."""
        try:
            return cls.open(path, readonly=True)
        except OlderVersion:
            return cls.open(path)

    @classmethod
    def create(cls, path: str | Path, *, key: Key | None = None) -> Workspace:
        """Create a new, empty workspace (encrypted with ``key`` when given). Refuses to overwrite an existing file."""
        path = Path(path)
        if os.path.lexists(path) and (not path.is_file() or path.stat().st_size > 0):
            raise ConsultError(f"{path} already exists: choose another name or open it instead.")
        if not path.parent.is_dir():
            raise ConsultError(f"The folder {path.parent} does not exist.")
        path = Path(os.path.realpath(path))
        safety.acquire(path)
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))  # private from its first byte
            conn = connect(path, key=key)
        except BaseException:
            safety.release(path)
            raise
        ws = cls(path, conn, readonly=False)
        try:
            ws._migrate(0)
            with ws.db.atomic():
                ws.db.table("meta").insert_all([{"key": "workspace_id", "value": new_id()}, {"key": "created_at", "value": utc_now()}])
        except (sqlite3.Error, OSError) as exc:
            ws.close(snapshot=False)
            raise environment_error(exc, path) from None
        return ws

    def _migrate(self, version: int) -> None:
        try:
            migrate(self.conn, version)
            if version < 3:  # the search index (2) and its row map (3) are built from the data
                with self.db.atomic():
                    self._reindex_all()
        except sqlite3.Error as exc:
            raise environment_error(exc, self.path) from None
        self.migrated_from = version

    def close(self, *, snapshot: bool = True) -> None:
        """Close the file (and release the writer's lock); snapshot it first if it changed since the last snapshot."""
        if self.closed:
            return
        try:
            if snapshot and self.backups and self._changed_since_snapshot():
                self.snapshot("closed")
        except ConsultError:
            pass  # a failed backup must not keep the workspace from closing
        finally:
            self.closed = True
            self.conn.close()
            if self.locked:
                safety.release(self.path)

    # -------------------------------------------------------------- safety

    def change_counter(self) -> int:
        """SQLite's file change counter (header bytes 24–27): it moves with every committed write.

        In an encrypted file these bytes are ciphertext of the first page, which
        is encrypted afresh (a new IV) at every commit: they still change with
        every write and with nothing else, which is all this is used for.
        """
        with self.path.open("rb") as fh:
            fh.seek(24)
            return int.from_bytes(fh.read(4), "big")

    @property
    def encrypted(self) -> bool:
        """Whether the file is encrypted (SQLCipher) with a passphrase."""
        return getattr(self.conn, "key", None) is not None

    @property
    def file_id(self) -> str:
        """This file's own identity (its snapshots are kept under it)."""
        return self.meta("file_id") or self.meta("device_id") or self.workspace_id or "unknown"

    def _state_file(self) -> Path:
        return safety.folder_for(self.file_id) / "state.json"

    def _changed_since_snapshot(self) -> bool:
        try:
            state = json.loads(self._state_file().read_text("utf-8"))
        except (OSError, ValueError):
            return True
        return state.get("counter") != self.change_counter() or state.get("path") != str(self.path)

    def verified(self) -> None:
        """Wait for a deferred integrity check; raise :class:`Damaged` (and stay read-only) if it failed."""
        if self.integrity is None:
            return
        problem = self.integrity.verdict()
        if problem is None:
            self.integrity = None
            return
        self.readonly = True
        raise damaged(self.path, problem, Tampered if self.integrity.tampered else Damaged)

    def snapshot(self, reason: str) -> safety.Snapshot:
        """Take a verified snapshot now (backup API), and remember the file's change counter."""
        self.verified()
        snap = safety.snapshot(self.conn, self.file_id, reason)
        try:
            safety._write_json(self._state_file(), {"counter": self.change_counter(), "path": str(self.path)})  # privately (0600)
        except OSError:
            pass
        return snap

    def snapshots(self) -> list[safety.Snapshot]:
        return safety.snapshots(self.file_id)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def workspace_id(self) -> str:
        return self.meta("workspace_id") or ""

    def meta(self, key: str) -> str | None:
        row = self._one("SELECT value FROM meta WHERE key = ?", (key,))
        return row["value"] if row else None

    # ------------------------------------------------------------ plumbing

    @contextmanager
    def transaction(self, kind: str) -> Iterator[sqlite_utils.Database]:
        """One transaction for an intent, however many writes it makes; listeners hear of it once, at the end.

        Nested transactions (a store write inside an intent) become savepoints of
        the outermost one, and announce nothing of their own. SQLite errors become
        plain sentences.
        """
        self.verified()
        if self.readonly:
            raise ConsultError(f"{self.path} is open read-only: nothing can be changed.")
        outermost = self._depth == 0
        if outermost:
            self._kind = kind
        self._depth += 1
        try:
            with self.db.atomic() as db:
                yield db
        except sqlite3.IntegrityError as exc:
            raise Invalid(_integrity_message(exc)) from None
        except sqlite3.Error as exc:
            raise environment_error(exc, self.path) from None
        finally:
            self._depth -= 1
        if outermost:
            for listener in list(self.listeners):
                listener(self._kind or kind)

    _write = transaction  # the store's own writes use the same door

    def _rows(self, sql: str, params: Iterable | dict = ()) -> list[dict]:
        try:
            cursor = self.conn.execute(sql, params if isinstance(params, dict) else tuple(params))
            names = [c[0] for c in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError) and ("locked" in str(exc) or "busy" in str(exc)):
                raise environment_error(exc, self.path) from None  # another program writing it holds it past the busy timeout
            if isinstance(exc, (sqlite3.IntegrityError, sqlite3.OperationalError)):
                raise
            raise damaged(self.path, str(exc)) from None  # a large file read before its deferred check ended

    def _one(self, sql: str, params: Iterable = ()) -> dict | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _objects(self, cls: type, sql: str, params: Iterable | dict = ()) -> list:
        """The rows a query finds, as domain objects of ``cls``."""
        return [codec.from_row(cls, r) for r in self._rows(sql, params)]

    def _add(self, kind: str, table: str, obj, index=None):
        """Insert ``obj``'s row into ``table`` as one change of ``kind`` (``index(obj)`` in the same transaction); return ``obj``."""
        with self._write(kind) as db:
            db.table(table).insert(codec.row_of(obj))
            if index is not None:
                index(obj)
        return obj

    def _found(self, sql: str, params: Iterable, missing: str) -> dict:
        """The row the query finds; :class:`NotFound` saying ``missing`` (one sentence) when there is none."""
        row = self._one(sql, params)
        if row is None:
            raise NotFound(missing)
        return row

    # The latest event of a commitment, found through the (commitment_id, effective_on)
    # index: one short seek per commitment instead of a window over every event.
    # Our own party's assessment comes first (the other party's is shown beside it, see Reads.register).
    LATEST_EVENT = (
        "(SELECT x.rowid FROM status_events x WHERE x.commitment_id = c.id "
        "ORDER BY x.party_id IN (SELECT h.id FROM parties h WHERE h.is_home = 0), "
        "x.effective_on DESC, x.recorded_at DESC, x.id DESC LIMIT 1)"
    )

    def save_copy(self, target: str | Path) -> None:
        """Write a consistent copy of the workspace with SQLite's backup API (never a file copy)."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise ConsultError("Choose another file name: a copy cannot replace the workspace itself.")
        safety.backup_to(self.conn, target, new_identity=True)


def _integrity_message(exc: sqlite3.IntegrityError) -> str:
    text = str(exc)
    if "append-only" in text:
        return "Status events and measurements are append-only: record a new one instead of changing the history."
    if "agreed minutes" in text or "frozen" in text or "record of the minutes" in text or "decided proposal" in text:
        return f"The record of negotiated minutes cannot be changed: {text.split(':')[-1].strip()}."
    if "FOREIGN KEY" in text:
        return "This refers to something that does not exist in the workspace (or is still referred to elsewhere)."
    if "UNIQUE" in text:
        return f"This would duplicate an existing entry ({text.split(':', 1)[-1].strip()})."
    if "CHECK" in text:
        return "These values are not consistent (for example an end before a start)."
    return f"The change was refused by the workspace: {text}."
