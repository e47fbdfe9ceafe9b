"""The rules of the register, as pure functions over domain objects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .model import (
    AgendaItem,
    Commitment,
    CommitmentState,
    Direction,
    FollowUpAction,
    ActionState,
    Indicator,
    Measurement,
    Session,
    StatusEvent,
    StatusScale,
    Tone,
)

# ---------------------------------------------------------------------------
# Status
# ---------------------------------------------------------------------------


def _event_order(event: StatusEvent) -> tuple:
    return (event.effective_on, event.recorded_at, event.id)


def current_status(events: Iterable[StatusEvent], as_of: dt.date | None = None) -> StatusEvent | None:
    """Return the event that sets the current status, or None if there is none.

    The latest event by effective date wins; events recorded the same day are
    ordered by when they were recorded. Events after ``as_of`` are ignored, so
    the tracker can show the register as it stood on a given day.
    """
    candidates = [e for e in events if as_of is None or e.effective_on <= as_of]
    return max(candidates, key=_event_order, default=None)


def is_open(events: Iterable[StatusEvent], scale: StatusScale, as_of: dt.date | None = None) -> bool:
    """True while the commitment's current status is not a closed one (completed, dropped...)."""
    latest = current_status(events, as_of)
    return open_status(latest.status if latest else None, scale)


def open_status(status: str | None, scale: StatusScale) -> bool:
    """True unless ``status`` is a closed level of the scale (no status yet is open)."""
    level = scale.get(status) if status else None
    return not (level and level.closed)


def in_force(commitment: Commitment, as_of: dt.date | None = None) -> bool:
    """True unless the commitment was withdrawn or superseded on or before ``as_of`` (None: ever)."""
    if commitment.state == CommitmentState.IN_FORCE:
        return True
    ended = commitment.ended_on
    return as_of is not None and ended is not None and ended > as_of


def due_date(commitment: Commitment, sessions: Sequence[Session]) -> dt.date | None:
    """The date a commitment falls due: its due date, or the start of its due session."""
    if commitment.due_on is not None:
        return commitment.due_on
    if commitment.due_session_number is not None:
        for session in sessions:
            if session.number == commitment.due_session_number:
                return session.starts_on
    return None


def is_overdue(
    commitment: Commitment,
    events: Iterable[StatusEvent],
    scale: StatusScale,
    today: dt.date,
    sessions: Sequence[Session] = (),
) -> bool:
    """True when the commitment is past due on ``today``, still in force and still open on that day.

    Overdue is always computed, never stored. Events dated after ``today``
    do not count: a completion recorded in advance closes nothing yet.
    """
    latest = current_status(events, today)
    return overdue_since(commitment, latest.status if latest else None, scale, today, sessions) is not None


def overdue_since(
    commitment: Commitment,
    status: str | None,
    scale: StatusScale,
    today: dt.date,
    sessions: Sequence[Session] = (),
) -> dt.date | None:
    """The due date, when the commitment is overdue on ``today``; None when it is not.

    ``status`` is the commitment's status on ``today`` (the latest event
    dated on or before it: :func:`current_status` with ``as_of=today``). The
    tracker, the register and every other view ask this one rule, so they
    never disagree (``commitment`` needs only ``due_on``,
    ``due_session_number``, ``state`` and ``ended_on``).
    """
    due = due_date(commitment, sessions)
    if due is None or due >= today or not in_force(commitment, today) or not open_status(status, scale):
        return None
    return due


def action_is_overdue(action: FollowUpAction, today: dt.date) -> bool:
    """A follow-up action is overdue when its due date has passed and it is not finished."""
    finished = action.state in (ActionState.DONE, ActionState.CANCELLED)
    return action.due_on is not None and action.due_on < today and not finished


# ---------------------------------------------------------------------------
# Agenda timetable
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    number: str  # "2" or "2.1"
    start: dt.datetime
    end: dt.datetime


def agenda_order(items: Sequence[AgendaItem]) -> list[AgendaItem]:
    """Items in reading order: each top-level item followed by its sub-items."""
    children: dict[str | None, list[AgendaItem]] = {}
    for item in items:
        children.setdefault(item.parent_id, []).append(item)
    for group in children.values():
        group.sort(key=lambda i: (i.position, i.id))
    ordered: list[AgendaItem] = []

    def walk(parent: str | None, depth: int) -> None:
        for item in children.get(parent, []):
            ordered.append(item)
            if depth < 8:  # guards against a cycle in hand-made data
                walk(item.id, depth + 1)

    walk(None, 0)
    return ordered


def timetable(items: Sequence[AgendaItem], start: dt.datetime) -> dict[str, Slot]:
    """Number each item and give its start and end from the session's start.

    Top-level items run one after another. Sub-items run one after another
    inside their parent; a parent lasts its own duration or the sum of its
    sub-items, whichever is longer. Negative durations count as zero.
    """
    children: dict[str | None, list[AgendaItem]] = {}
    for item in items:
        children.setdefault(item.parent_id, []).append(item)
    for group in children.values():
        group.sort(key=lambda i: (i.position, i.id))
    slots: dict[str, Slot] = {}

    def place(parent: str | None, prefix: str, at: dt.datetime, depth: int) -> dt.datetime:
        for n, item in enumerate(children.get(parent, []), start=1):
            number = f"{prefix}{n}"
            inner_end = place(item.id, number + ".", at, depth + 1) if depth < 8 else at
            own_end = at + dt.timedelta(minutes=max(0, item.duration_min))
            end = max(own_end, inner_end)
            slots[item.id] = Slot(number, at, end)
            at = end
        return at

    place(None, "", start, 0)
    return slots


# ---------------------------------------------------------------------------
# Indicators
# ---------------------------------------------------------------------------


def latest_measurement(measurements: Iterable[Measurement], as_of: dt.date | None = None) -> Measurement | None:
    candidates = [m for m in measurements if as_of is None or m.measured_on <= as_of]
    return max(candidates, key=lambda m: (m.measured_on, m.id), default=None)


def progress(baseline: float, target: float, value: float, direction: Direction | None = None) -> float:
    """Share of the way from baseline to target that ``value`` has covered.

    Works in both directions: for a target below the baseline (fewer irregular
    crossings, say) a fall counts as progress. 0.0 is the baseline, 1.0 the
    target; values outside the range are returned as they are (a regression is
    negative, an overshoot above 1) so the caller decides how to draw them.
    When baseline and target coincide the target counts as reached, unless
    ``direction`` says the value lies on the wrong side of it (below for up,
    above for down): then nothing is covered yet (0.0).
    """
    span = target - baseline
    if span == 0:
        wrong = (direction == Direction.UP and value < target) or (direction == Direction.DOWN and value > target)
        return 0.0 if wrong else 1.0
    return (value - baseline) / span


def indicator_progress(indicator: Indicator, measurements: Iterable[Measurement], as_of: dt.date | None = None) -> float | None:
    """Progress of the latest measurement, or None if nothing has been measured yet."""
    latest = latest_measurement(measurements, as_of)
    if latest is None:
        return None
    return progress(indicator.baseline_value, indicator.target_value, latest.value, indicator.direction)


# ---------------------------------------------------------------------------
# Reciprocity
# ---------------------------------------------------------------------------

DELIVERING = (Tone.GOOD, Tone.DONE)


@dataclass(frozen=True)
class PairState:
    first: Commitment
    second: Commitment
    first_ok: bool
    second_ok: bool

    @property
    def honoured(self) -> bool:
        return self.first_ok and self.second_ok


def side_on_track(events: Iterable[StatusEvent], scale: StatusScale, as_of: dt.date | None = None) -> bool:
    """Is this side delivering? Only a status whose tone is good or done counts."""
    latest = current_status(events, as_of)
    if latest is None:
        return False
    level = scale.get(latest.status)
    return bool(level and level.tone in DELIVERING)


def reciprocal_pairs(commitments: Sequence[Commitment]) -> list[tuple[Commitment, Commitment]]:
    """Each quid-pro-quo pair once, whichever side holds the link (or both)."""
    by_id = {c.id: c for c in commitments}
    seen: set[frozenset[str]] = set()
    pairs = []
    for c in sorted(commitments, key=lambda c: c.ref):
        other = by_id.get(c.reciprocal_id or "")
        if other is None or other.id == c.id:
            continue
        key = frozenset((c.id, other.id))
        if key in seen:
            continue
        seen.add(key)
        pairs.append((c, other))
    return pairs


def reciprocity(
    commitments: Sequence[Commitment],
    events: Mapping[str, Sequence[StatusEvent]],
    scale: StatusScale,
    as_of: dt.date | None = None,
) -> list[PairState]:
    """For each reciprocal pair, whether each side is on track."""
    return [
        PairState(a, b, side_on_track(events.get(a.id, ()), scale, as_of), side_on_track(events.get(b.id, ()), scale, as_of))
        for a, b in reciprocal_pairs(commitments)
    ]


# ---------------------------------------------------------------------------
# Carry-over
# ---------------------------------------------------------------------------


def carry_over(
    commitments: Sequence[Commitment],
    events: Mapping[str, Sequence[StatusEvent]],
    sessions: Sequence[Session],
    session: Session,
    scale: StatusScale,
) -> list[Commitment]:
    """Commitments made before ``session`` that are still open when it starts.

    These are the ones a "Review of commitments" item must list. Commitments
    made at the session itself or later, and those withdrawn or superseded
    before it starts, are not carried over.
    """
    number_of = {s.id: s.number for s in sessions}
    kept = []
    for c in commitments:
        made = number_of.get(c.made_at_session_id or "")
        if made is None or made >= session.number:
            continue
        if in_force(c, session.starts_on) and is_open(events.get(c.id, ()), scale, session.starts_on):
            kept.append(c)
    return sorted(kept, key=lambda c: c.ref)


# ---------------------------------------------------------------------------
# Translations of joint texts
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TranslationGap:
    """A joint text that lacks one of the dialogue's working languages."""

    kind: str  # "dialogue", "theme", "agenda_item", "commitment"
    item_id: str
    session_id: str | None
    label: str
    field: str
    missing: str  # the language code


def translation_gaps(bundle, dialogue) -> list[TranslationGap]:
    """Every joint text of ``dialogue`` that is present in some working language but missing in another.

    Internal commitments are left out: they are never printed for the counterpart.
    """
    from .model import Visibility, missing_languages, pick

    langs = dialogue.languages
    first = langs[0] if langs else "en"
    gaps: list[TranslationGap] = []

    def check(kind, item_id, session_id, label, field, text) -> None:
        if text and any((v or "").strip() for v in text.values()):
            for code in missing_languages(text, langs):
                gaps.append(TranslationGap(kind, item_id, session_id, label, field, code))

    check("dialogue", dialogue.id, None, dialogue.code, "name", dialogue.name)
    for theme in dialogue.themes:
        check("theme", theme.id, None, theme.code, "title", theme.title)
    sessions = {s.id: s for s in bundle.sessions if s.dialogue_id == dialogue.id}
    for item in agenda_order([i for i in bundle.items if i.session_id in sessions]):
        label = pick(item.title, first, tuple(langs))
        for field in ("title", "summary", "conclusions"):
            check("agenda_item", item.id, item.session_id, label, field, getattr(item, field))
    for c in sorted((c for c in bundle.commitments if c.dialogue_id == dialogue.id), key=lambda c: c.ref):
        if c.visibility == Visibility.JOINT:
            check("commitment", c.id, None, c.ref, "text", c.text)
    return gaps


# ---------------------------------------------------------------------------
# Each party's assessment
# ---------------------------------------------------------------------------


def own_events(events: Iterable[StatusEvent], home_party_id: str | None) -> list[StatusEvent]:
    """The history that sets our status: the events our party asserted (None counts as ours).

    A commitment only the other party has assessed keeps its events: theirs
    is then the only assessment there is.
    """
    events = list(events)
    ours = [e for e in events if e.party_id is None or e.party_id == home_party_id]
    return ours or events


def assessments(events: Iterable[StatusEvent], home_party_id: str | None, as_of: dt.date | None = None) -> dict[str | None, StatusEvent]:
    """Each party's latest assessment of a commitment (an event with no party is the home party's)."""
    by_party: dict[str | None, list[StatusEvent]] = {}
    for e in events:
        by_party.setdefault(e.party_id or home_party_id, []).append(e)
    out = {party: current_status(mine, as_of) for party, mine in by_party.items()}
    return {party: e for party, e in out.items() if e is not None}


def assessed_differently(events: Iterable[StatusEvent], home_party_id: str | None, as_of: dt.date | None = None) -> dict[str | None, StatusEvent]:
    """Each party's latest assessment when the parties disagree on the status; {} when they agree (or only one assessed)."""
    found = assessments(events, home_party_id, as_of)
    return found if len({e.status for e in found.values()}) > 1 else {}
