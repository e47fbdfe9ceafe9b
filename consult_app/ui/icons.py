"""Status at a glance: a colour, a shape and words — never the colour alone.

Each tone of a status scale has its colours (background and text, as the
register's cells and the documents print them) and a shape drawn here, so a
reader who cannot tell green from red still sees ○ not started, ✓ on track,
⚠ at risk, ✕ off track, ● done and – dropped.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from ..domain.model import Tone

TONE_COLOURS = {
    Tone.NEUTRAL: ("#f3f4f6", "#374151"),
    Tone.GOOD: ("#dcfce7", "#166534"),
    Tone.WARNING: ("#fef3c7", "#92400e"),
    Tone.BAD: ("#fee2e2", "#991b1b"),
    Tone.DONE: ("#dbeafe", "#1e40af"),
    Tone.CLOSED: ("#e5e7eb", "#1f2937"),
}
"""Background and text colour of each tone."""

SYMBOLS = {Tone.NEUTRAL: "○", Tone.GOOD: "✓", Tone.WARNING: "⚠", Tone.BAD: "✕", Tone.DONE: "●", Tone.CLOSED: "–"}
"""The same shapes as characters, for rich text (the detail panes)."""


def _draw(tone: Tone, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(TONE_COLOURS[tone][1])
    s = float(size)
    box = QRectF(1.5, 1.5, s - 3, s - 3)
    pen = QPen(colour, max(1.5, s / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    if tone == Tone.NEUTRAL:  # an empty circle: nothing yet
        painter.setPen(pen)
        painter.drawEllipse(box)
    elif tone == Tone.GOOD:  # a tick in a circle
        painter.setPen(pen)
        painter.drawEllipse(box)
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(QPointF(s * 0.44, s * 0.68))
        path.lineTo(QPointF(s * 0.72, s * 0.34))
        painter.drawPath(path)
    elif tone == Tone.WARNING:  # a triangle with an exclamation mark
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([QPointF(s / 2, 1), QPointF(s - 1, s - 2), QPointF(1, s - 2)]))
        painter.setPen(QPen(QColor("white"), max(1.5, s / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(s / 2, s * 0.38), QPointF(s / 2, s * 0.62))
        painter.drawPoint(QPointF(s / 2, s * 0.78))
    elif tone == Tone.BAD:  # a cross in a filled square
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(box, s / 6, s / 6)
        painter.setPen(QPen(QColor("white"), max(1.5, s / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68))
        painter.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68))
    elif tone == Tone.DONE:  # a filled circle with a tick
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(QPen(QColor("white"), max(1.5, s / 9), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        path = QPainterPath(QPointF(s * 0.28, s * 0.52))
        path.lineTo(QPointF(s * 0.44, s * 0.68))
        path.lineTo(QPointF(s * 0.72, s * 0.34))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
    else:  # closed without being done: a dash
        painter.setPen(pen)
        painter.drawLine(QPointF(s * 0.2, s / 2), QPointF(s * 0.8, s / 2))
    painter.end()
    return pixmap


@cache
def status_icon(tone: Tone) -> QIcon:
    """The shape of a tone, drawn at 16 and 32 pixels (sharp on high-density screens)."""
    icon = QIcon()
    for size in (16, 32):
        icon.addPixmap(_draw(Tone(tone), size))
    return icon


def colours(tone: Tone | None) -> tuple[str, str]:
    """Background and text colour of a tone (plain black on white when there is none)."""
    return TONE_COLOURS[tone] if tone is not None else ("#ffffff", "#000000")
