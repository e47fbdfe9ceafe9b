"""The progress tracker: where every commitment stands, for one dialogue or all.

Two editions, and the edition is the type of what the renderer is given: the
joint view (:class:`JointBundle`, built by ``store.joint``) makes the joint
edition, for the other delegation; any other bundle makes the internal
edition, which says so beside the marking on every page.
"""

from __future__ import annotations

import datetime as dt

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from ..domain import language
from ..domain.audience import DEFAULT_MARKING_ORDER, document_marking
from ..domain.model import ActionState, Bundle, CommitmentState, JointBundle, Tone, Visibility
from ..domain.rules import current_status, in_force, progress, reciprocal_pairs, side_on_track
from . import assessments
from .base import ALARM, CELL_PADDING, FONT, RULE, TONE_COLOURS, TONE_TINTS, BlockTable, Lead, Renderer, Tail, esc, needs_scripts, widths_for, wrap
from .context import DialogueView, fmt_date, fmt_short_date, fmt_value
from .labels import label, nlabel

AUDIENCES = ("joint", "internal")  # the joint edition first: it is the default


class TrackerRenderer(Renderer):
    pagesize = landscape(A4)  # the register is wide: seven columns

    def __init__(
        self,
        bundle: Bundle,
        *,
        as_of: dt.date,
        marking: str | None = None,
        title: str | None = None,
        lang: str = "en",
        content_lang: str | None = None,
        marking_order=DEFAULT_MARKING_ORDER,
        by_party: bool = False,
    ):
        self.bundle = bundle
        self.by_party = by_party  # add the register as assessed by each party
        self.as_of = as_of
        self.audience = "joint" if isinstance(bundle, JointBundle) else "internal"
        dialogues = sorted(bundle.dialogues, key=lambda d: d.code)
        self.views = [DialogueView(d, bundle, lang, content_lang) for d in dialogues]
        if marking is None:  # one marking, the highest of the dialogues', in the labels' language
            marking = document_marking(dialogues, [lang], marking_order)
        one = len(dialogues) == 1
        scope = self.views[0].text(dialogues[0].name) if one else nlabel(lang, len(dialogues), "{n} dialogue")
        self.document_title = title or label(lang, "Progress tracker — {scope}", scope=scope)
        super().__init__(
            marking=marking,
            running_title=label(lang, "Progress tracker — {scope}", scope=dialogues[0].code if one else scope),
            date_text=label(lang, "As of {date}", date=fmt_date(as_of, lang)),
            lang=lang,
            internal=self.audience == "internal",
            document_title=self.document_title,
        )

    kind = "Progress tracker"

    def commitments(self, v: DialogueView):
        return v.commitments if self.audience == "internal" else v.joint(v.commitments)

    def story(self) -> list[Flowable]:
        edition = self.t("Joint edition: shared with the other delegation" if self.audience == "joint" else "Internal edition: not for the other delegation")
        as_of = self.t("As of {date}", date=fmt_date(self.as_of, self.lang))
        out: list[Flowable] = [self.p(esc(self.document_title), "title"), self.p(esc(f"{as_of} · {edition}"), "subtitle")]
        for n, v in enumerate(self.views):
            if n:
                out.append(PageBreak())
            out += self.dialogue_section(v)
        return out

    # ------------------------------------------------------------ sections

    def dialogue_section(self, v: DialogueView) -> list[Flowable]:
        commitments = self.commitments(v)
        out: list[Flowable] = [self.heading(f"{v.dialogue.code} — {v.text(v.dialogue.name)}")]
        if v.language_note():
            out.append(self.p(esc(v.language_note()), "muted"))
        out += self.counts(v, commitments)
        out += self.reciprocity(v, commitments)
        if self.by_party:
            out += assessments.by_party(self, v, commitments, self.as_of)
        themes = [(t.id, v.text(t.title)) for t in v.dialogue.themes] + [(None, self.t("Other commitments"))]
        for theme_id, title in themes:
            mine = [c for c in commitments if c.theme_id == theme_id]
            if mine:
                out += self.lead(self.heading(title, 1), self.register(v, mine))
        out += self.changes(v, commitments)
        actions = self.actions(v, {c.id for c in commitments})
        if len(actions) == 1 and not isinstance(actions[0], Lead) and out and not isinstance(out[-1], PageBreak):
            out[-1] = Tail(out[-1], actions)  # "none." goes with what precedes it, never alone on a page (a table of them may not)
        else:
            out += actions
        return out

    def counts(self, v: DialogueView, commitments) -> list[Flowable]:
        levels = v.dialogue.scale.levels
        parties = [(p.id, v.party_name(p.id)) for p in v.dialogue.parties] + [(None, self.t("Jointly"))]
        table: dict[str | None, dict[str, int]] = {pid: {lv.code: 0 for lv in levels} for pid, _ in parties}
        overdue: dict[str | None, int] = {pid: 0 for pid, _ in parties}
        for c in commitments:
            level, _ = v.status(c, self.as_of)
            table[c.party_id][level.code] += 1
            overdue[c.party_id] += v.overdue(c, self.as_of)
        shown = [(pid, name) for pid, name in parties if sum(table[pid].values())]
        if not shown:
            return [self.p(esc(self.t("No commitments recorded yet.")), "muted")]
        num = lambda n: language.number(n, self.lang)  # noqa: E731
        header = [self.p(f"<b>{esc(self.t('Party'))}</b>", "cell")] + [self.p(f"<b>{esc(v.status_label(lv))}</b>", "cell") for lv in levels]
        header += [self.p(f"<b>{esc(self.t('Total'))}</b>", "cell"), self.p(f"<b>{esc(self.t('Overdue'))}</b>", "cell")]
        rows = [
            [self.p(esc(name), "cell")]
            + [self.p(num(table[pid][lv.code]) if table[pid][lv.code] else "–", "cell") for lv in levels]
            + [
                self.p(f"<b>{num(sum(table[pid].values()))}</b>", "cell"),
                self.p(f"<font color='#b91c1c'><b>{num(overdue[pid])}</b></font>" if overdue[pid] else "–", "cell"),
            ]
            for pid, name in shown
        ]
        rest = min(28 * mm, (self.width - 45 * mm) / (len(levels) + 2))
        widths = widths_for(self.width, [None] + [rest] * (len(levels) + 2))
        counts = BlockTable(header, rows, widths)
        out: list[Flowable] = self.lead(self.p(esc(self.t("Status by party")), "label"), [counts])
        out.append(Spacer(1, 3 * mm))
        out.append(self.chart(shown, levels, table, v))
        return out

    def chart(self, shown, levels, table, v: DialogueView) -> Drawing:
        height = max(22 + 16 * len(shown), 9 * len(levels) + 10)
        drawing = Drawing(self.width, height)
        chart = HorizontalBarChart()
        chart.x, chart.y = 95, 14
        chart.width, chart.height = min(self.width - 95 - 130, 120 * mm), 16 * len(shown)
        chart.data = [[table[pid][lv.code] for pid, _ in shown] for lv in levels]
        chart.categoryAxis.categoryNames = [name for _, name in shown]
        chart.categoryAxis.labels.fontName = FONT
        chart.categoryAxis.labels.fontSize = 7.5
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.categoryAxis.style = "stacked"
        chart.valueAxis.valueMin = 0
        chart.valueAxis.labels.fontName = FONT
        chart.valueAxis.labels.fontSize = 7
        total = max((sum(table[pid].values()) for pid, _ in shown), default=1)
        chart.valueAxis.valueMax = max(total, 1)
        chart.valueAxis.valueStep = max(1, round(total / 5))
        chart.valueAxis.labelTextFormat = lambda x: language.number(x, self.lang)  # the axis in the language's digits
        chart.barWidth = 9
        for n, lv in enumerate(levels):
            chart.bars[n].fillColor = TONE_COLOURS[lv.tone]
            chart.bars[n].strokeColor = colors.white
        drawing.add(chart)
        legend = Legend()
        legend.x, legend.y = self.width - 100, height - 4
        legend.fontName, legend.fontSize = FONT, 7
        legend.alignment = "right"
        legend.dx = legend.dy = 6
        legend.deltay = 9
        legend.columnMaximum = 8
        legend.colorNamePairs = [(TONE_COLOURS[lv.tone], v.status_label(lv)) for lv in levels]
        drawing.add(legend)
        return drawing

    def reciprocity(self, v: DialogueView, commitments) -> list[Flowable]:
        pairs = reciprocal_pairs(commitments)
        if not pairs:
            return []
        rows = []
        for a, b in pairs:
            ok_a = side_on_track(v.events.get(a.id, ()), v.dialogue.scale, self.as_of)
            ok_b = side_on_track(v.events.get(b.id, ()), v.dialogue.scale, self.as_of)
            if ok_a and ok_b:
                verdict = f"<font color='#15803d'><b>{esc(self.t('Yes'))}</b></font> — {esc(self.t('both sides delivering'))}"
            else:
                lagging = [v.party_name(c.party_id) for c, ok in ((a, ok_a), (b, ok_b)) if not ok]
                who = nlabel(self.lang, len(lagging), "not delivering: {who}", who=language.join(lagging, self.lang))
                verdict = f"<font color='#b91c1c'><b>{esc(self.t('No'))}</b></font> — {esc(who)}"
            rows.append([self.side(v, a), self.side(v, b), self.p(verdict, "cell")])
        table = self.table(["One side", "Other side", "Honoured?"], rows, [self.width * 0.38, self.width * 0.38, None])
        return self.lead(self.p(esc(self.t("Quid pro quo: reciprocal commitments")), "label"), [table])

    def side(self, v: DialogueView, c):
        level, _ = v.status(c, self.as_of)
        colour = TONE_COLOURS[level.tone].hexval()[2:]
        return self.p(
            f"<b>{esc(c.ref)}</b> · {esc(v.party_name(c.party_id))}<br/>{esc(v.flagged(c.text))}<br/>"
            f"<font color='#{colour}'><b>{esc(v.status_label(level))}</b></font>",
            "cell",
        )

    def register(self, v: DialogueView, commitments) -> list[Flowable]:
        """The register table of one theme.

        Cells are plain text wrapped (and hyphenated) here rather than
        Paragraphs: reportlab lays them out several times faster, so a large
        register stays quick. A text in Arabic or CJK, and the indicator cell
        (a bar), are flowables.
        """
        widths = widths_for(self.width, [28 * mm, None, 34 * mm, 24 * mm, 24 * mm, 46 * mm, 40 * mm])
        size = self.st["cell"].fontSize
        rows, tones, late = [], [], []
        refs = {x.id: x.ref for x in v.bundle.commitments}
        replaced_by = {x.supersedes_id: x.ref for x in v.bundle.commitments if x.supersedes_id}

        def cell(text: str, column: int, bold: bool = False):
            if needs_scripts(text) or len(text) > 600:  # a Paragraph can split inside a row taller than a page
                return self.p(esc(text), "cellbold" if bold else "cell")
            return wrap(text, widths[column] - CELL_PADDING, size, self.lang, f"{FONT}-Bold" if bold else FONT)

        for c in commitments:
            level, latest = v.status(c, self.as_of)
            tones.append(level.tone)
            text = v.flagged(c.text) + self.lineage(c, refs, replaced_by)
            if c.visibility == Visibility.INTERNAL:
                text = self.t("INTERNAL") + " — " + text
            party = v.party_name(c.party_id) + (f"\n{c.lead_institution}" if c.lead_institution else "")
            overdue = v.overdue(c, self.as_of)
            late.append(overdue)
            update = ""
            if latest is not None:
                update = fmt_short_date(latest.effective_on, self.lang)
                if latest.note:
                    update += "\n" + latest.note
            rows.append(
                [
                    cell(c.ref, 0),
                    cell(text, 1),
                    cell(party, 2),
                    cell(v.due_text(c) + ("\n" + self.t("OVERDUE") if overdue else ""), 3, bold=overdue),
                    cell(v.assessed(c, self.as_of).replace(" / ", "\n") or v.status_label(level), 4, bold=True),
                    cell(update, 5),
                    self.indicator_cell(v, c),
                ]
            )

        def row_style(n: int) -> list:
            out = [("FONT", (0, 0), (-1, 0), FONT, size, size * 1.25), ("FONT", (4, 0), (4, 0), f"{FONT}-Bold", size, size * 1.25)]
            out += [("BACKGROUND", (4, 0), (4, 0), TONE_TINTS[tones[n]]), ("TEXTCOLOR", (4, 0), (4, 0), TONE_COLOURS[tones[n]])]
            if late[n]:
                out += [("TEXTCOLOR", (3, 0), (3, 0), ALARM), ("FONT", (3, 0), (3, 0), f"{FONT}-Bold", size, size * 1.25)]
            return out

        header = [
            self.p(f"<b>{esc(self.t(x))}</b>", "cell") for x in ("Ref.", "Commitment", "Party and institution", "Due", "Status", "Latest update", "Indicator")
        ]
        return [BlockTable(header, rows, widths, row_styles=row_style)]

    def lineage(self, c, refs: dict[str, str], replaced_by: dict[str, str]) -> str:
        """A line under the text: withdrawn or superseded (when, why, by what), or what it replaces."""
        out = ""
        if c.supersedes_id in refs:
            out += "\n" + self.t("Replaces {ref}", ref=refs[c.supersedes_id])
        if not in_force(c, self.as_of):
            on, reason = fmt_short_date(c.ended_on, self.lang), c.end_reason
            if c.state == CommitmentState.WITHDRAWN:
                out += "\n" + self.t("Withdrawn on {date}: {reason}", date=on, reason=reason)
            elif c.id in replaced_by:
                out += "\n" + self.t("Superseded by {ref} on {date}: {reason}", ref=replaced_by[c.id], date=on, reason=reason)
            else:
                out += "\n" + self.t("Superseded on {date}: {reason}", date=on, reason=reason)
        return out

    def indicator_cell(self, v: DialogueView, c):
        indicators = v.indicators.get(c.id, [])
        if not indicators:
            return ""
        parts: list = []
        for ind in indicators[:2]:
            latest = v.latest(ind, self.as_of)
            line = f"<font size=6.5>{esc(v.text(ind.name))}<br/>{fmt_value(ind.baseline_value, ind.unit, self.lang)} → "
            target = fmt_value(ind.target_value, ind.unit, self.lang)
            if latest is not None:
                share = progress(ind.baseline_value, ind.target_value, latest.value, ind.direction)
                line += esc(self.t("{latest} of {target} ({share})", latest="\x00", target=target, share=language.percent(share, self.lang)))
                line = line.replace("\x00", f"<b>{fmt_value(latest.value, ind.unit, self.lang)}</b>") + "</font>"
                parts.append(self.p(line, "cell"))
                parts.append(ProgressBar(share, 30 * mm))
            else:
                line += esc(self.t("{latest} of {target} ({share})", latest="?", target=target, share=self.t("not measured"))) + "</font>"
                parts.append(self.p(line, "cell"))
        return parts

    def changes(self, v: DialogueView, commitments) -> list[Flowable]:
        previous = [s for s in v.sessions if s.starts_on <= self.as_of]
        if not previous:
            return []
        since = previous[-1].starts_on
        ids = {c.id: c for c in commitments}
        changed = []
        for cid, events in v.events.items():
            if cid not in ids:
                continue
            for e in events:
                if since < e.effective_on <= self.as_of:
                    before = current_status([x for x in events if (x.effective_on, x.recorded_at, x.id) < (e.effective_on, e.recorded_at, e.id)])
                    changed.append((e, ids[cid], before))
        heading = self.heading(
            self.t("What changed since the {nth} session ({date})", nth=language.ordinal(previous[-1].number, self.lang), date=fmt_date(since, self.lang)), 1
        )
        if not changed:
            return self.lead(heading, [self.p(esc(self.t("No status changes recorded since then.")), "muted")])
        changed.sort(key=lambda t: (t[0].effective_on, t[1].ref))
        scale = v.dialogue.scale
        name = lambda code: v.status_label(scale.get(code)) if scale.get(code) else code  # noqa: E731
        rows = [
            [
                self.p(esc(fmt_short_date(e.effective_on, self.lang)), "cell"),
                self.p(esc(c.ref), "cell"),
                self.p(esc((name(before.status) + " → ") if before else "") + f"<b>{esc(name(e.status))}</b>", "cell"),
                self.p(esc(e.note), "cell"),
            ]
            for e, c, before in changed
        ]
        return self.lead(heading, [self.table(["Date", "Ref.", "Status", "Note"], rows, [26 * mm, 30 * mm, 45 * mm, None])])

    def actions(self, v: DialogueView, commitment_ids: set[str]) -> list[Flowable]:
        pending = [
            a for a in v.actions if a.state not in (ActionState.DONE, ActionState.CANCELLED) and (a.commitment_id is None or a.commitment_id in commitment_ids)
        ]
        if not pending:
            return [self.p(esc(self.t("Open and overdue follow-up actions: none.")), "muted")]
        return self.lead(self.heading(self.t("Open and overdue follow-up actions"), 1), self.actions_table(pending, self.as_of))


class ProgressBar(Flowable):
    """A small bar: the share of the way from baseline to target."""

    def __init__(self, share: float, width: float, height: float = 2.6 * mm):
        super().__init__()
        self.share, self.width, self.height = share, width, height

    def wrap(self, *_):
        return self.width, self.height + 1

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(colors.HexColor("#e5e7eb"))
        c.setStrokeColor(RULE)
        c.setLineWidth(0.3)
        c.rect(0, 0, self.width, self.height, fill=1, stroke=1)
        share = max(0.0, min(self.share, 1.0))
        c.setFillColor(TONE_COLOURS[Tone.GOOD] if self.share >= 0.5 else TONE_COLOURS[Tone.WARNING])
        if share > 0:
            c.rect(0, 0, self.width * share, self.height, fill=1, stroke=0)
        if self.share < 0:
            c.setFillColor(ALARM)
            c.rect(0, 0, 2, self.height, fill=1, stroke=0)
