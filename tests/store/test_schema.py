"""The expected schema (what a file is judged against) is built from the migrations' schema statements alone."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2 as sqlite3

from consult_app.store.schema import EXPECTED_FILE, MIGRATIONS, SCHEMA_VERSION, Migration, _is_schema, _objects, _split, built_schema, expected_schema

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


# SHA-256 of the statements each released migration's script runs (joined by a blank line), taken
# before its Python was refactored: a released migration's SQL never changes, only how it is written.
RELEASED = {
    1: "8f88aa5e6269058a35254e3d8e69809851cc7c273f4a45bb2467e1022504d3d0",
    2: "6d3020d8e52b2687e5d43995873ee76c19da6cc1cf1de17509759ae01d805a17",
    3: "3fd89ae4168585b5a86f548c8724e8e9eb75d6dcfe02c06c1e3f08520e8e55e8",
    4: "b275b4a470c9eb20ccc56c4eaa0772f20f1eed6cf7af4b3f3500665acef2d823",
    5: "b7af51cb04b3f5f9b449919aead9ec2075143e197ed28066484a2d80d1b8458a",
    6: "bb25debd9f5e8c9eb45f45e0a9b88a4e41e7016e0ebcfb7a2b568d5964e11fb4",
    7: "065a60c893fd799bd8f168c1bbd0aa84da50fd78ddf4af6324035dc9dcc49018",
    8: "80f4699ed36e9cf9b9cfc77f35ea48f6dc723acd678f06dcf3bb8fd90ebea7f3",
    9: "6b3e1720678300068accc0ce34c56f744465d70fe6b40dcdb2f80e8429a96c5f",
    10: "61649cc7955198e05586ab6baf0c69313f48e4d451feb8a7631277c7834714b2",
}


@pytest.mark.parametrize("version", sorted(RELEASED))
def test_a_released_migration_runs_the_same_sql(version):
    statements = _split(MIGRATIONS[version].script)
    assert hashlib.sha256("\n\n".join(statements).encode()).hexdigest() == RELEASED[version], f"migration {version} was released: add a new one instead"
