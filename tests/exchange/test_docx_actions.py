"""The Word copy of the joint minutes lists their follow-up actions as the PDF minutes do: the joint actions of the session
or of a commitment it adopted, by due date (none last); of agreed minutes, those their agreed version froze. Never an
internal one. Before, the Word document had no follow-up actions at all. Each file is read back with python-docx."""

from __future__ import annotations

import datetime as dt

from docx import Document
from docx.table import Table

from consult_app.domain.model import FollowUpAction, Visibility
from consult_app.ops import records
from consult_app.store import Workspace

from ..documents import export_to, minutes_pdf
from ..reports.test_documents import flat
from ..reports.test_frozen_delegations import ADDED, DELETED, EDITED, KEPT, agreed_with_actions, change_actions, session3  # noqa: F401
from ..reports.test_frozen_delegations import actions as pdf_actions

HEADING = "Actions de suivi"


def section(path, heading: str = HEADING) -> list[tuple[str, ...]] | str:
    """What the document holds under ``heading``: its table's rows (the header first), or the paragraph said instead."""
    doc = Document(str(path))
    blocks = list(doc.iter_inner_content())
    at = next(n for n, b in enumerate(blocks) if not isinstance(b, Table) and b.text == heading and b.style.name == "Heading 1")
    after = blocks[at + 1]
    if isinstance(after, Table):
        return [tuple(c.text for c in row.cells) for row in after.rows]
    return after.text


def word(ws: Workspace, path, number: int):
    export_to(ws, path, dialogue_code="ML-FR", session_number=number)
    return section(path)


def test_the_word_minutes_list_the_actions_of_the_session_and_of_the_commitments_it_adopted_as_the_pdf_does(demo, tmp_path):
    """ML-FR session 2: its own action, and one under each of two commitments it adopted, by due date; the PDF, the same."""
    rows = word(demo, tmp_path / "s2.docx", 2)
    assert rows == [
        ("Action", "Responsable", "Échéance"),
        ("Diffuser le procès-verbal conjoint de la 2e session", "Claire Moreau", "15 juil. 2002"),
        ("Identifier une banque malienne partenaire pour la garantie des prêts", "Hélène Garnier", "31 mars 2003"),
        ("Transmettre à la partie malienne le calendrier de décaissement du fonds 2002–2004", "Claire Moreau", "31 mai 2003"),
    ]
    printed = pdf_actions(flat(minutes_pdf(demo, "ML-FR", 2)))
    assert [printed.index(r[0][:40]) for r in rows[1:]] == sorted(printed.index(r[0][:40]) for r in rows[1:])  # the same order


def test_the_word_draft_lists_the_joint_actions_only_undated_last(demo, tmp_path):
    """ML-FR session 3 (draft): two joint actions, one without a due date, and our own to-dos, one added for the test."""
    d, s3 = demo.dialogue_by_code("ML-FR"), session3(demo)
    records.add(demo, FollowUpAction(d.id, "Fixer la date de la 4e session", "Secrétariat malien", None, session_id=s3.id, visibility=Visibility.JOINT))
    records.add(demo, FollowUpAction(d.id, KEPT, "Claire Moreau", dt.date(2003, 9, 1), session_id=s3.id, visibility=Visibility.JOINT))
    records.add(demo, FollowUpAction(d.id, "Note interne à ne pas publier", "Claire Moreau", dt.date(2003, 7, 1), session_id=s3.id))
    assert word(demo, tmp_path / "s3.docx", 3) == [
        ("Action", "Responsable", "Échéance"),
        (KEPT, "Claire Moreau", "1er sept. 2003"),
        ("Fixer la date de la 4e session", "Secrétariat malien", ""),
    ]
    text = "\n".join(p.text for p in Document(str(tmp_path / "s3.docx")).paragraphs)
    assert "Note interne" not in text and "Préparer la note ministérielle" not in text  # nor anywhere else


def test_minutes_without_actions_say_so(demo, tmp_path):
    assert word(demo, tmp_path / "s3.docx", 3) == "Aucune action de suivi n’a été consignée."  # its only action is internal


def test_the_word_copy_of_agreed_minutes_lists_the_actions_as_agreed(agreed_with_actions, tmp_path):  # noqa: F811
    """Actions edited, deleted or added after agreement: the PDF keeps the agreed ones, and so does the Word copy."""
    change_actions(agreed_with_actions)
    with Workspace.open(agreed_with_actions, readonly=True) as ws:
        rows = word(ws, tmp_path / "agreed.docx", 3)
        printed = pdf_actions(flat(minutes_pdf(ws, "ML-FR", 3)))
    assert rows == [("Action", "Responsable", "Échéance"), (KEPT, "Claire Moreau", "30 sept. 2003"), (DELETED, "Claire Moreau", "15 oct. 2003")]
    assert EDITED not in printed and ADDED not in printed and KEPT in printed and DELETED in printed
