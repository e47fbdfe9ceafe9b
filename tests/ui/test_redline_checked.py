"""The Proposals panel's redline compares versions checked against their hash: one edited with the sqlite3 shell is named."""

from __future__ import annotations

from consult_app.store import Workspace
from consult_app.ui.main_window import MainWindow

from ..reports.test_frozen_attack import renamed, shell_edited, two_versions  # noqa: F401
from .test_main_window import find_session


def redline_of(path, qtbot, refreshed) -> str:
    with Workspace.open(path) as ws:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.navigator.setCurrentItem(find_session(window, "ML-FR", "3rd session"))
        window.tabs.setCurrentWidget(window.minutes_view)
        refreshed(window)
        panel = window.minutes_view.panel
        panel.old.setValue(1)
        panel.new.setValue(2)
        text = panel.redline.toPlainText()
        window.close()
    return text


def test_the_window_lists_the_follow_up_actions_that_changed_between_versions(two_versions, qtbot, refreshed):  # noqa: F811
    """The printed redline listed them; the window's said "No text differs between the two versions."."""
    text = redline_of(two_versions, qtbot, refreshed)
    assert text.splitlines()[0] == "Follow-up actions"
    [deleted, inserted] = text.splitlines()[1:]
    assert deleted.startswith("Deleted: «") and deleted.endswith(" — 30 Sep 2003»")
    assert inserted == deleted.replace("Deleted:", "Inserted:").replace("30 Sep 2003", "1 Oct 2003")


def test_the_window_names_a_version_edited_behind_its_back_instead_of_comparing_it(two_versions, qtbot, refreshed):  # noqa: F811
    shell_edited(two_versions, renamed)
    assert redline_of(two_versions, qtbot, refreshed) == (
        "The minutes of ML-FR session 3: the texts of version 1 do not match their hash (they were changed after it was circulated)."
    )
