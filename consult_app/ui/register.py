"""The commitment register: filterable table, detail panel, status timeline, log status."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import rules, validate
from ..domain.errors import ConsultError
from ..domain.model import CommitmentKind, CommitmentState, Dialogue, Direction, Tone, Visibility
from ..domain.rules import progress
from ..domain.text import fold
from ..ops import register as register_ops
from ..store import Workspace
from ..store.workspace import RegisterRow
from . import icons, labels, memory
from .commitments import CommitmentEditor
from .icons import TONE_COLOURS
from .labels import ordinal
from .undo import Undoable
from .view import View
from .widgets import Dialog, FieldErrors, Table, TableModel, TextBox, context_menu, date_edit, line_edit, ok_cancel

ROLE_ID = Qt.ItemDataRole.UserRole
ROLE_SORT = Qt.ItemDataRole.UserRole + 1
ROLE_SEARCH = Qt.ItemDataRole.UserRole + 2


class RegisterModel(TableModel):
    """Rows of one dialogue's register; loads in batches as the view scrolls."""

    COL_REF, COL_TEXT, COL_PARTY, COL_THEME, COL_DUE, COL_STATUS, COL_SINCE, COL_RECIPROCAL = range(8)
    BATCH = 500

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = [
            self.tr("Ref."),
            self.tr("Commitment"),
            self.tr("Party"),
            self.tr("Theme"),
            self.tr("Due"),
            self.tr("Status"),
            self.tr("Since"),
            self.tr("Counterpart"),
        ]
        self.rows: list[RegisterRow] = []
        self.loaded = 0
        self.dialogue: Dialogue | None = None
        self.session_numbers: dict[str, int] = {}
        self.today = dt.date.today()
        self._search_cache: list[str] | None = None
        self.overdue_count = 0

    def load(self, workspace: Workspace, dialogue: Dialogue | None) -> None:
        self.beginResetModel()
        self.dialogue = dialogue
        self.today = dt.date.today()
        # each row's status as of today: a status dated later is not counted yet (as in the tracker)
        self.rows = workspace.register(dialogue.id, as_of=self.today) if dialogue else []
        self.session_numbers = {s.id: s.number for s in workspace.sessions(dialogue.id)} if dialogue else {}
        self._sessions = workspace.sessions(dialogue.id) if dialogue else []
        self.loaded = min(len(self.rows), self.BATCH)
        self._search_cache: list[str] | None = None  # folded texts, made on the first search
        self.overdue_count = sum(self.overdue(row) for row in self.rows) if dialogue else 0
        self.endResetModel()

    def search_text(self, row: int) -> str:
        """The row's texts folded for search (all rows folded at once, the first time)."""
        if self._search_cache is None:
            self._search_cache = [fold(" ".join([r.ref, *r.text.values(), r.lead_institution, r.status_note])) for r in self.rows]
        return self._search_cache[row]

    # -- lazy loading
    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self.loaded < len(self.rows)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid():
            return
        more = min(self.BATCH, len(self.rows) - self.loaded)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self.loaded, self.loaded + more - 1)
        self.loaded += more
        self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.loaded

    # -- helpers
    def level(self, row: RegisterRow):
        scale = self.dialogue.scale
        return scale.get(row.status) if row.status else scale.levels[0]

    def overdue_since(self, row: RegisterRow) -> dt.date | None:
        """The due date when the row is overdue today, by the one rule every view and document asks."""
        return rules.overdue_since(row, row.status, self.dialogue.scale, self.today, self._sessions)

    def overdue(self, row: RegisterRow) -> bool:
        return self.overdue_since(row) is not None

    def status_text(self, row: RegisterRow) -> str:
        """The status in words: each party's when they assess it differently, when it is overdue, when it no longer binds."""
        if row.state == CommitmentState.WITHDRAWN:
            return self.tr("Withdrawn on {date}").format(date=labels.day(row.ended_on)) if row.ended_on else self.tr("Withdrawn")
        if row.state == CommitmentState.SUPERSEDED:
            on = labels.day_or_empty(row.ended_on)
            if row.replaced_by_ref:
                return self.tr("Superseded by {ref} on {date}").format(ref=row.replaced_by_ref, date=on)
            return self.tr("Superseded on {date}").format(date=on)
        level = self.level(row)
        if row.assessments:  # each party's assessment is its own: show both when they differ
            scale = self.dialogue.scale
            words = " / ".join(labels.labelled(self.party(party), labels.status(scale.get(status), status)) for party, status in row.assessments)
        else:
            words = labels.status(level, row.status)
        since = self.overdue_since(row)
        if since is None:
            return words
        if level is not None and level.tone in (Tone.GOOD, Tone.DONE):
            return self.tr("{status} — but overdue since {date}").format(status=words, date=labels.day(since))
        return self.tr("{status} — overdue since {date}").format(status=words, date=labels.day(since))

    def tone(self, row: RegisterRow) -> Tone | None:
        """The colour and shape of the status: a commitment withdrawn or superseded is closed, whatever its last status."""
        if row.state != CommitmentState.IN_FORCE:
            return Tone.CLOSED
        level = self.level(row)
        return level.tone if level else None

    def party(self, party_id: str | None) -> str:
        if party_id is None:
            return self.tr("Jointly")
        return labels.party(self.dialogue.party(party_id))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.loaded:
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == ROLE_ID:
            return row.id
        if role == ROLE_SEARCH:
            return self.search_text(index.row())
        level = self.level(row)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, ROLE_SORT):
            if col == self.COL_REF:
                return row.ref
            if col == self.COL_TEXT:
                text = labels.shown(row.text, self.dialogue)
                if row.kind == CommitmentKind.DECISION:
                    text = self.tr("[decision] ") + text
                if row.internal:
                    text = self.tr("[internal] ") + text
                return text if role != Qt.ItemDataRole.DisplayRole else " ".join(text.split())[:200]
            if col == self.COL_PARTY:
                return self.party(row.party_id)
            if col == self.COL_THEME:
                theme = self.dialogue.theme(row.theme_id)
                return theme.code if theme else ""
            if col == self.COL_DUE:
                if role == ROLE_SORT:
                    return row.due_on.isoformat() if row.due_on else f"session {row.due_session_number or 9999:04d}"
                # overdue: in red here, and in words in the status ("On track — but overdue since 31 Mar 2003")
                return (
                    labels.day(row.due_on)
                    if row.due_on
                    else (self.tr("{nth} session").format(nth=ordinal(row.due_session_number)) if row.due_session_number else "")
                )
            if col == self.COL_STATUS:
                if role == ROLE_SORT:
                    if row.state != CommitmentState.IN_FORCE:
                        return len(self.dialogue.scale.levels)  # after every status
                    return self.dialogue.scale.codes().index(level.code) if level else -1
                return self.status_text(row)
            if col == self.COL_SINCE:
                if role == ROLE_SORT:
                    return row.status_on.isoformat() if row.status_on else ""
                return labels.day_or_empty(row.status_on)
            if col == self.COL_RECIPROCAL:
                return row.reciprocal_ref
        tone = self.tone(row) if col == self.COL_STATUS else None
        if role == Qt.ItemDataRole.DecorationRole and tone:
            return icons.status_icon(tone)
        if role == Qt.ItemDataRole.BackgroundRole and tone:
            return QColor(TONE_COLOURS[tone][0])
        if role == Qt.ItemDataRole.ForegroundRole:
            if tone:
                return QColor(TONE_COLOURS[tone][1])
            if col == self.COL_DUE and self.overdue(row):
                return QColor("#b91c1c")
        return None

    def row_of(self, commitment_id: str) -> int:
        for n, row in enumerate(self.rows):
            if row.id == commitment_id:
                while self.loaded <= n:
                    self.fetchMore()
                return n
        return -1


class FilterProxy(QSortFilterProxyModel):
    """A proxy whose filter settings are attributes changed with :meth:`set`."""

    def set(self, **kwargs) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            for key, value in kwargs.items():
                setattr(self, key, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            for key, value in kwargs.items():
                setattr(self, key, value)
            self.invalidateRowsFilter()


class RegisterFilter(FilterProxy):
    """Filters by party, theme, status, session, overdue, and words typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.party: str | None = ""  # "" = any; None = jointly
        self.theme = ""
        self.status = ""
        self.session = ""
        self.overdue_only = False
        self.words: list[str] = []
        self.setSortRole(ROLE_SORT)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:  # noqa: N802
        model: RegisterModel = self.sourceModel()
        row = model.rows[source_row]
        if self.party != "" and row.party_id != self.party:
            return False
        if self.theme and row.theme_id != self.theme:
            return False
        if self.status and (model.level(row).code if model.level(row) else row.status) != self.status:
            return False
        if self.session and row.made_at_session_id != self.session:
            return False
        if self.overdue_only and not model.overdue(row):
            return False
        if self.words:
            haystack = model.search_text(source_row)
            return all(w in haystack for w in self.words)
        return True


class LogStatusDialog(FieldErrors, Dialog):
    """Append a status event: status from the dialogue's scale, date (today), note, evidence."""

    def __init__(self, workspace: Workspace, commitment_id: str, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.commitment = workspace.commitment(commitment_id)
        d = workspace.dialogue(self.commitment.dialogue_id)
        self.setWindowTitle(self.tr("Log status — {ref}").format(ref=self.commitment.ref))
        form = QFormLayout(self)
        text = " ".join(labels.shown(self.commitment.text, d).split())
        self.text = QLabel(text if len(text) <= 300 else text[:299] + "…")
        self.text.setObjectName("commitment_text")
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # the commitment's words, never read as markup
        self.text.setWordWrap(True)
        form.addRow(self.text)
        self.status = QComboBox()
        self.status.setObjectName("status")
        for level in d.scale.levels:
            self.status.addItem(icons.status_icon(level.tone), labels.status(level), level.code)
        current = workspace.events(commitment_id)
        if current:
            self.status.setCurrentIndex(max(0, self.status.findData(current[-1].status)))
        self.date = date_edit(None, "date")
        self.note = TextBox("", "note", validate.NOTE)
        self.note.setMaximumHeight(90)
        self.evidence = line_edit("", "evidence", validate.NOTE)
        # The status of a joint commitment is joint; the note and evidence stay ours unless shared here.
        self.shared = QCheckBox(self.tr("Share the note and evidence with the other delegation"))
        self.shared.setObjectName("shared")
        joint = self.commitment.visibility == Visibility.JOINT
        self.shared.setEnabled(joint)
        if not joint:
            self.shared.setToolTip(self.tr("This commitment is internal: nothing about it is shared."))
        form.addRow(self.tr("Status:"), self.status)
        form.addRow(self.tr("Effective date:"), self.date)
        form.addRow(self.field_error("effective_on", self.tr("Effective date:")))
        form.addRow(self.tr("Note:"), self.note)
        form.addRow(self.field_error("note", self.tr("Note:")))
        form.addRow(self.tr("Evidence:"), self.evidence)
        form.addRow(self.field_error("evidence", self.tr("Evidence:")))
        form.addRow(self.shared)
        form.addRow(self.field_error("other"))
        self.error = self.errors["other"]
        buttons = ok_cancel(self, self.tr("Log status"))
        form.addRow(buttons)
        self.setMinimumWidth(480)
        self.resize(560, 0)
        self.status.setFocus()

    def accept(self) -> None:
        event = dict(
            note=self.note.toPlainText().strip(),
            evidence=self.evidence.text().strip(),
            recorded_where="desktop",
            visibility=Visibility.JOINT if self.shared.isChecked() and self.shared.isEnabled() else Visibility.INTERNAL,
        )
        log = lambda: register_ops.log_status(self.workspace, self.commitment.id, self.status.currentData(), self.date.date().toPython(), **event)  # noqa: E731
        if self.refuse([log], "other"):
            super().accept()


class RegisterView(View):
    """Filter bar, register table (as of today) and the detail of the selected commitment, with what can be done to it."""

    commitment_selected = Signal(str)

    def __init__(self, workspace: Workspace, undo: QUndoStack | None = None, parent=None):
        super().__init__(workspace, undo if undo is not None else QUndoStack(), parent)
        self.model = RegisterModel(self)
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)
        bar = self._filter_bar()
        # what the statuses and overdue flags count: the events dated up to today
        self.as_of = QLabel()
        self.as_of.setObjectName("as_of")
        self.as_of.setWordWrap(True)
        for signal in (self.proxy.modelReset, self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.layoutChanged):
            signal.connect(self._update_header)
        self.table = self._register_table()
        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.detail.setAccessibleName(self.tr("Commitment details"))
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(lambda url: self.select(url.toString().removeprefix("commitment:")))
        # links to the commitments of its lineage are for the mouse: Tab leaves the pane (the table reaches them by keyboard)
        self.detail.setTextInteractionFlags(self.detail.textInteractionFlags() & ~Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        buttons = self._actions_and_buttons()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(buttons)
        lower_layout.addWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        memory.splitter(splitter, "register/splitter", [58, 42], vertical=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.as_of)
        layout.addWidget(splitter)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        self._show_empty_detail()

    def _register_table(self) -> Table:
        """The register: sorted by reference, one row selected, columns that adapt to the window and remember a person's widths."""
        table = Table()
        table.setObjectName("register")
        table.setAccessibleName(self.tr("Commitments"))
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(RegisterModel.COL_REF, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        m = RegisterModel
        # the status says how late in words ("On track — but overdue since 31 Mar 2003"): its words may take more room than the
        # others on a wide screen; on a narrow one it gives way like them (elided, whole in its tooltip)
        self.columns = memory.Columns(
            table,
            "register/columns",
            m.COL_TEXT,
            least=300,
            keep=(m.COL_REF, m.COL_DUE, m.COL_SINCE),
            optional=(m.COL_SINCE, m.COL_RECIPROCAL),
            wide={m.COL_STATUS: 330},
        )
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.selectionModel().currentRowChanged.connect(self._show_current)
        table.activated.connect(lambda _i: self.edit())  # Enter or a double click
        return table

    def _filter_bar(self) -> QHBoxLayout:
        """Search as you type, then party, theme, status, session and overdue filters, each named by its buddy label."""
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search the register (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the register"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(validate.TITLE)
        self.search.setMinimumWidth(170)
        self.search.textChanged.connect(lambda text: self.proxy.set(words=fold(text).split()))
        self.party = QComboBox()
        self.party.setObjectName("party")
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.session = QComboBox()
        self.session.setObjectName("session")
        self.overdue = QCheckBox(self.tr("Overdue only"))
        self.overdue.setObjectName("overdue")
        self.party.currentIndexChanged.connect(lambda: self.proxy.set(party=self.party.currentData() if self.party.currentIndex() > 0 else ""))
        self.theme.currentIndexChanged.connect(lambda: self.proxy.set(theme=self.theme.currentData() or ""))
        self.status.currentIndexChanged.connect(lambda: self.proxy.set(status=self.status.currentData() or ""))
        self.session.currentIndexChanged.connect(lambda: self.proxy.set(session=self.session.currentData() or ""))
        self.overdue.toggled.connect(lambda on: self.proxy.set(overdue_only=on))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for label, widget in (
            (self.tr("&Party"), self.party),
            (self.tr("T&heme"), self.theme),
            (self.tr("Stat&us"), self.status),
            (self.tr("&Made at"), self.session),
        ):
            buddy = QLabel(label)
            buddy.setBuddy(widget)  # its name for screen readers, and Alt+letter to reach it
            bar.addWidget(buddy)
            bar.addWidget(widget, 1)
        bar.addWidget(self.overdue)
        return bar

    def _actions_and_buttons(self) -> QHBoxLayout:
        """What can be done to the selected commitment: shortcuts, the table's context menu, and a row of buttons."""
        self.edit_action = self._action(self.tr("&Edit Commitment…"), "edit_commitment", self.edit, "Ctrl+E")
        self.log_action = self._action(self.tr("&Log Status…"), "log_status", self.log_status, "Ctrl+L")
        self.reaffirm_action = self._action(self.tr("&Reaffirm…"), "reaffirm_commitment", self.reaffirm)
        self.supersede_action = self._action(self.tr("&Supersede…"), "supersede_commitment", self.supersede)
        self.withdraw_action = self._action(self.tr("&Withdraw…"), "withdraw_commitment", self.withdraw)
        self.delete_action = self._action(self.tr("&Delete"), "delete_commitment", self.delete)
        self.indicator_action = self._action(self.tr("Add &Indicator…"), "add_indicator", self.add_indicator)
        self.measure_action = self._action(self.tr("Add &Measurement…"), "add_measurement", self.add_measurement)
        copy = self._action(self.tr("&Copy Reference"), "copy_reference", self.copy_reference)
        actions = (
            self.edit_action,
            self.log_action,
            self.reaffirm_action,
            self.supersede_action,
            self.withdraw_action,
            self.delete_action,
            self.indicator_action,
            self.measure_action,
        )
        context_menu(self.table, (*actions, copy))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for act in actions:
            button = QToolButton()
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            buttons.addWidget(button)
            if act is self.delete_action:
                buttons.addSpacing(12)
        buttons.addStretch(1)
        return buttons

    def _action(self, text: str, name: str, slot, shortcut: str | None = None) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        act.triggered.connect(lambda _checked=False: slot())
        self.addAction(act)
        return act

    def panes(self) -> list:
        return [self.table, self.detail]

    def heading(self) -> str:
        return self.tr("Commitments")

    def set_dialogue(self, dialogue: Dialogue | None) -> None:
        same = self.dialogue is not None and dialogue is not None and self.dialogue.id == dialogue.id
        self.dialogue = dialogue
        if not same:
            self._fill_filters()
        self.reload()

    def _fill_filters(self) -> None:
        d = self.dialogue
        for combo in (self.party, self.theme, self.status, self.session):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Any"), None)
        if d:
            for p in d.parties:
                self.party.addItem(labels.party(p), p.id)
            self.party.addItem(self.tr("Jointly"), None)
            for t in d.themes:
                self.theme.addItem(f"{t.code} — {labels.shown(t.title, d)}", t.id)
            for lv in d.scale.levels:
                self.status.addItem(labels.status(lv), lv.code)
            for s in self.workspace.sessions(d.id):
                self.session.addItem(self.tr("{nth} session").format(nth=ordinal(s.number)), s.id)
        for combo in (self.party, self.theme, self.status, self.session):
            combo.blockSignals(False)
        self.proxy.set(party="", theme="", status="", session="")

    def reload(self) -> None:
        """Reload rows from the workspace, keeping the selected commitment (or selecting the one an edit asked for)."""
        keep = self.take_pending() or self.current_id()
        self.model.load(self.workspace, self.dialogue)
        self.table.set_empty_text(
            self.tr("No commitment yet: Dialogue › New Commitment… (Ctrl+Alt+C) records one.")
            if self.dialogue is not None
            else self.tr("Select a dialogue on the left to see its commitments.")
        )
        self.columns.measure()
        if not (keep and self.select(keep)):
            self._show_empty_detail()

    def _update_header(self, *_args) -> None:
        if self.dialogue is None:
            self.as_of.clear()
            return
        shown = self.proxy.rowCount()
        overdue = self.model.overdue_count
        self.as_of.setText(
            self.tr("As of {date}: {shown} of {total} commitments shown, {overdue} overdue. Statuses count the events dated up to that day.").format(
                date=labels.day(self.model.today), shown=shown, total=len(self.model.rows), overdue=overdue
            )
        )

    def _show_empty_detail(self) -> None:
        hint = self.tr("Select a commitment to see its texts, lineage, indicators and status history. Enter edits it; Ctrl+L logs its status.")
        self.detail.setHtml(f"<p style='color:#6b7280'>{html.escape(hint)}</p>")
        self._enable(None)

    def copy_reference(self) -> None:
        from PySide6.QtWidgets import QApplication

        index = self.table.currentIndex()
        if index.isValid():
            QApplication.clipboard().setText(self.proxy.index(index.row(), RegisterModel.COL_REF).data())

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ROLE_ID) if index.isValid() else None

    def current(self):
        cid = self.current_id()
        return self.workspace.commitment(cid) if cid else None

    def select(self, commitment_id: str) -> bool:
        row = self.model.row_of(commitment_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        self._show_current(index)
        return True

    # ------------------------------------------------------------ what can be done to the selected commitment

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _undoable(self, commitment_id: str | None = None) -> Undoable:
        """This view's undo stack and way of telling; a change selects ``commitment_id`` afterwards (the window reloads this view once per change)."""
        return Undoable(self.undo, self.report, lambda: setattr(self, "pending", commitment_id))

    def log_status(self) -> LogStatusDialog | None:
        cid = self.current_id()
        if not cid:
            return None
        return self._open(LogStatusDialog(self.workspace, cid, self))

    def edit(self) -> CommitmentEditor | None:
        """Open the current commitment in the editor (Enter, a double click, Ctrl+E or the context menu)."""
        c = self.current()
        if c is None:
            return None
        return self._open(CommitmentEditor(self.workspace, c, self, undoable=self._undoable(c.id)))

    def withdraw(self) -> QDialog | None:
        from .commitments import WithdrawDialog

        c = self.current()
        if c is None or not c.in_force:
            return None
        return self._open(WithdrawDialog(self.workspace, c, self, undoable=self._undoable(c.id)))

    def supersede(self) -> QDialog | None:
        from .commitments import supersede_dialog

        c = self.current()
        if c is None or not c.in_force:
            return None
        # made at the session selected in the navigator, else at the dialogue's latest one
        session = getattr(self.window(), "session", None)
        sessions = self.workspace.sessions(c.dialogue_id)
        if session is None or session.dialogue_id != c.dialogue_id:
            session = sessions[-1] if sessions else None
        dialog = supersede_dialog(self.workspace, c, self, undoable=self._undoable(), session_id=session.id if session else None)
        dialog.undoable.before = lambda: setattr(self, "pending", dialog.commitment.id)
        return self._open(dialog)

    def reaffirm(self) -> QDialog | None:
        from .commitments import ReaffirmDialog

        c = self.current()
        if c is None or not c.in_force:
            return None
        return self._open(ReaffirmDialog(self.workspace, c, self, undoable=self._undoable(c.id)))

    def delete(self) -> bool:
        from .commitments import delete_commitment

        c = self.current()
        if c is None:
            return False
        return delete_commitment(self.workspace, self.undo, c, self.report)

    def add_indicator(self) -> QDialog | None:
        from .followup import new_indicator

        c = self.current()
        if c is None:
            return None
        self.pending = c.id
        return new_indicator(self.workspace, self.undo, self, self.report, commitment_id=c.id)

    def add_measurement(self) -> QDialog | None:
        from .followup import measure

        c = self.current()
        indicators = self.workspace.indicators(c.id) if c else []
        if not indicators:
            return None
        self.pending = c.id
        return measure(self.workspace, indicators, self, self.report)

    def _enable(self, commitment_id: str | None) -> None:
        """Offer only what can be done to the selection (the store refuses the rest anyway, in one sentence)."""
        c = self.workspace.commitment(commitment_id) if commitment_id else None
        live = c is not None and c.in_force
        for act in (self.log_action, self.edit_action, self.indicator_action):
            act.setEnabled(c is not None)
        for act in (self.reaffirm_action, self.supersede_action, self.withdraw_action):
            act.setEnabled(live)
        self.delete_action.setEnabled(c is not None and not self.workspace.commitment_history(c.id))
        self.measure_action.setEnabled(c is not None and bool(self.workspace.indicators(c.id)))

    def _show_current(self, index: QModelIndex, _previous=None) -> None:
        cid = index.data(ROLE_ID) if index.isValid() else None
        if not cid:
            return
        self.detail.setHtml(self.detail_html(cid))
        self._enable(cid)
        self.commitment_selected.emit(cid)

    def detail_html(self, commitment_id: str) -> str:
        """The detail pane: the commitment's head and texts, its lineage, indicators, changes of text and status timeline."""
        c = self.workspace.commitment(commitment_id)
        replaced_by = [o for o in self.workspace.commitments(self.dialogue.id) if o.supersedes_id == c.id]
        parts = [self._detail_head(c, replaced_by), self._detail_lineage(c, replaced_by), self._detail_indicators(c)]
        parts += [self._detail_revisions(c), self._detail_timeline(c)]
        return "".join(x for part in parts for x in part)

    def _detail_head(self, c, replaced_by: list) -> list[str]:
        e, d = html.escape, self.dialogue
        out = [f"<h3>{e(c.ref)} — {e(self.model.party(c.party_id))}"]
        if c.lead_institution:
            out.append(f" <small>({e(c.lead_institution)})</small>")
        out.append("</h3>")
        if c.kind == CommitmentKind.DECISION:
            decision = self.tr("Decision of the session")
            out.append(f"<p><b>{e(decision)}</b></p>")
        if c.visibility.value == "internal":
            internal = self.tr("Internal: never printed for the counterpart.")
            out.append(f"<p style='color:#b91c1c'><b>{internal}</b></p>")
        if not c.in_force:
            when = labels.day(c.ended_on) if c.ended_on else "?"
            if c.state == CommitmentState.SUPERSEDED and replaced_by:
                ended = self.tr("Superseded by {ref} on {date}: {reason}").format(ref=self._link(replaced_by[0]), date=when, reason=e(c.end_reason))
            elif c.state == CommitmentState.SUPERSEDED:
                ended = self.tr("Superseded on {date}: {reason}").format(date=when, reason=e(c.end_reason))
            else:
                ended = self.tr("Withdrawn on {date}: {reason}").format(date=when, reason=e(c.end_reason))
            bg, fg = icons.colours(Tone.CLOSED)
            out.append(f"<p style='background:{bg}; color:{fg}; padding:4px'><b>{icons.SYMBOLS[Tone.CLOSED]} {ended}</b></p>")
        for lang in d.languages:
            text = c.text.get(lang, "")
            missing = self.tr("missing")
            shown = e(text) if text.strip() else f"<i style='color:#b91c1c'>{missing}</i>"
            out.append(f"<p><b>[{lang}]</b> {shown}</p>")
        return out

    def _detail_lineage(self, c, replaced_by: list) -> list[str]:
        ws = self.workspace
        sessions = {s.id: s for s in ws.sessions(self.dialogue.id)}
        lineage = []
        if c.made_at_session_id in sessions:
            lineage.append(self.tr("made at the {nth} session").format(nth=ordinal(sessions[c.made_at_session_id].number)))
        for sid in c.reaffirmed_at:
            if sid in sessions:
                lineage.append(self.tr("reaffirmed at the {nth}").format(nth=ordinal(sessions[sid].number)))
        for label, other_id in ((self.tr("supersedes"), c.supersedes_id), (self.tr("counterpart"), c.reciprocal_id)):
            if other_id:
                try:
                    lineage.append(f"{label} {self._link(ws.commitment(other_id))}")
                except ConsultError:
                    pass
        for other in replaced_by:
            lineage.append(self.tr("superseded by {ref}").format(ref=self._link(other)))
        title = self.tr("Lineage")
        return [f"<p>{labels.labelled(f'<b>{title}</b>', '; '.join(lineage))}</p>"] if lineage else []

    def _detail_indicators(self, c) -> list[str]:
        e, d, out = html.escape, self.dialogue, []
        for ind in self.workspace.indicators(c.id):
            ms = self.workspace.measurements(ind.id)
            latest = ms[-1] if ms else None
            share = f" ({labels.share(progress(ind.baseline_value, ind.target_value, latest.value, ind.direction))})" if latest else ""
            way = self.tr("up is good") if ind.direction == Direction.UP else self.tr("down is good")
            name = f"<b>{e(labels.shown(ind.name, d))}</b>"
            figures = (
                f"{labels.number(ind.baseline_value)} → {labels.number(latest.value) if latest else '?'} / {e(labels.quantity(ind.target_value, ind.unit))}"
            )
            out.append(f"<p>{labels.labelled(name, figures)}{share} <small style='color:#4b5563'>({way})</small></p>")
        return out

    def _detail_revisions(self, c) -> list[str]:
        e = html.escape
        revisions = self.workspace.revisions(c.id)
        if not revisions:
            return []
        changes, was = self.tr("Changes of the text"), self.tr("was:")
        out = [f"<h4>{e(changes)}</h4><table cellspacing=4>"]
        for r in reversed(revisions):
            before = " / ".join(f"[{lang}] {e(text)}" for lang, text in r.old_text.items())
            why = f" — {e(r.reason)}" if r.reason else ""
            out.append(
                f"<tr><td>{labels.day(r.revised_on)}</td><td>{e(was)} <i>{before}</i>{why}"
                f"<br><small style='color:#6b7280'>{e(r.author)} · {e(labels.timestamp(r.recorded_at))}</small></td></tr>"
            )
        out.append("</table>")
        return out

    def _detail_timeline(self, c) -> list[str]:
        e, d, today = html.escape, self.dialogue, dt.date.today()
        timeline = self.tr("Status timeline")
        out = [f"<h4>{timeline}</h4>"]
        events = self.workspace.events(c.id)
        if not events:
            none = self.tr("No status logged yet: Ctrl+L logs the first one (it is appended, never overwritten).")
            return out + [f"<p style='color:#6b7280'>{e(none)}</p>"]
        out.append("<table cellspacing=4>")
        shared, ours = self.tr("note shared with the other delegation"), self.tr("note internal")
        later = self.tr("dated after today: not counted yet")
        for event in reversed(events):
            level = d.scale.get(event.status)
            bg, fg = icons.colours(level.tone if level else None)
            symbol = icons.SYMBOLS[level.tone] + " " if level else ""
            audience = (shared if event.visibility == Visibility.JOINT else ours) if (event.note or event.evidence) else ""
            party = d.party(event.party_id)
            if party is not None and not party.is_home:
                audience = self.tr("assessed by {party}").format(party=labels.party(party)) + (" · " + audience if audience else "")
            ahead = f" <i>({e(later)})</i>" if event.effective_on > today else ""
            out.append(
                f"<tr><td>{labels.day(event.effective_on)}</td><td style='background:{bg}; color:{fg}'><b>{symbol}{e(labels.status(level, event.status))}</b></td>"
                f"<td>{e(event.note)}{(' — <i>' + e(event.evidence) + '</i>') if event.evidence else ''}{ahead}"
                f"<br><small style='color:#6b7280'>{e(event.author)} · {e(labels.timestamp(event.recorded_at))} · {e(event.recorded_where)}"
                f"{' · ' + audience if audience else ''}</small></td></tr>"
            )
        out.append("</table>")
        return out

    @staticmethod
    def _link(c) -> str:
        return f"<a href='commitment:{html.escape(c.id)}'>{html.escape(c.ref)}</a>"
