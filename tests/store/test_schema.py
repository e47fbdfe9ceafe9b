"""The expected schema (what a file is judged against) is built from the migrations' schema statements alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlite3

from consult_app.store.schema import EXPECTED_FILE, MIGRATIONS, SCHEMA_VERSION, Migration, _is_schema, _objects, built_schema, expected_schema

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_the_schema_statements_make_what_whole_migrations_make(version):
    conn = sqlite3.connect(":memory:")
    try:
        for step in range(1, version + 1):
            MIGRATIONS[step](conn)  # scripts, keys, backfills: what a real file goes through
        assert _objects(conn) == expected_schema(version)
        assert conn.execute("SELECT count(*) FROM meta WHERE key IN ('sign_secret', 'box_secret')").fetchone()[0] == (2 if version >= 6 else 0)
    finally:
        conn.close()


def test_data_statements_are_told_from_schema_statements():
    assert _is_schema("-- a comment first\nCREATE INDEX x ON t(a)")
    assert _is_schema("ALTER TABLE t ADD COLUMN c TEXT") and _is_schema("drop trigger t_no_update")
    assert not _is_schema("INSERT OR IGNORE INTO meta (key, value) VALUES ('a', 'b')")
    assert not _is_schema("UPDATE indicators SET direction = 'down' WHERE target_value < baseline_value")
    assert all(isinstance(step, Migration) for step in MIGRATIONS.values())


def test_judging_a_file_makes_no_keys():
    """The expected schema is built at every start: it must not load PyNaCl or make keys."""
    probe = (
        "import sys\nfrom consult_app.store.schema import expected_schema, SCHEMA_VERSION\n"
        "expected_schema(SCHEMA_VERSION)\nprint('nacl' in sys.modules, 'consult_app.exchange.keys' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_the_kept_schema_is_what_the_migrations_make():
    """consult_app/schema/workspace-vN.json is read at every start instead of running the migrations: it must not drift."""
    kept = ROOT / "consult_app" / EXPECTED_FILE
    assert kept.exists(), f"{kept.name} is missing: run .venv/bin/python -m consult_app.store.schema"
    assert expected_schema(SCHEMA_VERSION) == built_schema(SCHEMA_VERSION), "the kept schema is stale: run .venv/bin/python -m consult_app.store.schema"


def test_an_older_version_is_built_from_its_migrations():
    assert expected_schema(SCHEMA_VERSION - 1) == built_schema(SCHEMA_VERSION - 1)
    assert "commitment_revisions" in built_schema(9) and "commitment_revisions" not in built_schema(8)
