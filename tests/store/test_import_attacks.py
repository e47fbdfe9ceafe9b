"""Attacks on the in-place import (THREATS.md): a packet is applied within the sender's rights or refused whole.

The import works out a packet's effect with APSW (a second SQLite library in
this process) and writes it with the store's own connection. These tests try
to make it apply what it should refuse, or leave the file, its index or its
locks in a state another reader could trip on.
"""

import sqlite3

import pytest

from consult_app.domain.errors import ConsultError
from consult_app.store import Workspace
from consult_app.store.sync import base_path, export_packet, find_peer, import_packet

from .test_packet_rights import pair, shell  # noqa: F401  (the demo secretariat and its ML-FR field copy)


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
