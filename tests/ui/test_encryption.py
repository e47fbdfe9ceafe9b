"""The window and encrypted workspaces: the unlock dialog, everything working, File › Protect with a Passphrase (issue 14)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from consult_app import passphrase
from consult_app.ops.workspaces import create as create_workspace
from consult_app.store import Workspace, connection
from consult_app.store.sync import field_copy
from consult_app.ui.documents import TRACKER
from consult_app.ui.main_window import MainWindow
from consult_app.ui.unlock import ProtectDialog, UnlockDialog

from ..conftest import copy_of_demo
from ..store.test_encryption import PASS, clear_text_in, markers
from .test_documents import wait_for_preview
from .test_workbench import register_refs, top


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in this process (the machine's own keyring is not the thing under test)."""

    priority = 1

    def __init__(self):
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    connection.forget_keys()
    yield ring
    keyring.set_keyring(before)
    connection.forget_keys()


@pytest.fixture
def encrypted(tmp_path):
    path = tmp_path / "secret.consult"
    create_workspace(path, demo=True, key=connection.new_key(PASS)).close()
    connection.forget_keys()
    return path


@pytest.fixture
def window(qtbot, tmp_path):
    create_workspace(tmp_path / "plain.consult").close()
    w = MainWindow(Workspace.open(tmp_path / "plain.consult"))
    qtbot.addWidget(w)
    w.show()
    yield w
    w.workspace.close()


def answer(*typed: str, remember: bool = False) -> list[str]:
    """Answer the next unlock dialogs with these passphrases in turn; returns the problems each dialog showed."""
    shown: list[str] = []
    queue = list(typed)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnlockDialog):
            QTimer.singleShot(20, fill)
            return
        shown.append(dialog.error.text())
        dialog.passphrase.setText(queue.pop(0))
        dialog.remember.setChecked(remember)
        dialog.accept()
        if queue:
            QTimer.singleShot(20, fill)

    QTimer.singleShot(0, fill)
    return shown


def test_the_window_asks_for_the_passphrase_and_everything_works(qtbot, window, encrypted, tmp_path, demo_template):
    shown = answer("not it at all", PASS)
    assert window.files.open_path(encrypted)
    assert shown == ["", "That passphrase is wrong; try again."]
    assert window.workspace.path == encrypted and window.workspace.encrypted
    assert window.protect_action.text() == "Change &Passphrase…"
    # the register, and search as you type
    window.navigator.setCurrentItem(top(window, "ML-FR"))
    window.tabs.setCurrentWidget(window.register_view)
    assert len(register_refs(window)) == 9
    qtbot.keyClicks(window.register_view.search, "banque")
    assert register_refs(window) == ["MLFR-2002-03"]
    # Ctrl+K search
    search = window.navigation.search_workspace()
    qtbot.keyClicks(search.query, "bakanligi")
    assert search.results.count() >= 1
    search.close()
    # a document
    options = window.documents.generate(TRACKER)
    options.accept()
    assert wait_for_preview(qtbot, window).document.pageCount() >= 1
    # packets: a field copy of the encrypted workspace, and a packet sent to it
    field_copy(window.workspace, tmp_path / "field.consult", name="Bamako", key=connection.new_key("field copy passphrase"))
    from consult_app.ops import register

    register.log_status(window.workspace, window.workspace.commitment_by_ref("MLFR-2002-03").id, "at_risk", note="something to send")
    send = window.exchange.send_changes_to(tmp_path / "to-bamako.packet")
    send.accept()
    assert send.result() == 1
    # nothing of it in the clear in the exchange folder
    copy_of_demo(demo_template, tmp_path / "demo.consult")
    assert clear_text_in(list((tmp_path / "secret.consult-exchange").rglob("*.base")), markers(tmp_path / "demo.consult")) == []


def test_cancel_leaves_the_current_workspace_open(qtbot, window, encrypted):
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    assert not window.files.open_path(encrypted)
    assert window.workspace.path.name == "plain.consult"


def test_remember_on_this_computer_uses_the_keyring_and_is_off_by_default(qtbot, window, encrypted, memory_keyring):
    dialog = UnlockDialog(encrypted)
    qtbot.addWidget(dialog)
    assert not dialog.remember.isChecked()
    assert "cannot be recovered" in dialog.findChild(type(dialog.error), "lost_warning").text()
    answer(PASS, remember=True)
    assert window.files.open_path(encrypted)
    assert passphrase.recall(encrypted) == PASS
    window.files.open_path(window.workspace.path.with_name("plain.consult"))
    connection.forget_keys()
    assert window.files.open_path(encrypted)  # no dialog: the keyring had it


def test_protect_with_a_passphrase_from_the_file_menu(qtbot, window, tmp_path, demo_template):
    copy_of_demo(demo_template, tmp_path / "demo.consult")
    texts = markers(tmp_path / "demo.consult")
    assert window.files.open_path(tmp_path / "demo.consult")
    dialog = window.files.protect()
    assert isinstance(dialog, ProtectDialog) and not dialog.remember.isChecked()
    dialog.passphrase.setText(PASS)
    dialog.again.setText(PASS + "x")
    dialog.accept()
    assert dialog.error.text() == "The two passphrases differ."
    dialog.again.setText(PASS)
    dialog.accept()
    qtbot.waitUntil(lambda: not window.workspace.closed and window.workspace.encrypted, timeout=30000)
    assert window.protect_action.text() == "Change &Passphrase…"
    assert connection.is_encrypted(tmp_path / "demo.consult")
    assert clear_text_in([tmp_path / "demo.consult", *window.workspace.snapshots()[0].path.parent.glob("*.consult")], texts) == []
    assert len(window.workspace.dialogues()) == 5
