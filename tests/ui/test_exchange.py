"""File › Send Changes and Receive Changes, with a conflict decided in the dialog."""

import datetime as dt

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox

from consult_app.ops.workspaces import create as create_workspace
from consult_app.store import Workspace
from consult_app.store.sync import field_copy, find_peer, my_keys
from consult_app.ui import labels
from consult_app.ui.exchange import ExchangePartnersDialog
from consult_app.ui.main_window import MainWindow

from ..conftest import copy_of_demo
from ..store.test_sync import edit_action
from .test_main_window import find_session


def test_send_and_receive_with_a_decision_per_conflict(qtbot, tmp_path, demo_template):
    s, a = tmp_path / "s.consult", tmp_path / "a.consult"
    copy_of_demo(demo_template, s)
    with Workspace.open(s) as ws:
        field_copy(ws, a, name="Bamako")
    edit_action(s, "Claire Moreau")
    edit_action(a, "Oumar Diarra")
    with Workspace.open(a) as ws:
        ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "at_risk", note="from Bamako")
    field = MainWindow(Workspace.open(a))
    qtbot.addWidget(field)
    send = field.exchange.send_changes_to(tmp_path / "a1.packet")
    send.accept()
    assert send.result() == 1 and (tmp_path / "a1.packet").exists()
    field.workspace.close()

    ws = Workspace.open(s)
    window = MainWindow(ws)
    qtbot.addWidget(window)
    dialog = window.exchange.receive_changes_from(tmp_path / "a1.packet")
    assert dialog.summary.text().startswith("Packet 1 from Bamako (") and dialog.summary.text().endswith("): 2 changes.")
    listed = [dialog.changes.item(r).text() for r in range(dialog.changes.count())]
    today = labels.day(dt.date.today())
    assert sorted(listed) == sorted(
        [  # each change in words: what it is about, by the name a secretariat knows
            f"Status of MLFR-2001-01: At risk, {today} — “from Bamako”",
            "Follow-up action “Identifier une banque malienne partenaire pour la garantie …”: Assigned to → Oumar Diarra",
        ]
    )
    assert dialog.conflicts.rowCount() == 1
    assert [dialog.conflicts.item(0, c).text() for c in range(1, 5)] == ["assignee", "Hélène Garnier", "Claire Moreau", "Oumar Diarra"]
    conflict, choice, edit = dialog.decisions[0]
    choice.setCurrentIndex(choice.findData("edit"))
    edit.setText("Claire Moreau (lead), Oumar Diarra")
    dialog.accept()
    assert dialog.result() == 1
    assert next(x for x in ws.actions() if x.description.startswith("Identifier")).assignee == "Claire Moreau (lead), Oumar Diarra"
    assert ws.events(ws.commitment_by_ref("MLFR-2001-01").id)[-1].note == "from Bamako"
    again = window.exchange.receive_changes_from(tmp_path / "a1.packet")
    assert "already imported" in again.summary.text()
    assert not again.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    window.close()
    ws.close()


def test_a_bad_packet_is_refused_in_the_preview(qtbot, demo, tmp_path):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    bad = tmp_path / "bad.packet"
    bad.write_bytes(b"not a packet")
    dialog = window.exchange.receive_changes_from(bad)
    assert dialog.summary.text() == "bad.packet is not a Consult change packet."
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    send = window.exchange.send_changes_to(tmp_path / "x.packet")
    assert send.error.text() == "This workspace has no exchange partner yet: make a field copy first (consult-app field-copy)."


def test_a_file_larger_than_any_packet_is_not_read(qtbot, demo, tmp_path):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    huge = tmp_path / "huge.packet"
    with huge.open("wb") as f:
        f.truncate(257 * 1024 * 1024)  # sparse: as large as it says, nothing read
    saved = demo.path.read_bytes()
    assert window.exchange.receive_changes_from(huge) is None
    assert window.statusBar().currentMessage() == f"{huge} is larger than any change packet Consult writes; it was not read."
    assert demo.path.read_bytes() == saved


def test_exchange_partners_shows_safety_numbers_rotates_keys_and_forgets(qtbot, tmp_path, demo_template):
    s, a = tmp_path / "s.consult", tmp_path / "a.consult"
    copy_of_demo(demo_template, s)
    with Workspace.open(s) as ws:
        field_copy(ws, a, name="Bamako embassy", dialogue_code="ML-FR")
    with Workspace.open(a) as ws:
        copy_number, secretariat_seen_by_copy = my_keys(ws).fingerprint, find_peer(ws, "Secretariat").fingerprint
    window = MainWindow(Workspace.open(s))
    qtbot.addWidget(window)
    window.findChild(QAction, "exchange_partners").trigger()
    dialog = window.findChild(ExchangePartnersDialog)
    assert dialog.own.text() == f"This workspace (Secretariat): safety number {secretariat_seen_by_copy}"
    assert [dialog.table.item(0, c).text() for c in range(4)] == ["Bamako embassy", "field copy of ML-FR", "0 / 0", copy_number]
    answers = []
    dialog.confirm = lambda title, text: answers.append(title) or True  # the person says yes
    dialog.rotate_button.click()
    assert answers == ["Rotate My Keys"]
    assert dialog.own.text() != f"This workspace (Secretariat): safety number {secretariat_seen_by_copy}"
    dialog.forget_button.click()
    assert dialog.error.text() == "Choose the partner to forget in the list."
    dialog.table.selectRow(0)
    dialog.forget_button.click()
    assert answers == ["Rotate My Keys", "Forget Partner"]
    assert dialog.table.rowCount() == 0 and not dialog.forget_button.isEnabled()
    window.workspace.close()


def test_exchange_partners_lists_both_kinds_with_their_rights(qtbot, tmp_path, demo_template):
    """A field copy and the other delegation's secretariat, side by side; for the latter, the pair's fingerprint."""
    from consult_app.exchange.keys import pair_fingerprint
    from consult_app.ops import partners

    s, a, ml = tmp_path / "s.consult", tmp_path / "a.consult", tmp_path / "ml.consult"
    copy_of_demo(demo_template, s)
    with Workspace.open(s) as ws:
        field_copy(ws, a, name="Bamako embassy", dialogue_code="ML-FR")
        partners.invite(ws, ws.dialogue_by_code("ML-FR").id, "Secrétariat malien", tmp_path / "invite")
    with create_workspace(ml) as ws:
        partners.accept(ws, tmp_path / "invite", name="Secrétariat français", reply_out=tmp_path / "reply")
        theirs = my_keys(ws)
    with Workspace.open(s) as ws:
        partners.accept(ws, tmp_path / "reply")
        pair = pair_fingerprint(my_keys(ws), theirs)
    window = MainWindow(Workspace.open(s))
    qtbot.addWidget(window)
    window.findChild(QAction, "exchange_partners").trigger()
    dialog = window.findChild(ExchangePartnersDialog)
    rows = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())]
    assert [r[:2] for r in rows] == [["Bamako embassy", "field copy of ML-FR"], ["Secrétariat malien", "other delegation's secretariat of ML-FR"]]
    assert rows[1][3] == pair
    assert rows[0][4] == "status, measurements and follow-up actions of its dialogue"
    assert rows[1][4].startswith("its own assessments, joint actions, proposals and comments")
    window.workspace.close()


def test_pairing_through_the_window(qtbot, tmp_path, demo_template):
    """France invites from Exchange Partners, a new Mali workspace accepts there and writes its reply, France accepts the reply:
    both list each other, with the same pair fingerprint; a refusal keeps the dialog open with its sentence and writes nothing."""
    from consult_app.ui.pairing import AcceptDialog, InviteDialog

    fr, ml = tmp_path / "fr.consult", tmp_path / "ml.consult"
    copy_of_demo(demo_template, fr)
    create_workspace(ml).close()

    def partners_dialog(path):
        window = MainWindow(Workspace.open(path))
        qtbot.addWidget(window)
        window.findChild(QAction, "exchange_partners").trigger()
        return window, window.findChild(ExchangePartnersDialog)

    france, dialog = partners_dialog(fr)
    invite = dialog.open_invite()
    assert isinstance(invite, InviteDialog) and invite.dialogue.currentText() == "IT-AL — Italy–Albania Joint Committee on Migration and Police Cooperation"
    dialog.close()
    france.navigator.setCurrentItem(find_session(france, "ML-FR", "3rd session"))
    france.findChild(QAction, "exchange_partners").trigger()
    dialog = france.findChildren(ExchangePartnersDialog)[-1]
    invite = dialog.open_invite()  # the dialogue in hand comes first
    assert invite.dialogue.currentText() == "ML-FR — Consultation franco-malienne sur la migration"
    invite.out.path.setText(str(tmp_path / "invite.consult-partner"))
    invite.accept()  # no name
    assert invite.isVisible() and invite.error.text() == "Name: say who the invitation is for (for example 'Secrétariat malien')."
    assert not (tmp_path / "invite.consult-partner").exists()
    invite.name.setText("Secrétariat malien")
    invite.accept()
    assert not invite.isVisible() and (tmp_path / "invite.consult-partner").is_file()
    assert dialog.notice.text().startswith(f"Invitation for Secrétariat malien written to {tmp_path / 'invite.consult-partner'}: the safety number")
    france.workspace.close()

    mali, dialog = partners_dialog(ml)
    accept = dialog.open_accept()
    assert isinstance(accept, AcceptDialog)
    accept.infile.path.setText(str(tmp_path / "invite.consult-partner"))
    accept.name.setText("Secrétariat français")
    accept.accept()  # no reply file
    assert accept.isVisible() and accept.error.text() == "Reply file: say where to write the reply to send back."
    accept.reply.path.setText(str(tmp_path / "reply.consult-partner"))
    accept.accept()
    assert not accept.isVisible() and (tmp_path / "reply.consult-partner").is_file()
    assert dialog.notice.text().startswith("Paired with Secrétariat français on ML-FR. Send ")
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == ["Secrétariat français"]
    assert [d.code for d in mali.workspace.dialogues()] == ["ML-FR"]  # its dialogue loaded, and the window shows it
    pair = dialog.table.item(0, 3).text()
    mali.workspace.close()

    france, dialog = partners_dialog(fr)
    accept = dialog.open_accept()
    accept.infile.path.setText(str(tmp_path / "reply.consult-partner"))
    accept.accept()
    assert dialog.notice.text().startswith("Paired with Secrétariat malien on ML-FR: packets between you carry joint content only.")
    assert [(dialog.table.item(r, 0).text(), dialog.table.item(r, 3).text()) for r in range(dialog.table.rowCount())] == [("Secrétariat malien", pair)]
    france.workspace.close()
