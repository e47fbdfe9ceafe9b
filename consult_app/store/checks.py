"""Checking a workspace: SQLite's own checks plus the application's.

Runs on a read-only connection, so checking never changes a byte of the
file — except to roll back an interrupted write (a hot journal), which any
open does first, and which the report names.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.model import Tone
from ..domain.text import counted
from .connection import sqlite3
from .opening import open_file
from .schema import schema_differences


@dataclass
class Report:
    """What a check found: ``problems`` empty means healthy; ``notices`` say what opening did (not problems)."""

    path: Path
    schema_version: int
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return not self.problems


# (description, SQL returning one row per problem with a readable 'what' column)
APP_CHECKS: list[tuple[str, str]] = [
    (
        "reciprocal link to a missing commitment",
        "SELECT ref AS what FROM commitments c WHERE reciprocal_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM commitments o WHERE o.id = c.reciprocal_id)",
    ),
    (
        "reciprocal link to a commitment of another dialogue",
        "SELECT c.ref AS what FROM commitments c JOIN commitments o ON o.id = c.reciprocal_id WHERE o.dialogue_id <> c.dialogue_id",
    ),
    (
        "supersedes a missing commitment",
        "SELECT ref AS what FROM commitments c WHERE supersedes_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM commitments o WHERE o.id = c.supersedes_id)",
    ),
    (
        "status event for a missing commitment",
        "SELECT id AS what FROM status_events e WHERE NOT EXISTS (SELECT 1 FROM commitments c WHERE c.id = e.commitment_id)",
    ),
    ("measurement for a missing indicator", "SELECT id AS what FROM measurements m WHERE NOT EXISTS (SELECT 1 FROM indicators i WHERE i.id = m.indicator_id)"),
    (
        "session that starts before the session numbered before it",
        "SELECT d.code || ' session ' || s.number AS what FROM sessions s JOIN sessions p "
        "ON p.dialogue_id = s.dialogue_id AND p.number < s.number AND p.starts_on > s.starts_on "
        "JOIN dialogues d ON d.id = s.dialogue_id GROUP BY s.id",
    ),
    ("session that ends before it starts", "SELECT id AS what FROM sessions WHERE ends_on < starts_on"),
    (
        "sub-item whose parent belongs to another session",
        "SELECT i.id AS what FROM agenda_items i JOIN agenda_items p ON p.id = i.parent_id WHERE p.session_id <> i.session_id",
    ),
    (
        "commitment made at a session of another dialogue",
        "SELECT c.ref AS what FROM commitments c JOIN sessions s ON s.id = c.made_at_session_id WHERE s.dialogue_id <> c.dialogue_id",
    ),
    (
        "commitment whose responsible party is not a party to its dialogue",
        "SELECT c.ref AS what FROM commitments c JOIN parties p ON p.id = c.party_id WHERE p.dialogue_id <> c.dialogue_id",
    ),
    (
        "delegation member whose party is not a party to the session's dialogue",
        "SELECT m.id AS what FROM delegation_members m JOIN sessions s ON s.id = m.session_id "
        "JOIN parties p ON p.id = m.party_id WHERE p.dialogue_id <> s.dialogue_id",
    ),
    (
        "agenda item reviewing a commitment of another dialogue",
        "SELECT i.id AS what FROM agenda_items i JOIN sessions s ON s.id = i.session_id "
        "JOIN commitments c ON c.id = i.commitment_id WHERE c.dialogue_id <> s.dialogue_id",
    ),
    (
        "break, lunch or day heading that is a sub-item or holds sub-items",
        "SELECT i.id AS what FROM agenda_items i LEFT JOIN agenda_items p ON p.id = i.parent_id "
        "WHERE (i.kind IN ('break', 'lunch', 'day') AND i.parent_id IS NOT NULL) OR p.kind IN ('break', 'lunch', 'day')",
    ),
    (
        "day heading whose start is not a time of day such as 09:30",
        "SELECT id AS what FROM agenda_items WHERE start_time IS NOT NULL "
        "AND NOT (start_time GLOB '[01][0-9]:[0-5][0-9]' OR start_time GLOB '2[0-3]:[0-5][0-9]')",
    ),
    (
        "dialogue without exactly one home party",
        "SELECT d.code AS what FROM dialogues d WHERE (SELECT count(*) FROM parties p WHERE p.dialogue_id = d.id AND p.is_home) <> 1",
    ),
]


# Every column that holds JSON, and the form Consult writes in it: "texts" {lang: text}, "list" [text],
# "names" {lang: {…}}, "scale" {name, levels: [{code, label, tone, closed}]}, "object" {…}. Opening a
# workspace, the check below and the tests (tests/store/test_checks.py) all go by this one list.
JSON_COLUMNS: list[tuple[str, str, str]] = [
    ("dialogues", "name", "texts"),
    ("dialogues", "languages", "list"),
    ("dialogues", "scale", "scale"),
    ("dialogues", "markings", "texts"),
    ("parties", "names", "names"),
    ("themes", "title", "texts"),
    ("agenda_items", "title", "texts"),
    ("agenda_items", "summary", "texts"),
    ("agenda_items", "conclusions", "texts"),
    ("commitments", "text", "texts"),
    ("indicators", "name", "texts"),
    ("commitment_revisions", "old_text", "texts"),
    ("commitment_revisions", "new_text", "texts"),
    ("minutes_versions", "texts", "object"),
]

_TONES = ", ".join(f"'{t.value}'" for t in Tone)
_LEVEL_UNREADABLE = (
    "type <> 'object' OR json_type(value, '$.code') IS NOT 'text' OR json_type(value, '$.label') IS NOT 'text' "
    f"OR coalesce(json_extract(value, '$.tone'), '') NOT IN ({_TONES}) OR json_type(value, '$.closed') IS NULL"
)
# each form: (the JSON type it is, then the SQL that is true when its parts are not what Consult writes)
_FORMS = {
    "texts": ("object", "EXISTS (SELECT 1 FROM json_each({c}) WHERE type <> 'text')"),
    "list": ("array", "EXISTS (SELECT 1 FROM json_each({c}) WHERE type <> 'text')"),
    "names": ("object", "EXISTS (SELECT 1 FROM json_each({c}) WHERE type <> 'object')"),
    "scale": (
        "object",
        "json_type({c}, '$.name') IS NOT 'text' OR json_type({c}, '$.levels') IS NOT 'array' "
        f"OR EXISTS (SELECT 1 FROM json_each({{c}}, '$.levels') WHERE {_LEVEL_UNREADABLE})",
    ),
    "object": ("object", "0"),
}

_REFERENCES = {  # the row, as people know it
    "dialogues": "SELECT 'dialogue ' || code FROM dialogues WHERE rowid = ?",
    "parties": "SELECT 'party ' || p.code || ' of ' || d.code FROM parties p JOIN dialogues d ON d.id = p.dialogue_id WHERE p.rowid = ?",
    "themes": "SELECT 'theme ' || t.code || ' of ' || d.code FROM themes t JOIN dialogues d ON d.id = t.dialogue_id WHERE t.rowid = ?",
    "commitments": "SELECT 'commitment ' || ref FROM commitments WHERE rowid = ?",
    "indicators": "SELECT 'an indicator of commitment ' || c.ref FROM indicators i JOIN commitments c ON c.id = i.commitment_id WHERE i.rowid = ?",
    "commitment_revisions": "SELECT 'the revision of commitment ' || c.ref || ' of ' || r.revised_on "
    "FROM commitment_revisions r JOIN commitments c ON c.id = r.commitment_id WHERE r.rowid = ?",
    "minutes_versions": "SELECT 'version ' || v.number || ' of the minutes of ' || d.code || ' session ' || s.number "
    "FROM minutes_versions v JOIN sessions s ON s.id = v.session_id JOIN dialogues d ON d.id = s.dialogue_id WHERE v.rowid = ?",
}


def unreadable_texts(conn: sqlite3.Connection, limit: int = 20) -> list[str]:
    """One sentence for each row whose JSON column does not hold what Consult writes there (edited outside Consult).

    Runs in SQLite (json_valid, json_each): a few hundredths of a second on a workspace of 10,000 commitments.
    """
    present = set(
        conn.execute(  # an older file, before its migration, has fewer
            "SELECT m.name, c.name FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table'"
        ).fetchall()
    )
    found = []
    for table, column, form in JSON_COLUMNS:
        if (table, column) not in present:
            continue
        kind, parts = _FORMS[form]
        c = f'"{column}"'
        sql = (
            f"SELECT rowid FROM \"{table}\" WHERE CASE WHEN NOT json_valid({c}) THEN 1 WHEN json_type({c}) <> '{kind}' THEN 1 "
            f"ELSE {parts.format(c=c)} END LIMIT {limit}"
        )
        for (rowid,) in conn.execute(sql).fetchall():
            found.append(f"{table}: the column {column} of {_reference(conn, table, rowid)} is not readable")
    return found[:limit]


def _reference(conn: sqlite3.Connection, table: str, rowid: int) -> str:
    if table == "agenda_items":
        return _item_reference(conn, rowid)
    row = conn.execute(_REFERENCES[table], (rowid,)).fetchone()
    return row[0] if row else f"row {rowid}"


def _item_reference(conn: sqlite3.Connection, rowid: int) -> str:
    """ "item 3.1 of ML-FR session 2": numbered as the agenda numbers it, from the items' order alone (their texts unread)."""
    import datetime as dt

    from ..domain.model import AgendaItem
    from ..domain.rules import timetable
    from .codec import from_row

    session = conn.execute(
        "SELECT i.id, s.id, s.number, s.starts_on, s.start_time, d.code FROM agenda_items i JOIN sessions s ON s.id = i.session_id "
        "JOIN dialogues d ON d.id = s.dialogue_id WHERE i.rowid = ?",
        (rowid,),
    ).fetchone()
    if session is None:
        return f"agenda item {rowid}"
    item_id, session_id, number, starts_on, start_time, code = session
    cursor = conn.execute("SELECT * FROM agenda_items WHERE session_id = ?", (session_id,))
    names = [c[0] for c in cursor.description]
    items = [from_row(AgendaItem, dict(zip(names, r)), title={}, summary={}, conclusions={}) for r in cursor.fetchall()]
    try:
        start = dt.datetime.combine(dt.date.fromisoformat(starts_on), dt.time.fromisoformat(start_time))
    except (TypeError, ValueError):
        start = dt.datetime(2000, 1, 1, 9, 30)  # the numbers do not depend on the times
    slot = timetable(items, start).get(item_id)
    which = f"item {slot.number}" if slot and slot.number else next(f"the {i.kind.value} item" for i in items if i.id == item_id)
    return f"{which} of {code} session {number}"


def check_workspace(path: str | Path) -> Report:
    """Run every check and return what was found; never writes, except to recover an interrupted write.

    The file goes through the same opening stages as any open (an interrupted
    write is recovered, a stray ``-wal`` set aside — both reported as notices),
    then SQLite's full integrity and foreign-key checks, the schema comparison
    and the application's own checks run on a read-only connection.

    Raises:
        NotAWorkspace / NewerVersion: the file cannot be checked at all.
        Locked: never (checking takes no lock unless it must recover a write another Consult is not making).
    """
    opened = open_file(path, readonly=True, verify=False)
    report = Report(opened.path, opened.version, notices=opened.notices)
    conn = opened.conn
    try:
        _sqlite_checks(conn, report)
        readable = not any(p.startswith("Integrity:") for p in report.problems)
        if readable:
            schema = [f"Schema: {d}." for d in schema_differences(conn, opened.version)]
            report.problems += schema
            readable = not schema  # a tampered schema could mislead the application's checks
        if readable:
            _app_checks(conn, report)
            for table in ("dialogues", "sessions", "commitments", "status_events", "actions"):
                report.counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"The file is damaged and cannot be read ({exc}); restore it from a backup.")
    finally:
        conn.close()
    return report


def _sqlite_checks(conn: sqlite3.Connection, report: Report) -> None:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
    if rows != ["ok"]:
        report.problems += [f"Integrity: {r}" for r in rows[:20]]
    if not report.healthy:
        return  # the file is damaged: further queries could mislead
    broken: dict[tuple[str, str], int] = {}
    for table, _rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
        broken[(table, parent)] = broken.get((table, parent), 0) + 1
    for (table, parent), n in sorted(broken.items()):
        rows = "1 row" if n == 1 else f"{n} rows"
        report.problems.append(f"{rows} of {table.replace('_', ' ')} refer{'s' if n == 1 else ''} to missing {parent.replace('_', ' ')}.")


def _app_checks(conn: sqlite3.Connection, report: Report) -> None:
    for description, sql in APP_CHECKS:
        for (what,) in conn.execute(sql).fetchall()[:20]:
            report.problems.append(f"{description.capitalize()}: {what}.")
    unreadable = [f"{sentence}." for sentence in unreadable_texts(conn)]
    report.problems += unreadable
    if unreadable:
        return  # the checks below read those texts
    scales = {row[0]: {lv["code"] for lv in json.loads(row[1])["levels"]} for row in conn.execute("SELECT id, scale FROM dialogues")}
    for ref, status, dialogue_id in conn.execute("SELECT c.ref, e.status, c.dialogue_id FROM status_events e JOIN commitments c ON c.id = e.commitment_id"):
        if status not in scales.get(dialogue_id, set()):
            report.problems.append(f"Status '{status}' of {ref} is not on its dialogue's scale.")
    _negotiation_checks(conn, report)


def _negotiation_checks(conn: sqlite3.Connection, report: Report) -> None:
    """Negotiated minutes as their record makes them: versions matching their hashes, the state, agreed texts unchanged."""
    from .workspace import Workspace

    report.problems += [f"Minutes: {exc}" for exc in Workspace(report.path, conn, readonly=True).minutes_out_of_step()]


def repair(path: str | Path) -> list[str]:
    """Mend what the application's checks can mend, after taking a snapshot.

    Clears links to commitments that no longer exist, removes reaffirmations
    of missing sessions, and rebuilds the search index. Returns what was done.
    A file that fails SQLite's own integrity check is not repaired: restore a
    backup instead.
    """
    from .workspace import Workspace

    with Workspace.open(path) as ws:
        ws.snapshot("before repair")
        done: list[str] = []

        def work() -> None:
            for column in ("reciprocal_id", "supersedes_id"):
                n = ws.conn.execute(
                    f"UPDATE commitments SET {column} = NULL WHERE {column} IS NOT NULL AND {column} NOT IN (SELECT id FROM commitments)"
                ).rowcount
                if n:
                    done.append(f"Cleared {counted(n, 'link')} to missing commitments ({column.replace('_id', '')}).")
            n = ws.conn.execute(
                "DELETE FROM commitment_reaffirmations WHERE session_id NOT IN (SELECT id FROM sessions) OR commitment_id NOT IN (SELECT id FROM commitments)"
            ).rowcount
            if n:
                done.append(f"Removed {counted(n, 'reaffirmation')} of missing sessions or commitments.")
            ws._reindex_all()
            done.append("Rebuilt the search index.")

        with ws.transaction("repair"):
            work()
    return done
