"""A redline of one circulated version of the minutes against another (joint: both sides read it).

Word by word (``domain.negotiation.word_diff``): deleted words struck through
in red, inserted words underlined in green, and under each text the list of
its changes ("Deleted: …", "Inserted: …"), so that the change reads the same
in black and white, on a photocopy, and to a screen reader.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable

from ..domain import language
from ..domain import negotiation as N
from ..domain.audience import DEFAULT_MARKING_ORDER, document_marking
from ..domain.model import JointBundle, Session, pick, require_joint
from .base import Renderer, esc
from .context import fmt_date, fmt_dates
from .labels import label, language_name

RED, GREEN = "#b91c1c", "#15803d"


class CompareRenderer(Renderer):
    """Version ``old`` against version ``new`` of a session's minutes, in the languages asked (all the dialogue's by default)."""

    def __init__(
        self,
        bundle: JointBundle,
        dialogue_id: str,
        session: Session,
        old: int,
        new: int,
        *,
        langs: list[str] | None = None,
        marking_order=DEFAULT_MARKING_ORDER,
    ):
        require_joint(bundle, "The comparison of versions of the minutes")
        self.dialogue = next(d for d in bundle.dialogues if d.id == dialogue_id)
        versions = {v.number: v for v in bundle.versions if v.session_id == session.id}
        self.old, self.new = versions[old], versions[new]
        self.langs = langs or list(self.dialogue.languages)
        lang = self.langs[0]
        name = pick(self.dialogue.name, lang, tuple(self.dialogue.languages))
        self.document_title = label(
            lang,
            "Comparison of versions {old} and {new} of the joint minutes of the {nth} session of the {name}",
            old=old,
            new=new,
            nth=language.ordinal(session.number, lang),
            name=name,
        )
        self.session = session
        super().__init__(
            marking=document_marking([self.dialogue], self.langs, marking_order),
            running_title=label(
                lang,
                "Versions {old} and {new} of the joint minutes — {code}, {nth} session",
                old=old,
                new=new,
                code=self.dialogue.code,
                nth=language.ordinal(session.number, lang),
            ),
            date_text=fmt_dates(session, lang),
            lang=lang,
            document_title=self.document_title,
        )

    def story(self) -> list[Flowable]:
        d, s = self.dialogue, self.session
        out: list[Flowable] = [self.p(esc(self.document_title), "title"), self.p(esc(f"{s.venue}, {fmt_dates(s, self.lang)}"), "subtitle")]
        for v in (self.old, self.new):
            party = N.named_as_in(d, v).party(v.party_id)  # named as the version froze it, if it did
            out.append(
                self.p(
                    esc(
                        self.t(
                            "Version {number}: circulated by {party} on {date}; SHA-256 {hash}.",
                            number=v.number,
                            party=party.name if party else "?",
                            date=fmt_date(_day(v.circulated_at), self.lang),
                            hash=v.hash,
                        )
                    ),
                    "small",
                )
            )
        changes = N.compare(self.old, self.new, self.langs)
        out.append(self.p(self.t("Deleted text is struck through in red, inserted text underlined in green; each change is listed below its text."), "muted"))
        out.append(
            self.p(
                self.t("{count} texts differ between the two versions.", count=len(changes))
                if len(changes) > 1
                else self.t("One text differs between the two versions.")
                if changes
                else self.t("No text differs between the two versions."),
                "body",
            )
        )
        for change in changes:
            field = self.t(change.field.capitalize())
            out.append(self.p(esc(f"{change.number}. {change.title} — {field} [{language_name(self.lang, change.lang)}]"), "h2"))
            out.append(self.p("".join((" " if N.touching(before, p) else "") + _marked(p) for before, p in zip((None, *change.pieces), change.pieces))))
            for p in change.pieces:
                if p.kind != "equal" and p.text.strip():
                    word = self.t("Deleted:") if p.kind == "delete" else self.t("Inserted:")
                    colour = RED if p.kind == "delete" else GREEN
                    out.append(self.p(f"<font color='{colour}'><b>{word}</b></font> {language.quoted(esc(p.text.strip()), self.lang)}", "small"))
        out += self.list_changes("delegations", self.t("Delegations"))
        out += self.list_changes("actions", self.t("Follow-up actions"))
        return out

    def list_changes(self, key: str, heading: str) -> list[Flowable]:
        """The lines of a list both versions froze (their delegations, their follow-up actions) that one has and the other
        not, each listed as deleted or inserted (:func:`~consult_app.domain.negotiation.changed_lines`)."""
        deleted, inserted = N.changed_lines(self.old, self.new, key)
        if not deleted and not inserted:
            return []
        role = lambda role, head: language.delegate_role(role, head, self.t)  # noqa: E731 (as the minutes print it)
        party = lambda pid: language.party_short(p, self.lang) if (p := self.dialogue.party(pid)) else ""  # noqa: E731 (as the tables print it)
        out: list[Flowable] = [self.p(esc(heading), "h2")]
        for lines, word, colour in ((deleted, self.t("Deleted:"), RED), (inserted, self.t("Inserted:"), GREEN)):
            for x in lines:
                text = N.line_text(key, x, party, role, lambda d: fmt_date(d, self.lang), self.lang)
                out.append(self.p(f"<font color='{colour}'><b>{word}</b></font> {language.quoted(esc(text), self.lang)}", "small"))
        return out


def _marked(piece: N.Piece) -> str:
    text = esc(piece.text)
    if piece.kind == "delete":
        return f"<font color='{RED}'><strike>{text}</strike></font>"
    if piece.kind == "insert":
        return f"<font color='{GREEN}'><u>{text}</u></font>"
    return text


def _day(timestamp: str) -> dt.date:
    return dt.date.fromisoformat(timestamp[:10])
