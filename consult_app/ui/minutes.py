"""Minutes of a session: per item the joint summary and conclusions, and our notes.

Draft → circulated → agreed. Agreed minutes are read-only: a later change is
an amendment with its date and reason, and the history is shown below.
Texts are saved as they are typed (after a short pause).
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain import audience
from ..domain.errors import ConsultError
from ..domain.model import AgendaItem, FollowUpAction, MinutesState, Session, pick
from ..domain.rules import discussed, timetable
from ..ops import minutes as minutes_ops
from ..ops import sessions as sessions_ops
from ..store import Workspace
from . import labels
from .agenda import INTERNAL_TINT
from .followup import add_action
from .undo import run_undoable
from .view import View
from .widgets import error_label, ok_cancel


class AmendDialog(QDialog):
    """Amend agreed minutes: which text, the new wording, the date and the reason."""

    def __init__(self, item: AgendaItem, languages: list[str], parent=None):
        super().__init__(parent)
        self.item = item
        self.setWindowTitle(self.tr("Amend agreed minutes"))
        form = QFormLayout(self)
        self.field = QComboBox()
        self.field.setObjectName("field")
        self.field.addItem(self.tr("Summary"), "summary")
        self.field.addItem(self.tr("Conclusions"), "conclusions")
        self.lang = QComboBox()
        self.lang.setObjectName("lang")
        for lang in languages:
            self.lang.addItem(lang, lang)
        self.text = QPlainTextEdit()
        self.text.setObjectName("text")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("date")
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.error = error_label()
        self.field.currentIndexChanged.connect(self._load)
        self.lang.currentIndexChanged.connect(self._load)
        for label, widget in ((self.tr("Text:"), self.field), (self.tr("Language:"), self.lang), (self.tr("New wording:"), self.text), (self.tr("Reason:"), self.reason), (self.tr("Date:"), self.date)):
            form.addRow(label, widget)
        form.addRow(self.error)
        buttons = ok_cancel(self, self.tr("Amend"))
        form.addRow(buttons)
        self._load()

    def _load(self) -> None:
        self.text.setPlainText(getattr(self.item, self.field.currentData()).get(self.lang.currentData(), ""))

    def accept(self) -> None:
        if not self.reason.text().strip():
            self.error.setText(self.tr("Reason: say why the agreed minutes are amended."))
            return
        super().accept()


class MinutesView(View):
    def __init__(self, workspace: Workspace, undo: QUndoStack, parent=None):
        super().__init__(workspace, undo, parent)
        self.item: AgendaItem | None = None
        self.languages: list[str] = []
        self.state = QComboBox()
        self.state.setObjectName("minutes_state")
        for state in MinutesState:
            self.state.addItem(labels.minutes_state(state), state)
        self.state.activated.connect(self._state_chosen)
        self.amend = QPushButton(self.tr("Amend…"))
        self.amend.setObjectName("amend")
        self.amend.clicked.connect(self.open_amend)
        self.add_action_button = QPushButton(self.tr("Add Follow-up Action…"))
        self.add_action_button.setObjectName("add_minutes_action")
        self.add_action_button.setToolTip(self.tr("An action recorded in the minutes is joint: shared with the other delegation."))
        self.add_action_button.clicked.connect(self.add_action)
        self.items = QListWidget()
        self.items.setObjectName("items")
        self.items.currentItemChanged.connect(self._item_chosen)
        self.editors: dict[tuple[str, str], QPlainTextEdit] = {}
        self.joint_box = QGroupBox(self.tr("Joint record — shared with the counterpart"))
        self.joint_layout = QFormLayout(self.joint_box)
        internal = QGroupBox(self.tr("Our notes — internal"))
        internal.setObjectName("internal")
        internal.setStyleSheet(f"QGroupBox#internal {{ background: {INTERNAL_TINT}; }}")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        QVBoxLayout(internal).addWidget(self.notes)
        self.notes.textChanged.connect(self._schedule_save)
        self.history = QTextBrowser()
        self.history.setObjectName("history")
        self.history.setMaximumHeight(150)
        self.saver = QTimer(self)
        self.saver.setSingleShot(True)
        self.saver.setInterval(700)
        self.saver.timeout.connect(self.save)
        self.saved_label = QLabel()
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.joint_box, 3)
        rl.addWidget(internal, 1)
        rl.addWidget(self.saved_label)
        splitter = QSplitter()
        splitter.addWidget(self.items)
        splitter.addWidget(right)
        splitter.setSizes([280, 720])
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Minutes:")))
        top.addWidget(self.state)
        top.addWidget(self.amend)
        top.addStretch(1)
        top.addWidget(self.add_action_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(QLabel(self.tr("<b>Amendments</b>")))
        layout.addWidget(self.history)

    # ------------------------------------------------------------ content

    def set_session(self, session: Session | None) -> None:
        self.save()
        self.session = session
        self.reload()

    def reload(self) -> None:
        keep = self.item.id if self.item else None
        self.items.blockSignals(True)
        self.items.clear()
        self.items.blockSignals(False)
        self.item = None
        if self.session is None:
            return
        s = self.session = self.workspace.session(self.session.id)
        d = self.workspace.dialogue(s.dialogue_id)
        if self.languages != d.languages:
            self._build_editors(d.languages)
        self.state.setCurrentIndex(self.state.findData(s.minutes_state))
        agreed = s.minutes_state == MinutesState.AGREED
        self.amend.setEnabled(agreed)
        self.joint_box.setTitle(self.tr("Joint record — agreed, read-only: use Amend… to change it") if agreed else self.tr("Joint record — shared with the counterpart"))
        for editor in self.editors.values():
            editor.setReadOnly(agreed)
        items = self.workspace.agenda(s.id)
        slots = timetable(items, dt.datetime.combine(s.starts_on, s.start_time))
        restore = None
        for item in discussed(items):  # the minutes record what was discussed: no breaks, lunches or day headings
            entry = QListWidgetItem(f"{slots[item.id].number}. {pick(item.title, d.languages[0], tuple(d.languages))}")
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            self.items.addItem(entry)
            if item.id == keep or restore is None:
                restore = entry
        if restore is not None:
            self.items.setCurrentItem(restore)
        self._show_history(d.languages)

    def _build_editors(self, languages: list[str]) -> None:
        while self.joint_layout.rowCount():
            self.joint_layout.removeRow(0)
        self.editors.clear()
        self.languages = list(languages)
        for field, label in (("summary", self.tr("Summary")), ("conclusions", self.tr("Conclusions"))):
            for lang in languages:
                editor = QPlainTextEdit()
                editor.setObjectName(f"{field}_{lang}")
                editor.textChanged.connect(self._schedule_save)
                self.editors[(field, lang)] = editor
                self.joint_layout.addRow(f"{label} [{lang}]:", editor)

    def _item_chosen(self, current, _previous=None) -> None:
        self.save()
        if current is None:
            self.item = None
            return
        self.item = self.workspace.agenda_item(current.data(Qt.ItemDataRole.UserRole))
        for (field, lang), editor in self.editors.items():
            editor.blockSignals(True)
            editor.setPlainText(getattr(self.item, field).get(lang, ""))
            editor.blockSignals(False)
        self.notes.blockSignals(True)
        self.notes.setPlainText(self.item.internal_notes)
        self.notes.blockSignals(False)
        self.saved_label.setText("")

    def _show_history(self, languages) -> None:
        titles = {i.id: pick(i.title, languages[0], tuple(languages)) for i in self.workspace.agenda(self.session.id)}
        rows = [
            f"<p><b>{a.amended_on.isoformat()}</b> — {html.escape(titles.get(a.agenda_item_id or '', ''))}, {a.field} [{a.lang}]: "
            f"<i>{html.escape(a.reason)}</i><br><s>{html.escape(a.old_text)}</s> → {html.escape(a.new_text)}</p>"
            for a in self.workspace.amendments(self.session.id)
        ]
        none = self.tr("No amendments.")
        self.history.setHtml("".join(rows) or f"<p style='color:#6b7280'>{none}</p>")

    # ------------------------------------------------------------ saving

    def _schedule_save(self) -> None:
        self.saved_label.setText(self.tr("Editing…"))
        self.saver.start()

    def save(self) -> None:
        """Write the texts of the current item if they changed."""
        self.saver.stop()
        if self.item is None:
            return
        item = self.workspace.agenda_item(self.item.id)
        changed = False
        agreed = self.session and self.workspace.session(self.session.id).minutes_state == MinutesState.AGREED
        if not agreed:
            for (field, lang), editor in self.editors.items():
                texts = dict(getattr(item, field))
                text = editor.toPlainText().strip()
                if texts.get(lang, "") != text:
                    if text:
                        texts[lang] = text
                    else:
                        texts.pop(lang, None)
                    setattr(item, field, texts)
                    changed = True
        if item.internal_notes != self.notes.toPlainText().strip():
            item.internal_notes = self.notes.toPlainText().strip()
            changed = True
        if not changed:
            return
        try:
            minutes_ops.save_texts(self.workspace, item)
        except ConsultError as exc:
            self.saved_label.setText(str(exc))
            return
        self.item = item
        self.saved_label.setText(self.tr("Saved."))

    # ------------------------------------------------------------ state and amendments

    def _state_chosen(self, _index: int) -> None:
        if self.session is None:
            return
        self.save()
        before = self.workspace.session(self.session.id)
        state = MinutesState(self.state.currentData())
        if state == before.minutes_state:
            return

        def undo() -> None:
            sessions_ops.update_session(self.workspace, before)

        if not run_undoable(self.undo, self.tr("Change minutes state"), lambda: minutes_ops.set_state(self.workspace, before.id, state), undo, self.report):
            self.reload()  # refused: show the state as it is

    def heading(self) -> str:
        return self.tr("Minutes")

    def select_item(self, item_id: str) -> None:
        """Put the item in front (from Missing Translations)."""
        for row in range(self.items.count()):
            if self.items.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.items.setCurrentRow(row)

    def add_action(self):
        """A follow-up action recorded from the joint minutes: joint unless changed in the editor."""
        if self.session is None:
            return None
        action = FollowUpAction(self.session.dialogue_id, "", session_id=self.session.id, visibility=audience.action_default(from_joint_minutes=True))
        return add_action(self.workspace, self.undo, action, self, self.report)

    def open_amend(self) -> AmendDialog | None:
        if self.item is None:
            return None
        dialog = AmendDialog(self.item, self.languages, self)
        dialog.accepted.connect(lambda: self._amend(dialog))
        dialog.open()
        return dialog

    def _amend(self, dialog: AmendDialog) -> None:
        try:
            minutes_ops.amend(
                self.workspace, self.item.id, dialog.field.currentData(), dialog.lang.currentData(), dialog.text.toPlainText().strip(),
                dialog.reason.text().strip(), dialog.date.date().toPython(),
            )
        except ConsultError as exc:
            self.saved_label.setText(str(exc))
