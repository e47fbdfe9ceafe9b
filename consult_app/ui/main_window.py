"""The secretariat's workbench: navigator of dialogues and sessions, the views, and the controllers of the menus.

Every change is saved as it is made (the file is the document). Changes are
announced from the data side: each intent of :mod:`consult_app.ops` is one
transaction whose change event queues :meth:`MainWindow.refresh`, which
rebuilds the navigator and reloads the view in front (views never reload
themselves after an edit). The refresh runs once the event loop turns: after
the click, keystroke or tick that made the change has returned (so no handler
sees its own widget rebuilt under it), and once for all the changes of that
turn. What the menus do lives in ``ui/commands/``.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING

from PySide6 import QtCore  # QtCore.Qt when used: naming Qt at import builds its hundred-odd enums (~10 ms)
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QSplitter, QTabWidget, QTextBrowser, QTreeWidget, QTreeWidgetItem, QWidget

from ..domain.errors import ConsultError
from ..domain.model import Dialogue, Session
from ..ops.notices import notices
from ..store import Workspace
from . import first_paint, labels, memory, overview
from .commands.creating import CreatingCommands
from .commands.documents import DocumentCommands
from .commands.exchange import ExchangeCommands
from .commands.files import FileCommands
from .commands.menus import Menus
from .commands.navigation import NavigationCommands
from .commands.tools import ToolsCommands
from .labels import ordinal
from .notices import NoticeBar

if TYPE_CHECKING:
    from .jobs import Job

# Qt.ItemDataRole.UserRole (256) and the next role, as plain numbers (see the QtCore import).
ROLE_KIND = 256
ROLE_ID = ROLE_KIND + 1
# The tabs after the Overview, in order; each view is built the first time it is wanted.
VIEWS = ("session_view", "agenda_view", "minutes_view", "register_view", "actions_view", "indicators_view")
SESSION_VIEWS = VIEWS[:3]


def _translated(message: str) -> str:
    """A failed job's refusal in the interface's language (a file that cannot be imported, a document refused)."""
    from . import messages  # (not at start-up: most sessions see no failure)

    return messages.translate(message)


class MainWindow(QMainWindow):
    """Navigator of dialogues → sessions with the views of the selection."""

    def __init__(self, workspace: Workspace):
        super().__init__()
        self.workspace = workspace
        self.undo = QUndoStack(self)
        self.jobs: list[Job] = []
        self.dialogue: Dialogue | None = None
        self.session: Session | None = None
        self.refreshes = 0  # how many times the window refreshed (one per change; tests count them)
        self.queued = QTimer(self)  # the refresh a change asks for, run when the event loop turns; more changes meanwhile join it
        self.queued.setSingleShot(True)
        self.queued.setInterval(0)
        self.queued.timeout.connect(self.refresh)
        self.home = False  # the dashboard is in front (nothing selected in the navigator)
        self.today: dt.date | None = None  # the dashboard's day (None: today; tests fix it)
        self._build_body()
        self.files, self.exchange, self.creating = FileCommands(self), ExchangeCommands(self), CreatingCommands(self)
        self.documents, self.navigation, self.tools = DocumentCommands(self), NavigationCommands(self), ToolsCommands(self)
        self.menus = Menus(self)
        self.resize(1200, 760)
        self._restore_geometry()
        memory.splitter(self.splitter, "window/splitter", [21, 79], length=self.width())  # the navigator a fifth, until dragged
        self._attach(workspace)

    def _build_body(self) -> None:
        self.navigator = QTreeWidget()
        self.navigator.setHeaderLabels([self.tr("Dialogues and sessions")])
        self.navigator.setObjectName("navigator")
        self.navigator.setUniformRowHeights(True)  # one line per row: Qt lays out a long tree without measuring each
        self.navigator.setAccessibleName(self.tr("Dialogues and sessions"))
        self.navigator.currentItemChanged.connect(self._show_selection)
        self.navigator.itemActivated.connect(lambda *_: self.navigation.focus_pane(1))  # Enter: into the view
        self.navigator.setProperty("contextMenuPolicy", 2)  # Qt.ActionsContextMenu, without building Qt's enums at start-up
        self.details = QTextBrowser()
        self.details.setObjectName("details")
        self.details.setAccessibleName(self.tr("Overview"))
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(lambda url: self.navigation.open_link(url.toString()))
        self._views: dict[str, QWidget] = {}  # built so far, by attribute name
        self.tabs = QTabWidget()
        self.tabs.setObjectName("views")
        self.tabs.tabBar().setAccessibleName(self.tr("Views"))
        self.tabs.addTab(self.details, self.tr("Overview"))
        for name, label in zip(
            VIEWS, (self.tr("Session"), self.tr("Agenda"), self.tr("Minutes"), self.tr("Commitments"), self.tr("Follow-up"), self.tr("Indicators"))
        ):
            self.tabs.addTab(QWidget(objectName=name), label)  # a placeholder until the view is wanted
        self.tabs.currentChanged.connect(lambda _i: self._load_current_tab())
        self.splitter = QSplitter()
        self.splitter.setObjectName("window_splitter")
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 1)  # a wider window widens the navigator a little too
        self.splitter.setStretchFactor(1, 4)
        self.notices = NoticeBar()  # what opening found, above the views until dismissed
        self.setCentralWidget(self.notices.above(self.splitter))
        self.path_label = QLabel()
        self.statusBar().addPermanentWidget(self.path_label)

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
        self.files.remember(workspace.path)
        self.refresh()
        self.notices.show_notices(notices(workspace))  # a recovered write, a stray file set aside, minutes edited behind the app's back
        if workspace.integrity is not None:  # a large file still to check: start once the window is painted, hear the verdict when it comes
            first_paint.after_first_paint(lambda _: self._await_integrity(workspace))

    def _await_integrity(self, workspace: Workspace) -> None:
        if workspace.closed or workspace is not self.workspace or workspace.integrity is None:
            return
        workspace.integrity.start()  # idempotent: the first call, after the window is painted, starts the check
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
        self.save_minutes()
        old = self.workspace
        self.dialogue = self.session = None
        self._attach(workspace)  # refreshes at once, which drops a refresh queued for the old one
        if old is not workspace:
            old.listeners.remove(self._changed)
            old.close()

    def _changed(self, _kind: str) -> None:
        """A change was committed: refresh once the handler that made it has returned (one refresh for all the changes until then)."""
        if not self.queued.isActive():
            self.queued.start()

    def settle(self) -> None:
        """Run a queued refresh now: for code that goes on to find in the navigator what a change just made."""
        if self.queued.isActive():
            self.refresh()

    # ------------------------------------------------------------ views, built when first wanted

    def _view(self, name: str) -> QWidget:
        """The view ``name`` (one of VIEWS); the first call builds it and puts it in its tab."""
        view = self._views.get(name)
        if view is None:
            from .access import prepare

            view = self._views[name] = self._build_view(name)
            prepare(view)  # every control named for screen readers; Tab leaves every table and text box
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

            view = AgendaView(self.workspace, self.undo)
            view.open_commitment.connect(self.navigation.open_commitment)
            return view
        if name == "minutes_view":
            from .minutes import MinutesView

            return MinutesView(self.workspace, self.undo)
        if name == "register_view":
            from .register import RegisterView

            return RegisterView(self.workspace, self.undo)
        from .followup import ActionsView, IndicatorsView

        return ActionsView(self.workspace, self.undo) if name == "actions_view" else IndicatorsView(self.workspace, self.undo)

    session_view = property(lambda self: self._view("session_view"))
    agenda_view = property(lambda self: self._view("agenda_view"))
    minutes_view = property(lambda self: self._view("minutes_view"))
    register_view = property(lambda self: self._view("register_view"))
    actions_view = property(lambda self: self._view("actions_view"))
    indicators_view = property(lambda self: self._view("indicators_view"))

    def save_minutes(self) -> None:
        """Save the minutes being typed, if the Minutes view was ever opened."""
        if "minutes_view" in self._views and not self.workspace.closed:
            self._views["minutes_view"].save()

    # ------------------------------------------------------------ telling and background work

    def report(self, title: str, exc: ConsultError) -> QMessageBox:
        """Tell a refusal in one sentence, in the interface's language."""
        return self.tell(title, _translated(str(exc)))

    def tell(self, title: str, message: str) -> QMessageBox:
        """One plain sentence in a window-modal box that does not block the event loop."""
        self.statusBar().showMessage(message, 10000)
        box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def start_job(self, job: Job, on_done, failure_title: str) -> Job:
        """Run work off the GUI thread; ``on_done`` gets its result, a failure is told in one sentence."""
        job.done.connect(on_done)
        job.failed.connect(lambda message: self.tell(failure_title, _translated(message)))
        for signal in (job.done, job.failed):
            signal.connect(lambda *_: self.jobs.remove(job) if job in self.jobs else None)
        self.jobs.append(job)
        job.start()
        return job

    # ------------------------------------------------------------ navigator

    def refresh(self) -> None:
        """Rebuild the navigator from the workspace, keeping the selection, and reload the view in front."""
        self.queued.stop()  # this refresh is the one queued, if any
        if self.workspace.closed:  # the window outlived its workspace (closing down)
            return
        self.refreshes += 1
        current = self.navigator.currentItem()
        keep = current.data(0, ROLE_ID) if current else None
        self.navigator.blockSignals(True)
        self.navigator.clear()
        restore = self._fill_navigator(keep)
        self.navigator.expandAll()
        if restore is None and self.navigator.topLevelItemCount() and not self.home:
            top = self.navigator.topLevelItem(0)  # nothing chosen yet: the first dialogue's latest session, the one in hand
            restore = top.child(top.childCount() - 1) if top.childCount() else top
        if restore is not None:
            self.navigator.setCurrentItem(restore)
        self.navigator.blockSignals(False)
        if restore is not None:
            self._show_selection(restore)
        elif self.home:
            self.show_dashboard()
        else:
            self.dialogue = self.session = None
            for name in SESSION_VIEWS:
                self.tabs.setTabEnabled(VIEWS.index(name) + 1, False)
            if self.tabs.currentIndex() - 1 in range(len(SESSION_VIEWS)):
                self.tabs.setCurrentWidget(self.details)
            self._load_current_tab()  # the view in front shows nothing of the workspace before, and says what to do
            self.details.setHtml(self.tr("<p>This workspace has no dialogues yet. Import one with File › Import Interchange JSON.</p>"))

    def _fill_navigator(self, keep: str | None) -> QTreeWidgetItem | None:
        restore = None
        sessions: dict[str, list[Session]] = {}
        for s in self.workspace.sessions(None):  # one query for the whole tree
            sessions.setdefault(s.dialogue_id, []).append(s)
        for d in self.workspace.dialogues():
            title = labels.dialogue_title(d)
            top = QTreeWidgetItem([title])
            top.setData(0, ROLE_KIND, "dialogue")
            top.setData(0, ROLE_ID, d.id)
            top.setToolTip(0, title)  # the whole name, which a narrow navigator cuts
            self.navigator.addTopLevelItem(top)
            for s in sessions.get(d.id, ()):
                label = self.tr("{nth} session — {dates}, {venue}").format(nth=ordinal(s.number), dates=overview.dates(s), venue=s.venue.split(",")[0])
                child = QTreeWidgetItem([label])
                child.setData(0, ROLE_KIND, "session")
                child.setData(0, ROLE_ID, s.id)
                top.addChild(child)
                restore = child if s.id == keep else restore
            restore = top if d.id == keep else restore
        return restore

    def select_dialogue(self, dialogue_id: str) -> None:
        self.settle()  # a dialogue just made is in the navigator
        for i in range(self.navigator.topLevelItemCount()):
            top = self.navigator.topLevelItem(i)
            if top.data(0, ROLE_ID) == dialogue_id:
                self.navigator.setCurrentItem(top)

    def select_session(self, session_id: str) -> None:
        self.settle()  # a session just made is in the navigator
        for i in range(self.navigator.topLevelItemCount()):
            top = self.navigator.topLevelItem(i)
            for j in range(top.childCount()):
                if top.child(j).data(0, ROLE_ID) == session_id:
                    self.navigator.setCurrentItem(top.child(j))

    def show_dashboard(self) -> None:
        """The home view: nothing selected, the dashboard across every dialogue in the Overview tab."""
        self.home = True
        self.dialogue = self.session = None
        self.navigator.blockSignals(True)
        self.navigator.setCurrentItem(None)
        self.navigator.clearSelection()
        self.navigator.blockSignals(False)
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, False)
        if self.tabs.currentWidget() is not self.details:
            self.tabs.setCurrentWidget(self.details)  # loads the tab, which shows the dashboard
        else:
            self._load_current_tab()

    def _show_selection(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        if self.home:
            self.home = False
            for name in VIEWS:
                self.tabs.setTabEnabled(VIEWS.index(name) + 1, name not in SESSION_VIEWS)
        kind, ident = item.data(0, ROLE_KIND), item.data(0, ROLE_ID)
        try:
            if kind == "dialogue":
                self.dialogue, self.session = self.workspace.dialogue(ident), None
            else:
                self.session = self.workspace.session(ident)
                self.dialogue = self.workspace.dialogue(self.session.dialogue_id)
        except ConsultError as exc:
            self.details.setHtml(f"<p>{html.escape(_translated(str(exc)))}</p>")
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
            if self.home:
                from .dashboard import dashboard_html

                self.details.setHtml(dashboard_html(self.workspace, self.today or dt.date.today()))
            elif self.session is not None:
                self.details.setHtml(overview.session_html(self.workspace, self.dialogue, self.session))
            elif self.dialogue is not None:
                self.details.setHtml(overview.dialogue_html(self.workspace, self.dialogue))
        elif VIEWS[index - 1] in SESSION_VIEWS:
            if self.session is not None:
                self._view(VIEWS[index - 1]).set_session(self.session)
        else:
            self._view(VIEWS[index - 1]).set_dialogue(self.dialogue)

    # ------------------------------------------------------------ window state

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.save_minutes()
        self.queued.stop()  # nothing left to show
        for job in list(self.jobs):
            job.shutdown()
        settings, geometry = QSettings(), self.saveGeometry()
        if settings.value("window/geometry") != geometry:  # a settings write syncs to disk: only when moved
            settings.setValue("window/geometry", geometry)
        super().closeEvent(event)
