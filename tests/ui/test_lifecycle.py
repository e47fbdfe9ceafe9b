"""Commitments through their life and indicators, through the window's real widgets (qtbot), each step undone and redone."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from consult_app.domain import rules
from consult_app.domain.model import CommitmentKind, CommitmentState, Direction, Visibility
from consult_app.ops import register as register_ops
from consult_app.reports.context import DialogueView
from consult_app.ui import labels
from consult_app.ui.register import RegisterModel

from .test_main_window import find_session
from .test_workbench import window  # noqa: F401  (the fixture: the demo in a shown window)


def open_register(window, code: str = "ML-FR"):
    nav = window.navigator
    top = next(nav.topLevelItem(i) for i in range(nav.topLevelItemCount()) if nav.topLevelItem(i).text(0).startswith(code))
    nav.setCurrentItem(top)
    window.tabs.setCurrentWidget(window.register_view)
    return window.register_view


def status_of(view, commitment_id: str) -> str:
    return view.model.index(view.model.row_of(commitment_id), RegisterModel.COL_STATUS).data()


# ---------------------------------------------------------------- the lifecycle


def test_edit_a_commitment_keeps_its_history_and_undo_takes_it_back(window, demo, refreshed):
    view = open_register(window)
    fund = demo.commitment_by_ref("MLFR-2002-01")
    old_text = fund.text["fr"]
    assert view.select(fund.id)
    editor = view.edit()
    editor.texts["fr"].setPlainText(old_text + " (révisé à Bamako)")
    editor.reason.setText("Accord de la 3e session")
    editor.kind.setCurrentIndex(editor.kind.findData(CommitmentKind.DECISION))
    editor.accept()
    assert editor.result() == 1
    refreshed(window)
    c = demo.commitment_by_ref("MLFR-2002-01")
    assert c.text["fr"].endswith("(révisé à Bamako)") and c.kind == CommitmentKind.DECISION
    detail = view.detail.toPlainText()
    assert "Changes of the text" in detail and "Accord de la 3e session" in detail and old_text in detail
    assert "Decision of the session" in detail
    assert view.current_id() == fund.id  # still selected after the window's refresh
    window.undo.undo()
    assert demo.commitment_by_ref("MLFR-2002-01").text["fr"] == old_text and demo.revisions(fund.id) == []
    window.undo.redo()
    assert demo.commitment_by_ref("MLFR-2002-01").text["fr"].endswith("(révisé à Bamako)")
    assert [r.reason for r in demo.revisions(fund.id)] == ["Accord de la 3e session"]


def test_a_new_commitment_is_undoable_and_a_junk_one_can_be_deleted(window, demo):
    window.navigator.setCurrentItem(find_session(window, "ML-FR", "3rd session"))
    editor = window.creating.new_commitment()
    assert editor.ref.text() == "MLFR-2003-01"
    assert editor.pattern.text() == "Pattern MLFR-YYYY-NN; the next free one of 2003 is MLFR-2003-01"
    editor.texts["fr"].setPlainText("Ouvrir un guichet unique à Bamako")
    editor.party.setCurrentIndex(editor.party.findText("France"))
    editor.accept()
    view = window.register_view
    c = demo.commitment_by_ref("MLFR-2003-01")
    assert view.current_id() == c.id
    window.undo.undo()
    assert "MLFR-2003-01" not in [x.ref for x in demo.commitments()]
    window.undo.redo()
    assert view.select(demo.commitment_by_ref("MLFR-2003-01").id)
    assert view.delete_action.isEnabled()
    assert view.delete()
    assert "MLFR-2003-01" not in [x.ref for x in demo.commitments()]
    window.undo.undo()
    assert demo.commitment_by_ref("MLFR-2003-01").text == {"fr": "Ouvrir un guichet unique à Bamako"}


def test_a_commitment_with_a_history_is_not_deleted(window, demo):
    view = open_register(window)
    fund = demo.commitment_by_ref("MLFR-2002-01")
    view.select(fund.id)
    assert not view.delete_action.isEnabled()  # offered only for a commitment without history
    assert not view.delete()
    assert window.statusBar().currentMessage() == (
        "MLFR-2002-01 cannot be deleted because it has a history (2 status events, 1 indicator, 1 follow-up action): withdraw it instead."
    )
    assert demo.commitment_by_ref("MLFR-2002-01")


def test_withdraw_with_a_reason_shown_in_the_register_and_undone(window, demo, refreshed):
    view = open_register(window)
    c = demo.commitment_by_ref("MLFR-2001-02")
    view.select(c.id)
    dialog = view.withdraw()
    dialog.date.setDate(QDate(2003, 6, 17))
    dialog.accept()
    assert dialog.errors["end_reason"].text() == "Reason: say why the commitment is withdrawn."
    assert dialog.errors["end_reason"].isVisibleTo(dialog)
    dialog.reason.setPlainText("Programme arrêté d'un commun accord")
    dialog.accept()
    refreshed(window)
    assert demo.commitment_by_ref("MLFR-2001-02").state == CommitmentState.WITHDRAWN
    assert status_of(view, c.id) == f"Withdrawn on {labels.day(dt.date(2003, 6, 17))}"
    assert "Programme arrêté d'un commun accord" in view.detail.toPlainText()
    assert not view.withdraw_action.isEnabled() and not view.supersede_action.isEnabled()
    window.undo.undo()
    refreshed(window)
    assert demo.commitment_by_ref("MLFR-2001-02").in_force
    assert view.withdraw_action.isEnabled()


def test_supersede_links_old_and_new_in_the_register_the_detail_and_the_tracker(window, demo, refreshed):
    from ..documents import tracker_pdf
    from ..reports.test_documents import flat

    view = open_register(window)
    old = demo.commitment_by_ref("MLFR-2001-03")
    view.select(old.id)
    dialog = view.supersede()
    # made at the dialogue's latest session, numbered in its year
    assert dialog.session.currentData() == demo.session_by_number(old.dialogue_id, 3).id
    assert dialog.ref.text() == "MLFR-2003-01"
    dialog.texts["fr"].setPlainText("La France facilite l'accueil et l'intégration, selon le texte de 2003.")
    dialog.ended_on.setDate(QDate(2003, 6, 17))
    dialog.accept()
    assert dialog.errors["end_reason"].text() == "Reason: say why the commitment is superseded."
    dialog.end_reason.setText("Texte renégocié à la 3e session")
    dialog.accept()
    assert dialog.result() == 1
    refreshed(window)
    new = demo.commitment_by_ref("MLFR-2003-01")
    assert new.supersedes_id == old.id and view.current_id() == new.id
    assert status_of(view, old.id) == f"Superseded by MLFR-2003-01 on {labels.day(dt.date(2003, 6, 17))}"
    assert "supersedes MLFR-2001-03" in view.detail.toPlainText()
    view.select(old.id)
    assert "Superseded by MLFR-2003-01" in view.detail.toPlainText() and "Texte renégocié à la 3e session" in view.detail.toPlainText()
    tracker = flat(tracker_pdf(demo, "ML-FR", dt.date(2004, 1, 1)))
    assert "Remplacé par MLFR-2003-01 le 17 juin 2003 : Texte renégocié à la 3e session" in tracker and "Remplace MLFR-2001-03" in tracker
    window.undo.undo()
    assert demo.commitment_by_ref("MLFR-2001-03").in_force
    assert "MLFR-2003-01" not in [c.ref for c in demo.commitments()]


def test_reaffirm_at_a_later_session(window, demo, refreshed):
    view = open_register(window)
    c = demo.commitment_by_ref("MLFR-2002-01")
    view.select(c.id)
    dialog = view.reaffirm()
    assert [dialog.session.itemText(i) for i in range(dialog.session.count())] == ["3rd session (16 Jun 2003)"]
    dialog.accept()
    refreshed(window)
    assert "reaffirmed at the 3rd" in view.detail.toPlainText()
    window.undo.undo()
    assert demo.commitment_by_ref("MLFR-2002-01").reaffirmed_at == []


# ---------------------------------------------------------------- one overdue rule


def test_overdue_in_the_register_equals_overdue_in_the_tracker_with_a_future_dated_event(window, demo, monkeypatch):
    """A completion recorded in advance (dated next year) closes nothing today, in the register as in the tracker."""
    c = demo.commitment_by_ref("MLFR-2002-03")  # due 31 March 2003, off track
    today = dt.date.today()
    register_ops.log_status(demo, c.id, "completed", today.replace(year=today.year + 1), note="Clôture prévue")
    calls = []
    real = rules.overdue_since
    monkeypatch.setattr(rules, "overdue_since", lambda *a, **k: calls.append(a[0].ref) or real(*a, **k))
    view = open_register(window)
    row = next(r for r in view.model.rows if r.id == c.id)
    tracker = DialogueView(demo.dialogue(c.dialogue_id), demo.bundle(c.dialogue_id))
    assert view.model.overdue(row) is True
    assert tracker.overdue(demo.commitment(c.id), today) is True
    assert status_of(view, c.id) == f"Off track — overdue since {labels.day(dt.date(2003, 3, 31))}"
    assert "MLFR-2002-03" in calls  # the register asks the domain's rule, it does not compute its own
    for r in view.model.rows:  # and they agree on every commitment
        assert view.model.overdue(r) == tracker.overdue(demo.commitment(r.id), today), r.ref
    view.select(c.id)
    assert "dated after today: not counted yet" in view.detail.toPlainText()


def test_the_status_cell_says_both_assessments_how_late_and_shows_its_shape(window, demo, refreshed):
    """One cell: each party's status when they differ (the other secretariat's assessment), the overdue wording and the icon."""
    from consult_app.domain.model import Tone
    from consult_app.ui import icons

    c = demo.commitment_by_ref("MLFR-2002-03")  # ours: off track, due 31 March 2003
    mali = demo.dialogue(c.dialogue_id).party_by_code("ML").id
    demo.log_status(c.id, "on_track", dt.date(2003, 5, 2), note="Convention en cours de signature", party_id=mali)
    view = open_register(window)
    row = view.model.row_of(c.id)
    assert status_of(view, c.id) == f"France: Off track / Mali: On track — overdue since {labels.day(dt.date(2003, 3, 31))}"
    index = view.model.index(row, RegisterModel.COL_STATUS)
    assert icons.status_icon(Tone.BAD).cacheKey() != icons.status_icon(Tone.CLOSED).cacheKey()
    assert index.data(Qt.ItemDataRole.DecorationRole).cacheKey() == icons.status_icon(Tone.BAD).cacheKey()
    view.select(c.id)
    assert "assessed by Mali" in view.detail.toPlainText()
    register_ops.withdraw_commitment(demo, c.id, dt.date(2003, 6, 17), reason="Programme arrêté")
    refreshed(window)
    assert status_of(view, c.id) == f"Withdrawn on {labels.day(dt.date(2003, 6, 17))}"  # ended: neither assessment binds
    assert view.model.index(row, RegisterModel.COL_STATUS).data(Qt.ItemDataRole.DecorationRole).cacheKey() == icons.status_icon(Tone.CLOSED).cacheKey()


def test_the_register_says_as_of_when(window):
    view = open_register(window)
    assert view.as_of.text() == f"As of {labels.day(dt.date.today())}: 9 of 9 commitments shown, 7 overdue. Statuses count the events dated up to that day."
    view.overdue.setChecked(True)
    assert "7 of 9 commitments shown" in view.as_of.text()


# ---------------------------------------------------------------- indicators


def test_create_retarget_and_undo_an_indicator_from_the_indicators_view(window, demo, refreshed):
    open_register(window, "IT-AL")
    window.tabs.setCurrentWidget(window.indicators_view)
    view = window.indicators_view
    assert view.list.item(0, 6).text() == "↓ down is good"  # the 80 % transit migrants indicator falls
    editor = view.new_indicator()
    editor.accept()
    assert editor.errors["commitment"].text() == "Commitment: choose the commitment the figure measures."
    editor.commitment.setCurrentIndex(editor.commitment.findText("ITAL-2001-02"))
    editor.accept()
    assert editor.errors["name"].text() == "Name: must not be empty."
    editor.names["en"].setText("Work visas issued to Albanians")
    editor.baseline.setValue(5000)
    editor.target.setValue(2000)
    assert editor.direction.currentData() == Direction.DOWN  # follows baseline and target until chosen
    editor.direction.setCurrentIndex(editor.direction.findData(Direction.UP))
    editor.direction.activated.emit(editor.direction.currentIndex())
    editor.accept()
    assert editor.errors["target_value"].text() == (
        f"Target: the target ({labels.number(2000)}) is below the baseline ({labels.number(5000)}), but this indicator should rise (up is good)."
    )
    editor.target.setValue(15000)
    editor.accept()
    assert editor.result() == 1
    refreshed(window)
    assert view.list.rowCount() == 2 and view.current().name == {"en": "Work visas issued to Albanians"}
    added = view.current()
    edit = view.edit_indicator()
    edit.target.setValue(20000)
    edit.unit.setCurrentText("visas")
    edit.accept()
    assert (demo.indicator(added.id).target_value, demo.indicator(added.id).unit) == (20000, "visas")
    window.undo.undo()
    assert demo.indicator(added.id).target_value == 15000
    window.undo.undo()
    refreshed(window)
    assert [i.id for i in demo.indicators()].count(added.id) == 0
    assert view.list.rowCount() == 1


def test_a_measurement_from_the_commitments_detail(window, demo, refreshed):
    view = open_register(window)
    c = demo.commitment_by_ref("MLFR-2001-04")  # two indicators
    view.select(c.id)
    assert view.measure_action.isEnabled()
    dialog = view.add_measurement()
    assert dialog.which.count() == 2
    dialog.which.setCurrentIndex(1)
    dialog.date.setDate(QDate(2003, 12, 31))
    dialog.value.setValue(620)
    dialog.source.setText("OFII")
    dialog.shared.setChecked(True)
    dialog.accept()
    second = demo.indicators(c.id)[1]
    latest = demo.measurements(second.id)[-1]
    assert (latest.value, latest.source, latest.visibility) == (620, "OFII", Visibility.JOINT)
    internal = demo.commitment_by_ref("MLFR-2002-04")
    view.select(internal.id)
    assert not view.measure_action.isEnabled()  # no indicator yet
    editor = view.add_indicator()
    editor.names["fr"].setText("Notes transmises")
    editor.target.setValue(3)
    editor.accept()
    refreshed(window)
    assert [i.name for i in demo.indicators(internal.id)] == [{"fr": "Notes transmises"}]
    assert view.measure_action.isEnabled()
    dialog = view.add_measurement()
    assert not dialog.shared.isEnabled()  # an internal commitment shares nothing
