"""The Proposals panel's redline compares versions checked against their hash: one edited with the sqlite3 shell is named."""

from __future__ import annotations

from consult_app.store import Workspace
from consult_app.ui.main_window import MainWindow

from ..reports.test_frozen_attack import renamed, shell_edited, two_versions  # noqa: F401
from .test_main_window import find_session


def redline_of(path, qtbot, refreshed, nth: str = "3rd session") -> str:
    with Workspace.open(path) as ws:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        window.navigator.setCurrentItem(find_session(window, "ML-FR", nth))
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


def test_the_window_names_the_party_of_a_changed_delegation_line_as_the_window_does(demo_path, qtbot, refreshed, french):
    """The line's party by its short name in the interface's language (labels.party), as every view names it, not its plain name."""
    import dataclasses

    from consult_app.ops import minutes as minutes_ops
    from consult_app.ops import parties as parties_ops

    from ..reports.test_frozen_delegations import HEAD, RENAMED, rename_head, session3

    with Workspace.open(demo_path) as ws:
        minutes_ops.circulate(ws, session3(ws).id)
    rename_head(demo_path)
    with Workspace.open(demo_path) as ws:
        minutes_ops.circulate(ws, session3(ws).id)
        d = ws.dialogue_by_code("ML-FR")
        france = d.party_by_code("FR")
        parties_ops.update_parties(ws, d.id, [dataclasses.replace(france, names={"fr": dataclasses.replace(france.names["fr"], short="République française")})])
    text = redline_of(demo_path, qtbot, refreshed, "3e session")
    # its colon spaced as French writes it ("République française\u00a0:", which the plain text shows as a space)
    assert f"Supprimé : « République française : {HEAD}, " in text  # (its plain name: 'France')
    assert f"Inséré : « République française : {RENAMED}, " in text
