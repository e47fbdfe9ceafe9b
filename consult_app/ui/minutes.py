"""Minutes of a session: per item the joint summary and conclusions, and our notes.

Draft → circulated (versions, proposals: the Proposals panel below) → agreed
when every head of delegation has signed off the same version. Agreed minutes
are read-only: a later change is an amendment with its date, reason, author
and every party's sign-off, listed below. The state box only moves forward;
setting it back is refused with the store's sentence. Texts are saved as they
are typed (after a short pause).
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
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain import audience
from ..domain.errors import ConsultError
from ..domain.model import AgendaItem, FollowUpAction, MinutesState, Session, pick
from ..domain.rules import agenda_order, timetable
from ..ops import minutes as minutes_ops
from ..store import Workspace
from . import labels
from .agenda import INTERNAL_TINT
from .followup import add_action
from .negotiation import ProposalsPanel
from .view import View
from .widgets import error_label, ok_cancel


class AmendDialog(QDialog):
    """Amend agreed minutes: which text, the new wording, the date, the reason, the author, and the heads' sign-offs.

    Our head of delegation signs off here; another party's head only when the
    dialogue is not paired with its secretariat (from the signed paper) —
    otherwise that sign-off comes in its secretariat's packet.
    """

    def __init__(self, item: AgendaItem, languages: list[str], parent=None, *, signers: list[tuple[str, str, str]] = ()):
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
        self.author = QLineEdit()
        self.author.setObjectName("author")
        self.error = error_label()
        self.field.currentIndexChanged.connect(self._load)
        self.lang.currentIndexChanged.connect(self._load)
        for label, widget in ((self.tr("Text:"), self.field), (self.tr("Language:"), self.lang), (self.tr("New wording:"), self.text), (self.tr("Reason:"), self.reason), (self.tr("Date:"), self.date), (self.tr("Author:"), self.author)):
            form.addRow(label, widget)
        self.signers: dict[str, QLineEdit] = {}
        for party_id, party_name, head in signers:
            edit = QLineEdit(head)
            edit.setObjectName(f"signer_{party_id}")
            self.signers[party_id] = edit
            form.addRow(self.tr("Signed off for {party} by:").format(party=party_name), edit)
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
        self.panel = ProposalsPanel(workspace)
        self.panel.changed.connect(self._record_grew)
        self.sign_amendment = QPushButton(self.tr("Sign Off Amendment…"))
        self.sign_amendment.setObjectName("sign_amendment")
        self.sign_amendment.clicked.connect(self.open_sign_amendment)
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
        amendments = QWidget()
        al = QVBoxLayout(amendments)
        al.addWidget(self.history)
        al.addWidget(self.sign_amendment, 0, Qt.AlignmentFlag.AlignLeft)
        self.bottom = QTabWidget()
        self.bottom.setObjectName("minutes_tabs")
        self.bottom.addTab(self.panel, self.tr("Proposals"))
        self.bottom.addTab(amendments, self.tr("Amendments"))
        below = QSplitter(Qt.Orientation.Vertical)
        below.addWidget(splitter)
        below.addWidget(self.bottom)
        below.setSizes([340, 480])
        layout.addWidget(below, 1)

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
        pen = self.workspace.pen_holder(s.id)
        theirs = s.minutes_state == MinutesState.CIRCULATED and pen is not None and pen != self.workspace.home_party(d.id).id
        self.amend.setEnabled(agreed)
        if agreed:
            self.joint_box.setTitle(self.tr("Joint record — agreed, read-only: use Amend… to change it"))
        elif theirs:
            self.joint_box.setTitle(self.tr("Joint record — circulated by {party}, who holds the pen: propose changes below").format(party=d.party(pen).name))
        else:
            self.joint_box.setTitle(self.tr("Joint record — shared with the counterpart"))
        for editor in self.editors.values():
            editor.setReadOnly(agreed or theirs)
        self.panel.set_session(s, self.item.id if self.item else None)
        items = self.workspace.agenda(s.id)
        slots = timetable(items, dt.datetime.combine(s.starts_on, s.start_time))
        restore = None
        for item in agenda_order(items):
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
        self.panel.item_id = self.item.id
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
        d = self.workspace.dialogue(self.session.dialogue_id)
        signoffs = self.workspace.signoffs(self.session.id)
        rows = []
        for a in self.workspace.amendments(self.session.id):
            names = ", ".join(f"{html.escape(x.name)} ({html.escape(d.party(x.party_id).name if d.party(x.party_id) else '')})" for x in signoffs if x.amendment_id == a.id)
            state = self.tr("in force") if a.state == "effective" else self.tr("awaiting sign-off")
            by = self.tr("by {author}").format(author=html.escape(a.author)) if a.author else ""
            rows.append(
                f"<p><b>{a.amended_on.isoformat()}</b> — {html.escape(titles.get(a.agenda_item_id or '', ''))}, {a.field} [{a.lang}]: "
                f"<i>{html.escape(a.reason)}</i> {by} — {state}{(' · ' + names) if names else ''}<br><s>{html.escape(a.old_text)}</s> → {html.escape(a.new_text)}</p>"
            )
        self.sign_amendment.setEnabled(any(a.state != "effective" for a in self.workspace.amendments(self.session.id)))
        none = self.tr("No amendments.")
        self.history.setHtml("".join(rows) or f"<p style='color:#6b7280'>{none}</p>")

    # ------------------------------------------------------------ saving

    def _schedule_save(self) -> None:
        self.typed = True
        self.saved_label.setText(self.tr("Editing…"))
        self.saver.start()

    def save(self) -> None:
        """Write the texts of the current item if they were typed here (never an older text over a newer one)."""
        self.saver.stop()
        if self.item is None or not getattr(self, "typed", False):
            return
        self.typed = False
        item = self.workspace.agenda_item(self.item.id)
        changed = False
        frozen = any(editor.isReadOnly() for editor in self.editors.values())  # agreed, or circulated by the other side
        if not frozen:
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
        """The state box asks the record: forward to circulated circulates version 1; setting back is refused with its sentence."""
        if self.session is None:
            return
        self.save()
        before = self.workspace.session(self.session.id)
        state = MinutesState(self.state.currentData())
        if state == before.minutes_state:
            return
        try:
            minutes_ops.set_state(self.workspace, before.id, state)
        except ConsultError as exc:
            self.saved_label.setText(str(exc))
            self.state.setCurrentIndex(self.state.findData(before.minutes_state))
            return
        self._record_grew()

    def _record_grew(self) -> None:
        """A version, decision, sign-off or amendment was added: undo never crosses it (the window's refresh shows it)."""
        self.undo.clear()

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
        ws, d = self.workspace, self.workspace.dialogue(self.session.dialogue_id)
        home = ws.home_party(d.id)
        paired = ws.paired_counterpart(d.id)
        signers = [
            (p.id, p.name, ws.head_of_delegation(self.session.id, p.id) if p.id == home.id else "")
            for p in sorted(d.parties, key=lambda p: p.id != home.id) if p.id == home.id or not paired
        ]
        dialog = AmendDialog(self.item, self.languages, self, signers=signers)
        dialog.accepted.connect(lambda: self._amend(dialog))
        dialog.open()
        return dialog

    def _amend(self, dialog: AmendDialog) -> None:
        try:
            minutes_ops.amend(
                self.workspace, self.item.id, dialog.field.currentData(), dialog.lang.currentData(), dialog.text.toPlainText().strip(),
                dialog.reason.text().strip(), dialog.date.date().toPython(), author=dialog.author.text().strip(),
                signed_by={party: edit.text().strip() for party, edit in dialog.signers.items() if edit.text().strip()},
            )
        except ConsultError as exc:
            self.saved_label.setText(str(exc))
            return
        self._record_grew()

    def open_sign_amendment(self):
        """Sign off the amendment awaiting sign-off (the oldest first)."""
        pending = [a for a in self.workspace.amendments(self.session.id) if a.state != "effective"] if self.session else []
        if not pending:
            return None
        return self.panel.open_sign_off(pending[0].id)
