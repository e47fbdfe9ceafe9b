"""The base of every menu controller."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

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
