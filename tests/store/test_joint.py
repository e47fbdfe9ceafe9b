"""The audience of every column, the joint view built from it, the migration to it, and the store's refusals."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sqlite3

import pytest

from consult_app.domain.audience import DEFAULT_MARKING_ORDER
from consult_app.domain.errors import Invalid
from consult_app.domain.model import FollowUpAction, Indicator, JointBundle, Measurement, Visibility
from consult_app.exchange.interchange import dumps, parse, to_document
from consult_app.ops.workspaces import demo_text
from consult_app.store import Workspace, joint, joint_view, schema

from ..conftest import DATA


def schema_columns(conn) -> dict[str, list[str]]:
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return {t: [c[1] for c in conn.execute(f"PRAGMA table_info({t})")] for t in tables}


class TestDeclaration:
    def test_every_column_of_the_schema_says_who_may_read_it(self, ws):
        """A new column (or table) fails here until it is declared joint, internal or marked, or the table is not content."""
        undeclared = [
            f"{table}.{column}"
            for table, columns in schema_columns(ws.conn).items()
            if table not in joint.NOT_CONTENT and not table.startswith("search_index")
            for column in columns
            if column not in joint.COLUMNS.get(table, {})
        ]
        assert undeclared == []

    def test_the_declaration_names_only_what_exists(self, ws):
        columns = schema_columns(ws.conn)
        assert [f"{t}.{c}" for t, cs in joint.COLUMNS.items() for c in cs if c not in columns.get(t, [])] == []
        assert set(joint.ROWS) == set(joint.COLUMNS)
        assert {t for t in columns if not t.startswith("search_index")} <= joint.declared_tables()

    def test_the_internal_fields_we_know_of_are_declared_internal(self):
        internal = {(t, c) for t, cs in joint.COLUMNS.items() for c, a in cs.items() if a == joint.INTERNAL}
        assert internal >= {
            ("agenda_items", "objective"),
            ("agenda_items", "background"),
            ("agenda_items", "lines_to_take"),
            ("agenda_items", "internal_notes"),
            ("people", "email"),
            ("people", "phone"),
            ("status_events", "author"),
            ("status_events", "recorded_where"),
        }
        marked = {(t, c) for t, cs in joint.COLUMNS.items() for c, a in cs.items() if a == joint.MARKED}
        assert marked == {("status_events", "note"), ("status_events", "evidence")}

    def test_the_migration_starts_from_the_default_marking_order(self):
        scripts = [getattr(schema, name) for name in dir(schema) if name[0] == "V" and name[1:].isdigit()]
        literal = next(line for script in scripts for line in script.splitlines() if "'marking_order'" in line)
        assert json.loads(literal.split("'")[3]) == list(DEFAULT_MARKING_ORDER)


class TestJointView:
    def test_demo_joint_view_leaves_out_our_to_dos_notes_figures_and_contacts(self, demo):
        d = demo.dialogue_by_code("ML-FR")
        view = joint_view(demo, d.id)
        assert isinstance(view, JointBundle)
        descriptions = [a.description for a in view.actions]
        assert "Préparer la note ministérielle de la 3e session" not in descriptions
        assert "Transmettre à la partie malienne le calendrier de décaissement du fonds 2002–2004" in descriptions
        assert "MLFR-2002-04" not in [c.ref for c in view.commitments]
        assert all(not (p.email or p.phone) for p in view.people)
        assert any(p.email for p in demo.bundle(d.id).people)
        assert all(not (i.objective or i.background or i.lines_to_take or i.internal_notes) for i in view.items)
        assert all(not (e.author or e.recorded_where) for e in view.events)
        fund = demo.commitment_by_ref("MLFR-2002-01")
        [at_risk] = [e for e in view.events if e.commitment_id == fund.id and e.status == "at_risk"]
        assert at_risk.note == ""  # the status is shared, our note on it is not
        assert "arbitrage du ministre" in [e for e in demo.events(fund.id) if e.status == "at_risk"][0].note
        fund_indicators = {i.id for i in demo.indicators(fund.id)}
        assert not [m for m in view.measurements if m.indicator_id in fund_indicators]

    def test_a_link_to_an_internal_commitment_reads_as_nothing(self, demo):
        joint_one, internal_one = demo.commitment_by_ref("MLFR-2002-03"), demo.commitment_by_ref("MLFR-2002-04")
        demo.link_reciprocal(joint_one.id, internal_one.id)
        [seen] = [c for c in joint_view(demo).commitments if c.id == joint_one.id]
        assert seen.reciprocal_id is None and demo.commitment(joint_one.id).reciprocal_id == internal_one.id

    def test_when_everything_is_joint_the_joint_view_is_the_whole_dialogue(self, tmp_path):
        """The view drops only what is internal: with nothing internal, it equals the full bundle, byte for byte."""
        doc = json.loads(demo_text())
        for p in doc["people"]:
            p["email"] = p["phone"] = ""
        for d in doc["dialogues"]:
            for s in d["sessions"]:
                for item in s["agenda"]:
                    item["internal"] = {k: "" for k in item["internal"]}
            for c in d["commitments"]:
                c["visibility"] = "joint"
                for e in c["events"]:
                    e.update(visibility="joint", author="", recorded_where="")
                for i in c["indicators"]:
                    for m in i["measurements"]:
                        m["visibility"] = "joint"
            for a in d["actions"]:
                a["visibility"] = "joint"
        with Workspace.create(tmp_path / "all-joint.consult") as ws:
            ws.load(parse(json.dumps(doc)))
            for d in ws.dialogues():
                assert dumps(to_document(joint_view(ws, d.id))) == dumps(to_document(ws.bundle(d.id))), d.code

    def test_rows_crafted_with_the_sqlite3_shell_still_cannot_leak(self, demo_path):
        """Joint marks written behind the store's back under an internal commitment are ignored by the view."""
        conn = sqlite3.connect(demo_path)
        internal = conn.execute("SELECT id FROM commitments WHERE ref = 'MLFR-2002-04'").fetchone()[0]
        conn.execute("DROP TRIGGER status_events_no_update")
        conn.execute("UPDATE status_events SET visibility = 'joint' WHERE commitment_id = ?", (internal,))
        conn.execute("INSERT INTO indicators (id, commitment_id, name, unit, baseline_value, target_value) VALUES ('x', ?, '{}', 'count', 0, 1)", (internal,))
        conn.execute(
            "INSERT INTO measurements (id, indicator_id, measured_on, value, source, visibility) VALUES ('m', 'x', '2003-01-01', 7, 'crafted', 'joint')"
        )
        conn.execute("UPDATE actions SET visibility = 'joint', commitment_id = ? WHERE description LIKE 'Préparer la note%'", (internal,))
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            conn.execute("UPDATE actions SET visibility = 'public'")
        conn.execute(next(s for s in schema._split(schema.V1) if s.startswith("CREATE TRIGGER status_events_no_update")))
        conn.commit()
        conn.close()
        with Workspace.open(demo_path) as ws:
            view = joint_view(ws)
        assert internal not in {e.commitment_id for e in view.events} | {i.commitment_id for i in view.indicators}
        assert "m" not in {m.id for m in view.measurements}
        assert not [a for a in view.actions if a.description.startswith("Préparer la note")]

    def test_our_directory_stays_ours(self, demo):
        """Without a dialogue the view still holds only the people who appear in the joint record."""
        from consult_app.domain.model import Person

        demo.add_person(Person("Quentin Annuaire", "Conseiller", "Cabinet", email="q@example.org"))
        assert "Quentin Annuaire" not in [p.name for p in joint_view(demo).people]

    def test_unknown_dialogue(self, demo):
        with pytest.raises(Exception, match="No dialogue with id nope"):
            joint_view(demo, "nope")


class TestMigration:
    def test_existing_content_takes_the_safe_choice_except_agreed_minutes(self, tmp_path):
        path = tmp_path / "old.consult"
        shutil.copy(DATA / "schema-v1.consult", path)
        conn = sqlite3.connect(path)
        conn.executescript(
            """
            INSERT INTO sessions (id, dialogue_id, number, starts_on, ends_on, minutes_state) VALUES ('s2', 'd1', 2, '2005-05-01', '2005-05-02', 'draft');
            INSERT INTO commitments (id, dialogue_id, ref, text, party_id, made_at_session_id, visibility)
                VALUES ('ci', 'd1', 'TRDE-2004-02', '{"en": "ours"}', 'p1', 's1', 'internal');
            INSERT INTO actions (id, dialogue_id, session_id, commitment_id, description) VALUES
                ('in-agreed-minutes', 'd1', 's1', NULL, 'a'),
                ('under-a-commitment-adopted-there', 'd1', NULL, (SELECT id FROM commitments WHERE ref = 'TRDE-2004-01'), 'b'),
                ('of-a-draft-session', 'd1', 's2', NULL, 'c'),
                ('on-its-own', 'd1', NULL, NULL, 'd'),
                ('under-an-internal-commitment', 'd1', 's1', 'ci', 'e');
            """
        )
        conn.close()
        with Workspace.open(path) as ws:
            audience = {a.id: a.visibility.value for a in ws.actions()}
            assert audience == {
                "in-agreed-minutes": "joint",
                "under-a-commitment-adopted-there": "joint",
                "of-a-draft-session": "internal",
                "on-its-own": "internal",
                "under-an-internal-commitment": "internal",
            }
            assert {e.visibility for events in ws.events_by_commitment().values() for e in events} == {Visibility.INTERNAL}
            assert ws.marking_order() == list(DEFAULT_MARKING_ORDER)
            assert [p.email for p in ws.people()] == [""] * len(ws.people())

    def test_the_interchange_reader_applies_the_same_rule_to_old_files(self, tmp_path):
        doc = json.loads(demo_text())
        for d in doc["dialogues"]:
            for a in d["actions"]:
                del a["visibility"]
            for c in d["commitments"]:
                for e in c["events"]:
                    del e["visibility"]
        bundle = parse(json.dumps(doc))
        audience = lambda start: next(a.visibility.value for a in bundle.actions if a.description.startswith(start))  # noqa: E731
        assert audience("Diffuser le procès-verbal") == "joint"  # session 2 of ML-FR: agreed
        assert audience("Préparer la note ministérielle") == "internal"  # session 3: draft
        assert audience("Agree the Spanish text") == "internal"  # US-MX session 2: draft
        assert {e.visibility for e in bundle.events} == {Visibility.INTERNAL}


class TestRefusals:
    def test_nothing_under_an_internal_commitment_can_be_joint(self, demo):
        internal = demo.commitment_by_ref("MLFR-2002-04")
        sentence = "visibility: this belongs to an internal commitment, so it cannot be shared with the other delegation."
        before = len(demo.events(internal.id))
        with pytest.raises(Invalid) as err:
            demo.log_status(internal.id, "on_track", note="shared?", visibility=Visibility.JOINT)
        assert str(err.value) == sentence and len(demo.events(internal.id)) == before
        with pytest.raises(Invalid) as err:
            demo.add_action(FollowUpAction(internal.dialogue_id, "Tell them", commitment_id=internal.id, visibility=Visibility.JOINT))
        assert str(err.value) == sentence
        indicator = demo.add_indicator(Indicator(internal.id, {"fr": "Indicateur interne"}, "count", 0, None, 10))
        with pytest.raises(Invalid) as err:
            demo.add_measurement(Measurement(indicator.id, dt.date(2003, 1, 1), 3, "ours", visibility=Visibility.JOINT))
        assert str(err.value) == sentence
        assert demo.measurements(indicator.id) == []

    def test_markings_and_their_order(self, demo):
        d = demo.dialogue_by_code("US-MX")
        changed = demo.set_marking(d.id, "confidential", {"es": "CONFIDENCIAL", "en": ""})
        assert (changed.classification, changed.markings) == ("CONFIDENTIAL", {"es": "CONFIDENCIAL"})
        assert demo.dialogue(d.id).markings == {"es": "CONFIDENCIAL"}
        with pytest.raises(Invalid, match="^marking: 'Spanish' is not a language code"):
            demo.set_marking(d.id, texts={"Spanish": "X"})
        assert demo.set_marking_order(["unclassified", "restricted", "secret"]) == ["UNCLASSIFIED", "RESTRICTED", "SECRET"]
        assert demo.marking_order() == ["UNCLASSIFIED", "RESTRICTED", "SECRET"]
        with pytest.raises(Invalid) as err:
            demo.set_marking_order(["SECRET", "secret"])
        assert str(err.value) == "marking order: 'SECRET' is listed twice."
        assert demo.marking_order() == ["UNCLASSIFIED", "RESTRICTED", "SECRET"]
