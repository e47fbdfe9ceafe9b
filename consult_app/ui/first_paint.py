"""Quit after the first paint, for start-up tests and benchmarks (``CONSULT_QUIT_AFTER_PAINT=1``).

With the variable set, the app (and ``bench/startup_bench.py``'s bare window,
started the same way) prints ``first-paint <ns>`` (see :mod:`consult_app.startup`)
and quits as soon as that frame is done.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ..startup import QUIT_AFTER_PAINT, wanted


class _QuitAfterFirstPaint(QObject):
    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            QApplication.instance().removeEventFilter(self)
            print(f"first-paint {time.monotonic_ns()}", flush=True)
            QTimer.singleShot(0, QApplication.quit)  # the rest of this frame is painted first
        return False


def arm(app: QApplication) -> None:
    """If asked by the environment, quit ``app`` once its first frame is painted."""
    if wanted(QUIT_AFTER_PAINT):
        app._first_paint = _QuitAfterFirstPaint(app)
        app.installEventFilter(app._first_paint)
