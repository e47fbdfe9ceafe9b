"""Field copies are written fresh: a copy of one dialogue holds nothing of the others, not even in free pages."""

import json
import sqlite3

from consult_app.domain.text import fold
from consult_app.exchange.interchange import to_document
from consult_app.ops.workspaces import create as create_workspace
from consult_app.store import Workspace
from consult_app.store.rights import DATA_TABLES, NEVER
from consult_app.store.sync import base_path, field_copy, find_peer


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings(v)


def test_a_one_dialogue_copy_holds_none_of_the_other_dialogues_texts(tmp_path):
    s, a = tmp_path / "s.consult", tmp_path / "a.consult"
    create_workspace(s, demo=True).close()
    with Workspace.open(s) as ws:
        doc = to_document(ws.bundle())
        field_copy(ws, a, name="Bamako embassy", dialogue_code="ML-FR")
        ours = base_path(s, find_peer(ws, "Bamako embassy").device_id)
    mlfr = next(d for d in doc["dialogues"] if d["code"] == "ML-FR")
    used = {m["person"] for session in mlfr["sessions"] for m in session["delegation"]} | {
        i["presenter"] for session in mlfr["sessions"] for i in session["agenda"] if i["presenter"]
    }
    shared = json.dumps(mlfr, ensure_ascii=False) + json.dumps([p for p in doc["people"] if p["id"] in used], ensure_ascii=False)
    schema = " ".join(r[0] or "" for r in sqlite3.connect(a).execute("SELECT sql FROM sqlite_master"))
    others = [d for d in doc["dialogues"] if d["code"] != "ML-FR"] + [p for p in doc["people"] if p["id"] not in used]
    unique = {t for t in strings(others) if len(t) >= 8 and t not in shared and t not in schema}
    assert len(unique) > 150  # venues, agenda titles, lines to take, commitment texts, notes, names, ids

    secretariat = s.read_bytes()
    assert sum(t.encode() in secretariat for t in unique) > 0.9 * len(unique)  # the check can fail
    files = [a, ours, *(p for p in a.with_name(a.name + "-exchange").rglob("*") if p.is_file())]
    for path in files:
        raw = path.read_bytes()
        found = sorted(t for t in unique if t.encode() in raw or fold(t).encode() in raw)
        assert found == [], f"{path.name} holds {found[:5]}"


def test_every_table_has_a_rule_for_copies_and_packets(tmp_path):
    """A table added by a later migration must say how it belongs to a dialogue, or that it never travels."""
    path = tmp_path / "w.consult"
    create_workspace(path).close()
    tables = {r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    unruled = {t for t in tables if t not in DATA_TABLES and t not in NEVER and not t.startswith(("search_index", "sqlite_"))}
    assert unruled == set()


def test_the_copy_is_a_healthy_workspace_with_its_own_identity(tmp_path, cli):
    s, a = tmp_path / "s.consult", tmp_path / "a.consult"
    create_workspace(s, demo=True).close()
    assert cli("field-copy", s, a, "--dialogue", "ML-FR", "--name", "Bamako embassy", "--unencrypted").returncode == 0
    result = cli("check", a)
    assert result.returncode == 0, result.stdout
    assert cli("search", s, "quota").stdout and cli("search", a, "quota").stdout == ""  # the index holds the copy alone
    assert "MLFR" in cli("search", a, "banque").stdout
    conn = sqlite3.connect(a)
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    theirs = dict(sqlite3.connect(s).execute("SELECT key, value FROM meta"))
    assert meta["workspace_id"] == theirs["workspace_id"]
    assert meta["device_id"] != theirs["device_id"] and meta["sign_secret"] != theirs["sign_secret"]
    assert (a.stat().st_mode & 0o777) == 0o600
