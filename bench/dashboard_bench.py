"""Dashboard benchmark: how long the home view takes on a workspace (the read model, the rules and the HTML shown).

    .venv/bin/python bench/generate.py large
    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/dashboard_bench.py [bench/large.consult] [--runs 5]

Works on a copy (an older file is migrated on open). Prints one line to paste into the README.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH.parent))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", nargs="?", type=Path, default=BENCH / "large.consult")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from consult_app.store import Workspace
    from consult_app.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "bench.consult"
        shutil.copy(args.path, copy)
        ws = Workspace.open(copy, backups=False)
        facts_times, shown_times = [], []
        for _ in range(args.runs):
            start = time.perf_counter()
            facts = ws.dashboard_facts(dt.date.today())
            facts_times.append(time.perf_counter() - start)
        window = MainWindow(ws)
        window.show()
        app.processEvents()
        for _ in range(args.runs):
            start = time.perf_counter()
            window.show_dashboard()
            app.processEvents()
            shown_times.append(time.perf_counter() - start)
            window.navigator.setCurrentItem(window.navigator.topLevelItem(0))
            app.processEvents()
        window.close()
        ws.close()
    print(
        f"{len(facts.dialogues)} dialogues, {len(facts.commitments):,} commitments: read model {statistics.median(facts_times) * 1000:.0f} ms, "
        f"dashboard shown {statistics.median(shown_times) * 1000:.0f} ms (medians of {args.runs})"
    )


if __name__ == "__main__":
    main()
