"""Checks that every entry point (editor, import, command line, packet) applies the same way.

Each check raises :class:`Invalid` with one sentence that starts with the
field it is about, by the model's attribute name (``note: contains control
characters that cannot be stored.``); the interchange reader turns that into
the path in the file (``dialogues[0].commitments[3].events[0].note: …``).

The limits below are the whole contract, one per kind of field, and
``docs/interchange.md`` lists them. Texts are counted in characters.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from . import model
from .errors import Invalid
from .language import ordinal
from .text import control_characters, lone_surrogates, printable

# --------------------------------------------------------------- the limits

ID = 100
"""Ids and references to them (UUIDs in files Consult writes)."""
CODE = 40
"""Codes: dialogues, parties, themes, status levels, languages."""
REF = 60
"""Commitment references such as ``MLFR-2002-01``."""
MARKING = 60
"""Classification markings (``RESTRICTED``, ``DIFFUSION RESTREINTE``), in each language."""
LABEL = 80
"""Short labels: status labels, units, cadences, scale names, phone numbers."""
NAME = 300
"""Names of people, parties and institutions; titles of people; e-mail addresses, venues, assignees, authors, places."""
TITLE = 1_000
"""Titles and names of things: dialogues, instruments, themes, agenda items, indicators; sources."""
TEXT = 20_000
"""Joint and internal texts: commitments, summaries, conclusions, objectives, background, lines to take, actions, amendments (about 8 pages)."""
NOTE = 100_000
"""Notes and evidence: status notes and evidence, agenda items' internal notes (about 40 pages)."""
LONGEST = NOTE
"""No text of any kind is longer."""

MAX_NUMBER = 10**15
"""Figures (indicator baselines, targets, measurements) lie within ±10^15: exact in a double, and more than any budget."""
MAX_SESSION_NUMBER = 10_000
MAX_POSITION = 100_000
MAX_DURATION = 24 * 60
"""An agenda item lasts at most a day (minutes)."""
EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)
"""Every date lies in the years 1900–2199."""

_LANGUAGE = re.compile(r"[a-z]{2,3}")
_TIMESTAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?(Z|\+00:00)", re.ASCII)
MINUTES_FIELDS = ("summary", "conclusions")
AGREED_ITEM_KEPT = ("kind", "session_id", "parent_id", "position", "duration_min", "start_time")
"""What an item of agreed minutes keeps, besides its title and texts: its number, whether the minutes record it, its day."""
AGREED_SESSION_KEPT = ("number", "starts_on", "ends_on", "venue", "host_party_id", "start_time")
"""What agreed minutes say of their session ("La 2e session … s'est tenue à Paris les 10 et 11 juin 2002"): kept as agreed."""


# ------------------------------------------------------------- plain values


def text(value: str, field: str, *, required: bool = False, limit: int = TEXT) -> str:
    """Accept a text field, or say why not."""
    if not isinstance(value, str):
        raise Invalid(f"{field}: expected text.", field)
    if len(value) > limit:
        raise Invalid(f"{field}: is {len(value):,} characters long; the limit is {limit:,}.", field)
    characters(value, field)
    if required and not value.strip():
        raise Invalid(f"{field}: must not be empty.", field)
    return value


def characters(value: str, field: str) -> str:
    """Accept a text without control characters (other than tab and newline) or lone surrogates."""
    if control_characters(value):
        what = "broken Unicode (a lone surrogate)" if lone_surrogates(value) else "control characters"
        raise Invalid(f"{field}: contains {what} that cannot be stored.", field)
    return value


def lang_text(value: model.LangText, field: str, languages: list[str] | None = None, *, required: bool = False, limit: int = TEXT) -> model.LangText:
    """Accept a multilingual text; every language must be one of the dialogue's."""
    if not isinstance(value, dict):
        raise Invalid(f"{field}: expected texts by language.", field)
    for code, version in value.items():
        if not isinstance(code, str) or not _LANGUAGE.fullmatch(code):
            raise Invalid(f"{field}: '{printable(str(code))[:20]}' is not a language code.", field)
        if languages is not None and code not in languages:
            raise Invalid(f"{field}: '{code}' is not a working language of this dialogue ({', '.join(languages)}).", field)
        text(version, f"{field}.{code}", limit=limit)
    if required and not any(v.strip() for v in value.values()):
        raise Invalid(f"{field}: must not be empty.", field)
    return value


def date(value: dt.date | None, field: str, *, required: bool = False) -> dt.date | None:
    """Accept a date in the years 1900–2199 (or none, unless required)."""
    if value is None:
        if required:
            raise Invalid(f"{field}: a date is needed.", field)
        return None
    if not isinstance(value, dt.date):
        raise Invalid(f"{field}: expected a date.", field)
    if not EARLIEST <= value <= LATEST:
        raise Invalid(f"{field}: {value.isoformat()} is outside the years {EARLIEST.year}–{LATEST.year}.", field)
    return value


def timestamp(value: str, field: str) -> str:
    """Accept an ISO-8601 UTC timestamp such as ``2003-03-31T12:00:00Z`` (seconds, optional fraction, Z or +00:00)."""
    when = None
    if isinstance(value, str) and _TIMESTAMP.fullmatch(value):
        try:
            when = dt.datetime.fromisoformat(value)
        except ValueError:
            pass
    if when is None:
        shown = printable(value[:40]) if isinstance(value, str) else type(value).__name__
        raise Invalid(f"{field}: '{shown}' is not an ISO-8601 UTC timestamp (for example 2003-03-31T12:00:00Z).", field)
    date(when.date(), field)
    return value


def _figure(value: int | float) -> str:
    """A number as a message shows it: JSON's spelling, long integers cut."""
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return repr(value)
    if value.bit_length() > 64:  # str() of a huge integer is slow, and refused past 4,300 digits
        return f"{'-' if value < 0 else ''}a number of about {int(value.bit_length() * 0.30103) + 1:,} digits"
    return str(value)


def out_of_range(shown: str, field: str) -> Invalid:
    """The refusal of a figure outside ±MAX_NUMBER (``shown`` as the file spells it)."""
    return Invalid(f"{field}: {shown} is outside the range of figures Consult stores (±{MAX_NUMBER:,}).", field)


def number(value: float, field: str) -> float:
    """Accept a figure: a finite number within ±MAX_NUMBER."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Invalid(f"{field}: expected a number.", field)
    if isinstance(value, float) and not math.isfinite(value):
        raise Invalid(f"{field}: {_figure(value)} is not a finite number.", field)
    if not -MAX_NUMBER <= value <= MAX_NUMBER:
        raise out_of_range(_figure(value), field)
    return value


def whole(value: int | None, field: str, lowest: int, highest: int, *, required: bool = True) -> int | None:
    """Accept a whole number between ``lowest`` and ``highest`` (or none, unless required)."""
    if value is None and not required:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(f"{field}: expected a whole number.", field)
    if not lowest <= value <= highest:
        raise Invalid(f"{field}: {_figure(value)} is not a whole number between {lowest:,} and {highest:,}.", field)
    return value


def scalar(value: object, field: str) -> object:
    """Accept one stored value of any field: text within the longest limit, a figure, true/false or null.

    For a value whose field is not known yet: a packet applies it to every
    column of a row before the record checks below; the interchange reader
    to every number, true/false and null of a file, and ``characters`` to
    every text (a text's length is its field's: checked with its record).
    """
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        if len(value) > LONGEST:
            raise Invalid(f"{field}: is {len(value):,} characters long; no text may be longer than {LONGEST:,} characters.", field)
        return text(value, field, limit=LONGEST)
    if isinstance(value, (int, float)):
        return number(value, field)
    raise Invalid(f"{field}: expected text, a number, true/false or null.", field)


# ------------------------------------------------------------------ records


def person(p: model.Person) -> None:
    text(p.name, "name", required=True, limit=NAME)
    text(p.title, "title", limit=NAME)
    text(p.organisation, "organisation", limit=NAME)
    text(p.email, "email", limit=NAME)
    text(p.phone, "phone", limit=LABEL)
    text(p.party, "party", limit=CODE)


def dialogue(d: model.Dialogue) -> None:
    text(d.code, "code", required=True, limit=CODE)
    if not d.languages:
        raise Invalid("languages: a dialogue needs at least one working language.", "languages")
    for n, code in enumerate(d.languages):
        if not isinstance(code, str) or not _LANGUAGE.fullmatch(code):
            raise Invalid(f"languages[{n}]: '{printable(str(code))[:20]}' is not a language code.", f"languages[{n}]")
    lang_text(d.name, "name", d.languages, required=True, limit=TITLE)
    text(d.cadence, "cadence", limit=LABEL)
    text(d.instrument_title, "instrument_title", limit=TITLE)
    date(d.instrument_signed_on, "instrument_signed_on")
    text(d.classification, "classification", limit=MARKING)
    lang_text(d.markings, "markings", limit=MARKING)
    if len(d.parties) < 2:
        raise Invalid("parties: a dialogue needs at least two parties.", "parties")
    codes = [p.code for p in d.parties]
    if len(set(codes)) != len(codes):
        raise Invalid("parties: two parties have the same code.", "parties")
    if sum(p.is_home for p in d.parties) != 1:
        raise Invalid("parties: exactly one party must be the home party.", "parties")
    for n, p in enumerate(d.parties):
        text(p.code, f"parties[{n}].code", required=True, limit=CODE)
        text(p.name, f"parties[{n}].name", required=True, limit=NAME)
    for n, t in enumerate(d.themes):
        text(t.code, f"themes[{n}].code", required=True, limit=CODE)
        lang_text(t.title, f"themes[{n}].title", d.languages, required=True, limit=TITLE)
    text(d.scale.name, "scale.name", required=True, limit=LABEL)
    if not d.scale.levels:
        raise Invalid("scale: a status scale needs at least one level.", "scale")
    level_codes = d.scale.codes()
    if len(set(level_codes)) != len(level_codes):
        raise Invalid("scale.levels: two levels have the same code.", "scale.levels")
    for n, level in enumerate(d.scale.levels):
        text(level.code, f"scale.levels[{n}].code", required=True, limit=CODE)
        text(level.label, f"scale.levels[{n}].label", required=True, limit=LABEL)


def party_names(p: model.Party, where: str, languages: list[str], before: model.Party | None = None) -> None:
    """Accept a party's plain name and its protocol names (``where``: how refusals name the party, ``parties[1]``).

    Names are kept for the dialogue's working languages; those of another
    language (from an older file) may stay as ``before`` had them, not change.
    An article is one of the language's (see ``language.ARTICLES``) or none.
    """
    text(p.name, f"{where}.name", required=True, limit=NAME)
    kept = before.names if before is not None else {}
    for lang, names in p.names.items():
        field = f"{where}.names.{lang}"
        if lang not in languages and kept.get(lang) != names:
            raise Invalid(f"{field}: '{printable(str(lang))[:20]}' is not a working language of this dialogue ({', '.join(languages)}).", field)
        for name in model.PartyName.FIELDS:
            protocol_form(getattr(names, name), lang, name, f"{field}.{name}")


def protocol_form(value: str, lang: str, name: str, field: str) -> str:
    """Accept one form of a party's protocol name in ``lang`` (``name``: one of ``PartyName.FIELDS``)."""
    from .language import ARTICLES

    text(value, field, limit=NAME)
    if name.endswith("article") and value and lang in ARTICLES and value not in ARTICLES[lang]:
        raise Invalid(f"{field}: '{printable(value)[:20]}' is not an article of this language (use one of: {', '.join(ARTICLES[lang])}; or none).", field)
    return value


def session(s: model.Session) -> None:
    if isinstance(s.number, int) and not isinstance(s.number, bool) and s.number < 1:
        raise Invalid("number: a session number starts at 1.", "number")
    whole(s.number, "number", 1, MAX_SESSION_NUMBER)
    date(s.starts_on, "starts_on", required=True)
    date(s.ends_on, "ends_on", required=True)
    if s.ends_on < s.starts_on:
        raise Invalid(f"ends_on: the session ends ({s.ends_on.isoformat()}) before it starts ({s.starts_on.isoformat()}).", "ends_on")
    text(s.venue, "venue", limit=NAME)
    if s.brief_printed_at:
        timestamp(s.brief_printed_at, "brief_printed_at")


def next_session(starts_on: dt.date, last: model.Session | None) -> None:
    """A dialogue's new session starts after its last one (``last``: None for the first)."""
    if last is not None and isinstance(starts_on, dt.date) and starts_on <= last.starts_on:
        raise Invalid(f"starts_on: the new session must start after the {ordinal(last.number, 'en')} session ({last.starts_on.isoformat()}).", "starts_on")


def member(m: model.DelegationMember) -> None:
    text(m.role, "role", limit=NAME)
    whole(m.position, "position", 0, MAX_POSITION)


def duration(minutes: int, field: str = "duration") -> int:
    """Accept an agenda item's length in minutes: at most a day."""
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 <= minutes <= MAX_DURATION:
        raise Invalid(f"{field}: {minutes} minutes is not a duration between 0 and {MAX_DURATION}.", field)
    return minutes


def agenda_item(item: model.AgendaItem, languages: list[str]) -> None:
    # a day heading's title is optional: the heading says which day it is
    lang_text(item.title, "title", languages, required=item.kind != model.ItemKind.DAY, limit=TITLE)
    if item.kind.timetable_only and item.parent_id is not None:
        raise Invalid("parent: a break, a lunch or a day heading is a row of the timetable and cannot be a sub-item.", "parent")
    if item.start_time is not None and not isinstance(item.start_time, dt.time):
        raise Invalid("start_time: expected a time of day.", "start_time")
    duration(item.duration_min)
    whole(item.position, "position", 0, MAX_POSITION)
    lang_text(item.summary, "summary", languages)
    lang_text(item.conclusions, "conclusions", languages)
    for name in ("objective", "background", "lines_to_take"):
        text(getattr(item, name), name)
    text(item.internal_notes, "internal_notes", limit=NOTE)


def amendment(a: model.Amendment) -> None:
    if a.field not in MINUTES_FIELDS:
        raise Invalid(f"field: '{printable(str(a.field))[:40]}' is not part of the minutes.", "field")
    if a.lang and not _LANGUAGE.fullmatch(a.lang):
        raise Invalid(f"lang: '{printable(a.lang)[:20]}' is not a language code.", "lang")
    text(a.old_text, "old_text")
    text(a.new_text, "new_text")
    date(a.amended_on, "amended_on", required=True)
    text(a.reason, "reason", required=True)


def commitment(c: model.Commitment, d: model.Dialogue, made_at: model.Session | None = None) -> None:
    text(c.ref, "ref", required=True, limit=REF)
    lang_text(c.text, "text", d.languages, required=True)
    if c.party_id is not None and d.party(c.party_id) is None:
        raise Invalid("party: the responsible party is not a party to this dialogue.", "party")
    if c.theme_id is not None and d.theme(c.theme_id) is None:
        raise Invalid("theme: the theme is not one of this dialogue's themes.", "theme")
    text(c.lead_institution, "lead_institution", limit=NAME)
    date(c.due_on, "due_on")
    whole(c.due_session_number, "due_session_number", 1, MAX_SESSION_NUMBER, required=False)
    if made_at is not None and c.due_on is not None and c.due_on < made_at.starts_on:
        raise Invalid(
            f"due_on: the due date {c.due_on.isoformat()} is before the session where the commitment was made ({made_at.starts_on.isoformat()}).", "due_on"
        )
    if c.reciprocal_id is not None and c.reciprocal_id == c.id:
        raise Invalid("reciprocal: a commitment cannot be its own counterpart.", "reciprocal")
    if c.supersedes_id is not None and c.supersedes_id == c.id:
        raise Invalid("supersedes: a commitment cannot supersede itself.", "supersedes")
    ending(c, made_at)


def ending(c: model.Commitment, made_at: model.Session | None = None) -> None:
    """A commitment in force has no end; a withdrawn or superseded one says when and why."""
    if c.state == model.CommitmentState.IN_FORCE:
        if c.ended_on is not None or c.end_reason:
            raise Invalid("ended_on: a commitment in force has no end date or reason.", "ended_on")
        return
    how = "withdrawn" if c.state == model.CommitmentState.WITHDRAWN else "superseded"
    date(c.ended_on, "ended_on", required=True)
    if made_at is not None and c.ended_on < made_at.starts_on:
        raise Invalid(
            f"ended_on: a commitment cannot be {how} ({c.ended_on.isoformat()}) before the session where it was made ({made_at.starts_on.isoformat()}).",
            "ended_on",
        )
    text(c.end_reason, "end_reason")
    if not c.end_reason.strip():
        raise Invalid(f"end_reason: say why the commitment is {how}.", "end_reason")


def revision(r: model.Revision, languages: list[str] | None = None) -> None:
    date(r.revised_on, "revised_on", required=True)
    lang_text(r.old_text, "old_text", languages)
    lang_text(r.new_text, "new_text", languages, required=True)
    text(r.reason, "reason")
    text(r.author, "author", limit=NAME)
    timestamp(r.recorded_at, "recorded_at")


def status_event(e: model.StatusEvent, scale: model.StatusScale | None = None) -> None:
    """A status event; ``scale``, when given, is the dialogue's, and the status must be on it."""
    date(e.effective_on, "effective_on", required=True)
    text(e.status, "status", required=True, limit=CODE)
    if scale is not None and scale.get(e.status) is None:
        raise Invalid(f"status: '{e.status}' is not on this dialogue's status scale (use one of: {', '.join(scale.codes())}).", "status")
    text(e.note, "note", limit=NOTE)
    text(e.evidence, "evidence", limit=NOTE)
    text(e.author, "author", limit=NAME)
    timestamp(e.recorded_at, "recorded_at")
    text(e.recorded_where, "recorded_where", limit=NAME)


def indicator(i: model.Indicator, languages: list[str] | None = None) -> None:
    lang_text(i.name, "name", languages, required=True, limit=TITLE)
    text(i.unit, "unit", required=True, limit=LABEL)
    number(i.baseline_value, "baseline_value")
    date(i.baseline_on, "baseline_on")
    number(i.target_value, "target_value")
    date(i.target_on, "target_on")
    if i.direction not in (model.Direction.UP, model.Direction.DOWN):
        raise Invalid("direction: expected up (higher is better) or down (lower is better).", "direction")
    if i.direction == model.Direction.UP and i.target_value < i.baseline_value:
        raise Invalid(
            f"target_value: the target ({i.target_value:,.15g}) is below the baseline ({i.baseline_value:,.15g}), but this indicator should rise (up is good).",
            "target_value",
        )
    if i.direction == model.Direction.DOWN and i.target_value > i.baseline_value:
        raise Invalid(
            f"target_value: the target ({i.target_value:,.15g}) is above the baseline ({i.baseline_value:,.15g}), "
            "but this indicator should fall (down is good).",
            "target_value",
        )
    if i.baseline_on is not None and i.target_on is not None and i.target_on < i.baseline_on:
        raise Invalid(f"target_on: the target's date {i.target_on.isoformat()} is before the baseline's ({i.baseline_on.isoformat()}).", "target_on")


def measurement(m: model.Measurement) -> None:
    date(m.measured_on, "measured_on", required=True)
    number(m.value, "value")
    text(m.source, "source", limit=TITLE)


def action(a: model.FollowUpAction) -> None:
    text(a.description, "description", required=True)
    text(a.assignee, "assignee", limit=NAME)
    date(a.due_on, "due_on")
