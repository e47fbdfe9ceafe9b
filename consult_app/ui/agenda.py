"""The agenda of a session: items and sub-items with a live timetable.

Reorder by drag and drop or from the keyboard (Alt+Up/Down to move, Alt+Right
to make a sub-item, Alt+Left to bring it back up). Every change goes through
the undo stack and the store; the tree is rebuilt from the store afterwards.
"""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMenu,
    QSpinBox,
    QStyle,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ..domain import validate
from ..domain.errors import ConsultError
from ..domain.model import AgendaItem, Dialogue, ItemKind, MinutesState, Session, new_id
from ..domain.rules import agenda_days, agenda_rows
from ..ops import sessions as sessions_ops
from ..store import Workspace
from . import labels, memory
from .undo import edit_undoably
from .view import View
from .widgets import Dialog, FieldErrors, Listing, TextBox, choice_box, context_menu, internal_box, line_edit, ok_cancel, time_edit

ROLE_ID = Qt.ItemDataRole.UserRole
DAY_TINT = "#e0e7ff"
ROW_ACTIONS = ("add_break", "add_lunch", "add_day")
_PIXMAP = QStyle.StandardPixmap
ARROWS = {"up": _PIXMAP.SP_ArrowUp, "down": _PIXMAP.SP_ArrowDown, "indent": _PIXMAP.SP_ArrowRight, "outdent": _PIXMAP.SP_ArrowLeft}
PAUSE_GREY = "#4b5563"


def theme_options(d: Dialogue) -> list[tuple[str, str]]:
    """The dialogue's themes for a drop-down: 'CODE — title' as the window shows a dialogue's texts, and the theme's id."""
    return [(f"{t.code} — {labels.shown(t.title, d)}", t.id) for t in d.themes]


class ItemEditor(FieldErrors, Dialog):
    """Edit one agenda item. Joint fields above; internal fields in a tinted box below."""

    def __init__(self, workspace: Workspace, item: AgendaItem, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.item = copy.deepcopy(item)
        session = workspace.session(item.session_id)
        self.dialogue = workspace.dialogue(session.dialogue_id)
        self.setWindowTitle(self.tr("Agenda item"))
        self.errors: dict[str, QLabel] = {}
        joint = self._build_joint(session)
        if session.minutes_state == MinutesState.AGREED:  # the store keeps them as agreed: offer only what may change
            joint.setTitle(self.tr("Joint — agreed: the title, kind and timing stay as agreed"))
            for edit in self.titles.values():
                edit.setReadOnly(True)
            for widget in (self.kind, self.duration, self.day_start):
                widget.setEnabled(False)
        internal = self._build_internal()
        buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(joint)
        layout.addWidget(internal)
        layout.addWidget(buttons)
        self.resize(600, self.sizeHint().height())

    def _build_joint(self, session: Session) -> QGroupBox:
        """The box of what is shared with the counterpart: titles, kind, theme, lead, presenter, timing, the commitment reviewed."""
        joint = QGroupBox(self.tr("Joint — shared with the counterpart"))
        form = QFormLayout(joint)
        self._build_titles(form)
        self._build_choices(form)
        self._build_timing(form, session)
        if self.item.commitment_id:
            form.addRow(self.tr("Reviews:"), QLabel(self._reviewed(self.item.commitment_id)))
        return joint

    def _build_titles(self, form: QFormLayout) -> None:
        """The title in each of the dialogue's languages."""
        self.titles = {}
        for lang in self.dialogue.languages:
            edit = line_edit(self.item.title.get(lang, ""), f"title_{lang}", validate.TITLE)
            self.titles[lang] = edit
            form.addRow(self.tr("Title [{lang}]:").format(lang=lang), edit)
        form.addRow(self.field_error("title", self.tr("Title")))

    def _build_choices(self, form: QFormLayout) -> None:
        """Kind, theme, lead party and presenter."""
        item, d = self.item, self.dialogue
        self.kind = choice_box("kind", None, ((labels.item_kind(kind), kind) for kind in ItemKind), item.kind)
        form.addRow(self.tr("Kind:"), self.kind)
        self.theme = choice_box("theme", self.tr("(none)"), theme_options(d), item.theme_id)
        form.addRow(self.tr("Theme:"), self.theme)
        self.lead = choice_box("lead", self.tr("(none)"), [(labels.party(p), p.id) for p in d.parties], item.lead_party_id)
        form.addRow(self.tr("Lead party:"), self.lead)
        people = [(f"{person.name} — {person.organisation}", person.id) for person in self.workspace.people()]
        self.presenter = choice_box("presenter", self.tr("(none)"), people, item.presenter_id)
        self.presenter.setEditable(False)
        form.addRow(self.tr("Presenter:"), self.presenter)

    def _build_timing(self, form: QFormLayout, session: Session) -> None:
        """The duration, or for a day heading the time the day starts (the kind decides which shows)."""
        item = self.item
        self.duration = QSpinBox()
        self.duration.setObjectName("duration")
        self.duration.setRange(-10_000, 10_000)  # out-of-range values are refused with a sentence, not clamped silently
        self.duration.setSuffix(self.tr(" min"))
        self.duration.setValue(item.duration_min)
        form.addRow(self.tr("Duration:"), self.duration)
        form.addRow(self.field_error("duration", self.tr("Duration:")))
        self.day_start = time_edit(item.start_time or session.start_time, "day_start")
        self.day_start_label = QLabel(self.tr("Day starts at:"))
        self.day_start_label.setBuddy(self.day_start)
        form.addRow(self.day_start_label, self.day_start)
        self.session_start = session.start_time
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _reviewed(self, commitment_id: str) -> str:
        """The reference of the commitment a carry-over sub-item reviews (or that it is gone)."""
        try:
            return self.workspace.commitment(commitment_id).ref
        except ConsultError:
            return self.tr("(a commitment no longer in the register)")

    def _build_internal(self) -> QGroupBox:
        """The tinted box of what is ours alone: objective, background, lines to take, their asks, red lines."""
        item = self.item
        internal = internal_box(self.tr("Internal — ours alone, never printed for the counterpart"))
        iform = QFormLayout(internal)
        self.objective = TextBox(item.objective, "objective", validate.TEXT)
        self.background = TextBox(item.background, "background", validate.TEXT)
        self.lines = TextBox(item.lines_to_take, "lines_to_take", validate.TEXT)
        self.asks = TextBox(item.their_asks, "their_asks", validate.TEXT)  # the brief's front: what the other side will ask, what we cannot accept
        self.red_lines = TextBox(item.red_lines, "red_lines", validate.TEXT)
        for name, widget, label in (
            ("objective", self.objective, self.tr("Objective:")),
            ("background", self.background, self.tr("Background:")),
            ("lines_to_take", self.lines, self.tr("Lines to take:")),
            ("their_asks", self.asks, self.tr("They will ask:")),
            ("red_lines", self.red_lines, self.tr("Red lines:")),
        ):
            widget.setMaximumHeight(70)
            self.field_row(iform, label, widget, name)
        return internal

    def _kind_changed(self) -> None:
        day = self.kind.currentData() == ItemKind.DAY
        self.day_start.setVisible(day)
        self.day_start_label.setVisible(day)
        self.duration.setEnabled(not day)

    def result_item(self) -> AgendaItem:
        item = self.item
        item.title = {lang: edit.text().strip() for lang, edit in self.titles.items() if edit.text().strip()}
        item.kind = ItemKind(self.kind.currentData())
        item.theme_id = self.theme.currentData()
        item.lead_party_id = self.lead.currentData()
        item.presenter_id = self.presenter.currentData()
        item.duration_min = self.duration.value()
        item.objective = self.objective.toPlainText().strip()
        item.background = self.background.toPlainText().strip()
        item.lines_to_take = self.lines.toPlainText().strip()
        item.their_asks = self.asks.toPlainText().strip()
        item.red_lines = self.red_lines.toPlainText().strip()
        if item.kind == ItemKind.DAY:
            chosen = self.day_start.time().toPython().replace(second=0, microsecond=0)
            # the first day's heading follows the session's start until it is given a time of its own
            item.start_time = None if item.start_time is None and chosen == self.session_start else chosen
            item.duration_min = 0
        else:
            item.start_time = None
        return item

    def accept(self) -> None:
        item = self.result_item()
        checks = [  # each field's own check first, so that every refusal shows at once; then the whole item
            # a day heading's title is optional: the heading says which day it is
            lambda: validate.lang_text(item.title, "title", self.dialogue.languages, required=item.kind != ItemKind.DAY, limit=validate.TITLE),
            lambda: validate.duration(item.duration_min),
            lambda: validate.agenda_item(item, self.dialogue.languages),
        ]
        if self.refuse(checks, "title"):
            super().accept()


class AgendaTree(Listing, QTreeWidget):
    """A tree that reports drops instead of moving items itself."""

    dropped = Signal(str, object, int)  # item id, new parent id (or None), position
    nudged = Signal(int)  # Alt+arrow: the key

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        # Handled here as well as by the actions' shortcuts, which only fire in an active window.
        arrows = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right)
        if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in arrows:
            self.nudged.emit(event.key())
            event.accept()
            return
        super().keyPressEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        dragged = self.currentItem()
        target = self.itemAt(event.position().toPoint())
        if dragged is None:
            event.ignore()
            return
        indicator = self.dropIndicatorPosition()
        if target is None:
            self.dropped.emit(dragged.data(0, ROLE_ID), None, self.topLevelItemCount())
        elif indicator == QAbstractItemView.DropIndicatorPosition.OnItem:
            self.dropped.emit(dragged.data(0, ROLE_ID), target.data(0, ROLE_ID), target.childCount())
        else:
            parent = target.parent()
            row = parent.indexOfChild(target) if parent else self.indexOfTopLevelItem(target)
            if indicator == QAbstractItemView.DropIndicatorPosition.BelowItem:
                row += 1
            self.dropped.emit(dragged.data(0, ROLE_ID), parent.data(0, ROLE_ID) if parent else None, row)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()


class AgendaView(View):
    """Agenda of one session with a live timetable: items, sub-items, and the days, breaks and lunches between them."""

    open_commitment = Signal(str)  # a carry-over sub-item was opened: show its commitment

    def __init__(self, workspace: Workspace, undo: QUndoStack, parent=None):
        super().__init__(workspace, undo, parent)
        self._build_tree()
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        toolbar = QToolBar()
        self._build_actions(toolbar)
        self._build_rows_button(toolbar)
        context_menu(self.tree, self.actions_by_name.values())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(toolbar)
        layout.addWidget(self.tree)
        layout.addWidget(self.summary)  # under the items it counts: the toolbar keeps the whole width

    def _build_tree(self) -> None:
        """The tree of items with its columns; drops and Alt+arrows come back here as moves."""
        self.tree = AgendaTree()
        self.tree.setObjectName("agenda")
        self.tree.setAccessibleName(self.tr("Agenda items"))
        self.tree.setHeaderLabels(
            [
                self.tr("No."),
                self.tr("Start"),
                self.tr("End"),
                self.tr("Item"),
                self.tr("Kind"),
                self.tr("Theme"),
                self.tr("Lead"),
                self.tr("Presenter"),
                self.tr("Min."),
            ]
        )
        self.columns = memory.Columns(self.tree, "agenda/columns", 3)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.dropped.connect(self.move)
        self.tree.nudged.connect(self._nudge)
        self.tree.itemActivated.connect(lambda *_: self.activate())  # Enter, or a double click
        self.tree.currentItemChanged.connect(lambda *_: self._enable())

    def _action_specs(self) -> tuple:
        """Each action of the view: (name, label, shortcut, slot), in the toolbar's order."""
        return (
            ("add", self.tr("Add Item"), "Ctrl+Shift+N", lambda: self.add(sub=False)),
            ("add_sub", self.tr("Add Sub-item"), "Ctrl+Alt+N", lambda: self.add(sub=True)),
            ("add_break", self.tr("Add Break"), "", lambda: self.add_row(ItemKind.BREAK)),
            ("add_lunch", self.tr("Add Lunch"), "", lambda: self.add_row(ItemKind.LUNCH)),
            ("add_day", self.tr("Add Day"), "", lambda: self.add_row(ItemKind.DAY)),
            # Enter opens the current row (a carry-over sub-item opens its commitment): see activate
            ("edit", self.tr("Edit…"), "F2", self.edit),
            ("open_commitment", self.tr("Open Commitment"), "", self.open_linked),
            ("delete", self.tr("Delete"), "Delete", self.delete),
            ("up", self.tr("Move Up"), "Alt+Up", lambda: self.shift(-1)),
            ("down", self.tr("Move Down"), "Alt+Down", lambda: self.shift(1)),
            ("outdent", self.tr("Outdent"), "Alt+Left", self.outdent),  # ◀ then ▶, as the keys lie
            ("indent", self.tr("Indent"), "Alt+Right", self.indent),
        )

    def _build_actions(self, toolbar: QToolBar) -> None:
        """The view's actions (``actions_by_name``), with their shortcuts; all but the row actions on ``toolbar``."""
        self.actions_by_name: dict[str, QAction] = {}
        for name, label, shortcut, slot in self._action_specs():
            action = QAction(label, self)
            action.setObjectName(name)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            if name in ARROWS:  # an arrow on the toolbar, so that it fits a small screen in any language; named in its tip
                action.setIcon(self.style().standardIcon(ARROWS[name]))
                action.setToolTip(f"{label} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            if name not in ROW_ACTIONS:
                toolbar.addAction(action)
            self.addAction(action)
            self.actions_by_name[name] = action

    def _build_rows_button(self, toolbar: QToolBar) -> None:
        """Breaks, lunch and days share one button (a menu), so the toolbar fits a small screen."""
        rows = QToolButton()
        rows.setObjectName("add_rows")
        rows.setAccessibleName(self.tr("Add a break, a lunch or a day"))
        rows.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        menu = QMenu(rows)
        for name in ROW_ACTIONS:
            menu.addAction(self.actions_by_name[name])
        rows.setMenu(menu)
        rows.setDefaultAction(self.actions_by_name["add_break"])
        toolbar.insertWidget(self.actions_by_name["edit"], rows)

    # ------------------------------------------------------------ content

    def reload(self, select: str | None = None) -> None:
        keep = self.take_pending(select) or self.current_id()
        self.tree.clear()
        if self.session is None:
            self.summary.setText("")
            return
        session = self.session = self.workspace.session(self.session.id)
        d = self.workspace.dialogue(session.dialogue_id)
        people = {p.id: p.name for p in self.workspace.people()}
        items = self.workspace.agenda(session.id)
        rows = agenda_rows(items, dt.datetime.combine(session.starts_on, session.start_time))
        nodes: dict[str, QTreeWidgetItem] = {}
        restore = None
        for row in rows:
            item = row.item
            if item is None:
                continue  # the first day's made-up heading: the summary says how many days there are
            node = self._node(row, d, people, settled=session.minutes_state == MinutesState.AGREED)
            if item.parent_id and item.parent_id in nodes:
                nodes[item.parent_id].addChild(node)
            else:
                self.tree.addTopLevelItem(node)
            nodes[item.id] = node
            if item.id == keep:
                restore = node
        self.tree.expandAll()
        if restore is not None:
            self.tree.setCurrentItem(restore)
        self.summary.setText(self._summary(items, rows, session))
        self._enable()
        self.tree.set_empty_text(self.tr("No items yet: Add Item (Ctrl+Shift+N) puts the first one on the agenda."))
        self.columns.measure()
        self._enable()

    def _style(self, node: QTreeWidgetItem, row) -> None:
        """Day headings bold on a tint, breaks and lunch in grey italics: the words say it too, never the colour alone."""
        if not (row.heading or row.pause):
            return
        font = node.font(3)
        font.setBold(row.heading)
        font.setItalic(row.pause)
        for col in range(self.tree.columnCount()):
            node.setFont(col, font)
            if row.heading:
                node.setBackground(col, QBrush(QColor(DAY_TINT)))
            else:
                node.setForeground(col, QBrush(QColor(PAUSE_GREY)))

    def _summary(self, items, rows, session) -> str:
        if not items:
            return self.tr("No items yet: Add Item (Ctrl+Shift+N).")
        numbered = sum(1 for i in items if not i.kind.timetable_only)
        end = max(r.slot.end for r in rows)
        days = agenda_days(items)
        if days == 1:
            span = {"start": f"{session.start_time:%H:%M}", "end": f"{end:%H:%M}"}
            return labels.counted(numbered, self.tr("1 item · {start} – {end}"), self.tr("{n} items · {start} – {end}"), **span)
        ends = {"days": days, "end": f"{labels.day(end.date())} {end:%H:%M}"}
        text = labels.counted(numbered, self.tr("1 item over {days} days · ends {end}"), self.tr("{n} items over {days} days · ends {end}"), **ends)
        length = (session.ends_on - session.starts_on).days + 1
        if days > length:
            lasts = labels.counted(length, self.tr("the session lasts one day"), self.tr("the session lasts {n} days"))
            text += " · " + lasts + self.tr(": change its dates or remove a day")
        return text

    def _node(self, row, d: Dialogue, people: dict[str, str], *, settled: bool) -> QTreeWidgetItem:
        """One row of the tree: an item with its timetable slot, or a day's heading (agreed minutes' rows are not dragged)."""
        item, slot = row.item, row.slot
        theme = d.theme(item.theme_id)
        lead = d.party(item.lead_party_id)
        title = labels.shown(item.title, d)
        if row.heading:
            heading = labels.day_heading(slot.day, slot.start.date())
            node = QTreeWidgetItem(["", f"{slot.start:%H:%M}", "", heading + (f" · {title}" if title else ""), labels.item_kind(item.kind), "", "", "", ""])
        else:
            node = QTreeWidgetItem(
                [
                    slot.number,
                    f"{slot.start:%H:%M}",
                    f"{slot.end:%H:%M}",
                    title,
                    labels.item_kind(item.kind),
                    theme.code if theme else "",
                    lead.code if lead else "",
                    people.get(item.presenter_id or "", ""),
                    str(item.duration_min),
                ]
            )
        node.setData(0, ROLE_ID, item.id)
        flags = node.flags() if settled else node.flags() | Qt.ItemFlag.ItemIsDragEnabled
        node.setFlags(flags if item.kind.timetable_only else flags | Qt.ItemFlag.ItemIsDropEnabled)  # no sub-items under a break or a day
        self._style(node, row)
        if item.commitment_id:
            node.setToolTip(3, self.tr("Reviews a commitment: Enter or a double click opens it."))
        elif item.objective or item.lines_to_take or item.background:
            node.setToolTip(3, self.tr("Internal notes: {text}").format(text=item.objective or item.lines_to_take or item.background))
            node.setForeground(3, QBrush(QColor("#111827")))
        return node

    def _enable(self) -> None:
        node = self.tree.currentItem()
        current = self._item(node.data(0, ROLE_ID)) if node else None
        self.actions_by_name["open_commitment"].setEnabled(bool(current and current.commitment_id))
        # agreed minutes: their items stay as agreed (Edit… still reaches our own notes on each)
        settled = self.session is not None and self.workspace.session(self.session.id).minutes_state == MinutesState.AGREED
        for name in ("add", "add_sub", *ROW_ACTIONS, "delete", "up", "down", "indent", "outdent"):
            self.actions_by_name[name].setEnabled(not settled)

    def _item(self, item_id: str | None) -> AgendaItem | None:
        try:
            return self.workspace.agenda_item(item_id) if item_id else None
        except ConsultError:
            return None

    def panes(self) -> list:
        return [self.tree]

    def current_id(self) -> str | None:
        node = self.tree.currentItem()
        return node.data(0, ROLE_ID) if node else None

    def heading(self) -> str:
        return self.tr("Agenda")

    # ------------------------------------------------------------ actions

    def add(self, sub: bool = False) -> ItemEditor | None:
        """A new item just after the selected one (never after Closing); a sub-item under the selected item."""
        if self.session is None:
            return None
        d = self.workspace.dialogue(self.session.dialogue_id)
        parent_id = None
        current = self.current_id()
        if sub and current:
            node = self.tree.currentItem()
            parent_id = node.parent().data(0, ROLE_ID) if node.parent() else current
            parent = self._item(parent_id)
            if parent is not None and parent.kind.timetable_only:
                self.report(self.tr("A break, a lunch or a day heading cannot hold sub-items: select an agenda item first."))
                return None
        position = sessions_ops.new_item_position(self.workspace, self.session.id, current, parent_id)
        item = AgendaItem(self.session.id, {lang: "" for lang in d.languages}, position=position, parent_id=parent_id)
        editor = ItemEditor(self.workspace, item, self)
        editor.setWindowTitle(self.tr("New agenda item"))
        editor.accepted.connect(lambda: self._added(editor.result_item()))
        editor.open()
        return editor

    def _added(self, item: AgendaItem) -> None:
        saved = copy.deepcopy(item)
        self.run(
            self.tr("Add agenda item"),
            lambda: sessions_ops.add_agenda_item(self.workspace, saved),
            lambda: sessions_ops.delete_agenda_item(self.workspace, saved.id),
            shows=item.id,
            undone_shows=self.current_id(),  # the row it was added after
        )

    def add_row(self, kind: ItemKind) -> None:
        """Add a break, a lunch or a day heading after the selected item (never after Closing), undoably."""
        if self.session is None:
            return
        session_id, after, row_id = self.session.id, self.current_id(), new_id()
        added: list[AgendaItem] = []

        def do() -> None:
            if added:  # redo: put back the very rows undo took away
                sessions_ops.add_agenda_items(self.workspace, added)
                return
            added[:] = sessions_ops.add_timetable_row(self.workspace, session_id, kind, after, row_id)

        texts = {ItemKind.BREAK: self.tr("Add break"), ItemKind.LUNCH: self.tr("Add lunch"), ItemKind.DAY: self.tr("Add day")}
        self.run(texts[kind], do, lambda: sessions_ops.delete_agenda_items(self.workspace, [i.id for i in added]), shows=row_id, undone_shows=after)

    def activate(self) -> ItemEditor | None:
        """Enter or a double click: a carry-over sub-item opens its commitment; any other row opens its editor."""
        current = self._item(self.current_id())
        if current is not None and current.commitment_id:
            self.open_commitment.emit(current.commitment_id)
            return None
        return self.edit()

    def open_linked(self) -> None:
        current = self._item(self.current_id())
        if current is not None and current.commitment_id:
            self.open_commitment.emit(current.commitment_id)

    def edit(self) -> ItemEditor | None:
        current = self.current_id()
        before = self.workspace.agenda_item(current) if current else None
        text = self.tr("Edit agenda item")
        return edit_undoably(
            self, before, lambda item: ItemEditor(self.workspace, item, self), ItemEditor.result_item, text, sessions_ops.update_agenda_item, select=True
        )

    def delete(self) -> None:
        current = self.current_id()
        if not current:
            return
        removed: list = []  # what the deletion took (the item, then its sub-items), for undo
        node = self.tree.currentItem()
        parent = node.parent() or self.tree.invisibleRootItem()
        row = parent.indexOfChild(node)
        # the row that takes its place is selected: the next one, else the one before, else the parent item
        near = [n for n in (parent.child(row + 1), parent.child(row - 1) if row else None, node.parent()) if n is not None]
        shows = near[0].data(0, ROLE_ID) if near else None

        def delete() -> None:
            removed[:] = sessions_ops.delete_agenda_item(self.workspace, current)

        restore = lambda: sessions_ops.restore_agenda_items(self.workspace, removed)  # noqa: E731
        self.run(self.tr("Delete agenda item"), delete, restore, shows=shows, undone_shows=current)

    def move(self, item_id: str, parent_id: str | None, position: int) -> None:
        """Move an item (from drag and drop or the keyboard), undoably."""
        item = self.workspace.agenda_item(item_id)
        old_parent, old_position = item.parent_id, item.position
        if parent_id == old_parent and position > old_position:
            position -= 1  # the item leaves its old place first
        if (parent_id, position) == (old_parent, old_position):
            return
        self.run(
            self.tr("Move agenda item"),
            lambda: sessions_ops.move_agenda_item(self.workspace, item_id, parent_id, position),
            lambda: sessions_ops.move_agenda_item(self.workspace, item_id, old_parent, old_position),
            shows=item_id,
            undone_shows=item_id,
        )

    def _nudge(self, key) -> None:
        {Qt.Key.Key_Up: lambda: self.shift(-1), Qt.Key.Key_Down: lambda: self.shift(1), Qt.Key.Key_Right: self.indent, Qt.Key.Key_Left: self.outdent}[key]()

    def shift(self, step: int) -> None:
        current = self.current_id()
        if not current:
            return
        item = self.workspace.agenda_item(current)
        position = item.position + step
        if position < 0:
            return
        self.move(current, item.parent_id, position + (1 if step > 0 else 0))

    def indent(self) -> None:
        node = self.tree.currentItem()
        if node is None or node.parent() is not None:
            return
        row = self.tree.indexOfTopLevelItem(node)
        if row == 0:
            return
        above = self.tree.topLevelItem(row - 1)
        self.move(node.data(0, ROLE_ID), above.data(0, ROLE_ID), above.childCount())

    def outdent(self) -> None:
        node = self.tree.currentItem()
        if node is None or node.parent() is None:
            return
        parent = node.parent()
        self.move(node.data(0, ROLE_ID), None, self.tree.indexOfTopLevelItem(parent) + 1)
