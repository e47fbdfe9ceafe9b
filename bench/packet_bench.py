"""Benchmark: a change packet of 10,000 status events, exported and imported, and what signing and encryption cost.

    .venv/bin/python bench/packet_bench.py [--events 10000]

Targets: under 2 s each on a 2-core machine. The floor, measured in the same
run, is one copy of the workspace with SQLite's backup API (an export copies
the file at least once; an import writes only the rows it changes). The cryptography and the rights check are
timed on their own, on the same packet, so their share of the total shows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from consult_app.exchange import packet  # noqa: E402
from consult_app.ops.workspaces import create as create_workspace  # noqa: E402
from consult_app.store import Workspace, rights, safety  # noqa: E402
from consult_app.store.sync import DbRows, _changes, export_packet, field_copy, find_peer, import_packet, my_keys, my_secrets  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=10_000)
    n = parser.parse_args().events
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = tmp
        s, a = Path(tmp) / "s.consult", Path(tmp) / "a.consult"
        create_workspace(s, demo=True).close()
        with Workspace.open(s) as ws:
            field_copy(ws, a, name="Field", dialogue_code="ML-FR")
        with Workspace.open(a, backups=False) as ws:
            ids = [c.id for c in ws.commitments()]

            def work() -> None:
                for i in range(n):
                    ws.db.table("status_events").insert(
                        {
                            "id": f"bench-{i:06d}",
                            "commitment_id": ids[i % len(ids)],
                            "effective_on": dt.date(2003, 1, 1 + i % 28).isoformat(),
                            "status": "on_track",
                            "note": f"Field report number {i}",
                            "evidence": "",
                            "author": "bench",
                            "recorded_at": "2003-01-01T00:00:00Z",
                            "recorded_where": "bench",
                        }
                    )

            with ws.transaction("bench"):
                work()
            start = time.perf_counter()
            data, header = export_packet(ws)
            export_s = time.perf_counter() - start
            sender = my_secrets(ws)[0]
        with Workspace.open(s, backups=False) as ws:
            secrets, partner = my_secrets(ws), find_peer(ws, "Field")
            start = time.perf_counter()
            opened = packet.open_packet(data, secrets=secrets, partners={partner.keys.sign: partner.name})
            open_s = time.perf_counter() - start
            start = time.perf_counter()
            packet.seal(opened.header, opened.changeset, sender=sender, recipient=my_keys(ws))
            seal_s = time.perf_counter() - start
            start = time.perf_counter()
            rows = DbRows(ws.conn)
            rights.check(_changes(opened.changeset, rows), rights.RIGHTS[partner.kind], partner.scope_dialogue_id, rows)
            check_s = time.perf_counter() - start
            start = time.perf_counter()
            report = import_packet(ws, data)
            import_s = time.perf_counter() - start
            assert report.written and report.added["status_events"] == n
            start = time.perf_counter()
            safety.backup_to(ws.conn, Path(tmp) / "floor.consult")
            floor_s = time.perf_counter() - start
        size = a.stat().st_size
    print(
        "| status events | packet size | export (s) | import (s) | sign + encrypt (s) | decrypt + verify (s) | rights and domain checks (s) | floor: one backup-API copy (s) | workspace size |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {n:,} | {len(data) / 1024:,.0f} KiB | {export_s:.2f} | {import_s:.2f} | {seal_s:.3f} | {open_s:.3f} | {check_s:.2f} | {floor_s:.3f} | {size / 1024 / 1024:.1f} MiB |"
    )


if __name__ == "__main__":
    main()
