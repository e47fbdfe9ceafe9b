"""What checking negotiated minutes against their record costs when a workspace opens.

    .venv/bin/python bench/open_check_bench.py [--large bench/large.consult] [--negotiate 1000] [--runs 15]

Opening a workspace (the window, and the command line's commands that print
open-time notices) names every negotiated minutes that no longer match their
record (``ops.notices.notices``, ``Workspace.minutes_out_of_step``). This
times that check alone — the median of ``--runs`` calls on an open workspace —
and, beside it, opening the file to read:

- the demo, with ML-FR session 3 agreed by sign-off (one negotiated session);
- ``--large`` as ``bench/generate.py`` makes it (its minutes agreed before
  Consult kept versions: nothing to check), then a copy of it where
  ``--negotiate`` sessions were taken back to draft, circulated and signed off
  by both heads (each a hashed version with its six items' texts).
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from consult_app.ops import minutes as minutes_ops  # noqa: E402
from consult_app.ops.notices import notices  # noqa: E402
from consult_app.ops.workspaces import create  # noqa: E402
from consult_app.store import Workspace  # noqa: E402


def median_ms(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def agree(ws: Workspace, session_id: str) -> None:
    s = ws.session(session_id)
    minutes_ops.circulate(ws, session_id)
    for p in ws.dialogue(s.dialogue_id).parties:
        minutes_ops.sign_off(ws, session_id, ws.head_of_delegation(session_id, p.id) or f"Head of {p.code}", party_id=p.id)


def measure(label: str, path: Path, runs: int) -> None:
    opening = median_ms(lambda: Workspace.open_to_read(path).close(), max(3, runs // 3))
    with Workspace.open_to_read(path) as ws:
        negotiated = ws.conn.execute("SELECT count(DISTINCT session_id) FROM minutes_versions").fetchone()[0]
        found = len(notices(ws))
        check = median_ms(lambda: notices(ws), runs)
    print(f"{label}: {negotiated} negotiated sessions, {found} notices; open to read {opening:.1f} ms, the check {check:.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", type=Path, default=Path("bench/large.consult"))
    parser.add_argument("--negotiate", type=int, default=1000, help="sessions of the large workspace to agree by sign-off")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.consult"
        with create(demo, demo=True) as ws:
            agree(ws, ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3).id)
        measure("demo", demo, args.runs)
        if not args.large.exists():
            print(f"{args.large} is missing: make it with bench/generate.py large")
            return
        measure("large", args.large, args.runs)
        copy = Path(folder) / "large.consult"
        shutil.copyfile(args.large, copy)
        conn = sqlite3.connect(copy)
        with conn:  # back to draft, as if never agreed (past the trigger that forbids it, put back as it was): ops then agree them
            (trigger,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'sessions_agreed_minutes_stay'").fetchone()
            conn.execute("DROP TRIGGER sessions_agreed_minutes_stay")
            conn.execute("UPDATE sessions SET minutes_state = 'draft' WHERE id IN (SELECT id FROM sessions ORDER BY starts_on LIMIT ?)", (args.negotiate,))
            conn.execute(trigger)
        conn.close()
        start = time.perf_counter()
        with Workspace.open(copy, backups=False) as ws:
            for (session_id,) in ws.conn.execute("SELECT id FROM sessions WHERE minutes_state = 'draft'").fetchall():
                agree(ws, session_id)
        print(f"({args.negotiate} sessions agreed by sign-off in {time.perf_counter() - start:.0f} s)")
        measure(f"large, {args.negotiate} agreed by sign-off", copy, args.runs)


if __name__ == "__main__":
    main()
