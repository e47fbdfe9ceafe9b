"""A party's plain and protocol names, changed through ``ops.parties``: kept, refused in one sentence naming the field, and
held to the exchange's rights (a field copy or the other delegation cannot rename our parties)."""

from __future__ import annotations

import copy
import sqlite3

import pytest

from consult_app.domain.errors import ConsultError, Invalid
from consult_app.domain.model import PartyName
from consult_app.ops import parties as parties_ops
from consult_app.store import Workspace
from consult_app.store.sync import export_packet, find_peer, import_packet

from ..documents import minutes_pdf
from ..reports.test_documents import flat
from .test_counterpart import pair as counterparts  # noqa: F401  (a fixture)
from .test_counterpart import send
from .test_packet_rights import export_forced, pair, sender_refusal  # noqa: F401  (pair: a fixture)

FRENCH = PartyName("France", "la", "République française", "la", "française")


def france(ws: Workspace):
    d = ws.dialogue_by_code("ML-FR")
    return d, copy.deepcopy(d.party_by_code("FR"))


def party_row(path) -> tuple:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT p.name, p.names FROM parties p JOIN dialogues d ON d.id = p.dialogue_id WHERE d.code = 'ML-FR' AND p.code = 'FR'"
        ).fetchone()
    finally:
        conn.close()


def test_a_change_persists_and_the_minutes_print_it(demo_path):
    with Workspace.open(demo_path) as ws:
        heard = []
        ws.listeners.append(heard.append)
        d, fr = france(ws)
        fr.name = "République française"
        fr.names["fr"] = PartyName("France", "la", "République française et démocratique", "la", "française")
        parties_ops.update_parties(ws, d.id, [fr])
        assert heard == ["dialogue"]  # one transaction, one change event
    with Workspace.open(demo_path, readonly=True) as ws:
        _d, fr = france(ws)
        assert fr.name == "République française" and fr.is_home and fr.code == "FR"
        assert fr.names["fr"].formal == "République française et démocratique"
        assert fr.names["en"].formal == "French Republic"  # the names of a language that is not a working one stay
        assert "Pour la République française et démocratique" in flat(minutes_pdf(ws, "ML-FR", 3))
        assert _d.id in [hit.item_id for hit in ws.search("République française") if hit.kind == "dialogue"]  # the search index follows


def test_a_language_with_every_form_empty_prints_the_plain_name(demo):
    d, fr = france(demo)
    fr.names["fr"] = PartyName()
    parties_ops.update_parties(demo, d.id, [fr])
    assert "fr" not in demo.dialogue(d.id).party_by_code("FR").names
    assert "Pour France" in flat(minutes_pdf(demo, "ML-FR", 3))


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda p: setattr(p, "name", "  "), "parties[0].name: must not be empty."),
        (
            lambda p: p.names.update(fr=PartyName("France", "lo", "République française", "la", "française")),
            "parties[0].names.fr.article: 'lo' is not an article of this language (use one of: le, la, les, l', l’; or none).",
        ),
        (
            lambda p: p.names.update(fr=PartyName("France", "la", "République française", "The", "française")),
            "parties[0].names.fr.formal_article: 'The' is not an article of this language (use one of: le, la, les, l', l’; or none).",
        ),
        (
            lambda p: p.names.update(fr=PartyName("France", "la", "R" * 301, "la", "française")),
            "parties[0].names.fr.formal: is 301 characters long; the limit is 300.",
        ),
        (
            lambda p: p.names.update(fr=PartyName("France", "la", "République française", "la", "fran\x1bçaise")),
            "parties[0].names.fr.adjective: contains control characters that cannot be stored.",
        ),
        (
            lambda p: p.names.update(de=PartyName("Frankreich", "", "Französische Republik", "die", "französische")),
            "parties[0].names.de: 'de' is not a working language of this dialogue (fr).",
        ),
        (
            lambda p: p.names.update(en=PartyName("France", "", "Republic of France", "the", "French")),
            "parties[0].names.en: 'en' is not a working language of this dialogue (fr).",
        ),
        (lambda p: setattr(p, "id", "not-a-party-of-ML-FR"), "parties: FR is not a party to ML-FR."),
    ],
)
def test_a_refusal_names_the_field_and_changes_nothing(demo_path, change, message):
    saved, row = demo_path.read_bytes(), party_row(demo_path)
    with Workspace.open(demo_path) as ws:
        d, fr = france(ws)
        ml = copy.deepcopy(d.party_by_code("ML"))
        ml.name = "Mali (changed in the same step)"
        change(fr)
        with pytest.raises(Invalid) as err:
            parties_ops.update_parties(ws, d.id, [ml, fr])
        assert str(err.value) == message
    assert party_row(demo_path) == row
    assert demo_path.read_bytes() == saved  # not one byte written: Mali's change went with France's refusal


def test_a_party_of_another_dialogue_is_not_renamed_through_this_one(demo):
    d = demo.dialogue_by_code("ML-FR")
    italy = copy.deepcopy(demo.dialogue_by_code("IT-AL").party_by_code("IT"))
    italy.name = "Italia"
    with pytest.raises(Invalid, match=r"^parties: IT is not a party to ML-FR\.$"):
        parties_ops.update_parties(demo, d.id, [italy])
    assert demo.dialogue_by_code("IT-AL").party_by_code("IT").name == "Italy"


def test_a_field_copy_cannot_rename_our_parties(pair):  # noqa: F811
    s, a = pair
    with Workspace.open(a) as ws:
        d, fr = france(ws)
        fr.names["fr"] = PartyName("France", "la", "République bananière", "la", "française")
        parties_ops.update_parties(ws, d.id, [fr])  # its own file is its own
    assert sender_refusal(a).startswith("Secretariat would refuse this packet (party FR of ML-FR: a field copy may not change parties)")
    saved, row = s.read_bytes(), party_row(s)
    with Workspace.open(s) as ws:
        with pytest.raises(ConsultError) as err:
            import_packet(ws, export_forced(a), name="a1.packet")
        assert find_peer(ws, "Bamako embassy").received == 0
    assert str(err.value) == "party FR of ML-FR: a field copy may not change parties: packet refused, nothing was imported (a1.packet from Bamako embassy)."
    assert (s.read_bytes(), party_row(s)) == (saved, row)


def test_the_secretariat_renames_its_parties_on_its_field_copies(pair):  # noqa: F811
    s, a = pair
    with Workspace.open(s) as ws:
        d, fr = france(ws)
        fr.names["fr"] = PartyName("France", "la", "République française et démocratique", "la", "française")
        parties_ops.update_parties(ws, d.id, [fr])
        data, _header = export_packet(ws, "Bamako embassy")
    with Workspace.open(a) as ws:
        import_packet(ws, data, name="s1.packet")
        assert france(ws)[1].names["fr"].formal == "République française et démocratique"


def test_our_renaming_stays_home_and_theirs_is_refused(counterparts):  # noqa: F811
    fr_path, ml_path = counterparts
    with Workspace.open(fr_path) as ws:
        d, fr = france(ws)
        fr.names["fr"] = PartyName(**{**FRENCH.as_dict(), "formal": "République française et démocratique"})
        parties_ops.update_parties(ws, d.id, [fr])
    header = send(fr_path, ml_path)
    assert header["kept"] == ["party FR of ML-FR: a counterpart secretariat may not change parties"]
    with Workspace.open(ml_path, readonly=True) as ws:
        assert france(ws)[1].names["fr"].formal == "République française"
    with Workspace.open(ml_path) as ws:  # Mali renames France in its own file: that too stays there
        d, fr = france(ws)
        fr.name = "La France"
        parties_ops.update_parties(ws, d.id, [fr])
        assert export_packet(ws)[1]["kept"] == ["party FR of ML-FR: a counterpart secretariat may not change parties"]
    with Workspace.open(fr_path, readonly=True) as ws:
        assert france(ws)[1].name == "France"
