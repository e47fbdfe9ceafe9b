"""The Agenda of agreed minutes offers no way to add, remove or move an item (the store refuses it too); Edit… stays,
for our own notes on each item."""

from __future__ import annotations

from PySide6.QtCore import Qt

from consult_app.ui.main_window import MainWindow

from .test_main_window import find_session

CHANGES = ("add", "add_sub", "add_break", "add_lunch", "add_day", "delete", "up", "down", "indent", "outdent")


def opened(qtbot, demo, view: str, session: str | None = None, refreshed=None) -> MainWindow:
    """The window on ``view`` (an attribute of the window), on ML-FR's ``session`` when given."""
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    window.tabs.setCurrentWidget(getattr(window, view))
    if session is not None:
        window.navigator.setCurrentItem(find_session(window, "ML-FR", session))
        refreshed(window)
    return window


def test_the_agenda_of_agreed_minutes_is_read_only_but_for_our_notes(qtbot, demo, refreshed):
    window = opened(qtbot, demo, "agenda_view", "2nd session", refreshed)  # agreed
    actions = window.agenda_view.actions_by_name
    assert [name for name in CHANGES if actions[name].isEnabled()] == [] and actions["edit"].isEnabled()
    window.navigator.setCurrentItem(find_session(window, "ML-FR", "3rd session"))  # draft
    refreshed(window)
    assert [name for name in CHANGES if not actions[name].isEnabled()] == []


def test_an_addition_or_an_edit_undone_after_the_minutes_were_agreed_is_refused_in_a_sentence(qtbot, demo, refreshed):
    """Undo and redo reach the store as any change does: an item added, or a duration changed, while the minutes were a
    draft stay once they are agreed, and the status bar says why."""
    from consult_app.domain.model import AgendaItem

    from ..conftest import agreed_before_versions

    window = opened(qtbot, demo, "agenda_view")
    window.navigator.setCurrentItem(find_session(window, "ML-FR", "3rd session"))  # draft
    refreshed(window)
    view = window.agenda_view
    session = view.session
    view._added(AgendaItem(session.id, {"fr": "Point ajouté avant l'adoption"}, position=1))
    refreshed(window)
    added = next(i for i in demo.agenda(session.id) if i.title == {"fr": "Point ajouté avant l'adoption"})
    assert view.current_id() == added.id
    editor = view.edit()
    editor.duration.setValue(added.duration_min + 15)
    editor.accept()
    refreshed(window)
    assert demo.agenda_item(added.id).duration_min == added.duration_min + 15
    agreed_before_versions(demo, session.id)
    items = demo.agenda(session.id)
    window.undo.undo()  # the edit: its duration back
    assert (
        window.statusBar()
        .currentMessage()
        .endswith("The minutes of this session are agreed: an item's place, kind and timing stay as agreed; record an amendment to change a text.")
    )
    window.undo.undo()  # the addition
    assert (
        window.statusBar()
        .currentMessage()
        .endswith("The minutes of this session are agreed: their items can no longer be added, removed or moved; record an amendment to change a text.")
    )
    assert demo.agenda(session.id) == items


def test_the_delegations_of_agreed_minutes_are_read_only(qtbot, demo, refreshed):
    window = opened(qtbot, demo, "session_view")
    view = window.session_view
    for number, agreed in (("2nd session", True), ("3rd session", False)):
        window.navigator.setCurrentItem(find_session(window, "ML-FR", number))
        refreshed(window)
        delegate = view.members.topLevelItem(0).child(0)
        view.members.setCurrentItem(delegate)
        assert [c.isEnabled() for c in view.delegation_commands] == [not agreed] * 4, number
        assert view.confirm_button.isEnabled() is not agreed
        assert bool(delegate.flags() & Qt.ItemFlag.ItemIsUserCheckable) is not agreed


def test_the_item_editor_of_agreed_minutes_offers_only_what_may_change(qtbot, demo, refreshed):
    window = opened(qtbot, demo, "agenda_view", "2nd session", refreshed)
    view = window.agenda_view
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    editor = view.edit()
    assert all(edit.isReadOnly() for edit in editor.titles.values())
    assert not editor.kind.isEnabled() and not editor.duration.isEnabled()
    editor.objective.setPlainText("Rappeler l'engagement de 2001.")
    editor.accept()
    refreshed(window)
    item_id = view.tree.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole)
    assert demo.agenda_item(item_id).objective == "Rappeler l'engagement de 2001."
