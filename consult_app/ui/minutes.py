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

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QColor, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain import audience, validate
from ..domain.errors import ConsultError, Invalid
from ..domain.model import AgendaItem, FollowUpAction, MinutesState, Session
from ..domain.rules import discussed, timetable
from ..ops import minutes as minutes_ops
from ..store import Workspace
from . import access, labels, memory, messages
from .followup import add_action
from .negotiation import ProposalsPanel, recorded_parties
from .view import View
from .widgets import Dialog, FieldErrors, List, TextBox, choice_box, context_menu, date_edit, internal_box, line_edit, ok_cancel, scrolling


class AmendDialog(FieldErrors, Dialog):
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
        self.field = choice_box("field", None, ((self.tr("Summary"), "summary"), (self.tr("Conclusions"), "conclusions")))
        self.lang = choice_box("lang", None, ((labels.language_name(lang), lang) for lang in languages))
        self.text = TextBox("", "text", validate.TEXT)
        self.reason = line_edit("", "reason", validate.TEXT)
        self.date = date_edit(None, "date")
        self.author = line_edit("", "author", validate.NAME)
        self.field.currentIndexChanged.connect(self._load)
        self.lang.currentIndexChanged.connect(self._load)
        for field, label, widget in (
            (None, self.tr("Text:"), self.field),
            (None, self.tr("Language:"), self.lang),
            ("new_text", self.tr("New wording:"), self.text),
            ("reason", self.tr("Reason:"), self.reason),
            ("amended_on", self.tr("Date:"), self.date),
            ("author", self.tr("Author:"), self.author),
        ):
            form.addRow(label, widget)
            if field:
                form.addRow(self.field_error(field, label))
        self.signers: dict = {}  # party id -> the line edit of its head's name
        for party_id, party_name, head in signers:
            edit = line_edit(head, f"signer_{party_id}", validate.NAME)
            self.signers[party_id] = edit
            form.addRow(self.tr("Signed off for {party} by:").format(party=party_name), edit)
        self.error = self.errors["reason"]
        buttons = ok_cancel(self, self.tr("Amend"))
        form.addRow(buttons)
        self._load()

    def _load(self) -> None:
        self.text.setPlainText(getattr(self.item, self.field.currentData()).get(self.lang.currentData(), ""))

    def _reason(self) -> None:
        if not self.reason.text().strip():
            raise Invalid("reason: " + self.tr("say why the agreed minutes are amended."), "reason")

    def accept(self) -> None:
        if self.refuse([self._reason, lambda: validate.text(self.text.toPlainText().strip(), "new_text")], "reason"):
            super().accept()


class MinutesView(View):
    def __init__(self, workspace: Workspace, undo: QUndoStack, parent=None):
        super().__init__(workspace, undo, parent)
        self.item: AgendaItem | None = None
        self.languages: list[str] = []
        self._build_buttons()
        self._build_items()
        internal = self._build_record()
        self._build_history(workspace)
        self._build_saver()
        splitter = self._build_splitter(internal)
        top = self._build_top()
        self.history_title = QLabel()
        self.history_title.setObjectName("history_title")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self._build_tabs()
        self.below = QSplitter(Qt.Orientation.Vertical)
        self.below.addWidget(splitter)
        self.below.addWidget(self.bottom)
        # the record first: the panel below scrolls sooner than the texts one types in; kept as the person drags it
        memory.splitter(self.below, "minutes/below", [60, 40], vertical=True)
        layout.addWidget(self.below, 1)

    def _build_buttons(self) -> None:
        """The state of the minutes, Amend… and Add Follow-up Action…."""
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
        self.add_action_button.setToolTip(self._action_tip(agreed=False))
        self.add_action_button.clicked.connect(self.add_action)

    def _action_tip(self, agreed: bool) -> str:
        """What Add Follow-up Action… does: a joint action; on agreed minutes, one they will not print (they keep theirs as agreed)."""
        tip = self.tr("An action recorded in the minutes is joint: shared with the other delegation.")
        if agreed:
            tip += " " + self.tr(
                "These minutes are agreed: they keep the follow-up actions as agreed; an action added or changed now is followed up, not printed in them."
            )
        return tip

    def _build_items(self) -> None:
        """The list of agenda items, with its context menu (Amend…, Add Follow-up Action…)."""
        self.items = List()
        self.items.setObjectName("items")
        self.items.setAccessibleName(self.tr("Agenda items of the minutes"))
        self.items.currentItemChanged.connect(self._item_chosen)
        self.items.itemActivated.connect(lambda _item: self.focus_text())  # Enter: write this item's minutes
        amend_action = QAction(self.tr("Amend…"), self)
        amend_action.triggered.connect(self.open_amend)
        add_action_ = QAction(self.tr("Add Follow-up Action…"), self)
        add_action_.triggered.connect(self.add_action)
        context_menu(self.items, (amend_action, add_action_))

    def _build_record(self) -> QGroupBox:
        """The joint record's box (its texts come with each item) and the tinted box of our notes, which it returns."""
        self.editors: dict[tuple[str, str], TextBox] = {}
        self.joint_box = QGroupBox(self.tr("Joint record — shared with the counterpart"))
        self.joint_layout = QFormLayout(self.joint_box)
        internal = internal_box(self.tr("Our notes — internal"))
        self.notes = TextBox("", "notes", validate.NOTE)
        self.notes.setAccessibleName(self.tr("Our notes — internal"))
        QVBoxLayout(internal).addWidget(self.notes)
        self.notes.textChanged.connect(self._schedule_save)
        return internal

    def _build_history(self, workspace: Workspace) -> None:
        """The amendments' history, the proposals panel, and Sign Off Amendment…."""
        self.history = QTextBrowser()
        self.history.setObjectName("history")
        self.panel = ProposalsPanel(workspace)
        self.panel.changed.connect(self._record_grew)
        self.sign_amendment = QPushButton(self.tr("Sign Off Amendment…"))
        self.sign_amendment.setObjectName("sign_amendment")
        self.sign_amendment.clicked.connect(self.open_sign_amendment)
        self.history.setAccessibleName(self.tr("Amendments"))

    def _build_saver(self) -> None:
        """Texts are saved after a short pause in typing; a label says when."""
        self.saver = QTimer(self)
        self.saver.setSingleShot(True)
        self.saver.setInterval(700)
        self.saver.timeout.connect(self.save)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved")
        self.saved_label.setTextFormat(Qt.TextFormat.PlainText)

    def _build_splitter(self, internal: QGroupBox) -> QSplitter:
        """The items on the left; on the right the joint record, our notes and the saved label."""
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.joint_box, 3)
        rl.addWidget(internal, 1)
        rl.addWidget(self.saved_label)
        splitter = QSplitter()
        splitter.addWidget(self.items)
        splitter.addWidget(scrolling(right))  # two languages' texts and our notes: scrolled rather than taller than a laptop
        memory.splitter(splitter, "minutes/splitter", [28, 72])
        return splitter

    def _build_top(self) -> QHBoxLayout:
        """The line above: the state of the minutes and Amend… on the left, Add Follow-up Action… on the right."""
        state_label = QLabel(self.tr("&Minutes:"))
        state_label.setBuddy(self.state)
        top = QHBoxLayout()
        top.addWidget(state_label)
        top.addWidget(self.state)
        top.addWidget(self.amend)
        top.addStretch(1)
        top.addWidget(self.add_action_button)
        return top

    def _build_tabs(self) -> None:
        """The tabs below: Proposals, and Amendments (title, history, Sign Off Amendment…)."""
        amendments = QWidget()
        al = QVBoxLayout(amendments)
        al.addWidget(self.history_title)
        al.addWidget(self.history)
        al.addWidget(self.sign_amendment, 0, Qt.AlignmentFlag.AlignLeft)
        self.bottom = QTabWidget()
        self.bottom.setObjectName("minutes_tabs")
        self.bottom.setAccessibleName(self.tr("Proposals and amendments"))
        self.bottom.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its tab bar
        self.bottom.addTab(scrolling(self.panel), self.tr("Proposals"))
        self.bottom.addTab(amendments, self.tr("Amendments"))

    def panes(self) -> list:
        first = next(iter(self.editors.values()), None)
        return [self.items] + ([first] if first is not None else []) + [self.notes]

    def focus_text(self) -> None:
        """The keyboard into the first text of the current item's minutes."""
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first.setFocus()

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
        self.add_action_button.setToolTip(self._action_tip(agreed))
        if agreed:
            self.joint_box.setTitle(self.tr("Joint record — agreed, read-only: use Amend… to change it"))
        elif theirs:
            self.joint_box.setTitle(
                self.tr("Joint record — circulated by {party}, who holds the pen: propose changes below").format(party=labels.party(d.party(pen)))
            )
        else:
            self.joint_box.setTitle(self.tr("Joint record — shared with the counterpart"))
        for editor in self.editors.values():
            editor.setReadOnly(agreed or theirs)
        self.panel.set_session(s, self.item.id if self.item else None)
        items = self.workspace.agenda(s.id)
        slots = timetable(items, dt.datetime.combine(s.starts_on, s.start_time))
        restore = None
        written = self.tr("minutes written")
        for item in discussed(items):  # the minutes record what was discussed: no breaks, lunches or day headings
            has_text = any(v.strip() for v in (*item.summary.values(), *item.conclusions.values()))
            title = f"{slots[item.id].number}. {labels.shown(item.title, d)}"
            entry = QListWidgetItem(title + (" ✎" if has_text else ""))
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            if has_text:  # which items already have their minutes: a mark and words, not only a colour
                entry.setToolTip(f"{title} — {written}")
            else:
                entry.setToolTip(title)
                entry.setForeground(QColor("#4b5563"))
            self.items.addItem(entry)
            if item.id == keep or restore is None:
                restore = entry
        if restore is not None:
            self.items.setCurrentItem(restore)
        self.items.set_empty_text(self.tr("This session has no agenda yet: add items in the Agenda view, then write their minutes here."))
        self._show_history()

    def _build_editors(self, languages: list[str]) -> None:
        while self.joint_layout.rowCount():
            self.joint_layout.removeRow(0)
        self.editors.clear()
        self.languages = list(languages)
        for field, label in (("summary", self.tr("Summary")), ("conclusions", self.tr("Conclusions"))):
            for lang in languages:
                editor = TextBox("", f"{field}_{lang}", validate.TEXT)
                editor.textChanged.connect(self._schedule_save)
                self.editors[(field, lang)] = editor
                self.joint_layout.addRow(f"{label} [{lang}]:", editor)
                for widget in (self.joint_layout.labelForField(editor), editor):
                    widget.show()  # at once, even when the view is already in front (Qt's own show is queued)
        access.prepare(self.joint_box)  # the new boxes named from their labels

    def _item_chosen(self, current, _previous=None) -> None:
        self.save()  # the window's refresh after this write is queued: it fills this list anew once `current` is handled
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

    def _show_history(self) -> None:
        d = self.workspace.dialogue(self.session.dialogue_id)
        titles = {i.id: labels.shown(i.title, d) for i in self.workspace.agenda(self.session.id)}
        signoffs = self.workspace.signoffs(self.session.id)
        rows = []
        for a in self.workspace.amendments(self.session.id):
            names = ", ".join(f"{html.escape(x.name)} ({html.escape(labels.party(d.party(x.party_id)))})" for x in signoffs if x.amendment_id == a.id)
            state = self.tr("in force") if a.state == "effective" else self.tr("awaiting sign-off")
            by = self.tr("by {author}").format(author=html.escape(a.author)) if a.author else ""
            rows.append(
                f"<p><b>{labels.day(a.amended_on)}</b> — {html.escape(titles.get(a.agenda_item_id or '', ''))}, {a.field} [{a.lang}]: "
                f"<i>{html.escape(a.reason)}</i> {by} — {state}{(' · ' + names) if names else ''}<br><s>{html.escape(a.old_text)}</s> → {html.escape(a.new_text)}</p>"
            )
        self.sign_amendment.setEnabled(any(a.state != "effective" for a in self.workspace.amendments(self.session.id)))
        self.history.setHtml("".join(rows))
        self.history.setVisible(bool(rows))  # an empty history takes no room
        if rows:
            self.history_title.setText(self.tr("<b>Amendments</b>"))
        else:
            self.history_title.setText(self.tr("<b>Amendments</b>: none. Once the minutes are agreed, they change only by an amendment (Amend…)."))

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
            self.saved_label.setText(messages.translate(str(exc)))
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
            self.saved_label.setText(messages.translate(str(exc)))
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
        signers = [(p.id, labels.party(p), ws.head_of_delegation(self.session.id, p.id) if p.id == home.id else "") for p in recorded_parties(ws, d)]
        dialog = AmendDialog(self.item, self.languages, self, signers=signers)
        dialog.accepted.connect(lambda: self._amend(dialog))
        dialog.open()
        return dialog

    def _amend(self, dialog: AmendDialog) -> None:
        try:
            minutes_ops.amend(
                self.workspace,
                self.item.id,
                dialog.field.currentData(),
                dialog.lang.currentData(),
                dialog.text.toPlainText().strip(),
                dialog.reason.text().strip(),
                dialog.date.date().toPython(),
                author=dialog.author.text().strip(),
                signed_by={party: edit.text().strip() for party, edit in dialog.signers.items() if edit.text().strip()},
            )
        except ConsultError as exc:
            self.saved_label.setText(messages.translate(str(exc)))
            return
        self._record_grew()

    def open_sign_amendment(self):
        """Sign off the amendment awaiting sign-off (the oldest first)."""
        pending = [a for a in self.workspace.amendments(self.session.id) if a.state != "effective"] if self.session else []
        if not pending:
            return None
        return self.panel.open_sign_off(pending[0].id)
