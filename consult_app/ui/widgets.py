"""Small pieces every dialog uses."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, Qt
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel


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


def date_edit(value: dt.date | None, name: str) -> QDateEdit:
    """A date picker (calendar pop-up, ISO display) that offers only the dates Consult stores (1900–2199)."""
    from ..domain.validate import EARLIEST, LATEST

    value = value or dt.date.today()
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setDateRange(QDate(EARLIEST.year, EARLIEST.month, EARLIEST.day), QDate(LATEST.year, LATEST.month, LATEST.day))
    return edit


class FieldErrors:
    """For dialogs that show each refusal under the field it concerns.

    ``errors`` maps a field name to its (hidden until needed) red label;
    ``show_error`` places an :class:`Invalid`'s sentence under its field, or
    under ``fallback`` when the field has no label of its own.
    """

    errors: dict[str, QLabel]

    def field_error(self, field: str) -> QLabel:
        if not hasattr(self, "errors"):
            self.errors = {}
        label = error_label(f"error_{field}")
        label.hide()
        self.errors[field] = label
        return label

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.hide()

    def submit(self, read, save) -> None:
        """OK pressed: read the form (``read`` may raise Invalid) and ``save`` it (True when done, then the dialog closes).

        A refusal either way is shown under its field (see :meth:`show_error`, fallback ``other``) and the dialog stays open.
        """
        from ..domain.errors import Invalid

        self.clear_errors()
        try:
            value = read()
        except Invalid as exc:
            self.show_error(exc, "other")
            return
        if save(value):
            QDialog.accept(self)

    def show_error(self, exc, fallback: str) -> None:
        field = (getattr(exc, "field", None) or fallback).split(".")[0]
        label = self.errors.get(field) or self.errors[fallback]
        text = str(exc)
        if getattr(exc, "field", None) and text.startswith(exc.field + ": "):
            text = text[len(exc.field) + 2 :]
        label.setText(text[:1].upper() + text[1:])
        label.show()


class TableModel(QAbstractTableModel):
    """A flat table model whose columns are named by ``headers``."""

    headers: list[str] = []

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None
