"""What encryption at rest costs: the medium workspace, encrypted vs plain, measured alternately in the same run.

    .venv/bin/python bench/generate.py medium     (once: bench/medium.consult)
    .venv/bin/python bench/crypt_bench.py [--runs 5]

For each measure the two files take turns (plain, encrypted, plain, …) so that
whatever else the machine does weighs on both alike; the figure is the median
of the runs. Measures (issue 14's goal: encrypted ≤ 1.3× plain on each):

- open one register: the biggest dialogue's register shown (1,000 rows), on an open workspace;
- keystroke: filter-as-you-type in that register (median and 95th percentile of each run; the median of the runs)
  — both as bench/scale_bench.py measures them;
- tracker: the progress tracker of that dialogue, laid out to PDF;
- packet import: a field copy's packet of 1,000 status events imported by the secretariat;
- and, for the record, opening the workspace (recognise, key derivation for the encrypted one, schema and integrity checks).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from scale_bench import register_timings  # noqa: E402  (the same register and keystroke measures)

PASSPHRASE = "benchmark passphrase of some length"
EVENTS = 1_000


def biggest_dialogue(ws):
    return max(ws.dialogues(), key=lambda d: len(ws.commitments(d.id)))


def open_workspace(path: Path) -> float:
    from consult_app.store import Workspace, connection

    connection.forget_keys()  # the passphrase is typed once per open: its key derivation counts
    connection.offer_passphrase(PASSPHRASE)
    start = time.perf_counter()
    Workspace.open(path, backups=False, readonly=True).close()
    return time.perf_counter() - start


def tracker(path: Path) -> float:
    from consult_app.ops import documents
    from consult_app.store import Workspace

    with Workspace.open(path, backups=False, readonly=True) as ws:
        start = time.perf_counter()
        documents.tracker(ws, biggest_dialogue(ws).id, dt.date(2030, 1, 1)).render()
        return time.perf_counter() - start


class Exchange:
    """A secretariat (a copy of ``path``) with a field copy of one dialogue and a packet of EVENTS status events from it."""

    def __init__(self, path: Path, folder: Path, encrypted: bool):
        from consult_app.store import Workspace, connection
        from consult_app.store.sync import export_packet, field_copy

        folder.mkdir()
        self.secretariat, copy = folder / "s.consult", folder / "f.consult"
        shutil.copy(path, self.secretariat)
        key = connection.new_key(PASSPHRASE + " (field copy)") if encrypted else None
        with Workspace.open(self.secretariat, backups=False) as ws:
            dialogue = biggest_dialogue(ws)
            field_copy(ws, copy, name="Field", dialogue_code=dialogue.code, key=key)
        with Workspace.open(copy, backups=False) as ws:
            commitments = ws.commitments(dialogue.id)
            scale = dialogue.scale.codes()

            with ws.transaction("bench"):
                for n in range(EVENTS):
                    ws.log_status(commitments[n % len(commitments)].id, scale[n % len(scale)], note=f"bench {n}")
            self.packet, _ = export_packet(ws)
        self.kept = folder / "kept"  # the secretariat's side as it was before the import, put back before each run
        self.kept.mkdir()
        shutil.copy(self.secretariat, self.kept / "s.consult")
        shutil.copytree(folder / "s.consult-exchange", self.kept / "s.consult-exchange")

    def import_once(self) -> float:
        from consult_app.store import Workspace
        from consult_app.store.sync import import_packet

        shutil.copy(self.kept / "s.consult", self.secretariat)
        shutil.rmtree(self.secretariat.with_name("s.consult-exchange"))
        shutil.copytree(self.kept / "s.consult-exchange", self.secretariat.with_name("s.consult-exchange"))
        with Workspace.open(self.secretariat, backups=False) as ws:
            start = time.perf_counter()
            report = import_packet(ws, self.packet)
            took = time.perf_counter() - start
        assert report.written and report.added["status_events"] == EVENTS
        return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="medium")
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_DATA_HOME"] = os.environ["XDG_CONFIG_HOME"] = str(tmp)
    from consult_app.store import Workspace, connection, encryption

    plain = BENCH / f"{args.size}.consult"
    if not plain.exists():
        from generate import generate

        generate(args.size, plain)
    Workspace.open(plain, backups=False).close()
    encrypted = tmp / f"{args.size}-encrypted.consult"
    with Workspace.open(plain, backups=False, readonly=True) as ws:
        ws.save_copy(encrypted)
    encryption.encrypt(encrypted, PASSPHRASE)
    files = {"plain": plain, "encrypted": encrypted}
    shown = 0
    results: dict[str, dict[str, list[float]]] = {k: {"open": [], "register": [], "keys": [], "keys_p95": [], "tracker": [], "import": []} for k in files}
    exchanges = {k: Exchange(path, tmp / f"exchange-{k}", k == "encrypted") for k, path in files.items()}
    for run in range(args.runs):
        for kind, path in files.items():
            r = results[kind]
            r["open"].append(open_workspace(path))
            opened, median, p95, shown = register_timings(path)
            r["register"].append(opened)
            r["keys"].append(median)
            r["keys_p95"].append(p95)
            r["tracker"].append(tracker(path))
            r["import"].append(exchanges[kind].import_once())
        print(f"run {run + 1} of {args.runs} done", file=sys.stderr, flush=True)
    connection.forget_keys()

    rows = [
        ("open the workspace (s)", "open", statistics.median, "{:.2f}"),
        (f"open one register, {shown:,} rows (ms)", "register", statistics.median, "{:.0f}"),
        ("keystroke filter, median (ms)", "keys", statistics.median, "{:.1f}"),
        ("keystroke filter, 95th percentile (ms)", "keys_p95", statistics.median, "{:.1f}"),
        ("tracker of the biggest dialogue (s)", "tracker", statistics.median, "{:.2f}"),
        (f"packet import, {EVENTS:,} status events (s)", "import", statistics.median, "{:.2f}"),
    ]
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; {args.size} workspace "
        f"({plain.stat().st_size / 1e6:.0f} MB plain, {encrypted.stat().st_size / 1e6:.0f} MB encrypted); {args.runs} runs, alternating\n"
    )
    print("| measure | plain | encrypted | ratio |")
    print("|---|---:|---:|---:|")
    for label, key, stat, fmt in rows:
        a, b = stat(results["plain"][key]), stat(results["encrypted"][key])
        print(f"| {label} | {fmt.format(a)} | {fmt.format(b)} | {b / a:.2f}× |")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
