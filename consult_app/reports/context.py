"""Lookups over a bundle that the documents share (no reportlab here)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from ..domain import language
from ..domain.model import Bundle, Commitment, Dialogue, Indicator, Measurement, Session, StatusEvent, StatusLevel, Visibility, pick
from ..domain.rules import assessed_differently, current_status, due_date, is_overdue, latest_measurement, own_events
from .labels import label, language_name


def fmt_date(d: dt.date | None, lang: str = "en") -> str:
    """'December 3, 2001' in English, '3 décembre 2001' in French, '1er juin 2003' (Babel)."""
    return language.date_long(d, lang)


def fmt_short_date(d: dt.date | None, lang: str = "en") -> str:
    return language.date_short(d, lang)


def fmt_number(value: float, lang: str = "en") -> str:
    """'25,000' in English, '25 000' in French; no decimals for whole numbers."""
    return language.number(value, lang)


def fmt_value(value: float, unit: str, lang: str = "en") -> str:
    if unit == "percent":
        return language.percent(value / 100, lang)
    number = fmt_number(value, lang)
    return number if unit == "count" else f"{number} {unit}"


def fmt_dates(s: Session, lang: str = "en") -> str:
    """A session's dates, compact (Babel's interval): '10–11 juin 2002', 'Jun 10 – 11, 2002'."""
    return language.date_range(s.starts_on, s.ends_on, lang)


@dataclass
class DialogueView:
    """One dialogue of a bundle with everything indexed for printing.

    ``lang_labels`` is the language of the fixed labels; ``content_lang`` the
    language wanted for the dialogue's texts (default: the labels'). Texts are
    printed in it when it is one of the dialogue's working languages — a text
    missing in it falls back to another working language and is flagged —
    and otherwise in the dialogue's first working language.
    """

    dialogue: Dialogue
    bundle: Bundle
    lang_labels: str = "en"
    content_lang: str | None = None

    def __post_init__(self) -> None:
        b, d = self.bundle, self.dialogue
        self.sessions = sorted((s for s in b.sessions if s.dialogue_id == d.id), key=lambda s: s.number)
        self.session_by_id = {s.id: s for s in self.sessions}
        self.commitments = sorted((c for c in b.commitments if c.dialogue_id == d.id), key=lambda c: c.ref)
        self.commitment_by_id = {c.id: c for c in self.commitments}
        self.people = {p.id: p for p in b.people}
        self.home_id = d.home_party.id if d.home_party else None
        # every party's events; ``events`` holds the history that sets our status (our own party's assessments)
        self.all_events: dict[str, list[StatusEvent]] = defaultdict(list)
        for e in b.events:
            if e.commitment_id in self.commitment_by_id:
                self.all_events[e.commitment_id].append(e)
        self.events: dict[str, list[StatusEvent]] = defaultdict(list, {cid: own_events(es, self.home_id) for cid, es in self.all_events.items()})
        self.indicators: dict[str, list[Indicator]] = defaultdict(list)
        for i in b.indicators:
            if i.commitment_id in self.commitment_by_id:
                self.indicators[i.commitment_id].append(i)
        self.measurements: dict[str, list[Measurement]] = defaultdict(list)
        for m in b.measurements:
            self.measurements[m.indicator_id].append(m)
        self.actions = sorted((a for a in b.actions if a.dialogue_id == d.id), key=lambda a: (a.due_on or dt.date.max, a.id))
        wanted = self.content_lang or self.lang_labels
        self.lang = wanted if wanted in d.languages else (d.languages[0] if d.languages else "en")

    def text(self, value: dict, lang: str | None = None) -> str:
        return pick(value, lang or self.lang, tuple(self.dialogue.languages))

    def flag(self, value: dict) -> str:
        """'[missing in English]' when ``value`` has no version in the content language but has another; else ''."""
        if (value or {}).get(self.lang, "").strip() or not any((v or "").strip() for v in (value or {}).values()):
            return ""
        return label(self.lang_labels, "[missing in {language}]", language=language_name(self.lang_labels, self.lang))

    def flagged(self, value: dict) -> str:
        """A text in the content language, or in another working language after a flag saying it is missing."""
        flag = self.flag(value)
        return f"{flag} {self.text(value)}" if flag else self.text(value)

    def language_note(self) -> str:
        """A line for when the texts cannot be in the labels' language (the dialogue does not work in it)."""
        if self.lang == self.lang_labels:
            return ""
        return label(self.lang_labels, "Texts in {language}, the dialogue’s working language.", language=language_name(self.lang_labels, self.lang))

    def party_name(self, party_id: str | None) -> str:
        """A party's short name in the labels' language ('France', 'Estados Unidos'), or 'Jointly'."""
        if party_id is None:
            return label(self.lang_labels, "Jointly")
        party = self.dialogue.party(party_id)
        return language.party_short(party, self.lang_labels) if party else ""

    def status(self, c: Commitment, as_of: dt.date | None = None) -> tuple[StatusLevel, StatusEvent | None]:
        latest = current_status(self.events.get(c.id, ()), as_of)
        scale = self.dialogue.scale
        if latest is None:
            return scale.levels[0], None
        return scale.get(latest.status) or scale.levels[0], latest

    def assessed(self, c: Commitment, as_of: dt.date | None = None) -> str:
        """'France: On track / Mali: At risk' when the parties assess the commitment differently; '' when they agree."""
        found = assessed_differently(self.all_events.get(c.id, ()), self.home_id, as_of)
        order = [p.id for p in self.dialogue.parties]
        parts = []
        for party_id in sorted(found, key=lambda p: (p != self.home_id, order.index(p) if p in order else len(order))):
            level = self.dialogue.scale.get(found[party_id].status)
            parts.append(f"{self.party_name(party_id)}: {self.status_label(level) if level else found[party_id].status}")
        return " / ".join(parts)

    def overdue(self, c: Commitment, today: dt.date) -> bool:
        return is_overdue(c, self.events.get(c.id, ()), self.dialogue.scale, today, self.sessions)

    def due_text(self, c: Commitment, lang: str = "en") -> str:
        lang = self.lang_labels
        if c.due_on:
            return fmt_short_date(c.due_on, lang)
        if c.due_session_number:
            return label(lang, "{nth} session", nth=language.ordinal(c.due_session_number, lang))
        return ""

    def due(self, c: Commitment) -> dt.date | None:
        return due_date(c, self.sessions)

    def joint(self, commitments: list[Commitment]) -> list[Commitment]:
        return [c for c in commitments if c.visibility == Visibility.JOINT]

    def latest(self, indicator: Indicator, as_of: dt.date | None = None) -> Measurement | None:
        return latest_measurement(self.measurements.get(indicator.id, ()), as_of)

    def session_title(self, s: Session) -> str:
        return label(self.lang_labels, "{nth} session of the {name}", nth=language.ordinal(s.number, self.lang_labels), name=self.text(self.dialogue.name))

    def status_label(self, level) -> str:
        """A status in the document's language (the default scales' labels are translated)."""
        return label(self.lang_labels, level.label) if level else ""
