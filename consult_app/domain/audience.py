"""Who may read what: the audience of content, and the classification marking of documents.

Every piece of content is joint (shared with the other delegation) or
internal (ours alone); see :class:`~consult_app.domain.model.Visibility`.
Which *columns* of the workspace are joint or internal is declared once, in
``store.joint`` (the joint view is built from that declaration); the rules
here are the defaults and the consistency checks the editors, the command
line and the interchange reader share.

The classification marking ("RESTRICTED", "DIFFUSION RESTREINTE"…) is set
per dialogue (a level, and its wording per language); a document spanning
several dialogues prints the highest level according to an ordered list the
workspace keeps (lowest first).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from .errors import Invalid
from .model import Commitment, Dialogue, FollowUpAction, Visibility

# ---------------------------------------------------------------------------
# Defaults and consistency
# ---------------------------------------------------------------------------


def action_default(*, from_joint_minutes: bool) -> Visibility:
    """An action created from a joint minutes item is joint; anywhere else it is our own to-do."""
    return Visibility.JOINT if from_joint_minutes else Visibility.INTERNAL


def check_under(visibility: Visibility, parent: Visibility | None, field: str = "visibility") -> None:
    """Refuse joint content hanging under an internal commitment (it would reveal it).

    Raises:
        Invalid: ``visibility`` is joint and ``parent`` (the commitment's audience) is internal.
    """
    if visibility == Visibility.JOINT and parent == Visibility.INTERNAL:
        raise Invalid(f"{field}: this belongs to an internal commitment, so it cannot be shared with the other delegation.", field)


def legacy_action(action: FollowUpAction, agreed_session_ids: set[str], commitments: Mapping[str, Commitment]) -> Visibility:
    """The audience of an action recorded before actions had one (a file from an earlier Consult).

    The safe choice is internal, except for an action already printed in
    *agreed* joint minutes (the record both sides signed must print the
    same): one of an agreed session, or under a joint commitment adopted at
    one. The audience migration in ``store/schema.py`` applies the same rule in SQL.
    """
    c = commitments.get(action.commitment_id) if action.commitment_id else None
    if c is not None and c.visibility != Visibility.JOINT:
        return Visibility.INTERNAL
    session = action.session_id or (c.made_at_session_id if c else None)
    return Visibility.JOINT if session in agreed_session_ids else Visibility.INTERNAL


# ---------------------------------------------------------------------------
# Classification markings
# ---------------------------------------------------------------------------

DEFAULT_MARKING_ORDER: tuple[str, ...] = ("UNCLASSIFIED", "OFFICIAL", "SENSITIVE BUT UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET", "TOP SECRET")
"""The workspace's ordered list of levels when it defines none, lowest first."""

MARKING_WORDS: dict[str, dict[str, str]] = {
    "UNCLASSIFIED": {"fr": "NON CLASSIFIÉ", "es": "NO CLASIFICADO"},
    "OFFICIAL": {"fr": "OFFICIEL", "es": "OFICIAL"},
    "SENSITIVE BUT UNCLASSIFIED": {"fr": "SENSIBLE NON CLASSIFIÉ", "es": "SENSIBLE NO CLASIFICADO"},
    "RESTRICTED": {"fr": "DIFFUSION RESTREINTE", "es": "DIFUSIÓN LIMITADA"},
    "CONFIDENTIAL": {"fr": "CONFIDENTIEL", "es": "CONFIDENCIAL"},
    "SECRET": {"fr": "SECRET", "es": "SECRETO"},
    "TOP SECRET": {"fr": "TRÈS SECRET", "es": "ALTO SECRETO"},
}
"""How the common levels read in French and Spanish when a dialogue does not say."""


def marking_text(d: Dialogue, lang: str) -> str:
    """A dialogue's marking in ``lang``: its own wording, else the usual one for its level, else the level."""
    level = (d.classification or "").strip()
    if not level:
        return ""
    own = (d.markings or {}).get(lang, "").strip()
    return own or MARKING_WORDS.get(level.upper(), {}).get(lang) or level


def check_order(order: Sequence[str]) -> list[str]:
    """Accept an ordered list of marking levels (lowest first), or say why not."""
    levels = [" ".join(str(x).split()).upper() for x in order]
    if not levels or any(not x for x in levels):
        raise Invalid("marking order: give at least one level, none of them empty (for example UNCLASSIFIED,RESTRICTED,SECRET).", "order")
    if len(set(levels)) != len(levels):
        twice = next(x for x in levels if levels.count(x) > 1)
        raise Invalid(f"marking order: '{twice}' is listed twice.", "order")
    if any(len(x) > 60 for x in levels):
        raise Invalid("marking order: a level is one line of at most 60 characters.", "order")
    return levels


def highest(dialogues: Iterable[Dialogue], order: Sequence[str]) -> Dialogue | None:
    """The dialogue whose level is highest on ``order`` (None when none has a marking).

    A level that is not on the list counts as above every listed one (better
    over-marked than under-marked); two different unlisted levels cannot be
    ranked, and are refused.

    Raises:
        Invalid: several dialogues use different levels that are not on the list.
    """
    ranks = {level.upper(): n for n, level in enumerate(order)}
    marked = [d for d in dialogues if (d.classification or "").strip()]
    if not marked:
        return None
    unknown = sorted({d.classification.strip().upper() for d in marked if d.classification.strip().upper() not in ranks})
    if len(unknown) > 1:
        raise Invalid(
            f"The markings {', '.join(unknown)} are not on the workspace's ordered list, so the highest cannot be chosen: "
            "add them with consult-app marking PATH --order LOW,…,HIGH.",
            "marking",
        )
    top = max(ranks.get(d.classification.strip().upper(), len(ranks)) for d in marked)
    return sorted((d for d in marked if ranks.get(d.classification.strip().upper(), len(ranks)) == top), key=lambda d: d.code)[0]


def document_marking(dialogues: Sequence[Dialogue], langs: Sequence[str], order: Sequence[str] = DEFAULT_MARKING_ORDER) -> str:
    """The one marking a document prints: the highest level of its dialogues, worded in its language(s).

    Side-by-side documents print the wording of each of their languages,
    separated by " / " (once when they read the same).
    """
    top = highest(dialogues, order)
    if top is None:
        return ""
    same_level = [d for d in sorted(dialogues, key=lambda d: d.code) if (d.classification or "").strip().upper() == top.classification.strip().upper()]
    words: list[str] = []
    for lang in langs:
        own = next((d.markings[lang].strip() for d in same_level if (d.markings or {}).get(lang, "").strip()), "")
        text = own or marking_text(top, lang)
        if text and text not in words:
            words.append(text)
    return " / ".join(words)
