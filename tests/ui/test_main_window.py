"""The minimal main window, driven as a person would, with qtbot."""

import datetime as dt
import re

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt

from consult_app.domain.model import Person
from consult_app.ops import records
from consult_app.ops import register as register_ops
from consult_app.store import Workspace
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


def test_a_change_in_the_store_refreshes_the_window_once_the_event_loop_turns(window, demo, refreshed):
    c = demo.commitment_by_ref("MLFR-2002-03")
    window.navigator.setCurrentItem(window.navigator.topLevelItem(2))
    assert "off track: 1" in window.details.toPlainText()
    before = window.refreshes
    register_ops.log_status(demo, c.id, "completed", dt.date(2003, 5, 1), note="Convention signée")
    assert window.refreshes == before and "off track: 1" in window.details.toPlainText()  # queued, not run inside the change
    refreshed(window)
    assert window.refreshes == before + 1
    assert "off track: 1" not in window.details.toPlainText()
    assert window.navigator.currentItem().text(0).startswith("ML-FR")  # selection kept


def test_a_handler_that_writes_then_uses_its_own_item_finds_it_alive(window, demo, qtbot, refreshed):
    """The kind behind two crashes: a click's handler writes, and the refresh must not rebuild the list under the item clicked."""
    c = demo.commitment_by_ref("MLFR-2002-03")
    nav = window.navigator
    item = nav.topLevelItem(2)
    seen = []

    def clicked(clicked_item, _column) -> None:
        register_ops.log_status(demo, c.id, "completed", dt.date(2003, 5, 1), note="Convention signée")
        seen.append((shiboken6.isValid(clicked_item), shiboken6.isValid(clicked_item) and clicked_item.text(0), window.refreshes))

    nav.itemClicked.connect(clicked)
    before = window.refreshes
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center())
    assert seen == [(True, "ML-FR — Consultation franco-malienne sur la migration", before)]
    refreshed(window)
    assert window.refreshes == before + 1
    assert not shiboken6.isValid(item)  # the navigator was built anew, after the handler had finished with its item
    assert nav.currentItem().text(0).startswith("ML-FR")


def test_many_changes_in_one_turn_make_one_refresh(window, demo, refreshed):
    refs = ("MLFR-2001-01", "MLFR-2001-02", "MLFR-2002-01", "MLFR-2002-03", "MLFR-2001-04")
    before = window.refreshes
    for ref in refs:
        register_ops.log_status(demo, demo.commitment_by_ref(ref).id, "on_track", dt.date(2003, 5, 1))
    refreshed(window)
    assert window.refreshes == before + 1
    register_ops.log_status(demo, demo.commitment_by_ref(refs[0]).id, "at_risk", dt.date(2003, 5, 2))  # a later turn: its own refresh
    refreshed(window)
    assert window.refreshes == before + 2


def test_an_undo_makes_one_refresh(window, demo, refreshed):
    window.navigator.setCurrentItem(find_session(window, "ML-FR", "3rd session"))
    window.tabs.setCurrentWidget(window.agenda_view)
    view = window.agenda_view
    view.tree.setCurrentItem(view.tree.topLevelItem(4))
    before = window.refreshes
    view.shift(-1)
    refreshed(window)
    assert window.refreshes == before + 1
    window.undo.undo()
    refreshed(window)
    assert window.refreshes == before + 2


def test_a_refresh_queued_for_a_workspace_replaced_or_closed_does_nothing(window, demo, refreshed):
    c = demo.commitment_by_ref("MLFR-2002-03")
    register_ops.log_status(demo, c.id, "completed", dt.date(2003, 5, 1))
    before = window.refreshes
    fresh = Workspace.create(demo.path.with_name("fresh.consult"))
    window.switch_to(fresh)  # shows the new one at once: the refresh queued for the old one goes
    assert window.refreshes == before + 1 and demo.closed and window._changed not in demo.listeners
    refreshed(window)
    assert window.refreshes == before + 1 and window.navigator.topLevelItemCount() == 0
    records.add(fresh, Person("Oumar Diarra"))  # a change, then the workspace closes before the loop turns
    fresh.close()
    refreshed(window)
    assert window.refreshes == before + 1


def test_closing_the_window_with_a_refresh_queued(window, demo, qtbot):
    register_ops.log_status(demo, demo.commitment_by_ref("MLFR-2002-03").id, "completed", dt.date(2003, 5, 1))
    before = window.refreshes
    window.close()
    assert not window.queued.isActive()
    qtbot.wait(0)  # one turn of the event loop: nothing runs for a closed window
    assert window.refreshes == before


def test_window_title_names_the_workspace(window, demo):
    assert window.windowTitle() == f"Consult — {demo.path.name}"
