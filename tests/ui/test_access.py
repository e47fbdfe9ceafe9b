"""Screen readers and the keyboard: every control of every view and dialog named, in each language; Tab never trapped.

Every view and dialog is opened as a person would, through the window. A
control is what Tab can reach (``access.controls``); its name is what a
screen reader announces (``QAccessible``'s Name).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QPlainTextEdit, QTextEdit

from consult_app.ui import access
from consult_app.ui.main_window import VIEWS
from consult_app.ui.register import CommitmentEditor

from ..conftest import ROOT


@pytest.fixture
def window(workbench):
    workbench.navigator.setCurrentItem(workbench.mlfr.child(2))  # its 3rd session: every view can be shown
    return workbench


def views(window):
    """Each tab of the window, shown in turn (the Overview's browser, then the views)."""
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        yield window.tabs.tabText(index), window.tabs.currentWidget()


def dialogs(window, tmp_path):
    """Every dialog of the app, opened through the window as a person would (and closed after)."""
    ws = window.workspace
    w = window
    w.tabs.setCurrentWidget(w.register_view)
    w.register_view.select(ws.commitment_by_ref("MLFR-2002-01").id)
    bad = tmp_path / "bad.packet"
    bad.write_bytes(b"not a packet")
    openers = {
        "log status": w.register_view.log_status,
        "commitment editor": w.register_view.edit,
        "new commitment": w.creating.new_commitment,
        "agenda item editor": lambda: (
            w.tabs.setCurrentWidget(w.agenda_view),
            w.agenda_view.tree.setCurrentItem(w.agenda_view.tree.topLevelItem(1)),
            w.agenda_view.edit(),
        )[-1],
        "new agenda item": lambda: (w.tabs.setCurrentWidget(w.agenda_view), w.agenda_view.add())[-1],
        "session editor": lambda: (w.tabs.setCurrentWidget(w.session_view), w.session_view.edit())[-1],
        "member dialog": lambda: (w.tabs.setCurrentWidget(w.session_view), w.session_view.add_member())[-1],
        "new session": w.creating.new_session,
        "new dialogue": w.creating.new_dialogue,
        "parties and protocol names": w.creating.party_names,
        "action editor": lambda: (w.tabs.setCurrentWidget(w.actions_view), w.actions_view.add())[-1],
        "measurement": lambda: (w.tabs.setCurrentWidget(w.indicators_view), w.indicators_view.add_measurement())[-1],
        "new indicator": lambda: (w.tabs.setCurrentWidget(w.indicators_view), w.indicators_view.new_indicator())[-1],
        "indicator editor": lambda: (w.tabs.setCurrentWidget(w.indicators_view), w.indicators_view.edit_indicator())[-1],
        "withdraw": lambda: (w.tabs.setCurrentWidget(w.register_view), w.register_view.withdraw())[-1],
        "supersede": lambda: (w.tabs.setCurrentWidget(w.register_view), w.register_view.supersede())[-1],
        "reaffirm": lambda: (w.tabs.setCurrentWidget(w.register_view), w.register_view.reaffirm())[-1],
        "amend minutes": lambda: (w.tabs.setCurrentWidget(w.minutes_view), w.minutes_view.open_amend())[-1],
        "joint minutes options": lambda: w.documents.generate("minutes"),
        "tracker options": lambda: w.documents.generate("tracker"),
        "brief options": lambda: w.documents.generate("brief"),
        "send changes": lambda: w.exchange.send_changes_to(tmp_path / "out.packet"),
        "receive changes": lambda: w.exchange.receive_changes_from(bad),
        "exchange partners": w.exchange.partners,
        "invite the other secretariat": lambda: _from_partners(w, "open_invite"),
        "accept invitation or reply": lambda: _from_partners(w, "open_accept"),
        "search": w.navigation.search_workspace,
        "restore": w.tools.restore_backup,
        "language": w.tools.choose_language,
        "missing translations": w.navigation.missing_translations,
        "people directory": w.tools.people_directory,
        "person editor": lambda: _in_directory(w, "edit"),
        "new person": lambda: _in_directory(w, "add"),
        "preferences": w.tools.preferences,
        "propose a change": lambda: _negotiating(w).open_propose(),
        "accept with an edit": lambda: _deciding(w),
        "sign off": lambda: _negotiating(w).open_sign_off(),
    }
    for name, opener in openers.items():
        dialog = opener()
        assert isinstance(dialog, QDialog) and dialog.isVisible(), name
        yield name, dialog
        dialog.reject()


def _in_directory(window, what: str):
    """The person editor, opened from the people directory (which stays open behind it)."""
    directory = window.tools.people_directory()
    editor = getattr(directory, what)()
    editor.finished.connect(lambda _r: directory.reject())
    return editor


def _from_partners(window, opener: str):
    """A pairing dialog, opened from Exchange Partners (which stays open behind it)."""
    partners = window.exchange.partners()
    dialog = getattr(partners, opener)()
    dialog.finished.connect(lambda _r: partners.reject())
    return dialog


def _negotiating(window):
    """The Proposals panel of the session's minutes, circulated (version 1) if they were not yet."""
    window.tabs.setCurrentWidget(window.minutes_view)
    panel = window.minutes_view.panel
    if not window.workspace.minutes_versions(window.session.id):
        assert panel.circulate(), panel.error.text()
        window.settle()  # the window's refresh reloads the panel
    return panel


def _deciding(window):
    """Accept with an edit, on a comment proposed through its dialog."""
    panel = _negotiating(window)
    if not panel.proposals:
        propose = panel.open_propose()
        propose.op.setCurrentIndex(propose.op.findData("comment"))
        propose.comment.setText("Plus précis")
        propose.accept()
        assert not propose.isVisible(), propose.error.text()
        window.settle()
    panel.table.selectRow(0)
    return panel.open_edit()


def unnamed(root) -> list[str]:
    return [f"{type(c).__name__} '{c.objectName()}'" for c in access.controls(root) if not access.spoken_name(c).strip()]


def english_only(lang: str) -> set[str]:
    """Names that are English words whose translation differs: a control announced so in French or Spanish is untranslated."""
    root = ET.parse(ROOT / "resources" / "translations" / f"consult_{lang}.ts").getroot()
    out = set()
    for message in root.iter("message"):
        source, translation = message.find("source").text or "", message.find("translation").text or ""
        if access.label_text(source) != access.label_text(translation):
            out.add(access.label_text(source))
    return out - {access.label_text(t.text or "") for t in root.iter("translation")}


def test_every_control_of_every_view_and_dialog_has_a_name(language, window, tmp_path):
    problems = []
    wrong = english_only(language) if language != "en" else set()
    for title, view in views(window):
        problems += [f"view {title}: {c} has no name" for c in unnamed(view)]
        problems += [f"view {title}: '{access.spoken_name(c)}' is not translated" for c in access.controls(view) if access.spoken_name(c) in wrong]
    problems += [f"window: {c} has no name" for c in (window.navigator, window.tabs.tabBar()) if not access.spoken_name(c)]
    count = 0
    for name, dialog in dialogs(window, tmp_path):
        count += 1
        problems += [f"dialog {name}: {c} has no name" for c in unnamed(dialog)]
        problems += [f"dialog {name}: '{access.spoken_name(c)}' is not translated" for c in access.controls(dialog) if access.spoken_name(c) in wrong]
    assert count == 37
    assert problems == []


def test_the_check_finds_an_unnamed_control(qtbot):
    """A guard that cannot fail guards nothing: an unlabelled combo box is caught, a labelled one is not."""
    from PySide6.QtWidgets import QComboBox, QFormLayout

    from consult_app.ui.widgets import Dialog

    dialog = Dialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    named, bare = QComboBox(), QComboBox()
    form.addRow("Party:", named)
    form.addRow(bare)
    dialog.show()
    assert access.spoken_name(named) == "Party"
    assert unnamed(dialog) == ["QComboBox ''"]


# ---------------------------------------------------------------- the keyboard


def control_of(widget):
    """The control that holds the focus (a date edit, not the line edit inside it)."""
    while widget is not None and access.is_inner(widget):
        widget = widget.parentWidget()
    return widget


def tab_through(qtbot, top, first) -> list:
    """Press Tab from ``first`` until the focus comes back to it; the controls visited, in order."""
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top, timeout=3000)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: control_of(QApplication.focusWidget()) is first, timeout=3000)
    visited = [first]
    for _ in range(200):
        before = QApplication.focusWidget()
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        now = control_of(QApplication.focusWidget())
        if now is first:
            return visited
        assert now is not control_of(before), f"Tab stays in {type(before).__name__} '{before.objectName()}'"
        visited.append(now)
    raise AssertionError("Tab never came back to where it started")


def reachable(root) -> list:
    return [c for c in access.controls(root) if c.isEnabled() and c.isVisible()]


def test_tab_reaches_every_control_and_leaves_every_table_and_text_box(window, qtbot, tmp_path):
    checked = 0
    for title, view in views(window):
        wanted = reachable(view)
        visited = tab_through(qtbot, window, wanted[0])
        assert set(wanted) <= set(visited), f"view {title}: Tab never reaches {[c.objectName() for c in wanted if c not in visited]}"
        checked += sum(isinstance(c, (QAbstractItemView, QPlainTextEdit, QTextEdit)) for c in wanted)
    for name, dialog in dialogs(window, tmp_path):
        wanted = reachable(dialog)
        visited = tab_through(qtbot, dialog, wanted[0])
        assert set(wanted) <= set(visited), f"dialog {name}: Tab never reaches {[c.objectName() for c in wanted if c not in visited]}"
        checked += sum(isinstance(c, (QAbstractItemView, QPlainTextEdit, QTextEdit)) for c in wanted)
    assert checked > 20  # tables, lists and text boxes were among them, and each was left with one Tab


def test_ctrl_tab_types_a_tab_in_a_text_box(window, qtbot):
    window.tabs.setCurrentWidget(window.agenda_view)
    window.agenda_view.tree.setCurrentItem(window.agenda_view.tree.topLevelItem(1))
    editor = window.agenda_view.edit()
    editor.lines.setPlainText("")
    editor.lines.setFocus()
    qtbot.keyClicks(editor.lines, "a")
    qtbot.keyClick(editor.lines, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.lines, "b")
    assert editor.lines.toPlainText() == "a\tb"
    qtbot.keyClick(editor.lines, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not editor.lines  # plain Tab moves on, to OK at last
    editor.reject()


def test_enter_edits_the_current_row(window, qtbot):
    from consult_app.ui.agenda import ItemEditor
    from consult_app.ui.followup import ActionEditor

    def opened(kind):
        found = [d for d in window.findChildren(kind) if d.isVisible()]
        assert len(found) == 1, kind
        found[0].reject()
        return found[0]

    window.tabs.setCurrentWidget(window.register_view)
    view = window.register_view
    view.select(window.workspace.commitment_by_ref("MLFR-2002-01").id)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened(CommitmentEditor).ref.text() == "MLFR-2002-01"

    window.tabs.setCurrentWidget(window.actions_view)
    window.actions_view.table.selectRow(0)
    qtbot.keyClick(window.actions_view.table, Qt.Key.Key_Return)
    assert opened(ActionEditor).description.text() == window.actions_view.current().description

    window.tabs.setCurrentWidget(window.agenda_view)
    tree = window.agenda_view.tree
    tree.setCurrentItem(tree.topLevelItem(2))
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert opened(ItemEditor).item.id == window.agenda_view.current_id()

    window.tabs.setCurrentWidget(window.minutes_view)
    minutes = window.minutes_view
    qtbot.waitUntil(lambda: minutes.editors[("summary", "fr")].isVisible(), timeout=3000)  # built for the dialogue's languages
    minutes.items.setCurrentRow(2)
    minutes.items.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is minutes.items, timeout=3000)
    qtbot.keyClick(minutes.items, Qt.Key.Key_Return)
    assert minutes.joint_layout.labelForField(minutes.editors[("summary", "fr")]).isVisible()
    assert QApplication.focusWidget() is minutes.editors[("summary", "fr")]  # writing this item's minutes


def test_views_from_the_keyboard(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    window.navigator.setFocus()
    tabs = window.tabs
    tabs.setCurrentIndex(0)
    qtbot.keyClick(window.navigator, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(window.navigator, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.navigator, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == tabs.count() - 1  # round the end
    qtbot.keyClick(window.navigator, Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert tabs.currentWidget() is window.register_view and QApplication.focusWidget() is window.register_view.table
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.register_view.detail
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.navigator
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is window.register_view.detail
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentWidget() is window.actions_view  # Ctrl+Tab outside a text box: the next view
    # a dialogue is selected: the session's views cannot be shown, and Alt+3 says why
    window.navigator.setCurrentItem(window.navigator.topLevelItem(0))
    qtbot.keyClick(window.navigator, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert tabs.currentWidget() is window.actions_view
    assert window.statusBar().currentMessage() == "Select a session first: the Session, Agenda and Minutes views show one session."
    assert [window.tabs.tabText(i) for i in range(1 + len(VIEWS))][4] == "Commitments"


def test_every_list_has_a_context_menu(window, tmp_path):
    window.tabs.setCurrentWidget(window.register_view)
    lists = [window.navigator]
    for _title, view in views(window):
        lists += [c for c in access.controls(view) if isinstance(c, QAbstractItemView)]
    for _name, dialog in dialogs(window, tmp_path):
        lists += [c for c in access.controls(dialog) if isinstance(c, QAbstractItemView)]
    bare = [c.objectName() for c in lists if c.contextMenuPolicy() != Qt.ContextMenuPolicy.ActionsContextMenu or not c.actions()]
    assert bare == [] and len(lists) >= 12
