"""The ministerial brief for an upcoming session (internal: ours alone).

Every page says so beside the classification marking.

Larger type than the other documents: a minister reads it on paper, often in
a car on the way to the session.
"""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from ..domain.audience import DEFAULT_MARKING_ORDER, document_marking
from ..domain.model import ActionState, Bundle, Indicator, Session, Tone
from ..domain.rules import agenda_days, agenda_order, agenda_rows, discussed, reciprocal_pairs, side_on_track, timetable
from .base import ALARM, FONT, TONE_COLOURS, TONE_TINTS, Renderer, chunked_tables, esc, shorten
from .context import DialogueView, fmt_date, fmt_dates, fmt_short_date, fmt_value
from .labels import label, ordinal

WATCH = (Tone.WARNING, Tone.BAD)


class BriefRenderer(Renderer):
    base_size = 12.0  # comfortable on paper

    def __init__(
        self, bundle: Bundle, dialogue_id: str, session: Session, *, prepared_on: dt.date, marking: str | None = None, lang: str = "en",
        content_lang: str | None = None, marking_order=DEFAULT_MARKING_ORDER,
    ):
        dialogue = next(d for d in bundle.dialogues if d.id == dialogue_id)
        self.view = DialogueView(dialogue, bundle, lang, content_lang)
        self.session = session
        self.prepared_on = prepared_on
        self.document_title = label(lang, "Ministerial brief — {title}", title=self.view.session_title(session))
        super().__init__(
            marking=document_marking([dialogue], [lang], marking_order) if marking is None else marking,
            running_title=self.document_title, date_text=fmt_dates(session, lang), lang=lang, internal=True,
        )
        self.previous = next((s for s in reversed(self.view.sessions) if s.number < session.number), None)

    def related(self, theme_id: str | None):
        """A theme's commitments, but those reviewed under their own carry-over sub-item (shown there, not twice)."""
        v = self.view
        reviewed = {i.commitment_id for i in self.session_items() if i.commitment_id}
        return [c for c in v.commitments if theme_id and c.theme_id == theme_id and c.id not in reviewed]

    def story(self) -> list[Flowable]:
        out = self.cover() + [PageBreak()] + self.summary() + [PageBreak()]
        out += self.agenda() + self.items() + self.counterpart() + self.last_time() + self.pending()
        return out

    def pending(self) -> list[Flowable]:
        """Follow-up actions still open, ours and the joint ones, as of the session's first day."""
        open_ = [a for a in self.view.actions if a.state not in (ActionState.DONE, ActionState.CANCELLED)]
        out: list[Flowable] = [self.p(self.t("Open and overdue follow-up actions"), "h1")]
        if not open_:
            return out + [self.p(self.t("None."), "muted")]
        return out + self.actions_table(open_, self.session.starts_on)

    # ------------------------------------------------------------ sections

    def cover(self) -> list[Flowable]:
        v, s = self.view, self.session
        host = v.dialogue.party(s.host_party_id)
        return [
            Spacer(1, 45 * mm),
            self.p(self.t("MINISTERIAL BRIEF"), "subtitle"),
            self.p(esc(v.text(v.dialogue.name)), "title"),
            self.p(esc(self.t("{nth} session", nth=ordinal(self.lang, s.number))), "title"),
            Spacer(1, 8 * mm),
            self.p(esc(f"{fmt_dates(s, self.lang)} · {s.venue}") + ("<br/>" + self.t("Hosted by {party}", party=esc(host.name)) if host else ""), "subtitle"),
            Spacer(1, 30 * mm),
            self.p(self.t("Prepared by the secretariat on {date}.", date=fmt_date(self.prepared_on, self.lang)), "subtitle"),
            self.p(f"<font color='#b91c1c'><b>{self.t('INTERNAL — NOT FOR THE OTHER DELEGATION')}</b></font>", "subtitle"),
        ]

    def summary(self) -> list[Flowable]:
        v, s = self.view, self.session
        as_of = s.starts_on
        out: list[Flowable] = [self.p(self.t("Summary"), "h1")]
        if v.language_note():
            out.append(self.p(esc(v.language_note()), "muted"))
        counts: dict[str, int] = {}
        watch = []
        overdue = []
        for c in v.commitments:
            level, _ = v.status(c, as_of)
            counts[v.status_label(level)] = counts.get(v.status_label(level), 0) + 1
            if level.tone in WATCH:
                watch.append((c, level))
            if v.overdue(c, as_of):
                overdue.append(c)
        total = len(v.commitments)
        parts = ", ".join(f"{n} {name.lower()}" for name, n in counts.items())
        out.append(self.p(self.t("The register holds {n} commitments: {parts}.", n=f"<b>{total}</b>", parts=esc(parts)) if total else self.t("No commitments are recorded yet.")))
        if overdue:
            out.append(self.p(f"<font color='#b91c1c'><b>{self.t('{n} overdue:', n=len(overdue))}</b></font> " + esc(", ".join(c.ref for c in overdue)) + "."))
        pairs = reciprocal_pairs(v.commitments)
        for a, b in pairs:
            ok_a = side_on_track(v.events.get(a.id, ()), v.dialogue.scale, as_of)
            ok_b = side_on_track(v.events.get(b.id, ()), v.dialogue.scale, as_of)
            if not (ok_a and ok_b):
                lagging = self.t(" and ").join(v.party_name(c.party_id) for c, ok in ((a, ok_a), (b, ok_b)) if not ok)
                out.append(self.p(f"<b>{self.t('Quid pro quo at risk')}</b> ({esc(a.ref)} ↔ {esc(b.ref)}): {self.t('{who} not delivering.', who=esc(lagging))}"))
        if watch:
            out.append(self.p(self.t("Points to watch"), "h2"))
            for c, level in watch:
                _, latest = v.status(c, as_of)
                note = f" — {esc(latest.note)}" if latest and latest.note else ""
                colour = TONE_COLOURS[level.tone].hexval()[2:]
                out.append(self.p(f"• <b>{esc(c.ref)}</b> ({esc(v.party_name(c.party_id))}, <font color='#{colour}'><b>{esc(v.status_label(level).lower())}</b></font>): {esc(shorten(v.flagged(c.text), 160))}{note}"))
        objectives = [i for i in self.session_items() if i.objective]
        if objectives:
            out.append(self.p(self.t("Our objectives"), "h2"))
            for i in objectives:
                out.append(self.p(f"• {esc(i.objective)}"))
        return out

    def session_items(self):
        return agenda_order([i for i in self.view.bundle.items if i.session_id == self.session.id])

    def agenda(self) -> list[Flowable]:
        s = self.session
        items = self.session_items()
        header = [self.p(f"<b>{self.t(x)}</b>", "cell") for x in ("Time", "No.", "Item", "Lead")]
        rows = []
        for row in agenda_rows(items, dt.datetime.combine(s.starts_on, s.start_time)):
            i, slot = row.item, row.slot
            if row.heading:  # a day of a multi-day session: its date, from its start time
                day = self.t("Day {n} — {date}", n=slot.day, date=fmt_date(slot.start.date(), self.lang))
                title = esc(self.view.text(i.title)) if i is not None and self.view.text(i.title) else ""
                rows.append([self.p(f"<b>{slot.start:%H:%M}</b>", "cell"), self.p("", "cell"), self.p(f"<b>{day}</b>" + (f" · {title}" if title else ""), "cell"), self.p("", "cell")])
                continue
            indent = "&nbsp;" * 4 if i.parent_id else ""
            lead = self.view.party_name(i.lead_party_id) if i.lead_party_id else ""
            title = esc(self.view.flagged(i.title))
            rows.append([self.p(f"{slot.start:%H:%M}–{slot.end:%H:%M}", "cell"), self.p(slot.number, "cell"), self.p(indent + (f"<i>{title}</i>" if row.pause else title), "cell"), self.p(esc(lead), "cell")])
        if agenda_days(items) > 1:
            heading = self.t("Agenda — {dates}", dates=fmt_dates(s, self.lang))
        else:
            heading = self.t("Agenda — {date}, from {time}", date=fmt_date(s.starts_on, self.lang), time=f"{s.start_time:%H:%M}")
        out: list[Flowable] = [self.p(heading, "h1")]
        if not rows:
            return out + [self.p(self.t("The agenda has not been prepared yet."), "muted")]
        return out + chunked_tables(header, rows, [30 * mm, 14 * mm, self.width - 74 * mm, 30 * mm])

    def items(self) -> list[Flowable]:
        v, s = self.view, self.session
        items = self.session_items()
        slots = timetable(items, dt.datetime.combine(s.starts_on, s.start_time))
        out: list[Flowable] = []
        themes_shown: set[str] = set()  # each theme's commitments once, at its first item
        for i in discussed(items):
            out.append(self.p(f"{slots[i.id].number}. {esc(v.flagged(i.title))}", "h1" if not i.parent_id else "h2"))
            meta = [f"{slots[i.id].start:%H:%M}–{slots[i.id].end:%H:%M}", self.t(i.kind.value.replace("_", " "))]
            if i.presenter_id and i.presenter_id in v.people:
                meta.append(self.t("presented by {name}", name=v.people[i.presenter_id].name))
            out.append(self.p(esc(" · ".join(meta)), "muted"))
            for heading, text in (("Objective", i.objective), ("Background", i.background), ("Lines to take", i.lines_to_take)):
                if text:
                    out += [self.p(self.t(heading), "label"), self.p(esc(text))]
            reviewed = v.commitment_by_id.get(i.commitment_id or "")
            if reviewed is not None:  # a carry-over sub-item: the status of the commitment it reviews
                out += self.related_table([reviewed])
                out += self.figures([reviewed])
            related = self.related(i.theme_id)
            if related and i.theme_id not in themes_shown:
                themes_shown.add(i.theme_id)
                out += self.related_table(related)
                out += self.figures(related)
        return out

    def related_table(self, commitments) -> list[Flowable]:
        v = self.view
        header = [self.p(f"<b>{self.t(x)}</b>", "cell") for x in ("Ref.", "Commitment", "Party", "Status")]
        rows, tones = [], []
        for c in commitments:
            level, latest = v.status(c, self.session.starts_on)
            tones.append(level.tone)
            status = f"<b>{esc(v.status_label(level))}</b>"
            if latest:
                status += f"<br/>{fmt_short_date(latest.effective_on, self.lang)}"
            if v.overdue(c, self.session.starts_on):
                status += "<br/><font color='#b91c1c'><b>OVERDUE</b></font>"
            rows.append([self.p(esc(c.ref), "cell"), self.p(esc(v.flagged(c.text)), "cell"), self.p(esc(v.party_name(c.party_id)), "cell"), self.p(status, "cell")])

        def tints(start, stop):
            return [("BACKGROUND", (3, 1 + n), (3, 1 + n), TONE_TINTS[tones[start + n]]) for n in range(stop - start)]

        return [self.p(self.t("Status of related commitments"), "label")] + chunked_tables(
            header, rows, [30 * mm, self.width - 90 * mm, 28 * mm, 32 * mm], extra_for=tints
        )

    def figures(self, commitments) -> list[Flowable]:
        v = self.view
        out: list[Flowable] = []
        for c in commitments:
            for ind in v.indicators.get(c.id, []):
                ms = sorted(v.measurements.get(ind.id, []), key=lambda m: m.measured_on)
                latest = v.latest(ind, self.session.starts_on)
                line = f"<b>{esc(v.text(ind.name))}</b>: " + self.t("baseline {value}", value=fmt_value(ind.baseline_value, ind.unit, self.lang))
                if ind.baseline_on:
                    line += f" ({ind.baseline_on.year})"
                if latest:
                    line += ", " + self.t("latest {value} ({date})", value=f"<b>{fmt_value(latest.value, ind.unit, self.lang)}</b>", date=fmt_short_date(latest.measured_on, self.lang))
                line += ", " + self.t("target {value}", value=fmt_value(ind.target_value, ind.unit, self.lang))
                line += (self.t(" by {year}", year=ind.target_on.year) if ind.target_on else "") + "."
                block: list[Flowable] = [self.p(self.t("Key figures"), "label"), self.p(line)]
                if len(ms) + (ind.baseline_on is not None) >= 2:  # a chart needs two points to say anything
                    block.append(IndicatorChart(ind, ms, min(self.width, 150 * mm), 45 * mm, self.t("target {value}", value=fmt_value(ind.target_value, ind.unit, self.lang))))
                out.append(self.keep(*block))
        return out

    def counterpart(self) -> list[Flowable]:
        v, s = self.view, self.session
        members = [m for m in v.bundle.members if m.session_id == s.id]
        home = v.dialogue.home_party
        out: list[Flowable] = [self.p(self.t("The counterpart delegation"), "h1")]
        shown = False
        for party in v.dialogue.parties:
            if home and party.id == home.id:
                continue
            mine = sorted((m for m in members if m.party_id == party.id), key=lambda m: (not m.is_head, m.position))
            if not mine:
                continue
            shown = True
            out.append(self.p(esc(party.name), "h2"))
            for m in mine:
                person = v.people.get(m.person_id)
                if person:
                    head = f" — <b>{self.t('head of delegation')}</b>" if m.is_head else ""
                    unsure = f" <i>({self.t('attendance to be confirmed')})</i>" if not m.confirmed else ""
                    out.append(self.p(f"<b>{esc(person.name)}</b>, {esc(person.title)}, {esc(person.organisation)}{head}{unsure}"))
        if not shown:
            out.append(self.p(self.t("The counterpart has not yet announced its delegation."), "muted"))
        return out

    def last_time(self) -> list[Flowable]:
        v = self.view
        out: list[Flowable] = [self.p(self.t("What was agreed last time"), "h1")]
        if self.previous is None:
            return out + [self.p(self.t("This is the first session of the dialogue recorded here."), "muted")]
        prev = self.previous
        out.append(self.p(esc(self.t("{nth} session", nth=ordinal(self.lang, prev.number)) + f", {fmt_dates(prev, self.lang)}, {prev.venue}."), "muted"))
        for i in agenda_order([x for x in v.bundle.items if x.session_id == prev.id]):
            conclusions = v.flagged(i.conclusions)
            if conclusions:
                out.append(self.p(f"<b>{esc(v.flagged(i.title))}</b>: {esc(conclusions)}"))
        made = [c for c in v.commitments if c.made_at_session_id == prev.id]
        if made:
            header = [self.p(f"<b>{self.t(x)}</b>", "cell") for x in ("Ref.", "Commitment", "Party", "Now")]
            rows = []
            for c in made:
                level, _ = v.status(c, self.session.starts_on)
                rows.append([self.p(esc(c.ref), "cell"), self.p(esc(v.flagged(c.text)), "cell"), self.p(esc(v.party_name(c.party_id)), "cell"), self.p(f"<b>{esc(v.status_label(level))}</b>", "cell")])
            out.append(self.p(self.t("Commitments made"), "label"))
            out += chunked_tables(header, rows, [30 * mm, self.width - 90 * mm, 28 * mm, 32 * mm])
        return out


class IndicatorChart(Flowable):
    """Baseline, measurements and target of one indicator over time."""

    def __init__(self, indicator: Indicator, measurements, width: float, height: float, target_label: str):
        super().__init__()
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
        plot.x, plot.y = 55, 18
        plot.width, plot.height = self.width - 75, self.height - 30
        plot.data = [[(days(d), v) for d, v in points]]
        plot.lines[0].strokeColor = TONE_COLOURS[Tone.DONE]
        plot.lines[0].strokeWidth = 1.5
        plot.lines[0].symbol = makeMarker("FilledCircle", size=4)
        plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = lo_x, hi_x
        years = range(dt.date.fromordinal(lo_x).year, dt.date.fromordinal(hi_x).year + 1)
        plot.xValueAxis.valueSteps = [dt.date(y, 1, 1).toordinal() for y in years if lo_x <= dt.date(y, 1, 1).toordinal() <= hi_x] or [lo_x]
        plot.xValueAxis.labelTextFormat = lambda x: str(dt.date.fromordinal(int(x)).year)
        plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, hi_y
        plot.yValueAxis.labelTextFormat = lambda y: fmt_value(y, ind.unit)
        for axis in (plot.xValueAxis, plot.yValueAxis):
            axis.labels.fontName, axis.labels.fontSize = FONT, 7
        drawing.add(plot)
        # the target as a dashed line across the plot
        ty = plot.y + plot.height * ind.target_value / hi_y
        drawing.add(Line(plot.x, ty, plot.x + plot.width, ty, strokeColor=ALARM, strokeDashArray=[3, 2], strokeWidth=0.8))
        drawing.add(String(plot.x + plot.width - 2, ty + 3, self.target_label, fontName=FONT, fontSize=7, fillColor=ALARM, textAnchor="end"))
        drawing.drawOn(self.canv, 0, 0)

