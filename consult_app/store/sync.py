"""Offline exchange between a secretariat and field copies, with SQLite's session extension.

Each side keeps, per partner, a *baseline*: the data as it stood at the last
exchange with that partner (``<workspace>-exchange/<partner id>.base``; for a
partner of one dialogue, only that dialogue). A packet is the changeset that
turns the baseline into the current data, computed by the session extension's
diff (through ``apsw``), signed with this file's key and encrypted to the
partner's (``exchange/packet.py``).

Receiving checks, before anything is applied: the packet opens with our key
and is signed by the partner's stored key; its header names this workspace,
this copy and the pairing as we know it; every change is one the partner's
kind may make, inside its dialogue, and passes the domain checks
(``store/rights.py``). One refused change refuses the packet. Then the
changes are applied to the workspace itself with a conflict handler, in one
transaction that also records the packet as received and indexes the rows it
changed: a refusal or an undecided conflict rolls it all back.

Crash consistency: the workspace's ``peers`` row (packets sent and received)
is the commit point of every exchange. The baseline only moves after it, and
carries the sequence numbers it reflects, so the next run finishes a move
that a crash interrupted (:func:`_settle`): an export's next baseline waits
beside the old one as ``.next``; an import is re-applied to the baseline from
the received packet kept in ``inbox/``. Half-written files (and the scratch
copies older versions applied packets to) left by a crash are removed on the
next run; an import killed before its COMMIT leaves a hot journal beside the
workspace, rolled back when it is next opened.

``apsw`` carries its own SQLite (with the session extension), a second library
in this process beside the store's own. It writes baselines, never the live
workspace: the two libraries cannot roll back each other's journals of an
encrypted file, so a journal left beside the workspace must be the store's.
An import only reads the workspace through it (:func:`_effect`), while the
store's connection is idle. Every connection opened here uses
``PRAGMA secure_delete=ON``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import apsw

from ..domain.errors import ConsultError, Invalid, NewerVersion, NotFound, NothingToSend  # noqa: F401  (re-exported)
from ..domain.model import as_file_name, new_id, short_id
from ..domain.text import counted
from ..exchange import packet
from ..exchange.keys import DeviceSecrets, PublicKeys
from . import rights as R
from . import safety
from .connection import Key, attach, connect, connect_apsw, migrate
from .schema import SCHEMA_VERSION
from .workspace import Workspace, utc_now

READABLE = {table: words[0] for table, words in R.READABLE.items()}
KINDS = {"field_copy": "field copy", "secretariat": "secretariat", "counterpart": "counterpart secretariat"}


_passed: Counter = Counter()


def _checkpoint(label: str) -> None:
    """Crash-test hook between the steps of an exchange.

    ``bench/crash_exchange.py`` sets ``CONSULT_CRASH_AT=label#n`` to kill the
    process (SIGKILL, as a power cut would) the n-th time it gets here.
    """
    wanted = os.environ.get("CONSULT_CRASH_AT")
    if not wanted:
        return
    _passed[label] += 1
    name, _, nth = wanted.partition("#")
    if name == label and _passed[label] == int(nth or 1):
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))


def exchange_dir(path: Path) -> Path:
    folder = path.with_name(path.name + "-exchange")
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def base_path(path: Path, peer_id: str) -> Path:
    return exchange_dir(path) / f"{as_file_name(peer_id)}.base"


def _next_path(path: Path, peer_id: str) -> Path:
    return exchange_dir(path) / f"{as_file_name(peer_id)}.next"


def _box(path: Path, name: str) -> Path:
    folder = exchange_dir(path) / name
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def _inbox_file(path: Path, peer_id: str, seq: int) -> Path:
    return _box(path, "inbox") / f"{as_file_name(peer_id)}-{seq:06d}.packet"


def _slug(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in " -_." else "_" for ch in name).strip() or "partner"


@dataclass(frozen=True)
class Peer:
    """An exchange partner as this workspace knows it."""

    device_id: str
    name: str
    scope_dialogue_id: str | None  # the one dialogue exchanged with it (None: all)
    sent: int  # the number of the last packet made for it
    received: int  # the number of the last packet applied from it
    kind: str = ""  # "field_copy" or "counterpart"
    sign_key: str = ""  # its Ed25519 and X25519 public keys (hex), stored since keys_since
    box_key: str = ""
    keys_since: str = ""
    received_hash: str = ""  # SHA-256 of the last packet applied from it
    party_id: str = ""  # a counterpart: the party of its dialogue it speaks for
    workspace_id: str = ""  # a counterpart: its own workspace (a field copy shares ours)

    @property
    def keys(self) -> PublicKeys | None:
        return PublicKeys.from_hex(self.sign_key, self.box_key) if self.sign_key and self.box_key else None

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint if self.keys else "no key (paired before packets were signed)"


@dataclass
class Conflict:
    """The same thing changed on both sides since the last exchange."""

    table: str
    row_id: str
    column: str
    original: object
    ours: object
    theirs: object

    def sentence(self) -> str:
        return (
            f"{READABLE.get(self.table, self.table)} …{short_id(self.row_id)}, {self.column}: was {self.original!r}, ours {self.ours!r}, theirs {self.theirs!r}"
        )


@dataclass
class ImportReport:
    header: dict
    sender: str = ""  # the partner as paired here (its name in peers); the header's from_name is the name it gave itself
    added: Counter = field(default_factory=Counter)
    changed: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)
    already: bool = False
    written: bool = False
    changes: list[R.Change] = field(default_factory=list)  # each row change, for a preview that says what it is

    def lines(self) -> list[str]:
        h = self.header
        out = [f"Packet {h['seq']} from {self.sender or h['from_name']} ({h['created_at']}), {counted(h['changes'], 'change')}."]
        if self.already:
            return out + ["It was already imported: nothing changed."]
        for label, counts in (("add", self.added), ("change", self.changed), ("delete", self.deleted)):
            items = ", ".join(f"{n} {READABLE.get(t, t)}{'s' if n > 1 else ''}" for t, n in sorted(counts.items()))
            out.append(f"  {label}: {items or '—'}")
        out.append(f"  conflicts: {len(self.conflicts) or '—'}")
        out += [f"    {c.sentence()}" for c in self.conflicts]
        return out


# --------------------------------------------------------------------------- partners and keys


def _secure(conn) -> None:
    """Freed pages are overwritten with zeros, so deleted text does not linger in the file."""
    conn.execute("PRAGMA secure_delete = ON")


def peers(ws: Workspace) -> list[Peer]:
    columns = "device_id, name, scope_dialogue_id, sent, received, kind, sign_key, box_key, keys_since, received_hash, party_id, workspace_id"
    return [Peer(**r) for r in ws._rows(f"SELECT {columns} FROM peers ORDER BY name")]


def device(ws: Workspace) -> tuple[str, str]:
    return ws.meta("device_id") or "", ws.meta("device_name") or ""


def my_secrets(ws: Workspace) -> list[DeviceSecrets]:
    """This file's keys: the current ones, then those replaced by the last rotation (kept to open packets in transit)."""
    found = []
    for prefix in ("", "old_"):
        sign, box = ws.meta(f"{prefix}sign_secret"), ws.meta(f"{prefix}box_secret")
        if sign and box:
            found.append(DeviceSecrets.from_hex(sign, box))
    if not found:
        raise ConsultError(f"{ws.path.name} has no keys for signed packets: open it once for writing with this version of Consult.")
    return found


def my_keys(ws: Workspace) -> PublicKeys:
    return my_secrets(ws)[0].public


def find_peer(ws: Workspace, to: str | None) -> Peer:
    known = peers(ws)
    if not known:
        raise ConsultError(f"{ws.path.name} has no exchange partner yet: make a field copy first (consult-app field-copy).")
    if to is None:
        if len(known) > 1:
            names = ", ".join(p.name for p in known)
            raise Invalid(f"--to: this workspace exchanges with several partners ({names}); say which one.")
        return known[0]
    for p in known:
        if to in (p.device_id, p.name) or p.name.lower() == to.lower():
            return p
    raise NotFound(f"No exchange partner called '{to}' (known: {', '.join(p.name for p in known)}).")


def _paired(peer: Peer) -> Peer:
    if peer.keys is None or peer.kind not in R.RIGHTS:
        raise ConsultError(
            f"{peer.name} was paired before packets were signed, so its key is unknown: forget it (consult-app packet forget) and make a new field copy."
        )
    return peer


def rotate_keys(ws: Workspace) -> str:
    """Replace this file's keys; return the new fingerprint.

    The old keys are kept until the next rotation: packets already on their way
    still open, and every packet sent from now on carries the new public keys
    vouched for by the old signing key, so partners learn them on receipt.
    """
    old_sign, old_box = ws.meta("sign_secret"), ws.meta("box_secret")
    new = DeviceSecrets.new()
    sign, box = new.hex()
    with ws._write("keys"):
        _secure(ws.conn)
        rows = [("sign_secret", sign), ("box_secret", box), ("keys_made_at", utc_now())]
        if old_sign and old_box:
            rows += [("old_sign_secret", old_sign), ("old_box_secret", old_box)]
        ws.conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", rows)
    return new.public.fingerprint


def forget_partner(ws: Workspace, to: str) -> Peer:
    """Stop exchanging with a partner: its record, its baseline and its packets go; its packets are refused from now on."""
    peer = find_peer(ws, to)
    with ws._write("peers"):
        _secure(ws.conn)
        ws.conn.execute("DELETE FROM peers WHERE device_id = ?", (peer.device_id,))
    for path in (base_path(ws.path, peer.device_id), _next_path(ws.path, peer.device_id)):
        path.unlink(missing_ok=True)
    for path in (*_box(ws.path, "inbox").glob(f"{as_file_name(peer.device_id)}-*.packet"), *_box(ws.path, "outbox").glob(f"{_slug(peer.name)}-*.packet")):
        path.unlink(missing_ok=True)
    return peer


# --------------------------------------------------------------------------- rows for the rights check


class DbRows:
    """Rows of a database (sqlite3 or apsw connection), for :mod:`.rights`; ``schemas`` are searched in order."""

    def __init__(self, conn, schemas: tuple[str, ...] = ("main",)):
        self.conn = conn
        self.schemas = schemas
        self._columns: dict[str, list] = {}
        self._references: dict[str, list] = {}
        self.tables = {r[0] for r in conn.execute(f"SELECT name FROM {schemas[0]}.sqlite_master WHERE type = 'table'").fetchall()}

    def columns(self, table: str) -> list[tuple[str, str, bool, bool]]:
        if table not in self._columns:
            rows = self.conn.execute(f'PRAGMA {self.schemas[0]}.table_info("{table}")').fetchall() if table in self.tables else []
            self._columns[table] = [(r[1], r[2], bool(r[3]), bool(r[5])) for r in rows]
        return self._columns[table]

    def references(self, table: str) -> list[tuple[str, str]]:
        if table not in self._references:
            rows = self.conn.execute(f'PRAGMA {self.schemas[0]}.foreign_key_list("{table}")').fetchall() if table in self.tables else []
            self._references[table] = [(r[3], r[2]) for r in rows]
        return self._references[table]

    def select(self, table: str, column: str, value) -> list[dict]:
        names = [c[0] for c in self.columns(table)]
        if column not in names:
            return []
        found = []
        for schema in self.schemas:
            found += [dict(zip(names, r)) for r in self.conn.execute(f'SELECT * FROM {schema}."{table}" WHERE "{column}" = ?', (value,)).fetchall()]
        return found

    def row(self, table: str, key: dict) -> dict | None:
        names = [c[0] for c in self.columns(table)]
        if not names or not key or any(v is None for v in key.values()):
            return None
        where = " AND ".join(f'"{k}" = ?' for k in key)
        for schema in self.schemas:
            found = self.conn.execute(f'SELECT * FROM {schema}."{table}" WHERE {where}', tuple(key.values())).fetchone()
            if found is not None:
                return dict(zip(names, found))
        return None


def _changes(changeset: bytes, rows: DbRows) -> list[R.Change]:
    """A changeset as plain row changes (column names from this version's tables)."""
    ops = {apsw.SQLITE_INSERT: "insert", apsw.SQLITE_UPDATE: "update", apsw.SQLITE_DELETE: "delete"}
    out = []
    for tc in apsw.Changeset.iter(changeset):
        names = [c[0] for c in rows.columns(tc.name)]
        if len(names) != tc.column_count:
            if tc.name in R.DATA_TABLES:
                raise R.Refused(f"changes to {R.READABLE[tc.name][1]}", "they do not match this version's tables")
            names = [f"column {n + 1}" for n in range(tc.column_count)]
        old = {n: v for n, v in zip(names, tc.old or ()) if v is not apsw.no_change}
        new = {n: v for n, v in zip(names, tc.new or ()) if v is not apsw.no_change}
        out.append(R.Change(tc.name, ops[tc.opcode], old, new))
    return out


# --------------------------------------------------------------------------- building copies


def _apsw(path: Path) -> apsw.Connection:
    """The file through APSW, keyed like it (a baseline of an encrypted workspace is encrypted).

    Its temporary data (sorts, statement journals) stays in memory: SQLite's temporary files are never encrypted.
    """
    conn = connect_apsw(path)
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


def _scope_sql(table: str, rows: DbRows) -> str:
    """A condition selecting the rows of ``table`` (in schema ``src``) that belong to dialogue ``:d``."""
    column = R.OWNER_COLUMN[table]
    if column is None:
        return "id = :d"
    parent = R._parent_of(table, column, rows)
    return f'"{column}" IN (SELECT id FROM src."{parent}" WHERE {_scope_sql(parent, rows)})'


def _build(
    src: Path, target: Path, dialogue_id: str | None, meta: dict[str, str], peer_rows: list[dict], *, index: bool = False, key: Key | None = None
) -> None:
    """Write a new workspace file holding only one dialogue of ``src`` (or all): only those rows are ever written.

    The new file is encrypted with ``key`` (plain without one) from its first page.

    Never a copy with the rest deleted, so no other dialogue's text can linger
    in free pages. Links to rows left out (a counterpart commitment in another
    dialogue) are cleared; people are those the copied rows refer to.
    """
    part, conn = _new_copy(target, key)
    try:
        attach(conn, src, "src", readonly=True)
        rows = DbRows(conn)
        conn.execute("BEGIN IMMEDIATE")
        for table in R.OWNER_COLUMN:
            names = ", ".join(f'"{c[0]}"' for c in rows.columns(table))
            where = _scope_sql(table, rows) if dialogue_id else "1"
            conn.execute(f'INSERT INTO main."{table}" ({names}) SELECT {names} FROM src."{table}" WHERE {where}', {"d": dialogue_id})
        for table in R.SHARED:
            names = ", ".join(f'"{c[0]}"' for c in rows.columns(table))
            used = [f'SELECT "{col}" FROM main."{t}"' for t in R.OWNER_COLUMN for col, parent in rows.references(t) if parent == table]
            where = f"id IN ({' UNION '.join(used)})" if dialogue_id and used else "1"
            conn.execute(f'INSERT INTO main."{table}" ({names}) SELECT {names} FROM src."{table}" WHERE {where}')
        for table in R.DATA_TABLES:  # links to rows that were left out
            nullable = {c[0] for c in rows.columns(table) if not c[2]}
            for column, parent in rows.references(table):
                if column in nullable:
                    conn.execute(
                        f'UPDATE main."{table}" SET "{column}" = NULL WHERE "{column}" IS NOT NULL AND "{column}" NOT IN (SELECT id FROM main."{parent}")'
                    )
        conn.execute("DELETE FROM main.meta")
        conn.executemany("INSERT INTO main.meta (key, value) VALUES (?, ?)", list(meta.items()))
        for row in peer_rows:
            names = ", ".join(row)
            conn.execute(f"INSERT INTO main.peers ({names}) VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
        broken = conn.execute("PRAGMA main.foreign_key_check").fetchall()
        if broken:
            raise ConsultError(f"The copy could not be made: {broken[0][0]} rows refer to {broken[0][2]} rows that are not in it.")
        conn.execute("COMMIT")
        conn.execute("DETACH DATABASE src")
        if index:
            copy = Workspace(part, conn, readonly=False)
            copy.backups = False
            with copy.transaction("index"):
                copy._reindex_all()
    except BaseException:
        _abandon(conn, part)
        raise
    conn.close()
    _put_in_place(part, target)


def _baseline_from_copy(path: Path, marks: tuple[int, int]) -> None:
    """Turn a full copy of a workspace into a baseline: no keys, no partners, the sequence numbers it reflects."""
    conn = connect(path)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM meta")
        conn.execute("DELETE FROM peers")
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", _mark_rows(marks))
        conn.execute("COMMIT")
    finally:
        conn.close()


def _mark_rows(marks: tuple[int, int]) -> list[tuple[str, str]]:
    return [("exchange_in_seq", str(marks[0])), ("exchange_out_seq", str(marks[1]))]


def _marks(path: Path) -> tuple[int, int] | None:
    """(packets received, packets sent) that a baseline reflects; None for a baseline made before they were kept.

    Opened for writing, so that a move of the baseline that a crash interrupted
    (a hot journal beside it) is rolled back first.
    """
    conn = connect(path)
    try:
        found = dict(conn.execute("SELECT key, value FROM meta WHERE key IN ('exchange_in_seq', 'exchange_out_seq')").fetchall())
    finally:
        conn.close()
    if len(found) < 2:
        return None
    return int(found["exchange_in_seq"]), int(found["exchange_out_seq"])


def _partners_part(peer: Peer) -> str | None:
    """The part of this workspace a partner holds: one dialogue for a field copy of one, or for the other secretariat; else everything.

    (A field copy sends everything it holds, so that whatever was changed in it
    behind the app's back reaches the secretariat's check, and is refused there.)
    """
    return peer.scope_dialogue_id if peer.kind in ("field_copy", "counterpart") else None


def _make_baseline(ws: Workspace, target: Path, scope: str | None, marks: tuple[int, int], *, joint: bool = False) -> None:
    """The data both sides share after an exchange: this workspace as it is now (only ``scope``, when given).

    For the other secretariat (``joint``): the joint view of ``scope`` alone, with the columns each side
    derives for itself neutral (``store.joint.EXCHANGE_LOCAL``); internal content is never written to it.
    """
    if joint:
        build_joint_copy(ws, target, scope, marks, key=ws.conn.key)
        return
    if scope:
        _build(ws.path, target, scope, dict(_mark_rows(marks)), [], key=ws.conn.key)
        return
    part = target.with_name(target.name + ".part")
    safety.backup_to(ws.conn, part)
    _baseline_from_copy(part, marks)
    os.chmod(part, 0o600)
    part.replace(target)
    _fsync(target.parent)


def build_joint_copy(ws: Workspace, target: Path, dialogue_id: str, marks: tuple[int, int], *, key: Key | None = None) -> None:
    """Write a file holding the joint view of one dialogue (a counterpart's baseline); nothing internal is ever in it.

    Built by selecting joint rows and columns (``store.joint``), like every joint
    output. It has no triggers: it is compared and patched, never edited.
    """
    from . import joint

    part, conn = _new_copy(target, key)
    try:
        for (trigger,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f'DROP TRIGGER "{trigger}"')
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("DELETE FROM meta")
        conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", _mark_rows(marks))
        for table in joint.COLUMNS:
            rows = joint.joint_rows(ws, table, dialogue_id, "rowid", neutral=joint.EXCHANGE_LOCAL)
            if rows:
                names = list(rows[0])
                conn.executemany(
                    f'INSERT INTO "{table}" ({", ".join(names)}) VALUES ({", ".join("?" * len(names))})', [tuple(r[n] for n in names) for r in rows]
                )
        conn.execute("COMMIT")
    except BaseException:
        _abandon(conn, part)
        raise
    conn.close()
    _put_in_place(part, target)


def _new_copy(target: Path, key: Key | None = None):
    """An empty file of this version's schema beside ``target`` (``.part``), private and keyed like the workspace from its first page."""
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    os.close(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = connect(part, key=key)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")  # rows go in table by table; checked whole before the commit
        migrate(conn, 0)
    except BaseException:
        _abandon(conn, part)
        raise
    return part, conn


def _abandon(conn, part: Path) -> None:
    """A copy being written failed: roll back, close, and remove what was written."""
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()
    part.unlink(missing_ok=True)


def _put_in_place(part: Path, target: Path) -> None:
    """A file written beside its target becomes it, durably: private, synced, renamed in one step."""
    os.chmod(part, 0o600)
    _fsync(part)
    part.replace(target)
    _fsync(target.parent)


def _fsync(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_durable(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all (beside it, synced, then moved), private from its first byte."""
    part = path.with_name(path.name + ".part")
    with os.fdopen(os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(part, 0o600)  # a .part left by a killed run, reused: its mode too
    part.replace(path)
    _fsync(path.parent)


# --------------------------------------------------------------------------- field copy


def _copy_identity(ws: Workspace, name: str, scope: str | None):
    """A new field copy's id, keys and meta rows, and how it knows this workspace (its secretariat)."""
    my_id, my_name = device(ws)
    mine = my_keys(ws)
    copy_id, copy_keys, now = new_id(), DeviceSecrets.new(), utc_now()
    sign, box = copy_keys.hex()
    meta = {
        "workspace_id": ws.workspace_id,
        "created_at": ws.meta("created_at") or now,
        "device_id": copy_id,
        "file_id": copy_id,
        "device_name": name,
        "sign_secret": sign,
        "box_secret": box,
        "keys_made_at": now,
    }
    secretariat = {
        "device_id": my_id,
        "name": my_name,
        "scope_dialogue_id": scope,
        "kind": "secretariat",
        "sign_key": mine.sign.hex(),
        "box_key": mine.box.hex(),
        "keys_since": now,
    }
    return copy_id, copy_keys, now, meta, secretariat


def field_copy(ws: Workspace, out: str | Path, *, name: str = "Field copy", dialogue_code: str | None = None, key: Key | None = None) -> Path:
    """Make a field copy with keys of its own, paired with this workspace; encrypted with ``key`` when given.

    The copy's exchange folder (its baseline) is encrypted with the same key.

    The copy is written fresh (only the rows it holds are ever written to it).
    With ``dialogue_code`` it holds only that dialogue and the people its
    delegations and agendas name, and only that dialogue's changes travel.
    Both files store each other's public keys.
    """
    out = Path(out)
    if out.exists():
        raise ConsultError(f"{out} already exists: choose another name.")
    if not name.strip():
        raise Invalid("--name: a field copy needs a name (for example 'Bamako embassy').")
    if any(p.name.lower() == name.strip().lower() for p in peers(ws)):
        raise Invalid(f"--name: this workspace already has an exchange partner called '{name}'; choose another name.")
    scope = ws.dialogue_by_code(dialogue_code).id if dialogue_code else None
    _secure(ws.conn)
    my_id = device(ws)[0]
    copy_id, copy_keys, now, meta, secretariat = _copy_identity(ws, name.strip(), scope)
    ours = base_path(ws.path, copy_id)
    try:
        _build(ws.path, out, scope, meta, [secretariat], index=True, key=key)
        # both sides start from the same baseline: the data as the copy holds it
        theirs = base_path(out, my_id)
        safety.copy_database(out, theirs.with_name(theirs.name + ".part"))
        _baseline_from_copy(theirs.with_name(theirs.name + ".part"), (0, 0))
        theirs.with_name(theirs.name + ".part").replace(theirs)
        _make_baseline(ws, ours, scope, (0, 0))
        with ws._write("peers"):
            ws.conn.execute(
                "INSERT INTO peers (device_id, name, scope_dialogue_id, kind, sign_key, box_key, keys_since) VALUES (?, ?, ?, 'field_copy', ?, ?, ?)",
                (copy_id, name.strip(), scope, copy_keys.public.sign.hex(), copy_keys.public.box.hex(), now),
            )
    except BaseException:
        ours.unlink(missing_ok=True)
        if out.exists():
            shutil.rmtree(exchange_dir(out), ignore_errors=True)
            out.unlink(missing_ok=True)
        raise
    return out


# --------------------------------------------------------------------------- finishing an interrupted exchange


def _settle(ws: Workspace, peer: Peer) -> Path:
    """Finish what a crash interrupted, so the baseline matches the workspace's record; clean leftovers.

    The workspace's ``peers`` row is the truth: an export whose commit happened
    gets its prepared baseline (``.next``); an import whose commit happened is
    re-applied to the baseline from the packet kept in the inbox. Anything
    prepared for an exchange that never committed is removed.
    """
    folder = exchange_dir(ws.path)
    for leftover in (*folder.glob("scratch-*"), *folder.glob("*.part"), *folder.glob("*.prepared"), *folder.glob("*/*.part")):
        leftover.unlink(missing_ok=True)
    base, nxt = base_path(ws.path, peer.device_id), _next_path(ws.path, peer.device_id)
    if not base.exists():
        raise ConsultError(f"The record of the last exchange with {peer.name} is missing ({base}); make a new field copy.")
    marks = _marks(base)
    if marks is None:  # a baseline from before the sequence numbers were kept in it
        _set_marks(base, (peer.received, peer.sent))
        marks = (peer.received, peer.sent)
    if peer.sent > marks[1]:
        if not (nxt.exists() and (_marks(nxt) or (0, -1))[1] == peer.sent):
            raise ConsultError(f"The record of the last exchange with {peer.name} is incomplete ({nxt.name} is missing); make a new field copy.")
        nxt.replace(base)
        _fsync(base.parent)
        marks = _marks(base) or marks
    else:
        nxt.unlink(missing_ok=True)
    if peer.received > marks[0]:
        kept = _inbox_file(ws.path, peer.device_id, peer.received)
        if not kept.exists():
            raise ConsultError(f"The record of the last exchange with {peer.name} is incomplete ({kept.name} is missing); make a new field copy.")
        opened = packet.open_packet(kept.read_bytes(), secrets=my_secrets(ws), partners={peer.keys.sign: peer.name}, name=kept.name)
        _apply_to_base(base, opened.changeset, peer.received)
    for stale in _box(ws.path, "outbox").glob(f"{_slug(peer.name)}-*.packet"):  # prepared, never committed
        seq = stale.stem.rsplit("-", 1)[-1]
        if seq.isdigit() and int(seq) > peer.sent:
            stale.unlink(missing_ok=True)
    for kept in _box(ws.path, "inbox").glob(f"{as_file_name(peer.device_id)}-*.packet"):  # only the last one applied is needed
        if kept.stem.rsplit("-", 1)[-1] != f"{peer.received:06d}":
            kept.unlink(missing_ok=True)
    return folder


def _set_marks(path: Path, marks: tuple[int, int]) -> None:
    conn = connect(path)
    try:
        conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", _mark_rows(marks))
    finally:
        conn.close()


def _apply_to_base(base: Path, changeset: bytes, received: int) -> None:
    """Move a baseline with a received packet and record it, in one transaction (so it can be redone safely).

    Theirs wins every difference (the baseline is what both sides hold). Like
    the workspace, it is written by the store's own SQLite, which rolls back
    its journal after a kill (:func:`_marks`): APSW only works out the effect.
    """
    theirs = lambda reason, change: (  # noqa: E731
        apsw.SQLITE_CHANGESET_REPLACE if reason in (apsw.SQLITE_CHANGESET_DATA, apsw.SQLITE_CHANGESET_CONFLICT) else apsw.SQLITE_CHANGESET_OMIT
    )
    effect = _effect(base, changeset, lambda conn: theirs, foreign_keys=False)
    conn = connect(base)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")  # as the changes were worked out: a baseline is compared, never edited
        conn.execute("BEGIN IMMEDIATE")
        _write_rows(conn, effect, DbRows(conn))
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('exchange_in_seq', ?)", (str(received),))
        _checkpoint("import:base")  # (a kill here leaves the baseline's transaction open: a hot journal)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.close()


# --------------------------------------------------------------------------- export


def export_packet(ws: Workspace, to: str | None = None, *, check_rights: bool = True, allow_empty: bool = True) -> tuple[bytes, dict]:
    """Everything changed here since the last exchange with ``to``: the packet's bytes and header.

    With ``allow_empty=False``, a packet with no change is not made:
    :class:`NothingToSend` is raised before anything is written (an empty
    packet still tells the partner which of its packets arrived here).

    The packet is signed with this file's key and encrypted to the partner's.
    Before anything moves, its changes are checked as the partner will check
    them: a change it would refuse stops the export with a sentence, so the
    exchange never stalls on a packet the partner cannot take
    (``check_rights=False`` skips this, to test the partner's own check).
    A copy is kept in the exchange folder's outbox; the baseline moves forward.
    """
    _secure(ws.conn)
    peer = _paired(find_peer(ws, to))
    _settle(ws, peer)
    seq = peer.sent + 1
    base, nxt = base_path(ws.path, peer.device_id), _next_path(ws.path, peer.device_id)
    prepared = nxt.with_name(nxt.name + ".prepared")
    _make_baseline(ws, prepared, _partners_part(peer), (peer.received, seq), joint=peer.kind == "counterpart")
    try:
        changeset, changes, kept = _changes_to_send(ws, peer, prepared, base, check_rights=check_rights, allow_empty=allow_empty)
    except BaseException:
        prepared.unlink(missing_ok=True)
        raise
    data, header = _seal(ws, peer, seq, changeset, len(changes))
    _write_durable(_box(ws.path, "outbox") / f"{_slug(peer.name)}-{seq:04d}.packet", data)
    _checkpoint("export:outbox")
    prepared.replace(nxt)
    _fsync(nxt.parent)
    _checkpoint("export:next")
    with ws._write("peers"):  # the commit point: from here on, packet ``seq`` exists
        ws.conn.execute("UPDATE peers SET sent = ? WHERE device_id = ?", (seq, peer.device_id))
    _checkpoint("export:committed")
    nxt.replace(base)
    _fsync(base.parent)
    _checkpoint("export:done")
    return data, {**header, "kept": kept} if kept else header


def _changes_to_send(ws: Workspace, peer: Peer, prepared: Path, base: Path, *, check_rights: bool, allow_empty: bool) -> tuple[bytes, list, list[str]]:
    """The changeset from the last baseline to the prepared one, checked as the partner will check it; and what is kept here."""
    kept: list[str] = []
    conn = _apsw(prepared)
    try:
        attach(conn, base, "base")
        changeset = _diff(conn)
        changes = _changes(changeset, DbRows(conn))
        if not changes and not allow_empty:
            raise NothingToSend(f"Nothing has changed here since the last packet to {peer.name}.")
        if peer.kind == "counterpart" and check_rights:
            changeset, changes, kept = _keep_here(conn, changeset, changes, peer, ws)
        elif check_rights:
            try:
                R.check(changes, R.RIGHTS[R.SEEN_AS[peer.kind]], peer.scope_dialogue_id, DbRows(conn, ("base",)))
            except R.Refused as exc:
                raise ConsultError(
                    f"{peer.name} would refuse this packet ({exc.what}: {exc.reason}); nothing was exported: "
                    f"undo that change, or ask {peer.name} to make it, then export again."
                ) from None
        conn.execute("DETACH DATABASE base")
    finally:
        conn.close()
    return changeset, changes, kept


def _seal(ws: Workspace, peer: Peer, seq: int, changeset: bytes, count: int) -> tuple[bytes, dict]:
    """The packet's header, and the packet signed with this file's key and encrypted to the partner's."""
    my_id, my_name = device(ws)
    secrets = my_secrets(ws)
    header = {
        "workspace_id": peer.workspace_id if peer.kind == "counterpart" else ws.workspace_id,
        "schema_version": SCHEMA_VERSION,
        "from_device": my_id,
        "from_name": my_name,
        "to_device": peer.device_id,
        "to_key": peer.box_key,
        "seq": seq,
        "created_at": utc_now(),
        "changes": count,
        "kind": R.SEEN_AS[peer.kind],
        "scope": peer.scope_dialogue_id,
    }
    endorsement = (secrets[1].public.sign, secrets[1].endorse(secrets[0].public)) if len(secrets) > 1 else None
    return packet.seal(header, changeset, sender=secrets[0], recipient=peer.keys, endorsement=endorsement), header


def _diff(conn) -> bytes:
    """The changeset that turns the attached baseline (``base``) into ``main``."""
    tables = {r[0] for r in conn.execute("SELECT name FROM base.sqlite_master WHERE type = 'table'")}
    session = apsw.Session(conn, "main")
    for table in R.DATA_TABLES:
        if table in tables:
            session.attach(table)
            session.diff("base", table)
    changeset = session.changeset()
    session.close()
    return changeset


def _keep_here(conn, changeset: bytes, changes: list, peer: Peer, ws: Workspace) -> tuple[bytes, list, list[str]]:
    """Leave out of a counterpart's packet what it would refuse — a change to what it already holds, anything
    it may not take from us — by setting those rows of the next baseline back as the partner has them.

    They stay here, and are listed (``kept``) each time a packet is made, so nobody
    believes they were sent. Repeated until nothing left would be refused (a row
    left out can take with it the rows that refer to it).
    """
    kept: list[str] = []
    party = ws.home_party(peer.scope_dialogue_id).id
    theirs = _WithLocal(DbRows(conn, ("base",)), DbRows(ws.conn))
    for _ in range(len(R.DATA_TABLES) + 2):
        refused = [(c, what, why) for c, what, why in R.judge(changes, R.RIGHTS["counterpart"], peer.scope_dialogue_id, theirs, party=party) if why]
        if not refused:
            return changeset, changes, kept
        rows = DbRows(conn)
        for change, what, why in refused:
            _set_back(conn, rows, change)
            kept.append(f"{what}: {why}")
        changeset = _diff(conn)
        changes = _changes(changeset, rows)
    raise ConsultError(f"The packet for {peer.name} could not be made: some changes here cannot be left out of it.")


class _WithLocal:
    """The rows the other secretariat holds (the baseline), with the columns each side derives for itself
    (``store.joint.EXCHANGE_LOCAL``: the state of the minutes…) as they stand here, where they are the same."""

    def __init__(self, shared: DbRows, here: DbRows):
        from .joint import EXCHANGE_LOCAL

        self.shared, self.here = shared, here
        self.local: dict[str, list[str]] = {}
        for table, column in EXCHANGE_LOCAL:
            self.local.setdefault(table, []).append(column)

    def _with_local(self, table: str, row: dict | None) -> dict | None:
        if row is None or table not in self.local:
            return row
        mine = self.here.row(table, {"id": row.get("id")}) or {}
        return row | {c: mine[c] for c in self.local[table] if c in mine}

    def row(self, table: str, key: dict) -> dict | None:
        return self._with_local(table, self.shared.row(table, key))

    def select(self, table: str, column: str, value) -> list[dict]:
        return [self._with_local(table, r) for r in self.shared.select(table, column, value)]

    def columns(self, table: str):
        return self.shared.columns(table)

    def references(self, table: str):
        return self.shared.references(table)


def _set_back(conn, rows: DbRows, change: R.Change) -> None:
    """Undo one change in ``main`` as it stands in ``base`` (a baseline being prepared, never the workspace)."""
    table = change.table
    keys = [c[0] for c in rows.columns(table) if c[3]]
    where = " AND ".join(f'"{k}" = ?' for k in keys)
    values = tuple((change.new if change.op == "insert" else change.old).get(k) for k in keys)
    if change.op == "insert":
        conn.execute(f'DELETE FROM main."{table}" WHERE {where}', values)
    elif change.op == "delete":
        conn.execute(f'INSERT INTO main."{table}" SELECT * FROM base."{table}" WHERE {where}', values)
    else:
        for column in change.new:
            conn.execute(f'UPDATE main."{table}" SET "{column}" = (SELECT "{column}" FROM base."{table}" WHERE {where}) WHERE {where}', values + values)


# --------------------------------------------------------------------------- import


def _check_header(ws: Workspace, peer: Peer, header: dict, name: str) -> None:
    """The signed header must describe this very pairing, as this workspace recorded it."""
    if header["workspace_id"] != ws.workspace_id:
        raise packet.BadPacket(f"{name} is for another workspace, not {ws.path.name}; nothing was imported.")
    if header["schema_version"] > SCHEMA_VERSION:
        raise NewerVersion(f"{name} comes from a newer version of Consult (schema {header['schema_version']}); update Consult to import it.")
    my_id, _ = device(ws)
    if header["to_device"] != my_id or header["to_key"] not in {s.public.box.hex() for s in my_secrets(ws)}:
        raise packet.BadPacket(f"{name} is addressed to another copy of this workspace, not to this one; nothing was imported.")
    if header["from_device"] != peer.device_id:
        raise packet.BadPacket(f"{name} says it comes from {header['from_name']}, but it is signed with {peer.name}'s key; nothing was imported.")
    if header["kind"] != peer.kind:
        raise packet.BadPacket(
            f"{name} presents {peer.name} as a {KINDS.get(header['kind'], 'partner of another kind')}, but it was paired as a "
            f"{KINDS.get(peer.kind, peer.kind)}; nothing was imported."
        )
    if header.get("scope") != peer.scope_dialogue_id:
        raise packet.BadPacket(
            f"{name} was made with exchange settings for {peer.name} that differ from the pairing recorded here "
            f"(they were changed outside Consult); nothing was imported."
        )


def import_packet(
    ws: Workspace,
    data: bytes,
    *,
    name: str = "the packet",
    dry_run: bool = False,
    policy: str | None = None,
    resolutions: dict[tuple[str, str, str], object] | None = None,
) -> ImportReport:
    """Apply a partner's packet; refuse what is not for this workspace, not signed by a partner, or not its to change.

    Args:
        policy: None (stop on any conflict, write nothing), "ours" or "theirs".
        resolutions: per conflict ``(table, row id, column) -> value`` chosen by a person
            (keep ours, take theirs, or an edited value); they win over ``policy``.
    """
    if policy not in (None, "ours", "theirs"):
        raise Invalid(f"policy: '{policy}' is not one of: ours, theirs.")
    _secure(ws.conn)
    opened, peer = _open_from_partner(ws, data, name)
    header, changeset = opened.header, opened.changeset
    _check_header(ws, peer, header, name)
    report = ImportReport(header, peer.name)
    _settle(ws, peer)
    if header["seq"] <= peer.received:
        report.already = True
        return report
    if header["seq"] > peer.received + 1:
        raise ConsultError(
            f"{name} is packet {header['seq']} from {peer.name}, but the last one imported was {peer.received}: import packet "
            f"{peer.received + 1} first (the sender keeps every packet in its exchange folder's outbox)."
        )
    report.changes = _within_rights(ws, peer, changeset, name)
    for change in report.changes:
        {"insert": report.added, "update": report.changed, "delete": report.deleted}[change.op][change.table] += 1
    if ws.readonly:  # even a dry run applies the changes (in a transaction it then rolls back)
        raise ConsultError(f"{ws.path} is open read-only: nothing can be changed.")
    ws.verified()  # a deferred integrity check ends (and closes its connection) before the file is written
    if ws.conn.in_transaction:
        raise ConsultError(f"{name} cannot be imported in the middle of another change to {ws.path.name}; nothing was imported.")
    if not _apply(ws, changeset, peer, report, policy, resolutions or {}, name, dry_run, opened, data):
        return report
    _checkpoint("import:committed")
    _apply_to_base(base_path(ws.path, peer.device_id), changeset, header["seq"])
    _checkpoint("import:done")
    report.written = True
    return report


def _open_from_partner(ws: Workspace, data: bytes, name: str):
    """Decrypt a packet with this file's keys and check it is signed by a known partner: the opened packet, and that partner."""
    known = [p for p in peers(ws) if p.keys is not None and p.kind in R.RIGHTS]
    opened = packet.open_packet(data, secrets=my_secrets(ws), partners={p.keys.sign: p.name for p in known}, name=name)
    signer = opened.endorsed_by or opened.signer.sign
    return opened, next(p for p in known if p.keys.sign == signer)


def _within_rights(ws: Workspace, peer: Peer, changeset: bytes, name: str) -> list:
    """Every change of the packet, each checked against what this kind of partner may change here; refused whole otherwise."""
    rows = DbRows(ws.conn)
    try:
        changes = _changes(changeset, rows)
        R.check(changes, R.RIGHTS[peer.kind], peer.scope_dialogue_id, rows, party=peer.party_id or None)
    except R.Refused as exc:
        raise packet.BadPacket(f"{exc.what}: {exc.reason}: packet refused, nothing was imported ({name} from {peer.name}).") from None
    except apsw.Error:
        raise packet.BadPacket(f"{name} is damaged (its changes cannot be read); nothing was imported.") from None
    return changes


class _Conflicts:
    """SQLite's conflict handler for a packet's changes: records each conflict, applies the choices, notes what must abort."""

    def __init__(self, peer: Peer, report: ImportReport, policy, resolutions: dict):
        self.peer, self.report, self.policy, self.resolutions = peer, report, policy, resolutions
        self.edits: list[tuple[str, str, str, object]] = []  # a person's edited value, set after the changes are applied
        self.hard: list[str] = []  # why the packet cannot be applied at all

    def on(self, conn) -> _Conflicts:
        """The handler for changes applied through ``conn`` (whose tables name the columns)."""
        self.columns_of = DbRows(conn)
        return self

    def _values(self, change) -> tuple[dict, dict, dict]:
        columns = [c[0] for c in self.columns_of.columns(change.name)]
        pick = lambda values: dict(zip(columns, values)) if values else {}  # noqa: E731
        return pick(change.old), pick(change.new), pick(change.conflict)

    def __call__(self, reason: int, change) -> int:
        table = change.name
        old, new, current = self._values(change)
        if reason in (apsw.SQLITE_CHANGESET_DATA, apsw.SQLITE_CHANGESET_CONFLICT):
            return self._differing(change, table, old, new, current)
        if reason == apsw.SQLITE_CHANGESET_NOTFOUND:
            if change.opcode == apsw.SQLITE_DELETE:
                return apsw.SQLITE_CHANGESET_OMIT  # deleted here too
            self.report.conflicts.append(Conflict(table, str(old.get("id", "")), "(row)", "present", "deleted here", "changed there"))
            return apsw.SQLITE_CHANGESET_OMIT
        if reason == apsw.SQLITE_CHANGESET_CONSTRAINT:
            if table in R.HISTORY and change.opcode != apsw.SQLITE_INSERT:
                self.hard.append(f"{R.HISTORY[table]} cannot be changed or deleted: packet refused")
            else:
                shown = ", ".join(f"{k} {v!r}" for k, v in (new or old).items() if k in ("ref", "code", "number"))
                self.hard.append(
                    f"a {READABLE.get(table, table)} from {self.peer.name} clashes with one here{f' ({shown})' if shown else ''}; rename one and send again"
                )
            return apsw.SQLITE_CHANGESET_ABORT
        if reason == apsw.SQLITE_CHANGESET_FOREIGN_KEY:
            self.hard.append(f"changes from {self.peer.name} refer to things this copy does not have")
        return apsw.SQLITE_CHANGESET_ABORT

    def _differing(self, change, table: str, old: dict, new: dict, current: dict) -> int:
        """The same thing changed on both sides: a conflict per column, resolved by a person's choice or the policy."""
        target = new if new else {}
        source = old if change.opcode == apsw.SQLITE_DELETE else target
        differing = [c for c, v in source.items() if v is not apsw.no_change and current.get(c) != v]
        if not differing:
            return apsw.SQLITE_CHANGESET_OMIT  # already so here
        choice_is_theirs = self.policy == "theirs"
        row_id = str(current.get("id") or next(iter(current.values()), ""))
        taken: list[tuple[str, str, str, object]] = []  # for a new row we already have: theirs, column by column
        for column in differing:
            theirs = None if change.opcode == apsw.SQLITE_DELETE else target.get(column)
            self.report.conflicts.append(Conflict(table, row_id, column, old.get(column), current.get(column), theirs))
            key = (table, row_id, column)
            if key in self.resolutions:
                choice_is_theirs = True
                if self.resolutions[key] != theirs:
                    self.edits.append((table, row_id, column, self.resolutions[key]))
                    continue
            if key in self.resolutions or self.policy == "theirs":
                taken.append((table, row_id, column, theirs))
        if change.opcode == apsw.SQLITE_INSERT and choice_is_theirs:
            # SQLite's REPLACE of a new row deletes ours first, and ON DELETE CASCADE with it (a session's agenda):
            # what differs is set instead, as a person's edit is
            self.edits += taken
            return apsw.SQLITE_CHANGESET_OMIT
        return apsw.SQLITE_CHANGESET_REPLACE if choice_is_theirs else apsw.SQLITE_CHANGESET_OMIT


def _apply(
    ws: Workspace, changeset: bytes, peer: Peer, report: ImportReport, policy, resolutions: dict, name: str, dry_run: bool, opened: packet.Opened, data: bytes
) -> bool:
    """Apply the changes to the workspace itself, in one transaction of the store's own connection; True when it committed.

    First :func:`_effect` works out, without writing anything, what the
    packet's changes do here once SQLite's conflict handling and a person's
    decisions are applied: a changeset of exactly that. An undecided conflict
    or a dry run stops there. Then that changeset is written row by row in one
    transaction, with the packet recorded as received, the minutes it settles
    and the search entries of the rows it changed: a kill before its COMMIT
    leaves the old state (SQLite's journal, rolled back on the next opening).
    The listeners hear of it once, after the COMMIT.
    """
    conflicts = _Conflicts(peer, report, policy, resolutions)

    def decided(conn) -> None:
        _apply_edits(conn, conflicts.edits)
        _checkpoint("import:worked-out")  # (a kill here must leave the file as it was: nothing was written to it)

    try:
        effect = _effect(ws.path, changeset, conflicts.on, then=decided)
    except apsw.Error as exc:
        hard = conflicts.hard + (["status history cannot be changed or deleted: packet refused"] if "append-only" in str(exc) else [])
        raise ConsultError(f"{name} cannot be applied: " + "; ".join(hard or ["it does not fit this copy"]) + ". Nothing was imported.") from None
    unresolved = [c for c in report.conflicts if (c.table, c.row_id, c.column) not in resolutions]
    if (unresolved and policy is None) or dry_run:
        return False  # nothing written: the caller lists the conflicts
    if ws.backups:
        ws.snapshot("before receiving changes")
    rows = DbRows(ws.conn)
    seq = opened.header["seq"]
    try:
        with ws.transaction("import"):
            ws.conn.execute("PRAGMA defer_foreign_keys = ON")  # rows go in table by table; checked whole at the COMMIT
            written = _write_rows(ws.conn, effect, rows)
            ws.conn.execute("UPDATE peers SET received = ?, received_hash = ? WHERE device_id = ?", (seq, hashlib.sha256(data).hexdigest(), peer.device_id))
            if opened.endorsed_by:  # the partner rotated its keys, vouched for by the key we knew
                ws.conn.execute(
                    "UPDATE peers SET sign_key = ?, box_key = ?, keys_since = ? WHERE device_id = ?",
                    (opened.signer.sign.hex(), opened.signer.box.hex(), utc_now(), peer.device_id),
                )
            if peer.kind == "counterpart" and peer.scope_dialogue_id:  # what its versions, sign-offs and amendments make of the minutes
                for session in ws.sessions(peer.scope_dialogue_id):
                    ws.settle_minutes(session.id)
            ws._reindex_changed(written)
            _checkpoint("import:applied")
            _write_durable(_inbox_file(ws.path, peer.device_id, seq), data)
            _checkpoint("import:inbox")
    except Invalid as exc:  # only when the workspace changed since the changes were worked out
        raise ConsultError(f"{name} cannot be applied: {exc} Nothing was imported.") from None
    return True


def _effect(path: Path, changeset: bytes, handler, *, then=None, foreign_keys: bool = True) -> bytes:
    """What a changeset does to the file at ``path`` (a workspace or a baseline), as a changeset, found without writing to it.

    APSW (the session extension) applies it with the conflict handler ``handler(conn)``, then
    ``then(conn)`` (a person's edits), inside a transaction that is rolled back:
    its journal is in memory and no page may be spilled into the file before a
    COMMIT, so the file is never written by this second SQLite library (each
    writes journals the other cannot roll back when the file is encrypted). A
    session records what the changes did, cascades included. The store's own
    connection is idle meanwhile. APSW's errors are the caller's to word.
    """
    conn = _apsw(path)
    try:
        conn.setbusytimeout(5000)
        conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
        conn.execute("PRAGMA journal_mode = MEMORY")
        conn.execute("PRAGMA cache_spill = OFF")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MiB: each page it reads is decrypted once, not again after an eviction
        conn.execute("BEGIN")
        session = apsw.Session(conn, "main")
        try:
            session.attach()
            apsw.Changeset.apply(changeset, conn, conflict=handler(conn))
            if then is not None:
                then(conn)
            return session.changeset()
        finally:
            session.close()
    finally:
        if not conn.getautocommit():
            conn.execute("ROLLBACK")
        conn.close()


def _write_rows(conn, changeset: bytes, rows: DbRows) -> list[tuple[str, str, dict]]:
    """Write a changeset that applies without conflict (made by :func:`_effect` from this very data) through ``conn``.

    No trigger of the schema writes (they only refuse), so each row is written
    once. Returns each row written as ``(table, op, values)``: its key, and
    its other values when inserted or deleted, those set when updated.
    """
    ops = {apsw.SQLITE_INSERT: "insert", apsw.SQLITE_UPDATE: "update", apsw.SQLITE_DELETE: "delete"}
    tables: dict[str, tuple[list[str], list[int], str]] = {}
    written: list[tuple[str, str, dict]] = []
    inserts: list[tuple] = []  # consecutive new rows of one table, written together

    def insert_all() -> None:
        if inserts:
            table, names = written[-1][0], tables[written[-1][0]][0]
            conn.executemany(f'INSERT INTO "{table}" ({", ".join(f"[{n}]" for n in names)}) VALUES ({", ".join("?" * len(names))})', inserts)
            inserts.clear()

    for change in apsw.Changeset.iter(changeset):
        table = change.name
        if table not in tables:
            names = [c[0] for c in rows.columns(table)]
            keys = [i for i, c in enumerate(rows.columns(table)) if c[3]]
            tables[table] = names, keys, " AND ".join(f'"{names[i]}" = ?' for i in keys)
        names, keys, where = tables[table]
        op = ops[change.opcode]
        if not (op == "insert" and written and written[-1][:2] == (table, op)):
            insert_all()
        if op == "insert":
            inserts.append(change.new)
            written.append((table, op, dict(zip(names, change.new))))
            continue
        key = tuple(change.old[i] for i in keys)
        if op == "delete":
            conn.execute(f'DELETE FROM "{table}" WHERE {where}', key)
            written.append((table, op, dict(zip(names, change.old))))
            continue
        values = {n: v for n, v in zip(names, change.new) if v is not apsw.no_change}
        if not values:
            continue
        conn.execute(f'UPDATE "{table}" SET {", ".join(f"[{n}] = ?" for n in values)} WHERE {where}', (*values.values(), *key))
        written.append((table, op, {names[i]: change.old[i] for i in keys} | values))
    insert_all()
    return written


def _apply_edits(conn, edits: list[tuple[str, str, str, object]]) -> None:
    """A person's edited values of conflicts, each held to the same checks as any row."""
    rows = DbRows(conn)
    for table, row_id, column, value in edits:
        row = (rows.row(table, {"id": row_id}) or {}) | {column: value}
        try:
            R.validate_row(table, row, R.owner(table, row, rows), rows)
        except Invalid as exc:
            raise Invalid(f"Your edit of {READABLE.get(table, table)} …{short_id(row_id)}: {exc}") from None
        conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (value, row_id))


def read_packet_file(path: str | Path) -> bytes:
    path = Path(path)
    try:
        if path.stat().st_size > packet.MAX_CHANGESET:
            raise ConsultError(f"{path} is larger than any change packet Consult writes; it was not read.")
        return path.read_bytes()
    except OSError as exc:
        raise ConsultError(f"Cannot read {path}: {exc.strerror or exc}.") from None
