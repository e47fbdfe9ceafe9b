"""The command line refuses hostile input in one sentence, exit status 1, and writes nothing."""

import contextlib
import io
import json

import pytest

from consult_app import cli as command_line
from consult_app.ops.workspaces import demo_text


def test_status_with_a_date_in_9999(cli, demo_path):
    before = demo_path.read_bytes()
    result = cli("status", demo_path, "MLFR-2002-01", "on_track", "--date", "9999-12-31")
    assert (result.returncode, result.stderr) == (1, "consult-app: --date: 9999-12-31 is outside the years 1900–2199.\n")
    assert demo_path.read_bytes() == before


def test_status_with_an_escape_sequence_in_the_note(cli, demo_path):
    result = cli("status", demo_path, "MLFR-2002-01", "on_track", "--note", "\x1b[2J\x1b[31mall clear")
    assert (result.returncode, result.stderr) == (1, "consult-app: --note: contains control characters that cannot be stored.\n")


def test_status_with_a_nul_in_the_note(demo_path):
    # A NUL cannot travel in a process's arguments, so the command line is called in-process.
    before = demo_path.read_bytes()
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = command_line.main(["status", str(demo_path), "MLFR-2002-01", "on_track", "--note", "a\x00b"])
    assert (code, err.getvalue()) == (1, "consult-app: --note: contains control characters that cannot be stored.\n")
    assert demo_path.read_bytes() == before


def test_import_of_infinity_leaves_the_workspace_unchanged(cli, demo_path, tmp_path):
    doc = json.loads(demo_text())
    doc["dialogues"][0]["code"] = "NEW"
    doc["dialogues"][0]["commitments"][0]["indicators"][0]["baseline"]["value"] = float("inf")
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))  # written as the non-standard word Infinity
    before = demo_path.read_bytes()
    result = cli("import", demo_path, bad)
    assert (result.returncode, result.stderr) == (
        1,
        "consult-app: dialogues[0].commitments[0].indicators[0].baseline.value: Infinity is not a finite number.\n",
    )
    assert demo_path.read_bytes() == before


def test_every_text_argument_is_checked_before_anything_runs(demo_path):
    # A reference with an escape sequence, or with bytes that are not UTF-8 (Python passes them on as lone
    # surrogates), is refused like any stored text, and never reaches the terminal or the database.
    for ref, sentence in (
        ("\x1b[31mX", "consult-app: ref: contains control characters that cannot be stored.\n"),
        (b"\xffX".decode("utf-8", "surrogateescape"), "consult-app: ref: contains broken Unicode (a lone surrogate) that cannot be stored.\n"),
    ):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = command_line.main(["status", str(demo_path), ref, "on_track"])
        assert (code, err.getvalue()) == (1, sentence)


YEAR_9999 = "9999-12-31 is outside the years 1900–2199."
TOO_LONG = "is 400 characters long; the limit is 300."
SESSION_2 = ["--dialogue", "ML-FR", "--session", "2"]


FLAGGED = [
    (["status", "W", "MLFR-2002-01", "on_track", "--date", "9999-12-31"], f"--date: {YEAR_9999}"),  # effective_on
    (["status", "W", "MLFR-2002-01", "on_track", "--evidence", "a\x07b"], "--evidence: contains control characters that cannot be stored."),
    (["status", "W", "MLFR-2002-01", "on_track", "--author", "x" * 400], f"--author: {TOO_LONG}"),
    (["action", "add", "W", "Relancer", "--dialogue", "ML-FR", "--assignee", "x" * 400], f"--assignee: {TOO_LONG}"),
    (["action", "add", "W", "Relancer", "--dialogue", "ML-FR", "--due", "9999-12-31"], f"--due: {YEAR_9999}"),  # due_on
    (["commitment", "edit", "W", "MLFR-2002-01", "--text", "fr=Nouveau", "--date", "9999-12-31"], f"--date: {YEAR_9999}"),  # revised_on
    (["commitment", "edit", "W", "MLFR-2002-01", "--text", "fr=" + "x" * 20_001], "--text (fr): is 20,001 characters long; the limit is 20,000."),
    (["commitment", "edit", "W", "MLFR-2002-01", "--institution", "x" * 400], f"--institution: {TOO_LONG}"),  # lead_institution
    (
        ["commitment", "edit", "W", "MLFR-2002-01", "--new-ref", "MLFR-2001-01"],
        "--new-ref: the reference 'MLFR-2001-01' is already used by another commitment.",
    ),  # ref
    (["commitment", "withdraw", "W", "MLFR-2002-01", "--reason", "Caduc", "--date", "9999-12-31"], f"--date: {YEAR_9999}"),  # ended_on
    (
        ["commitment", "supersede", "W", "MLFR-2002-01", "--text", "fr=Nouveau", "--reason", "Remplacé", "--date", "9999-12-31"],
        f"--date: {YEAR_9999}",
    ),  # ended_on
    (["indicator", "measure", "W", "MLFR-2001-01", "5", "--date", "9999-12-31"], f"--date: {YEAR_9999}"),  # measured_on
    (
        ["indicator", "add", "W", "MLFR-2002-01", "--name", "fr=Fonds", "--unit", "EUR", "--baseline", "0", "--target", "1", "--baseline-on", "9999-12-31"],
        f"--baseline-on: {YEAR_9999}",
    ),
    (
        ["minutes", "amend", "W", *SESSION_2, "--item", "1", "--text", "Texte", "--reason", "Coquille", "--by", "Dominique Laurent", "--date", "9999-12-31"],
        f"--date: {YEAR_9999}",
    ),  # amended_on
    (
        ["minutes", "amend", "W", *SESSION_2, "--item", "1", "--text", "Texte", "--reason", "Coquille", "--by", "Dominique Laurent", "--author", "x" * 400],
        f"--author: {TOO_LONG}",
    ),
]


@pytest.mark.parametrize(("args", "message"), FLAGGED, ids=[" ".join(a for a in args[:2] if a != "W") + " " + m.split(":")[0] for args, m in FLAGGED])
def test_a_bad_value_is_named_by_its_flag(cli, demo_path, args, message):
    before = demo_path.read_bytes()
    result = cli(*(demo_path if a == "W" else a for a in args))
    assert (result.returncode, result.stderr) == (1, f"consult-app: {message}\n")
    assert demo_path.read_bytes() == before


def test_a_field_is_named_by_a_flag_only_where_the_command_has_it(cli, demo_path):
    # "ref" is --new-ref in commitment edit; status has no such flag: its REF is named as such
    result = cli("status", demo_path, "\x1b[31mX", "on_track")
    assert (result.returncode, result.stderr) == (1, "consult-app: ref: contains control characters that cannot be stored.\n")
