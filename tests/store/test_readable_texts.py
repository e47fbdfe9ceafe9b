"""A JSON text edited outside Consult into something it cannot read: named by check, refused by every open, never a crash.

Every column on ``checks.JSON_COLUMNS`` is forged in turn (the sqlite3 shell's way); a test keeps that list whole.
"""

from __future__ import annotations

import copy
import datetime as dt
import shutil
import sqlite3

import pytest

from consult_app.domain.errors import Tampered
from consult_app.domain.model import (
    AgendaItem,
    Amendment,
    Commitment,
    DelegationMember,
    Dialogue,
    FollowUpAction,
    Indicator,
    Measurement,
    Party,
    Person,
    Revision,
    Session,
    StatusEvent,
    Theme,
)
from consult_app.domain.negotiation import MinutesVersion, Proposal, SignOff
from consult_app.ops import minutes, register
from consult_app.ops.workspaces import create as create_workspace
from consult_app.store import Workspace, codec
from consult_app.store.checks import JSON_COLUMNS, check_workspace

from ..conftest import made_once

TABLES = {
    Dialogue: "dialogues",
    Party: "parties",
    Theme: "themes",
    Person: "people",
    Session: "sessions",
    DelegationMember: "delegation_members",
    AgendaItem: "agenda_items",
    Commitment: "commitments",
    StatusEvent: "status_events",
    Indicator: "indicators",
    Measurement: "measurements",
    FollowUpAction: "actions",
    Amendment: "minutes_amendments",
    Revision: "commitment_revisions",
    MinutesVersion: "minutes_versions",
    Proposal: "minutes_proposals",
    SignOff: "minutes_signoffs",
}
MLFR = "(SELECT id FROM dialogues WHERE code = 'ML-FR')"
C1 = "(SELECT id FROM commitments WHERE ref = 'MLFR-2001-01')"
# table -> (the row forged, as SQL, and that row as the sentence names it)
ROWS = {
    "dialogues": (f"id = {MLFR}", "dialogue ML-FR"),
    "parties": (f"dialogue_id = {MLFR} AND code = 'FR'", "party FR of ML-FR"),
    "themes": (f"dialogue_id = {MLFR} AND code = 'FLUX'", "theme FLUX of ML-FR"),
    "agenda_items": ("json_extract(title, '$.fr') LIKE 'Politique des visas%'", "item 3.1 of ML-FR session 3"),
    "commitments": (f"id = {C1}", "commitment MLFR-2001-01"),
    "indicators": (f"commitment_id = {C1}", "an indicator of commitment MLFR-2001-01"),
    "commitment_revisions": (f"commitment_id = {C1}", "the revision of commitment MLFR-2001-01 of 2003-06-01"),
    "minutes_versions": ("number = 1", "version 1 of the minutes of ML-FR session 3"),
}


def test_the_list_holds_every_json_column_of_the_schema(ws):
    listed = {(t, c) for t, c, _form in JSON_COLUMNS}
    columns = {t: {r[1] for r in ws.conn.execute(f"PRAGMA table_info({t})")} for t in TABLES.values()}
    kept_as_json = {
        (table, name) for cls, table in TABLES.items() for name, convert, _ in codec._plan(cls) if convert is codec.json_or_as_is and name in columns[table]
    }
    assert kept_as_json <= listed, kept_as_json - listed
    assert ("dialogues", "scale") in listed  # kept as JSON by its own converter
    assert all(c in columns[t] for t, c in listed)
    assert set(ROWS) == {t for t, _ in listed}  # and the test below forges each


def circulated_and_revised(folder):
    """The demo with a circulated version of the minutes and a revised commitment text: a row in every table on the list."""
    create_workspace(folder / "record.consult", demo=True).close()
    with Workspace.open(folder / "record.consult") as ws:
        minutes.circulate(ws, ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3).id)
        c = ws.commitment_by_ref("MLFR-2001-01")
        revised = copy.deepcopy(c)
        revised.text = {"fr": c.text["fr"] + " (révisé)"}
        register.edit_commitment(ws, revised, reason="Précisé", revised_on=dt.date(2003, 6, 1))


@pytest.fixture
def record(tmp_path_factory):
    """That workspace, made once per test process: each test forges a copy of it, never the file itself."""
    return made_once(tmp_path_factory, "readable-texts:record", circulated_and_revised) / "record.consult"


@pytest.mark.parametrize(("table", "column", "forged"), [(t, c, v) for t, c, _ in JSON_COLUMNS for v in ("FORGED", "[1]")], ids=str)
def test_a_forged_json_text_is_named_by_check_and_refused_by_every_command(record, tmp_path, cli, table, column, forged):
    path = tmp_path / "forged.consult"
    shutil.copy(record, path)
    where, reference = ROWS[table]
    with sqlite3.connect(path) as conn:  # as the sqlite3 shell would: past the triggers that keep a version frozen, then put back
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (table,)).fetchall()
        for name, _sql in triggers:
            conn.execute(f"DROP TRIGGER {name}")
        assert conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE {where}', (forged,)).rowcount == 1
        for _name, sql in triggers:
            conn.execute(sql)
    conn.close()
    sentence = f"{table}: the column {column} of {reference} is not readable"
    assert check_workspace(path).problems == [f"{sentence}."]
    result = cli("check", path)
    assert (result.returncode, result.stdout) == (1, f"{path}: 1 problem found:\n- {sentence}.\n")
    saved = path.read_bytes()
    refusal = f"{path} was changed outside Consult and was not opened, so nothing was written to it ({sentence})."
    with pytest.raises(Tampered) as err:
        Workspace.open(path)
    assert str(err.value).startswith(refusal)
    for command in (
        ["report", "minutes", path, "--dialogue", "ML-FR", "--session", "3", "--out", tmp_path / "m.pdf"],
        ["report", "tracker", path, "--out", tmp_path / "t.pdf"],
        ["search", path, "visas"],
        ["export", path, tmp_path / "out.json"],
        ["status", path, "MLFR-2001-02", "on_track"],
    ):
        result = cli(*command)
        assert result.returncode == 1 and result.stderr.startswith(f"consult-app: {refusal}"), (command, result.stderr)
    assert path.read_bytes() == saved and not (tmp_path / "m.pdf").exists()


def test_a_large_file_is_judged_in_the_background_and_a_read_before_the_verdict_is_one_sentence(demo_path, monkeypatch):
    """The window opens a large file before its checks end: an unreadable text met meanwhile is a sentence; the first write waits and refuses."""
    import sqlite3

    from consult_app.domain.errors import Tampered, UnreadableText
    from consult_app.store import Workspace, opening

    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE commitments SET text = 'FORGED' WHERE ref = 'MLFR-2002-01'")
    conn.commit()
    conn.close()
    before = demo_path.read_bytes()
    monkeypatch.setattr(opening, "CHECK_NOW_UP_TO", 0)  # treat the demo as a large file
    with pytest.raises(Tampered, match="the column text of commitment MLFR-2002-01 is not readable"):
        Workspace.open(demo_path, background_check=True)  # changed since its last snapshot: the snapshot waits for the verdict
    ws = Workspace.open(demo_path, background_check=True, backups=False)  # no snapshot to take: it opens at once
    try:
        with pytest.raises(UnreadableText, match=r"^A text of this workspace \(commitment MLFR-2002-01, text\) was changed outside Consult and cannot be read"):
            ws.commitments()
        with pytest.raises(Tampered, match="the column text of commitment MLFR-2002-01 is not readable"):
            ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "at_risk")
        assert ws.readonly
    finally:
        ws.close()
    assert demo_path.read_bytes() == before
