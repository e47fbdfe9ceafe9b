"""Passphrases in the window: the unlock dialog, and protecting a workspace with a passphrase.

Where passphrases come from, and the OS keyring, are :mod:`consult_app.passphrase`
(shared with the command line); the store derives the keys.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget

from .. import passphrase
from ..domain.errors import ConsultError, PassphraseNeeded, WrongPassphrase
from ..store.connection import offer_passphrase, withdraw_passphrase
from .widgets import error_label, ok_cancel

T = TypeVar("T")


def _warning() -> QLabel:
    label = QLabel(
        QCoreApplication.translate(
            "UnlockDialog", "A lost passphrase cannot be recovered: without it nobody, not even Consult's developers, can open the file."
        )
    )
    label.setObjectName("lost_warning")
    label.setWordWrap(True)
    return label


def _secret(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _remember_box() -> QCheckBox:
    box = QCheckBox(QCoreApplication.translate("UnlockDialog", "Remember on this computer (in the system's keyring)"))
    box.setObjectName("remember")
    box.setChecked(False)
    return box


class _PassphraseDialog(QDialog):
    """What both passphrase dialogs end with: remember it in the keyring, the warning, a line for what is wrong, OK."""

    def _finish(self, layout: QVBoxLayout, ok_text: str, problem: str = "") -> None:
        self.remember = _remember_box()
        layout.addWidget(self.remember)
        layout.addWidget(_warning())
        self.error = error_label()
        self.error.setText(problem)
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, ok_text))
        self.setMinimumWidth(460)


class UnlockDialog(_PassphraseDialog):
    """Asks for the passphrase of an encrypted workspace."""

    def __init__(self, path: Path, parent: QWidget | None = None, problem: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted workspace"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("{name} is encrypted. Enter its passphrase to open it.").format(name=path.name))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.passphrase = _secret("passphrase")
        layout.addWidget(self.passphrase)
        self._finish(layout, self.tr("Unlock"), problem)


class ProtectDialog(_PassphraseDialog):
    """Asks for a new passphrase, twice: File › Protect with a Passphrase (or Change Passphrase)."""

    def __init__(self, path: Path, parent: QWidget | None = None, *, change: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change Passphrase") if change else self.tr("Protect with a Passphrase"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("{name} and its snapshots will be encrypted with this passphrase; Consult asks for it each time it opens the file.").format(name=path.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("New passphrase (at least 8 characters; several words are best):")))
        self.passphrase = _secret("passphrase")
        layout.addWidget(self.passphrase)
        layout.addWidget(QLabel(self.tr("The same again:")))
        self.again = _secret("again")
        layout.addWidget(self.again)
        self._finish(layout, self.tr("Encrypt"))

    def accept(self) -> None:
        if self.passphrase.text() != self.again.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return
        try:
            passphrase.checked(self.passphrase.text())
        except ConsultError:
            self.error.setText(self.tr("A passphrase needs at least 8 characters."))
            return
        super().accept()


def with_passphrase(path: Path, opening: Callable[[], T], parent: QWidget | None = None, *, ask: Callable[[UnlockDialog], bool] | None = None) -> T:
    """Run ``opening``; while the file needs a passphrase, try the keyring once, then ask until it fits or is cancelled.

    Args:
        ask: shows the dialog and says whether it was accepted (default: ``exec``); tests pass their own.

    Raises:
        PassphraseNeeded: cancelled (the sentence says the file is encrypted).
    """
    ask = ask or (lambda dialog: dialog.exec() == QDialog.DialogCode.Accepted)
    try:
        return opening()  # a plain file, or a passphrase already given: the keyring is not even loaded
    except PassphraseNeeded as exc:
        first = exc
    kept = passphrase.recall(path)
    if kept:
        offer_passphrase(kept)
        try:
            return opening()
        except PassphraseNeeded as exc:  # the keyring's passphrase no longer fits (changed elsewhere): ask
            withdraw_passphrase(kept)
            first = exc
    wrong = QCoreApplication.translate("UnlockDialog", "That passphrase is wrong; try again.")
    problem = wrong if isinstance(first, WrongPassphrase) and not kept else ""
    while True:
        dialog = UnlockDialog(Path(path), parent, problem)
        if not ask(dialog):
            raise first
        typed = dialog.passphrase.text()
        offer_passphrase(typed)
        try:
            opened = opening()
        except WrongPassphrase:
            withdraw_passphrase(typed)
            problem = wrong
            continue
        if dialog.remember.isChecked():
            try:
                passphrase.remember(path, typed)
            except ConsultError as exc:  # opened all the same: say why it will be asked for again
                from . import messages

                QMessageBox.warning(parent, QCoreApplication.translate("UnlockDialog", "Passphrase not remembered"), messages.translate(str(exc)))
        return opened
