"""The ministerial brief for an upcoming session (internal: ours alone).

Every page says so beside the classification marking. Larger type than the
other documents: a minister reads it on paper, often in a car on the way to
the session.

A cover, then a two-page front — what we want from the session, what the
other side will ask of us, our red lines, three risks, the key figures — and
the annexes: the agenda with times, item by item what matters, the
commitments in full, the counterpart delegation, what was agreed last time,
the open follow-up actions. The front is fitted to two pages: when the
agenda is long, the lists keep their first entries and say how many more
are in the annexes.
"""

from __future__ import annotations

import datetime as dt
import re

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle

from ..domain import language
from ..domain.audience import DEFAULT_MARKING_ORDER, document_marking
from ..domain.model import ActionState, Bundle, Indicator, Session, Tone
from ..domain.rules import agenda_days, agenda_order, agenda_rows, discussed, progress, reciprocal_pairs, side_on_track, timetable
from .base import ALARM, FONT, HEAD_BG, RULE, TONE_COLOURS, TONE_TINTS, Renderer, esc, every_cell
from .context import DialogueView, fmt_date, fmt_short_date, fmt_value
from .labels import label, nlabel

WATCH = (Tone.WARNING, Tone.BAD)
FRONT_PAGES = 2


def summary_of(text: str, limit: int = 420) -> tuple[str, bool]:
    """A long entry's first sentence for the front (the whole text is in the annex), and whether it was shortened."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text, False
    first = re.split(r"(?<=[.!?])\s", text, maxsplit=1)[0]
    if len(first) <= limit:
        return first, True
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit], True


class BriefRenderer(Renderer):
    base_size = 12.0  # comfortable on paper
    kind = "Ministerial brief"

    def __init__(
        self,
        bundle: Bundle,
        dialogue_id: str,
        session: Session,
        *,
        prepared_on: dt.date,
        marking: str | None = None,
        lang: str = "en",
        content_lang: str | None = None,
        marking_order=DEFAULT_MARKING_ORDER,
    ):
        dialogue = next(d for d in bundle.dialogues if d.id == dialogue_id)
        self.view = DialogueView(dialogue, bundle, lang, content_lang)
        self.session = session
        self.prepared_on = prepared_on
        nth = language.ordinal(session.number, lang)
        super().__init__(
            marking=document_marking([dialogue], [lang], marking_order) if marking is None else marking,
            running_title=label(lang, "Ministerial brief — {code}, {nth} session", code=dialogue.code, nth=nth),
            date_text=language.date_range(session.starts_on, session.ends_on, lang),
            lang=lang,
            internal=True,
            document_title=label(lang, "Ministerial brief — {title}", title=self.view.session_title(session)),
        )
        self.previous = next((s for s in reversed(self.view.sessions) if s.number < session.number), None)
        self.items_ = agenda_order([i for i in bundle.items if i.session_id == session.id])
        self.slots = timetable(self.items_, dt.datetime.combine(session.starts_on, session.start_time))
        themes = {i.theme_id for i in self.items_ if i.theme_id}
        self.reviewed = {i.commitment_id for i in self.items_ if i.commitment_id}  # carried over, each under its own sub-item
        self.related = [c for c in self.view.commitments if c.theme_id in themes or c.id in self.reviewed] or list(self.view.commitments)

    def story(self) -> list[Flowable]:
        out = self.cover() + [PageBreak()] + self.front() + [PageBreak()]
        out += self.agenda() + self.annex_items() + self.annex_commitments() + self.counterpart() + self.last_time() + self.pending()
        return out

    # ------------------------------------------------------------ cover

    def _cover_facts(self) -> Table:
        """The cover's table: when, where, who heads each delegation."""
        v, s = self.view, self.session
        host = v.dialogue.party(s.host_party_id)
        facts = [[self.t("Date"), language.date_range(s.starts_on, s.ends_on, self.lang)], [self.t("Time"), language.time_of_day(s.start_time, self.lang)]]
        if s.venue or host:
            where = s.venue + (f" — {self.t('Hosted by {party}', party=language.party_the(host, self.lang))}" if host else "")
            facts.append([self.t("Venue"), where.strip(" —")])
        heads = []
        for party in v.dialogue.parties:
            m = next((m for m in v.bundle.members if m.session_id == s.id and m.party_id == party.id and m.is_head), None)
            person = v.people.get(m.person_id) if m else None
            if person:
                heads.append([language.party_short(party, self.lang), f"{person.name}" + (f", {person.title}" if person.title else "")])
        rows = [[self.p(f"<b>{esc(a)}</b>", "small"), self.p(esc(b), "body")] for a, b in facts]
        if heads:
            rows.append([self.p(f"<b>{esc(self.t('Heads of delegation'))}</b>", "small"), self.p("<br/>".join(f"{esc(a)} — {esc(b)}" for a, b in heads))])
        table = Table(rows, colWidths=[42 * mm, self.width - 42 * mm], hAlign="LEFT")
        table.setStyle(TableStyle([*every_cell(10, left=0, top=4, bottom=4), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)]))
        return table

    def _cover_contents(self) -> Table:
        """The cover's box listing the brief's parts."""
        contents = [
            self.t("The session at a glance"),
            self.t("Annex A — Agenda and timetable"),
            self.t("Annex B — Item by item"),
            self.t("Annex C — The commitments in full"),
            self.t("Annex D — The counterpart delegation"),
            self.t("Annex E — What was agreed last time"),
            self.t("Annex F — Open follow-up actions"),
        ]
        box = Table(
            [[self.p(f"<b>{esc(self.t('Contents'))}</b><br/>" + "<br/>".join(esc(x) for x in contents), "body")]], colWidths=[self.width], hAlign="LEFT"
        )
        box.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (-1, -1), FONT, 10),
                    ("BACKGROUND", (0, 0), (-1, -1), HEAD_BG),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                    ("TOPPADDING", (0, 0), (-1, -1), 8),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ]
            )
        )
        return box

    def cover(self) -> list[Flowable]:
        v, s = self.view, self.session
        table, box = self._cover_facts(), self._cover_contents()
        return [
            Spacer(1, 14 * mm),
            self.p(esc(self.t("MINISTERIAL BRIEF")), "subtitle"),
            self.p(esc(v.text(v.dialogue.name)), "title"),
            self.p(esc(self.t("{nth} session", nth=language.ordinal(s.number, self.lang))), "title"),
            Spacer(1, 8 * mm),
            table,
            Spacer(1, 10 * mm),
            box,
            Spacer(1, 10 * mm),
            self.p(esc(self.t("Prepared by the secretariat on {date}.", date=fmt_date(self.prepared_on, self.lang))), "subtitle"),
            self.p(f"<font color='#b91c1c'><b>{esc(self.t('INTERNAL — NOT FOR THE OTHER DELEGATION'))}</b></font>", "subtitle"),
        ]

    # ------------------------------------------------------------ the front: two pages

    def _entries(self, field: str) -> list[tuple[str, str]]:
        return [(f"{self.slots[i.id].number}. {self.view.text(i.title)}", getattr(i, field)) for i in self.items_ if getattr(i, field).strip()]

    def risks(self) -> list[str]:
        """The three most serious things in the register: reciprocity at risk, then overdue, then off track, then at risk."""
        v, as_of = self.view, self.session.starts_on
        out: list[tuple[int, str]] = []
        named: set[str] = set()
        for a, b in reciprocal_pairs(v.commitments):
            ok_a = side_on_track(v.events.get(a.id, ()), v.dialogue.scale, as_of)
            ok_b = side_on_track(v.events.get(b.id, ()), v.dialogue.scale, as_of)
            if not (ok_a and ok_b):
                lagging = a if not ok_a else b
                _, latest = v.status(lagging, as_of)
                note = f" ({latest.note})" if latest and latest.note else ""
                out.append((0, self.t("Quid pro quo at risk: {a} and {b}", a=a.ref, b=b.ref) + f" — {v.text(lagging.text)}{note}"))
                named |= {a.id, b.id}
        for c in v.commitments:
            if c.id in named:
                continue
            level, latest = v.status(c, as_of)
            note = f" ({latest.note})" if latest and latest.note else ""
            if v.overdue(c, as_of):
                out.append((1, self.t("{status}: {ref}", status=self.t("OVERDUE"), ref=c.ref) + f" — {v.text(c.text)}{note}"))
            elif level.tone in WATCH or v.assessed(c, as_of):  # the other party sees it differently: a point to watch too
                words = v.assessed(c, as_of) or v.status_label(level)
                out.append((2 if level.tone == Tone.BAD else 3, self.t("{status}: {ref}", status=words, ref=c.ref) + f" — {v.text(c.text)}{note}"))
        return [text for _, text in sorted(out, key=lambda x: x[0])]

    def key_figures(self, limit: int) -> list[Flowable]:
        v, as_of = self.view, self.session.starts_on
        rows = []
        for c in self.related:
            for ind in v.indicators.get(c.id, []):
                latest = v.latest(ind, as_of)
                share = language.percent(progress(ind.baseline_value, ind.target_value, latest.value), self.lang) if latest else self.t("not measured")
                rows.append(
                    [
                        self.p(esc(v.text(ind.name)), "cell"),
                        self.p(esc(fmt_value(ind.baseline_value, ind.unit, self.lang)) + (f"<br/>{ind.baseline_on.year}" if ind.baseline_on else ""), "cell"),
                        self.p(
                            (
                                f"<b>{esc(fmt_value(latest.value, ind.unit, self.lang))}</b><br/>{esc(fmt_short_date(latest.measured_on, self.lang))}"
                                if latest
                                else "—"
                            ),
                            "cell",
                        ),
                        self.p(esc(fmt_value(ind.target_value, ind.unit, self.lang)) + (f"<br/>{ind.target_on.year}" if ind.target_on else ""), "cell"),
                        self.p(esc(share), "cell"),
                    ]
                )
        if not rows:
            return []
        table = self.table(["Indicator", "Baseline", "Latest", "Target", "Progress"], rows[:limit], [None, 30 * mm, 36 * mm, 32 * mm, 28 * mm])
        return self.lead(self.heading(self.t("Key figures"), 1), [table])

    def _list(self, title: str, entries: list[str], limit: int) -> list[Flowable]:
        if not entries:
            body = [self.p(esc(self.t("None recorded in the agenda.")), "muted")]
        else:
            body = [self.p("• " + entry) for entry in entries[:limit]]
            if len(entries) > limit:
                body.append(self.p(esc(self.t("and {n} more in annex B.", n=len(entries) - limit)), "muted"))
        return self.lead(self.heading(title, 1), body)

    def _front(self, limit: int) -> list[Flowable]:
        v, as_of = self.view, self.session.starts_on
        out: list[Flowable] = [self.heading(self.t("The session at a glance"))]
        if v.language_note():
            out.append(self.p(esc(v.language_note()), "muted"))
        counts: dict[str, int] = {}
        for c in v.commitments:
            level, _ = v.status(c, as_of)
            counts[v.status_label(level)] = counts.get(v.status_label(level), 0) + 1
        total = len(v.commitments)
        if total:
            colon = " : " if self.lang == "fr" else ": "
            parts = language.join([f"{name}{colon}{language.number(n, self.lang)}" for name, n in counts.items()], self.lang)
            line = nlabel(self.lang, total, "The register holds {n} commitment: {parts}.", parts=parts)
            overdue = sum(1 for c in v.commitments if v.overdue(c, as_of))
            if overdue:
                line += f" <font color='#b91c1c'><b>{esc(nlabel(self.lang, overdue, '{n} commitment overdue'))}.</b></font>"
            out.append(self.p(esc(line) if "<font" not in line else line))
        else:
            out.append(self.p(esc(self.t("No commitments are recorded yet.")), "muted"))

        def entry(where: str, text: str) -> str:
            short, cut = summary_of(text)
            return f"<b>{esc(where)}</b> — {esc(short)}" + (f" <i>{esc(self.t('(continued in annex B)'))}</i>" if cut else "")

        out += self._list(self.t("What we want from this session"), [entry(w, t) for w, t in self._entries("objective")], limit)
        out += self._list(self.t("What they will ask of us"), [entry(w, t) for w, t in self._entries("their_asks")], limit)
        out += self._list(self.t("Our red lines"), [entry(w, t) for w, t in self._entries("red_lines")], limit)
        risks = self.risks()
        if risks:
            out += self._list(
                self.t("Three risks"),
                [esc(summary_of(r)[0]) + (f" <i>{esc(self.t('(continued in annex C)'))}</i>" if summary_of(r)[1] else "") for r in risks],
                3,
            )
        else:
            out += self.lead(self.heading(self.t("Three risks"), 1), [self.p(esc(self.t("No risk identified in the register.")), "muted")])
        out += self.key_figures(max(3, limit + 1))
        return out

    def front(self) -> list[Flowable]:
        """The two-page front: as many entries per list as two pages hold (at most six), the rest in the annexes."""
        room = FRONT_PAGES * (self.pagesize[1] - 2 * self.margin - 2 * 10) * 0.9
        for limit in (6, 5, 4, 3, 2, 1):
            story = self._front(limit)
            height = sum(f.wrap(self.width, 1e9)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in story)
            if height <= room:
                return story
        return story

    # ------------------------------------------------------------ annexes

    def agenda(self) -> list[Flowable]:
        s = self.session
        rows = []
        for row in agenda_rows(self.items_, dt.datetime.combine(s.starts_on, s.start_time)):
            i, slot = row.item, row.slot
            if row.heading:  # a day of a session held over several: its date, from its start time
                day = self.t("Day {n} — {date}", n=slot.day, date=fmt_date(slot.start.date(), self.lang))
                title = self.view.text(i.title) if i is not None else ""
                rows.append(
                    [
                        self.p(f"<b>{esc(language.time_of_day(slot.start.time(), self.lang))}</b>", "cell"),
                        self.p("", "cell"),
                        self.p(f"<b>{esc(day)}</b>" + (f" · {esc(title)}" if title else ""), "cell"),
                        self.p("", "cell"),
                    ]
                )
                continue
            indent = "&nbsp;" * 4 if i.parent_id else ""
            lead = self.view.party_name(i.lead_party_id) if i.lead_party_id else ""
            times = f"{language.time_of_day(slot.start.time(), self.lang)}–{language.time_of_day(slot.end.time(), self.lang)}"
            title = esc(self.view.flagged(i.title))
            rows.append(
                [
                    self.p(esc(times), "cell"),
                    self.p(slot.number, "cell"),
                    self.p(indent + (f"<i>{title}</i>" if row.pause else title), "cell"),
                    self.p(esc(lead), "cell"),
                ]
            )
        heading = self.heading(self.t("Annex A — Agenda and timetable"))
        if agenda_days(self.items_) > 1:
            when = self.p(esc(self.t("Agenda — {dates}", dates=language.date_range(s.starts_on, s.ends_on, self.lang))), "muted")
        else:
            when = self.p(
                esc(self.t("Agenda — {date}, from {time}", date=fmt_date(s.starts_on, self.lang), time=language.time_of_day(s.start_time, self.lang))), "muted"
            )
        if not rows:
            return self.lead([heading, when], [self.p(esc(self.t("The agenda has not been prepared yet.")), "muted")])
        return self.lead([heading, when], [self.table(["Time", "No.", "Item", "Lead"], rows, [34 * mm, 14 * mm, None, 34 * mm])])

    def annex_items(self) -> list[Flowable]:
        v = self.view
        body: list[Flowable] = []
        for i in discussed(self.items_):
            meta = [
                f"{language.time_of_day(self.slots[i.id].start.time(), self.lang)}–{language.time_of_day(self.slots[i.id].end.time(), self.lang)}",
                self.t(i.kind.value.replace("_", " ")),
            ]
            if i.presenter_id and i.presenter_id in v.people:
                meta.append(self.t("presented by {name}", name=v.people[i.presenter_id].name))
            block: list[Flowable] = [self.p(esc(" · ".join(meta)), "muted")]
            for name, text in (
                ("Objective", i.objective),
                ("Background", i.background),
                ("Lines to take", i.lines_to_take),
                ("They will ask", i.their_asks),
                ("Red line", i.red_lines),
            ):
                if text:
                    block += self.lead(self.p(esc(self.t(name)), "label"), [self.p(esc(text))])
            reviewed = v.commitment_by_id.get(i.commitment_id or "")
            if reviewed is not None:  # a carry-over sub-item: where the commitment it reviews stands (in full in annex C)
                level, latest = v.status(reviewed, self.session.starts_on)
                where = v.status_label(level) + (f", {fmt_short_date(latest.effective_on, self.lang)}" if latest else "")
                if v.overdue(reviewed, self.session.starts_on):
                    where += f", {self.t('OVERDUE')}"
                block.append(self.p(f"<b>{esc(self.t('Reviews {ref}:', ref=reviewed.ref))}</b> {esc(where)}", "small"))
            refs = [c.ref for c in self.related if i.theme_id and c.theme_id == i.theme_id and c.id not in self.reviewed]
            if refs:
                block.append(self.p(f"<b>{esc(self.t('Related commitments'))}</b>: {esc(', '.join(refs))}", "small"))
            title = f"{self.slots[i.id].number}. {v.flagged(i.title)}"
            body += self.lead(self.heading(title, 1), block)
        return self.lead(self.heading(self.t("Annex B — Item by item")), body)

    def annex_commitments(self) -> list[Flowable]:
        v, as_of = self.view, self.session.starts_on
        rows, tones = [], []
        for c in self.related:
            level, latest = v.status(c, as_of)
            tones.append(level.tone)
            status = f"<b>{esc(v.assessed(c, as_of) or v.status_label(level))}</b>"
            if latest:
                status += f"<br/>{esc(fmt_short_date(latest.effective_on, self.lang))}"
            if v.overdue(c, as_of):
                status += f"<br/><font color='#b91c1c'><b>{esc(self.t('OVERDUE'))}</b></font>"
            note = f"<br/><i>{esc(latest.note)}</i>" if latest and latest.note else ""
            rows.append(
                [
                    self.p(esc(c.ref), "cell"),
                    self.p(esc(v.flagged(c.text)) + note, "cell"),
                    self.p(esc(v.party_name(c.party_id)), "cell"),
                    self.p(status, "cell"),
                ]
            )
        heading = self.heading(self.t("Annex C — The commitments in full"))
        if not rows:
            return self.lead(heading, [self.p(esc(self.t("No commitments are recorded yet.")), "muted")])
        table = self.table(
            ["Ref.", "Commitment", "Party", "Status"],
            rows,
            [32 * mm, None, 30 * mm, 34 * mm],
            row_styles=lambda n: [("BACKGROUND", (3, 0), (3, 0), TONE_TINTS[tones[n]])],
        )
        out = self.lead(heading, [table])
        for c in self.related:
            for ind in v.indicators.get(c.id, []):
                ms = sorted(v.measurements.get(ind.id, []), key=lambda m: m.measured_on)
                if len(ms) + (ind.baseline_on is not None) >= 2:  # a chart needs two points to say anything
                    chart = IndicatorChart(
                        ind, ms, min(self.width, 150 * mm), 45 * mm, self.t("target {value}", value=fmt_value(ind.target_value, ind.unit, self.lang)), self.lang
                    )
                    out += self.lead(self.p(f"<b>{esc(c.ref)}</b> — {esc(v.text(ind.name))}", "small"), [chart])
        return out

    def counterpart(self) -> list[Flowable]:
        v, s = self.view, self.session
        members = [m for m in v.bundle.members if m.session_id == s.id]
        home = v.dialogue.home_party
        body: list[Flowable] = []
        for party in v.dialogue.parties:
            if home and party.id == home.id:
                continue
            mine = sorted((m for m in members if m.party_id == party.id), key=lambda m: (not m.is_head, m.position))
            lines = []
            for m in mine:
                person = v.people.get(m.person_id)
                if person:
                    head = f" — <b>{esc(self.t('head of delegation'))}</b>" if m.is_head else ""
                    unsure = f" <i>({esc(self.t('attendance to be confirmed'))})</i>" if not m.confirmed else ""
                    details = ", ".join(esc(x) for x in (person.title, person.organisation) if x)
                    lines.append(self.p(f"<b>{esc(person.name)}</b>" + (f", {details}" if details else "") + head + unsure))
            if lines:
                body += self.lead(self.heading(language.capitalise(language.delegation(party, self.lang)), 1), lines)
        if not body:
            body = [self.p(esc(self.t("The counterpart has not yet announced its delegation.")), "muted")]
        return self.lead(self.heading(self.t("Annex D — The counterpart delegation")), body)

    def last_time(self) -> list[Flowable]:
        v = self.view
        heading = self.heading(self.t("Annex E — What was agreed last time"))
        if self.previous is None:
            return self.lead(heading, [self.p(esc(self.t("This is the first session of the dialogue recorded here.")), "muted")])
        prev = self.previous
        body: list[Flowable] = [
            self.p(
                esc(
                    self.t("{nth} session", nth=language.ordinal(prev.number, self.lang))
                    + f", {language.date_range(prev.starts_on, prev.ends_on, self.lang)}, {prev.venue}."
                ),
                "muted",
            )
        ]
        for i in agenda_order([x for x in v.bundle.items if x.session_id == prev.id]):
            conclusions = v.flagged(i.conclusions)
            if conclusions:
                body.append(self.p(f"<b>{esc(v.flagged(i.title))}</b>: {esc(conclusions)}"))
        made = [c for c in v.commitments if c.made_at_session_id == prev.id]
        if made:
            rows = []
            for c in made:
                level, _ = v.status(c, self.session.starts_on)
                rows.append(
                    [
                        self.p(esc(c.ref), "cell"),
                        self.p(esc(v.flagged(c.text)), "cell"),
                        self.p(esc(v.party_name(c.party_id)), "cell"),
                        self.p(f"<b>{esc(v.assessed(c, self.session.starts_on) or v.status_label(level))}</b>", "cell"),
                    ]
                )
            body += self.lead(
                self.p(esc(self.t("Commitments made")), "label"), [self.table(["Ref.", "Commitment", "Party", "Now"], rows, [32 * mm, None, 30 * mm, 34 * mm])]
            )
        return self.lead(heading, body)

    def pending(self) -> list[Flowable]:
        """Follow-up actions still open, ours and the joint ones, as of the session's first day."""
        open_ = [a for a in self.view.actions if a.state not in (ActionState.DONE, ActionState.CANCELLED)]
        heading = self.heading(self.t("Annex F — Open follow-up actions"))
        if not open_:
            return self.lead(heading, [self.p(esc(self.t("Open and overdue follow-up actions: none.")), "muted")])
        return self.lead(heading, self.actions_table(open_, self.session.starts_on))


class IndicatorChart(Flowable):
    """Baseline, measurements and target of one indicator over time."""

    def __init__(self, indicator: Indicator, measurements, width: float, height: float, target_label: str, lang: str = "en"):
        super().__init__()
        self.lang = lang
        self.indicator, self.measurements, self.width, self.height = indicator, measurements, width, height
        self.target_label = target_label

    def wrap(self, *_):
        return self.width, self.height

    def draw(self) -> None:
        ind = self.indicator
        points = [(m.measured_on, m.value) for m in self.measurements]
        if ind.baseline_on:
            points = [(ind.baseline_on, ind.baseline_value), *points]
        days = lambda d: d.toordinal()  # noqa: E731
        xs = [days(d) for d, _ in points] + ([days(ind.target_on)] if ind.target_on else [])
        lo_x, hi_x = min(xs), max(xs) if max(xs) > min(xs) else min(xs) + 365
        values = [v for _, v in points] + [ind.target_value, ind.baseline_value]
        hi_y = max(values) * 1.1 or 1
        drawing = Drawing(self.width, self.height)
        plot = LinePlot()
        plot.x, plot.y = 80, 18  # room for the axis labels inside the frame
        plot.width, plot.height = self.width - 100, self.height - 30
        plot.data = [[(days(d), v) for d, v in points]]
        plot.lines[0].strokeColor = TONE_COLOURS[Tone.DONE]
        plot.lines[0].strokeWidth = 1.5
        plot.lines[0].symbol = makeMarker("FilledCircle", size=4)
        plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = lo_x, hi_x
        years = range(dt.date.fromordinal(lo_x).year, dt.date.fromordinal(hi_x).year + 1)
        plot.xValueAxis.valueSteps = [dt.date(y, 1, 1).toordinal() for y in years if lo_x <= dt.date(y, 1, 1).toordinal() <= hi_x] or [lo_x]
        plot.xValueAxis.labelTextFormat = lambda x: str(dt.date.fromordinal(int(x)).year)
        plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, hi_y
        plot.yValueAxis.labelTextFormat = lambda y: fmt_value(y, ind.unit, self.lang)  # the axis in the language's digits
        for axis in (plot.xValueAxis, plot.yValueAxis):
            axis.labels.fontName, axis.labels.fontSize = FONT, 7
        drawing.add(plot)
        # the target as a dashed line across the plot
        ty = plot.y + plot.height * ind.target_value / hi_y
        drawing.add(Line(plot.x, ty, plot.x + plot.width, ty, strokeColor=ALARM, strokeDashArray=[3, 2], strokeWidth=0.8))
        drawing.add(String(plot.x + plot.width - 2, ty + 3, self.target_label, fontName=FONT, fontSize=7, fillColor=ALARM, textAnchor="end"))
        drawing.drawOn(self.canv, 0, 0)
