"""Start-up benchmark: Consult against a bare PySide6 window, started and quit the same way.

    .venv/bin/python bench/startup_bench.py [--pairs 9] [--sizes demo,medium,large]

Each run is a new process: the app (``consult-app PATH``) or a bare window (a
QMainWindow with one label), both with ``CONSULT_QUIT_AFTER_PAINT=1`` so they
quit once their first frame is painted (consult_app/ui/first_paint.py). Runs
alternate app, bare, app, bare… after one warm-up of each, so both see the
same disk cache and machine load. For each pair the ratio app/bare is taken
from process start to exit (first paint included) and to first paint; the
figure is the median of those pairwise ratios. The CPU time (user + system)
of each process is compared the same way: it hardly moves when other work
shares the machine, so it tells a real change from noise.

``--marks`` also prints, per workspace, the median moment the app reached
each stage of its start-up (``CONSULT_STARTUP_MARKS``, consult_app/startup.py).

The app's modules are byte-compiled first, as an installed wheel has them
(with ``PYTHONDONTWRITEBYTECODE`` set, a checkout would otherwise compile
every module at every start).

Sizes: ``demo`` (made here with ``init --demo``), ``medium`` and ``large``
(``bench/generate.py``; a size whose file is missing is skipped with a note).
Qt runs offscreen unless ``--platform xcb`` (under ``xvfb-run``).
"""

from __future__ import annotations

import argparse
import compileall
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent

BARE = r"""
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
from consult_app.ui import first_paint
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Consult"))
window.resize(1200, 760)
window.show()
first_paint.arm(app)
sys.exit(app.exec())
"""


def app_command(workspace: Path) -> list[str]:
    script = Path(sys.executable).with_name("consult-app")
    return [str(script), str(workspace)] if script.exists() else [sys.executable, str(ROOT / "main.py"), str(workspace)]


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


STAGES: dict[str, list[float]] = {}  # stage -> seconds from process start, over the app's runs


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, float]:
    """(seconds to first paint, seconds to exit, CPU seconds) of one process; its marks go to STAGES."""
    cpu = cpu_of_children()
    start = time.monotonic_ns()
    out = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    end = time.monotonic_ns()
    cpu = cpu_of_children() - cpu
    painted = [line.split()[1] for line in out.stdout.splitlines() if line.startswith("first-paint ")]
    for line in out.stdout.splitlines():
        if line.startswith("mark "):
            _, stage, ns = line.split()
            STAGES.setdefault(stage, []).append((int(ns) - start) / 1e9)
    if out.returncode != 0 or not painted:
        raise RuntimeError(f"{command[0]} exited {out.returncode} without painting: {out.stderr[-2000:]}")
    return (int(painted[0]) - start) / 1e9, (end - start) / 1e9, cpu


def measure(workspace: Path, pairs: int, env: dict[str, str]) -> dict[str, float]:
    bare = [sys.executable, "-c", BARE]
    app = app_command(workspace)
    timed(app, env), timed(bare, env)  # warm-up: disk cache, the workspace's first-open snapshot
    rows = [(timed(app, env), timed(bare, env)) for _ in range(pairs)]
    return {
        "app_paint": statistics.median(a[0] for a, _ in rows),
        "app_exit": statistics.median(a[1] for a, _ in rows),
        "bare_paint": statistics.median(b[0] for _, b in rows),
        "bare_exit": statistics.median(b[1] for _, b in rows),
        "ratio_exit": statistics.median(a[1] / b[1] for a, b in rows),
        "ratio_paint": statistics.median(a[0] / b[0] for a, b in rows),
        "ratio_cpu": statistics.median(a[2] / b[2] for a, b in rows),
    }


def workspaces(sizes: list[str], scratch: Path, env: dict[str, str]) -> list[tuple[str, Path]]:
    found = []
    for size in sizes:
        if size == "demo":
            path = scratch / "demo.consult"
            subprocess.run([*app_command(path)[:-1], "init", str(path), "--demo"], check=True, env=env, capture_output=True)
        else:
            path = BENCH / f"{size}.consult"
            if not path.exists():
                print(f"({size}: {path} is missing — make it with: .venv/bin/python bench/generate.py {size})", file=sys.stderr)
                continue
        found.append((size, path))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description="Start-up time of Consult as a ratio to a bare PySide6 window.")
    parser.add_argument("--pairs", type=int, default=9, help="alternating app/bare pairs per size (at least 9)")
    parser.add_argument("--sizes", default="demo,medium,large")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM for both (default offscreen)")
    parser.add_argument("--marks", action="store_true", help="also print when the app reached each stage of its start-up")
    args = parser.parse_args()
    if args.pairs < 9:
        parser.error("--pairs: at least 9 pairs make a median worth quoting")
    compileall.compile_dir(ROOT / "consult_app", quiet=1, force=True)  # as installed: no compiling at start
    with tempfile.TemporaryDirectory(prefix="consult-startup-") as tmp:
        scratch = Path(tmp)
        env = dict(
            os.environ,
            QT_QPA_PLATFORM=args.platform,
            CONSULT_QUIT_AFTER_PAINT="1",
            HOME=str(scratch / "home"),
            XDG_DATA_HOME=str(scratch / "data"),
            XDG_CONFIG_HOME=str(scratch / "config"),
            XDG_CACHE_HOME=str(scratch / "cache"),
            **({"CONSULT_STARTUP_MARKS": "1"} if args.marks else {}),
        )
        print(
            f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, Qt {args.platform}; "
            f"median of {args.pairs} alternating pairs"
        )
        print()
        print(
            "| workspace | app: first paint (s) | app: exit (s) | bare window: first paint (s) | bare: exit (s) "
            "| ratio to first paint | ratio to exit | CPU time ratio |"
        )
        print("|---|---:|---:|---:|---:|---:|---:|---:|")
        stages: dict[str, dict[str, float]] = {}
        for size, path in workspaces([s.strip() for s in args.sizes.split(",") if s.strip()], scratch, env):
            STAGES.clear()
            m = measure(path, args.pairs, env)
            stages[size] = {stage: statistics.median(times) for stage, times in STAGES.items()}
            print(
                f"| {size} | {m['app_paint']:.3f} | {m['app_exit']:.3f} | {m['bare_paint']:.3f} | {m['bare_exit']:.3f} | "
                f"{m['ratio_paint']:.2f}× | {m['ratio_exit']:.2f}× | {m['ratio_cpu']:.2f}× |",
                flush=True,
            )
        if args.marks:
            print()
            print("| stage of the app's start-up (ms from process start, median) | " + " | ".join(stages) + " |")
            print("|---|" + "---:|" * len(stages))
            for stage in next(iter(stages.values()), {}):
                print(f"| {stage} | " + " | ".join(f"{1000 * times.get(stage, float('nan')):.0f}" for times in stages.values()) + " |")


if __name__ == "__main__":
    main()
