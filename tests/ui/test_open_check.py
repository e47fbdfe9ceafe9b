"""The window names agreed minutes edited behind the app's back in a bar above its views when it opens the workspace
(with any other open-time notice), in the interface's language; an untouched workspace shows no bar. The bar is
saved as a picture in test-artifacts/ for a person to look at."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from consult_app.store import Workspace
from consult_app.ui.main_window import MainWindow

from ..reports.test_documents import ARTEFACTS
from ..store.test_open_check import ADVICE, EDITS, agreed_by_sign_off, edited


def opened(qtbot, path) -> MainWindow:
    QSettings().clear()
    window = MainWindow(Workspace.open(path))
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_window_names_the_edited_minutes_until_dismissed(qtbot, demo_path):
    path = edited(agreed_by_sign_off(demo_path), EDITS["added"][0])
    window = opened(qtbot, path)
    assert window.notices.isVisible()
    assert window.notices.text.text() == EDITS["added"][1] + ADVICE
    ARTEFACTS.mkdir(exist_ok=True)
    window.grab().save(str(ARTEFACTS / "open-notice.png"))
    window.notices.close_button.click()
    assert not window.notices.isVisible()
    window.workspace.close()


def test_the_window_speaks_the_interfaces_language(qtbot, demo_path, french):
    path = edited(agreed_by_sign_off(demo_path), EDITS["text"][0])
    window = opened(qtbot, path)
    assert window.notices.text.text() == (
        "Le procès-verbal de la session 3 de ML-FR diffère de la version approuvée 1 (point 4, conclusions [fr])\u00a0: "
        "des textes approuvés ne changent que par rectification\u00a0; restaurez un instantané antérieur à cette modification "
        "pour pouvoir l’imprimer de nouveau."
    )
    ARTEFACTS.mkdir(exist_ok=True)
    window.grab().save(str(ARTEFACTS / "open-notice-fr.png"))
    window.workspace.close()


def test_an_untouched_workspace_shows_no_bar(qtbot, demo_path):
    window = opened(qtbot, agreed_by_sign_off(demo_path))
    assert not window.notices.isVisible() and window.notices.text.text() == ""
    window.workspace.close()
