"""A session: its dates, venue, host and state, and the delegations (heads first)."""

from __future__ import annotations

import copy
import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QCompleter, QFormLayout, QHBoxLayout, QLabel, QTreeWidgetItem, QVBoxLayout

from ..domain import validate
from ..domain.errors import Invalid
from ..domain.model import DelegationMember, Dialogue, MinutesState, Person, Session, SessionState
from ..ops import dialogues as dialogues_ops
from ..ops import sessions as sessions_ops
from ..store import Workspace
from . import labels, memory, overview
from .labels import ordinal
from .undo import edit_undoably, run_undoable
from .view import View
from .widgets import Dialog, FieldErrors, TextBox, Tree, choice_box, command_buttons, context_menu, date_edit, line_edit, ok_cancel, time_edit


class SessionEditor(FieldErrors, Dialog):
    """Dates, start time, venue, host and state of a session; refusals shown beside the field."""

    def __init__(self, dialogue: Dialogue, session: Session, parent=None, *, new: bool = False):
        super().__init__(parent)
        self.dialogue = dialogue
        self.session = copy.deepcopy(session)
        self.setWindowTitle(self.tr("New session") if new else self.tr("{nth} session").format(nth=ordinal(session.number)))
        form = QFormLayout(self)
        self.errors: dict[str, QLabel] = {}
        self.starts = date_edit(session.starts_on, "starts_on")
        self.ends = date_edit(session.ends_on, "ends_on")
        self.time = time_edit(session.start_time, "start_time")
        self.venue = line_edit(session.venue, "venue", validate.NAME)
        self.host = choice_box("host", self.tr("(none)"), ((labels.party(p), p.id) for p in dialogue.parties), session.host_party_id)
        self.state = choice_box("state", None, ((labels.session_state(state), state) for state in SessionState), session.state)
        form.addRow(self.tr("Starts on:"), self.starts)
        form.addRow(self.field_error("starts_on", self.tr("Starts on:")))
        form.addRow(self.tr("Ends on:"), self.ends)
        form.addRow(self.field_error("ends_on", self.tr("Ends on:")))
        form.addRow(self.tr("First item at:"), self.time)
        form.addRow(self.tr("Venue:"), self.venue)
        form.addRow(self.field_error("venue", self.tr("Venue:")))
        form.addRow(self.tr("Host:"), self.host)
        if not new:
            form.addRow(self.tr("State:"), self.state)
        form.addRow(self.field_error("other"))
        form.addRow(ok_cancel(self))

    def result_session(self) -> Session:
        s = self.session
        s.starts_on = self.starts.date().toPython()
        s.ends_on = self.ends.date().toPython()
        s.start_time = self.time.time().toPython()
        s.venue = self.venue.text().strip()
        s.host_party_id = self.host.currentData()
        s.state = SessionState(self.state.currentData())
        return s

    def checks(self, session: Session) -> list:
        """Each field's own check, so that every refusal shows at once under its field; then the whole session (the store checks it all again)."""
        return [
            lambda: validate.date(session.starts_on, "starts_on", required=True),
            lambda: validate.date(session.ends_on, "ends_on", required=True),
            lambda: validate.text(session.venue, "venue", limit=validate.NAME),
            lambda: validate.session(session),
        ]

    def save(self, session: Session) -> None:
        """What OK does once the form is right: nothing here (the view saves the edit, undoably); a new session is made."""

    def accept(self) -> None:
        session = self.result_session()
        if self.refuse(self.checks(session), "other") and self.refuse([lambda: self.save(session)], "other"):
            super().accept()


class MemberDialog(FieldErrors, Dialog):
    """Add a delegate: pick a person from the directory, or type a new one."""

    def __init__(self, workspace: Workspace, dialogue: Dialogue, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Add delegate"))
        self.people = workspace.people()
        form = QFormLayout(self)
        self.name = line_edit("", "name", validate.NAME)
        completer = QCompleter([p.name for p in self.people], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.title = line_edit("", "title", validate.NAME)
        self.organisation = line_edit("", "organisation", validate.NAME)
        self.name.editingFinished.connect(self._fill_known)
        self.party = QComboBox()
        self.party.setObjectName("party")
        for p in dialogue.parties:
            self.party.addItem(labels.party(p), p.id)
            self.party.setItemData(self.party.count() - 1, p.code, Qt.ItemDataRole.UserRole + 1)
        self.role = line_edit("", "role", validate.NAME)
        self.head = QCheckBox(self.tr("Head of delegation (co-chair)"))
        self.head.setObjectName("head")
        self.confirmed = QCheckBox(self.tr("Attendance confirmed"))
        self.confirmed.setObjectName("confirmed")
        self.confirmed.setChecked(True)
        for field, label, widget in (
            ("name", self.tr("Name:"), self.name),
            ("title", self.tr("Function:"), self.title),
            ("organisation", self.tr("Organisation:"), self.organisation),
            (None, self.tr("Party:"), self.party),
            ("role", self.tr("Role:"), self.role),
        ):
            form.addRow(label, widget)
            if field:
                form.addRow(self.field_error(field, label))
        form.addRow(self.head)
        form.addRow(self.confirmed)
        form.addRow(ok_cancel(self))

    def known(self) -> Person | None:
        name = self.name.text().strip()
        return next((p for p in self.people if p.name == name), None)

    def _fill_known(self) -> None:
        person = self.known()
        if person:
            self.title.setText(person.title)
            self.organisation.setText(person.organisation)
            index = self.party.findData(person.party, Qt.ItemDataRole.UserRole + 1)  # the person's party, by its code
            if index >= 0:
                self.party.setCurrentIndex(index)

    def accept(self) -> None:
        fields = {"name": self.name, "title": self.title, "organisation": self.organisation, "role": self.role}
        checks = [lambda f=f, w=w: validate.text(w.text().strip(), f, required=f == "name", limit=validate.NAME) for f, w in fields.items()]
        if self.refuse(checks, "name"):
            super().accept()


class SessionView(View):
    """Session details and delegations, with each delegate's attendance to confirm."""

    COL_ATTENDANCE = 1

    def __init__(self, workspace: Workspace, undo: QUndoStack, parent=None):
        super().__init__(workspace, undo, parent)
        self.header = QLabel()
        self.header.setObjectName("header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.members = Tree()
        self.members.setObjectName("delegations")
        self.members.setAccessibleName(self.tr("Delegations"))
        self.members.setHeaderLabels([self.tr("Delegate"), self.tr("Attendance"), self.tr("Function"), self.tr("Organisation"), self.tr("Role")])
        self.columns = memory.Columns(self.members, "session/delegations", 3, most=320)
        self.members.itemChanged.connect(self._attendance_ticked)
        self.members.currentItemChanged.connect(lambda *_: self._enable())
        commands = (
            ("edit_session", self.tr("Edit Session…"), self.edit),
            ("add_delegate", self.tr("Add Delegate…"), self.add_member),
            ("remove_delegate", self.tr("Remove Delegate"), self.remove_member),
            ("copy_delegations", self.tr("Copy Delegations"), self.copy_delegations),
            ("confirm_attendance", self.tr("Confirm Attendance"), self.toggle_attendance),
        )
        buttons = QHBoxLayout()
        made, menu = command_buttons(self, buttons, commands)
        self.copy_button, self.confirm_button = made["copy_delegations"], made["confirm_attendance"]
        self.copy_action, self.confirm_action = menu[-2], menu[-1]
        self.delegation_commands = [made[n] for n in ("add_delegate", "remove_delegate")] + menu[1:3]  # with copy and confirm, not on agreed minutes
        buttons.addStretch(1)
        context_menu(self.members, menu[1:])
        title = QLabel(self.tr("<b>&Delegations</b> (heads of delegation first)"))
        title.setBuddy(self.members)
        self.attendance = QLabel()
        self.attendance.setObjectName("attendance")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addStretch(1)
        heading.addWidget(self.attendance)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(buttons)
        layout.addLayout(heading)
        layout.addWidget(self.members)
        self.source: Session | None = None  # where Copy Delegations copies from

    def panes(self) -> list:
        return [self.members]

    def reload(self) -> None:
        keep = self.take_pending() or self.current_member()
        self.members.blockSignals(True)
        self.members.clear()
        self.members.blockSignals(False)
        if self.session is None:
            self.header.setText("")
            self.attendance.setText("")
            self.members.set_empty_text(self.tr("Select a session on the left."))
            return
        s = self.session = self.workspace.session(self.session.id)
        d = self.workspace.dialogue(s.dialogue_id)
        self._show_header(s, d)
        people = {p.id: p for p in self.workspace.people()}
        members = self.workspace.delegation(s.id)
        restore = None
        self.members.blockSignals(True)
        for party in d.parties:
            top = QTreeWidgetItem([labels.party(party)])
            top.setFirstColumnSpanned(True)
            mine = [m for m in members if m.party_id == party.id]
            for m in mine:
                node = self._member_node(m, people.get(m.person_id))
                top.addChild(node)
                restore = node if m.id == keep else restore
            self.members.addTopLevelItem(top)
        self.members.expandAll()
        if not members:
            self.members.clear()
        self.members.blockSignals(False)
        if restore is not None:
            self.members.setCurrentItem(restore)
        self.members.set_empty_text(self.tr("No delegate yet: Add Delegate… puts someone from the directory, or someone new, in a delegation."))
        self.columns.measure()
        confirmed = sum(1 for m in members if m.confirmed)
        self.attendance.setText(self.tr("Attendance confirmed: {n} of {total}").format(n=confirmed, total=len(members)) if members else "")
        self.source = sessions_ops.delegation_source(self.workspace, s.id)
        if self.source is not None:
            self.copy_button.setText(self.tr("Copy Delegations from the {nth} Session").format(nth=ordinal(self.source.number)))
        else:
            self.copy_button.setText(self.tr("Copy Delegations"))
        self.copy_action.setText(self.copy_button.text())
        self._enable()

    def _show_header(self, s: Session, d) -> None:
        """The session's number, dates, venue, host and states above the delegations."""
        host = d.party(s.host_party_id)
        title = self.tr("{nth} session").format(nth=ordinal(s.number))
        when = self.tr("{dates}, from {time}").format(dates=overview.dates(s), time=f"{s.start_time:%H:%M}")
        venue = html.escape(s.venue) or self.tr("venue to be decided")
        hosted = self.tr("host: {name}").format(name=html.escape(labels.party(host))) if host else ""
        state = self.tr("State: {state} · minutes: {minutes}").format(
            state=f"<b>{labels.session_state(s.state)}</b>", minutes=labels.minutes_state(s.minutes_state)
        )
        self.header.setText(f"<h2>{title}</h2><p>{when} · {venue}" + (f" · {hosted}" if hosted else "") + f"<br>{state}</p>")

    def _member_node(self, m, person) -> QTreeWidgetItem:
        """One delegate's row: the head starred and bold, the attendance tick."""
        name = ("★ " if m.is_head else "") + (person.name if person else "?")
        node = QTreeWidgetItem([name, "", person.title if person else "", person.organisation if person else "", labels.role(m.role, m.is_head)])
        node.setData(0, Qt.ItemDataRole.UserRole, m.id)
        checkable = node.flags() | Qt.ItemFlag.ItemIsUserCheckable
        node.setFlags(checkable & ~Qt.ItemFlag.ItemIsUserCheckable if self._settled() else checkable)
        self._show_attendance(node, m.confirmed)
        if m.is_head:
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
        return node

    def _show_attendance(self, node: QTreeWidgetItem, confirmed: bool) -> None:
        """A tick and the words: never the colour alone."""
        node.setCheckState(self.COL_ATTENDANCE, Qt.CheckState.Checked if confirmed else Qt.CheckState.Unchecked)
        node.setText(self.COL_ATTENDANCE, self.tr("confirmed") if confirmed else self.tr("to confirm"))

    def _settled(self) -> bool:
        """Agreed minutes print the delegations as they were agreed: they stay so."""
        return self.session is not None and self.session.minutes_state == MinutesState.AGREED

    def _enable(self) -> None:
        settled = self._settled()
        for command in self.delegation_commands:
            command.setEnabled(not settled)
        self.copy_button.setEnabled(self.source is not None and not settled)
        self.copy_action.setEnabled(self.source is not None and not settled)
        member = self.current_member()
        self.confirm_button.setEnabled(member is not None and not settled)
        self.confirm_action.setEnabled(member is not None and not settled)
        node = self.members.currentItem()
        confirmed = node is not None and member is not None and node.checkState(self.COL_ATTENDANCE) == Qt.CheckState.Checked
        text = self.tr("Attendance Not Confirmed") if confirmed else self.tr("Confirm Attendance")
        self.confirm_button.setText(text)
        self.confirm_action.setText(text)

    def current_member(self) -> str | None:
        node = self.members.currentItem()
        return node.data(0, Qt.ItemDataRole.UserRole) if node else None

    def heading(self) -> str:
        return self.tr("Session")

    def edit(self) -> SessionEditor | None:
        before = self.workspace.session(self.session.id) if self.session is not None else None
        text = self.tr("Edit session")
        return edit_undoably(
            self,
            before,
            lambda s: SessionEditor(self.workspace.dialogue(s.dialogue_id), s, self),
            SessionEditor.result_session,
            text,
            sessions_ops.update_session,
        )

    def add_member(self) -> MemberDialog | None:
        if self.session is None:
            return None
        d = self.workspace.dialogue(self.session.dialogue_id)
        dialog = MemberDialog(self.workspace, d, self)
        dialog.accepted.connect(lambda: self._add(dialog))
        dialog.open()
        return dialog

    def _add(self, dialog: MemberDialog) -> None:
        known = dialog.known()
        party_id = dialog.party.currentData()
        party_code = dialog.party.currentData(Qt.ItemDataRole.UserRole + 1) or ""
        new_person = None if known else Person(dialog.name.text().strip(), dialog.title.text().strip(), dialog.organisation.text().strip(), party=party_code)
        person_id = (known or new_person).id
        existing = [m for m in self.workspace.delegation(self.session.id) if m.party_id == party_id]
        member = DelegationMember(
            person_id,
            party_id,
            dialog.role.text().strip(),
            dialog.head.isChecked(),
            dialog.head.isChecked(),
            len(existing),
            self.session.id,
            confirmed=dialog.confirmed.isChecked(),
        )
        added = [new_person]  # a new person enters the directory with the first add, and stays there on undo
        before = self.current_member()

        def add() -> None:
            sessions_ops.add_delegate(self.workspace, copy.deepcopy(member), added.pop() if added else None)

        self.run(self.tr("Add delegate"), add, lambda: sessions_ops.remove_delegate(self.workspace, member.id), shows=member.id, undone_shows=before)

    def remove_member(self) -> None:
        member_id = self.current_member()
        if not member_id:
            return
        member = next(m for m in self.workspace.delegation(self.session.id) if m.id == member_id)
        self.run(
            self.tr("Remove delegate"),
            lambda: sessions_ops.remove_delegate(self.workspace, member_id),
            lambda: sessions_ops.add_delegate(self.workspace, copy.deepcopy(member)),
            undone_shows=member_id,
        )

    def copy_delegations(self) -> None:
        """Copy the delegations of the latest earlier session that has any; each copied member's attendance is to be confirmed."""
        if self.session is None or self.source is None:
            return
        session_id, source_id = self.session.id, self.source.id
        added: list[DelegationMember] = []

        def do() -> None:
            if added:  # redo: the very members undo took off
                sessions_ops.restore_delegates(self.workspace, added)
                return
            added[:] = sessions_ops.copy_delegations(self.workspace, session_id, source_id)

        text = self.tr("Copy delegations from the {nth} session").format(nth=ordinal(self.source.number))
        run_undoable(self.undo, text, do, lambda: sessions_ops.remove_delegates(self.workspace, [m.id for m in added]), self.report)

    def toggle_attendance(self) -> None:
        node = self.members.currentItem()
        member_id = self.current_member()
        if node is None or not member_id:
            return
        self._set_attendance(member_id, node.checkState(self.COL_ATTENDANCE) != Qt.CheckState.Checked)

    def _attendance_ticked(self, node: QTreeWidgetItem, column: int) -> None:
        member_id = node.data(0, Qt.ItemDataRole.UserRole)
        if column != self.COL_ATTENDANCE or not member_id:
            return
        # The window reloads this tree once the tick is over (its refresh is queued): the item still changing lives on.
        self._set_attendance(member_id, node.checkState(self.COL_ATTENDANCE) == Qt.CheckState.Checked)

    def _set_attendance(self, member_id: str, confirmed: bool) -> None:
        text = self.tr("Confirm attendance") if confirmed else self.tr("Attendance not confirmed")
        self.run(
            text,
            lambda: sessions_ops.set_attendance(self.workspace, member_id, confirmed),
            lambda: sessions_ops.set_attendance(self.workspace, member_id, not confirmed),
            shows=member_id,
            undone_shows=member_id,
        )


class NewSessionDialog(SessionEditor):
    """Create the next session: the store proposes its agenda (carry-over and standing themes)."""

    def __init__(self, workspace: Workspace, dialogue: Dialogue, parent=None):
        sessions = workspace.sessions(dialogue.id)
        last = sessions[-1] if sessions else None
        start = last.starts_on.replace(year=last.starts_on.year + 1) if last else dt.date.today()
        number = (last.number + 1) if last else 1
        super().__init__(dialogue, Session(dialogue.id, number, start, start + dt.timedelta(days=1)), parent, new=True)
        self.workspace = workspace
        self.last = last
        self.created: Session | None = None
        self.setWindowTitle(self.tr("New session — {nth}").format(nth=ordinal(number)))

    def checks(self, session: Session) -> list:
        """The form's checks, and that the new session starts after the last one: every refusal at once."""
        return [*super().checks(session), lambda: validate.next_session(session.starts_on, self.last)]

    def save(self, session: Session) -> None:
        self.created = sessions_ops.new_session(self.workspace, self.dialogue.id, session.starts_on, session.ends_on, session.venue, session.host_party_id)


class NewDialogueDialog(FieldErrors, Dialog):
    """A new dialogue: code, name, working languages, parties (home first) and standing themes."""

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.created: Dialogue | None = None
        self.setWindowTitle(self.tr("New dialogue"))
        form = QFormLayout(self)
        self.code = line_edit("", "code", validate.CODE)
        self.code.setPlaceholderText("ML-FR")
        self.languages = line_edit("en", "languages", validate.TITLE)
        self.languages.setPlaceholderText("fr, en")
        self.name = line_edit("", "name", validate.TITLE)
        self.parties = TextBox("", "parties", validate.TEXT)
        self.parties.setPlaceholderText(self.tr("One party a line, code then name; ours first:\nFR France\nML Mali"))
        self.parties.setMaximumHeight(90)
        self.themes = TextBox("", "themes", validate.TEXT)
        self.themes.setPlaceholderText(self.tr("Standing themes, one a line, code then title:\nFLUX Co-management of migration flows"))
        self.themes.setMaximumHeight(90)
        self.classification = line_edit("RESTRICTED", "classification", validate.MARKING)
        for field, label, widget in (
            ("code", self.tr("Code:"), self.code),
            ("languages", self.tr("Working languages:"), self.languages),
            ("name", self.tr("Name (first language):"), self.name),
            ("parties", self.tr("Parties:"), self.parties),
            ("themes", self.tr("Standing themes:"), self.themes),
            ("classification", self.tr("Classification:"), self.classification),
        ):
            form.addRow(label, widget)
            form.addRow(self.field_error(field, label))
        self.error = self.errors["code"]
        form.addRow(ok_cancel(self))
        self.resize(560, self.sizeHint().height())

    @staticmethod
    def _pairs(text: str) -> list[tuple[str, str]]:
        pairs = []
        for line in text.splitlines():
            code, _, rest = line.strip().partition(" ")
            if code:
                pairs.append((code, rest.strip()))
        return pairs

    def _languages(self) -> list[str]:
        languages = [x.strip().lower() for x in self.languages.text().replace(";", ",").split(",") if x.strip()]
        if any(not (x.isalpha() and 2 <= len(x) <= 3) for x in languages):
            raise Invalid("languages: " + self.tr("use language codes separated by commas, for example fr, en."), "languages")
        return languages

    def accept(self) -> None:
        from ..domain.model import Party, Theme

        if not self.refuse([self._languages, lambda: validate.text(self.code.text().strip(), "code", required=True, limit=validate.CODE)], "code"):
            return
        languages = self._languages()
        parties = [Party(code, name or code, is_home=(n == 0)) for n, (code, name) in enumerate(self._pairs(self.parties.toPlainText()))]
        themes = [Theme(code, {languages[0] if languages else "en": title or code}) for code, title in self._pairs(self.themes.toPlainText())]
        d = Dialogue(
            code=self.code.text().strip(),
            name={languages[0]: self.name.text().strip()} if languages and self.name.text().strip() else {},
            parties=parties,
            languages=languages,
            themes=themes,
            classification=self.classification.text().strip(),
        )

        def add() -> None:
            self.created = dialogues_ops.add_dialogue(self.workspace, d)

        if self.refuse([add], "code"):
            super().accept()
