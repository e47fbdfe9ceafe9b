"""Dialogue › Parties and Protocol Names…: the form, its live preview, OK into the minutes, refusals under their fields, undo."""

from __future__ import annotations

from PySide6.QtGui import QAction

from ..documents import minutes_pdf
from ..reports.test_documents import flat

FORMAL = "parties[0].names.fr.formal"  # France, the home party of ML-FR, in French (its one working language)


def opened(window, qtbot):
    """The editor, opened through the Dialogue menu on the selected dialogue."""
    window.findChild(QAction, "party_names").trigger()
    from consult_app.ui.parties import PartyNamesDialog

    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(PartyNamesDialog)), timeout=3000)
    return next(d for d in window.findChildren(PartyNamesDialog) if d.isVisible())


def test_the_french_formal_name_changed_reaches_the_minutes_and_undo_takes_it_back(workbench, qtbot, demo):
    dialog = opened(workbench, qtbot)
    assert dialog.windowTitle() == "Parties and protocol names of ML-FR"
    assert [dialog.tabs.tabText(n) for n in range(dialog.tabs.count())] == ["France (FR)", "Mali (ML)"]
    assert dialog.previews[0, "fr"].text() == "Pour la République française\nLe Chef de la délégation française"
    dialog.edits[FORMAL].end(False)
    qtbot.keyClicks(dialog.edits[FORMAL], " une et indivisible")
    assert dialog.previews[0, "fr"].text() == "Pour la République française une et indivisible\nLe Chef de la délégation française"  # as typed
    dialog.accept()
    assert not dialog.isVisible()
    text = flat(minutes_pdf(demo, "ML-FR", 3))
    assert "Pour la République française une et indivisible" in text and "Pour la République du Mali" in text
    assert workbench.undo.undoText() == "Protocol names of France"
    workbench.undo.undo()
    assert demo.dialogue_by_code("ML-FR").party_by_code("FR").names["fr"].formal == "République française"
    assert "Pour la République française une et indivisible" not in flat(minutes_pdf(demo, "ML-FR", 3))
    workbench.undo.redo()
    assert demo.dialogue_by_code("ML-FR").party_by_code("FR").names["fr"].formal == "République française une et indivisible"


def test_refusals_show_under_their_fields_in_french_and_nothing_is_saved(french, workbench, qtbot, demo):
    dialog = opened(workbench, qtbot)
    assert dialog.windowTitle() == "Parties et noms protocolaires de ML-FR"
    dialog.edits["parties[1].names.fr.article"].setText("lo")  # Mali
    dialog.edits["parties[1].name"].setText("   ")
    dialog.edits["parties[0].names.fr.adjective"].setText("fran\x07çaise")
    dialog.accept()
    shown = {field: label.text() for field, label in dialog.errors.items() if label.text()}
    assert shown == {
        "parties[1].name": "Nom usuel\u00a0: ne doit pas être vide.",
        "parties[1].names.fr.article": "Article [fr]\u00a0: «\u00a0lo\u00a0» n’est pas un article de cette langue (utilisez l’un de ceux-ci\u00a0: le, la, les, l', l’\u00a0; ou aucun).",
        "parties[0].names.fr.adjective": "Adjectif de la délégation [fr]\u00a0: contient des caractères de contrôle qui ne peuvent pas être enregistrés.",
    }
    assert dialog.isVisible() and not any(dialog.errors[f].isHidden() for f in shown)
    assert dialog.tabs.currentIndex() == 0  # France's tab: its refusal came first
    mali = demo.dialogue_by_code("ML-FR").party_by_code("ML")
    assert (mali.name, mali.names["fr"].article) == ("Mali", "le")
    assert workbench.undo.count() == 0
    dialog.edits["parties[1].names.fr.article"].setText("le")
    dialog.edits["parties[1].name"].setText("République du Mali")
    dialog.edits["parties[0].names.fr.adjective"].setText("française")
    dialog.accept()
    assert not dialog.isVisible()
    assert demo.dialogue_by_code("ML-FR").party_by_code("ML").name == "République du Mali"


def test_a_dialogue_in_two_languages_has_both_forms_and_previews(workbench, qtbot, demo):
    from .test_main_window import find_session

    workbench.navigator.setCurrentItem(find_session(workbench, "US-MX", "2nd session"))
    dialog = opened(workbench, qtbot)
    assert dialog.previews[1, "es"].text() == "Por los Estados Unidos Mexicanos\nEl Jefe de la delegación mexicana"
    assert dialog.previews[1, "en"].text() == "For the United Mexican States\nHead of the Mexican delegation"
    for field in ("short", "article", "formal", "formal_article", "adjective"):
        dialog.edits[f"parties[1].names.es.{field}"].clear()
    assert dialog.previews[1, "es"].text() == "Por Mexico\nEl Jefe de la delegación de Mexico"  # the plain name, when no form is left
    dialog.accept()
    assert "es" not in demo.dialogue_by_code("US-MX").party_by_code("MX").names
