"""What every printed document shares: fonts, styles, page furniture, numbering.

A renderer subclass builds a list of flowables (``story``); :meth:`Renderer.render`
lays it out on A4 pages with the classification marking in the header and the
footer of every page — beside it, on an internal document, "INTERNAL — NOT FOR
THE OTHER DELEGATION" in the document's language — a running header with the
document's title and date, "Page X of Y", and a DRAFT watermark when asked. It returns the PDF as bytes;
the caller decides where to save them.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from ..domain.errors import ConsultError
from ..domain.model import FollowUpAction, Tone, Visibility
from ..domain.rules import action_is_overdue
from ..domain.text import shorten  # noqa: F401  (the documents' one way to shorten a text)
from .context import fmt_short_date
from ..paths import resource
from .labels import label

FONT = "DejaVuSans"


class Cancelled(ConsultError):
    """The person asked to stop; nothing was written."""

    def __init__(self) -> None:
        super().__init__("Cancelled: the document was not produced.")


def register_fonts() -> None:
    """Register the bundled DejaVu Sans family so bold and italic work with Unicode text."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    faces = {FONT: "DejaVuSans.ttf", f"{FONT}-Bold": "DejaVuSans-Bold.ttf",
             f"{FONT}-Oblique": "DejaVuSans-Oblique.ttf", f"{FONT}-BoldOblique": "DejaVuSans-BoldOblique.ttf"}
    for name, filename in faces.items():
        path = resource("fonts", filename)
        if not path.exists():
            raise ConsultError(f"The font file {path} is missing: reinstall Consult.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=f"{FONT}-Bold", italic=f"{FONT}-Oblique", boldItalic=f"{FONT}-BoldOblique")
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


def styles(base_size: float = 10) -> dict[str, ParagraphStyle]:
    """Paragraph styles scaled from one body size (the brief prints larger)."""
    s = base_size
    body = ParagraphStyle("body", fontName=FONT, fontSize=s, leading=s * 1.35, textColor=INK, spaceAfter=s * 0.4)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=s * 0.82, leading=s * 1.08, spaceAfter=0),
        "cell": ParagraphStyle("cell", parent=body, fontSize=s * 0.85, leading=s * 1.1, spaceAfter=0),
        "cellbold": ParagraphStyle("cellbold", parent=body, fontName=f"{FONT}-Bold", fontSize=s * 0.85, leading=s * 1.1, spaceAfter=0),
        "muted": ParagraphStyle("muted", parent=body, textColor=MUTED, fontSize=s * 0.9),
        "title": ParagraphStyle("title", parent=body, fontName=f"{FONT}-Bold", fontSize=s * 1.7, leading=s * 2.1, alignment=TA_CENTER, spaceAfter=s * 0.6),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=s * 1.1, leading=s * 1.5, alignment=TA_CENTER, textColor=MUTED, spaceAfter=s),
        "h1": ParagraphStyle("h1", parent=body, fontName=f"{FONT}-Bold", fontSize=s * 1.3, leading=s * 1.7, spaceBefore=s * 1.2, spaceAfter=s * 0.5, keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=body, fontName=f"{FONT}-Bold", fontSize=s * 1.1, leading=s * 1.45, spaceBefore=s * 0.8, spaceAfter=s * 0.3, keepWithNext=1),
        "label": ParagraphStyle("label", parent=body, fontName=f"{FONT}-Bold", fontSize=s * 0.9, textColor=MUTED, spaceAfter=s * 0.15, keepWithNext=1),
        "missing": ParagraphStyle("missing", parent=body, fontName=f"{FONT}-Oblique", textColor=ALARM),
    }


def esc(text: str) -> str:
    """Escape text for a reportlab Paragraph, keeping line breaks."""
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def grid_table(rows: list[list], widths: list[float], *, header_rows: int = 1, extra: list | None = None) -> Table:
    """A table with a shaded header row that repeats on every page and rows that may split."""
    table = Table(rows, colWidths=widths, repeatRows=header_rows, splitInRow=1, hAlign="LEFT")
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, header_rows - 1), 0.8, RULE),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_BG),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ] if header_rows else [
        ("FONT", (0, 0), (-1, -1), FONT, 8.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ]
    table.setStyle(TableStyle(style + (extra or [])))
    return table


def chunked_tables(header: list, rows: list[list], widths: list[float], *, chunk: int = 60, extra_for=None) -> list[Flowable]:
    """Several tables of at most ``chunk`` rows, each with the header.

    One huge reportlab Table costs more than linear time to split across pages;
    blocks of rows keep the cost per row flat however long the register is.
    ``extra_for(start, stop)`` gives per-block style commands (row indices within the block).
    """
    out: list[Flowable] = []
    for start in range(0, max(len(rows), 1), chunk):
        block = rows[start : start + chunk]
        extra = extra_for(start, start + len(block)) if extra_for else None
        out.append(grid_table([header, *block], widths, extra=extra))
    return out


class _NumberedCanvas(pdfcanvas.Canvas):
    """Defers page output so each page can say "Page X of Y"."""

    def __init__(self, *args, renderer: Renderer, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._renderer = renderer

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._renderer.draw_page_number(self, total)
            super().showPage()
        super().save()


class Renderer:
    """Base of every document: subclasses set a title and build the story."""

    pagesize = A4
    margin = 18 * mm
    base_size = 10.0
    title = ""

    def __init__(self, *, marking: str, running_title: str, date_text: str, draft: bool = False, lang: str = "en", internal: bool = False):
        register_fonts()
        self.marking = (marking or "").upper()
        self.internal = internal  # every page then says it is not for the other delegation
        self.running_title = running_title
        self.date_text = date_text
        self.draft = draft
        self.lang = lang
        self.st = styles(self.base_size)
        self.width = self.pagesize[0] - 2 * self.margin

    # -- to be provided by subclasses
    def story(self) -> list[Flowable]:
        raise NotImplementedError

    # -- page furniture
    def _on_page(self, canvas, doc) -> None:
        w, h = self.pagesize
        canvas.saveState()
        if self.draft:
            canvas.setFont(f"{FONT}-Bold", 110)
            canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.12))
            canvas.translate(w / 2, h / 2)
            canvas.rotate(45)
            canvas.drawCentredString(0, -40, self.t("DRAFT"))
            canvas.rotate(-45)
            canvas.translate(-w / 2, -h / 2)
        canvas.setFillColor(ALARM)
        canvas.setFont(f"{FONT}-Bold", 9)
        banner = self.banner()
        if banner:
            canvas.drawCentredString(w / 2, h - 9 * mm, banner)
            canvas.drawCentredString(w / 2, 8 * mm, banner)
        canvas.setFillColor(MUTED)
        canvas.setFont(FONT, 7.5)
        canvas.drawString(self.margin, h - 13.5 * mm, shorten(self.running_title, 95))
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
        canvas.drawRightString(self.pagesize[0] - self.margin, 11 * mm, self.page_label(canvas.getPageNumber(), total))
        canvas.restoreState()

    def page_label(self, page: int, total: int) -> str:
        return self.t("Page {page} of {total}", page=page, total=total)

    def t(self, text: str, **values) -> str:
        """A fixed label in the document's language."""
        return label(self.lang, text, **values)

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
            title=self.running_title,
            author="Consult",
            subject=self.banner(),
            initialFontName=FONT,  # otherwise every page refers to Helvetica, which is never embedded
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._on_page)])
        total = max(len(story), 1)
        done = [0]

        def after_flowable(_flowable) -> None:
            done[0] += 1
            if cancelled and cancelled():
                raise Cancelled()
            if progress and done[0] % 20 == 0:
                progress(min(done[0] / total, 0.99))

        doc.afterFlowable = after_flowable
        doc.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, renderer=self, **k))
        if progress:
            progress(1.0)
        return buffer.getvalue()

    # -- helpers for subclasses
    def actions_table(self, actions: list[FollowUpAction], as_of: dt.date) -> list[Flowable]:
        """Follow-up actions as a table: what (internal ones say so), who, when (overdue in red), state."""
        header = [self.p(f"<b>{self.t(x)}</b>", "cell") for x in ("Action", "Assigned to", "Due", "State")]
        rows = []
        for a in actions:
            due = fmt_short_date(a.due_on, self.lang)
            if action_is_overdue(a, as_of):
                due += f"<br/><font color='#b91c1c'><b>{self.t('OVERDUE')}</b></font>"
            description = (self.t("INTERNAL") + " — " if a.visibility == Visibility.INTERNAL else "") + a.description
            state = self.t(a.state.value.replace("_", " "))
            rows.append([self.p(esc(description), "cell"), self.p(esc(a.assignee), "cell"), self.p(due, "cell"), self.p(state, "cell")])
        return chunked_tables(header, rows, [self.width - 95 * mm, 40 * mm, 30 * mm, 25 * mm])

    def p(self, text: str, style: str = "body") -> Paragraph:
        return Paragraph(text, self.st[style])

    def keep(self, *flowables: Flowable) -> KeepTogether:
        return KeepTogether(list(flowables))


