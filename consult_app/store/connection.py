"""Opening a workspace file: recognise it, key it when it is encrypted, set the pragmas, migrate.

A Consult workspace is one SQLite file marked with our ``application_id``.
It uses a rollback journal (``journal_mode=DELETE``) so that at rest it is one
self-contained file that can be copied or emailed, and ``synchronous=FULL`` so
that a committed change survives a power cut.

**Encryption at rest.** Every connection to a workspace-like file — the
workspace, its snapshots, scratch copies, baselines, field copies — is opened
by :func:`connect` (or :func:`connect_apsw` for the session extension) through
SQLCipher 4 (``sqlcipher3``; ``apsw-sqlite3mc`` speaks the same format). A
file without a key is plain SQLite through the same driver. An encrypted file
has no "SQLite format 3" header: its first 16 bytes are the salt of
SQLCipher's key derivation (PBKDF2-HMAC-SHA512, 256,000 iterations — its own
defaults, done here once per salt so that each further connection costs no
derivation). Keys live only in this process: :func:`offer_passphrase` adds a
passphrase to try, and the derived key is kept per salt. Files made from an
encrypted workspace (snapshots, baselines, scratch copies) are keyed with the
same key and salt, so the workspace's passphrase opens each of them.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlite3  # SQLCipher 4's DB-API: plain SQLite when no key is given

from ..domain.errors import EnvironmentProblem, NewerVersion, NotAWorkspace, PassphraseNeeded, WrongPassphrase  # noqa: F401 (re-exported)
from .schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
SALT_SIZE = 16
KDF_ITERATIONS = 256_000  # SQLCipher 4's default (PBKDF2-HMAC-SHA512, 32-byte key)
SMALLEST_PAGE = 512
ENCRYPTED_CACHE_KIB = -65536  # an encrypted file's page cache: 64 MiB at most (SQLite's default is 2 MiB), filled as pages are read


@dataclass(frozen=True)
class Key:
    """A derived SQLCipher key and the salt it was derived with (the salt is the file's first 16 bytes)."""

    raw: bytes = field(repr=False)
    salt: bytes

    @property
    def pragma(self) -> str:
        """SQLCipher's raw key with explicit salt (``x'<key><salt>'``): no derivation when a connection opens."""
        return f"x'{self.raw.hex()}{self.salt.hex()}'"


_keys: dict[bytes, Key] = {}  # salt -> key derived this run
_offered: list[str] = []  # passphrases given this run, tried on a file whose salt has no key yet


def derive(passphrase: str, salt: bytes) -> Key:
    """SQLCipher 4's own key derivation (what ``PRAGMA key = 'passphrase'`` does), once per salt."""
    import hashlib  # only for an encrypted file (OpenSSL's start is not free)

    raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, 32)
    return Key(raw, salt)


def new_key(passphrase: str) -> Key:
    """A key for a new encrypted file (a fresh random salt), known to this process from now on."""
    import secrets

    key = derive(passphrase, secrets.token_bytes(SALT_SIZE))
    _keys[key.salt] = key
    offer_passphrase(passphrase)
    return key


def offer_passphrase(passphrase: str) -> None:
    """Let this process try ``passphrase`` on encrypted files whose key it does not know yet."""
    if passphrase and passphrase not in _offered:
        _offered.append(passphrase)


def withdraw_passphrase(passphrase: str) -> None:
    """Stop trying a passphrase that turned out wrong."""
    if passphrase in _offered:
        _offered.remove(passphrase)


def forget_keys() -> None:
    """Forget every passphrase and key given to this process (tests and benchmarks start afresh with it)."""
    _keys.clear()
    _offered.clear()


def salt_of(path: Path) -> bytes | None:
    """The salt of an encrypted file; None for a plain SQLite file, an empty or a missing one.

    An SQLCipher file shows nothing but random bytes, so anything that is not
    SQLite and not a whole number of pages cannot be one and is refused here.
    """
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):
            return None  # a folder, a FIFO, a device: never opened here (opening refuses it in one sentence)
        with path.open("rb") as fh:
            head = fh.read(100)
        size = st.st_size
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise NotAWorkspace(f"{path} cannot be read: {exc.strerror or exc}.") from None
    if not head or head.startswith(SQLITE_HEADER):
        return None
    if size < SMALLEST_PAGE or size % SMALLEST_PAGE:
        raise NotAWorkspace(f"{path} is not a Consult workspace (it is not an SQLite database).")
    return head[:SALT_SIZE]


def is_encrypted(path: Path) -> bool:
    return salt_of(Path(path)) is not None


def key_for(path: Path) -> Key | None:
    """The key of the file at ``path`` (None when it is plain), from those this process knows or was offered.

    Raises:
        PassphraseNeeded: it is encrypted and no passphrase was given.
        WrongPassphrase: none of the passphrases given opens it.
    """
    path = Path(path)
    salt = salt_of(path)
    if salt is None:
        return None
    if salt in _keys:
        return _keys[salt]
    if not _offered:
        raise PassphraseNeeded(path)
    for passphrase in _offered:
        key = derive(passphrase, salt)
        if _opens(path, key):
            _keys[salt] = key
            return key
    raise WrongPassphrase(path)


def _opens(path: Path, key: Key) -> bool:
    """Whether ``key`` decrypts the file's first page (read as it is on disk, without touching a journal)."""
    conn = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
    try:
        _quiet(conn)
        conn.execute(f'PRAGMA key = "{key.pragma}"')
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
    finally:
        conn.close()


def _quiet(conn) -> None:
    """SQLCipher logs decryption failures to stderr: a wrong passphrase is our sentence, not its log."""
    conn.execute("PRAGMA cipher_log_level = NONE")


class Connection(sqlite3.Connection):
    """A connection that remembers the key it was opened with (None: a plain file)."""

    key: Key | None = None


def connect(path: Path, *, readonly: bool = False, key: Key | None = None, immutable: bool = False) -> Connection:
    """Open a workspace-like file with our pragmas, keyed when it is encrypted. Transactions are explicit (autocommit).

    The one way the store opens such a file. ``key`` makes a new file
    encrypted (or names the key outright); without it the file's own key is
    found (:func:`key_for`), and a plain or new file stays plain. ``immutable``
    (read-only) reads the file as it is on disk, ignoring a journal beside it.

    Raises:
        PassphraseNeeded / WrongPassphrase: it is encrypted and no passphrase given fits.
        EnvironmentProblem: SQLite or the disk refused (one sentence).
    """
    path = Path(path)
    if key is not None:
        _keys.setdefault(key.salt, key)  # so the files made from this one open with it too
    key = key or key_for(path)
    mode = "ro&immutable=1" if immutable else "ro" if readonly else "rwc"
    readonly = readonly or immutable
    try:
        conn = sqlite3.connect(f"file:{path.as_posix()}?mode={mode}", uri=True, isolation_level=None, check_same_thread=False, factory=Connection)
        conn.key = key
        _quiet(conn)
        if key is not None:
            conn.execute(f'PRAGMA key = "{key.pragma}"')
            # every page read from the disk (even from the OS's cache) is decrypted and checked: keep more of them decrypted
            conn.execute(f"PRAGMA cache_size = {ENCRYPTED_CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA secure_delete = ON")  # deleted text is overwritten, never left in free pages
        if not readonly:
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.Error as exc:
        raise environment_error(exc, path) from None
    return conn


def connect_apsw(path: Path):
    """The same file through APSW (SQLite3 Multiple Ciphers, SQLCipher 4 format) for the session extension.

    A workspace and its baselines are only read this way: a packet's effect on them is worked out in a transaction
    that is rolled back (``store/sync.py``), and the store's own connection writes it, since the two libraries cannot
    roll back each other's journals of an encrypted file. Only the throwaway copy an export prepares is written here.
    """
    import apsw  # only the exchange needs it (not loaded at start-up)

    key = key_for(Path(path))
    conn = apsw.Connection(str(path))
    if key is not None:
        conn.execute("PRAGMA cipher = 'sqlcipher'")
        conn.execute("PRAGMA legacy = 4")
        conn.execute(f'PRAGMA key = "{key.pragma}"')
    # databases attached to it later are SQLCipher 4 files too
    conn.execute("SELECT sqlite3mc_config('cipher', 'sqlcipher'), sqlite3mc_config('sqlcipher', 'legacy', 4)")
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def attach(conn, path: Path, schema: str, *, readonly: bool = False) -> None:
    """Attach another workspace-like file to ``conn`` under ``schema``, with its own key (or none: plain).

    SQLCipher would otherwise attach it with the main file's key.
    """
    key = key_for(Path(path))
    where = f"file:{Path(path).as_posix()}?mode=ro" if readonly else str(path)
    conn.execute(f"ATTACH DATABASE ? AS {schema} KEY ?", (where, key.pragma if key else ""))


def inspect_file(path: Path) -> tuple[int, int]:
    """Return ``(application_id, user_version)`` of the file.

    A plain file's 100-byte header is read directly, so a file that is not
    ours is never opened by SQLite at all; an encrypted one is read with its
    key, as it is on disk. Raises :class:`NotAWorkspace` for anything that is
    not an SQLite database, :class:`PassphraseNeeded` for an encrypted one
    without its passphrase.
    """
    if not path.exists():
        raise NotAWorkspace(f"{path} does not exist.")
    key = key_for(path)
    if key is not None:
        conn = connect(path, immutable=True)  # as it is on disk: a hot journal is recovered later, under the lock
        try:
            return conn.execute("PRAGMA application_id").fetchone()[0], conn.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError:
            raise NotAWorkspace(f"{path} is damaged or not a Consult workspace.") from None
        finally:
            conn.close()
    header = _header(path)
    if len(header) == 0:
        return (0, 0)  # an empty file: SQLite treats it as a new database
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise NotAWorkspace(f"{path} is not a Consult workspace (it is not an SQLite database).")
    user_version = int.from_bytes(header[60:64], "big")
    application_id = int.from_bytes(header[68:72], "big")
    return application_id, user_version


def _header(path: Path) -> bytes:
    """The first 100 bytes; the caller has made sure ``path`` is a regular file (see ``opening.regular_file``)."""
    try:
        with path.open("rb") as fh:
            return fh.read(100)
    except OSError as exc:
        raise NotAWorkspace(f"{path} cannot be read: {exc.strerror or exc}.") from None


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
            f"{path} was written by a newer version of Consult (schema {version}; this version reads up to {SCHEMA_VERSION}): update Consult to open it."
        )
    return version


def _has_tables(path: Path) -> bool:
    conn = connect(path, readonly=True)
    try:
        return conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
    except sqlite3.DatabaseError:
        raise NotAWorkspace(f"{path} is damaged or not a Consult workspace.") from None
    finally:
        conn.close()


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
        return EnvironmentProblem(f"{path} is busy in another program: close it there and try again; nothing was changed.")
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return EnvironmentProblem(f"{path} is damaged: restore it from a backup.")
    if "unable to open" in text:
        folder = os.path.dirname(os.path.abspath(str(path)))
        return EnvironmentProblem(f"{path} cannot be opened: check that the folder {folder} exists and is writable.")
    return EnvironmentProblem(f"{path}: {exc}.")
