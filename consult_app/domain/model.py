"""The concepts of a recurring bilateral dialogue, as plain dataclasses.

Nothing here knows about Qt or SQL: the store builds these objects from rows and
the interface shows them. Identifiers are UUID strings so that rows made on
different machines can later be merged.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import threading
import time
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the minutes' negotiation builds on this module
    from .negotiation import MinutesVersion, Proposal, SignOff


def new_id() -> str:
    """Return a fresh identifier: a time-ordered UUID (version 7 of RFC 9562) as text.

    Its first 48 bits are the time in milliseconds, the other 74 (beyond version and variant) are random: ids made on
    different machines still never meet, and rows made together sort together, so an index keyed by id takes a
    packet's new rows on a few pages at its end instead of one page per row (each page of an encrypted file written is
    a page encrypted).

    Within one process each id sorts after the one made before it, even in the same millisecond or after the clock
    stepped back (RFC 9562, 6.2, method 2: the random part of the latest id is raised by a random step): rows made one
    after another in the same second keep their order when sorted by id, in this file and in the other side's.
    """
    step = int.from_bytes(os.urandom(10), "big") & _RANDOM
    with _LATEST_LOCK:
        millis, bits = time.time_ns() // 1_000_000, step
        latest_millis, latest_bits = _latest
        if millis <= latest_millis:
            millis, bits = latest_millis, latest_bits + 1 + (step & 0xFFFF_FFFF)
            if bits > _RANDOM:  # 2**74 ids in one millisecond: borrow the next one
                millis, bits = millis + 1, bits & _RANDOM
        _latest[:] = millis, bits
    return time_ordered_id(millis, bits)


_RANDOM = (1 << 74) - 1  # the random bits of a version 7 UUID: 12 of rand_a, 62 of rand_b
_LATEST_LOCK = threading.Lock()
_latest = [0, 0]  # the millisecond and random bits of the latest id this process made


def as_file_name(identity: str) -> str:
    """An identity as part of a file name: an id as it is, anything else (a file or packet edited behind Consult's back:
    ``../..``, ``*``) by its digest — never followed as a path nor read as a pattern."""
    return identity if is_id(identity) else "other-" + hashlib.sha256(identity.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def is_id(text: object) -> bool:
    """Whether ``text`` is an id as Consult writes them (a UUID, lower-case, with its hyphens): safe in a file name."""
    try:
        return isinstance(text, str) and str(uuid.UUID(text)) == text
    except ValueError:
        return False


def short_id(row_id: str) -> str:
    """How a row is named to a person (``action list``, ``minutes proposals``): the last 8 characters of its id.

    They are random; the first ones are the time the row was made, shared by everything made in the same minute.
    """
    return row_id[-8:]


def named(handle: str, ids, what: str, listing: str) -> str:
    """The one of ``ids`` that ``handle`` names: the whole id, or at least its last 4 characters (as :func:`short_id`
    shows them), whatever the case and the spaces around; else NotFound in one sentence (``listing``: the command that
    prints the handles, ``what``: what the ids are of, as in "an action")."""
    from .errors import NotFound

    typed = (handle or "").strip()
    key = typed.lower()
    ids = list(ids)
    if typed in ids:
        return typed
    thing = what.split(" ", 1)[-1]
    if not typed:
        raise NotFound(f"Say which {thing}: its id, or the last characters of it, as '{listing}' prints them.")
    if len(typed) < 4:
        raise NotFound(f"'{typed}' is too short to name {what}: give at least the last 4 characters of its id, as '{listing}' prints them.")
    found = [i for i in ids if i.lower() == key or i.lower().endswith(key)]
    if len(found) == 1:
        return found[0]
    if found:
        raise NotFound(f"'{typed}' ends the ids of {len(found)} {thing}s in this workspace: give more of its id.")
    if any(i.lower().startswith(key) for i in ids):
        raise NotFound(f"'{typed}' is the start of an id, the time its row was made: give the last characters of the {thing}'s id, as '{listing}' prints them.")
    raise NotFound(f"No {thing}'s id ends with '{typed}': see consult-app {listing}.")


def time_ordered_id(millis: int, random_bits: int) -> str:
    """A version 7 UUID as text from a Unix time in milliseconds (48 bits) and 74 of ``random_bits``."""
    rand_a, rand_b = (random_bits >> 62) & 0xFFF, random_bits & (1 << 62) - 1
    return str(uuid.UUID(int=(millis & (1 << 48) - 1) << 80 | 0x7 << 76 | rand_a << 64 | 0b10 << 62 | rand_b))


# ---------------------------------------------------------------------------
# Text held in each of a dialogue's working languages
# ---------------------------------------------------------------------------

LangText = dict[str, str]
"""A joint text in several languages: ``{"fr": "...", "en": "..."}``."""


def pick(text: LangText | None, lang: str, fallback: tuple[str, ...] = ()) -> str:
    """Return ``text`` in ``lang``, else in the first fallback that has it, else ''."""
    if not text:
        return ""
    for code in (lang, *fallback):
        value = text.get(code)
        if value:
            return value
    return ""


def missing_languages(text: LangText | None, languages: list[str]) -> list[str]:
    """Return the working languages for which ``text`` has no (non-blank) version."""
    text = text or {}
    return [code for code in languages if not (text.get(code) or "").strip()]


# ---------------------------------------------------------------------------
# Enumerations
# ---------------------------------------------------------------------------


class Level(StrEnum):
    """Who meets at a dialogue's sessions: ministers, senior officials, or a working group of experts."""

    MINISTERIAL = "ministerial"
    SENIOR_OFFICIALS = "senior_officials"
    WORKING_GROUP = "working_group"


class SessionState(StrEnum):
    """Where a session stands in its year, from planning to agreed minutes."""

    PLANNED = "planned"  # dates and venue set, the agenda still being negotiated
    AGENDA_AGREED = "agenda_agreed"  # both secretariats agreed the agenda
    HELD = "held"  # the meeting took place; the minutes are being written
    MINUTES_AGREED = "minutes_agreed"  # every head of delegation signed off the minutes


class MinutesState(StrEnum):
    """Where the joint minutes of a session stand (see :mod:`consult_app.domain.negotiation`)."""

    DRAFT = "draft"  # ours alone, still being written
    CIRCULATED = "circulated"  # a frozen, hashed version is with the other side for comments
    AGREED = "agreed"  # every party signed off the same version: changed only by amendment


class ItemKind(StrEnum):
    """What an agenda item is for; the minutes and the brief word and number items by kind."""

    OPENING = "opening"
    DISCUSSION = "discussion"
    DECISION = "decision"
    INFORMATION = "information"
    REVIEW = "review_of_commitments"
    AOB = "any_other_business"
    CLOSING = "closing"
    # Rows of the timetable rather than items of the agenda: not numbered, never sub-items, no sub-items.
    BREAK = "break"
    LUNCH = "lunch"
    DAY = "day"  # the start of a day of the session, at its own start time

    @property
    def timetable_only(self) -> bool:
        """A break, lunch or day heading: a row of the timetable, not an item the parties discuss."""
        return self in (ItemKind.BREAK, ItemKind.LUNCH, ItemKind.DAY)


class Visibility(StrEnum):
    """Whether content is shared with the other delegation (joint) or ours alone (internal).

    Every piece of content has an audience: commitments, follow-up actions,
    status notes and evidence, indicator measurements (with their sources)
    carry one; agenda items split into joint fields (title, summary,
    conclusions) and internal ones (objective, background, lines to take,
    notes); people's contact details are internal. Where a kind of content
    has a default, it is the safe one (internal) unless the content is made
    for the joint record (see ``domain.audience``).
    """

    JOINT = "joint"
    INTERNAL = "internal"


class ActionState(StrEnum):
    """Where a follow-up action stands: done and cancelled actions are closed (never overdue)."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class CommitmentKind(StrEnum):
    """What the parties agreed: an undertaking to act (a commitment) or a decision taken at the session."""

    COMMITMENT = "commitment"
    DECISION = "decision"


class CommitmentState(StrEnum):
    """Whether a commitment still binds: in force, or ended by a withdrawal or by a newer commitment.

    Ending is no status: the status history stays as it was, and an ended
    commitment is neither open nor overdue from the day it ended.
    """

    IN_FORCE = "in_force"
    WITHDRAWN = "withdrawn"
    SUPERSEDED = "superseded"


class Direction(StrEnum):
    """Which way an indicator should move: up is good (visas issued) or down is good (irregular crossings)."""

    UP = "up"
    DOWN = "down"

    @classmethod
    def implied(cls, baseline: float, target: float) -> Direction:
        """The direction a baseline and a target imply: down when the target is below the baseline."""
        return cls.DOWN if target < baseline else cls.UP


class Tone(StrEnum):
    """How a status reads at a glance; the interface maps tones to colours."""

    NEUTRAL = "neutral"
    GOOD = "good"
    WARNING = "warning"
    BAD = "bad"
    DONE = "done"
    CLOSED = "closed"


# ---------------------------------------------------------------------------
# Status scales
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class StatusLevel:
    """One step on a dialogue's status scale.

    ``closed`` marks a final state: a commitment whose current status is closed
    is no longer open (it is not carried over and cannot be overdue).
    """

    code: str
    label: str
    tone: Tone = Tone.NEUTRAL
    closed: bool = False


@dataclass(frozen=True)
class StatusScale:
    name: str
    levels: tuple[StatusLevel, ...]

    def codes(self) -> list[str]:
        return [level.code for level in self.levels]

    def get(self, code: str) -> StatusLevel | None:
        for level in self.levels:
            if level.code == code:
                return level
        return None


DEFAULT_SCALE = StatusScale(
    "default",
    (
        StatusLevel("not_started", "Not started", Tone.NEUTRAL),
        StatusLevel("on_track", "On track", Tone.GOOD),
        StatusLevel("at_risk", "At risk", Tone.WARNING),
        StatusLevel("off_track", "Off track", Tone.BAD),
        StatusLevel("completed", "Completed", Tone.DONE, closed=True),
        StatusLevel("dropped", "Dropped", Tone.CLOSED, closed=True),
    ),
)

COMPLETION_SCALE = StatusScale(
    "completion",
    (
        StatusLevel("not_started", "Not started", Tone.NEUTRAL),
        StatusLevel("limited", "Limited", Tone.WARNING),
        StatusLevel("substantial", "Substantial", Tone.GOOD),
        StatusLevel("complete", "Complete", Tone.DONE, closed=True),
    ),
)

COMPLIANCE_SCALE = StatusScale(
    "compliance",
    (
        StatusLevel("-1", "Not complied (−1)", Tone.BAD),
        StatusLevel("0", "Partly complied (0)", Tone.WARNING),
        StatusLevel("+1", "Complied (+1)", Tone.DONE, closed=True),
    ),
)

SCALES = {scale.name: scale for scale in (DEFAULT_SCALE, COMPLETION_SCALE, COMPLIANCE_SCALE)}


# ---------------------------------------------------------------------------
# Entities
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PartyName:
    """How a party is named in one language, as a protocol department writes it.

    ``short`` and its ``article`` ("France", "la"; "Mali", "le"; "Estados Unidos", "los"),
    the ``formal`` name and its article ("République française", "la"), and the
    ``adjective`` that agrees with "délégation" / "delegación" / "delegation"
    ("française", "malienne", "mexicana", "French"). Documents build their phrases
    from these (see ``domain.language``): "Pour la République française",
    "Le Chef de la délégation malienne".
    """

    short: str = ""
    article: str = ""
    formal: str = ""
    formal_article: str = ""
    adjective: str = ""

    FIELDS = ("short", "article", "formal", "formal_article", "adjective")

    def as_dict(self) -> dict[str, str]:
        return {f: getattr(self, f) for f in self.FIELDS}


@dataclass
class Party:
    """A side of a dialogue: a state, or an organisation such as the EU."""

    code: str  # "FR", "ML": what references, rows and packets name it by
    name: str
    is_home: bool = False  # the party whose secretariat keeps this workspace
    id: str = field(default_factory=new_id)
    names: dict[str, PartyName] = field(default_factory=dict)  # protocol names per language ({} : the plain name everywhere)


@dataclass
class Theme:
    """A subject a dialogue's sessions come back to (legal migration, returns, development)."""

    code: str
    title: LangText
    standing: bool = True  # on every session's agenda; False: raised once, kept for the commitments under it
    id: str = field(default_factory=new_id)


@dataclass
class Dialogue:
    """A recurring bilateral (or multilateral) dialogue: its parties, working languages, themes and status scale."""

    code: str
    name: LangText
    parties: list[Party]
    languages: list[str]
    level: Level = Level.MINISTERIAL
    cadence: str = "annual"
    instrument_title: str = ""
    instrument_signed_on: dt.date | None = None
    classification: str = "RESTRICTED"  # the level, as named on the workspace's ordered list of markings
    markings: LangText = field(default_factory=dict)  # how the level is printed in each language
    scale: StatusScale = DEFAULT_SCALE
    themes: list[Theme] = field(default_factory=list)
    id: str = field(default_factory=new_id)

    @property
    def home_party(self) -> Party | None:
        return next((p for p in self.parties if p.is_home), None)

    def party(self, party_id: str | None) -> Party | None:
        return next((p for p in self.parties if p.id == party_id), None)

    def party_by_code(self, code: str) -> Party | None:
        return next((p for p in self.parties if p.code == code), None)

    def theme(self, theme_id: str | None) -> Theme | None:
        return next((t for t in self.themes if t.id == theme_id), None)


@dataclass
class Person:
    """Someone in the directory: a delegate, an adviser or a contact of either party."""

    name: str
    title: str = ""
    organisation: str = ""
    # contact details: internal, never in a joint document or the joint view
    email: str = ""
    phone: str = ""
    party: str = ""  # the code of the party the person belongs to ("FR", "ML"), as the dialogues name it
    id: str = field(default_factory=new_id)


@dataclass
class DelegationMember:
    """A person on a party's delegation to a session."""

    person_id: str
    party_id: str
    role: str = ""  # as the minutes print it: "Ministre des Maliens de l'extérieur", "Conseiller"
    is_head: bool = False
    is_cochair: bool = False
    position: int = 0  # the order of protocol within the delegation, head first
    session_id: str = ""
    confirmed: bool = True  # attendance confirmed; a delegation copied from an earlier session must be confirmed again
    id: str = field(default_factory=new_id)


@dataclass
class Session:
    """One meeting of a dialogue (ML-FR, 2nd session, Paris, 10–11 June 2002), with its delegations, agenda and minutes."""

    dialogue_id: str
    number: int
    starts_on: dt.date
    ends_on: dt.date
    venue: str = ""
    host_party_id: str | None = None
    start_time: dt.time = dt.time(9, 30)
    state: SessionState = SessionState.PLANNED
    minutes_state: MinutesState = MinutesState.DRAFT
    brief_printed_at: str = ""  # when the ministerial brief was last generated (ISO timestamp, UTC; internal)
    id: str = field(default_factory=new_id)


@dataclass
class AgendaItem:
    """An item of a session's agenda, or a row of its timetable (a break, a day heading); sub-items have a parent."""

    session_id: str
    title: LangText
    position: int = 0
    parent_id: str | None = None
    kind: ItemKind = ItemKind.DISCUSSION
    theme_id: str | None = None
    lead_party_id: str | None = None
    presenter_id: str | None = None
    duration_min: int = 30
    # joint content
    summary: LangText = field(default_factory=dict)
    conclusions: LangText = field(default_factory=dict)
    # internal content (ours alone)
    objective: str = ""
    background: str = ""
    lines_to_take: str = ""
    internal_notes: str = ""
    their_asks: str = ""  # what the other side will ask of us (internal: the brief's front)
    red_lines: str = ""  # what we cannot accept (internal: the brief's front)
    commitment_id: str | None = None  # a carry-over sub-item: the commitment it reviews
    start_time: dt.time | None = None  # a day heading: when that day starts (None: the session's start time)
    id: str = field(default_factory=new_id)


@dataclass
class Commitment:
    """What a party (or the parties jointly) undertook at a session, under a reference such as MLFR-2001-01."""

    dialogue_id: str
    ref: str
    text: LangText
    party_id: str | None  # None: undertaken by all parties jointly
    made_at_session_id: str | None = None
    lead_institution: str = ""
    theme_id: str | None = None
    due_on: dt.date | None = None
    due_session_number: int | None = None
    reaffirmed_at: list[str] = field(default_factory=list)  # session ids
    reciprocal_id: str | None = None
    supersedes_id: str | None = None
    visibility: Visibility = Visibility.JOINT
    kind: CommitmentKind = CommitmentKind.COMMITMENT
    state: CommitmentState = CommitmentState.IN_FORCE
    ended_on: dt.date | None = None  # when it was withdrawn or superseded
    end_reason: str = ""  # why (joint as the commitment: the other side agreed to it, or must know)
    id: str = field(default_factory=new_id)

    @property
    def in_force(self) -> bool:
        return self.state == CommitmentState.IN_FORCE


@dataclass(frozen=True)
class Revision:
    """One change of a commitment's text: what it read before and after, when, why and by whom.

    Joint when its commitment is, except the author (ours alone, as a status event's).
    """

    commitment_id: str
    revised_on: dt.date
    old_text: LangText
    new_text: LangText
    reason: str = ""
    author: str = ""
    recorded_at: str = ""  # ISO timestamp, UTC, set by the store when empty
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class StatusEvent:
    """An append-only entry in a commitment's history."""

    commitment_id: str
    effective_on: dt.date
    status: str  # a code of the dialogue's status scale ("on_track")
    note: str = ""
    evidence: str = ""
    author: str = ""
    recorded_at: str = ""  # ISO timestamp, UTC, set by the store when empty
    recorded_where: str = ""
    # The status itself of a joint commitment is joint; the note and evidence
    # are shared only when the event is marked joint (on a joint commitment).
    visibility: Visibility = Visibility.INTERNAL
    # The party whose assessment this is (each party's is kept as its own); None: the home party's.
    party_id: str | None = None
    id: str = field(default_factory=new_id)


@dataclass
class Indicator:
    """A figure that shows a commitment's progress: a unit, a baseline, a target and which way is good."""

    commitment_id: str
    name: LangText
    unit: str
    baseline_value: float
    baseline_on: dt.date | None
    target_value: float
    target_on: dt.date | None = None
    direction: Direction | None = None  # None: the one baseline and target imply (see Direction.implied)
    id: str = field(default_factory=new_id)

    def __post_init__(self) -> None:
        if self.direction is None:
            self.direction = Direction.implied(self.baseline_value, self.target_value)
        else:
            self.direction = Direction(self.direction)


@dataclass(frozen=True)
class Measurement:
    """An append-only dated value of an indicator."""

    indicator_id: str
    measured_on: dt.date
    value: float  # in the indicator's unit
    source: str = ""
    visibility: Visibility = Visibility.INTERNAL  # the value and its source, together
    id: str = field(default_factory=new_id)


@dataclass
class FollowUpAction:
    """Something to do between sessions, under a commitment or a session, with an assignee and a due date."""

    dialogue_id: str
    description: str
    assignee: str = ""
    due_on: dt.date | None = None
    state: ActionState = ActionState.OPEN
    commitment_id: str | None = None
    session_id: str | None = None
    visibility: Visibility = Visibility.INTERNAL  # our own to-do unless made for the joint record
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class Amendment:
    """A change to agreed minutes: they stay frozen, and this records what changed and why."""

    session_id: str
    field: str  # the text amended: "summary" or "conclusions" of agenda_item_id, in lang
    old_text: str
    new_text: str
    amended_on: dt.date
    reason: str
    agenda_item_id: str | None = None
    lang: str = ""
    author: str = ""
    party_id: str | None = None  # the party that proposed it
    state: str = "effective"  # "proposed" until every party signed it off (see domain.negotiation)
    id: str = field(default_factory=new_id)


@dataclass
class Bundle:
    """Everything about some dialogues, as one value: what export writes and import reads."""

    dialogues: list[Dialogue] = field(default_factory=list)  # with their parties and themes
    people: list[Person] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    members: list[DelegationMember] = field(default_factory=list)  # the sessions' delegations
    items: list[AgendaItem] = field(default_factory=list)  # the sessions' agendas, with what the minutes say
    amendments: list[Amendment] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    revisions: list[Revision] = field(default_factory=list)  # changes of commitments' texts
    events: list[StatusEvent] = field(default_factory=list)  # the commitments' status histories
    indicators: list[Indicator] = field(default_factory=list)
    measurements: list[Measurement] = field(default_factory=list)
    actions: list[FollowUpAction] = field(default_factory=list)
    # the negotiation of the minutes
    versions: list[MinutesVersion] = field(default_factory=list)
    proposals: list[Proposal] = field(default_factory=list)
    signoffs: list[SignOff] = field(default_factory=list)


class JointBundle(Bundle):
    """The joint view: only what is shared with the other delegation.

    Built by ``store.joint.joint_view`` alone, by selecting joint rows and
    joint columns, so internal content cannot be in it by mistake. Joint
    documents (minutes, the joint tracker, the DOCX draft, the ICS of joint
    sessions, joint CSV/XLSX) and, later, packets for the counterpart take
    this type and refuse a plain :class:`Bundle`.
    """


def require_joint(bundle: Bundle, what: str) -> JointBundle:
    """Refuse anything but the joint view for a document meant for the other delegation.

    Raises:
        TypeError: ``bundle`` is not a :class:`JointBundle` (a programming error, not bad input).
    """
    if not isinstance(bundle, JointBundle):
        raise TypeError(f"{what} is meant for the other delegation: it takes the joint view (JointBundle), not {type(bundle).__name__}.")
    return bundle


UNITS = ("count", "EUR", "CFA", "USD", "percent")
