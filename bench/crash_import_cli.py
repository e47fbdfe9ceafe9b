"""Kill `consult-app packet import` (the command itself, SIGKILL) at random moments, plain or encrypted.

Each trial: the field copy logs a status and exports a packet of a few
hundred changes; `consult-app packet import` on the secretariat is killed
after a random delay (or finishes); then `consult-app check` must say the
file is healthy, the packet is either wholly there or wholly absent (its
status events counted), the search index equals a full rebuild, and
importing the same packet again is accepted (or already done).

    .venv/bin/python bench/crash_import_cli.py --trials 100 [--encrypted]
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import crash_exchange  # noqa: E402  (the pair, and the index check)

from consult_app.store import Workspace  # noqa: E402
from consult_app.store.connection import connect  # noqa: E402
from consult_app.store.sync import export_packet  # noqa: E402

CLI = [str(Path(sys.executable).with_name("consult-app"))]


def events(path: Path) -> int:
    conn = connect(path, readonly=True)
    try:
        return conn.execute("SELECT count(*) FROM status_events").fetchone()[0]
    finally:
        conn.close()


def packet(pair, folder: Path, n: int, size: int) -> tuple[Path, int]:
    with Workspace.open(pair.f, backups=False) as ws:
        c = ws.commitment_by_ref("MLFR-2001-01").id
        with ws.transaction("harness"):
            for i in range(size):
                ws.log_status(c, "on_track", note=f"cli kill {n}.{i}", author="harness")
        data, _ = export_packet(ws)
    out = folder / f"p{n}.packet"
    out.write_bytes(data)
    return out, size


def trial(pair, folder: Path, n: int, rnd: random.Random, size: int) -> list[str]:
    problems = []
    path, added = packet(pair, folder, n, size)
    before = events(pair.s)
    proc = subprocess.Popen([*CLI, "packet", "import", str(pair.s), str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    time.sleep(rnd.uniform(0.0, 2.5))
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    checked = subprocess.run([*CLI, "check", str(pair.s)], capture_output=True, text=True, cwd=ROOT)
    if checked.returncode != 0:
        problems.append(f"check: {checked.stdout.strip().splitlines()[-1:]} {checked.stderr.strip()}")
    now = events(pair.s)
    if now not in (before, before + added):
        problems.append(f"partial: {now - before} of {added} events")
    problems += crash_exchange.index_differences(pair.s)
    again = subprocess.run([*CLI, "packet", "import", str(pair.s), str(path)], capture_output=True, text=True, cwd=ROOT)
    if again.returncode != 0:
        problems.append(f"re-import refused: {again.stderr.strip()}")
    if events(pair.s) != before + added:
        problems.append("the packet is not wholly there after the re-import")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--size", type=int, default=300, help="status events per packet")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--encrypted", action="store_true")
    args = parser.parse_args()
    rnd = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = tmp
        if args.encrypted:
            os.environ["CONSULT_PASSPHRASE"] = "crash harness passphrase"
            from consult_app.store.connection import offer_passphrase

            offer_passphrase(os.environ["CONSULT_PASSPHRASE"])
        pair = crash_exchange.make_pair(Path(tmp))
        start, failed = time.perf_counter(), 0
        for n in range(args.trials):
            problems = trial(pair, Path(tmp), n, rnd, args.size)
            if problems:
                failed += 1
                print(f"  trial {n + 1}: {problems}", flush=True)
            if (n + 1) % 25 == 0:
                print(f"  {n + 1} kills, {failed} with a problem", flush=True)
    print(
        f"\n{args.trials} kills of `consult-app packet import` ({'encrypted' if args.encrypted else 'plain'}), {failed} with a problem ({time.perf_counter() - start:.0f} s)"
    )


if __name__ == "__main__":
    main()
