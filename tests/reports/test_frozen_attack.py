"""The frozen delegations and follow-up actions attacked, as THREATS.md describes: versions edited with the sqlite3 shell
behind the app's back, and versions crafted into the other secretariat's packets. Each is refused in one sentence naming
where, and nothing is written."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from consult_app.domain import negotiation as N
from consult_app.domain.errors import ConsultError
from consult_app.store import Workspace

from ..documents import export_to
from ..store.test_counterpart import TAIL, crafted, pair, refusal  # noqa: F401  (pair: a fixture)
from .test_frozen_delegations import agreed_with_actions  # noqa: F401  (a fixture)

UNFROZEN = (
    "DROP TRIGGER minutes_versions_no_update",
    "{}",
    "CREATE TRIGGER minutes_versions_no_update BEFORE UPDATE ON minutes_versions\nBEGIN SELECT RAISE(ABORT, 'circulated versions are frozen'); END",
)


def shell_edited(path, texts_of, *, rehash: bool = False, number: int = 1):
    """Version ``number``'s texts changed as the sqlite3 shell changes them: the trigger that freezes versions dropped, the row
    updated (``texts_of``: the texts -> the new texts; ``rehash``: its hash taken again), the trigger put back as it was, so
    the schema reads as Consult wrote it."""
    conn = sqlite3.connect(path)
    (raw,) = conn.execute("SELECT texts FROM minutes_versions WHERE number = ?", (number,)).fetchone()
    texts = texts_of(json.loads(raw))
    digest = hashlib.sha256(N.canonical(texts)).hexdigest()
    with conn:
        for sql in UNFROZEN:
            if sql == "{}":
                conn.execute(
                    "UPDATE minutes_versions SET texts = ?, hash = CASE WHEN ? THEN ? ELSE hash END WHERE number = ?",
                    (json.dumps(texts), rehash, digest, number),
                )
            else:
                conn.execute(sql)
    conn.close()
    return path


def renamed(texts: dict) -> dict:
    texts["delegations"][0]["name"] = "Someone Else"
    return texts


def garbled(texts: dict) -> dict:
    texts["delegations"][0] = "garbage"
    return texts


WHERE = "The minutes of ML-FR session 3"


@pytest.mark.parametrize(
    ("edit", "rehash", "refusal"),
    [
        (renamed, False, f"{WHERE}: the texts of version 1 do not match their hash (they were changed after it was circulated)."),
        (renamed, True, f"{WHERE} have circulated versions but not every party's sign-off of the last one: they are circulated, not 'agreed'."),
        (garbled, False, f"{WHERE}: texts.delegations[0]: the delegation line frozen in version 1 is not in the form Consult writes it."),
    ],
    ids=["renamed", "renamed-and-rehashed", "garbled"],
)
def test_the_word_copy_of_agreed_minutes_whose_version_was_edited_with_the_shell_is_refused_as_the_pdf_is(agreed_with_actions, tmp_path, edit, rehash, refusal):  # noqa: F811
    """The PDF refused to print them; the Word copy was written all the same, naming 'Someone Else' as the head of delegation
    under the agreed version's hash (or stopped on 'an unexpected error' for a garbled line)."""
    shell_edited(agreed_with_actions, edit, rehash=rehash)
    out = tmp_path / "copy.docx"
    with Workspace.open(agreed_with_actions, readonly=True) as ws:
        with pytest.raises(ConsultError) as pdf:
            from ..documents import minutes_pdf

            minutes_pdf(ws, "ML-FR", 3)
        with pytest.raises(ConsultError) as docx:
            export_to(ws, out, dialogue_code="ML-FR", session_number=3)
    assert str(pdf.value) == str(docx.value) == refusal
    assert not out.exists() and not (tmp_path / "copy.docx.part").exists()


@pytest.fixture
def two_versions(demo_path):
    """ML-FR session 3 circulated twice: a joint action's due date changed between the versions."""
    import dataclasses
    import datetime as dt

    from consult_app.ops import minutes as minutes_ops
    from consult_app.ops import records

    from .test_frozen_delegations import KEPT, joint_action, session3

    with Workspace.open(demo_path) as ws:
        action = joint_action(ws, KEPT, dt.date(2003, 9, 30))
        minutes_ops.circulate(ws, session3(ws).id)
        records.update(ws, dataclasses.replace(action, due_on=dt.date(2003, 10, 1)))
        minutes_ops.circulate(ws, session3(ws).id)
    return demo_path


@pytest.mark.parametrize(
    ("edit", "refusal"),
    [
        (renamed, f"{WHERE}: the texts of version 1 do not match their hash (they were changed after it was circulated)."),
        (garbled, f"{WHERE}: texts.delegations[0]: the delegation line frozen in version 1 is not in the form Consult writes it."),
    ],
    ids=["renamed", "garbled"],
)
def test_the_redline_of_a_version_edited_with_the_shell_is_refused(two_versions, edit, refusal):
    """It printed 'Deleted: «France: Someone Else, …»' from a version no longer matching its hash (or stopped on 'an
    unexpected error (TypeError)' for a garbled line)."""
    from consult_app.ops import documents

    shell_edited(two_versions, edit)
    with Workspace.open(two_versions, readonly=True) as ws:
        s = ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3)
        for old, new in ((1, 2), (2, 1)):
            with pytest.raises(ConsultError) as err:
                documents.compare(ws, s.id, old, new).render()
            assert str(err.value) == refusal


# ------------------------------------------------------------- versions crafted into the other secretariat's packets


def mali_texts(ml) -> dict:
    """Version 1 of ML-FR session 3 as Mali's Consult would freeze it now (a copy to tamper with)."""
    with Workspace.open(ml, readonly=True) as ws:
        return ws.frozen_texts(ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3).id, 1)


def title(value):
    def edit(texts):
        texts["items"][0]["title"] = value
        return texts

    return edit


def title_fr(value):
    return title({"fr": value})


def keyed(key, value):
    def edit(texts):
        texts[key] = value
        return texts

    return edit


def item_keyed(key, value):
    def edit(texts):
        texts["items"][0][key] = value
        return texts

    return edit


VERSION = "version of the minutes of ML-FR session 3: "
INSERT = (
    "INSERT INTO minutes_versions (id, session_id, number, party_id, texts, hash, circulated_at) "
    "SELECT 'forged-v{n}', s.id, {n}, p.id, ?, ?, '2003-07-0{n}T00:00:00Z' FROM sessions s JOIN dialogues d ON d.id = s.dialogue_id, parties p "
    "WHERE d.code = 'ML-FR' AND s.number = 3 AND p.code = 'ML' AND p.dialogue_id = d.id"
)


def forged(fr, ml, tmp_path, *versions: dict) -> str:
    """France's refusal of a Mali packet that circulates ``versions`` (the texts of version 1, 2…) of ML-FR session 3, each
    hashed as its sender's bytes (a lone surrogate included: a modified Consult hashes what it likes)."""
    statements = []
    for n, texts in enumerate(versions, start=1):
        data = json.dumps(texts, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8", "surrogatepass")
        quoted = [f"'{x}'" for x in (json.dumps(texts).replace("'", "''"), hashlib.sha256(data).hexdigest())]
        statements.append(INSERT.format(n=n).replace("?, ?", ", ".join(quoted)))
    return refusal(fr, crafted(ml, fr, tmp_path, *statements))


@pytest.mark.parametrize(
    ("edit", "refusal"),
    [
        (title(5), "texts.items[0].title: expected texts by language"),
        (title_fr("Politique\x1b[31m des visas"), "texts.items[0].title.fr: contains control characters that cannot be stored"),
        (title_fr("x" * 1_001), "texts.items[0].title.fr: is 1,001 characters long; the limit is 1,000"),
        (title({"français": "Politique des visas"}), "texts.items[0].title: 'français' is not a language code"),
        (item_keyed("summary", {"fr": "\ud800"}), "texts.items[0].summary.fr: contains broken Unicode (a lone surrogate) that cannot be stored"),
        (item_keyed("conclusions", ["Conclu"]), "texts.items[0].conclusions: expected texts by language"),
        (item_keyed("internal_notes", "ours"), "texts.items[0]: the agenda item frozen in version 1 is not in the form Consult writes it"),
        (item_keyed("number", 4), "texts.items[0]: the agenda item frozen in version 1 is not in the form Consult writes it"),
        (keyed("objectives", "ours"), "texts: version 1 holds 'objectives', which Consult does not freeze in a version"),
        (keyed("delegation", []), "texts: version 1 holds 'delegation', which Consult does not freeze in a version"),
        (keyed("dialogue", 7), "texts: the frozen texts of version 1 belong to another session or version"),
    ],
    ids=[
        "title-int",
        "title-escape",
        "title-long",
        "title-lang",
        "summary-surrogate",
        "conclusions-list",
        "extra-item-key",
        "number-int",
        "extra-key",
        "misspelt-list",
        "dialogue-int",
    ],
)
def test_a_packet_whose_version_freezes_item_texts_consult_never_writes_is_refused(pair, tmp_path, edit, refusal):  # noqa: F811
    """The items' frozen texts were not checked: a title not a text stopped the import on 'an unexpected error'
    (AttributeError), and an escape sequence, a 1,001-character title or a lone surrogate went into this workspace's agenda
    (the other party holds the pen: its version's texts become ours)."""
    fr, ml = pair
    assert forged(fr, ml, tmp_path, edit(mali_texts(ml))) == VERSION + refusal + TAIL


def test_an_interchange_file_whose_version_freezes_an_escape_sequence_in_a_title_is_refused_where_it_is(agreed_with_actions, tmp_path, capsys):  # noqa: F811
    """The file is checked by the packet's rule (domain.negotiation.check_version), and says the same place it said before."""
    from consult_app import cli

    out, other = tmp_path / "agreed.json", tmp_path / "other.consult"
    assert cli.main(["export", str(agreed_with_actions), str(out)]) == 0
    data = json.loads(out.read_text("utf-8"))
    [d] = [d for d in data["dialogues"] if d["code"] == "ML-FR"]
    [n] = [n for n, s in enumerate(d["sessions"]) if s["number"] == 3]
    version = d["sessions"][n]["negotiation"]["versions"][0]
    version["texts"]["items"][1]["title"]["fr"] = "\x1b[2JPoint"
    version["hash"] = N.content_hash(version["texts"])
    out.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert cli.main(["init", str(other)]) == 0
    capsys.readouterr()
    saved = other.read_bytes()
    assert cli.main(["import", str(other), str(out)]) == 1
    where = f"dialogues[{data['dialogues'].index(d)}].sessions[{n}].negotiation.versions[0]"
    assert capsys.readouterr().err == f"consult-app: {where}.texts.items[1].title.fr: contains control characters that cannot be stored.\n"
    assert other.read_bytes() == saved


def dropped(*keys):
    def edit(texts):
        for key in keys:
            del texts[key]
        return texts

    return edit


@pytest.mark.parametrize(("keys", "words"), [(("delegations",), "delegations"), (("actions",), "actions"), (("parties", "delegations", "actions"), "parties")])
def test_a_packet_whose_later_version_drops_a_list_an_earlier_one_froze_is_refused(pair, tmp_path, keys, words):  # noqa: F811
    """Version 2 without the delegations version 1 froze was taken: once signed off, the agreed minutes printed each side's
    directory as it is now instead of the delegations agreed (a version lacks a list only when circulated before it was frozen)."""
    fr, ml = pair
    later = dropped(*keys)({**mali_texts(ml), "version": 2})
    refusal = f"texts: version 2 lacks '{words}', which version 1 froze: a later version freezes all an earlier one did"
    assert forged(fr, ml, tmp_path, mali_texts(ml), later) == VERSION + refusal + TAIL


def test_a_version_edited_with_the_shell_to_drop_a_list_an_earlier_one_froze_is_named(two_versions):
    """Re-hashed before anyone signed it off, version 2 without the delegations matched its hash: nothing said so."""
    from consult_app.ops.notices import notices
    from consult_app.ops.workspaces import check

    shell_edited(two_versions, dropped("delegations"), rehash=True, number=2)
    refusal = f"{WHERE}: version 2 lacks 'delegations', which version 1 froze: a later version freezes all an earlier one did"
    assert check(two_versions).problems == [f"Minutes: {refusal}."]
    with Workspace.open_to_read(two_versions) as ws:
        assert notices(ws) == [refusal + "; restore a snapshot from before that change to print them again."]


def party(edit_line=None, edit_parties=None):
    def edit(texts):
        if edit_parties:
            edit_parties(texts)
        if edit_line:
            edit_line(texts["delegations"][0])
        return texts

    return edit


ELSEWHERE = {"id": "elsewhere", "name": "Nowhere", "names": {}}


@pytest.mark.parametrize(
    ("edit", "refusal"),
    [
        (
            party(lambda line: line.update(party="elsewhere"), lambda t: t["parties"].append(dict(ELSEWHERE))),
            "texts.parties[2]: version 1 names a party that is not a party to this dialogue",
        ),
        (party(edit_parties=lambda t: t["parties"].append(dict(ELSEWHERE))), "texts.parties[2]: version 1 names a party that is not a party to this dialogue"),
        (
            party(lambda line: line.update(party="elsewhere"), lambda t: t.pop("parties")),
            "texts.delegations[0]: the delegation line frozen in version 1 is of a party that is not a party to this dialogue",
        ),
        (party(edit_parties=lambda t: t["parties"].append(dict(t["parties"][0]))), "texts.parties[2]: version 1 names the same party twice"),
    ],
    ids=["line-and-party", "party", "line-without-parties", "party-twice"],
)
def test_a_packet_whose_version_names_a_party_not_in_the_dialogue_is_refused(pair, tmp_path, edit, refusal):  # noqa: F811
    """A line of a party the version also named, or one of a version naming none, was taken, and never printed (the minutes
    print the dialogue's parties' lines): a delegate could be agreed away without anyone seeing it go."""
    fr, ml = pair
    assert forged(fr, ml, tmp_path, edit(mali_texts(ml))) == VERSION + refusal + TAIL


@pytest.mark.parametrize(
    ("number", "edit", "refusal"),
    [
        (2, title_fr("\x1b[2JPolitique des visas"), "texts.items[0].title.fr: contains control characters that cannot be stored."),
        (1, garbled, "texts.delegations[0]: the delegation line frozen in version 1 is not in the form Consult writes it."),
    ],
    ids=["escape-in-a-title", "garbled-line"],
)
def test_a_version_edited_with_the_shell_is_named_with_the_place_in_its_texts(two_versions, number, edit, refusal):
    """The record check kept only what followed the place ('The minutes of ML-FR session 3: contains control characters
    that cannot be stored.'): which text of which version was not said."""
    from consult_app.ops.workspaces import check

    shell_edited(two_versions, edit, rehash=True, number=number)
    assert check(two_versions).problems == [f"Minutes: {WHERE}: {refusal}"]
