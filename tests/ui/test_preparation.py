"""Preparing the 4th Mali–France session through the window: carry-over, two days with a lunch, delegations copied
and confirmed, the people directory, who I am, and the dashboard whose every line opens what it names."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox

from consult_app import preferences
from consult_app.domain.model import ItemKind
from consult_app.ops import documents as documents_ops
from consult_app.ui.followup import ActionsFilter
from consult_app.ui.main_window import MainWindow

from ..reports.test_documents import flat
from .test_workbench import top

TODAY = dt.date(2004, 6, 10)


@pytest.fixture
def window(qtbot, demo):
    w = MainWindow(demo)
    w.today = TODAY
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def rows(window):
    tree = window.agenda_view.tree
    out = []

    def walk(node):
        out.append(tuple(node.text(c) for c in range(5)))
        for i in range(node.childCount()):
            walk(node.child(i))

    for i in range(tree.topLevelItemCount()):
        walk(tree.topLevelItem(i))
    return out


def node_of(window, text: str):
    tree = window.agenda_view.tree
    found = tree.findItems(text, Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive, 3)
    assert found, f"{text} is not in the agenda"
    return found[0]


def new_fourth_session(window):
    window.navigator.setCurrentItem(top(window, "ML-FR"))
    dialog = window.creating.new_session()
    dialog.starts.setDate(QDate(2004, 6, 16))
    dialog.ends.setDate(QDate(2004, 6, 17))
    dialog.venue.setText("Paris")
    dialog.accept()
    assert dialog.result() == 1 and window.tabs.currentWidget() is window.agenda_view
    return window.session


def links(window) -> list[tuple[str, str]]:
    """(href, text) of every link of the Overview (the dashboard), in reading order."""
    found = re.finditer(r'<a href="([^"]+)">(.*?)</a>', window.details.toHtml(), re.S)
    return [(html.unescape(m.group(1)), html.unescape(re.sub("<[^>]+>", "", m.group(2)))) for m in found]


def follow(window, words: str) -> None:
    """Click the dashboard's link whose text starts with ``words``."""
    href = next(h for h, t in links(window) if t.strip().startswith(words))
    window.details.anchorClicked.emit(QUrl(href))


class TestCarryOver:
    def test_review_sub_items_in_french_each_opening_its_commitment(self, window, qtbot, demo):
        new_fourth_session(window)
        table = rows(window)
        assert ("2", "09:50", "10:25", "Revue des engagements", "Review of commitments") in table
        fund = node_of(window, "MLFR-2002-01 — La France finance un fonds")
        assert fund.text(0) == "2.5"
        assert not any("MLFR-2002-04" in r[3] for r in table)  # internal: never on the joint agenda
        tree = window.agenda_view.tree
        tree.setCurrentItem(fund)
        tree.setFocus()
        qtbot.keyClick(tree, Qt.Key.Key_Return)
        assert window.tabs.currentWidget() is window.register_view
        assert window.register_view.current_id() == demo.commitment_by_ref("MLFR-2002-01").id
        # the sub-item itself is edited with F2 (or Edit…)
        window.tabs.setCurrentWidget(window.agenda_view)
        window.agenda_view.tree.setCurrentItem(node_of(window, "MLFR-2002-01"))
        editor = window.agenda_view.edit()
        assert editor.titles["fr"].text().startswith("MLFR-2002-01 — ")
        editor.reject()


class TestTwoDaysWithALunch:
    def test_lunch_and_a_second_day_after_the_selection_then_undo(self, window, demo, refreshed):
        s4 = new_fourth_session(window)
        view = window.agenda_view
        view.tree.setCurrentItem(node_of(window, "Intégration des Maliens"))
        view.actions_by_name["add_lunch"].trigger()
        refreshed(window)
        assert view.tree.currentItem().text(3) == "Déjeuner"  # the new row is selected
        view.actions_by_name["add_day"].trigger()
        refreshed(window)
        table = rows(window)
        assert table[0] == ("", "09:30", "", "Day 1 — Wednesday 16 June 2004", "Day")
        lunch = table.index(("", "11:10", "12:40", "Déjeuner", "Lunch"))
        assert table[lunch - 1][:4] == ("3", "10:25", "11:10", "Intégration des Maliens souhaitant rester en France")
        assert table[lunch + 1] == ("", "09:30", "", "Day 2 — Thursday 17 June 2004", "Day")
        assert table[lunch + 2][:4] == ("4", "09:30", "10:15", "Cogestion des flux migratoires")
        assert table[-1][:4] == ("6", "11:00", "11:15", "Clôture et date de la prochaine session")
        assert view.summary.text() == "13 items over 2 days · ends 17 Jun 2004 11:15"
        window.tabs.setCurrentWidget(window.details)
        overview = window.details.toPlainText()
        assert overview.index("Day 1 — Wednesday 16 June 2004") < overview.index("Déjeuner") < overview.index("Day 2 — Thursday 17 June 2004")
        # one undo takes the day away with the first day's heading it brought; redo puts both back
        window.undo.undo()
        assert [i.kind for i in demo.agenda(s4.id)].count(ItemKind.DAY) == 0
        window.undo.redo()
        assert [i.kind for i in demo.agenda(s4.id)].count(ItemKind.DAY) == 2

    def test_a_day_heading_edits_its_start_time(self, window, demo, refreshed):
        s4 = new_fourth_session(window)
        view = window.agenda_view
        view.tree.setCurrentItem(node_of(window, "Codéveloppement"))
        view.actions_by_name["add_day"].trigger()
        refreshed(window)
        view.tree.setCurrentItem(node_of(window, "Day 2"))
        editor = view.edit()
        assert editor.day_start.isVisibleTo(editor) and not editor.duration.isEnabled()
        editor.day_start.setTime(editor.day_start.time().addSecs(-30 * 60))
        editor.accept()
        refreshed(window)
        assert ("", "09:00", "", "Day 2 — Thursday 17 June 2004", "Day") in rows(window)
        assert node_of(window, "Clôture").text(1) == "09:00"
        day = next(i for i in demo.agenda(s4.id) if i.kind == ItemKind.DAY and i.start_time)
        assert day.start_time == dt.time(9, 0)

    def test_no_sub_item_under_a_lunch(self, window, refreshed):
        new_fourth_session(window)
        view = window.agenda_view
        view.actions_by_name["add_lunch"].trigger()
        refreshed(window)
        assert view.add(sub=True) is None
        assert window.statusBar().currentMessage() == "A break, a lunch or a day heading cannot hold sub-items: select an agenda item first."

    def test_the_documents_print_the_days(self, window, demo, refreshed):
        s4 = new_fourth_session(window)
        view = window.agenda_view
        view.tree.setCurrentItem(node_of(window, "Intégration des Maliens"))
        view.actions_by_name["add_lunch"].trigger()
        refreshed(window)
        view.actions_by_name["add_day"].trigger()
        minutes = flat(documents_ops.minutes(demo, s4.id).render())
        assert minutes.index("Jour 1 — 16 juin 2004") < minutes.index("3. Intégration") < minutes.index("Jour 2 — 17 juin 2004") < minutes.index("4. Cogestion")
        assert "Déjeuner" not in minutes  # the minutes record the agenda the parties adopted, not the lunch
        assert minutes.count("MLFR-2002-01 — La France finance") == 2  # the adopted agenda and the proceedings, nothing more
        brief = flat(documents_ops.brief(demo, s4.id, TODAY).render())
        assert "Ordre du jour — 16–17 juin 2004" in brief
        assert "11 h 10–12 h 40 Déjeuner" in brief and "9 h 30 Jour 2 — 17 juin 2004" in brief
        # each carried-over commitment's status is printed once, under its own sub-item
        assert brief.count("MLFR-2002-01 La France finance") == 1
        window.tabs.setCurrentWidget(window.session_view)
        window.session_view.copy_button.click()
        brief = flat(documents_ops.brief(demo, s4.id, TODAY).render())
        assert (
            "Mamadou Traoré, Ministre des Maliens de l'extérieur, Ministère des Maliens de l'extérieur et de l'Intégration africaine — chef de délégation (présence à confirmer)"
            in brief
        )


class TestDelegations:
    def test_copy_from_the_third_session_then_confirm_attendance(self, window, demo, qtbot, refreshed):
        s4 = new_fourth_session(window)
        window.tabs.setCurrentWidget(window.session_view)
        view = window.session_view
        assert view.copy_button.text() == "Copy Delegations from the 3rd Session"
        view.copy_button.click()
        refreshed(window)
        members = demo.delegation(s4.id)
        assert len(members) == 6 and not any(m.confirmed for m in members)
        assert view.attendance.text() == "Attendance confirmed: 0 of 6"
        france = view.members.topLevelItem(0)
        head = france.child(0)
        assert (head.text(0), head.text(1)) == ("★ Dominique Laurent", "to confirm")
        view.members.setCurrentItem(head)
        assert view.confirm_button.text() == "Confirm Attendance"
        view.confirm_button.click()
        refreshed(window)
        head = view.members.currentItem()
        assert (head.text(0), head.text(1), head.checkState(1)) == ("★ Dominique Laurent", "confirmed", Qt.CheckState.Checked)
        assert view.attendance.text() == "Attendance confirmed: 1 of 6"
        assert "(attendance to confirm)" in re.sub(
            r"\s+", " ", __import__("consult_app.ui.overview", fromlist=["x"]).session_html(demo, window.dialogue, window.session)
        )
        # ticking the box is the same intent
        aminata = view.members.topLevelItem(1).child(1)
        aminata.setCheckState(1, Qt.CheckState.Checked)  # written at once; the tree reloads once the tick is over
        assert sum(m.confirmed for m in demo.delegation(s4.id)) == 2
        refreshed(window)
        assert view.attendance.text() == "Attendance confirmed: 2 of 6"
        window.undo.undo()
        window.undo.undo()
        assert sum(m.confirmed for m in demo.delegation(s4.id)) == 0
        window.undo.undo()  # the copy itself
        assert demo.delegation(s4.id) == []

    def test_ticking_attendance_again_and_again(self, window, demo, refreshed):
        """Each tick is written in its own handler and reloads the tree: reloaded while the item was still changing, it crashed Python
        (a use after free). The window's refresh, queued until the tick is over, keeps the item alive."""
        s4 = new_fourth_session(window)
        window.tabs.setCurrentWidget(window.session_view)
        view = window.session_view
        view.copy_button.click()
        refreshed(window)
        for n in range(40):
            node = view.members.topLevelItem(n % 2).child(0)
            node.setCheckState(1, Qt.CheckState.Unchecked if node.checkState(1) == Qt.CheckState.Checked else Qt.CheckState.Checked)
            assert sum(m.confirmed for m in demo.delegation(s4.id)) == (1, 2, 1, 0)[n % 4]  # each head ticked, then unticked
            refreshed(window)  # the tree built anew: the next tick is on a fresh item
        assert view.attendance.text() == "Attendance confirmed: 0 of 6"

    def test_undo_and_redo_select_the_delegate_they_change(self, window, demo, refreshed):
        """Undoing a tick while another delegate is chosen selects the one ticked; redoing an added delegate selects them;
        undoing a removal selects the delegate put back (before, the selection stayed where it was, or was lost)."""
        new_fourth_session(window)
        window.tabs.setCurrentWidget(window.session_view)
        view = window.session_view
        view.copy_button.click()
        refreshed(window)

        def selected() -> str:
            node = view.members.currentItem()
            return node.text(0) if node is not None else ""

        view.members.topLevelItem(1).child(1).setCheckState(1, Qt.CheckState.Checked)  # Mali's second delegate
        refreshed(window)
        ticked = selected()
        view.members.setCurrentItem(view.members.topLevelItem(0).child(0))
        window.undo.undo()
        refreshed(window)
        assert selected() == ticked and ticked
        dialog = view.add_member()
        dialog.name.setText("Oumar Diarra")
        dialog._fill_known()
        dialog.accept()
        refreshed(window)
        assert selected() == "Oumar Diarra"
        window.undo.undo()
        refreshed(window)
        assert selected() == ticked  # the delegate chosen before the addition
        window.undo.redo()
        refreshed(window)
        assert selected() == "Oumar Diarra"
        view.remove_member()
        refreshed(window)
        view.members.setCurrentItem(view.members.topLevelItem(0).child(0))
        window.undo.undo()
        refreshed(window)
        assert selected() == "Oumar Diarra"

    def test_a_new_delegate_takes_their_party_from_the_directory(self, window, demo):
        new_fourth_session(window)
        window.tabs.setCurrentWidget(window.session_view)
        dialog = window.session_view.add_member()
        dialog.name.setText("Oumar Diarra")
        dialog._fill_known()
        assert dialog.party.currentText() == "Mali"
        dialog.accept()
        [member] = demo.delegation(window.session.id)
        assert (member.party_id, member.confirmed) == (window.dialogue.party_by_code("ML").id, True)


class TestDirectoryAndMe:
    def test_people_of_both_parties_added_edited_and_found(self, window, demo):
        directory = window.tools.people_directory()
        assert directory.table.rowCount() == len(demo.people())
        editor = directory.add()
        editor.accept()
        assert editor.errors["name"].text() == "Name: must not be empty."
        editor.name.setText("Fatoumata Coulibaly")
        editor.party.setCurrentIndex(editor.party.findData("ML"))
        editor.function.setText("Conseillère technique")
        editor.email.setText("f.coulibaly@example.ml")
        editor.accept()
        person = next(p for p in demo.people() if p.name == "Fatoumata Coulibaly")
        assert (person.party, person.title, person.email) == ("ML", "Conseillère technique", "f.coulibaly@example.ml")
        directory.filter.setText("coulibaly conseillere")  # accents and case do not matter
        shown = [r for r in range(directory.table.rowCount()) if not directory.table.isRowHidden(r)]
        assert [directory.table.item(r, 0).text() for r in shown] == ["Fatoumata Coulibaly"]
        assert directory.count.text() == f"1 of {len(demo.people())} people"
        editor = directory.edit()
        editor.function.setText("Directrice de cabinet")
        editor.accept()
        assert demo.person(person.id).title == "Directrice de cabinet"
        window.undo.undo()
        assert demo.person(person.id).title == "Conseillère technique"
        assert directory.table.item(shown[0], 2).text() == "Conseillère technique"  # the directory follows the undo
        directory.filter.setText("Claire Moreau")
        directory.remove()
        assert window.statusBar().currentMessage() == "Claire Moreau is a member of a delegation: take them off it first, or keep them in the directory."
        directory.accept()

    def test_me_in_preferences_is_the_author_and_mine(self, window, demo):
        dialog = window.tools.preferences()
        dialog.name.setEditText("Claire Moreau")
        dialog._fill_known("Claire Moreau")
        assert (dialog.party.currentData(), dialog.function.text()) == ("FR", "Directrice de la coopération internationale")
        dialog.accept()
        assert preferences.me() == preferences.Me("Claire Moreau", "FR", "Directrice de la coopération internationale")
        # authorship of a status
        window.navigator.setCurrentItem(top(window, "ML-FR"))
        window.tabs.setCurrentWidget(window.register_view)
        fund = demo.commitment_by_ref("MLFR-2002-01")
        window.register_view.select(fund.id)
        log = window.register_view.log_status()
        log.accept()
        assert demo.events(fund.id)[-1].author == "Claire Moreau"
        # "Mine" in the follow-up
        window.tabs.setCurrentWidget(window.actions_view)
        view = window.actions_view
        view.mode.setCurrentIndex(view.mode.findData(ActionsFilter.MINE))
        mine = {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())}
        assert mine == {"Préparer la note ministérielle de la 3e session", "Transmettre à la partie malienne le calendrier de décaissement du fonds 2002–2004"}
        assert view.who.text() == "assigned to Claire Moreau"
        # the assignee of a new action is me, picked from the directory
        editor = view.add()
        names = [editor.assignee.itemText(i) for i in range(editor.assignee.count())]
        assert names[0] == "Claire Moreau" and "Mamadou Traoré" in names
        assert editor.assignee.currentText() == "Claire Moreau"
        editor.reject()

    def test_mine_says_who_it_thinks_i_am_until_preferences_say(self, window):
        window.navigator.setCurrentItem(top(window, "ML-FR"))
        window.tabs.setCurrentWidget(window.actions_view)
        view = window.actions_view
        view.mode.setCurrentIndex(view.mode.findData(ActionsFilter.MINE))
        assert view.who.text().endswith("— say who you are in Tools › Preferences")


class TestDashboard:
    def test_counts_next_session_and_its_checklist_each_line_opening_what_it_names(self, window, qtbot, demo):
        s4 = new_fourth_session(window)
        window.tools.dashboard()
        assert window.home and window.navigator.currentItem() is None and window.dialogue is None
        assert not window.tabs.isTabEnabled(window.tabs.indexOf(window.register_view))
        text = re.sub(r"[ \t]+", " ", window.details.toPlainText())
        assert "Dashboard" in text and "As of Thursday 10 June 2004." in text
        assert "4th session of ML-FR — 16–17 Jun 2004, Paris — in 6 days · 0 of 4 steps done" in text
        assert "✗ to do — Agenda not agreed yet (state: planned)" in text
        assert "✗ to do — No delegation yet: copy it from the previous session" in text
        assert "✗ to do — Brief not printed yet" in text
        # a change elsewhere refreshes the dashboard in place
        mlfr_counts = next(t for h, t in links(window) if t.startswith("ML-FR"))
        assert mlfr_counts.startswith("ML-FR — Consultation franco-malienne")
        # the checklist's delegation line opens the Session view, whose copy button fills it
        follow(window, "No delegation yet")
        assert window.tabs.currentWidget() is window.session_view and window.session.id == s4.id and not window.home
        window.session_view.copy_button.click()
        window.tools.dashboard()
        assert "✗ to do — Delegations: 0 of 6 confirmed" in window.details.toPlainText()
        # the brief line opens Documents › Ministerial Brief for the session; generating it ticks the step
        follow(window, "Brief not printed yet")
        options = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and w.windowTitle() == "Ministerial Brief")
        assert options.session.currentData() == s4.id
        options.accept()
        qtbot.waitUntil(lambda: demo.session(s4.id).brief_printed_at != "", timeout=60000)
        window.tools.dashboard()
        assert re.search(r"✓ done — Brief printed \d+ \w+ \d{4} \d\d:\d\d", window.details.toPlainText())
        for preview in list(window.documents.previews):
            preview.close()
        # a commitment's line opens it in the register; the overdue count opens the register filtered
        follow(window, "MLFR-2002-03")
        assert window.tabs.currentWidget() is window.register_view
        assert window.register_view.current_id() == demo.commitment_by_ref("MLFR-2002-03").id
        window.tools.dashboard()
        overdue = next(
            h for h, t in links(window) if "filter=overdue" in h and "register" in h and window.dialogue is None and demo.dialogue_by_code("ML-FR").id in h
        )
        window.details.anchorClicked.emit(QUrl(overdue))
        assert window.register_view.overdue.isChecked() and window.dialogue.code == "ML-FR"
        # the agenda line opens the Agenda view of the session
        window.tools.dashboard()
        follow(window, "Agenda not agreed yet")
        assert window.tabs.currentWidget() is window.agenda_view and window.session.id == s4.id

    def test_an_overdue_action_opens_in_the_follow_up(self, window, demo):
        window.tools.dashboard()
        follow(window, "Action: Préparer la note ministérielle")
        view = window.actions_view
        assert window.tabs.currentWidget() is view
        assert view.current().description == "Préparer la note ministérielle de la 3e session"

    def test_the_keyboard_reaches_the_links(self, window, qtbot):
        window.tools.dashboard()
        browser = window.details
        opened: list[str] = []
        browser.anchorClicked.connect(lambda url: opened.append(url.toString()))
        browser.setFocus()
        qtbot.keyClick(browser, Qt.Key.Key_Tab)
        qtbot.keyClick(browser, Qt.Key.Key_Return)
        assert opened and opened[0].startswith("consult:")

    def test_selecting_in_the_navigator_leaves_the_dashboard(self, window):
        window.tools.dashboard()
        window.navigator.setCurrentItem(top(window, "IT-AL"))
        assert not window.home and window.dialogue.code == "IT-AL"
        assert window.tabs.isTabEnabled(window.tabs.indexOf(window.register_view))
        assert "Standing themes" in window.details.toPlainText()

    def test_a_vanished_target_is_said_in_one_sentence(self, window, qtbot):
        window.tools.dashboard()
        window.details.anchorClicked.emit(QUrl("consult:commitment?id=nope"))
        assert window.statusBar().currentMessage() == "This is no longer in the workspace."
        for box in [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]:
            box.close()


class TestTheFourthSessionEndToEnd:
    """Issue 18's walk: the 4th Mali–France session prepared through the window, then printed, then undone and redone."""

    def test_prepare_print_undo_and_redo(self, window, demo, refreshed):
        from .test_lifecycle import open_register
        from .test_main_window import find_session

        before = {c.ref: c.state for c in demo.commitments()}
        # the session: the review item carries the open joint commitments over as sub-items
        s4 = new_fourth_session(window)
        assert [r[3] for r in rows(window) if r[0].startswith("2.")][:2] == [
            "MLFR-2001-01 — La France facilite la délivrance de visas aux voyageurs maliens de bonne foi (familles, étudiants, gens d'affaires) et motive les refus opposés aux parents de …",
            "MLFR-2001-02 — Le Mali renforce la lutte contre la corruption dans la délivrance des visas et poursuit les trafiquants.",
        ]
        # the delegations, copied from the 3rd session, their attendance still to confirm
        window.tabs.setCurrentWidget(window.session_view)
        window.session_view.copy_button.click()
        assert len(demo.delegation(s4.id)) == 6
        # two days with a lunch
        view = window.agenda_view
        window.tabs.setCurrentWidget(view)
        view.tree.setCurrentItem(node_of(window, "Intégration des Maliens"))
        view.actions_by_name["add_lunch"].trigger()
        refreshed(window)
        view.actions_by_name["add_day"].trigger()
        refreshed(window)
        assert view.summary.text() == "13 items over 2 days · ends 17 Jun 2004 11:15"
        # two new commitments, numbered in the session's year
        window.navigator.setCurrentItem(find_session(window, "ML-FR", "4th session"))
        for ref, text in (("MLFR-2004-01", "Ouvrir un guichet unique à Bamako"), ("MLFR-2004-02", "Former 40 agents consulaires")):
            editor = window.creating.new_commitment()
            assert editor.ref.text() == ref
            editor.texts["fr"].setPlainText(text)
            editor.party.setCurrentIndex(editor.party.findText("France"))
            editor.accept()
            assert editor.result() == 1
        # one withdrawn, one superseded by a new text made at this session
        register = open_register(window)
        register.select(demo.commitment_by_ref("MLFR-2001-02").id)
        dialog = register.withdraw()
        dialog.date.setDate(QDate(2004, 6, 17))
        dialog.reason.setPlainText("Programme arrêté d'un commun accord")
        dialog.accept()
        register.select(demo.commitment_by_ref("MLFR-2001-03").id)
        dialog = register.supersede()
        assert (dialog.ref.text(), dialog.session.currentText()) == ("MLFR-2004-03", "4th session (16 Jun 2004)")
        dialog.texts["fr"].setPlainText("La France facilite l'accueil et l'intégration, selon le texte de 2004.")
        dialog.ended_on.setDate(QDate(2004, 6, 17))
        dialog.end_reason.setText("Texte renégocié à la 4e session")
        dialog.accept()
        # a status with a note shared with the other delegation, and a measurement of an indicator
        fund = demo.commitment_by_ref("MLFR-2002-01")
        register.select(fund.id)
        dialog = register.log_status()
        dialog.date.setDate(QDate(2004, 6, 9))
        dialog.status.setCurrentIndex(dialog.status.findData("on_track"))
        dialog.note.setPlainText("Deuxième tranche engagée")
        dialog.shared.setChecked(True)
        dialog.accept()
        register.select(demo.commitment_by_ref("MLFR-2001-04").id)
        dialog = register.add_measurement()
        dialog.which.setCurrentIndex(next(i for i in range(dialog.which.count()) if "Maliens rentrés" in dialog.which.itemText(i)))
        dialog.date.setDate(QDate(2004, 5, 31))
        dialog.value.setValue(620)
        dialog.source.setText("OFII")
        dialog.shared.setChecked(True)
        dialog.accept()

        # the minister's brief, as of the day before
        brief = flat(documents_ops.brief(demo, s4.id, TODAY).render())
        assert "9 h 30 Jour 1 — 16 juin 2004" in brief and "11 h 10–12 h 40 Déjeuner" in brief and "9 h 30 Jour 2 — 17 juin 2004" in brief
        assert "Examen de MLFR-2002-01 : En bonne voie, 9 juin 2004" in brief  # the fresh status, under its own sub-item
        assert "Maliens rentrés avec l'aide au retour 0 1999 620 31 mai 2004 500 2002" in brief  # the measurement in the key figures
        assert (
            "Mamadou Traoré, Ministre des Maliens de l'extérieur, Ministère des Maliens de l'extérieur et de l'Intégration africaine — chef de délégation (présence à confirmer)"
            in brief
        )
        # the joint minutes: both days, no lunch, the commitments made at this session
        minutes = flat(documents_ops.minutes(demo, s4.id).render())
        assert minutes.index("Jour 1 — 16 juin 2004") < minutes.index("3. Intégration") < minutes.index("Jour 2 — 17 juin 2004")
        assert "Déjeuner" not in minutes
        assert "MLFR-2004-01 Ouvrir un guichet unique à Bamako France" in minutes and "MLFR-2004-02 Former 40 agents consulaires France" in minutes
        assert "MLFR-2004-03 La France facilite l'accueil et l'intégration, selon le texte de 2004." in minutes
        assert "MLFR-2002-04" not in minutes and "Position interne" not in minutes  # our own line never prints in joint minutes
        # the joint tracker after the session: the ended commitments say why, the shared note and measurement are there
        tracker = flat(documents_ops.tracker(demo, s4.dialogue_id, dt.date(2004, 6, 30)).render())
        assert "Retiré le 17 juin 2004 : Programme arrêté d'un commun accord" in tracker
        assert "Remplacé par MLFR-2004-03 le 17 juin 2004 : Texte renégocié à la 4e session" in tracker and "Remplace MLFR-2001-03" in tracker
        assert "Deuxième tranche engagée" in tracker and "620" in tracker
        assert "Position interne" not in tracker

        # every step the issue makes undoable goes back, in order, and comes again
        steps = [window.undo.text(i) for i in range(window.undo.count())]
        assert steps == [
            "Copy delegations from the 3rd session",
            "Add lunch",
            "Add day",
            "New commitment MLFR-2004-01",
            "New commitment MLFR-2004-02",
            "Withdraw MLFR-2001-02",
            "Supersede MLFR-2001-03",
        ]
        while window.undo.canUndo():
            window.undo.undo()
        assert {c.ref: c.state for c in demo.commitments()} == before
        assert demo.delegation(s4.id) == [] and ItemKind.LUNCH not in [i.kind for i in demo.agenda(s4.id)]
        while window.undo.canRedo():
            window.undo.redo()
        assert demo.commitment_by_ref("MLFR-2001-02").state.value == "withdrawn" and demo.commitment_by_ref("MLFR-2004-03").supersedes_id
        assert len(demo.delegation(s4.id)) == 6 and [i.kind for i in demo.agenda(s4.id)].count(ItemKind.DAY) == 2
        # the status and the measurement are part of the record: appended, not undone (a mistaken status is corrected by a new one)
        assert demo.events(fund.id)[-1].note == "Deuxième tranche engagée"
