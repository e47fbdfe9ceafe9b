"""Property test: packets of random changes, signed with the right key, are applied within the sender's rights or refused whole.

A field copy of ML-FR ("Bamako embassy") sends the secretariat packets made of
random row changes — inserts, updates and deletes in random tables (the data
tables, ``meta``, ``peers``, the search tables, a table Consult does not
have), with values valid or hostile (foreign dialogues, statuses off the
scale, dates out of range, NaN, huge numbers, control characters) — each
signed with the field copy's own key, as a stolen laptop could sign them.

After each import an independent oracle compares the secretariat's rows
before and after: either nothing changed at all, or every change of the
packet is there and every difference is one a field copy may make (new status
events, measurements and follow-up actions, edits of follow-up actions, all
in ML-FR, each valid). ``make test`` runs a few hundred examples
(tests/store/test_packet_fuzz.py); for the 1,000 or more of the README:

    .venv/bin/python bench/packet_fuzz.py --examples 1000
"""

from __future__ import annotations

import argparse
import math
import os
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import apsw  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from consult_app.domain.errors import ConsultError  # noqa: E402
from consult_app.exchange import packet  # noqa: E402
from consult_app.ops.workspaces import create as create_workspace  # noqa: E402
from consult_app.store import Workspace, safety  # noqa: E402
from consult_app.store.connection import connect_apsw  # noqa: E402
from consult_app.store.sync import device, field_copy, find_peer, my_keys, my_secrets  # noqa: E402

TABLES = [
    "status_events",
    "measurements",
    "actions",
    "commitments",
    "agenda_items",
    "sessions",
    "dialogues",
    "parties",
    "themes",
    "people",
    "delegation_members",
    "indicators",
    "commitment_reaffirmations",
    "minutes_amendments",
    "meta",
    "peers",
    "search_rows",
    "evil",
]
MAY_ADD = {"status_events", "measurements", "actions"}
ACTION_COLUMNS = {"description", "assignee", "due_on", "state", "commitment_id", "session_id"}
NEVER_COMPARED = ("search_", "sqlite_")  # the search index is rebuilt from the data on every import

hostile_text = st.one_of(st.text(max_size=30), st.sampled_from(["", "FORGED", "x" * 300, "\x00nul", "esc\x1b[31m", "\ud800", "=cmd|' /C calc'!A0"]))
dates = st.one_of(
    st.dates(min_value=__import__("datetime").date(1900, 1, 1), max_value=__import__("datetime").date(2199, 12, 31)).map(str),
    st.sampled_from(["9999-99-99", "0001-01-01", "2300-01-01", "not a date", "", "2003-02-30"]),
)
numbers = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(min_value=-(2**70), max_value=2**70), st.just(70.0))


class Bench:
    """A secretariat, its ML-FR field copy, and what is needed to craft that copy's packets."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.s, self.a = folder / "s.consult", folder / "a.consult"
        create_workspace(self.s, demo=True).close()
        with Workspace.open(self.s) as ws:
            field_copy(ws, self.a, name="Bamako embassy", dialogue_code="ML-FR")
            self.recipient = my_keys(ws)
        with Workspace.open(self.a, readonly=True) as ws:
            self.secrets = my_secrets(ws)[0]
            peer = find_peer(ws, "Secretariat")
            my_id, my_name = device(ws)
            self.header = {
                "workspace_id": ws.workspace_id,
                "schema_version": 4,
                "from_device": my_id,
                "from_name": my_name,
                "to_device": peer.device_id,
                "to_key": peer.box_key,
                "created_at": "2003-01-01T00:00:00Z",
                "kind": "field_copy",
                "scope": peer.scope_dialogue_id,
            }
        self.ws = Workspace.open(self.s, backups=False)
        self.header["schema_version"] = self.ws.conn.execute("PRAGMA user_version").fetchone()[0]
        conn = self.ws.conn
        self.mlfr = conn.execute("SELECT id FROM dialogues WHERE code = 'ML-FR'").fetchone()[0]
        self.ids = {
            t: [r[0] for r in conn.execute(f"SELECT id FROM {t} ORDER BY id")]
            for t in ("commitments", "indicators", "sessions", "actions", "dialogues", "people", "agenda_items")
        }
        self.mine = {
            "commitments": [r[0] for r in conn.execute("SELECT id FROM commitments WHERE dialogue_id = ? ORDER BY id", (self.mlfr,))],
            "indicators": [
                r[0]
                for r in conn.execute(
                    "SELECT i.id FROM indicators i JOIN commitments c ON c.id = i.commitment_id WHERE c.dialogue_id = ? ORDER BY i.id", (self.mlfr,)
                )
            ],
            "actions": [r[0] for r in conn.execute("SELECT id FROM actions WHERE dialogue_id = ? ORDER BY id", (self.mlfr,))],
        }
        self.scale = [
            lv["code"] for lv in __import__("json").loads(conn.execute("SELECT scale FROM dialogues WHERE id = ?", (self.mlfr,)).fetchone()[0])["levels"]
        ]
        self.outcomes: Counter = Counter()
        self.n = 0

    def close(self) -> None:
        self.ws.close()

    # ------------------------------------------------------------------ making packets

    def ops(self):
        """A strategy for one change, biased so that many packets are within the rights and many are not."""
        anyid = st.sampled_from(sorted({i for ids in self.ids.values() for i in ids}) + ["no-such-id"])
        event = st.fixed_dictionaries(
            {
                "id": st.uuids().map(str),
                "commitment_id": st.one_of(st.sampled_from(self.mine["commitments"]), st.sampled_from(self.ids["commitments"])),
                "effective_on": dates,
                "status": st.one_of(st.sampled_from(self.scale), st.sampled_from(["pwned", "", "ON_TRACK"])),
                "note": hostile_text,
                "evidence": hostile_text,
                "author": hostile_text,
                "recorded_at": st.sampled_from(["2003-01-01T10:00:00Z", "not a timestamp", "9999-12-31T00:00:00Z"]),
                "recorded_where": st.just("fuzz"),
            }
        )
        measurement = st.fixed_dictionaries(
            {
                "id": st.uuids().map(str),
                "indicator_id": st.one_of(st.sampled_from(self.mine["indicators"]), st.sampled_from(self.ids["indicators"])),
                "measured_on": dates,
                "value": numbers,
                "source": hostile_text,
            }
        )
        action = st.fixed_dictionaries(
            {
                "id": st.one_of(st.uuids().map(str), st.sampled_from(self.ids["actions"])),  # a new one, or one we have (a conflict)
                "dialogue_id": st.one_of(st.just(self.mlfr), st.sampled_from(self.ids["dialogues"])),
                "commitment_id": st.one_of(st.none(), st.sampled_from(self.ids["commitments"])),
                "session_id": st.one_of(st.none(), st.sampled_from(self.ids["sessions"])),
                "description": hostile_text,
                "assignee": hostile_text,
                "due_on": st.one_of(st.none(), dates),
                "state": st.sampled_from(["open", "done", "in_progress", "cancelled", "pwned"]),
            }
        )
        taken = st.fixed_dictionaries(  # a row we already have, sent as new: what differs would overwrite ours (take theirs)
            {
                "id": st.sampled_from(self.ids["actions"]),
                "dialogue_id": st.just(self.mlfr),
                "description": st.sampled_from(["TAKEN OVER", "Identifier une banque partenaire"]),
                "assignee": st.sampled_from(["", "Oumar Diarra"]),
                "state": st.sampled_from(["open", "done"]),
                "visibility": st.sampled_from(["joint", "internal"]),
            }
        )
        edit = st.tuples(st.sampled_from(sorted(ACTION_COLUMNS | {"dialogue_id", "id"})), st.one_of(hostile_text, dates, anyid, st.none()))
        return st.one_of(
            st.tuples(st.just("insert"), st.just("status_events"), event),
            st.tuples(st.just("insert"), st.just("measurements"), measurement),
            st.tuples(st.just("insert"), st.just("actions"), action),
            st.tuples(st.just("taken"), st.just("actions"), taken),
            st.tuples(st.just("update"), st.just("actions"), st.tuples(st.sampled_from(self.ids["actions"]), edit)),
            st.tuples(
                st.sampled_from(["update", "delete"]),
                st.sampled_from(TABLES),
                st.tuples(
                    st.integers(1, 60),
                    st.tuples(
                        st.sampled_from(["note", "value", "name", "text", "status", "summary", "lines_to_take", "scope_dialogue_id", "x"]),
                        st.one_of(hostile_text, numbers, anyid),
                    ),
                ),
            ),
            st.tuples(
                st.just("insert"),
                st.sampled_from(TABLES),
                st.dictionaries(
                    st.sampled_from(["id", "key", "value", "name", "x", "dialogue_id", "code", "text"]), st.one_of(hostile_text, anyid, numbers), min_size=1
                ),
            ),
        )

    def changeset(self, ops) -> bytes:
        scratch = self.folder / "craft.consult"
        scratch.unlink(missing_ok=True)
        safety.backup_to(self.ws.conn, scratch)
        conn = connect_apsw(scratch)
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        conn.execute("CREATE TABLE evil (id TEXT PRIMARY KEY, x)")
        for op, table, arg in ops:
            if op == "taken":  # gone from the crafting copy, so that the packet adds it
                conn.execute(f'DELETE FROM "{table}" WHERE id = ?', (arg["id"],))
        session = apsw.Session(conn, "main")
        session.attach()
        for op, table, arg in ops:
            try:
                if op in ("insert", "taken"):
                    names = ", ".join(f'"{k}"' for k in arg)
                    conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" * len(arg))})', tuple(_sqlite(v) for v in arg.values()))
                elif op == "update" and table == "actions" and isinstance(arg[0], str):
                    conn.execute(f'UPDATE actions SET "{arg[1][0]}" = ? WHERE id = ?', (_sqlite(arg[1][1]), arg[0]))
                elif op == "update":
                    conn.execute(f'UPDATE "{table}" SET "{arg[1][0]}" = ? WHERE rowid = ?', (_sqlite(arg[1][1]), arg[0]))
                else:
                    conn.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (arg[0],))
            except apsw.Error:
                continue  # no such column, a constraint: that change just is not in the packet
        changeset = session.changeset()
        session.close()
        conn.close()
        scratch.unlink()
        return changeset

    def packet(self, changeset: bytes) -> bytes:
        received = self.ws.conn.execute("SELECT received FROM peers WHERE name = 'Bamako embassy'").fetchone()[0]
        count = sum(1 for _ in apsw.Changeset.iter(changeset))
        return packet.seal(dict(self.header, seq=received + 1, changes=count), changeset, sender=self.secrets, recipient=self.recipient)

    # ------------------------------------------------------------------ the oracle

    def state(self) -> dict[str, dict]:
        conn = self.ws.conn
        out = {}
        for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
            if table.startswith(NEVER_COMPARED):
                continue
            names = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
            pk = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if r[5]] or names
            out[table] = {tuple(row[names.index(k)] for k in pk): dict(zip(names, row)) for row in conn.execute(f'SELECT * FROM "{table}"')}
        return out

    def check(self, changeset: bytes, policy: str | None = None) -> str:
        """Import one packet (conflicts stop it, or ``policy="theirs"`` takes theirs) and judge the outcome; return 'applied', 'refused' or 'conflict'."""
        from consult_app.store.sync import import_packet

        before = self.state()
        try:
            report = import_packet(self.ws, self.packet(changeset), name="fuzz.packet", policy=policy)
        except ConsultError as exc:
            message = str(exc)
            assert "\n" not in message and message.endswith("."), message
            assert self.state() == before, "a refused packet changed something"
            return "refused"
        after = self.state()
        if not report.written:
            assert after == before, "an unwritten packet changed something"
            return "conflict"
        self.judge(before, after, changeset)
        self.index_as_rebuilt()
        return "applied"

    def index_as_rebuilt(self) -> None:
        """The search index the import left (only the rows it changed re-indexed) equals a full rebuild."""

        def entries() -> list:
            return sorted(self.ws.conn.execute("SELECT kind, item_id, dialogue_id, label, display, body FROM search_index").fetchall()) + [
                self.ws.conn.execute("SELECT count(*) FROM search_rows s JOIN search_index i ON i.rowid = s.fts_rowid AND i.item_id = s.item_id").fetchone(),
                self.ws.conn.execute("SELECT count(*) FROM search_rows").fetchone(),
            ]

        imported = entries()
        with self.ws.transaction("fuzz"):
            self.ws._reindex_all()
        assert entries() == imported, "the search index differs from a full rebuild"

    def judge(self, before: dict, after: dict, changeset: bytes) -> None:
        assert set(before) == set(after)
        for table in before:
            old, new = before[table], after[table]
            assert set(old) <= set(new), f"rows of {table} were deleted"
            added = [new[k] for k in set(new) - set(old)]
            changed = [(old[k], new[k]) for k in old if old[k] != new[k]]
            if table == "peers":
                for was, now in changed:
                    assert was["name"] == "Bamako embassy" and {c for c in was if was[c] != now[c]} <= {"received", "received_hash"}
                assert not added
                continue
            if table not in MAY_ADD:
                assert not added and not changed, f"{table} changed"
                continue
            if table in ("status_events", "measurements"):
                assert not changed, f"{table} history was rewritten"
            for was, now in changed:
                assert {c for c in was if was[c] != now[c]} <= ACTION_COLUMNS
            for row in added + [now for _was, now in changed]:
                self.valid(table, row, after)
        for tc in apsw.Changeset.iter(changeset):  # nothing partial: every change of the packet is there
            table = tc.name
            names = [r[1] for r in self.ws.conn.execute(f'PRAGMA table_info("{table}")')]
            values = tc.new if tc.opcode != apsw.SQLITE_DELETE else None
            assert values is not None, "a deletion was applied"
            row = dict(zip(names, values))
            stored = after[table][(row["id"],)] if "id" in row and (row["id"],) in after[table] else None
            if tc.opcode == apsw.SQLITE_UPDATE:
                old = dict(zip(names, tc.old))
                stored = after[table][(old["id"],)]
            assert stored is not None, f"a change to {table} is missing"
            for column, value in row.items():
                if value is not apsw.no_change:
                    assert stored[column] == value or (isinstance(value, float) and math.isnan(value)), f"{table}.{column} not as sent"

    def valid(self, table: str, row: dict, after: dict) -> None:
        commitments, indicators = after["commitments"], after["indicators"]
        if table == "status_events":
            dialogue = commitments[(row["commitment_id"],)]["dialogue_id"]
            assert row["status"] in self.scale
            assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", row["recorded_at"]) and "1900" <= row["recorded_at"][:4] <= "2199"
            dates_ = [row["effective_on"]]
        elif table == "measurements":
            dialogue = commitments[(indicators[(row["indicator_id"],)]["commitment_id"],)]["dialogue_id"]
            assert isinstance(row["value"], (int, float)) and math.isfinite(row["value"])
            dates_ = [row["measured_on"]]
        else:
            dialogue = row["dialogue_id"]
            assert row["description"].strip() and row["state"] in ("open", "in_progress", "done", "cancelled")
            for link, parent in (("commitment_id", "commitments"), ("session_id", "sessions")):
                if row[link] is not None:
                    assert after[parent][(row[link],)]["dialogue_id"] == self.mlfr
            dates_ = [row["due_on"]] if row["due_on"] else []
        assert dialogue == self.mlfr, "a change outside the field copy's dialogue"
        for value in dates_:
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", value) and "1900" <= value[:4] <= "2199"
        for value in row.values():
            if isinstance(value, str):
                assert len(value) <= 100_000 and not re.search(r"[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff]", value)


def _sqlite(value):
    """Values SQLite can bind (a huge integer goes in as text, as it would from a crafted file)."""
    if isinstance(value, int) and not -(2**63) <= value < 2**63:
        return str(value)
    if isinstance(value, str):
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return value


def run(folder: Path, examples: int, *, seed: int | None = None) -> Counter:
    """Run the property on ``examples`` packets; return how many were applied, refused, or stopped by a conflict."""
    bench = Bench(folder)
    try:

        @settings(max_examples=examples, deadline=None, database=None, derandomize=seed is not None, suppress_health_check=list(HealthCheck))
        @given(ops=st.lists(bench.ops(), min_size=1, max_size=4), policy=st.sampled_from([None, "theirs"]))
        def prop(ops, policy):
            bench.outcomes[bench.check(bench.changeset(ops), policy)] += 1

        prop()
    finally:
        bench.close()
    return bench.outcomes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = tmp
        start = time.perf_counter()
        outcomes = run(Path(tmp), args.examples)
    total = sum(outcomes.values())
    print(
        f"Packets: {total:,}  applied within the rights: {outcomes['applied']:,}  refused whole: {outcomes['refused']:,}  "
        f"stopped by a conflict (nothing written): {outcomes['conflict']:,}  partial or out of scope: 0  ({time.perf_counter() - start:.0f} s)"
    )


if __name__ == "__main__":
    main()
