"""The commitment register: filterable table, detail panel, status timeline, log status."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
)

from ..domain import validate
from ..domain.errors import ConsultError, Invalid
from ..domain.model import Dialogue, Visibility, pick
from ..domain.rules import progress
from ..domain.text import fold
from ..ops import register as register_ops
from ..store import Workspace
from ..store.workspace import RegisterRow
from . import icons, labels, memory
from .icons import TONE_COLOURS
from .labels import ordinal
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
        self.headers = [self.tr("Ref."), self.tr("Commitment"), self.tr("Party"), self.tr("Theme"), self.tr("Due"), self.tr("Status"), self.tr("Since"), self.tr("Counterpart")]
        self.rows: list[RegisterRow] = []
        self.loaded = 0
        self.dialogue: Dialogue | None = None
        self.session_numbers: dict[str, int] = {}
        self.today = dt.date.today()
        self._search_cache: list[str] | None = None

    def load(self, workspace: Workspace, dialogue: Dialogue | None) -> None:
        self.beginResetModel()
        self.dialogue = dialogue
        self.rows = workspace.register(dialogue.id) if dialogue else []
        self.session_numbers = {s.id: s.number for s in workspace.sessions(dialogue.id)} if dialogue else {}
        self._sessions = workspace.sessions(dialogue.id) if dialogue else []
        self.loaded = min(len(self.rows), self.BATCH)
        lang = dialogue.languages[0] if dialogue else "en"
        langs = tuple(dialogue.languages) if dialogue else ()
        self._search_cache: list[str] | None = None  # folded texts, made on the first search
        self._lang, self._langs = lang, langs
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

    def overdue(self, row: RegisterRow) -> bool:
        due = row.due_on
        if due is None and row.due_session_number is not None:
            due = next((s.starts_on for s in self._sessions if s.number == row.due_session_number), None)
        level = self.level(row)
        return due is not None and due < self.today and not (level and level.closed)

    def party(self, party_id: str | None) -> str:
        if party_id is None:
            return self.tr("Jointly")
        party = self.dialogue.party(party_id)
        return party.name if party else ""

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
                text = pick(row.text, self._lang, self._langs)
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
                text = labels.day(row.due_on) if row.due_on else (self.tr("{nth} session").format(nth=ordinal(row.due_session_number)) if row.due_session_number else "")
                return text + (self.tr(" — overdue") if self.overdue(row) and role == Qt.ItemDataRole.DisplayRole else "")
            if col == self.COL_STATUS:
                if role == ROLE_SORT:
                    return self.dialogue.scale.codes().index(level.code) if level else -1
                if row.assessments:  # each party's assessment is its own: show both when they differ
                    scale = self.dialogue.scale
                    return " / ".join(f"{self.party(party)}: {labels.status(scale.get(status), status)}" for party, status in row.assessments)
                return labels.status(level, row.status)
            if col == self.COL_SINCE:
                if role == ROLE_SORT:
                    return row.status_on.isoformat() if row.status_on else ""
                return labels.day_or_empty(row.status_on)
            if col == self.COL_RECIPROCAL:
                return row.reciprocal_ref
        if role == Qt.ItemDataRole.DecorationRole and col == self.COL_STATUS and level:
            return icons.status_icon(level.tone)
        if role == Qt.ItemDataRole.BackgroundRole and col == self.COL_STATUS and level:
            return QColor(TONE_COLOURS[level.tone][0])
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.COL_STATUS and level:
                return QColor(TONE_COLOURS[level.tone][1])
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
        text = " ".join(pick(self.commitment.text, d.languages[0], tuple(d.languages)).split())
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
    """Filter bar, register table and detail panel of one dialogue."""

    commitment_selected = Signal(str)

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(workspace, None, parent)
        self.model = RegisterModel(self)
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)
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
        self.as_of = QLabel()
        self.as_of.setObjectName("as_of")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        for label, widget in ((self.tr("&Party"), self.party), (self.tr("T&heme"), self.theme), (self.tr("Stat&us"), self.status), (self.tr("&Made at"), self.session)):
            buddy = QLabel(label)
            buddy.setBuddy(widget)  # its name for screen readers, and Alt+letter to reach it
            bar.addWidget(buddy)
            bar.addWidget(widget, 1)
        bar.addWidget(self.overdue)
        bar.addWidget(self.as_of)
        self.table = Table()
        self.table.setObjectName("register")
        self.table.setAccessibleName(self.tr("Commitments"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RegisterModel.COL_REF, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        m = RegisterModel
        self.columns = memory.Columns(
            self.table, "register/columns", m.COL_TEXT, least=300,
            keep=(m.COL_REF, m.COL_DUE, m.COL_STATUS, m.COL_SINCE), optional=(m.COL_SINCE, m.COL_RECIPROCAL),
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.table.activated.connect(lambda _i: self.edit())  # Enter or a double click
        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.detail.setAccessibleName(self.tr("Commitment details"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        memory.splitter(splitter, "register/splitter", [58, 42], vertical=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(splitter)
        self.edit_action = QAction(self.tr("&Edit Commitment…"), self)
        self.edit_action.setObjectName("edit_commitment")
        self.edit_action.triggered.connect(self.edit)
        self.log_action = QAction(self.tr("&Log Status…"), self)
        self.log_action.setObjectName("log_status")
        self.log_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.log_action.triggered.connect(self.log_status)
        self.addAction(self.log_action)
        copy = QAction(self.tr("&Copy Reference"), self)
        copy.setObjectName("copy_reference")
        copy.triggered.connect(self.copy_reference)
        context_menu(self.table, (self.edit_action, self.log_action, copy))
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        self._show_empty_detail()

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
                self.party.addItem(p.name, p.id)
            self.party.addItem(self.tr("Jointly"), None)
            for t in d.themes:
                self.theme.addItem(f"{t.code} — {pick(t.title, d.languages[0])}", t.id)
            for lv in d.scale.levels:
                self.status.addItem(labels.status(lv), lv.code)
            for s in self.workspace.sessions(d.id):
                self.session.addItem(self.tr("{nth} session").format(nth=ordinal(s.number)), s.id)
        for combo in (self.party, self.theme, self.status, self.session):
            combo.blockSignals(False)
        self.proxy.set(party="", theme="", status="", session="")

    def reload(self) -> None:
        """Reload rows from the workspace, keeping the selected commitment."""
        keep = self.take_pending() or self.current_id()
        self.model.load(self.workspace, self.dialogue)
        self.as_of.setText(self.tr("As of {date}").format(date=labels.day(self.model.today)))
        self.table.set_empty_text(
            self.tr("No commitment yet: Dialogue › New Commitment… (Ctrl+Alt+C) records one.") if self.dialogue is not None
            else self.tr("Select a dialogue on the left to see its commitments.")
        )
        self.columns.measure()
        if not (keep and self.select(keep)):
            self._show_empty_detail()

    def _show_empty_detail(self) -> None:
        hint = self.tr("Select a commitment to see its texts, lineage, indicators and status history. Enter edits it; Ctrl+L logs its status.")
        self.detail.setHtml(f"<p style='color:#6b7280'>{html.escape(hint)}</p>")

    def copy_reference(self) -> None:
        from PySide6.QtWidgets import QApplication

        index = self.table.currentIndex()
        if index.isValid():
            QApplication.clipboard().setText(self.proxy.index(index.row(), RegisterModel.COL_REF).data())

    def edit(self) -> CommitmentEditor | None:
        """Open the current commitment in the editor (Enter, a double click, or the context menu)."""
        cid = self.current_id()
        if not cid:
            return None
        editor = CommitmentEditor(self.workspace, self.workspace.commitment(cid), self, new=False)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ROLE_ID) if index.isValid() else None

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

    def log_status(self) -> LogStatusDialog | None:
        cid = self.current_id()
        if not cid:
            return None
        dialog = LogStatusDialog(self.workspace, cid, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _show_current(self, index: QModelIndex, _previous=None) -> None:
        cid = index.data(ROLE_ID) if index.isValid() else None
        if not cid:
            return
        self.detail.setHtml(self.detail_html(cid))
        self.commitment_selected.emit(cid)

    def detail_html(self, commitment_id: str) -> str:
        e = html.escape
        ws, d = self.workspace, self.dialogue
        c = ws.commitment(commitment_id)
        sessions = {s.id: s for s in ws.sessions(d.id)}
        out = [f"<h3>{e(c.ref)} — {e(self.model.party(c.party_id))}"]
        if c.lead_institution:
            out.append(f" <small>({e(c.lead_institution)})</small>")
        out.append("</h3>")
        if c.visibility.value == "internal":
            internal = self.tr("Internal: never printed for the counterpart.")
            out.append(f"<p style='color:#b91c1c'><b>{internal}</b></p>")
        for lang in d.languages:
            text = c.text.get(lang, "")
            missing = self.tr("missing")
            shown = e(text) if text.strip() else f"<i style='color:#b91c1c'>{missing}</i>"
            out.append(f"<p><b>[{lang}]</b> {shown}</p>")
        lineage = []
        if c.made_at_session_id in sessions:
            lineage.append(self.tr("made at the {nth} session").format(nth=ordinal(sessions[c.made_at_session_id].number)))
        for sid in c.reaffirmed_at:
            if sid in sessions:
                lineage.append(self.tr("reaffirmed at the {nth}").format(nth=ordinal(sessions[sid].number)))
        for label, other_id in ((self.tr("supersedes"), c.supersedes_id), (self.tr("counterpart"), c.reciprocal_id)):
            if other_id:
                try:
                    lineage.append(f"{label} {e(ws.commitment(other_id).ref)}")
                except ConsultError:
                    pass
        if lineage:
            title = self.tr("Lineage")
            out.append(f"<p><b>{title}:</b> {'; '.join(lineage)}</p>")
        for ind in ws.indicators(c.id):
            ms = ws.measurements(ind.id)
            latest = ms[-1] if ms else None
            share = f" ({round(progress(ind.baseline_value, ind.target_value, latest.value) * 100)} %)" if latest else ""
            out.append(
                f"<p><b>{e(pick(ind.name, d.languages[0], tuple(d.languages)))}</b>: {labels.number(ind.baseline_value)} → "
                f"{labels.number(latest.value) if latest else '?'} / {labels.number(ind.target_value)} {e(labels.unit(ind.unit))}{share}</p>"
            )
        timeline = self.tr("Status timeline")
        out.append(f"<h4>{timeline}</h4>")
        events = ws.events(c.id)
        if not events:
            none = self.tr("No status logged yet: Ctrl+L logs the first one (it is appended, never overwritten).")
            out.append(f"<p style='color:#6b7280'>{e(none)}</p>")
            return "".join(out)
        out.append("<table cellspacing=4>")
        shared, ours = self.tr("note shared with the other delegation"), self.tr("note internal")
        for event in reversed(events):
            level = d.scale.get(event.status)
            bg, fg = icons.colours(level.tone if level else None)
            symbol = icons.SYMBOLS[level.tone] + " " if level else ""
            audience = (shared if event.visibility == Visibility.JOINT else ours) if (event.note or event.evidence) else ""
            party = d.party(event.party_id)
            if party is not None and not party.is_home:
                audience = self.tr("assessed by {party}").format(party=party.name) + (" · " + audience if audience else "")
            out.append(
                f"<tr><td>{labels.day(event.effective_on)}</td><td style='background:{bg}; color:{fg}'><b>{symbol}{e(labels.status(level, event.status))}</b></td>"
                f"<td>{e(event.note)}{(' — <i>' + e(event.evidence) + '</i>') if event.evidence else ''}"
                f"<br><small style='color:#6b7280'>{e(event.author)} · {e(labels.timestamp(event.recorded_at))} · {e(event.recorded_where)}"
                f"{' · ' + audience if audience else ''}</small></td></tr>"
            )
        out.append("</table>")
        return "".join(out)


class CommitmentEditor(FieldErrors, Dialog):
    """A new commitment (or changes to one): each refusal shown under its field, with the field's name."""

    def __init__(self, workspace: Workspace, commitment, parent=None, *, new: bool = True):
        super().__init__(parent)
        self.workspace = workspace
        self.commitment = commitment
        self.new = new
        d = self.dialogue = workspace.dialogue(commitment.dialogue_id)
        self.setWindowTitle(self.tr("New commitment") if new else self.tr("Commitment {ref}").format(ref=commitment.ref))
        form = QFormLayout(self)
        self.ref = line_edit(commitment.ref, "ref", validate.REF)
        form.addRow(self.tr("Reference:"), self.ref)
        form.addRow(self.field_error("ref", self.tr("Reference:")))
        self.texts: dict[str, TextBox] = {}
        for lang in d.languages:
            edit = TextBox(commitment.text.get(lang, ""), f"text_{lang}", validate.TEXT)
            edit.setMaximumHeight(80)
            self.texts[lang] = edit
            form.addRow(self.tr("Text [{lang}]:").format(lang=lang), edit)
        form.addRow(self.field_error("text", self.tr("Text")))
        self.party = QComboBox()
        self.party.setObjectName("party")
        self.party.addItem(self.tr("(choose)"), "")
        for p in d.parties:
            self.party.addItem(p.name, p.id)
        self.party.addItem(self.tr("All parties jointly"), None)
        if not new:
            self.party.setCurrentIndex(self.party.findData(commitment.party_id) if commitment.party_id else self.party.count() - 1)
        form.addRow(self.tr("Responsible party:"), self.party)
        form.addRow(self.field_error("party", self.tr("Responsible party:")))
        self.institution = line_edit(commitment.lead_institution, "institution", validate.NAME)
        form.addRow(self.tr("Lead institution:"), self.institution)
        form.addRow(self.field_error("lead_institution", self.tr("Lead institution:")))
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        self.theme.addItem(self.tr("(none)"), None)
        for t in d.themes:
            self.theme.addItem(f"{t.code} — {pick(t.title, d.languages[0])}", t.id)
        self.theme.setCurrentIndex(max(0, self.theme.findData(commitment.theme_id)))
        form.addRow(self.tr("Theme:"), self.theme)
        self.session = QComboBox()
        self.session.setObjectName("made_at")
        self.session.addItem(self.tr("(none)"), None)
        for s in workspace.sessions(d.id):
            self.session.addItem(self.tr("{nth} session ({date})").format(nth=ordinal(s.number), date=labels.day(s.starts_on)), s.id)
        self.session.setCurrentIndex(max(0, self.session.findData(commitment.made_at_session_id)))
        form.addRow(self.tr("Made at:"), self.session)
        self.has_due = QCheckBox(self.tr("Due on"))
        self.has_due.setObjectName("has_due")
        self.due = date_edit(commitment.due_on, "due")
        self.due.setAccessibleName(self.tr("Due date"))
        self.has_due.setChecked(commitment.due_on is not None)
        self.due.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        form.addRow(due_row)
        form.addRow(self.field_error("due_on", self.tr("Due on")))
        self.reciprocal = QComboBox()
        self.reciprocal.setObjectName("reciprocal")
        self.reciprocal.addItem(self.tr("(none)"), None)
        for other in workspace.commitments(d.id):
            if other.id != commitment.id:
                self.reciprocal.addItem(other.ref, other.id)
        self.reciprocal.setCurrentIndex(max(0, self.reciprocal.findData(commitment.reciprocal_id)))
        form.addRow(self.tr("Counterpart (quid pro quo):"), self.reciprocal)
        form.addRow(self.field_error("reciprocal", self.tr("Counterpart (quid pro quo):")))
        self.internal = QCheckBox(self.tr("Internal — ours alone, never printed for the counterpart"))
        self.internal.setObjectName("internal")
        self.internal.setChecked(commitment.visibility.value == "internal")
        form.addRow(self.internal)
        form.addRow(self.field_error("other"))
        self.error = self.errors["other"]
        buttons = ok_cancel(self)
        form.addRow(buttons)
        self.resize(600, self.sizeHint().height())

    def _choose_party(self) -> None:
        if self.party.currentData() == "":
            raise Invalid("party: " + self.tr("choose a party, or all parties jointly."), "party")

    def accept(self) -> None:
        c = self.commitment
        c.ref = self.ref.text().strip()
        c.text = {lang: edit.toPlainText().strip() for lang, edit in self.texts.items() if edit.toPlainText().strip()}
        c.party_id = self.party.currentData() or None
        c.lead_institution = self.institution.text().strip()
        c.theme_id = self.theme.currentData()
        c.made_at_session_id = self.session.currentData()
        c.due_on = self.due.date().toPython() if self.has_due.isChecked() else None
        c.reciprocal_id = self.reciprocal.currentData()
        c.visibility = Visibility.INTERNAL if self.internal.isChecked() else Visibility.JOINT
        fields = [  # each field's own check, so that every refusal shows at once
            lambda: validate.text(c.ref, "ref", required=True, limit=validate.REF),
            lambda: validate.lang_text(c.text, "text", self.dialogue.languages, required=True),
            self._choose_party,
            lambda: validate.text(c.lead_institution, "lead_institution", limit=validate.NAME),
        ]
        if self.refuse(fields, "other") and self.refuse([lambda: register_ops.save_commitment(self.workspace, c, new=self.new)], "other"):
            super().accept()
