"""Crash-safety harness: kill a writer with SIGKILL at random moments and check nothing was lost.

A child process appends status events through the store in a loop and prints
each event's id only after its transaction has committed. The parent kills it
with SIGKILL after a random delay, then opens the file, runs
``PRAGMA integrity_check`` and checks that every event the child reported is
present. ``make test`` runs 50 trials (tests/store/test_crash.py); for 1,000:

    .venv/bin/python bench/crash.py --trials 1000
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def child(path: str, ref: str) -> None:
    """Append events forever, printing each id after its commit."""
    sys.path.insert(0, str(ROOT))
    from consult_app.store import Workspace

    ws = Workspace.open(path, backups=False)
    commitment = ws.commitment_by_ref(ref)
    statuses = ws.dialogue(commitment.dialogue_id).scale.codes()
    n = 0
    print("ready", flush=True)
    while True:
        event = ws.log_status(commitment.id, statuses[n % len(statuses)], note=f"crash trial event {n}", author="harness")
        print(event.id, flush=True)
        n += 1


@dataclass
class Outcome:
    reported: int
    lost: int
    integrity_ok: bool


def trial(path: Path, ref: str, rnd: random.Random, max_delay: float = 0.25) -> Outcome:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(path), ref],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )
    assert proc.stdout is not None
    first = proc.stdout.readline()
    if first.strip() != "ready":
        proc.kill()
        raise RuntimeError(f"child did not start: {first!r} {proc.stderr.read() if proc.stderr else ''}")
    time.sleep(rnd.uniform(0.0, max_delay))
    os.kill(proc.pid, signal.SIGKILL)
    out, _ = proc.communicate()
    reported = [line.strip() for line in out.splitlines() if line.strip()]
    conn = sqlite3.connect(path)
    try:
        integrity_ok = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        present = {row[0] for row in conn.execute("SELECT id FROM status_events")}
    finally:
        conn.close()
    return Outcome(len(reported), sum(1 for r in reported if r not in present), integrity_ok)


def make_workspace(folder: Path) -> tuple[Path, str]:
    sys.path.insert(0, str(ROOT))
    from consult_app.services import create_workspace

    path = folder / "crash.consult"
    create_workspace(path, demo=True).close()
    return path, "MLFR-2002-01"


def run(trials: int, seed: int = 2026, verbose: bool = False) -> tuple[int, int, int, int]:
    """Run the trials; return (trials, events reported committed, lost events, integrity failures)."""
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("XDG_DATA_HOME", tmp)  # keep snapshots of the harness out of the user's folder
        path, ref = make_workspace(Path(tmp))
        reported = lost = failures = 0
        for n in range(trials):
            outcome = trial(path, ref, rnd)
            reported += outcome.reported
            lost += outcome.lost
            failures += not outcome.integrity_ok
            if verbose and (n + 1) % 50 == 0:
                print(f"  {n + 1} trials: {reported} events reported, {lost} lost, {failures} integrity failures", flush=True)
    return trials, reported, lost, failures


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    start = time.perf_counter()
    trials, reported, lost, failures = run(args.trials, args.seed, verbose=True)
    print(f"\nTrials: {trials:,}  events committed and reported: {reported:,}  lost events: {lost}  integrity failures: {failures}  ({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
