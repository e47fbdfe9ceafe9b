"""An imported packet re-indexes only the rows it changes: search finds what it brought, and nothing it took away.

Each test compares the index an import leaves with the one a full rebuild
(``_reindex_all``) makes of the same data: they must be equal, entry for entry.
"""

import dataclasses
import datetime as dt
import re

from consult_app.ops import sessions as sessions_ops
from consult_app.store import Workspace
from consult_app.store.sync import export_packet, import_packet

from .test_packet_rights import pair  # noqa: F401  (the demo secretariat and its ML-FR field copy)


def send(src, dst, to=None, **kwargs):
    with Workspace.open(src) as a:
        data, _ = export_packet(a, to)
    with Workspace.open(dst) as b:
        report = import_packet(b, data, **kwargs)
    assert report.written
    return report


def entries(ws) -> list[tuple]:
    rows = ws._rows("SELECT kind, item_id, dialogue_id, label, display, body FROM search_index")
    mapped = ws._rows("SELECT s.item_id FROM search_rows s JOIN search_index i ON i.rowid = s.fts_rowid AND i.item_id = s.item_id")
    assert len(mapped) == len(rows) == ws._one("SELECT count(*) AS n FROM search_rows")["n"]  # each entry mapped once, no stray map row
    return sorted(tuple(r.values()) for r in rows)


def assert_index_as_rebuilt(path) -> None:
    with Workspace.open(path, backups=False) as ws:
        after_import = entries(ws)
        with ws.transaction("test"):
            ws._reindex_all()
        assert after_import == entries(ws)


def found(path, words: str) -> set[str]:
    with Workspace.open(path, readonly=True) as ws:
        return {h.item_id for h in ws.search(words)}


def test_a_packet_from_the_field_indexes_its_notes_and_actions(pair):
    s, a = pair
    with Workspace.open(a) as ws:
        c = ws.commitment_by_ref("MLFR-2002-01")
        event = ws.log_status(c.id, "on_track", dt.date(2003, 5, 2), note="Tranche Kayesirrigation engagée")
        action = next(x for x in ws.actions() if x.description.startswith("Identifier une banque"))
        old_assignee = action.assignee.split()[-1]
        ws.update_action(dataclasses.replace(action, assignee="Oumar Diarrakoulou"))
    assert old_assignee and found(s, old_assignee) >= {action.id}
    send(a, s)
    assert found(s, "kayesirrigation") == {event.id}
    assert action.id in found(s, "diarrakoulou")
    assert action.id not in found(s, old_assignee)
    assert_index_as_rebuilt(s)


def test_a_packet_from_the_secretariat_changes_and_deletes(pair):
    s, a = pair
    with Workspace.open(s) as ws:
        c = ws.commitment_by_ref("MLFR-2002-01")
        old_word = max(re.findall(r"\w+", c.text["fr"]), key=len)
        d = ws.dialogue_by_code("ML-FR")
        sessions_ops.new_session(ws, d.id, dt.date(2004, 6, 14), dt.date(2004, 6, 15), "Paris")
        s3 = ws.session_by_number(d.id, 3)
        aob = next(i for i in ws.agenda(s3.id) if i.title["fr"] == "Questions diverses")
        action = next(x for x in ws.actions(d.id) if x.description.startswith("Identifier une banque"))
    send(s, a, "Bamako embassy")  # the new session and its agenda travel
    assert aob.id in found(a, "questions diverses")
    with Workspace.open(s) as ws:
        ws.update_commitment(dataclasses.replace(c, text={**c.text, "fr": "Mobiliser la diaspora de Tombouctoumaraka"}))
        ws.delete_agenda_item(aob.id)
        ws.delete_action(action.id)
    assert c.id in found(a, old_word)
    send(s, a, "Bamako embassy")
    assert found(a, "tombouctoumaraka") == {c.id}
    assert c.id not in found(a, old_word)
    with Workspace.open(a, readonly=True) as ws:
        left = {r["item_id"] for r in ws._rows("SELECT item_id FROM search_index")} | {r["item_id"] for r in ws._rows("SELECT item_id FROM search_rows")}
    assert aob.id not in left and action.id not in left  # a deleted row leaves no entry behind
    assert_index_as_rebuilt(a)


def test_a_dialogue_renamed_in_a_packet_relabels_its_sessions(pair):
    s, a = pair
    with Workspace.open(s) as ws:
        d = ws.dialogue_by_code("ML-FR")
        ws.conn.execute("UPDATE dialogues SET code = 'ML-FX' WHERE id = ?", (d.id,))  # as an edit made elsewhere would arrive
        ws.conn.execute("UPDATE themes SET title = json_set(title, '$.fr', 'Codéveloppement sahélien') WHERE dialogue_id = ?", (d.id,))
    send(s, a, "Bamako embassy")
    assert found(a, "sahelien") == {d.id}
    with Workspace.open(a, readonly=True) as ws:
        labels = {r["label"] for r in ws._rows("SELECT label FROM search_index WHERE kind = 'session'")}
    assert labels and all(label.startswith("ML-FX #") for label in labels)
    assert_index_as_rebuilt(a)
