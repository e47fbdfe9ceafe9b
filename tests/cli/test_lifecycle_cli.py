"""The commitment and indicator commands: what a secretariat scripts, with one-sentence refusals."""

from __future__ import annotations

import datetime as dt

import pytest

from consult_app import cli
from consult_app.domain.model import CommitmentKind, CommitmentState, Direction, Visibility
from consult_app.store import Workspace


def run(capsys, *argv) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    "command",
    [
        ("commitment",),
        ("commitment", "edit"),
        ("commitment", "withdraw"),
        ("commitment", "supersede"),
        ("commitment", "reaffirm"),
        ("indicator",),
        ("indicator", "list"),
        ("indicator", "add"),
        ("indicator", "measure"),
    ],
)
def test_every_command_has_help(cli, command):
    done = cli(*command, "--help")
    assert done.returncode == 0 and "usage: consult-app " + " ".join(command) in done.stdout


def test_edit_keeps_the_old_text_and_refuses_a_reference_off_the_pattern(demo_path, capsys):
    code, out, _ = run(
        capsys,
        "commitment",
        "edit",
        demo_path,
        "MLFR-2002-01",
        "--text",
        "fr=Mobiliser 2,6 millions d'euros",
        "--reason",
        "Accord de Bamako",
        "--kind",
        "decision",
        "--date",
        "2003-06-17",
    )
    assert (code, out) == (0, "Saved MLFR-2002-01; the text it replaces is kept in its history.\n")
    with Workspace.open(demo_path) as ws:
        c = ws.commitment_by_ref("MLFR-2002-01")
        assert c.text == {"fr": "Mobiliser 2,6 millions d'euros"} and c.kind == CommitmentKind.DECISION
        [r] = ws.revisions(c.id)
        assert (r.reason, r.revised_on) == ("Accord de Bamako", dt.date(2003, 6, 17))
    before = demo_path.read_bytes()
    code, out, err = run(capsys, "commitment", "edit", demo_path, "MLFR-2002-01", "--new-ref", "MLFR-2004-99 ✈️ Миграция")
    assert code == 1 and out == ""
    assert err == (
        "consult-app: --new-ref: 'MLFR-2004-99 ✈️ Миграция' does not follow this dialogue's reference pattern MLFR-YYYY-NN "
        "(a year from 1900 to 2199, then a number of two to four digits).\n"
    )
    assert demo_path.read_bytes() == before


def test_withdraw_supersede_and_reaffirm(demo_path, capsys):
    assert (
        run(capsys, "commitment", "withdraw", demo_path, "MLFR-2001-02", "--reason", "Programme arrêté", "--date", "2003-06-17")[1]
        == "Withdrew MLFR-2001-02 on 2003-06-17.\n"
    )
    code, _, err = run(capsys, "commitment", "withdraw", demo_path, "MLFR-2001-02", "--reason", "encore")
    assert (code, err) == (1, "consult-app: MLFR-2001-02 was already withdrawn on 2003-06-17.\n")
    code, out, _ = run(
        capsys,
        "commitment",
        "supersede",
        demo_path,
        "MLFR-2001-03",
        "--text",
        "fr=Accueil et intégration, texte de 2003",
        "--reason",
        "Renégocié",
        "--date",
        "2003-06-17",
        "--session",
        "3",
    )
    assert (code, out) == (0, "MLFR-2003-01 supersedes MLFR-2001-03 (superseded on 2003-06-17).\n")
    assert run(capsys, "commitment", "reaffirm", demo_path, "MLFR-2001-01", "--session", "3")[1] == "MLFR-2001-01 is reaffirmed at session 3.\n"
    code, _, err = run(capsys, "commitment", "reaffirm", demo_path, "MLFR-2002-01", "--session", "1")
    assert (code, err) == (1, "consult-app: --session: MLFR-2002-01 was made at the 2nd session; it can be reaffirmed only at a later one.\n")
    code, _, err = run(capsys, "commitment", "withdraw", demo_path, "MLFR-2001-05", "--reason", " ")
    assert (code, err) == (1, "consult-app: --reason: say why the commitment is withdrawn.\n")
    with Workspace.open(demo_path) as ws:
        assert ws.commitment_by_ref("MLFR-2001-02").state == CommitmentState.WITHDRAWN
        old, new = ws.commitment_by_ref("MLFR-2001-03"), ws.commitment_by_ref("MLFR-2003-01")
        assert (old.state, old.end_reason, new.supersedes_id, new.party_id) == (CommitmentState.SUPERSEDED, "Renégocié", old.id, old.party_id)
        s3 = ws.session_by_number(old.dialogue_id, 3)
        assert new.made_at_session_id == s3.id and s3.id in ws.commitment_by_ref("MLFR-2001-01").reaffirmed_at


def test_indicator_add_list_and_measure(demo_path, capsys):
    code, out, _ = run(
        capsys,
        "indicator",
        "add",
        demo_path,
        "MLFR-2002-02",
        "--name",
        "fr=Projets financés",
        "--unit",
        "count",
        "--baseline",
        "0",
        "--target",
        "40",
        "--target-on",
        "2004-12-31",
    )
    assert (code, out) == (0, "Added indicator 1 of MLFR-2002-02 (up is good).\n")
    code, out, _ = run(capsys, "indicator", "measure", demo_path, "MLFR-2002-02", "12", "--date", "2003-12-31", "--source", "AFD", "--joint")
    assert (code, out) == (0, "Recorded 12 on 2003-12-31 for indicator 1 of MLFR-2002-02 (joint).\n")
    lines = run(capsys, "indicator", "list", demo_path, "--dialogue", "IT-AL")[1].splitlines()
    assert lines == ["ITAL-2001-01\t1\tShare of migrants leaving Albania for Italy who are not Albanian\tpercent\t80\t80 (2002-03-31)\t50\tdown"]
    with Workspace.open(demo_path) as ws:
        [i] = ws.indicators(ws.commitment_by_ref("MLFR-2002-02").id)
        assert (i.direction, i.target_value) == (Direction.UP, 40)
        [m] = ws.measurements(i.id)
        assert (m.value, m.source, m.visibility) == (12, "AFD", Visibility.JOINT)


@pytest.mark.parametrize(
    "argv, message",
    [
        (
            ("indicator", "measure", "{path}", "MLFR-2001-04", "80"),
            "--indicator: MLFR-2001-04 has 2 indicators; say which with --indicator 1 or 2 (see consult-app indicator list).",
        ),
        (("indicator", "measure", "{path}", "MLFR-2001-04", "80", "--indicator", "3"), "--indicator: MLFR-2001-04 has 2 indicators; 3 is not one of them."),
        (("indicator", "measure", "{path}", "MLFR-2002-04", "1"), "MLFR-2002-04 has no indicator: add one with consult-app indicator add."),
        (("indicator", "measure", "{path}", "MLFR-2001-01", "nan"), "value: NaN is not a finite number."),
        (
            ("indicator", "add", "{path}", "MLFR-2002-02", "--name", "fr=x", "--unit", "count", "--baseline", "10", "--target", "5", "--direction", "up"),
            "--target: the target (5) is below the baseline (10), but this indicator should rise (up is good).",
        ),
        (("indicator", "add", "{path}", "MLFR-2002-02", "--name", "fr=", "--unit", "count", "--baseline", "0", "--target", "5"), "--name: must not be empty."),
        (("commitment", "edit", "{path}", "MLFR-2099-01", "--reason", "x"), "No commitment with reference 'MLFR-2099-01' in this workspace."),
    ],
)
def test_refusals_are_one_sentence_and_change_nothing(demo_path, capsys, argv, message):
    before = demo_path.read_bytes()
    code, out, err = run(capsys, *(a.format(path=demo_path) for a in argv))
    assert (code, out, err) == (1, "", f"consult-app: {message}\n")
    assert demo_path.read_bytes() == before


def test_the_commands_run_as_a_user_would(cli, demo_path):
    done = cli("commitment", "withdraw", demo_path, "MLFR-2001-02", "--reason", "Programme arrêté", "--date", "2003-06-17")
    assert (done.returncode, done.stdout, done.stderr) == (0, "Withdrew MLFR-2001-02 on 2003-06-17.\n", "")
    done = cli("indicator", "measure", demo_path, "ITAL-2001-01", "seventy")
    assert done.returncode == 2 and done.stderr.strip().endswith("argument value: not a number: 'seventy'")
