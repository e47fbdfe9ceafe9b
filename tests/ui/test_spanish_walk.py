"""What a Spanish-speaking secretariat stumbled on (a walk of the demo in Spanish: US–Mexico working group, RCM)."""

from __future__ import annotations

from consult_app.ui.main_window import MainWindow


def _search(window, qtbot, words):
    from consult_app.ui.search import SearchDialog

    dialog = SearchDialog(window.navigation)
    qtbot.addWidget(dialog)
    dialog.run(words)
    return [dialog.results.item(i).text().split("\n")[0] for i in range(dialog.results.count())]


def test_search_names_sessions_and_items_as_the_navigator_does(spanish, qtbot, demo):
    """Ctrl+K said "US-MX · sesión · US-MX #2", and "RCM, 7.ª sesión · punto del orden del día · Cooperation against migrant
    smuggling" for an item of a dialogue whose first working language is Spanish, and "RCM · diálogo · RCM"."""
    window = MainWindow(demo)
    qtbot.addWidget(window)
    lines = _search(window, qtbot, "tráfico")
    assert "RCM, 7.ª sesión · punto del orden del día · Cooperación contra el tráfico ilícito de migrantes" in lines
    assert "US-MX · sesión · US-MX, 2.ª sesión" in _search(window, qtbot, "Ciudad de México")
    assert "RCM · diálogo · RCM — Conferencia Regional sobre Migración (Proceso Puebla)" in _search(window, qtbot, "Conferencia")
    assert not [line for line in lines if "#" in line]
