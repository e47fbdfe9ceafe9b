"""An editor knows by itself whether its record is new (not in the workspace yet) or saved: no flag to get wrong."""

from __future__ import annotations

import copy

from consult_app.domain.model import Commitment, Indicator, Person
from consult_app.ui.commitments import CommitmentEditor
from consult_app.ui.followup import IndicatorEditor
from consult_app.ui.people import PersonEditor


def test_a_saved_commitment_is_edited_and_a_fresh_one_is_new(qtbot, demo):
    saved = demo.commitment_by_ref("MLFR-2002-01")
    editor = CommitmentEditor(demo, saved)
    qtbot.addWidget(editor)
    assert (editor.new, editor.windowTitle()) == (False, "Commitment MLFR-2002-01")

    fresh = Commitment(saved.dialogue_id, "MLFR-2002-99", {}, None)
    editor = CommitmentEditor(demo, fresh)
    qtbot.addWidget(editor)
    assert (editor.new, editor.windowTitle()) == (True, "New commitment")


def test_editing_a_saved_commitment_changes_it_and_adds_none(qtbot, demo):
    saved = demo.commitment_by_ref("MLFR-2002-01")
    before = len(demo.commitments())
    editor = CommitmentEditor(demo, saved)
    qtbot.addWidget(editor)
    editor.institution.setText("Ministère de l'Intérieur")
    editor.accept()
    assert len(demo.commitments()) == before
    assert demo.commitment(saved.id).lead_institution == "Ministère de l'Intérieur"


def test_indicator_and_person_editors_tell_new_from_saved(qtbot, demo):
    indicator = demo.indicators()[0]
    for record, title in ((indicator, "Indicator"), (Indicator(indicator.commitment_id, {}, "count", 0, None, 0), "New indicator")):
        editor = IndicatorEditor(demo, copy.deepcopy(record))
        qtbot.addWidget(editor)
        assert editor.windowTitle() == title

    person = demo.people()[0]
    for record, title in ((person, "Person"), (Person(""), "New person")):
        editor = PersonEditor(demo, record)
        qtbot.addWidget(editor)
        assert editor.windowTitle() == title
