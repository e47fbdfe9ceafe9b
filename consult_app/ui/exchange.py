"""File › Send Changes and Receive Changes: change packets with a preview and per-conflict decisions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ConsultError
from ..services import write_bytes
from ..store import Workspace
from ..store.sync import READABLE, ImportReport, export_packet, import_packet, peers
from .widgets import error_label, ok_cancel

KEEP, TAKE, EDIT = "ours", "theirs", "edit"


class SendChangesDialog(QDialog):
    """Choose the partner; the packet is written to the file chosen."""

    def __init__(self, workspace: Workspace, target: Path, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.target = target
        self.header: dict | None = None
        self.setWindowTitle(self.tr("Send Changes"))
        form = QFormLayout(self)
        self.partner = QComboBox()
        self.partner.setObjectName("partner")
        for p in peers(workspace):
            self.partner.addItem(self.tr("{name} (sent so far: {n})").format(name=p.name, n=p.sent), p.device_id)
        form.addRow(self.tr("Send to:"), self.partner)
        form.addRow(self.tr("File:"), QLabel(str(target)))
        self.error = error_label()
        form.addRow(self.error)
        buttons = ok_cancel(self, self.tr("Write Packet"))
        form.addRow(buttons)
        if self.partner.count() == 0:
            self.error.setText(self.tr("This workspace has no exchange partner yet: make a field copy first (consult-app field-copy)."))

    def accept(self) -> None:
        try:
            data, self.header = export_packet(self.workspace, self.partner.currentData())
            write_bytes(self.target, data)
        except ConsultError as exc:
            self.error.setText(str(exc))
            return
        super().accept()


class ReceiveChangesDialog(QDialog):
    """Preview a packet (additions, changes, deletions, conflicts) and decide each conflict before writing."""

    def __init__(self, workspace: Workspace, source: Path, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.source = source
        self.data = source.read_bytes()
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Receive Changes — {name}").format(name=source.name))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.conflicts = QTableWidget(0, 6)
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setHorizontalHeaderLabels([self.tr("What"), self.tr("Field"), self.tr("Original"), self.tr("Ours"), self.tr("Theirs"), self.tr("Decision")])
        self.conflicts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.conflicts)
        self.error = error_label()
        layout.addWidget(self.error)
        self.buttons = ok_cancel(self, self.tr("Import"))
        layout.addWidget(self.buttons)
        self.decisions: list[tuple[object, QComboBox, QLineEdit]] = []
        self.resize(900, 480)
        self._preview()

    def _preview(self) -> None:
        try:
            self.report = import_packet(self.workspace, self.data, name=self.source.name, dry_run=True)
        except ConsultError as exc:
            self.summary.setText(str(exc))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.conflicts.hide()
            return
        lines = self.report.lines()
        self.summary.setText("\n".join(lines[: -len(self.report.conflicts) or None]))
        if self.report.already:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.conflicts.setRowCount(len(self.report.conflicts))
        for row, conflict in enumerate(self.report.conflicts):
            for col, text in enumerate((f"{READABLE.get(conflict.table, conflict.table)} {conflict.row_id[:8]}…", conflict.column, conflict.original, conflict.ours, conflict.theirs)):
                self.conflicts.setItem(row, col, QTableWidgetItem("" if text is None else str(text)))
            choice = QComboBox()
            choice.setObjectName(f"decision_{row}")
            choice.addItem(self.tr("Keep ours"), KEEP)
            if conflict.column != "(row)":
                choice.addItem(self.tr("Take theirs"), TAKE)
                choice.addItem(self.tr("Edit…"), EDIT)
            edit = QLineEdit("" if conflict.ours is None else str(conflict.ours))
            edit.setObjectName(f"edit_{row}")
            edit.setVisible(False)
            choice.currentIndexChanged.connect(lambda _i, c=choice, e=edit: e.setVisible(c.currentData() == EDIT))
            holder = QWidget()  # keeps the choice and its editor together in the cell
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.addWidget(choice)
            holder_layout.addWidget(edit)
            self.conflicts.setCellWidget(row, 5, holder)
            self.conflicts.setRowHeight(row, 56)
            self.decisions.append((conflict, choice, edit))
        if not self.report.conflicts:
            self.conflicts.hide()

    def resolutions(self) -> dict:
        chosen = {}
        for conflict, choice, edit in self.decisions:
            key = (conflict.table, conflict.row_id, conflict.column)
            decision = choice.currentData()
            if decision == TAKE:
                chosen[key] = conflict.theirs
            elif decision == EDIT:
                chosen[key] = edit.text()
            else:
                chosen[key] = conflict.ours
        return chosen

    def accept(self) -> None:
        try:
            report = import_packet(self.workspace, self.data, name=self.source.name, resolutions=self.resolutions())
        except ConsultError as exc:
            self.error.setText(str(exc))
            return
        if not report.written:
            self.error.setText(self.tr("Some conflicts are still undecided; nothing was written."))
            return
        self.report = report
        super().accept()
