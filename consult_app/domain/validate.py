"""Checks that every entry point (editor, import, command line) applies the same way.

Each check raises :class:`Invalid` with one sentence that names the field.
"""

from __future__ import annotations

import datetime as dt

from .errors import Invalid
from .model import AgendaItem, Commitment, Dialogue, FollowUpAction, LangText, Measurement, Session, StatusEvent, StatusScale
from .text import MAX_TEXT, control_characters

EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2199, 12, 31)
MAX_DURATION = 24 * 60


def text(value: str, field: str, *, required: bool = False, limit: int = MAX_TEXT) -> str:
    """Accept a text field, or say why not."""
    if not isinstance(value, str):
        raise Invalid(f"{field}: expected text.", field)
    if required and not value.strip():
        raise Invalid(f"{field}: must not be empty.", field)
    if len(value) > limit:
        raise Invalid(f"{field}: is {len(value):,} characters long; the limit is {limit:,}.", field)
    if control_characters(value):
        raise Invalid(f"{field}: contains control characters that cannot be stored.", field)
    return value


def lang_text(value: LangText, field: str, languages: list[str] | None = None, *, required: bool = False) -> LangText:
    """Accept a multilingual text; every language must be one of the dialogue's."""
    if not isinstance(value, dict):
        raise Invalid(f"{field}: expected texts by language.", field)
    for code, version in value.items():
        if languages is not None and code not in languages:
            raise Invalid(f"{field}: '{code}' is not a working language of this dialogue ({', '.join(languages)}).", field)
        text(version, f"{field}.{code}")
    if required and not any(v.strip() for v in value.values()):
        raise Invalid(f"{field}: must not be empty.", field)
    return value


def date(value: dt.date | None, field: str) -> dt.date | None:
    if value is None:
        return None
    if not EARLIEST <= value <= LATEST:
        raise Invalid(f"{field}: {value.isoformat()} is outside the years {EARLIEST.year}–{LATEST.year}.", field)
    return value


def dialogue(d: Dialogue) -> None:
    text(d.code, "code", required=True, limit=40)
    if not d.languages:
        raise Invalid("languages: a dialogue needs at least one working language.", "languages")
    lang_text(d.name, "name", d.languages, required=True)
    if len(d.parties) < 2:
        raise Invalid("parties: a dialogue needs at least two parties.", "parties")
    codes = [p.code for p in d.parties]
    if len(set(codes)) != len(codes):
        raise Invalid("parties: two parties have the same code.", "parties")
    if sum(p.is_home for p in d.parties) != 1:
        raise Invalid("parties: exactly one party must be the home party.", "parties")
    for p in d.parties:
        text(p.code, "parties.code", required=True, limit=20)
        text(p.name, "parties.name", required=True, limit=200)
    if not d.scale.levels:
        raise Invalid("scale: a status scale needs at least one level.", "scale")
    date(d.instrument_signed_on, "instrument_signed_on")


def session(s: Session) -> None:
    if s.number < 1:
        raise Invalid("number: a session number starts at 1.", "number")
    date(s.starts_on, "starts_on")
    date(s.ends_on, "ends_on")
    if s.ends_on < s.starts_on:
        raise Invalid(
            f"ends_on: the session ends ({s.ends_on.isoformat()}) before it starts ({s.starts_on.isoformat()}).", "ends_on"
        )
    text(s.venue, "venue", limit=300)


def agenda_item(item: AgendaItem, languages: list[str]) -> None:
    lang_text(item.title, "title", languages, required=True)
    if not 0 <= item.duration_min <= MAX_DURATION:
        raise Invalid(f"duration: {item.duration_min} minutes is not a duration between 0 and {MAX_DURATION}.", "duration")
    lang_text(item.summary, "summary", languages)
    lang_text(item.conclusions, "conclusions", languages)
    for name in ("objective", "background", "lines_to_take", "internal_notes"):
        text(getattr(item, name), name)


def commitment(c: Commitment, d: Dialogue, made_at: Session | None = None) -> None:
    text(c.ref, "ref", required=True, limit=60)
    lang_text(c.text, "text", d.languages, required=True)
    if c.party_id is not None and d.party(c.party_id) is None:
        raise Invalid("party: the responsible party is not a party to this dialogue.", "party")
    if c.theme_id is not None and d.theme(c.theme_id) is None:
        raise Invalid("theme: the theme is not one of this dialogue's themes.", "theme")
    text(c.lead_institution, "lead_institution", limit=300)
    date(c.due_on, "due_on")
    if made_at is not None and c.due_on is not None and c.due_on < made_at.starts_on:
        raise Invalid(
            f"due_on: the due date {c.due_on.isoformat()} is before the session where the commitment was made "
            f"({made_at.starts_on.isoformat()}).",
            "due_on",
        )
    if c.reciprocal_id is not None and c.reciprocal_id == c.id:
        raise Invalid("reciprocal: a commitment cannot be its own counterpart.", "reciprocal")
    if c.supersedes_id is not None and c.supersedes_id == c.id:
        raise Invalid("supersedes: a commitment cannot supersede itself.", "supersedes")


# --- rows that travel in change packets (the same checks as the editors and the interchange reader) ---


def timestamp(value: str, field: str) -> str:
    """Accept an ISO 8601 timestamp such as 2003-05-02T10:00:00Z, within the years we accept."""
    if not isinstance(value, str):
        raise Invalid(f"{field}: expected a timestamp.", field)
    try:
        stamp = dt.datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except ValueError:
        stamp = None
    if stamp is None:
        raise Invalid(f"{field}: {value[:40]!r} is not a timestamp (for example 2003-05-02T10:00:00Z).", field)
    date(stamp.date(), field)
    return value


def number(value: float, field: str) -> float:
    """Accept a finite number (not NaN, not infinite, not a truth value)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value or value in (float("inf"), float("-inf")):
        raise Invalid(f"{field}: {value!r} is not a number Consult can store.", field)
    return value


def status_event(e: StatusEvent, scale: StatusScale) -> None:
    """A status event as the store appends it: a status of the dialogue's scale, a date in range, bounded texts."""
    if scale.get(e.status) is None:
        raise Invalid(f"status: {str(e.status)[:40]!r} is not on the dialogue's status scale ({', '.join(scale.codes())}).", "status")
    date(e.effective_on, "effective_on")
    text(e.note, "note")
    text(e.evidence, "evidence")
    text(e.author, "author", limit=300)
    text(e.recorded_where, "recorded_where", limit=300)
    timestamp(e.recorded_at, "recorded_at")


def measurement(m: Measurement) -> None:
    date(m.measured_on, "measured_on")
    number(m.value, "value")
    text(m.source, "source", limit=1000)


def action(a: FollowUpAction) -> None:
    text(a.description, "description", required=True)
    text(a.assignee, "assignee", limit=300)
    date(a.due_on, "due_on")
