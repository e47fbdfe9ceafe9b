"""Crash harness for the exchange: kill `packet export` and `packet import` on both sides, then check nothing is lost.

A child process runs the exchange between a secretariat and its ML-FR field
copy ("Bamako embassy") in a loop: the field copy logs a status and exports,
the secretariat imports, logs a status and exports back, the field copy
imports. It prints each status event's id only after its commit, and each
packet's number only after the export or import returned. The child is killed
with SIGKILL, then the parent:

1. runs ``check`` on both files (which recovers an interrupted write, as
   every opening does): it must pass;
2. goes on with the exchange: any packet exported but not yet imported is
   taken from the sender's outbox and imported (a retry), then one new packet
   each way must be accepted;
3. checks that every event the child reported is present on both sides.

Two ways to kill: at each named step of an export or import (the
``CONSULT_CRASH_AT=label#n`` hook in ``store/sync.py``; deterministic, run by
``make test`` in tests/store/test_crash_exchange.py), and at random moments
(``--trials N``, for the README's figures):

    .venv/bin/python bench/crash_exchange.py --trials 300
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
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from consult_app.store.connection import connect  # noqa: E402

LABELS = [f"export:{step}" for step in ("outbox", "next", "committed", "done")] + [
    f"import:{step}" for step in ("worked-out", "applied", "inbox", "committed", "base", "done")
]
# The first export and import of each round go from the field copy to the secretariat, the second back.
POINTS = [f"{label}#{n}" for n in (1, 2) for label in LABELS]
COPY = "Bamako embassy"


def child(s: str, f: str) -> None:
    """Exchange in a loop (three rounds at most when a crash point is set), reporting after each commit."""
    from consult_app.store import Workspace
    from consult_app.store.connection import offer_passphrase
    from consult_app.store.sync import export_packet, import_packet

    offer_passphrase(os.environ.get("CONSULT_PASSPHRASE", ""))  # an encrypted pair (--encrypted)
    rounds = 3 if os.environ.get("CONSULT_CRASH_AT") else 10**9
    for n in range(rounds):
        with Workspace.open(f) as ws:
            event = ws.log_status(ws.commitment_by_ref("MLFR-2001-01").id, "on_track", note=f"field {n}", author="harness")
            print("F", event.id, flush=True)
            data, header = export_packet(ws)
            print("exported F", header["seq"], flush=True)
        with Workspace.open(s) as ws:
            print("importing S", flush=True)
            report = import_packet(ws, data)
            print("imported S", header["seq"], report.written, flush=True)
            event = ws.log_status(ws.commitment_by_ref("MLFR-2001-02").id, "at_risk", note=f"secretariat {n}", author="harness")
            print("S", event.id, flush=True)
            data, header = export_packet(ws, COPY)
            print("exported S", header["seq"], flush=True)
        with Workspace.open(f) as ws:
            print("importing F", flush=True)
            report = import_packet(ws, data)
            print("imported F", header["seq"], report.written, flush=True)
    print("done", flush=True)


@dataclass
class Pair:
    s: Path
    f: Path
    events: dict[str, set[str]] = field(default_factory=lambda: {"F": set(), "S": set()})


def make_pair(folder: Path) -> Pair:
    """The demo secretariat and its ML-FR field copy; both encrypted when ``CONSULT_PASSPHRASE`` is set (``--encrypted``)."""
    from consult_app.ops.workspaces import create as create_workspace
    from consult_app.store import Workspace
    from consult_app.store.connection import new_key
    from consult_app.store.sync import field_copy

    passphrase = os.environ.get("CONSULT_PASSPHRASE")
    s, f = folder / "secretariat.consult", folder / "bamako.consult"
    if passphrase:
        create_workspace(s, demo=True, key=new_key(passphrase)).close()
    else:
        create_workspace(s, demo=True).close()
    with Workspace.open(s) as ws:
        field_copy(ws, f, name=COPY, dialogue_code="ML-FR", key=new_key(passphrase) if passphrase else None)
    return Pair(s, f)


@dataclass
class Outcome:
    reported: int  # events the child reported committed
    lost: int  # of those, missing afterwards on either side
    check_failures: list[str]
    blocked: str | None  # why the exchange could not go on, if it could not
    killed: bool
    recovered: int = 0  # interrupted writes of a workspace that `check` recovered


def run_child(pair: Pair, *, crash_at: str | None = None, delay: float | None = None, after: str = "") -> tuple[list[str], bool, str | None]:
    """Run the exchange loop; kill it at the step ``crash_at``, or ``delay`` seconds after its first line starting with ``after``
    (any line: the first commit), or the n-th such line with ``after="importing#n"``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("CONSULT_CRASH_AT", None)
    if crash_at:
        env["CONSULT_CRASH_AT"] = crash_at
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(pair.s), str(pair.f)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    first = ""
    if delay is not None:
        assert proc.stdout is not None
        prefix, _, nth = after.partition("#")
        for _ in range(int(nth or 1)):
            while not (line := proc.stdout.readline()).startswith(prefix) and line:
                first += line
            first += line  # from here on (the first commit, or an import starting), a kill can land anywhere
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
    out, err = proc.communicate(timeout=300)
    failed = None
    if proc.returncode not in (0, -signal.SIGKILL):
        failed = f"the exchange failed: {(err.strip().splitlines() or [str(proc.returncode)])[-1]}"
    lines = (first + out).splitlines()
    return lines, proc.returncode == -signal.SIGKILL, failed


def catch_up(sender: Path, receiver: Path, partner: str) -> None:
    """Import, in order, every packet the sender committed and the receiver has not yet imported (from the outbox)."""
    from consult_app.store import Workspace
    from consult_app.store.sync import _box, _slug, find_peer, import_packet

    with Workspace.open(sender) as ws:
        sent = find_peer(ws, partner).sent
        outbox = _box(sender, "outbox")
        me = ws.meta("device_name") or ""
    with Workspace.open(receiver) as ws:
        for seq in range(find_peer(ws, me).received + 1, sent + 1):
            report = import_packet(ws, (outbox / f"{_slug(partner)}-{seq:04d}.packet").read_bytes())
            assert report.written, f"packet {seq} from {me} was not applied: {report.lines()}"


def go_on(pair: Pair) -> None:
    """The next packet each way is accepted."""
    from consult_app.store import Workspace
    from consult_app.store.sync import export_packet, import_packet

    for sender, receiver, to, ref, side in ((pair.f, pair.s, None, "MLFR-2001-03", "F"), (pair.s, pair.f, COPY, "MLFR-2001-04", "S")):
        with Workspace.open(sender) as ws:
            pair.events[side].add(ws.log_status(ws.commitment_by_ref(ref).id, "on_track", note="after the crash").id)
            data, _ = export_packet(ws, to)
        with Workspace.open(receiver) as ws:
            assert import_packet(ws, data).written


def trial(pair: Pair, inspect=None, **how) -> Outcome:
    """Run the child until it is killed (``how``), let ``inspect(pair)`` look at the files as the kill left them, then check."""
    from consult_app.domain.errors import ConsultError
    from consult_app.store import check_workspace

    lines, killed, failed = run_child(pair, **how)
    if inspect is not None:
        inspect(pair)
    reported = {side: {line.split()[1] for line in lines if line.startswith(side + " ")} for side in ("F", "S")}
    for side in ("F", "S"):
        pair.events[side] |= reported[side]
    failures, recovered = [], 0
    for path in (pair.s, pair.f):
        try:
            report = check_workspace(path)  # the product recovers an interrupted write, not the harness
        except ConsultError as exc:
            failures.append(f"{path.name}: check refused it: {exc}")
            continue
        failures += [f"{path.name}: {p}" for p in report.problems]
        recovered += sum(1 for n in report.notices if n.startswith("Recovered an interrupted write"))
    blocked = failed
    try:
        catch_up(pair.f, pair.s, "Secretariat")
        catch_up(pair.s, pair.f, COPY)
        go_on(pair)
    except Exception as exc:  # noqa: BLE001 - any failure here is what the harness counts
        blocked = blocked or f"{type(exc).__name__}: {exc}"
    lost = 0
    for path in (pair.s, pair.f):
        conn = connect(path, readonly=True)
        present = {r[0] for r in conn.execute("SELECT id FROM status_events")}
        conn.close()
        lost += len((pair.events["F"] | pair.events["S"]) - present)
        failures += [f"{path.name}: {p}" for p in index_differences(path)]
    return Outcome(sum(len(v) for v in reported.values()), lost, failures, blocked, killed, recovered)


def index_differences(path: Path) -> list[str]:
    """The search index as the imports left it must equal a full rebuild of the same data."""
    from consult_app.store import Workspace

    def entries(ws) -> list[tuple]:
        rows = ws._rows("SELECT kind, item_id, dialogue_id, label, display, body FROM search_index")
        mapped = ws._one("SELECT count(*) AS n FROM search_rows s JOIN search_index i ON i.rowid = s.fts_rowid AND i.item_id = s.item_id")["n"]
        return sorted(tuple(r.values()) for r in rows) + [("mapped", mapped, ws._one("SELECT count(*) AS n FROM search_rows")["n"])]

    with Workspace.open(path, backups=False) as ws:
        before = entries(ws)
        with ws.transaction("test"):
            ws._reindex_all()
        after = entries(ws)
    return [] if before == after else [f"the search index differs from a full rebuild ({len(set(before) ^ set(after))} entries)"]


def run_points(folder: Path, points: list[str] = POINTS) -> list[tuple[str, Outcome]]:
    """One kill at each named step of an export and an import, in both directions, on one pair of files."""
    pair = make_pair(folder)
    return [(point, trial(pair, crash_at=point)) for point in points]


def run_random(folder: Path, trials: int, seed: int = 2026, verbose: bool = False, during_import: bool = False) -> dict[str, int]:
    """Kills at random moments; ``during_import``: within the first 0.4 s of a random one of the first four imports."""
    rnd = random.Random(seed)
    pair = make_pair(folder)
    totals = {"trials": 0, "reported": 0, "lost": 0, "check failures": 0, "blocked": 0, "recovered": 0}
    for n in range(trials):
        how = dict(delay=rnd.uniform(0.0, 0.4), after=f"importing#{rnd.randint(1, 4)}") if during_import else dict(delay=rnd.uniform(0.0, 1.5))
        outcome = trial(pair, **how)
        totals["trials"] += 1
        totals["reported"] += outcome.reported
        totals["lost"] += outcome.lost
        totals["check failures"] += bool(outcome.check_failures)
        totals["blocked"] += bool(outcome.blocked)
        totals["recovered"] += outcome.recovered
        if outcome.blocked or outcome.lost or outcome.check_failures:
            print(f"  trial {n + 1}: {outcome}", flush=True)
        if verbose and (n + 1) % 25 == 0:
            print(f"  {n + 1} kills: {totals}", flush=True)
    return totals


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=300, help="kills at random moments (after the named steps)")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--encrypted", action="store_true", help="both workspaces encrypted (CONSULT_PASSPHRASE, passed to every child)")
    parser.add_argument("--no-points", action="store_true", help="only the random kills")
    parser.add_argument("--during-import", action="store_true", help="each random kill lands while a packet is being imported")
    args = parser.parse_args()
    if args.encrypted:
        os.environ.setdefault("CONSULT_PASSPHRASE", "crash harness passphrase")
        from consult_app.store.connection import offer_passphrase

        offer_passphrase(os.environ["CONSULT_PASSPHRASE"])
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = tmp
        (Path(tmp) / "points").mkdir()
        for point, outcome in [] if args.no_points else run_points(Path(tmp) / "points"):
            print(
                f"  {point:22} killed={outcome.killed} reported={outcome.reported} lost={outcome.lost} "
                f"check={'ok' if not outcome.check_failures else outcome.check_failures} exchange={'goes on' if not outcome.blocked else outcome.blocked}"
            )
        (Path(tmp) / "random").mkdir()
        totals = run_random(Path(tmp) / "random", args.trials, args.seed, verbose=True, during_import=args.during_import)
    print(
        f"\nNamed steps: {0 if args.no_points else len(POINTS)} kills. Random moments: {totals['trials']:,} kills, {totals['reported']:,} events reported "
        f"committed, {totals['lost']} lost, {totals['check failures']} check failures, {totals['blocked']} blocked exchanges, "
        f"{totals['recovered']} interrupted workspace writes recovered "
        f"({time.perf_counter() - start:.0f} s)"
    )


if __name__ == "__main__":
    main()
