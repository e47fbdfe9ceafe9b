"""The command line, end to end, through subprocesses on real files."""

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from consult_app.store.schema import SCHEMA_VERSION

from ..conftest import ROOT


@pytest.fixture
def w(tmp_path, cli):
    path = tmp_path / "w.consult"
    result = cli("init", path, "--demo")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Created {path} with 5 demo dialogues.\n"
    return path


def test_init_demo_then_check_is_healthy(w, cli):
    result = cli("check", w)
    assert result.returncode == 0
    assert result.stdout.startswith(f"{w}: healthy (5 dialogues, 9 sessions, 21 commitments")


def test_console_script_is_installed(w):
    script = Path(sys.executable).parent / "consult-app"
    result = subprocess.run([str(script), "check", str(w)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("args", [["search", "W", "migration"], ["backup", "list", "W"]], ids=["search", "backup-list"])
def test_a_reader_that_stops_reading_ends_the_command_quietly(w, args):
    # `consult-app search w.consult migration | head -1`: here the reader has gone before anything is written.
    from consult_app.paths import log_file

    read, write = os.pipe()
    os.close(read)
    try:
        result = subprocess.run(
            [str(Path(sys.executable).parent / "consult-app"), *(str(w) if a == "W" else a for a in args)],
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(write)
    assert (result.returncode, result.stderr) == (1, "")
    assert not log_file().exists()  # nothing went wrong in Consult


def test_a_refused_field_copy_leaves_nothing_behind(w, tmp_path, cli):
    from consult_app.store.safety import backups_root

    backups = sorted(backups_root().iterdir())
    (tmp_path / "short").write_text("short\n", "utf-8")
    copy = tmp_path / "fc.consult"
    result = cli("--new-passphrase-file", tmp_path / "short", "field-copy", w, copy)
    assert (result.returncode, result.stderr) == (1, "consult-app: A passphrase needs at least 8 characters (several words are best); nothing was changed.\n")
    result = cli("backup", "list", copy)  # looking for its snapshots makes no folder for them either
    assert (result.returncode, result.stdout) == (0, f"No snapshots of {copy} yet.\n")
    assert sorted(backups_root().iterdir()) == backups
    assert sorted(p.name for p in tmp_path.iterdir()) == ["short", "w.consult"]


def test_export_import_export_is_byte_identical(w, tmp_path, cli):
    a, b, w2 = tmp_path / "a.json", tmp_path / "b.json", tmp_path / "w2.consult"
    assert cli("export", w, a).returncode == 0
    assert cli("init", w2).returncode == 0
    imported = cli("import", w2, a)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout == "Imported IT-AL, IT-RO, ML-FR, RCM, US-MX (21 commitments, 29 status events).\n"
    assert cli("export", w2, b).returncode == 0
    assert a.read_bytes() == b.read_bytes()


def test_export_one_dialogue(w, tmp_path, cli):
    out = tmp_path / "mlfr.json"
    assert cli("export", w, out, "--dialogue", "ML-FR").returncode == 0
    assert [d["code"] for d in json.loads(out.read_text("utf-8"))["dialogues"]] == ["ML-FR"]
    result = cli("export", w, out, "--dialogue", "XX")
    assert result.returncode == 1
    assert result.stderr == "consult-app: No dialogue with code 'XX' in this workspace (known: IT-AL, IT-RO, ML-FR, RCM, US-MX).\n"


def test_search_folds_turkish_letters(w, cli):
    result = cli("search", w, "bakanligi")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert any("Bakanlığı" in line and line.startswith("IT-AL\tcommitment\tITAL-2002-01\t") for line in lines)


def test_search_with_no_hits_prints_nothing(w, cli):
    result = cli("search", w, "zzzzqqq")
    assert (result.returncode, result.stdout) == (0, "")


def test_status_appends_an_event_that_export_shows(w, tmp_path, cli):
    result = cli("status", w, "MLFR-2002-01", "on_track", "--date", "2003-05-02", "--note", "Tranche 2003 engagée")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    out = tmp_path / "after.json"
    cli("export", w, out)
    doc = json.loads(out.read_text("utf-8"))
    [mlfr] = [d for d in doc["dialogues"] if d["code"] == "ML-FR"]
    [c] = [c for c in mlfr["commitments"] if c["ref"] == "MLFR-2002-01"]
    last = c["events"][-1]
    assert (last["effective_on"], last["status"], last["note"]) == ("2003-05-02", "on_track", "Tranche 2003 engagée")


def test_status_with_a_wrong_reference(w, cli):
    before = w.read_bytes()
    result = cli("status", w, "NOPE-1", "on_track")
    assert result.returncode == 1
    assert result.stderr == "consult-app: No commitment with reference 'NOPE-1' in this workspace.\n"
    assert w.read_bytes() == before


def test_status_with_an_unknown_status(w, cli):
    result = cli("status", w, "MLFR-2001-01", "splendid")
    assert result.returncode == 1
    assert result.stderr == (
        "consult-app: status: 'splendid' is not on this dialogue's status scale (use one of: not_started, on_track, at_risk, off_track, completed, dropped).\n"
    )


def test_status_with_a_bad_date(w, cli):
    result = cli("status", w, "MLFR-2001-01", "on_track", "--date", "2001-13-01")
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == "consult-app status: error: argument --date: not a date: '2001-13-01' (use YYYY-MM-DD)"


def _refused_by_check(path, cli, sentence):
    before = path.read_bytes()
    result = cli("check", path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"consult-app: {sentence}\n"
    assert path.read_bytes() == before


def test_check_a_text_file(tmp_path, cli):
    path = tmp_path / "notes.txt"
    path.write_text("Agenda of the 3rd session\n")
    _refused_by_check(path, cli, f"{path} is not a Consult workspace (it is not an SQLite database).")


def test_check_a_png_renamed(tmp_path, cli):
    path = tmp_path / "x.consult"
    shutil.copy(ROOT / "docs" / "images" / "main-window.png", path)
    _refused_by_check(path, cli, f"{path} is not a Consult workspace (it is not an SQLite database).")


def test_check_a_newer_workspace(w, cli):
    conn = sqlite3.connect(w)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    _refused_by_check(
        w,
        cli,
        f"{w} was written by a newer version of Consult (schema {SCHEMA_VERSION + 1}; this version reads up to {SCHEMA_VERSION}): update Consult to open it.",
    )


def test_check_reports_application_problems(w, cli):
    conn = sqlite3.connect(w)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE commitments SET reciprocal_id = 'gone' WHERE ref = 'ITAL-2001-01'")
    conn.commit()
    conn.close()
    result = cli("check", w)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert "- 1 row of commitments refers to missing commitments." in lines
    assert "- Reciprocal link to a missing commitment: ITAL-2001-01." in lines


def test_import_a_bad_file_changes_nothing(w, tmp_path, cli):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "consult-interchange", "format_version": 1, "people": [], "dialogues": [{"id": 1}]}')
    before = w.read_bytes()
    result = cli("import", w, bad)
    assert result.returncode == 1
    assert result.stderr == "consult-app: dialogues[0]: missing field 'code'.\n"
    assert w.read_bytes() == before


def test_every_command_has_help(cli):
    for command in ("init", "check", "export", "import", "search", "status", "open", "action", "marking"):
        result = cli(command, "--help")
        assert result.returncode == 0 and result.stdout.startswith("usage: consult-app " + command)


def test_missing_argument_is_one_line_plus_usage(cli):
    result = cli("status")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("consult-app status: error: the following arguments are required")


def test_gui_starts_and_stays_up(w, tmp_path):
    """`consult-app PATH` opens the window, shows it, and keeps running until closed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CONSULT_STARTUP_MARKS="1")
    proc = subprocess.Popen([sys.executable, "-m", "consult_app.cli", str(w)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        stages = []
        for line in proc.stdout:  # start-up prints each stage as it passes it
            stages.append(line.split()[1])
            if stages[-1] == "shown":
                break
        assert stages[-1] == "shown", proc.stderr.read()
        assert proc.poll() is None  # the window is up and waiting for its user
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=10)


def test_gui_on_a_bad_file_says_why(tmp_path):
    bad = tmp_path / "bad.consult"
    bad.write_text("not a workspace")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-m", "consult_app.cli", str(bad)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1] == f"consult-app: {bad} is not a Consult workspace (it is not an SQLite database)."


def test_status_notes_are_internal_unless_shared(w, tmp_path, cli):
    assert cli("status", w, "MLFR-2002-01", "on_track", "--note", "ours alone").returncode == 0
    assert cli("status", w, "MLFR-2002-02", "on_track", "--note", "for both sides", "--joint").returncode == 0
    result = cli("status", w, "MLFR-2002-04", "on_track", "--note", "shared?", "--joint")
    assert (result.returncode, result.stderr) == (
        1,
        "consult-app: visibility: this belongs to an internal commitment, so it cannot be shared with the other delegation.\n",
    )
    out = tmp_path / "joint.csv"
    assert cli("export", w, out).returncode == 0
    text = out.read_text("utf-8-sig")
    assert "for both sides" in text and "ours alone" not in text


def test_actions_from_the_command_line(w, tmp_path, cli):
    result = cli("action", "add", w, "Call the Malian embassy", "--dialogue", "ML-FR", "--assignee", "Claire Moreau", "--due", "2003-07-01")
    assert result.returncode == 0 and result.stdout.startswith("Added the internal action ")
    ours = result.stdout.split()[-1].rstrip(".")
    result = cli(
        "action", "add", w, "Exchange the visa figures", "--dialogue", "ML-FR", "--session", "3", "--commitment", "MLFR-2001-01", "--audience", "joint"
    )
    assert result.returncode == 0 and result.stdout.startswith("Added the joint action ")
    result = cli("action", "add", w, "Tell them our line", "--dialogue", "ML-FR", "--commitment", "MLFR-2002-04", "--audience", "joint")
    assert result.returncode == 1 and "cannot be shared with the other delegation" in result.stderr
    listing = cli("action", "list", w, "--dialogue", "ML-FR").stdout.splitlines()
    assert f"{ours}\tML-FR\tinternal\topen\t2003-07-01\tCall the Malian embassy" in listing
    assert any(line.endswith("\tinternal\topen\t2003-06-06\tPréparer la note ministérielle de la 3e session") for line in listing)
    assert cli("action", "audience", w, ours, "joint").stdout == f"The action {ours} is now joint.\n"
    out = tmp_path / "a.csv"
    cli("export", w, out, "--table", "actions")
    text = out.read_text("utf-8-sig")
    assert "Call the Malian embassy" in text and "Exchange the visa figures" in text and "Préparer la note" not in text
    result = cli("action", "audience", w, "zzzz", "joint")
    assert (result.returncode, result.stderr) == (1, "consult-app: No action's id ends with 'zzzz': see consult-app action list.\n")


def test_markings_from_the_command_line(w, tmp_path, cli):
    result = cli("marking", w, "--dialogue", "US-MX")
    assert result.stdout.splitlines() == [
        "Order (lowest first): UNCLASSIFIED, OFFICIAL, SENSITIVE BUT UNCLASSIFIED, RESTRICTED, CONFIDENTIAL, SECRET, TOP SECRET",
        "US-MX\tSENSITIVE BUT UNCLASSIFIED\ten: SENSITIVE BUT UNCLASSIFIED, es: SENSIBLE PERO NO CLASIFICADO",
    ]
    result = cli("marking", w, "--dialogue", "US-MX", "--level", "CONFIDENTIAL", "--text", "es=CONFIDENCIAL", "--text", "fr=CONFIDENTIEL")
    assert result.returncode == 0 and result.stdout.splitlines()[1] == "US-MX\tCONFIDENTIAL\tes: CONFIDENCIAL, fr: CONFIDENTIEL"
    out = tmp_path / "all.pdf"
    assert cli("report", "tracker", w, "--lang", "fr", "--as-of", "2003-01-01", "--out", out).returncode == 0
    from pypdf import PdfReader

    assert {page.extract_text().splitlines()[0] for page in PdfReader(out).pages} == {"CONFIDENTIEL"}
    result = cli("marking", w, "--order", "RESTRICTED,restricted")
    assert (result.returncode, result.stderr) == (1, "consult-app: marking order: 'RESTRICTED' is listed twice.\n")
    result = cli("marking", w, "--level", "SECRET")
    assert (result.returncode, result.stderr) == (1, "consult-app: --dialogue: say whose marking --level or --text sets.\n")
    before = w.read_bytes()
    result = cli("marking", w, "--dialogue", "US-MX", "--level", "nope")
    assert (result.returncode, result.stderr) == (
        1,
        "consult-app: --level: 'NOPE' is not on this workspace's list of markings (UNCLASSIFIED, OFFICIAL, SENSITIVE BUT UNCLASSIFIED, RESTRICTED, "
        "CONFIDENTIAL, SECRET, TOP SECRET); add it to the list first.\n",
    )
    assert w.read_bytes() == before
    assert cli("marking", w, "--dialogue", "US-MX", "--level", "secret").stdout.splitlines()[1] == "US-MX\tSECRET"
    result = cli("marking", w, "--dialogue", "US-MX", "--text", "Spanish")
    assert result.returncode == 2 and result.stderr.splitlines()[-1].endswith("'Spanish' is not LANG=TEXT (for example fr='DIFFUSION RESTREINTE')")


def test_check_counts_one_of_each_in_the_singular(tmp_path, cli):
    import datetime as dt

    from consult_app.domain.model import Commitment, Dialogue, FollowUpAction, Party, Session
    from consult_app.store import Workspace

    path = tmp_path / "one.consult"
    with Workspace.create(path) as ws:
        d = ws.add_dialogue(
            Dialogue(code="ONE", name={"en": "One dialogue"}, parties=[Party("AA", "Aland", is_home=True), Party("BB", "Borland")], languages=["en"])
        )
        s = ws.add_session(Session(d.id, 1, dt.date(2020, 3, 1), dt.date(2020, 3, 2)))
        c = ws.add_commitment(Commitment(d.id, "ONE-1", {"en": "One undertaking"}, d.parties[1].id, s.id))
        ws.log_status(c.id, "on_track", dt.date(2020, 4, 1))
        ws.add_action(FollowUpAction(d.id, "One action"))
    result = cli("check", path)
    assert (result.returncode, result.stdout) == (0, f"{path}: healthy (1 dialogue, 1 session, 1 commitment, 1 status event, 1 action).\n")
    assert cli("export", path, tmp_path / "one.json").returncode == 0
    assert cli("init", tmp_path / "two.consult").returncode == 0
    result = cli("import", tmp_path / "two.consult", tmp_path / "one.json")
    assert (result.returncode, result.stdout) == (0, "Imported ONE (1 commitment, 1 status event).\n")
