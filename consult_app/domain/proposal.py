"""The agenda proposed for a dialogue's next session: opening, review of what is still open, standing themes, closing."""

from __future__ import annotations

from .model import AgendaItem, Commitment, Dialogue, ItemKind, LangText, Session, pick

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


def next_reference(d: Dialogue, year: int, existing: list[str]) -> str:
    """The next free commitment reference of a dialogue for a year: ``MLFR-2004-03`` after ``MLFR-2004-02``."""
    prefix = f"{d.code.replace('-', '')}-{year}-"
    used = [int(ref[len(prefix):]) for ref in existing if ref.startswith(prefix) and ref[len(prefix):].isdigit()]
    return f"{prefix}{max(used, default=0) + 1:02d}"
