"""File › Send Changes, Receive Changes and Exchange Partners: packets with a preview and per-conflict decisions, partners' keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ConsultError
from ..ops import exchange as exchange_ops
from ..ops.exports import write_bytes
from ..store import Workspace
from ..store.sync import READABLE, ImportReport, device, my_keys, peers
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
            data, self.header = exchange_ops.export_packet(self.workspace, self.partner.currentData())
            write_bytes(self.target, data, private=True)
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
            self.report = exchange_ops.import_packet(self.workspace, self.data, name=self.source.name, dry_run=True)
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
            report = exchange_ops.import_packet(self.workspace, self.data, name=self.source.name, resolutions=self.resolutions())
        except ConsultError as exc:
            self.error.setText(str(exc))
            return
        if not report.written:
            self.error.setText(self.tr("Some conflicts are still undecided; nothing was written."))
            return
        self.report = report
        super().accept()


class ExchangePartnersDialog(QDialog):
    """This workspace's safety number and its partners': compare them by telephone; rotate keys; forget a partner."""

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Exchange Partners"))
        layout = QVBoxLayout(self)
        self.own = QLabel()
        self.own.setObjectName("own")
        self.own.setTextInteractionFlags(self.own.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.own)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("partners")
        self.table.setHorizontalHeaderLabels([self.tr("Partner"), self.tr("Kind"), self.tr("Packets sent / received"), self.tr("Safety number")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        hint = QLabel(self.tr(
            "Read the safety numbers to the person at the other end by telephone: their Exchange Partners shows the same two "
            "numbers. If they differ, do not exchange packets and make a new field copy."
        ))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error = error_label()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.rotate_button = QPushButton(self.tr("Rotate My Keys…"))
        self.rotate_button.setObjectName("rotate")
        self.rotate_button.clicked.connect(self.rotate)
        self.forget_button = QPushButton(self.tr("Forget Partner…"))
        self.forget_button.setObjectName("forget")
        self.forget_button.clicked.connect(self.forget)
        buttons.addButton(self.rotate_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout.addWidget(buttons)
        self.resize(820, 360)
        self.refresh()

    def refresh(self) -> None:
        codes = {d.id: d.code for d in self.workspace.dialogues()}
        self.own.setText(self.tr("This workspace ({name}): safety number {number}").format(name=device(self.workspace)[1], number=my_keys(self.workspace).fingerprint))
        self.partners = peers(self.workspace)
        self.table.setRowCount(len(self.partners))
        for row, p in enumerate(self.partners):
            kind = {"field_copy": self.tr("field copy"), "secretariat": self.tr("secretariat")}.get(p.kind, self.tr("paired before packets were signed"))
            if p.scope_dialogue_id:
                kind = self.tr("{kind} of {dialogue}").format(kind=kind, dialogue=codes.get(p.scope_dialogue_id, "?"))
            number = p.fingerprint if p.keys else self.tr("no key: make a new field copy")
            for col, text in enumerate((p.name, kind, f"{p.sent} / {p.received}", number)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.forget_button.setEnabled(bool(self.partners))

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def rotate(self) -> None:
        if self.confirm(self.tr("Rotate My Keys"), self.tr(
            "Make new keys for this workspace? Partners learn them from the next packet you send each one; read them the new "
            "safety number. Rotate again only after each partner has received a packet."
        )):
            self._do(lambda: exchange_ops.rotate_keys(self.workspace))

    def forget(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.partners):
            self.error.setText(self.tr("Choose the partner to forget in the list."))
            return
        partner = self.partners[row]
        if self.confirm(self.tr("Forget Partner"), self.tr(
            "Forget {name}? Its packets will be refused from now on (use this for a lost or retired field copy); "
            "to exchange with it again, make a new field copy."
        ).format(name=partner.name)):
            self._do(lambda: exchange_ops.forget_partner(self.workspace, partner.device_id))

    def _do(self, work) -> None:
        try:
            work()
        except ConsultError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.refresh()
