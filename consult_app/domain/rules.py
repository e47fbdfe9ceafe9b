"""The rules of the register, as pure functions over domain objects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .model import (
    ActionState,
    AgendaItem,
    Commitment,
    CommitmentState,
    Direction,
    FollowUpAction,
    Indicator,
    ItemKind,
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


def is_overdue(commitment: Commitment, events: Iterable[StatusEvent], scale: StatusScale, today: dt.date, sessions: Sequence[Session] = ()) -> bool:
    """True when the commitment is past due on ``today``, still in force and still open on that day.

    Overdue is always computed, never stored. Events dated after ``today``
    do not count: a completion recorded in advance closes nothing yet.
    """
    latest = current_status(events, today)
    return overdue_since(commitment, latest.status if latest else None, scale, today, sessions) is not None


def overdue_since(commitment: Commitment, status: str | None, scale: StatusScale, today: dt.date, sessions: Sequence[Session] = ()) -> dt.date | None:
    """The due date, when the commitment is overdue on ``today``; None when it is not.

    ``status`` is the commitment's status on ``today`` (the latest event
    dated on or before it: :func:`current_status` with ``as_of=today``). The
    tracker, the register and every other view ask this one rule, so they
    never disagree (``commitment`` needs only ``due_on``,
    ``due_session_number``, ``state`` and ``ended_on``).
    """
    due = due_date(commitment, sessions)
    if not in_force(commitment, today) or not past_due(due, open_status(status, scale), today):
        return None
    return due


def past_due(due: dt.date | None, still_open: bool, today: dt.date) -> bool:
    """Overdue: due before ``today`` and still open (the one rule behind every overdue flag)."""
    return due is not None and due < today and still_open


def action_is_finished(action: FollowUpAction) -> bool:
    return action.state in (ActionState.DONE, ActionState.CANCELLED)


def action_is_overdue(action: FollowUpAction, today: dt.date) -> bool:
    """A follow-up action is overdue when its due date has passed and it is not finished."""
    return past_due(action.due_on, not action_is_finished(action), today)


def due_this_month(due: dt.date | None, today: dt.date) -> bool:
    """Due in the calendar month of ``today`` (earlier days of the month included)."""
    return due is not None and (due.year, due.month) == (today.year, today.month)


WATCH = (Tone.WARNING, Tone.BAD)


def at_risk(status: str | None, scale: StatusScale) -> bool:
    """A status that asks for attention: its tone is a warning or bad (at risk, off track, limited, −1…)."""
    level = scale.get(status or "")
    return bool(level and level.tone in WATCH and not level.closed)


# ---------------------------------------------------------------------------
# Agenda timetable
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Slot:
    number: str  # "2" or "2.1"; "" for a break, lunch or day heading (they are not numbered)
    start: dt.datetime
    end: dt.datetime
    day: int = 1  # which day of the session (1 for the first)


def _children(items: Sequence[AgendaItem]) -> dict[str | None, list[AgendaItem]]:
    children: dict[str | None, list[AgendaItem]] = {}
    for item in items:
        children.setdefault(item.parent_id, []).append(item)
    for group in children.values():
        group.sort(key=lambda i: (i.position, i.id))
    return children


def agenda_order(items: Sequence[AgendaItem]) -> list[AgendaItem]:
    """Items in reading order: each top-level item followed by its sub-items."""
    children = _children(items)
    ordered: list[AgendaItem] = []

    def walk(parent: str | None, depth: int) -> None:
        for item in children.get(parent, []):
            ordered.append(item)
            if depth < 8:  # guards against a cycle in hand-made data
                walk(item.id, depth + 1)

    walk(None, 0)
    return ordered


def discussed(items: Sequence[AgendaItem]) -> list[AgendaItem]:
    """The items the parties discuss, in reading order: the agenda without its breaks, lunches and day headings.

    These are what the minutes record (proceedings, summaries, conclusions).
    """
    return [i for i in agenda_order(items) if not i.kind.timetable_only]


def timetable(items: Sequence[AgendaItem], start: dt.datetime) -> dict[str, Slot]:
    """Number each item and give its start and end from the session's start.

    Top-level items run one after another. Sub-items run one after another
    inside their parent; a parent lasts its own duration or the sum of its
    sub-items, whichever is longer. Negative durations count as zero.

    Days: the agenda runs on the session's first day from ``start``. A day
    heading (kind ``day``) starts the next day at its own start time (the
    session's, when it has none), so the timetable restarts each morning; a
    day heading that opens the agenda marks the first day. Breaks, lunches and
    day headings take no number.
    """
    children = _children(items)
    slots: dict[str, Slot] = {}
    counter = {"day": 1, "days_started": 0}

    def place(parent: str | None, prefix: str, at: dt.datetime, depth: int) -> dt.datetime:
        n = 0
        for item in children.get(parent, []):
            if item.kind == ItemKind.DAY and depth == 0:
                if counter["days_started"] or slots:  # a heading after some items: the next day
                    counter["day"] += 1
                counter["days_started"] += 1
                at = dt.datetime.combine(start.date() + dt.timedelta(days=counter["day"] - 1), item.start_time or start.time())
                slots[item.id] = Slot("", at, at, counter["day"])
                continue
            if item.kind.timetable_only:
                number = ""
            else:
                n += 1
                number = f"{prefix}{n}"
            inner_end = place(item.id, number + ".", at, depth + 1) if depth < 8 else at
            own_end = at + dt.timedelta(minutes=max(0, item.duration_min))
            end = max(own_end, inner_end)
            slots[item.id] = Slot(number, at, end, counter["day"])
            at = end
        return at

    place(None, "", start, 0)
    return slots


@dataclass(frozen=True)
class AgendaRow:
    """One row of a printed or shown timetable: an item with its slot, or a day's heading."""

    item: AgendaItem | None  # None: the heading of the first day, when a later day has a heading and the first has none
    slot: Slot

    @property
    def heading(self) -> bool:
        return self.item is None or self.item.kind == ItemKind.DAY

    @property
    def pause(self) -> bool:
        """A break or lunch: shown with its times, not numbered."""
        return self.item is not None and self.item.kind in (ItemKind.BREAK, ItemKind.LUNCH)


def agenda_rows(items: Sequence[AgendaItem], start: dt.datetime) -> list[AgendaRow]:
    """The agenda in reading order with its timetable, and a heading for each day when it runs over several.

    A one-day agenda has no heading at all; a multi-day one has a heading
    for each day, the first included (made up from the session's start when
    no day heading opens the agenda).
    """
    slots = timetable(items, start)
    rows = [AgendaRow(i, slots[i.id]) for i in agenda_order(items)]
    days = [r for r in rows if r.heading]
    if days and rows[0] is not days[0]:
        rows.insert(0, AgendaRow(None, Slot("", start, start, 1)))
    return rows


def agenda_days(items: Sequence[AgendaItem]) -> int:
    """How many days the agenda runs over (1 without day headings)."""
    rows = agenda_rows(items, dt.datetime(2000, 1, 1))
    return max((r.slot.day for r in rows), default=1)


def insert_position(items: Sequence[AgendaItem], selected_id: str | None, parent_id: str | None = None) -> int:
    """Where a new item goes among the children of ``parent_id``: just after the selection, and never after Closing.

    ``selected_id`` is the item selected in the agenda (or None). At the top
    level the new item follows the selected item (or the top-level item a
    selected sub-item belongs to); with nothing selected, or with Closing (or
    anything after it) selected, it goes just before Closing. Under a parent,
    it follows the selected sibling, else comes last among the sub-items.
    """
    children = _children(items).get(parent_id, [])
    by_id = {i.id: i for i in items}
    selected = by_id.get(selected_id or "")
    if parent_id is not None:
        index = next((n for n, i in enumerate(children) if selected is not None and i.id == selected.id), None)
        return len(children) if index is None else index + 1
    while selected is not None and selected.parent_id is not None and selected.parent_id in by_id:
        selected = by_id[selected.parent_id]
    closing = next((n for n, i in enumerate(children) if i.kind == ItemKind.CLOSING), None)
    index = next((n for n, i in enumerate(children) if selected is not None and i.id == selected.id), None)
    position = len(children) if index is None else index + 1
    if closing is not None and position > closing:
        position = closing
    return position


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
    commitments: Sequence[Commitment], events: Mapping[str, Sequence[StatusEvent]], scale: StatusScale, as_of: dt.date | None = None
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
    commitments: Sequence[Commitment], events: Mapping[str, Sequence[StatusEvent]], sessions: Sequence[Session], session: Session, scale: StatusScale
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
# Preparing a session, and the dashboard across dialogues
# ---------------------------------------------------------------------------


def previous_delegation(sessions: Sequence[Session], session: Session, sizes: Mapping[str, int]) -> Session | None:
    """The session whose delegations a new one copies: the latest earlier session that has any (``sizes``: members by session id)."""
    earlier = [s for s in sessions if s.dialogue_id == session.dialogue_id and s.number < session.number and sizes.get(s.id)]
    return max(earlier, key=lambda s: s.number, default=None)


@dataclass(frozen=True)
class Checklist:
    """How far a session's preparation has come: each step done or not, and the figures behind it."""

    agenda_agreed: bool
    confirmed: int  # delegation members whose attendance is confirmed
    members: int
    brief_printed_at: str  # '' until a brief is generated
    minutes_circulated: bool

    @property
    def delegations_confirmed(self) -> bool:
        return self.members > 0 and self.confirmed == self.members

    @property
    def done(self) -> int:
        return sum((self.agenda_agreed, self.delegations_confirmed, bool(self.brief_printed_at), self.minutes_circulated))


def checklist(session: Session, members: Sequence) -> Checklist:
    """The preparation checklist of a session: agenda agreed, delegations confirmed, brief printed, minutes circulated."""
    from .model import MinutesState, SessionState

    agreed_states = (SessionState.AGENDA_AGREED, SessionState.HELD, SessionState.MINUTES_AGREED)
    return Checklist(
        agenda_agreed=session.state in agreed_states,
        confirmed=sum(1 for m in members if m.confirmed),
        members=len(members),
        brief_printed_at=session.brief_printed_at,
        minutes_circulated=session.minutes_state in (MinutesState.CIRCULATED, MinutesState.AGREED),
    )


def next_sessions(sessions: Sequence[Session], today: dt.date) -> list[Session]:
    """Each dialogue's next session — the first that has not ended by ``today`` — soonest first."""
    upcoming: dict[str, Session] = {}
    for s in sorted(sessions, key=lambda s: (s.starts_on, s.number)):
        if s.ends_on >= today and s.dialogue_id not in upcoming:
            upcoming[s.dialogue_id] = s
    return sorted(upcoming.values(), key=lambda s: (s.starts_on, s.dialogue_id))


def countdown(session: Session, today: dt.date) -> int:
    """Days until the session starts (0: it starts today; negative: it has started and not ended)."""
    return (session.starts_on - today).days


@dataclass(frozen=True)
class Attention:
    """What needs attention in one dialogue on a day: commitments overdue and at risk, and what falls due this month.

    ``overdue`` and ``at_risk`` hold commitments (the read model's rows);
    ``due_this_month`` commitments and follow-up actions, soonest first;
    ``overdue_actions`` the follow-up actions past due.
    """

    dialogue_id: str
    open: int
    overdue: list
    at_risk: list
    due_this_month: list
    overdue_actions: list

    @property
    def quiet(self) -> bool:
        return not (self.overdue or self.at_risk or self.due_this_month or self.overdue_actions)


def attention(
    dialogue_id: str, commitments: Sequence, actions: Sequence[FollowUpAction], sessions: Sequence[Session], scale: StatusScale, today: dt.date
) -> Attention:
    """Sort a dialogue's open commitments and actions into what the dashboard shows.

    ``commitments`` need ``due_on``, ``due_session_number``, ``state``,
    ``ended_on`` and ``status`` (the status as of ``today``: later-dated
    events do not count yet). A withdrawn or superseded commitment is not
    open, whatever its last status.
    """
    still_open = [c for c in commitments if in_force(c, today) and open_status(c.status, scale)]
    dated = [(c, due_date(c, sessions)) for c in still_open]
    month = [(c, due) for c, due in dated if due_this_month(due, today)]
    month += [(a, a.due_on) for a in actions if not action_is_finished(a) and due_this_month(a.due_on, today)]
    return Attention(
        dialogue_id=dialogue_id,
        open=len(still_open),
        overdue=[c for c in still_open if overdue_since(c, c.status, scale, today, sessions) is not None],
        at_risk=[c for c in still_open if at_risk(c.status, scale)],
        due_this_month=[x for x, _due in sorted(month, key=lambda pair: (pair[1], getattr(pair[0], "ref", "")))],
        overdue_actions=[a for a in actions if action_is_overdue(a, today)],
    )


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
