"""The Proposals panel of the Minutes view: its refusal line takes no room when there is none, and a decision refreshes it once."""

from __future__ import annotations

import pytest

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
