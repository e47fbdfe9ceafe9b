"""At 1024×700, in each language of the interface, every view's toolbar shows all its buttons (a French walk found the
Agenda's last ones behind "»"): its move and indent buttons are arrows named in their tips, its summary sits under the items."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QToolBar, QToolButton

from consult_app.ui.main_window import MainWindow

from .test_main_window import find_session


def test_no_toolbar_hides_buttons_at_1024_by_700(language, qtbot, demo, refreshed):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    window.navigator.setCurrentItem(find_session(window, "ML-FR", {"en": "3rd", "fr": "3e", "es": "3.ª"}[language]))
    refreshed(window)
    hidden = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        refreshed(window)
        qtbot.waitUntil(window.tabs.currentWidget().isVisible)
        QApplication.processEvents()  # the toolbars are laid out once shown
        for toolbar in window.tabs.currentWidget().findChildren(QToolBar):
            more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
            if more is not None and more.isVisible():
                hidden.append(f"{window.tabs.tabText(index)}: {[a.text() for a in toolbar.actions()]}")
    assert hidden == []
    up = window.agenda_view.actions_by_name["up"]
    assert not up.icon().isNull() and up.toolTip() == {"en": "Move Up (Alt+Up)", "fr": "Monter (Alt+Haut)", "es": "Subir (Alt+Arriba)"}[language]
