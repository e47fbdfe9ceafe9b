"""Work off the GUI thread: a worker, and a job with a progress dialog and Cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..domain.errors import ConsultError
from ..paths import log_exception


class Worker(QObject):
    """Runs ``work(progress, cancelled)`` on a worker thread; never touches the database."""

    progressed = Signal(int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, work):
        super().__init__()
        self.work = work
        self.stop = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(lambda f: self.progressed.emit(int(f * 100)), self.stop.is_set)
        except ConsultError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug: log it and say where the log is
            self.failed.emit(f"An unexpected error occurred; details are in {log_exception(exc)}.")
        else:
            self.finished.emit(result)


class Job(QObject):
    """Work off the GUI thread with a progress dialog and Cancel; ``done`` or ``failed`` at the end."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, work, title: str, parent: QWidget):
        super().__init__(parent)
        self.title = title
        self.thread = QThread(self)
        self.worker = Worker(work)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.progress = QProgressDialog(self.tr("{title}…").format(title=title), self.tr("Cancel"), 0, 100, parent)
        self.progress.setWindowTitle(title)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.canceled.connect(self.cancel)
        self.worker.progressed.connect(self.progress.setValue)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        self.worker.stop.set()

    def shutdown(self) -> None:
        """Stop and wait for the worker (the window is closing)."""
        self.cancel()
        self.thread.quit()
        self.thread.wait()

    def _stop_thread(self) -> None:
        self.thread.quit()
        self.thread.wait()
        self.progress.close()

    def _finished(self, result) -> None:
        self._stop_thread()
        self.done.emit(result)

    def _failed(self, message: str) -> None:
        self._stop_thread()
        self.failed.emit(message)
