"""The agenda proposed for a dialogue's next session, the fixed rows of a timetable, and how its commitments are numbered.

Opening, review of what is still open — one sub-item per open joint
commitment, linked to it — each standing theme, closing. Breaks, lunches and
day headings get their titles here too, so the agenda reads in the
dialogue's working languages (English where a language is not known here).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import Invalid
from .model import AgendaItem, Commitment, Dialogue, ItemKind, LangText, Session, Visibility, pick
from .text import printable, shorten
from .validate import EARLIEST, LATEST

REVIEW_TITLES = {
    "en": "Review of commitments",
    "fr": "Revue des engagements",
    "es": "Revisión de los compromisos",
    "ro": "Examinarea angajamentelor",
    "it": "Esame degli impegni",
}
OPENING_TITLES = {
    "en": "Opening of the session",
    "fr": "Ouverture de la session",
    "es": "Apertura de la sesión",
    "ro": "Deschiderea sesiunii",
    "it": "Apertura della sessione",
}
CLOSING_TITLES = {
    "en": "Closing and date of the next session",
    "fr": "Clôture et date de la prochaine session",
    "es": "Clausura y fecha de la próxima sesión",
    "ro": "Închiderea sesiunii",
    "it": "Chiusura della sessione",
}
BREAK_TITLES = {"en": "Coffee break", "fr": "Pause café", "es": "Pausa café", "ro": "Pauză de cafea", "it": "Pausa caffè"}
LUNCH_TITLES = {"en": "Lunch", "fr": "Déjeuner", "es": "Almuerzo", "ro": "Prânz", "it": "Pranzo"}
# The internal background of the review item: our own (internal) commitments still open, which are never agenda items.
INTERNAL_OPEN = {
    "en": "Our internal commitments still open (not on the joint agenda):",
    "fr": "Nos engagements internes encore ouverts (hors de l’ordre du jour conjoint) :",
    "es": "Nuestros compromisos internos aún abiertos (fuera del orden del día conjunto):",
}
CARRY_OVER_TEXT = 160
"""Characters of a commitment's text in the title of its carry-over sub-item (after its reference)."""
DURATIONS = {ItemKind.BREAK: 15, ItemKind.LUNCH: 90, ItemKind.DAY: 0}


def _title(titles: dict[str, str], d: Dialogue) -> LangText:
    """A fixed title in each of the dialogue's working languages (English where none is known)."""
    return {lang: titles.get(lang, titles["en"]) for lang in d.languages}


def carry_over_title(c: Commitment, d: Dialogue) -> LangText:
    """``MLFR-2002-01 — <the commitment's text>`` in each working language the commitment has a text in."""
    return {lang: f"{c.ref} — {shorten(c.text[lang], CARRY_OVER_TEXT)}" for lang in d.languages if (c.text.get(lang) or "").strip()}


def carry_over_items(d: Dialogue, review: AgendaItem, still_open: list[Commitment], first_position: int = 0) -> list[AgendaItem]:
    """One sub-item of ``review`` per joint commitment still open, linked to it, in reference order.

    Internal commitments are ours alone: they never become agenda items (the
    agenda is joint); :func:`propose_agenda` lists them in the review item's
    internal background instead.
    """
    joint = [c for c in still_open if c.visibility == Visibility.JOINT]
    return [
        AgendaItem(review.session_id, carry_over_title(c, d), first_position + n, parent_id=review.id, kind=ItemKind.REVIEW, duration_min=5, commitment_id=c.id)
        for n, c in enumerate(sorted(joint, key=lambda c: c.ref))
    ]


def internal_background(d: Dialogue, still_open: list[Commitment]) -> str:
    """The review item's internal background: our internal commitments still open, in the dialogue's first language."""
    internal = [c for c in still_open if c.visibility == Visibility.INTERNAL]
    if not internal:
        return ""
    lang = d.languages[0] if d.languages else "en"
    lines = [f"• {c.ref} — {shorten(pick(c.text, lang, tuple(d.languages)), CARRY_OVER_TEXT)}" for c in sorted(internal, key=lambda c: c.ref)]
    return "\n".join([INTERNAL_OPEN.get(lang, INTERNAL_OPEN["en"]), *lines])


def propose_agenda(d: Dialogue, session: Session, still_open: list[Commitment]) -> list[AgendaItem]:
    """The proposed agenda of ``session``: open, review the commitments still open, each standing theme, close.

    Args:
        still_open: the commitments to review (see :func:`consult_app.domain.rules.carry_over`).
    """
    review = AgendaItem(session.id, _title(REVIEW_TITLES, d), 1, kind=ItemKind.REVIEW, duration_min=30, background=internal_background(d, still_open))
    items = [AgendaItem(session.id, _title(OPENING_TITLES, d), 0, kind=ItemKind.OPENING, duration_min=20), review]
    for n, theme in enumerate((t for t in d.themes if t.standing), start=2):
        items.append(AgendaItem(session.id, dict(theme.title), n, theme_id=theme.id, duration_min=45))
    items.append(AgendaItem(session.id, _title(CLOSING_TITLES, d), len(items), kind=ItemKind.CLOSING, duration_min=15))
    return items + carry_over_items(d, review, still_open)


def timetable_row(d: Dialogue, session_id: str, kind: ItemKind, position: int, start_time: dt.time | None = None) -> AgendaItem:
    """A break, a lunch or a day heading, titled in the dialogue's languages (a day heading's title is made when shown)."""
    if not kind.timetable_only:
        raise ValueError(f"{kind.value} is an agenda item, not a row of the timetable")
    titles = {ItemKind.BREAK: _title(BREAK_TITLES, d), ItemKind.LUNCH: _title(LUNCH_TITLES, d), ItemKind.DAY: {}}
    return AgendaItem(session_id, titles[kind], position, kind=kind, duration_min=DURATIONS[kind], start_time=start_time if kind == ItemKind.DAY else None)


@dataclass(frozen=True)
class ReferenceScheme:
    """How a dialogue numbers its commitments: ``MLFR-2004-03`` is the 3rd of 2004 in ML-FR.

    The prefix is the dialogue's code in ASCII letters and digits (``ML-FR`` →
    ``MLFR``), then the year (1900–2199) and a number of two to four digits.
    New and changed references are checked against it; references that came
    in a file from elsewhere are kept as they are.
    """

    prefix: str

    @classmethod
    def of(cls, d: Dialogue) -> ReferenceScheme:
        return cls("".join(ch for ch in d.code if ch.isascii() and ch.isalnum()).upper() or "REF")

    @property
    def pattern(self) -> str:
        """The scheme as a person reads it: ``MLFR-YYYY-NN``."""
        return f"{self.prefix}-YYYY-NN"

    def _match(self, ref: str) -> re.Match | None:
        return re.fullmatch(rf"{re.escape(self.prefix)}-(\d{{4}})-(\d{{2,4}})", ref, re.ASCII)

    def follows(self, ref: str) -> bool:
        found = self._match(ref)
        return bool(found) and EARLIEST.year <= int(found.group(1)) <= LATEST.year and int(found.group(2)) > 0

    def check(self, ref: str, field: str = "ref") -> str:
        """Accept a reference that follows the scheme, or say why not in one sentence that names ``field``.

        Raises:
            Invalid: the reference does not follow the scheme.
        """
        if not self.follows(ref):
            shown = printable(ref if len(ref) <= 60 else ref[:57] + "…")
            raise Invalid(
                f"{field}: '{shown}' does not follow this dialogue's reference pattern {self.pattern} "
                f"(a year from {EARLIEST.year} to {LATEST.year}, then a number of two to four digits).",
                field,
            )
        return ref

    def next(self, year: int, existing: Iterable[str]) -> str:
        """The next free reference of ``year``: one more than the highest number used that year."""
        used = [int(found.group(2)) for ref in existing if (found := self._match(ref)) and int(found.group(1)) == year]
        return f"{self.prefix}-{year}-{max(used, default=0) + 1:02d}"


def next_reference(d: Dialogue, year: int, existing: Iterable[str]) -> str:
    """The next free commitment reference of a dialogue for a year: ``MLFR-2004-03`` after ``MLFR-2004-02``."""
    return ReferenceScheme.of(d).next(year, existing)
