"""The frozen delegations and follow-up actions attacked, as THREATS.md describes: versions edited with the sqlite3 shell
behind the app's back, and versions crafted into the other secretariat's packets. Each is refused in one sentence naming
where, and nothing is written."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from consult_app.domain import negotiation as N
from consult_app.domain.errors import ConsultError
from consult_app.store import Workspace

from ..documents import export_to
from .test_frozen_delegations import agreed_with_actions  # noqa: F401  (a fixture)

UNFROZEN = (
    "DROP TRIGGER minutes_versions_no_update",
    "{}",
    "CREATE TRIGGER minutes_versions_no_update BEFORE UPDATE ON minutes_versions\nBEGIN SELECT RAISE(ABORT, 'circulated versions are frozen'); END",
)


def shell_edited(path, texts_of, *, rehash: bool = False, number: int = 1):
    """Version ``number``'s texts changed as the sqlite3 shell changes them: the trigger that freezes versions dropped, the row
    updated (``texts_of``: the texts -> the new texts; ``rehash``: its hash taken again), the trigger put back as it was, so
    the schema reads as Consult wrote it."""
    conn = sqlite3.connect(path)
    (raw,) = conn.execute("SELECT texts FROM minutes_versions WHERE number = ?", (number,)).fetchone()
    texts = texts_of(json.loads(raw))
    digest = hashlib.sha256(N.canonical(texts)).hexdigest()
    with conn:
        for sql in UNFROZEN:
            if sql == "{}":
                conn.execute(
                    "UPDATE minutes_versions SET texts = ?, hash = CASE WHEN ? THEN ? ELSE hash END WHERE number = ?", (json.dumps(texts), rehash, digest, number)
                )
            else:
                conn.execute(sql)
    conn.close()
    return path


def renamed(texts: dict) -> dict:
    texts["delegations"][0]["name"] = "Someone Else"
    return texts


def garbled(texts: dict) -> dict:
    texts["delegations"][0] = "garbage"
    return texts


WHERE = "The minutes of ML-FR session 3"


@pytest.mark.parametrize(
    ("edit", "rehash", "refusal"),
    [
        (renamed, False, f"{WHERE}: the texts of version 1 do not match their hash (they were changed after it was circulated)."),
        (renamed, True, f"{WHERE} have circulated versions but not every party's sign-off of the last one: they are circulated, not 'agreed'."),
        (garbled, False, f"{WHERE}: the delegation line frozen in version 1 is not in the form Consult writes it."),
    ],
    ids=["renamed", "renamed-and-rehashed", "garbled"],
)
def test_the_word_copy_of_agreed_minutes_whose_version_was_edited_with_the_shell_is_refused_as_the_pdf_is(agreed_with_actions, tmp_path, edit, rehash, refusal):  # noqa: F811
    """The PDF refused to print them; the Word copy was written all the same, naming 'Someone Else' as the head of delegation
    under the agreed version's hash (or stopped on 'an unexpected error' for a garbled line)."""
    shell_edited(agreed_with_actions, edit, rehash=rehash)
    out = tmp_path / "copy.docx"
    with Workspace.open(agreed_with_actions, readonly=True) as ws:
        with pytest.raises(ConsultError) as pdf:
            from ..documents import minutes_pdf

            minutes_pdf(ws, "ML-FR", 3)
        with pytest.raises(ConsultError) as docx:
            export_to(ws, out, dialogue_code="ML-FR", session_number=3)
    assert str(pdf.value) == str(docx.value) == refusal
    assert not out.exists() and not (tmp_path / "copy.docx.part").exists()


@pytest.fixture
def two_versions(demo_path):
    """ML-FR session 3 circulated twice: a joint action's due date changed between the versions."""
    import dataclasses
    import datetime as dt

    from consult_app.ops import minutes as minutes_ops
    from consult_app.ops import records

    from .test_frozen_delegations import KEPT, joint_action, session3

    with Workspace.open(demo_path) as ws:
        action = joint_action(ws, KEPT, dt.date(2003, 9, 30))
        minutes_ops.circulate(ws, session3(ws).id)
        records.update(ws, dataclasses.replace(action, due_on=dt.date(2003, 10, 1)))
        minutes_ops.circulate(ws, session3(ws).id)
    return demo_path


@pytest.mark.parametrize(
    ("edit", "refusal"),
    [
        (renamed, f"{WHERE}: the texts of version 1 do not match their hash (they were changed after it was circulated)."),
        (garbled, f"{WHERE}: the delegation line frozen in version 1 is not in the form Consult writes it."),
    ],
    ids=["renamed", "garbled"],
)
def test_the_redline_of_a_version_edited_with_the_shell_is_refused(two_versions, edit, refusal):
    """It printed 'Deleted: «France: Someone Else, …»' from a version no longer matching its hash (or stopped on 'an
    unexpected error (TypeError)' for a garbled line)."""
    from consult_app.ops import documents

    shell_edited(two_versions, edit)
    with Workspace.open(two_versions, readonly=True) as ws:
        s = ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3)
        for old, new in ((1, 2), (2, 1)):
            with pytest.raises(ConsultError) as err:
                documents.compare(ws, s.id, old, new).render()
            assert str(err.value) == refusal
