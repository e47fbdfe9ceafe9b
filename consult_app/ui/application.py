"""Starting the desktop app: choose the workspace, show the window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import passphrase
from ..domain.errors import ConsultError
from ..paths import APPLICATION, ORGANISATION, log_exception
from ..startup import mark
from ..store import Workspace, backups, safety
from ..store.connection import offer_passphrase
from ..store.opening import Damaged
from . import first_paint, i18n
from .main_window import MainWindow


def default_workspace_path() -> Path:
    """The default workspace, in the user's data folder."""
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder / "workspace.consult"


def can_ask() -> bool:
    """Whether a question can be put on a screen: an application is running, and not offscreen (a box without one aborts)."""
    return QGuiApplication.instance() is not None and QGuiApplication.platformName() != "offscreen"


def _unlocked(path: Path, opening):
    """Open through the unlock dialog when the file is encrypted (when there is a screen to ask on)."""
    if not can_ask():
        return opening()
    from .unlock import with_passphrase

    return with_passphrase(Path(path), opening)


def open_interactively(path: Path) -> Workspace:
    """Open a workspace; if encrypted, ask its passphrase; if locked, offer read-only; if damaged, offer the latest good backup."""
    try:
        return _unlocked(path, lambda: Workspace.open(path, background_check=True))
    except safety.Locked as exc:
        from . import messages  # (not at start-up: most sessions see no lock)

        if (
            can_ask()
            and QMessageBox.question(
                None,
                QApplication.translate("app", "Workspace in use"),
                messages.translate(str(exc)) + "\n\n" + QApplication.translate("app", "Open it read-only now?"),
            )
            == QMessageBox.StandardButton.Yes
        ):
            return Workspace.open(path, readonly=True)
        raise
    except Damaged as exc:
        if exc.latest is None or not can_ask():
            raise
        question = QApplication.translate("app", "{problem}\n\nRestore the backup of {when}? The current file is kept in the backups folder.").format(
            problem=exc, when=exc.latest.label
        )
        if QMessageBox.question(None, QApplication.translate("app", "Damaged workspace"), question) != QMessageBox.StandardButton.Yes:
            raise
        backups.restore(path, exc.latest)
        return Workspace.open(path)


def choose_workspace(path: Path | None) -> Workspace:
    """Open PATH, else the last workspace, else the default one (with the demo on first run)."""
    if path is not None:
        return open_interactively(Path(path))
    last = QSettings().value("workspace/last")
    if last and Path(str(last)).exists():
        try:
            return _unlocked(Path(str(last)), lambda: Workspace.open(str(last), background_check=True))
        except ConsultError:
            pass  # fall back to the default workspace
    default = default_workspace_path()
    if default.exists():
        return open_interactively(default)
    from ..ops.workspaces import create as create_workspace  # first run only

    return create_workspace(default, demo=True)


def _tell(title: str, message: str) -> None:
    """Show a message box, unless there is no screen to show it on (offscreen runs)."""
    if can_ask():
        QMessageBox.critical(None, title, message)


def run_gui(path: Path | None = None) -> int:
    mark("qt-imported")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Consult")
    i18n.install(app, i18n.chosen_language())
    mark("qapplication")
    try:
        given = passphrase.given()  # CONSULT_PASSPHRASE, for an encrypted workspace
        if given:
            offer_passphrase(given)
        workspace = choose_workspace(path)
    except ConsultError as exc:
        print(f"consult-app: {exc}", file=sys.stderr)
        from . import messages  # (not at start-up: most sessions see no failure)

        _tell(app.tr("Cannot open workspace"), messages.translate(str(exc)))
        return 2
    except Exception as exc:  # a bug: log it, say where the log is
        log = log_exception(exc)
        message = app.tr("An unexpected error occurred; details are in {log}.").format(log=log)
        print(f"consult-app: {message}", file=sys.stderr)
        _tell(app.tr("Unexpected error"), message)
        return 3
    mark("workspace-open")
    window = MainWindow(workspace)
    mark("window-built")
    window.show()
    # What start-up built lives as long as the app: keep the collector from walking it on
    # every full collection (and through the interpreter's teardown at exit).
    gc.freeze()
    first_paint.arm(app)
    mark("shown")
    code = app.exec()
    window.workspace.close()
    mark("closed")
    return code
