"""People of both parties in one directory (Tools › People Directory), and who I am (Tools › Preferences).

The directory is the workspace's: every write goes through :mod:`consult_app.ops.records`
and onto the window's undo stack. "Me" is this computer's (:mod:`consult_app.preferences`):
the author of the statuses I record and the person the Follow-up view's "Mine" shows.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidgetItem, QVBoxLayout, QWidget

from .. import preferences
from ..domain import validate
from ..domain.model import Person
from ..domain.text import fold
from ..ops import records
from ..store import Workspace
from . import messages
from .undo import edit_undoably, run_undoable
from .widgets import Dialog, FieldErrors, TableWidget, command_buttons, context_menu, internal_box, is_new, line_edit, ok_cancel


def party_box(workspace: Workspace, code: str, name: str = "party") -> QComboBox:
    """An editable choice of party codes known to the workspace ("FR — France"); a code not listed may be typed."""
    box = QComboBox()
    box.setObjectName(name)
    box.setEditable(True)
    box.addItem("", "")
    seen: dict[str, str] = {}
    for d in workspace.dialogues():
        for p in d.parties:
            seen.setdefault(p.code, p.name)
    for party_code, party_name in sorted(seen.items()):
        box.addItem(f"{party_code} — {party_name}", party_code)
    index = box.findData(code)
    if index >= 0:
        box.setCurrentIndex(index)
    else:
        box.setEditText(code)
    return box


def party_code(box: QComboBox) -> str:
    """The code chosen or typed in a :func:`party_box`."""
    text = box.currentText().strip()
    if box.currentIndex() >= 0 and box.itemText(box.currentIndex()) == box.currentText():
        return box.currentData() or ""
    return text.split(" — ", 1)[0].strip()


class PersonEditor(FieldErrors, Dialog):
    """A person of the directory: name, party, function, organisation; contact details in an internal box."""

    def __init__(self, workspace: Workspace, person: Person, parent: QWidget | None = None):
        super().__init__(parent)
        self.person = copy.deepcopy(person)
        self.setWindowTitle(self.tr("New person") if is_new(workspace.person, person.id) else self.tr("Person"))
        form = QFormLayout()
        self.name = line_edit(person.name, "name", validate.NAME)
        self.party = party_box(workspace, person.party)
        self.function = line_edit(person.title, "function", validate.NAME)
        self.organisation = line_edit(person.organisation, "organisation", validate.NAME)
        for label, widget, field in (
            (self.tr("Name:"), self.name, "name"),
            (self.tr("Party:"), self.party, "party"),
            (self.tr("Function:"), self.function, "title"),
            (self.tr("Organisation:"), self.organisation, "organisation"),
        ):
            self.field_row(form, label, widget, field)
        internal = internal_box(self.tr("Contact details — internal, never printed for the other delegation"))
        iform = QFormLayout(internal)
        self.email = line_edit(person.email, "email", validate.NAME)
        self.phone = line_edit(person.phone, "phone", validate.LABEL)
        self.field_row(iform, self.tr("E-mail:"), self.email, "email")
        self.field_row(iform, self.tr("Phone:"), self.phone, "phone")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(internal)
        layout.addWidget(ok_cancel(self))
        self.resize(520, self.sizeHint().height())

    def result_person(self) -> Person:
        p = self.person
        p.name = self.name.text().strip()
        p.party = party_code(self.party)
        p.title = self.function.text().strip()
        p.organisation = self.organisation.text().strip()
        p.email = self.email.text().strip()
        p.phone = self.phone.text().strip()
        return p

    def accept(self) -> None:
        p = self.result_person()
        checks = [  # each field's own check, so that every refusal shows at once (validate.person's, field by field)
            lambda: validate.text(p.name, "name", required=True, limit=validate.NAME),
            lambda: validate.text(p.party, "party", limit=validate.CODE),
            lambda: validate.text(p.title, "title", limit=validate.NAME),
            lambda: validate.text(p.organisation, "organisation", limit=validate.NAME),
            lambda: validate.text(p.email, "email", limit=validate.NAME),
            lambda: validate.text(p.phone, "phone", limit=validate.LABEL),
            lambda: validate.person(p),
        ]
        if self.refuse(checks, "name"):
            super().accept()


class PeopleDirectory(Dialog):
    """Tools › People Directory: everyone of every party, found as you type; Enter edits, Insert adds."""

    COLUMNS = ("name", "party", "title", "organisation", "email", "phone")

    def __init__(self, workspace: Workspace, undo: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.undo = undo
        self.pending: str | None = None
        self.setWindowTitle(self.tr("People directory"))
        self.filter = line_edit("", "filter", validate.NAME)
        self.filter.setPlaceholderText(self.tr("Find by name, party, function or organisation — accents and case do not matter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Find people"))
        self.filter.textChanged.connect(self._apply_filter)
        self.table = TableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("people")
        self.table.setAccessibleName(self.tr("People of every party"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Party"), self.tr("Function"), self.tr("Organisation"), self.tr("E-mail (internal)"), self.tr("Phone (internal)")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda _index: self.edit())  # Enter, or a double click
        commands = (
            ("add_person", self.tr("Add Person…"), self.add),
            ("edit_person", self.tr("Edit…"), self.edit),
            ("remove_person", self.tr("Remove from Directory"), self.remove),
        )
        buttons = QHBoxLayout()
        _, menu = command_buttons(self, buttons, commands)
        context_menu(self.table, menu)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("close")
        close.clicked.connect(self.accept)
        close.setAutoDefault(False)
        self.count = QLabel()
        self.count.setObjectName("count")
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(980, 520)
        workspace.listeners.append(self._changed)
        self.finished.connect(lambda _r: self._detach())
        self.reload()

    # ------------------------------------------------------------ content

    def _changed(self, _kind: str) -> None:
        """The directory follows the workspace (its own edits, and undo from the window)."""
        if not self.workspace.closed:
            self.reload()

    def _detach(self) -> None:
        if self._changed in self.workspace.listeners:
            self.workspace.listeners.remove(self._changed)

    def reload(self) -> None:
        keep = self.pending or self.current_id()
        self.pending = None
        people = self.workspace.people()
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(people))
        for row, p in enumerate(people):
            for col, value in enumerate((p.name, p.party, p.title, p.organisation, p.email, p.phone)):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, p.id)
                self.table.setItem(row, col, cell)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        for col in range(self.table.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col), 280))
        self._apply_filter(self.filter.text())
        self.table.set_empty_text(self.tr("No one yet: Add Person… puts someone of either party in the directory."))
        if keep:
            self.select(keep)
        elif self.table.rowCount():
            self.table.selectRow(0)

    def _apply_filter(self, text: str) -> None:
        wanted = fold(text).split()
        shown = 0
        for row in range(self.table.rowCount()):
            haystack = fold(" ".join(self.table.item(row, col).text() for col in range(4)))
            hide = any(word not in haystack for word in wanted)
            self.table.setRowHidden(row, hide)
            shown += not hide
        current = self.table.currentRow()
        if (current < 0 or self.table.isRowHidden(current)) and shown:  # the first person found is the current one
            first = next(r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r))
            self.table.setCurrentCell(first, 0)
        self.count.setText(self.tr("{n} of {total} people").format(n=shown, total=self.table.rowCount()))

    def current_id(self) -> str | None:
        item = self.table.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not self.table.isRowHidden(item.row()) else None

    def select(self, person_id: str) -> bool:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == person_id:
                self.table.selectRow(row)
                self.table.setCurrentCell(row, 0)
                return True
        return False

    def report(self, message: str) -> None:
        tell = getattr(self.parent(), "tell", None)
        if tell is not None:
            tell(self.windowTitle(), messages.translate(message))

    # ------------------------------------------------------------ edits

    def add(self) -> PersonEditor:
        editor = PersonEditor(self.workspace, Person(""), self)
        editor.accepted.connect(lambda: self._added(editor.result_person()))
        editor.open()
        return editor

    def _added(self, person: Person) -> None:
        self.pending = person.id
        run_undoable(
            self.undo,
            self.tr("Add person"),
            lambda: records.add(self.workspace, person),
            lambda: records.delete(self.workspace, Person, person.id),
            self.report,
        )

    def edit(self) -> PersonEditor | None:
        person_id = self.current_id()
        before = self.workspace.person(person_id) if person_id is not None else None
        text = self.tr("Edit person")
        return edit_undoably(
            self, before, lambda person: PersonEditor(self.workspace, person, self), PersonEditor.result_person, text, records.update, select=True
        )

    def remove(self) -> None:
        person_id = self.current_id()
        if person_id is None:
            return
        before = self.workspace.person(person_id)
        run_undoable(
            self.undo,
            self.tr("Remove person"),
            lambda: records.delete(self.workspace, Person, person_id),
            lambda: records.add(self.workspace, before),
            self.report,
        )


class PreferencesDialog(FieldErrors, Dialog):
    """Tools › Preferences: who I am — my name as an author and as "Mine", my party, my function."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        me = preferences.me()
        self.people = {p.name: p for p in workspace.people()}
        self.name = QComboBox()
        self.name.setObjectName("name")
        self.name.setEditable(True)
        self.name.addItem("")
        self.name.addItems(sorted(self.people))
        self.name.setEditText(me.name)
        self.name.lineEdit().setMaxLength(validate.NAME)
        self.name.lineEdit().setPlaceholderText(self.tr("as it should appear as the author of a status"))
        self.name.textActivated.connect(self._fill_known)
        self.party = party_box(workspace, me.party)
        self.function = line_edit(me.function, "function", validate.NAME)
        intro = QLabel(
            self.tr('Who uses Consult on this computer: the author of the statuses you record, and whose actions the Follow-up view shows under "Mine".')
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        for field, label, widget in (
            ("name", self.tr("Name:"), self.name),
            ("party", self.tr("Party:"), self.party),
            ("function", self.tr("Function:"), self.function),
        ):
            form.addRow(label, widget)
            form.addRow(self.field_error(field, label))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self))
        self.setMinimumWidth(520)

    def _fill_known(self, name: str) -> None:
        person = self.people.get(name)
        if person is not None:
            index = self.party.findData(person.party)
            if index >= 0:
                self.party.setCurrentIndex(index)
            else:
                self.party.setEditText(person.party)
            self.function.setText(person.title)

    def result_me(self) -> preferences.Me:
        return preferences.Me(self.name.currentText().strip(), party_code(self.party), self.function.text().strip())

    def accept(self) -> None:
        me = self.result_me()
        checks = [
            lambda: validate.text(me.name, "name", limit=validate.NAME),
            lambda: validate.text(me.party, "party", limit=validate.CODE),
            lambda: validate.text(me.function, "function", limit=validate.NAME),
        ]
        if not self.refuse(checks, "name"):
            return
        try:
            preferences.set_me(me)
        except OSError as exc:
            self.errors["name"].setText(self.tr("Cannot save your preferences: {reason}.").format(reason=exc.strerror or exc))
            self._row(self.errors["name"], True)
            return
        super().accept()
