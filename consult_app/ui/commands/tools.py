"""Tools and Help: check the workspace, snapshots and restore, the language, about."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox

from ... import __version__
from ...domain.errors import ConsultError
from .. import labels
from .base import Commands

ROLE = 256  # Qt.ItemDataRole.UserRole, as a number (naming Qt at import builds its enums)


class ToolsCommands(Commands):
    def check_workspace(self) -> str:
        """Run every check (read-only) and report in plain words."""
        from ...ops import workspaces

        report = workspaces.check(self.workspace.path)
        if report.healthy:
            message = self.tr("The workspace is healthy: SQLite's integrity and foreign-key checks and Consult's own checks found nothing.")
        else:
            found = labels.counted(len(report.problems), self.tr("1 problem found:"), self.tr("{n} problems found:"))
            message = found + "\n" + "\n".join(f"• {p}" for p in report.problems)
            message += "\n" + self.tr("consult-app check --repair mends what it can, after taking a snapshot.")
        self.tell(self.tr("Check Workspace"), message)
        return message

    def choose_language(self) -> QDialog:
        from ..i18n import LANGUAGES, chosen_language
        from ..widgets import choice_box, choice_dialog

        combo = choice_box("language", None, ((name, code) for code, name in LANGUAGES.items()), chosen_language())
        intro = self.tr("The language of Consult's windows; it takes effect when Consult starts again.")
        dialog = choice_dialog(self.window, self.tr("Language"), intro, combo, self.tr("Language"))
        dialog.combo = combo
        dialog.accepted.connect(lambda: self._language_chosen(combo.currentData(), combo.currentText()))
        dialog.open()
        return dialog

    def _language_chosen(self, code: str, name: str) -> None:
        """Kept for the next start; the status bar says so, since nothing changes on the screen now."""
        from ..labels import language

        QSettings().setValue("ui/language", code)
        if code != language():
            self.status(self.tr("Language chosen: {language}; it takes effect when Consult starts again.").format(language=name))

    def dashboard(self) -> None:
        """Tools › Dashboard: the home view across every dialogue."""
        self.window.show_dashboard()

    def people_directory(self) -> QDialog:
        from ..people import PeopleDirectory

        dialog = PeopleDirectory(self.workspace, self.window.undo, self.window)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def preferences(self) -> QDialog:
        from ..people import PreferencesDialog

        dialog = PreferencesDialog(self.workspace, self.window)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.window.refresh)  # "Mine" follows at once
        dialog.accepted.connect(lambda: self.status(self.tr("Preferences saved.")))
        dialog.open()
        return dialog

    def take_snapshot(self) -> None:
        from ...ops import backups

        try:
            snap = backups.snapshot(self.workspace)
        except ConsultError as exc:
            self.refuse(self.tr("Snapshot"), exc)
            return
        self.status(self.tr("Snapshot written and verified: {path}").format(path=snap.path))

    def restore_backup(self) -> QDialog:
        """Choose a snapshot; the current file is snapshotted, then replaced, then reopened."""
        from PySide6.QtGui import QAction

        from ..widgets import List, choice_dialog, context_menu

        listing = List()
        listing.setObjectName("snapshots")
        listing.set_empty_text(self.tr("No snapshot yet: Tools › Take a Snapshot Now makes one (Consult also takes one before risky changes)."))
        for snap in self.workspace.snapshots():
            item = QListWidgetItem(snap.label)
            item.setData(ROLE, str(snap.path))
            listing.addItem(item)
        listing.setCurrentRow(0)
        intro = self.tr("Snapshots of this workspace, newest first. The current state is saved as a snapshot before it is replaced.")
        dialog = choice_dialog(self.window, self.tr("Restore Backup"), intro, listing, self.tr("Snapshots"), self.tr("Restore"))
        restore = QAction(self.tr("Restore"), dialog)
        restore.triggered.connect(dialog.accept)
        context_menu(listing, [restore])
        dialog.listing = listing
        dialog.accepted.connect(lambda: listing.currentItem() and self.restore_from(Path(listing.currentItem().data(ROLE))))
        dialog.open()
        return dialog

    def restore_from(self, snapshot: Path) -> bool:
        """Close the workspace, restore the snapshot in its place (the one restore policy of ops.backups), reopen."""
        from ...ops import backups
        from ...store import safety

        window, path = self.window, self.workspace.path
        chosen = next((s for s in self.workspace.snapshots() if s.path == snapshot), None)
        try:
            window.save_minutes()
            self.workspace.close()
            backups.restore(path, chosen or safety.Snapshot(snapshot, dt.datetime.now(dt.UTC), "file"))
        except ConsultError as exc:
            self.refuse(self.tr("Cannot restore"), exc)
            if self.workspace.closed:
                window.files.open_path(path)
            return False
        reopened = window.files.open_path(path)
        self.status(self.tr("Restored from {name}.").format(name=snapshot.name))
        return reopened

    def about(self) -> None:
        QMessageBox.about(
            self.window,
            self.tr("About Consult"),
            self.tr("<b>Consult</b> {version}<br>Preparing sessions of bilateral dialogues and keeping their commitment register.").format(version=__version__),
        )
