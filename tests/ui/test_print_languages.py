"""Documents › Joint Minutes, Progress Tracker and Ministerial Brief offer only the languages documents can be printed in.

IT-RO works in English and Romanian; documents have labels in English, French and Spanish only, so Romanian was offered
and refused after Generate. The dialogs now ask ``ops.documents.print_languages``, the rule of the PDF, the Word export
and the command line, and say which working languages are left out.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consult_app.domain.model import Dialogue, Party, Session
from consult_app.ui.documents import BRIEF, MINUTES, TRACKER, DocumentOptions


def items(box) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


@pytest.fixture
def options(qtbot, demo):
    """``options(kind, code)``: the document options on dialogue ``code`` (its last session), as the Documents menu opens them."""

    def open_(kind: str, code: str) -> DocumentOptions:
        dialog = DocumentOptions(demo, kind, demo.dialogue_by_code(code).id, None)
        qtbot.addWidget(dialog)
        return dialog

    return open_


def german_only(ws) -> Dialogue:
    """A dialogue whose one working language has no document labels, with a session."""
    d = ws.add_dialogue(Dialogue("DE-AT", {"de": "Deutsch-österreichischer Dialog"}, [Party("DE", "Deutschland", True), Party("AT", "Österreich")], ["de"]))
    ws.add_session(Session(d.id, 1, dt.date(2004, 3, 1), dt.date(2004, 3, 2), venue="Wien"))
    return d


def test_it_ro_minutes_offer_english_and_no_romanian(options):
    dialog = options(MINUTES, "IT-RO")
    assert items(dialog.language) == ["English"]  # not "Romanian", nor "English and Romanian, side by side"
    assert not dialog.not_printed.isHidden()
    assert dialog.not_printed.text() == "Not offered: documents are not printed in Romanian."
    dialog.accept()
    assert dialog.error.text() == ""
    assert dialog.outcome.langs == ["en"]


def test_us_mx_minutes_offer_english_and_spanish_alone_or_side_by_side(options):
    dialog = options(MINUTES, "US-MX")
    assert items(dialog.language) == ["English", "Spanish", "English and Spanish, side by side"]
    assert dialog.language.currentData() == ["en"]
    assert dialog.not_printed.isHidden() and dialog.not_printed.text() == ""
    dialog.language.setCurrentIndex(2)
    dialog.accept()
    assert dialog.outcome.langs == ["en", "es"]


def test_choosing_another_dialogue_offers_its_languages(options, demo):
    dialog = options(MINUTES, "IT-RO")
    dialog.dialogue.setCurrentIndex(dialog.dialogue.findData(demo.dialogue_by_code("ML-FR").id))
    assert items(dialog.language) == ["French"]
    assert dialog.not_printed.isHidden()  # the note about Romanian went with IT-RO


def test_a_dialogue_documents_cannot_be_printed_in_says_so_and_names_the_fallback(options, demo):
    german_only(demo)
    sentence = "Documents are not printed in German: this dialogue's are printed in English."
    dialog = options(MINUTES, "DE-AT")
    assert items(dialog.language) == ["English"]
    assert dialog.not_printed.text() == sentence
    dialog.accept()
    assert dialog.outcome.langs == ["en"]
    for kind in (TRACKER, BRIEF):
        dialog = options(kind, "DE-AT")
        assert dialog.labels.currentData() == "en" and dialog.not_printed.text() == sentence


def test_the_tracker_and_brief_preselect_the_language_the_dialogue_prints_in(options, demo):
    """Their labels may be in any language documents are printed in; the first is the one the dialogue's documents use."""
    for kind in (TRACKER, BRIEF):
        assert items(options(kind, "ML-FR").labels) == ["English", "Français", "Español"]
        assert options(kind, "ML-FR").labels.currentData() == "fr"
        assert options(kind, "RCM").labels.currentData() == "es"
        it_ro = options(kind, "IT-RO")
        assert it_ro.labels.currentData() == "en" and it_ro.not_printed.text() == "Not offered: documents are not printed in Romanian."
    every = options(TRACKER, "ML-FR")
    every.dialogue.setCurrentIndex(every.dialogue.findData(None))  # All dialogues: English
    assert every.labels.currentData() == "en" and every.not_printed.isHidden()


def test_the_note_reads_in_french(french, options):
    dialog = options(MINUTES, "IT-RO")
    assert items(dialog.language) == ["Anglais"]
    assert dialog.not_printed.text() == "Non proposé\u00a0: les documents ne sont pas imprimés en roumain."
