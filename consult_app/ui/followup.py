"""Follow-up actions and indicators of a dialogue."""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QCoreApplication, QModelIndex, QPointF, Qt
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
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import preferences
from ..domain import audience, validate
from ..domain.errors import Invalid
from ..domain.model import UNITS, ActionState, Direction, FollowUpAction, Indicator, Measurement, Visibility
from ..domain.rules import action_is_overdue, due_this_month, progress
from ..ops import records
from ..ops import register as register_ops
from ..preferences import current_user
from ..store import Workspace
from . import labels, memory
from .register import FilterProxy
from .undo import Undoable, edit_undoably, run_undoable, save_undoably
from .view import View
from .widgets import (
    Dialog,
    FieldErrors,
    Table,
    TableModel,
    TableWidget,
    UndoableEditor,
    choice_box,
    command_buttons,
    context_menu,
    date_edit,
    is_new,
    line_edit,
    ok_cancel,
    one_line,
    optional_date,
)


def audience_box(name: str, joint_text: str, internal_text: str, value: Visibility) -> QComboBox:
    """A choice between joint (shared with the other delegation) and internal (ours alone)."""
    box = QComboBox()
    box.setObjectName(name)
    box.addItem(internal_text, Visibility.INTERNAL)
    box.addItem(joint_text, Visibility.JOINT)
    box.setCurrentIndex(box.findData(value))
    return box


SORT_ROLE = Qt.ItemDataRole.UserRole + 1


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
        if role == SORT_ROLE:
            return a.due_on.isoformat() if col == self.COL_DUE and a.due_on else self.data(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if col == self.COL_DESCRIPTION:
                return a.description
            if col == self.COL_COMMITMENT:
                return self.refs.get(a.commitment_id or "", "")
            if col == self.COL_ASSIGNEE:
                return a.assignee
            if col == self.COL_DUE:
                return labels.day_or_empty(a.due_on) + (self.tr(" — overdue") if overdue else "")
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
        self.setSortRole(SORT_ROLE)

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


class ActionEditor(FieldErrors, Dialog):
    def __init__(self, workspace: Workspace, action: FollowUpAction, parent=None):
        super().__init__(parent)
        self.action_ = copy.deepcopy(action)
        self.setWindowTitle(self.tr("Follow-up action"))
        form = QFormLayout(self)
        self.description = line_edit(action.description, "description", validate.TEXT)
        self.assignee = assignee_box(workspace, action.assignee)
        self.has_due, self.due = optional_date(self.tr("Due on"), action.due_on, "due", self.tr("Due date"))
        self.state = choice_box("state", None, ((labels.action_state(state), state) for state in ActionState), action.state)
        self.commitment = QComboBox()
        self.commitment.setObjectName("commitment")
        self.commitment.addItem(self.tr("(none)"), None)
        self.commitment_audience: dict[str, Visibility] = {}
        for c in workspace.commitments(action.dialogue_id):
            self.commitment.addItem(c.ref, c.id)
            self.commitment_audience[c.id] = c.visibility
        self.commitment.setCurrentIndex(max(0, self.commitment.findData(action.commitment_id)))
        self.audience = audience_box("audience", self.tr("Joint — shared with the other delegation"), self.tr("Internal — our own to-do"), action.visibility)
        self.field_row(form, self.tr("Action:"), self.description, "description")
        self.field_row(form, self.tr("Assigned to:"), self.assignee, "assignee")
        form.addRow(one_line(self.has_due, self.due))
        form.addRow(self.field_error("due_on", self.tr("Due on")))
        form.addRow(self.tr("State:"), self.state)
        form.addRow(self.tr("Under commitment:"), self.commitment)
        self.field_row(form, self.tr("Audience:"), self.audience, "visibility")
        self.error = self.errors["description"]
        form.addRow(ok_cancel(self))

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
        checks = [
            lambda: validate.text(a.description, "description", required=True),
            lambda: validate.text(a.assignee, "assignee", limit=validate.NAME),
            lambda: validate.date(a.due_on, "due_on"),
            lambda: audience.check_under(a.visibility, self.commitment_audience.get(a.commitment_id or "")),
        ]
        if self.refuse(checks, "description"):
            super().accept()


class ActionsView(View):
    def __init__(self, workspace: Workspace, undo: QUndoStack, parent=None):
        super().__init__(workspace, undo, parent)
        self.model = ActionsModel(self)
        self.proxy = ActionsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.mode = QComboBox()
        self.mode.setObjectName("mode")
        for mode, label in (
            (ActionsFilter.ALL, self.tr("All open")),
            (ActionsFilter.MINE, self.tr("Mine")),
            (ActionsFilter.OVERDUE, self.tr("Overdue")),
            (ActionsFilter.THIS_MONTH, self.tr("Due this month")),
        ):
            self.mode.addItem(label, mode)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.who = QLabel()
        self.who.setObjectName("who")
        self.finished = QCheckBox(self.tr("Show done and cancelled"))
        self.finished.setObjectName("finished")
        self.finished.toggled.connect(lambda on: self.proxy.set(show_finished=on))
        self.table = Table()
        self.table.setObjectName("actions")
        self.table.setAccessibleName(self.tr("Follow-up actions"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.columns = memory.Columns(self.table, "actions/columns", ActionsModel.COL_DESCRIPTION)
        self.table.activated.connect(lambda _i: self.edit())  # Enter or a double click
        bar = QHBoxLayout()
        show = QLabel(self.tr("&Show:"))
        show.setBuddy(self.mode)
        bar.addWidget(show)
        bar.addWidget(self.mode)
        bar.addWidget(self.who)
        bar.addWidget(self.finished)
        bar.addStretch(1)
        commands = (
            ("edit_action", self.tr("Edit Action…"), self.edit),
            ("add_action", self.tr("Add Action…"), self.add),
            ("mark_done", self.tr("Mark Done"), self.mark_done),
        )
        _, menu = command_buttons(self, bar, commands, menu_only=("edit_action",))  # Enter or a double click edits
        context_menu(self.table, menu)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table)

    def panes(self) -> list:
        return [self.table]

    def reload(self) -> None:
        self.table.set_empty_text(
            self.tr("Nothing to show: Add Action… records a follow-up action; “Show” and “Show done and cancelled” widen the list.")
            if self.dialogue is not None
            else self.tr("Select a dialogue on the left to see its follow-up actions.")
        )
        if self.dialogue is None:
            self.model.load([], {})
            return
        refs = {c.id: c.ref for c in self.workspace.commitments(self.dialogue.id)}
        self.model.load(self.workspace.actions(self.dialogue.id), refs)
        self._mode_changed()
        self.columns.measure()

    def _mode_changed(self) -> None:
        """ "Mine" is the actions assigned to me, as Tools › Preferences names me (else the system's user name)."""
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
        text = self.tr("Edit action")
        return edit_undoably(self, self.current(), lambda action: ActionEditor(self.workspace, action, self), ActionEditor.result_action, text, records.update)

    def mark_done(self) -> None:
        before = self.current()
        if before is None:
            return
        after = copy.deepcopy(before)
        after.state = ActionState.DONE
        save_undoably(self, self.tr("Edit action"), records.update, before, after)


def add_action(workspace: Workspace, undo: QUndoStack, action: FollowUpAction, parent: QWidget, report, done=None) -> ActionEditor:
    """Open the editor on a new action; on OK add it (undoable), then call ``done``."""
    editor = ActionEditor(workspace, action, parent)

    def added() -> None:
        a = editor.result_action()
        text = QCoreApplication.translate("ActionsView", "Add action")
        run_undoable(undo, text, lambda: records.add(workspace, a), lambda: records.delete(workspace, FollowUpAction, a.id), report)
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
        self.setAccessibleName(self.tr("Chart of the indicator"))
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
            painter.setPen(QColor("#6b7280"))
            painter.drawText(
                self.rect().adjusted(16, 16, -16, -16),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Select an indicator above to see its baseline, measurements and target."),
            )
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


class MeasurementDialog(FieldErrors, Dialog):
    """Append a dated value of an indicator with its source; value and source are ours unless shared."""

    def __init__(self, workspace: Workspace, indicators: list[Indicator], parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Add measurement"))
        form = QFormLayout(self)
        self.which = QComboBox()
        self.which.setObjectName("indicator")
        self.audience: dict[str, Visibility] = {}
        for ind in indicators:
            c = workspace.commitment(ind.commitment_id)
            d = workspace.dialogue(c.dialogue_id)
            self.which.addItem(f"{c.ref} — {labels.shown(ind.name, d)} ({labels.unit(ind.unit)})", ind.id)
            self.audience[ind.id] = c.visibility
        self.indicators = {i.id: i for i in indicators}
        if len(indicators) > 1:
            form.addRow(self.tr("Indicator:"), self.which)
        self.date = date_edit(None, "date")
        self.value = QDoubleSpinBox()
        self.value.setObjectName("value")
        self.value.setRange(-1e12, 1e12)
        self.value.setDecimals(2)
        self.source = line_edit("", "source", validate.TITLE)
        # the value and its source are ours unless shared; never shared under an internal commitment
        self.shared = QCheckBox(self.tr("Share the value and its source with the other delegation"))
        self.shared.setObjectName("shared")
        self.which.currentIndexChanged.connect(self._indicator_changed)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.field_error("measured_on", self.tr("Date:")))
        self.value_label = QLabel()
        self.value_label.setBuddy(self.value)
        form.addRow(self.value_label, self.value)
        form.addRow(self.field_error("value", self.tr("Value")))
        form.addRow(self.tr("Source:"), self.source)
        form.addRow(self.field_error("source", self.tr("Source:")))
        form.addRow(self.shared)
        form.addRow(self.field_error("other"))
        form.addRow(ok_cancel(self))
        self._indicator_changed()

    @property
    def indicator(self) -> Indicator:
        return self.indicators[self.which.currentData()]

    def _indicator_changed(self, *_args) -> None:
        self.value_label.setText(self.tr("Value ({unit}):").format(unit=labels.unit(self.indicator.unit)))
        self.shared.setEnabled(self.audience[self.indicator.id] == Visibility.JOINT)

    def measurement(self) -> Measurement:
        visibility = Visibility.JOINT if self.shared.isChecked() and self.shared.isEnabled() else Visibility.INTERNAL
        return Measurement(self.indicator.id, self.date.date().toPython(), self.value.value(), self.source.text().strip(), visibility=visibility)

    def accept(self) -> None:
        m = self.measurement()
        # append-only history: not on the undo stack
        if self.refuse([lambda: validate.measurement(m)], "other") and self.refuse([lambda: register_ops.add_measurement(self.workspace, m)], "other"):
            super().accept()


def measure(workspace: Workspace, indicators: list[Indicator], parent: QWidget, report=None) -> MeasurementDialog:
    """Open the dialog that appends a measurement to one of ``indicators`` (the first preselected)."""
    return _open(MeasurementDialog(workspace, indicators, parent))


class IndicatorEditor(UndoableEditor):
    """A new indicator of a commitment, or changes to one: name, unit, baseline, target and which way is good."""

    def __init__(
        self, workspace: Workspace, indicator: Indicator, parent=None, *, dialogue_id: str | None = None, undoable: Undoable | None = None, change=None
    ):
        super().__init__(workspace, parent, undoable)
        self.change = change  # change(indicator) -> (undo text, do, undo): what OK makes, through the undo stack
        self.indicator = copy.deepcopy(indicator)
        self.new = new = is_new(workspace.indicator, indicator.id)
        self.setWindowTitle(self.tr("New indicator") if new else self.tr("Indicator"))
        form = QFormLayout(self)
        dialogue_id = self._build_commitment(form, dialogue_id)
        self._build_names(form, workspace.dialogue(dialogue_id).languages)
        self._build_figures()
        self._add_figure_rows(form)
        form.addRow(self.field_error("other"))
        form.addRow(ok_cancel(self))
        self.resize(560, self.sizeHint().height())

    def _build_commitment(self, form: QFormLayout, dialogue_id: str | None) -> str | None:
        """The commitment measured: fixed when the indicator has one, else chosen among the dialogue's; the dialogue's id."""
        self.commitment = QComboBox()
        self.commitment.setObjectName("commitment")
        if self.indicator.commitment_id:
            c = self.workspace.commitment(self.indicator.commitment_id)
            dialogue_id = c.dialogue_id
            self.commitment.addItem(c.ref, c.id)
            self.commitment.setEnabled(False)
        else:
            self.commitment.addItem(self.tr("(choose)"), "")
            for c in self.workspace.commitments(dialogue_id):
                self.commitment.addItem(c.ref, c.id)
        form.addRow(self.tr("Commitment:"), self.commitment)
        form.addRow(self.field_error("commitment", self.tr("Commitment:")))
        return dialogue_id

    def _build_names(self, form: QFormLayout, languages: list[str]) -> None:
        """The indicator's name in each of the dialogue's languages."""
        self.names: dict[str, QLineEdit] = {}
        for lang in languages:
            edit = line_edit(self.indicator.name.get(lang, ""), f"name_{lang}", validate.TITLE)
            self.names[lang] = edit
            form.addRow(self.tr("Name [{lang}]:").format(lang=lang), edit)
        form.addRow(self.field_error("name", self.tr("Name")))

    def _build_figures(self) -> None:
        """Unit, baseline, target and direction; a new indicator's direction follows its figures until it is chosen."""
        indicator = self.indicator
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        self.unit.setEditable(True)
        self.unit.lineEdit().setMaxLength(validate.LABEL)
        for code in UNITS:
            self.unit.addItem(labels.unit(code), code)
        self.unit.setCurrentText(labels.unit(indicator.unit or "count"))
        self.baseline, self.baseline_on, self.has_baseline_on = self._figure("baseline", indicator.baseline_value, indicator.baseline_on)
        self.target, self.target_on, self.has_target_on = self._figure("target", indicator.target_value, indicator.target_on)
        self.direction = QComboBox()
        self.direction.setObjectName("direction")
        self.direction.addItem(self.tr("Up is good — the figure should rise"), Direction.UP)
        self.direction.addItem(self.tr("Down is good — the figure should fall"), Direction.DOWN)
        self.direction.setCurrentIndex(self.direction.findData(indicator.direction))
        self._direction_chosen = not self.new  # a new indicator follows its baseline and target until the direction is chosen
        self.direction.activated.connect(lambda _i: setattr(self, "_direction_chosen", True))
        for spin in (self.baseline, self.target):
            spin.valueChanged.connect(self._follow_figures)

    def _add_figure_rows(self, form: QFormLayout) -> None:
        """The rows of unit, baseline, target and direction, each with its refusals under it."""
        self.field_row(form, self.tr("Unit:"), self.unit, "unit")
        self.field_row(form, self.tr("Baseline:"), one_line(self.baseline, self.has_baseline_on, self.baseline_on), "baseline_value")
        form.addRow(self.field_error("baseline_on", self.tr("Baseline date")))
        self.field_row(form, self.tr("Target:"), one_line(self.target, self.has_target_on, self.target_on), "target_value")
        form.addRow(self.field_error("target_on", self.tr("Target date")))
        self.field_row(form, self.tr("Direction:"), self.direction, "direction")

    def _figure(self, name: str, value: float, on: dt.date | None) -> tuple[QDoubleSpinBox, QDateEdit, QCheckBox]:
        spin = QDoubleSpinBox()
        spin.setObjectName(name)
        spin.setRange(-1e15, 1e15)
        spin.setDecimals(2)
        spin.setValue(value)
        has, date = optional_date(self.tr("on"), on, f"{name}_on", self.tr("Baseline date") if name == "baseline" else self.tr("Target date"))
        return spin, date, has

    def _follow_figures(self, *_args) -> None:
        if not self._direction_chosen:
            self.direction.setCurrentIndex(self.direction.findData(Direction.implied(self.baseline.value(), self.target.value())))

    def _unit(self) -> str:
        """The unit's code when a listed one is chosen (shown in the interface's language), else what was typed."""
        text = self.unit.currentText().strip()
        found = self.unit.findText(text)
        return self.unit.itemData(found) if found >= 0 else text

    def _choose_commitment(self) -> None:
        if not self.commitment.currentData():
            raise Invalid("commitment: " + self.tr("choose the commitment the figure measures."), "commitment")

    def result_indicator(self) -> Indicator:
        i = copy.deepcopy(self.indicator)
        i.commitment_id = self.commitment.currentData() or ""
        i.name = {lang: edit.text().strip() for lang, edit in self.names.items() if edit.text().strip()}
        i.unit = self._unit()
        i.baseline_value, i.target_value = self.baseline.value(), self.target.value()
        i.baseline_on = self.baseline_on.date().toPython() if self.has_baseline_on.isChecked() else None
        i.target_on = self.target_on.date().toPython() if self.has_target_on.isChecked() else None
        i.direction = Direction(self.direction.currentData())
        return i

    def accept(self) -> None:
        i = self.result_indicator()
        languages = self.workspace.dialogue(self.workspace.commitment(i.commitment_id).dialogue_id).languages if i.commitment_id else None
        checks = [  # each refusal at once, under its field
            self._choose_commitment,
            lambda: validate.lang_text(i.name, "name", languages, required=True, limit=validate.TITLE),
            lambda: validate.text(i.unit, "unit", required=True, limit=validate.LABEL),
            lambda: validate.indicator(i, languages),
        ]
        if self.refuse(checks, "other") and self.run(*self.change(i)):
            super().accept()


def new_indicator(
    workspace: Workspace, undo: QUndoStack, parent: QWidget, report, *, commitment_id: str | None = None, dialogue_id: str | None = None
) -> IndicatorEditor:
    """Open the editor on a new indicator (of ``commitment_id``, or one chosen among the dialogue's); on OK add it, undoably."""

    def change(i: Indicator):
        text = QCoreApplication.translate("IndicatorsView", "New indicator")
        return text, lambda: records.add(workspace, i), lambda: records.delete(workspace, Indicator, i.id)

    blank = Indicator(commitment_id or "", {}, "count", 0, None, 0)
    return _open(IndicatorEditor(workspace, blank, parent, dialogue_id=dialogue_id, undoable=Undoable(undo, report), change=change))


def edit_indicator(workspace: Workspace, undo: QUndoStack, indicator: Indicator, parent: QWidget, report) -> IndicatorEditor:
    """Open the editor on an indicator; on OK save the changes, undoably (its measurements stay as they are)."""
    before = copy.deepcopy(indicator)

    def change(i: Indicator):
        text = QCoreApplication.translate("IndicatorsView", "Edit indicator")
        return text, lambda: records.update(workspace, i), lambda: records.update(workspace, before)

    return _open(IndicatorEditor(workspace, indicator, parent, undoable=Undoable(undo, report), change=change))


def _open(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class IndicatorsView(View):
    """The indicators of a dialogue's commitments: baseline, latest, target, progress, which way is good, and their measurements."""

    def __init__(self, workspace: Workspace, undo: QUndoStack | None = None, parent=None):
        super().__init__(workspace, undo if undo is not None else QUndoStack(), parent)
        self.indicators: list[Indicator] = []
        self.list = TableWidget(0, 7)
        self.list.setObjectName("indicators")
        self.list.setAccessibleName(self.tr("Indicators"))
        self.list.setHorizontalHeaderLabels(
            [self.tr("Commitment"), self.tr("Indicator"), self.tr("Baseline"), self.tr("Latest"), self.tr("Target"), self.tr("Progress"), self.tr("Direction")]
        )
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().setVisible(False)
        self.list.currentCellChanged.connect(lambda row, *_: (self._enable(), self._show(row)))
        self.list.activated.connect(lambda _i: self.edit_indicator())  # Enter or a double click
        self.list_columns = memory.Columns(self.list, "indicators/columns", 1)
        self.measurements = TableWidget(0, 4)
        self.measurements.setObjectName("measurements")
        self.measurements.setAccessibleName(self.tr("Measurements"))
        self.measurements.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Value"), self.tr("Source"), self.tr("Audience")])
        self.measurements.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.measurements.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measurements.verticalHeader().setVisible(False)
        self.measurement_columns = memory.Columns(self.measurements, "indicators/measurement-columns", 2, least=160)
        self.chart = IndicatorChart()
        bar = QHBoxLayout()
        commands = (
            ("new_indicator", self.tr("New Indicator…"), self.new_indicator),
            ("edit_indicator", self.tr("Edit Indicator…"), self.edit_indicator),
            ("add_measurement", self.tr("Add Measurement…"), self.add_measurement),
        )
        buttons, actions = command_buttons(self, bar, commands)
        # what acts on the indicator selected: offered only when one is (a dialogue may have none)
        self.on_selected = [buttons["edit_indicator"], buttons["add_measurement"], *actions[1:]]
        bar.addStretch(1)
        context_menu(self.list, actions)
        context_menu(self.measurements, actions[2:])
        lower = QSplitter()
        lower.addWidget(self.measurements)
        lower.addWidget(self.chart)
        memory.splitter(lower, "indicators/lower-splitter", [55, 45])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        memory.splitter(splitter, "indicators/splitter", [45, 55], vertical=True)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter)

    def panes(self) -> list:
        return [self.list, self.measurements]

    def reload(self) -> None:
        current = self.current()
        keep = self.take_pending() or (current.id if current else None)
        self.list.setRowCount(0)
        self.measurements.setRowCount(0)
        self.indicators = []
        self.list.set_empty_text(self.tr("No indicator yet: New Indicator… ties a figure (baseline, target, which way is good) to a commitment."))
        self.measurements.set_empty_text(self.tr("No measurement yet: Add Measurement… records one, with its source."))
        if self.dialogue is None:
            self.chart.show_indicator(None, [])
            self._enable()
            return
        d = self.dialogue
        refs = {c.id: c.ref for c in self.workspace.commitments(d.id)}
        self.indicators = [i for i in self.workspace.indicators() if i.commitment_id in refs]
        self.list.setRowCount(len(self.indicators))
        for n, ind in enumerate(self.indicators):
            ms = self.workspace.measurements(ind.id)
            latest = ms[-1].value if ms else None
            share = labels.share(progress(ind.baseline_value, ind.target_value, latest, ind.direction)) if latest is not None else "—"
            way = self.tr("↑ up is good") if ind.direction == Direction.UP else self.tr("↓ down is good")
            name = labels.shown(ind.name, d)
            texts = (
                refs[ind.commitment_id],
                name,
                labels.number(ind.baseline_value),
                labels.number(latest) if latest is not None else "—",
                labels.quantity(ind.target_value, ind.unit),
                share,
                way,
            )
            for col, text in enumerate(texts):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.list.setItem(n, col, cell)
        self.list_columns.measure()
        if self.indicators:
            row = next((n for n, i in enumerate(self.indicators) if i.id == keep), 0)
            self.list.setCurrentCell(row, 0)
            self._show(self.list.currentRow())
        else:
            self.chart.show_indicator(None, [])
        self._enable()

    def _enable(self) -> None:
        for command in self.on_selected:
            command.setEnabled(self.current() is not None)

    def current(self) -> Indicator | None:
        row = self.list.currentRow()
        return self.indicators[row] if 0 <= row < len(self.indicators) else None

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.indicators):
            return
        ind = self.indicators[row]
        ms = self.workspace.measurements(ind.id)
        self.measurements.setRowCount(len(ms))
        for n, m in enumerate(ms):
            shared = self.tr("Joint") if m.visibility == Visibility.JOINT else self.tr("Internal")
            for col, text in enumerate((labels.day(m.measured_on), labels.number(m.value), m.source, shared)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.measurements.setItem(n, col, cell)
        self.measurement_columns.measure()
        self.chart.show_indicator(ind, ms)

    def new_indicator(self) -> IndicatorEditor | None:
        if self.dialogue is None:
            return None
        editor = new_indicator(self.workspace, self.undo, self, self.report, dialogue_id=self.dialogue.id)
        self.pending = editor.indicator.id
        return editor

    def edit_indicator(self) -> IndicatorEditor | None:
        indicator = self.current()
        if indicator is None:
            return None
        self.pending = indicator.id
        return edit_indicator(self.workspace, self.undo, indicator, self, self.report)

    def add_measurement(self) -> MeasurementDialog | None:
        indicator = self.current()
        if indicator is None:
            return None
        self.pending = indicator.id
        return measure(self.workspace, [indicator], self, self.report)

    def heading(self) -> str:
        return self.tr("Indicators")
