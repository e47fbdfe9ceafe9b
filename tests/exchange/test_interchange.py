import copy
import json

import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consult_app.domain.errors import ConsultError, NewerVersion
from consult_app.exchange.interchange import InterchangeError, dumps, export_file, from_document, parse, read_file, schema, to_document
from consult_app.ops.workspaces import demo_text
from consult_app.store import Workspace


@pytest.fixture(scope="module")
def demo_doc():
    return json.loads(demo_text())


def text_of(doc):
    return json.dumps(doc, ensure_ascii=False)


class TestRoundTrip:
    def test_export_import_export_is_byte_identical(self, demo, tmp_path):
        first = tmp_path / "first.json"
        export_file(demo.bundle(), first)
        with Workspace.create(tmp_path / "copy.consult") as copy_ws:
            copy_ws.load(read_file(first))
            second = tmp_path / "second.json"
            export_file(copy_ws.bundle(), second)
        assert first.read_bytes() == second.read_bytes()

    def test_one_dialogue_round_trips_with_its_people(self, demo, tmp_path):
        d = demo.dialogue_by_code("ML-FR")
        out = tmp_path / "mlfr.json"
        export_file(demo.bundle(d.id), out)
        doc = json.loads(out.read_text("utf-8"))
        assert [x["code"] for x in doc["dialogues"]] == ["ML-FR"]
        assert {p["name"] for p in doc["people"]} >= {"Mamadou Traoré", "Dominique Laurent"}
        assert "Giulia Bianchi" not in {p["name"] for p in doc["people"]}
        with Workspace.create(tmp_path / "one.consult") as one:
            one.load(read_file(out))
            export_file(one.bundle(), tmp_path / "again.json")
        assert (tmp_path / "again.json").read_bytes() == out.read_bytes()

    def test_demo_file_is_in_canonical_form_and_valid(self, demo_doc):
        jsonschema.Draft202012Validator.check_schema(schema())
        jsonschema.validate(demo_doc, schema())
        assert dumps(to_document(parse(demo_text()))) == demo_text()

    def test_unicode_survives(self, demo, tmp_path):
        out = tmp_path / "x.json"
        export_file(demo.bundle(), out)
        text = out.read_text("utf-8")
        for name in ("Ștefan Țurcanu", "Bakanlığı", "Ђорђе", "Keïta"):
            assert name in text


def refused(doc_or_text) -> str:
    text = doc_or_text if isinstance(doc_or_text, str) else text_of(doc_or_text)
    with pytest.raises(ConsultError) as err:
        parse(text)
    return str(err.value)


class TestRefused:
    def test_not_json(self):
        assert refused("{not json") == "not JSON: Expecting property name enclosed in double quotes at line 1, column 2."

    def test_not_our_format(self):
        assert refused({"hello": 1}) == 'format: this is not a Consult interchange file (expected "format": "consult-interchange").'
        assert refused([1, 2]).startswith("format: this is not a Consult interchange file")

    def test_newer_format_version(self, demo_doc):
        doc = dict(demo_doc, format_version=2)
        with pytest.raises(NewerVersion) as err:
            parse(text_of(doc))
        assert str(err.value) == ("format_version: the file is format version 2, written by a newer Consult; this version reads up to 1.")

    def test_impossible_date(self, demo_doc):
        doc = copy.deepcopy(demo_doc)
        doc["dialogues"][2]["sessions"][2]["starts_on"] = "2001-13-01"
        assert refused(doc) == "dialogues[2].sessions[2].starts_on: not a date: '2001-13-01'."

    def test_missing_field(self, demo_doc):
        doc = copy.deepcopy(demo_doc)
        del doc["dialogues"][0]["commitments"][1]["ref"]
        assert refused(doc) == "dialogues[0].commitments[1]: missing field 'ref'."

    def test_mistyped_field(self, demo_doc):
        doc = copy.deepcopy(demo_doc)
        doc["dialogues"][0]["sessions"][0]["number"] = "one"
        assert refused(doc) == "dialogues[0].sessions[0].number: expected a whole number, found text 'one'."

    def test_unknown_field(self, demo_doc):
        doc = copy.deepcopy(demo_doc)
        doc["dialogues"][1]["colour"] = "blue"
        assert refused(doc) == "dialogues[1]: unknown field 'colour'."

    def test_unknown_enumeration_value(self, demo_doc):
        doc = copy.deepcopy(demo_doc)
        doc["dialogues"][0]["sessions"][1]["state"] = "postponed"
        assert refused(doc) == ("dialogues[0].sessions[1].state: 'postponed' is not one of: planned, agenda_agreed, held, minutes_agreed.")

    def test_dangling_reference(self, demo_doc):
        doc = copy.deepcopy(demo_doc)
        doc["dialogues"][2]["commitments"][0]["party"] = "no-such-party"
        assert refused(doc) == "dialogues[2].commitments[0].party: refers to party 'no-such-party', which is not in the file."

    def test_session_that_ends_before_it_starts(self, demo_doc):
        doc = copy.deepcopy(demo_doc)
        s = doc["dialogues"][2]["sessions"][0]
        s["ends_on"] = "2001-05-01"
        assert refused(doc) == "dialogues[2].sessions[0].ends_on: the session ends (2001-05-01) before it starts (2001-05-14)."

    def test_status_not_on_the_scale(self, demo_doc):
        doc = copy.deepcopy(demo_doc)
        doc["dialogues"][2]["commitments"][0]["events"][0]["status"] = "great"
        assert refused(doc) == (
            "dialogues[2].commitments[0].events[0].status: 'great' is not on this dialogue's status scale "
            "(use one of: not_started, on_track, at_risk, off_track, completed, dropped)."
        )

    def test_duplicate_reference(self, demo_doc):
        doc = copy.deepcopy(demo_doc)
        doc["dialogues"][2]["commitments"][1]["ref"] = doc["dialogues"][2]["commitments"][0]["ref"]
        assert refused(doc) == ("dialogues[2].commitments[1].ref: the reference 'MLFR-2001-01' is already used at dialogues[2].commitments[0].")

    def test_duplicate_id(self, demo_doc):
        doc = copy.deepcopy(demo_doc)
        doc["people"][1]["id"] = doc["people"][0]["id"]
        assert refused(doc).startswith("people[1].id: the id ")

    def test_control_characters_in_a_text(self, demo_doc):
        doc = copy.deepcopy(demo_doc)
        doc["dialogues"][2]["commitments"][0]["events"][0]["note"] = "bell\x07"
        assert refused(doc) == "dialogues[2].commitments[0].events[0].note: contains control characters that cannot be stored."

    def test_out_of_range_date(self, demo_doc):
        doc = copy.deepcopy(demo_doc)
        doc["dialogues"][2]["commitments"][0]["due_on"] = "0999-01-01"
        assert refused(doc) == "dialogues[2].commitments[0].due_on: 0999-01-01 is outside the years 1900–2199."

    def test_agenda_loop(self, demo_doc):
        doc = copy.deepcopy(demo_doc)
        agenda = doc["dialogues"][2]["sessions"][2]["agenda"]
        agenda[0]["parent"] = agenda[1]["id"]
        agenda[1]["parent"] = agenda[0]["id"]
        assert refused(doc) == "dialogues[2].sessions[2].agenda[0].parent: the sub-items form a loop."

    def test_not_utf8(self, tmp_path):
        path = tmp_path / "latin1.json"
        path.write_bytes('{"format": "Consult é"}'.encode("latin-1"))
        with pytest.raises(InterchangeError, match="is not UTF-8 text"):
            read_file(path)

    def test_refused_file_leaves_the_workspace_unchanged(self, demo, demo_doc, tmp_path):
        before = dumps(to_document(demo.bundle()))
        doc = copy.deepcopy(demo_doc)
        doc["dialogues"][0]["code"] = "NEW"
        doc["dialogues"][0]["commitments"][0]["due_on"] = "yesterday"
        bad = tmp_path / "bad.json"
        bad.write_text(text_of(doc), "utf-8")
        with pytest.raises(ConsultError):
            demo.load(read_file(bad))
        assert dumps(to_document(demo.bundle())) == before


# ---------------------------------------------------------------- hypothesis

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_is_refused_cleanly(text):
    try:
        parse(text)
    except ConsultError as exc:
        assert "\n" not in str(exc)


@settings(max_examples=100, deadline=None)
@given(json_values)
def test_arbitrary_json_is_refused_cleanly(value):
    with pytest.raises(ConsultError):
        parse(json.dumps(value))


class TestAudienceFields:
    """Every piece of content says who may read it, in the file too (docs/interchange.md)."""

    def test_audience_and_contact_fields_travel(self, demo, tmp_path):
        out = tmp_path / "x.json"
        export_file(demo.bundle(), out)
        doc = json.loads(out.read_text("utf-8"))
        mlfr = next(d for d in doc["dialogues"] if d["code"] == "ML-FR")
        assert mlfr["markings"] == {"fr": "DIFFUSION RESTREINTE"}
        todo = next(a for a in mlfr["actions"] if a["description"].startswith("Préparer la note ministérielle"))
        assert todo["visibility"] == "internal"
        fund = next(c for c in mlfr["commitments"] if c["ref"] == "MLFR-2002-01")
        assert [e["visibility"] for e in fund["events"]] == ["joint", "internal"]
        assert {m["visibility"] for i in fund["indicators"] for m in i["measurements"]} == {"internal"}
        claire = next(p for p in doc["people"] if p["name"] == "Claire Moreau")
        assert claire["email"].startswith("claire.moreau@")

    def test_joint_content_under_an_internal_commitment_is_refused_where_it_is(self, demo_doc):
        doc = copy.deepcopy(demo_doc)
        mlfr = next(n for n, d in enumerate(doc["dialogues"]) if d["code"] == "ML-FR")
        cn = next(n for n, c in enumerate(doc["dialogues"][mlfr]["commitments"]) if c["visibility"] == "internal")
        doc["dialogues"][mlfr]["commitments"][cn]["events"][0]["visibility"] = "joint"
        assert refused(doc) == (
            f"dialogues[{mlfr}].commitments[{cn}].events[0].visibility: "
            "this belongs to an internal commitment, so it cannot be shared with the other delegation."
        )

    def test_an_unknown_audience_is_refused(self, demo_doc):
        doc = copy.deepcopy(demo_doc)
        doc["dialogues"][0]["actions"][0]["visibility"] = "public"
        assert refused(doc) == "dialogues[0].actions[0].visibility: 'public' is not one of: joint, internal."

    def test_a_joint_export_is_the_joint_view(self, demo, tmp_path):
        from ..documents import export_to

        out = tmp_path / "joint.json"
        assert export_to(demo, out, audience="joint") == f"Wrote 5 dialogues (joint edition) to {out}."
        text = out.read_text("utf-8")
        for internal in ("Préparer la note ministérielle", "MLFR-2002-04", "Reconnaître le retard", "claire.moreau@", "arbitrage du ministre"):
            assert internal not in text
        with Workspace.create(tmp_path / "theirs.consult") as theirs:  # what the other side would load
            theirs.load(read_file(out))
            assert len(theirs.commitments()) == 20


# ---------------------------------------------------------------- protocol names and the brief's front


def test_party_protocol_names_travel_and_read_back(demo):
    mali = next(p for p in demo.dialogue_by_code("ML-FR").parties if p.code == "ML")
    assert mali.names["fr"].formal == "République du Mali" and mali.names["fr"].article == "le" and mali.names["es"].short == "Malí"
    item = next(i for i in demo.bundle(demo.dialogue_by_code("ML-FR").id).items if i.red_lines)
    assert item.their_asks and item.red_lines


def test_files_without_protocol_names_or_front_fields_still_read(demo_doc):
    doc = copy.deepcopy(demo_doc)
    for d in doc["dialogues"]:
        for p in d["parties"]:
            del p["names"]
        for s in d["sessions"]:
            for i in s["agenda"]:
                del i["internal"]["their_asks"], i["internal"]["red_lines"]
    b = from_document(doc)
    assert all(p.names == {} for d in b.dialogues for p in d.parties)
    assert all(i.their_asks == "" for i in b.items)


def test_bad_protocol_names_are_refused_where_they_are(demo_doc):
    doc = copy.deepcopy(demo_doc)
    doc["dialogues"][2]["parties"][1]["names"]["fr"] = {"article": "le"}
    assert refused(doc) == "dialogues[2].parties[1].names.fr: missing field 'short'."
    doc["dialogues"][2]["parties"][1]["names"]["fr"] = {"short": "Mali", "gender": "m"}
    assert refused(doc) == "dialogues[2].parties[1].names.fr: unknown field 'gender'."
    doc["dialogues"][2]["parties"][1]["names"]["fr"] = {"short": "Mali\u0007"}
    assert refused(doc).startswith("dialogues[2].parties[1].names.fr.short: ")
