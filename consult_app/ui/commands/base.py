"""The base of every menu controller."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ..main_window import MainWindow


def ask_file(parent: QWidget, title: str, filters: str, start: Path, *, save: bool, suffix: str = "") -> Path | None:
    """Ask for a file to read (from the folder ``start``) or, with ``save``, one to write (``start`` suggested): the
    path chosen, ``suffix`` added to a name that lacks it, or None when cancelled."""
    ask = QFileDialog.getSaveFileName if save else QFileDialog.getOpenFileName
    name, _ = ask(parent, title, str(start), filters)
    if not name:
        return None
    return Path(name if name.endswith(suffix) else name + suffix)


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

    def refuse(self, title: str, exc: Exception):
        """Tell a refusal under ``title`` in one sentence, in the interface's language (the layers below say it in English)."""
        return self.window.report(title, exc)

    def status(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)

    def choose_file(self, title: str, filters: str, then, *, save_as: Path | None = None, suffix: str = "") -> None:
        """Ask for a file to read (from the workspace's folder) or, with ``save_as`` suggested, one to write; if one is
        chosen, call ``then(path)``, ``suffix`` added to a name that lacks it."""
        path = ask_file(self.window, title, filters, save_as or self.workspace.path.parent, save=save_as is not None, suffix=suffix)
        if path is not None:
            then(path)
