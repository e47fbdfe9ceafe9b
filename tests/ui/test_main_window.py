"""The minimal main window, driven as a person would, with qtbot."""

import datetime as dt
import re

import pytest
from PySide6.QtCore import QSettings

from consult_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo):
    QSettings().clear()
    w = MainWindow(demo)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def top_level_texts(window):
    nav = window.navigator
    return [nav.topLevelItem(i).text(0) for i in range(nav.topLevelItemCount())]


def find_session(window, code, number_text):
    nav = window.navigator
    for i in range(nav.topLevelItemCount()):
        top = nav.topLevelItem(i)
        if top.text(0).startswith(code):
            for j in range(top.childCount()):
                if top.child(j).text(0).startswith(number_text):
                    return top.child(j)
    raise AssertionError(f"{code} {number_text} not in the navigator")


def test_lists_every_dialogue_with_its_sessions(window):
    assert [t.split(" — ")[0] for t in top_level_texts(window)] == ["IT-AL", "IT-RO", "ML-FR", "RCM", "US-MX"]
    item = find_session(window, "ML-FR", "3rd session")
    assert item.text(0) == "3rd session — 16–17 Jun 2003, Bamako"


def test_dialogue_shows_parties_themes_and_chronology(window):
    window.navigator.setCurrentItem(window.navigator.topLevelItem(2))
    text = window.details.toPlainText()
    assert "Consultation franco-malienne sur la migration" in text
    assert "France (home), Mali" in text
    assert "Codéveloppement dans les zones d'émigration du Mali" in text
    assert "Bamako, Centre international de conférences" in text


def test_session_shows_delegations_heads_first_and_the_timetable(window):
    window.navigator.setCurrentItem(find_session(window, "ML-FR", "3rd session"))
    # sub-items are indented: compare the text without leading blanks
    text = re.sub(r"\n\s+", "\n", window.details.toPlainText())
    assert text.index("Dominique Laurent") < text.index("Claire Moreau")
    assert text.index("Mamadou Traoré") < text.index("Aminata Keïta")
    assert "09:30–09:50\n1\nOuverture de la session" in text
    assert "10:35–11:05\n3.1\nPolitique des visas : bilan 1997–2002" in text


def test_a_change_in_the_store_refreshes_the_window(window, demo, qtbot):
    c = demo.commitment_by_ref("MLFR-2002-03")
    window.navigator.setCurrentItem(window.navigator.topLevelItem(2))
    assert "1 off track" in window.details.toPlainText()
    demo.log_status(c.id, "completed", dt.date(2003, 5, 1), note="Convention signée")
    assert "1 off track" not in window.details.toPlainText()
    assert window.navigator.currentItem().text(0).startswith("ML-FR")  # selection kept


def test_window_title_names_the_workspace(window, demo):
    assert window.windowTitle() == f"Consult — {demo.path.name}"
