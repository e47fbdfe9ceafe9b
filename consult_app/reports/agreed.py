"""The agreed record in the joint minutes: the version and hash on every page, the sign-offs, the amendments.

Minutes agreed by sign-off print, at the foot of every page, the agreed
version and its SHA-256 hash; after the signature blocks, who signed off what
and when, and every amendment with its date, reason, author and sign-offs.
:class:`ArchivedMinutes` turns the laid-out PDF into the sealed PDF/A-2b of
:mod:`.archive`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from reportlab.platypus import Flowable

from ..domain import language
from ..domain import negotiation as N
from ..domain.model import Dialogue, JointBundle, MinutesState, Session
from .archive import Record, archive
from .base import BlockTable, esc, widths_for
from .context import fmt_date


def agreed_version(bundle: JointBundle, session: Session) -> N.MinutesVersion | None:
    """The version every party signed off, when the session's minutes were agreed by sign-off."""
    if session.minutes_state != MinutesState.AGREED:
        return None
    d = next(d for d in bundle.dialogues if d.id == session.dialogue_id)
    versions = [v for v in bundle.versions if v.session_id == session.id]
    return N.agreed_hash(versions, [x for x in bundle.signoffs if x.session_id == session.id], [p.id for p in d.parties])


def signed_when(stamp: str, lang: str) -> str:
    """When a sign-off was recorded, in words: '28 de noviembre de 2026, 21:47 UTC' ('2026-11-28T21:47:03Z' kept if unreadable)."""
    try:
        at = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return stamp
    return f"{fmt_date(at.date(), lang)}, {language.time_of_day(at.time(), lang)} UTC"


def _amended(bundle: JointBundle, session: Session) -> bool:
    return any(a.session_id == session.id and a.state == N.AmendmentState.EFFECTIVE.value for a in bundle.amendments)


def footnote(renderer, bundle: JointBundle, session: Session) -> str:
    """'Agreed version 2 · SHA-256 …' for every page of agreed minutes ('' otherwise)."""
    v = agreed_version(bundle, session)
    if v is None:
        return ""
    text = "Agreed version {version} (amended) · SHA-256 {hash}" if _amended(bundle, session) else "Agreed version {version} · SHA-256 {hash}"
    return renderer.t(text, version=v.number, hash=v.hash)


def section(renderer, bundle: JointBundle, session: Session, d: Dialogue) -> list[Flowable]:
    """After the signature blocks: who signed off the agreed version, and the amendments with their sign-offs (parties named as in ``d``)."""
    out: list[Flowable] = []
    v = agreed_version(bundle, session)
    signoffs = [x for x in bundle.signoffs if x.session_id == session.id]
    party = lambda pid: language.party_short(d.party(pid), renderer.lang) if d.party(pid) else ""  # noqa: E731
    if v is not None:
        out.append(renderer.heading(renderer.t("Agreed record")))
        out.append(
            renderer.p(
                esc(
                    renderer.t(
                        "The heads of delegation signed off version {version} of these minutes, whose texts have the SHA-256 hash {hash}.",
                        version=v.number,
                        hash=v.hash,
                    )
                )
            )
        )
        header = [renderer.p(f"<b>{renderer.t(x)}</b>", "cell") for x in ("For", "Signed off", "Date")]
        rows = [
            [renderer.p(esc(party(x.party_id)), "cell"), renderer.p(esc(x.name), "cell"), renderer.p(esc(signed_when(x.signed_at, renderer.lang)), "cell")]
            for x in signoffs
            if x.version_id == v.id
        ]
        out.append(BlockTable(header, rows, widths_for(renderer.width, [renderer.width * 0.3, None, renderer.width * 0.3])))
    amendments = [a for a in bundle.amendments if a.session_id == session.id]
    if amendments:
        out.append(renderer.heading(renderer.t("Amendments")))
        for a in amendments:
            names = ", ".join(f"{x.name} ({party(x.party_id)})" for x in signoffs if x.amendment_id == a.id) or renderer.t("nobody")
            head = renderer.t("Amendment of {date}, by {author}: {reason}", date=fmt_date(a.amended_on, renderer.lang), author=a.author or "—", reason=a.reason)
            state = (
                renderer.t("In force, signed off by {names}.", names=names)
                if a.state == N.AmendmentState.EFFECTIVE.value
                else renderer.t("Awaiting sign-off; signed off so far by {names}.", names=names)
            )
            words = f"{renderer.t(a.field.capitalize())} [{a.lang}]: <strike>{esc(a.old_text)}</strike> → {esc(a.new_text)}"
            out += [renderer.p(esc(head), "body"), renderer.p(words, "small"), renderer.p(esc(state), "muted")]
    return out


class ArchivedMinutes:
    """Agreed minutes as the archive keeps them: laid out, then PDF/A-2b and sealed (see :mod:`.archive`)."""

    def __init__(self, minutes, record: Record):
        self.minutes = minutes
        self.record = record
        self.document_title = minutes.document_title
        self.running_title = minutes.running_title

    def render(self, *, progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None) -> bytes:
        pdf = self.minutes.render(progress=progress, cancelled=cancelled)
        return archive(pdf, title=self.minutes.document_title, lang=self.minutes.lang, record=self.record)
