"""Agreed minutes checked when a workspace opens: negotiated minutes edited behind the app's back (the sqlite3 shell)
are named, one sentence per session, before anyone prints them; opening reads only, and an untouched workspace says
nothing. The command line (tests/cli/test_open_check.py) and the window (tests/ui/test_open_check.py) say the same."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from consult_app.ops import minutes as minutes_ops
from consult_app.ops.notices import notices
from consult_app.ops.workspaces import check
from consult_app.store import Workspace

SESSION_3 = "(SELECT s.id FROM sessions s JOIN dialogues d ON d.id = s.dialogue_id WHERE d.code = 'ML-FR' AND s.number = 3)"
TOP = "session_id = " + SESSION_3 + " AND parent_id IS NULL AND position = {}"
ADVICE = "; restore a snapshot from before that change to print them again."
# what the shell does, and the refusal printing gives for it (tests/reports/test_agreed.py); a version itself cannot be
# edited so (a trigger refuses it, and dropping the trigger is a tampered schema, which opening refuses)
EDITS = {
    "added": (
        f"INSERT INTO agenda_items (id, session_id, title, position, kind) VALUES ('forged', {SESSION_3}, '{{\"fr\": \"Point ajouté\"}}', 9, 'discussion')",
        "The minutes of ML-FR session 3 differ from the agreed version 1 (item 7 was added): agreed texts change only by amendment",
    ),
    "text": (
        f'UPDATE agenda_items SET conclusions = \'{{"fr": "FORGED"}}\' WHERE {TOP.format(3)}',
        "The minutes of ML-FR session 3 differ from the agreed version 1 (item 4 conclusions [fr]): agreed texts change only by amendment",
    ),
    "swapped": (
        f"UPDATE agenda_items SET position = CASE position WHEN 4 THEN 5 ELSE 4 END WHERE {TOP.format(4)} OR {TOP.format(5)}",
        "The minutes of ML-FR session 3 differ from the agreed version 1 (item 5 is now numbered 6, item 6 is now numbered 5): "
        "agreed texts change only by amendment",
    ),
}


def agreed_by_sign_off(path, code: str = "ML-FR", number: int = 3, heads=("Dominique Laurent", "Mamadou Traoré"), other: str = "ML"):
    """A session of the demo (ML-FR session 3) circulated and signed off by both heads: agreed minutes with a hashed version."""
    with Workspace.open(path) as ws:
        d = ws.dialogue_by_code(code)
        s = ws.session_by_number(d.id, number)
        minutes_ops.circulate(ws, s.id)
        minutes_ops.sign_off(ws, s.id, heads[0])
        minutes_ops.sign_off(ws, s.id, heads[1], party_id=d.party_by_code(other).id)
        assert ws.session(s.id).minutes_state == "agreed"
    return path


def edited(path, *statements: str):
    """``path`` changed as the sqlite3 shell changes it: plain SQL on the file, behind the app's back."""
    conn = sqlite3.connect(path)
    with conn:
        for sql in statements:
            conn.execute(sql)
    conn.close()
    return path


@pytest.fixture
def agreed(demo_path):
    return agreed_by_sign_off(demo_path)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_an_untouched_workspace_opens_without_a_word(agreed):
    with Workspace.open_to_read(agreed) as ws:
        assert ws.agreed_version(ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3).id) is not None
        assert notices(ws) == []


@pytest.mark.parametrize("edit", EDITS, ids=list(EDITS))
def test_agreed_minutes_edited_behind_the_apps_back_are_named_at_open_and_nothing_is_written(agreed, edit):
    sql, refusal = EDITS[edit]
    edited(agreed, sql)
    before = digest(agreed)
    with Workspace.open_to_read(agreed) as ws:
        assert notices(ws) == [refusal + ADVICE]
    assert digest(agreed) == before  # opened read-only, checked, nothing repaired
    assert check(agreed).problems == [f"Minutes: {refusal}."]  # the same check, the same words


def test_each_session_out_of_step_has_its_own_sentence_in_order(agreed):
    agreed_by_sign_off(agreed, "IT-AL", 2, ("Giulia Bianchi", "Arben Hoxha"), "AL")
    it_al = "(SELECT s.id FROM sessions s JOIN dialogues d ON d.id = s.dialogue_id WHERE d.code = 'IT-AL' AND s.number = 2)"
    edited(
        agreed, EDITS["text"][0], f'UPDATE agenda_items SET summary = \'{{"en": "FORGED"}}\' WHERE session_id = {it_al} AND parent_id IS NULL AND position = 1'
    )
    with Workspace.open_to_read(agreed) as ws:
        assert notices(ws) == [
            "The minutes of IT-AL session 2 differ from the agreed version 1 (item 2 summary [en]): agreed texts change only by amendment" + ADVICE,
            EDITS["text"][1] + ADVICE,
        ]


def test_what_opening_did_comes_first(agreed, tmp_path):
    edited(agreed, EDITS["added"][0])
    (agreed.parent / (agreed.name + "-wal")).write_bytes(b"stray")
    with Workspace.open_to_read(agreed) as ws:
        said = notices(ws)
    assert len(said) == 2 and said[0].startswith(f"A stray {agreed.name}-wal beside the workspace was not read") and said[1] == EDITS["added"][1] + ADVICE


def test_a_row_consult_never_writes_is_named_not_a_crash(agreed):
    """An item's kind made 'bogus' with the shell: opening (and check) said 'an unexpected error occurred'."""
    edited(agreed, f"UPDATE agenda_items SET kind = 'bogus' WHERE {TOP.format(3)}")
    refusal = (
        "The minutes of ML-FR session 3 cannot be checked against their record ('bogus' is not a valid ItemKind): a row of theirs was edited outside Consult"
    )
    with Workspace.open_to_read(agreed) as ws:
        assert notices(ws) == [refusal + ADVICE]
    assert f"Minutes: {refusal}." in check(agreed).problems
    with Workspace.open_to_read(agreed) as ws:  # printing them, or their Word copy, says the same (it stopped on a ValueError)
        from consult_app.domain.errors import Invalid
        from consult_app.ops import documents

        session = ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3)
        with pytest.raises(Invalid) as err:
            documents.minutes(ws, session.id).render()
        assert str(err.value) == refusal + "."
