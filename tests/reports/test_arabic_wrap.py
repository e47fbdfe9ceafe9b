"""Long Arabic wraps like any text: between words, inside its frame or cell, the first words on the first line, each line right to left.

The attack that found it: a joint action of ~190 Arabic characters, a long
summary, a commitment in the tracker's register were each drawn as one
unbreakable line, running out of the cell and over the next column. Glyph
positions are read back with pdfminer; the text with pypdf (Arabic comes out
as presentation forms: NFKC gives the letters as written).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import unicodedata

import pytest
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextLine
from pypdf import PdfReader
from reportlab.lib.units import mm

from consult_app.domain.model import FollowUpAction, Visibility
from consult_app.ops import documents
from consult_app.reports.base import CELL_PADDING, Text, esc, register_fonts, styles, widths_for
from consult_app.store import Workspace

from ..conftest import copy_of_demo, private_home
from .test_documents import save_pages_png

ACTION = ("إعداد مذكرة مشتركة حول إعادة الإدماج " * 5).strip()
SUMMARY = ("تم الاتفاق على متابعة العمل المشترك في مجال التنمية المشتركة " * 6).strip()
COMMITMENT = ("يلتزم الطرفان بتعزيز التعاون في مجال الهجرة " * 4).strip()
CONCLUSIONS = "Les parties retiennent : " + ("توسيع برنامج العودة الطوعية إلى مناطق الهجرة " * 4).strip()
PAD = CELL_PADDING / 2  # each side of a table cell
FUZZ = 0.6  # points: a glyph's box against a frame's edge


@pytest.fixture(scope="module")
def printed(tmp_path_factory, demo_template, qapp):
    """ML-FR session 3's minutes and the ML-FR tracker, with long Arabic in an action, a summary, conclusions and a commitment."""
    with private_home(tmp_path_factory):
        ws = Workspace.open(copy_of_demo(demo_template, tmp_path_factory.mktemp("arabic") / "demo.consult"))
        try:
            d = ws.dialogue_by_code("ML-FR")
            session = next(s for s in ws.sessions(d.id) if s.number == 3)
            ws.add_action(FollowUpAction(d.id, ACTION, assignee="Cellule", due_on=dt.date(2027, 1, 1), session_id=session.id, visibility=Visibility.JOINT))
            item = next(i for i in ws.agenda(session.id) if i.kind.value == "discussion")
            ws.update_agenda_item(dataclasses.replace(item, summary={"fr": SUMMARY}, conclusions={"fr": CONCLUSIONS}))
            c = next(c for c in ws.commitments(d.id) if c.ref == "MLFR-2001-01")
            ws.update_commitment(dataclasses.replace(c, text={**c.text, "fr": COMMITMENT}))
            minutes = documents.minutes(ws, session.id)
            tracker = documents.tracker(ws, d.id, dt.date(2026, 11, 28))
            out = {"minutes": (minutes, minutes.render()), "tracker": (tracker, tracker.render())}
        finally:
            ws.close()
    for name, (_renderer, pdf) in out.items():
        save_pages_png(pdf, f"arabic-wrap-{name}")  # test-artifacts/arabic-wrap-minutes-p2.png: the summary, conclusions and action
    return out


def flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def arabic_lines(pdf: bytes) -> list[tuple[int, float, float, float]]:
    """Each line of Arabic glyphs as (page, baseline, left, right), top of the page first; a line ends where a gap of 20 points opens."""
    out = []
    for n, page in enumerate(extract_pages(io.BytesIO(pdf))):
        rows: dict[float, list[LTChar]] = {}
        for c in layout(page, LTChar):
            if "NotoNaskhArabic" in c.fontname:
                rows.setdefault(round(c.matrix[5], 1), []).append(c)
        for y, row in sorted(rows.items(), reverse=True):
            row.sort(key=lambda c: c.x0)
            start = row[0]
            for prev, c in zip(row, row[1:] + [None]):
                if c is None or c.x0 - prev.x1 > 20:
                    out.append((n + 1, y, start.x0, prev.x1))
                    start = c
    return out


def layout(obj, kind):
    """Everything of ``kind`` (pdfminer's LTChar, LTTextLine) in a page's layout, in drawing order."""
    if isinstance(obj, kind):
        yield obj
    elif hasattr(obj, "__iter__"):
        for child in obj:
            yield from layout(child, kind)


def line_at(pdf: bytes, page: int, text: str) -> float:
    """The baseline of the first line of ``page`` that reads ``text`` (pdfminer)."""
    for n, p in enumerate(extract_pages(io.BytesIO(pdf))):
        if n + 1 == page:
            for obj in layout(p, LTTextLine):
                if obj.get_text().strip() == text:
                    return obj.y0
    raise AssertionError(f"no line reads {text!r} on page {page}")


def page_of(pdf: bytes, text: str) -> int:
    for n, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):
        if text in flat(page.extract_text()):
            return n + 1
    raise AssertionError(f"{text[:30]!r}… is not in the document")


def test_a_long_arabic_action_wraps_inside_its_cell_right_aligned(printed):
    renderer, pdf = printed["minutes"]
    page = page_of(pdf, flat(ACTION))
    left = renderer.margin
    right = left + widths_for(renderer.width, [None, 45 * mm, 28 * mm])[0]  # the minutes' table of actions
    header = line_at(pdf, page, "Action")
    lines = [(x0, x1) for p, y, x0, x1 in arabic_lines(pdf) if p == page and y < header]
    assert len(lines) >= 3, lines  # ~190 characters in a cell of 85 mm
    for x0, x1 in lines:
        assert x0 >= left + PAD - FUZZ and x1 <= right - PAD + FUZZ, (x0, x1, left, right)
        assert x1 == pytest.approx(right - PAD, abs=1.5)  # Arabic only: flush right


def test_a_long_arabic_summary_wraps_inside_the_frame_right_aligned(printed):
    renderer, pdf = printed["minutes"]
    page = page_of(pdf, flat(SUMMARY))
    left, right = renderer.margin, renderer.margin + renderer.width
    top = line_at(pdf, page, "Conclusions")
    lines = [(x0, x1) for p, y, x0, x1 in arabic_lines(pdf) if p == page and y > top]
    assert len(lines) >= 4, lines
    for x0, x1 in lines:
        assert x0 >= left - FUZZ and x1 <= right + FUZZ
        assert x1 == pytest.approx(right, abs=1.5)
    assert lines[-1][0] > left + 50  # the short last line starts at the right, not the left


def test_arabic_after_latin_wraps_left_aligned_with_the_latin_first(printed):
    renderer, pdf = printed["minutes"]
    page = page_of(pdf, flat(CONCLUSIONS))
    start = line_at(pdf, page, "Conclusions")
    first = next(
        obj
        for n, p in enumerate(extract_pages(io.BytesIO(pdf)))
        if n + 1 == page
        for obj in layout(p, LTTextLine)
        if "Les parties retiennent" in obj.get_text()
    )
    assert first.y0 < start and first.x0 == pytest.approx(renderer.margin, abs=1)
    lines = [(x0, x1) for p, y, x0, x1 in arabic_lines(pdf) if p == page and first.y0 - 40 < y <= first.y1]
    assert len(lines) >= 2
    assert all(x1 <= renderer.margin + renderer.width + FUZZ for _x0, x1 in lines)


def test_the_register_cell_of_a_long_arabic_commitment_holds_it(printed):
    renderer, pdf = printed["tracker"]
    widths = widths_for(renderer.width, [28 * mm, None, 34 * mm, 24 * mm, 24 * mm, 46 * mm, 40 * mm])
    left = renderer.margin + widths[0]
    right = left + widths[1]
    rows = [  # the commitment's row in the register: its reference in the first column
        (n + 1, obj.y1)
        for n, p in enumerate(extract_pages(io.BytesIO(pdf)))
        for obj in layout(p, LTTextLine)
        if obj.get_text().strip() == "MLFR-2001-01" and obj.x0 == pytest.approx(renderer.margin + PAD, abs=1)
    ]
    assert len(rows) == 1, rows
    page, top = rows[0]
    lines = [(x0, x1) for p, y, x0, x1 in arabic_lines(pdf) if p == page and top - 60 < y < top and left - FUZZ <= x0 < right]
    assert len(lines) >= 3, lines
    for x0, x1 in lines:
        assert x0 >= left + PAD - FUZZ and x1 <= right - PAD + FUZZ, (x0, x1, left, right)
        assert x1 == pytest.approx(right - PAD, abs=1.5)


@pytest.mark.parametrize("name,text", [("minutes", ACTION), ("minutes", SUMMARY), ("minutes", CONCLUSIONS), ("tracker", COMMITMENT)])
def test_wrapped_arabic_extracts_as_written(printed, name, text):
    """Lines top to bottom, each read right to left, give the text as written: the first words are on the first line."""
    _renderer, pdf = printed[name]
    assert flat(text) in flat(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def test_each_line_carries_its_words_as_written(printed):
    """The /ActualText of each line (what a PDF reader copies) is that line's words in logical order; together they are the text."""
    _renderer, pdf = printed["minutes"]
    spans = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        data = page.get_contents().get_data().decode("latin-1")
        for hexed in re.findall(r"/ActualText <FEFF([0-9A-F]*)>", data):
            spans.append(bytes.fromhex(hexed).decode("utf-16-be"))
    action = [s for s in spans if s in ACTION]
    assert len(action) >= 3 and " ".join(action) == ACTION
    assert ACTION.startswith(action[0])


def test_no_wrapped_line_is_wider_than_the_paragraph():
    """Laid out by reportlab at 60 mm, every line of a long Arabic paragraph fits, and there is more than one."""
    register_fonts()
    para = Text(esc(ACTION), styles()["cell"])
    para.wrap(60 * mm, 1e6)
    lines = para.blPara.lines
    assert len(lines) >= 4
    assert all(line.extraSpace >= -0.01 for line in lines)


def test_arabic_split_over_pages_keeps_each_line_right_to_left():
    """A paragraph of Arabic longer than a page: the part on the next page is laid out again, and still reads as written."""
    from consult_app.reports.base import Renderer

    text = (SUMMARY + " ") * 60

    class Long(Renderer):
        def story(self):
            return [self.p(esc(text))]

    pdf = Long(marking="", running_title="Long", date_text="").render()
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 3
    words = flat(" ".join(p.extract_text() for p in reader.pages)).split()
    assert " ".join(w for w in words if any("\u0600" <= c <= "\u06ff" for c in w)) == flat(text)  # less the page furniture between pages
    assert all(x1 == pytest.approx(Long.pagesize[0] - Long.margin, abs=1.5) for _p, _y, _x0, x1 in arabic_lines(pdf))


def test_an_arabic_word_wider_than_its_cell_is_cut_as_written():
    """A word wider than the cell is cut into pieces that fit, the first piece of the word on the first line (not its end, as cutting it as drawn would)."""
    from consult_app.reports.rtl import visual_line

    word = "الاستراتيجياتالمشتركةللهجرةوالتنمية"
    register_fonts()
    para = Text(esc(word), styles()["cell"])
    para.wrap(18 * mm, 1e6)
    lines = para.blPara.lines
    assert len(lines) >= 2 and all(line.extraSpace >= -0.01 for line in lines)
    labels = [f.cbDefn.label for line in lines for f in visual_line(line).words if getattr(getattr(f, "cbDefn", None), "name", "") == "rtl_begin"]
    assert "".join(labels) == word and word.startswith(labels[0])
