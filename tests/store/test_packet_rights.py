"""Rights per kind of partner: a field copy edited behind the app's back, and crafted packets signed with the right key.

Each refused packet is refused whole, in one sentence naming the first offending
change; the secretariat's export is byte-identical before and after, and
nothing is counted as received.
"""

import sqlite3

import apsw
import pytest

from consult_app import cli
from consult_app.domain.errors import ConsultError
from consult_app.ops.workspaces import create as create_workspace
from consult_app.store import Workspace
from consult_app.store.sync import export_packet, field_copy, find_peer, import_packet

from ..conftest import copy_folder, made_once
from . import forge


def secretariat_and_field_copy(folder):
    """The demo secretariat and a field copy of ML-FR for the Bamako embassy."""
    s, a = folder / "s.consult", folder / "a.consult"
    create_workspace(s, demo=True).close()
    with Workspace.open(s) as ws:
        field_copy(ws, a, name="Bamako embassy", dialogue_code="ML-FR")


@pytest.fixture
def pair(tmp_path, tmp_path_factory):
    """The demo secretariat and a field copy of ML-FR for the Bamako embassy (a copy of those made once)."""
    copy_folder(made_once(tmp_path_factory, "packet-rights:pair", secretariat_and_field_copy), tmp_path)
    return tmp_path / "s.consult", tmp_path / "a.consult"


def shell(path, *statements, params=()):
    """Edit a file as someone with the sqlite3 shell would: no app, no foreign keys, no questions."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for sql in statements:
            conn.execute(sql, params if "?" in sql else ())
    finally:
        conn.close()


def ident(path, sql, *args):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchone()[0]
    finally:
        conn.close()


def exported(s, tmp_path) -> bytes:
    """The secretariat's `consult-app export` (run in this process, through the command line's own entry point)."""
    out = tmp_path / "export.json"
    out.unlink(missing_ok=True)
    assert cli.main(["export", str(s), str(out)]) == 0
    return out.read_bytes()


def export_forced(a) -> bytes:
    """What a modified Consult on the field laptop would send: its own check of the rights skipped."""
    with Workspace.open(a) as ws:
        return export_packet(ws, check_rights=False)[0]


def refusal(s, data) -> str:
    saved = s.read_bytes()
    with Workspace.open(s) as ws:
        with pytest.raises(ConsultError) as err:
            import_packet(ws, data, name="a1.packet")
        assert find_peer(ws, "Bamako embassy").received == 0  # nothing counted as received
    assert s.read_bytes() == saved  # not one byte of the workspace changed
    return str(err.value)


def sender_refusal(a) -> str:
    with Workspace.open(a) as ws:
        with pytest.raises(ConsultError) as err:
            export_packet(ws)
    return str(err.value)


def test_a_status_event_for_another_dialogue_is_refused_at_both_ends(pair, tmp_path):
    s, a = pair
    before = exported(s, tmp_path)
    ital = ident(s, "SELECT id FROM commitments WHERE ref = 'ITAL-2001-01'")
    shell(
        a,
        "INSERT INTO status_events (id, commitment_id, effective_on, status, note, recorded_at) VALUES ('forged-1', ?, '2003-01-01', 'dropped', 'FORGED', '2003-01-01T00:00:00Z')",
        params=(ital,),
    )
    assert sender_refusal(a).startswith("Secretariat would refuse this packet (status event for an unknown commitment")
    assert refusal(s, export_forced(a)) == (
        "status event for IT-AL commitment ITAL-2001-01: outside this field copy's dialogue ML-FR: packet refused, "
        "nothing was imported (a1.packet from Bamako embassy)."
    )
    assert exported(s, tmp_path) == before


def test_a_rewritten_workspace_id_is_refused(pair, tmp_path):
    s, a = pair
    before = exported(s, tmp_path)
    shell(a, "UPDATE meta SET value = '00000000-0000-4000-8000-000000000000' WHERE key = 'workspace_id'")
    with Workspace.open(a) as ws:
        data, _ = export_packet(ws)
    assert refusal(s, data) == "a1.packet is for another workspace, not s.consult; nothing was imported."
    assert exported(s, tmp_path) == before


def test_agreed_minutes_changed_behind_the_apps_back_are_refused(pair, tmp_path):
    s, a = pair
    before = exported(s, tmp_path)
    item = ident(
        a,
        "SELECT i.id FROM agenda_items i JOIN sessions s ON s.id = i.session_id WHERE s.number = 1 AND s.minutes_state = 'agreed' AND i.summary <> '{}' ORDER BY i.position",
    )
    title = ident(a, "SELECT json_extract(title, '$.fr') FROM agenda_items WHERE id = ?", item)
    shell(a, 'UPDATE agenda_items SET summary = \'{"fr": "FORGED: the quota was conceded"}\' WHERE id = ?', params=(item,))
    reason = "the text of agreed minutes cannot be changed by a field copy (only amended, by the secretariat)"
    assert reason in sender_refusal(a)
    assert (
        refusal(s, export_forced(a))
        == f"agenda item '{title[:39] + '…' if len(title) > 40 else title}' of ML-FR session 1: {reason}: packet refused, nothing was imported (a1.packet from Bamako embassy)."
    )
    assert exported(s, tmp_path) == before


@pytest.mark.parametrize(
    "edit, message",
    [
        (
            "UPDATE peers SET scope_dialogue_id = NULL",
            "a1.packet was made with exchange settings for Bamako embassy that differ from the pairing recorded here (they were changed outside Consult); nothing was imported.",
        ),
        (
            "UPDATE peers SET kind = 'field_copy'",
            "a1.packet presents Bamako embassy as a secretariat, but it was paired as a field copy; nothing was imported.",
        ),
        (
            "UPDATE peers SET box_key = '" + "ab" * 32 + "'",
            "a1.packet cannot be opened with this workspace's key: it was encrypted for someone else, or altered; nothing was imported.",
        ),
    ],
)
def test_a_changed_peers_row_is_refused(pair, tmp_path, edit, message):
    s, a = pair
    before = exported(s, tmp_path)
    with Workspace.open(a) as ws:
        ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "on_track", note="an honest change too")
    shell(a, edit)
    assert refusal(s, export_forced(a)) == message
    assert exported(s, tmp_path) == before


@pytest.mark.parametrize(
    "values, reason",
    [
        ("'9999-99-99', 'pwned', '2003-01-01T00:00:00Z'", "effective_on: '9999-99-99' is not a date (YYYY-MM-DD)"),
        (
            "'2003-01-01', 'pwned', '2003-01-01T00:00:00Z'",
            "status: 'pwned' is not on this dialogue's status scale (use one of: not_started, on_track, at_risk, off_track, completed, dropped)",
        ),
        ("'2300-01-01', 'on_track', '2003-01-01T00:00:00Z'", "effective_on: 2300-01-01 is outside the years 1900–2199"),
        ("'2003-01-01', 'on_track', 'not a timestamp'", "recorded_at: 'not a timestamp' is not an ISO-8601 UTC timestamp (for example 2003-03-31T12:00:00Z)"),
    ],
)
def test_impossible_statuses_and_dates_in_a_signed_packet_are_refused(pair, tmp_path, values, reason):
    s, a = pair
    before = exported(s, tmp_path)
    mlfr = ident(s, "SELECT id FROM commitments WHERE ref = 'MLFR-2001-01'")
    shell(a, f"INSERT INTO status_events (id, commitment_id, effective_on, status, recorded_at) VALUES ('bad', ?, {values})", params=(mlfr,))
    assert reason in sender_refusal(a)
    assert (
        refusal(s, export_forced(a))
        == f"status event for ML-FR commitment MLFR-2001-01: {reason}: packet refused, nothing was imported (a1.packet from Bamako embassy)."
    )
    assert exported(s, tmp_path) == before


@pytest.mark.parametrize("edit", ["UPDATE status_events SET status = 'dropped' WHERE rowid = 1", "DELETE FROM status_events WHERE rowid = 1"])
def test_history_cannot_be_rewritten_by_a_packet(pair, edit):
    """(A field copy whose triggers were dropped no longer opens at all; a crafted packet is what is left to try.)"""
    s, a = pair
    ref = ident(a, "SELECT c.ref FROM status_events e JOIN commitments c ON c.id = e.commitment_id WHERE e.rowid = 1")
    data = crafted(a, s, edit, drop=("status_events_no_update", "status_events_no_delete"))
    assert refusal(s, data) == (
        f"status event for ML-FR commitment {ref}: status history cannot be changed or deleted: packet refused, nothing was imported (a1.packet from Bamako embassy)."
    )


def test_a_whole_workspace_field_copy_may_not_rewrite_internal_text_nor_link_across_dialogues(tmp_path):
    s, a = tmp_path / "s.consult", tmp_path / "a.consult"
    create_workspace(s, demo=True).close()
    with Workspace.open(s) as ws:
        field_copy(ws, a, name="Bamako embassy")
    before = exported(s, tmp_path)
    item = ident(
        a,
        "SELECT i.id FROM agenda_items i JOIN sessions s ON s.id = i.session_id JOIN dialogues d ON d.id = s.dialogue_id WHERE d.code = 'IT-AL' AND i.lines_to_take <> ''",
    )
    title = ident(a, "SELECT json_extract(title, '$.en') FROM agenda_items WHERE id = ?", item)
    shell(a, "UPDATE agenda_items SET lines_to_take = 'FORGED: concede the quota' WHERE id = ?", params=(item,))
    message = refusal(s, export_forced(a))
    assert message.startswith(f"agenda item '{title[:20]}") and ": a field copy may not change agenda items: packet refused" in message
    assert exported(s, tmp_path) == before


def test_an_action_may_not_point_to_another_dialogue(tmp_path):
    s, a = tmp_path / "s.consult", tmp_path / "a.consult"
    create_workspace(s, demo=True).close()
    with Workspace.open(s) as ws:
        field_copy(ws, a, name="Bamako embassy")
    ital = ident(a, "SELECT id FROM commitments WHERE ref = 'ITAL-2001-01'")
    shell(a, "UPDATE actions SET commitment_id = ? WHERE description LIKE 'Identifier une banque%'", params=(ital,))
    assert "its commitment refers to a commitment of another dialogue (IT-AL)" in sender_refusal(a)
    message = refusal(s, export_forced(a))
    assert message.startswith("follow-up action 'Identifier une banque")
    assert message.endswith(
        "of ML-FR: its commitment refers to a commitment of another dialogue (IT-AL): packet refused, nothing was imported (a1.packet from Bamako embassy)."
    )


def crafted(a, s, sql: str, params=(), drop=()) -> bytes:
    """A changeset made on a copy of the field copy, signed with the field copy's own key (a stolen laptop)."""
    scratch = a.with_name("craft.consult")
    with Workspace.open(a, readonly=True) as ws:
        ws.save_copy(scratch)
    conn = apsw.Connection(str(scratch))
    for trigger in drop:
        conn.execute(f"DROP TRIGGER {trigger}")
    session = apsw.Session(conn, "main")
    session.attach()
    conn.execute(sql, params)
    changeset = session.changeset()
    session.close()
    conn.close()
    scratch.unlink()
    return forge.sign(a, s, forge.header_for(a, "Secretariat"), changeset)


@pytest.mark.parametrize(
    "sql, what",
    [
        (
            "UPDATE meta SET value = 'x' WHERE key = 'workspace_id'",
            "workspace setting 'workspace_id': a packet may never change the workspace's own settings and keys",
        ),
        ("UPDATE peers SET scope_dialogue_id = NULL", "exchange partner record '{secretariat}': a packet may never change the records of exchange partners"),
        (
            "CREATE TABLE evil (id TEXT PRIMARY KEY, x TEXT); INSERT INTO evil VALUES ('1', 'x')",
            "a change to the table 'evil': this table is not part of a Consult workspace",
        ),
        ("INSERT INTO search_rows VALUES ('x', 1)", "a change to the table 'search_rows': a packet may never change the search index"),
        (
            "UPDATE commitments SET text = '{\"fr\": \"FORGED\"}' WHERE ref = 'MLFR-2001-01'",
            "ML-FR commitment MLFR-2001-01: a field copy may not change commitments",
        ),
        (
            "DELETE FROM actions WHERE description LIKE 'Identifier%'",
            "follow-up action 'Identifier une banque malienne partenai…' of ML-FR: a field copy may not delete follow-up actions",
        ),
    ],
)
def test_crafted_packets_signed_with_the_right_key_are_held_to_the_allow_list(pair, tmp_path, sql, what):
    s, a = pair
    before = exported(s, tmp_path)
    message = refusal(s, crafted(a, s, sql))
    what = what.format(secretariat=ident(s, "SELECT value FROM meta WHERE key = 'device_id'"))
    assert message == f"{what}: packet refused, nothing was imported (a1.packet from Bamako embassy)."
    assert exported(s, tmp_path) == before
    with Workspace.open(a) as ws:  # and the exchange goes on: the honest packet 1 is accepted
        ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "on_track", note="honest")
        data, header = export_packet(ws)
    assert header["seq"] == 1
    with Workspace.open(s) as ws:
        assert import_packet(ws, data).written


def test_the_secretariat_may_not_rewrite_history_either(pair):
    s, a = pair
    scratch = s.with_name("craft.consult")
    with Workspace.open(s, readonly=True) as ws:
        ws.save_copy(scratch)
    conn = apsw.Connection(str(scratch))
    conn.execute("DROP TRIGGER status_events_no_update")
    session = apsw.Session(conn, "main")
    session.attach("status_events")
    conn.execute(
        "UPDATE status_events SET note = 'rewritten' WHERE rowid = (SELECT min(e.rowid) FROM status_events e JOIN commitments c ON c.id = e.commitment_id WHERE c.ref LIKE 'MLFR%')"
    )
    changeset = session.changeset()
    session.close()
    conn.close()
    data = forge.sign(s, a, forge.header_for(s, "Bamako embassy"), changeset)
    with Workspace.open(a) as ws, pytest.raises(ConsultError) as err:
        import_packet(ws, data, name="s1.packet")
    assert "status history cannot be changed or deleted: packet refused, nothing was imported (s1.packet from Secretariat)." in str(err.value)


AGREED_ITEMS = "the items of agreed minutes are neither added, removed nor moved, and keep their title, kind and timing"
ML_FR_1 = "SELECT s.id FROM sessions s JOIN dialogues d ON d.id = s.dialogue_id WHERE d.code = 'ML-FR' AND s.number = 1 AND s.minutes_state = 'agreed'"
LAST_ITEM = f"SELECT id FROM agenda_items WHERE session_id = ({ML_FR_1}) AND parent_id IS NULL ORDER BY position DESC LIMIT 1"


@pytest.mark.parametrize(
    "edit, what",
    [
        (
            f"INSERT INTO agenda_items (id, session_id, title, position, kind) VALUES ('forged', ({ML_FR_1}), '{{\"fr\": \"Quota de visas\"}}', 20, 'discussion')",
            "agenda item 'Quota de visas' of ML-FR session 1",
        ),
        (f"DELETE FROM agenda_items WHERE id = ({LAST_ITEM})", "agenda item 'Clôture et date de la prochaine session' of ML-FR session 1"),
        (f"UPDATE agenda_items SET kind = 'break' WHERE id = ({LAST_ITEM})", "agenda item 'Clôture et date de la prochaine session' of ML-FR session 1"),
        (
            f'UPDATE agenda_items SET title = \'{{"fr": "Clôture"}}\' WHERE id = ({LAST_ITEM})',
            "agenda item 'Clôture' of ML-FR session 1",  # named as the packet would leave it
        ),
        (f"UPDATE agenda_items SET position = 0 WHERE id = ({LAST_ITEM})", "agenda item 'Clôture et date de la prochaine session' of ML-FR session 1"),
        (f"DELETE FROM sessions WHERE id = ({ML_FR_1})", "ML-FR session 1"),  # its items would go with it
    ],
    ids=["added", "deleted", "made a break", "retitled", "moved", "session deleted"],
)
def test_a_secretariat_packet_does_not_add_remove_or_move_items_of_agreed_minutes(pair, edit, what):
    """The secretariat may change anything of a field copy but history: a packet from a secretariat file edited with the
    sqlite3 shell (or crafted with its key) added, deleted, retitled or moved items of agreed minutes on the field copy,
    where nothing noticed (these minutes were agreed before versions: no hash)."""
    s, a = pair
    shell(s, edit)
    assert sender_refusal(s).startswith(f"Bamako embassy would refuse this packet ({what}: {AGREED_ITEMS}); nothing was exported")
    assert receiver_refusal(s, a) == f"{what}: {AGREED_ITEMS}: packet refused, nothing was imported (s1.packet from Secretariat)."


def receiver_refusal(s, a) -> str:
    """The field copy's refusal of the secretariat's packet, exported without the sender's own check; its bytes unchanged."""
    saved = a.read_bytes()
    with Workspace.open(s) as ws:
        data = export_packet(ws, check_rights=False)[0]
    with Workspace.open(a) as ws:
        with pytest.raises(ConsultError) as err:
            import_packet(ws, data, name="s1.packet")
    assert a.read_bytes() == saved
    return str(err.value)


AGREED_DELEGATIONS = "the delegations of agreed minutes stay as they were agreed"
A_DELEGATE = f"SELECT id FROM delegation_members WHERE session_id = ({ML_FR_1}) ORDER BY position DESC LIMIT 1"


@pytest.mark.parametrize(
    "edit",
    [
        f"DELETE FROM delegation_members WHERE id = ({A_DELEGATE})",
        f"UPDATE delegation_members SET role = 'Observateur' WHERE id = ({A_DELEGATE})",
        f"INSERT INTO delegation_members (id, session_id, person_id, party_id, role, position) SELECT 'forged', session_id, person_id, party_id, "
        f"'Conseiller', 99 FROM delegation_members WHERE id = ({A_DELEGATE})",
    ],
    ids=["removed", "changed", "added"],
)
def test_a_secretariat_packet_does_not_change_the_delegations_of_agreed_minutes(pair, edit):
    """The joint minutes print the delegations: once agreed, a packet from a secretariat file edited behind its back does
    not add, remove or change a delegate on the field copy either."""
    s, a = pair
    shell(s, edit)
    assert f"{AGREED_DELEGATIONS}); nothing was exported" in sender_refusal(s)
    assert f"{AGREED_DELEGATIONS}: packet refused, nothing was imported (s1.packet from Secretariat)." in receiver_refusal(s, a)


def test_a_secretariat_packet_does_not_change_what_agreed_minutes_say_of_their_session(pair):
    s, a = pair
    shell(s, f"UPDATE sessions SET venue = 'Ailleurs' WHERE id = ({ML_FR_1})")
    said = "what agreed minutes say of their session (number, dates, venue, host, start time) stays as agreed"
    assert f"{said}); nothing was exported" in sender_refusal(s)
    assert f"{said}: packet refused, nothing was imported (s1.packet from Secretariat)." in receiver_refusal(s, a)
