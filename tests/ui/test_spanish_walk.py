"""What a Spanish-speaking secretariat stumbled on (a walk of the demo in Spanish: US–Mexico working group, RCM)."""

from __future__ import annotations

from consult_app.ui.main_window import MainWindow

from .test_workbench import top


def us_mx_overview(demo, qtbot, refreshed):
    """The window on the US–Mexico working group, and its overview as text (cells separated by U+FDD0)."""
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.navigator.setCurrentItem(top(window, "US-MX"))
    refreshed(window)
    return window, window.details.document().toRawText()


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


def test_a_delegates_function_and_role_have_two_names(language, qtbot, demo, refreshed):
    """The delegations' columns read "Función … Función" in Spanish (a person's function, "Subsecretario", and their role in
    the delegation, "Jefe de delegación"), and so did the Add Delegate form: a person's function is their "Cargo"."""
    from consult_app.ui.session import MemberDialog

    from .test_main_window import find_session

    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.navigator.setCurrentItem(find_session(window, "US-MX", {"en": "2nd", "fr": "2e", "es": "2.ª"}[language]))
    window.tabs.setCurrentWidget(window.session_view)
    refreshed(window)
    header = window.session_view.members.headerItem()
    headers = [header.text(i) for i in range(header.columnCount())]
    assert len(set(headers)) == len(headers), headers
    dialog = MemberDialog(demo, window.dialogue, window)
    qtbot.addWidget(dialog)
    words = [dialog.layout().labelForField(w).text() for w in (dialog.name, dialog.title, dialog.organisation, dialog.party, dialog.role)]
    assert len(set(words)) == len(words), words
    if language == "es":
        assert headers[2] == "Cargo" and words[1] == "Cargo:"


def test_an_empty_field_is_refused_without_a_gender(spanish, qtbot, demo):
    """ "Acción: no puede estar vacío.": the one sentence serves fields of both genders, so it says "no puede quedar en blanco"."""
    from consult_app.ui.messages import translate

    assert translate("description: must not be empty.") == "Acción: no puede quedar en blanco."


def test_the_notice_of_agreed_minutes_edited_behind_the_apps_back_names_the_text_in_spanish(spanish, qtbot, demo_path):
    """Opening said "… difiere de la versión aprobada 2 (item 3 summary [es]) …" after a summary of agreed minutes was edited
    with the sqlite3 module: the changed text is named in the interface's language, as the Minutes view labels it."""
    import json
    import sqlite3

    from consult_app.store import Workspace

    from ..reports.test_spanish_minutes import agree_us_mx_2

    with Workspace.open(demo_path) as ws:
        _d, s = agree_us_mx_2(ws)
        item = next(i for i in ws.agenda(s.id) if i.title["en"] == "Border safety")
    with sqlite3.connect(demo_path) as db:
        summary = {**item.summary, "es": "Ambas partes no revisaron nada."}
        db.execute("UPDATE agenda_items SET summary = ? WHERE id = ?", (json.dumps(summary), item.id))
        db.execute("UPDATE agenda_items SET kind = 'break' WHERE title LIKE '%Closing%' AND session_id = ?", (s.id,))
    db.close()
    with Workspace.open(demo_path) as ws:
        window = MainWindow(ws)
        qtbot.addWidget(window)
        qtbot.waitUntil(lambda: window.notices.isVisibleTo(window))
        [text] = [label.text() for label in window.notices.findChildren(type(window.path_label)) if "versión aprobada" in label.text()]
        window.close()
    assert text == (
        "El acta de la sesión 2 de US-MX difiere de la versión aprobada 1 (punto 2, resumen [es]; el punto 4 ya no se examina): "
        "los textos aprobados solo cambian mediante enmienda; restaure una instantánea anterior a ese cambio para poder imprimirla de nuevo."
    )


def test_the_window_names_the_parties_in_its_own_language(spanish, qtbot, demo, refreshed):
    """In Spanish the window said "United States (nosotros), Mexico", "anfitrión: Mexico", "Versión 1 enviada por United
    States": a party with a Spanish name is called by it, as the Spanish minutes call it."""
    from consult_app.ops import minutes as minutes_ops

    from .test_main_window import find_session

    window, overview = us_mx_overview(demo, qtbot, refreshed)
    nav = window.navigator
    assert "Estados Unidos (nosotros), México" in overview and "\ufdd0México\ufdd0Robert Hayes" in overview  # the parties, a host
    minutes_ops.circulate(demo, demo.session_by_number(window.dialogue.id, 2).id)
    nav.setCurrentItem(find_session(window, "US-MX", "2.ª"))
    window.tabs.setCurrentWidget(window.session_view)
    refreshed(window)
    tree = window.session_view.members
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == ["Estados Unidos", "México"]
    window.tabs.setCurrentWidget(window.register_view)
    refreshed(window)
    register = window.register_view
    assert [register.party.itemText(i) for i in range(register.party.count())][1:3] == ["Estados Unidos", "México"]
    window.tabs.setCurrentWidget(window.minutes_view)
    refreshed(window)
    assert window.minutes_view.panel.status.text().startswith("Versión 1 enviada por Estados Unidos, SHA-256 ")


def test_the_overview_counts_commitments_without_a_plural_to_agree(spanish, qtbot, demo, refreshed):
    """ "Compromisos 4 — 2 no iniciado, 1 sustancial": a status after a count wants a plural ("2 no iniciados"), which the
    scale's labels do not have; as labels they need none. A dialogue without a founding instrument says so with a dash."""
    _window, text = us_mx_overview(demo, qtbot, refreshed)
    assert "Compromisos\ufdd04 — no iniciado: 2, sustancial: 1, completo: 1" in text
    assert "Instrumento fundacional\ufdd0—" in text


def test_long_dates_and_months_are_written_the_spanish_way(spanish, qtbot, demo, refreshed):
    """The dashboard said "A sábado 28 noviembre 2026." and "Vencimientos del mes (noviembre 2026)"; a founding instrument
    "(diciembre 2000)": Spanish joins day, month and year with "de", months in lower case."""
    import datetime as dt

    from consult_app.ui import labels

    assert labels.long_day(dt.date(2003, 6, 17)) == "martes, 17 de junio de 2003"
    assert labels.month(dt.date(2000, 12, 1)) == "diciembre de 2000"
    assert labels.day_heading(2, dt.date(2003, 6, 17)) == "Día 2 — martes, 17 de junio de 2003"
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.today = dt.date(2026, 11, 28)
    window.show_dashboard()
    refreshed(window)
    text = window.details.document().toRawText()
    assert "A sábado, 28 de noviembre de 2026." in text and "(noviembre de 2026)" in text
