"""Commitments through their life on a real workspace file: the intents of ops/register.py and what the store keeps."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import shutil
import sqlite3

import pytest

from consult_app.domain.errors import Invalid
from consult_app.domain.model import Commitment, CommitmentKind, CommitmentState, Direction, Indicator, Measurement, Visibility, new_id
from consult_app.exchange.interchange import dumps, parse, to_document
from consult_app.ops import records
from consult_app.ops import register as ops
from consult_app.ops.workspaces import import_bundle
from consult_app.store import Workspace, joint_view
from consult_app.store.connection import sqlite3 as driver  # the store's driver (SQLCipher)
from consult_app.store.schema import SCHEMA_VERSION

from ..conftest import DATA
from .test_packet_rights import crafted, exported, pair, refusal  # noqa: F401  (pair: the demo secretariat and a field copy of ML-FR)


def ref(ws, code: str) -> Commitment:
    return ws.commitment_by_ref(code)


def events_of_change(ws) -> list[str]:
    heard: list[str] = []
    ws.listeners.append(heard.append)
    return heard


def new(ws, code: str = "MLFR-2003-01", **kw) -> Commitment:
    d = ws.dialogue_by_code("ML-FR")
    s3 = ws.session_by_number(d.id, 3)
    return Commitment(d.id, code, {"fr": "Ouvrir un guichet unique"}, d.party_by_code("FR").id, s3.id, **kw)


class TestEdit:
    def test_a_change_of_text_is_kept_with_date_reason_and_author_and_one_change_event(self, demo):
        fund = ref(demo, "MLFR-2002-01")
        old = dict(fund.text)
        heard = events_of_change(demo)
        fund.text = {"fr": old["fr"] + " (révisé)"}
        revision = ops.edit_commitment(demo, fund, reason="Accord de Bamako", revised_on=dt.date(2003, 6, 17))
        assert heard == ["commitment"]
        [kept] = demo.revisions(fund.id)
        assert kept == revision
        assert (kept.old_text, kept.new_text, kept.reason, kept.revised_on) == (old, fund.text, "Accord de Bamako", dt.date(2003, 6, 17))
        assert kept.author and kept.recorded_at.endswith("Z")
        assert ref(demo, "MLFR-2002-01").text == fund.text

    def test_no_text_change_no_revision(self, demo):
        fund = ref(demo, "MLFR-2002-01")
        fund.lead_institution = "AFD"
        assert ops.edit_commitment(demo, fund) is None
        assert demo.revisions(fund.id) == []

    def test_undo_takes_the_edit_and_its_revision_back(self, demo):
        before = ref(demo, "MLFR-2002-01")
        after = ref(demo, "MLFR-2002-01")
        after.text = {"fr": "Autre texte"}
        after.ref = "MLFR-2002-09"
        revision = ops.edit_commitment(demo, after, reason="r")
        ops.undo_edit(demo, before, revision.id)
        assert ref(demo, "MLFR-2002-01").text == before.text
        assert demo.revisions(before.id) == []

    def test_only_the_latest_change_can_be_taken_back(self, demo):
        c = ref(demo, "MLFR-2002-01")
        first_before = ref(demo, "MLFR-2002-01")
        c.text = {"fr": "un"}
        first = ops.edit_commitment(demo, c)
        c.text = {"fr": "deux"}
        ops.edit_commitment(demo, c)
        with pytest.raises(Invalid, match="^The text has changed again since: only the latest change of a commitment's text can be undone.$"):
            ops.undo_edit(demo, first_before, first.id)
        assert ref(demo, "MLFR-2002-01").text == {"fr": "deux"}

    def test_a_new_reference_must_follow_the_pattern_an_old_one_is_kept(self, demo):
        c = ref(demo, "MLFR-2002-01")
        c.ref = "MLFR-2004-99 ✈️ Миграция"
        with pytest.raises(Invalid) as caught:
            ops.edit_commitment(demo, c)
        assert caught.value.field == "ref"
        assert str(caught.value).startswith("ref: 'MLFR-2004-99 ✈️ Миграция' does not follow this dialogue's reference pattern MLFR-YYYY-NN")
        assert ref(demo, "MLFR-2002-01").ref == "MLFR-2002-01"

    def test_the_text_of_an_ended_commitment_cannot_change(self, demo):
        c = ops.withdraw_commitment(demo, ref(demo, "MLFR-2001-02").id, dt.date(2003, 6, 17), reason="r")
        c.text = {"fr": "autre"}
        with pytest.raises(Invalid, match="^text: MLFR-2001-02 was withdrawn on 2003-06-17; its text can no longer change.$"):
            ops.edit_commitment(demo, c)


class TestAddAndDelete:
    def test_a_decision_is_added_and_a_junk_one_deleted_and_restored(self, demo):
        c = ops.add_commitment(demo, new(demo, kind=CommitmentKind.DECISION))
        assert ref(demo, "MLFR-2003-01").kind == CommitmentKind.DECISION
        assert [h.label for h in demo.search("guichet")] == ["MLFR-2003-01"]
        ops.delete_commitment(demo, c.id)
        assert "MLFR-2003-01" not in [x.ref for x in demo.commitments()]
        assert demo.search("guichet") == []
        ops.restore_commitment(demo, c)
        assert ref(demo, "MLFR-2003-01") == c

    def test_a_commitment_with_a_history_is_refused_whole(self, demo):
        fund = ref(demo, "MLFR-2002-01")
        before = demo.path.read_bytes()
        with pytest.raises(Invalid) as caught:
            ops.delete_commitment(demo, fund.id)
        assert str(caught.value) == (
            "MLFR-2002-01 cannot be deleted because it has a history (2 status events, 1 indicator, 1 follow-up action): withdraw it instead."
        )
        assert demo.path.read_bytes() == before

    def test_a_new_reference_off_the_pattern_is_refused(self, demo):
        before = len(demo.commitments())
        with pytest.raises(Invalid, match="^ref: 'MLFR-2004-99 ✈️ Миграция' does not follow"):
            ops.add_commitment(demo, new(demo, "MLFR-2004-99 ✈️ Миграция"))
        assert len(demo.commitments()) == before

    def test_deleting_a_counterpart_unlinks_it_and_restoring_links_it_again(self, demo):
        partner = ref(demo, "MLFR-2001-05")
        c = ops.add_commitment(demo, new(demo, reciprocal_id=partner.id))
        assert ref(demo, "MLFR-2001-05").reciprocal_id == c.id
        ops.delete_commitment(demo, c.id)
        assert ref(demo, "MLFR-2001-05").reciprocal_id is None
        ops.restore_commitment(demo, c)
        assert ref(demo, "MLFR-2001-05").reciprocal_id == c.id

    def test_changing_the_counterpart_from_b_to_c_leaves_b_unlinked(self, demo):
        a, b, c = ref(demo, "MLFR-2002-01"), ref(demo, "MLFR-2002-02"), ref(demo, "MLFR-2001-05")
        assert (a.reciprocal_id, b.reciprocal_id) == (b.id, a.id)  # the demo's quid pro quo
        ops.edit_commitment(demo, dataclasses.replace(a, reciprocal_id=c.id))
        assert ref(demo, "MLFR-2002-01").reciprocal_id == c.id and ref(demo, "MLFR-2001-05").reciprocal_id == a.id
        assert ref(demo, "MLFR-2002-02").reciprocal_id is None  # B is nobody's counterpart any more, and names none
        assert [x.ref for x in demo.commitments() if x.reciprocal_id in (a.id, c.id)] == ["MLFR-2001-05", "MLFR-2002-01"]
        ops.edit_commitment(demo, dataclasses.replace(ref(demo, "MLFR-2002-01"), reciprocal_id=None))
        assert ref(demo, "MLFR-2001-05").reciprocal_id is None and ref(demo, "MLFR-2002-01").reciprocal_id is None


class TestWithdrawSupersede:
    def test_withdraw_and_reinstate(self, demo):
        c = ops.withdraw_commitment(demo, ref(demo, "MLFR-2001-02").id, dt.date(2003, 6, 17), reason="Programme arrêté")
        assert (c.state, c.ended_on, c.end_reason) == (CommitmentState.WITHDRAWN, dt.date(2003, 6, 17), "Programme arrêté")
        with pytest.raises(Invalid, match="^MLFR-2001-02 was already withdrawn on 2003-06-17.$"):
            ops.withdraw_commitment(demo, c.id, reason="again")
        [row] = [r for r in demo.register(c.dialogue_id) if r.ref == "MLFR-2001-02"]
        assert row.state == CommitmentState.WITHDRAWN
        c = ops.reinstate_commitment(demo, c.id)
        assert (c.state, c.ended_on, c.end_reason) == (CommitmentState.IN_FORCE, None, "")

    def test_withdrawal_needs_a_reason_and_a_date_after_the_session_it_was_made(self, demo):
        c = ref(demo, "MLFR-2001-02")
        with pytest.raises(Invalid, match="^end_reason: say why the commitment is withdrawn.$"):
            ops.withdraw_commitment(demo, c.id, dt.date(2003, 6, 17), reason="  ")
        with pytest.raises(Invalid, match=r"^ended_on: a commitment cannot be withdrawn \(2000-01-01\) before the session where it was made \(2001-05-14\).$"):
            ops.withdraw_commitment(demo, c.id, dt.date(2000, 1, 1), reason="r")
        assert ref(demo, "MLFR-2001-02").in_force

    def test_supersede_links_both_and_undo_puts_the_old_one_back(self, demo):
        old = ref(demo, "MLFR-2001-03")
        heard = events_of_change(demo)
        replacement = new(demo, theme_id=old.theme_id)
        made = ops.supersede_commitment(demo, old.id, replacement, dt.date(2003, 6, 17), reason="Texte renégocié")
        assert heard == ["commitment"]
        assert made.supersedes_id == old.id
        old = ref(demo, "MLFR-2001-03")
        assert (old.state, old.ended_on, old.end_reason) == (CommitmentState.SUPERSEDED, dt.date(2003, 6, 17), "Texte renégocié")
        [row] = [r for r in demo.register(old.dialogue_id) if r.ref == "MLFR-2001-03"]
        assert row.replaced_by_ref == "MLFR-2003-01"
        with pytest.raises(Invalid, match="^MLFR-2001-03 was already superseded on 2003-06-17.$"):
            ops.supersede_commitment(demo, old.id, new(demo, "MLFR-2003-02"), reason="r")
        ops.undo_supersession(demo, made.id)
        assert ref(demo, "MLFR-2001-03").in_force
        assert "MLFR-2003-01" not in [c.ref for c in demo.commitments()]

    def test_a_refused_supersession_changes_nothing(self, demo):
        old = ref(demo, "MLFR-2001-03")
        before = demo.path.read_bytes()
        with pytest.raises(Invalid, match="^ref: 'MLFR-2001-01' is not free|^ref: the reference 'MLFR-2001-01' is already used by another commitment.$"):
            ops.supersede_commitment(demo, old.id, new(demo, "MLFR-2001-01"), reason="r")
        assert ref(demo, "MLFR-2001-03").in_force
        assert demo.path.read_bytes() == before


class TestReaffirm:
    def test_reaffirm_at_a_later_session_and_take_it_back(self, demo):
        c = ref(demo, "MLFR-2001-01")
        s3 = demo.session_by_number(c.dialogue_id, 3)
        assert ops.reaffirm_commitment(demo, c.id, s3.id).reaffirmed_at[-1] == s3.id
        with pytest.raises(Invalid, match="^session: MLFR-2001-01 is already reaffirmed at the 3rd session.$"):
            ops.reaffirm_commitment(demo, c.id, s3.id)
        assert s3.id not in ops.unreaffirm_commitment(demo, c.id, s3.id).reaffirmed_at

    def test_refused_at_an_earlier_session_or_another_dialogues(self, demo):
        c = ref(demo, "MLFR-2002-01")
        s1 = demo.session_by_number(c.dialogue_id, 1)
        with pytest.raises(Invalid, match="^session: MLFR-2002-01 was made at the 2nd session; it can be reaffirmed only at a later one.$"):
            ops.reaffirm_commitment(demo, c.id, s1.id)
        other = demo.sessions(demo.dialogue_by_code("IT-AL").id)[-1]
        with pytest.raises(Invalid, match="^session: a commitment can only be reaffirmed at a session of its own dialogue.$"):
            ops.reaffirm_commitment(demo, c.id, other.id)


class TestIndicators:
    def test_add_retarget_and_delete_an_indicator(self, demo):
        c = ref(demo, "MLFR-2002-02")
        i = records.add(demo, Indicator(c.id, {"fr": "Projets financés"}, "count", 0, None, 40))
        assert demo.indicator(i.id).direction == Direction.UP
        i.target_value, i.unit = 60, "projects"
        records.update(demo, i)
        assert (demo.indicator(i.id).target_value, demo.indicator(i.id).unit) == (60, "projects")
        i.direction = Direction.DOWN
        with pytest.raises(Invalid, match=r"^target_value: the target \(60\) is above the baseline \(0\), but this indicator should fall"):
            records.update(demo, i)
        ops.add_measurement(demo, Measurement(i.id, dt.date(2003, 12, 31), 12, "AFD", visibility=Visibility.JOINT))
        with pytest.raises(Invalid, match=r"^This indicator cannot be deleted because its measurements \(1\) are history.$"):
            records.delete(demo, Indicator, i.id)

    def test_the_italy_albania_transit_indicator_falls(self, demo):
        [transit] = demo.indicators(ref(demo, "ITAL-2001-01").id)
        assert transit.direction == Direction.DOWN


class TestOnDisk:
    def test_version_1_file_is_upgraded_with_directions_and_commitments_in_force(self, tmp_path):
        path = tmp_path / "old.consult"
        shutil.copy(DATA / "schema-v1.consult", path)
        conn = sqlite3.connect(path)
        conn.executescript(
            """
            INSERT INTO indicators (id, commitment_id, name, unit, baseline_value, target_value)
                SELECT 'falling', id, '{"en": "transit"}', 'percent', 80, 50 FROM commitments WHERE ref = 'TRDE-2004-01';
            INSERT INTO indicators (id, commitment_id, name, unit, baseline_value, target_value)
                SELECT 'rising', id, '{"en": "visas"}', 'count', 7000, 30000 FROM commitments WHERE ref = 'TRDE-2004-01';
            """
        )
        conn.close()
        with Workspace.open(path) as ws:
            assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            assert {i.id: i.direction for i in ws.indicators()} == {"falling": Direction.DOWN, "rising": Direction.UP}
            c = ws.commitment_by_ref("TRDE-2004-01")
            assert (c.kind, c.state, ws.revisions(c.id)) == (CommitmentKind.COMMITMENT, CommitmentState.IN_FORCE, [])

    def test_a_commitment_with_a_text_history_cannot_be_deleted_behind_the_apps_back(self, demo):
        fund = ref(demo, "MLFR-2002-04")
        fund.text = {"fr": "autre"}
        ops.edit_commitment(demo, fund)
        with pytest.raises(driver.IntegrityError, match="FOREIGN KEY"):
            demo.conn.execute("DELETE FROM commitments WHERE id = ?", (fund.id,))

    def test_the_joint_view_carries_joint_revisions_without_their_author(self, demo):
        joint, internal = ref(demo, "MLFR-2002-01"), ref(demo, "MLFR-2002-04")
        for c in (joint, internal):
            c.text = {"fr": c.text["fr"] + " (révisé)"}
            ops.edit_commitment(demo, c, reason="Accord")
        view = joint_view(demo, joint.dialogue_id)
        assert [r.commitment_id for r in view.revisions] == [joint.id]
        assert view.revisions[0].reason == "Accord" and view.revisions[0].author == ""
        assert demo.revisions(joint.id)[0].author

    def test_interchange_round_trip_keeps_the_whole_life(self, demo, tmp_path):
        ops.withdraw_commitment(demo, ref(demo, "MLFR-2001-02").id, dt.date(2003, 6, 17), reason="Arrêté")
        ops.supersede_commitment(demo, ref(demo, "MLFR-2001-03").id, new(demo, kind=CommitmentKind.DECISION), dt.date(2003, 6, 17), reason="Renégocié")
        fund = ref(demo, "MLFR-2002-01")
        fund.text = {"fr": "Nouveau texte"}
        ops.edit_commitment(demo, fund, reason="Accord")
        c = ref(demo, "MLFR-2002-02")
        records.add(demo, Indicator(c.id, {"fr": "stable"}, "count", 10, None, 10, direction=Direction.DOWN))
        text = dumps(to_document(demo.bundle()))
        doc = json.loads(text)
        [mlfr] = [d for d in doc["dialogues"] if d["code"] == "ML-FR"]
        by_ref = {c["ref"]: c for c in mlfr["commitments"]}
        assert (by_ref["MLFR-2001-02"]["state"], by_ref["MLFR-2001-02"]["end_reason"]) == ("withdrawn", "Arrêté")
        assert by_ref["MLFR-2003-01"]["kind"] == "decision" and by_ref["MLFR-2003-01"]["supersedes"] == by_ref["MLFR-2001-03"]["id"]
        assert by_ref["MLFR-2002-01"]["revisions"][0]["new_text"] == {"fr": "Nouveau texte"}
        assert "kind" not in by_ref["MLFR-2001-01"] and "revisions" not in by_ref["MLFR-2001-01"]  # written only when they hold something
        with Workspace.create(tmp_path / "again.consult") as again:
            import_bundle(again, parse(text))
            assert dumps(to_document(again.bundle())) == text

    def test_a_file_that_ends_a_commitment_without_a_reason_is_refused_where_it_says_so(self, demo):
        from consult_app.exchange.interchange import InterchangeError

        doc = to_document(demo.bundle(demo.dialogue_by_code("ML-FR").id))
        doc["dialogues"][0]["commitments"][1] |= {"state": "withdrawn", "ended_on": "2003-06-17", "end_reason": ""}
        with pytest.raises(InterchangeError, match=r"^dialogues\[0\].commitments\[1\].end_reason: say why the commitment is withdrawn.$"):
            parse(dumps(doc))

    def test_every_intent_is_one_transaction(self, demo):
        """A supersession that fails half-way (the new reference taken) leaves no trace of its first half."""
        old = ref(demo, "MLFR-2001-03")
        taken = new(demo, "MLFR-2001-01")
        taken.id = new_id()
        with pytest.raises(Invalid):
            ops.supersede_commitment(demo, old.id, taken, reason="r")
        assert ref(demo, "MLFR-2001-03").state == CommitmentState.IN_FORCE


def test_a_field_copy_receives_the_whole_life_of_a_commitment(tmp_path):
    """Packets carry the text history, the end of a commitment, a replacement and an indicator's direction."""
    from consult_app.ops.workspaces import create as create_workspace
    from consult_app.store.sync import export_packet, field_copy, import_packet

    s, a = tmp_path / "secretariat.consult", tmp_path / "bamako.consult"
    create_workspace(s, demo=True).close()
    with Workspace.open(s) as ws:
        field_copy(ws, a, name="Bamako")
        fund = ref(ws, "MLFR-2002-01")
        fund.text = {"fr": "Nouveau texte"}
        ops.edit_commitment(ws, fund, reason="Accord")
        ops.withdraw_commitment(ws, ref(ws, "MLFR-2001-02").id, dt.date(2003, 6, 17), reason="Arrêté")
        ops.supersede_commitment(ws, ref(ws, "MLFR-2001-03").id, new(ws), dt.date(2003, 6, 17), reason="Renégocié")
        records.add(ws, Indicator(ref(ws, "MLFR-2002-02").id, {"fr": "baisse"}, "count", 10, None, 5))
        data, _ = export_packet(ws, "Bamako")
        expected = dumps(to_document(ws.bundle()))
    with Workspace.open(a) as ws:
        assert import_packet(ws, data).written
        assert dumps(to_document(ws.bundle())) == expected
        assert [r.reason for r in ws.revisions(ref(ws, "MLFR-2002-01").id)] == ["Accord"]


@pytest.mark.parametrize(
    "sql, what",
    [
        (
            "INSERT INTO commitment_revisions (id, commitment_id, revised_on, old_text, new_text, recorded_at) "
            "SELECT 'forged', id, '2003-01-01', text, '{\"fr\": \"FORGED\"}', '2003-01-01T00:00:00Z' FROM commitments WHERE ref = 'MLFR-2001-01'",
            "change of a commitment's text for ML-FR commitment MLFR-2001-01: a field copy may not add changes of commitments' texts",
        ),
        (
            "UPDATE commitments SET state = 'withdrawn', ended_on = '2003-01-01', end_reason = 'forged' WHERE ref = 'MLFR-2001-01'",
            "ML-FR commitment MLFR-2001-01: a field copy may not change commitments",
        ),
    ],
)
def test_a_stolen_field_copy_cannot_rewrite_or_end_a_commitment(pair, tmp_path, sql, what):
    s, a = pair
    before = exported(s, tmp_path)
    assert refusal(s, crafted(a, s, sql)) == f"{what}: packet refused, nothing was imported (a1.packet from Bamako embassy)."
    assert exported(s, tmp_path) == before
