"""A dialogue's texts in the interface's language when the dialogue works in it (``labels.shown``).

Found in a Spanish walk: US–Mexico works in English and Spanish and holds its titles, commitments, themes and name in
both, yet a Mexican secretariat running Consult in Spanish saw every one in English, the dialogue's first working
language. Each test reads the real window on the demo workspace.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from consult_app.ui.main_window import MainWindow
from consult_app.ui.register import RegisterModel
from consult_app.ui.search import SearchDialog

from .test_main_window import find_session
from .test_workbench import agenda_rows, top

NTH = {"en": "2nd", "fr": "2e", "es": "2.ª"}


def _window(demo, qtbot):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def _agenda_titles(window, qtbot, refreshed, code, nth):
    """The titles column of the Agenda view on a session, top to bottom."""
    window.navigator.setCurrentItem(find_session(window, code, nth))
    window.tabs.setCurrentWidget(window.agenda_view)
    refreshed(window)
    return [row[3] for row in agenda_rows(window)]


def _commitment_texts(window, refreshed, code):
    """The Commitments view's text column by reference, whole (its tooltip) and on one line."""
    window.navigator.setCurrentItem(top(window, code))
    window.tabs.setCurrentWidget(window.register_view)
    refreshed(window)
    proxy = window.register_view.proxy
    tip = Qt.ItemDataRole.ToolTipRole
    return {proxy.index(r, RegisterModel.COL_REF).data(): " ".join(proxy.index(r, RegisterModel.COL_TEXT).data(tip).split()) for r in range(proxy.rowCount())}


def _overview(window, refreshed, code):
    window.navigator.setCurrentItem(top(window, code))
    window.tabs.setCurrentWidget(window.details)
    refreshed(window)
    return window.details.document().toPlainText()


def _search(window, qtbot, words):
    dialog = SearchDialog(window.navigation)
    qtbot.addWidget(dialog)
    dialog.run(words)
    return [dialog.results.item(i).text().split("\n")[0] for i in range(dialog.results.count())]


def _shown_in(lang: str, text: dict[str, str]) -> str:
    """What the window must show of a US–Mexico text (working languages en, es)."""
    return " ".join((text.get(lang) or "").split()) or " ".join(text["en"].split())


@pytest.fixture(params=["en", "es"])
def us_mx_language(request, qapp):
    from .conftest import speaking

    yield from speaking(qapp, request.param)


def test_us_mx_speaks_the_interfaces_language(us_mx_language, qtbot, demo, refreshed):
    """In Spanish the US–Mexico name, themes, agenda titles and commitment texts are the Spanish ones; in English the
    English ones; a commitment held only in English (USMX-2001-03) is shown in English in both."""
    lang, other = us_mx_language, {"en": "es", "es": "en"}[us_mx_language]
    d = demo.dialogue_by_code("US-MX")
    window = _window(demo, qtbot)

    assert top(window, "US-MX").text(0) == f"US-MX — {d.name[lang]}"
    overview = _overview(window, refreshed, "US-MX")
    assert d.name[lang] in overview and d.name[other] not in overview
    for theme in d.themes:
        assert theme.title[lang] in overview and theme.title[other] not in overview, theme.code

    session = next(s for s in demo.sessions(d.id) if s.number == 2)
    items = demo.agenda(session.id)
    titles = _agenda_titles(window, qtbot, refreshed, "US-MX", NTH[lang])
    assert sorted(titles) == sorted(i.title[lang] for i in items) and len(titles) >= 4
    assert not set(titles) & {i.title[other] for i in items}

    texts = _commitment_texts(window, refreshed, "US-MX")
    themes = window.register_view.theme
    assert [themes.itemText(i) for i in range(1, themes.count())] == [f"{t.code} — {t.title[lang]}" for t in d.themes]
    commitments = {c.ref: c for c in demo.commitments(d.id)}
    assert len(texts) == len(commitments) >= 4
    for ref, shown in texts.items():
        assert shown.endswith(_shown_in(lang, commitments[ref].text)), ref  # after "[internal] ", "[decision] "
    assert "es" not in commitments["USMX-2001-03"].text and texts["USMX-2001-03"].endswith(_shown_in("en", commitments["USMX-2001-03"].text))


def test_ctrl_k_names_us_mx_texts_in_the_interfaces_language(us_mx_language, qtbot, demo):
    """A Spanish word found in English names the item in English, and an English word found in Spanish names it in
    Spanish: the hit is named as the Agenda view names it, whichever language matched."""
    window = _window(demo, qtbot)
    if us_mx_language == "es":
        assert "US-MX, 2.ª sesión · punto del orden del día · Seguridad fronteriza" in _search(window, qtbot, "border safety")
        name = "US-MX · diálogo · US-MX — Grupo de Trabajo México–Estados Unidos sobre Migración y Asuntos Consulares"
        assert name in _search(window, qtbot, "Consular Affairs")
    else:
        assert "US-MX, 2nd session · agenda item · Border safety" in _search(window, qtbot, "seguridad fronteriza")
        name = "US-MX · dialogue · US-MX — United States–Mexico Migration and Consular Affairs Working Group"
        assert name in _search(window, qtbot, "Asuntos Consulares")


def test_a_title_blank_in_spanish_falls_back_to_english(spanish, qtbot, demo, refreshed):
    """A title whose Spanish is blank (spaces only, as a hand-edited file may hold) is shown in English, not as a blank row."""
    d = demo.dialogue_by_code("US-MX")
    session = next(s for s in demo.sessions(d.id) if s.number == 2)
    item = next(i for i in demo.agenda(session.id) if i.title.get("en") == "Border safety")
    demo.update_agenda_item(dataclasses.replace(item, title={"en": "Border safety", "es": "   "}))
    window = _window(demo, qtbot)
    titles = _agenda_titles(window, qtbot, refreshed, "US-MX", NTH["es"])
    assert "Border safety" in titles and "Seguridad fronteriza" not in titles and "   " not in titles
    assert "Apertura" in titles  # the others stay in Spanish


def test_french_interface_on_ml_fr_is_unchanged(french, qtbot, demo, refreshed):
    """ML-FR works in French only: in French its name, agenda and commitments read as they always did; a dialogue that
    does not work in French (US–Mexico) stays in its first working language, English."""
    d = demo.dialogue_by_code("ML-FR")
    window = _window(demo, qtbot)
    assert top(window, "ML-FR").text(0) == "ML-FR — Consultation franco-malienne sur la migration"
    session = next(s for s in demo.sessions(d.id) if s.number == 3)
    assert sorted(_agenda_titles(window, qtbot, refreshed, "ML-FR", "3e")) == sorted(i.title["fr"] for i in demo.agenda(session.id))
    texts = _commitment_texts(window, refreshed, "ML-FR")
    for c in demo.commitments(d.id):
        assert texts[c.ref].endswith(" ".join(c.text["fr"].split())), c.ref
    us = demo.dialogue_by_code("US-MX")
    assert top(window, "US-MX").text(0) == f"US-MX — {us.name['en']}"


def test_screenshots_of_us_mx_in_spanish(spanish, qtbot, demo, refreshed, tmp_path):
    """The Agenda and Commitments views of US–Mexico in Spanish, saved for a person to look at (CONSULT_SHOTS, else the
    test's temporary folder); the pictures hold something, and the views read Spanish."""
    folder = Path(os.environ.get("CONSULT_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    window = _window(demo, qtbot)
    assert "Seguridad fronteriza" in _agenda_titles(window, qtbot, refreshed, "US-MX", NTH["es"])
    assert window.grab().save(str(folder / "usmx-agenda-es.png"))
    texts = _commitment_texts(window, refreshed, "US-MX")
    assert texts["USMX-2001-02"].startswith("México refuerza")
    assert window.grab().save(str(folder / "usmx-commitments-es.png"))
    assert all((folder / name).stat().st_size > 10_000 for name in ("usmx-agenda-es.png", "usmx-commitments-es.png"))
