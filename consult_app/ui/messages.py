"""Refusals in the interface's language.

The domain, the store and ``ops`` build their refusals in English (they know
no Qt): ``due_on: the due date 2003-01-01 is before the session where the
commitment was made (2003-06-16).``. Here, at display time, the field's
attribute name becomes the field's name as the form shows it, and the rest is
matched against a table of the sentences those layers build, each marked for
Qt's translation tools under the context "Validation", so a French
secretariat reads « Échéance : l’échéance du 1 janv. 2003 précède … ».

``tests/ui/test_messages.py`` reads every ``Invalid(...)`` of the layers an
editor reaches (:data:`SOURCES`) and fails when a sentence has no entry here;
the translation test fails when an entry is not translated.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

SOURCES = (
    "domain/validate.py",
    "domain/audience.py",
    "store/register.py",
    "store/dialogues.py",
    "store/sessions.py",
    "ops/sessions.py",
    "ops/register.py",
    "domain/proposal.py",
)
"""The modules whose refusals an editor can show (relative to the package)."""

# The sentences after "field: ", as the domain spells them, with each value as a {placeholder}.
SENTENCES = (
    QT_TRANSLATE_NOOP("Validation", "expected text."),
    QT_TRANSLATE_NOOP("Validation", "is {length} characters long; the limit is {limit}."),
    QT_TRANSLATE_NOOP("Validation", "must not be empty."),
    QT_TRANSLATE_NOOP("Validation", "contains {what} that cannot be stored."),
    QT_TRANSLATE_NOOP("Validation", "expected texts by language."),
    QT_TRANSLATE_NOOP("Validation", "'{code}' is not a language code."),
    QT_TRANSLATE_NOOP("Validation", "'{code}' is not a working language of this dialogue ({languages})."),
    QT_TRANSLATE_NOOP("Validation", "a date is needed."),
    QT_TRANSLATE_NOOP("Validation", "expected a date."),
    QT_TRANSLATE_NOOP("Validation", "{date} is outside the years {first}–{last}."),
    QT_TRANSLATE_NOOP("Validation", "'{value}' is not an ISO-8601 UTC timestamp (for example 2003-03-31T12:00:00Z)."),
    QT_TRANSLATE_NOOP("Validation", "{value} is outside the range of figures Consult stores (±{limit})."),
    QT_TRANSLATE_NOOP("Validation", "expected a number."),
    QT_TRANSLATE_NOOP("Validation", "{value} is not a finite number."),
    QT_TRANSLATE_NOOP("Validation", "expected a whole number."),
    QT_TRANSLATE_NOOP("Validation", "{value} is not a whole number between {lowest} and {highest}."),
    QT_TRANSLATE_NOOP("Validation", "is {length} characters long; no text may be longer than {limit} characters."),
    QT_TRANSLATE_NOOP("Validation", "expected text, a number, true/false or null."),
    QT_TRANSLATE_NOOP("Validation", "a dialogue needs at least one working language."),
    QT_TRANSLATE_NOOP("Validation", "a dialogue needs at least two parties."),
    QT_TRANSLATE_NOOP("Validation", "two parties have the same code."),
    QT_TRANSLATE_NOOP("Validation", "exactly one party must be the home party."),
    QT_TRANSLATE_NOOP("Validation", "a status scale needs at least one level."),
    QT_TRANSLATE_NOOP("Validation", "two levels have the same code."),
    QT_TRANSLATE_NOOP("Validation", "a session number starts at 1."),
    QT_TRANSLATE_NOOP("Validation", "the session ends ({end}) before it starts ({start})."),
    QT_TRANSLATE_NOOP("Validation", "{minutes} minutes is not a duration between 0 and {most}."),
    QT_TRANSLATE_NOOP("Validation", "'{value}' is not part of the minutes."),
    QT_TRANSLATE_NOOP("Validation", "the responsible party is not a party to this dialogue."),
    QT_TRANSLATE_NOOP("Validation", "the party whose assessment this is is not a party to this dialogue."),
    QT_TRANSLATE_NOOP("Validation", "the theme is not one of this dialogue's themes."),
    QT_TRANSLATE_NOOP("Validation", "the due date {due} is before the session where the commitment was made ({start})."),
    QT_TRANSLATE_NOOP("Validation", "a commitment cannot be its own counterpart."),
    QT_TRANSLATE_NOOP("Validation", "a commitment cannot supersede itself."),
    QT_TRANSLATE_NOOP("Validation", "'{status}' is not on this dialogue's status scale (use one of: {codes})."),
    QT_TRANSLATE_NOOP("Validation", "this belongs to an internal commitment, so it cannot be shared with the other delegation."),
    QT_TRANSLATE_NOOP("Validation", "give at least one level, none of them empty (for example UNCLASSIFIED,RESTRICTED,SECRET)."),
    QT_TRANSLATE_NOOP("Validation", "'{level}' is listed twice."),
    QT_TRANSLATE_NOOP("Validation", "say what to call the secretariat that invited you (for example 'Secrétariat français')."),
    QT_TRANSLATE_NOOP("Validation", "say where to write the reply to send back."),
    QT_TRANSLATE_NOOP("Validation", "say who the invitation is for (for example 'Secrétariat malien')."),
    QT_TRANSLATE_NOOP("Validation", "'{level}' is not on this workspace's list of markings ({order}); add it to the list first."),
    QT_TRANSLATE_NOOP("Validation", "a level is one line of at most 60 characters."),
    QT_TRANSLATE_NOOP(
        "Validation",
        "The markings {levels} are not on the workspace's ordered list, so the highest cannot be chosen: add them with consult-app marking PATH --order LOW,…,HIGH.",
    ),  # noqa: E501
    QT_TRANSLATE_NOOP("Validation", "the reference '{ref}' is already used by another commitment."),
    QT_TRANSLATE_NOOP("Validation", "a dialogue with code '{code}' already exists."),
    QT_TRANSLATE_NOOP("Validation", "'{code}' is not a language code (for example fr)."),
    QT_TRANSLATE_NOOP("Validation", "this dialogue already has a session number {number}."),
    QT_TRANSLATE_NOOP("Validation", "The minutes of this session are agreed: record an amendment instead of editing them."),
    QT_TRANSLATE_NOOP("Validation", "An item can only become a sub-item of a top-level item of the same session."),
    QT_TRANSLATE_NOOP("Validation", "An item with sub-items cannot itself become a sub-item."),
    QT_TRANSLATE_NOOP("Validation", "the new session must start after the {nth} session ({date})."),
    # commitments through their life, indicators that say which way is good
    QT_TRANSLATE_NOOP(
        "Validation",
        "'{ref}' does not follow this dialogue's reference pattern {pattern} (a year from {first} to {last}, then a number of two to four digits).",
    ),
    QT_TRANSLATE_NOOP("Validation", "a commitment in force has no end date or reason."),
    QT_TRANSLATE_NOOP("Validation", "a commitment cannot be {how} ({date}) before the session where it was made ({start})."),
    QT_TRANSLATE_NOOP("Validation", "say why the commitment is {how}."),
    QT_TRANSLATE_NOOP("Validation", "expected up (higher is better) or down (lower is better)."),
    QT_TRANSLATE_NOOP("Validation", "the target ({target}) is below the baseline ({baseline}), but this indicator should rise (up is good)."),
    QT_TRANSLATE_NOOP("Validation", "the target ({target}) is above the baseline ({baseline}), but this indicator should fall (down is good)."),
    QT_TRANSLATE_NOOP("Validation", "the target's date {target} is before the baseline's ({baseline})."),
    QT_TRANSLATE_NOOP("Validation", "{ref} was already {how} on {date}."),
    QT_TRANSLATE_NOOP("Validation", "a commitment can only be replaced by one of the same dialogue."),
    QT_TRANSLATE_NOOP("Validation", "a commitment can only be reaffirmed at a session of its own dialogue."),
    QT_TRANSLATE_NOOP("Validation", "{ref} was {how} on {date}: only a commitment in force can be reaffirmed."),
    QT_TRANSLATE_NOOP("Validation", "{ref} is already reaffirmed at the {nth} session."),
    QT_TRANSLATE_NOOP("Validation", "{ref} was made at the {nth} session; it can be reaffirmed only at a later one."),
    QT_TRANSLATE_NOOP("Validation", "{ref} was {how} on {date}; its text can no longer change."),
    QT_TRANSLATE_NOOP("Validation", "{ref} cannot be deleted because it has a history ({history}): withdraw it instead."),
    QT_TRANSLATE_NOOP("Validation", "The text has changed again since: only the latest change of a commitment's text can be undone."),
    QT_TRANSLATE_NOOP("Validation", "This indicator cannot be deleted because its measurements ({n}) are history."),
    # sessions prepared in an hour: the timetable's rows, copied delegations, the people directory
    QT_TRANSLATE_NOOP("Validation", "a break, a lunch or a day heading is a row of the timetable and cannot be a sub-item."),
    QT_TRANSLATE_NOOP("Validation", "expected a time of day."),
    QT_TRANSLATE_NOOP("Validation", "an item with sub-items cannot become a break, a lunch or a day heading; move its sub-items first."),
    QT_TRANSLATE_NOOP("Validation", "A break, a lunch or a day heading cannot hold sub-items."),
    QT_TRANSLATE_NOOP("Validation", "A break, a lunch or a day heading is a row of the timetable: it cannot become a sub-item."),
    QT_TRANSLATE_NOOP("Validation", "{kind} is an agenda item, not a break, a lunch or a day heading."),
    QT_TRANSLATE_NOOP("Validation", 'This agenda has no "Review of commitments" item: add one (kind: review of commitments) first.'),
    QT_TRANSLATE_NOOP("Validation", "Delegations are copied from an earlier session of the same dialogue, not from the {nth} session."),
    QT_TRANSLATE_NOOP("Validation", "The {nth} session has no delegation to copy."),
    QT_TRANSLATE_NOOP("Validation", "Everyone on the delegations of the {nth} session is already on this one."),
    QT_TRANSLATE_NOOP("Validation", "{name} is a member of a delegation: take them off it first, or keep them in the directory."),
    QT_TRANSLATE_NOOP("Validation", "{name} presents an agenda item: choose another presenter first, or keep them in the directory."),
)

JOIN = QT_TRANSLATE_NOOP("Validation", "{field}: {sentence}")
"""A field's name and its refusal ("Titre : ne doit pas être vide." in French)."""

# Words the domain puts inside a sentence (``contains {what} that …``).
PHRASES = (
    QT_TRANSLATE_NOOP("Validation", "control characters"),
    QT_TRANSLATE_NOOP("Validation", "broken Unicode (a lone surrogate)"),
    QT_TRANSLATE_NOOP("Validation", "withdrawn"),
    QT_TRANSLATE_NOOP("Validation", "superseded"),
)

# The model's attribute names, as the editors name the fields.
FIELDS = {
    "amended_on": QT_TRANSLATE_NOOP("Validation", "Date"),
    "assignee": QT_TRANSLATE_NOOP("Validation", "Assigned to"),
    "background": QT_TRANSLATE_NOOP("Validation", "Background"),
    "classification": QT_TRANSLATE_NOOP("Validation", "Classification"),
    "code": QT_TRANSLATE_NOOP("Validation", "Code"),
    "conclusions": QT_TRANSLATE_NOOP("Validation", "Conclusions"),
    "description": QT_TRANSLATE_NOOP("Validation", "Action"),
    "due_on": QT_TRANSLATE_NOOP("Validation", "Due on"),
    "duration": QT_TRANSLATE_NOOP("Validation", "Duration"),
    "effective_on": QT_TRANSLATE_NOOP("Validation", "Effective date"),
    "email": QT_TRANSLATE_NOOP("Validation", "E-mail"),
    "ends_on": QT_TRANSLATE_NOOP("Validation", "Ends on"),
    "evidence": QT_TRANSLATE_NOOP("Validation", "Evidence"),
    "internal_notes": QT_TRANSLATE_NOOP("Validation", "Our notes"),
    "languages": QT_TRANSLATE_NOOP("Validation", "Working languages"),
    "lead_institution": QT_TRANSLATE_NOOP("Validation", "Lead institution"),
    "lines_to_take": QT_TRANSLATE_NOOP("Validation", "Lines to take"),
    "marking": QT_TRANSLATE_NOOP("Validation", "Marking"),
    "marking order": QT_TRANSLATE_NOOP("Validation", "Order of markings"),
    "measured_on": QT_TRANSLATE_NOOP("Validation", "Date"),
    "name": QT_TRANSLATE_NOOP("Validation", "Name"),
    "new_text": QT_TRANSLATE_NOOP("Validation", "New wording"),
    "note": QT_TRANSLATE_NOOP("Validation", "Note"),
    "number": QT_TRANSLATE_NOOP("Validation", "Number"),
    "objective": QT_TRANSLATE_NOOP("Validation", "Objective"),
    "organisation": QT_TRANSLATE_NOOP("Validation", "Organisation"),
    "out": QT_TRANSLATE_NOOP("Validation", "Reply file"),
    "parties": QT_TRANSLATE_NOOP("Validation", "Parties"),
    "party": QT_TRANSLATE_NOOP("Validation", "Responsible party"),
    "phone": QT_TRANSLATE_NOOP("Validation", "Telephone"),
    "reason": QT_TRANSLATE_NOOP("Validation", "Reason"),
    "reciprocal": QT_TRANSLATE_NOOP("Validation", "Counterpart"),
    "ref": QT_TRANSLATE_NOOP("Validation", "Reference"),
    "role": QT_TRANSLATE_NOOP("Validation", "Role"),
    "source": QT_TRANSLATE_NOOP("Validation", "Source"),
    "starts_on": QT_TRANSLATE_NOOP("Validation", "Starts on"),
    "status": QT_TRANSLATE_NOOP("Validation", "Status"),
    "summary": QT_TRANSLATE_NOOP("Validation", "Summary"),
    "supersedes": QT_TRANSLATE_NOOP("Validation", "Supersedes"),
    "text": QT_TRANSLATE_NOOP("Validation", "Text"),
    "theme": QT_TRANSLATE_NOOP("Validation", "Theme"),
    "title": QT_TRANSLATE_NOOP("Validation", "Title"),
    "value": QT_TRANSLATE_NOOP("Validation", "Value"),
    "venue": QT_TRANSLATE_NOOP("Validation", "Venue"),
    "visibility": QT_TRANSLATE_NOOP("Validation", "Audience"),
    "state": QT_TRANSLATE_NOOP("Validation", "State"),
    "minutes_state": QT_TRANSLATE_NOOP("Validation", "Minutes"),
    "duration_min": QT_TRANSLATE_NOOP("Validation", "Duration"),
    "position": QT_TRANSLATE_NOOP("Validation", "Place in the list"),
    "parent_id": QT_TRANSLATE_NOOP("Validation", "Place in the list"),
    "parent": QT_TRANSLATE_NOOP("Validation", "Place in the list"),
    "presenter_id": QT_TRANSLATE_NOOP("Validation", "Presenter"),
    "kind": QT_TRANSLATE_NOOP("Validation", "Kind"),
    "lead_party_id": QT_TRANSLATE_NOOP("Validation", "Lead party"),
    "commitment_id": QT_TRANSLATE_NOOP("Validation", "Commitment"),
    "session_id": QT_TRANSLATE_NOOP("Validation", "Session"),
    "party_id": QT_TRANSLATE_NOOP("Validation", "Responsible party"),
    "theme_id": QT_TRANSLATE_NOOP("Validation", "Theme"),
    "made_at_session_id": QT_TRANSLATE_NOOP("Validation", "Made at"),
    "due_session_number": QT_TRANSLATE_NOOP("Validation", "Due at session"),
    "reciprocal_id": QT_TRANSLATE_NOOP("Validation", "Counterpart"),
    "supersedes_id": QT_TRANSLATE_NOOP("Validation", "Supersedes"),
    "baseline_value": QT_TRANSLATE_NOOP("Validation", "Baseline"),
    "target_value": QT_TRANSLATE_NOOP("Validation", "Target"),
    "unit": QT_TRANSLATE_NOOP("Validation", "Unit"),
    "start_time": QT_TRANSLATE_NOOP("Validation", "First item at"),
    "host_party_id": QT_TRANSLATE_NOOP("Validation", "Host"),
    "ended_on": QT_TRANSLATE_NOOP("Validation", "Ended on"),
    "end_reason": QT_TRANSLATE_NOOP("Validation", "Reason"),
    "direction": QT_TRANSLATE_NOOP("Validation", "Direction"),
    "baseline_on": QT_TRANSLATE_NOOP("Validation", "Baseline date"),
    "target_on": QT_TRANSLATE_NOOP("Validation", "Target date"),
    "revised_on": QT_TRANSLATE_NOOP("Validation", "Date"),
    "old_text": QT_TRANSLATE_NOOP("Validation", "Former text"),
    "session": QT_TRANSLATE_NOOP("Validation", "Session"),
    "commitment": QT_TRANSLATE_NOOP("Validation", "Commitment"),
}

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
# "due_on", "title.fr", "languages[2]", "parties[0].name", "marking order"
_FIELD = re.compile(r"(?P<field>[a-z_][a-z0-9_]*(?: order)?(?:\[\d+\])?(?:\.[a-z0-9_]+(?:\[\d+\])?)*): (?P<rest>.*)", re.DOTALL)
_ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
_FIGURE = re.compile(r"-?\d{1,3}(?:,\d{3})+")  # a figure the domain wrote with thousands separators
_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")  # '3rd', as the domain writes a session's number in English


def tr(text: str) -> str:
    return QCoreApplication.translate("Validation", text)


def parts(template: str) -> tuple[str, ...]:
    """A sentence's literal pieces around its values ("is ", " characters long…"): its shape, whatever the names."""
    return tuple(_PLACEHOLDER.split(template)[::2])


@cache
def _patterns() -> tuple[tuple[re.Pattern, str], ...]:
    out = []
    for template in SENTENCES:
        pieces = _PLACEHOLDER.split(template)
        regex = "".join(re.escape(p) if n % 2 == 0 else f"(?P<{p}>.+?)" for n, p in enumerate(pieces))
        out.append((re.compile(regex + r"\Z", re.DOTALL), template))
    return tuple(out)


def _value(text: str) -> str:
    """A value inside a sentence, as the interface shows it: dates and figures the locale's way, known words translated."""
    if text in PHRASES:
        return tr(text)
    if _ISO_DATE.fullmatch(text):
        from . import labels

        try:
            return labels.day(dt.date.fromisoformat(text))
        except ValueError:
            return text
    if _FIGURE.fullmatch(text):
        from . import labels

        return labels.number(int(text.replace(",", "")))
    if _ORDINAL.fullmatch(text):
        from . import labels

        return labels.ordinal(int(_ORDINAL.fullmatch(text)[1]))
    return text


def sentence(text: str) -> str:
    """One sentence (without its field) in the interface's language; an unknown one is kept as it is."""
    for pattern, template in _patterns():
        found = pattern.match(text)
        if found:
            return tr(template).format(**{k: _value(v) for k, v in found.groupdict().items()})
    return text


def field_name(field: str) -> str:
    """'due_on' → 'Due on'; 'title.fr' → 'Title [fr]'; an unknown field keeps its name."""
    base, _, rest = field.partition(".")
    name = tr(FIELDS[base]) if base in FIELDS else field
    return f"{name} [{rest}]" if rest and base in FIELDS and re.fullmatch(r"[a-z]{2,3}", rest) else name


def split(message: str) -> tuple[str | None, str]:
    """A refusal as (its field, or None; the rest)."""
    found = _FIELD.fullmatch(message)
    if found is None:
        return None, message
    return found["field"], found["rest"]


def translate(message: str, name: str | None = None) -> str:
    """A whole refusal in the interface's language, opening with the field's name (``name``, else the known one)."""
    field, rest = split(message)
    if field is None:
        return sentence(message)
    shown = name if name is not None else field_name(field)
    language = field.partition(".")[2]
    if name is not None and re.fullmatch(r"[a-z]{2,3}", language):
        shown = f"{name} [{language}]"
    return tr(JOIN).format(field=shown, sentence=sentence(rest))
