"""The base of every menu controller."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

if TYPE_CHECKING:
    from ..main_window import MainWindow


class Commands(QObject):
    """A controller of one menu area: reaches the window, its workspace, its selection and its way of telling."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    @property
    def workspace(self):
        return self.window.workspace

    def tell(self, title: str, message: str):
        return self.window.tell(title, message)

    def status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)

    def choose_file(self, title: str, filters: str, then, *, save_as: Path | None = None, suffix: str = "") -> None:
        """Ask for a file to read (from the workspace's folder) or, with ``save_as`` suggested, one to write; if one is
        chosen, call ``then(path)``, ``suffix`` added to a name that lacks it."""
        if save_as is None:
            name, _ = QFileDialog.getOpenFileName(self.window, title, str(self.workspace.path.parent), filters)
        else:
            name, _ = QFileDialog.getSaveFileName(self.window, title, str(save_as), filters)
        if name:
            then(Path(name if name.endswith(suffix) else name + suffix))
