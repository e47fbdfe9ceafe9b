"""The menu bar: each action wired to the controller of its area."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from ..main_window import MainWindow


def keys(shortcut: QKeySequence.StandardKey | str | tuple[str, ...]) -> list[QKeySequence]:
    """A standard key's bindings on this platform, or sequences such as "Ctrl+K" (one, or a tuple).

    Given as sequences to QAction.setShortcuts: setShortcut's overloads would build Qt's
    namespace of enums (about 10 ms) while the window is still being built.
    """
    if isinstance(shortcut, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(shortcut)
    if isinstance(shortcut, (tuple, list)):
        return [QKeySequence.fromString(one) for one in shortcut]
    return [QKeySequence.fromString(shortcut)]


def action(window: MainWindow, menu, label: str, slot, shortcut=None, name: str | None = None) -> QAction:
    """An action of ``menu``: ``label``, ``slot``, ``shortcut``, and an object name (by default the slot's: a lambda must give one)."""
    if name is None and slot.__name__ == "<lambda>":
        raise ValueError(f"{label}: an action whose slot is a lambda needs a name")
    act = QAction(label, window)
    if shortcut is not None:
        act.setShortcuts(keys(shortcut))
    act.setObjectName(name or slot.__name__)  # tests and the accessibility tree find it by this name
    act.triggered.connect(slot)
    menu.addAction(act)
    return act


class Menus(QObject):
    """File, Edit, Dialogue, Documents, Tools and Help, each action wired to its controller."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.for_navigator: list[QAction] = []
        self._file(window.menuBar().addMenu(self.tr("&File")))
        self._edit(window.menuBar().addMenu(self.tr("&Edit")))
        self._view(window.menuBar().addMenu(self.tr("&View")))
        self._dialogue(window.menuBar().addMenu(self.tr("&Dialogue")))
        self._documents(window.menuBar().addMenu(self.tr("D&ocuments")))
        self._tools(window.menuBar().addMenu(self.tr("&Tools")))
        action(window, window.menuBar().addMenu(self.tr("&Help")), self.tr("&About Consult"), window.tools.about)
        # right click (or the Menu key) on the navigator: what one does with a dialogue or a session
        window.navigator.addActions(self.for_navigator)

    def _view(self, menu) -> None:
        """Moving between views and panes from the keyboard."""
        w, nav = self.window, self.window.navigation
        action(w, menu, self.tr("&Next View"), lambda: nav.step_view(1), ("Ctrl+PgDown", "Ctrl+Tab"), "next_view")
        action(w, menu, self.tr("&Previous View"), lambda: nav.step_view(-1), ("Ctrl+PgUp", "Ctrl+Shift+Tab", "Ctrl+Shift+Backtab"), "previous_view")
        menu.addSeparator()
        for n in range(w.tabs.count()):
            action(w, menu, w.tabs.tabText(n), lambda _c=False, i=n: nav.show_view(i), f"Alt+{n + 1}", f"view_{n + 1}")
        menu.addSeparator()
        action(w, menu, self.tr("Next &Pane"), lambda: nav.focus_pane(1), "F6", "next_pane")
        action(w, menu, self.tr("Previous P&ane"), lambda: nav.focus_pane(-1), "Shift+F6", "previous_pane")

    def _file(self, menu) -> None:
        w, std = self.window, QKeySequence.StandardKey
        action(w, menu, self.tr("&New Workspace…"), w.files.new_workspace, std.New)
        action(w, menu, self.tr("&Open…"), w.files.open_workspace, std.Open)
        w.recent_menu = menu.addMenu(self.tr("Open &Recent"))
        action(w, menu, self.tr("Save a &Copy…"), w.files.save_copy, "Ctrl+Shift+S")
        w.protect_action = action(w, menu, self.tr("Protect with a &Passphrase…"), w.files.protect)
        menu.addSeparator()
        action(w, menu, self.tr("Send C&hanges…"), w.exchange.send_changes)
        action(w, menu, self.tr("Recei&ve Changes…"), w.exchange.receive_changes)
        action(w, menu, self.tr("Exchange &Partners…"), w.exchange.partners, None, "exchange_partners")
        menu.addSeparator()
        action(w, menu, self.tr("&Import Interchange JSON…"), w.files.import_json)
        self._export(menu.addMenu(self.tr("&Export")))
        menu.addSeparator()
        action(w, menu, self.tr("&Quit"), w.close, std.Quit, "quit")

    def _export(self, menu) -> None:
        w, files = self.window, self.window.files
        action(w, menu, self.tr("Interchange &JSON…"), files.export_json, None, "export_json")
        action(w, menu, self.tr("Register as &CSV…"), lambda: files.export_dialog(".csv", "register"), None, "export_csv")
        action(w, menu, self.tr("&Actions as CSV…"), lambda: files.export_dialog(".csv", "actions"), None, "export_actions_csv")
        action(w, menu, self.tr("E&xcel Workbook…"), lambda: files.export_dialog(".xlsx"), None, "export_xlsx")
        action(w, menu, self.tr("Draft Minutes for &Word…"), lambda: files.export_dialog(".docx"), None, "export_docx")
        action(w, menu, self.tr("Ca&lendar (iCalendar)…"), lambda: files.export_dialog(".ics"), None, "export_ics")
        menu.addSeparator()
        # CSV, Excel and calendar exports are the joint edition unless asked otherwise (the Word draft always is)
        w.internal_exports = action(w, menu, self.tr("I&nternal Edition (Not for the Other Delegation)"), lambda _on: None, None, "internal_exports")
        w.internal_exports.setCheckable(True)

    def _edit(self, menu) -> None:
        w = self.window
        undo = w.undo.createUndoAction(w, self.tr("&Undo"))
        undo.setShortcuts(keys(QKeySequence.StandardKey.Undo))
        redo = w.undo.createRedoAction(w, self.tr("&Redo"))
        redo.setShortcuts(keys(QKeySequence.StandardKey.Redo))
        menu.addAction(undo)
        menu.addAction(redo)
        menu.addSeparator()
        action(w, menu, self.tr("&Search Workspace…"), w.navigation.search_workspace, "Ctrl+K")

    def _dialogue(self, menu) -> None:
        w = self.window
        action(w, menu, self.tr("New &Dialogue…"), w.creating.new_dialogue, "Ctrl+Alt+D")
        self.for_navigator += [
            action(w, menu, self.tr("New &Session…"), w.creating.new_session, "Ctrl+Alt+S"),
            action(w, menu, self.tr("New &Commitment…"), w.creating.new_commitment, "Ctrl+Alt+C"),
        ]
        action(w, menu, self.tr("&Log Status…"), w.creating.log_status, None, "log_status_menu")
        action(w, menu, self.tr("&Parties and Protocol Names…"), w.creating.party_names)
        menu.addSeparator()
        action(w, menu, self.tr("&Missing Translations…"), w.navigation.missing_translations)

    def _documents(self, menu) -> None:
        w = self.window
        for kind, label, shortcut in (
            ("minutes", self.tr("Joint &Minutes…"), "Ctrl+Shift+M"),
            ("tracker", self.tr("Progress &Tracker…"), "Ctrl+Shift+T"),
            ("brief", self.tr("Ministerial &Brief…"), "Ctrl+Shift+B"),
        ):
            self.for_navigator.append(action(w, menu, label, lambda _c=False, k=kind: w.documents.generate(k), shortcut, f"document_{kind}"))

    def _tools(self, menu) -> None:
        w = self.window
        action(w, menu, self.tr("&Dashboard"), w.tools.dashboard, "Ctrl+Shift+D")
        action(w, menu, self.tr("&People Directory…"), w.tools.people_directory, "Ctrl+Shift+P")
        menu.addSeparator()
        action(w, menu, self.tr("&Check Workspace"), w.tools.check_workspace)
        action(w, menu, self.tr("&Restore Backup…"), w.tools.restore_backup)
        action(w, menu, self.tr("Take a &Snapshot Now"), w.tools.take_snapshot)
        menu.addSeparator()
        action(w, menu, self.tr("&Language…"), w.tools.choose_language, None, "language")
        action(w, menu, self.tr("&Preferences…"), w.tools.preferences)
