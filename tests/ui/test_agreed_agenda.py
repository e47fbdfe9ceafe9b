"""The Agenda of agreed minutes offers no way to add, remove or move an item (the store refuses it too); Edit… stays,
for our own notes on each item."""

from __future__ import annotations

from consult_app.ui.main_window import MainWindow

from .test_main_window import find_session

CHANGES = ("add", "add_sub", "add_break", "add_lunch", "add_day", "delete", "up", "down", "indent", "outdent")


def test_the_agenda_of_agreed_minutes_is_read_only_but_for_our_notes(qtbot, demo, refreshed):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(window.agenda_view)
    actions = window.agenda_view.actions_by_name
    window.navigator.setCurrentItem(find_session(window, "ML-FR", "2nd session"))  # agreed
    refreshed(window)
    assert [name for name in CHANGES if actions[name].isEnabled()] == [] and actions["edit"].isEnabled()
    window.navigator.setCurrentItem(find_session(window, "ML-FR", "3rd session"))  # draft
    refreshed(window)
    assert [name for name in CHANGES if not actions[name].isEnabled()] == []
