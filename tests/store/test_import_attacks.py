"""Attacks on the in-place import (THREATS.md): a packet is applied within the sender's rights or refused whole.

The import works out a packet's effect with APSW (a second SQLite library in
this process) and writes it with the store's own connection. These tests try
to make it apply what it should refuse, or leave the file, its index or its
locks in a state another reader could trip on.
"""

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from consult_app.domain.errors import ConsultError
from consult_app.domain.model import Commitment, FollowUpAction
from consult_app.store import Workspace, check_workspace, connection, opening, sync
from consult_app.store.sync import base_path, export_packet, find_peer, import_packet

from .test_import_index import assert_index_as_rebuilt, found, send
from .test_packet_rights import pair, shell  # noqa: F401  (the demo secretariat and its ML-FR field copy)

ROOT = Path(__file__).resolve().parents[2]


def one(path, sql, *args):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchone()
    finally:
        conn.close()


def refused_even_when_taking_theirs(s, data) -> str:
    """The packet is refused whole, whatever the conflict policy: nothing written, nothing counted as received."""
    saved = s.read_bytes()
    with Workspace.open(s, backups=False) as ws:
        with pytest.raises(ConsultError) as err:
            import_packet(ws, data, name="p1.packet", policy="theirs")
        assert find_peer(ws, "Bamako embassy").received == 0
    assert s.read_bytes() == saved
    return str(err.value)


def field_packet(a) -> bytes:
    with Workspace.open(a, backups=False) as ws:
        return export_packet(ws)[0]


# --------------------------------------------------------------------------- an insert that lands on a row we have


def test_a_field_copy_cannot_take_over_another_dialogues_action_by_adding_one_with_its_id(pair):
    """The field copy (ML-FR) 'adds' an action with the id of an IT-AL one: taking theirs would move it into ML-FR."""
    s, a = pair
    action_id, description = one(s, "SELECT a.id, a.description FROM actions a JOIN dialogues d ON d.id = a.dialogue_id WHERE d.code = 'IT-AL'")
    mlfr = one(a, "SELECT id FROM dialogues WHERE code = 'ML-FR'")[0]
    shell(a, "INSERT INTO actions (id, dialogue_id, description, assignee, state) VALUES (?, ?, 'HIJACKED', 'x', 'open')", params=(action_id, mlfr))
    message = refused_even_when_taking_theirs(s, field_packet(a))
    assert message == (
        "follow-up action 'HIJACKED' of ML-FR: a field copy may not change the dialogue id of follow-up actions: "
        "packet refused, nothing was imported (p1.packet from Bamako embassy)."
    )
    assert one(s, "SELECT description FROM actions WHERE id = ?", action_id)[0] == description


def forget_in_baseline(a, table: str, row_id: str) -> None:
    """Remove a row from the field copy's baseline (its own exchange folder): its next packet sends the row as new."""
    with Workspace.open(a, backups=False) as ws:
        base = base_path(ws.path, find_peer(ws, None).device_id)
    shell(base, f"DELETE FROM {table} WHERE id = ?", params=(row_id,))


def test_a_field_copy_cannot_change_what_it_may_not_by_adding_a_row_it_already_shares(pair):
    """An ML-FR internal action sent again as new, made joint: an update of a column the allow-list keeps from field copies."""
    s, a = pair
    action_id = one(a, "SELECT a.id FROM actions a JOIN dialogues d ON d.id = a.dialogue_id WHERE d.code = 'ML-FR' AND a.visibility = 'internal'")[0]
    shell(a, "UPDATE actions SET visibility = 'joint' WHERE id = ?", params=(action_id,))
    forget_in_baseline(a, "actions", action_id)
    message = refused_even_when_taking_theirs(s, field_packet(a))
    assert message.endswith("may not change the visibility of follow-up actions: packet refused, nothing was imported (p1.packet from Bamako embassy).")
    assert one(s, "SELECT visibility FROM actions WHERE id = ?", action_id)[0] == "internal"


def test_a_row_added_there_that_is_already_here_unchanged_is_accepted(pair):
    """The same row arriving again (identical) is no change, not a refusal."""
    s, a = pair
    action_id = one(s, "SELECT a.id FROM actions a JOIN dialogues d ON d.id = a.dialogue_id WHERE d.code = 'ML-FR'")[0]
    forget_in_baseline(a, "actions", action_id)
    data = field_packet(a)
    with Workspace.open(s, backups=False) as ws:
        report = import_packet(ws, data, name="p1.packet")
    assert report.written and report.added["actions"] == 1 and not report.conflicts


# --------------------------------------------------------------------------- two SQLite libraries, one file, POSIX locks


def locks_of_this_process(path) -> list[str]:
    """The POSIX advisory locks this process holds on ``path`` (Linux's /proc/locks): SQLite's SHARED, RESERVED…"""
    inode, pid = os.stat(path).st_ino, str(os.getpid())
    with open("/proc/locks") as fh:
        fields = [line.split() for line in fh]
    return [" ".join(f[3:4] + f[6:]) for f in fields if f[1] != "->" and f[4] == pid and f[5].rsplit(":", 1)[-1] == str(inode)]


def a_status_from_the_field(a) -> bytes:
    with Workspace.open(a, backups=False) as ws:
        ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "at_risk", note="from the field", author="test")
        return export_packet(ws)[0]


needs_proc_locks = pytest.mark.skipif(not os.path.exists("/proc/locks"), reason="reads this process's locks from Linux's /proc/locks")


@needs_proc_locks
def test_apsw_opens_the_workspace_only_once_the_background_check_has_stopped_reading(pair, monkeypatch):
    """Closing APSW's handle drops every POSIX lock this process holds on the file, the store's included (fcntl).

    So the integrity check of a large file, still reading in the background,
    must be over before APSW touches the file: here it is held mid-read (its
    SHARED lock taken) until the import asks for its verdict.
    """
    s, a = pair
    data = a_status_from_the_field(a)
    monkeypatch.setattr(opening, "CHECK_NOW_UP_TO", 0)  # every file is "large": checked in the background
    reading, may_finish = threading.Event(), threading.Event()
    real_check, real_verdict, real_apsw = opening.quick_check, opening.BackgroundCheck.verdict, sync.connect_apsw

    def check_held_mid_read(conn):
        conn.execute("BEGIN")
        conn.execute("SELECT count(*) FROM status_events").fetchone()  # a read transaction: SQLite's SHARED lock
        reading.set()
        may_finish.wait(60)
        try:
            return real_check(conn)
        finally:
            conn.execute("COMMIT")

    def verdict(check):
        may_finish.set()  # the importer waits for the verdict: the check may go on to its end
        return real_verdict(check)

    locks_when_apsw_opened = []

    def apsw_opening(path):
        if os.path.samefile(path, s):
            locks_when_apsw_opened.append(locks_of_this_process(s))
        return real_apsw(path)

    monkeypatch.setattr(opening, "quick_check", check_held_mid_read)
    monkeypatch.setattr(opening.BackgroundCheck, "verdict", verdict)
    monkeypatch.setattr(sync, "connect_apsw", apsw_opening)
    with Workspace.open(s, backups=False, background_check=True) as ws:
        ws.integrity.start()
        assert reading.wait(60)
        assert locks_of_this_process(s)  # the check is reading: what APSW's close would take away from it
        report = import_packet(ws, data, name="p1.packet")
        assert ws.integrity is None  # its verdict was heard (healthy) before anything was worked out
    assert report.written
    assert locks_when_apsw_opened == [[]]
    assert locks_of_this_process(s) == []


READER = """
import sys, time
from consult_app.store.connection import connect
conn = connect(sys.argv[1], readonly=True)
conn.execute("BEGIN")
print(conn.execute("SELECT count(*) FROM status_events").fetchone()[0], flush=True)
time.sleep(float(sys.argv[2]))  # a long search, reading while the other process imports
print(conn.execute("SELECT count(*) FROM status_events").fetchone()[0], flush=True)
conn.execute("COMMIT")
"""


@needs_proc_locks
def test_a_reader_in_another_process_keeps_its_view_while_a_packet_is_imported(pair):
    """Locks are per process: APSW's open and close here cannot drop another process's SHARED lock.

    The reader's two counts are equal (nothing was written under it), the
    import waits for it to finish, then its change is there.
    """
    s, a = pair
    data = a_status_from_the_field(a)
    before = one(s, "SELECT count(*) FROM status_events")[0]
    reader = subprocess.Popen([sys.executable, "-c", READER, str(s), "1.0"], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    assert int(reader.stdout.readline()) == before  # it is reading, its SHARED lock taken
    with Workspace.open(s, backups=False) as ws:
        report = import_packet(ws, data, name="p1.packet")
    second = int(reader.stdout.readline())
    assert reader.wait(60) == 0
    assert report.written and second == before
    assert one(s, "SELECT count(*) FROM status_events")[0] == before + 1


# --------------------------------------------------------------------------- encrypted: nothing in the clear


def test_every_sqlite_connection_of_an_exchange_keeps_its_temporary_data_in_memory(pair):
    """SQLite's temporary files (sorts, statement journals of a large packet) are not encrypted: none may be written.

    The store's SQLCipher is built to keep them in memory; APSW's connections are told to.
    """
    s, _ = pair
    conn = sync._apsw(s)
    try:
        assert conn.execute("PRAGMA temp_store").fetchall() == [(2,)]
    finally:
        conn.close()
    store = connection.connect(s, readonly=True)
    try:
        options = {r[0] for r in store.execute("PRAGMA compile_options")}
        assert store.execute("PRAGMA temp_store").fetchone()[0] == 2 or (
            store.execute("PRAGMA temp_store").fetchone()[0] == 0 and options & {"TEMP_STORE=2", "TEMP_STORE=3"}
        )
    finally:
        store.close()


def test_an_encrypted_import_killed_before_its_commit_leaves_nothing_in_the_clear_and_is_rolled_back(tmp_path, monkeypatch):
    """Both files encrypted; the secretariat's import killed with its rows written but not committed.

    (Its pages are still in the cache: the journal beside the file holds the
    original pages, its header not yet made hot, and the file is as it was.)
    Neither the journal, the workspace nor the exchange folders show the packet's
    text in the clear; `check` finds the file healthy, the search index equals
    a full rebuild, and the exchange goes on.
    """
    sys.path.insert(0, str(ROOT / "bench"))
    import crash_exchange

    monkeypatch.setenv("CONSULT_PASSPHRASE", "attack test passphrase")
    connection.offer_passphrase("attack test passphrase")
    pair = crash_exchange.make_pair(tmp_path)
    seen = {}

    def as_the_kill_left_it(pair):
        journal = pair.s.with_name(pair.s.name + "-journal")
        seen["journal"] = journal.exists() and journal.stat().st_size > 0
        files = [p for p in tmp_path.rglob("*") if p.is_file() and not p.name.endswith(".lock")]
        seen["clear"] = [p.name for p in files if any(text in p.read_bytes() for text in (b"field 0", b"MLFR-2001", b"Bamako"))]

    outcome = crash_exchange.trial(pair, inspect=as_the_kill_left_it, crash_at="import:applied#1")
    assert outcome.killed and seen == {"journal": True, "clear": []}
    assert (outcome.check_failures, outcome.blocked, outcome.lost) == ([], None, 0)


# --------------------------------------------------------------------------- cascades, and a row that is no longer here


def ml_fr_rows(path) -> dict:
    """Every ML-FR commitment, indicator and action as a file holds them (what both sides must agree on)."""
    with Workspace.open(path, readonly=True) as ws:
        d = ws.dialogue_by_code("ML-FR").id
        return {
            "agenda_items": ws._rows("SELECT i.* FROM agenda_items i JOIN sessions x ON x.id = i.session_id WHERE x.dialogue_id = ? ORDER BY i.id", (d,)),
            "commitments": ws._rows("SELECT * FROM commitments WHERE dialogue_id = ? ORDER BY id", (d,)),
            "indicators": ws._rows("SELECT i.* FROM indicators i JOIN commitments c ON c.id = i.commitment_id WHERE c.dialogue_id = ? ORDER BY i.id", (d,)),
            "actions": ws._rows("SELECT * FROM actions WHERE dialogue_id = ? ORDER BY id", (d,)),
        }


def test_deletions_that_cascade_here_arrive_whole_on_both_sides_even_for_a_row_not_yet_sent(pair):
    """ON DELETE CASCADE / SET NULL worked out by APSW, written by the store.

    The secretariat deletes an agenda item with sub-items (CASCADE) and a
    commitment the field copy has meanwhile linked a new action of its own to
    (SET NULL: that action is not in the packet, only the cascade reaches it).
    Both files agree afterwards, `check` is healthy, each search index equals
    a full rebuild.
    """
    s, a = pair
    with Workspace.open(s, backups=False) as ws:
        d = ws.dialogue_by_code("ML-FR")
        c = ws.add_commitment(Commitment(d.id, "MLFR-2004-09", {"fr": "Ouvrir un guichet Kayesvilleguichet"}, None))
    parent = one(
        s,
        "SELECT p.id FROM agenda_items p JOIN sessions x ON x.id = p.session_id WHERE x.dialogue_id = ? AND EXISTS "
        "(SELECT 1 FROM agenda_items c WHERE c.parent_id = p.id) ORDER BY p.id",
        d.id,
    )[0]
    children = [r[0] for r in sqlite3.connect(s).execute("SELECT id FROM agenda_items WHERE parent_id = ?", (parent,))]
    send(s, a)
    with Workspace.open(a, backups=False) as ws:
        mine = ws.add_action(FollowUpAction(d.id, "Préparer la visite Kayesvilleguichet", commitment_id=c.id))
    with Workspace.open(s, backups=False) as ws:
        ws.delete_commitment(c.id)
        ws.delete_agenda_item(parent)
    report = send(s, a)
    assert report.deleted["commitments"] == 1 and report.deleted["agenda_items"] == 1 + len(children) and not report.conflicts
    send(a, s)  # the field copy's action, now linked to nothing
    assert ml_fr_rows(s) == ml_fr_rows(a)
    for path in (s, a):
        assert one(path, "SELECT commitment_id FROM actions WHERE id = ?", mine.id) == (None,)
        assert one(path, f"SELECT count(*) FROM agenda_items WHERE id IN ({', '.join('?' * (1 + len(children)))})", parent, *children) == (0,)
        assert check_workspace(path).problems == []
        assert_index_as_rebuilt(path)
        assert found(path, "kayesvilleguichet") == {mine.id}


def test_a_deletion_of_a_row_already_gone_here_is_no_change(pair):
    """The secretariat deletes an action the field copy's baseline had but the field copy itself no longer has."""
    s, a = pair
    action_id = one(s, "SELECT a.id FROM actions a JOIN dialogues d ON d.id = a.dialogue_id WHERE d.code = 'ML-FR'")[0]
    shell(a, "DELETE FROM actions WHERE id = ?", params=(action_id,))  # gone on the laptop, behind the app's back
    with Workspace.open(a, backups=False) as ws, ws.transaction("test"):
        ws._reindex_all()  # (the shell left its search entry behind)
    with Workspace.open(s, backups=False) as ws:
        ws.delete_action(action_id)
        ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "at_risk", note="Kayesretard", author="test")
    report = send(s, a)
    assert report.deleted["actions"] == 1 and not report.conflicts
    assert one(a, "SELECT count(*) FROM actions WHERE id = ?", action_id)[0] == 0
    assert found(a, "kayesretard")
    assert_index_as_rebuilt(a)


def test_taking_theirs_for_a_row_sent_as_new_that_we_have_changes_it_and_deletes_nothing_under_it(pair):
    """SQLite's REPLACE of a conflicting new row deletes ours first, and ON DELETE CASCADE with it: its agenda.

    The secretariat's baseline lost a session (so its packet sends it as new,
    with another venue); the field copy takes theirs: the venue changes, and
    the session's agenda items, delegations and everything else under it stay.
    """
    s, a = pair
    session_id = one(  # minutes still in draft: what agreed minutes say of their session stays as agreed
        s, "SELECT x.id FROM sessions x JOIN dialogues d ON d.id = x.dialogue_id WHERE d.code = 'ML-FR' AND x.minutes_state = 'draft' ORDER BY x.number"
    )[0]
    under = "SELECT (SELECT count(*) FROM agenda_items WHERE session_id = ?1) + (SELECT count(*) FROM delegation_members WHERE session_id = ?1)"
    kept = one(a, under, session_id)[0]
    assert kept > 0
    with Workspace.open(s, backups=False) as ws:
        ws.conn.execute("UPDATE sessions SET venue = 'Ségou' WHERE id = ?", (session_id,))
        base = base_path(ws.path, find_peer(ws, "Bamako embassy").device_id)
    shell(base, "DELETE FROM sessions WHERE id = ?", params=(session_id,))
    with Workspace.open(s, backups=False) as ws:
        data, _ = export_packet(ws, "Bamako embassy")
    with Workspace.open(a, backups=False) as ws:
        report = import_packet(ws, data, name="p1.packet", policy="theirs")
    assert report.written and [(c.table, c.column) for c in report.conflicts] == [("sessions", "venue")]
    assert one(a, "SELECT venue FROM sessions WHERE id = ?", session_id) == ("Ségou",)
    assert one(a, under, session_id)[0] == kept
    assert check_workspace(a).problems == []
    assert_index_as_rebuilt(a)
