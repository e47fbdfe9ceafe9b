"""The interchange JSON format: a workspace or one dialogue as one JSON file.

The format is documented in ``docs/interchange.md`` and described by the JSON
Schema ``consult_app/schema/interchange-v1.schema.json``. Export is
deterministic (a stable order, no timestamps), so export → import into a new
workspace → export gives identical bytes.

A file is read as a hostile one would have to be: each step stops at the
first problem with one sentence that names it and where it is
(``dialogues[0].sessions[2].starts_on: not a date: '2001-13-01'.``):

0. is it a regular file no larger than :data:`MAX_FILE_BYTES`; texts longer
   than any field allows are found by a streaming scan and never loaded;
1. is it UTF-8 JSON, and our format;
2. is every value one Consult can store, wherever it is: texts without
   control characters or lone surrogates, finite numbers within range
   (``validate.scalar``); then the version;
3. does it match the schema (fields, types, enumerations, dates, lengths);
4. does it hold together (references, unique codes, dates in order, statuses
   on the scale, every limit of ``domain/validate.py``) — the same checks the
   editors, the command line and packets use.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from ..domain import audience, validate
from ..domain.errors import ConsultError, InterchangeError, Invalid, NewerVersion  # noqa: F401  (re-exported)
from ..domain.model import (
    ActionState,
    AgendaItem,
    Amendment,
    Bundle,
    Commitment,
    CommitmentKind,
    CommitmentState,
    DelegationMember,
    Dialogue,
    Direction,
    FollowUpAction,
    Indicator,
    ItemKind,
    Level,
    Measurement,
    MinutesState,
    Party,
    PartyName,
    Person,
    Revision,
    Session,
    SessionState,
    StatusEvent,
    StatusLevel,
    StatusScale,
    Theme,
    Tone,
    Visibility,
)
from ..domain.text import control_characters, one_line, printable

FORMAT = "consult-interchange"
FORMAT_VERSION = 1

MAX_FILE_BYTES = 450_000_000
"""The largest interchange file read (450 MB): one and a half times the
ministry-sized benchmark's export (50 dialogues, 500,000 status events:
297 MB, imported in about 1.3 GB of memory); a larger workspace is exported
one dialogue at a time."""
MAX_CONTAINERS = 2_500_000
"""Objects and lists in one file: three times the benchmark's 833,303. Without it, 450 MB of ``{},`` would be 150 million dicts."""
MAX_VALUES = 25_000_000
"""Values in one file (counted by their commas): 4.5 times the benchmark's 5.6 million."""


@cache
def schema() -> dict:
    text = resources.files("consult_app").joinpath("schema/interchange-v1.schema.json").read_text("utf-8")
    return json.loads(text)


# ---------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------


def _d(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


class _Kind(NamedTuple):
    """How a field's value is written to the file and read back."""

    write: Callable[[Any], Any]
    read: Callable[[Any], Any]


_DATE = _Kind(_d, _date)
_TIME = _Kind(lambda t: t.strftime("%H:%M") if t else None, lambda v: dt.time.fromisoformat(v) if v else None)
_LIST = _Kind(lambda v: v, list)  # read as a copy, so no two records share one
_DICT = _Kind(lambda v: v, dict)


def _enum(cls: type[Enum]) -> _Kind:
    return _Kind(lambda e: e.value, cls)


_REQUIRED = object()


class _F(NamedTuple):
    """One field of a record: its name in the file (``a.b`` inside the object ``a``), the model's attribute, its kind
    (None: as it is), and the value read when the file leaves it out (a field added after the first files were written)."""

    key: str
    attr: str = ""
    kind: _Kind | None = None
    default: Any = _REQUIRED
    outer: str = ""  # set by _fields: the object a nested field stands in ("" for none)
    name: str = ""  # set by _fields: its name there


def _fields(*specs: str | _F) -> tuple[_F, ...]:
    """A record's fields in the file's order; a plain name is a field the file and the model name alike."""
    out = []
    for spec in specs:
        f = _F(spec) if isinstance(spec, str) else spec
        outer, _, name = f.key.rpartition(".")
        out.append(f._replace(attr=f.attr or f.key, outer=outer, name=name))
    return tuple(out)


def _doc(obj: Any, fields: Sequence[_F]) -> dict:
    """The file's object for ``obj``: its fields in order, nested ones gathered under their object."""
    out: dict[str, Any] = {}
    for f in fields:
        value = getattr(obj, f.attr)
        if f.kind is not None:
            value = f.kind.write(value)
        (out.setdefault(f.outer, {}) if f.outer else out)[f.name] = value
    return out


def _values(data: dict, fields: Sequence[_F]) -> dict[str, Any]:
    """The model's keyword arguments read from the file's object ``data`` (checked against the schema already)."""
    out = {}
    for f in fields:
        holder = data[f.outer] if f.outer else data
        value = holder[f.name] if f.default is _REQUIRED else holder.get(f.name, f.default)
        out[f.attr] = value if f.kind is None else f.kind.read(value)
    return out


_VISIBILITY = _F("visibility", kind=_enum(Visibility), default="internal")
_PERSON = _fields("id", "name", "title", "organisation", _F("email", default=""), _F("phone", default=""), _F("party", default=""))
_DIALOGUE = _fields(
    "id",
    "code",
    "name",
    _F("level", kind=_enum(Level)),
    "cadence",
    _F("instrument.title", "instrument_title"),
    _F("instrument.signed_on", "instrument_signed_on", _DATE),
    "languages",
    "classification",
    _F("markings", kind=_DICT, default={}),
)
_LEVEL = _fields("code", "label", _F("tone", kind=_enum(Tone)), "closed")
_PARTY = _fields("id", "code", "name", "is_home")
_THEME = _fields("id", "code", "title", "standing")
_SESSION = _fields(
    "id",
    "number",
    _F("starts_on", kind=_DATE),
    _F("ends_on", kind=_DATE),
    _F("start_time", kind=_TIME),
    "venue",
    _F("host_party", "host_party_id"),
    _F("state", kind=_enum(SessionState)),
    _F("minutes_state", kind=_enum(MinutesState)),
    _F("brief_printed_at", default=""),
)
_MEMBER = _fields("id", _F("person", "person_id"), _F("party", "party_id"), "role", "is_head", "is_cochair", "position", _F("confirmed", default=True))
_ITEM = _fields(
    "id",
    _F("parent", "parent_id"),
    "position",
    _F("kind", kind=_enum(ItemKind)),
    _F("theme", "theme_id"),
    _F("lead_party", "lead_party_id"),
    _F("presenter", "presenter_id"),
    _F("commitment", "commitment_id", default=None),
    _F("start_time", kind=_TIME, default=None),
    "duration_min",
    "title",
    "summary",
    "conclusions",
    _F("internal.objective", "objective"),
    _F("internal.background", "background"),
    _F("internal.lines_to_take", "lines_to_take"),
    _F("internal.notes", "internal_notes"),
    _F("internal.their_asks", "their_asks", default=""),
    _F("internal.red_lines", "red_lines", default=""),
)
_AMENDMENT = _fields(
    "id",
    _F("agenda_item", "agenda_item_id"),
    "field",
    "lang",
    "old_text",
    "new_text",
    _F("amended_on", kind=_DATE),
    "reason",
    _F("author", default=""),
    _F("party", "party_id", default=None),
    _F("state", default="effective"),
)
_VERSION = _fields("id", "number", _F("party", "party_id"), "texts", "hash", "circulated_at", _F("circulated_by", default=""))
_SIGNOFF = _fields(
    "id",
    _F("version", "version_id", default=None),
    _F("amendment", "amendment_id", default=None),
    _F("party", "party_id"),
    "name",
    "hash",
    "signed_at",
    _F("recorded_by", default=""),
)
_COMMITMENT = _fields(
    "id",
    "ref",
    "text",
    _F("party", "party_id"),
    _F("made_at", "made_at_session_id"),
    _F("reaffirmed_at", kind=_LIST),
    "lead_institution",
    _F("theme", "theme_id"),
    _F("due_on", kind=_DATE),
    _F("due_session", "due_session_number"),
    _F("reciprocal", "reciprocal_id"),
    _F("supersedes", "supersedes_id"),
    _F("visibility", kind=_enum(Visibility)),
)
_KIND = _fields(_F("kind", kind=_enum(CommitmentKind), default="commitment"))
_ENDING = _fields(_F("state", kind=_enum(CommitmentState), default="in_force"), _F("ended_on", kind=_DATE, default=None), _F("end_reason", default=""))
_REVISION = _fields("id", _F("revised_on", kind=_DATE), "old_text", "new_text", "reason", "author", "recorded_at")
_EVENT = _fields(
    "id",
    _F("effective_on", kind=_DATE),
    "status",
    "note",
    "evidence",
    "author",
    "recorded_at",
    "recorded_where",
    _VISIBILITY,
    _F("party", "party_id", default=None),
)
_INDICATOR = _fields(
    "id",
    "name",
    "unit",
    _F("baseline.value", "baseline_value"),
    _F("baseline.on", "baseline_on", _DATE),
    _F("target.value", "target_value"),
    _F("target.on", "target_on", _DATE),
)
_MEASUREMENT = _fields("id", _F("measured_on", kind=_DATE), "value", "source", _VISIBILITY)
_ACTION = _fields(
    "id",
    "description",
    "assignee",
    _F("due_on", kind=_DATE),
    _F("state", kind=_enum(ActionState)),
    _F("commitment", "commitment_id"),
    _F("session", "session_id"),
)


def to_document(b: Bundle) -> dict:
    """Turn a bundle into the interchange document (plain JSON values)."""
    doc: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
    doc["people"] = [_doc(p, _PERSON) for p in sorted(b.people, key=lambda p: (p.name, p.id))]
    kids = _Children(b)
    doc["dialogues"] = [_dialogue_doc(d, kids) for d in sorted(b.dialogues, key=lambda d: d.code)]
    return doc


def _group(rows: list, attr: str) -> dict[str | None, list]:
    """Rows by the value of one attribute, each group in the bundle's order."""
    out: dict[str | None, list] = {}
    for row in rows:
        out.setdefault(getattr(row, attr), []).append(row)
    return out


class _Children:
    """A bundle's rows grouped by their parent, built once (a scan per parent made large exports quadratic)."""

    PARENT = {
        "sessions": "dialogue_id",
        "commitments": "dialogue_id",
        "actions": "dialogue_id",
        "members": "session_id",
        "items": "session_id",
        "amendments": "session_id",
        "versions": "session_id",
        "proposals": "session_id",
        "signoffs": "session_id",
        "events": "commitment_id",
        "revisions": "commitment_id",
        "indicators": "commitment_id",
        "measurements": "indicator_id",
    }
    """Each list of the bundle (an attribute here too), and the attribute that names its rows' parent."""

    def __init__(self, b: Bundle) -> None:
        for rows, parent in self.PARENT.items():
            setattr(self, rows, _group(getattr(b, rows), parent))


def _dialogue_doc(d: Dialogue, b: _Children) -> dict:
    sessions = sorted(b.sessions.get(d.id, ()), key=lambda s: s.number)
    commitments = sorted(b.commitments.get(d.id, ()), key=lambda c: c.ref)
    actions = sorted(b.actions.get(d.id, ()), key=lambda a: (_d(a.due_on) or "", a.id))
    return {
        **_doc(d, _DIALOGUE),
        "scale": {"name": d.scale.name, "levels": [_doc(lv, _LEVEL) for lv in d.scale.levels]},
        "parties": [{**_doc(p, _PARTY), "names": {lang: n.as_dict() for lang, n in sorted(p.names.items())}} for p in d.parties],
        "themes": [_doc(t, _THEME) for t in d.themes],
        "sessions": [_session_doc(s, b) for s in sessions],
        "commitments": [_commitment_doc(c, b) for c in commitments],
        "actions": [{**_doc(a, _ACTION), "visibility": a.visibility.value} for a in actions],
    }


def _session_doc(s: Session, b: _Children) -> dict:
    return {
        **_doc(s, _SESSION),
        "delegation": [_doc(m, _MEMBER) for m in b.members.get(s.id, ())],
        "agenda": [_doc(i, _ITEM) for i in b.items.get(s.id, ())],
        "amendments": [_doc(a, _AMENDMENT) for a in b.amendments.get(s.id, ())],
        **_negotiation_doc(s, b),
    }


def _negotiation_doc(s: Session, b: _Children) -> dict:
    versions, proposals, signoffs = b.versions.get(s.id, ()), b.proposals.get(s.id, ()), b.signoffs.get(s.id, ())
    if not (versions or proposals or signoffs):
        return {}
    return {
        "negotiation": {
            "versions": [_doc(v, _VERSION) for v in versions],
            "proposals": [_doc(p, _proposal_fields()) for p in proposals],
            "signoffs": [_doc(x, _SIGNOFF) for x in signoffs],
        }
    }


@cache
def _proposal_fields() -> tuple[_F, ...]:
    from ..domain.negotiation import ProposalState  # the negotiation module is loaded on first use

    return _fields(
        "id",
        _F("version", "version_id"),
        _F("agenda_item", "agenda_item_id"),
        "field",
        "lang",
        "op",
        _F("passage", default=""),
        _F("text", default=""),
        _F("comment", default=""),
        _F("party", "party_id"),
        "proposed_at",
        _F("proposed_by", default=""),
        _F("state", kind=_enum(ProposalState)),
        _F("decided_text", default=""),
        _F("decided_at", default=""),
        _F("decided_by", default=""),
    )


def _commitment_doc(c: Commitment, b: _Children) -> dict:
    events = sorted(b.events.get(c.id, ()), key=lambda e: (e.effective_on, e.recorded_at, e.id))
    indicators = sorted(b.indicators.get(c.id, ()), key=lambda i: i.id)
    return {
        **_doc(c, _COMMITMENT),
        **_commitment_optional_doc(c, b),
        "events": [_doc(e, _EVENT) for e in events],
        "indicators": [_indicator_doc(i, b) for i in indicators],
    }


def _commitment_optional_doc(c: Commitment, b: _Children) -> dict:
    """A commitment's kind, ending and revisions: written only when they hold something, so a file from before them reads and writes back the same."""
    optional: dict[str, Any] = {}
    if c.kind != CommitmentKind.COMMITMENT:
        optional |= _doc(c, _KIND)
    if c.state != CommitmentState.IN_FORCE or c.ended_on or c.end_reason:
        optional |= _doc(c, _ENDING)
    revisions = sorted(b.revisions.get(c.id, ()), key=lambda r: (r.recorded_at, r.id))
    if revisions:
        optional["revisions"] = [_doc(r, _REVISION) for r in revisions]
    return optional


def _indicator_doc(i: Indicator, b: _Children) -> dict:
    return {
        **_doc(i, _INDICATOR),
        **({"direction": i.direction.value} if i.direction != Direction.implied(i.baseline_value, i.target_value) else {}),
        "measurements": [_doc(m, _MEASUREMENT) for m in sorted(b.measurements.get(i.id, ()), key=lambda m: (m.measured_on, m.id))],
    }


def dumps(doc: dict) -> str:
    """Serialise a document the one way we always do (so bytes are comparable).

    Standard JSON only (``allow_nan=False``): a figure that is not finite is
    refused with its path instead of being written as ``NaN`` or ``Infinity``.
    """
    try:
        return json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    except ValueError:
        _check_values(doc)  # names the first value that cannot be written
        raise


def export_file(b: Bundle, out: str | Path) -> None:
    """Write a bundle as an interchange file (written whole, then moved into place)."""
    out = Path(out)
    try:
        text = dumps(to_document(b))
    except Invalid as exc:
        raise ConsultError(f"Cannot export to {out.name}: {exc}") from None
    tmp = out.with_name(out.name + ".part")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ConsultError(f"Cannot write {out}: {exc.strerror or exc}.") from None


# ---------------------------------------------------------------------------
# Import
# ---------------------------------------------------------------------------

_CHUNK = 4 << 20
# A text longer than this many bytes is over every limit however it is spelled
# (a character takes at most 12 bytes in JSON: an escaped surrogate pair).
_CUT_BYTES = validate.LONGEST * 12
_ESCAPE = re.compile(rb"\\.", re.S)
_CUT_MARK = "\x00\x00cut:"  # holds NUL, so no text that passes the checks can look like one


def read_file(path: str | Path) -> Bundle:
    """Read and check an interchange file; raise :class:`InterchangeError` if it is bad.

    Memory stays bounded whatever the file holds: a file over
    :data:`MAX_FILE_BYTES` is refused before it is opened, and texts longer
    than any field allows are found by a streaming scan and left out of what
    is loaded (a short marker takes their place, refused with its path).
    """
    path = Path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InterchangeError(f"{path.name} is not a regular file, so it is not an interchange file.")
        if info.st_size > MAX_FILE_BYTES:
            raise InterchangeError(
                f"{path.name} is {info.st_size / 1e6:,.0f} MB; Consult reads interchange files of up to "
                f"{MAX_FILE_BYTES // 10**6:,} MB (export a larger workspace one dialogue at a time)."
            )
        with path.open("rb") as fh:
            found = scan(fh)
            if found.containers > MAX_CONTAINERS:
                raise InterchangeError(
                    f"{path.name} holds more than {MAX_CONTAINERS:,} objects and lists; Consult reads interchange files "
                    "of up to that many (export a larger workspace one dialogue at a time)."
                )
            if found.separators >= MAX_VALUES:
                raise InterchangeError(
                    f"{path.name} holds more than {MAX_VALUES:,} values; Consult reads interchange files of up to that "
                    "many (export a larger workspace one dialogue at a time)."
                )
            cuts = found.cuts
            fh.seek(0)
            raw = _read_without(fh, cuts)
    except OSError as exc:
        raise ConsultError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        where = _original_offset(exc.start, cuts)
        raise InterchangeError(f"{path.name} is not UTF-8 text (byte {where}); it is not an interchange file.") from None
    del raw
    return parse(text, [end - start for start, end in cuts])


@dataclass
class Scan:
    """What a streaming pass over a file found, before anything is loaded."""

    cuts: list[tuple[int, int]]
    """(start, end) of the content of each text longer than the cut size, in file order."""
    containers: int = 0
    """``{`` and ``[`` (those inside texts too: an upper bound), counted until a limit is passed."""
    separators: int = 0
    """Commas, likewise: one fewer than the values, or more."""


def scan(fh, cut_bytes: int = _CUT_BYTES, chunk: int = _CHUNK) -> Scan:
    """Find the texts longer than ``cut_bytes`` and count the containers and values, ``chunk`` bytes at a time.

    Keeps none of the chunks, so a 500 MB text costs no more memory than a
    short one, and stops early once a count passes its limit. Escapes are
    blanked out first (an escaped quote does not end a text); then the pieces
    between quotes alternate between outside and inside a text.
    """
    found = Scan([])
    cuts = found.cuts
    in_string, start, base, carry = False, 0, 0, b""
    while found.containers <= MAX_CONTAINERS and found.separators < MAX_VALUES:
        block = fh.read(chunk)
        buf = carry + block
        carry = b""
        if block:  # an escape cut in two by the chunk boundary waits for the next chunk
            run = len(buf) - len(buf.rstrip(b"\\"))
            if run % 2:
                buf, carry = buf[:-1], buf[-1:]
        found.containers += buf.count(b"{") + buf.count(b"[")
        found.separators += buf.count(b",")
        lengths = list(map(len, _ESCAPE.sub(b"..", buf).split(b'"')))
        inside = lengths[0 if in_string else 1 :: 2]
        running = base - start + lengths[0] if in_string else 0
        if max(inside, default=0) > cut_bytes or running > cut_bytes:
            state, pos, last = in_string, base, len(lengths) - 1
            for n, size in enumerate(lengths):
                if state:
                    if n:
                        start = pos
                    if n < last and pos + size - start > cut_bytes:
                        cuts.append((start, pos + size))
                pos += size + 1
                if n < last:
                    state = not state
            in_string = state
        elif len(lengths) > 1:
            in_string ^= (len(lengths) - 1) % 2 == 1
            if in_string:
                start = base + len(buf) - lengths[-1]
        base += len(buf)
        if not block:
            break
    if in_string and base - start > cut_bytes:  # a text that never ends: the JSON error will say so
        cuts.append((start, base))
    return found


def _mark(n: int) -> bytes:
    return b"\\u0000\\u0000cut:%d" % n


def _read_without(fh, cuts: list[tuple[int, int]]) -> bytearray:
    """The file's bytes with the content of each cut replaced by its marker."""
    out, pos = bytearray(), 0
    for n, (start, end) in enumerate(cuts):
        out += fh.read(start - pos)
        out += _mark(n)
        fh.seek(end)
        pos = end
    out += fh.read()
    return out


def _original_offset(offset: int, cuts: list[tuple[int, int]]) -> int:
    """Map an offset in the bytes read (cuts replaced by markers) back to the file."""
    shift = 0
    for n, (start, end) in enumerate(cuts):
        if offset < start - shift:
            break
        shift += (end - start) - len(_mark(n))
    return offset + shift


class _Literal:
    """A number in the file too large to be a figure, kept as the file spells it (for the message)."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def shown(self) -> str:
        return self.text if len(self.text) <= 20 else f"{self.text[:12]}… ({len(self.text):,} characters)"


def _int(text: str) -> int | _Literal:
    # Every figure lies within ±10**15, so a longer literal is never converted
    # (int() of 10**5000 would itself be refused, as a ValueError).
    return int(text) if len(text) <= 20 else _Literal(text)


def _float(text: str) -> float | _Literal:
    value = float(text)
    return value if math.isfinite(value) else _Literal(text)  # 1e999 overflows to infinity


def parse(text: str, cut_sizes: Sequence[int] = ()) -> Bundle:
    """Parse and check interchange JSON text into a bundle.

    ``cut_sizes`` are the sizes of the texts :func:`read_file` left out.
    """
    try:
        # NaN, Infinity and -Infinity are read as floats (``parse_constant``)
        # so that the value check below refuses them with their path.
        data = json.loads(text, parse_int=_int, parse_float=_float, parse_constant=float)
    except json.JSONDecodeError as exc:
        raise InterchangeError(f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}.") from None
    except RecursionError:
        raise InterchangeError("not JSON that Consult can read: it is nested too deeply.") from None
    return from_document(data, cut_sizes)


def from_document(data: Any, cut_sizes: Sequence[int] = ()) -> Bundle:
    """Check a parsed document, in the order of the module's docstring, and build its bundle."""
    _check_format(data)
    _check_values(data, cut_sizes)
    _check_version(data)
    _check_schema(data)
    return _build(data)


def _check_format(data: Any) -> None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InterchangeError('format: this is not a Consult interchange file (expected "format": "consult-interchange").')


def _check_version(data: dict) -> None:
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InterchangeError(f"format_version: expected a whole number, found {_show(version)}.")
    if version > FORMAT_VERSION:
        raise NewerVersion(f"format_version: the file is format version {version}, written by a newer Consult; this version reads up to {FORMAT_VERSION}.")
    if version < 1:
        raise InterchangeError(f"format_version: {version} is not a format version.")


# ------------------------------------------------------------ every value


def _check_values(data: Any, cut_sizes: Sequence[int] = ()) -> None:
    """Refuse the first value (or field name) no field may hold, in document order, with its path.

    Texts are checked for their characters here, and for their length field
    by field next (a commitment's text is limited to 20,000 characters, a
    note to 100,000); a text too long for any field was cut by the scan.

    One quick pass over every value decides; the located pass only runs when
    there is something to refuse.
    """
    if not _anything_refused(data):
        return
    for path, value, is_key in _in_document_order(data):
        refusal = _refusal(value, path_text(path[:-1] if is_key else path), cut_sizes, is_key)
        if refusal:
            raise InterchangeError(refusal)


def _anything_refused(data: Any) -> bool:
    search, most = control_characters, validate.MAX_NUMBER  # a cut text's marker holds NUL: found here too
    stack = [data]
    while stack:
        value = stack.pop()
        kind = type(value)
        if kind is dict:
            for key, item in value.items():
                if search(key):
                    return True
                stack.append(item)
        elif kind is list:
            stack.extend(value)
        elif kind is str:
            if search(value):
                return True
        elif kind is int or kind is float:
            if not -most <= value <= most:  # NaN compares false too
                return True
        elif value is not None and kind is not bool:
            return True
    return False


def _in_document_order(data: Any):
    """(path, value, is_key) for every field name and value, in the order of the file."""
    stack: list[tuple[tuple, Any]] = [((), data)]
    while stack:
        path, value = stack.pop()
        if isinstance(value, dict):
            for key in value:
                yield (*path, key), key, True
            stack.extend(((*path, key), item) for key, item in reversed(value.items()))
        elif isinstance(value, list):
            stack.extend(((*path, n), item) for n, item in reversed(list(enumerate(value))))
        else:
            yield path, value, False


def _refusal(value: Any, where: str, cut_sizes: Sequence[int], is_key: bool = False) -> str | None:
    """Why ``value`` (at ``where``; a field name of the object there if ``is_key``) cannot be stored, or None."""
    if isinstance(value, _Literal):
        return str(validate.out_of_range(value.shown(), where))
    if isinstance(value, str) and value.startswith(_CUT_MARK):
        n = value[len(_CUT_MARK) :]
        if n.isdigit() and int(n) < len(cut_sizes):
            subject = f"{where}: a field name" if is_key else f"{where}:"
            return f"{subject} is {cut_sizes[int(n)]:,} bytes long; no text may be longer than {validate.LONGEST:,} characters."
    try:
        if isinstance(value, str):
            validate.characters(value, where)  # lengths are the fields' own, checked next (schema, then domain)
        else:
            validate.scalar(value, where)
    except Invalid as exc:
        return str(exc) if not is_key else f"{where}: the field name {_show(value)} {str(exc)[len(where) + 2 :]}"
    return None


def path_text(parts: Any) -> str:
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = one_line(part[:40]) + ("…" if len(part) > 40 else "")  # a field name is never allowed to break the line
            out += f".{name}" if out else name
    return out or "(top level)"


def _show(value: Any, limit: int = 40) -> str:
    """A value as it appears in a message: one line, control characters escaped, cut if long."""
    if isinstance(value, str):
        inner = printable(json.dumps(value[: limit + 1], ensure_ascii=False)[1:-1])
        if len(inner) > limit:
            inner = inner[: limit - 1] + "…"
        return f"'{inner}'"
    text = printable(json.dumps(value, ensure_ascii=False))
    return text if len(text) <= limit else text[: limit - 1] + "…"


JSON_TYPES = {dict: "an object", list: "a list", str: "text", bool: "true/false", int: "a number", float: "a number", type(None): "null"}


def _check_schema(data: dict) -> None:
    import jsonschema  # imported on first use: it costs a tenth of a second at start-up

    validator = jsonschema.Draft202012Validator(schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    errors = list(validator.iter_errors(data))
    if not errors:
        return
    # Report the first problem in document order, at its deepest point.
    error = min(errors, key=lambda e: (_sort_key(e.absolute_path), -len(e.absolute_path)))
    while error.context:  # oneOf/anyOf: use the most specific sub-error
        error = min(error.context, key=lambda e: -len(e.absolute_path))
    raise InterchangeError(_message(error))


def _sort_key(path) -> list:
    return [(0, p) if isinstance(p, int) else (1, str(p)) for p in path]


# The names of JSON Schema's types, as a message says them.
_TYPE_NAMES = {
    "object": "an object",
    "array": "a list",
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}

# The problems whose sentence needs only the value found and the schema's rule (the validator's value).
_PROBLEMS: dict[str, Callable[[Any, Any], str]] = {
    "enum": lambda value, rule: f"{_show(value)} is not one of: {', '.join(map(str, rule))}.",
    "const": lambda value, rule: f"expected {_show(rule)}, found {_show(value)}.",
    "minLength": lambda value, rule: "must not be empty.",
    "maxLength": lambda value, rule: f"is {len(value):,} characters long; the limit is {rule:,}.",
    "minItems": lambda value, rule: f"needs at least {rule} entries.",
    "pattern": lambda value, rule: f"{_show(value)} is not in the expected form.",
    "propertyNames": lambda value, rule: f"{_show(value)} has a key that is not a language code.",
}


def _message(error) -> str:
    return f"{path_text(error.absolute_path)}: {_problem(error)}"


def _problem(error) -> str:
    value, rule, kind = error.instance, error.validator_value, error.validator
    if kind in _PROBLEMS:
        return _PROBLEMS[kind](value, rule)
    if kind == "required":
        missing = [k for k in rule if k not in value]
        return f"missing field '{missing[0]}'."
    if kind == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        return f"unknown field {_show(extra[0])}."
    if kind == "type":
        wanted = " or ".join(_TYPE_NAMES.get(t, t) for t in (rule if isinstance(rule, list) else [rule]))
        return f"expected {wanted}, found {JSON_TYPES.get(type(value), 'something else')} {_show(value)}."
    if kind == "format" and rule == "date":
        return f"not a date: {_show(value)}."
    if kind in ("minimum", "maximum"):
        lowest, highest = error.schema.get("minimum"), error.schema.get("maximum")
        if lowest is not None and highest is not None:
            return f"{value} is not a whole number between {lowest:,} and {highest:,}."
        return f"{value} is out of range ({kind} {rule:,})."
    return f"{error.message}."


# Where the model's attribute names (used in ``validate``'s sentences) differ from the file's.
_FILE_NAMES = {
    "instrument_title": "instrument.title",
    "instrument_signed_on": "instrument.signed_on",
    "duration": "duration_min",
    "objective": "internal.objective",
    "background": "internal.background",
    "lines_to_take": "internal.lines_to_take",
    "internal_notes": "internal.notes",
    "due_session_number": "due_session",
    "baseline_value": "baseline.value",
    "baseline_on": "baseline.on",
    "target_value": "target.value",
    "target_on": "target.on",
}


class _Builder:
    """Turns a schema-valid document into a bundle, checking that it holds together."""

    def __init__(self) -> None:
        self.ids: dict[str, str] = {}  # id -> path where first seen
        self.b = Bundle()

    def fail(self, where: str, message: str) -> None:
        raise InterchangeError(f"{where}: {message}")

    def claim(self, ident: str, where: str) -> None:
        if ident in self.ids:
            self.fail(f"{where}.id", f"the id {_show(ident)} is already used at {self.ids[ident]}.")
        self.ids[ident] = where

    def domain(self, where: str, check, *args) -> None:
        """Run a domain check, re-anchoring its message at ``where`` (the model's field names become the file's)."""
        try:
            check(*args)
        except Invalid as exc:
            message = str(exc)
            if exc.field and message.startswith(exc.field + ":"):
                message = message[len(exc.field) + 1 :].strip()
                head, rest = re.match(r"([^.\[]*)(.*)", exc.field).groups()
                where = f"{where}.{_FILE_NAMES.get(head, head)}{rest}"
            self.fail(where, message)

    def ref(self, value: str | None, known: dict | set, where: str, what: str) -> None:
        if value is not None and value not in known:
            self.fail(where, f"refers to {what} {_show(value)}, which is not in the file.")

    def refs(self, row: dict, where: str, **fields: tuple[dict | set, str]) -> None:
        """Check that each named field of ``row`` (at ``where``) refers to something in the file: ``field=(known, what)``."""
        for name, (known, what) in fields.items():
            self.ref(row.get(name), known, f"{where}.{name}", what)

    def each(self, rows: Sequence[dict], where: str):
        """Each row with its place in the file (``where[n]``), its id claimed."""
        for n, row in enumerate(rows):
            place = f"{where}[{n}]"
            self.claim(row["id"], place)
            yield place, row


@dataclass
class _Scope:
    """One dialogue being read: its record, and the ids its parts may refer to."""

    d: Dialogue
    people: dict[str, Person]
    party_ids: set[str]
    theme_ids: set[str]
    commitment_ids: set[str]
    sessions: dict[str, Session] = field(default_factory=dict)
    numbers: set[int] = field(default_factory=set)  # session numbers seen so far


def _build(data: dict) -> Bundle:
    bb = _Builder()
    people = _people(bb, data["people"])
    codes: set[str] = set()  # dialogue codes, unique in the file
    refs: dict[str, str] = {}  # commitment reference -> path where first seen, unique in the file
    for dn, dd in enumerate(data["dialogues"]):
        _dialogue(bb, f"dialogues[{dn}]", dd, people, codes, refs)
    return bb.b


def _people(bb: _Builder, rows: list[dict]) -> dict[str, Person]:
    people = {}
    for where, p in bb.each(rows, "people"):
        person = Person(**_values(p, _PERSON))
        bb.domain(where, validate.person, person)
        people[person.id] = person
        bb.b.people.append(person)
    return people


def _dialogue(bb: _Builder, where: str, dd: dict, people: dict[str, Person], codes: set[str], refs: dict[str, str]) -> None:
    """One dialogue and everything in it: parties, themes, sessions, commitments, actions."""
    bb.claim(dd["id"], where)
    if dd["code"] in codes:
        bb.fail(f"{where}.code", f"the code {_show(dd['code'])} is used by another dialogue in the file.")
    codes.add(dd["code"])
    parties = _parties(bb, where, dd["parties"])
    themes = [Theme(**_values(t, _THEME)) for _, t in bb.each(dd["themes"], f"{where}.themes")]
    levels = tuple(StatusLevel(**_values(lv, _LEVEL)) for lv in dd["scale"]["levels"])
    d = Dialogue(**_values(dd, _DIALOGUE), parties=parties, scale=StatusScale(dd["scale"]["name"], levels), themes=themes)
    bb.domain(where, validate.dialogue, d)
    bb.b.dialogues.append(d)
    scope = _Scope(d, people, {p.id for p in parties}, {t.id for t in themes}, {c["id"] for c in dd["commitments"]})
    for sn, sd in enumerate(dd["sessions"]):
        _session(bb, f"{where}.sessions[{sn}]", sd, scope)
    for cn, cd in enumerate(dd["commitments"]):
        _commitment(bb, f"{where}.commitments[{cn}]", cd, scope, refs)
    _actions(bb, where, dd["actions"], scope)


def _parties(bb: _Builder, where: str, rows: list[dict]) -> list[Party]:
    parties = []
    for pw, p in bb.each(rows, f"{where}.parties"):
        names = {lang: PartyName(**{f: n.get(f, "") for f in PartyName.FIELDS}) for lang, n in sorted(p.get("names", {}).items())}
        for lang, n in names.items():
            for f in PartyName.FIELDS:
                bb.domain(f"{pw}.names.{lang}", lambda n=n, f=f: validate.text(getattr(n, f), f, limit=300))
        parties.append(Party(**_values(p, _PARTY), names=names))
    return parties


def _session(bb: _Builder, sw: str, sd: dict, scope: _Scope) -> None:
    """One session: its record, delegation, agenda, amendments and negotiation."""
    bb.claim(sd["id"], sw)
    if sd["number"] in scope.numbers:
        bb.fail(f"{sw}.number", f"the dialogue already has a session number {sd['number']}.")
    scope.numbers.add(sd["number"])
    bb.refs(sd, sw, host_party=(scope.party_ids, "party"))
    s = Session(**_values(sd, _SESSION), dialogue_id=scope.d.id)
    bb.domain(sw, validate.session, s)
    scope.sessions[s.id] = s
    bb.b.sessions.append(s)
    _delegation(bb, sw, sd["delegation"], s, scope)
    item_ids = {i["id"] for i in sd["agenda"]}
    _agenda(bb, sw, sd["agenda"], s, scope, item_ids)
    _amendments(bb, sw, sd["amendments"], s, scope, item_ids)
    _negotiation(bb, sw, sd, s, scope.d, scope.party_ids, item_ids, {a["id"] for a in sd["amendments"]})


def _delegation(bb: _Builder, sw: str, rows: list[dict], s: Session, scope: _Scope) -> None:
    for mw, md in bb.each(rows, f"{sw}.delegation"):
        bb.refs(md, mw, person=(scope.people, "person"), party=(scope.party_ids, "party"))
        m = DelegationMember(**_values(md, _MEMBER), session_id=s.id)
        bb.domain(mw, validate.member, m)
        bb.b.members.append(m)


def _agenda(bb: _Builder, sw: str, rows: list[dict], s: Session, scope: _Scope, item_ids: set[str]) -> None:
    for iw, idd in bb.each(rows, f"{sw}.agenda"):
        bb.refs(idd, iw, parent=(item_ids, "agenda item"))
        if idd["parent"] == idd["id"]:
            bb.fail(f"{iw}.parent", "an agenda item cannot be its own parent.")
        bb.refs(
            idd,
            iw,
            theme=(scope.theme_ids, "theme"),
            lead_party=(scope.party_ids, "party"),
            presenter=(scope.people, "person"),
            commitment=(scope.commitment_ids, "commitment"),
        )
        item = AgendaItem(**_values(idd, _ITEM), session_id=s.id)
        bb.domain(iw, validate.agenda_item, item, scope.d.languages)
        for name in ("their_asks", "red_lines"):
            bb.domain(f"{iw}.internal", validate.text, getattr(item, name), name)
        bb.b.items.append(item)
    _check_agenda_tree(bb, sw, rows)


def _amendments(bb: _Builder, sw: str, rows: list[dict], s: Session, scope: _Scope, item_ids: set[str]) -> None:
    for aw, ad in bb.each(rows, f"{sw}.amendments"):
        bb.refs(ad, aw, agenda_item=(item_ids, "agenda item"), party=(scope.party_ids, "party"))
        a = Amendment(**_values(ad, _AMENDMENT), session_id=s.id)
        bb.domain(aw, validate.amendment, a)
        bb.b.amendments.append(a)


def _commitment(bb: _Builder, cw: str, cd: dict, scope: _Scope, refs: dict[str, str]) -> None:
    """One commitment: its record, revisions, status events, and indicators with their measurements."""
    bb.claim(cd["id"], cw)
    if cd["ref"] in refs:
        bb.fail(f"{cw}.ref", f"the reference {_show(cd['ref'])} is already used at {refs[cd['ref']]}.")
    refs[cd["ref"]] = cw
    sessions = scope.sessions
    bb.refs(cd, cw, party=(scope.party_ids, "party"), made_at=(sessions, "session"))
    for rn, sid in enumerate(cd["reaffirmed_at"]):
        bb.ref(sid, sessions, f"{cw}.reaffirmed_at[{rn}]", "session")
    bb.refs(cd, cw, theme=(scope.theme_ids, "theme"), reciprocal=(scope.commitment_ids, "commitment"), supersedes=(scope.commitment_ids, "commitment"))
    c = Commitment(**_values(cd, _COMMITMENT + _KIND + _ENDING), dialogue_id=scope.d.id)
    bb.domain(cw, validate.commitment, c, scope.d, sessions.get(c.made_at_session_id or ""))
    bb.b.commitments.append(c)
    _revisions(bb, cw, cd.get("revisions", ()), c, scope)
    _events(bb, cw, cd["events"], c, scope)
    _indicators(bb, cw, cd["indicators"], c, scope)


def _revisions(bb: _Builder, cw: str, rows: Sequence[dict], c: Commitment, scope: _Scope) -> None:
    for rw, rd in bb.each(rows, f"{cw}.revisions"):
        r = Revision(**_values(rd, _REVISION), commitment_id=c.id)
        bb.domain(rw, validate.revision, r, scope.d.languages)
        bb.b.revisions.append(r)


def _events(bb: _Builder, cw: str, rows: list[dict], c: Commitment, scope: _Scope) -> None:
    d = scope.d
    for ew, ed in bb.each(rows, f"{cw}.events"):
        values = _values(ed, _EVENT)
        if not values["party_id"]:  # a file from before events had a party: ours
            values["party_id"] = d.home_party.id if d.home_party else None
        e = StatusEvent(**values, commitment_id=c.id)
        bb.refs(ed, ew, party=(scope.party_ids, "party"))
        bb.domain(ew, audience.check_under, e.visibility, c.visibility)
        bb.domain(ew, validate.status_event, e, d.scale)
        bb.b.events.append(e)


def _indicators(bb: _Builder, cw: str, rows: list[dict], c: Commitment, scope: _Scope) -> None:
    for xw, xd in bb.each(rows, f"{cw}.indicators"):
        ind = Indicator(**_values(xd, _INDICATOR), commitment_id=c.id, direction=xd.get("direction"))
        bb.domain(xw, validate.indicator, ind, scope.d.languages)
        bb.b.indicators.append(ind)
        for mw, md in bb.each(xd["measurements"], f"{xw}.measurements"):
            m = Measurement(**_values(md, _MEASUREMENT), indicator_id=ind.id)
            bb.domain(mw, audience.check_under, m.visibility, c.visibility)
            bb.domain(mw, validate.measurement, m)
            bb.b.measurements.append(m)


def _actions(bb: _Builder, where: str, rows: list[dict], scope: _Scope) -> None:
    """The dialogue's follow-up actions, read after its sessions and commitments (their audience depends on both)."""
    d = scope.d
    agreed = {s.id for s in scope.sessions.values() if s.minutes_state == MinutesState.AGREED}
    by_id = {c.id: c for c in bb.b.commitments if c.dialogue_id == d.id}
    for aw, ad in bb.each(rows, f"{where}.actions"):
        bb.refs(ad, aw, commitment=(scope.commitment_ids, "commitment"), session=(scope.sessions, "session"))
        a = FollowUpAction(**_values(ad, _ACTION), dialogue_id=d.id)
        a.visibility = (  # a file from before actions had an audience: the safe choice, as the migration makes it
            Visibility(ad["visibility"]) if "visibility" in ad else audience.legacy_action(a, agreed, by_id)
        )
        parent = by_id.get(a.commitment_id or "")
        bb.domain(aw, audience.check_under, a.visibility, parent.visibility if parent else None)
        bb.domain(aw, validate.action, a)
        bb.b.actions.append(a)


def _negotiation(bb: _Builder, sw: str, sd: dict, s: Session, d: Dialogue, party_ids: set, item_ids: set, amendment_ids: set) -> None:
    """A session's negotiation record: versions (hash checked), proposals, sign-offs, and the state and texts they give."""
    from ..domain import negotiation as N

    nd = sd.get("negotiation") or {"versions": [], "proposals": [], "signoffs": []}
    b = bb.b
    versions: dict[str, N.MinutesVersion] = {}
    for vw, vd in bb.each(nd["versions"], f"{sw}.negotiation.versions"):
        bb.refs(vd, vw, party=(party_ids, "party"))
        v = N.MinutesVersion(**_values(vd, _VERSION), session_id=s.id)
        bb.domain(vw, N.check_version, v)  # the items' texts too, as for a packet
        versions[v.id] = v
        b.versions.append(v)
    _proposals(bb, sw, nd["proposals"], s, d, versions, party_ids, item_ids)
    for xw, xd in bb.each(nd["signoffs"], f"{sw}.negotiation.signoffs"):
        bb.refs(xd, xw, version=(versions, "version"), amendment=(amendment_ids, "amendment"), party=(party_ids, "party"))
        if (xd.get("version") is None) == (xd.get("amendment") is None):
            bb.fail(xw, "a sign-off is of one version or of one amendment.")
        bb.domain(f"{xw}.signed_at", validate.timestamp, xd["signed_at"], "signed_at")
        b.signoffs.append(N.SignOff(**_values(xd, _SIGNOFF), session_id=s.id))
    where = N.minutes_of(d.code, s.number, first=True)
    bb.domain(
        sw,
        N.check_record,
        where,
        s,
        [i for i in b.items if i.session_id == s.id],
        list(versions.values()),
        [x for x in b.signoffs if x.session_id == s.id],
        [a for a in b.amendments if a.session_id == s.id],
        list(party_ids),
    )


def _proposals(bb: _Builder, sw: str, proposals: list, s: Session, d: Dialogue, versions: dict, party_ids: set, item_ids: set) -> None:
    """A session's proposed changes to its circulated minutes, each checked against the version and item it names."""
    from ..domain import negotiation as N

    for pw, pd in bb.each(proposals, f"{sw}.negotiation.proposals"):
        bb.refs(pd, pw, version=(versions, "version"), agenda_item=(item_ids, "agenda item"), party=(party_ids, "party"))
        p = N.Proposal(**_values(pd, _proposal_fields()), session_id=s.id)
        bb.domain(pw, N.check_proposal, p, d.languages)
        bb.b.proposals.append(p)


def _check_agenda_tree(bb: _Builder, where: str, items: list[dict]) -> None:
    """Refuse parent links that loop back on themselves."""
    parent = {i["id"]: i["parent"] for i in items}
    for n, i in enumerate(items):
        seen, at = set(), i["id"]
        while at is not None:
            if at in seen:
                bb.fail(f"{where}.agenda[{n}].parent", "the sub-items form a loop.")
            seen.add(at)
            at = parent.get(at)
