"""Shared fixtures of the window's tests: the interface in another language, and the workbench on a session."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QSettings

from consult_app.ui import i18n
from consult_app.ui.main_window import MainWindow


def speaking(qapp, lang: str):
    i18n.install(qapp, lang)
    yield lang
    i18n.install(qapp, "en")
    QLocale.setDefault(QLocale("en"))


@pytest.fixture
def french(qapp):
    yield from speaking(qapp, "fr")


@pytest.fixture
def spanish(qapp):
    yield from speaking(qapp, "es")


@pytest.fixture(params=["en", "fr", "es"])
def language(request, qapp):
    """Each of the three languages of the interface in turn."""
    yield from speaking(qapp, request.param)


@pytest.fixture
def workbench(qtbot, demo):
    """The window at a laptop's 1024×700 on the demo, the Mali–France dialogue selected (``.mlfr`` its navigator item)."""
    QSettings().clear()
    w = MainWindow(demo)
    qtbot.addWidget(w)
    w.resize(1024, 700)
    w.show()
    qtbot.waitExposed(w)
    nav = w.navigator
    w.mlfr = next(nav.topLevelItem(i) for i in range(nav.topLevelItemCount()) if nav.topLevelItem(i).text(0).startswith("ML-FR"))
    nav.setCurrentItem(w.mlfr)
    return w


@pytest.fixture
def refreshed(qtbot):
    """``refreshed(window)``: wait until the window's queued refresh has run.

    A change queues one refresh, which the event loop runs once the handler that
    made the change has returned: read the window after it, not before.
    """

    def wait(window) -> None:
        qtbot.waitUntil(lambda: not window.queued.isActive())

    return wait
