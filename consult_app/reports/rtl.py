"""Arabic in paragraphs: broken into lines between words like any text, each line drawn right to left.

reportlab (without its optional ``rlbidi`` package, which is not published
where Consult installs from) draws every line left to right in the order of
its words. So :func:`arabic_markup` writes an Arabic run as its words in
logical order, each word shaped and turned round on its own (arabic-reshaper,
python-bidi: joining never crosses a space), separated by ordinary spaces:
reportlab then breaks the lines where it would break any text, measuring each
word as it is drawn, and the first words land on the first line. When a
:class:`Text` paragraph draws a line, each stretch of Arabic words on it is
turned round (the first word at the right) and wrapped in a
``/Span << /ActualText (its words as written) >>`` marked content, so that
copying gives the text as written. A paragraph of Arabic only is set flush
right. A run in a Latin line keeps its place in the line, as before.
"""

from __future__ import annotations

import copy
from functools import cache

from reportlab.lib.abag import ABag
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

ARABIC = "NotoNaskhArabic"
FACES = frozenset({ARABIC, f"{ARABIC}-Bold"})
MARK = "rtl"
"""A zero-width marker written before each run: it keeps a paragraph holding Arabic on reportlab's
fragment-by-fragment layout (the only one :meth:`Text.drawPara` turns lines of), and is dropped when drawn."""

_LOGICAL: dict[str, str] = {}
"""Each word as drawn (shaped, in visual order) → the word as written, for the ActualText of a line."""


@cache
def visual_arabic(text: str) -> str:
    """Arabic in logical order → shaped (presentation forms) and in visual order, for drawing left to right."""
    import arabic_reshaper
    from bidi import get_display

    reshaper = arabic_reshaper.ArabicReshaper({"delete_harakat": False, "support_ligatures": True, "RIAL SIGN": False})
    return get_display(reshaper.reshape(text), base_dir="R")


def arabic_markup(run: str, xml) -> str:
    """Paragraph markup for an Arabic run (``xml`` escapes): its words in logical order, each drawn as shaped, in the Arabic font.

    Naskh is set larger to match DejaVu's x-height. Line breaks in the run are kept (as ``\\n``).
    """
    lines = [" ".join(xml(_drawn(word)) for word in line.split()) for line in run.split("\n")]
    return f'<onDraw name="{MARK}" label=""/><font name="{ARABIC}" size="+1.5">' + "\n".join(lines) + "</font>"


def _drawn(word: str) -> str:
    drawn = visual_arabic(word)
    _LOGICAL[drawn] = word
    return drawn


def _fitted(frag, room: float):
    """``frag`` with each Arabic word wider than ``room`` cut, as written, into pieces that fit, each shaped on its own.

    reportlab would cut the word as drawn, so its pieces would land on the lines last piece first.
    """
    width = lambda s: stringWidth(s, frag.fontName, frag.fontSize)  # noqa: E731
    words = frag.text.split(" ")
    if all(width(w) <= room for w in words):
        return frag
    out = []
    for word in words:
        logical = _LOGICAL.get(word)
        if logical is None or width(word) <= room:
            out.append(word)
            continue
        piece = ""
        for ch in logical:
            if piece and width(visual_arabic(piece + ch)) > room:
                out.append(_drawn(piece))
                piece = ""
            piece += ch
        out.append(_drawn(piece))
    return frag.clone(text=" ".join(out))


def _arabic(frag) -> bool:
    return not hasattr(frag, "cbDefn") and getattr(frag, "fontName", None) in FACES


def _marker(frag) -> bool:
    return getattr(getattr(frag, "cbDefn", None), "name", None) == MARK


def _turned(frags: list) -> list:
    """A stretch of Arabic fragments of one line, turned round and wrapped in its ActualText."""
    text = "".join(f.text for f in frags)
    lead, trail = len(text) - len(text.lstrip(" ")), len(text) - len(text.rstrip(" "))
    words = [(f, w) for f in frags for w in f.text.split(" ") if w]
    if not words:
        return frags
    logical = " ".join(_LOGICAL.get(w, w) for _f, w in words)
    groups: list[tuple] = []  # (fragment, its words), right to left
    for f, w in reversed(words):
        if groups and groups[-1][0] is f:
            groups[-1][1].append(w)
        else:
            groups.append((f, [w]))
    out = [f.clone(text=" ".join(ws) + " ") for f, ws in groups]
    out[0].text = " " * lead + out[0].text
    out[-1].text = out[-1].text[:-1] + " " * trail
    begin = frags[0].clone(text="", cbDefn=ABag(kind="onDraw", name="rtl_begin", label=logical))
    end = frags[0].clone(text="", cbDefn=ABag(kind="onDraw", name="rtl_end", label=""))
    return [begin, *out, end]


def visual_line(line):
    """A laid-out line (reportlab's fragment kind) with each stretch of Arabic words in visual order."""
    words = [f for f in line.words if not _marker(f)]
    if not words:
        return line
    out, i = [], 0
    while i < len(words):
        if not _arabic(words[i]):
            out.append(words[i])
            i += 1
            continue
        j = i
        while j < len(words) and _arabic(words[j]):
            j += 1
        out.extend(_turned(words[i:j]))
        i = j
    return line.clone(words=out)


class Text(Paragraph):
    """A Paragraph whose Arabic runs (:func:`arabic_markup`) wrap between words and read right to left on each line."""

    def __init__(self, text, style=None, *args, **kwargs):
        super().__init__(text, style, *args, **kwargs)
        # the parts of a paragraph split over two pages hold their fragments as words ([width, (fragment, text), …]), laid out already
        frags = [f[1][0] if isinstance(f, list) else f for f in self.frags]
        self._rtl = any(_arabic(f) for f in frags)
        if self._rtl and self.style.alignment == TA_LEFT and all(_arabic(f) for f in frags if not hasattr(f, "cbDefn") and f.text.strip()):
            self.style = copy.copy(self.style)
            self.style.alignment = TA_RIGHT

    def breakLines(self, width):  # noqa: N802 (reportlab's name)
        if self._rtl:
            room = min(width) if isinstance(width, (list, tuple)) else width
            self.frags = [_fitted(f, room) if not isinstance(f, list) and _arabic(f) else f for f in self.frags]
        return super().breakLines(width)

    def drawPara(self, debug=0):  # noqa: N802 (reportlab's name)
        blpara = self.blPara
        if not self._rtl or blpara.kind != 1:
            return super().drawPara(debug)
        self.blPara = blpara.clone(lines=[visual_line(line) for line in blpara.lines])
        try:
            return super().drawPara(debug)
        finally:
            self.blPara = blpara
