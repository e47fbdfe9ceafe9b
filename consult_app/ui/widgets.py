"""Small pieces every view and dialog uses: dialogs that name their controls, bounded fields, one way to refuse."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QDate, QEvent, QModelIndex, Qt, QTime
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTimeEdit,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import validate
from ..domain.errors import ConsultError, NotFound
from . import access, messages
from .undo import Undoable


def is_new(lookup, record_id: str) -> bool:
    """Whether an editor's record is not in the workspace yet (``lookup``: the store's read by id, which raises NotFound)."""
    try:
        lookup(record_id)
    except NotFound:
        return True
    return False


# The tint of what is ours alone (internal rows, fields never shown to the other delegation).
INTERNAL_TINT = "#fff7ed"


def choice_box(name: str, none_label: str | None, options, current=None) -> QComboBox:
    """A drop-down named ``name``: ``none_label`` (for None; left out when None), then ``options`` as (label, data) pairs; ``current`` chosen, else the first."""
    box = QComboBox()
    box.setObjectName(name)
    if none_label is not None:
        box.addItem(none_label, None)
    for label, data in options:
        box.addItem(label, data)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def row_table(name: str, accessible: str, headers: list[str], stretch: tuple[int, ...] = ()) -> QTableWidget:
    """A table to read and choose a row from (not to edit): named ``name`` and ``accessible``, its ``headers``;
    the ``stretch`` columns share the room (else the last), the others fit their contents."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    header = table.horizontalHeader()
    for column in range(len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretch else QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(not stretch)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table


def error_label(name: str = "error") -> QLabel:
    """The red sentence beside a form that says why input was refused."""
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet("color: #b91c1c")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def ok_cancel(dialog: QDialog, ok_text: str | None = None) -> QDialogButtonBox:
    """OK and Cancel wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class Dialog(QDialog):
    """Every dialog of the app: when shown, its controls are named for screen readers and Tab leaves every box."""

    MINIMUM_WIDTH = 440
    """Wide enough for a refusal under a field to read in a line or two."""

    outcome = None
    """What :meth:`accept_when` kept of the work done on OK."""

    def accept_when(self, work) -> None:
        """Close with OK once ``work()`` has done its part (kept as ``outcome``); a refusal keeps the dialog open, as one sentence in ``self.error``."""
        try:
            self.outcome = work()
        except ConsultError as exc:
            self.error.setText(messages.translate(str(exc)))
            return
        QDialog.accept(self)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        access.prepare(self)
        if self.width() < self.MINIMUM_WIDTH:
            self.resize(self.MINIMUM_WIDTH, self.height())
        if isinstance(self, FieldErrors) and not any(label.text() for label in self.errors.values()):
            self.clear_errors()  # the rows of the refusals take no room until there is one
        super().showEvent(event)


def choice_dialog(parent: QWidget, title: str, intro: str, chooser: QWidget, accessible: str, ok_text: str | None = None) -> Dialog:
    """A dialog that asks for one choice: ``title``, a line of ``intro``, the ``chooser`` (named ``accessible`` for screen readers), OK and Cancel."""
    dialog = Dialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(intro))
    chooser.setAccessibleName(accessible)
    layout.addWidget(chooser)
    layout.addWidget(ok_cancel(dialog, ok_text))
    return dialog


# ---------------------------------------------------------------- fields bounded by the domain's limits


def internal_box(title: str) -> QGroupBox:
    """The box, tinted, of what is ours alone (fields never printed for the other delegation)."""
    box = QGroupBox(title)
    box.setObjectName("internal")
    box.setStyleSheet(f"QGroupBox#internal {{ background: {INTERNAL_TINT}; }}")
    return box


def line_edit(text: str = "", name: str = "", limit: int = validate.NAME) -> QLineEdit:
    """A one-line field that takes no more characters than the domain stores (``validate.NAME``, ``TITLE``…)."""
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setMaxLength(limit)
    edit.setCursorPosition(0)  # a long text shows its beginning
    return edit


class TextBox(QPlainTextEdit):
    """A text box that Tab leaves (Ctrl+Tab types a tab) and that takes no more than ``limit`` characters.

    Like a line edit's maximum length, typing or pasting past the limit keeps
    what fits: the characters beyond it, at the cursor, are not inserted.
    """

    def __init__(self, text: str = "", name: str = "", limit: int = validate.TEXT, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setObjectName(name)
        self.limit = limit
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._cap)

    def event(self, event) -> bool:
        # Ctrl+Tab belongs to the text box (a tab character), not to the window's "next view".
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Tab and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Tab and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            if not self.isReadOnly():
                self.insertPlainText("\t")
            return
        super().keyPressEvent(event)

    def _cap(self) -> None:
        if self.document().characterCount() - 1 <= self.limit:  # UTF-16 units: never fewer than characters
            return
        text = self.toPlainText()
        excess = len(text) - self.limit
        if excess <= 0:
            return
        cursor = self.textCursor()
        position = cursor.position()
        before = text.encode("utf-16-le")[: 2 * position].decode("utf-16-le", errors="ignore")
        cut = before[-excess:] if excess <= len(before) else before
        start = position - len(cut.encode("utf-16-le")) // 2
        cursor.setPosition(start)
        cursor.setPosition(position, cursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        if len(self.toPlainText()) > self.limit:  # nothing before the cursor to take back: keep the beginning
            self.setPlainText(self.toPlainText()[: self.limit])


DATE_FORMAT = "d MMM yyyy"
"""Dates as the rest of the interface shows them ('16 Jun 2003', '16 juin 2003'): the month in words, the year whole."""


class _LeftByTab:
    """A date or time field that Tab leaves at once (Left and Right move between its day, month and year)."""

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 (Qt's name)
        return QAbstractSpinBox.focusNextPrevChild(self, next_)


class DateEdit(_LeftByTab, QDateEdit):
    pass


class TimeEdit(_LeftByTab, QTimeEdit):
    pass


def time_edit(value: dt.time, name: str) -> QTimeEdit:
    """A time of day, hours and minutes."""
    edit = TimeEdit(QTime(value.hour, value.minute))
    edit.setObjectName(name)
    edit.setDisplayFormat("HH:mm")
    return edit


def date_edit(value: dt.date | None, name: str) -> QDateEdit:
    """A date field with a calendar, bounded to the years the domain accepts (1900–2199)."""
    edit = DateEdit()
    edit.setObjectName(name)
    edit.setDateRange(QDate(validate.EARLIEST.year, 1, 1), QDate(validate.LATEST.year, 12, 31))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    value = value or dt.date.today()
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def optional_date(text: str, on: dt.date | None, name: str, accessible: str) -> tuple[QCheckBox, QDateEdit]:
    """A date that may be left out: the box ``has_<name>`` saying ``text``, ticked when there is one, and the date ``<name>``, usable only then."""
    has = QCheckBox(text)
    has.setObjectName(f"has_{name}")
    has.setChecked(on is not None)
    date = date_edit(on, name)
    date.setAccessibleName(accessible)
    date.setEnabled(on is not None)
    has.toggled.connect(date.setEnabled)
    return has, date


def scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area that gives it all its room: a pane that may be smaller than its content
    (the window still fits a 1024×700 laptop; the page scrolls instead of pushing the window past the screen)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's fields, not to the area
    scroll.setWidget(page)
    return scroll


def one_line(*widgets: QWidget) -> QHBoxLayout:
    """``widgets`` side by side on one line, from the left."""
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


# ---------------------------------------------------------------- one way to refuse


class FieldErrors:
    """For editors that show each refusal under the field it concerns, with the field's name, translated.

    ``field_error(field, name)`` makes the (hidden until needed) red label to
    put under a field; ``refuse`` runs the checks and shows every refusal
    under its field (or under ``fallback``), in the interface's language.
    """

    errors: dict[str, QLabel]
    error_names: dict[str, str]

    def field_error(self, field: str, name: str | None = None) -> QLabel:
        """The red label under ``field``; ``name`` is the field's name as the form shows it (else the usual one)."""
        if not hasattr(self, "errors"):
            self.errors = {}
        if not hasattr(self, "error_names"):
            self.error_names = {}
        label = error_label(f"error_{field}")
        label.hide()
        self.errors[field] = label
        if name is not None:
            self.error_names[field] = access.label_text(name)
        return label

    def field_row(self, form: QFormLayout, label: str, widget: QWidget | QLayout, field: str) -> None:
        """``widget`` in ``form`` under ``label``, with the red label of ``field`` under it."""
        form.addRow(label, widget)
        form.addRow(self.field_error(field, label))

    def _row(self, label: QLabel, visible: bool) -> None:
        """Show or hide the form row of an error label (a hidden row takes no room)."""
        label.setVisible(visible)
        parent = label.parentWidget()
        for form in parent.findChildren(QFormLayout) if parent is not None else ():
            if form.indexOf(label) >= 0:
                form.setRowVisible(label, visible)
                return

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            self._row(label, False)

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
            self._grow()
            return
        if save(value):
            QDialog.accept(self)
        else:
            self._grow()

    def show_error(self, exc, fallback: str) -> None:
        """Show one refusal under its field (under ``fallback`` when the field has no label of its own)."""
        field = getattr(exc, "field", None) or messages.split(str(exc))[0] or ""
        base = field.split(".")[0].split("[")[0]
        where = base if base in self.errors else fallback
        label = self.errors[where]
        if label.text():
            return  # one sentence per field: the first refusal
        text = messages.translate(str(exc), self.error_names.get(base) if where == base else None)
        label.setText(text[:1].upper() + text[1:])
        self._row(label, True)

    def refuse(self, checks, fallback: str) -> bool:
        """Run every check (callables that raise Invalid); show each refusal under its field. True when all passed."""
        self.clear_errors()
        passed = True
        for check in checks:
            try:
                check()
            except ConsultError as exc:
                self.show_error(exc, fallback)
                passed = False
        if not passed:
            self._grow()
        return passed

    def accept_when(self, work, fallback: str = "other") -> None:
        """:meth:`Dialog.accept_when` with the refusal under its field (else under ``fallback``)."""
        if self.refuse([lambda: setattr(self, "outcome", work())], fallback):
            QDialog.accept(self)

    def _grow(self) -> None:
        """Taller if the refusals need it (the width stays as the person left it)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        wanted = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else layout.totalSizeHint().height()
        if wanted > self.height():
            self.resize(self.width(), wanted)


class UndoableEditor(FieldErrors, Dialog):
    """A dialog whose OK makes one undoable change to the workspace; what the store refuses shows under its field (else under the form)."""

    def __init__(self, workspace, parent: QWidget | None = None, undoable: Undoable | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.undoable = undoable or Undoable()

    def run(self, text: str, do, undo) -> bool:
        """Make the change now, one step named ``text`` on the undo stack; False when the store refused it (the refusal is shown)."""
        return self.undoable.run(text, do, undo, self.refused)

    def refused(self, exc: ConsultError) -> None:
        """The store's refusal of what the form's checks passed, under its field."""
        self.show_error(exc, "other")
        self._grow()


# ---------------------------------------------------------------- lists and tables


class Listing:
    """What every list and table of the workbench has: a sentence saying what to do when it is empty.

    Mixed in before the Qt class (``class Table(Listing, QTableView)``).
    """

    empty_text = ""

    def set_empty_text(self, text: str) -> None:
        self.empty_text = text
        self.viewport().update()

    def is_empty(self) -> bool:
        model = self.model()
        return model is None or model.rowCount(self.rootIndex()) == 0

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self.empty_text and self.is_empty():
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            area = self.viewport().rect().adjusted(16, 16, -16, -16)
            painter.drawText(area, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, self.empty_text)
            painter.end()


class Table(Listing, QTableView):
    pass


class TableWidget(Listing, QTableWidget):
    pass


class Tree(Listing, QTreeWidget):
    pass


class List(Listing, QListWidget):
    pass


def command_buttons(owner: QWidget, row: QHBoxLayout, commands, *, menu_only: tuple[str, ...] = ()) -> tuple[dict[str, QPushButton], list[QAction]]:
    """For each ``(name, label, slot)``: a button named ``name`` in ``row`` (none for ``menu_only``) and an action named
    ``name_menu`` for a context menu, both calling ``slot()``. Returns the buttons by name and the actions in order."""
    buttons, actions = {}, []
    for name, label, slot in commands:
        action = QAction(label, owner)
        action.setObjectName(name + "_menu")
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        actions.append(action)
        if name not in menu_only:
            button = QPushButton(label)
            button.setObjectName(name)
            button.setAutoDefault(False)  # Enter in a list acts on its row; it must not also press a button
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            row.addWidget(button)
            buttons[name] = button
    return buttons, actions


def context_menu(widget: QWidget, actions) -> None:
    """Right click (or the Menu key) on ``widget`` offers ``actions``."""
    widget.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    widget.addActions(list(actions))


class TableModel(QAbstractTableModel):
    """A flat table model whose columns are named by ``headers``."""

    headers: list[str] = []

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.headers):
            return self.headers[section]
        return None
