"""Ids under attack: ids that name files, handles a person types, rows made by clocks that are wrong.

Ids are time-ordered UUIDs (version 7) made by Consult; ids that come from
outside (an invitation, a reply, an interchange file) are only text until
checked.
"""

from __future__ import annotations

import json

import pytest

from consult_app.domain.errors import ConsultError
from consult_app.domain.model import new_id
from consult_app.ops import partners
from consult_app.ops.workspaces import create as create_workspace
from consult_app.store import Workspace
from consult_app.store.pairing import canonical
from consult_app.store.sync import my_secrets

from ..conftest import copy_folder, made_once
from .test_counterpart import invited

ML, FR = "Secrétariat malien", "Secrétariat français"


def resigned(workspace, original, out, change) -> None:
    """``original`` (an invitation or a reply written by ``workspace``) changed by ``change(body)``, signed again with its key."""
    doc = json.loads(original.read_text("utf-8"))
    change(doc["body"])
    with Workspace.open(workspace, readonly=True) as ws:
        doc["signature"] = my_secrets(ws)[0].sign(canonical(doc["body"])).hex()
    out.write_text(json.dumps(doc), "utf-8")


def tree(folder) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def invitation(folder) -> None:
    """France's demo (in ``folder / "home"``) and its invitation to Mali on ML-FR (``folder / "invite"``)."""
    (folder / "home").mkdir()
    fr = folder / "home" / "fr.consult"
    create_workspace(fr, demo=True).close()
    with Workspace.open(fr) as ws:
        partners.invite(ws, ws.dialogue_by_code("ML-FR").id, ML, folder / "invite")


@pytest.mark.parametrize(
    "key, value",
    [
        ("device_id", "../../outside"),  # a file name: the partner's baseline would be written outside the exchange folder
        ("device_id", "*"),  # a pattern: removing the partner would remove every partner's kept packets
        ("device_id", ""),
        ("device_id", "0192F3A4-1B2C-7D3E-8F40-123456789ABC"),  # an id, but not as Consult writes one
        ("workspace_id", "../elsewhere"),
    ],
)
def test_an_invitation_whose_ids_are_not_ids_is_refused_and_writes_nothing(tmp_path, tmp_path_factory, key, value):
    copy_folder(made_once(tmp_path_factory, "id-attacks:invitation", invitation), tmp_path)
    fr, ml = tmp_path / "home" / "fr.consult", tmp_path / "home" / "ml.consult"
    resigned(fr, tmp_path / "invite", tmp_path / "crafted", lambda body: body["from"].update({key: value}))
    create_workspace(ml).close()
    before = tree(tmp_path)
    with Workspace.open(ml) as ws, pytest.raises(ConsultError) as refused:
        partners.accept(ws, tmp_path / "crafted", name=FR, reply_out=tmp_path / "reply")
    assert str(refused.value) == f"crafted is damaged (its from.{key} is not an id as Consult writes them); nothing was changed."
    assert tree(tmp_path) == before


def test_a_reply_whose_device_id_is_a_path_is_refused_and_the_invitation_stays_pending(tmp_path, tmp_path_factory):
    copy_folder(made_once(tmp_path_factory, "counterpart:invited", invited), tmp_path)
    fr, ml = tmp_path / "fr.consult", tmp_path / "ml.consult"
    resigned(ml, tmp_path / "reply", tmp_path / "crafted", lambda body: body["from"].update(device_id="../../../outside"))
    before = tree(tmp_path)
    with Workspace.open(fr) as ws, pytest.raises(ConsultError) as refused:
        partners.accept(ws, tmp_path / "crafted")
    assert str(refused.value) == "crafted is damaged (its from.device_id is not an id as Consult writes them); nothing was changed."
    assert tree(tmp_path) == before
    with Workspace.open(fr) as ws:  # the honest reply still completes the pairing
        assert partners.accept(ws, tmp_path / "reply").complete


# --------------------------------------------------------------------------- handles a person types


def run(capsys, *args) -> tuple[int, str, str]:
    from consult_app import cli

    capsys.readouterr()
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def three_actions(tmp_path, capsys):
    """The demo with three internal actions added now (their ids start alike: made in the same minute), and their ids."""
    w = tmp_path / "w.consult"
    create_workspace(w, demo=True).close()
    for n in range(3):
        assert run(capsys, "action", "add", w, f"Task {n}", "--dialogue", "ML-FR")[0] == 0
    with Workspace.open(w, readonly=True) as ws:
        return w, [a.id for a in ws.actions() if a.description.startswith("Task ")]


def test_a_handle_that_names_nothing_clearly_is_refused_in_one_sentence_and_nothing_changes(three_actions, capsys):
    w, ids = three_actions
    first = ids[0]
    saved = w.read_bytes()
    for handle, sentence in [
        (first[-3:], f"'{first[-3:]}' is too short to name an action: give at least the last 4 characters of its id, as 'action list' prints them."),
        ("", "Say which action: its id, or the last characters of it, as 'action list' prints them."),
        ("  ", "Say which action: its id, or the last characters of it, as 'action list' prints them."),
        (
            first[:8],  # the old habit: the start of the id, which is now the minute it was made
            f"'{first[:8]}' is the start of an id, the time its row was made: give the last characters of the action's id, as 'action list' prints them.",
        ),
        ("zzzz", "No action's id ends with 'zzzz': see consult-app action list."),
    ]:
        assert run(capsys, "action", "audience", w, handle, "joint") == (1, "", f"consult-app: {sentence}\n"), handle
        assert w.read_bytes() == saved


def test_a_handle_is_read_whatever_its_case_and_spaces_and_an_ambiguous_one_is_refused(three_actions, capsys):
    w, ids = three_actions
    for handle in (ids[0][-8:].upper(), f" {ids[1][-8:]}\t", ids[2].upper()):
        code, out, err = run(capsys, "action", "audience", w, handle, "joint")
        assert (code, err) == (0, ""), handle
    with Workspace.open(w, readonly=True) as ws:
        assert {a.visibility.value for a in ws.actions() if a.id in ids} == {"joint"}
    with Workspace.open(w) as ws:  # two ids that end alike, as only an edit behind the app's back makes them
        for row_id in ids[:2]:
            ws.conn.execute("UPDATE actions SET id = ? WHERE id = ?", (f"{row_id[:-4]}abcd", row_id))
    saved = w.read_bytes()
    assert run(capsys, "action", "audience", w, "ABCD", "internal") == (
        1,
        "",
        "consult-app: 'ABCD' ends the ids of 2 actions in this workspace: give more of its id.\n",
    )
    assert w.read_bytes() == saved


# --------------------------------------------------------------------------- ids that name folders


@pytest.mark.parametrize("file_id", ["../../../escaped", "{tmp_path}/elsewhere", "..", "unknown/../../x"])
def test_a_file_whose_identity_is_a_path_keeps_its_snapshots_in_the_backups_folder(tmp_path, capsys, file_id):
    import sqlite3

    from consult_app.store.safety import backups_root

    file_id = file_id.format(tmp_path=tmp_path)  # an absolute path
    w = tmp_path / "w.consult"
    create_workspace(w, demo=True).close()
    conn = sqlite3.connect(w)  # edited behind Consult's back (a file received from elsewhere)
    with conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'file_id'", (file_id,))
    conn.close()
    root = backups_root()
    around = {p for p in root.parents[2].rglob("*") if root not in p.parents and p != root}
    assert run(capsys, "action", "add", w, "Task", "--dialogue", "ML-FR")[0] == 0
    with Workspace.open(w) as ws:
        for _ in range(12):
            ws.snapshot("by hand")
        kept = ws.snapshots()
    assert len(kept) == 10  # thinned as any file's are
    assert {p for p in root.parents[2].rglob("*") if root not in p.parents and p != root} == around | {root.parent / "files.json"}
    assert not (tmp_path / "elsewhere").exists()
    assert kept and all(root in s.path.parents for s in kept)


# --------------------------------------------------------------------------- clocks that are wrong, ids of every age


def test_rows_made_by_wrong_clocks_and_old_files_merge_export_import_and_are_named_alike(tmp_path, capsys):
    """A field copy whose clock is decades behind or ahead, an id from before version 7, two made in one millisecond."""
    import datetime as dt
    import uuid

    from consult_app.domain.model import FollowUpAction, named, short_id, time_ordered_id
    from consult_app.exchange.interchange import export_file, read_file
    from consult_app.ops import records
    from consult_app.store.sync import export_packet, field_copy, import_packet

    s, a = tmp_path / "s.consult", tmp_path / "a.consult"
    create_workspace(s, demo=True).close()
    with Workspace.open(s) as ws:
        field_copy(ws, a, name="Bamako embassy", dialogue_code="ML-FR")
    made = {
        "behind": time_ordered_id(0, 1),  # 1970-01-01
        "ahead": time_ordered_id(int(dt.datetime(2099, 12, 31, tzinfo=dt.UTC).timestamp() * 1000), 2),
        "same ms 1": time_ordered_id(1_800_000_000_000, 2**74 - 1),
        "same ms 2": time_ordered_id(1_800_000_000_000, 0),
        "old file": str(uuid.UUID(int=0x1234_5678_9ABC_4DEF_8123_4567_89AB_CDEF)),
    }
    with Workspace.open(a) as ws:
        d = ws.dialogue_by_code("ML-FR")
        for text, row_id in made.items():
            records.add(ws, FollowUpAction(d.id, text, due_on=dt.date(2003, 1, 1), id=row_id))
        data, _header = export_packet(ws)
    with Workspace.open(s) as ws:
        import_packet(ws, data, name="a.packet")
        arrived = [x.id for x in ws.actions(ws.dialogue_by_code("ML-FR").id) if x.description in made]
        export_file(ws.bundle(), tmp_path / "s.json")
    assert arrived == sorted(made.values())  # due the same day: in the order of their ids, the same on every machine
    again = read_file(tmp_path / "s.json")
    assert sorted(x.id for x in again.actions if x.description in made) == sorted(made.values())
    for row_id in made.values():
        assert named(short_id(row_id).upper(), [x.id for x in again.actions], "an action", "action list") == row_id
        assert run(capsys, "action", "audience", s, short_id(row_id), "joint")[:2] == (0, f"The action {short_id(row_id)} is now joint.\n")


@pytest.mark.parametrize("device_id", ["../../outside", "*", "/tmp/elsewhere", "a/../../b"])
def test_a_partner_recorded_with_a_path_for_an_id_keeps_its_files_in_the_exchange_folder(tmp_path, device_id):
    """A partner accepted before ids were checked may be on record with any text: its files are still named inside the folder."""
    from consult_app.store import sync

    w = tmp_path / "w.consult"
    folder = sync.exchange_dir(w).resolve()
    for made in (sync.base_path(w, device_id), sync._next_path(w, device_id), sync._inbox_file(w, device_id, 1)):
        assert made.resolve().parent in (folder, folder / "inbox") and made.name.startswith("other-") and "*" not in made.name
    honest = new_id()
    assert sync.base_path(w, honest).name == f"{honest}.base"
