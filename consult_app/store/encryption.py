"""Encrypting a workspace, changing its passphrase, and writing a decrypted copy — each safe against a crash.

Converting never rewrites the file in place. Under the writer's lock, the
whole database is exported (SQLCipher's ``sqlcipher_export``) into a new file
beside it, with the new key (or none); that file is reopened and verified
(schema exactly ours, integrity, every table's row count equal to the
original's); then everything else written for this file is converted the
same way — its snapshots, the baselines in its exchange folder — and only
then is the new file moved over the old one (one ``rename``). Killed at any
moment, the workspace is either the old file or the new one, whole.

Snapshots taken before are **re-encrypted** (never left in the clear, never
lost); raw copies kept by crash recovery or set aside from a damaged open,
which hold the file as it was, are removed. Packets in the exchange folder
are already encrypted to their recipient and are left as they are.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from ..domain.errors import ConsultError
from ..domain.text import counted
from . import safety
from .connection import Key, attach, connect, derive, is_encrypted, key_for, new_key, salt_of, sqlite3
from .opening import open_file, regular_file, sidecar
from .schema import APPLICATION_ID, schema_differences
from .sync import _checkpoint, _fsync  # the crash-test hook (CONSULT_CRASH_AT) and fsync, as the exchange uses them

SUFFIX = ".converting"


def encrypt(path: str | Path, passphrase: str) -> str:
    """Encrypt a plain workspace in place with ``passphrase``; return one sentence saying what was done."""
    real = regular_file(path)
    if is_encrypted(real):
        raise ConsultError(f"{real.name} is already encrypted: use change-passphrase to give it another passphrase.")
    converted = _convert(real, new_key(passphrase))
    return f"Encrypted {real.name}" + (f" and re-encrypted {converted}" if converted else "") + "; no copy in the clear is left behind."


def change_passphrase(path: str | Path, passphrase: str) -> str:
    """Re-encrypt an encrypted workspace (and its snapshots and baselines) with a new passphrase."""
    real = regular_file(path)
    salt = salt_of(real)
    if salt is None:
        raise ConsultError(f"{real.name} is not encrypted: encrypt it first (consult-app encrypt).")
    if derive(passphrase, salt) == key_for(real):
        raise ConsultError(f"The new passphrase is the one {real.name} already has; nothing was changed.")
    converted = _convert(real, new_key(passphrase))
    return f"Changed the passphrase of {real.name}" + (f" and of {converted}" if converted else "") + "."


def decrypt(path: str | Path, out: str | Path) -> str:
    """Write a decrypted copy of an encrypted workspace to ``out`` (a file of its own, like Save a Copy)."""
    real = regular_file(path)
    out = Path(out)
    if not is_encrypted(real):
        raise ConsultError(f"{real.name} is not encrypted: there is nothing to decrypt.")
    if os.path.lexists(out):
        raise ConsultError(f"{out} already exists: choose another name.")
    opened = open_file(real, readonly=True)
    opened.conn.close()
    part = out.with_name(out.name + SUFFIX)
    try:
        export(real, part, None, new_identity=True)
        part.replace(out)
    finally:
        part.unlink(missing_ok=True)
    return f"Wrote a decrypted copy of {real.name} to {out}: it is readable by anyone who has the file."


def export(src: Path, target: Path, key: Key | None, *, new_identity: bool = False) -> None:
    """Write the whole of ``src`` into a new file ``target`` encrypted with ``key`` (plain without one), and verify it.

    Raises:
        ConsultError: the copy does not verify (it is removed).
    """
    target.unlink(missing_ok=True)
    os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        conn = connect(target, key=key)
        try:
            conn.execute("PRAGMA foreign_keys = OFF")
            attach(conn, src, "src", readonly=True)
            version = conn.execute("PRAGMA src.user_version").fetchone()[0]
            application_id = conn.execute("PRAGMA src.application_id").fetchone()[0]
            counts = _counts(conn, "src")
            conn.execute("BEGIN")  # one transaction: in autocommit each table copied is a commit of its own, fsynced (30x slower)
            conn.execute("SELECT sqlcipher_export('main', 'src')")
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE src")
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute(f"PRAGMA application_id = {int(application_id)}")
            if new_identity:
                conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('file_id', ?)", (str(uuid.uuid4()),))
        finally:
            conn.close()
        _verify(target, version, counts, ours=application_id == APPLICATION_ID)
        _fsync(target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _counts(conn, schema: str) -> dict[str, int]:
    tables = [r[0] for r in conn.execute(f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    return {t: conn.execute(f'SELECT count(*) FROM {schema}."{t}"').fetchone()[0] for t in tables}


def _verify(target: Path, version: int, counts: dict[str, int], *, ours: bool) -> None:
    """The converted file must open with its key, be exactly our schema, pass the integrity check, and hold every row."""
    conn = connect(target, readonly=True)
    try:
        problems = schema_differences(conn, version)[:1] if ours else []
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            problems.append(str(rows[0][0]))
        if _counts(conn, "main") != counts:
            problems.append("not every row was copied")
    except sqlite3.Error as exc:
        problems = [str(exc)]
    finally:
        conn.close()
    if problems:
        raise ConsultError(f"The converted copy of {target.name} did not verify ({problems[0]}); it was removed and nothing was changed.")


def _convert(real: Path, key: Key) -> str:
    """Convert the workspace at ``real`` to ``key``, with its snapshots and baselines; return what else was converted."""
    opened = open_file(real)  # the lock, a recovered write, a verified schema: only a good file is converted
    file_id = safety.file_id_in(opened.conn) or "unknown"
    opened.conn.close()
    part = real.with_name(real.name + SUFFIX)
    try:
        export(real, part, key)
        _checkpoint("convert:exported")
        others = _convert_derived(real, file_id, key)
        _checkpoint("convert:derived")
        os.replace(part, real)  # the switch: before it the old file, after it the new one, whole
        _fsync(real.parent)
        _checkpoint("convert:swapped")
        sidecar(real, "-journal").unlink(missing_ok=True)  # a leftover of the old file's last commit (none is hot: it was closed)
    finally:
        part.unlink(missing_ok=True)
        safety.release(real)
    return others


def _convert_derived(real: Path, file_id: str, key: Key) -> str:
    """Snapshots and baselines of this file, converted one by one (each replaced whole); raw leftovers removed."""
    snapshots = [s.path for s in safety.snapshots(file_id)]
    exchange = real.with_name(real.name + "-exchange")
    baselines = [*exchange.glob("*.base"), *exchange.glob("*.next")] if exchange.is_dir() else []
    for path in [*snapshots, *baselines]:
        part = path.with_name(path.name + SUFFIX)
        export(path, part, key)
        os.replace(part, path)
        _checkpoint("convert:one-derived")
    removed = _remove_raw_copies(real, file_id)
    done = []
    if snapshots:
        done.append(counted(len(snapshots), "snapshot"))
    if baselines:
        done.append(counted(len(baselines), "exchange baseline"))
    if removed:
        done.append(f"removed {removed} raw copy(ies) kept by crash recovery")
    return ", ".join(done)


def _remove_raw_copies(real: Path, file_id: str) -> int:
    """Raw copies of this file kept by crash recovery or set aside from a damaged open: they hold it as it was."""
    root = safety.backups_root()
    n = 0
    for raw in [*root.glob(f"recovery/*/{real.name}"), *root.glob(f"set-aside/*--{real.name}*")]:
        if raw.is_file() and _identity_on_disk(raw) == file_id:
            for path in (raw, sidecar(raw, "-journal")):
                if path.exists():
                    path.unlink()
                    n += 1
    return n


def _identity_on_disk(path: Path) -> str | None:
    """The file identity a raw copy holds, read as it is on disk (a journal beside it is not applied)."""
    try:
        conn = connect(path, readonly=True, immutable=True)
        try:
            return safety.file_id_in(conn)
        finally:
            conn.close()
    except (ConsultError, sqlite3.Error):
        return None
