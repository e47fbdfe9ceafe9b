import datetime as dt
import shutil
import sqlite3

import pytest

from consult_app.domain.errors import ConsultError, Invalid, NewerVersion, NotAWorkspace, NotFound
from consult_app.domain.model import Bundle, Commitment, Dialogue, Party, Session, StatusEvent
from consult_app.store import Workspace, check_workspace
from consult_app.store.connection import sqlite3 as driver  # the store's driver (SQLCipher)
from consult_app.store.schema import APPLICATION_ID, SCHEMA_VERSION

from ..conftest import DATA


def small_dialogue(code="TR-DE"):
    return Dialogue(code=code, name={"en": "Turkey–Germany dialogue"}, parties=[Party("DE", "Germany", is_home=True), Party("TR", "Turkey")], languages=["en"])


class TestFile:
    def test_new_workspace_is_marked_as_ours_and_self_contained(self, tmp_path):
        path = tmp_path / "w.consult"
        Workspace.create(path).close()
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        conn.close()
        assert [p.name for p in tmp_path.iterdir()] == ["w.consult"]  # no -wal, -shm or -journal left

    def test_pragmas_on_an_open_workspace(self, ws):
        assert ws.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert ws.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert ws.conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000

    def test_create_refuses_to_overwrite(self, demo_path):
        before = demo_path.read_bytes()
        with pytest.raises(ConsultError, match="already exists"):
            Workspace.create(demo_path)
        assert demo_path.read_bytes() == before

    def test_text_file_is_refused_untouched(self, tmp_path):
        path = tmp_path / "notes.consult"
        path.write_text("Minutes of the meeting\n")
        with pytest.raises(NotAWorkspace) as err:
            Workspace.open(path)
        assert str(err.value) == f"{path} is not a Consult workspace (it is not an SQLite database)."
        assert path.read_text() == "Minutes of the meeting\n"

    def test_other_sqlite_database_is_refused_untouched(self, tmp_path):
        path = tmp_path / "other.consult"
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
        before = path.read_bytes()
        with pytest.raises(NotAWorkspace, match="is an SQLite database but not a Consult workspace"):
            Workspace.open(path)
        assert path.read_bytes() == before

    def test_newer_schema_is_refused_untouched(self, demo_path):
        conn = sqlite3.connect(demo_path)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
        conn.close()
        before = demo_path.read_bytes()
        with pytest.raises(NewerVersion) as err:
            Workspace.open(demo_path)
        assert "was written by a newer version of Consult" in str(err.value)
        assert demo_path.read_bytes() == before

    def test_missing_file(self, tmp_path):
        with pytest.raises(NotAWorkspace, match="does not exist"):
            Workspace.open(tmp_path / "nope.consult")


class TestMigration:
    def test_version_1_file_is_upgraded_and_keeps_its_data(self, tmp_path):
        path = tmp_path / "old.consult"
        shutil.copy(DATA / "schema-v1.consult", path)
        with Workspace.open(path) as ws:
            assert ws.migrated_from == 1
            assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
            [d] = ws.dialogues()
            assert d.code == "TR-DE"
            c = ws.commitment_by_ref("TRDE-2004-01")
            assert [e.status for e in ws.events(c.id)] == ["on_track"]
            assert ws.agenda(ws.sessions(d.id)[0].id)[0].internal_notes == ""
            # the search index is built for data that predates it
            assert [h.label for h in ws.search("bakanligi")] == ["TRDE-2004-01"]
        assert check_workspace(path).healthy

    def test_opening_read_only_does_not_migrate(self, tmp_path):
        path = tmp_path / "old.consult"
        shutil.copy(DATA / "schema-v1.consult", path)
        before = path.read_bytes()
        with pytest.raises(ConsultError, match="uses an older format"):
            Workspace.open(path, readonly=True)
        assert path.read_bytes() == before


class TestAppendOnly:
    def test_status_events_cannot_be_changed_or_deleted(self, demo):
        c = demo.commitment_by_ref("MLFR-2001-01")
        before = demo.events(c.id)
        with pytest.raises(driver.IntegrityError, match="append-only"):
            demo.conn.execute("UPDATE status_events SET status = 'completed'")
        with pytest.raises(driver.IntegrityError, match="append-only"):
            demo.conn.execute("DELETE FROM status_events")
        with pytest.raises(driver.IntegrityError, match="append-only"):
            demo.conn.execute("DELETE FROM measurements")
        assert demo.events(c.id) == before

    def test_store_offers_no_way_to_change_history(self):
        names = [n for n in dir(Workspace) if not n.startswith("_")]
        assert not [n for n in names if ("event" in n or "measurement" in n) and n.split("_")[0] in ("update", "delete", "remove", "edit", "set")]

    def test_log_status_appends(self, demo):
        c = demo.commitment_by_ref("ITAL-2001-02")
        n = len(demo.events(c.id))
        event = demo.log_status(c.id, "completed", dt.date(2002, 9, 1), note="Quota announced")
        events = demo.events(c.id)
        assert len(events) == n + 1 and events[-1] == event
        assert event.recorded_at.endswith("Z")

    def test_log_status_refuses_a_status_off_the_scale(self, demo):
        c = demo.commitment_by_ref("USMX-2001-01")  # completion scale
        with pytest.raises(Invalid) as err:
            demo.log_status(c.id, "on_track")
        assert str(err.value) == ("status: 'on_track' is not on this dialogue's status scale (use one of: not_started, limited, substantial, complete).")

    def test_a_commitment_with_history_cannot_be_deleted(self, demo):
        with pytest.raises(driver.IntegrityError):
            demo.conn.execute("DELETE FROM commitments WHERE ref = 'MLFR-2001-01'")


class TestWrites:
    def test_dialogue_needs_two_parties_and_one_home(self, ws):
        d = small_dialogue()
        d.parties = d.parties[:1]
        with pytest.raises(Invalid, match="^parties: a dialogue needs at least two parties.$"):
            ws.add_dialogue(d)
        d = small_dialogue()
        d.parties[1].is_home = True
        with pytest.raises(Invalid, match="^parties: exactly one party must be the home party.$"):
            ws.add_dialogue(d)
        assert ws.dialogues() == []

    def test_dialogue_with_several_parties(self, demo):
        rcm = demo.dialogue_by_code("RCM")
        assert len(rcm.parties) == 11 and rcm.home_party.code == "US"

    def test_session_end_before_start_is_refused(self, ws):
        d = ws.add_dialogue(small_dialogue())
        with pytest.raises(Invalid) as err:
            ws.add_session(Session(d.id, 1, dt.date(2004, 3, 2), dt.date(2004, 3, 1)))
        assert str(err.value) == "ends_on: the session ends (2004-03-01) before it starts (2004-03-02)."
        assert ws.sessions(d.id) == []

    def test_duplicate_reference_is_refused(self, demo):
        d = demo.dialogue_by_code("ML-FR")
        with pytest.raises(Invalid, match="^ref: the reference 'MLFR-2001-01' is already used by another commitment.$"):
            demo.add_commitment(Commitment(d.id, "MLFR-2001-01", {"fr": "Doublon"}, d.parties[0].id))

    def test_due_date_before_the_session_is_refused(self, demo):
        d = demo.dialogue_by_code("ML-FR")
        s3 = demo.session_by_number(d.id, 3)
        c = Commitment(d.id, "MLFR-2003-01", {"fr": "Nouveau"}, d.parties[0].id, made_at_session_id=s3.id, due_on=dt.date(2003, 1, 1))
        with pytest.raises(Invalid, match="^due_on: the due date 2003-01-01 is before the session"):
            demo.add_commitment(c)

    def test_control_characters_are_refused(self, demo):
        c = demo.commitment_by_ref("MLFR-2001-01")
        with pytest.raises(Invalid, match="^note: contains control characters that cannot be stored.$"):
            demo.log_status(c.id, "on_track", note="bad\x00byte")

    def test_text_that_looks_like_sql_is_just_text(self, demo):
        c = demo.commitment_by_ref("MLFR-2001-01")
        note = "'); DROP TABLE commitments; --"
        demo.log_status(c.id, "on_track", note=note)
        assert demo.events(c.id)[-1].note == note
        assert len(demo.commitments()) == 21

    def test_a_failed_bundle_load_leaves_nothing_behind(self, demo, tmp_path):
        before = demo.counts()
        good = small_dialogue("NEW-1")
        clash = small_dialogue("ML-FR")  # already in the workspace
        with pytest.raises(Invalid, match="already holds the dialogue ML-FR"):
            demo.load(Bundle(dialogues=[good, clash]))
        assert demo.counts() == before
        with pytest.raises(NotFound):
            demo.dialogue_by_code("NEW-1")

    def test_a_failing_step_rolls_back_the_whole_transaction(self, demo):
        before = demo.counts()
        c = demo.commitment_by_ref("MLFR-2001-01")

        def work():
            demo.append_event(StatusEvent(c.id, dt.date(2003, 1, 1), "on_track"))
            demo.append_event(StatusEvent("no-such-commitment", dt.date(2003, 1, 1), "on_track"))

        with pytest.raises(Invalid):
            with demo.transaction("status"):
                work()
        assert demo.counts() == before

    def test_listeners_hear_of_each_change(self, demo):
        heard = []
        demo.listeners.append(heard.append)
        c = demo.commitment_by_ref("MLFR-2001-01")
        demo.log_status(c.id, "on_track")
        assert heard == ["status"]

    def test_read_only_workspace_refuses_writes(self, demo_path):
        with Workspace.open(demo_path, readonly=True) as ws:
            c = ws.commitment_by_ref("MLFR-2001-01")
            with pytest.raises(ConsultError, match="is open read-only"):
                ws.log_status(c.id, "on_track")


class TestSearch:
    @pytest.mark.parametrize(
        "query, label",
        [
            ("bakanligi", "ITAL-2002-01"),
            ("BAKANLIĞI", "ITAL-2002-01"),
            ("cooperarii", "ITRO-2000-02"),
            ("dorde", "Ђорђе Јовановић (Đorđe Jovanović)"),
            ("turcanu", "Ștefan Țurcanu"),
            ("codeveloppement", "ML-FR"),
            ("tokten", "MLFR-2001-05"),
        ],
    )
    def test_folding(self, demo, query, label):
        assert label in [h.label for h in demo.search(query)]

    def test_all_words_must_match_as_prefixes(self, demo):
        labels = [h.label for h in demo.search("visa corrup")]
        assert "MLFR-2001-02" in labels  # visas and corruption
        assert "MLFR-2001-01" not in labels  # visas only

    def test_snippet_shows_the_original_text(self, demo):
        [hit] = [h for h in demo.search("bakanligi") if h.kind == "commitment"]
        assert "Bakanlığı" in hit.snippet

    def test_new_status_notes_are_found(self, demo):
        c = demo.commitment_by_ref("MLFR-2002-03")
        demo.log_status(c.id, "on_track", note="Convention signée avec la Banque de l'Habitat du Mali")
        assert "MLFR-2002-03" in [h.label for h in demo.search("habitat")]

    @pytest.mark.parametrize("query", ["", "   ", '"', "*", "AND OR NOT", "title:x", "NEAR(", "'); DROP TABLE x; --"])
    def test_odd_queries_never_fail(self, demo, query):
        demo.search(query)  # must not raise
