"""Follow-up actions and indicators of a dialogue."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import audience, validate
from ..domain.errors import ConsultError, Invalid
from ..domain.model import (
    ActionState,
    FollowUpAction,
    Indicator,
    Measurement,
    Visibility,
    pick,
)
from ..domain.rules import action_is_overdue, due_this_month, progress
from ..ops import followup as followup_ops
from ..ops import register as register_ops
from .. import preferences
from ..preferences import current_user
from ..store import Workspace
from . import labels
from .register import FilterProxy
from .undo import run_undoable
from .view import View
from .widgets import TableModel, error_label, ok_cancel


def audience_box(name: str, joint_text: str, internal_text: str, value: Visibility) -> QComboBox:
    """A choice between joint (shared with the other delegation) and internal (ours alone)."""
    box = QComboBox()
    box.setObjectName(name)
    box.addItem(internal_text, Visibility.INTERNAL)
    box.addItem(joint_text, Visibility.JOINT)
    box.setCurrentIndex(box.findData(value))
    return box


class ActionsModel(TableModel):
    COL_DESCRIPTION, COL_COMMITMENT, COL_ASSIGNEE, COL_DUE, COL_STATE, COL_AUDIENCE = range(6)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = [self.tr("Action"), self.tr("Commitment"), self.tr("Assigned to"), self.tr("Due"), self.tr("State"), self.tr("Audience")]
        self.actions: list[FollowUpAction] = []
        self.refs: dict[str, str] = {}
        self.today = dt.date.today()

    def load(self, actions: list[FollowUpAction], refs: dict[str, str]) -> None:
        self.beginResetModel()
        self.actions, self.refs = actions, refs
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.actions)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a = self.actions[index.row()]
        col = index.column()
        overdue = action_is_overdue(a, self.today)
        if role == Qt.ItemDataRole.UserRole:
            return a.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.COL_DESCRIPTION:
                return a.description
            if col == self.COL_COMMITMENT:
                return self.refs.get(a.commitment_id or "", "")
            if col == self.COL_ASSIGNEE:
                return a.assignee
            if col == self.COL_DUE:
                return (a.due_on.isoformat() if a.due_on else "") + (self.tr(" — overdue") if overdue else "")
            if col == self.COL_STATE:
                return labels.action_state(a.state)
            if col == self.COL_AUDIENCE:
                return self.tr("Joint") if a.visibility == Visibility.JOINT else self.tr("Internal")
        if role == Qt.ItemDataRole.ForegroundRole and overdue and col in (self.COL_DUE, self.COL_DESCRIPTION):
            return QColor("#b91c1c")
        return None


class ActionsFilter(FilterProxy):
    ALL, MINE, OVERDUE, THIS_MONTH = "all", "mine", "overdue", "month"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.mode = self.ALL
        self.show_finished = False
        self.me = ""

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        model: ActionsModel = self.sourceModel()
        a = model.actions[row]
        finished = a.state in (ActionState.DONE, ActionState.CANCELLED)
        if finished and not self.show_finished:
            return False
        today = model.today
        if self.mode == self.MINE:
            return bool(self.me) and self.me.casefold() in a.assignee.casefold()
        if self.mode == self.OVERDUE:
            return action_is_overdue(a, today)
        if self.mode == self.THIS_MONTH:
            return due_this_month(a.due_on, today)
        return True


def assignee_box(workspace: Workspace, current: str) -> QComboBox:
    """Who an action is assigned to: picked from the people directory (me first), or typed (an office, two names)."""
    box = QComboBox()
    box.setObjectName("assignee")
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    me = current_user()
    names = [p.name for p in workspace.people()]
    for name in dict.fromkeys([me, *names] if me in names else names):
        box.addItem(name)
    box.lineEdit().setMaxLength(validate.NAME)
    box.setEditText(current)
    box.completer().setFilterMode(Qt.MatchFlag.MatchContains)
    box.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return box


class ActionEditor(QDialog):
    def __init__(self, workspace: Workspace, action: FollowUpAction, parent=None):
        super().__init__(parent)
        self.action_ = copy.deepcopy(action)
        self.setWindowTitle(self.tr("Follow-up action"))
        form = QFormLayout(self)
        self.description = QLineEdit(action.description)
        self.description.setObjectName("description")
        self.assignee = assignee_box(workspace, action.assignee)
        self.has_due = QCheckBox(self.tr("Due on"))
        self.has_due.setObjectName("has_due")
        due = action.due_on or dt.date.today()
        self.due = QDateEdit(QDate(due.year, due.month, due.day))
        self.due.setObjectName("due")
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.has_due.setChecked(action.due_on is not None)
        self.state = QComboBox()
        self.state.setObjectName("state")
        for state in ActionState:
            self.state.addItem(labels.action_state(state), state)
        self.state.setCurrentIndex(self.state.findData(action.state))
        self.commitment = QComboBox()
        self.commitment.setObjectName("commitment")
        self.commitment.addItem(self.tr("(none)"), None)
        self.commitment_audience: dict[str, Visibility] = {}
        for c in workspace.commitments(action.dialogue_id):
            self.commitment.addItem(c.ref, c.id)
            self.commitment_audience[c.id] = c.visibility
        self.commitment.setCurrentIndex(max(0, self.commitment.findData(action.commitment_id)))
        self.audience = audience_box(
            "audience", self.tr("Joint — shared with the other delegation"), self.tr("Internal — our own to-do"), action.visibility
        )
        self.error = error_label()
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        form.addRow(self.tr("Action:"), self.description)
        form.addRow(self.tr("Assigned to:"), self.assignee)
        form.addRow(due_row)
        form.addRow(self.tr("State:"), self.state)
        form.addRow(self.tr("Under commitment:"), self.commitment)
        form.addRow(self.tr("Audience:"), self.audience)
        form.addRow(self.error)
        buttons = ok_cancel(self)
        form.addRow(buttons)

    def result_action(self) -> FollowUpAction:
        a = self.action_
        a.description = self.description.text().strip()
        a.assignee = self.assignee.currentText().strip()
        a.due_on = self.due.date().toPython() if self.has_due.isChecked() else None
        a.state = ActionState(self.state.currentData())
        a.commitment_id = self.commitment.currentData()
        a.visibility = Visibility(self.audience.currentData())
        return a

    def accept(self) -> None:
        a = self.result_action()
        try:
            validate.text(a.description, "description", required=True)
            validate.text(a.assignee, "assignee", limit=300)
            validate.date(a.due_on, "due_on")
            audience.check_under(a.visibility, self.commitment_audience.get(a.commitment_id or ""))
        except Invalid as exc:
            labels = {"description": self.tr("Action"), "assignee": self.tr("Assigned to"), "due_on": self.tr("Due on"), "visibility": self.tr("Audience")}
            self.error.setText(f"{labels.get(exc.field, exc.field)}: {str(exc).split(': ', 1)[-1]}")
            return
        super().accept()


class ActionsView(View):
    def __init__(self, workspace: Workspace, undo: QUndoStack, parent=None):
        super().__init__(workspace, undo, parent)
        self.model = ActionsModel(self)
        self.proxy = ActionsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.mode = QComboBox()
        self.mode.setObjectName("mode")
        for mode, label in ((ActionsFilter.ALL, self.tr("All open")), (ActionsFilter.MINE, self.tr("Mine")), (ActionsFilter.OVERDUE, self.tr("Overdue")), (ActionsFilter.THIS_MONTH, self.tr("Due this month"))):
            self.mode.addItem(label, mode)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.who = QLabel()
        self.who.setObjectName("who")
        self.finished = QCheckBox(self.tr("Show done and cancelled"))
        self.finished.setObjectName("finished")
        self.finished.toggled.connect(lambda on: self.proxy.set(show_finished=on))
        self.table = QTableView()
        self.table.setObjectName("actions")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        add = QPushButton(self.tr("Add Action…"))
        add.setObjectName("add_action")
        add.clicked.connect(self.add)
        done = QPushButton(self.tr("Mark Done"))
        done.setObjectName("mark_done")
        done.clicked.connect(self.mark_done)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.mode)
        bar.addWidget(self.who)
        bar.addWidget(self.finished)
        bar.addStretch(1)
        bar.addWidget(add)
        bar.addWidget(done)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def reload(self) -> None:
        if self.dialogue is None:
            self.model.load([], {})
            return
        refs = {c.id: c.ref for c in self.workspace.commitments(self.dialogue.id)}
        self.model.load(self.workspace.actions(self.dialogue.id), refs)
        self._mode_changed()

    def _mode_changed(self) -> None:
        """"Mine" is the actions assigned to me, as Tools › Preferences names me (else the system's user name)."""
        me = current_user()
        self.proxy.set(mode=self.mode.currentData(), me=me)
        if self.mode.currentData() != ActionsFilter.MINE:
            self.who.setText("")
        elif preferences.me().name.strip():
            self.who.setText(self.tr("assigned to {name}").format(name=me))
        else:
            self.who.setText(self.tr("assigned to {name} — say who you are in Tools › Preferences").format(name=me))

    def select(self, action_id: str) -> bool:
        """Show and select one action (finished ones included when it is finished)."""
        action = next((a for a in self.model.actions if a.id == action_id), None)
        if action is None:
            return False
        if action.state in (ActionState.DONE, ActionState.CANCELLED):
            self.finished.setChecked(True)
        self.mode.setCurrentIndex(self.mode.findData(ActionsFilter.ALL))
        row = self.model.actions.index(action)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def current(self) -> FollowUpAction | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        action_id = index.data(Qt.ItemDataRole.UserRole)
        return next((a for a in self.model.actions if a.id == action_id), None)

    def heading(self) -> str:
        return self.tr("Follow-up actions")

    def add(self) -> ActionEditor | None:
        """A new action here is our own to-do (internal) unless marked joint in the editor."""
        if self.dialogue is None:
            return None
        action = FollowUpAction(self.dialogue.id, "", assignee=current_user(), visibility=audience.action_default(from_joint_minutes=False))
        return add_action(self.workspace, self.undo, action, self, self.report, self.reload)

    def edit(self) -> ActionEditor | None:
        before = self.current()
        if before is None:
            return None
        editor = ActionEditor(self.workspace, before, self)
        editor.accepted.connect(lambda: self._edited(before, editor.result_action()))
        editor.open()
        return editor

    def _edited(self, before: FollowUpAction, after: FollowUpAction) -> None:
        before, after = copy.deepcopy(before), copy.deepcopy(after)
        run_undoable(self.undo, self.tr("Edit action"), lambda: followup_ops.update_action(self.workspace, after), lambda: followup_ops.update_action(self.workspace, before), self.report)

    def mark_done(self) -> None:
        before = self.current()
        if before is None:
            return
        after = copy.deepcopy(before)
        after.state = ActionState.DONE
        self._edited(before, after)


def add_action(workspace: Workspace, undo: QUndoStack, action: FollowUpAction, parent: QWidget, report, done=None) -> ActionEditor:
    """Open the editor on a new action; on OK add it (undoable), then call ``done``."""
    editor = ActionEditor(workspace, action, parent)

    def added() -> None:
        a = editor.result_action()
        text = QCoreApplication.translate("ActionsView", "Add action")
        run_undoable(undo, text, lambda: followup_ops.add_action(workspace, a), lambda: followup_ops.delete_action(workspace, a.id), report)
        if done is not None:
            done()

    editor.accepted.connect(added)
    editor.open()
    return editor


class IndicatorChart(QWidget):
    """Baseline, measurements and target of one indicator, drawn small."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("chart")
        self.setMinimumHeight(170)
        self.indicator: Indicator | None = None
        self.measurements: list[Measurement] = []

    def show_indicator(self, indicator: Indicator | None, measurements: list[Measurement]) -> None:
        self.indicator, self.measurements = indicator, measurements
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        ind = self.indicator
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if ind is None:
            return
        points = [(m.measured_on, m.value) for m in self.measurements]
        if ind.baseline_on:
            points.insert(0, (ind.baseline_on, ind.baseline_value))
        dates = [d for d, _ in points] + ([ind.target_on] if ind.target_on else [])
        if not dates:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No measurements yet."))
            return
        lo, hi = min(dates).toordinal(), max(dates).toordinal()
        hi = hi if hi > lo else lo + 365
        top = max([v for _, v in points] + [ind.target_value, ind.baseline_value]) * 1.1 or 1
        m = 40
        w, h = self.width() - 2 * m, self.height() - 2 * m
        x = lambda d: m + w * (d.toordinal() - lo) / (hi - lo)  # noqa: E731
        y = lambda v: m + h - h * v / top  # noqa: E731
        painter.setPen(QPen(QColor("#9ca3af"), 1))
        painter.drawLine(m, m + h, m + w, m + h)
        painter.setPen(QPen(QColor("#b91c1c"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(m, y(ind.target_value)), QPointF(m + w, y(ind.target_value)))
        painter.drawText(QPointF(m + 4, y(ind.target_value) - 4), self.tr("target {value}").format(value=labels.number(ind.target_value)))
        painter.setPen(QPen(QColor("#1d4ed8"), 2))
        for (d1, v1), (d2, v2) in zip(points, points[1:]):
            painter.drawLine(QPointF(x(d1), y(v1)), QPointF(x(d2), y(v2)))
        for d, v in points:
            painter.drawEllipse(QPointF(x(d), y(v)), 3, 3)
            painter.drawText(QPointF(x(d) - 10, y(v) - 8), labels.number(v))
        painter.setPen(QColor("#4b5563"))
        painter.drawText(QPointF(m, self.height() - 12), str(dt.date.fromordinal(lo).year))
        painter.drawText(QPointF(m + w - 30, self.height() - 12), str(dt.date.fromordinal(hi).year))


class MeasurementDialog(QDialog):
    def __init__(self, indicator: Indicator, parent=None, commitment_audience: Visibility = Visibility.JOINT):
        super().__init__(parent)
        self.indicator = indicator
        self.setWindowTitle(self.tr("Add measurement"))
        form = QFormLayout(self)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("date")
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.value = QDoubleSpinBox()
        self.value.setObjectName("value")
        self.value.setRange(-1e12, 1e12)
        self.value.setDecimals(2)
        self.source = QLineEdit()
        self.source.setObjectName("source")
        # the value and its source are ours unless shared; never shared under an internal commitment
        self.shared = QCheckBox(self.tr("Share the value and its source with the other delegation"))
        self.shared.setObjectName("shared")
        self.shared.setEnabled(commitment_audience == Visibility.JOINT)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Value ({unit}):").format(unit=indicator.unit), self.value)
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.shared)
        buttons = ok_cancel(self)
        form.addRow(buttons)

    def measurement(self) -> Measurement:
        visibility = Visibility.JOINT if self.shared.isChecked() and self.shared.isEnabled() else Visibility.INTERNAL
        return Measurement(self.indicator.id, self.date.date().toPython(), self.value.value(), self.source.text().strip(), visibility=visibility)


class IndicatorsView(View):
    """The indicators of a dialogue's commitments: baseline, latest, target, progress, and their measurements."""

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(workspace, None, parent)
        self.indicators: list[Indicator] = []
        self.list = QTableWidget(0, 6)
        self.list.setObjectName("indicators")
        self.list.setHorizontalHeaderLabels([self.tr("Commitment"), self.tr("Indicator"), self.tr("Baseline"), self.tr("Latest"), self.tr("Target"), self.tr("Progress")])
        self.list.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        self.list.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.measurements = QTableWidget(0, 4)
        self.measurements.setObjectName("measurements")
        self.measurements.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Value"), self.tr("Source"), self.tr("Audience")])
        self.measurements.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.measurements.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.measurements.verticalHeader().setVisible(False)
        self.chart = IndicatorChart()
        add = QPushButton(self.tr("Add Measurement…"))
        add.setObjectName("add_measurement")
        add.clicked.connect(self.add_measurement)
        lower = QSplitter()
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.measurements)
        ll.addWidget(add)
        lower.addWidget(left)
        lower.addWidget(self.chart)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        QVBoxLayout(self).addWidget(splitter)

    def reload(self) -> None:
        row = max(self.list.currentRow(), 0)
        self.list.setRowCount(0)
        self.indicators = []
        if self.dialogue is None:
            return
        d = self.dialogue
        refs = {c.id: c.ref for c in self.workspace.commitments(d.id)}
        self.indicators = [i for i in self.workspace.indicators() if i.commitment_id in refs]
        self.list.setRowCount(len(self.indicators))
        for n, ind in enumerate(self.indicators):
            ms = self.workspace.measurements(ind.id)
            latest = ms[-1].value if ms else None
            share = f"{round(progress(ind.baseline_value, ind.target_value, latest) * 100)} %" if latest is not None else "—"
            for col, text in enumerate((refs[ind.commitment_id], pick(ind.name, d.languages[0], tuple(d.languages)), labels.number(ind.baseline_value), labels.number(latest) if latest is not None else "—", f"{labels.number(ind.target_value)} {ind.unit}", share)):
                self.list.setItem(n, col, QTableWidgetItem(text))
        if self.indicators:
            self.list.setCurrentCell(min(row, len(self.indicators) - 1), 0)
            self._show(self.list.currentRow())
        else:
            self.chart.show_indicator(None, [])

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.indicators):
            return
        ind = self.indicators[row]
        ms = self.workspace.measurements(ind.id)
        self.measurements.setRowCount(len(ms))
        for n, m in enumerate(ms):
            shared = self.tr("Joint") if m.visibility == Visibility.JOINT else self.tr("Internal")
            for col, text in enumerate((m.measured_on.isoformat(), labels.number(m.value), m.source, shared)):
                self.measurements.setItem(n, col, QTableWidgetItem(text))
        self.chart.show_indicator(ind, ms)

    def add_measurement(self) -> MeasurementDialog | None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.indicators):
            return None
        indicator = self.indicators[row]
        dialog = MeasurementDialog(indicator, self, self.workspace.commitment(indicator.commitment_id).visibility)
        dialog.accepted.connect(lambda: self._add(dialog.measurement()))
        dialog.open()
        return dialog

    def _add(self, measurement: Measurement) -> None:
        try:
            register_ops.add_measurement(self.workspace, measurement)  # append-only: not on the undo stack
        except ConsultError as exc:
            self.report(str(exc))

    def heading(self) -> str:
        return self.tr("Indicators")
