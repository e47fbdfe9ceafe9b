"""Minutes circulated before Consult kept versions (the demo's IT-AL 2nd session, a workspace from before the
negotiated record): no proposal or sign-off until version 1 is circulated, said in one sentence, and circulating
them freezes version 1 as usual. Before, Propose… was offered, and the dialog and the command line failed with an
IndexError."""

from __future__ import annotations

from consult_app.domain.model import MinutesState
from consult_app.ui.main_window import MainWindow

from .test_main_window import find_session


def test_legacy_circulated_minutes_ask_for_version_1_first(qtbot, demo, demo_path, refreshed, cli):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.navigator.setCurrentItem(find_session(window, "IT-AL", "2nd session"))
    window.tabs.setCurrentWidget(window.minutes_view)
    refreshed(window)
    panel, session = window.minutes_view.panel, window.session
    assert session.minutes_state == MinutesState.CIRCULATED and demo.minutes_versions(session.id) == []
    assert panel.status.text() == (
        "Circulated before Consult kept versions: circulate them to freeze version 1, with its hash, before proposals and sign-offs."
    )
    assert not panel.buttons["propose"].isEnabled() and not panel.buttons["sign_off"].isEnabled()
    assert panel.buttons["circulate"].isEnabled()

    demo.close()  # the command line opens the file itself
    refused = cli("minutes", "propose", demo_path, "--dialogue", "IT-AL", "--session", "2", "--item", "1", "--op", "comment", "--comment", "x")
    assert refused.returncode == 1 and "IndexError" not in refused.stderr
    assert refused.stderr.strip() == (
        "consult-app: The minutes of IT-AL session 2 have no circulated version yet: circulate them, then propose changes to that version."
    )
    done = cli("minutes", "circulate", demo_path, "--dialogue", "IT-AL", "--session", "2")
    assert done.returncode == 0, done.stderr
    proposed = cli("minutes", "propose", demo_path, "--dialogue", "IT-AL", "--session", "2", "--item", "1", "--op", "comment", "--comment", "x")
    assert proposed.returncode == 0, proposed.stderr
