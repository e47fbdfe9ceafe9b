"""Joint minutes of a session: the document both sides sign.

Joint content only: the renderer takes the joint view (:class:`JointBundle`,
built by ``store.joint``) and refuses anything else, so no internal objective,
background, line to take, note, internal commitment, internal follow-up action
or contact detail can reach this document.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ..domain.audience import DEFAULT_MARKING_ORDER, document_marking
from ..domain.model import JointBundle, MinutesState, Session, require_joint
from ..domain.rules import agenda_rows, discussed, timetable
from .base import FONT, RULE, Renderer, chunked_tables, esc
from .context import DialogueView, fmt_date, fmt_dates, fmt_short_date
from .labels import label, language_name, ordinal

class MinutesRenderer(Renderer):
    """Joint minutes in one language, or two side by side."""

    def __init__(
        self, bundle: JointBundle, dialogue_id: str, session: Session, *, langs: list[str] | None = None, marking: str | None = None,
        marking_order=DEFAULT_MARKING_ORDER,
    ):
        require_joint(bundle, "The joint minutes")
        dialogue = next(d for d in bundle.dialogues if d.id == dialogue_id)
        self.langs = langs or [dialogue.languages[0] if dialogue.languages else "en"]
        lang = self.langs[0]
        self.view = DialogueView(dialogue, bundle, lang)
        self.session = session
        title = label(lang, "Joint minutes of the {nth} session of the {name}", nth=ordinal(lang, session.number), name=self.view.text(dialogue.name, lang))
        super().__init__(
            marking=document_marking([dialogue], self.langs, marking_order) if marking is None else marking,
            running_title=title,
            date_text=fmt_dates(session, lang),
            draft=session.minutes_state != MinutesState.AGREED,
            lang=lang,
        )
        self.document_title = title

    # ------------------------------------------------------------ helpers

    def joint_text(self, value: dict, lang: str, style: str = "body"):
        """A joint text in ``lang``; a missing version is flagged, never left blank."""
        text = (value or {}).get(lang, "").strip()
        if text:
            return self.p(esc(text), style)
        if any((v or "").strip() for v in (value or {}).values()):
            return self.p(self.t("[Text missing in {language}]", language=language_name(self.lang, lang)), "missing")
        return None

    def side_by_side(self, value: dict, style: str = "body") -> list[Flowable]:
        cells = [self.joint_text(value, lang, style) for lang in self.langs]
        if all(c is None for c in cells):
            return []
        if len(self.langs) == 1:
            return [cells[0]]
        col = self.width / len(self.langs)
        table = Table([[c or "" for c in cells]], colWidths=[col] * len(self.langs), splitInRow=1, hAlign="LEFT")
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
        return [table]

    # ------------------------------------------------------------ story

    def story(self) -> list[Flowable]:
        v, s = self.view, self.session
        d = v.dialogue
        out: list[Flowable] = [
            self.p(esc(self.document_title), "title"),
            self.p(esc(f"{s.venue}, {fmt_dates(s, self.lang)}"), "subtitle"),
        ]
        if self.session.minutes_state != MinutesState.AGREED:
            out.append(self.p(self.t("Draft for agreement — minutes {state}, not yet agreed by the parties.", state=self.t(s.minutes_state.value)), "muted"))
        if len(self.langs) > 1:
            names = self.t(" and ").join(language_name(self.lang, x) for x in self.langs)
            out.append(self.p(self.t("Texts in {languages}, side by side.", languages=names), "muted"))

        # Delegations, heads first
        out.append(self.p(self.t("Delegations"), "h1"))
        members = [m for m in v.bundle.members if m.session_id == s.id]
        for party in d.parties:
            mine = sorted((m for m in members if m.party_id == party.id), key=lambda m: (not m.is_head, m.position))
            if not mine:
                continue
            lines = []
            for m in mine:
                person = v.people.get(m.person_id)
                if person is None:
                    continue
                role = self.t("Head of delegation") if m.is_head else (m.role or self.t("Member"))
                name = f"<b>{esc(person.name)}</b>" if m.is_head else esc(person.name)
                lines.append(f"{name}, {esc(person.title)} ({esc(role)})")
            out.append(self.keep(self.p(self.t("Delegation of {party}", party=esc(party.name)), "h2"), self.p("<br/>".join(lines))))

        # Adopted agenda: the items the parties discuss, under a heading for each day when the session runs over several
        items = [i for i in v.bundle.items if i.session_id == s.id]
        ordered = discussed(items)
        slots = timetable(items, dt.datetime.combine(s.starts_on, s.start_time))
        out.append(self.p(self.t("Adopted agenda"), "h1"))
        for row in agenda_rows(items, dt.datetime.combine(s.starts_on, s.start_time)):
            item = row.item
            if row.heading:
                out.append(self.p(f"<b>{self.t('Day {n} — {date}', n=row.slot.day, date=fmt_date(row.slot.start.date(), self.lang))}</b>", "body"))
                continue
            if item.kind.timetable_only:
                continue  # breaks and lunch are no part of the agenda the parties adopt
            indent = "&nbsp;" * 8 if item.parent_id else ""
            titles = " / ".join(
                esc((item.title or {}).get(x, "")) or f"<i>{self.t('[missing in {language}]', language=language_name(self.lang, x))}</i>" for x in self.langs
            )
            out.append(self.p(f"{indent}{slots[item.id].number}. {titles}", "body"))

        # Proceedings
        out.append(self.p(self.t("Proceedings"), "h1"))
        for item in ordered:
            number = slots[item.id].number
            title = " / ".join(esc(v.text(item.title, x)) for x in self.langs)
            block: list[Flowable] = [self.p(f"{number}. {title}", "h2")]
            summary = self.side_by_side(item.summary)
            conclusions = self.side_by_side(item.conclusions)
            if summary:
                block += [self.p(self.t("Summary"), "label"), *summary]
            if conclusions:
                block += [self.p(self.t("Conclusions"), "label"), *conclusions]
            if not summary and not conclusions:
                block.append(self.p(self.t("No summary recorded."), "muted"))
            out.append(self.keep(*block[:3]))
            out.extend(block[3:])

        # Commitments adopted at this session (joint only)
        adopted = v.joint([c for c in v.commitments if c.made_at_session_id == s.id])
        out.append(self.p(self.t("Commitments adopted"), "h1"))
        if adopted:
            header = [self.p(f"<b>{self.t(x)}</b>", "cell") for x in ("Ref.", "Commitment", "Responsible", "Due")]
            rows = []
            for c in adopted:
                texts = "<br/><br/>".join(
                    esc(c.text.get(x, ""))
                    or f"<font color='#b91c1c'><i>{self.t('[Text missing in {language}]', language=language_name(self.lang, x))}</i></font>"
                    for x in self.langs
                )
                responsible = esc(v.party_name(c.party_id)) + (f"<br/><font size=7>{esc(c.lead_institution)}</font>" if c.lead_institution else "")
                rows.append([self.p(esc(c.ref), "cell"), self.p(texts, "cell"), self.p(responsible, "cell"), self.p(v.due_text(c), "cell")])
            out += chunked_tables(header, rows, [28 * mm, self.width - 28 * mm - 45 * mm - 24 * mm, 45 * mm, 24 * mm])
        else:
            out.append(self.p(self.t("No commitments were adopted at this session."), "muted"))

        # Follow-up actions
        actions = [a for a in v.actions if a.session_id == s.id or (a.commitment_id in {c.id for c in adopted})]
        out.append(self.p(self.t("Follow-up actions"), "h1"))
        if actions:
            header = [self.p(f"<b>{self.t(x)}</b>", "cell") for x in ("Action", "Assigned to", "Due")]
            rows = [[self.p(esc(a.description), "cell"), self.p(esc(a.assignee), "cell"), self.p(fmt_short_date(a.due_on, self.lang), "cell")] for a in actions]
            out += chunked_tables(header, rows, [self.width - 70 * mm, 45 * mm, 25 * mm])
        else:
            out.append(self.p(self.t("No follow-up actions were recorded."), "muted"))

        # Next session
        following = next((x for x in v.sessions if x.number == s.number + 1), None)
        out.append(self.p(self.t("Next session"), "h1"))
        if following:
            out.append(self.p(esc(self.t("The parties agreed to hold the next session in {venue} on {dates}.", venue=following.venue, dates=fmt_dates(following, self.lang)))))
        else:
            out.append(self.p(self.t("The date and place of the next session will be agreed through diplomatic channels.")))

        out.append(Spacer(1, 10 * mm))
        out.append(self.signatures(members))
        return out

    def signatures(self, members) -> Flowable:
        v = self.view
        heads = []
        for party in v.dialogue.parties:
            head = next((m for m in members if m.party_id == party.id and m.is_head), None)
            person = v.people.get(head.person_id) if head else None
            heads.append((party, person))
        heads = [h for h in heads if h[1] is not None] or [(p, None) for p in v.dialogue.parties[:2]]
        cells = []
        for party, person in heads:
            cells.append(
                [
                    self.p(self.t("For {party}", party=esc(party.name)), "label"),
                    Spacer(1, 16 * mm),
                    self.p("_" * 34, "small"),
                    self.p(f"<b>{esc(person.name)}</b><br/>{esc(person.title)}" if person else self.t("Head of delegation"), "small"),
                ]
            )
        per_row = 2
        rows = [cells[i : i + per_row] for i in range(0, len(cells), per_row)]
        rows[-1] += [""] * (per_row - len(rows[-1]))
        table = Table(rows, colWidths=[self.width / per_row] * per_row)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONT", (0, 0), (-1, -1), FONT, 9), ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE), ("TOPPADDING", (0, 0), (-1, -1), 8)]))
        done = self.t("Done at {place} on {date}.", place=esc(self.session.venue.split(",")[0]), date=fmt_date(self.session.ends_on, self.lang))
        return self.keep(self.p(done, "body"), table)
