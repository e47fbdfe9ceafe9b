"""Working languages are named, in the interface's language, wherever a person picks one (a French walk saw "Langue : fr")."""

from __future__ import annotations

from consult_app.ui.documents import MINUTES
from consult_app.ui.main_window import MainWindow

from .test_main_window import find_session


def items(box) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def test_languages_are_named_in_the_interface_language(french, qtbot, demo):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.navigator.setCurrentItem(find_session(window, "US-MX", "2e session"))
    options = window.documents.generate(MINUTES)
    assert items(options.language) == ["Anglais", "Espagnol", "Anglais et espagnol, côte à côte"]
    assert options.language.currentData() == ["en"]
    options.reject()

    window.navigator.setCurrentItem(find_session(window, "IT-AL", "2e session"))
    window.tabs.setCurrentWidget(window.minutes_view)
    panel = window.minutes_view.panel
    window.workspace.circulate(window.session.id, by="test")
    propose = panel.open_propose()
    names = {"en": "Anglais", "it": "Italien", "sq": "Albanais"}
    assert items(propose.lang) == [names[code] for code in window.workspace.dialogue_by_code("IT-AL").languages]
    propose.reject()
