"""Agreed minutes keep the parties' names they were agreed under: the names frozen into each circulated version, covered by its hash.

A party renamed after agreement prints under its new name in draft minutes and
in the next version, never in the agreed record; a version circulated before
names were frozen keeps printing the current names and its hash still verifies.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import sqlite3

import pytest

from consult_app import cli
from consult_app.domain import negotiation as N
from consult_app.domain.errors import Invalid
from consult_app.domain.model import PartyName
from consult_app.ops import documents, sessions
from consult_app.ops import minutes as minutes_ops
from consult_app.ops import parties as parties_ops
from consult_app.store import Workspace, codec
from consult_app.store.codec import utc_now

from ..documents import minutes_pdf
from ..store.test_counterpart import TAIL, agreed, crafted, pair, refusal  # noqa: F401  (agreed, pair: fixtures)
from .test_agreed import agreed_path  # noqa: F401  (a fixture)
from .test_documents import flat

OLD_FOR, NEW_FOR = "Pour la République française", "Pour la Cinquième République"


def rename_france(path) -> None:
    with Workspace.open(path) as ws:
        d = ws.dialogue_by_code("ML-FR")
        fr = copy.deepcopy(d.party_by_code("FR"))
        fr.name = "Cinquième République"
        fr.names["fr"] = PartyName("France", "la", "Cinquième République", "la", "française")
        parties_ops.update_parties(ws, d.id, [fr])


def printed(path, number: int) -> bytes:
    with Workspace.open(path, readonly=True) as ws:
        return minutes_pdf(ws, "ML-FR", number)


def verified(pdf: bytes, path, tmp_path, capsys, name: str) -> str:
    (tmp_path / name).write_bytes(pdf)
    assert cli.main(["verify", str(tmp_path / name), str(path)]) == 0, capsys.readouterr().out
    return capsys.readouterr().out


def test_the_agreed_version_holds_the_names_and_its_hash_covers_them(agreed_path):  # noqa: F811
    with Workspace.open(agreed_path, readonly=True) as ws:
        d = ws.dialogue_by_code("ML-FR")
        agreed = ws.agreed_version(ws.session_by_number(d.id, 3).id)
    fr = next(p for p in agreed.texts["parties"] if p["id"] == d.party_by_code("FR").id)
    assert fr == {"id": fr["id"], "name": "France", "names": {"fr": FRENCH_FORMS}}  # the working language only (ML-FR works in French)
    assert agreed.hash == N.content_hash(agreed.texts)
    N.check_version(agreed)
    renamed = copy.deepcopy(agreed.texts)
    renamed["parties"][0]["names"]["fr"]["formal"] = "Cinquième République"
    with pytest.raises(Invalid, match=r"^hash: the texts of version 2 do not match their hash \(they were changed after it was circulated\)\.$"):
        N.check_version(N.MinutesVersion(agreed.session_id, 2, agreed.party_id, renamed, agreed.hash, agreed.circulated_at))


FRENCH_FORMS = {"short": "France", "article": "la", "formal": "République française", "formal_article": "la", "adjective": "française"}


def test_a_party_renamed_after_agreement_prints_under_the_agreed_name(agreed_path, tmp_path, capsys):  # noqa: F811
    before = printed(agreed_path, 3)
    assert OLD_FOR in flat(before)
    rename_france(agreed_path)
    after = printed(agreed_path, 3)
    text = flat(after)
    assert OLD_FOR in text and "Le Chef de la délégation française" in text
    assert NEW_FOR not in text and "Cinquième" not in text  # nowhere: signatures, delegations, commitments, the agreed record
    for pdf, name in ((before, "before.pdf"), (after, "after.pdf")):
        assert verified(pdf, agreed_path, tmp_path, capsys, name).startswith(f"{name} matches the agreed version 2 of ML-FR session 3")
    with Workspace.open(agreed_path) as ws:  # another session, in draft, prints the new name
        d = ws.dialogue_by_code("ML-FR")
        sessions.new_session(ws, d.id, dt.date(2004, 6, 1), dt.date(2004, 6, 2), "Bamako")
    draft = flat(printed(agreed_path, 4))
    assert NEW_FOR in draft and OLD_FOR not in draft


def test_a_rename_while_circulated_goes_into_the_next_version(demo_path):
    with Workspace.open(demo_path) as ws:
        s3 = ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3)
        minutes_ops.circulate(ws, s3.id)
    rename_france(demo_path)
    assert NEW_FOR in flat(printed(demo_path, 3))  # circulated, not agreed: the names as they are now
    with Workspace.open(demo_path) as ws:
        v2 = minutes_ops.circulate(ws, s3.id)  # the names alone changed: that is a new version
        with pytest.raises(Invalid, match=r"^Nothing changed in the minutes of ML-FR session 3 since version 2 was circulated\.$"):
            minutes_ops.circulate(ws, s3.id)
    assert {p["name"] for p in v2.texts["parties"]} == {"Cinquième République", "Mali"}


def test_frozen_names_cannot_be_changed_once_circulated(agreed_path):  # noqa: F811
    conn = sqlite3.connect(agreed_path)
    try:
        before = conn.execute("SELECT texts FROM minutes_versions ORDER BY number DESC LIMIT 1").fetchone()[0]
        with pytest.raises(sqlite3.IntegrityError, match="circulated versions are frozen"):
            conn.execute("UPDATE minutes_versions SET texts = replace(texts, 'République française', 'Cinquième République')")
        assert conn.execute("SELECT texts FROM minutes_versions ORDER BY number DESC LIMIT 1").fetchone()[0] == before
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("parties", "message"),
    [
        ("France", "texts: the party names frozen in version 1 are not in the form Consult writes them."),
        ([{"id": "x", "name": "France"}], "texts: the party names frozen in version 1 are not in the form Consult writes them."),
        ([{"id": "x", "name": "", "names": {}}], "texts.parties[0].name: must not be empty."),
        ([{"id": "x", "name": "France", "names": {"fr": {"article": "lo"}}}], "texts.parties[0].names.fr.article: 'lo' is not an article of this language"),
        (
            [{"id": "x", "name": "France", "names": {"fr": {"formal": 3}}}],
            "texts: the party names frozen in version 1 are not in the form Consult writes them.",
        ),
    ],
)
def test_frozen_names_not_in_consults_form_are_refused_in_one_sentence(parties, message):
    texts = {"dialogue": "d", "session": "s", "version": 1, "items": [], "parties": parties}
    with pytest.raises(Invalid) as refused:
        N.check_version(N.MinutesVersion("s", 1, "p", texts, N.content_hash(texts), utc_now()))
    assert str(refused.value).startswith(message)


def circulate_the_old_way(ws: Workspace, session_id: str) -> N.MinutesVersion:
    """Circulate version 1 as Consult did before party names (and delegations, and actions) were frozen: the texts alone, hashed as they are."""
    s = ws.session(session_id)
    texts = ws.frozen_texts(session_id, 1)
    for key in N.LISTS:
        del texts[key]
    version = N.MinutesVersion(session_id, 1, ws.home_party(s.dialogue_id).id, texts, N.content_hash(texts), utc_now())
    with ws._write("minutes") as db:
        db.table("minutes_versions").insert(codec.row_of(version))
        ws.settle_minutes(session_id)
    return version


def test_a_version_circulated_before_names_were_frozen_still_verifies_and_prints_the_current_names(demo_path, tmp_path, capsys):
    with Workspace.open(demo_path) as ws:
        d = ws.dialogue_by_code("ML-FR")
        s3 = ws.session_by_number(d.id, 3)
        old = circulate_the_old_way(ws, s3.id)
        minutes_ops.sign_off(ws, s3.id, "Dominique Laurent")
        minutes_ops.sign_off(ws, s3.id, "Mamadou Traoré", party_id=d.party_by_code("ML").id)
        assert ws.agreed_version(s3.id) == old and "parties" not in old.texts
        assert set(old.texts) == {"dialogue", "session", "version", "items"}  # what a version held before names were frozen
    before = printed(demo_path, 3)
    assert OLD_FOR in flat(before)
    verified(before, demo_path, tmp_path, capsys, "before.pdf")
    rename_france(demo_path)
    after = printed(demo_path, 3)
    assert NEW_FOR in flat(after)  # as before names were frozen: the current rows
    assert verified(after, demo_path, tmp_path, capsys, "after.pdf").startswith(
        f"after.pdf matches the agreed version 1 of ML-FR session 3 (SHA-256 {old.hash})"
    )
    assert cli.main(["check", str(demo_path)]) == 0, capsys.readouterr().out


def test_the_redline_names_the_circulating_party_as_its_version_froze_it(demo_path):
    with Workspace.open(demo_path) as ws:
        s3 = ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3)
        minutes_ops.circulate(ws, s3.id)
    rename_france(demo_path)
    with Workspace.open(demo_path) as ws:
        minutes_ops.circulate(ws, s3.id)
        text = flat(documents.compare(ws, s3.id, 1, 2).render())
    assert "Version 1 : transmise par France le " in text and "Version 2 : transmise par Cinquième République le " in text


def test_the_other_secretariat_prints_the_names_the_version_froze_and_verifies_the_same_hash(agreed, tmp_path, capsys):  # noqa: F811
    fr, ml = agreed
    rename_france(ml)  # Mali's own copy of France's names: kept there, never sent
    with Workspace.open(ml, readonly=True) as ws:
        pdf = minutes_pdf(ws, "ML-FR", 3)
    text = flat(pdf)
    assert OLD_FOR in text and "Cinquième" not in text
    for path in (ml, fr):  # either side's workspace verifies the other's print
        verified(pdf, path, tmp_path, capsys, "mali.pdf")


def forged_refusal(fr, ml, tmp_path, texts: dict) -> str:
    """France's refusal of a Mali packet that circulates ``texts`` as version 1 of ML-FR session 3 (hashed as they are)."""
    statement = (
        "INSERT INTO minutes_versions (id, session_id, number, party_id, texts, hash, circulated_at) "
        "SELECT 'forged-v1', s.id, 1, p.id, ?, ?, '2003-07-01T00:00:00Z' FROM sessions s JOIN dialogues d ON d.id = s.dialogue_id, parties p "
        "WHERE d.code = 'ML-FR' AND s.number = 3 AND p.code = 'ML' AND p.dialogue_id = d.id"
    )
    return refusal(fr, crafted(ml, fr, tmp_path, statement, params=(json.dumps(texts), N.content_hash(texts))))


def test_a_packet_whose_version_freezes_names_no_party_may_have_is_refused(pair, tmp_path):  # noqa: F811
    fr, ml = pair
    with Workspace.open(ml, readonly=True) as ws:
        texts = ws.frozen_texts(ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3).id, 1)
    texts["parties"][0]["names"]["fr"]["article"] = "lo"
    assert forged_refusal(fr, ml, tmp_path, texts) == (
        "version of the minutes of ML-FR session 3: texts.parties[0].names.fr.article: 'lo' is not an article of this language "
        "(use one of: le, la, les, l', l’; or none)" + TAIL
    )


def test_the_word_copy_of_agreed_minutes_names_the_parties_as_agreed(agreed_path, tmp_path):  # noqa: F811
    from docx import Document

    from ..documents import export_to

    rename_france(agreed_path)
    with Workspace.open(agreed_path, readonly=True) as ws:
        export_to(ws, tmp_path / "agreed.docx", dialogue_code="ML-FR", session_number=3)
        agreed = ws.agreed_version(ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3).id)
    doc = Document(str(tmp_path / "agreed.docx"))
    text = "\n".join(p.text for p in doc.paragraphs) + "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    assert OLD_FOR in text and "Cinquième" not in text
    assert doc.paragraphs[1].text.endswith(f"imprimé par Consult (Version approuvée {agreed.number} · SHA-256 {agreed.hash}).")  # a copy, naming the record


def test_an_interchange_file_carries_the_frozen_names_and_refuses_names_no_party_may_have(agreed_path, tmp_path, capsys):  # noqa: F811
    out, copy_ = tmp_path / "agreed.json", tmp_path / "copy.consult"
    assert cli.main(["export", str(agreed_path), str(out)]) == 0
    assert cli.main(["init", str(copy_)]) == 0
    assert cli.main(["import", str(copy_), str(out)]) == 0, capsys.readouterr().err
    rename_france(copy_)
    assert OLD_FOR in flat(printed(copy_, 3))  # the frozen names came with the version
    data = json.loads(out.read_text("utf-8"))
    [d] = [d for d in data["dialogues"] if d["code"] == "ML-FR"]
    [n] = [n for n, s in enumerate(d["sessions"]) if s["number"] == 3]
    version = d["sessions"][n]["negotiation"]["versions"][1]
    version["texts"]["parties"][0]["names"]["fr"]["article"] = "lo"
    version["hash"] = N.content_hash(version["texts"])
    out.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    other = tmp_path / "other.consult"
    assert cli.main(["init", str(other)]) == 0
    capsys.readouterr()
    assert cli.main(["import", str(other), str(out)]) == 1
    err = capsys.readouterr().err
    where = f"dialogues[{data['dialogues'].index(d)}].sessions[{n}].negotiation.versions[1]"
    assert (
        err == f"consult-app: {where}.texts.parties[0].names.fr.article: 'lo' is not an article of this language (use one of: le, la, les, l', l’; or none).\n"
    )
