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
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

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


def to_document(b: Bundle) -> dict:
    """Turn a bundle into the interchange document (plain JSON values)."""
    doc: dict[str, Any] = {"format": FORMAT, "format_version": FORMAT_VERSION}
    doc["people"] = [
        {"id": p.id, "name": p.name, "title": p.title, "organisation": p.organisation, "email": p.email, "phone": p.phone, "party": p.party}
        for p in sorted(b.people, key=lambda p: (p.name, p.id))
    ]
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

    def __init__(self, b: Bundle) -> None:
        self.sessions = _group(b.sessions, "dialogue_id")
        self.commitments = _group(b.commitments, "dialogue_id")
        self.actions = _group(b.actions, "dialogue_id")
        self.members = _group(b.members, "session_id")
        self.items = _group(b.items, "session_id")
        self.amendments = _group(b.amendments, "session_id")
        self.versions = _group(b.versions, "session_id")
        self.proposals = _group(b.proposals, "session_id")
        self.signoffs = _group(b.signoffs, "session_id")
        self.events = _group(b.events, "commitment_id")
        self.revisions = _group(b.revisions, "commitment_id")
        self.indicators = _group(b.indicators, "commitment_id")
        self.measurements = _group(b.measurements, "indicator_id")


def _dialogue_doc(d: Dialogue, b: _Children) -> dict:
    sessions = sorted(b.sessions.get(d.id, ()), key=lambda s: s.number)
    commitments = sorted(b.commitments.get(d.id, ()), key=lambda c: c.ref)
    return {
        "id": d.id,
        "code": d.code,
        "name": d.name,
        "level": d.level.value,
        "cadence": d.cadence,
        "instrument": {"title": d.instrument_title, "signed_on": _d(d.instrument_signed_on)},
        "languages": d.languages,
        "classification": d.classification,
        "markings": d.markings,
        "scale": {"name": d.scale.name, "levels": [{"code": lv.code, "label": lv.label, "tone": lv.tone.value, "closed": lv.closed} for lv in d.scale.levels]},
        "parties": [
            {"id": p.id, "code": p.code, "name": p.name, "is_home": p.is_home, "names": {lang: n.as_dict() for lang, n in sorted(p.names.items())}}
            for p in d.parties
        ],
        "themes": [{"id": t.id, "code": t.code, "title": t.title, "standing": t.standing} for t in d.themes],
        "sessions": [_session_doc(s, b) for s in sessions],
        "commitments": [_commitment_doc(c, b) for c in commitments],
        "actions": [
            {
                "id": a.id,
                "description": a.description,
                "assignee": a.assignee,
                "due_on": _d(a.due_on),
                "state": a.state.value,
                "commitment": a.commitment_id,
                "session": a.session_id,
                "visibility": a.visibility.value,
            }
            for a in sorted(b.actions.get(d.id, ()), key=lambda a: (_d(a.due_on) or "", a.id))
        ],
    }


def _session_doc(s: Session, b: _Children) -> dict:
    return {
        "id": s.id,
        "number": s.number,
        "starts_on": _d(s.starts_on),
        "ends_on": _d(s.ends_on),
        "start_time": s.start_time.strftime("%H:%M"),
        "venue": s.venue,
        "host_party": s.host_party_id,
        "state": s.state.value,
        "minutes_state": s.minutes_state.value,
        "brief_printed_at": s.brief_printed_at,
        "delegation": [_member_doc(m) for m in b.members.get(s.id, ())],
        "agenda": [_item_doc(i) for i in b.items.get(s.id, ())],
        "amendments": [_amendment_doc(a) for a in b.amendments.get(s.id, ())],
        **_negotiation_doc(s, b),
    }


def _member_doc(m: DelegationMember) -> dict:
    return {
        "id": m.id,
        "person": m.person_id,
        "party": m.party_id,
        "role": m.role,
        "is_head": m.is_head,
        "is_cochair": m.is_cochair,
        "position": m.position,
        "confirmed": m.confirmed,
    }


def _item_doc(i: AgendaItem) -> dict:
    return {
        "id": i.id,
        "parent": i.parent_id,
        "position": i.position,
        "kind": i.kind.value,
        "theme": i.theme_id,
        "lead_party": i.lead_party_id,
        "presenter": i.presenter_id,
        "commitment": i.commitment_id,
        "start_time": i.start_time.strftime("%H:%M") if i.start_time else None,
        "duration_min": i.duration_min,
        "title": i.title,
        "summary": i.summary,
        "conclusions": i.conclusions,
        "internal": {
            "objective": i.objective,
            "background": i.background,
            "lines_to_take": i.lines_to_take,
            "notes": i.internal_notes,
            "their_asks": i.their_asks,
            "red_lines": i.red_lines,
        },
    }


def _amendment_doc(a: Amendment) -> dict:
    return {
        "id": a.id,
        "agenda_item": a.agenda_item_id,
        "field": a.field,
        "lang": a.lang,
        "old_text": a.old_text,
        "new_text": a.new_text,
        "amended_on": _d(a.amended_on),
        "reason": a.reason,
        "author": a.author,
        "party": a.party_id,
        "state": a.state,
    }


def _negotiation_doc(s: Session, b: _Children) -> dict:
    versions, proposals, signoffs = b.versions.get(s.id, ()), b.proposals.get(s.id, ()), b.signoffs.get(s.id, ())
    if not (versions or proposals or signoffs):
        return {}
    return {
        "negotiation": {
            "versions": [
                {
                    "id": v.id,
                    "number": v.number,
                    "party": v.party_id,
                    "texts": v.texts,
                    "hash": v.hash,
                    "circulated_at": v.circulated_at,
                    "circulated_by": v.circulated_by,
                }
                for v in versions
            ],
            "proposals": [
                {
                    "id": p.id,
                    "version": p.version_id,
                    "agenda_item": p.agenda_item_id,
                    "field": p.field,
                    "lang": p.lang,
                    "op": p.op,
                    "passage": p.passage,
                    "text": p.text,
                    "comment": p.comment,
                    "party": p.party_id,
                    "proposed_at": p.proposed_at,
                    "proposed_by": p.proposed_by,
                    "state": p.state.value,
                    "decided_text": p.decided_text,
                    "decided_at": p.decided_at,
                    "decided_by": p.decided_by,
                }
                for p in proposals
            ],
            "signoffs": [
                {
                    "id": x.id,
                    "version": x.version_id,
                    "amendment": x.amendment_id,
                    "party": x.party_id,
                    "name": x.name,
                    "hash": x.hash,
                    "signed_at": x.signed_at,
                    "recorded_by": x.recorded_by,
                }
                for x in signoffs
            ],
        }
    }


def _commitment_doc(c: Commitment, b: _Children) -> dict:
    events = sorted(b.events.get(c.id, ()), key=lambda e: (e.effective_on, e.recorded_at, e.id))
    indicators = sorted(b.indicators.get(c.id, ()), key=lambda i: i.id)
    return {
        "id": c.id,
        "ref": c.ref,
        "text": c.text,
        "party": c.party_id,
        "made_at": c.made_at_session_id,
        "reaffirmed_at": c.reaffirmed_at,
        "lead_institution": c.lead_institution,
        "theme": c.theme_id,
        "due_on": _d(c.due_on),
        "due_session": c.due_session_number,
        "reciprocal": c.reciprocal_id,
        "supersedes": c.supersedes_id,
        "visibility": c.visibility.value,
        **_commitment_optional_doc(c, b),
        "events": [_event_doc(e) for e in events],
        "indicators": [_indicator_doc(i, b) for i in indicators],
    }


def _commitment_optional_doc(c: Commitment, b: _Children) -> dict:
    """A commitment's kind, ending and revisions: written only when they hold something, so a file from before them reads and writes back the same."""
    optional: dict[str, Any] = {}
    if c.kind != CommitmentKind.COMMITMENT:
        optional["kind"] = c.kind.value
    if c.state != CommitmentState.IN_FORCE or c.ended_on or c.end_reason:
        optional |= {"state": c.state.value, "ended_on": _d(c.ended_on), "end_reason": c.end_reason}
    revisions = sorted(b.revisions.get(c.id, ()), key=lambda r: (r.recorded_at, r.id))
    if revisions:
        optional["revisions"] = [
            {
                "id": r.id,
                "revised_on": _d(r.revised_on),
                "old_text": r.old_text,
                "new_text": r.new_text,
                "reason": r.reason,
                "author": r.author,
                "recorded_at": r.recorded_at,
            }
            for r in revisions
        ]
    return optional


def _event_doc(e: StatusEvent) -> dict:
    return {
        "id": e.id,
        "effective_on": _d(e.effective_on),
        "status": e.status,
        "note": e.note,
        "evidence": e.evidence,
        "author": e.author,
        "recorded_at": e.recorded_at,
        "recorded_where": e.recorded_where,
        "visibility": e.visibility.value,
        "party": e.party_id,
    }


def _indicator_doc(i: Indicator, b: _Children) -> dict:
    return {
        "id": i.id,
        "name": i.name,
        "unit": i.unit,
        "baseline": {"value": i.baseline_value, "on": _d(i.baseline_on)},
        "target": {"value": i.target_value, "on": _d(i.target_on)},
        **({"direction": i.direction.value} if i.direction != Direction.implied(i.baseline_value, i.target_value) else {}),
        "measurements": [
            {"id": m.id, "measured_on": _d(m.measured_on), "value": m.value, "source": m.source, "visibility": m.visibility.value}
            for m in sorted(b.measurements.get(i.id, ()), key=lambda m: (m.measured_on, m.id))
        ],
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


def _message(error) -> str:
    where = path_text(error.absolute_path)
    value = error.instance
    kind = error.validator
    if kind == "required":
        missing = [k for k in error.validator_value if k not in value]
        return f"{where}: missing field '{missing[0]}'."
    if kind == "additionalProperties":
        extra = sorted(set(value) - set(error.schema.get("properties", {})))
        return f"{where}: unknown field {_show(extra[0])}."
    if kind == "type":
        expected = error.validator_value
        names = {
            "object": "an object",
            "array": "a list",
            "string": "text",
            "integer": "a whole number",
            "number": "a number",
            "boolean": "true or false",
            "null": "null",
        }
        wanted = " or ".join(names.get(t, t) for t in (expected if isinstance(expected, list) else [expected]))
        return f"{where}: expected {wanted}, found {JSON_TYPES.get(type(value), 'something else')} {_show(value)}."
    if kind == "format" and error.validator_value == "date":
        return f"{where}: not a date: {_show(value)}."
    if kind == "enum":
        return f"{where}: {_show(value)} is not one of: {', '.join(map(str, error.validator_value))}."
    if kind == "const":
        return f"{where}: expected {_show(error.validator_value)}, found {_show(value)}."
    if kind == "minLength":
        return f"{where}: must not be empty."
    if kind == "maxLength":
        return f"{where}: is {len(value):,} characters long; the limit is {error.validator_value:,}."
    if kind == "minItems":
        return f"{where}: needs at least {error.validator_value} entries."
    if kind in ("minimum", "maximum"):
        lowest, highest = error.schema.get("minimum"), error.schema.get("maximum")
        if lowest is not None and highest is not None:
            return f"{where}: {value} is not a whole number between {lowest:,} and {highest:,}."
        return f"{where}: {value} is out of range ({kind} {error.validator_value:,})."
    if kind == "pattern":
        return f"{where}: {_show(value)} is not in the expected form."
    if kind == "propertyNames":
        return f"{where}: {_show(value)} has a key that is not a language code."
    return f"{where}: {error.message}."


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


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
    for n, p in enumerate(rows):
        where = f"people[{n}]"
        bb.claim(p["id"], where)
        person = Person(
            id=p["id"],
            name=p["name"],
            title=p["title"],
            organisation=p["organisation"],
            email=p.get("email", ""),
            phone=p.get("phone", ""),
            party=p.get("party", ""),
        )
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
    themes = []
    for tn, t in enumerate(dd["themes"]):
        bb.claim(t["id"], f"{where}.themes[{tn}]")
        themes.append(Theme(id=t["id"], code=t["code"], title=t["title"], standing=t["standing"]))
    levels = dd["scale"]["levels"]
    d = Dialogue(
        id=dd["id"],
        code=dd["code"],
        name=dd["name"],
        parties=parties,
        languages=dd["languages"],
        level=Level(dd["level"]),
        cadence=dd["cadence"],
        instrument_title=dd["instrument"]["title"],
        instrument_signed_on=_date(dd["instrument"]["signed_on"]),
        classification=dd["classification"],
        markings=dd.get("markings", {}),
        scale=StatusScale(dd["scale"]["name"], tuple(StatusLevel(lv["code"], lv["label"], Tone(lv["tone"]), lv["closed"]) for lv in levels)),
        themes=themes,
    )
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
    for pn, p in enumerate(rows):
        bb.claim(p["id"], f"{where}.parties[{pn}]")
        names = {lang: PartyName(**{f: n.get(f, "") for f in PartyName.FIELDS}) for lang, n in sorted(p.get("names", {}).items())}
        for lang, n in names.items():
            for f in PartyName.FIELDS:
                bb.domain(f"{where}.parties[{pn}].names.{lang}", lambda n=n, f=f: validate.text(getattr(n, f), f, limit=300))
        parties.append(Party(id=p["id"], code=p["code"], name=p["name"], is_home=p["is_home"], names=names))
    return parties


def _session(bb: _Builder, sw: str, sd: dict, scope: _Scope) -> None:
    """One session: its record, delegation, agenda, amendments and negotiation."""
    bb.claim(sd["id"], sw)
    if sd["number"] in scope.numbers:
        bb.fail(f"{sw}.number", f"the dialogue already has a session number {sd['number']}.")
    scope.numbers.add(sd["number"])
    bb.ref(sd["host_party"], scope.party_ids, f"{sw}.host_party", "party")
    s = Session(
        id=sd["id"],
        dialogue_id=scope.d.id,
        number=sd["number"],
        starts_on=_date(sd["starts_on"]),
        ends_on=_date(sd["ends_on"]),
        start_time=dt.time.fromisoformat(sd["start_time"]),
        venue=sd["venue"],
        host_party_id=sd["host_party"],
        state=SessionState(sd["state"]),
        minutes_state=MinutesState(sd["minutes_state"]),
        brief_printed_at=sd.get("brief_printed_at", ""),
    )
    bb.domain(sw, validate.session, s)
    scope.sessions[s.id] = s
    bb.b.sessions.append(s)
    _delegation(bb, sw, sd["delegation"], s, scope)
    item_ids = {i["id"] for i in sd["agenda"]}
    _agenda(bb, sw, sd["agenda"], s, scope, item_ids)
    _amendments(bb, sw, sd["amendments"], s, scope, item_ids)
    _negotiation(bb, sw, sd, s, scope.d, scope.party_ids, item_ids, {a["id"] for a in sd["amendments"]})


def _delegation(bb: _Builder, sw: str, rows: list[dict], s: Session, scope: _Scope) -> None:
    for mn, md in enumerate(rows):
        mw = f"{sw}.delegation[{mn}]"
        bb.claim(md["id"], mw)
        bb.ref(md["person"], scope.people, f"{mw}.person", "person")
        bb.ref(md["party"], scope.party_ids, f"{mw}.party", "party")
        m = DelegationMember(
            id=md["id"],
            session_id=s.id,
            person_id=md["person"],
            party_id=md["party"],
            role=md["role"],
            is_head=md["is_head"],
            is_cochair=md["is_cochair"],
            position=md["position"],
            confirmed=md.get("confirmed", True),
        )
        bb.domain(mw, validate.member, m)
        bb.b.members.append(m)


def _agenda(bb: _Builder, sw: str, rows: list[dict], s: Session, scope: _Scope, item_ids: set[str]) -> None:
    for iw_n, idd in enumerate(rows):
        iw = f"{sw}.agenda[{iw_n}]"
        bb.claim(idd["id"], iw)
        bb.ref(idd["parent"], item_ids, f"{iw}.parent", "agenda item")
        if idd["parent"] == idd["id"]:
            bb.fail(f"{iw}.parent", "an agenda item cannot be its own parent.")
        bb.ref(idd["theme"], scope.theme_ids, f"{iw}.theme", "theme")
        bb.ref(idd["lead_party"], scope.party_ids, f"{iw}.lead_party", "party")
        bb.ref(idd["presenter"], scope.people, f"{iw}.presenter", "person")
        bb.ref(idd.get("commitment"), scope.commitment_ids, f"{iw}.commitment", "commitment")
        item = AgendaItem(
            id=idd["id"],
            session_id=s.id,
            parent_id=idd["parent"],
            position=idd["position"],
            kind=ItemKind(idd["kind"]),
            theme_id=idd["theme"],
            lead_party_id=idd["lead_party"],
            presenter_id=idd["presenter"],
            duration_min=idd["duration_min"],
            title=idd["title"],
            summary=idd["summary"],
            conclusions=idd["conclusions"],
            objective=idd["internal"]["objective"],
            background=idd["internal"]["background"],
            lines_to_take=idd["internal"]["lines_to_take"],
            internal_notes=idd["internal"]["notes"],
            their_asks=idd["internal"].get("their_asks", ""),
            red_lines=idd["internal"].get("red_lines", ""),
            commitment_id=idd.get("commitment"),
            start_time=dt.time.fromisoformat(idd["start_time"]) if idd.get("start_time") else None,
        )
        bb.domain(iw, validate.agenda_item, item, scope.d.languages)
        for name in ("their_asks", "red_lines"):
            bb.domain(f"{iw}.internal", validate.text, getattr(item, name), name)
        bb.b.items.append(item)
    _check_agenda_tree(bb, sw, rows)


def _amendments(bb: _Builder, sw: str, rows: list[dict], s: Session, scope: _Scope, item_ids: set[str]) -> None:
    for an, ad in enumerate(rows):
        aw = f"{sw}.amendments[{an}]"
        bb.claim(ad["id"], aw)
        bb.ref(ad["agenda_item"], item_ids, f"{aw}.agenda_item", "agenda item")
        bb.ref(ad.get("party"), scope.party_ids, f"{aw}.party", "party")
        a = Amendment(
            id=ad["id"],
            session_id=s.id,
            agenda_item_id=ad["agenda_item"],
            field=ad["field"],
            lang=ad["lang"],
            old_text=ad["old_text"],
            new_text=ad["new_text"],
            amended_on=_date(ad["amended_on"]),
            reason=ad["reason"],
            author=ad.get("author", ""),
            party_id=ad.get("party"),
            state=ad.get("state", "effective"),
        )
        bb.domain(aw, validate.amendment, a)
        bb.b.amendments.append(a)


def _commitment(bb: _Builder, cw: str, cd: dict, scope: _Scope, refs: dict[str, str]) -> None:
    """One commitment: its record, revisions, status events, and indicators with their measurements."""
    bb.claim(cd["id"], cw)
    if cd["ref"] in refs:
        bb.fail(f"{cw}.ref", f"the reference {_show(cd['ref'])} is already used at {refs[cd['ref']]}.")
    refs[cd["ref"]] = cw
    sessions = scope.sessions
    bb.ref(cd["party"], scope.party_ids, f"{cw}.party", "party")
    bb.ref(cd["made_at"], sessions, f"{cw}.made_at", "session")
    for rn, sid in enumerate(cd["reaffirmed_at"]):
        bb.ref(sid, sessions, f"{cw}.reaffirmed_at[{rn}]", "session")
    bb.ref(cd["theme"], scope.theme_ids, f"{cw}.theme", "theme")
    bb.ref(cd["reciprocal"], scope.commitment_ids, f"{cw}.reciprocal", "commitment")
    bb.ref(cd["supersedes"], scope.commitment_ids, f"{cw}.supersedes", "commitment")
    c = Commitment(
        id=cd["id"],
        dialogue_id=scope.d.id,
        ref=cd["ref"],
        text=cd["text"],
        party_id=cd["party"],
        made_at_session_id=cd["made_at"],
        lead_institution=cd["lead_institution"],
        theme_id=cd["theme"],
        due_on=_date(cd["due_on"]),
        due_session_number=cd["due_session"],
        reaffirmed_at=list(cd["reaffirmed_at"]),
        reciprocal_id=cd["reciprocal"],
        supersedes_id=cd["supersedes"],
        visibility=Visibility(cd["visibility"]),
        kind=CommitmentKind(cd.get("kind", "commitment")),
        state=CommitmentState(cd.get("state", "in_force")),
        ended_on=_date(cd.get("ended_on")),
        end_reason=cd.get("end_reason", ""),
    )
    bb.domain(cw, validate.commitment, c, scope.d, sessions.get(c.made_at_session_id or ""))
    bb.b.commitments.append(c)
    _revisions(bb, cw, cd.get("revisions", ()), c, scope)
    _events(bb, cw, cd["events"], c, scope)
    _indicators(bb, cw, cd["indicators"], c, scope)


def _revisions(bb: _Builder, cw: str, rows: Sequence[dict], c: Commitment, scope: _Scope) -> None:
    for rn, rd in enumerate(rows):
        rw = f"{cw}.revisions[{rn}]"
        bb.claim(rd["id"], rw)
        r = Revision(
            id=rd["id"],
            commitment_id=c.id,
            revised_on=_date(rd["revised_on"]),
            old_text=rd["old_text"],
            new_text=rd["new_text"],
            reason=rd["reason"],
            author=rd["author"],
            recorded_at=rd["recorded_at"],
        )
        bb.domain(rw, validate.revision, r, scope.d.languages)
        bb.b.revisions.append(r)


def _events(bb: _Builder, cw: str, rows: list[dict], c: Commitment, scope: _Scope) -> None:
    d = scope.d
    for en, ed in enumerate(rows):
        ew = f"{cw}.events[{en}]"
        bb.claim(ed["id"], ew)
        e = StatusEvent(
            id=ed["id"],
            commitment_id=c.id,
            effective_on=_date(ed["effective_on"]),
            status=ed["status"],
            note=ed["note"],
            evidence=ed["evidence"],
            author=ed["author"],
            recorded_at=ed["recorded_at"],
            recorded_where=ed["recorded_where"],
            visibility=Visibility(ed.get("visibility", "internal")),
            party_id=ed.get("party") or (d.home_party.id if d.home_party else None),
        )
        bb.ref(ed.get("party"), scope.party_ids, f"{ew}.party", "party")
        bb.domain(ew, audience.check_under, e.visibility, c.visibility)
        bb.domain(ew, validate.status_event, e, d.scale)
        bb.b.events.append(e)


def _indicators(bb: _Builder, cw: str, rows: list[dict], c: Commitment, scope: _Scope) -> None:
    for xn, xd in enumerate(rows):
        xw = f"{cw}.indicators[{xn}]"
        bb.claim(xd["id"], xw)
        ind = Indicator(
            id=xd["id"],
            commitment_id=c.id,
            name=xd["name"],
            unit=xd["unit"],
            baseline_value=xd["baseline"]["value"],
            baseline_on=_date(xd["baseline"]["on"]),
            target_value=xd["target"]["value"],
            target_on=_date(xd["target"]["on"]),
            direction=xd.get("direction"),
        )
        bb.domain(xw, validate.indicator, ind, scope.d.languages)
        bb.b.indicators.append(ind)
        for mn, md in enumerate(xd["measurements"]):
            mw = f"{xw}.measurements[{mn}]"
            bb.claim(md["id"], mw)
            m = Measurement(
                id=md["id"],
                indicator_id=ind.id,
                measured_on=_date(md["measured_on"]),
                value=md["value"],
                source=md["source"],
                visibility=Visibility(md.get("visibility", "internal")),
            )
            bb.domain(mw, audience.check_under, m.visibility, c.visibility)
            bb.domain(mw, validate.measurement, m)
            bb.b.measurements.append(m)


def _actions(bb: _Builder, where: str, rows: list[dict], scope: _Scope) -> None:
    """The dialogue's follow-up actions, read after its sessions and commitments (their audience depends on both)."""
    d = scope.d
    agreed = {s.id for s in scope.sessions.values() if s.minutes_state == MinutesState.AGREED}
    by_id = {c.id: c for c in bb.b.commitments if c.dialogue_id == d.id}
    for an, ad in enumerate(rows):
        aw = f"{where}.actions[{an}]"
        bb.claim(ad["id"], aw)
        bb.ref(ad["commitment"], scope.commitment_ids, f"{aw}.commitment", "commitment")
        bb.ref(ad["session"], scope.sessions, f"{aw}.session", "session")
        a = FollowUpAction(
            id=ad["id"],
            dialogue_id=d.id,
            description=ad["description"],
            assignee=ad["assignee"],
            due_on=_date(ad["due_on"]),
            state=ActionState(ad["state"]),
            commitment_id=ad["commitment"],
            session_id=ad["session"],
        )
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
    for vn, vd in enumerate(nd["versions"]):
        vw = f"{sw}.negotiation.versions[{vn}]"
        bb.claim(vd["id"], vw)
        bb.ref(vd["party"], party_ids, f"{vw}.party", "party")
        v = N.MinutesVersion(s.id, vd["number"], vd["party"], vd["texts"], vd["hash"], vd["circulated_at"], vd.get("circulated_by", ""), id=vd["id"])
        bb.domain(vw, N.check_version, v)
        for fn, frozen in enumerate(v.texts["items"]):
            for name in N.FIELDS:
                bb.domain(f"{vw}.texts.items[{fn}]", validate.lang_text, frozen.get(name) if isinstance(frozen, dict) else None, name)
        versions[v.id] = v
        b.versions.append(v)
    _proposals(bb, sw, nd["proposals"], s, d, versions, party_ids, item_ids)
    for xn, xd in enumerate(nd["signoffs"]):
        xw = f"{sw}.negotiation.signoffs[{xn}]"
        bb.claim(xd["id"], xw)
        bb.ref(xd.get("version"), versions, f"{xw}.version", "version")
        bb.ref(xd.get("amendment"), amendment_ids, f"{xw}.amendment", "amendment")
        bb.ref(xd["party"], party_ids, f"{xw}.party", "party")
        if (xd.get("version") is None) == (xd.get("amendment") is None):
            bb.fail(xw, "a sign-off is of one version or of one amendment.")
        bb.domain(f"{xw}.signed_at", validate.timestamp, xd["signed_at"], "signed_at")
        b.signoffs.append(
            N.SignOff(
                s.id, xd["party"], xd["name"], xd["hash"], xd["signed_at"], xd.get("version"), xd.get("amendment"), xd.get("recorded_by", ""), id=xd["id"]
            )
        )
    where = f"The minutes of {d.code} session {s.number}"
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

    for pn, pd in enumerate(proposals):
        pw = f"{sw}.negotiation.proposals[{pn}]"
        bb.claim(pd["id"], pw)
        bb.ref(pd["version"], versions, f"{pw}.version", "version")
        bb.ref(pd["agenda_item"], item_ids, f"{pw}.agenda_item", "agenda item")
        bb.ref(pd["party"], party_ids, f"{pw}.party", "party")
        p = N.Proposal(
            s.id,
            pd["version"],
            pd["agenda_item"],
            pd["field"],
            pd["lang"],
            pd["op"],
            pd.get("passage", ""),
            pd.get("text", ""),
            pd.get("comment", ""),
            pd["party"],
            pd["proposed_at"],
            pd.get("proposed_by", ""),
            N.ProposalState(pd["state"]),
            pd.get("decided_text", ""),
            pd.get("decided_at", ""),
            pd.get("decided_by", ""),
            id=pd["id"],
        )
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
