"""The negotiation of the minutes in the window: the Proposals panel, the proposal and sign-off dialogs, the redline.

Every action here is one intent of :mod:`consult_app.ops.minutes`; the store
enforces the state machine, so a refusal comes back as its sentence: in a
dialog (the shared :class:`~consult_app.ui.widgets.Dialog`) under the field it
concerns, else under the form, the dialog staying open; in the panel beside
the buttons. An action that adds to the record (a version, a decision, a
sign-off) also clears the undo stack: undo never crosses a state change.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain import language, validate
from ..domain import negotiation as N
from ..domain.errors import ConsultError
from ..domain.model import Dialogue, MinutesState, Session
from ..ops import minutes as minutes_ops
from ..store import Workspace
from . import labels, messages
from .widgets import Dialog, FieldErrors, TextBox, choice_box, context_menu, error_label, line_edit, ok_cancel, row_table

# The texts of an item a proposal may change, by the name the record gives them, as the Propose dialog shows them.
FIELDS = {
    "summary": QT_TRANSLATE_NOOP("ProposeDialog", "Summary"),
    "conclusions": QT_TRANSLATE_NOOP("ProposeDialog", "Conclusions"),
    "title": QT_TRANSLATE_NOOP("ProposeDialog", "Title"),
}


def field_label(field: str) -> str:
    """'summary' → 'Summary' in the interface's language (a field the table does not know keeps its name)."""
    return QCoreApplication.translate("ProposeDialog", FIELDS[field]) if field in FIELDS else field


def recorded_parties(workspace: Workspace, d: Dialogue) -> list:
    """The parties whose word is recorded here, ours first: another party's only from paper, when the dialogue is not paired with its secretariat."""
    home, paired = workspace.home_party(d.id), workspace.paired_counterpart(d.id)
    return [p for p in sorted(d.parties, key=lambda p: p.id != home.id) if p.id == home.id or not paired]


def _party_box(workspace: Workspace, d: Dialogue) -> QComboBox:
    """The party a proposal or a sign-off is for (see :func:`recorded_parties`)."""
    box = QComboBox()
    box.setObjectName("party")
    for p in recorded_parties(workspace, d):
        box.addItem(labels.party(p), p.id)
    return box


class ProposeDialog(FieldErrors, Dialog):
    """A proposal on the latest circulated version: which text, what change, the words, and why."""

    def __init__(self, workspace: Workspace, session: Session, item_id: str | None, parent=None):
        super().__init__(parent)
        self.workspace, self.session = workspace, session
        d = self.dialogue = workspace.dialogue(session.dialogue_id)
        self.setWindowTitle(self.tr("Propose a change"))
        form = QFormLayout(self)
        version = workspace.minutes_versions(session.id)[-1]
        items = [(f"{f['number']}. {labels.shown(f['title'], d)}", f["id"]) for f in version.texts["items"]]
        self.item = choice_box("item", None, items, item_id)
        self.field = choice_box("field", None, ((field_label(field), field) for field in FIELDS))
        self.lang = choice_box("lang", None, ((labels.language_name(lang), lang) for lang in d.languages))
        ops = ((self.tr("Replace a passage"), "replace"), (self.tr("Insert after a passage"), "insert"), (self.tr("Delete a passage"), "delete"))
        self.op = choice_box("op", None, (*ops, (self.tr("Comment only"), "comment")))
        self.passage = line_edit("", "passage", validate.TEXT)
        self.text = TextBox("", "text", validate.TEXT)
        self.text.setMaximumHeight(90)
        self.comment = line_edit("", "comment", validate.TEXT)
        self.party = _party_box(workspace, d)
        self.current = _plain_label("current")
        for widget in (self.item, self.field, self.lang):
            widget.currentIndexChanged.connect(self._show_current)
        for field, label, widget in (
            (None, self.tr("Item:"), self.item),
            (None, self.tr("Text:"), self.field),
            (None, self.tr("Language:"), self.lang),
            (None, self.tr("As circulated:"), self.current),
            (None, self.tr("Change:"), self.op),
            ("passage", self.tr("Passage:"), self.passage),
            ("text", self.tr("New words:"), self.text),
            ("comment", self.tr("Comment:"), self.comment),
            (None, self.tr("For:"), self.party),
        ):
            if field:
                self.field_row(form, label, widget, field)
            else:
                form.addRow(label, widget)
        form.addRow(self.field_error("other"))  # the minutes' state, a newer version: nothing to do with one field
        self.error = self.errors["other"]
        form.addRow(ok_cancel(self, self.tr("Propose")))
        self.version = version
        self._show_current()

    def _show_current(self) -> None:
        self.current.setText(self.version.text(self.item.currentData(), self.field.currentData(), self.lang.currentData()) or self.tr("(empty)"))

    def accept(self) -> None:
        p = N.Proposal(
            self.session.id,
            self.version.id,
            self.item.currentData(),
            self.field.currentData(),
            self.lang.currentData(),
            self.op.currentData(),
            self.passage.text(),
            self.text.toPlainText().strip(),
            self.comment.text().strip(),
            party_id=self.party.currentData(),
        )
        self.accept_when(lambda: minutes_ops.propose(self.workspace, p))


class SignOffDialog(FieldErrors, Dialog):
    """A head of delegation signs off the latest version (or an amendment): shows what is signed, by its hash."""

    def __init__(self, workspace: Workspace, session: Session, amendment_id: str | None = None, parent=None):
        super().__init__(parent)
        self.workspace, self.session, self.amendment_id = workspace, session, amendment_id
        d = workspace.dialogue(session.dialogue_id)
        self.setWindowTitle(self.tr("Sign off the minutes"))
        form = QFormLayout(self)
        what = _plain_label("what")
        versions = workspace.minutes_versions(session.id)
        if amendment_id is not None:
            a = workspace.amendment(amendment_id)
            what.setText(
                self.tr("Amendment of {date}: {reason}\nSHA-256 {hash}").format(date=a.amended_on.isoformat(), reason=a.reason, hash=N.amendment_hash(a))
            )
        elif versions:
            what.setText(self.tr("Version {n}, SHA-256 {hash}").format(n=versions[-1].number, hash=versions[-1].hash))
        else:
            what.setText(self.tr("Nothing has been circulated yet."))
        self.party = _party_box(workspace, d)
        self.name = line_edit(workspace.head_of_delegation(session.id, workspace.home_party(d.id).id) or "", "name", validate.NAME)
        self.party.currentIndexChanged.connect(lambda _i: self.name.setText(workspace.head_of_delegation(session.id, self.party.currentData()) or ""))
        form.addRow(self.tr("Signing off:"), what)
        form.addRow(self.tr("For:"), self.party)
        self.field_row(form, self.tr("Head of delegation:"), self.name, "by")
        note = QLabel(self.tr("Another party's sign-off is recorded here only from the signed paper, for a dialogue not paired with its secretariat."))
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(self.field_error("other"))
        self.error = self.errors["other"]
        form.addRow(ok_cancel(self, self.tr("Sign Off")))

    def accept(self) -> None:
        self.accept_when(
            lambda: minutes_ops.sign_off(self.workspace, self.session.id, self.name.text(), party_id=self.party.currentData(), amendment_id=self.amendment_id)
        )


class DecisionDialog(FieldErrors, Dialog):
    """Accept a proposal with other words (the pen holder's decision, final once made)."""

    def __init__(self, workspace: Workspace, proposal: N.Proposal, parent=None):
        super().__init__(parent)
        self.workspace, self.proposal = workspace, proposal
        self.setWindowTitle(self.tr("Accept with an edit"))
        form = QFormLayout(self)
        proposed = _plain_label("proposed")
        proposed.setText(proposal.text or self.tr("(delete the passage)"))
        self.text = TextBox(proposal.text, "text", validate.TEXT)
        form.addRow(self.tr("Proposed:"), proposed)
        self.field_row(form, self.tr("Accepted words:"), self.text, "text")
        form.addRow(self.field_error("other"))
        self.error = self.errors["other"]
        form.addRow(ok_cancel(self, self.tr("Accept")))

    def accept(self) -> None:
        self.accept_when(lambda: minutes_ops.decide(self.workspace, self.proposal.id, "edit", self.text.toPlainText().strip()))


def _plain_label(name: str) -> QLabel:
    """A label for the record's own words (never read as markup), wrapped, that can be selected and copied."""
    label = QLabel()
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def redline_html(changes: list[N.Change], titles: dict[str, str]) -> str:
    """The word redline as HTML for the Minutes view: deletions struck through in red, insertions underlined in green,
    a word struck out and the one put in its place kept apart (:func:`~consult_app.domain.negotiation.touching`); each
    item named by ``titles`` (by item id, as the Agenda view names it), else by the title the change carries."""
    out = []
    for c in changes:
        parts = []
        for before, p in zip((None, *c.pieces), c.pieces):
            text = html.escape(p.text)
            if N.touching(before, p):
                parts.append(" ")
            if p.kind == "delete":
                parts.append(f"<s style='color:#b91c1c'>{text}</s>")
            elif p.kind == "insert":
                parts.append(f"<u style='color:#15803d'>{text}</u>")
            else:
                parts.append(text)
        title = titles.get(c.item_id) or c.title
        out.append(f"<p><b>{html.escape(c.number)}. {html.escape(title)} — {field_label(c.field)} [{c.lang}]</b><br>{''.join(parts)}</p>")
    return "".join(out)


class ProposalsPanel(QWidget):
    """The Proposals panel of the Minutes view: versions, proposals and their decisions, sign-offs, and the redline."""

    changed = Signal()  # the record grew: the view clears its undo stack (the window's refresh, queued by the write, reloads it)

    COLUMNS = 6

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.session: Session | None = None
        self.item_id: str | None = None
        self.proposals: list[N.Proposal] = []
        self.status = QLabel()
        self.status.setObjectName("negotiation_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = self._proposals_table()
        row = self._buttons()
        self.error = error_label("negotiation_error")
        self.error.hide()  # a line only while there is a refusal to say (see tell)
        compare = self._compare()
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 3)
        layout.addLayout(compare)
        layout.addWidget(self.redline, 2)

    def _proposals_table(self) -> QTableWidget:
        headers = [self.tr("Item"), self.tr("From"), self.tr("Change"), self.tr("Comment"), self.tr("Version"), self.tr("Decision")]
        return row_table("proposals", self.tr("Proposals on the minutes"), headers, stretch=(2, 3))  # the change and the comment take the room

    def _buttons(self) -> QHBoxLayout:
        """Propose, accept, edit, reject, circulate, sign off; a right click on a proposal offers the decisions."""
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, words, slot in (
            ("propose", self.tr("Propose…"), self.open_propose),
            ("accept", self.tr("Accept"), lambda: self.decide("accept")),
            ("edit", self.tr("Accept with Edit…"), self.open_edit),
            ("reject", self.tr("Reject"), lambda: self.decide("reject")),
            ("circulate", self.tr("Circulate Next Version"), self.circulate),
            ("sign_off", self.tr("Sign Off…"), self.open_sign_off),
        ):
            button = QPushButton(words)
            button.setObjectName(name)
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        menu = []
        for name in ("accept", "edit", "reject"):  # what a right click on a proposal offers
            act = QAction(self.buttons[name].text(), self.table)
            act.triggered.connect(self.buttons[name].click)
            menu.append(act)
        context_menu(self.table, menu)
        return row

    def _compare(self) -> QHBoxLayout:
        """Two version numbers and the word redline between them."""
        compare = QHBoxLayout()
        compare.addWidget(QLabel(self.tr("Compare version")))
        self.old = QSpinBox()
        self.old.setObjectName("compare_from")
        self.old.setAccessibleName(self.tr("Compare from version"))
        self.new = QSpinBox()
        self.new.setObjectName("compare_to")
        self.new.setAccessibleName(self.tr("Compare to version"))
        compare.addWidget(self.old)
        compare.addWidget(QLabel(self.tr("with version")))
        compare.addWidget(self.new)
        compare.addStretch(1)
        for box in (self.old, self.new):
            box.setMinimum(1)
            box.valueChanged.connect(self.show_redline)
        self.redline = QTextBrowser()
        self.redline.setObjectName("redline")
        self.redline.setAccessibleName(self.tr("Changes between the two versions"))
        return compare

    # ------------------------------------------------------------ content

    def set_session(self, session: Session | None, item_id: str | None = None) -> None:
        if (session and session.id) != (self.session and self.session.id):
            self.tell("")  # a refusal speaks of the session it was made on
        self.session, self.item_id = session, item_id
        self.refresh()

    def refresh(self) -> None:
        self.table.setRowCount(0)
        self.proposals = []
        if self.session is None:
            self.status.setText("")
            return
        ws, s = self.workspace, self.workspace.session(self.session.id)
        d = ws.dialogue(s.dialogue_id)
        versions = ws.minutes_versions(s.id)
        self.proposals = ws.proposals(s.id)
        self._fill_table(d, versions)
        home = ws.home_party(d.id).id
        pen = ws.pen_holder(s.id)
        agreed = ws.agreed_version(s.id)
        signed = ", ".join(f"{x.name} ({labels.party(d.party(x.party_id))})" for x in ws.signoffs(s.id) if versions and x.version_id == versions[-1].id)
        if not versions and s.minutes_state == MinutesState.CIRCULATED:
            text = self.tr("Circulated before Consult kept versions: circulate them to freeze version 1, with its hash, before proposals and sign-offs.")
        elif not versions and s.minutes_state == MinutesState.AGREED:  # agreed on paper: nothing to circulate, only amendments
            text = self.tr("Agreed before Consult kept versions: the record held here is the agreed text; any change goes through Amend…")
        elif not versions:
            text = self.tr("Not circulated yet: circulating freezes the joint texts as version 1, with their hash.")
        elif agreed is not None:
            text = self.tr("Agreed: version {n}, SHA-256 {hash}; signed off by {names}.").format(n=agreed.number, hash=agreed.hash, names=signed)
        else:
            text = self.tr("Version {n} circulated by {party}, SHA-256 {hash}.").format(
                n=versions[-1].number, party=labels.party(d.party(pen)), hash=versions[-1].hash
            )
            if signed:
                text += " " + self.tr("Signed off so far by {names}.").format(names=signed)
        self.status.setText(text)
        circulated = s.minutes_state == MinutesState.CIRCULATED and bool(versions)
        self.buttons["propose"].setEnabled(circulated)
        for name in ("accept", "edit", "reject"):
            self.buttons[name].setEnabled(circulated and pen == home)
        self.buttons["circulate"].setEnabled(s.minutes_state != MinutesState.AGREED and pen in (None, home))
        self.buttons["sign_off"].setEnabled(circulated)
        top = max(len(versions), 1)
        for box in (self.old, self.new):
            box.blockSignals(True)
            box.setMaximum(top)
        self.old.setValue(max(top - 1, 1))
        self.new.setValue(top)
        for box in (self.old, self.new):
            box.blockSignals(False)
        self.show_redline()

    def _fill_table(self, d, versions: list) -> None:
        """One row per proposal: where, from whom, what change, on which version, decided how."""
        numbers = {f["id"]: f["number"] for v in versions for f in v.texts["items"]}
        by_version = {v.id: v.number for v in versions}
        self.table.setRowCount(len(self.proposals))
        change = {
            "replace": self.tr("«{passage}» → «{text}»"),
            "insert": self.tr("after «{passage}»: «{text}»"),
            "delete": self.tr("delete «{passage}»"),
            "comment": self.tr("comment"),
        }
        states = {"open": self.tr("open"), "accepted": self.tr("accepted"), "rejected": self.tr("rejected"), "edited": self.tr("accepted as: «{text}»")}
        for row, p in enumerate(self.proposals):
            cells = (
                f"{numbers.get(p.agenda_item_id, '?')} {field_label(p.field)} [{p.lang}]",
                labels.party(d.party(p.party_id)),
                change[p.op].format(passage=p.passage, text=p.text),
                p.comment,
                str(by_version.get(p.version_id, "?")),
                states[p.state.value].format(text=p.decided_text),
            )
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def show_redline(self) -> None:
        if self.session is None:
            self.redline.clear()
            return
        versions = {v.number: v for v in self.workspace.minutes_versions(self.session.id)}
        old, new = versions.get(self.old.value()), versions.get(self.new.value())
        d = self.workspace.dialogue(self.session.dialogue_id)
        if old is None or new is None or old.number == new.number:
            hint = self.tr("Two circulated versions are compared here.")  # outside the f-string: lupdate cannot read inside one
            self.redline.setHtml(f"<p style='color:#6b7280'>{html.escape(hint)}</p>")
            return
        try:  # each checked against its hash: a version edited behind the app's back is named, not compared
            old, new = (self.workspace.checked_version(self.session.id, v.number) for v in (old, new))
        except ConsultError as exc:
            refusal = messages.translate(str(exc))
            self.redline.setHtml(f"<p style='color:#b91c1c'>{html.escape(refusal)}</p>")
            return
        same = self.tr("No text differs between the two versions.")
        titles = {f["id"]: labels.shown(f["title"], d) for f in new.texts["items"]}
        self.redline.setHtml(redline_html(N.compare(old, new, d.languages), titles) + self._list_changes(old, new, d) or f"<p>{html.escape(same)}</p>")

    def _list_changes(self, old, new, d: Dialogue) -> str:
        """The delegation lines and follow-up actions one version froze and the other not, as the printed redline lists them."""
        out = []
        for key, heading in (("delegations", self.tr("Delegations")), ("actions", self.tr("Follow-up actions"))):
            deleted, inserted = N.changed_lines(old, new, key)
            if deleted or inserted:
                out.append(f"<p><b>{html.escape(heading)}</b></p>")
            for lines, word, colour in ((deleted, self.tr("Deleted:"), "#b91c1c"), (inserted, self.tr("Inserted:"), "#15803d")):
                for line in lines:
                    text = html.escape(N.line_text(key, line, lambda pid: labels.party(d.party(pid)), labels.role, labels.day, labels.language()))
                    out.append(f"<p><span style='color:{colour}'><b>{html.escape(word)}</b></span> {language.quoted(text, labels.language())}</p>")
        return "".join(out)

    # ------------------------------------------------------------ intents

    def tell(self, text: str) -> None:
        """Say why an action was refused beside the buttons; no text, no line (an empty one took room above the table)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _do(self, work) -> bool:
        try:
            work()
        except ConsultError as exc:
            self.tell(messages.translate(str(exc)))
            return False
        self._grew()
        return True

    def _grew(self) -> None:
        """The record grew (here or in a dialog): the panel's refusal goes, the view clears its undo.

        No reload here: the change event of the write makes the window refresh
        once, after this handler, and the Minutes view reloads this panel then.
        """
        self.tell("")
        self.changed.emit()

    def selected(self) -> N.Proposal | None:
        row = self.table.currentRow()
        return self.proposals[row] if 0 <= row < len(self.proposals) else None

    def decide(self, decision: str) -> bool:
        p = self.selected()
        if p is None:
            self.tell(self.tr("Choose a proposal in the list first."))
            return False
        return self._do(lambda: minutes_ops.decide(self.workspace, p.id, decision))

    def circulate(self) -> bool:
        return self._do(lambda: minutes_ops.circulate(self.workspace, self.session.id))

    def open_propose(self) -> ProposeDialog | None:
        if self.session is None or not self.workspace.minutes_versions(self.session.id):
            self.tell(self.tr("Proposals are made on circulated minutes."))
            return None
        dialog = ProposeDialog(self.workspace, self.workspace.session(self.session.id), self.item_id, self)
        dialog.accepted.connect(self._grew)
        dialog.open()
        return dialog

    def open_edit(self) -> DecisionDialog | None:
        p = self.selected()
        if p is None:
            self.tell(self.tr("Choose a proposal in the list first."))
            return None
        dialog = DecisionDialog(self.workspace, p, self)
        dialog.accepted.connect(self._grew)
        dialog.open()
        return dialog

    def open_sign_off(self, amendment_id: str | None = None) -> SignOffDialog | None:
        if self.session is None:
            return None
        dialog = SignOffDialog(self.workspace, self.workspace.session(self.session.id), amendment_id or None, self)
        dialog.accepted.connect(self._grew)
        dialog.open()
        return dialog
