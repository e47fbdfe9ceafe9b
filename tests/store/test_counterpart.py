"""The other secretariat's packets: within its rights or refused whole; agreed minutes never set back, whatever the entrance.

Crafted packets are what a modified Consult on the other side would send: its
own workspace changed with its triggers dropped, the changes signed with its
real key (``forge``). Each is refused in one sentence naming the change, and
not one byte of the receiving workspace changes.
"""

from __future__ import annotations

import json
import shutil

import apsw
import pytest

from consult_app.domain.errors import ConsultError, Invalid
from consult_app.domain.model import MinutesState
from consult_app.exchange.interchange import InterchangeError, read_file
from consult_app.ops import minutes as minutes_ops
from consult_app.ops import partners
from consult_app.ops.workspaces import create as create_workspace
from consult_app.store import Workspace
from consult_app.store.rights import DATA_TABLES
from consult_app.store.sync import export_packet, find_peer, import_packet

from ..conftest import copy_folder, made_once
from . import forge
from .test_packet_rights import ident

FR, ML = "Secrétariat français", "Secrétariat malien"


def send(sender, receiver) -> dict:
    with Workspace.open(sender) as ws:
        data, header = export_packet(ws)
    with Workspace.open(receiver) as ws:
        import_packet(ws, data, name="p.packet")
    return header


def invited(tmp_path):
    """France's demo invites a new Mali workspace on ML-FR; Mali accepts, its reply (``tmp_path / "reply"``) not yet read."""
    fr, ml = tmp_path / "fr.consult", tmp_path / "ml.consult"
    create_workspace(fr, demo=True).close()
    with Workspace.open(fr) as ws:
        partners.invite(ws, ws.dialogue_by_code("ML-FR").id, ML, tmp_path / "invite")
    with create_workspace(ml) as ws:
        partners.accept(ws, tmp_path / "invite", name=FR, reply_out=tmp_path / "reply")
    return fr, ml


def paired(folder):
    """France's demo and a Mali workspace paired on ML-FR."""
    fr, _ml = invited(folder)
    with Workspace.open(fr) as ws:
        partners.accept(ws, folder / "reply")


@pytest.fixture
def pair(tmp_path, tmp_path_factory):
    """France's demo and a Mali workspace paired on ML-FR (a copy of those made once)."""
    copy_folder(made_once(tmp_path_factory, "counterpart:paired", paired), tmp_path)
    return tmp_path / "fr.consult", tmp_path / "ml.consult"


@pytest.fixture
def agreed(tmp_path, tmp_path_factory):
    """Session 3's minutes circulated by France, and agreed by both heads of delegation, on both sides (a copy of those made once)."""

    def build(folder):
        copy_folder(made_once(tmp_path_factory, "counterpart:paired", paired), folder)
        agree(folder / "fr.consult", folder / "ml.consult")

    copy_folder(made_once(tmp_path_factory, "counterpart:agreed", build), tmp_path)
    return tmp_path / "fr.consult", tmp_path / "ml.consult"


def session3(ws):
    d = ws.dialogue_by_code("ML-FR")
    return d, ws.session_by_number(d.id, 3)


def visas_item(ws):
    _d, s3 = session3(ws)
    return next(i for i in ws.agenda(s3.id) if i.title["fr"].startswith("Politique des visas"))


def agree(fr, ml) -> None:
    with Workspace.open(fr) as ws:
        item = visas_item(ws)
        item.summary = {"fr": "Les deux parties ont examiné la politique des visas."}
        minutes_ops.save_texts(ws, item)
        minutes_ops.circulate(ws, item.session_id)
        minutes_ops.sign_off(ws, item.session_id, "Dominique Laurent")
    send(fr, ml)
    with Workspace.open(ml) as ws:
        minutes_ops.sign_off(ws, session3(ws)[1].id, "Mamadou Traoré")
    send(ml, fr)
    for path in (fr, ml):
        with Workspace.open(path, readonly=True) as ws:
            assert session3(ws)[1].minutes_state == MinutesState.AGREED


def crafted(ml, fr, tmp_path, *statements, params=()) -> bytes:
    """Mali's next packet as a modified Consult would make it: the statements' changes, signed with Mali's real key."""
    scratch = tmp_path / "attacker.consult"
    shutil.copyfile(ml, scratch)
    conn = apsw.Connection(str(scratch))
    for (trigger,) in list(conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")):
        conn.execute(f'DROP TRIGGER "{trigger}"')
    session = apsw.Session(conn, "main")
    for table in DATA_TABLES:
        session.attach(table)
    for sql in statements:
        conn.execute(sql, params if "?" in sql else ())
    changeset = session.changeset()
    conn.close()
    header = forge.header_for(ml, FR, changes=1)
    return forge.sign(ml, fr, header, changeset)


def refusal(fr, data) -> str:
    saved = fr.read_bytes()
    with Workspace.open(fr, backups=False) as ws:
        received = find_peer(ws, ML).received
        with pytest.raises(ConsultError) as err:
            import_packet(ws, data, name="p.packet")
        assert find_peer(ws, ML).received == received
    assert fr.read_bytes() == saved
    return str(err.value)


TAIL = ": packet refused, nothing was imported (p.packet from Secrétariat malien)."


@pytest.mark.parametrize(
    "statement, message",
    [
        (
            "UPDATE sessions SET minutes_state = 'draft', state = 'held' WHERE number = 3 AND dialogue_id = (SELECT id FROM dialogues WHERE code = 'ML-FR')",
            "ML-FR session 3: a counterpart secretariat may not change sessions",
        ),
        (
            "UPDATE agenda_items SET summary = '{\"fr\": \"FORGED: the quota was conceded\"}' WHERE json_extract(title, '$.fr') LIKE 'Politique des visas%'",
            "agenda item 'Politique des visas : bilan 1997–2002' of ML-FR session 3: the text of agreed minutes cannot be changed by a counterpart "
            "secretariat (only amended, with both sides' sign-off)",
        ),
        (
            "DELETE FROM minutes_signoffs WHERE name = 'Dominique Laurent'",
            "sign-off of the minutes of ML-FR session 3: sign-offs of the minutes cannot be changed or deleted",
        ),
        (
            "UPDATE minutes_versions SET hash = 'ab' || substr(hash, 3)",
            "version of the minutes of ML-FR session 3: circulated versions of the minutes cannot be changed or deleted",
        ),
        (
            "INSERT INTO status_events (id, commitment_id, effective_on, status, recorded_at, visibility, party_id) "
            "SELECT 'forged-1', c.id, '2003-07-01', 'completed', '2003-07-01T00:00:00Z', 'joint', p.id FROM commitments c, parties p "
            "WHERE c.ref = 'MLFR-2001-03' AND p.code = 'FR' AND p.dialogue_id = c.dialogue_id",
            "status event for ML-FR commitment MLFR-2001-03: a counterpart secretariat speaks only for its own party: it may not record another party's assessment",
        ),
        (
            "INSERT INTO minutes_signoffs (id, session_id, version_id, party_id, name, hash, signed_at) "
            "SELECT 'forged-2', v.session_id, v.id, p.id, 'Dominique Laurent', v.hash, '2003-07-01T00:00:00Z' FROM minutes_versions v, parties p "
            "WHERE p.code = 'FR' AND p.dialogue_id = (SELECT dialogue_id FROM sessions WHERE id = v.session_id)",
            "sign-off of the minutes of ML-FR session 3: a counterpart secretariat speaks only for its own party: it may not sign off for another party",
        ),
        (
            "UPDATE commitments SET text = '{\"fr\": \"FORGED\"}' WHERE ref = 'MLFR-2001-01'",
            "ML-FR commitment MLFR-2001-01: a counterpart secretariat may not change commitments",
        ),
        (
            "INSERT INTO actions (id, dialogue_id, description, visibility) SELECT 'forged-3', id, 'FORGED', 'internal' FROM dialogues WHERE code = 'ML-FR'",
            "follow-up action 'FORGED' of ML-FR: a counterpart secretariat may only add joint follow-up actions, under joint commitments",
        ),
    ],
)
def test_a_crafted_packet_is_refused_whole(agreed, tmp_path, statement, message):
    fr, ml = agreed
    assert refusal(fr, crafted(ml, fr, tmp_path, statement)) == message + TAIL


def test_a_version_from_the_side_without_the_pen_is_refused(pair, tmp_path):
    fr, ml = pair
    with Workspace.open(fr) as ws:
        minutes_ops.circulate(ws, session3(ws)[1].id)
    send(fr, ml)
    texts_of = "SELECT texts FROM minutes_versions WHERE number = 1"
    texts = json.loads(ident(ml, texts_of))
    texts["version"] = 2
    from consult_app.domain.negotiation import content_hash

    statement = (
        "INSERT INTO minutes_versions (id, session_id, number, party_id, texts, hash, circulated_at) "
        "SELECT 'forged-v2', v.session_id, 2, p.id, ?, ?, '2003-07-01T00:00:00Z' FROM minutes_versions v, parties p WHERE v.number = 1 AND p.code = 'ML'"
    )
    data = crafted(ml, fr, tmp_path, statement, params=(json.dumps(texts), content_hash(texts)))
    assert refusal(fr, data) == "version of the minutes of ML-FR session 3: the other party holds the pen for these minutes (it circulated version 1)" + TAIL


def test_what_the_other_side_would_refuse_is_kept_here_and_listed(pair):
    fr, ml = pair
    with Workspace.open(fr) as ws:
        c = ws.commitment_by_ref("MLFR-2001-01")
        c.text = {"fr": "Texte revu par la France seule."}
        ws.update_commitment(c)
        ws.log_status(c.id, "completed", note="Programme achevé", author="Claire Martin")
    for _ in range(2):  # listed each time, never sent
        with Workspace.open(fr) as ws:
            data, header = export_packet(ws)
        assert header["kept"] == ["ML-FR commitment MLFR-2001-01: a counterpart secretariat may not change commitments"]
        assert header["changes"] in (1, 0)
        with Workspace.open(ml) as ws:
            import_packet(ws, data, name="p.packet")
    with Workspace.open(ml, readonly=True) as ws:
        c = ws.commitment_by_ref("MLFR-2001-01")
        assert c.text["fr"] != "Texte revu par la France seule."
        [event] = [e for e in ws.events(c.id) if e.status == "completed"]
        assert (event.author, event.note, event.party_id) == ("", "", ws.dialogue_by_code("ML-FR").party_by_code("FR").id)  # internal note stays home


def test_agreed_minutes_cannot_be_set_back_by_any_entrance(agreed, tmp_path):
    fr, ml = agreed
    with Workspace.open(fr) as ws:
        _d, s3 = session3(ws)
        message = (
            "The minutes of ML-FR session 3 are agreed and signed off: they cannot be set back to draft; change them by an amendment signed off by both sides."
        )
        with pytest.raises(Invalid, match=f"^{message}$"):
            minutes_ops.set_state(ws, s3.id, MinutesState.DRAFT)
        s3.minutes_state = MinutesState.DRAFT  # what an undo of the state change would write
        with pytest.raises(Invalid, match=f"^{message}$"):
            ws.update_session(s3)
        with pytest.raises(Invalid, match="^The minutes of this session are agreed: record an amendment instead of editing them.$"):
            item = visas_item(ws)
            item.summary = {"fr": "Autre chose"}
            minutes_ops.save_texts(ws, item)
        with pytest.raises(Invalid, match="^The record of negotiated minutes cannot be changed: agreed minutes cannot be set back.$"):
            with ws.transaction("minutes"):  # the triggers hold even below the store's own checks
                ws.conn.execute("UPDATE sessions SET minutes_state = 'draft' WHERE id = ?", (s3.id,))
        assert ws.session(s3.id).minutes_state == MinutesState.AGREED
    # an interchange file that sets them back is refused, in a new workspace as in the one that holds them
    out = tmp_path / "ml.json"
    with Workspace.open(ml, readonly=True) as ws:
        from consult_app.ops.exports import export

        export(ws, out)
    doc = json.loads(out.read_text("utf-8"))
    doc["dialogues"][0]["sessions"][2]["minutes_state"] = "draft"
    out.write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    with pytest.raises(InterchangeError) as err:
        read_file(out)
    assert str(err.value) == (
        f"{out.name}: dialogues[0].sessions[2]: The minutes of ML-FR session 3 were agreed (version 1, signed off by every party): they cannot be "
        "'draft', which would set them back."
    ) or str(err.value).endswith("they cannot be 'draft', which would set them back.")
