"""Offline exchange between a secretariat and field copies, with SQLite's session extension.

Each side keeps, per peer, a *baseline*: a copy of the data as it stood at the
last exchange with that peer (``<workspace>-exchange/<peer>.base``). A packet
is the changeset that turns the baseline into the current data, computed by
the session extension's diff (through ``apsw``). Importing applies a peer's
changeset with a conflict handler, to a scratch copy first; only when
everything applied does the scratch copy replace the workspace's content
(through the backup API), so a refused or conflicting import writes nothing.

To keep a single SQLite library on the live file, ``apsw`` (which carries its
own SQLite with the session extension) only ever opens scratch copies; the
workspace itself is read and written through the store's own connection.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import apsw

from ..domain.errors import ConsultError, Invalid, NotFound
from ..domain.model import new_id
from ..exchange import packet
from . import safety
from .schema import SCHEMA_VERSION, V1, _split
from .workspace import Workspace, utc_now

SKIP_TABLES = {"meta", "peers", "search_rows"}
READABLE = {
    "dialogues": "dialogue", "parties": "party", "themes": "theme", "people": "person", "sessions": "session",
    "delegation_members": "delegate", "agenda_items": "agenda item", "commitments": "commitment",
    "commitment_reaffirmations": "reaffirmation", "status_events": "status event", "indicators": "indicator",
    "measurements": "measurement", "actions": "follow-up action", "minutes_amendments": "minutes amendment",
}
APPEND_ONLY_DDL = [statement for statement in _split(V1) if statement.startswith("CREATE TRIGGER")]
APPEND_ONLY_TRIGGERS = [statement.split()[2] for statement in APPEND_ONLY_DDL]


def exchange_dir(path: Path) -> Path:
    folder = path.with_name(path.name + "-exchange")
    folder.mkdir(exist_ok=True)
    return folder


def base_path(path: Path, peer_id: str) -> Path:
    return exchange_dir(path) / f"{peer_id}.base"


@dataclass(frozen=True)
class Peer:
    device_id: str
    name: str
    scope_dialogue_id: str | None
    sent: int
    received: int


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
        return f"{READABLE.get(self.table, self.table)} {self.row_id[:8]}…, {self.column}: was {self.original!r}, ours {self.ours!r}, theirs {self.theirs!r}"


@dataclass
class ImportReport:
    header: dict
    added: Counter = field(default_factory=Counter)
    changed: Counter = field(default_factory=Counter)
    deleted: Counter = field(default_factory=Counter)
    conflicts: list[Conflict] = field(default_factory=list)
    already: bool = False
    written: bool = False

    def lines(self) -> list[str]:
        h = self.header
        out = [f"Packet {h['seq']} from {h['from_name']} ({h['created_at']}), {h['changes']} change(s)."]
        if self.already:
            return out + ["It was already imported: nothing changed."]
        for label, counts in (("add", self.added), ("change", self.changed), ("delete", self.deleted)):
            items = ", ".join(f"{n} {READABLE.get(t, t)}{'s' if n > 1 else ''}" for t, n in sorted(counts.items()))
            out.append(f"  {label}: {items or '—'}")
        out.append(f"  conflicts: {len(self.conflicts) or '—'}")
        out += [f"    {c.sentence()}" for c in self.conflicts]
        return out


# --------------------------------------------------------------------------- helpers


def peers(ws: Workspace) -> list[Peer]:
    return [Peer(**r) for r in ws._rows("SELECT device_id, name, scope_dialogue_id, sent, received FROM peers ORDER BY name")]


def device(ws: Workspace) -> tuple[str, str]:
    return ws.meta("device_id") or "", ws.meta("device_name") or ""


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


def _tables(conn) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchall()
    return sorted(r[0] for r in rows if r[0] not in SKIP_TABLES and not r[0].startswith("search_index"))


@contextmanager
def _scratch(ws: Workspace):
    """A private copy of the workspace (backup API) in a temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="consult-sync-"))
    path = folder / "scratch.consult"
    try:
        safety.backup_to(ws.conn, path)
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --------------------------------------------------------------------------- field copy


def field_copy(ws: Workspace, out: str | Path, *, name: str = "Field copy", dialogue_code: str | None = None) -> Path:
    """Make a field copy that remembers where it came from.

    With ``dialogue_code`` the copy holds only that dialogue (and the people
    directory), and only that dialogue's changes travel between the two.
    """
    out = Path(out)
    if out.exists():
        raise ConsultError(f"{out} already exists: choose another name.")
    if not name.strip():
        raise Invalid("--name: a field copy needs a name (for example 'Bamako embassy').")
    d = ws.dialogue_by_code(dialogue_code) if dialogue_code else None
    my_id, my_name = device(ws)
    copy_id = new_id()
    ws.save_copy(out)
    conn = sqlite3.connect(out, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN")
        conn.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", (copy_id,))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'device_name'", (name,))
        conn.execute("DELETE FROM peers")
        conn.execute("INSERT INTO peers (device_id, name, scope_dialogue_id) VALUES (?, ?, ?)", (my_id, my_name, d.id if d else None))
        if d is not None:
            _keep_only(conn, d.id)
        conn.execute("COMMIT")
    except BaseException:
        conn.close()
        out.unlink(missing_ok=True)
        raise
    conn.close()
    with Workspace.open(out, backups=False) as copy:
        copy.run_in_transaction("index", copy._reindex_all)
    # both sides start from the same baseline: the copy as made
    safety.copy_database(out, base_path(out, my_id))
    with ws._write("peers"):
        ws.conn.execute("INSERT INTO peers (device_id, name, scope_dialogue_id) VALUES (?, ?, ?)", (copy_id, name, d.id if d else None))
    with _scratch(ws) as scratch:
        safety.copy_database(scratch, base_path(ws.path, copy_id))
    return out


def _keep_only(conn: sqlite3.Connection, dialogue_id: str) -> None:
    """Remove every other dialogue from a fresh copy (history rows included: the copy never had them)."""
    for trigger in APPEND_ONLY_TRIGGERS:
        conn.execute(f"DROP TRIGGER {trigger}")
    others = "(SELECT id FROM dialogues WHERE id <> :d)"
    commitments = f"(SELECT id FROM commitments WHERE dialogue_id IN {others})"
    sessions = f"(SELECT id FROM sessions WHERE dialogue_id IN {others})"
    for sql in (
        f"DELETE FROM measurements WHERE indicator_id IN (SELECT id FROM indicators WHERE commitment_id IN {commitments})",
        f"DELETE FROM indicators WHERE commitment_id IN {commitments}",
        f"DELETE FROM status_events WHERE commitment_id IN {commitments}",
        f"DELETE FROM actions WHERE dialogue_id IN {others}",
        f"UPDATE commitments SET reciprocal_id = NULL, supersedes_id = NULL WHERE dialogue_id IN {others}",
        f"DELETE FROM commitments WHERE dialogue_id IN {others}",
        f"DELETE FROM agenda_items WHERE session_id IN {sessions} AND parent_id IS NOT NULL",
        f"DELETE FROM sessions WHERE dialogue_id IN {others}",
        "DELETE FROM dialogues WHERE id <> :d",
    ):
        conn.execute(sql, {"d": dialogue_id})
    for statement in APPEND_ONLY_DDL:
        conn.execute(statement)


# --------------------------------------------------------------------------- export


def _dialogue_of(conn, table: str, values: dict) -> str | None:
    """Which dialogue a row belongs to (None: shared by all, like the people directory)."""
    def one(sql: str, arg) -> str | None:
        for schema in ("main", "base"):
            row = conn.execute(sql.replace("{s}", schema), (arg,)).fetchone()
            if row:
                return row[0]
        return None

    if table == "dialogues":
        return values["id"]
    if "dialogue_id" in values:
        return values["dialogue_id"]
    if "session_id" in values:
        return one("SELECT dialogue_id FROM {s}.sessions WHERE id = ?", values["session_id"])
    if "commitment_id" in values:
        return one("SELECT dialogue_id FROM {s}.commitments WHERE id = ?", values["commitment_id"])
    if "indicator_id" in values:
        return one("SELECT c.dialogue_id FROM {s}.indicators i JOIN {s}.commitments c ON c.id = i.commitment_id WHERE i.id = ?", values["indicator_id"])
    return None


def _row(conn, table: str, change) -> dict:
    columns = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
    values = change.new if change.opcode == apsw.SQLITE_INSERT else change.old
    row = {c: v for c, v in zip(columns, values) if v is not apsw.no_change}
    if change.opcode == apsw.SQLITE_UPDATE and len(row) < len(columns):  # fill the unchanged columns from the current row
        pk = row.get("id")
        if pk is not None:
            current = conn.execute(f"SELECT * FROM main.{table} WHERE id = ?", (pk,)).fetchone()
            if current:
                row = dict(zip(columns, current)) | row
    return row


def export_packet(ws: Workspace, to: str | None = None) -> tuple[bytes, dict]:
    """Everything changed here since the last exchange with ``to``: the packet's bytes and header.

    The baseline moves forward (the partner will receive these changes) and
    the packet is kept in the exchange folder's outbox, so it can be sent again.
    """
    peer = find_peer(ws, to)
    base = base_path(ws.path, peer.device_id)
    if not base.exists():
        raise ConsultError(f"The record of the last exchange with {peer.name} is missing ({base}); make a new field copy.")
    my_id, my_name = device(ws)
    with _scratch(ws) as scratch:
        conn = apsw.Connection(str(scratch))
        try:
            conn.execute("ATTACH DATABASE ? AS base", (str(base),))
            session = apsw.Session(conn, "main")
            for table in _tables(conn):
                session.attach(table)
                session.diff("base", table)
            changeset = session.changeset()
            session.close()
            if peer.scope_dialogue_id:
                builder = apsw.ChangesetBuilder()
                for change in apsw.Changeset.iter(changeset):
                    owner = _dialogue_of(conn, change.name, _row(conn, change.name, change))
                    if owner is None or owner == peer.scope_dialogue_id:
                        builder.add_change(change)
                changeset = builder.output()
                builder.close()
            count = sum(1 for _ in apsw.Changeset.iter(changeset))
            conn.execute("DETACH DATABASE base")
        finally:
            conn.close()
        seq = peer.sent + 1
        header = {
            "workspace_id": ws.workspace_id, "schema_version": SCHEMA_VERSION, "from_device": my_id, "from_name": my_name,
            "to_device": peer.device_id, "seq": seq, "created_at": utc_now(), "changes": count,
        }
        data = packet.encode(header, changeset)
        outbox = exchange_dir(ws.path) / "outbox"
        outbox.mkdir(exist_ok=True)
        (outbox / f"{peer.name}-{seq:04d}.packet".replace("/", "_")).write_bytes(data)
        safety.copy_database(scratch, base)
    with ws._write("peers"):
        ws.conn.execute("UPDATE peers SET sent = ? WHERE device_id = ?", (seq, peer.device_id))
    return data, header


# --------------------------------------------------------------------------- import


def _values(table_change, conn, table: str) -> tuple[list[str], dict, dict]:
    columns = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
    old = dict(zip(columns, table_change.old or ())) if table_change.old else {}
    new = dict(zip(columns, table_change.new or ())) if table_change.new else {}
    return columns, old, new


def import_packet(
    ws: Workspace,
    data: bytes,
    *,
    name: str = "the packet",
    dry_run: bool = False,
    policy: str | None = None,
    resolutions: dict[tuple[str, str, str], object] | None = None,
) -> ImportReport:
    """Apply a partner's packet; refuse what is not for this workspace.

    Args:
        policy: None (stop on any conflict, write nothing), "ours" or "theirs".
        resolutions: per conflict ``(table, row id, column) -> value`` chosen by a person
            (keep ours, take theirs, or an edited value); they win over ``policy``.
    """
    header, changeset = packet.decode(data, name=name)
    if header["workspace_id"] != ws.workspace_id:
        raise packet.BadPacket(f"{name} is for another workspace, not {ws.path.name}; nothing was imported.")
    if header["schema_version"] > SCHEMA_VERSION:
        raise packet.BadPacket(f"{name} comes from a newer version of Consult (schema {header['schema_version']}); update Consult to import it.")
    my_id, _ = device(ws)
    if header["to_device"] != my_id:
        raise packet.BadPacket(f"{name} is addressed to another copy of this workspace, not to this one; nothing was imported.")
    peer = next((p for p in peers(ws) if p.device_id == header["from_device"]), None)
    if peer is None:
        raise packet.BadPacket(f"{name} comes from {header['from_name']}, which is not an exchange partner of this copy.")
    report = ImportReport(header)
    if header["seq"] <= peer.received:
        report.already = True
        return report
    if header["seq"] > peer.received + 1:
        raise ConsultError(f"{name} is packet {header['seq']} from {peer.name}, but the last one imported was {peer.received}: import packet {peer.received + 1} first.")
    if policy not in (None, "ours", "theirs"):
        raise Invalid(f"policy: '{policy}' is not one of: ours, theirs.")
    resolutions = resolutions or {}
    base = base_path(ws.path, peer.device_id)
    if not base.exists():
        raise ConsultError(f"The record of the last exchange with {peer.name} is missing ({base}); make a new field copy.")
    edits: list[tuple[str, str, str, object]] = []
    hard: list[str] = []

    with _scratch(ws) as scratch:
        conn = apsw.Connection(str(scratch))
        try:
            conn.execute("PRAGMA foreign_keys = ON")

            def on_conflict(reason: int, change) -> int:
                table = change.name
                columns, old, new = _values(change, conn, table)
                current = dict(zip(columns, change.conflict)) if change.conflict else {}
                if reason in (apsw.SQLITE_CHANGESET_DATA, apsw.SQLITE_CHANGESET_CONFLICT):
                    target = new if new else {}
                    differing = [c for c, v in target.items() if v is not apsw.no_change and current.get(c) != v]
                    if change.opcode == apsw.SQLITE_DELETE:
                        differing = [c for c, v in old.items() if v is not apsw.no_change and current.get(c) != v]
                    if not differing:
                        return apsw.SQLITE_CHANGESET_OMIT  # already so here (the same packet again)
                    choice_is_theirs = policy == "theirs"
                    row_id = str(current.get("id") or next(iter(current.values()), ""))
                    for column in differing:
                        theirs = None if change.opcode == apsw.SQLITE_DELETE else target.get(column)
                        conflict = Conflict(table, row_id, column, old.get(column), current.get(column), theirs)
                        report.conflicts.append(conflict)
                        key = (table, row_id, column)
                        if key in resolutions:
                            choice_is_theirs = True
                            if resolutions[key] != theirs:
                                edits.append((table, row_id, column, resolutions[key]))
                    return apsw.SQLITE_CHANGESET_REPLACE if choice_is_theirs else apsw.SQLITE_CHANGESET_OMIT
                if reason == apsw.SQLITE_CHANGESET_NOTFOUND:
                    if change.opcode == apsw.SQLITE_DELETE:
                        return apsw.SQLITE_CHANGESET_OMIT  # deleted here too
                    row_id = str(old.get("id", ""))
                    report.conflicts.append(Conflict(table, row_id, "(row)", "present", "deleted here", "changed there"))
                    return apsw.SQLITE_CHANGESET_OMIT
                if reason == apsw.SQLITE_CHANGESET_CONSTRAINT:
                    values = new or old
                    hard.append(f"a {READABLE.get(table, table)} from {peer.name} clashes with one here ({', '.join(f'{k}={v!r}' for k, v in values.items() if k in ('ref', 'code', 'number'))}); rename one and send again")
                    return apsw.SQLITE_CHANGESET_ABORT
                if reason == apsw.SQLITE_CHANGESET_FOREIGN_KEY:
                    hard.append(f"{change.op if hasattr(change, 'op') else 'some'} changes from {peer.name} refer to things this copy does not have")
                    return apsw.SQLITE_CHANGESET_ABORT
                return apsw.SQLITE_CHANGESET_ABORT

            for change in apsw.Changeset.iter(changeset):
                bucket = {apsw.SQLITE_INSERT: report.added, apsw.SQLITE_UPDATE: report.changed, apsw.SQLITE_DELETE: report.deleted}[change.opcode]
                bucket[change.name] += 1
            try:
                apsw.Changeset.apply(changeset, conn, conflict=on_conflict)
            except apsw.AbortError:
                raise ConsultError(f"{name} cannot be applied: " + "; ".join(hard or ["it does not fit this copy"]) + ". Nothing was imported.") from None
            for table, row_id, column, value in edits:
                conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (value, row_id))
            unresolved = [c for c in report.conflicts if (c.table, c.row_id, c.column) not in resolutions]
            if unresolved and policy is None:
                return report  # nothing written: the caller lists the conflicts
            if dry_run:
                return report
            conn.execute("UPDATE peers SET received = ? WHERE device_id = ?", (header["seq"], peer.device_id))
        finally:
            conn.close()
        # the partner's state is now shared: move the baseline with it, whatever was chosen here
        _apply_to_base(base, changeset)
        if ws.readonly:
            raise ConsultError(f"{ws.path} is open read-only: nothing can be changed.")
        if ws.backups:
            ws.snapshot("before receiving changes")
        src = sqlite3.connect(f"file:{scratch}?mode=ro", uri=True)
        try:
            src.backup(ws.conn)  # the whole scratch copy replaces the content, in one step
        finally:
            src.close()
        ws.run_in_transaction("import", ws._reindex_all)
    report.written = True
    return report


def _apply_to_base(base: Path, changeset: bytes) -> None:
    conn = apsw.Connection(str(base))
    try:
        apsw.Changeset.apply(
            changeset,
            conn,
            conflict=lambda reason, change: apsw.SQLITE_CHANGESET_REPLACE
            if reason in (apsw.SQLITE_CHANGESET_DATA, apsw.SQLITE_CHANGESET_CONFLICT)
            else apsw.SQLITE_CHANGESET_OMIT,
        )
    finally:
        conn.close()


def read_packet_file(path: str | Path) -> bytes:
    path = Path(path)
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ConsultError(f"Cannot read {path}: {exc.strerror or exc}.") from None

