"""Add Follow-up Action… stays on agreed minutes (actions after the session are normal), and says that the agreed minutes
keep the actions as they were agreed: one added or changed now is followed up, not printed in them."""

from __future__ import annotations

from consult_app.domain.model import MinutesState
from consult_app.ui.main_window import MainWindow

from .test_main_window import find_session

AGREED_TIP = (
    "An action recorded in the minutes is joint: shared with the other delegation. These minutes are agreed: they keep the "
    "follow-up actions as agreed; an action added or changed now is followed up, not printed in them."
)


def minutes_of(qtbot, demo, refreshed, session: str):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.navigator.setCurrentItem(find_session(window, "ML-FR", session))
    window.tabs.setCurrentWidget(window.minutes_view)
    refreshed(window)
    return window


def test_add_follow_up_action_on_agreed_minutes_says_they_keep_the_actions_as_agreed(qtbot, demo, refreshed):
    window = minutes_of(qtbot, demo, refreshed, "2nd session")
    assert window.session.minutes_state == MinutesState.AGREED
    button = window.minutes_view.add_action_button
    assert button.isEnabled() and button.toolTip() == AGREED_TIP
    window.navigator.setCurrentItem(find_session(window, "ML-FR", "3rd session"))  # a draft: the joint action only
    refreshed(window)
    assert window.session.minutes_state == MinutesState.DRAFT
    assert button.toolTip() == "An action recorded in the minutes is joint: shared with the other delegation."


def test_the_tip_is_translated(qtbot, demo, refreshed, french):
    window = minutes_of(qtbot, demo, refreshed, "2e session")
    assert window.minutes_view.add_action_button.toolTip().endswith(
        "Ce procès-verbal est approuvé\u00a0: il garde les actions de suivi telles qu’approuvées\u00a0; une action ajoutée ou modifiée maintenant "
        "est suivie, mais n’y figure pas."
    )
