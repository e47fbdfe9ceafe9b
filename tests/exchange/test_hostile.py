"""Hostile interchange files: every one refused whole, in one located sentence, the workspace untouched.

Crafted the way THREATS.md describes: NaN and Infinity, integers of 400
digits, lone surrogates, NUL and ESC, dates in the year 9999, a 50 MB text,
a 500 MB file, a FIFO — and, with hypothesis, any of those anywhere in a
valid document.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from consult_app import cli
from consult_app.domain import validate
from consult_app.domain.errors import ConsultError
from consult_app.domain.model import Measurement
from consult_app.exchange import interchange
from consult_app.exchange.interchange import (
    MAX_CONTAINERS,
    MAX_FILE_BYTES,
    MAX_VALUES,
    InterchangeError,
    export_file,
    parse,
    read_file,
    scan,
    schema,
    to_document,
)
from consult_app.ops.workspaces import demo_text
from consult_app.store import Workspace

from ..conftest import ROOT, private_home, run_cli
from ..effort import effort

sys.path.insert(0, str(ROOT / "bench"))
from hostile_bench import huge_text_file, run  # noqa: E402  (the benchmark makes the same files, larger, and measures the same way)

DEMO = json.loads(demo_text())


def refused(doc_or_text, *, ascii_only: bool = False) -> str:
    """The sentence a document (or JSON text) is refused with."""
    text = doc_or_text if isinstance(doc_or_text, str) else json.dumps(doc_or_text, ensure_ascii=ascii_only)
    with pytest.raises(ConsultError) as err:
        parse(text)
    return str(err.value)


def changed(path: tuple, value) -> dict:
    """The demo document with the value at ``path`` replaced."""
    doc = copy.deepcopy(DEMO)
    parent = doc
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = value
    return doc


INDICATOR = ("dialogues", 0, "commitments", 0, "indicators", 0)
EVENT = ("dialogues", 0, "commitments", 0, "events", 0)
ITEM = ("dialogues", 0, "sessions", 1, "agenda", 0)


class TestNumbers:
    @pytest.mark.parametrize(
        "path, literal, sentence",
        [
            ((*INDICATOR, "baseline", "value"), "Infinity", "dialogues[0].commitments[0].indicators[0].baseline.value: Infinity is not a finite number."),
            ((*INDICATOR, "target", "value"), "-Infinity", "dialogues[0].commitments[0].indicators[0].target.value: -Infinity is not a finite number."),
            ((*INDICATOR, "measurements", 0, "value"), "NaN", "dialogues[0].commitments[0].indicators[0].measurements[0].value: NaN is not a finite number."),
            (
                (*INDICATOR, "measurements", 0, "value"),
                "1e999",
                "dialogues[0].commitments[0].indicators[0].measurements[0].value: 1e999 is outside the range of figures "
                "Consult stores (±1,000,000,000,000,000).",
            ),
            (
                (*INDICATOR, "baseline", "value"),
                str(10**400),
                "dialogues[0].commitments[0].indicators[0].baseline.value: 100000000000… (401 characters) is outside the range "
                "of figures Consult stores (±1,000,000,000,000,000).",
            ),
            (
                ("dialogues", 1, "sessions", 0, "number"),
                "-" + "9" * 5000,
                "dialogues[1].sessions[0].number: -99999999999… (5,001 characters) is outside the range of figures Consult stores (±1,000,000,000,000,000).",
            ),
            (
                (*INDICATOR, "target", "value"),
                "1e16",
                "dialogues[0].commitments[0].indicators[0].target.value: 1e+16 is outside the range of figures Consult stores (±1,000,000,000,000,000).",
            ),
            (  # found by hypothesis: a field name holding a line break must not break the one-line message
                ("dialogues", 0, "parties", 1, "is_home"),
                '{"\\n": 1000000000000001.0}',
                "dialogues[0].parties[1].is_home.\\n: 1000000000000001.0 is outside the range of figures Consult stores (±1,000,000,000,000,000).",
            ),
        ],
    )
    def test_numbers_that_are_not_figures(self, path, literal, sentence):
        text = json.dumps(changed(path, "@@here@@"), ensure_ascii=False).replace('"@@here@@"', literal)
        assert refused(text) == sentence

    def test_whole_numbers_have_their_own_range(self):
        assert refused(changed((*ITEM, "position"), 10**9)) == (
            "dialogues[0].sessions[1].agenda[0].position: 1000000000 is not a whole number between 0 and 100,000."
        )
        assert refused(changed(("dialogues", 1, "sessions", 0, "number"), 10_001)) == (
            "dialogues[1].sessions[0].number: 10001 is not a whole number between 1 and 10,000."
        )

    def test_a_huge_format_version_is_not_a_newer_version(self):
        assert refused(changed(("format_version",), 10**400)).startswith("format_version: 100000000000… (401 characters) is outside")


class TestTexts:
    @pytest.mark.parametrize(
        "path, value, sentence",
        [
            ((*EVENT, "evidence"), "a\x00b", "dialogues[0].commitments[0].events[0].evidence: contains control characters that cannot be stored."),
            ((*EVENT, "author"), "\x1b[2J\x1b[31mpwned", "dialogues[0].commitments[0].events[0].author: contains control characters that cannot be stored."),
            (
                ("dialogues", 0, "commitments", 3, "text", "fr"),
                "Le fonds\ud800",
                "dialogues[0].commitments[3].text.fr: contains broken Unicode (a lone surrogate) that cannot be stored.",
            ),
            (("people", 0, "id"), "\udc00", "people[0].id: contains broken Unicode (a lone surrogate) that cannot be stored."),
            (("dialogues", 0, "sessions", 0, "state"), "held\x00", "dialogues[0].sessions[0].state: contains control characters that cannot be stored."),
            (("dialogues", 0, "colour\x1b[31m"), "red", "dialogues[0]: the field name 'colour\\u001b[31m' contains control characters that cannot be stored."),
        ],
    )
    def test_control_characters_and_lone_surrogates_in_any_string(self, path, value, sentence):
        assert refused(changed(path, value), ascii_only=True) == sentence

    @pytest.mark.parametrize(
        "path, limit",
        [
            (("dialogues", 0, "commitments", 3, "text", "fr"), validate.TEXT),
            ((*ITEM, "internal", "lines_to_take"), validate.TEXT),
            ((*ITEM, "internal", "notes"), validate.NOTE),
            ((*EVENT, "evidence"), validate.NOTE),
            ((*EVENT, "note"), validate.NOTE),
            (("dialogues", 0, "actions", 0, "description"), validate.TEXT),
            (("dialogues", 0, "commitments", 0, "ref"), validate.REF),
            (("dialogues", 0, "code"), validate.CODE),
            (("people", 0, "name"), validate.NAME),
            ((*INDICATOR, "measurements", 0, "source"), validate.TITLE),
        ],
    )
    def test_over_long_texts(self, path, limit):
        where = interchange.path_text(path)
        assert refused(changed(path, "x" * (limit + 1))) == f"{where}: is {limit + 1:,} characters long; the limit is {limit:,}."


class TestDates:
    @pytest.mark.parametrize(
        "path, value",
        [
            ((*INDICATOR, "measurements", 0, "measured_on"), "9999-12-31"),
            ((*INDICATOR, "baseline", "on"), "1899-12-31"),
            ((*INDICATOR, "target", "on"), "2200-01-01"),
            ((*EVENT, "effective_on"), "0001-01-01"),
            (("dialogues", 0, "commitments", 0, "due_on"), "9999-12-31"),
            (("dialogues", 0, "actions", 0, "due_on"), "2200-01-01"),
            (("dialogues", 0, "instrument", "signed_on"), "0001-01-01"),
            (("dialogues", 1, "sessions", 0, "ends_on"), "9999-12-31"),
        ],
    )
    def test_every_date_lies_in_1900_to_2199(self, path, value):
        assert refused(changed(path, value)) == f"{interchange.path_text(path)}: {value} is outside the years 1900–2199."

    def test_an_amendment_dated_year_one(self):
        item_id = DEMO["dialogues"][0]["sessions"][1]["agenda"][0]["id"]
        amendment = {
            "id": "a-1",
            "agenda_item": item_id,
            "field": "summary",
            "lang": "fr",
            "old_text": "",
            "new_text": "Texte",
            "amended_on": "0001-01-01",
            "reason": "Coquille",
        }
        assert refused(changed(("dialogues", 0, "sessions", 1, "amendments"), [amendment])) == (
            "dialogues[0].sessions[1].amendments[0].amended_on: 0001-01-01 is outside the years 1900–2199."
        )

    def test_recorded_at_must_be_an_iso_utc_timestamp(self):
        assert refused(changed((*EVENT, "recorded_at"), "not a timestamp")) == (
            "dialogues[0].commitments[0].events[0].recorded_at: 'not a timestamp' is not an ISO-8601 UTC timestamp (for example 2003-03-31T12:00:00Z)."
        )


# ------------------------------------------------------------ files on disk


@pytest.fixture
def target(tmp_path) -> Path:
    path = tmp_path / "target.consult"
    Workspace.create(path).close()
    return path


def test_a_50_mb_text_is_refused_with_its_place_and_the_workspace_bytes_are_unchanged(tmp_path, target):
    bad = huge_text_file(tmp_path / "evidence.json", 50 * 10**6)
    before = target.read_bytes()
    result = run_cli("import", target, bad)
    assert result.returncode == 1
    assert result.stderr == (
        "consult-app: dialogues[0].commitments[0].events[0].evidence: is 50,000,000 bytes long; no text may be longer than 100,000 characters.\n"
    )
    assert target.read_bytes() == before


def test_a_huge_text_is_never_loaded(tmp_path, target):
    """Refusing a 50 MB text costs no more memory than refusing a one-line file: it is scanned, not read in."""
    tiny = tmp_path / "tiny.json"
    tiny.write_text('{"format": "consult-interchange", "format_version": 1, "people": [], "dialogues": [1]}')
    _seconds, baseline, _code, message = run("import", target, tiny)  # peak memory in MB, from the kernel (wait4)
    assert message.startswith("consult-app: dialogues[0]: expected an object")
    _seconds, peak, _code, message = run("import", target, huge_text_file(tmp_path / "big.json", 50 * 10**6))
    assert "evidence: is 50,000,000 bytes long" in message
    assert peak - baseline < 30, (baseline, peak)  # a few 4 MB chunks, not the 50 MB text


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, target):
    big = tmp_path / "big.json"
    with big.open("wb") as fh:
        fh.truncate(500 * 10**6)  # sparse: 500 MB on paper, nothing on disk
    with pytest.raises(InterchangeError) as err:
        read_file(big)
    assert str(err.value) == ("big.json is 500 MB; Consult reads interchange files of up to 450 MB (export a larger workspace one dialogue at a time).")
    assert MAX_FILE_BYTES == 450_000_000


def test_the_size_limits_leave_room_for_the_ministry_sized_benchmark():
    # Measured on bench/generate.py large (50 dialogues, 500,000 status events): its export is 297,095,591 bytes
    # with 677,451 "{", 155,852 "[" and 5,605,511 ",".
    assert MAX_FILE_BYTES >= 1.5 * 297_095_591
    assert MAX_CONTAINERS >= 3 * (677_451 + 155_852)
    assert MAX_VALUES >= 4.4 * 5_605_511


def _bomb(path: Path, unit: bytes, count: int) -> Path:
    """A small file that would be a huge number of Python objects: the demo's people followed by ``unit`` × ``count``."""
    with path.open("wb") as fh:
        fh.write(b'{"format": "consult-interchange", "format_version": 1, "dialogues": [], "people": [')
        block = unit * 100_000
        for _ in range(count // 100_000):
            fh.write(block)
        fh.write(b"null]}")
    return path


def test_a_file_of_millions_of_empty_objects_is_refused_before_it_is_loaded(tmp_path, target):
    bomb = _bomb(tmp_path / "bomb.json", b"{},", MAX_CONTAINERS + 100_000)  # 7.8 MB that json.loads would make 2.6 million dicts
    with pytest.raises(InterchangeError) as err:
        read_file(bomb)
    assert str(err.value) == (
        "bomb.json holds more than 2,500,000 objects and lists; Consult reads interchange files of up to that many "
        "(export a larger workspace one dialogue at a time)."
    )


def test_a_file_of_millions_of_values_is_refused_in_bounded_memory(tmp_path, target):
    tiny = tmp_path / "tiny.json"
    tiny.write_text('{"format": "consult-interchange", "format_version": 1, "people": [], "dialogues": [1]}')
    _seconds, baseline, _code, _message = run("import", target, tiny)
    bomb = _bomb(tmp_path / "bomb.json", b"0,", MAX_VALUES + 100_000)  # 50 MB that json.loads would make a 200 MB list
    _seconds, peak, code, message = run("import", target, bomb)
    assert (code, message) == (
        1,
        "consult-app: bomb.json holds more than 25,000,000 values; Consult reads interchange files of up to that many "
        "(export a larger workspace one dialogue at a time).",
    )
    assert peak - baseline < 30, (baseline, peak)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_fifo_or_a_folder_is_refused_at_once(tmp_path):
    fifo = tmp_path / "x.json"
    os.mkfifo(fifo)
    with pytest.raises(InterchangeError) as err:
        read_file(fifo)  # would block forever if it were opened
    assert str(err.value) == "x.json is not a regular file, so it is not an interchange file."
    (tmp_path / "d.json").mkdir()
    with pytest.raises(InterchangeError, match=r"^d\.json is not a regular file"):
        read_file(tmp_path / "d.json")


def test_bad_utf8_after_a_cut_text_is_reported_at_its_place_in_the_file(tmp_path):
    path = huge_text_file(tmp_path / "x.json", 2 * 10**6, tail=b"\n\xff")
    size = path.stat().st_size
    with pytest.raises(InterchangeError) as err:
        read_file(path)
    assert str(err.value) == f"x.json is not UTF-8 text (byte {size - 1}); it is not an interchange file."


def test_a_cut_text_in_a_file_that_is_not_json_is_still_refused(tmp_path):
    path = tmp_path / "x.json"
    path.write_bytes(b'{"format": "consult-interchange", "a": "' + b"y" * 2_000_000)  # never closed
    with pytest.raises(InterchangeError, match="^not JSON: Unterminated string"):
        read_file(path)


def _reference_cuts(data: bytes, cut: int) -> list[tuple[int, int]]:
    """The texts the streaming scan must find, one byte at a time."""
    cuts, inside, escaped, start = [], False, False, 0
    for i, byte in enumerate(data):
        if escaped:
            escaped = False
        elif byte == ord("\\"):
            escaped = True
        elif byte == ord('"'):
            if inside and i - start > cut:
                cuts.append((start, i))
            inside, start = not inside, i + 1
    if inside and len(data) - start > cut:
        cuts.append((start, len(data)))
    return cuts


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=80).map(lambda b: bytes(b'"\\ax{'[x % 5] for x in b)), st.integers(1, 9), st.integers(0, 6))
def test_the_streaming_scan_finds_exactly_the_long_texts(data, chunk, cut):
    assert scan(io.BytesIO(data), cut_bytes=cut, chunk=chunk).cuts == _reference_cuts(data, cut)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.text(max_size=12), max_size=8), st.integers(1, 16), st.integers(0, 8))
def test_the_streaming_scan_on_real_json(texts, chunk, cut):
    data = json.dumps({t: t for t in texts}, ensure_ascii=False).encode()
    expected = [m.span(1) for m in re.finditer(rb'"((?:[^"\\]|\\.)*)"', data) if len(m.group(1)) > cut]
    assert scan(io.BytesIO(data), cut_bytes=cut, chunk=chunk).cuts == expected


# ------------------------------------------------------------------ export


def test_export_never_writes_nan_or_infinity(demo, tmp_path):
    b = demo.bundle()
    b.measurements[0] = Measurement(b.measurements[0].indicator_id, b.measurements[0].measured_on, float("inf"), id=b.measurements[0].id)
    out = tmp_path / "out.json"
    with pytest.raises(ConsultError) as err:
        export_file(b, out)
    assert re.fullmatch(
        r"Cannot export to out\.json: dialogues\[\d\]\.commitments\[\d+\]\.indicators\[0\]\.measurements\[\d\]\.value: "
        r"Infinity is not a finite number\.",
        str(err.value),
    )
    assert not out.exists() and not (tmp_path / "out.json.part").exists()


# ------------------------------------------- the schema and the domain agree

SMALL = copy.deepcopy(DEMO)
SMALL["dialogues"] = [d for d in SMALL["dialogues"] if d["code"] == "ML-FR"]
SMALL["dialogues"][0]["sessions"][1]["amendments"] = [
    {
        "id": "a-1",
        "agenda_item": SMALL["dialogues"][0]["sessions"][1]["agenda"][0]["id"],
        "field": "summary",
        "lang": "fr",
        "old_text": "Ancien",
        "new_text": "Nouveau",
        "amended_on": "2003-01-01",
        "reason": "Coquille",
    }
]


def _schema_at(path: tuple) -> dict:
    defs = schema()["$defs"]

    def resolve(node):
        while "$ref" in node:
            node = defs[node["$ref"].rsplit("/", 1)[-1]]
        return node

    node = resolve(schema())
    for part in path:
        node = resolve(node["items"] if isinstance(part, int) else node.get("properties", {}).get(part, node.get("additionalProperties")))
    return node


def _all_paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _all_paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _all_paths(v, (*prefix, i))


def _at(doc, path):
    for part in path:
        doc = doc[part]
    return doc


STRINGS = [p for p in _all_paths(SMALL) if isinstance(_at(SMALL, p), str)]


LIMITED = [
    (path, node["maxLength"])
    for path in STRINGS
    if (node := _schema_at(path)).get("maxLength") not in (None, validate.ID)  # ids must still match their references
    and not {"pattern", "format", "enum", "const"} & node.keys()
    and path[-1] not in ("status", "recorded_at")  # a code of the scale; a timestamp's form
]


def test_every_text_of_the_file_has_a_limit():
    plain = [p for p in STRINGS if not {"maxLength", "pattern", "format", "enum", "const"} & _schema_at(p).keys()]
    assert plain == []
    assert len(LIMITED) > 40


def test_every_text_at_its_limit_is_accepted_by_both():
    """Every limited text of the file at once at its limit (each marked with its number: codes stay unique): accepted."""
    doc = copy.deepcopy(SMALL)
    for n, (path, limit) in enumerate(LIMITED):
        parent = doc
        for part in path[:-1]:
            parent = parent[part]
        parent[path[-1]] = (f"{n:03d}" + "x" * limit)[:limit]
    parse(json.dumps(doc))  # the schema's checks, then the domain's


def first_of_each_kind(limited: list) -> list:
    """One text of each kind, the first in the file: every agenda item's title, say, is checked by the same rules."""
    kinds: dict[tuple, tuple] = {}
    for path, limit in limited:
        kinds.setdefault(tuple("[]" if isinstance(part, int) else part for part in path), (path, limit))
    return list(kinds.values())


EACH_KIND = first_of_each_kind(LIMITED)


@pytest.mark.parametrize("path, limit", EACH_KIND, ids=[interchange.path_text(p) for p, _ in EACH_KIND])
def test_the_schema_and_the_domain_checks_agree_on_every_limit(path, limit):
    """One character over its limit, a text of each kind is refused by the schema and by the domain, in the same words."""
    doc = copy.deepcopy(SMALL)
    parent = doc
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = "x" * (limit + 1)
    sentence = f"{interchange.path_text(path)}: is {limit + 1:,} characters long; the limit is {limit:,}."
    assert refused(doc) == sentence  # the schema's refusal
    with pytest.raises(ConsultError) as err:
        interchange._build(doc)  # the domain's, as the editors, the command line and packets apply it
    assert str(err.value) == sentence


# ------------------------------------------------------------- hypothesis

HOSTILE_NUMBERS = st.sampled_from([float("nan"), float("inf"), float("-inf"), 10**400, -(10**400), 1e308, 2**63, 10**15 + 1, -1, 0, 1.5])
HOSTILE_TEXTS = st.sampled_from(
    [
        "9999-12-31",
        "0001-01-01",
        "1899-12-31",
        "2200-01-01",
        "2003-02-29",
        "2003-03-31T12:00:00Z",
        "not a timestamp",
        "\x00",
        "\x1b[31m",
        "\ud800",
        "a\udfffb",
        "\u202e",
        "\ufffe",
        "\r\n",
        "x" * 20_001,
        "x" * 100_001,
        "=cmd|' /C calc'!A0",
        "",
        " ",
        "fr",
        "on_track",
    ]
)
ODD_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=12)
PLAIN_TEXT = st.text(st.characters(categories=["L", "N", "Zs"]), min_size=1, max_size=12)  # what most fields accept
TEXTS = st.one_of(PLAIN_TEXT, ODD_TEXT, HOSTILE_TEXTS)
NUMBERS = st.one_of(st.integers(-(10**20), 10**20), st.floats(), HOSTILE_NUMBERS)
VALUES = st.one_of(
    TEXTS,
    NUMBERS,
    st.sampled_from([True, None, [], {}]),
    st.recursive(
        st.none() | st.booleans() | NUMBERS | ODD_TEXT, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(ODD_TEXT, inner, max_size=3), max_leaves=5
    ),
)


PATHS = [p for p in _all_paths(SMALL) if p]
LEAVES = [p for p in PATHS if not isinstance(_at(SMALL, p), (dict, list))]


def _like(value) -> st.SearchStrategy:
    """A hostile or harmless value of the same JSON type as the one it replaces (so that some get imported)."""
    if isinstance(value, str):
        return TEXTS
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return NUMBERS
    return VALUES


CHANGES = st.one_of(
    st.sampled_from(LEAVES).flatmap(lambda p: st.tuples(st.just(p), st.just("replace"), _like(_at(SMALL, p)))),
    st.tuples(st.sampled_from(PATHS), st.sampled_from(["replace"] * 3 + ["delete"]), VALUES),
)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "w.consult"
    with private_home(tmp_path_factory):  # made before the per-test folders exist: its snapshot off the real ones
        Workspace.create(path).close()
    return path


def _import(workspace: Path, document: Path) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        code = cli.main(["import", str(workspace), str(document)])
    return code, err.getvalue()


@settings(max_examples=effort(60, 500), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(CHANGES, min_size=1, max_size=3))
def test_hostile_documents_are_imported_whole_or_refused_whole(template, changes):
    doc = copy.deepcopy(SMALL)
    for path, action, value in changes:
        parent = doc
        try:
            for part in path[:-1]:
                parent = parent[part]
            if action == "delete":
                del parent[path[-1]]
            else:
                parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):  # an earlier change moved the ground
            continue
    with tempfile.TemporaryDirectory() as tmp:
        workspace, document = Path(tmp) / "w.consult", Path(tmp) / "in.json"
        shutil.copyfile(template, workspace)
        document.write_text(json.dumps(doc), "ascii")  # NaN and Infinity as JSON's non-standard words; surrogates escaped
        before = workspace.read_bytes()
        code, err = _import(workspace, document)
        event("refused" if code else "imported")
        if code != 0:
            assert code in (1, 2), err  # 2: a newer format version
            assert err.count("\n") == 1 and err.startswith("consult-app: ") and "unexpected" not in err, err
            assert err.rstrip().endswith((".", ")")), err
            assert workspace.read_bytes() == before  # refused whole: not a byte written
            return
        # Imported: all of it, and all of it within the rules (its export reads back).
        with Workspace.open(workspace, readonly=True) as ws:
            counts = ws.counts()
            again = json.dumps(to_document(ws.bundle()))
        assert counts["dialogues"] == len(doc["dialogues"])
        assert counts["commitments"] == sum(len(d["commitments"]) for d in doc["dialogues"])
        parse(again)


def test_texts_and_field_names_too_long_for_any_field(tmp_path):
    doc = changed(("dialogues", 0, "commitments", 0, "text", "fr"), "é" * 200_000)
    assert refused(doc) == "dialogues[0].commitments[0].text.fr: is 200,000 characters long; the limit is 20,000."
    doc = changed(("dialogues", 0, "k" * 2_000_000), 1)
    path = tmp_path / "key.json"
    path.write_text(json.dumps(doc))
    with pytest.raises(InterchangeError) as err:
        read_file(path)
    assert str(err.value) == "dialogues[0]: a field name is 2,000,000 bytes long; no text may be longer than 100,000 characters."
