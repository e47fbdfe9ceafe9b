"""Joint minutes of a session: the document both sides sign.

Written as a chancellery writes them: an opening paragraph (which session,
where, when, who led each delegation, who chaired), the delegations, the
adopted agenda, the proceedings, the commitments and follow-up actions, the
next session, then "Fait à …, le …, en deux exemplaires originaux …" in each
language of the minutes and one signature block per party (formal name,
function line, name), kept on the same page as the last paragraph of text.

Joint content only: the renderer takes the joint view (:class:`JointBundle`,
built by ``store.joint``) and refuses anything else, so no internal objective,
background, line to take, note, internal commitment, internal follow-up action
or contact detail can reach this document.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from ..domain import language
from ..domain import negotiation as N
from ..domain.audience import DEFAULT_MARKING_ORDER, document_marking
from ..domain.model import AgendaItem, Commitment, JointBundle, MinutesState, Party, Session, require_joint
from ..domain.rules import agenda_rows, discussed, timetable
from . import agreed
from .base import FONT, RULE, Renderer, Text, esc, every_cell
from .context import DialogueView
from .labels import label, language_name
from .protocol import closing_formula, delegation_heading, head_of, next_session, opening, signatory


class MinutesRenderer(Renderer):
    """Joint minutes in one language, or two side by side."""

    kind = "Joint minutes"

    def __init__(
        self,
        bundle: JointBundle,
        dialogue_id: str,
        session: Session,
        *,
        langs: list[str] | None = None,
        marking: str | None = None,
        marking_order=DEFAULT_MARKING_ORDER,
    ):
        require_joint(bundle, "The joint minutes")
        self.agreed = agreed.agreed_version(bundle, session)
        # agreed minutes name the parties as their agreed version froze them, whatever they were renamed since
        dialogue = N.named_as_in(next(d for d in bundle.dialogues if d.id == dialogue_id), self.agreed)
        self.langs = langs or [dialogue.languages[0] if dialogue.languages else "en"]
        lang = self.langs[0]
        self.view = DialogueView(dialogue, bundle, lang)
        self.session = session
        # and print their delegations as they froze them, whatever the directory says of these people since
        live = N.delegation_lines(dialogue.parties, [m for m in bundle.members if m.session_id == session.id], self.view.people)
        self.lines = N.kept_as_agreed(self.agreed, "delegations", live)
        self.people = {p.id: p for _, p in self.lines}
        nth = language.ordinal(session.number, lang)
        title = label(lang, "Joint minutes of the {nth} session of the {name}", nth=nth, name=self.view.text(dialogue.name, lang))
        super().__init__(
            marking=document_marking([dialogue], self.langs, marking_order) if marking is None else marking,
            running_title=label(lang, "Joint minutes — {code}, {nth} session", code=dialogue.code, nth=nth),
            date_text=language.date_range(session.starts_on, session.ends_on, lang),
            draft=session.minutes_state != MinutesState.AGREED,
            lang=lang,
            document_title=title,
        )
        self.footnote = agreed.footnote(self, bundle, session)

    # ------------------------------------------------------------ helpers

    def joint_text(self, value: dict, lang: str, style: str = "body"):
        """A joint text in ``lang``; a missing version is flagged, never left blank."""
        text = (value or {}).get(lang, "").strip()
        if text:
            return self.p(esc(text), style)
        if any((v or "").strip() for v in (value or {}).values()):
            return self.p(esc(self.t("[Text missing in {language}]", language=language_name(self.lang, lang))), "missing")
        return None

    def side_by_side(self, cells: list, style: str = "body") -> list[Flowable]:
        """One flowable per language: alone, or in columns side by side."""
        if all(c is None for c in cells):
            return []
        if len(cells) == 1:
            return [cells[0]]
        col = self.width / len(cells)
        table = Table([[c or "" for c in cells]], colWidths=[col] * len(cells), splitInRow=1, hAlign="LEFT")
        table.setStyle(TableStyle(every_cell(10, left=0, right=8, top=0, bottom=0)))
        return [table]

    def texts(self, value: dict, style: str = "body") -> list[Flowable]:
        return self.side_by_side([self.joint_text(value, lang, style) for lang in self.langs], style)

    def titled(self, value: dict) -> str:
        """An item's title in each language of the minutes, flagged where missing, printed once when the texts read the same."""
        parts = []
        for lang in self.langs:
            text = (value or {}).get(lang, "").strip()
            if text:
                piece = esc(text)
            else:
                flag = self.t("[missing in {language}]", language=language_name(self.lang, lang))
                fallback = self.view.text(value)
                piece = f"<font color='#b91c1c'><i>{esc(flag)}</i></font>" + (f" {esc(fallback)}" if fallback and not parts else "")
            if piece not in parts:
                parts.append(piece)
        return " / ".join(parts)

    def members(self) -> list:
        return [m for m, _ in self.lines]

    def head(self, party: Party):
        return head_of(party, self.members(), self.people)

    def opening(self, lang: str) -> str:
        return opening(self.view.dialogue, self.session, self.members(), self.people, lang)

    def story(self) -> list[Flowable]:
        s = self.session
        items = [i for i in self.view.bundle.items if i.session_id == s.id]
        slots = timetable(items, dt.datetime.combine(s.starts_on, s.start_time))
        adopted = self.as_agreed(self.view.joint([c for c in self.view.commitments if c.made_at_session_id == s.id]))
        return [
            *self.front_matter(),
            *self.delegations(),
            *self.adopted_agenda(items, slots),
            *self.proceedings(items, slots),
            *self.commitments_adopted(adopted),
            *self.follow_up_actions(adopted),
            *self.closing(),
        ]

    def front_matter(self) -> list[Flowable]:
        """Title, venue and dates, the draft and side-by-side notices, and the opening paragraph."""
        s = self.session
        out: list[Flowable] = [
            self.p(esc(self.document_title), "title"),
            self.p(esc(f"{s.venue}, {language.date_range(s.starts_on, s.ends_on, self.lang)}"), "subtitle"),
        ]
        if s.minutes_state != MinutesState.AGREED:
            out.append(
                self.p(esc(self.t("Draft for agreement — minutes {state}, not yet agreed by the parties.", state=self.t(s.minutes_state.value))), "muted")
            )
        if len(self.langs) > 1:
            names = language.join([language_name(self.lang, x) for x in self.langs], self.lang)
            out.append(self.p(esc(self.t("Texts in {languages}, side by side.", languages=names)), "muted"))
        out += self.side_by_side([self.p(esc(self.opening(lang))) for lang in self.langs])
        return out

    def delegations(self) -> list[Flowable]:
        """Each party's delegation, heads first (of agreed minutes: as agreed)."""
        out: list[Flowable] = [self.heading(self.t("Delegations"))]
        for party in self.view.dialogue.parties:
            lines = []
            for m, person in self.lines:
                if m.party_id != party.id:
                    continue
                role = language.delegate_role(m.role, m.is_head, self.t)
                name = f"<b>{esc(person.name)}</b>" if m.is_head else esc(person.name)
                lines.append(f"{name}, {esc(person.title)} ({esc(role)})" if person.title else f"{name} ({esc(role)})")
            if lines:
                title = " / ".join(dict.fromkeys(delegation_heading(party, lang) for lang in self.langs))
                out += self.lead(self.heading(title, 1), [self.p("<br/>".join(lines))])
        return out

    def adopted_agenda(self, items: list[AgendaItem], slots: dict) -> list[Flowable]:
        """The items the parties discuss, under a heading for each day when the session runs over several."""
        s = self.session
        sub = ParagraphStyle("sub-item", parent=self.st["body"], leftIndent=10 * mm)  # a wrapped sub-item stays indented
        agenda = []
        for row in agenda_rows(items, dt.datetime.combine(s.starts_on, s.start_time)):
            item = row.item
            if row.heading:  # a day of a session held over several
                day = self.t("Day {n} — {date}", n=row.slot.day, date=language.date_long(row.slot.start.date(), self.lang))
                agenda.append(self.p(f"<b>{esc(day)}</b>", "body"))
            elif not item.kind.timetable_only:  # breaks and lunch are no part of the agenda the parties adopt
                agenda.append(Text(f"{slots[item.id].number}. {self.titled(item.title)}", sub if item.parent_id else self.st["body"]))
        if not agenda:
            agenda = [self.p(esc(self.t("The agenda has not been prepared yet.")), "muted")]
        return self.lead(self.heading(self.t("Adopted agenda")), agenda)

    def proceedings(self, items: list[AgendaItem], slots: dict) -> list[Flowable]:
        """Each item discussed, with its summary and conclusions."""
        proceedings: list[Flowable] = []
        for item in discussed(items):
            block: list[Flowable] = []
            summary, conclusions = self.texts(item.summary), self.texts(item.conclusions)
            if summary:
                block += self.lead(self.p(esc(self.t("Summary")), "label"), summary)
            if conclusions:
                block += self.lead(self.p(esc(self.t("Conclusions")), "label"), conclusions)
            if not block:
                block = [self.p(esc(self.t("No summary recorded.")), "muted")]
            title = self.titled(item.title)
            heading = self.heading(f"{slots[item.id].number}. {self.view.text(item.title)}", 1, markup=f"{slots[item.id].number}. {title}")
            proceedings += self.lead(heading, block)
        if not proceedings:
            proceedings = [self.p(esc(self.t("No summary recorded.")), "muted")]
        return self.lead(self.heading(self.t("Proceedings")), proceedings)

    def as_agreed(self, adopted: list[Commitment]) -> list[Commitment]:
        """Agreed minutes print each commitment they adopted as it then read: a later change of its text is the register's
        (kept in its history), not the agreed record's. Draft and circulated minutes print the text as it stands."""
        if self.session.minutes_state != MinutesState.AGREED:
            return adopted
        b = self.view.bundle
        when = N.agreed_at(self.agreed, [x for x in b.signoffs if x.session_id == self.session.id])
        return [dataclasses.replace(c, text=N.text_as_agreed(c, b.revisions, when)) for c in adopted]

    def commitments_adopted(self, adopted: list[Commitment]) -> list[Flowable]:
        """The joint commitments adopted at this session, their text in each language of the minutes."""
        v = self.view
        if adopted:
            rows = []
            for c in adopted:
                texts = "<br/><br/>".join(
                    esc(c.text.get(x, ""))
                    or f"<font color='#b91c1c'><i>{esc(self.t('[Text missing in {language}]', language=language_name(self.lang, x)))}</i></font>"
                    for x in self.langs
                )
                responsible = esc(v.party_name(c.party_id)) + (f"<br/><font size=7>{esc(c.lead_institution)}</font>" if c.lead_institution else "")
                rows.append([self.p(esc(c.ref), "cell"), self.p(texts, "cell"), self.p(responsible, "cell"), self.p(esc(v.due_text(c)), "cell")])
            body = [self.table(["Ref.", "Commitment", "Responsible", "Due"], rows, [30 * mm, None, 42 * mm, 26 * mm])]
        else:
            body = [self.p(esc(self.t("No commitments were adopted at this session.")), "muted")]
        return self.lead(self.heading(self.t("Commitments adopted")), body)

    def follow_up_actions(self, adopted: list[Commitment]) -> list[Flowable]:
        """The actions of this session or of a commitment adopted at it (of agreed minutes: as agreed)."""
        live = N.minuted_actions(self.view.actions, self.session.id, [c.id for c in adopted])
        actions = N.kept_as_agreed(self.agreed, "actions", live)
        if actions:
            rows = [
                [self.p(esc(a.description), "cell"), self.p(esc(a.assignee), "cell"), self.p(esc(language.date_short(a.due_on, self.lang)), "cell")]
                for a in actions
            ]
            body = [self.table(["Action", "Assigned to", "Due"], rows, [None, 45 * mm, 28 * mm])]
        else:
            body = [self.p(esc(self.t("No follow-up actions were recorded.")), "muted")]
        return self.lead(self.heading(self.t("Follow-up actions")), body)

    def closing(self) -> list[Flowable]:
        """The next session (its heading with it), then the closing formula and the signatures on the same page as that last text, then the agreed record."""
        s = self.session
        following = next((x for x in self.view.sessions if x.number == s.number + 1), None)
        nexts = [self.p(esc(next_session(following, x))) for x in self.langs]
        out: list[Flowable] = self.signatures([self.heading(self.t("Next session")), *self.side_by_side(nexts)])
        out += agreed.section(self, self.view.bundle, s, self.view.dialogue)
        return out

    def signature_block(self, party: Party) -> list[Flowable]:
        person = self.head(party)
        lines = [
            self.p("<br/>".join(f"<b>{esc(signatory(party, x)[0])}</b>" for x in self.langs), "small"),
            self.p("<br/>".join(esc(signatory(party, x)[1]) for x in self.langs), "small"),
            Spacer(1, 16 * mm),
            self.p("_" * 34, "small"),
        ]
        if person:
            lines.append(self.p(f"<b>{esc(person.name)}</b>" + (f"<br/>{esc(person.title)}" if person.title else ""), "small"))
        return lines

    def signatures(self, last_text: list[Flowable]) -> list[Flowable]:
        """The closing formula in each language and a signature block per party, starting on the page of the last text."""
        v = self.view
        parties = [p for p in v.dialogue.parties if self.head(p)] or v.dialogue.parties[:2]
        closing = [self.p(esc(closing_formula(self.session.venue, self.session.ends_on, self.langs, len(v.dialogue.parties), x))) for x in self.langs]
        per_row = 2
        rows = []
        for n in range(0, len(parties), per_row):
            cells = [self.signature_block(p) for p in parties[n : n + per_row]]
            cells += [""] * (per_row - len(cells))
            table = Table([cells], colWidths=[self.width / per_row] * per_row, hAlign="LEFT")
            table.setStyle(TableStyle(every_cell(9, left=0, right=10, top=8)))
            rows.append(table)
        rule = Table([[""]], colWidths=[self.width], rowHeights=[2])
        rule.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9), ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE)]))
        first = KeepTogether([*last_text, Spacer(1, 4 * mm), *closing, Spacer(1, 4 * mm), rule, rows[0]])
        return [first, *rows[1:]]
