"""Two secretariats, one joint record: France's demo and a new Mali workspace pair, negotiate the minutes, agree, amend.

Everything goes through the command line's own entry point (``cli.main``), on
real files, as the two secretariats would run it; the drafting of a summary,
which only the window does, goes through the same intent the window calls.
"""

from __future__ import annotations

import json
import re

import pikepdf
import pytest
from pypdf import PdfReader

from consult_app import cli
from consult_app.ops import minutes as minutes_ops
from consult_app.store import Workspace

from ..conftest import copy_of_demo

FR_NAME, ML_NAME = "Secrétariat français", "Secrétariat malien"
SUMMARY = "Les deux parties ont examiné la politique des visas depuis 1997."


def run(capsys, *args) -> tuple[int, str, str]:
    capsys.readouterr()
    code = cli.main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys, *args) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


@pytest.fixture
def paired(tmp_path, demo_template, capsys):
    """France's demo invites a new Mali workspace; Mali accepts and replies; France accepts the reply."""
    fr, ml = tmp_path / "france.consult", tmp_path / "mali.consult"
    copy_of_demo(demo_template, fr)
    invite, reply = tmp_path / "invite.consult-partner", tmp_path / "reply.consult-partner"
    out = ok(capsys, "partner", "invite", fr, "--dialogue", "ML-FR", "--name", ML_NAME, "--out", invite)
    assert out.startswith(f"Wrote the invitation for {ML_NAME} to pair on ML-FR to {invite}: it holds the joint view of ML-FR and nothing internal.\n")
    mali = ok(capsys, "partner", "accept", ml, invite, "--name", FR_NAME, "--out", reply)
    france = ok(capsys, "partner", "accept", fr, reply)
    number = re.compile(r"Pair fingerprint \(both sides show the same; compare it by telephone\): ((?:\d{5} ){5}\d{5})")
    assert number.search(mali).group(1) == number.search(france).group(1)  # what the two compare by telephone
    return fr, ml


def send(capsys, tmp_path, sender, receiver, name) -> str:
    """One packet from ``sender`` to ``receiver``, exported and imported by the command line; the import's report."""
    out = tmp_path / name
    assert "Kept here" not in ok(capsys, "packet", "export", sender, out)  # nothing either side would refuse
    return ok(capsys, "packet", "import", receiver, out)


def draft_summary(path) -> None:
    with Workspace.open(path) as ws:
        d = ws.dialogue_by_code("ML-FR")
        item = next(i for i in ws.agenda(ws.session_by_number(d.id, 3).id) if i.title["fr"].startswith("Politique des visas"))
        item.summary = {"fr": SUMMARY}
        minutes_ops.save_texts(ws, item)


def agreed_hashes(path, tmp_path, capsys) -> set[str]:
    out = tmp_path / f"{path.stem}-export.json"
    ok(capsys, "export", path, out, "--dialogue", "ML-FR")
    session = next(s for s in json.loads(out.read_text("utf-8"))["dialogues"][0]["sessions"] if s["number"] == 3)
    signed = {(x["party"], x["hash"]) for x in session["negotiation"]["signoffs"] if x["version"]}
    return {h for _p, h in signed} if len(signed) == 2 else set()


def test_pairing_lists_both_kinds_of_partner_with_their_rights(paired, capsys):
    fr, ml = paired
    out = ok(capsys, "partner", "list", fr)
    assert f"{ML_NAME}\tcounterpart secretariat of ML-FR\tsent 0, received 0\t" in out
    assert "may change: its own assessments, joint actions, proposals and comments on circulated minutes" in out
    with Workspace.open(ml, readonly=True) as ws:
        d = ws.dialogue_by_code("ML-FR")
        assert d.home_party.code == "ML"  # the same dialogue, the same ids, Mali's side of it
        assert [c.ref for c in ws.commitments(d.id)] == [
            f"MLFR-{x}" for x in ("2001-01", "2001-02", "2001-03", "2001-04", "2001-05", "2002-01", "2002-02", "2002-03")
        ]
        assert [x.code for x in ws.dialogues()] == ["ML-FR"]
    # the raw export of Mali's whole workspace holds none of France's internal content
    ok(capsys, "export", ml, ml.with_suffix(".json"))
    raw = ml.with_suffix(".json").read_text("utf-8")
    with Workspace.open(fr, readonly=True) as ws:
        d = ws.dialogue_by_code("ML-FR")
        internal = [t for s in ws.sessions(d.id) for i in ws.agenda(s.id) for t in (i.objective, i.background, i.lines_to_take, i.internal_notes)]
        internal += [t for c in ws.commitments(d.id) if c.visibility.value == "internal" for t in (c.ref, *c.text.values())]
        internal += [a.description for a in ws.actions(d.id) if a.visibility.value == "internal"]
        internal += [
            t
            for e in ws.events_by_commitment(d.id).values()
            for x in e
            for t in (x.author, x.recorded_where) + ((x.note, x.evidence) if x.visibility.value == "internal" else ())
        ]
        internal += [t for p in ws.people() for t in (p.email, p.phone)]
    internal = {t for t in internal if t and len(t) > 3}
    assert len(internal) > 10 and [t for t in internal if t in raw] == []


def test_packets_name_each_secretariat_as_it_was_paired(paired, tmp_path, capsys):
    fr, ml = paired
    ok(capsys, "status", fr, "MLFR-2001-01", "on_track", "--date", "2003-06-10", "--joint", "--note", "Délais tenus")
    out = ok(capsys, "packet", "export", fr, tmp_path / "fr1.packet")
    assert re.fullmatch(rf"Wrote packet 1 for {ML_NAME} \(1 change, [\d,]+ bytes\) to {re.escape(str(tmp_path / 'fr1.packet'))}\.\n", out), out
    report = ok(capsys, "packet", "import", ml, tmp_path / "fr1.packet")
    assert report.startswith(f"Packet 1 from {FR_NAME} (")  # not France's own default name, "Secretariat"
    ok(capsys, "status", ml, "MLFR-2001-01", "at_risk", "--date", "2003-06-11", "--joint")
    assert ok(capsys, "packet", "export", ml, tmp_path / "ml1.packet").startswith(f"Wrote packet 1 for {FR_NAME} (1 change, ")
    assert ok(capsys, "packet", "import", fr, tmp_path / "ml1.packet").startswith(f"Packet 1 from {ML_NAME} (")


def test_the_two_secretariats_negotiate_agree_and_amend(paired, tmp_path, capsys):
    fr, ml = paired
    session = ["--dialogue", "ML-FR", "--session", "3"]

    # France drafts and circulates version 1; Mali receives it
    draft_summary(fr)
    out = ok(capsys, "minutes", "circulate", fr, *session)
    assert out.startswith("Circulated version 1 of the minutes of ML-FR session 3 (SHA-256 ")
    assert "add: 1 version of the minutes" in send(capsys, tmp_path, fr, ml, "fr1.packet")
    with Workspace.open(ml, readonly=True) as ws:
        s3 = ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3)
        assert s3.minutes_state.value == "circulated"
        assert SUMMARY in [i.summary.get("fr") for i in ws.agenda(s3.id)]

    # Mali logs "at risk" on a French commitment and proposes a change to the summary
    ok(capsys, "status", ml, "MLFR-2001-01", "at_risk", "--date", "2003-06-10", "--note", "Les délais de délivrance s'allongent", "--joint")
    code, _out, err = run(capsys, "minutes", "propose", ml, *session, "--item", "3.1", "--passage", "examiné", "--text", "évalué", "--party", "FR")
    assert (code, err) == (
        1,
        "consult-app: --party: France does that in its own workspace, and it reaches this one in Secrétariat français's packets; it cannot propose changes here on its behalf.\n",
    )
    ok(capsys, "minutes", "propose", ml, *session, "--item", "3.1", "--passage", "examiné", "--text", "évalué", "--comment", "Plus précis")
    report = send(capsys, tmp_path, ml, fr, "ml1.packet")
    assert "add: 1 proposal on the minutes, 1 status event" in report

    # France: the register shows both assessments; the proposal is there; France accepts it with an edit
    with Workspace.open(fr, readonly=True) as ws:
        d = ws.dialogue_by_code("ML-FR")
        row = next(r for r in ws.register(d.id) if r.ref == "MLFR-2001-01")
        assert row.status == "on_track"  # ours
        assert [(d.party(p).code, s) for p, s in row.assessments] == [("FR", "on_track"), ("ML", "at_risk")]
    tracker = tmp_path / "tracker.pdf"
    ok(capsys, "report", "tracker", fr, "--dialogue", "ML-FR", "--as-of", "2003-06-30", "--by-party", "--out", tracker)
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(tracker).pages).split())
    assert "France: En bonne voie Mali: Menacé" in text.replace("- ", "")  # the register's status cell (hyphenated to fit): both assessments
    assert "Registre — selon l’évaluation de chaque partie" in text and "Évaluations divergentes" in text.replace("- ", "")
    ok(capsys, "report", "brief", fr, *session, "--out", tmp_path / "brief.pdf")
    brief = " ".join(" ".join(p.extract_text() for p in PdfReader(tmp_path / "brief.pdf").pages).split())
    assert "France: En bonne voie / Mali: Menacé" in brief
    proposals = ok(capsys, "minutes", "proposals", fr, *session)
    [line] = proposals.splitlines()
    proposal_id, party, state, where, change, comment = line.split("\t")
    assert (party, state, where, change, comment) == ("ML", "open", "3.1 summary [fr]", "«examiné» → «évalué»", "Plus précis")
    code, _out, err = run(capsys, "minutes", "circulate", fr, *session)
    assert (code, err) == (
        1,
        "consult-app: 1 proposal on version 1 of the minutes of ML-FR session 3 is still open: accept, reject or edit each before circulating the next version.\n",
    )
    assert ok(capsys, "minutes", "edit", fr, proposal_id, "--text", "évalué ensemble") == f"Proposal {proposal_id} edited.\n"
    assert ok(capsys, "minutes", "circulate", fr, *session).startswith("Circulated version 2 of the minutes of ML-FR session 3")

    # Mali receives version 2, with the decision on its proposal
    send(capsys, tmp_path, fr, ml, "fr2.packet")
    shown = ok(capsys, "minutes", "show", ml, *session)
    assert "version 2\t" in shown and "France holds the pen" in shown
    assert "\tedited (évalué ensemble)\t" in ok(capsys, "minutes", "proposals", ml, *session)

    # both heads of delegation sign off version 2
    out = ok(capsys, "minutes", "agree", fr, *session, "--by", "Dominique Laurent")
    assert "The minutes of ML-FR session 3 are still circulated: they are agreed when every party has signed off the same version." in out
    send(capsys, tmp_path, fr, ml, "fr3.packet")
    code, _out, err = run(capsys, "minutes", "agree", ml, *session, "--by", "Aminata Diallo")
    assert (code, err) == (1, "consult-app: --by: Aminata Diallo is not the head of the delegation of Mali at this session (Mamadou Traoré is).\n")
    assert "The minutes of ML-FR session 3 are agreed." in ok(capsys, "minutes", "agree", ml, *session, "--by", "Mamadou Traoré")
    send(capsys, tmp_path, ml, fr, "ml2.packet")
    france, mali = agreed_hashes(fr, tmp_path, capsys), agreed_hashes(ml, tmp_path, capsys)
    assert len(france) == 1 and france == mali  # both exports show the same agreed version hash

    # setting the state back is refused, on both sides
    for path in (fr, ml):
        code, _out, err = run(capsys, "minutes", "state", path, *session, "draft")
        assert (code, err) == (
            1,
            "consult-app: The minutes of ML-FR session 3 are agreed and signed off: they cannot be set back to draft; change them by an amendment signed off by both sides.\n",
        )

    # an amendment: proposed by France with its head's sign-off, in force once Mali's head signs it off
    out = ok(
        capsys,
        "minutes",
        "amend",
        fr,
        *session,
        "--item",
        "3.1",
        "--text",
        "Les deux parties ont évalué ensemble la politique des visas (1997–2002).",
        "--reason",
        "Période précisée à la demande de la partie malienne",
        "--author",
        "Claire Martin",
        "--by",
        "Dominique Laurent",
    )
    amendment = re.match(r"Amendment (\w{8}) of the minutes of ML-FR session 3: awaiting the other side's sign-off\.", out).group(1)
    send(capsys, tmp_path, fr, ml, "fr4.packet")
    ok(capsys, "minutes", "agree", ml, *session, "--amendment", amendment, "--by", "Mamadou Traoré")
    send(capsys, tmp_path, ml, fr, "ml3.packet")
    for path in (fr, ml):
        shown = ok(capsys, "minutes", "show", path, *session)
        assert re.search(
            rf"amendment {amendment}\t\d{{4}}-\d\d-\d\d\teffective\t3\.1 summary \[fr\]\tPériode précisée à la demande de la partie malienne\tby Claire Martin"
            r"\tsigned off by Dominique Laurent \(FR\), Mamadou Traoré \(ML\)",
            shown,
        ), shown
        with Workspace.open(path, readonly=True) as ws:
            s3 = ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3)
            assert "Les deux parties ont évalué ensemble la politique des visas (1997–2002)." in [i.summary.get("fr") for i in ws.agenda(s3.id)]

    # the compare PDF shows the accepted change as a deletion and an insertion
    ok(capsys, "report", "compare", fr, *session, "--from", "1", "--to", "2", "--out", tmp_path / "diff.pdf")
    text = " ".join(p.extract_text() for p in PdfReader(tmp_path / "diff.pdf").pages)
    assert "Supprimé : « examiné »" in text and "Inséré : « évalué ensemble »" in text
    assert "ont examiné évalué ensemble" in text  # struck and put in its place: two words, on paper as when read aloud
    assert "Un texte diffère entre les deux versions." in text

    # the agreed minutes: the hash on every page, PDF/A in the XMP; verify matches, and fails for one changed byte
    pdf = tmp_path / "agreed.pdf"
    ok(capsys, "report", "minutes", ml, *session, "--out", pdf)
    [agreed] = france
    pages = PdfReader(pdf).pages
    assert len(pages) >= 2 and all(f"SHA-256 {agreed}" in p.extract_text() for p in pages)
    with pikepdf.open(pdf) as doc:
        meta = doc.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "B")
    for path in (fr, ml):
        out = ok(capsys, "verify", pdf, path)
        assert out.startswith(f"agreed.pdf matches the agreed version 2 of ML-FR session 3 (SHA-256 {agreed}).\n")
    data = bytearray(pdf.read_bytes())
    data[len(data) // 3] ^= 0x01
    (tmp_path / "changed.pdf").write_bytes(bytes(data))
    code, out, _err = run(capsys, "verify", tmp_path / "changed.pdf", fr)
    assert (code, out) == (1, "changed.pdf does not match: it was changed after Consult printed it (its seal does not match its bytes).\n")


def test_an_accepted_reply_cannot_be_accepted_twice_and_files_are_checked(paired, tmp_path, capsys):
    fr, ml = paired
    again = tmp_path / "reply-again.consult-partner"  # a reply lost on the way: accepting the invitation again rewrites it
    assert ok(capsys, "partner", "accept", ml, tmp_path / "invite.consult-partner", "--name", FR_NAME, "--out", again).startswith(
        f"Paired with {FR_NAME} on ML-FR"
    )
    assert again.exists()
    code, _out, err = run(capsys, "partner", "accept", fr, tmp_path / "reply.consult-partner")
    assert (code, err) == (
        1,
        "consult-app: reply.consult-partner answers an invitation this workspace did not make, or one already accepted; nothing was changed.\n",
    )
    invite = tmp_path / "invite.consult-partner"
    doc = json.loads(invite.read_text("utf-8"))
    doc["body"]["bundle"]["dialogues"][0]["code"] = "XX-YY"  # altered in transit
    (tmp_path / "altered.consult-partner").write_text(json.dumps(doc), "utf-8")
    other = tmp_path / "other.consult"
    code, _out, err = run(capsys, "partner", "accept", other, tmp_path / "altered.consult-partner", "--name", FR_NAME, "--out", tmp_path / "r2")
    assert (code, err) == (1, "consult-app: altered.consult-partner was altered after it was signed (or is damaged); nothing was changed.\n")
    code, _out, err = run(capsys, "partner", "invite", fr, "--dialogue", "ML-FR", "--name", "Another", "--out", tmp_path / "again")
    assert (code, err) == (1, f"consult-app: ML-FR is already paired with {ML_NAME}: one secretariat per dialogue.\n")


def test_a_refused_invitation_creates_no_workspace(tmp_path, demo_template, capsys):
    from consult_app.store.safety import backups_root

    fr = copy_of_demo(demo_template, tmp_path / "france.consult")
    invite = tmp_path / "invite.consult-partner"
    ok(capsys, "partner", "invite", fr, "--dialogue", "ML-FR", "--name", ML_NAME, "--out", invite)
    doc = json.loads(invite.read_text("utf-8"))
    doc["body"]["bundle"]["dialogues"][0]["code"] = "XX-YY"  # altered in transit
    (tmp_path / "altered.consult-partner").write_text(json.dumps(doc), "utf-8")
    (tmp_path / "empty.consult-partner").write_bytes(b"")
    ok(capsys, "partner", "accept", tmp_path / "first.consult", invite, "--name", FR_NAME, "--out", tmp_path / "reply.consult-partner")
    new, reply = tmp_path / "mali.consult", tmp_path / "reply-out.consult-partner"
    backups = sorted(backups_root().iterdir())
    for infile, args, message in [
        ("altered.consult-partner", ["--name", FR_NAME], "altered.consult-partner was altered after it was signed (or is damaged); nothing was changed."),
        (
            "empty.consult-partner",
            ["--name", FR_NAME],
            "empty.consult-partner is not an invitation or a reply from another secretariat (it is not readable JSON).",
        ),
        (
            "reply.consult-partner",
            ["--name", FR_NAME],
            "reply.consult-partner is a reply to an invitation: accept it in the workspace that made the invitation; nothing was created.",
        ),
        ("invite.consult-partner", [], "--name: say what to call the secretariat that invited you (for example 'Secrétariat français')."),
    ]:
        code, out, err = run(capsys, "partner", "accept", new, tmp_path / infile, *args, "--out", reply)
        assert (code, out, err) == (1, "", f"consult-app: {message}\n")
        assert not new.exists() and not new.with_name("mali.consult-exchange").exists() and not reply.exists()
        assert sorted(backups_root().iterdir()) == backups
    assert ok(capsys, "partner", "accept", new, invite, "--name", FR_NAME, "--out", reply).startswith(f"Paired with {FR_NAME} on ML-FR")
