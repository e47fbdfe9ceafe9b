"""Agreed minutes keep the delegations and the follow-up actions they were agreed with: each circulated version freezes the
delegation lines and the joint follow-up actions the minutes print, covered by its hash.

Before, renaming a delegate in the directory (or giving them another function) changed the printed agreed record, its
signature block included; and an action added, edited or deleted after agreement changed its follow-up actions. Nothing
said so. Draft and circulated minutes print the rows as they are now; a version that froze none of it prints them as
they are now too, its hash unchanged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from consult_app import cli
from consult_app.domain import negotiation as N
from consult_app.domain.errors import Invalid
from consult_app.domain.model import FollowUpAction, Visibility
from consult_app.ops import documents, records
from consult_app.ops import minutes as minutes_ops
from consult_app.store import Workspace
from consult_app.store.codec import utc_now

from ..documents import export_to, minutes_pdf
from ..store.test_counterpart import TAIL, agreed, pair  # noqa: F401  (agreed, pair: fixtures)
from .test_documents import flat
from .test_frozen_names import circulate_the_old_way, forged_refusal, verified

HEAD, HEAD_TITLE = "Dominique Laurent", "Ministre délégué à la Coopération et à la Francophonie"
RENAMED, RETITLED = "Dominique Laurent-Ferrand", "Ministre d’État chargée des Affaires étrangères"
KEPT, EDITED, DELETED = "Diffuser le relevé de conclusions aux ministères", "Diffuser un autre relevé (changé après coup)", "Organiser la réunion technique"
ADDED = "Action ajoutée après l’approbation"


def session3(ws: Workspace):
    return ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3)


def joint_action(ws: Workspace, description: str, due: dt.date) -> FollowUpAction:
    d = ws.dialogue_by_code("ML-FR")
    return records.add(ws, FollowUpAction(d.id, description, "Claire Moreau", due, session_id=session3(ws).id, visibility=Visibility.JOINT))


def agree(ws: Workspace) -> None:
    s = session3(ws)
    minutes_ops.circulate(ws, s.id)
    minutes_ops.sign_off(ws, s.id, HEAD)
    minutes_ops.sign_off(ws, s.id, "Mamadou Traoré", party_id=ws.dialogue_by_code("ML-FR").party_by_code("ML").id)


@pytest.fixture
def agreed_with_actions(demo_path):
    """ML-FR session 3 with two joint follow-up actions (and an internal one), circulated and signed off by both heads."""
    with Workspace.open(demo_path) as ws:
        joint_action(ws, KEPT, dt.date(2003, 9, 30))
        joint_action(ws, DELETED, dt.date(2003, 10, 15))
        internal = dataclasses.replace(joint_action(ws, "Note interne à ne pas publier", dt.date(2003, 11, 1)), visibility=Visibility.INTERNAL)
        records.update(ws, internal)
        agree(ws)
    return demo_path


def rename_head(path, name: str = RENAMED, title: str = RETITLED, *, was: str = HEAD) -> None:
    with Workspace.open(path) as ws:
        person = next(p for p in ws.people() if p.name == was)
        records.update(ws, dataclasses.replace(person, name=name, title=title))


def change_actions(path) -> None:
    """After agreement: one action edited, one deleted, one added (actions after the session are normal)."""
    with Workspace.open(path) as ws:
        actions = {a.description: a for a in ws.actions(ws.dialogue_by_code("ML-FR").id)}
        records.update(ws, dataclasses.replace(actions[KEPT], description=EDITED, assignee="Quelqu’un d’autre"))
        records.delete(ws, FollowUpAction, actions[DELETED].id)
        joint_action(ws, ADDED, dt.date(2003, 12, 1))


def section(text: str, heading: str, after: str) -> str:
    """The words between two headings of the minutes' flat text."""
    return text.split(heading, 1)[1].split(after, 1)[0]


def delegations(text: str) -> str:
    return section(text, "Délégations ", "Ordre du jour adopté")


def actions(text: str) -> str:
    return section(text, "Actions de suivi ", "Prochaine session")


def signatures(text: str) -> str:
    return section(text, "Fait à ", "Acte approuvé")


def printed(path) -> str:
    with Workspace.open(path, readonly=True) as ws:
        return flat(minutes_pdf(ws, "ML-FR", 3))


def test_the_agreed_version_freezes_the_delegation_lines_and_the_joint_actions_the_minutes_print(agreed_with_actions):
    with Workspace.open(agreed_with_actions, readonly=True) as ws:
        v = ws.agreed_version(session3(ws).id)
        fr = ws.dialogue_by_code("ML-FR").party_by_code("FR").id
    assert v.texts["delegations"][0] == {
        "party": fr,
        "name": HEAD,
        "title": HEAD_TITLE,
        "role": "Chef de délégation",
        "head": True,
        "cochair": True,
        "position": 0,
    }
    assert [line["head"] for line in v.texts["delegations"]] == [True, False, False, True, False, False]  # party by party, heads first
    assert v.texts["actions"] == [  # the joint ones only, by due date: the internal note is ours
        {"description": KEPT, "assignee": "Claire Moreau", "due_on": "2003-09-30"},
        {"description": DELETED, "assignee": "Claire Moreau", "due_on": "2003-10-15"},
    ]
    assert v.hash == N.content_hash(v.texts)
    N.check_version(v)
    for key, value in (("delegations", [{**v.texts["delegations"][0], "name": RENAMED}]), ("actions", [])):
        with pytest.raises(Invalid, match=r"^hash: the texts of version 1 do not match their hash"):
            N.check_version(dataclasses.replace(v, texts={**v.texts, key: value}))


def test_a_delegate_renamed_after_agreement_prints_under_the_agreed_name_in_the_list_and_the_signature_block(agreed_with_actions, tmp_path, capsys):
    before = printed(agreed_with_actions)
    assert HEAD in delegations(before) and HEAD in signatures(before) and HEAD_TITLE in signatures(before)
    rename_head(agreed_with_actions)
    after = printed(agreed_with_actions)
    assert delegations(after) == delegations(before) and signatures(after) == signatures(before)
    assert RENAMED not in after and RETITLED not in after  # nowhere: the opening paragraph, the delegations, the signatures
    assert f"La délégation française était conduite par {HEAD}, {HEAD_TITLE}." in after
    with Workspace.open(agreed_with_actions, readonly=True) as ws:  # the print is not refused as a tampered record
        pdf = minutes_pdf(ws, "ML-FR", 3)
    assert verified(pdf, agreed_with_actions, tmp_path, capsys, "after.pdf").startswith("after.pdf matches the agreed version 1 of ML-FR session 3")
    assert cli.main(["check", str(agreed_with_actions)]) == 0, capsys.readouterr()


def test_actions_added_edited_or_deleted_after_agreement_leave_the_agreed_minutes_as_they_were(agreed_with_actions, tmp_path, capsys):
    before = printed(agreed_with_actions)
    assert KEPT in actions(before) and DELETED in actions(before) and "Note interne" not in before
    change_actions(agreed_with_actions)
    after = printed(agreed_with_actions)
    assert actions(after) == actions(before)
    assert EDITED not in after and ADDED not in after and "Quelqu’un" not in after
    with Workspace.open(agreed_with_actions, readonly=True) as ws:
        assert {a.description for a in ws.actions(ws.dialogue_by_code("ML-FR").id)} >= {EDITED, ADDED}  # the register has them
        pdf = minutes_pdf(ws, "ML-FR", 3)
    verified(pdf, agreed_with_actions, tmp_path, capsys, "actions.pdf")


def test_draft_and_circulated_minutes_print_the_delegations_and_actions_as_they_are_now(demo_path):
    with Workspace.open(demo_path) as ws:
        joint_action(ws, KEPT, dt.date(2003, 9, 30))
    rename_head(demo_path)
    draft = printed(demo_path)
    assert "PROJET" in draft and RENAMED in delegations(draft) and RENAMED in signatures(draft) and KEPT in actions(draft)
    with Workspace.open(demo_path) as ws:
        minutes_ops.circulate(ws, session3(ws).id)
    rename_head(demo_path, name=HEAD, title=HEAD_TITLE, was=RENAMED)  # named back while circulated
    circulated = printed(demo_path)
    assert HEAD in delegations(circulated) and RENAMED not in circulated  # circulated: as they are now, not as version 1 froze them
    with Workspace.open(demo_path) as ws:
        s = session3(ws)
        v2 = minutes_ops.circulate(ws, s.id)  # the delegate's name alone changed: that is a new version
        with pytest.raises(Invalid, match=r"^Nothing changed in the minutes of ML-FR session 3 since version 2 was circulated\.$"):
            minutes_ops.circulate(ws, s.id)
        records.update(ws, dataclasses.replace(next(a for a in ws.actions(s.dialogue_id) if a.description == KEPT), due_on=dt.date(2003, 10, 1)))
        v3 = minutes_ops.circulate(ws, s.id)  # an action's due date alone: a new version too
    assert v2.texts["delegations"][0]["name"] == HEAD and v3.texts["actions"][0]["due_on"] == "2003-10-01"


def test_a_version_without_the_lists_prints_them_as_they_are_now_and_keeps_its_hash(demo_path, tmp_path, capsys):
    with Workspace.open(demo_path) as ws:
        joint_action(ws, KEPT, dt.date(2003, 9, 30))
        joint_action(ws, DELETED, dt.date(2003, 10, 15))
        s = session3(ws)
        old = circulate_the_old_way(ws, s.id)
        minutes_ops.sign_off(ws, s.id, HEAD)
        minutes_ops.sign_off(ws, s.id, "Mamadou Traoré", party_id=ws.dialogue_by_code("ML-FR").party_by_code("ML").id)
        assert set(old.texts) == {"dialogue", "session", "version", "items"}
        assert old.hash == N.content_hash({k: old.texts[k] for k in ("dialogue", "session", "version", "items")})  # what it always hashed
    rename_head(demo_path)
    change_actions(demo_path)
    legacy = printed(demo_path)
    assert RENAMED in delegations(legacy) and RENAMED in signatures(legacy)  # as before the lists were frozen: the current rows
    assert EDITED in actions(legacy) and ADDED in actions(legacy)
    with Workspace.open(demo_path, readonly=True) as ws:
        assert ws.agreed_version(session3(ws).id) == old  # stored as it was, same hash
        pdf = minutes_pdf(ws, "ML-FR", 3)
    assert verified(pdf, demo_path, tmp_path, capsys, "legacy.pdf").startswith(
        f"legacy.pdf matches the agreed version 1 of ML-FR session 3 (SHA-256 {old.hash})"
    )


def test_the_word_copy_of_agreed_minutes_names_the_delegates_as_agreed(agreed_with_actions, tmp_path):
    from docx import Document

    rename_head(agreed_with_actions)
    with Workspace.open(agreed_with_actions, readonly=True) as ws:
        export_to(ws, tmp_path / "agreed.docx", dialogue_code="ML-FR", session_number=3)
    doc = Document(str(tmp_path / "agreed.docx"))
    text = "\n".join(p.text for p in doc.paragraphs) + "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert HEAD in text and HEAD_TITLE in text and RENAMED not in text and RETITLED not in text
    assert doc.tables[-1].rows[0].cells[0].paragraphs[-1].text == HEAD  # the signature block


def test_the_other_secretariat_prints_the_delegations_the_version_froze(agreed, tmp_path, capsys):  # noqa: F811
    fr, ml = agreed
    rename_head(ml)  # Mali's own copy of the directory
    with Workspace.open(ml, readonly=True) as ws:
        pdf = minutes_pdf(ws, "ML-FR", 3)
    text = flat(pdf)
    assert HEAD in signatures(text) and RENAMED not in text
    for path in (ml, fr):
        verified(pdf, path, tmp_path, capsys, "mali.pdf")


LINE = {"party": "p", "name": "A", "title": "", "role": "", "head": True, "cochair": False, "position": 0}
ACTION = {"description": "Faire", "assignee": "", "due_on": None}


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("delegations", {"A": 1}, "texts.delegations: the delegations frozen in version 1 are not in the form Consult writes them."),
        ("delegations", [{"name": "A"}], "texts.delegations[0]: the delegation line frozen in version 1 is not in the form Consult writes it."),
        ("delegations", [{**LINE, "head": "yes"}], "texts.delegations[0]: the delegation line frozen in version 1 is not in the form Consult writes it."),
        ("delegations", [LINE, {**LINE, "name": " "}], "texts.delegations[1].name: must not be empty."),
        ("delegations", [{**LINE, "title": "x" * 301}], "texts.delegations[0].title: is 301 characters long; the limit is 300."),
        ("delegations", [{**LINE, "role": "a\x00b"}], "texts.delegations[0].role: "),
        ("delegations", [{**LINE, "position": -1}], "texts.delegations[0].position: -1 is not a whole number between 0 and 100,000."),
        (
            "delegations",
            [{**LINE, "party": "elsewhere"}],
            "texts.delegations[0]: the delegation line frozen in version 1 is of a party the version does not name.",
        ),
        ("actions", "all", "texts.actions: the follow-up actions frozen in version 1 are not in the form Consult writes them."),
        ("actions", [{**ACTION, "state": "open"}], "texts.actions[0]: the follow-up action frozen in version 1 is not in the form Consult writes it."),
        ("actions", [{**ACTION, "description": ""}], "texts.actions[0].description: must not be empty."),
        ("actions", [{**ACTION, "assignee": "x" * 301}], "texts.actions[0].assignee: is 301 characters long; the limit is 300."),
        ("actions", [{**ACTION, "due_on": "demain"}], "texts.actions[0].due_on: demain is not a date (YYYY-MM-DD)."),
        ("actions", [{**ACTION, "due_on": "2003-02-30"}], "texts.actions[0].due_on: 2003-02-30 is not a date (YYYY-MM-DD)."),
        ("actions", [{**ACTION, "due_on": "1800-01-01"}], "texts.actions[0].due_on: 1800-01-01 is outside the years 1900–2199."),
    ],
)
def test_frozen_lists_not_in_consults_form_are_refused_in_one_sentence(key, value, message):
    texts = {"dialogue": "d", "session": "s", "version": 1, "items": [], "parties": [{"id": "p", "name": "France", "names": {}}], key: value}
    with pytest.raises(Invalid) as refused:
        N.check_version(N.MinutesVersion("s", 1, "p", texts, N.content_hash(texts), utc_now()))
    assert str(refused.value).startswith(message)
    assert "\n" not in str(refused.value)


def test_a_packet_whose_version_freezes_a_malformed_delegation_is_refused(pair, tmp_path):  # noqa: F811
    fr, ml = pair
    with Workspace.open(ml, readonly=True) as ws:
        texts = ws.frozen_texts(session3(ws).id, 1)
    texts["delegations"][0]["head"] = "oui"
    assert forged_refusal(fr, ml, tmp_path, texts) == (
        "version of the minutes of ML-FR session 3: texts.delegations[0]: the delegation line frozen in version 1 is not in the form Consult writes it" + TAIL
    )


def test_the_redline_lists_the_delegation_lines_and_actions_that_changed_between_versions(demo_path):
    with Workspace.open(demo_path) as ws:
        joint_action(ws, KEPT, dt.date(2003, 9, 30))
        minutes_ops.circulate(ws, session3(ws).id)
    rename_head(demo_path)
    with Workspace.open(demo_path) as ws:
        s = session3(ws)
        action = next(a for a in ws.actions(s.dialogue_id) if a.description == KEPT)
        records.update(ws, dataclasses.replace(action, due_on=dt.date(2003, 10, 1)))
        minutes_ops.circulate(ws, s.id)
        text = flat(documents.compare(ws, s.id, 1, 2).render())
        same = flat(documents.compare(ws, s.id, 2, 1).render())
    assert "Aucun texte ne diffère entre les deux versions." in text  # the texts themselves did not change
    # the colon spaced as French prints it, "France\u00a0:" (read back, and flattened, as a space)
    assert f"Délégations Supprimé : « France : {HEAD}, {HEAD_TITLE} (Chef de délégation) »" in text
    assert f"Inséré : « France : {RENAMED}, {RETITLED} (Chef de délégation) »" in text
    assert f"Actions de suivi Supprimé : « {KEPT} — Claire Moreau — 30 septembre 2003 » Inséré : « {KEPT} — Claire Moreau — 1er octobre 2003 »" in text
    assert f"Supprimé : « France : {RENAMED}" in same  # the other way round
