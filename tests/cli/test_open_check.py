"""The command line names agreed minutes edited behind the app's back as it opens the workspace (to read or to
write), on stderr with the other open-time notices; an untouched workspace prints nothing there."""

from __future__ import annotations

from ..store.test_open_check import ADVICE, EDITS, agreed_by_sign_off, edited


def test_each_command_that_opens_the_workspace_names_the_edited_minutes_on_stderr(demo_path, cli):
    path = edited(agreed_by_sign_off(demo_path), EDITS["added"][0], EDITS["text"][0])
    sentence = (
        "The minutes of ML-FR session 3 differ from the agreed version 1 (item 4 conclusions [fr], item 7 was added): "
        "agreed texts change only by amendment" + ADVICE
    )
    read = cli("search", path, "visa")
    assert read.returncode == 0 and "MLFR-2001-01" in read.stdout
    assert read.stderr == f"consult-app: {sentence}\n"
    wrote = cli("status", path, "MLFR-2002-01", "on_track", "--date", "2003-01-10")
    assert wrote.returncode == 0 and wrote.stderr == f"consult-app: {sentence}\n"
    printed = cli("report", "minutes", path, "--dialogue", "ML-FR", "--session", "3", "--out", path.parent / "m.pdf")
    assert printed.returncode == 1 and not (path.parent / "m.pdf").exists()
    assert printed.stderr.splitlines()[0] == f"consult-app: {sentence}"  # said as it opens, then the refusal to print


def test_an_untouched_workspace_prints_no_notice(demo_path, cli):
    path = agreed_by_sign_off(demo_path)
    read = cli("search", path, "visa")
    assert read.returncode == 0 and read.stderr == ""
