"""The secretariat's workbench: navigator of dialogues and sessions, and the views.

Every change is saved as it is made (the file is the document). Changes are
announced from the data side: the store calls its listeners after each
write, and the window refreshes the navigator and the view in front.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt when used: naming Qt at import builds its hundred-odd enums (~10 ms)
from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..domain.errors import ConsultError
from ..domain.model import Commitment, Dialogue, Session, pick
from ..domain.rules import agenda_order, timetable
from . import labels
from .labels import ordinal
from ..store import Workspace

# The views, their dialogs, packets and file formats are imported when first
# wanted, not at start-up: the first paint needs only the navigator and the overview.
if TYPE_CHECKING:
    from .exchange import ExchangePartnersDialog, ReceiveChangesDialog, SendChangesDialog
    from .jobs import Job
    from .register import CommitmentEditor
    from .session import NewDialogueDialog, NewSessionDialog

# Qt.ItemDataRole.UserRole (256) and the next role, as plain numbers (see the QtCore import).
ROLE_KIND = 256
ROLE_ID = ROLE_KIND + 1
MAX_RECENT = 8
# The tabs after the Overview, in order; each view is built the first time it is wanted.
VIEWS = ("session_view", "agenda_view", "minutes_view", "register_view", "actions_view", "indicators_view")
SESSION_VIEWS = VIEWS[:3]


def _keys(shortcut: QKeySequence.StandardKey | str) -> list[QKeySequence]:
    """A standard key's bindings on this platform, or one sequence such as "Ctrl+K".

    Given as sequences to QAction.setShortcuts: setShortcut's overloads would build Qt's
    namespace of enums (about 10 ms) while the window is still being built.
    """
    if isinstance(shortcut, QKeySequence.StandardKey):
        return QKeySequence.keyBindings(shortcut)
    return [QKeySequence.fromString(shortcut)]


def _lang(d: Dialogue) -> str:
    return d.languages[0] if d.languages else "en"


def _day(d: dt.date) -> str:
    return labels.day(d)


def _dates(s: Session) -> str:
    """'16–17 Jun 2003', or '30 Jun 2003 – 1 Jul 2003' across months."""
    if s.starts_on == s.ends_on:
        return _day(s.starts_on)
    if (s.starts_on.year, s.starts_on.month) == (s.ends_on.year, s.ends_on.month):
        return f"{s.starts_on.day}–{_day(s.ends_on)}"
    return f"{_day(s.starts_on)} – {_day(s.ends_on)}"


class SearchDialog(QDialog):
    """Ctrl+K: search every text of the workspace; Enter jumps to the hit."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Search the workspace"))
        self.query = QLineEdit()
        self.query.setObjectName("query")
        self.query.setPlaceholderText(self.tr("Words to find — accents and case do not matter"))
        self.results = QListWidget()
        self.results.setObjectName("results")
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        self.query.textChanged.connect(self.run)
        self.query.returnPressed.connect(self.jump)
        self.results.itemActivated.connect(lambda _item: self.jump())
        self.resize(720, 420)

    def run(self, text: str) -> None:
        self.results.clear()
        codes = {d.id: d.code for d in self.window_.workspace.dialogues()}
        for hit in self.window_.workspace.search(text, limit=60):
            item = QListWidgetItem(f"{codes.get(hit.dialogue_id, '—')} · {hit.kind.replace('_', ' ')} · {hit.label}\n    {hit.snippet}")
            item.setData(QtCore.Qt.ItemDataRole.UserRole, hit)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def jump(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.window_.go_to(item.data(QtCore.Qt.ItemDataRole.UserRole))
        self.accept()


class MainWindow(QMainWindow):
    """Navigator of dialogues → sessions with the views of the selection."""

    workspace_changed = Signal()

    def __init__(self, workspace: Workspace):
        super().__init__()
        self.workspace = workspace
        self.undo = QUndoStack(self)
        self.jobs: list[Job] = []
        self.previews: list = []  # open document previews
        self.dialogue: Dialogue | None = None
        self.session: Session | None = None
        self.navigator = QTreeWidget()
        self.navigator.setHeaderLabels([self.tr("Dialogues and sessions")])
        self.navigator.setObjectName("navigator")
        self.navigator.currentItemChanged.connect(self._show_selection)
        self.details = QTextBrowser()
        self.details.setObjectName("details")
        self.details.setOpenLinks(False)
        self._views: dict[str, QWidget] = {}  # built so far, by attribute name
        self.tabs = QTabWidget()
        self.tabs.setObjectName("views")
        self.tabs.addTab(self.details, self.tr("Overview"))
        for name, label in zip(VIEWS, (self.tr("Session"), self.tr("Agenda"), self.tr("Minutes"), self.tr("Commitments"), self.tr("Follow-up"), self.tr("Indicators"))):
            self.tabs.addTab(QWidget(objectName=name), label)  # a placeholder until the view is wanted
        self.tabs.currentChanged.connect(lambda _i: self._load_current_tab())
        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([270, 930])
        self.setCentralWidget(splitter)
        self.path_label = QLabel()
        self.statusBar().addPermanentWidget(self.path_label)
        self._build_menus()
        self.resize(1200, 760)
        self._restore_geometry()
        self._attach(workspace)

    # ------------------------------------------------------------ workspace

    def _attach(self, workspace: Workspace) -> None:
        self.workspace = workspace
        for view in self._views.values():
            view.workspace = workspace
        workspace.listeners.append(self._changed)
        self.undo.clear()
        self.setWindowTitle(self.tr("Consult — {name}").format(name=workspace.path.name))
        self.path_label.setText(str(workspace.path) + (self.tr(" (read-only)") if workspace.readonly else ""))
        self.protect_action.setText(self.tr("Change &Passphrase…") if workspace.encrypted else self.tr("Protect with a &Passphrase…"))
        self._remember(workspace.path)
        self.refresh()
        if workspace.notices:  # a recovered write, a stray file set aside: say so once, plainly
            self.statusBar().showMessage(" ".join(workspace.notices), 20000)
        if workspace.integrity is not None:  # a large file still being checked: hear the verdict when it comes
            self._await_integrity(workspace)

    def _await_integrity(self, workspace: Workspace) -> None:
        if workspace.closed or workspace is not self.workspace or workspace.integrity is None:
            return
        if not workspace.integrity.done:
            QTimer.singleShot(200, lambda: self._await_integrity(workspace))
            return
        try:
            workspace.verified()
        except ConsultError as exc:
            self.path_label.setText(str(workspace.path) + self.tr(" (read-only)"))
            self.report(self.tr("Damaged workspace"), exc)

    def switch_to(self, workspace: Workspace) -> None:
        """Close the current workspace and show another."""
        self._save_minutes()
        old = self.workspace
        self.dialogue = self.session = None
        self._attach(workspace)
        if old is not workspace:
            old.close()
        self.workspace_changed.emit()

    def _changed(self, _kind: str) -> None:
        self.refresh()

    # ------------------------------------------------------------ views, built when first wanted

    def _view(self, name: str) -> QWidget:
        """The view ``name`` (one of VIEWS); the first call builds it and puts it in its tab."""
        view = self._views.get(name)
        if view is None:
            view = self._views[name] = self._build_view(name)
            index = VIEWS.index(name) + 1
            placeholder, label, enabled, current = self.tabs.widget(index), self.tabs.tabText(index), self.tabs.isTabEnabled(index), self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, view, label)
            self.tabs.setTabEnabled(index, enabled)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
            placeholder.deleteLater()
        return view

    def _build_view(self, name: str) -> QWidget:
        if name == "session_view":
            from .session import SessionView

            return SessionView(self.workspace, self.undo)
        if name == "agenda_view":
            from .agenda import AgendaView

            return AgendaView(self.workspace, self.undo)
        if name == "minutes_view":
            from .minutes import MinutesView

            return MinutesView(self.workspace, self.undo)
        if name == "register_view":
            from .register import RegisterView

            return RegisterView(self.workspace)
        from .followup import ActionsView, IndicatorsView

        return ActionsView(self.workspace, self.undo) if name == "actions_view" else IndicatorsView(self.workspace)

    session_view = property(lambda self: self._view("session_view"))
    agenda_view = property(lambda self: self._view("agenda_view"))
    minutes_view = property(lambda self: self._view("minutes_view"))
    register_view = property(lambda self: self._view("register_view"))
    actions_view = property(lambda self: self._view("actions_view"))
    indicators_view = property(lambda self: self._view("indicators_view"))

    def _save_minutes(self) -> None:
        """Save the minutes being typed, if the Minutes view was ever opened."""
        if "minutes_view" in self._views and not self.workspace.closed:
            self._views["minutes_view"].save()

    # ------------------------------------------------------------ menus

    def _action(self, menu, label: str, slot, shortcut=None, name: str | None = None) -> QAction:
        action = QAction(label, self)
        if shortcut is not None:
            action.setShortcuts(_keys(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&New Workspace…"), self.new_workspace, QKeySequence.StandardKey.New, "new_workspace")
        self._action(file_menu, self.tr("&Open…"), self.open_workspace, QKeySequence.StandardKey.Open, "open_workspace")
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self._action(file_menu, self.tr("Save a &Copy…"), self.save_copy, "Ctrl+Shift+S", "save_copy")
        self.protect_action = self._action(file_menu, self.tr("Protect with a &Passphrase…"), self.protect, None, "protect")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Send C&hanges…"), self.send_changes, None, "send_changes")
        self._action(file_menu, self.tr("Recei&ve Changes…"), self.receive_changes, None, "receive_changes")
        self._action(file_menu, self.tr("Exchange &Partners…"), self.exchange_partners, None, "exchange_partners")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import Interchange JSON…"), self.import_json, None, "import_json")
        export = file_menu.addMenu(self.tr("&Export"))
        self._action(export, self.tr("Interchange &JSON…"), self.export_json, None, "export_json")
        self._action(export, self.tr("Register as &CSV…"), lambda: self.export_dialog(".csv", "register"), None, "export_csv")
        self._action(export, self.tr("&Actions as CSV…"), lambda: self.export_dialog(".csv", "actions"), None, "export_actions_csv")
        self._action(export, self.tr("E&xcel Workbook…"), lambda: self.export_dialog(".xlsx"), None, "export_xlsx")
        self._action(export, self.tr("Draft Minutes for &Word…"), lambda: self.export_dialog(".docx"), None, "export_docx")
        self._action(export, self.tr("Ca&lendar (iCalendar)…"), lambda: self.export_dialog(".ics"), None, "export_ics")
        export.addSeparator()
        # CSV, Excel and calendar exports are the joint edition unless asked otherwise (the Word draft always is)
        self.internal_exports = self._action(export, self.tr("I&nternal Edition (Not for the Other Delegation)"), lambda _on: None, None, "internal_exports")
        self.internal_exports.setCheckable(True)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit")
        edit = bar.addMenu(self.tr("&Edit"))
        undo = self.undo.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts(_keys(QKeySequence.StandardKey.Undo))
        redo = self.undo.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(_keys(QKeySequence.StandardKey.Redo))
        self.undo.indexChanged.connect(lambda _i: self.refresh())
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        self._action(edit, self.tr("&Search Workspace…"), self.search_workspace, "Ctrl+K", "search_workspace")
        dialogue_menu = bar.addMenu(self.tr("&Dialogue"))
        self._action(dialogue_menu, self.tr("New &Dialogue…"), self.new_dialogue, "Ctrl+Alt+D", "new_dialogue")
        self._action(dialogue_menu, self.tr("New &Session…"), self.new_session, "Ctrl+Alt+S", "new_session")
        self._action(dialogue_menu, self.tr("New &Commitment…"), self.new_commitment, "Ctrl+Alt+C", "new_commitment")
        self._action(dialogue_menu, self.tr("&Log Status…"), self.log_status, None, "log_status_menu")
        dialogue_menu.addSeparator()
        self._action(dialogue_menu, self.tr("&Missing Translations…"), self.missing_translations, None, "missing_translations")
        documents = bar.addMenu(self.tr("D&ocuments"))
        for kind, label, shortcut in (
            ("minutes", self.tr("Joint &Minutes…"), "Ctrl+Shift+M"),
            ("tracker", self.tr("Progress &Tracker…"), "Ctrl+Shift+T"),
            ("brief", self.tr("Ministerial &Brief…"), "Ctrl+Shift+B"),
        ):
            self._action(documents, label, lambda _c=False, k=kind: self.generate_document(k), shortcut, f"document_{kind}")
        tools = bar.addMenu(self.tr("&Tools"))
        self._action(tools, self.tr("&Check Workspace"), self.check_workspace, None, "check_workspace")
        self._action(tools, self.tr("&Restore Backup…"), self.restore_backup, None, "restore_backup")
        self._action(tools, self.tr("Take a &Snapshot Now"), self.take_snapshot, None, "take_snapshot")
        tools.addSeparator()
        self._action(tools, self.tr("&Language…"), self.choose_language, None, "language")
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Consult"), self._about, None, "about")

    def _remember(self, path: Path) -> None:
        settings = QSettings()
        resolved = str(Path(path).resolve())
        recent = [resolved, *(p for p in (settings.value("workspace/recent") or []) if p != resolved)][:MAX_RECENT]
        if settings.value("workspace/last") != resolved or settings.value("workspace/recent") != recent:
            settings.setValue("workspace/last", resolved)  # written (and synced to disk) only when changed
            settings.setValue("workspace/recent", recent)
        self._fill_recent()

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in QSettings().value("workspace/recent") or []:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(not self.recent_menu.isEmpty())

    def report(self, title: str, exc: ConsultError) -> None:
        self.tell(title, str(exc))

    def tell(self, title: str, message: str) -> QMessageBox:
        """One plain sentence in a window-modal box that does not block the event loop."""
        self.statusBar().showMessage(message, 10000)
        box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # ------------------------------------------------------------ file

    def new_workspace(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("New workspace"), str(self.workspace.path.parent), self.tr("Consult workspaces (*.consult)"))
        if name:
            self.create_at(Path(name if name.endswith(".consult") else name + ".consult"))

    def create_at(self, path: Path) -> bool:
        from ..services import create_workspace

        try:
            ws = create_workspace(path)
        except ConsultError as exc:
            self.report(self.tr("Cannot create workspace"), exc)
            return False
        self.switch_to(ws)
        return True

    def open_workspace(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open workspace"), str(self.workspace.path.parent), self.tr("Consult workspaces (*.consult);;All files (*)"))
        if name:
            self.open_path(name)

    def open_path(self, path: str | Path) -> bool:
        from .unlock import with_passphrase

        try:
            ws = with_passphrase(Path(path), lambda: Workspace.open(path, background_check=True), self)
        except ConsultError as exc:
            self.report(self.tr("Cannot open workspace"), exc)
            return False
        self.switch_to(ws)
        return True

    def save_copy(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), str(self.workspace.path.with_name(self.workspace.path.stem + " copy.consult")), self.tr("Consult workspaces (*.consult)"))
        if name:
            self.save_copy_to(Path(name))

    def save_copy_to(self, path: Path) -> bool:
        try:
            self.workspace.save_copy(path)
        except ConsultError as exc:
            self.report(self.tr("Cannot save a copy"), exc)
            return False
        self.statusBar().showMessage(self.tr("Copy saved to {path}").format(path=path), 10000)
        return True

    def protect(self) -> QDialog:
        """Encrypt the workspace with a passphrase (or give it a new one)."""
        from .unlock import ProtectDialog

        dialog = ProtectDialog(self.workspace.path, self, change=self.workspace.encrypted)
        dialog.accepted.connect(lambda: self.protect_with(dialog.passphrase.text(), dialog.remember.isChecked()))
        dialog.open()
        return dialog

    def protect_with(self, passphrase: str, remember: bool = False) -> Job:
        """Close the workspace, encrypt it (its snapshots and baselines too) off the GUI thread, then reopen it."""
        from .. import passphrase as passphrases
        from ..store import encryption
        from .jobs import Job

        path, change = self.workspace.path, self.workspace.encrypted
        self._save_minutes()
        self.workspace.close()
        convert = encryption.change_passphrase if change else encryption.encrypt
        job = Job(lambda _p, _c: convert(path, passphrase), self.tr("Encrypting {name}").format(name=path.name), self)

        def done(message: str) -> None:
            self.open_path(path)
            self.statusBar().showMessage(message, 10000)
            passphrases.forget(path)  # a passphrase kept for the file before no longer fits
            if remember:
                try:
                    passphrases.remember(path, passphrase)
                except ConsultError as exc:
                    self.report(self.tr("Passphrase not remembered"), exc)

        job.failed.connect(lambda _message: self.open_path(path))
        return self._start(job, done, self.tr("Cannot encrypt"))

    def import_json(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import interchange JSON"), str(self.workspace.path.parent), self.tr("Interchange JSON (*.json)"))
        if name:
            self.import_from(Path(name))

    def import_from(self, path: Path) -> Job:
        """Read and check the file off the GUI thread, then add it in one transaction."""
        from ..exchange.interchange import read_file
        from .jobs import Job

        job = Job(lambda _progress, _cancelled: read_file(path), self.tr("Importing {name}").format(name=path.name), self)

        def loaded(bundle) -> None:
            try:
                self.workspace.load(bundle)
            except ConsultError as exc:
                self.report(self.tr("Cannot import"), exc)
                return
            self.statusBar().showMessage(self.tr("Imported {codes}.").format(codes=", ".join(d.code for d in bundle.dialogues)), 10000)

        return self._start(job, loaded, self.tr("Cannot import"))

    def export_json(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export interchange JSON"), str(self.workspace.path.with_suffix(".json")), self.tr("Interchange JSON (*.json)"))
        if name:
            self.export_to(Path(name), self.dialogue.id if self.dialogue else None)

    def export_to(self, path: Path, dialogue_id: str | None = None) -> Job:
        """Read the data now, write the file off the GUI thread."""
        from ..exchange.interchange import export_file
        from .jobs import Job

        bundle = self.workspace.bundle(dialogue_id)
        job = Job(lambda _progress, _cancelled: export_file(bundle, path), self.tr("Exporting to {name}").format(name=path.name), self)
        return self._start(job, lambda _r: self.statusBar().showMessage(self.tr("Exported to {path}.").format(path=path), 10000), self.tr("Cannot export"))

    def export_dialog(self, suffix: str, table: str = "register") -> None:
        filters = {".csv": self.tr("CSV (*.csv)"), ".xlsx": self.tr("Excel workbooks (*.xlsx)"), ".docx": self.tr("Word documents (*.docx)"), ".ics": self.tr("Calendars (*.ics)")}
        stem = self.dialogue.code if self.dialogue else self.workspace.path.stem
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), str(self.workspace.path.parent / f"{stem}{suffix}"), filters[suffix])
        if name:
            self.export_as(Path(name if name.endswith(suffix) else name + suffix), table)

    def export_as(self, path: Path, table: str = "register") -> Job | None:
        """Export the selected dialogue (or all) in the format of the file's extension, off the GUI thread."""
        from ..domain.audience import document_marking
        from ..exchange import office
        from ..store import joint_view
        from .jobs import Job

        suffix = path.suffix.lower()
        scope = self.dialogue.id if self.dialogue else None
        internal = self.internal_exports.isChecked() and suffix != ".docx"
        bundle = self.workspace.bundle(scope) if internal else joint_view(self.workspace, scope)
        if suffix == ".docx":
            if self.session is None:
                self.tell(self.tr("Export"), self.tr("Select a session first: a Word export is the draft minutes of one session."))
                return None
            dialogue, session = self.dialogue, self.session
            marking = document_marking([dialogue], [dialogue.languages[0]], self.workspace.marking_order())
            work = lambda _p, _c: office.write_docx(bundle, dialogue, session, path, marking=marking)  # noqa: E731
        elif suffix == ".csv":
            work = lambda _p, _c: office.write_csv(bundle, path, table)  # noqa: E731
        elif suffix == ".xlsx":
            work = lambda _p, _c: office.write_xlsx(bundle, path)  # noqa: E731
        elif suffix == ".ics":
            work = lambda _p, _c: office.write_ics(bundle, path, self.workspace.workspace_id)  # noqa: E731
        else:
            return self.export_to(path, self.dialogue.id if self.dialogue else None)
        job = Job(work, self.tr("Exporting to {name}").format(name=path.name), self)
        return self._start(job, lambda _r: self.statusBar().showMessage(self.tr("Exported to {path}.").format(path=path), 10000), self.tr("Cannot export"))

    def _start(self, job: Job, on_done, failure_title: str) -> Job:
        job.done.connect(on_done)
        job.failed.connect(lambda message: self.tell(failure_title, message))
        for signal in (job.done, job.failed):
            signal.connect(lambda *_: self.jobs.remove(job) if job in self.jobs else None)
        self.jobs.append(job)
        job.start()
        return job

    # ------------------------------------------------------------ change packets

    def send_changes(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Send changes"), str(self.workspace.path.with_suffix(".packet")), self.tr("Change packets (*.packet)"))
        if name:
            self.send_changes_to(Path(name))

    def send_changes_to(self, path: Path) -> SendChangesDialog:
        from .exchange import SendChangesDialog

        dialog = SendChangesDialog(self.workspace, path, self)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("Wrote packet {n} ({c} change(s)) to {path}.").format(n=dialog.header["seq"], c=dialog.header["changes"], path=path), 10000))
        dialog.open()
        return dialog

    def receive_changes(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Receive changes"), str(self.workspace.path.parent), self.tr("Change packets (*.packet);;All files (*)"))
        if name:
            self.receive_changes_from(Path(name))

    def receive_changes_from(self, path: Path) -> ReceiveChangesDialog | None:
        from .exchange import ReceiveChangesDialog

        try:
            dialog = ReceiveChangesDialog(self.workspace, path, self)
        except OSError as exc:
            self.tell(self.tr("Receive changes"), self.tr("Cannot read {path}: {reason}.").format(path=path, reason=exc.strerror or exc))
            return None
        dialog.accepted.connect(lambda: self.statusBar().showMessage(self.tr("Changes from {name} imported.").format(name=dialog.report.header["from_name"]), 10000))
        dialog.open()
        return dialog

    def exchange_partners(self) -> ExchangePartnersDialog:
        from .exchange import ExchangePartnersDialog

        dialog = ExchangePartnersDialog(self.workspace, self)
        dialog.open()
        return dialog

    # ------------------------------------------------------------ tools

    def check_workspace(self) -> str:
        """Run every check (read-only) and report in plain words."""
        from ..store import check_workspace

        report = check_workspace(self.workspace.path)
        if report.healthy:
            message = self.tr("The workspace is healthy: SQLite's integrity and foreign-key checks and Consult's own checks found nothing.")
        else:
            message = self.tr("{n} problem(s) found:").format(n=len(report.problems)) + "\n" + "\n".join(f"• {p}" for p in report.problems)
            message += "\n" + self.tr("consult-app check --repair mends what it can, after taking a snapshot.")
        self.tell(self.tr("Check Workspace"), message)
        return message

    def choose_language(self) -> QDialog:
        from PySide6.QtWidgets import QComboBox

        from .i18n import LANGUAGES, chosen_language
        from .widgets import ok_cancel

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Language"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("The language of Consult's windows; it takes effect when Consult starts again.")))
        combo = QComboBox()
        combo.setObjectName("language")
        for code, name in LANGUAGES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(combo.findData(chosen_language()))
        layout.addWidget(combo)
        layout.addWidget(ok_cancel(dialog))
        dialog.combo = combo
        dialog.accepted.connect(lambda: QSettings().setValue("ui/language", combo.currentData()))
        dialog.open()
        return dialog

    def take_snapshot(self) -> None:
        try:
            snap = self.workspace.snapshot("on request")
        except ConsultError as exc:
            self.report(self.tr("Snapshot"), exc)
            return
        self.statusBar().showMessage(self.tr("Snapshot written and verified: {path}").format(path=snap.path), 10000)

    def restore_backup(self) -> QDialog:
        """Choose a snapshot; the current file is snapshotted, then replaced, then reopened."""
        from .widgets import ok_cancel

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Restore Backup"))
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("Snapshots of this workspace, newest first. The current state is saved as a snapshot before it is replaced.")))
        listing = QListWidget()
        listing.setObjectName("snapshots")
        for snap in self.workspace.snapshots():
            item = QListWidgetItem(snap.label)
            item.setData(QtCore.Qt.ItemDataRole.UserRole, str(snap.path))
            listing.addItem(item)
        listing.setCurrentRow(0)
        layout.addWidget(listing)
        layout.addWidget(ok_cancel(dialog, self.tr("Restore")))
        dialog.listing = listing
        dialog.accepted.connect(lambda: listing.currentItem() and self.restore_from(Path(listing.currentItem().data(QtCore.Qt.ItemDataRole.UserRole))))
        dialog.open()
        return dialog

    def restore_from(self, snapshot: Path) -> bool:
        from ..store import backups, safety

        path = self.workspace.path
        chosen = next((s for s in self.workspace.snapshots() if s.path == snapshot), None)
        try:
            self._save_minutes()
            self.workspace.close()
            backups.restore(path, chosen or safety.Snapshot(snapshot, dt.datetime.now(dt.timezone.utc), "file"))
        except ConsultError as exc:
            self.report(self.tr("Cannot restore"), exc)
            if self.workspace.closed:
                self.open_path(path)
            return False
        reopened = self.open_path(path)
        self.statusBar().showMessage(self.tr("Restored from {name}.").format(name=snapshot.name), 10000)
        return reopened

    # ------------------------------------------------------------ dialogue actions

    def new_dialogue(self) -> NewDialogueDialog:
        from .session import NewDialogueDialog

        dialog = NewDialogueDialog(self.workspace, self)
        dialog.accepted.connect(lambda: self.select_dialogue(dialog.created.id))
        dialog.open()
        return dialog

    def new_session(self) -> NewSessionDialog | None:
        if self.dialogue is None:
            self.tell(self.tr("New session"), self.tr("Select a dialogue first."))
            return None
        from .session import NewSessionDialog

        dialog = NewSessionDialog(self.workspace, self.dialogue, self)
        dialog.accepted.connect(lambda: self._session_created(dialog.created))
        dialog.open()
        return dialog

    def _session_created(self, session: Session | None) -> None:
        if session is None:
            return
        self.select_session(session.id)
        self.tabs.setCurrentWidget(self.agenda_view)

    def new_commitment(self) -> CommitmentEditor | None:
        if self.dialogue is None:
            self.tell(self.tr("New commitment"), self.tr("Select a dialogue first."))
            return None
        prefix = self.dialogue.code.replace("-", "")
        number = len(self.workspace.commitments(self.dialogue.id)) + 1
        year = self.session.starts_on.year if self.session else dt.date.today().year
        c = Commitment(self.dialogue.id, f"{prefix}-{year}-{number:02d}", {}, None, made_at_session_id=self.session.id if self.session else None)
        from .register import CommitmentEditor

        editor = CommitmentEditor(self.workspace, c, self)
        editor.accepted.connect(lambda: (self.tabs.setCurrentWidget(self.register_view), self.register_view.select(c.id)))
        editor.open()
        return editor

    def missing_translations(self) -> QDialog | None:
        """Joint texts lacking one of the dialogue's working languages; Enter or a double click jumps to each."""
        from ..domain.rules import translation_gaps

        if self.dialogue is None:
            self.tell(self.tr("Missing translations"), self.tr("Select a dialogue first."))
            return None
        gaps = translation_gaps(self.workspace.bundle(self.dialogue.id), self.dialogue)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Missing translations — {code}").format(code=self.dialogue.code))
        layout = QVBoxLayout(dialog)
        kinds = {"dialogue": self.tr("Dialogue name"), "theme": self.tr("Theme"), "agenda_item": self.tr("Agenda item"), "commitment": self.tr("Commitment")}
        fields = {"name": self.tr("name"), "title": self.tr("title"), "summary": self.tr("summary"), "conclusions": self.tr("conclusions"), "text": self.tr("text")}
        layout.addWidget(QLabel(self.tr("{n} joint text(s) lack a working language.").format(n=len(gaps)) if gaps else self.tr("Every joint text is in every working language.")))
        listing = QListWidget()
        listing.setObjectName("gaps")
        for gap in gaps:
            item = QListWidgetItem(self.tr("{kind} {label} — {field}: missing in [{lang}]").format(kind=kinds[gap.kind], label=gap.label, field=fields[gap.field], lang=gap.missing))
            item.setData(QtCore.Qt.ItemDataRole.UserRole, gap)
            listing.addItem(item)
        listing.itemActivated.connect(lambda item: self.jump_to_gap(item.data(QtCore.Qt.ItemDataRole.UserRole)))
        layout.addWidget(listing)
        dialog.listing = listing
        dialog.resize(640, 420)
        dialog.open()
        return dialog

    def jump_to_gap(self, gap) -> None:
        if gap.kind == "commitment":
            self.tabs.setCurrentWidget(self.register_view)
            self.register_view.select(gap.item_id)
        elif gap.kind == "agenda_item":
            self.select_session(gap.session_id)
            target = self.agenda_view if gap.field == "title" else self.minutes_view
            self.tabs.setCurrentWidget(target)
            if gap.field == "title":
                self.agenda_view.reload(select=gap.item_id)
            else:
                for row in range(self.minutes_view.items.count()):
                    if self.minutes_view.items.item(row).data(QtCore.Qt.ItemDataRole.UserRole) == gap.item_id:
                        self.minutes_view.items.setCurrentRow(row)
        else:
            self.tabs.setCurrentWidget(self.details)

    def log_status(self):
        self.tabs.setCurrentWidget(self.register_view)
        return self.register_view.log_status()

    def search_workspace(self) -> SearchDialog:
        dialog = SearchDialog(self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def go_to(self, hit) -> None:
        """Show a search hit where it lives."""
        if hit.kind in ("commitment", "event", "indicator"):
            self.select_dialogue(hit.dialogue_id)
            self.tabs.setCurrentWidget(self.register_view)
            commitment_id = hit.item_id
            if hit.kind != "commitment":
                commitment_id = self.workspace.commitment_by_ref(hit.label).id
            self.register_view.select(commitment_id)
        elif hit.kind == "session":
            self.select_session(hit.item_id)
            self.tabs.setCurrentWidget(self.session_view)
        elif hit.kind == "agenda_item":
            item = self.workspace.agenda_item(hit.item_id)
            self.select_session(item.session_id)
            self.tabs.setCurrentWidget(self.agenda_view)
            self.agenda_view.reload(select=item.id)
        elif hit.kind == "action":
            self.select_dialogue(hit.dialogue_id)
            self.tabs.setCurrentWidget(self.actions_view)
        elif hit.dialogue_id:
            self.select_dialogue(hit.dialogue_id)
            self.tabs.setCurrentWidget(self.details)

    # ------------------------------------------------------------ documents

    def selected_ids(self) -> tuple[str | None, str | None]:
        """(dialogue id, session id) of the navigator's selection."""
        return (self.dialogue.id if self.dialogue else None, self.session.id if self.session else None)

    def generate_document(self, kind: str):
        """Ask for the options, then lay the document out off the GUI thread and preview it."""
        from .documents import DocumentOptions  # QtPdf is loaded when a document is first wanted

        dialogue_id, session_id = self.selected_ids()
        options = DocumentOptions(self.workspace, kind, dialogue_id, session_id, self)
        options.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        options.accepted.connect(lambda: self.start_render(options.chosen, options.windowTitle()))
        options.open()
        return options

    def start_render(self, renderer, title: str) -> Job:
        from .documents import render_job

        return self._start(render_job(renderer, title, self), lambda pdf: self._show_preview(pdf, renderer), title)

    def _show_preview(self, pdf: bytes, renderer) -> None:
        from .documents import PdfPreview

        name = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in renderer.running_title)[:80].strip() + ".pdf"
        preview = PdfPreview(pdf, renderer.running_title, str(self.workspace.path.parent / name), self)
        self.previews.append(preview)
        preview.destroyed.connect(lambda *_: self.previews.remove(preview) if preview in self.previews else None)
        preview.show()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Consult"),
            self.tr("<b>Consult</b> {version}<br>Preparing sessions of bilateral dialogues and keeping their commitment register.").format(
                version=__version__
            ),
        )

    # ------------------------------------------------------------ navigator

    def refresh(self) -> None:
        """Rebuild the navigator from the workspace, keeping the selection, and reload the view in front."""
        if self.workspace.closed:  # the window outlived its workspace (closing down)
            return
        current = self.navigator.currentItem()
        keep = current.data(0, ROLE_ID) if current else None
        self.navigator.blockSignals(True)
        self.navigator.clear()
        restore = None
        for d in self.workspace.dialogues():
            top = QTreeWidgetItem([f"{d.code} — {pick(d.name, _lang(d))}"])
            top.setData(0, ROLE_KIND, "dialogue")
            top.setData(0, ROLE_ID, d.id)
            top.setToolTip(0, pick(d.name, _lang(d)))
            self.navigator.addTopLevelItem(top)
            for s in self.workspace.sessions(d.id):
                venue = s.venue.split(",")[0]
                child = QTreeWidgetItem([self.tr("{nth} session — {dates}, {venue}").format(nth=ordinal(s.number), dates=_dates(s), venue=venue)])
                child.setData(0, ROLE_KIND, "session")
                child.setData(0, ROLE_ID, s.id)
                top.addChild(child)
                if s.id == keep:
                    restore = child
            if d.id == keep:
                restore = top
        self.navigator.expandAll()
        if restore is None and self.navigator.topLevelItemCount():
            restore = self.navigator.topLevelItem(0)
        if restore is not None:
            self.navigator.setCurrentItem(restore)
        self.navigator.blockSignals(False)
        if restore is not None:
            self._show_selection(restore)
        else:
            self.dialogue = self.session = None
            self.details.setHtml(self.tr("<p>This workspace has no dialogues yet. Import one with File › Import Interchange JSON.</p>"))

    def select_dialogue(self, dialogue_id: str) -> None:
        for i in range(self.navigator.topLevelItemCount()):
            top = self.navigator.topLevelItem(i)
            if top.data(0, ROLE_ID) == dialogue_id:
                self.navigator.setCurrentItem(top)

    def select_session(self, session_id: str) -> None:
        for i in range(self.navigator.topLevelItemCount()):
            top = self.navigator.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, ROLE_ID) == session_id:
                    self.navigator.setCurrentItem(top.child(j))

    def _show_selection(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        kind, ident = item.data(0, ROLE_KIND), item.data(0, ROLE_ID)
        try:
            if kind == "dialogue":
                self.dialogue, self.session = self.workspace.dialogue(ident), None
            else:
                self.session = self.workspace.session(ident)
                self.dialogue = self.workspace.dialogue(self.session.dialogue_id)
        except ConsultError as exc:
            self.details.setHtml(f"<p>{html.escape(str(exc))}</p>")
            return
        has_session = self.session is not None
        for name in SESSION_VIEWS:
            self.tabs.setTabEnabled(VIEWS.index(name) + 1, has_session)
        if not has_session and self.tabs.currentIndex() - 1 in range(len(SESSION_VIEWS)):
            self.tabs.setCurrentWidget(self.details)
        self._load_current_tab()

    def _load_current_tab(self) -> None:
        """Load only the view in front: the others load when they are shown."""
        index = self.tabs.currentIndex()
        if index == 0:
            if self.session is not None:
                self.details.setHtml(self._session_html(self.dialogue, self.session))
            elif self.dialogue is not None:
                self.details.setHtml(self._dialogue_html(self.dialogue))
        elif VIEWS[index - 1] in SESSION_VIEWS:
            if self.session is not None:
                self._view(VIEWS[index - 1]).set_session(self.session)
        else:
            self._view(VIEWS[index - 1]).set_dialogue(self.dialogue)

    # ------------------------------------------------------------ overview

    def _dialogue_html(self, d: Dialogue) -> str:
        e = html.escape
        lang = _lang(d)
        home = d.home_party
        parties = ", ".join(e(p.name) + (self.tr(" (home)") if p is home else "") for p in d.parties)
        rows = [
            (self.tr("Parties"), parties),
            (self.tr("Level"), e(d.level.value.replace("_", " "))),
            (self.tr("Cadence"), e(d.cadence)),
            (self.tr("Working languages"), e(", ".join(d.languages))),
            (self.tr("Founding instrument"), e(d.instrument_title) + (f" ({d.instrument_signed_on:%B %Y})" if d.instrument_signed_on else "")),
            (self.tr("Classification"), e(d.classification)),
        ]
        counts = self.workspace.status_counts(d.id)
        counts[d.scale.levels[0].code] = counts.get(d.scale.levels[0].code, 0) + counts.pop(None, 0)  # no status yet: the first level
        status_line = ", ".join(f"{counts[lv.code]} {e(labels.status(lv).lower())}" for lv in d.scale.levels if counts.get(lv.code))
        rows.append((self.tr("Commitments"), f"{sum(counts.values())}" + (f" — {status_line}" if status_line else "")))
        themes = "".join(f"<li>{e(t.code)}: {e(pick(t.title, lang))}</li>" for t in d.themes)
        people = {p.id: p.name for p in self.workspace.people()}
        chronology = []
        for s in self.workspace.sessions(d.id):
            host = d.party(s.host_party_id)
            chairs = ", ".join(people.get(m.person_id, "") for m in self.workspace.delegation(s.id) if m.is_cochair)
            chronology.append(
                f"<tr><td>{ordinal(s.number)}</td><td>{_dates(s)}</td><td>{e(s.venue)}</td><td>{e(host.name if host else '')}</td>"
                f"<td>{e(chairs)}</td><td>{e(labels.session_state(s.state))}</td></tr>"
            )
        table = "".join(f"<tr><th align=left valign=top>{k}</th><td>{v}</td></tr>" for k, v in rows)
        heads = "".join(
            f"<th align=left>{h}</th>"
            for h in (self.tr("Session"), self.tr("Dates"), self.tr("Venue"), self.tr("Host"), self.tr("Co-chairs"), self.tr("State"))
        )
        standing, chronicle = self.tr("Standing themes"), self.tr("Chronology")
        return (
            f"<h2>{e(pick(d.name, lang))}</h2><table cellspacing=4>{table}</table>"
            f"<h3>{standing}</h3><ul>{themes}</ul>"
            f"<h3>{chronicle}</h3><table cellspacing=6><tr>{heads}</tr>{''.join(chronology)}</table>"
        )

    def _session_html(self, d: Dialogue, s: Session) -> str:
        e = html.escape
        lang = _lang(d)
        people = {p.id: p for p in self.workspace.people()}
        host = d.party(s.host_party_id)
        head = self.tr("{nth} session of the {name}").format(nth=ordinal(s.number), name=e(pick(d.name, lang)))
        hosted = self.tr("host: {name}").format(name=e(host.name)) if host else ""
        state = self.tr("State: {state} · minutes: {minutes}").format(state=f"<b>{labels.session_state(s.state)}</b>", minutes=labels.minutes_state(s.minutes_state))
        delegations = self.tr("Delegations")
        out = [
            f"<h2>{head}</h2>",
            f"<p>{_dates(s)} · {e(s.venue)}" + (f" · {hosted}" if hosted else "") + "</p>",
            f"<p>{state}</p>",
            f"<h3>{delegations}</h3>",
        ]
        members = self.workspace.delegation(s.id)
        for party in d.parties:
            mine = [m for m in members if m.party_id == party.id]
            if not mine:
                continue
            lines = "".join(
                f"<li>{'<b>' if m.is_head else ''}{e(people[m.person_id].name)}{'</b>' if m.is_head else ''}, "
                f"{e(people[m.person_id].title)} — {e(m.role)}</li>"
                for m in mine
            )
            out.append(f"<p><b>{e(party.name)}</b></p><ul>{lines}</ul>")
        items = self.workspace.agenda(s.id)
        if items:
            slots = timetable(items, dt.datetime.combine(s.starts_on, s.start_time))
            agenda = self.tr("Agenda")
            out.append(f"<h3>{agenda}</h3><table cellspacing=4>")
            for item in agenda_order(items):
                slot = slots[item.id]
                indent = "&nbsp;" * 6 if item.parent_id else ""
                out.append(
                    f"<tr><td>{slot.start:%H:%M}–{slot.end:%H:%M}</td><td>{indent}{slot.number}</td>"
                    f"<td>{indent}{e(pick(item.title, lang, tuple(d.languages)))}</td></tr>"
                )
            out.append("</table>")
        return "".join(out)

    # ------------------------------------------------------------ window state

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._save_minutes()
        for job in list(self.jobs):
            job.shutdown()
        settings, geometry = QSettings(), self.saveGeometry()
        if settings.value("window/geometry") != geometry:  # a settings write syncs to disk: only when moved
            settings.setValue("window/geometry", geometry)
        super().closeEvent(event)
