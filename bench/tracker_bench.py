"""Benchmark: progress trackers of 200, 2,000 and 20,000 commitments.

    .venv/bin/python bench/tracker_bench.py [--sizes 200,2000,20000]

Prints time and pages for each size, the time per commitment, and a floor
measured in the same run: raw reportlab laying out one plain table row per
commitment (same font, no status logic). Time must grow linearly: the time
per commitment at the largest size should stay within 1.3x of the middle one.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import platform
import random
import time

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table

from consult_app.domain.model import Bundle, Commitment, Dialogue, FollowUpAction, Indicator, Measurement, Party, Session, StatusEvent, Theme
from consult_app.reports.base import FONT, register_fonts
from consult_app.reports.tracker import TrackerRenderer

WORDS = "cooperation migration visa return fund diaspora border smuggling training quota register committee report".split()


def bundle(n: int, seed: int = 1) -> Bundle:
    rnd = random.Random(seed)
    d = Dialogue(
        code="BENCH",
        name={"en": "Benchmark dialogue"},
        parties=[Party("AA", "Aland", is_home=True), Party("BB", "Borland")],
        languages=["en"],
        themes=[Theme(f"T{i}", {"en": f"Theme {i}"}) for i in range(5)],
    )
    sessions = [Session(d.id, k, dt.date(2000 + k, 6, 1), dt.date(2000 + k, 6, 2), venue="Geneva") for k in range(1, 11)]
    b = Bundle(dialogues=[d], sessions=sessions)
    codes = d.scale.codes()
    for i in range(n):
        c = Commitment(
            d.id,
            f"B-{i:06d}",
            {"en": " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(8, 30)))},
            d.parties[i % 2].id,
            sessions[i % 10].id,
            lead_institution="Ministry of the Interior",
            theme_id=d.themes[i % 5].id,
            due_on=dt.date(2005 + i % 15, 1 + i % 12, 1),
        )
        b.commitments.append(c)
        for k in range(3):
            b.events.append(StatusEvent(c.id, dt.date(2001 + k * 3, 1 + i % 12, 1), rnd.choice(codes), note="Progress reported by the liaison officer."))
        if i % 10 == 0:
            ind = Indicator(c.id, {"en": "Visas issued"}, "count", 7000, dt.date(1997, 1, 1), 30000)
            b.indicators.append(ind)
            b.measurements.append(Measurement(ind.id, dt.date(2001, 12, 31), 25000))
        if i % 5 == 0:
            b.actions.append(FollowUpAction(d.id, "Send the figures to the counterpart", "Secretariat", dt.date(2010, 1, 1)))
    return b


def floor(b: Bundle) -> float:
    """Raw reportlab: one table row per commitment, in blocks of 50."""
    register_fonts()
    start = time.perf_counter()
    rows = [[c.ref, c.text["en"][:60], "on track"] for c in b.commitments]
    story = [Table(rows[i : i + 50], style=[("FONT", (0, 0), (-1, -1), FONT, 8)]) for i in range(0, len(rows), 50)]
    SimpleDocTemplate(io.BytesIO(), pagesize=landscape(A4)).build(story)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="200,2000,20000")
    sizes = [int(x) for x in parser.parse_args().sizes.split(",")]
    print(f"Machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print("| commitments | tracker (s) | pages | ms per commitment | raw reportlab floor (s) | ratio to floor |")
    print("|---:|---:|---:|---:|---:|---:|")
    per = {}
    for n in sizes:
        b = bundle(n)
        start = time.perf_counter()
        pdf = TrackerRenderer(b, as_of=dt.date(2012, 1, 1)).render()
        took = time.perf_counter() - start
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        base = floor(b)
        per[n] = took / n
        print(f"| {n:,} | {took:.2f} | {pages:,} | {per[n] * 1000:.2f} | {base:.2f} | {took / base:.1f}× |")
    if len(sizes) >= 2:
        a, z = sizes[-2], sizes[-1]
        print(f"\nTime per commitment at {z:,} is {per[z] / per[a]:.2f}× that at {a:,} (target ≤ 1.3×).")


if __name__ == "__main__":
    main()
