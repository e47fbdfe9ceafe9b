"""File › Send Changes, Receive Changes and Exchange Partners: packets with a preview and per-conflict decisions, partners' keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
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
from ..domain.model import short_id
from ..ops import exchange as exchange_ops
from ..ops.exports import write_bytes
from ..store import Workspace
from ..store.sync import ImportReport, NothingToSend, device, my_keys, peers
from . import changes as words
from . import messages
from .widgets import Dialog, List, context_menu, error_label, ok_cancel, row_table

KEEP, TAKE, EDIT = "ours", "theirs", "edit"


class SendChangesDialog(Dialog):
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
        self.write(allow_empty=False)

    def write(self, *, allow_empty: bool) -> bool:
        """Write the packet; with nothing to send, ask first (an empty packet only acknowledges theirs)."""
        try:
            data, self.header = exchange_ops.export_packet(self.workspace, self.partner.currentData(), allow_empty=allow_empty)
            write_bytes(self.target, data, private=True)
        except NothingToSend:
            if self.confirm_empty(self.partner.currentText()):
                return self.write(allow_empty=True)
            self.error.setText(self.tr("Nothing was written: there is nothing new to send."))
            return False
        except ConsultError as exc:
            self.error.setText(messages.translate(str(exc)))
            return False
        super().accept()
        return True

    def confirm_empty(self, partner: str) -> bool:
        """Nothing changed since the last packet: send an empty one anyway? (No, unless the person says so.)"""
        answer = QMessageBox.warning(
            self,
            self.tr("Nothing to send"),
            self.tr(
                "Nothing has changed here since the last packet to {partner}. Send an empty packet anyway? "
                "It only tells them which of their packets arrived here."
            ).format(partner=partner),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


class ReceiveChangesDialog(Dialog):
    """Preview a packet (additions, changes, deletions, conflicts) and decide each conflict before writing."""

    def __init__(self, workspace: Workspace, source: Path, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.source = source
        self.data = exchange_ops.read_packet(source)  # a refusal (too large, unreadable) reaches the caller
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Receive Changes — {name}").format(name=source.name))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.changes = List()
        self.changes.setObjectName("changes")
        self.changes.setAccessibleName(self.tr("Changes in the packet"))
        self.changes.setWordWrap(True)
        copy = QAction(self.tr("&Copy"), self)
        copy.triggered.connect(self.copy_changes)
        context_menu(self.changes, [copy])
        layout.addWidget(self.changes, 2)
        self.conflicts = QTableWidget(0, 6)
        self.conflicts.setObjectName("conflicts")
        self.conflicts.setAccessibleName(self.tr("Conflicts to decide"))
        self.conflicts.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Field"), self.tr("Original"), self.tr("Ours"), self.tr("Theirs"), self.tr("Decision")]
        )
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
            self.summary.setText(messages.translate(str(exc)))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.conflicts.hide()
            self.changes.hide()
            return
        self.summary.setText(words.header(self.report))
        named = words.Words(self.workspace, self.report.changes)
        for change in self.report.changes:
            self.changes.addItem(words.sentence(change, named))
        self.changes.set_empty_text(self.tr("This packet changes nothing: it only tells which of our packets arrived there."))
        if self.report.already:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.changes.hide()
        self.conflicts.setRowCount(len(self.report.conflicts))
        for row, conflict in enumerate(self.report.conflicts):
            what = words.table_name(conflict.table)
            for col, text in enumerate((f"{what} …{short_id(conflict.row_id)}", conflict.column, conflict.original, conflict.ours, conflict.theirs)):
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

    def copy_changes(self) -> None:
        """The selected change (else all of them), as text for an e-mail."""
        from PySide6.QtWidgets import QApplication

        rows = [self.changes.currentItem()] if self.changes.currentItem() else [self.changes.item(r) for r in range(self.changes.count())]
        QApplication.clipboard().setText("\n".join(item.text() for item in rows))

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
            self.error.setText(messages.translate(str(exc)))
            return
        if not report.written:
            self.error.setText(self.tr("Some conflicts are still undecided; nothing was written."))
            return
        self.report = report
        super().accept()


class ExchangePartnersDialog(Dialog):
    """This workspace's safety number and its partners': compare them by telephone; rotate keys; forget a partner."""

    def __init__(self, workspace: Workspace, parent=None, *, dialogue_id: str | None = None):
        super().__init__(parent)
        self.workspace, self.dialogue_id = workspace, dialogue_id  # the dialogue in hand: the one an invitation is first offered for
        self.setWindowTitle(self.tr("Exchange Partners"))
        layout = QVBoxLayout(self)
        self.own = QLabel()
        self.own.setObjectName("own")
        self.own.setTextInteractionFlags(self.own.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.own)
        self.table = self._partners_table()
        layout.addWidget(self.table)
        hint = QLabel(
            self.tr(
                "Read the safety numbers to the person at the other end by telephone. A field copy: its Exchange Partners shows "
                "the same two numbers, this workspace's and its own; if they differ, do not exchange packets and make a new field "
                "copy. The other delegation's secretariat: compare the number in its row, the pair's, which both secretariats see "
                "alike; if it differs, do not exchange packets."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error = error_label()
        layout.addWidget(self.error)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for name, text, slot in (
            ("invite", self.tr("Invite the Other Secretariat…"), self.open_invite),
            ("accept", self.tr("Accept Invitation or Reply…"), self.open_accept),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.rotate_button = QPushButton(self.tr("Rotate My Keys…"))
        self.rotate_button.setObjectName("rotate")
        self.rotate_button.clicked.connect(self.rotate)
        self.forget_button = QPushButton(self.tr("Forget Partner…"))
        self.forget_button.setObjectName("forget")
        self.forget_button.clicked.connect(self.forget)
        buttons.addButton(self.rotate_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ActionRole)
        forget = QAction(self.tr("Forget Partner…"), self)
        forget.triggered.connect(self.forget)
        context_menu(self.table, [forget])
        layout.addWidget(buttons)
        self.resize(1060, 380)
        self.refresh()

    def _partners_table(self) -> QTableWidget:
        headers = [self.tr("Partner"), self.tr("Kind"), self.tr("Packets sent / received"), self.tr("Safety number"), self.tr("May change here")]
        return row_table("partners", self.tr("Exchange partners"), headers)

    def refresh(self) -> None:
        """Partners of both kinds — our field copies and the other delegation's secretariat — with what each may change."""
        from ..ops.partners import partners

        self.own.setText(
            self.tr("This workspace ({name}): safety number {number}").format(name=device(self.workspace)[1], number=my_keys(self.workspace).fingerprint)
        )
        self.partners = [p for p in partners(self.workspace) if not p.invited]
        self.table.setRowCount(len(self.partners))
        kinds = {"field_copy": self.tr("field copy"), "secretariat": self.tr("secretariat"), "counterpart": self.tr("other delegation's secretariat")}
        rights = {
            "field_copy": self.tr("status, measurements and follow-up actions of its dialogue"),
            "secretariat": self.tr("anything but history"),
            "counterpart": self.tr("its own assessments, joint actions, proposals and comments, its sign-offs; versions while it holds the pen"),
        }
        for row, p in enumerate(self.partners):
            kind = kinds.get(p.kind, self.tr("paired before packets were signed"))
            if p.dialogue:
                kind = self.tr("{kind} of {dialogue}").format(kind=kind, dialogue=p.dialogue)
            number = p.fingerprint if p.kind in kinds else self.tr("no key: make a new field copy")
            for col, text in enumerate((p.name, kind, f"{p.sent} / {p.received}", number, rights.get(p.kind, self.tr("nothing")))):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeRowsToContents()  # what a partner may change wraps in its column rather than being cut short
        self.forget_button.setEnabled(bool(self.partners))

    def open_invite(self):
        from .pairing import InviteDialog

        return self._pairing(InviteDialog(self.workspace, self, dialogue_id=self.dialogue_id))

    def open_accept(self):
        from .pairing import AcceptDialog

        return self._pairing(AcceptDialog(self.workspace, self))

    def _pairing(self, dialog):
        """Open a pairing dialog; once it has done its work, say what it did and list the partners again."""
        from .pairing import outcome

        def done() -> None:
            self.error.clear()
            if getattr(dialog, "created", None) is not None and not self.show_created(dialog.created):
                return
            self.notice.setText(outcome(dialog))
            self.refresh()

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def show_created(self, path: Path) -> bool:
        """The window opens the workspace an invitation was accepted into (its File › Open path); this dialog lists its partners."""
        window = self.parentWidget()
        if not window.files.open_path(path):
            return False
        self.workspace, self.dialogue_id = window.workspace, None
        return True

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def rotate(self) -> None:
        if self.confirm(
            self.tr("Rotate My Keys"),
            self.tr(
                "Make new keys for this workspace? Partners learn them from the next packet you send each one; read them the new "
                "safety number. Rotate again only after each partner has received a packet."
            ),
        ):
            self._do(lambda: exchange_ops.rotate_keys(self.workspace))

    def forget(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.partners):
            self.error.setText(self.tr("Choose the partner to forget in the list."))
            return
        partner = self.partners[row]
        if self.confirm(
            self.tr("Forget Partner"),
            self.tr(
                "Forget {name}? Its packets will be refused from now on (use this for a lost or retired field copy); "
                "to exchange with it again, make a new field copy."
            ).format(name=partner.name),
        ):
            self._do(lambda: exchange_ops.forget_partner(self.workspace, partner.device_id))

    def _do(self, work) -> None:
        try:
            work()
        except ConsultError as exc:
            self.error.setText(messages.translate(str(exc)))
            return
        self.error.clear()
        self.refresh()
