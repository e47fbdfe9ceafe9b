"""The register as assessed by each party (a section of the progress tracker).

Each party's assessment of a commitment is its own: "France: on track / Mali:
at risk" is information, not a conflict. This section prints, per commitment,
every party's latest status side by side, the rows where they differ first
marked.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..domain.rules import assessments
from .base import ALARM, TONE_COLOURS, BlockTable, esc, widths_for
from .context import DialogueView, fmt_short_date


def by_party(renderer, v: DialogueView, commitments, as_of: dt.date) -> list[Flowable]:
    """A table: reference, commitment, and for each party its latest status and date; differing rows flagged."""
    found_by = {c.id: assessments(v.all_events.get(c.id, ()), v.home_id, as_of) for c in commitments}
    assessing = {party for found in found_by.values() for party in found}
    parties = [p for p in v.dialogue.parties if p.id == v.home_id or p.id in assessing]  # a party that assessed nothing adds no column
    title = f"{renderer.t('Register')} — {renderer.t('as assessed by each party')}"
    out: list[Flowable] = [renderer.heading(title, 1)]
    header = [renderer.p(f"<b>{renderer.t(x)}</b>", "cell") for x in ("Ref.", "Commitment")]
    header += [renderer.p(f"<b>{esc(p.name)}</b>", "cell") for p in parties]
    rows = []
    for c in commitments:
        found = found_by[c.id]
        differ = len({e.status for e in found.values()}) > 1
        cells = []
        for p in parties:
            e = found.get(p.id)
            if e is None:
                cells.append(renderer.p(f"<font color='#6b7280'>{renderer.t('not assessed')}</font>", "cell"))
                continue
            level = v.dialogue.scale.get(e.status)
            colour = TONE_COLOURS[level.tone].hexval()[2:] if level else "111827"
            words = esc(v.status_label(level) if level else e.status)
            cells.append(renderer.p(f"<font color='#{colour}'><b>{words}</b></font><br/>{fmt_short_date(e.effective_on, renderer.lang)}", "cell"))
        ref = esc(c.ref) + (f"<br/><font color='#{ALARM.hexval()[2:]}' size=6.5>{renderer.t('Assessments differ')}</font>" if differ else "")
        rows.append([renderer.p(ref, "cell"), renderer.p(esc(v.flagged(c.text)), "cell"), *cells])
    share = 34 * mm
    widths = [30 * mm, renderer.width - 30 * mm - share * len(parties), *([share] * len(parties))]
    return renderer.lead(out, [BlockTable(header, rows, widths_for(renderer.width, widths))])
