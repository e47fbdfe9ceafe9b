"""The command line refuses hostile input in one sentence, exit status 1, and writes nothing."""

import contextlib
import io
import json

from consult_app import cli as command_line
from consult_app.ops.workspaces import demo_text


def test_status_with_a_date_in_9999(cli, demo_path):
    before = demo_path.read_bytes()
    result = cli("status", demo_path, "MLFR-2002-01", "on_track", "--date", "9999-12-31")
    assert (result.returncode, result.stderr) == (1, "consult-app: effective_on: 9999-12-31 is outside the years 1900–2199.\n")
    assert demo_path.read_bytes() == before


def test_status_with_an_escape_sequence_in_the_note(cli, demo_path):
    result = cli("status", demo_path, "MLFR-2002-01", "on_track", "--note", "\x1b[2J\x1b[31mall clear")
    assert (result.returncode, result.stderr) == (1, "consult-app: note: contains control characters that cannot be stored.\n")


def test_status_with_a_nul_in_the_note(demo_path):
    # A NUL cannot travel in a process's arguments, so the command line is called in-process.
    before = demo_path.read_bytes()
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = command_line.main(["status", str(demo_path), "MLFR-2002-01", "on_track", "--note", "a\x00b"])
    assert (code, err.getvalue()) == (1, "consult-app: note: contains control characters that cannot be stored.\n")
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
        1, "consult-app: dialogues[0].commitments[0].indicators[0].baseline.value: Infinity is not a finite number.\n"
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
