"""The rules of negotiated minutes, on plain values: proposals applied, word redlines, hashes, the state machine, assessments."""

from __future__ import annotations

import datetime as dt

import pytest

from consult_app.domain import negotiation as N
from consult_app.domain.errors import Invalid
from consult_app.domain.model import AgendaItem, MinutesState, Session, StatusEvent
from consult_app.domain.rules import assessed_differently, own_events

TEXT = "Les deux parties ont examiné la politique des visas."


@pytest.mark.parametrize(
    "op, passage, new, result",
    [
        ("replace", "examiné", "évalué ensemble", "Les deux parties ont évalué ensemble la politique des visas."),
        ("delete", " la politique", "", "Les deux parties ont examiné des visas."),
        ("delete", "deux ", "", "Les parties ont examiné la politique des visas."),
        ("insert", "visas", "depuis 1997", "Les deux parties ont examiné la politique des visas depuis 1997."),
        ("insert", "", "Elles en reparleront.", TEXT + " Elles en reparleront."),
        ("comment", "", "", TEXT),
    ],
)
def test_a_proposal_applies_to_its_passage(op, passage, new, result):
    assert N.apply(TEXT, op, passage, new) == result


def test_a_passage_must_be_found_once():
    with pytest.raises(Invalid, match="^passage: «consulté» is not in the text as it stands; quote it exactly, or edit the proposal.$"):
        N.apply(TEXT, "replace", "consulté", "x")
    with pytest.raises(Invalid, match="^passage: «es» occurs 3 times in the text; quote more of it so it occurs once.$"):
        N.apply(TEXT, "delete", "es", "")


def test_word_diff_pairs_deletions_with_insertions():
    pieces = N.word_diff(TEXT, "Les deux parties ont évalué ensemble la politique des visas.")
    assert [(p.kind, p.text) for p in pieces] == [
        ("equal", "Les deux parties ont "),
        ("delete", "examiné"),
        ("insert", "évalué ensemble"),
        ("equal", " la politique des visas."),
    ]
    assert "".join(p.text for p in pieces if p.kind != "insert") == TEXT


def version(texts_items, number=1, session="s"):
    texts = {"dialogue": "d", "session": session, "version": number, "items": texts_items}
    return N.MinutesVersion(session, number, "fr", texts, N.content_hash(texts), "2003-06-17T10:00:00Z")


def test_a_version_is_its_hash_and_a_changed_text_is_caught():
    v = version([{"id": "i", "number": "1", "title": {"fr": "T"}, "summary": {"fr": TEXT}, "conclusions": {}}])
    N.check_version(v)
    v.texts["items"][0]["summary"]["fr"] = "FORGED"
    with pytest.raises(Invalid, match=r"^hash: the texts of version 1 do not match their hash \(they were changed after it was circulated\).$"):
        N.check_version(v)


def test_agreement_needs_every_party_on_the_latest_hash():
    v1 = version([], 1)
    v2 = version([{"id": "i", "number": "1", "title": {"fr": "T"}, "summary": {}, "conclusions": {}}], 2)
    sign = lambda party, v: N.SignOff("s", party, "h", v.hash, "2003-06-17T10:00:00Z", version_id=v.id)  # noqa: E731
    assert N.agreed_hash([v1, v2], [sign("fr", v1), sign("ml", v1)], ["fr", "ml"]) is None  # agreed on an old version: not agreed
    assert N.agreed_hash([v1, v2], [sign("fr", v2)], ["fr", "ml"]) is None
    assert N.agreed_hash([v1, v2], [sign("fr", v2), sign("ml", v2)], ["fr", "ml"]) == v2
    assert N.agreed_hash([v1, v2], [sign("fr", v2), sign("ml", v2)], ["fr", "ml", "us"]) is None  # three parties, three sign-offs


def test_the_record_decides_the_state():
    item = AgendaItem("s", {"fr": "T"}, summary={"fr": TEXT}, id="i")
    v = version([{"id": "i", "number": "1", "title": {"fr": "T"}, "summary": {"fr": TEXT}, "conclusions": {}}])
    signed = [N.SignOff("s", p, "h", v.hash, "2003-06-17T10:00:00Z", version_id=v.id) for p in ("fr", "ml")]
    session = Session("d", 3, dt.date(2003, 6, 16), dt.date(2003, 6, 17), minutes_state=MinutesState.DRAFT, id="s")
    with pytest.raises(Invalid, match=r"^M were agreed \(version 1, signed off by every party\): they cannot be 'draft', which would set them back.$"):
        N.check_record("M", session, [item], [v], signed, [], ["fr", "ml"])
    session.minutes_state = MinutesState.AGREED
    N.check_record("M", session, [item], [v], signed, [], ["fr", "ml"])
    with pytest.raises(Invalid, match="^M have circulated versions but not every party's sign-off of the last one: they are circulated, not 'agreed'.$"):
        N.check_record("M", session, [item], [v], signed[:1], [], ["fr", "ml"])
    item.summary = {"fr": "Autre"}
    with pytest.raises(Invalid, match=r"^M differ from the agreed version 1 \(item 1 summary \[fr\]\): agreed texts change only by amendment.$"):
        N.check_record("M", session, [item], [v], signed, [], ["fr", "ml"])


def test_refusals_say_what_to_do_instead():
    assert str(N.refuse_state(MinutesState.CIRCULATED, MinutesState.DRAFT, "The minutes")) == (
        "The minutes have been circulated: they cannot be set back to draft; edit the texts and circulate the next version."
    )
    assert str(N.refuse_state(MinutesState.DRAFT, MinutesState.AGREED, "The minutes")) == (
        "The minutes become agreed when every head of delegation has signed off the same version: sign them off instead."
    )


def test_each_partys_assessment_is_its_own():
    e = lambda status, day, party: StatusEvent("c", dt.date(2003, 1, day), status, recorded_at="2003-01-01T00:00:00Z", party_id=party, id=f"{party}{day}")  # noqa: E731
    events = [e("on_track", 1, "fr"), e("at_risk", 5, "ml"), e("on_track", 3, None)]
    assert [x.id for x in own_events(events, "fr")] == ["fr1", "None3"]  # no party: the home party's
    found = assessed_differently(events, "fr")
    assert {p: x.status for p, x in found.items()} == {"fr": "on_track", "ml": "at_risk"}
    assert assessed_differently([e("on_track", 1, "fr"), e("on_track", 2, "ml")], "fr") == {}
    assert [x.id for x in own_events([e("at_risk", 5, "ml")], "fr")] == ["ml5"]  # only theirs: theirs is all there is


def test_a_delegation_lines_colon_follows_the_readers_language():
    """'France: …' in English and Spanish; in French with a no-break space before the colon, as French is printed."""
    line = {"party": "p1", "name": "Dominique Laurent", "title": "Ministre délégué", "role": "", "head": True}
    said = {lang: N.line_text("delegations", line, lambda _pid: "France", lambda _r, _h: "Head of delegation", str, lang) for lang in ("en", "fr", "es")}
    assert said["en"] == said["es"] == "France: Dominique Laurent, Ministre délégué (Head of delegation)"
    assert said["fr"] == "France\u00a0: Dominique Laurent, Ministre délégué (Head of delegation)"


def test_a_redline_quotes_as_the_readers_language_does():
    """«évalué» in English and Spanish; in French with a no-break space inside each guillemet, the words left as they are."""
    from consult_app.domain.language import quoted

    assert quoted("évalué ?", "en") == quoted("évalué ?", "es") == "«évalué ?»"
    assert quoted("évalué ?", "fr") == "«\u00a0évalué ?\u00a0»"
