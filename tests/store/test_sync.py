"""Offline field work: field copies and change packets between three machines, with real files."""

import datetime as dt
import hashlib
import json
import re
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from consult_app.domain.errors import ConsultError, NewerVersion
from consult_app.domain.model import FollowUpAction, Measurement
from consult_app.exchange import packet
from consult_app.exchange.interchange import dumps, to_document
from consult_app.exchange.keys import DeviceSecrets
from consult_app.ops import sessions as sessions_ops
from consult_app.ops.workspaces import create as create_workspace
from consult_app.store import Workspace
from consult_app.store.sync import base_path, export_packet, field_copy, find_peer, forget_partner, import_packet, my_keys, peers, rotate_keys

from ..conftest import copy_folder, made_once, private_home
from . import forge


def snapshot_json(path) -> str:
    with Workspace.open(path, readonly=True) as ws:
        return dumps(to_document(ws.bundle()))


def send(src, dst, to=None, **kwargs):
    with Workspace.open(src) as a:
        data, _ = export_packet(a, to)
    with Workspace.open(dst) as b:
        return import_packet(b, data, **kwargs)


def three_machines(folder):
    """The demo secretariat and two whole-workspace field copies, for Bamako and Tirana."""
    s = folder / "secretariat.consult"
    create_workspace(s, demo=True).close()
    with Workspace.open(s) as ws:
        field_copy(ws, folder / "bamako.consult", name="Bamako")
        field_copy(ws, folder / "tirana.consult", name="Tirana")


@pytest.fixture
def machines(tmp_path, tmp_path_factory):
    """The three machines (a copy of those made once)."""
    copy_folder(made_once(tmp_path_factory, "sync:machines", three_machines), tmp_path)
    return tmp_path / "secretariat.consult", tmp_path / "bamako.consult", tmp_path / "tirana.consult"


def test_three_machines_converge(machines):
    s, a, b = machines
    with Workspace.open(a) as ws:  # officer in Bamako: events and an edited action
        c = ws.commitment_by_ref("MLFR-2002-01")
        ws.log_status(c.id, "on_track", dt.date(2003, 5, 2), note="Tranche 2003 engagée", author="Amina")
        action = next(x for x in ws.actions() if x.description.startswith("Transmettre"))
        action.assignee = "Hélène Garnier"
        ws.update_action(action)
    with Workspace.open(b) as ws:  # officer in Tirana: events, a measurement, a new action
        c = ws.commitment_by_ref("ITAL-2001-02")
        ws.log_status(c.id, "completed", dt.date(2002, 9, 1), note="Quota announced")
        ind = ws.indicators(ws.commitment_by_ref("ITAL-2001-01").id)[0]
        ws.add_measurement(Measurement(ind.id, dt.date(2002, 12, 31), 70, "Border police"))
        ws.add_action(FollowUpAction(c.dialogue_id, "Share the quota figures with Rome", "Marco Esposito", dt.date(2002, 10, 1)))
    with Workspace.open(s) as ws:  # secretariat: a new session (with its agenda) and a deleted item
        d = ws.dialogue_by_code("ML-FR")
        sessions_ops.new_session(ws, d.id, dt.date(2004, 6, 14), dt.date(2004, 6, 15), "Paris")
        s3 = ws.session_by_number(d.id, 3)
        aob = next(i for i in ws.agenda(s3.id) if i.title["fr"] == "Questions diverses")
        ws.delete_agenda_item(aob.id)
        ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "at_risk", dt.date(2003, 6, 1), note="Secretariat view")

    for report in (send(a, s), send(b, s)):
        assert report.written and not report.conflicts
    assert send(s, a, "Bamako").written
    assert send(s, b, "Tirana").written
    final = snapshot_json(s)
    assert snapshot_json(a) == final
    assert snapshot_json(b) == final
    doc = json.loads(final)
    mlfr = next(d for d in doc["dialogues"] if d["code"] == "ML-FR")
    assert len(mlfr["sessions"]) == 4  # the new session travelled
    assert "Questions diverses" not in [i["title"]["fr"] for i in mlfr["sessions"][2]["agenda"]]  # the deletion travelled


def test_appended_events_from_two_officers_merge_without_conflict(machines):
    s, a, b = machines
    for path, note in ((a, "Bamako"), (b, "Tirana")):
        with Workspace.open(path) as ws:
            ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "on_track", dt.date(2003, 1, 1), note=note)
    assert not send(a, s).conflicts and not send(b, s).conflicts
    with Workspace.open(s) as ws:
        notes = [e.note for e in ws.events(ws.commitment_by_ref("MLFR-2001-01").id)]
    assert "Bamako" in notes and "Tirana" in notes


def edit_action(path, assignee):
    with Workspace.open(path) as ws:
        action = next(x for x in ws.actions() if x.description.startswith("Identifier une banque"))
        action.assignee = assignee
        ws.update_action(action)


def conflicting_packet(s, a) -> bytes:
    """A packet from ``a`` that changes an action's assignee, also changed at ``s`` (and adds an event)."""
    edit_action(s, "Claire Moreau")
    edit_action(a, "Oumar Diarra")
    with Workspace.open(a) as ws:
        ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "on_track", note="also in the packet")
        return export_packet(ws)[0]


def test_the_same_field_edited_on_both_sides_is_a_conflict_and_nothing_is_written(machines):
    s, a, _ = machines
    data = conflicting_packet(s, a)
    before = snapshot_json(s)
    with Workspace.open(s) as ws:
        report = import_packet(ws, data)
    assert not report.written
    [conflict] = report.conflicts
    assert (conflict.table, conflict.column, conflict.original, conflict.ours, conflict.theirs) == (
        "actions",
        "assignee",
        "Hélène Garnier",
        "Claire Moreau",
        "Oumar Diarra",
    )
    assert snapshot_json(s) == before
    # the same packet again, now deciding: take theirs
    with Workspace.open(s) as ws:
        assert import_packet(ws, data, policy="theirs").written
        assert next(x for x in ws.actions() if x.description.startswith("Identifier")).assignee == "Oumar Diarra"


def test_a_dry_run_and_an_undecided_conflict_leave_the_file_byte_for_byte(machines):
    """The changes are worked out in a transaction that is rolled back: nothing reaches the file."""
    s, a, _ = machines
    data = conflicting_packet(s, a)
    with Workspace.open(s, backups=False) as ws:
        before = s.read_bytes()
        assert len(import_packet(ws, data, dry_run=True).conflicts) == 1
        assert not import_packet(ws, data).written
        assert s.read_bytes() == before
        assert not s.with_name(s.name + "-journal").exists()


def test_keep_ours_then_converge(machines):
    s, a, _ = machines
    edit_action(s, "Claire Moreau")
    edit_action(a, "Oumar Diarra")
    assert send(a, s, policy="ours").written
    assert send(s, a, "Bamako").written  # ours travels back and wins there without a new conflict
    assert snapshot_json(a) == snapshot_json(s)


def test_a_person_resolves_each_conflict_with_an_edited_value(machines):
    s, a, _ = machines
    edit_action(s, "Claire Moreau")
    edit_action(a, "Oumar Diarra")
    with Workspace.open(a) as ws:
        data, _ = export_packet(ws)
    with Workspace.open(s) as ws:
        [conflict] = import_packet(ws, data, dry_run=True).conflicts
        key = (conflict.table, conflict.row_id, conflict.column)
        assert import_packet(ws, data, resolutions={key: "Claire Moreau and Oumar Diarra"}).written
    assert send(s, a, "Bamako").written
    with Workspace.open(a) as ws:
        assert next(x for x in ws.actions() if x.description.startswith("Identifier")).assignee == "Claire Moreau and Oumar Diarra"
    assert snapshot_json(a) == snapshot_json(s)


def test_an_edit_of_something_deleted_here_is_a_conflict(machines):
    s, a, _ = machines
    with Workspace.open(s) as ws:
        action = next(x for x in ws.actions() if x.description.startswith("Identifier"))
        ws.delete_action(action.id)
    edit_action(a, "Oumar Diarra")
    with Workspace.open(a) as ws:
        data, _ = export_packet(ws)
    with Workspace.open(s) as ws:
        report = import_packet(ws, data)
    assert not report.written and report.conflicts[0].ours == "deleted here"


def test_importing_twice_changes_nothing_and_gaps_are_refused(machines):
    s, a, _ = machines
    with Workspace.open(a) as ws:
        ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "on_track")
        first, _ = export_packet(ws)
        ws.log_status(ws.commitment_by_ref("MLFR-2001-02").id, "on_track")
        second, _ = export_packet(ws)
    with Workspace.open(s) as ws:
        with pytest.raises(ConsultError, match="is packet 2 from Bamako, but the last one imported was 0: import packet 1 first"):
            import_packet(ws, second)
        assert import_packet(ws, first).written
        after_first = dumps(to_document(ws.bundle()))
        assert import_packet(ws, first).already
        assert dumps(to_document(ws.bundle())) == after_first
        assert import_packet(ws, second).written


def test_a_dialogue_copy_only_exchanges_its_dialogue(machines, tmp_path):
    s, _, _ = machines
    t = tmp_path / "tirana-only.consult"
    with Workspace.open(s) as ws:
        field_copy(ws, t, name="Tirana only", dialogue_code="IT-AL")
        ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "at_risk", note="not for Tirana")
        ws.log_status(ws.commitment_by_ref("ITAL-2001-01").id, "at_risk", note="for Tirana")
    with Workspace.open(t) as ws:
        assert [d.code for d in ws.dialogues()] == ["IT-AL"]
    report = send(s, t, "Tirana only")
    assert report.written and sum(report.added.values()) == 1
    with Workspace.open(t) as ws:
        assert ws.events(ws.commitment_by_ref("ITAL-2001-01").id)[-1].note == "for Tirana"


# ---------------------------------------------------------------- hostile packets


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    s, a = folder / "s.consult", folder / "a.consult"
    with private_home(tmp_path_factory):  # made before the per-test folders exist: keep its snapshots off the real ones
        create_workspace(s, demo=True).close()
        with Workspace.open(s) as ws:
            field_copy(ws, a, name="Bamako embassy")
        with Workspace.open(a) as ws:
            for n in range(5):
                ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "on_track", note=f"event {n}")
            data, _ = export_packet(ws)
        return s, data, snapshot_json(s)


def refused(s, data) -> str:
    with Workspace.open(s) as ws:
        with pytest.raises(ConsultError) as err:
            import_packet(ws, data, name="x.packet")
    return str(err.value)


def test_truncated_at_many_lengths(hostile):
    s, data, before = hostile
    for cut in list(range(0, 60, 7)) + list(range(60, len(data), max(1, len(data) // 25))):
        message = refused(s, data[:cut])
        assert message.startswith("x.packet ") and "\n" not in message
    assert snapshot_json(s) == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(position=st.integers(min_value=0), xor=st.integers(min_value=1, max_value=255))
def test_flipped_bytes_are_refused(hostile, position, xor):
    s, data, before = hostile
    position %= len(data)
    damaged = bytearray(data)
    damaged[position] ^= xor
    message = refused(s, bytes(damaged))
    assert message.startswith("x.packet ") and "\n" not in message
    assert snapshot_json(s) == before


def test_a_changed_space_in_the_outer_header_is_refused(hostile):
    """Hypothesis found it: a space turned into a carriage return still parses as the same JSON."""
    s, data, before = hostile
    at = data.index(b": ", len(packet.MAGIC)) + 1
    assert refused(s, data[:at] + b"\r" + data[at + 1 :]) == "x.packet is damaged or was altered (its header is not as Consult writes it)."
    assert snapshot_json(s) == before


def test_an_altered_body_with_a_recomputed_checksum_is_not_signed_by_the_partner(hostile):
    s, data, before = hostile
    prefix, signature, header, changeset = forge.split(forge.unseal(data, s))
    assert b"event 3" in changeset
    altered = forge.reseal(s, prefix, signature, header, changeset.replace(b"event 3", b"FORGED!"))
    assert refused(s, altered) == "x.packet is not signed by Bamako embassy's key (it was altered or forged); nothing was imported."
    moved = forge.reseal(s, prefix, signature, dict(header, seq=2), changeset)  # the header is signed too
    assert refused(s, moved) == "x.packet is not signed by Bamako embassy's key (it was altered or forged); nothing was imported."
    assert snapshot_json(s) == before


def test_a_forged_packet_from_an_intercepted_header_is_refused(hostile):
    """The attack of issue 13: a header copied from a real packet, any changeset, the SHA-256 recomputed."""
    s, data, before = hostile
    _prefix, _signature, header, changeset = forge.split(forge.unseal(data, s))
    stranger = DeviceSecrets.new()
    forged = packet.seal(header, changeset, sender=stranger, recipient=forge.public_of(s))
    assert refused(s, forged) == "x.packet is signed by a key that belongs to none of this workspace's exchange partners; nothing was imported."
    ciphertext_flip = bytearray(data)
    ciphertext_flip[-10] ^= 1
    sealed = bytes(ciphertext_flip[ciphertext_flip.index(b"\n", len(packet.MAGIC)) + 1 :])
    recomputed = packet.MAGIC + json.dumps({"format_version": 2, "sha256": hashlib.sha256(sealed).hexdigest()}).encode() + b"\n" + sealed
    assert refused(s, recomputed) == "x.packet cannot be opened with this workspace's key: it was encrypted for someone else, or altered; nothing was imported."
    assert snapshot_json(s) == before


def test_another_workspace_a_newer_version_and_an_old_unsigned_packet(hostile, tmp_path):
    s, data, before = hostile
    prefix, signature, header, changeset = forge.split(forge.unseal(data, s))
    bamako = forge.secrets_of(s.with_name("a.consult"))
    other = packet.seal(dict(header, workspace_id="00000000-0000-4000-8000-000000000000"), changeset, sender=bamako, recipient=forge.public_of(s))
    assert refused(s, other) == f"x.packet is for another workspace, not {s.name}; nothing was imported."
    newer = data.replace(b'"format_version": 2', b'"format_version": 9')
    with Workspace.open(s) as ws, pytest.raises(NewerVersion, match="written by a newer version of Consult"):
        import_packet(ws, newer, name="x.packet")
    unsigned = packet.MAGIC + b'{"format_version": 1, "sha256": "00"}\n' + b"x"
    assert refused(s, unsigned).startswith("x.packet is an unsigned packet from an older version of Consult;")
    assert refused(s, b"PK\x03\x04 a zip file") == "x.packet is not a Consult change packet."
    assert snapshot_json(s) == before


def test_a_packet_sent_to_the_wrong_person_reveals_nothing(machines):
    s, a, b = machines
    secret = "Note confidentielle de Bamako sur le fonds"
    with Workspace.open(a) as ws:
        commitment = ws.commitment_by_ref("MLFR-2002-01")
        ws.log_status(commitment.id, "at_risk", note=secret, evidence=commitment.text["fr"])
        data, _ = export_packet(ws)
    texts = [secret, commitment.text["fr"][:30], commitment.id, "MLFR-2002-01", "at_risk", "Bamako", "Secretariat"]
    readable = [data] + list(_every_zlib_stream(data))
    assert not [t for t in texts for blob in readable if t.encode() in blob]
    with Workspace.open(b) as ws:  # Tirana's copy: a partner of the same secretariat, not the addressee
        with pytest.raises(ConsultError, match="cannot be opened with this workspace's key"):
            import_packet(ws, data, name="x.packet")
    assert send_data(s, data).written  # the addressee reads it


def _every_zlib_stream(data: bytes):
    """Whatever zlib can unpack from any offset of the file (what 'decompressing it' could show)."""
    for at in range(len(data)):
        try:
            yield zlib.decompressobj().decompress(data[at:], 1 << 20)
        except zlib.error:
            continue


def send_data(dst, data):
    with Workspace.open(dst) as ws:
        return import_packet(ws, data)


def test_a_field_copy_refuses_packets_not_from_its_secretariat(machines, tmp_path):
    s, a, _ = machines
    impostor = tmp_path / "impostor.consult"
    create_workspace(impostor, demo=True).close()
    header = forge.header_for(s, "Bamako")
    changes = b""
    stranger = forge.sign(impostor, a, header, changes)  # right header, the impostor's own key, encrypted to Bamako
    with Workspace.open(a) as ws, pytest.raises(ConsultError) as err:
        import_packet(ws, stranger, name="x.packet")
    assert str(err.value) == "x.packet is signed by a key that belongs to none of this workspace's exchange partners; nothing was imported."
    genuine = forge.sign(s, a, header, changes)
    assert send_data(a, genuine).written


def test_keys_rotate_and_partners_learn_them_from_the_next_packet(machines):
    s, a, _ = machines
    with Workspace.open(a) as ws:
        ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "on_track", note="sent before the rotation")
        in_transit, _ = export_packet(ws)  # encrypted to the secretariat's old key
    with Workspace.open(s) as ws:
        before = my_keys(ws).fingerprint
        after = rotate_keys(ws)
        assert after != before and my_keys(ws).fingerprint == after
        assert import_packet(ws, in_transit).written  # the old key still opens packets on their way
        ws.log_status(ws.commitment_by_ref("MLFR-2001-02").id, "on_track", note="signed with the new key")
        back, _ = export_packet(ws, "Bamako")
    with Workspace.open(a) as ws:
        assert find_peer(ws, "Secretariat").fingerprint == before
        assert import_packet(ws, back).written  # vouched for by the old key
        assert find_peer(ws, "Secretariat").fingerprint == after
        ws.log_status(ws.commitment_by_ref("MLFR-2001-03").id, "on_track", note="to the new key")
        third, header = export_packet(ws)
    assert header["to_key"] == forge.public_of(s).box.hex()
    assert send_data(s, third).written


def test_a_forgotten_partner_is_refused(machines):
    s, a, _ = machines
    with Workspace.open(a) as ws:
        ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "on_track")
        data, _ = export_packet(ws)
    with Workspace.open(s) as ws:
        bamako = find_peer(ws, "Bamako")
        assert base_path(s, bamako.device_id).exists()
        assert forget_partner(ws, "bamako").name == "Bamako"
        assert [p.name for p in peers(ws)] == ["Tirana"]
        with pytest.raises(ConsultError, match="signed by a key that belongs to none of this workspace's exchange partners"):
            import_packet(ws, data, name="x.packet")
    assert not base_path(s, bamako.device_id).exists()


# ---------------------------------------------------------------- command line


def test_cli_field_copy_and_packets(tmp_path, cli):
    s, a = tmp_path / "s.consult", tmp_path / "a.consult"
    assert cli("init", s, "--demo").returncode == 0
    made = cli("field-copy", s, a, "--name", "Bamako", "--unencrypted").stdout.splitlines()
    assert made[:2] == [f"Created the field copy {a}.", "Safety numbers (both files show the same; compare them when the copy is handed over):"]
    assert re.fullmatch(r"  Secretariat \(this workspace\): (\d{5} ){5}\d{5}", made[2])
    assert re.fullmatch(r"  Bamako \(the copy\): (\d{5} ){5}\d{5}", made[3])
    partners = cli("packet", "partners", a).stdout.splitlines()  # the copy shows the same two numbers
    assert partners == [made[3].strip().replace(" (the copy)", " (this workspace)"), f"Secretariat (secretariat; sent 0, received 0): {made[2].split(': ')[1]}"]
    assert cli("status", a, "MLFR-2001-01", "at_risk", "--note", "from the field").returncode == 0
    result = cli("packet", "export", a, tmp_path / "a1.packet")
    assert result.returncode == 0 and result.stdout.startswith("Wrote packet 1 for Secretariat (1 change,")
    dry = cli("packet", "import", s, tmp_path / "a1.packet", "--dry-run")
    assert dry.returncode == 0 and "  add: 1 status event" in dry.stdout and dry.stdout.endswith("Dry run: nothing was written.\n")
    assert cli("packet", "import", s, tmp_path / "a1.packet").stdout.endswith("Imported.\n")
    again = cli("packet", "import", s, tmp_path / "a1.packet")
    assert again.returncode == 0 and again.stdout.endswith("It was already imported: nothing changed.\n")


def test_cli_conflict_stops_with_exit_1(tmp_path, cli):
    s, a = tmp_path / "s.consult", tmp_path / "a.consult"
    cli("init", s, "--demo")
    cli("field-copy", s, a, "--name", "Bamako", "--unencrypted")
    edit_action(s, "Claire Moreau")
    edit_action(a, "Oumar Diarra")
    cli("packet", "export", a, tmp_path / "a1.packet")
    result = cli("packet", "import", s, tmp_path / "a1.packet")
    assert result.returncode == 1
    assert "assignee: was 'Hélène Garnier', ours 'Claire Moreau', theirs 'Oumar Diarra'" in result.stdout
    assert result.stdout.endswith("Nothing was written: resolve the conflicts with --ours or --theirs, or in the desktop app (File › Receive Changes).\n")
    assert cli("packet", "import", s, tmp_path / "a1.packet", "--theirs").returncode == 0


def test_cli_partners_rotate_and_forget(tmp_path, cli):
    s, a = tmp_path / "s.consult", tmp_path / "a.consult"
    cli("init", s, "--demo")
    cli("field-copy", s, a, "--name", "Bamako embassy", "--dialogue", "ML-FR", "--unencrypted")
    listed = cli("packet", "partners", s).stdout.splitlines()
    assert listed[1].startswith("Bamako embassy (field copy of ML-FR; sent 0, received 0): ")
    rotated = cli("packet", "rotate-key", s)
    assert rotated.returncode == 0 and rotated.stdout.endswith("Partners learn them from the next packet you send each one.\n")
    assert cli("packet", "partners", s).stdout.splitlines()[0] != listed[0]
    assert cli("packet", "forget", s, "Bamako embassy").stdout == "Forgot Bamako embassy: its packets are refused from now on.\n"
    missing = cli("packet", "forget", s, "Tirana")
    assert (
        missing.returncode == 1 and missing.stderr == f"consult-app: {s.name} has no exchange partner yet: make a field copy first (consult-app field-copy).\n"
    )


def test_leftovers_of_a_killed_exchange_are_cleaned_on_the_next_run(machines):
    s, a, _ = machines
    folder = a.with_name(a.name + "-exchange")
    leftovers = [folder / "scratch-0000.consult", folder / "x.base.part", folder / "y.next.prepared", folder / "outbox" / "Secretariat-0009.packet"]
    (folder / "outbox").mkdir(exist_ok=True)
    for path in leftovers:
        path.write_bytes(b"half written")
    with Workspace.open(a) as ws:
        ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "on_track")
        data, header = export_packet(ws)
    assert header["seq"] == 1 and not [p for p in leftovers if p.exists()]
    assert send_data(s, data).written


def test_a_partner_paired_before_packets_were_signed_is_named(machines):
    s, _, _ = machines
    with Workspace.open(s) as ws:
        ws.conn.execute("UPDATE peers SET sign_key = '', box_key = '', kind = '' WHERE name = 'Bamako'")
        with pytest.raises(ConsultError) as err:
            export_packet(ws, "Bamako")
    assert (
        str(err.value)
        == "Bamako was paired before packets were signed, so its key is unknown: forget it (consult-app packet forget) and make a new field copy."
    )
