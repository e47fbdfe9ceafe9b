"""The session editor shows every refusal at once, each under its own field, as the other editors do (it showed the first only)."""

from __future__ import annotations

from PySide6.QtCore import QDate

from .test_main_window import find_session


def shown(editor) -> dict[str, str]:
    return {field: label.text() for field, label in editor.errors.items() if label.text() and label.isVisible()}


def test_two_bad_fields_of_a_session_are_both_refused_under_their_fields(workbench, demo):
    workbench.navigator.setCurrentItem(find_session(workbench, "ML-FR", "3rd session"))
    workbench.tabs.setCurrentWidget(workbench.session_view)
    before = demo.session(workbench.session.id)
    editor = workbench.session_view.edit()
    editor.starts.setDate(QDate(2003, 6, 17))
    editor.ends.setDate(QDate(2003, 6, 16))
    editor.venue.setText("Bamako\x07")
    editor.accept()
    assert editor.isVisible()
    assert shown(editor) == {
        "ends_on": "Ends on: the session ends (16 Jun 2003) before it starts (17 Jun 2003).",
        "venue": "Venue: contains control characters that cannot be stored.",
    }
    editor.venue.setText("Bamako")  # the one left is still said, and only it
    editor.accept()
    assert shown(editor) == {"ends_on": "Ends on: the session ends (16 Jun 2003) before it starts (17 Jun 2003)."}
    assert demo.session(workbench.session.id) == before  # nothing saved while refused
    editor.reject()


def test_a_new_session_shows_both_refusals_and_is_not_created(workbench, demo):
    sessions = demo.sessions(workbench.dialogue.id)
    dialog = workbench.creating.new_session()
    dialog.ends.setDate(dialog.starts.date().addDays(-1))
    dialog.venue.setText("Paris\x07")
    dialog.accept()
    assert dialog.isVisible() and set(shown(dialog)) == {"ends_on", "venue"}
    assert shown(dialog)["venue"] == "Venue: contains control characters that cannot be stored."
    assert demo.sessions(workbench.dialogue.id) == sessions  # refused: no session made
    dialog.reject()


def test_a_new_session_before_the_last_is_refused_with_the_other_refusals(workbench, demo):
    sessions = demo.sessions(workbench.dialogue.id)
    dialog = workbench.creating.new_session()
    dialog.starts.setDate(QDate(2003, 6, 1))  # ML-FR's 3rd session began on 16 June 2003
    dialog.ends.setDate(QDate(2003, 6, 2))
    dialog.venue.setText("Paris\x07")
    dialog.accept()
    assert dialog.isVisible()
    assert shown(dialog) == {
        "starts_on": "Starts on: the new session must start after the 3rd session (16 Jun 2003).",
        "venue": "Venue: contains control characters that cannot be stored.",
    }
    assert demo.sessions(workbench.dialogue.id) == sessions
    dialog.reject()
