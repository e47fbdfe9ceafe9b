"""The workspace: one SQLite file holding many dialogues.

This module (with the rest of ``store/``) is the only code that talks to
SQLite. It hands out domain objects and takes intents; every multi-step write
is one transaction, and status events and measurements can only be appended.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING


if TYPE_CHECKING:
    import sqlite_utils

from ..domain import audience, validate
from ..domain.errors import ConsultError, EnvironmentProblem, Invalid, NotAWorkspace, NotFound
from ..domain.model import (
    AgendaItem,
    Amendment,
    Bundle,
    Commitment,
    DelegationMember,
    Dialogue,
    FollowUpAction,
    Indicator,
    ItemKind,
    Measurement,
    MinutesState,
    Party,
    Person,
    Session,
    SessionState,
    StatusEvent,
    Theme,
    Visibility,
    new_id,
    pick,
)
from ..domain.rules import agenda_order, carry_over, ordinal
from ..domain.text import fold
from . import codec
from . import safety
from .connection import Key, connect, environment_error, migrate, sqlite3
from .opening import BackgroundCheck, Damaged, Tampered, open_file  # noqa: F401  (re-exported for callers)
from .schema import SCHEMA_VERSION


def utc_now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


REVIEW_TITLES = {"en": "Review of commitments", "fr": "Revue des engagements", "es": "Revisión de los compromisos", "ro": "Examinarea angajamentelor", "it": "Esame degli impegni"}
OPENING_TITLES = {"en": "Opening of the session", "fr": "Ouverture de la session", "es": "Apertura de la sesión", "ro": "Deschiderea sesiunii", "it": "Apertura della sessione"}
CLOSING_TITLES = {"en": "Closing and date of the next session", "fr": "Clôture et date de la prochaine session", "es": "Clausura y fecha de la próxima sesión", "ro": "Închiderea sesiunii", "it": "Chiusura della sessione"}


class OlderVersion(ConsultError):
    """The file must be upgraded (written) before it can be read by this version."""


@dataclass(frozen=True)
class RegisterRow:
    """One line of the commitment register (a read model for tables)."""

    id: str
    ref: str
    text: dict
    party_id: str | None
    theme_id: str | None
    made_at_session_id: str | None
    due_on: dt.date | None
    due_session_number: int | None
    lead_institution: str
    internal: bool
    reciprocal_ref: str
    reciprocal_id: str | None
    status: str | None
    status_on: dt.date | None
    status_note: str


@dataclass(frozen=True)
class Hit:
    """One search result."""

    kind: str
    item_id: str
    dialogue_id: str
    label: str
    snippet: str


class Workspace:
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
                ws.db.table("meta").insert_all(
                    [
                        {"key": "workspace_id", "value": new_id()},
                        {"key": "created_at", "value": utc_now()},
                    ]
                )
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
        raise Damaged(self.path, problem)

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
    def _write(self, kind: str) -> Iterator["sqlite_utils.Database"]:
        """One transaction; SQLite errors become plain sentences; listeners hear of it."""
        self.verified()
        if self.readonly:
            raise ConsultError(f"{self.path} is open read-only: nothing can be changed.")
        try:
            with self.db.atomic() as db:
                yield db
        except sqlite3.IntegrityError as exc:
            raise Invalid(_integrity_message(exc)) from None
        except sqlite3.Error as exc:
            raise environment_error(exc, self.path) from None
        for listener in list(self.listeners):
            listener(kind)

    def _rows(self, sql: str, params: Iterable | dict = ()) -> list[dict]:
        try:
            cursor = self.conn.execute(sql, params if isinstance(params, dict) else tuple(params))
            names = [c[0] for c in cursor.description]
            return [dict(zip(names, row)) for row in cursor.fetchall()]
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, (sqlite3.IntegrityError, sqlite3.OperationalError)):
                raise
            raise Damaged(self.path, str(exc)) from None  # a large file read before its deferred check ended

    def _one(self, sql: str, params: Iterable = ()) -> dict | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    # ------------------------------------------------------------ dialogues

    def dialogues(self) -> list[Dialogue]:
        parties: dict[str, list[Party]] = {}
        for row in self._rows("SELECT * FROM parties ORDER BY position, code"):
            parties.setdefault(row["dialogue_id"], []).append(codec.party_from_row(row))
        themes: dict[str, list[Theme]] = {}
        for row in self._rows("SELECT * FROM themes ORDER BY position, code"):
            themes.setdefault(row["dialogue_id"], []).append(codec.theme_from_row(row))
        return [
            codec.dialogue_from_row(row, parties.get(row["id"], []), themes.get(row["id"], []))
            for row in self._rows("SELECT * FROM dialogues ORDER BY code")
        ]

    def dialogue(self, dialogue_id: str) -> Dialogue:
        for d in self.dialogues():
            if d.id == dialogue_id:
                return d
        raise NotFound(f"No dialogue with id {dialogue_id} in this workspace.")

    def dialogue_by_code(self, code: str) -> Dialogue:
        for d in self.dialogues():
            if d.code.lower() == code.lower():
                return d
        codes = ", ".join(d.code for d in self.dialogues()) or "none"
        raise NotFound(f"No dialogue with code '{code}' in this workspace (known: {codes}).")

    def add_dialogue(self, d: Dialogue) -> Dialogue:
        validate.dialogue(d)
        with self._write("dialogue") as db:
            if self._one("SELECT 1 FROM dialogues WHERE code = ?", (d.code,)):
                raise Invalid(f"code: a dialogue with code '{d.code}' already exists.", "code")
            db.table("dialogues").insert(codec.dialogue_row(d))
            db.table("parties").insert_all(
                {"id": p.id, "dialogue_id": d.id, "code": p.code, "name": p.name, "is_home": int(p.is_home), "position": n}
                for n, p in enumerate(d.parties)
            )
            db.table("themes").insert_all(
                {"id": t.id, "dialogue_id": d.id, "code": t.code, "title": codec.jdump(t.title), "standing": int(t.standing), "position": n}
                for n, t in enumerate(d.themes)
            )
            self._index_dialogue(d)
        return d

    # ------------------------------------------------------------ markings

    def marking_order(self) -> list[str]:
        """The workspace's classification levels, lowest first (a document over several dialogues prints the highest)."""
        try:
            order = json.loads(self.meta("marking_order") or "null")
        except ValueError:
            order = None
        if isinstance(order, list) and order and all(isinstance(x, str) for x in order):
            return order
        return list(audience.DEFAULT_MARKING_ORDER)

    def set_marking_order(self, order: Iterable[str]) -> list[str]:
        """Replace the ordered list of levels (lowest first)."""
        levels = audience.check_order(list(order))
        with self._write("workspace"):
            self.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('marking_order', ?)", (codec.jdump(levels),))
        return levels

    def set_marking(self, dialogue_id: str, level: str | None = None, texts: dict[str, str] | None = None) -> Dialogue:
        """Set a dialogue's classification level and/or its wording per language (an empty wording removes it).

        A new level drops the wordings of the old one (they would name the wrong level).
        """
        d = self.dialogue(dialogue_id)
        markings = dict(d.markings)
        if level is not None:
            level = " ".join(validate.text(level, "level", limit=60).split()).upper()
            if level != d.classification.upper():
                markings = {}
            d.classification = level
        for lang, text in (texts or {}).items():
            if not (isinstance(lang, str) and lang.isalpha() and 2 <= len(lang) <= 3 and lang == lang.lower()):
                raise Invalid(f"marking: '{lang}' is not a language code (for example fr).", "marking")
            text = " ".join(validate.text(text, f"marking.{lang}", limit=60).split())
            if text:
                markings[lang] = text
            else:
                markings.pop(lang, None)
        d.markings = markings
        with self._write("dialogue"):
            self.conn.execute(
                "UPDATE dialogues SET classification = ?, markings = ? WHERE id = ?", (d.classification, codec.jdump(d.markings), d.id)
            )
        return d

    # ------------------------------------------------------------- sessions

    def sessions(self, dialogue_id: str) -> list[Session]:
        return [
            codec.session_from_row(r)
            for r in self._rows("SELECT * FROM sessions WHERE dialogue_id = ? ORDER BY number", (dialogue_id,))
        ]

    def session(self, session_id: str) -> Session:
        row = self._one("SELECT * FROM sessions WHERE id = ?", (session_id,))
        if row is None:
            raise NotFound(f"No session with id {session_id}.")
        return codec.session_from_row(row)

    def session_by_number(self, dialogue_id: str, number: int) -> Session:
        row = self._one("SELECT * FROM sessions WHERE dialogue_id = ? AND number = ?", (dialogue_id, number))
        if row is None:
            raise NotFound(f"This dialogue has no session number {number}.")
        return codec.session_from_row(row)

    def add_session(self, s: Session) -> Session:
        validate.session(s)
        with self._write("session") as db:
            if self._one("SELECT 1 FROM sessions WHERE dialogue_id = ? AND number = ?", (s.dialogue_id, s.number)):
                raise Invalid(f"number: this dialogue already has a session number {s.number}.", "number")
            db.table("sessions").insert(codec.session_row(s))
            self._index_session(s)
        return s

    def update_session(self, s: Session) -> Session:
        validate.session(s)
        with self._write("session") as db:
            db.table("sessions").update(s.id, codec.session_row(s))
            self._index_session(s)
        return s

    # --------------------------------------------------------------- people

    def people(self) -> list[Person]:
        return [codec.person_from_row(r) for r in self._rows("SELECT * FROM people ORDER BY name")]

    def add_person(self, p: Person) -> Person:
        validate.text(p.name, "name", required=True, limit=300)
        validate.text(p.title, "title", limit=300)
        validate.text(p.organisation, "organisation", limit=300)
        validate.text(p.email, "email", limit=300)
        validate.text(p.phone, "phone", limit=100)
        with self._write("person") as db:
            db.table("people").insert(codec.person_row(p))
            self._index("person", p.id, "", p.name, [p.name, p.title, p.organisation])
        return p

    def delegation(self, session_id: str) -> list[DelegationMember]:
        """Members of every delegation at a session, heads of delegation first."""
        rows = self._rows(
            "SELECT m.* FROM delegation_members m JOIN parties p ON p.id = m.party_id "
            "WHERE m.session_id = ? ORDER BY p.position, m.is_head DESC, m.position, m.id",
            (session_id,),
        )
        return [codec.member_from_row(r) for r in rows]

    def add_member(self, m: DelegationMember) -> DelegationMember:
        with self._write("delegation") as db:
            db.table("delegation_members").insert(codec.member_row(m))
        return m

    # --------------------------------------------------------------- agenda

    def agenda(self, session_id: str) -> list[AgendaItem]:
        rows = self._rows("SELECT * FROM agenda_items WHERE session_id = ? ORDER BY position", (session_id,))
        return [codec.item_from_row(r) for r in rows]

    def add_agenda_item(self, item: AgendaItem) -> AgendaItem:
        session = self.session(item.session_id)
        d = self.dialogue(session.dialogue_id)
        validate.agenda_item(item, d.languages)
        with self._write("agenda") as db:
            db.table("agenda_items").insert(codec.item_row(item))
            self._index_item(item, d.id)
        return item

    def agenda_item(self, item_id: str) -> AgendaItem:
        row = self._one("SELECT * FROM agenda_items WHERE id = ?", (item_id,))
        if row is None:
            raise NotFound("This agenda item no longer exists.")
        return codec.item_from_row(row)

    def update_agenda_item(self, item: AgendaItem) -> AgendaItem:
        """Change an item. Once the minutes are agreed, its joint record can only be amended."""
        session = self.session(item.session_id)
        d = self.dialogue(session.dialogue_id)
        validate.agenda_item(item, d.languages)
        before = self.agenda_item(item.id)
        if session.minutes_state == MinutesState.AGREED and (before.summary, before.conclusions) != (item.summary, item.conclusions):
            raise Invalid("The minutes of this session are agreed: record an amendment instead of editing them.", "summary")
        with self._write("agenda") as db:
            db.table("agenda_items").update(item.id, codec.item_row(item))
            self._index_item(item, d.id)
        return item

    def delete_agenda_item(self, item_id: str) -> None:
        """Remove an item and its sub-items; the others close ranks."""
        item = self.agenda_item(item_id)
        with self._write("agenda"):
            self._unindex(*[r["id"] for r in self._rows("SELECT id FROM agenda_items WHERE id = ? OR parent_id = ?", (item_id, item_id))])
            self.conn.execute("DELETE FROM agenda_items WHERE id = ?", (item_id,))
            self._renumber(item.session_id, item.parent_id)

    def move_agenda_item(self, item_id: str, parent_id: str | None, position: int) -> None:
        """Put an item at ``position`` among the children of ``parent_id`` (None: top level).

        Items are at most two levels deep (2 and 2.1), as agendas are numbered.
        """
        item = self.agenda_item(item_id)
        if parent_id is not None:
            parent = self.agenda_item(parent_id)
            if parent.session_id != item.session_id or parent.parent_id is not None or parent_id == item_id:
                raise Invalid("An item can only become a sub-item of a top-level item of the same session.")
            if self._one("SELECT 1 FROM agenda_items WHERE parent_id = ?", (item_id,)):
                raise Invalid("An item with sub-items cannot itself become a sub-item.")
        with self._write("agenda"):
            siblings = [
                r["id"]
                for r in self._rows(
                    "SELECT id FROM agenda_items WHERE session_id = ? AND parent_id IS ? AND id <> ? ORDER BY position, id",
                    (item.session_id, parent_id, item_id),
                )
            ]
            position = max(0, min(position, len(siblings)))
            siblings.insert(position, item_id)
            self.conn.execute("UPDATE agenda_items SET parent_id = ? WHERE id = ?", (parent_id, item_id))
            self.conn.executemany("UPDATE agenda_items SET position = ? WHERE id = ?", [(n, i) for n, i in enumerate(siblings)])
            if item.parent_id != parent_id:
                self._renumber(item.session_id, item.parent_id)

    def _renumber(self, session_id: str, parent_id: str | None) -> None:
        ids = [r["id"] for r in self._rows("SELECT id FROM agenda_items WHERE session_id = ? AND parent_id IS ? ORDER BY position, id", (session_id, parent_id))]
        self.conn.executemany("UPDATE agenda_items SET position = ? WHERE id = ?", [(n, i) for n, i in enumerate(ids)])

    # -------------------------------------------------------------- minutes

    def set_minutes_state(self, session_id: str, state: MinutesState) -> Session:
        session = self.session(session_id)
        session.minutes_state = state
        if state == MinutesState.AGREED and session.state != SessionState.MINUTES_AGREED:
            session.state = SessionState.MINUTES_AGREED
        return self.update_session(session)

    def amend_minutes(self, item_id: str, field: str, lang: str, new_text: str, reason: str, on: dt.date) -> Amendment:
        """Change agreed minutes: the text changes, and the amendment (old, new, date, reason) is kept."""
        if field not in ("summary", "conclusions"):
            raise Invalid(f"field: '{field}' is not part of the minutes.", "field")
        validate.text(reason, "reason", required=True)
        validate.text(new_text, "text")
        item = self.agenda_item(item_id)
        texts = dict(getattr(item, field))
        amendment = Amendment(
            session_id=item.session_id, field=field, old_text=texts.get(lang, ""), new_text=new_text,
            amended_on=on, reason=reason, agenda_item_id=item_id, lang=lang,
        )
        validate.date(on, "date")
        texts[lang] = new_text
        setattr(item, field, texts)
        with self._write("minutes") as db:
            db.table("agenda_items").update(item_id, {field: codec.jdump(texts)})
            db.table("minutes_amendments").insert(codec.amendment_row(amendment))
            self._index_item(item, self.session(item.session_id).dialogue_id)
        return amendment

    def next_session(self, dialogue_id: str, starts_on: dt.date, ends_on: dt.date, venue: str = "", host_party_id: str | None = None) -> Session:
        """Create the dialogue's next session with a proposed agenda.

        The agenda opens, reviews the commitments still open (carry-over),
        takes each standing theme, and closes. One transaction.
        """
        d = self.dialogue(dialogue_id)
        sessions = self.sessions(dialogue_id)
        number = max((s.number for s in sessions), default=0) + 1
        session = Session(dialogue_id, number, starts_on, ends_on, venue=venue, host_party_id=host_party_id)
        validate.session(session)
        if sessions and starts_on <= sessions[-1].starts_on:
            raise Invalid(
                f"starts_on: the new session must start after the {ordinal(sessions[-1].number)} session ({sessions[-1].starts_on.isoformat()}).",
                "starts_on",
            )
        commitments = self.commitments(dialogue_id)
        still_open = carry_over(commitments, self.events_by_commitment(dialogue_id), [*sessions, session], session, d.scale)
        labels = {lang: REVIEW_TITLES.get(lang, REVIEW_TITLES["en"]) for lang in d.languages}
        listing = "\n".join(f"{c.ref} — {pick(c.text, d.languages[0], tuple(d.languages))}" for c in still_open)
        items = [AgendaItem(session.id, {lang: OPENING_TITLES.get(lang, OPENING_TITLES["en"]) for lang in d.languages}, 0, kind=ItemKind.OPENING, duration_min=20)]
        items.append(
            AgendaItem(session.id, labels, 1, kind=ItemKind.REVIEW, duration_min=max(30, 5 * len(still_open)),
                       background=f"{len(still_open)} commitments still open:\n{listing}" if still_open else "No commitment is still open.")
        )
        for n, theme in enumerate((t for t in d.themes if t.standing), start=2):
            items.append(AgendaItem(session.id, dict(theme.title), n, theme_id=theme.id, duration_min=45))
        items.append(AgendaItem(session.id, {lang: CLOSING_TITLES.get(lang, CLOSING_TITLES["en"]) for lang in d.languages}, len(items), kind=ItemKind.CLOSING, duration_min=15))
        with self._write("session") as db:
            db.table("sessions").insert(codec.session_row(session))
            self._index_session(session)
            for item in items:
                db.table("agenda_items").insert(codec.item_row(item))
                self._index_item(item, dialogue_id)
        return session

    # ---------------------------------------------------------- commitments

    def commitments(self, dialogue_id: str | None = None) -> list[Commitment]:
        reaffirmed: dict[str, list[str]] = {}
        for row in self._rows(
            "SELECT r.commitment_id, r.session_id FROM commitment_reaffirmations r "
            "JOIN sessions s ON s.id = r.session_id ORDER BY s.number"
        ):
            reaffirmed.setdefault(row["commitment_id"], []).append(row["session_id"])
        if dialogue_id is None:
            rows = self._rows("SELECT * FROM commitments ORDER BY ref")
        else:
            rows = self._rows("SELECT * FROM commitments WHERE dialogue_id = ? ORDER BY ref", (dialogue_id,))
        return [codec.commitment_from_row(r, reaffirmed.get(r["id"], [])) for r in rows]

    def commitment(self, commitment_id: str) -> Commitment:
        row = self._one("SELECT * FROM commitments WHERE id = ?", (commitment_id,))
        if row is None:
            raise NotFound(f"No commitment with id {commitment_id}.")
        return self._commitment(row)

    def commitment_by_ref(self, ref: str) -> Commitment:
        row = self._one("SELECT * FROM commitments WHERE ref = ?", (ref,))
        if row is None:
            row = self._one("SELECT * FROM commitments WHERE lower(ref) = lower(?)", (ref,))
        if row is None:
            raise NotFound(f"No commitment with reference '{ref}' in this workspace.")
        return self._commitment(row)

    def _commitment(self, row: dict) -> Commitment:
        reaffirmed = [
            r["session_id"]
            for r in self._rows(
                "SELECT r.session_id FROM commitment_reaffirmations r JOIN sessions s ON s.id = r.session_id "
                "WHERE r.commitment_id = ? ORDER BY s.number",
                (row["id"],),
            )
        ]
        return codec.commitment_from_row(row, reaffirmed)

    def add_commitment(self, c: Commitment) -> Commitment:
        d = self.dialogue(c.dialogue_id)
        made_at = self.session(c.made_at_session_id) if c.made_at_session_id else None
        validate.commitment(c, d, made_at)
        with self._write("commitment") as db:
            if self._one("SELECT 1 FROM commitments WHERE ref = ?", (c.ref,)):
                raise Invalid(f"ref: the reference '{c.ref}' is already used by another commitment.", "ref")
            row = codec.commitment_row(c)
            # Links may point at commitments added in the same batch: set them after.
            links = {"reciprocal_id": row.pop("reciprocal_id"), "supersedes_id": row.pop("supersedes_id")}
            db.table("commitments").insert(row)
            if any(links.values()):
                db.table("commitments").update(c.id, links)
            db.table("commitment_reaffirmations").insert_all(
                {"commitment_id": c.id, "session_id": s} for s in c.reaffirmed_at
            )
            self._index_commitment(c)
        return c

    def update_commitment(self, c: Commitment) -> Commitment:
        d = self.dialogue(c.dialogue_id)
        made_at = self.session(c.made_at_session_id) if c.made_at_session_id else None
        validate.commitment(c, d, made_at)
        with self._write("commitment") as db:
            if self._one("SELECT 1 FROM commitments WHERE ref = ? AND id <> ?", (c.ref, c.id)):
                raise Invalid(f"ref: the reference '{c.ref}' is already used by another commitment.", "ref")
            db.table("commitments").update(c.id, codec.commitment_row(c))
            self.conn.execute("DELETE FROM commitment_reaffirmations WHERE commitment_id = ?", (c.id,))
            db.table("commitment_reaffirmations").insert_all({"commitment_id": c.id, "session_id": s} for s in c.reaffirmed_at)
            self._index_commitment(c)
        return c

    def register(self, dialogue_id: str) -> list[RegisterRow]:
        """The commitment register of a dialogue as light rows, in one query.

        Each row carries the current status (latest event) and the reciprocal
        commitment's reference, ready for a table view.
        """
        sql = f"""
            SELECT c.id, c.ref, c.text, c.party_id, c.theme_id, c.made_at_session_id, c.due_on, c.due_session_number,
                   c.lead_institution, c.visibility, r.ref AS reciprocal_ref, r.id AS reciprocal_id,
                   e.status, e.effective_on AS status_on, e.note AS status_note
            FROM commitments c
            LEFT JOIN status_events e ON e.rowid = {self.LATEST_EVENT}
            LEFT JOIN commitments r ON r.id = c.reciprocal_id
            WHERE c.dialogue_id = :d
            ORDER BY c.ref
        """
        return [
            RegisterRow(
                id=r["id"], ref=r["ref"], text=json.loads(r["text"]), party_id=r["party_id"], theme_id=r["theme_id"],
                made_at_session_id=r["made_at_session_id"], due_on=codec.s2d(r["due_on"]), due_session_number=r["due_session_number"],
                lead_institution=r["lead_institution"], internal=r["visibility"] == "internal", reciprocal_ref=r["reciprocal_ref"] or "",
                reciprocal_id=r["reciprocal_id"], status=r["status"], status_on=codec.s2d(r["status_on"]), status_note=r["status_note"] or "",
            )
            for r in self._rows(sql, {"d": dialogue_id})
        ]

    # The latest event of a commitment, found through the (commitment_id, effective_on)
    # index: one short seek per commitment instead of a window over every event.
    LATEST_EVENT = (
        "(SELECT x.rowid FROM status_events x WHERE x.commitment_id = c.id "
        "ORDER BY x.effective_on DESC, x.recorded_at DESC, x.id DESC LIMIT 1)"
    )

    def status_counts(self, dialogue_id: str) -> dict[str | None, int]:
        """How many commitments of a dialogue stand at each status now (None: no status yet), in one query."""
        rows = self._rows(
            f"SELECT e.status AS status, count(*) AS n FROM commitments c "
            f"LEFT JOIN status_events e ON e.rowid = {self.LATEST_EVENT} WHERE c.dialogue_id = ? GROUP BY e.status",
            (dialogue_id,),
        )
        return {r["status"]: r["n"] for r in rows}

    def link_reciprocal(self, first_id: str, second_id: str) -> None:
        """Make two commitments each other's quid pro quo."""
        if first_id == second_id:
            raise Invalid("reciprocal: a commitment cannot be its own counterpart.", "reciprocal")
        with self._write("commitment") as db:
            db.table("commitments").update(first_id, {"reciprocal_id": second_id})
            db.table("commitments").update(second_id, {"reciprocal_id": first_id})

    # -------------------------------------------------------- status events

    def events(self, commitment_id: str) -> list[StatusEvent]:
        rows = self._rows(
            "SELECT * FROM status_events WHERE commitment_id = ? ORDER BY effective_on, recorded_at, id", (commitment_id,)
        )
        return [codec.event_from_row(r) for r in rows]

    def events_by_commitment(self, dialogue_id: str | None = None) -> dict[str, list[StatusEvent]]:
        if dialogue_id is None:
            rows = self._rows("SELECT * FROM status_events ORDER BY effective_on, recorded_at, id")
        else:
            rows = self._rows(
                "SELECT e.* FROM status_events e JOIN commitments c ON c.id = e.commitment_id "
                "WHERE c.dialogue_id = ? ORDER BY e.effective_on, e.recorded_at, e.id",
                (dialogue_id,),
            )
        grouped: dict[str, list[StatusEvent]] = {}
        for row in rows:
            grouped.setdefault(row["commitment_id"], []).append(codec.event_from_row(row))
        return grouped

    def log_status(
        self,
        commitment_id: str,
        status: str,
        effective_on: dt.date | None = None,
        note: str = "",
        evidence: str = "",
        author: str = "",
        recorded_where: str = "",
        visibility: Visibility = Visibility.INTERNAL,
    ) -> StatusEvent:
        """Append a status event to a commitment's history (nothing is overwritten).

        The status of a joint commitment is joint; its note and evidence are
        shared only when ``visibility`` is joint (refused on an internal commitment).

        Raises:
            Invalid: a status that is not on the dialogue's scale, a bad date or text.
        """
        c = self.commitment(commitment_id)
        scale = self.dialogue(c.dialogue_id).scale
        if scale.get(status) is None:
            raise Invalid(
                f"status: '{status}' is not on this dialogue's status scale (use one of: {', '.join(scale.codes())}).",
                "status",
            )
        event = StatusEvent(
            commitment_id=c.id,
            effective_on=effective_on or dt.date.today(),
            status=status,
            note=note,
            evidence=evidence,
            author=author,
            recorded_at=utc_now(),
            recorded_where=recorded_where,
            visibility=Visibility(visibility),
        )
        return self.append_event(event)

    def append_event(self, event: StatusEvent) -> StatusEvent:
        validate.date(event.effective_on, "date")
        validate.text(event.note, "note")
        validate.text(event.evidence, "evidence")
        validate.text(event.author, "author", limit=300)
        audience.check_under(event.visibility, self._commitment_visibility(event.commitment_id))
        if not event.recorded_at:
            event = replace(event, recorded_at=utc_now())
        with self._write("status") as db:
            db.table("status_events").insert(codec.event_row(event))
            c = self._one("SELECT dialogue_id, ref FROM commitments WHERE id = ?", (event.commitment_id,))
            if event.note or event.evidence:
                self._index("event", event.id, c["dialogue_id"], c["ref"], [event.note, event.evidence])
        return event

    # ---------------------------------------------------- indicators & co

    def indicators(self, commitment_id: str | None = None) -> list[Indicator]:
        if commitment_id is None:
            rows = self._rows("SELECT * FROM indicators ORDER BY commitment_id, id")
        else:
            rows = self._rows("SELECT * FROM indicators WHERE commitment_id = ? ORDER BY id", (commitment_id,))
        return [codec.indicator_from_row(r) for r in rows]

    def add_indicator(self, i: Indicator) -> Indicator:
        validate.lang_text(i.name, "name", required=True)
        validate.date(i.baseline_on, "baseline_on")
        validate.date(i.target_on, "target_on")
        with self._write("indicator") as db:
            db.table("indicators").insert(codec.indicator_row(i))
            c = self._one("SELECT dialogue_id, ref FROM commitments WHERE id = ?", (i.commitment_id,))
            self._index("indicator", i.id, c["dialogue_id"] if c else "", c["ref"] if c else "", list(i.name.values()))
        return i

    def measurements(self, indicator_id: str) -> list[Measurement]:
        rows = self._rows("SELECT * FROM measurements WHERE indicator_id = ? ORDER BY measured_on, id", (indicator_id,))
        return [codec.measurement_from_row(r) for r in rows]

    def add_measurement(self, m: Measurement) -> Measurement:
        """Append a measurement; joint (value and source shared) only on a joint commitment's indicator."""
        validate.date(m.measured_on, "measured_on")
        validate.text(m.source, "source", limit=1000)
        row = self._one("SELECT c.visibility FROM indicators i JOIN commitments c ON c.id = i.commitment_id WHERE i.id = ?", (m.indicator_id,))
        audience.check_under(m.visibility, Visibility(row["visibility"]) if row else None)
        with self._write("measurement") as db:
            db.table("measurements").insert(codec.measurement_row(m))
        return m

    def actions(self, dialogue_id: str | None = None) -> list[FollowUpAction]:
        if dialogue_id is None:
            rows = self._rows("SELECT * FROM actions ORDER BY due_on, id")
        else:
            rows = self._rows("SELECT * FROM actions WHERE dialogue_id = ? ORDER BY due_on, id", (dialogue_id,))
        return [codec.action_from_row(r) for r in rows]

    def add_action(self, a: FollowUpAction) -> FollowUpAction:
        self._check_action(a)
        with self._write("action") as db:
            db.table("actions").insert(codec.action_row(a))
            self._index("action", a.id, a.dialogue_id, a.assignee, [a.description, a.assignee])
        return a

    def _check_action(self, a: FollowUpAction) -> None:
        validate.text(a.description, "description", required=True)
        validate.text(a.assignee, "assignee", limit=300)
        validate.date(a.due_on, "due_on")
        audience.check_under(a.visibility, self._commitment_visibility(a.commitment_id))

    def _commitment_visibility(self, commitment_id: str | None) -> Visibility | None:
        row = self._one("SELECT visibility FROM commitments WHERE id = ?", (commitment_id,)) if commitment_id else None
        return Visibility(row["visibility"]) if row else None

    def update_action(self, a: FollowUpAction) -> FollowUpAction:
        self._check_action(a)
        with self._write("action") as db:
            db.table("actions").update(a.id, codec.action_row(a))
            self._index("action", a.id, a.dialogue_id, a.assignee, [a.description, a.assignee])
        return a

    def delete_action(self, action_id: str) -> None:
        with self._write("action"):
            self._unindex(action_id)
            self.conn.execute("DELETE FROM actions WHERE id = ?", (action_id,))

    def remove_member(self, member_id: str) -> None:
        with self._write("delegation"):
            self.conn.execute("DELETE FROM delegation_members WHERE id = ?", (member_id,))

    def amendments(self, session_id: str) -> list[Amendment]:
        rows = self._rows("SELECT * FROM minutes_amendments WHERE session_id = ? ORDER BY amended_on, id", (session_id,))
        return [codec.amendment_from_row(r) for r in rows]

    def add_amendment(self, a: Amendment) -> Amendment:
        validate.text(a.reason, "reason", required=True)
        validate.date(a.amended_on, "amended_on")
        with self._write("minutes") as db:
            db.table("minutes_amendments").insert(codec.amendment_row(a))
        return a

    # ------------------------------------------------------- whole bundles

    def bundle(self, dialogue_id: str | None = None) -> Bundle:
        """Everything about one dialogue (or all), in a stable order."""
        dialogues = [d for d in self.dialogues() if dialogue_id is None or d.id == dialogue_id]
        if dialogue_id is not None and not dialogues:
            raise NotFound(f"No dialogue with id {dialogue_id} in this workspace.")
        b = Bundle(dialogues=dialogues)
        for d in dialogues:
            sessions = self.sessions(d.id)
            b.sessions += sessions
            for s in sessions:
                b.members += self.delegation(s.id)
                b.items += agenda_order(self.agenda(s.id))
                b.amendments += self.amendments(s.id)
            commitments = self.commitments(d.id)
            b.commitments += commitments
            events = self.events_by_commitment(d.id)
            for c in commitments:
                b.events += events.get(c.id, [])
                for i in self.indicators(c.id):
                    b.indicators.append(i)
                    b.measurements += self.measurements(i.id)
            b.actions += self.actions(d.id)
        wanted = {m.person_id for m in b.members} | {i.presenter_id for i in b.items if i.presenter_id}
        b.people = [p for p in self.people() if dialogue_id is None or p.id in wanted]
        return b

    def load(self, b: Bundle) -> None:
        """Add a whole bundle in one transaction: all of it, or nothing.

        People already in the workspace (same id) are kept as they are. A
        snapshot is taken first.
        """
        if self.backups and not self.readonly:
            self.snapshot("before import")
        with self._write("import") as db:
            for d in b.dialogues:
                if self._one("SELECT 1 FROM dialogues WHERE id = ? OR code = ?", (d.id, d.code)):
                    raise Invalid(f"The workspace already holds the dialogue {d.code}; nothing was imported.")
            known = {r["id"] for r in self._rows("SELECT id FROM people")}
            db.table("people").insert_all(codec.person_row(p) for p in b.people if p.id not in known)
            for d in b.dialogues:
                db.table("dialogues").insert(codec.dialogue_row(d))
                db.table("parties").insert_all(
                    {"id": p.id, "dialogue_id": d.id, "code": p.code, "name": p.name, "is_home": int(p.is_home), "position": n}
                    for n, p in enumerate(d.parties)
                )
                db.table("themes").insert_all(
                    {"id": t.id, "dialogue_id": d.id, "code": t.code, "title": codec.jdump(t.title), "standing": int(t.standing), "position": n}
                    for n, t in enumerate(d.themes)
                )
            db.table("sessions").insert_all(codec.session_row(s) for s in b.sessions)
            db.table("delegation_members").insert_all(codec.member_row(m) for m in b.members)
            # Parents before children, whatever order the bundle lists them in.
            db.table("agenda_items").insert_all(codec.item_row(i) for i in agenda_order(b.items))
            db.table("minutes_amendments").insert_all(codec.amendment_row(a) for a in b.amendments)
            rows = [codec.commitment_row(c) for c in b.commitments]
            links = [(r["id"], r.pop("reciprocal_id"), r.pop("supersedes_id")) for r in rows]
            db.table("commitments").insert_all(rows)
            for cid, reciprocal, supersedes in links:
                if reciprocal or supersedes:
                    db.table("commitments").update(cid, {"reciprocal_id": reciprocal, "supersedes_id": supersedes})
            db.table("commitment_reaffirmations").insert_all(
                {"commitment_id": c.id, "session_id": s} for c in b.commitments for s in c.reaffirmed_at
            )
            db.table("status_events").insert_all(codec.event_row(e) for e in b.events)
            db.table("indicators").insert_all(codec.indicator_row(i) for i in b.indicators)
            db.table("measurements").insert_all(codec.measurement_row(m) for m in b.measurements)
            db.table("actions").insert_all(codec.action_row(a) for a in b.actions)
            self._reindex_all()

    # --------------------------------------------------------------- search

    def _index(self, kind: str, item_id: str, dialogue_id: str, label: str, texts: Iterable[str]) -> None:
        """(Re)index one item's texts. ``search_rows`` maps the item to its FTS row, so this stays O(log n)."""
        display = "\n".join(t for t in texts if t)
        self._unindex(item_id)
        if display:
            cursor = self.conn.execute(
                "INSERT INTO search_index (body, display, kind, item_id, dialogue_id, label) VALUES (?, ?, ?, ?, ?, ?)",
                (fold(display), display, kind, item_id, dialogue_id, label),
            )
            self.conn.execute("INSERT INTO search_rows (item_id, fts_rowid) VALUES (?, ?)", (item_id, cursor.lastrowid))

    def _unindex(self, *item_ids: str) -> None:
        for item_id in item_ids:
            row = self.conn.execute("SELECT fts_rowid FROM search_rows WHERE item_id = ?", (item_id,)).fetchone()
            if row:
                self.conn.execute("DELETE FROM search_index WHERE rowid = ?", (row[0],))
                self.conn.execute("DELETE FROM search_rows WHERE item_id = ?", (item_id,))

    def _index_dialogue(self, d: Dialogue) -> None:
        texts = [*d.name.values(), d.code, d.instrument_title, *(p.name for p in d.parties)]
        texts += [v for t in d.themes for v in t.title.values()]
        self._index("dialogue", d.id, d.id, d.code, texts)

    def _index_session(self, s: Session) -> None:
        code = self._one("SELECT code FROM dialogues WHERE id = ?", (s.dialogue_id,))
        self._index("session", s.id, s.dialogue_id, f"{code['code'] if code else ''} #{s.number}", [s.venue])

    def _index_item(self, item: AgendaItem, dialogue_id: str) -> None:
        texts = [*item.title.values(), *item.summary.values(), *item.conclusions.values()]
        texts += [item.objective, item.background, item.lines_to_take, item.internal_notes]
        self._index("agenda_item", item.id, dialogue_id, pick(item.title, next(iter(item.title), "")), texts)

    def _index_commitment(self, c: Commitment) -> None:
        self._index("commitment", c.id, c.dialogue_id, c.ref, [c.ref, *c.text.values(), c.lead_institution])

    def _reindex_all(self) -> None:
        """Rebuild the search index from every table (after a migration, an import or a repair)."""
        self.conn.execute("DELETE FROM search_index")
        self.conn.execute("DELETE FROM search_rows")
        for d in self.dialogues():
            self._index_dialogue(d)
            for s in self.sessions(d.id):
                self._index_session(s)
                for item in self.agenda(s.id):
                    self._index_item(item, d.id)
        for c in self.commitments():
            self._index_commitment(c)
        for p in self.people():
            self._index("person", p.id, "", p.name, [p.name, p.title, p.organisation])
        for row in self._rows(
            "SELECT e.id, e.note, e.evidence, c.dialogue_id, c.ref FROM status_events e JOIN commitments c ON c.id = e.commitment_id"
        ):
            if row["note"] or row["evidence"]:
                self._index("event", row["id"], row["dialogue_id"], row["ref"], [row["note"], row["evidence"]])
        for a in self.actions():
            self._index("action", a.id, a.dialogue_id, a.assignee, [a.description, a.assignee])
        for i in self.indicators():
            c = self._one("SELECT dialogue_id, ref FROM commitments WHERE id = ?", (i.commitment_id,))
            self._index("indicator", i.id, c["dialogue_id"] if c else "", c["ref"] if c else "", list(i.name.values()))

    def search(self, query: str, *, dialogue_id: str | None = None, limit: int = 100) -> list[Hit]:
        """Find every text containing all words of ``query`` (as prefixes).

        Case, accents and letters such as ı, đ, ł are folded on both sides, so
        ``bakanligi`` finds ``Bakanlığı`` and ``dorde`` finds ``Đorđe``.
        """
        words = [w for w in _words(fold(query)) if w]
        if not words:
            return []
        match = " ".join(f'"{w}"*' for w in words)
        sql = "SELECT kind, item_id, dialogue_id, label, display FROM search_index WHERE search_index MATCH ?"
        params: list = [match]
        if dialogue_id:
            sql += " AND dialogue_id = ?"
            params.append(dialogue_id)
        sql += " ORDER BY rank LIMIT ?"
        params.append(limit)
        return [
            Hit(r["kind"], r["item_id"], r["dialogue_id"], r["label"], snippet(r["display"], words))
            for r in self._rows(sql, params)
        ]

    # --------------------------------------------------------- whole file

    def counts(self) -> dict[str, int]:
        tables = ["dialogues", "sessions", "people", "agenda_items", "commitments", "status_events", "indicators", "measurements", "actions"]
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}

    def save_copy(self, target: str | Path) -> None:
        """Write a consistent copy of the workspace with SQLite's backup API (never a file copy)."""
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise ConsultError("Choose another file name: a copy cannot replace the workspace itself.")
        safety.backup_to(self.conn, target, new_identity=True)

    def run_in_transaction(self, kind: str, work: Callable[[], None]) -> None:
        """Run several store calls as one transaction (all or nothing)."""
        with self._write(kind):
            work()


def _words(text: str) -> list[str]:
    out, word = [], []
    for ch in text:
        if ch.isalnum():
            word.append(ch)
        elif word:
            out.append("".join(word))
            word = []
    if word:
        out.append("".join(word))
    return out


def snippet(display: str, folded_words: list[str], width: int = 80) -> str:
    """The line of ``display`` where the first word matches, cut to ``width`` around it."""
    for line in display.splitlines():
        folded = fold(line)
        # fold() can change lengths (ß -> ss); map positions character by character.
        positions, acc = [], 0
        for ch in line:
            positions.append(acc)
            acc += len(fold(ch))
        at = folded.find(folded_words[0])
        if at < 0:
            continue
        start_char = max((i for i, p in enumerate(positions) if p <= at), default=0)
        lo = max(0, start_char - width // 3)
        if lo:
            space = line.rfind(" ", 0, lo + 1)
            lo = space + 1 if space >= 0 and lo - space < 15 else lo
        hi = min(len(line), lo + width)
        return ("…" if lo else "") + line[lo:hi] + ("…" if hi < len(line) else "")
    first = display.splitlines()[0] if display else ""
    return first[:width] + ("…" if len(first) > width else "")


def _integrity_message(exc: sqlite3.IntegrityError) -> str:
    text = str(exc)
    if "append-only" in text:
        return "Status events and measurements are append-only: record a new one instead of changing the history."
    if "FOREIGN KEY" in text:
        return "This refers to something that does not exist in the workspace (or is still referred to elsewhere)."
    if "UNIQUE" in text:
        return f"This would duplicate an existing entry ({text.split(':', 1)[-1].strip()})."
    if "CHECK" in text:
        return "These values are not consistent (for example an end before a start)."
    return f"The change was refused by the workspace: {text}."
