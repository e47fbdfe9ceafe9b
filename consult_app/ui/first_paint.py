"""What waits for the window's first frame: background work, and the quit of start-up tests and benchmarks.

:func:`after_first_paint` runs a callback once the first frame is painted (a
large workspace's integrity check starts then, so that it does not slow the
window's start). With ``CONSULT_QUIT_AFTER_PAINT=1`` the app (and
``bench/startup_bench.py``'s bare window, started the same way) prints
``first-paint <ns>`` (see :mod:`consult_app.startup`) and quits as soon as that
frame is done (:func:`arm`).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ..startup import QUIT_AFTER_PAINT, wanted


class _AfterFirstPaint(QObject):
    def __init__(self, app: QApplication, callback: Callable[[int], None]):
        super().__init__(app)
        self.callback = callback
        app.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            QApplication.instance().removeEventFilter(self)
            painted_at = time.monotonic_ns()
            QTimer.singleShot(0, lambda: self.callback(painted_at))  # the rest of this frame is painted first
            self.deleteLater()
        return False


def after_first_paint(callback: Callable[[int], None]) -> None:
    """Run ``callback(painted_at)`` once the application's next frame is painted (at start: its first).

    ``painted_at`` is the ``time.monotonic_ns()`` of the frame's paint event.
    """
    _AfterFirstPaint(QApplication.instance(), callback)


def _painted(painted_at: int) -> None:
    print(f"first-paint {painted_at}", flush=True)
    QApplication.quit()


def arm(app: QApplication) -> None:
    """If asked by the environment, quit ``app`` once its first frame is painted."""
    if wanted(QUIT_AFTER_PAINT):
        _AfterFirstPaint(app, _painted)
