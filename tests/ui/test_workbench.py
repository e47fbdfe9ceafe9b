"""The secretariat's workbench, driven through its real widgets with qtbot."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from consult_app.domain.model import MinutesState, Visibility
from consult_app.store import Workspace
from consult_app.ui.followup import ActionsFilter
from consult_app.ui.main_window import MainWindow
from consult_app.ui.register import RegisterModel

from .test_main_window import find_session


@pytest.fixture
def window(qtbot, demo):
    w = MainWindow(demo)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def top(window, code):
    nav = window.navigator
    return next(nav.topLevelItem(i) for i in range(nav.topLevelItemCount()) if nav.topLevelItem(i).text(0).startswith(code))


def agenda_rows(window):
    tree = window.agenda_view.tree
    rows = []

    def walk(node):
        rows.append((node.text(0), node.text(1), node.text(2), node.text(3)))
        for i in range(node.childCount()):
            walk(node.child(i))

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i))
    return rows


# ---------------------------------------------------------------- dialogue, session, agenda


def test_create_a_dialogue_a_session_and_agenda_items(window, qtbot, refreshed):
    dialog = window.creating.new_dialogue()
    dialog.accept()
    assert dialog.error.text() == "Code: must not be empty."
    dialog.code.setText("TR-DE")
    dialog.languages.setText("en, tr")
    dialog.name.setText("Turkey–Germany migration dialogue")
    dialog.parties.setPlainText("DE Germany")
    dialog.accept()
    assert dialog.errors["parties"].text() == "Parties: a dialogue needs at least two parties."
    dialog.parties.setPlainText("DE Germany\nTR Türkiye")
    dialog.themes.setPlainText("READM Readmission\nVISA Visa facilitation")
    dialog.accept()
    assert dialog.result() == 1
    assert window.dialogue.code == "TR-DE"

    new = window.creating.new_session()
    new.starts.setDate(QDate(2004, 3, 2))
    new.ends.setDate(QDate(2004, 3, 1))
    new.accept()
    assert new.errors["ends_on"].text() == "Ends on: the session ends (1 Mar 2004) before it starts (2 Mar 2004)."
    new.ends.setDate(QDate(2004, 3, 3))
    new.venue.setText("Ankara")
    new.accept()
    assert new.result() == 1
    assert window.session.number == 1 and window.tabs.currentWidget() is window.agenda_view
    # a first session proposes opening, review, the standing themes and closing
    assert [r[3] for r in agenda_rows(window)] == [
        "Opening of the session",
        "Review of commitments",
        "Readmission",
        "Visa facilitation",
        "Closing and date of the next session",
    ]

    editor = window.agenda_view.add()
    editor.accept()
    assert editor.errors["title"].text() == "Title: must not be empty."
    editor.titles["en"].setText("Seasonal workers")
    editor.duration.setValue(-20)
    editor.accept()
    assert editor.errors["duration"].text() == "Duration: -20 minutes is not a duration between 0 and 1440."
    editor.duration.setValue(40)
    editor.objective.setPlainText("Obtain a pilot quota")
    editor.accept()
    assert editor.result() == 1
    refreshed(window)
    rows = agenda_rows(window)
    # inserted after the selection, never after Closing: nothing was selected, so just before Closing
    assert rows[-2:] == [("5", "11:50", "12:30", "Seasonal workers"), ("6", "12:30", "12:45", "Closing and date of the next session")]


def test_reorder_updates_the_timetable_and_undo_restores_it(window, qtbot, refreshed):
    window.navigator.setCurrentItem(find_session(window, "ML-FR", "3rd session"))
    window.tabs.setCurrentWidget(window.agenda_view)
    tree = window.agenda_view.tree
    before = agenda_rows(window)
    assert before[-2][:4] == ("5", "12:45", "13:00", "Questions diverses")
    # keyboard: select "Questions diverses", move it up twice with Alt+Up
    node = tree.topLevelItem(4)
    tree.setCurrentItem(node)
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.agenda_view.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    refreshed(window)
    rows = agenda_rows(window)
    assert ("3", "10:35", "10:50", "Questions diverses") in rows
    assert ("4", "10:50", "11:50", "Cogestion des flux migratoires") in rows
    # indent it under "Revue des engagements" (Alt+Right), then it is 2.1
    qtbot.keyClick(window.agenda_view.tree, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    refreshed(window)
    assert ("2.1", "09:50", "10:05", "Questions diverses") in agenda_rows(window)
    # undo three times: back where it was
    for _ in range(3):
        window.undo.undo()
        refreshed(window)
    assert agenda_rows(window) == before
    window.undo.redo()  # the first move again
    refreshed(window)
    assert ("4", "11:35", "11:50", "Questions diverses") in agenda_rows(window)


def test_undo_and_redo_select_the_row_they_change(window, qtbot, refreshed):
    """Ctrl+Z / Ctrl+Shift+Z on the agenda leave the row they changed selected, as the change itself did: a re-added or
    restored item, a moved one (even with another row chosen meanwhile), the row an undone one was added after."""
    window.navigator.setCurrentItem(find_session(window, "ML-FR", "3rd session"))
    window.tabs.setCurrentWidget(window.agenda_view)
    view, tree = window.agenda_view, window.agenda_view.tree

    def selected():
        node = tree.currentItem()
        return (node.text(0), node.text(3)) if node else None

    tree.setCurrentItem(tree.topLevelItem(2))
    editor = view.add()
    editor.titles["fr"].setText("Saisonniers")
    editor.accept()
    refreshed(window)
    assert selected() == ("4", "Saisonniers")
    window.undo.undo()
    refreshed(window)
    assert selected() == ("3", "Cogestion des flux migratoires")  # the row it was added after
    window.undo.redo()
    refreshed(window)
    assert selected() == ("4", "Saisonniers")
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    refreshed(window)
    assert selected() == ("3", "Saisonniers")
    tree.setCurrentItem(tree.topLevelItem(0))
    window.undo.undo()
    refreshed(window)
    assert selected() == ("4", "Saisonniers")
    view.delete()
    refreshed(window)
    assert selected() == ("4", "Codéveloppement")  # the row that took its place
    window.undo.undo()
    refreshed(window)
    assert selected() == ("4", "Saisonniers")


def test_drop_moves_an_item(window, qtbot, demo, refreshed):
    window.navigator.setCurrentItem(find_session(window, "ML-FR", "3rd session"))
    window.tabs.setCurrentWidget(window.agenda_view)
    s3 = window.session
    items = {i.title["fr"]: i for i in demo.agenda(s3.id)}
    window.agenda_view.tree.dropped.emit(items["Questions diverses"].id, items["Codéveloppement"].id, 0)
    refreshed(window)
    assert ("4.1", "11:35", "11:50", "Questions diverses") in agenda_rows(window)


def choose_state(view, state):
    view.state.setCurrentIndex(view.state.findData(state))
    view.state.activated.emit(view.state.currentIndex())


def item_row(view, number):
    return next(r for r in range(view.items.count()) if view.items.item(r).text().startswith(number + ". "))


def test_choosing_another_item_right_after_typing_saves_and_shows_it(window, demo, refreshed):
    """The save on leaving an item refreshes the window, which fills the list anew: the item chosen is still the one shown,
    while its handler runs (the refresh waits for it: refreshed at once, the item chosen was deleted under it) and after."""
    window.navigator.setCurrentItem(find_session(window, "ML-FR", "3rd session"))
    window.tabs.setCurrentWidget(window.minutes_view)
    view = window.minutes_view
    view.items.setCurrentRow(item_row(view, "3.1"))
    assert not view.items.currentItem().text().endswith(" ✎")  # no minutes yet
    typed_on = view.item.id
    view.editors[("summary", "fr")].setPlainText("Visas : premier échange.")  # the autosave has not run yet
    view.items.setCurrentRow(item_row(view, "3.2"))
    assert demo.agenda_item(typed_on).summary["fr"] == "Visas : premier échange."

    def showing_the_item_chosen() -> bool:
        current = view.items.currentItem()
        shown = view.editors[("summary", "fr")].toPlainText() == demo.agenda_item(view.item.id).summary.get("fr", "")
        return current.text().startswith("3.2. ") and view.item.id == current.data(Qt.ItemDataRole.UserRole) and shown

    assert showing_the_item_chosen()  # the handler is over, the list still the one it worked on
    refreshed(window)
    assert showing_the_item_chosen()  # the list built anew
    assert view.items.item(item_row(view, "3.1")).text().endswith(" ✎")  # 3.1 has its minutes now


def test_the_minutes_are_negotiated_through_the_window(window, qtbot, demo, refreshed):
    """Draft, circulate, the other side's proposal (received on paper: this dialogue is not paired), accept it with an edit,
    circulate version 2, both sign-offs, read-only, no way back by the state box or undo, an amendment with both sign-offs."""
    window.navigator.setCurrentItem(find_session(window, "ML-FR", "3rd session"))
    window.tabs.setCurrentWidget(window.minutes_view)
    view, panel = window.minutes_view, window.minutes_view.panel
    mali = demo.dialogue_by_code("ML-FR").party_by_code("ML").id
    view.items.setCurrentRow(item_row(view, "3.1"))
    item_id = view.item.id
    view.editors[("summary", "fr")].setPlainText("Les deux parties ont examiné la politique des visas.")
    view.save()
    assert view.undo.count() == 1 or demo.agenda_item(item_id).summary == {"fr": "Les deux parties ont examiné la politique des visas."}

    choose_state(view, MinutesState.AGREED)  # not by hand
    assert (
        view.saved_label.text()
        == "The minutes of ML-FR session 3 become agreed when every head of delegation has signed off the same version: sign them off instead."
    )
    assert view.state.currentData() == MinutesState.DRAFT
    choose_state(view, MinutesState.CIRCULATED)  # circulates version 1
    refreshed(window)
    assert [v.number for v in demo.minutes_versions(window.session.id)] == [1]
    assert panel.status.text().startswith("Version 1 circulated by France, SHA-256 ")

    propose = panel.open_propose()
    propose.item.setCurrentIndex(propose.item.findData(item_id))
    assert propose.current.text() == "Les deux parties ont examiné la politique des visas."
    propose.party.setCurrentIndex(propose.party.findData(mali))
    propose.passage.setText("consulté")
    propose.text.setPlainText("évalué")
    propose.accept()
    assert propose.isVisible() and propose.error.text() == ""  # refused under the field it concerns, the dialog open
    assert propose.errors["passage"].text() == "Passage: «consulté» is not in the text as it stands; quote it exactly, or edit the proposal."
    propose.passage.setText("examiné")
    propose.comment.setText("Plus précis")
    propose.accept()
    assert not propose.isVisible()
    refreshed(window)  # the window's one refresh after the change reloads the panel
    assert [panel.table.item(0, c).text() for c in range(6)] == ["3.1 Summary [fr]", "Mali", "«examiné» → «évalué»", "Plus précis", "1", "open"]
    assert not panel.circulate()
    assert (
        panel.error.text()
        == "1 proposal on version 1 of the minutes of ML-FR session 3 is still open: accept, reject or edit each before circulating the next version."
    )
    panel.table.selectRow(0)
    edit = panel.open_edit()
    edit.text.setPlainText("  ")
    edit.accept()
    assert edit.isVisible() and edit.errors["text"].text() == "Accepted words: say the wording that is accepted instead of the proposal's."
    edit.text.setPlainText("évalué ensemble")
    edit.accept()
    assert not edit.isVisible() and panel.error.text() == ""
    refreshed(window)
    assert panel.table.item(0, 5).text() == "accepted as: «évalué ensemble»"
    assert demo.agenda_item(item_id).summary["fr"] == "Les deux parties ont évalué ensemble la politique des visas."
    assert panel.circulate()
    refreshed(window)
    assert (panel.old.value(), panel.new.value()) == (1, 2)
    redline = panel.redline.toHtml()
    assert "line-through" in redline and "underline" in redline and "examiné" in redline and "évalué ensemble" in redline
    assert "ont examiné évalué ensemble" in panel.redline.toPlainText()  # struck and put in its place: two words, read apart

    sign = panel.open_sign_off()
    assert sign.name.text() == "Dominique Laurent"
    sign.name.setText("Claire Martin")
    sign.accept()
    assert sign.errors["by"].text() == "Head of delegation: Claire Martin is not the head of the delegation of France at this session (Dominique Laurent is)."
    assert demo.signoffs(window.session.id) == []
    sign.name.setText("Dominique Laurent")
    sign.accept()
    assert demo.session(window.session.id).minutes_state == MinutesState.CIRCULATED
    sign = panel.open_sign_off()
    sign.party.setCurrentIndex(sign.party.findData(mali))  # from the signed paper
    assert sign.name.text() == "Mamadou Traoré"
    sign.accept()
    refreshed(window)
    assert demo.session(window.session.id).minutes_state == MinutesState.AGREED
    assert view.editors[("summary", "fr")].isReadOnly() and view.undo.count() == 0  # undo cannot cross the agreement

    choose_state(view, MinutesState.DRAFT)
    assert view.saved_label.text() == (
        "The minutes of ML-FR session 3 are agreed and signed off: they cannot be set back to draft; change them by an amendment signed off by both sides."
    )
    assert view.state.currentData() == MinutesState.AGREED and demo.session(window.session.id).minutes_state == MinutesState.AGREED

    view.items.setCurrentRow(item_row(view, "3.1"))
    amend = view.open_amend()
    amend.text.setPlainText("Les deux parties ont évalué ensemble la politique des visas (1997–2002).")
    amend.accept()
    assert amend.error.text() == "Reason: say why the agreed minutes are amended."
    amend.reason.setText("Période précisée à la demande de la partie malienne")
    amend.author.setText("Claire Martin")
    assert amend.signers[demo.dialogue_by_code("ML-FR").party_by_code("FR").id].text() == "Dominique Laurent"
    amend.signers[mali].setText("Mamadou Traoré")
    amend.accept()
    refreshed(window)
    assert demo.agenda_item(item_id).summary["fr"] == "Les deux parties ont évalué ensemble la politique des visas (1997–2002)."
    history = view.history.toPlainText()
    assert "Période précisée à la demande de la partie malienne by Claire Martin — in force · Dominique Laurent (France), Mamadou Traoré (Mali)" in history


# ---------------------------------------------------------------- register


def register_refs(window):
    proxy = window.register_view.proxy
    return [proxy.index(r, RegisterModel.COL_REF).data() for r in range(proxy.rowCount())]


def test_log_status_with_one_keystroke(window, qtbot, demo, refreshed):
    window.navigator.setCurrentItem(top(window, "ML-FR"))
    window.tabs.setCurrentWidget(window.register_view)
    view = window.register_view
    assert view.select(demo.commitment_by_ref("MLFR-2002-03").id)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "" and w.windowTitle() == "Log status — MLFR-2002-03")
    assert dialog.date.date() == QDate.currentDate()
    dialog.status.setCurrentIndex(dialog.status.findData("on_track"))
    dialog.note.setPlainText("Convention signée avec la banque")
    dialog.accept()
    refreshed(window)
    row = view.model.row_of(demo.commitment_by_ref("MLFR-2002-03").id)
    # due on 31 March 2003 and still open: the words say both, never colour alone
    assert view.model.index(row, RegisterModel.COL_STATUS).data() == "On track — but overdue since 31 Mar 2003"
    assert view.model.index(row, RegisterModel.COL_STATUS).data(Qt.ItemDataRole.BackgroundRole).name() == "#dcfce7"
    assert "Convention signée avec la banque" in view.detail.toPlainText()
    assert len(demo.events(demo.commitment_by_ref("MLFR-2002-03").id)) == 3  # appended, nothing overwritten


def test_log_status_refuses_bad_text(window, demo):
    window.navigator.setCurrentItem(top(window, "ML-FR"))
    window.tabs.setCurrentWidget(window.register_view)
    window.register_view.select(demo.commitment_by_ref("MLFR-2001-01").id)
    dialog = window.register_view.log_status()
    dialog.note.setPlainText("pasted\x07bell")
    dialog.accept()
    assert dialog.errors["note"].text() == "Note: contains control characters that cannot be stored."
    assert len(demo.events(demo.commitment_by_ref("MLFR-2001-01").id)) == 2


def test_filter_and_search_the_register(window, qtbot):
    window.navigator.setCurrentItem(top(window, "ML-FR"))
    window.tabs.setCurrentWidget(window.register_view)
    view = window.register_view
    assert len(register_refs(window)) == 9
    view.party.setCurrentIndex(view.party.findText("Mali"))
    assert register_refs(window) == ["MLFR-2001-02", "MLFR-2001-05", "MLFR-2002-02"]
    view.party.setCurrentIndex(0)
    view.status.setCurrentIndex(view.status.findData("at_risk"))
    assert register_refs(window) == ["MLFR-2002-01"]
    view.status.setCurrentIndex(0)
    qtbot.keyClicks(view.search, "banque")
    assert register_refs(window) == ["MLFR-2002-03"]
    view.search.clear()
    view.theme.setCurrentIndex(view.theme.findText("INT", Qt.MatchFlag.MatchStartsWith))
    assert register_refs(window) == ["MLFR-2001-03"]
    view.theme.setCurrentIndex(0)
    view.overdue.setChecked(True)
    assert "MLFR-2001-04" not in register_refs(window)  # completed: never overdue
    view.overdue.setChecked(False)
    view.table.sortByColumn(RegisterModel.COL_STATUS, Qt.SortOrder.DescendingOrder)
    assert register_refs(window)[:2] == ["MLFR-2001-04", "MLFR-2002-03"]  # by the scale's order: completed, then off track


def test_commitment_editor_refusals(window, demo):
    window.navigator.setCurrentItem(find_session(window, "ML-FR", "3rd session"))
    editor = window.creating.new_commitment()
    editor.texts["fr"].setPlainText("Nouvel engagement")
    editor.accept()
    assert editor.errors["party"].text() == "Responsible party: choose a party, or all parties jointly."
    editor.party.setCurrentIndex(editor.party.findText("Mali"))
    editor.ref.setText("MLFR-2001-01")
    editor.accept()
    assert editor.errors["ref"].text() == "Reference: the reference 'MLFR-2001-01' is already used by another commitment."
    editor.ref.setText("MLFR-2004-99 ✈️ Миграция")
    editor.accept()
    assert editor.errors["ref"].text() == (
        "Reference: 'MLFR-2004-99 ✈️ Миграция' does not follow this dialogue's reference pattern MLFR-YYYY-NN "
        "(a year from 1900 to 2199, then a number of two to four digits)."
    )
    editor.ref.setText("MLFR-2003-01")
    editor.has_due.setChecked(True)
    editor.due.setDate(QDate(2003, 1, 1))
    editor.accept()
    assert editor.errors["due_on"].text() == "Due on: the due date 1 Jan 2003 is before the session where the commitment was made (16 Jun 2003)."
    editor.due.setDate(QDate(2004, 6, 30))
    editor.accept()
    assert editor.result() == 1
    assert demo.commitment_by_ref("MLFR-2003-01").party_id == demo.dialogue_by_code("ML-FR").party_by_code("ML").id


# ---------------------------------------------------------------- follow-up, indicators


def test_follow_up_actions(window, demo):
    window.navigator.setCurrentItem(top(window, "ML-FR"))
    window.tabs.setCurrentWidget(window.actions_view)
    view = window.actions_view
    assert view.proxy.rowCount() == 3  # the done one is hidden
    view.mode.setCurrentIndex(view.mode.findData(ActionsFilter.OVERDUE))
    assert view.proxy.rowCount() == 3  # all of 2003, today is later
    editor = view.add()
    editor.accept()
    assert editor.error.text() == "Action: must not be empty."
    editor.description.setText("Envoyer les chiffres 2003")
    editor.assignee.setCurrentText("Claire Moreau")  # picked from the directory, or typed
    editor.accept()
    assert "Envoyer les chiffres 2003" in [a.description for a in demo.actions(window.dialogue.id)]
    view.mode.setCurrentIndex(view.mode.findData(ActionsFilter.ALL))
    view.table.selectRow(0)
    view.mark_done()
    window.undo.undo()
    assert sum(a.state.value == "done" for a in demo.actions(window.dialogue.id)) == 1


def test_an_action_has_an_audience_internal_from_the_follow_up_view(window, demo):
    window.navigator.setCurrentItem(top(window, "ML-FR"))
    window.tabs.setCurrentWidget(window.actions_view)
    view = window.actions_view
    editor = view.add()
    assert editor.audience.currentData() == Visibility.INTERNAL  # our own to-do unless said otherwise
    editor.description.setText("Tell them our line")
    editor.commitment.setCurrentIndex(editor.commitment.findText("MLFR-2002-04"))  # an internal commitment
    editor.audience.setCurrentIndex(editor.audience.findData(Visibility.JOINT))
    editor.accept()
    assert editor.errors["visibility"].text() == "Audience: this belongs to an internal commitment, so it cannot be shared with the other delegation."
    assert "Tell them our line" not in [a.description for a in demo.actions()]
    editor.commitment.setCurrentIndex(editor.commitment.findText("MLFR-2002-01"))
    editor.accept()
    [added] = [a for a in demo.actions() if a.description == "Tell them our line"]
    assert added.visibility == Visibility.JOINT
    audience_column = [view.model.index(r, view.model.COL_AUDIENCE).data() for r in range(view.model.rowCount())]
    assert "Joint" in audience_column and "Internal" in audience_column


def test_an_action_added_from_the_minutes_is_joint(window, demo):
    window.navigator.setCurrentItem(find_session(window, "ML-FR", "3rd session"))
    window.tabs.setCurrentWidget(window.minutes_view)
    editor = window.minutes_view.add_action()
    assert editor.audience.currentData() == Visibility.JOINT
    editor.description.setText("Échanger les statistiques de visas 2002")
    editor.accept()
    [added] = [a for a in demo.actions() if a.description == "Échanger les statistiques de visas 2002"]
    assert (added.visibility, added.session_id) == (Visibility.JOINT, window.session.id)
    window.undo.undo()
    assert "Échanger les statistiques de visas 2002" not in [a.description for a in demo.actions()]


def test_log_status_shares_the_note_only_when_asked_and_allowed(window, demo):
    window.navigator.setCurrentItem(top(window, "ML-FR"))
    window.tabs.setCurrentWidget(window.register_view)
    fund = demo.commitment_by_ref("MLFR-2002-01")
    window.register_view.select(fund.id)
    dialog = window.register_view.log_status()
    assert dialog.shared.isEnabled() and not dialog.shared.isChecked()
    dialog.note.setPlainText("Deuxième tranche engagée")
    dialog.shared.setChecked(True)
    dialog.accept()
    assert demo.events(fund.id)[-1].visibility == Visibility.JOINT
    assert "note shared with the other delegation" in window.register_view.detail.toPlainText()
    internal = demo.commitment_by_ref("MLFR-2002-04")
    window.register_view.select(internal.id)
    dialog = window.register_view.log_status()
    assert not dialog.shared.isEnabled()
    dialog.shared.setChecked(True)  # even if it were ticked, an internal commitment shares nothing
    dialog.note.setPlainText("Ligne confirmée")
    dialog.accept()
    assert demo.events(internal.id)[-1].visibility == Visibility.INTERNAL


def test_a_measurement_is_internal_unless_shared(window, demo):
    window.navigator.setCurrentItem(top(window, "ML-FR"))
    window.tabs.setCurrentWidget(window.indicators_view)
    view = window.indicators_view
    view.list.setCurrentCell(0, 0)
    dialog = view.add_measurement()
    assert dialog.shared.isEnabled() and not dialog.shared.isChecked()
    dialog.value.setValue(1234)
    dialog.shared.setChecked(True)
    dialog.accept()
    latest = max((m for i in view.indicators for m in demo.measurements(i.id)), key=lambda m: m.measured_on)
    assert (latest.value, latest.visibility) == (1234, Visibility.JOINT)


def test_indicators_show_measurements_and_take_new_ones(window, demo, qtbot, refreshed):
    window.navigator.setCurrentItem(top(window, "ML-FR"))
    window.tabs.setCurrentWidget(window.indicators_view)
    view = window.indicators_view
    assert view.list.rowCount() == 5
    view.list.setCurrentCell(0, 0)
    dialog = view.add_measurement()
    dialog.date.setDate(QDate(2003, 1, 31))
    dialog.value.setValue(28000)
    dialog.source.setText("Consulat général")
    dialog.accept()
    refreshed(window)
    view.list.setCurrentCell(0, 0)
    assert view.measurements.rowCount() == 2
    assert view.chart.grab().width() > 0


# ---------------------------------------------------------------- search, files, persistence


def test_ctrl_k_search_jumps_to_the_commitment(window, qtbot):
    dialog = window.navigation.search_workspace()
    qtbot.keyClicks(dialog.query, "bakanligi")
    assert dialog.results.count() >= 1
    for row in range(dialog.results.count()):
        if "commitment" in dialog.results.item(row).text():
            dialog.results.setCurrentRow(row)
    dialog.jump()
    assert window.tabs.currentWidget() is window.register_view
    assert window.register_view.current_id() is not None
    assert "ITAL-2002-01" in window.register_view.detail.toPlainText()


def test_ctrl_k_search_jumps_to_the_action_itself(window, qtbot, demo):
    """A follow-up action found by Ctrl+K is selected in the Follow-up view, whatever filter was on (it only opened the view)."""
    window.navigator.setCurrentItem(top(window, "ML-FR"))
    window.tabs.setCurrentWidget(window.actions_view)
    view = window.actions_view
    view.mode.setCurrentIndex(view.mode.findData(ActionsFilter.MINE))  # someone else's action is not shown
    dialog = window.navigation.search_workspace()
    qtbot.keyClicks(dialog.query, "banque malienne")
    dialog.results.setCurrentRow(next(r for r in range(dialog.results.count()) if "Hélène Garnier" in dialog.results.item(r).text()))
    dialog.jump()
    assert window.tabs.currentWidget() is view
    wanted = next(a for a in demo.actions() if a.description.startswith("Identifier une banque malienne"))
    assert view.current() is not None and view.current().id == wanted.id


def test_ctrl_k_says_which_session_an_agenda_item_is_from(window, qtbot):
    """The same item comes back on the agenda session after session: each hit names its session."""
    dialog = window.navigation.search_workspace()
    qtbot.keyClicks(dialog.query, "diaspora")
    lines = [dialog.results.item(r).text().splitlines()[0] for r in range(dialog.results.count())]
    items = [line for line in lines if "agenda item" in line]
    assert len(items) >= 2 and len(set(items)) == len(items)
    assert all(re.match(r"ML-FR, \d(st|nd|rd|th) session · ", line) for line in items), items


def test_save_a_copy_and_export_import(window, qtbot, tmp_path):
    assert window.files.save_copy_to(tmp_path / "copy.consult")
    with Workspace.open(tmp_path / "copy.consult") as copy:
        assert len(copy.dialogues()) == 5
    job = window.files.export_as(tmp_path / "all.json", everything=True)
    with qtbot.waitSignal(job.done, timeout=20000):
        pass
    assert (tmp_path / "all.json").stat().st_size > 10_000
    assert window.files.create_at(tmp_path / "fresh.consult")
    assert window.workspace.dialogues() == []
    job = window.files.import_from(tmp_path / "all.json")
    qtbot.waitUntil(lambda: len(window.workspace.dialogues()) == 5, timeout=20000)
    assert window.navigator.topLevelItemCount() == 5


def test_bad_file_is_refused_in_one_sentence(window, tmp_path):
    bad = tmp_path / "bad.consult"
    bad.write_text("not ours")
    assert not window.files.open_path(bad)
    assert window.statusBar().currentMessage() == f"{bad} is not a Consult workspace (it is not an SQLite database)."


def test_a_file_that_is_not_a_workspace_is_refused_in_the_windows_language(window, tmp_path, french):
    """File › Open and Tools › Restore Backup say the store's refusal in French in a French window, as import does."""
    bad = tmp_path / "pas-un-espace.consult"
    bad.write_text("not ours")
    assert not window.files.open_path(bad)
    assert window.statusBar().currentMessage() == f"{bad} n’est pas un espace de travail Consult (ce n’est pas une base de données SQLite)."
    assert not window.tools.restore_from(bad)
    assert window.statusBar().currentMessage() == "pas-un-espace.consult n’est pas une sauvegarde Consult valable (elle échoue à son contrôle d’intégrité)."
    assert not window.workspace.closed  # reopened as it was
    window.workspace.close()


def test_close_and_reopen_finds_everything(qtbot, demo_path):
    ws = Workspace.open(demo_path)
    w = MainWindow(ws)
    qtbot.addWidget(w)
    w.navigator.setCurrentItem(top(w, "ML-FR"))
    new = w.creating.new_session()
    new.starts.setDate(QDate(2004, 6, 14))
    new.ends.setDate(QDate(2004, 6, 15))
    new.venue.setText("Paris")
    new.accept()
    c = ws.commitment_by_ref("MLFR-2002-01")
    ws.log_status(c.id, "on_track", dt.date(2004, 6, 1), note="Tranche 2004 décaissée")
    w.close()
    ws.close()
    again = Workspace.open(demo_path)
    w2 = MainWindow(again)
    qtbot.addWidget(w2)
    assert find_session(w2, "ML-FR", "4th session")
    s4 = again.session_by_number(again.dialogue_by_code("ML-FR").id, 4)
    carried = [again.commitment(i.commitment_id).ref for i in again.agenda(s4.id) if i.commitment_id]
    assert "MLFR-2002-03" in carried
    assert again.events(c.id)[-1].note == "Tranche 2004 décaissée"
    w2.close()
    again.close()


# ---------------------------------------------------------------- models


def test_models_pass_qt_model_tester(window, qtmodeltester):
    window.navigator.setCurrentItem(top(window, "ML-FR"))
    window.tabs.setCurrentWidget(window.register_view)
    qtmodeltester.check(window.register_view.model)
    qtmodeltester.check(window.register_view.proxy)
    window.tabs.setCurrentWidget(window.actions_view)
    qtmodeltester.check(window.actions_view.model)
    qtmodeltester.check(window.actions_view.proxy)


def test_register_loads_lazily(window, demo):
    model = RegisterModel()
    model.BATCH = 4
    model.load(demo, demo.dialogue_by_code("ML-FR"))
    assert model.rowCount() == 4 and model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 9 and not model.canFetchMore()


def test_file_export_menu_writes_every_format(window, qtbot, tmp_path):
    from docx import Document
    from openpyxl import load_workbook

    window.navigator.setCurrentItem(find_session(window, "ML-FR", "2nd session"))
    for name, table in (("r.csv", "register"), ("a.csv", "actions"), ("w.xlsx", "register"), ("m.docx", "register"), ("c.ics", "register")):
        job = window.files.export_as(tmp_path / name, table)
        with qtbot.waitSignal(job.done, timeout=20000):
            pass
    assert load_workbook(tmp_path / "w.xlsx")["Register"].max_row == 9  # joint edition: header + 8 joint ML-FR commitments
    assert Document(str(tmp_path / "m.docx")).paragraphs[0].text.startswith("Procès-verbal conjoint de la 2e session")  # in the dialogue's language
    window.internal_exports.setChecked(True)
    job = window.files.export_as(tmp_path / "i.xlsx")
    with qtbot.waitSignal(job.done, timeout=20000):
        pass
    book = load_workbook(tmp_path / "i.xlsx")
    assert book["Register"].max_row == 10 and book["Register"].oddHeader.center.text == "RESTRICTED · INTERNAL — NOT FOR THE OTHER DELEGATION"
    job = window.files.export_as(tmp_path / "still-joint.docx")  # the Word draft is joint whatever the toggle says
    with qtbot.waitSignal(job.done, timeout=20000):
        pass
    tables = Document(str(tmp_path / "still-joint.docx")).tables
    refs = [row.cells[0].text for t in tables for row in t.rows]
    assert "MLFR-2002-01" in refs and "MLFR-2002-04" not in refs
    window.internal_exports.setChecked(False)
    window.navigator.setCurrentItem(top(window, "ML-FR"))
    assert window.files.export_as(tmp_path / "x.docx") is None
    assert window.statusBar().currentMessage() == "Select a session first: a Word export is the draft minutes of one session."


def test_tools_check_snapshot_and_restore(window, qtbot, demo):
    assert window.tools.check_workspace().startswith("The workspace is healthy")
    window.tools.take_snapshot()
    assert window.statusBar().currentMessage().startswith("Snapshot written and verified: ")
    good = demo.snapshots()[0].path
    c = demo.commitment_by_ref("MLFR-2001-01")
    demo.log_status(c.id, "dropped", note="logged by mistake")
    dialog = window.tools.restore_backup()
    assert dialog.listing.count() >= 1
    assert window.tools.restore_from(good)
    assert window.workspace is not demo and not window.workspace.closed
    assert window.workspace.events(c.id)[-1].note != "logged by mistake"
    assert "before restore" in [s.reason for s in window.workspace.snapshots()]
    window.workspace.close()


def test_a_locked_workspace_is_refused_with_who_holds_it(tmp_path, demo_path):
    import json

    from consult_app.store import safety
    from consult_app.ui.application import choose_workspace

    safety.lock_path(demo_path).write_text(json.dumps({"host": "embassy", "user": "amina", "pid": 7, "since": "2026-11-27 09:00"}))
    with pytest.raises(safety.Locked, match="is already open in Consult by amina on embassy"):
        choose_workspace(demo_path)


def test_missing_translations_view_jumps_to_each_text(window, qtbot):
    window.navigator.setCurrentItem(top(window, "US-MX"))
    dialog = window.navigation.missing_translations()
    texts = [dialog.listing.item(r).text() for r in range(dialog.listing.count())]
    assert "Commitment USMX-2001-03 — text: missing in [es]" in texts
    assert "Agenda item Temporary worker and regularisation programmes — summary: missing in [es]" in texts
    row = texts.index("Commitment USMX-2001-03 — text: missing in [es]")
    dialog.listing.itemActivated.emit(dialog.listing.item(row))
    assert window.tabs.currentWidget() is window.register_view
    assert "USMX-2001-03" in window.register_view.detail.toPlainText()
    row = texts.index("Agenda item Temporary worker and regularisation programmes — summary: missing in [es]")
    dialog.listing.itemActivated.emit(dialog.listing.item(row))
    assert window.tabs.currentWidget() is window.minutes_view
    assert window.minutes_view.item.title["en"] == "Temporary worker and regularisation programmes"


def test_a_locked_workspace_is_named_in_the_windows_language(french, tmp_path, demo_path):
    """The 'Workspace in use' question quoted the holder's sentence in English in a French window."""
    import json

    from consult_app.store import Workspace, safety
    from consult_app.ui import messages

    safety.lock_path(demo_path).write_text(json.dumps({"host": "embassy", "user": "amina", "pid": 7, "since": "2026-11-27 09:00"}))
    with pytest.raises(safety.Locked) as err:
        Workspace.open(demo_path)
    assert messages.translate(str(err.value)) == (
        "demo.consult est déjà ouvert dans Consult par amina sur embassy depuis 2026-11-27 09:00\u00a0; "
        "ouvrez-le en lecture seule, ou réessayez quand il sera fermé."
    )
