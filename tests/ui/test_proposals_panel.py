"""The Proposals panel of the Minutes view: its refusal line takes no room when there is none, and a decision refreshes it once."""

from __future__ import annotations

import dataclasses

import pytest

from consult_app.domain.model import MinutesState
from consult_app.ops import minutes as minutes_ops

from .test_main_window import find_session


@pytest.fixture
def panel(workbench, qtbot, refreshed):
    """The Proposals panel of ML-FR's 3rd session, in front (minutes in draft, not circulated)."""
    workbench.navigator.setCurrentItem(find_session(workbench, "ML-FR", "3rd session"))
    workbench.tabs.setCurrentWidget(workbench.minutes_view)
    refreshed(workbench)
    qtbot.waitUntil(workbench.minutes_view.isVisible)
    panel = workbench.minutes_view.panel
    workbench.minutes_view.bottom.setCurrentWidget(workbench.minutes_view.bottom.widget(0))
    qtbot.waitUntil(panel.isVisible)
    return panel


def test_the_refusal_line_is_hidden_while_there_is_no_refusal(panel, workbench, qtbot, refreshed):
    below_buttons = panel.table.y()
    assert panel.error.text() == "" and panel.error.isHidden()  # no blank line between the buttons and the table
    assert not panel.decide("accept")  # nothing chosen
    assert panel.error.isVisible() and panel.error.text() == "Choose a proposal in the list first."
    qtbot.waitUntil(lambda: panel.table.y() > below_buttons)  # the sentence takes its room
    assert panel.circulate()  # a change that goes through: the refusal goes, and its line with it
    refreshed(workbench)
    assert panel.error.text() == "" and panel.error.isHidden()
    qtbot.waitUntil(lambda: panel.table.y() == below_buttons)


def test_one_accept_refreshes_the_panel_once(panel, workbench, demo, qtbot, refreshed, monkeypatch):
    session = workbench.session
    mali = workbench.dialogue.party_by_code("ML").id
    item = next(i for i in demo.agenda(session.id) if i.title["fr"].startswith("Politique des visas"))
    demo.update_agenda_item(dataclasses.replace(item, summary={"fr": "Les deux parties ont examiné la politique des visas."}))
    minutes_ops.set_state(demo, session.id, MinutesState.CIRCULATED)
    propose = panel.open_propose()
    propose.item.setCurrentIndex(propose.item.findData(item.id))
    propose.party.setCurrentIndex(propose.party.findData(mali))
    propose.passage.setText("examiné")
    propose.text.setPlainText("évalué")
    propose.accept()
    assert not propose.isVisible()
    refreshed(workbench)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 5).text() == "open"

    refreshes = []
    refresh = panel.refresh
    monkeypatch.setattr(panel, "refresh", lambda: (refreshes.append(1), refresh())[-1])
    panel.table.selectRow(0)
    assert panel.decide("accept"), panel.error.text()
    refreshed(workbench)
    assert len(refreshes) == 1
    assert panel.table.item(0, 5).text() == "accepted"  # the one refresh shows the decision
    assert demo.agenda_item(item.id).summary["fr"] == "Les deux parties ont évalué la politique des visas."


def test_a_refusal_does_not_follow_the_person_to_another_session(panel, workbench, qtbot, refreshed):
    assert not panel.decide("accept")
    assert panel.error.text() == "Choose a proposal in the list first."
    workbench.navigator.setCurrentItem(find_session(workbench, "ML-FR", "2nd session"))
    refreshed(workbench)
    assert panel.session.number == 2
    assert panel.error.text() == "" and panel.error.isHidden()
