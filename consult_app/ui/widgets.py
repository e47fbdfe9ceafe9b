"""Small pieces every dialog uses."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel


def error_label(name: str = "error") -> QLabel:
    """The red sentence beside a form that says why input was refused."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet("color: #b91c1c")
    label.setWordWrap(True)
    return label


def ok_cancel(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    """OK and Cancel wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
