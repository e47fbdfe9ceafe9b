"""What every printed document shares: fonts and scripts, styles, page furniture, tables that fit, numbering.

A renderer subclass builds a list of flowables (``story``); :meth:`Renderer.render`
lays it out on pages with the classification marking in the header and the
footer of every page — beside it, on an internal document, "INTERNAL — NOT FOR
THE OTHER DELEGATION" in the document's language — a short running header,
"Page X of Y", and a DRAFT watermark when asked. It returns the PDF as bytes;
the caller decides where to save them. The PDF says its language (``/Lang``),
has an outline entry per section and its title and subject in the document's
language, and embeds every font it uses.

Geometry: the text frame has no padding, so :attr:`Renderer.width` is the
frame's inner width and every table is built from it. Tables are
:class:`BlockTable`: rows kept whole (unless one is taller than a page), the
header repeated at the top of each page and nowhere else. :class:`Lead` keeps
a heading with the start of what follows. Text wraps with hyphenation
(pyphen's dictionaries), never cut.

Scripts: Latin, Greek and Cyrillic print in DejaVu Sans; Arabic is shaped and
ordered right to left (arabic-reshaper, python-bidi) in Noto Naskh Arabic,
broken into lines between words like any text, each line with its words as
written as its ``/ActualText`` so that copying gives the text as written
(``reports/rtl.py``; paragraphs are :class:`Text`); Chinese and Japanese print in Droid Sans Fallback, Korean Hangul in
Nanum Gothic. The fonts and
their licences are in ``resources/fonts/``.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import math
import re
from collections.abc import Callable
from functools import cache

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import XMP
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from ..domain import language
from ..domain.errors import Cancelled, ConsultError  # noqa: F401  (re-exported)
from ..domain.model import FollowUpAction, Tone, Visibility
from ..domain.rules import action_is_overdue
from ..paths import resource
from .labels import label
from .rtl import ARABIC, MARK, Text, arabic_markup, visual_arabic  # noqa: F401  (visual_arabic re-exported)

FONT = "DejaVuSans"
CJK = "DroidSansFallback"
HANGUL = "NanumGothic"


def _register(name: str, filename: str) -> None:
    path = resource("fonts", filename)
    if not path.exists():
        raise ConsultError(f"The font file {path} is missing: reinstall Consult.")
    pdfmetrics.registerFont(TTFont(name, str(path)))


def register_fonts() -> None:
    """Register the bundled fonts (DejaVu Sans, Noto Naskh Arabic, Droid Sans Fallback, Nanum Gothic) with their bold faces."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    faces = {
        FONT: "DejaVuSans.ttf",
        f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
        f"{FONT}-Oblique": "DejaVuSans-Oblique.ttf",
        f"{FONT}-BoldOblique": "DejaVuSans-BoldOblique.ttf",
        ARABIC: "NotoNaskhArabic-Regular.ttf",
        f"{ARABIC}-Bold": "NotoNaskhArabic-Bold.ttf",
        CJK: "DroidSansFallbackFull.ttf",
        HANGUL: "NanumGothic.ttf",
    }
    for name, filename in faces.items():
        _register(name, filename)
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=f"{FONT}-Bold", italic=f"{FONT}-Oblique", boldItalic=f"{FONT}-BoldOblique")
    pdfmetrics.registerFontFamily(ARABIC, normal=ARABIC, bold=f"{ARABIC}-Bold", italic=ARABIC, boldItalic=f"{ARABIC}-Bold")
    pdfmetrics.registerFontFamily(CJK, normal=CJK, bold=CJK, italic=CJK, boldItalic=CJK)
    pdfmetrics.registerFontFamily(HANGUL, normal=HANGUL, bold=HANGUL, italic=HANGUL, boldItalic=HANGUL)
    # Charts (reportlab.graphics) start every drawing in this font: make it ours,
    # or each chart adds a reference to Helvetica, which is never embedded.
    rl_config.defaultGraphicsFontName = FONT


TONE_COLOURS = {
    Tone.NEUTRAL: colors.HexColor("#6b7280"),
    Tone.GOOD: colors.HexColor("#15803d"),
    Tone.WARNING: colors.HexColor("#b45309"),
    Tone.BAD: colors.HexColor("#b91c1c"),
    Tone.DONE: colors.HexColor("#1d4ed8"),
    Tone.CLOSED: colors.HexColor("#374151"),
}
TONE_TINTS = {
    Tone.NEUTRAL: colors.HexColor("#f3f4f6"),
    Tone.GOOD: colors.HexColor("#dcfce7"),
    Tone.WARNING: colors.HexColor("#fef3c7"),
    Tone.BAD: colors.HexColor("#fee2e2"),
    Tone.DONE: colors.HexColor("#dbeafe"),
    Tone.CLOSED: colors.HexColor("#e5e7eb"),
}
INK = colors.HexColor("#111827")
MUTED = colors.HexColor("#4b5563")
RULE = colors.HexColor("#9ca3af")
HEAD_BG = colors.HexColor("#e8edf3")
ALARM = colors.HexColor("#b91c1c")

HYPHENATION = {"en": "en_GB", "fr": "fr", "es": "es"}
"""pyphen's dictionary for each language documents are printed in."""


def styles(base_size: float = 10, lang: str = "en") -> dict[str, ParagraphStyle]:
    """Paragraph styles scaled from one body size (the brief prints larger), hyphenating in ``lang``."""
    s = base_size
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=s,
        leading=s * 1.35,
        textColor=INK,
        spaceAfter=s * 0.4,
        hyphenationLang=HYPHENATION.get(lang, "en_GB"),
        embeddedHyphenation=1,
        uriWasteReduce=0.3,
        splitLongWords=1,
    )
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=s * 0.82, leading=s * 1.08, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=s * 0.85, leading=s * 1.1, spaceAfter=0),
        "cellbold": ParagraphStyle("cellbold", parent=body, fontName=f"{FONT}-Bold", fontSize=s * 0.85, leading=s * 1.1, spaceAfter=0),
        "muted": ParagraphStyle("muted", parent=body, textColor=MUTED, fontSize=s * 0.9),
        "title": ParagraphStyle(
            "title", parent=body, hyphenationLang="", fontName=f"{FONT}-Bold", fontSize=s * 1.7, leading=s * 2.1, alignment=TA_CENTER, spaceAfter=s * 0.6
        ),
        "subtitle": ParagraphStyle(
            "subtitle", parent=body, hyphenationLang="", fontSize=s * 1.1, leading=s * 1.5, alignment=TA_CENTER, textColor=MUTED, spaceAfter=s
        ),
        "h1": ParagraphStyle(
            "h1", parent=body, hyphenationLang="", fontName=f"{FONT}-Bold", fontSize=s * 1.3, leading=s * 1.7, spaceBefore=s * 1.2, spaceAfter=s * 0.5
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, hyphenationLang="", fontName=f"{FONT}-Bold", fontSize=s * 1.1, leading=s * 1.45, spaceBefore=s * 0.8, spaceAfter=s * 0.3
        ),
        "label": ParagraphStyle("label", parent=body, fontName=f"{FONT}-Bold", fontSize=s * 0.9, textColor=MUTED, spaceAfter=s * 0.15),
        "missing": ParagraphStyle("missing", parent=body, fontName=f"{FONT}-Oblique", textColor=ALARM),
    }


# ---------------------------------------------------------------------------
# Text: escaping, scripts
# ---------------------------------------------------------------------------

_ARABIC_CHARS = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff"
_CJK_CHARS = "\u2e80-\u2fdf\u3000-\u30ff\u3100-\u312f\u31a0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef"
_HANGUL_CHARS = "\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3"
_RUNS = re.compile(rf"([{_ARABIC_CHARS}](?:[{_ARABIC_CHARS}\s\d.,،؛-]*[{_ARABIC_CHARS}])?)|([{_CJK_CHARS}]+)|([{_HANGUL_CHARS}]+)")


def _xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def needs_scripts(text: str) -> bool:
    """True when ``text`` holds Arabic, CJK or Hangul, which need their own font (and Arabic its shaping)."""
    return bool(_RUNS.search(text or ""))


def esc(text: str) -> str:
    """Text as Paragraph markup: escaped, line breaks kept, Arabic shaped right to left and CJK in its font.

    An Arabic run is written as its words, each shaped and in visual order
    (:func:`rtl.arabic_markup`): a :class:`Text` paragraph breaks it into lines
    between words and draws each line right to left, the line's words as
    written in its ``/ActualText`` so that what is copied or extracted is the
    text as written.
    """
    out, at = [], 0
    text = text or ""
    for m in _RUNS.finditer(text):
        out.append(_xml(text[at : m.start()]))
        arabic, cjk, hangul = m.group(1), m.group(2), m.group(3)
        if arabic:
            out.append(arabic_markup(arabic, _xml))
        elif cjk:
            out.append(f'<font name="{CJK}">{_xml(cjk)}</font>')
        else:
            out.append(f'<font name="{HANGUL}">{_xml(hangul)}</font>')
        at = m.end()
    out.append(_xml(text[at:]))
    return "".join(out).replace("\n", "<br/>")


def _utf16(text: str) -> str:
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _rtl_begin(canvas, _kind, label_text) -> None:
    tx = canvas._curr_tx_info["tx"]
    tx._code.append(f"/Span <</ActualText {_utf16(label_text or '')}>> BDC")


def _rtl_end(canvas, _kind, _label) -> None:
    canvas._curr_tx_info["tx"]._code.append("EMC")


@cache
def _hyphenator(lang: str):
    import pyphen

    return pyphen.Pyphen(lang=HYPHENATION.get(lang, "en_GB"))


def one_line(text: str, width: float, size: float, font: str = FONT) -> str:
    """``text`` on one line no wider than ``width``: whole when it fits, else cut after a word, with "…"."""
    fits = lambda s: pdfmetrics.stringWidth(s, font, size) <= width  # noqa: E731
    if fits(text):
        return text
    words = text.split(" ")
    while len(words) > 1 and not fits(" ".join(words) + " …"):
        words.pop()
    cut = " ".join(words)
    while cut and not fits(cut + " …"):
        cut = cut[:-1]
    return cut + " …"


def wrap(text: str, width: float, size: float, lang: str = "en", font: str = FONT) -> str:
    """Plain text broken into lines that fit ``width`` (a cell minus its padding), hyphenated in ``lang``.

    Words too long for a line are hyphenated where the dictionary allows,
    and a string with no break at all (a reference, a code) is cut between
    characters: nothing runs out of its cell and nothing is dropped.
    """
    lines: list[str] = []
    fits = lambda s: pdfmetrics.stringWidth(s, font, size) <= width  # noqa: E731
    for part in (text or "").split("\n"):
        line = ""
        for word in part.split(" "):
            candidate = f"{line} {word}" if line else word
            if fits(candidate):
                line = candidate
                continue
            # hyphenate the word into what is left of the line, else start a new line with it
            head, tail = "", word
            for left, right in _hyphenator(lang).iterate(word):
                if fits(f"{line} {left}-" if line else f"{left}-"):
                    head, tail = f"{left}-", right
                    break
            if head:
                lines.append(f"{line} {head}" if line else head)
                line = ""
                word = tail
            elif line:
                lines.append(line)
                line = ""
            while not fits(word):  # no break point left: cut between characters
                cut = max(1, next((n for n in range(len(word), 0, -1) if fits(word[:n])), 1))
                lines.append(word[:cut])
                word = word[cut:]
            line = word
        lines.append(line)
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# Tables that fit the frame
# ---------------------------------------------------------------------------


def every_cell(size: float, *, left: float = 6, right: float = 6, top: float = 3, bottom: float = 3) -> list[tuple]:
    """Table style commands for every cell: the font at ``size``, text at the top, these paddings (reportlab's by default)."""
    cells = (0, 0), (-1, -1)
    return [
        ("FONT", *cells, FONT, size),
        ("VALIGN", *cells, "TOP"),
        ("LEFTPADDING", *cells, left),
        ("RIGHTPADDING", *cells, right),
        ("TOPPADDING", *cells, top),
        ("BOTTOMPADDING", *cells, bottom),
    ]


BASE_TABLE_STYLE = every_cell(8.5, left=4, right=4)
CELL_PADDING = 8  # left + right, for text wrapped by hand


def widths_for(total: float, fixed: list[float | None]) -> list[float]:
    """Column widths that add up to ``total`` exactly: the ``None`` columns share what the fixed ones leave.

    Fixed columns are scaled down together when they alone would not fit.
    """
    known = sum(w for w in fixed if w)
    free = [n for n, w in enumerate(fixed) if not w]
    if known > total * (0.85 if free else 1.0):
        scale = total * (0.85 if free else 1.0) / known
        fixed = [w * scale if w else None for w in fixed]
        known = sum(w for w in fixed if w)
    share = (total - known) / len(free) if free else 0
    out = [w if w else share for w in fixed]
    out[-1] += total - sum(out)  # rounding: the last column takes the remainder
    return out


class BlockTable(Flowable):
    """A table that splits between rows, never inside one unless it is taller than a page.

    The header row is drawn at the top of the table and again at the top of
    each page it continues on — never in the middle of a page. Rows are
    measured once, a hundred at a time, and the continuation after a page
    shares the rows and their heights (an offset, not a copy), so a register of
    thousands of rows lays out in linear time. ``row_styles(i)`` gives extra
    style commands for row ``i`` (commands name row 0, and are moved to
    wherever the row lands).
    """

    MEASURE = 100  # rows measured at a time: one reportlab Table each, so the cost per row stays flat

    def __init__(
        self, header: list | None, rows: list[list], widths: list[float], *, row_styles: Callable[[int], list] | None = None, extra: list | None = None
    ):
        super().__init__()
        self.header, self.widths = header, widths
        self.row_styles, self.extra = row_styles, extra or []
        self._rows, self._base = rows, 0  # all the rows, shared with the continuations; the first one of this part
        self._heights: list[float] | None = None
        self._ends: list[float] = []  # _ends[i]: the height of rows 0..i-1 (prefix sums)
        self._header_height = 0.0
        self.hAlign = "LEFT"

    def __len__(self) -> int:
        return len(self._rows) - self._base

    def _style(self, start: int, count: int, header: bool) -> TableStyle:
        style = list(BASE_TABLE_STYLE) + list(self.extra)
        offset = 1 if header else 0
        if header:
            style += [("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE), ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG)]
        if count:
            style.append(("LINEBELOW", (0, offset), (-1, -1), 0.25, RULE))
        if self.row_styles:
            for n in range(count):
                for cmd in self.row_styles(start + n):
                    name, (c0, _r0), (c1, _r1), *rest = cmd
                    style.append((name, (c0, n + offset), (c1, n + offset), *rest))
        return TableStyle(style)

    def _table(self, start: int, stop: int, header: bool, split_in_row: bool = False, measured: bool = True) -> Table:
        """Rows ``start``..``stop`` (indices into all the rows) as one reportlab Table."""
        rows = self._rows[start:stop]
        head = header and bool(self.header)
        data = ([self.header] if head else []) + rows
        heights = None
        if measured and self._heights is not None and not split_in_row:  # heights known: reportlab need not lay the cells out twice
            heights = ([self._header_height] if head else []) + self._heights[start:stop]
        table = Table(data, colWidths=self.widths, rowHeights=heights, repeatRows=1 if head else 0, splitInRow=1 if split_in_row else 0, hAlign="LEFT")
        table.setStyle(self._style(start, len(rows), head))
        return table

    def _measure(self, width: float) -> None:
        if self._heights is None:
            heights: list[float] = []
            for start in range(0, len(self._rows), self.MEASURE):
                block = self._table(start, min(start + self.MEASURE, len(self._rows)), False, measured=False)
                block.wrap(width, 1e9)
                heights += block._rowHeights
            self._header_height = self._table(0, 0, True, measured=False).wrap(width, 1e9)[1] if self.header else 0.0
            self._ends = [0.0]
            for h in heights:
                self._ends.append(self._ends[-1] + h)
            self._heights = heights

    def wrap(self, availWidth, availHeight):  # noqa: N802, N803 (reportlab's names)
        self._measure(availWidth)
        self.width = sum(self.widths)
        self.height = self._header_height + self._ends[-1] - self._ends[self._base]
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        self._measure(availWidth)
        room = availHeight - self._header_height
        first, last = self._base, len(self._rows)
        stop = first
        while stop < last and self._ends[stop + 1] - self._ends[first] <= room:
            stop += 1
        at_top = bool(getattr(getattr(self, "_frame", None), "_atTop", False))
        if stop == first:
            if not at_top:
                return []  # nothing fits here: start on the next page
            # one row taller than the page: the only case where a row splits (reportlab's own split in row)
            giant = self._table(first, first + 1, True, split_in_row=True)
            giant.wrap(availWidth, availHeight)
            return [*giant.split(availWidth, availHeight), *self._rest(first + 1)]
        return [self._table(first, stop, True), *self._rest(stop)]

    def _rest(self, start: int) -> list[Flowable]:
        if start >= len(self._rows):
            return []
        rest = copy.copy(self)
        for state in ("_postponed", "_frame", "canv"):  # the layout's marks on this part are not the continuation's
            rest.__dict__.pop(state, None)
        rest._base = start
        return [rest]

    def draw(self) -> None:
        table = self._table(self._base, len(self._rows), True)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


class Lead(Flowable):
    """Flowables (a heading, a label) kept on the same page as the start of what follows them.

    Where the following flowable must split, the lead goes with its first
    part; where not even a first part fits below the lead, both move to the
    next page. No heading is left alone at the foot of a page.
    """

    def __init__(self, lead: list[Flowable], body: Flowable):
        super().__init__()
        self.lead, self.body = lead, body

    def _lead_height(self, width: float) -> float:
        y, after = 0.0, None
        for f in self.lead:
            _w, h = f.wrap(width, 1e9)
            y += (max(after, f.getSpaceBefore()) if after is not None else 0) + h
            after = f.getSpaceAfter()
        return y + max(after or 0, self.body.getSpaceBefore())

    def wrap(self, availWidth, availHeight):  # noqa: N803
        lead_h = self._lead_height(availWidth)
        _w, h = self.body.wrap(availWidth, max(availHeight - lead_h, 0))
        self.width, self.height = availWidth, lead_h + h
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        lead_h = self._lead_height(availWidth)
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        self.body._frame = frame
        parts = self.body.split(availWidth, availHeight - lead_h) if availHeight > lead_h else []
        if parts and parts[0].wrap(availWidth, availHeight - lead_h)[1] <= availHeight - lead_h + 1e-6:
            return [*self.lead, *parts]
        if at_top:
            return [*self.lead, self.body]
        return []

    def draw(self) -> None:
        y, after = self.height, None
        for f in [*self.lead, self.body]:
            _w, h = f.wrap(self.width, 1e9)
            y -= (max(after, f.getSpaceBefore()) if after is not None else 0) + h
            f.drawOn(self.canv, 0, y)
            after = f.getSpaceAfter()

    def getSpaceBefore(self):  # noqa: N802
        return self.lead[0].getSpaceBefore() if self.lead else 0

    def getSpaceAfter(self):  # noqa: N802
        return self.body.getSpaceAfter()


class Tail(Flowable):
    """Short flowables (a closing note) kept on the same page as the end of what precedes them."""

    def __init__(self, body: Flowable, tail: list[Flowable]):
        super().__init__()
        self.body, self.tail = body, tail

    def _tail_height(self, width: float) -> float:
        return sum(f.wrap(width, 1e9)[1] + f.getSpaceBefore() for f in self.tail)

    def wrap(self, availWidth, availHeight):  # noqa: N803
        _w, h = self.body.wrap(availWidth, availHeight)
        self.width, self.height = availWidth, h + self._tail_height(availWidth)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        frame = getattr(self, "_frame", None)
        self.body._frame = frame
        parts = self.body.split(availWidth, availHeight - self._tail_height(availWidth))
        if len(parts) > 1:
            return [*parts[:-1], Tail(parts[-1], self.tail)]
        if getattr(frame, "_atTop", False):
            return [self.body, *self.tail]
        return []

    def draw(self) -> None:
        y = self.height
        for f in [self.body, *self.tail]:
            y -= f.getSpaceBefore() if f is not self.body else 0
            _w, h = f.wrap(self.width, 1e9)
            y -= h
            f.drawOn(self.canv, 0, y)

    def getSpaceBefore(self):  # noqa: N802
        return self.body.getSpaceBefore()


class Heading(Text):
    """A section heading: where it is printed, it makes an outline entry (a bookmark) at its level.

    It makes it when drawn, not when the document template hands it over, so a
    heading kept with what follows it (:class:`Lead`, :class:`Tail`) has its
    entry too. Split over two pages, its first part makes the entry.
    """

    def __init__(self, text: str, style: ParagraphStyle, level: int = 0, title: str = "", **kwargs):
        super().__init__(text, style, **kwargs)
        self.outline_level, self.outline_title = level, title

    def split(self, availWidth, availHeight):  # noqa: N803
        parts = super().split(availWidth, availHeight)  # made as Heading(None, style, frags=…): no entry of their own
        if len(parts) > 1:
            parts[0].outline_level, parts[0].outline_title = self.outline_level, self.outline_title
        return parts

    def draw(self) -> None:
        super().draw()
        if self.outline_title:
            self.canv.outline_entry(self.outline_title, self.outline_level)


# ---------------------------------------------------------------------------
# Pages
# ---------------------------------------------------------------------------


class _NumberedCanvas(pdfcanvas.Canvas):
    """Defers page output so each page can say "Page X of Y"."""

    def __init__(self, *args, renderer: Renderer, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._renderer = renderer
        self._outline_entries = 0
        self.setNamedCB("rtl_begin", _rtl_begin)
        self.setNamedCB("rtl_end", _rtl_end)
        self.setNamedCB(MARK, lambda *_: None)  # the marker before an Arabic run, should a plain Paragraph draw one

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def outline_entry(self, title: str, level: int) -> None:
        """An outline entry at ``level`` going to the page being laid out."""
        self._outline_entries += 1
        key = f"s{self._outline_entries}"
        self.bookmarkPage(key)
        self.addOutlineEntry(title, key, level=level, closed=False)

    def bookmarkPage(self, key: str, *args, **kwargs) -> None:  # noqa: N802 (reportlab's name)
        """A destination (an outline entry's, a link's) on the page being laid out.

        reportlab points it at the document's page counter, which counts the
        pages written; here none is written before :meth:`save`, so it would
        say page 1 for every page. The page being laid out is written as the
        one after the pages held so far: point there.
        """
        doc = self._doc
        written = doc.pageCounter
        doc.pageCounter = written + len(self._pages)
        try:
            super().bookmarkPage(key, *args, **kwargs)
        finally:
            doc.pageCounter = written

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._renderer.draw_page_number(self, total)
            super().showPage()
        super().save()


def watermark_size(text: str, pagesize: tuple[float, float], font: str, limit: float = 110) -> float:
    """The largest font size (at most ``limit``) at which ``text``, drawn on the page's diagonal, stays inside the page with a margin."""
    w, h = pagesize
    angle = math.atan2(h, w)
    unit = pdfmetrics.stringWidth(text, font, 1)
    ascent = 0.75  # of the size, for a capital's height
    # the rotated box (length L, height a) must fit: L cos + a sin <= 0.85 w and L sin + a cos <= 0.85 h
    size = min(0.85 * w / (unit * math.cos(angle) + ascent * math.sin(angle)), 0.85 * h / (unit * math.sin(angle) + ascent * math.cos(angle)))
    return min(limit, size)


class Renderer:
    """Base of every document: subclasses set a title and build the story."""

    pagesize = A4
    margin = 18 * mm
    base_size = 10.0
    title = ""
    kind = ""  # the document's kind, for the PDF's subject: "Joint minutes", "Progress tracker"…

    def __init__(
        self, *, marking: str, running_title: str, date_text: str, draft: bool = False, lang: str = "en", internal: bool = False, document_title: str = ""
    ):
        register_fonts()
        self.marking = (marking or "").upper()
        self.internal = internal  # every page then says it is not for the other delegation
        self.running_title = running_title
        self.date_text = date_text
        self.draft = draft
        self.lang = lang
        self.document_title = document_title or running_title
        self.footnote = ""  # printed at the foot of every page, left (the agreed version and its hash)
        self.st = styles(self.base_size, lang)
        self.width = self.pagesize[0] - 2 * self.margin  # the frame's inner width: the frame has no padding

    # -- to be provided by subclasses
    def story(self) -> list[Flowable]:
        raise NotImplementedError

    # -- page furniture
    def _on_page(self, canvas, doc) -> None:
        w, h = self.pagesize
        canvas.saveState()
        if self.draft:
            word = self.t("DRAFT")
            size = watermark_size(word, self.pagesize, f"{FONT}-Bold")
            canvas.setFont(f"{FONT}-Bold", size)
            canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.12))
            canvas.translate(w / 2, h / 2)
            canvas.rotate(math.degrees(math.atan2(h, w)))
            canvas.drawCentredString(0, -size * 0.35, word)
            canvas.rotate(-math.degrees(math.atan2(h, w)))
            canvas.translate(-w / 2, -h / 2)
        canvas.setFillColor(ALARM)
        canvas.setFont(f"{FONT}-Bold", 9)
        banner = self.banner()
        if banner:
            canvas.drawCentredString(w / 2, h - 9 * mm, banner)
            canvas.drawCentredString(w / 2, 8 * mm, banner)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 7.5)
        room = w - 2 * self.margin - pdfmetrics.stringWidth(self.date_text, FONT, 7.5) - 4 * mm
        canvas.drawString(self.margin, h - 13.5 * mm, one_line(self.running_title, room, 7.5))
        canvas.drawRightString(w - self.margin, h - 13.5 * mm, self.date_text)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(self.margin, h - 15 * mm, w - self.margin, h - 15 * mm)
        canvas.line(self.margin, 14.5 * mm, w - self.margin, 14.5 * mm)
        canvas.restoreState()

    def banner(self) -> str:
        """What the top and the bottom of every page say: the marking, and on an internal document the warning beside it."""
        parts = [self.marking] if self.marking else []
        if self.internal:
            parts.append(self.t("INTERNAL — NOT FOR THE OTHER DELEGATION"))
        return " · ".join(parts)

    def draw_page_number(self, canvas, total: int) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(self.pagesize[0] - self.margin, 11.5 * mm, self.page_label(canvas.getPageNumber(), total))
        if self.footnote:  # on the page number's line: the marking is centred below it, and a hash runs under it
            canvas.setFont(FONT, 6.5)
            canvas.drawString(self.margin, 11.5 * mm, self.footnote)
        canvas.restoreState()

    def page_label(self, page: int, total: int) -> str:
        return self.t("Page {page} of {total}", page=page, total=total)

    def t(self, text: str, **values) -> str:
        """A fixed label in the document's language."""
        return label(self.lang, text, **values)

    def subject(self) -> str:
        """The PDF's subject: the kind of document and its marking, in the document's language."""
        return " — ".join(x for x in (self.t(self.kind) if self.kind else "", self.banner()) if x)

    def xmp(self) -> str:
        """XMP metadata: title, subject and language in the document's language (``pdfinfo -meta`` shows them)."""
        tag = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES"}.get(self.lang, self.lang)
        alt = lambda text: f'<rdf:Alt><rdf:li xml:lang="x-default">{_xml(text)}</rdf:li></rdf:Alt>'  # noqa: E731
        return (
            '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">'
            f"<dc:title>{alt(self.document_title)}</dc:title><dc:description>{alt(self.subject())}</dc:description>"
            f"<dc:creator><rdf:Seq><rdf:li>{_xml(self.t('Consult — the secretariat'))}</rdf:li></rdf:Seq></dc:creator>"
            f"<dc:language><rdf:Bag><rdf:li>{tag}</rdf:li></rdf:Bag></dc:language><pdf:Producer>ReportLab (Consult)</pdf:Producer>"
            '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
        )

    def render(self, *, progress: Callable[[float], None] | None = None, cancelled: Callable[[], bool] | None = None) -> bytes:
        """Lay out the story and return the PDF bytes.

        Args:
            progress: called with a fraction (0..1) as pages are laid out.
            cancelled: polled between pages; when it returns True, :class:`Cancelled` is raised.
        """
        story = self.story()
        buffer = io.BytesIO()
        doc = BaseDocTemplate(
            buffer,
            pagesize=self.pagesize,
            leftMargin=self.margin,
            rightMargin=self.margin,
            topMargin=self.margin + 2 * mm,
            bottomMargin=self.margin,
            title=self.document_title,
            author=self.t("Consult — the secretariat"),
            subject=self.subject(),
            creator="Consult",
            lang={"en": "en-GB", "fr": "fr-FR", "es": "es-ES"}.get(self.lang, self.lang),
            initialFontName=FONT,  # otherwise every page refers to Helvetica, which is never embedded
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._on_page)])
        total = max(len(story), 1)
        done = [0]

        def after_flowable(flowable) -> None:
            done[0] += 1
            if cancelled and cancelled():
                raise Cancelled()
            if progress and done[0] % 20 == 0:
                progress(min(done[0] / total, 0.99))

        doc.afterFlowable = after_flowable

        def canvasmaker(*a, **k):
            canvas = _NumberedCanvas(*a, renderer=self, **k)
            canvas.showOutline()
            canvas._doc.Catalog.Metadata = XMP(creator=lambda _doc: self.xmp().encode("utf-8"))
            return canvas

        doc.build(story, canvasmaker=canvasmaker)
        if progress:
            progress(1.0)
        return buffer.getvalue()

    # -- helpers for subclasses
    def heading(self, text: str, level: int = 0, style: str | None = None, markup: str | None = None) -> Heading:
        """A section heading (h1 at level 0, h2 at level 1) with its outline entry ``text``; ``markup`` when it is printed otherwise."""
        return Heading(markup or esc(text), self.st[style or ("h1" if level == 0 else "h2")], level, text)

    def lead(self, lead: Flowable | list[Flowable], body: list[Flowable]) -> list[Flowable]:
        """``lead`` kept with the start of ``body`` (the first flowable of it)."""
        lead = lead if isinstance(lead, list) else [lead]
        if not body:
            return lead
        return [Lead(lead, body[0]), *body[1:]]

    def table(self, header: list[str] | None, rows: list[list], widths: list[float | None], **kw) -> BlockTable:
        """A :class:`BlockTable` over the frame's width; header labels are translated and bold."""
        head = [self.p(f"<b>{esc(self.t(x))}</b>", "cell") for x in header] if header else None
        return BlockTable(head, rows, widths_for(self.width, widths), **kw)

    def actions_table(self, actions: list[FollowUpAction], as_of: dt.date) -> list[Flowable]:
        """Follow-up actions as a table: what (internal ones say so), who, when (overdue in red), state."""
        rows = []
        for a in actions:
            due = esc(language.date_short(a.due_on, self.lang))
            if action_is_overdue(a, as_of):
                due += f"<br/><font color='#b91c1c'><b>{esc(self.t('OVERDUE'))}</b></font>"
            description = (self.t("INTERNAL") + " — " if a.visibility == Visibility.INTERNAL else "") + a.description
            state = self.t(a.state.value.replace("_", " "))
            rows.append([self.p(esc(description), "cell"), self.p(esc(a.assignee), "cell"), self.p(due, "cell"), self.p(esc(state), "cell")])
        return [self.table(["Action", "Assigned to", "Due", "State"], rows, [None, 40 * mm, 30 * mm, 25 * mm])]

    def p(self, text: str, style: str = "body") -> Text:
        """A paragraph of markup (from :func:`esc`) in one of :attr:`st`'s styles: Arabic in it wraps right to left."""
        return Text(text, self.st[style])

    def keep(self, *flowables: Flowable) -> KeepTogether:
        return KeepTogether(list(flowables))
