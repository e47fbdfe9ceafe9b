"""The agenda proposed for a dialogue's next session (opening, review of what is still open, standing themes, closing), and how its commitments are numbered."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .errors import Invalid
from .model import AgendaItem, Commitment, Dialogue, ItemKind, LangText, Session, pick
from .text import printable
from .validate import EARLIEST, LATEST

REVIEW_TITLES = {"en": "Review of commitments", "fr": "Revue des engagements", "es": "Revisión de los compromisos", "ro": "Examinarea angajamentelor", "it": "Esame degli impegni"}
OPENING_TITLES = {"en": "Opening of the session", "fr": "Ouverture de la session", "es": "Apertura de la sesión", "ro": "Deschiderea sesiunii", "it": "Apertura della sessione"}
CLOSING_TITLES = {"en": "Closing and date of the next session", "fr": "Clôture et date de la prochaine session", "es": "Clausura y fecha de la próxima sesión", "ro": "Închiderea sesiunii", "it": "Chiusura della sessione"}


def _title(titles: dict[str, str], d: Dialogue) -> LangText:
    """A fixed title in each of the dialogue's working languages (English where none is known)."""
    return {lang: titles.get(lang, titles["en"]) for lang in d.languages}


def propose_agenda(d: Dialogue, session: Session, still_open: list[Commitment]) -> list[AgendaItem]:
    """The proposed agenda of ``session``: open, review the commitments still open, each standing theme, close.

    Args:
        still_open: the commitments to review (see :func:`consult_app.domain.rules.carry_over`).
    """
    listing = "\n".join(f"{c.ref} — {pick(c.text, d.languages[0], tuple(d.languages))}" for c in still_open)
    review_background = f"{len(still_open)} commitments still open:\n{listing}" if still_open else "No commitment is still open."
    items = [
        AgendaItem(session.id, _title(OPENING_TITLES, d), 0, kind=ItemKind.OPENING, duration_min=20),
        AgendaItem(session.id, _title(REVIEW_TITLES, d), 1, kind=ItemKind.REVIEW, duration_min=max(30, 5 * len(still_open)), background=review_background),
    ]
    for n, theme in enumerate((t for t in d.themes if t.standing), start=2):
        items.append(AgendaItem(session.id, dict(theme.title), n, theme_id=theme.id, duration_min=45))
    items.append(AgendaItem(session.id, _title(CLOSING_TITLES, d), len(items), kind=ItemKind.CLOSING, duration_min=15))
    return items


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
