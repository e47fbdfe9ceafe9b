"""Right-to-left and CJK: an Arabic name shaped and ordered right to left, extracted in logical order; Chinese in its font."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import pytest
from pypdf import PdfReader

from consult_app.domain.model import DelegationMember, Dialogue, Party, PartyName, Person, Session, SessionState
from consult_app.paths import resource
from consult_app.store import Workspace

from .. import documents as services
from ..conftest import agreed_before_versions, private_home
from .test_arabic_wrap import layout
from .test_documents import ARTEFACTS, qt_pdf, save_pages_png

ARABIC_NAME = "عبد الرحمن بن خلدون"
CHINESE_NAME = "王小明"
KOREAN_NAME = "김민준"


@pytest.fixture(scope="module")
def minutes(tmp_path_factory, qapp) -> bytes:
    with private_home(tmp_path_factory):  # made before the per-test folders exist: its snapshots off the real ones
        ws = Workspace.create(tmp_path_factory.mktemp("scripts") / "scripts.consult")
        try:
            names = {"fr": PartyName("Maroc", "le", "Royaume du Maroc", "le", "marocaine")}
            d = ws.add_dialogue(
                Dialogue(
                    code="MA-FR",
                    name={"fr": "Dialogue franco-marocain sur la migration"},
                    parties=[Party("FR", "France", True), Party("MA", "Maroc", names=names)],
                    languages=["fr"],
                )
            )
            s = ws.add_session(Session(d.id, 1, dt.date(2004, 3, 1), dt.date(2004, 3, 2), venue="Rabat", state=SessionState.HELD))
            for n, (name, title, party) in enumerate(
                [
                    (ARABIC_NAME, "Ministre de l’Intérieur (وزير الداخلية)", d.parties[1]),
                    ("Claire Moreau", "Directrice", d.parties[0]),
                    (CHINESE_NAME, "Observateur", d.parties[1]),
                    (KOREAN_NAME, "Observateur", d.parties[1]),
                ]
            ):
                person = ws.add_person(Person(name, title))
                ws.add_member(DelegationMember(person.id, party.id, is_head=n < 2, position=n, session_id=s.id))
            agreed_before_versions(ws, s.id)  # its delegations first, as agreed minutes keep theirs
            pdf = services.minutes_pdf(ws, "MA-FR", 1)
        finally:
            ws.close()
        save_pages_png(pdf, "minutes-MA-FR-1-arabic")
        return pdf


def test_an_arabic_name_extracts_in_logical_order(minutes):
    text = unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in PdfReader(io.BytesIO(minutes)).pages))
    assert ARABIC_NAME in text
    assert "Pour le Royaume du Maroc" in text and "Délégation marocaine" in text
    assert CHINESE_NAME in text and KOREAN_NAME in text


def test_arabic_and_chinese_print_in_embedded_fonts(minutes):
    reader = PdfReader(io.BytesIO(minutes))
    fonts = {str(f["/BaseFont"]) for page in reader.pages for f in page["/Resources"]["/Font"].values()}
    assert any("NotoNaskhArabic" in f for f in fonts) and any("DroidSansFallback" in f for f in fonts) and any("NanumGothic" in f for f in fonts)


def ink_profile(image, bins: int = 60) -> list[float]:
    """How much ink each vertical strip of an image holds, left to right (normalised)."""
    w, h = image.width(), image.height()
    columns = []
    for x in range(w):
        dark = 0
        for y in range(h):
            c = image.pixelColor(x, y)  # QtPdf leaves the page transparent: ink is opaque and dark
            dark += c.alpha() * (255 - (c.red() + c.green() + c.blue()) // 3) // 255
        columns.append(dark)
    left = next((x for x, v in enumerate(columns) if v), 0)
    right = max((x for x, v in enumerate(columns) if v), default=w - 1)
    columns = columns[left : right + 1]
    step = len(columns) / bins
    out = [sum(columns[int(i * step) : max(int((i + 1) * step), int(i * step) + 1)]) for i in range(bins)]
    total = sum(out) or 1
    return [v / total for v in out]


def correlation(a: list[float], b: list[float]) -> float:
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    cov = sum((x - ma) * (y - mb) for x, y in zip(a, b))
    va = sum((x - ma) ** 2 for x in a) ** 0.5
    vb = sum((y - mb) ** 2 for y in b) ** 0.5
    return cov / (va * vb)


def test_an_arabic_name_renders_right_to_left(minutes, qapp):
    """Crop the printed name from the rendered page and compare its shape with Qt's own right-to-left rendering of it."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar
    from PySide6.QtCore import QRect, QSize, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter

    # where the name is: the first line of Arabic glyphs on page 1 (the opening paragraph names the head of delegation)
    page = next(iter(extract_pages(io.BytesIO(minutes))))

    run, started = [], False  # the first run of Arabic glyphs, in drawing order: the name, in the opening paragraph
    for c in layout(page, LTChar):
        if "NotoNaskhArabic" in c.fontname:
            run.append(c)
            started = True
        elif started:
            break
    x0, x1 = min(c.x0 for c in run), max(c.x1 for c in run)
    y0, y1 = min(c.y0 for c in run), max(c.y1 for c in run)
    scale = 4
    doc = qt_pdf(minutes)
    size = doc.pagePointSize(0)
    image = doc.render(0, QSize(int(size.width() * scale), int(size.height() * scale)))
    printed = image.copy(QRect(int(x0 * scale), int((size.height() - y1) * scale), int((x1 - x0) * scale), int((y1 - y0) * scale)))
    # the same name drawn by Qt (HarfBuzz shaping, the Unicode bidi algorithm) in the same font
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(resource("fonts", "NotoNaskhArabic-Regular.ttf"))))[0]
    reference = QImage(printed.width() * 2, printed.height() * 2, QImage.Format.Format_RGB32)
    reference.fill(QColor("white"))
    painter = QPainter(reference)
    font = QFont(family)
    font.setPixelSize(int(printed.height() * 0.8))
    painter.setFont(font)
    painter.setPen(QColor("black"))
    painter.drawText(reference.rect(), int(Qt.AlignmentFlag.AlignCenter), ARABIC_NAME)
    painter.end()
    printed.save(str(ARTEFACTS / "arabic-name-printed.png"))
    reference.save(str(ARTEFACTS / "arabic-name-qt.png"))
    ours, theirs = ink_profile(printed), ink_profile(reference)
    same, mirrored = correlation(ours, theirs), correlation(ours, list(reversed(theirs)))
    assert same > 0.6 and same > mirrored + 0.2, (same, mirrored)
