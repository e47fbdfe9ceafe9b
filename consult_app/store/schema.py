"""The workspace schema and its migrations.

``PRAGMA user_version`` holds the schema version. Each migration takes the
file from version N-1 to N inside one transaction; a file at version 0 with no
tables is a new workspace. Never edit a released migration: add a new one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlite3  # the store's one driver (see connection.py)

APPLICATION_ID = 0x436E5374  # "CnSt": marks a file as a Consult workspace
SCHEMA_VERSION = 10


def _append_only(table: str, why: str) -> str:
    """The two triggers that keep a table's rows as first written: any update or delete is refused with ``why``."""
    return "\n".join(
        f"CREATE TRIGGER {table}_no_{verb} BEFORE {verb.upper()} ON {table}\nBEGIN SELECT RAISE(ABORT, '{why}'); END;" for verb in ("update", "delete")
    )


V1 = (
    """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE dialogues (
    id TEXT PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,              -- JSON {lang: text}
    level TEXT NOT NULL,
    cadence TEXT NOT NULL DEFAULT '',
    instrument_title TEXT NOT NULL DEFAULT '',
    instrument_signed_on TEXT,
    languages TEXT NOT NULL,         -- JSON ["fr", "en"]
    classification TEXT NOT NULL DEFAULT '',
    scale TEXT NOT NULL              -- JSON {name, levels: [{code, label, tone, closed}]}
);

CREATE TABLE parties (
    id TEXT PRIMARY KEY,
    dialogue_id TEXT NOT NULL REFERENCES dialogues(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    is_home INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (dialogue_id, code)
);

CREATE TABLE themes (
    id TEXT PRIMARY KEY,
    dialogue_id TEXT NOT NULL REFERENCES dialogues(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    standing INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (dialogue_id, code)
);

CREATE TABLE people (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT ''
);

CREATE TABLE sessions (
    id TEXT PRIMARY KEY,
    dialogue_id TEXT NOT NULL REFERENCES dialogues(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    start_time TEXT NOT NULL DEFAULT '09:30',
    venue TEXT NOT NULL DEFAULT '',
    host_party_id TEXT REFERENCES parties(id) ON DELETE SET NULL,
    state TEXT NOT NULL DEFAULT 'planned',
    minutes_state TEXT NOT NULL DEFAULT 'draft',
    UNIQUE (dialogue_id, number),
    CHECK (ends_on >= starts_on)
);

CREATE TABLE delegation_members (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    person_id TEXT NOT NULL REFERENCES people(id),
    party_id TEXT NOT NULL REFERENCES parties(id),
    role TEXT NOT NULL DEFAULT '',
    is_head INTEGER NOT NULL DEFAULT 0,
    is_cochair INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX delegation_members_session ON delegation_members(session_id);

CREATE TABLE agenda_items (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES agenda_items(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    kind TEXT NOT NULL,
    theme_id TEXT REFERENCES themes(id) ON DELETE SET NULL,
    lead_party_id TEXT REFERENCES parties(id) ON DELETE SET NULL,
    presenter_id TEXT REFERENCES people(id) ON DELETE SET NULL,
    duration_min INTEGER NOT NULL DEFAULT 30,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '{}',
    conclusions TEXT NOT NULL DEFAULT '{}',
    objective TEXT NOT NULL DEFAULT '',
    background TEXT NOT NULL DEFAULT '',
    lines_to_take TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_items_session ON agenda_items(session_id, position);

CREATE TABLE commitments (
    id TEXT PRIMARY KEY,
    dialogue_id TEXT NOT NULL REFERENCES dialogues(id) ON DELETE CASCADE,
    ref TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,
    party_id TEXT REFERENCES parties(id),
    made_at_session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
    lead_institution TEXT NOT NULL DEFAULT '',
    theme_id TEXT REFERENCES themes(id) ON DELETE SET NULL,
    due_on TEXT,
    due_session_number INTEGER,
    reciprocal_id TEXT REFERENCES commitments(id) ON DELETE SET NULL,
    supersedes_id TEXT REFERENCES commitments(id) ON DELETE SET NULL,
    visibility TEXT NOT NULL DEFAULT 'joint'
);
CREATE INDEX commitments_dialogue ON commitments(dialogue_id);
CREATE INDEX commitments_party ON commitments(party_id);
CREATE INDEX commitments_theme ON commitments(theme_id);

CREATE TABLE commitment_reaffirmations (
    commitment_id TEXT NOT NULL REFERENCES commitments(id) ON DELETE CASCADE,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    PRIMARY KEY (commitment_id, session_id)
);

-- Append-only: the triggers below refuse any change or deletion, and the
-- foreign key (no cascade) keeps a commitment with history from being deleted.
CREATE TABLE status_events (
    id TEXT PRIMARY KEY,
    commitment_id TEXT NOT NULL REFERENCES commitments(id),
    effective_on TEXT NOT NULL,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    evidence TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL,
    recorded_where TEXT NOT NULL DEFAULT ''
);
CREATE INDEX status_events_commitment ON status_events(commitment_id, effective_on);
"""
    + _append_only("status_events", "status events are append-only")
    + """

CREATE TABLE indicators (
    id TEXT PRIMARY KEY,
    commitment_id TEXT NOT NULL REFERENCES commitments(id),
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    baseline_value REAL NOT NULL,
    baseline_on TEXT,
    target_value REAL NOT NULL,
    target_on TEXT
);
CREATE INDEX indicators_commitment ON indicators(commitment_id);

CREATE TABLE measurements (
    id TEXT PRIMARY KEY,
    indicator_id TEXT NOT NULL REFERENCES indicators(id),
    measured_on TEXT NOT NULL,
    value REAL NOT NULL,
    source TEXT NOT NULL DEFAULT ''
);
CREATE INDEX measurements_indicator ON measurements(indicator_id, measured_on);
"""
    + _append_only("measurements", "measurements are append-only")
    + """

CREATE TABLE actions (
    id TEXT PRIMARY KEY,
    dialogue_id TEXT NOT NULL REFERENCES dialogues(id) ON DELETE CASCADE,
    commitment_id TEXT REFERENCES commitments(id) ON DELETE SET NULL,
    session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
    description TEXT NOT NULL,
    assignee TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    state TEXT NOT NULL DEFAULT 'open'
);
CREATE INDEX actions_dialogue ON actions(dialogue_id, due_on);
"""
)

# Version 2: internal notes per agenda item, the minutes amendment history,
# and full-text search over every text with accent and letter folding.
V2 = """
ALTER TABLE agenda_items ADD COLUMN internal_notes TEXT NOT NULL DEFAULT '';

CREATE TABLE minutes_amendments (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    agenda_item_id TEXT REFERENCES agenda_items(id) ON DELETE SET NULL,
    field TEXT NOT NULL,
    lang TEXT NOT NULL DEFAULT '',
    old_text TEXT NOT NULL,
    new_text TEXT NOT NULL,
    amended_on TEXT NOT NULL,
    reason TEXT NOT NULL
);

-- body holds folded text (see domain.text.fold); display the original.
CREATE VIRTUAL TABLE search_index USING fts5(
    body, display UNINDEXED, kind UNINDEXED, item_id UNINDEXED, dialogue_id UNINDEXED,
    label UNINDEXED, tokenize = "unicode61 remove_diacritics 2"
);
"""


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run statements one by one (executescript would commit the open transaction)."""
    for statement in _split(script):
        conn.execute(statement)


def _split(script: str) -> list[str]:
    statements, buffer = [], []
    for line in script.splitlines():
        if line.strip().startswith("--") and not buffer:
            continue
        buffer.append(line)
        joined = "\n".join(buffer).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            statements.append(joined)
            buffer = []
    if "\n".join(buffer).strip():
        statements.append("\n".join(buffer).strip())
    return statements


# Version 3: offline exchange. Each file knows its own device identity and the
# peers it exchanges change packets with (how many packets sent and received).
V3 = """
-- which FTS row holds an item's text, so re-indexing one item needs no scan
CREATE TABLE search_rows (item_id TEXT PRIMARY KEY, fts_rowid INTEGER NOT NULL);

CREATE TABLE peers (
    device_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    scope_dialogue_id TEXT,          -- a field copy of one dialogue: only its changes travel
    sent INTEGER NOT NULL DEFAULT 0,
    received INTEGER NOT NULL DEFAULT 0
);
INSERT OR IGNORE INTO meta (key, value) VALUES ('device_id', lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))));
INSERT OR IGNORE INTO meta (key, value) VALUES ('device_name', 'Secretariat');
"""

# Version 4: each file its own identity (snapshots are kept per file, so a field
# copy's backups never mix with its secretariat's). An existing file takes its
# device id, which field copies already had of their own.
V4 = """
INSERT OR IGNORE INTO meta (key, value) SELECT 'file_id', value FROM meta WHERE key = 'device_id';
"""

# Version 5: one audience model. Follow-up actions, status events (their note
# and evidence) and measurements (value and source) say whether they are joint
# or internal; people get contact details (internal); a dialogue words its
# classification marking per language, and the workspace ranks the markings.
# Existing content takes the safe choice, internal, except the actions already
# printed in *agreed* joint minutes (those of an agreed session, or under a
# joint commitment adopted at one): the record both sides signed must print
# the same. domain.audience.legacy_action is the same rule for old files.
V5 = """
ALTER TABLE actions ADD COLUMN visibility TEXT NOT NULL DEFAULT 'internal' CHECK (visibility IN ('joint', 'internal'));
ALTER TABLE status_events ADD COLUMN visibility TEXT NOT NULL DEFAULT 'internal' CHECK (visibility IN ('joint', 'internal'));
ALTER TABLE measurements ADD COLUMN visibility TEXT NOT NULL DEFAULT 'internal' CHECK (visibility IN ('joint', 'internal'));
ALTER TABLE people ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE people ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE dialogues ADD COLUMN markings TEXT NOT NULL DEFAULT '{}';
UPDATE actions SET visibility = 'joint'
WHERE coalesce(session_id, (SELECT c.made_at_session_id FROM commitments c WHERE c.id = actions.commitment_id AND c.visibility = 'joint'))
      IN (SELECT id FROM sessions WHERE minutes_state = 'agreed')
  AND (commitment_id IS NULL OR commitment_id IN (SELECT id FROM commitments WHERE visibility = 'joint'));
INSERT OR IGNORE INTO meta (key, value) VALUES ('marking_order', '["UNCLASSIFIED","OFFICIAL","SENSITIVE BUT UNCLASSIFIED","RESTRICTED","CONFIDENTIAL","SECRET","TOP SECRET"]');
"""

# Version 6: signed and encrypted change packets. Each file holds its own
# signing (Ed25519) and encryption (X25519) secret keys in ``meta``, made here
# (so at creation for a new file, and on upgrade for an existing one); each
# partner's row keeps its public keys, its kind (which decides what it may
# change: see store/rights.py), and the SHA-256 of the last packet applied.
# Partners paired before this version have no keys: their packets are refused
# until a new field copy is made.
V6 = """
-- kind: 'field_copy' or 'secretariat' ('' for a partner paired before packets were signed);
-- sign_key, box_key: the partner's Ed25519 and X25519 public keys (hex), stored since keys_since;
-- received_hash: SHA-256 of the last packet applied from it.
ALTER TABLE peers ADD COLUMN kind TEXT NOT NULL DEFAULT '';
ALTER TABLE peers ADD COLUMN sign_key TEXT NOT NULL DEFAULT '';
ALTER TABLE peers ADD COLUMN box_key TEXT NOT NULL DEFAULT '';
ALTER TABLE peers ADD COLUMN keys_since TEXT NOT NULL DEFAULT '';
ALTER TABLE peers ADD COLUMN received_hash TEXT NOT NULL DEFAULT '';
"""


def _v6_keys(conn: sqlite3.Connection) -> None:
    import datetime as dt

    from ..exchange.keys import DeviceSecrets  # PyNaCl: only when a file is made or upgraded

    sign, box = DeviceSecrets.new().hex()
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    conn.executemany("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", [("sign_secret", sign), ("box_secret", box), ("keys_made_at", now)])


# Version 7: documents fit to sign. A party's protocol names per language
# (short name and article, formal name and article, the adjective of its
# delegation: JSON {lang: {short, article, formal, formal_article, adjective}};
# empty: the plain name everywhere), and two internal fields per agenda item
# for the brief's front: what the other side will ask of us, our red lines.
V7 = """
ALTER TABLE parties ADD COLUMN names TEXT NOT NULL DEFAULT '{}';
ALTER TABLE agenda_items ADD COLUMN their_asks TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_items ADD COLUMN red_lines TEXT NOT NULL DEFAULT '';
"""

# Version 8: the other delegation's secretariat and negotiated minutes. Each
# status event names the party that asserted it (each party's assessment is
# kept as its own; existing events are the home party's). The minutes of a
# session are negotiated: circulated versions (frozen texts and their hash),
# the other side's proposals on them, and each head of delegation's sign-off
# (of a version, or of an amendment); versions and sign-offs only grow, a
# decided proposal is final, and agreed minutes never leave that state.
# Amendments say who wrote them and for which party, and stay proposed until
# every party signed them off (existing ones are in force). A partner of the
# new kind "counterpart" is paired for one dialogue as one of its parties.
V8 = (
    """
ALTER TABLE status_events ADD COLUMN party_id TEXT REFERENCES parties(id);
CREATE INDEX status_events_party ON status_events(party_id);
ALTER TABLE minutes_amendments ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE minutes_amendments ADD COLUMN party_id TEXT REFERENCES parties(id);
ALTER TABLE minutes_amendments ADD COLUMN state TEXT NOT NULL DEFAULT 'effective' CHECK (state IN ('proposed', 'effective'));
-- party_id: the party of the shared dialogue that a counterpart speaks for; workspace_id: its workspace
ALTER TABLE peers ADD COLUMN party_id TEXT NOT NULL DEFAULT '';
ALTER TABLE peers ADD COLUMN workspace_id TEXT NOT NULL DEFAULT '';

-- texts: the canonical JSON of the frozen joint texts; hash: its SHA-256 (domain.negotiation)
CREATE TABLE minutes_versions (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    party_id TEXT NOT NULL REFERENCES parties(id),
    texts TEXT NOT NULL,
    hash TEXT NOT NULL,
    circulated_at TEXT NOT NULL,
    circulated_by TEXT NOT NULL DEFAULT '',
    UNIQUE (session_id, number)
);
"""
    + _append_only("minutes_versions", "circulated versions are frozen")
    + """

CREATE TABLE minutes_proposals (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    version_id TEXT NOT NULL REFERENCES minutes_versions(id),
    agenda_item_id TEXT NOT NULL REFERENCES agenda_items(id),
    field TEXT NOT NULL,
    lang TEXT NOT NULL,
    op TEXT NOT NULL CHECK (op IN ('replace', 'insert', 'delete', 'comment')),
    passage TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    party_id TEXT NOT NULL REFERENCES parties(id),
    proposed_at TEXT NOT NULL,
    proposed_by TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'rejected', 'edited')),
    decided_text TEXT NOT NULL DEFAULT '',
    decided_at TEXT NOT NULL DEFAULT '',
    decided_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX minutes_proposals_session ON minutes_proposals(session_id);
CREATE TRIGGER minutes_proposals_final BEFORE UPDATE ON minutes_proposals WHEN OLD.state <> 'open'
BEGIN SELECT RAISE(ABORT, 'a decided proposal is final'); END;
CREATE TRIGGER minutes_proposals_no_delete BEFORE DELETE ON minutes_proposals
BEGIN SELECT RAISE(ABORT, 'proposals are part of the record of the minutes'); END;

-- a head of delegation's sign-off of one version, or of one amendment, by its hash
CREATE TABLE minutes_signoffs (
    id TEXT PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    version_id TEXT REFERENCES minutes_versions(id),
    amendment_id TEXT REFERENCES minutes_amendments(id),
    party_id TEXT NOT NULL REFERENCES parties(id),
    name TEXT NOT NULL,
    hash TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL DEFAULT '',
    CHECK ((version_id IS NULL) <> (amendment_id IS NULL))
);
CREATE INDEX minutes_signoffs_session ON minutes_signoffs(session_id);
"""
    + _append_only("minutes_signoffs", "sign-offs are part of the record of the minutes")
    + """

CREATE TRIGGER sessions_agreed_minutes_stay BEFORE UPDATE OF minutes_state ON sessions
WHEN OLD.minutes_state = 'agreed' AND NEW.minutes_state <> 'agreed'
BEGIN SELECT RAISE(ABORT, 'agreed minutes cannot be set back'); END;
"""
)


def _v8_assessments(conn: sqlite3.Connection) -> None:
    # existing assessments are the home party's: set them past the append-only triggers, then put those back as they were
    triggers = [s for s in _split(V1) if s.startswith("CREATE TRIGGER status_events_")]
    for trigger in triggers:
        conn.execute(f"DROP TRIGGER {trigger.split()[2]}")
    conn.execute(
        "UPDATE status_events SET party_id = (SELECT p.id FROM parties p JOIN commitments c ON c.dialogue_id = p.dialogue_id "
        "WHERE c.id = status_events.commitment_id AND p.is_home = 1)"
    )
    for trigger in triggers:
        conn.execute(trigger)


# Version 9: commitments that live. A commitment is a commitment or a decision,
# in force or ended (withdrawn, or superseded by a newer one) with the date and
# the reason; every change of its text is kept (old and new text, date, reason,
# author), joint when the commitment is (the author ours alone); an indicator
# says which way is good, taken from its baseline and target where it has one.
V9 = """
ALTER TABLE commitments ADD COLUMN kind TEXT NOT NULL DEFAULT 'commitment' CHECK (kind IN ('commitment', 'decision'));
ALTER TABLE commitments ADD COLUMN state TEXT NOT NULL DEFAULT 'in_force' CHECK (state IN ('in_force', 'withdrawn', 'superseded'));
ALTER TABLE commitments ADD COLUMN ended_on TEXT;
ALTER TABLE commitments ADD COLUMN end_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE indicators ADD COLUMN direction TEXT NOT NULL DEFAULT 'up' CHECK (direction IN ('up', 'down'));
UPDATE indicators SET direction = 'down' WHERE target_value < baseline_value;
-- what replaced a commitment: found from the newer one's link
CREATE INDEX commitments_supersedes ON commitments(supersedes_id);

-- No cascade: a commitment whose text has a history is never deleted (it is withdrawn instead).
CREATE TABLE commitment_revisions (
    id TEXT PRIMARY KEY,
    commitment_id TEXT NOT NULL REFERENCES commitments(id),
    revised_on TEXT NOT NULL,
    old_text TEXT NOT NULL,          -- JSON {lang: text}
    new_text TEXT NOT NULL,          -- JSON {lang: text}
    reason TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
);
CREATE INDEX commitment_revisions_commitment ON commitment_revisions(commitment_id, recorded_at);
"""


# Version 10: sessions prepared in an hour. People carry their party (a party
# code, taken for existing people from their latest delegation); delegation
# members say whether their attendance is confirmed (existing ones are: they
# were entered by hand); an agenda item may review a commitment (the
# carry-over sub-items of "Review of commitments") and a day heading has its
# own start time; a session remembers when its ministerial brief was last
# generated (internal: our preparation, not the joint record).
V10 = """
ALTER TABLE people ADD COLUMN party TEXT NOT NULL DEFAULT '';
ALTER TABLE delegation_members ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 1;
ALTER TABLE agenda_items ADD COLUMN commitment_id TEXT REFERENCES commitments(id) ON DELETE SET NULL;
ALTER TABLE agenda_items ADD COLUMN start_time TEXT;
CREATE INDEX agenda_items_commitment ON agenda_items(commitment_id);
ALTER TABLE sessions ADD COLUMN brief_printed_at TEXT NOT NULL DEFAULT '';
UPDATE people SET party = coalesce((
    SELECT p.code FROM delegation_members m JOIN parties p ON p.id = m.party_id JOIN sessions s ON s.id = m.session_id
    WHERE m.person_id = people.id ORDER BY s.starts_on DESC, s.number DESC LIMIT 1), '');
"""


class Migration:
    """One step of the schema: its SQL script, then its data step (new keys, a backfill), if it has one.

    Calling it runs the whole step. :meth:`schema` runs only the script's
    schema statements (CREATE, ALTER, DROP): what :func:`expected_schema`
    needs, without making keys or filling tables.
    """

    __slots__ = ("script", "data")

    def __init__(self, script: str, data: Callable[[sqlite3.Connection], None] | None = None):
        self.script = script
        self.data = data

    def __call__(self, conn: sqlite3.Connection) -> None:
        _run_script(conn, self.script)
        if self.data is not None:
            self.data(conn)

    def schema(self, conn: sqlite3.Connection) -> None:
        for statement in _split(self.script):
            if _is_schema(statement):
                conn.execute(statement)


def _is_schema(statement: str) -> bool:
    """Whether a statement of a script changes the schema (the others, INSERT and UPDATE, change only data)."""
    code = [line for line in statement.splitlines() if not line.strip().startswith("--")]
    return " ".join(code).split(None, 1)[0].upper() in ("CREATE", "ALTER", "DROP")


MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {
    1: Migration(V1),
    2: Migration(V2),
    3: Migration(V3),
    4: Migration(V4),
    5: Migration(V5),
    6: Migration(V6, _v6_keys),
    7: Migration(V7),
    8: Migration(V8, _v8_assessments),
    9: Migration(V9),
    10: Migration(V10),
}

# ---------------------------------------------------------------------------
# Verifying a file's schema: exactly what this version's migrations create
# ---------------------------------------------------------------------------

# Statistics tables SQLite itself may add (ANALYZE, PRAGMA optimize): harmless.
TOLERATED = {"sqlite_stat1", "sqlite_stat4"}


# The current version's schema is also kept, as SQLite writes it, in
# consult_app/schema/workspace-v{SCHEMA_VERSION}.json: reading it at every start is
# quicker than running ten migrations in memory (some milliseconds of start-up).
# tests/store/test_schema.py checks it is exactly what the migrations make;
# ``python -m consult_app.store.schema`` writes it afresh after a new migration.
EXPECTED_FILE = f"schema/workspace-v{SCHEMA_VERSION}.json"


@cache
def expected_schema(version: int) -> dict[str, tuple[str, str, str]]:
    """``name -> (type, table, sql)`` of every object migrations 1..version create.

    The current version's comes from :data:`EXPECTED_FILE`; an older one (a file
    about to be upgraded) is built in memory by :func:`built_schema`.
    """
    if version == SCHEMA_VERSION:
        try:  # package data beside the code (checkout, wheel and PyInstaller alike; importlib.resources costs more to import)
            kept = json.loads((Path(__file__).resolve().parent.parent / EXPECTED_FILE).read_text("utf-8"))
            return {name: tuple(entry) for name, entry in kept.items()}
        except FileNotFoundError:  # a checkout whose new migration has no file yet: the test says so
            pass
    return built_schema(version)


def built_schema(version: int) -> dict[str, tuple[str, str, str]]:
    """The schema migrations 1..version create, built in an in-memory database.

    Only their schema statements run: the data steps change no schema (tests/store/test_schema.py
    checks it against whole migrations) and would cost their imports (PyNaCl for keys).
    A step given as a plain function runs whole.
    """
    conn = sqlite3.connect(":memory:")
    try:
        for step in range(1, version + 1):
            migration = MIGRATIONS[step]
            (migration.schema if isinstance(migration, Migration) else migration)(conn)
        return _objects(conn)
    finally:
        conn.close()


def _objects(conn) -> dict[str, tuple[str, str, str]]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {name: (kind, table, " ".join((sql or "").split())) for kind, name, table, sql in rows}


def schema_differences(conn, version: int) -> list[str]:
    """What differs between a file's schema and the one Consult creates, one phrase each (empty: identical).

    Shadow tables of a virtual table (FTS5's ``search_index_data`` …) are
    compared by name and kind only: their text belongs to SQLite's version.
    """
    expected = expected_schema(version)
    found = _objects(conn)
    virtual = [name for name, (_kind, _table, sql) in expected.items() if sql.upper().startswith("CREATE VIRTUAL TABLE")]

    def shadow(name: str) -> bool:
        return any(name.startswith(v + "_") for v in virtual)

    kinds, extra, changed, missing = [], [], [], []
    for name, (kind, table, sql) in sorted(found.items()):
        if name in TOLERATED:
            continue
        if name not in expected:
            where = f" on {table}" if kind in ("trigger", "index") else ""
            extra.append(f"an unexpected {kind} '{name}'{where}")
            continue
        want_kind, _want_table, want_sql = expected[name]
        if kind != want_kind:
            kinds.append(f"'{name}' is a {kind} where a {want_kind} is expected")
        elif sql != want_sql and not shadow(name):
            changed.append(f"the {kind} '{name}' has been changed")
    for name, (kind, _table, _sql) in sorted(expected.items()):
        if name not in found:
            missing.append(f"the {kind} '{name}' is missing")
    out = kinds + extra + changed + missing  # the most telling first
    return sorted(out, key=lambda phrase: "sqlite_autoindex" in phrase)  # SQLite's own indexes only follow


def write_expected() -> Path:
    """Write :data:`EXPECTED_FILE` from the migrations (after adding one); returns its path."""
    path = Path(__file__).resolve().parent.parent / EXPECTED_FILE
    path.write_text(json.dumps(built_schema(SCHEMA_VERSION), indent=1, sort_keys=True, ensure_ascii=False) + "\n", "utf-8")
    return path


if __name__ == "__main__":
    print(f"wrote {write_expected()}")
