"""Start-up: the first window is complete but builds no view; views and their modules come when wanted."""

from __future__ import annotations

import os
import subprocess
import sys

from consult_app.ui.main_window import VIEWS, MainWindow

VIEW_MODULES = ("agenda", "documents", "exchange", "followup", "minutes", "register", "session")


def test_the_first_window_is_complete_and_builds_no_view(qtbot, demo):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.navigator.topLevelItemCount() == 5
    overview = window.details.toPlainText()
    first = window.navigator.topLevelItem(0)
    assert window.navigator.currentItem() is first.child(first.childCount() - 1)  # the first dialogue's latest session, in hand
    assert window.session.number == first.childCount() and window.session.dialogue_id == window.dialogue.id
    assert "session of the" in overview and "Delegations" in overview  # its overview, painted with the window
    assert window._views == {}
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Overview",
        "Session",
        "Agenda",
        "Minutes",
        "Commitments",
        "Follow-up",
        "Indicators",
    ]

    window.tabs.setCurrentIndex(1 + VIEWS.index("register_view"))  # as a click on the tab does
    assert list(window._views) == ["register_view"]
    assert window.tabs.currentWidget() is window.register_view
    assert window.register_view.model.rowCount() > 0  # loaded for the selected dialogue
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Commitments"


def test_a_session_tab_built_while_disabled_stays_disabled(qtbot, demo):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.select_dialogue(window.dialogue.id)
    assert window.dialogue is not None and window.session is None  # a dialogue is selected
    index = window.tabs.indexOf(window.agenda_view)  # built now, behind a disabled tab
    assert index == 1 + VIEWS.index("agenda_view") and not window.tabs.isTabEnabled(index)
    assert window.tabs.currentIndex() == 0


def test_starting_the_window_imports_no_view_module():
    """What start-up imports (checked in a fresh interpreter): no view, dialog or file-format module."""
    probe = "import sys\nimport consult_app.ui.application\nprint(' '.join(sorted(m for m in sys.modules if m.startswith('consult_app.'))))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = set(out.stdout.split())
    assert "consult_app.ui.main_window" in loaded
    assert not loaded & {f"consult_app.ui.{name}" for name in VIEW_MODULES}, loaded
    assert not loaded & {"consult_app.exchange.interchange", "consult_app.store.sync", "consult_app.store.checks", "consult_app.ops.workspaces"}


def test_quit_after_first_paint_and_the_marks(demo_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONSULT_QUIT_AFTER_PAINT="1", CONSULT_STARTUP_MARKS="1", HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-m", "consult_app.cli", str(demo_path)], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = [line.split() for line in out.stdout.splitlines()]
    stages = [words[1] for words in lines if words[0] == "mark"]
    assert stages == ["python-and-cli", "platform-checked", "qt-imported", "qapplication", "workspace-open", "window-built", "shown", "closed"]
    times = [int(words[-1]) for words in lines]
    assert times == sorted(times) and [w[0] for w in lines].index("first-paint") == len(lines) - 2  # painted, then closed
