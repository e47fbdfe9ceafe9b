"""Pairing from the window: the other secretariat's invitation accepted into a new workspace file, in one step."""

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QPushButton

from consult_app.exchange.keys import pair_fingerprint
from consult_app.ops import partners
from consult_app.ops.workspaces import create as create_workspace
from consult_app.store import Workspace
from consult_app.store.sync import my_keys
from consult_app.ui.exchange import ExchangePartnersDialog
from consult_app.ui.main_window import MainWindow
from consult_app.ui.pairing import AcceptDialog


def invitation(tmp_path: Path) -> tuple[Path, Path]:
    """France's demo workspace and its invitation to Mali's secretariat for ML-FR, made by France's own workspace."""
    fr, invite = tmp_path / "fr.consult", tmp_path / "invite.consult-partner"
    with create_workspace(fr, demo=True) as ws:
        partners.invite(ws, ws.dialogue_by_code("ML-FR").id, "Secrétariat malien", invite)
    return fr, invite


def accept_dialog(qtbot, path: Path):
    """The window on ``path``, File › Exchange Partners, then Accept Invitation or Reply…"""
    window = MainWindow(Workspace.open(path))
    qtbot.addWidget(window)
    window.findChild(QAction, "exchange_partners").trigger()
    partners_dialog = window.findChild(ExchangePartnersDialog)
    return window, partners_dialog, partners_dialog.open_accept()


def files(folder: Path) -> dict[str, bytes | None]:
    """Every file and folder under ``folder``, with the bytes of each file: what a refusal must leave as it was."""
    return {str(p.relative_to(folder)): p.read_bytes() if p.is_file() else None for p in sorted(folder.rglob("*"))}


def test_an_invitation_accepted_into_a_new_workspace_opens_it_in_the_window(qtbot, tmp_path):
    """Mali, with an unrelated workspace open, accepts France's invitation into a new file: the file is made, the
    dialogue loaded into it, the reply written, and the window shows the new workspace; the one open before is untouched."""
    fr, invite = invitation(tmp_path)
    other = tmp_path / "other.consult"
    create_workspace(other).close()
    before = other.read_bytes()
    window, partners_dialog, dialog = accept_dialog(qtbot, other)
    assert isinstance(dialog, AcceptDialog) and dialog.into.currentText() == "this workspace (other.consult)"
    assert not dialog.new_file.isEnabled()
    dialog.into.setCurrentIndex(dialog.into.findText("a new workspace file"))
    assert dialog.new_file.isEnabled()
    ml, reply = tmp_path / "mali.consult", tmp_path / "reply.consult-partner"
    dialog.infile.path.setText(str(invite))
    dialog.name.setText("Secrétariat français")
    dialog.reply.path.setText(str(reply))
    dialog.new_file.path.setText(str(ml))
    dialog.accept()

    assert not dialog.isVisible(), dialog.error.text()
    assert window.workspace.path == ml.resolve() and not window.workspace.closed
    assert [d.code for d in window.workspace.dialogues()] == ["ML-FR"]
    assert window.workspace.home_party(window.workspace.dialogue_by_code("ML-FR").id).code == "ML"
    assert partners_dialog.workspace is window.workspace
    assert [partners_dialog.table.item(r, 0).text() for r in range(partners_dialog.table.rowCount())] == ["Secrétariat français"]
    assert partners_dialog.notice.text().startswith(f"Paired with Secrétariat français on ML-FR: {ml} is open, with the joint record. Send {reply} back")
    pair = partners_dialog.table.item(0, 3).text()
    assert partners_dialog.notice.text().endswith(f"Pair fingerprint, to compare by telephone: {pair}.")
    window.workspace.close()
    assert other.read_bytes() == before
    with Workspace.open(other) as ws:
        assert ws.dialogues() == []

    with Workspace.open(fr) as ws:  # France accepts the reply: both sides show the same pair fingerprint
        partners.accept(ws, reply)
        with Workspace.open(ml) as mali:
            assert pair_fingerprint(my_keys(ws), my_keys(mali)) == pair


def test_a_refused_acceptance_into_a_new_workspace_says_why_and_leaves_nothing_behind(qtbot, tmp_path):
    """No file named, a damaged invitation, a reply instead of an invitation, an existing target, the reply written over
    the new file: one sentence each in the dialog, which stays open; no new workspace, exchange folder or lock is left."""
    fr, invite = invitation(tmp_path)
    ml, reply = tmp_path / "mali.consult", tmp_path / "reply.consult-partner"
    window, _partners, dialog = accept_dialog(qtbot, fr)
    dialog.into.setCurrentIndex(1)
    dialog.infile.path.setText(str(invite))
    dialog.name.setText("Secrétariat français")
    dialog.reply.path.setText(str(reply))
    window.workspace.close()  # France's own file is closed too, so that its bytes can be compared
    before = files(tmp_path)

    def refused(sentence: str) -> None:
        dialog.accept()
        assert dialog.isVisible() and dialog.error.text() == sentence
        assert dialog.created is None
        assert files(tmp_path) == before

    refused("Say where to make the new workspace, or accept into this one.")
    dialog.new_file.path.setText(str(ml))
    altered = tmp_path / "altered.consult-partner"
    altered.write_bytes(invite.read_bytes().replace("Secrétariat malien".encode(), "Secrétariat maliem".encode()))
    before = files(tmp_path)
    dialog.infile.path.setText(str(altered))
    refused("altered.consult-partner was altered after it was signed (or is damaged); nothing was changed.")
    dialog.infile.path.setText(str(invite))
    dialog.new_file.path.setText(str(fr))
    refused(f"{fr} already exists: choose another name or open it instead.")
    dialog.new_file.path.setText(str(ml))
    dialog.reply.path.setText(str(ml))  # the reply would go over the new workspace: refused after it was made, and removed
    refused(f"{ml} already exists: choose another name.")
    dialog.reply.path.setText(str(reply))
    dialog.name.clear()
    refused("Name: say what to call the secretariat that invited you (for example 'Secrétariat français').")

    with create_workspace(tmp_path / "mali-first.consult") as ws:  # a reply, made by accepting the invitation elsewhere
        partners.accept(ws, invite, name="Secrétariat français", reply_out=reply)
    before = files(tmp_path)
    dialog.name.setText("Secrétariat français")
    dialog.infile.path.setText(str(reply))
    dialog.reply.path.setText(str(tmp_path / "reply-2.consult-partner"))
    refused("reply.consult-partner is a reply to an invitation: accept it in the workspace that made the invitation; nothing was created.")


def test_the_new_workspace_is_chosen_as_file_new_chooses_one(qtbot, tmp_path, monkeypatch):
    """Choose… beside the new workspace asks for a file to write, in the open workspace's folder, and adds .consult."""
    other = tmp_path / "other.consult"
    create_workspace(other).close()
    window, _partners, dialog = accept_dialog(qtbot, other)
    asked = []

    def save_as(parent, title, start, filters):
        asked.append((start, filters))
        return str(tmp_path / "mali"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog.into.setCurrentIndex(1)
    dialog.new_file.findChild(QPushButton, "choose_new_workspace").click()
    assert asked == [(str(tmp_path), "Consult workspaces (*.consult)")]
    assert dialog.new_file.value() == tmp_path / "mali.consult"
    window.workspace.close()


def test_the_choice_and_its_refusal_read_in_french(qtbot, tmp_path, french):
    other = tmp_path / "autre.consult"
    create_workspace(other).close()
    window, _partners, dialog = accept_dialog(qtbot, other)
    assert [dialog.into.itemText(i) for i in range(dialog.into.count())] == ["cet espace de travail (autre.consult)", "un nouveau fichier d’espace de travail"]
    dialog.into.setCurrentIndex(1)
    dialog.infile.path.setText(str(tmp_path / "invitation.consult-partner"))
    dialog.accept()
    assert dialog.error.text() == "Indiquez où créer le nouvel espace de travail, ou acceptez dans celui-ci."
    window.workspace.close()


def test_a_bare_name_makes_the_new_workspace_beside_the_one_open(qtbot, tmp_path, monkeypatch):
    """A name typed without a folder means the open workspace's folder (where Choose… starts), not the current directory."""
    fr, invite = invitation(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    window, partners_dialog, dialog = accept_dialog(qtbot, fr)
    dialog.into.setCurrentIndex(1)
    dialog.infile.path.setText("invite.consult-partner")
    dialog.name.setText("Secrétariat français")
    dialog.reply.path.setText("reply.consult-partner")
    dialog.new_file.path.setText("mali.consult")
    dialog.accept()
    assert not dialog.isVisible(), dialog.error.text()
    assert window.workspace.path == (tmp_path / "mali.consult").resolve() and (tmp_path / "reply.consult-partner").is_file()
    assert list(elsewhere.iterdir()) == []
    window.workspace.close()
