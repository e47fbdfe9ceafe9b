"""Crash-safety harness: kill every kind of writer with SIGKILL at random moments; check nothing was lost.

Each *target* runs one kind of writer in a child process, through the same
code a user runs (the store, the command line, the window), and kills it
with SIGKILL at a random moment. After every kill the parent judges the file
the way Consult itself would — ``check_workspace`` first, so an interrupted
write must be recovered by the product and not by the harness — then checks
that every change the child reported as committed is present, and that the
interrupted operation can simply be run again.

| target | the writer | what must hold after the kill and a retry |
|---|---|---|
| status | appends status events in a loop, printing each id after its commit | every reported event present |
| import | ``consult-app import`` of a large interchange file | all of it or none of it; the retry imports it |
| backup-create | ``consult-app backup create`` | the workspace unchanged; every snapshot listed verifies |
| backup-restore | ``consult-app backup restore PATH 1`` | the workspace is either as before or as the snapshot |
| open | the window opening an old-format file (snapshot, migration, re-index) | the content unchanged; it opens |
| encrypt | ``consult-app encrypt`` of a workspace with snapshots | the old file or the encrypted one, whole; the retry encrypts it; no snapshot left in the clear |

``make test`` runs a few trials of each (tests/store/test_crash.py); for the
README's figures::

    .venv/bin/python bench/crash.py --trials 1000

The child says "ready" only after its first commit (status) or just before
the work starts (the others), so the kill lands inside the work however busy
the machine is; no count depends on wall-clock speed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@dataclass
class Outcome:
    """What one kill left behind."""

    reported: int = 0  # changes the child reported as committed
    lost: int = 0  # of those, missing afterwards
    integrity_failures: int = 0  # check_workspace found a problem (or could not open the file)
    blocked: int = 0  # the interrupted operation could not be run again
    recovered: int = 0  # interrupted writes (hot journals) the product recovered
    problems: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- children


def child_status(path: str, ref: str) -> None:
    """Append events forever through the store, printing each id after its commit."""
    from consult_app.store import Workspace

    ws = Workspace.open(path, backups=False)
    commitment = ws.commitment_by_ref(ref)
    statuses = ws.dialogue(commitment.dialogue_id).scale.codes()
    n = 0
    while True:
        event = ws.log_status(commitment.id, statuses[n % len(statuses)], note=f"crash trial event {n} " + "x" * 2000, author="harness")
        print(event.id, flush=True)
        if n == 0:
            print("ready", flush=True)
        n += 1


def child_cli(*argv: str) -> None:
    """Run one command of the command line in this process."""
    from consult_app.cli import main

    print("ready", flush=True)
    code = main(list(argv))
    print(f"exit {code}", flush=True)


def child_open(path: str) -> None:
    """Open the window on PATH (offscreen) and quit once it has painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from consult_app.ui import application

    app = QApplication.instance() or QApplication([])
    QTimer.singleShot(0, app.quit)
    print("ready", flush=True)
    code = application.run_gui(Path(path))
    print(f"exit {code}", flush=True)


CHILDREN = {"status": child_status, "cli": child_cli, "open": child_open}


def spawn(kind: str, *args: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--child", kind, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


def time_to_finish(proc: subprocess.Popen) -> float:
    """Let a child run to its end; return the seconds from its "ready" to its exit (the window a kill must hit)."""
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "ready":
            break
    start = time.perf_counter()
    proc.communicate()
    return time.perf_counter() - start


def kill_after_ready(proc: subprocess.Popen, delay: float) -> list[str]:
    """Wait for "ready", sleep ``delay``, SIGKILL; return every line the child printed."""
    assert proc.stdout is not None
    lines = []
    for line in proc.stdout:
        lines.append(line.strip())
        if line.strip() == "ready":
            break
    else:
        err = proc.stderr.read() if proc.stderr else ""
        raise RuntimeError(f"the child ended before it was ready: {lines} {err}")
    time.sleep(delay)
    try:
        os.kill(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    out, _ = proc.communicate()
    return lines + [line.strip() for line in out.splitlines() if line.strip()]


def run_cli(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "consult_app.cli", *argv], capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=300
    )


def run_again(outcome: Outcome, what: str, *argv: str) -> subprocess.CompletedProcess:
    """Run the interrupted command again; count it as blocked if it fails."""
    retry = run_cli(*argv)
    if retry.returncode != 0:
        outcome.blocked += 1
        outcome.problems.append(f"{what} could not be run again: {retry.stderr.strip()}")
    return retry


# --------------------------------------------------------------------------- judging


def judge(path: Path, outcome: Outcome) -> bool:
    """Check the file as Consult does (recovering an interrupted write); False when it is not healthy."""
    from consult_app.domain.errors import ConsultError
    from consult_app.store import check_workspace

    try:
        report = check_workspace(path)
    except ConsultError as exc:
        outcome.integrity_failures += 1
        outcome.problems.append(f"check refused the file: {exc}")
        return False
    outcome.recovered += sum(1 for n in report.notices if n.startswith("Recovered an interrupted write"))
    if not report.healthy:
        outcome.integrity_failures += 1
        outcome.problems.append("; ".join(report.problems[:3]))
        return False
    return True


def export_text(path: Path) -> str:
    from consult_app.exchange.interchange import dumps, to_document
    from consult_app.store import Workspace

    with Workspace.open_to_read(path) as ws:
        return dumps(to_document(ws.bundle()))


# --------------------------------------------------------------------------- targets


class Target:
    name = ""

    def __init__(self, folder: Path):
        from consult_app.ops.workspaces import create as create_workspace

        self.folder = folder
        self.base = folder / f"{self.name}-base.consult"
        create_workspace(self.base, demo=True).close()
        self.path = folder / f"{self.name}.consult"

    def fresh(self) -> None:
        """A new copy of the base workspace for this trial (a real file, with its own identity)."""
        from consult_app.store import Workspace

        self.path.unlink(missing_ok=True)
        with Workspace.open(self.base, backups=False) as ws:
            ws.save_copy(self.path)

    def trial(self, rnd: random.Random) -> Outcome:
        raise NotImplementedError


class StatusTarget(Target):
    name = "status"
    max_delay = 0.25

    def trial(self, rnd: random.Random) -> Outcome:
        from consult_app.store import Workspace

        outcome = Outcome()
        if not self.path.exists():
            self.fresh()
        lines = kill_after_ready(spawn("status", str(self.path), "MLFR-2002-01"), rnd.uniform(0.0, self.max_delay))
        reported = [x for x in lines if x not in ("ready",) and not x.startswith("exit")]
        outcome.reported = len(reported)
        if not judge(self.path, outcome):
            return outcome
        with Workspace.open(self.path, backups=False) as ws:  # it opens for writing, as the window would
            present = {e.id for e in ws.events(ws.commitment_by_ref("MLFR-2002-01").id)}
        outcome.lost = sum(1 for r in reported if r not in present)
        return outcome


class ImportTarget(Target):
    name = "import"

    def __init__(self, folder: Path, commitments: int = 1500):
        super().__init__(folder)
        self.json = folder / "large-import.json"
        self.json.write_text(_large_bundle_text(commitments), "utf-8")
        self.before = export_text(self.base)
        self.fresh()  # one uninterrupted run tells how long the work takes
        self.duration = time_to_finish(spawn("cli", "import", str(self.path), str(self.json)))

    def trial(self, rnd: random.Random) -> Outcome:
        outcome = Outcome()
        self.fresh()
        # reading and checking the file come first, writing it last: aim most kills at the writing
        lines = kill_after_ready(spawn("cli", "import", str(self.path), str(self.json)), self.duration * rnd.uniform(0.3, 1.05))
        finished = "exit 0" in lines
        outcome.reported = int(finished)
        if not judge(self.path, outcome):
            return outcome
        text = export_text(self.path)
        imported = "CRASH-0" in text
        if finished and not imported:
            outcome.lost += 1
        if not imported and text != self.before:
            outcome.integrity_failures += 1
            outcome.problems.append("a partial import is visible")
        if not imported and run_again(outcome, "the import", "import", str(self.path), str(self.json)).returncode == 0:
            if "CRASH-0" not in export_text(self.path):
                outcome.lost += 1
                outcome.problems.append("the import said it succeeded but its content is missing")
        return outcome


class BackupCreateTarget(Target):
    name = "backup-create"

    def __init__(self, folder: Path):
        super().__init__(folder)
        self.fresh()
        self.before = export_text(self.path)
        self.duration = time_to_finish(spawn("cli", "backup", "create", str(self.path)))

    def trial(self, rnd: random.Random) -> Outcome:
        from consult_app.store import backups, safety

        outcome = Outcome()
        lines = kill_after_ready(spawn("cli", "backup", "create", str(self.path)), rnd.uniform(0.0, self.duration))
        outcome.reported = sum(1 for x in lines if x.startswith("Snapshot written"))
        if not judge(self.path, outcome):
            return outcome
        if export_text(self.path) != self.before:
            outcome.lost += 1
        snaps = backups.listing(self.path)
        bad = [s for s in snaps if not safety.verify(s.path)]
        if bad:
            outcome.integrity_failures += 1
            outcome.problems.append(f"{len(bad)} listed snapshot(s) do not verify")
        run_again(outcome, "backup create", "backup", "create", str(self.path))
        return outcome


class BackupRestoreTarget(Target):
    name = "backup-restore"

    def __init__(self, folder: Path):
        super().__init__(folder)
        self.snapshot_state = export_text(self.base)
        self.prepare()
        self.duration = time_to_finish(spawn("cli", "backup", "restore", str(self.path), "1"))

    def prepare(self) -> None:
        """A fresh file with one snapshot, then a change after it."""
        from consult_app.store import Workspace

        self.fresh()
        with Workspace.open(self.path, backups=False) as ws:
            ws.snapshot("the state to restore")
            ws.log_status(ws.commitment_by_ref("MLFR-2002-01").id, "at_risk", note="after the snapshot", author="harness")

    def trial(self, rnd: random.Random) -> Outcome:
        outcome = Outcome()
        self.prepare()
        snapshot_state, changed_state = self.snapshot_state, export_text(self.path)
        lines = kill_after_ready(spawn("cli", "backup", "restore", str(self.path), "1"), rnd.uniform(0.0, self.duration))
        outcome.reported = sum(1 for x in lines if x.startswith("Restored"))
        if not judge(self.path, outcome):
            return outcome
        now = export_text(self.path)
        if now not in (snapshot_state, changed_state) or (outcome.reported and now != snapshot_state):
            outcome.lost += 1
            outcome.problems.append("the workspace is neither as before nor as the snapshot")
        run_again(outcome, "restore", "backup", "restore", str(self.path), "latest")
        return outcome


class OpenTarget(Target):
    name = "open"

    def __init__(self, folder: Path):
        self.folder = folder
        self.old = ROOT / "tests" / "data" / "schema-v1.consult"
        self.path = folder / "open.consult"
        shutil.copy(self.old, self.path)
        self.before = export_text(self.path)  # opening to read upgrades a copy of the old file…
        shutil.copy(self.old, self.path)
        self.duration = time_to_finish(spawn("open", str(self.path)))

    def trial(self, rnd: random.Random) -> Outcome:
        from consult_app.store import Workspace

        outcome = Outcome()
        shutil.copy(self.old, self.path)  # …so each trial starts from the old format again
        lines = kill_after_ready(spawn("open", str(self.path)), rnd.uniform(0.0, self.duration))
        outcome.reported = int("exit 0" in lines)
        try:
            with Workspace.open(self.path, backups=False):  # the window's next start: recover, migrate, open
                pass
        except Exception as exc:  # noqa: BLE001 (any failure to reopen is what this target counts)
            outcome.blocked += 1
            outcome.problems.append(f"the workspace does not open again: {exc}")
            return outcome
        if not judge(self.path, outcome):
            return outcome
        if export_text(self.path) != self.before:
            outcome.lost += 1
            outcome.problems.append("the content changed")
        return outcome


class EncryptTarget(Target):
    """``consult-app encrypt``: export beside, verify, re-encrypt the snapshots, swap (store/encryption.py)."""

    name = "encrypt"
    passphrase = "crash harness passphrase"

    def __init__(self, folder: Path):
        from consult_app.store import connection

        super().__init__(folder)
        os.environ["CONSULT_PASSPHRASE"] = self.passphrase  # for the children; harmless to plain files
        connection.offer_passphrase(self.passphrase)  # for judging here
        self.before = export_text(self.base)
        self.prepare()
        self.duration = time_to_finish(spawn("cli", "encrypt", str(self.path)))

    def prepare(self) -> None:
        """A fresh plain file with two snapshots of its own (made here, as BackupRestoreTarget's: two processes fewer a trial)."""
        from consult_app.store import Workspace

        self.fresh()
        for _ in range(2):
            with Workspace.open(self.path, backups=False) as ws:
                ws.snapshot("on request")  # as `consult-app backup create` takes it

    def trial(self, rnd: random.Random) -> Outcome:
        from consult_app.store import connection, safety

        outcome = Outcome()
        self.prepare()
        lines = kill_after_ready(spawn("cli", "encrypt", str(self.path)), rnd.uniform(0.0, self.duration * 1.05))
        outcome.reported = int("exit 0" in lines)
        if not judge(self.path, outcome):
            return outcome
        if export_text(self.path) != self.before:
            outcome.lost += 1
            outcome.problems.append("the content changed")
        encrypted = connection.is_encrypted(self.path)
        if outcome.reported and not encrypted:
            outcome.lost += 1
            outcome.problems.append("encrypt said it was done but the file is plain")
        if not encrypted:
            run_again(outcome, "encrypt", "encrypt", str(self.path))
        plain = [s.path.name for s in safety.snapshots(safety.identity_of(self.path)) if not connection.is_encrypted(s.path)]
        if plain or not connection.is_encrypted(self.path):
            outcome.integrity_failures += 1
            outcome.problems.append(f"left in the clear after the retry: {plain or [self.path.name]}")
        return outcome


TARGETS = {t.name: t for t in (StatusTarget, ImportTarget, BackupCreateTarget, BackupRestoreTarget, OpenTarget, EncryptTarget)}


def _large_bundle_text(commitments: int) -> str:
    """A dialogue with many commitments and events, not in the demo (codes CRASH-…)."""
    import datetime as dt

    from consult_app.domain.model import Bundle, Commitment, Dialogue, Party, StatusEvent
    from consult_app.exchange.interchange import dumps, to_document

    d = Dialogue(code="CRASH", name={"en": "Crash harness dialogue"}, parties=[Party("AA", "Aland", is_home=True), Party("BB", "Borduria")], languages=["en"])
    b = Bundle(dialogues=[d])
    for n in range(commitments):
        c = Commitment(d.id, f"CRASH-{n}", {"en": f"Commitment {n} of the crash harness " + "text " * 40}, d.parties[n % 2].id)
        b.commitments.append(c)
        b.events.append(StatusEvent(c.id, dt.date(2003, 1, 1), "on_track", note="note " * 30, recorded_at="2003-01-01T00:00:00Z"))
    return dumps(to_document(b))


# --------------------------------------------------------------------------- running


def run(trials: dict[str, int], seed: int = 2026, verbose: bool = False) -> dict[str, Outcome]:
    """Run ``trials[target]`` kills of each target; return the sum of the outcomes per target."""
    rnd = random.Random(seed)
    totals: dict[str, Outcome] = {}
    with tempfile.TemporaryDirectory() as tmp:
        saved = os.environ.get("XDG_DATA_HOME")
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")  # the harness's snapshots stay out of the user's folder
        try:
            for name, n in trials.items():
                folder = Path(tmp) / name
                folder.mkdir()
                target = TARGETS[name](folder)
                total = totals[name] = Outcome()
                start = time.perf_counter()
                for i in range(n):
                    o = target.trial(rnd)
                    for f in ("reported", "lost", "integrity_failures", "blocked", "recovered"):
                        setattr(total, f, getattr(total, f) + getattr(o, f))
                    total.problems += o.problems
                    if verbose and ((i + 1) % 25 == 0 or i + 1 == n):
                        print(
                            f"  {name}: {i + 1} kills, {total.reported} committed, {total.lost} lost, "
                            f"{total.integrity_failures} integrity failures, {total.blocked} blocked, "
                            f"{total.recovered} interrupted writes recovered ({time.perf_counter() - start:.0f} s)",
                            flush=True,
                        )
        finally:
            if saved is None:
                os.environ.pop("XDG_DATA_HOME", None)
            else:
                os.environ["XDG_DATA_HOME"] = saved
    return totals


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        CHILDREN[sys.argv[2]](*sys.argv[3:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=1000, help="kills in all, shared among the targets")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--targets", default=",".join(TARGETS), help="comma-separated: " + ", ".join(TARGETS))
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args()
    names = [n for n in args.targets.split(",") if n]
    share = {n: args.trials // len(names) + (1 if i < args.trials % len(names) else 0) for i, n in enumerate(names)}
    start = time.perf_counter()
    totals = run(share, args.seed, verbose=True)
    print("\n| target | kills | committed and reported | lost | integrity failures | blocked | interrupted writes recovered |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, o in totals.items():
        print(f"| {name} | {share[name]:,} | {o.reported:,} | {o.lost} | {o.integrity_failures} | {o.blocked} | {o.recovered} |")
    print(f"\n{sum(share.values()):,} kills in {time.perf_counter() - start:.0f} s")
    for name, o in totals.items():
        for p in o.problems[:5]:
            print(f"  {name}: {p}")
    if args.json:
        args.json.write_text(json.dumps({n: {**o.__dict__, "kills": share[n]} for n, o in totals.items()}, indent=1))


if __name__ == "__main__":
    main()
