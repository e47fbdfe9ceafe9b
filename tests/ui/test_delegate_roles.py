"""The delegations show a delegate's role as the documents print it (domain.language.delegate_role), its words ("Member",
"Head of delegation") in the interface's language."""

from __future__ import annotations

from consult_app.ui.main_window import MainWindow

from .test_main_window import find_session

NTH = {"en": "2nd", "fr": "2e", "es": "2.ª"}
HEAD = {"en": "Head of delegation", "fr": "Chef de délégation", "es": "Jefe de delegación"}
MEMBER = {"en": "Member", "fr": "Membre", "es": "Miembro"}


def roles(view) -> list[str]:
    tree = view.members
    return [tree.topLevelItem(i).child(j).text(4) for i in range(tree.topLevelItemCount()) for j in range(tree.topLevelItem(i).childCount())]


def test_the_role_column_shows_stock_roles_in_the_interfaces_language(language, qtbot, demo, refreshed):
    """US-MX's delegates were typed "Head of delegation", "Member" (US) and "Jefe de delegación", "Miembro" (MX): the
    column showed them as typed whatever the interface's language."""
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.navigator.setCurrentItem(find_session(window, "US-MX", NTH[language]))
    window.tabs.setCurrentWidget(window.session_view)
    refreshed(window)
    head, member = HEAD[language], MEMBER[language]
    assert roles(window.session_view) == [head, member, head, member]


def test_a_role_of_ones_own_stays_as_typed(french, qtbot, demo, refreshed):
    """Any other role ("Legal adviser"), and a member's role typed in a language the interface does not speak ("Membru"),
    as typed; the head's is the head's whatever was typed ("Șef de delegație"), as the minutes print it."""
    from consult_app.domain.model import DelegationMember, Person
    from consult_app.ops import sessions as sessions_ops

    d = demo.dialogue_by_code("US-MX")
    s = demo.session_by_number(d.id, 2)
    adviser = Person(name="Ana Torres", party="MX")
    sessions_ops.add_delegate(demo, DelegationMember(adviser.id, d.party_by_code("MX").id, "Legal adviser", session_id=s.id, position=9), adviser)
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.navigator.setCurrentItem(find_session(window, "US-MX", "2e"))
    window.tabs.setCurrentWidget(window.session_view)
    refreshed(window)
    assert roles(window.session_view) == ["Chef de délégation", "Membre", "Chef de délégation", "Membre", "Legal adviser"]
    window.navigator.setCurrentItem(find_session(window, "IT-RO", "1re"))
    refreshed(window)
    assert roles(window.session_view) == ["Chef de délégation", "Chef de délégation", "Membru"]


def test_the_overview_names_the_stock_roles_in_the_interfaces_language(spanish, qtbot, demo, refreshed):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.navigator.setCurrentItem(find_session(window, "US-MX", "2.ª"))
    refreshed(window)
    text = window.details.document().toRawText()
    assert "Robert Hayes, Assistant Secretary for Consular Affairs — Jefe de delegación" in text
    assert "Linda Carter, Director, Office of International Affairs — Miembro" in text and "— Member" not in text


def test_the_window_shows_a_role_as_the_minutes_print_it(qtbot, demo, refreshed):
    """A member with no role is "Member" (it showed blank); one who is not the head but whose role was typed "Chef de
    délégation" keeps it as typed (the window said "Head of delegation" while the minutes printed "Chef de délégation")."""
    from consult_app.domain import language
    from consult_app.domain.model import DelegationMember, Person
    from consult_app.ops import sessions as sessions_ops

    d = demo.dialogue_by_code("US-MX")
    s = demo.session_by_number(d.id, 2)
    mx = d.party_by_code("MX").id
    for position, (name, role) in enumerate((("Ana Torres", ""), ("Luis Ortega", "Chef de délégation")), start=9):
        person = Person(name=name, party="MX")
        sessions_ops.add_delegate(demo, DelegationMember(person.id, mx, role, session_id=s.id, position=position), person)
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.navigator.setCurrentItem(find_session(window, "US-MX", "2nd"))
    window.tabs.setCurrentWidget(window.session_view)
    refreshed(window)
    assert roles(window.session_view)[-2:] == ["Member", "Chef de délégation"]
    printed = [language.delegate_role(m.role, m.is_head, str) for m in demo.delegation(s.id)]
    assert sorted(roles(window.session_view)) == sorted(printed)
    text = window.details.document().toRawText()
    assert "Ana Torres, " in text and "— Member" in text and "— Chef de délégation" in text
