"""Scale benchmark: is a ministry-sized workspace still instant?

    .venv/bin/python bench/generate.py medium && .venv/bin/python bench/generate.py large
    .venv/bin/python bench/scale_bench.py [--sizes small,medium,large] [--runs 5]

Prints a table to paste into the README. Every figure is compared with a floor
measured in the same run: a bare PySide6 window started the same way for cold
start, raw reportlab for the tracker (bench/tracker_bench.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))

PROBE = r"""
import os, resource, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
t0 = float(os.environ["CONSULT_T0"])
app = QApplication(sys.argv[:1])
def resident_mb():
    # current resident set from /proc (ru_maxrss would carry the parent's peak across fork and exec on Linux)
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"{time.time() - t0:.4f} {resident_mb():.0f}", flush=True)
            os._exit(0)
        return False
if sys.argv[1] == "--bare":
    window = QMainWindow()
else:
    from consult_app.store import Workspace
    from consult_app.ui.main_window import MainWindow
    window = MainWindow(Workspace.open(sys.argv[1], backups=False))
watcher = FirstPaint()
window.installEventFilter(watcher)
window.resize(1200, 760)
window.show()
window.repaint()
app.exec()
"""


def cold_start(target: str, runs: int) -> tuple[float, float]:
    """Median seconds from process start to the first painted window, and resident memory (MB) then."""
    times, rss = [], []
    for _ in range(runs):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONSULT_T0=repr(time.time()), PYTHONPATH=str(ROOT))
        out = subprocess.run([sys.executable, "-c", PROBE, target], capture_output=True, text=True, env=env, timeout=300)
        if out.returncode != 0 or not out.stdout.strip():
            raise RuntimeError(out.stderr[-2000:])
        seconds, mb = out.stdout.split()
        times.append(float(seconds))
        rss.append(float(mb))
    return statistics.median(times), statistics.median(rss)


def register_timings(path: Path) -> tuple[float, float, float, int]:
    """(open one dialogue's register ms, median keystroke ms, p95 keystroke ms, rows) on the biggest dialogue."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from consult_app.store import Workspace
    from consult_app.ui.register import RegisterView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ws = Workspace.open(path, backups=False, readonly=True)
    view = RegisterView(ws)
    view.resize(1100, 700)
    view.show()
    dialogue = max(ws.dialogues(), key=lambda d: len(ws.commitments(d.id)))
    start = time.perf_counter()
    view.set_dialogue(dialogue)
    app.processEvents()
    opened = (time.perf_counter() - start) * 1000
    keystrokes = []
    for query in ("cooperation migr", "visas retour", "fund diaspora", "coopération"):
        view.search.clear()
        app.processEvents()
        for n in range(1, len(query) + 1):
            start = time.perf_counter()
            view.search.setText(query[:n])
            app.processEvents()
            keystrokes.append((time.perf_counter() - start) * 1000)
    rows = view.model.rowCount()
    ws.close()
    keystrokes.sort()
    return opened, statistics.median(keystrokes), keystrokes[int(len(keystrokes) * 0.95) - 1], len(view.model.rows) or rows


def tracker_time(path: Path) -> tuple[float, int, int]:
    """Seconds to lay out the tracker of all dialogues; commitments; pages."""
    import io

    from pypdf import PdfReader

    from consult_app.ops.documents import tracker as tracker_document
    from consult_app.store import Workspace

    with Workspace.open(path, backups=False, readonly=True) as ws:
        start = time.perf_counter()
        renderer = tracker_document(ws, None, dt.date(2030, 1, 1))
        pdf = renderer.render()
        took = time.perf_counter() - start
        n = len(renderer.bundle.commitments)
    return took, n, len(PdfReader(io.BytesIO(pdf)).pages)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="small,medium,large")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-tracker", action="store_true")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp()
    os.environ["XDG_DATA_HOME"] = tmp
    os.environ["XDG_CONFIG_HOME"] = tmp
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, offscreen Qt platform")
    bare, bare_rss = cold_start("--bare", args.runs)
    print(f"Floor: bare PySide6 window, first paint {bare:.2f} s, {bare_rss:.0f} MB resident\n")
    print(
        "| size | commitments | file | cold start to first paint (s) | ratio to bare window | resident memory (MB) | open one register (ms) | keystroke median / p95 (ms) | tracker, all dialogues (s) | ms per commitment |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in args.sizes.split(","):
        path = BENCH / f"{size}.consult"
        if not path.exists():
            from generate import generate

            generate(size, path)
        from consult_app.store import Workspace as _Workspace

        _Workspace.open(path, backups=False).close()  # as after a normal session: closed cleanly by Consult
        start, rss = cold_start(str(path), args.runs)
        opened, median, p95, rows = register_timings(path)
        tracker = "—"
        per = "—"
        if not args.no_tracker:
            took, n, pages = tracker_time(path)
            tracker, per = f"{took:.1f} ({pages:,} pages)", f"{took / n * 1000:.2f}"
        from consult_app.store import Workspace

        with Workspace.open(path, backups=False, readonly=True) as ws:
            n = ws.counts()["commitments"]
        print(
            f"| {size} | {n:,} | {path.stat().st_size / 1e6:.0f} MB | {start:.2f} | {start / bare:.2f}× | {rss:.0f} | {opened:.0f} ({rows:,} rows) | {median:.1f} / {p95:.1f} | {tracker} | {per} |",
            flush=True,
        )


if __name__ == "__main__":
    sys.path.insert(0, str(BENCH))
    main()
