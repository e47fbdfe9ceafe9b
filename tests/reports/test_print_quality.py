"""Documents fit to sign, read back as a typographer and a protocol officer would.

Every demo document and three stress documents (60 agenda items, a 300-character
unbroken title, 40 delegates) are rendered once per module, every page saved as
PNG in test-artifacts/, then measured: nothing outside the frame (pdfminer), every
input string extractable in full, no English label in French or Spanish, no
heading left alone at the foot of a page, no page holding only a closing note,
a brief front of at most two pages, fonts embedded, /Lang and an outline
whose every entry goes to the page of its heading.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import math
import re
import shutil
import subprocess
import unicodedata

import pytest
from pypdf import PdfReader

from consult_app.domain.model import AgendaItem, Commitment, DelegationMember, Dialogue, Party, PartyName, Person, Session, SessionState, Theme
from consult_app.reports.base import Renderer, watermark_size
from consult_app.reports.brief import BriefRenderer
from consult_app.reports.labels import LABELS
from consult_app.store import Workspace

from .. import documents as services
from ..conftest import agreed_before_versions, private_home
from .test_documents import flat, pages, save_pages_png

MARGIN = Renderer.margin
MM = 72 / 25.4  # a millimetre in points
PREPARED = dt.date(2003, 6, 6)


# ------------------------------------------------------------------ the documents, rendered once


@pytest.fixture(scope="module")
def demo_docs(demo_pdf, qapp) -> dict[str, bytes]:
    docs = {
        "minutes-ML-FR-2-fr": demo_pdf.minutes("ML-FR", 2),
        "minutes-ML-FR-3-fr": demo_pdf.minutes("ML-FR", 3),
        "minutes-US-MX-2-en-es": demo_pdf.minutes("US-MX", 2, ["en", "es"]),
        "minutes-US-MX-2-es": demo_pdf.minutes("US-MX", 2, ["es"]),
        "minutes-RCM-7-es": demo_pdf.minutes("RCM", 7),
        "tracker-ML-FR-fr": demo_pdf.tracker("ML-FR", dt.date(2003, 6, 1)),
        "tracker-US-MX-es": demo_pdf.tracker("US-MX", dt.date(2002, 6, 1), lang="es"),
        "tracker-all-en": demo_pdf.tracker(None, dt.date(2003, 6, 1)),
        "tracker-all-internal-fr": demo_pdf.tracker(None, dt.date(2003, 6, 1), audience="internal", lang="fr"),
        "brief-ML-FR-3-fr": demo_pdf.brief("ML-FR", 3, PREPARED),
        "brief-ML-FR-3-en": demo_pdf.brief("ML-FR", 3, PREPARED, lang="en"),
        "brief-US-MX-2-es": demo_pdf.brief("US-MX", 2, dt.date(2002, 3, 1), lang="es"),
    }
    for name, pdf in docs.items():
        save_pages_png(pdf, name)
    return docs


LONG_TITLE = "Coopération" + "".join(f"{w}" for w in ("transfrontalière", "interministérielle", "documentaire", "consulaire") * 6)[:289]
LONG_OBJECTIVE = (
    "Obtenir de la partie malienne un calendrier ferme de mise en œuvre de chacun des engagements de la session précédente, "
    "avec des échéances trimestrielles et des indicateurs chiffrés " * 4
).strip()
SURNAMES = [
    "Traoré-Diakité-Coulibaly-Keïta",
    "Hernández de la Fuente y Ruiz-Zorrilla",
    "Yıldırım-Bakanlığıoğlu",
    "Ђорђевић-Јовановић",
    "Wolfeschlegelsteinhausenbergerdorff",
]


def build_stress(ws: Workspace) -> dict[str, list[str]]:
    """A session of 60 agenda items (one titled by 300 characters without a break), 40 delegates, 30 commitments."""
    fr = {"fr": PartyName("France", "la", "République française", "la", "française")}
    ml = {"fr": PartyName("Mali", "le", "République du Mali", "la", "malienne")}
    d = ws.add_dialogue(
        Dialogue(
            code="STRESS",
            name={"fr": "Consultation de charge"},
            parties=[Party("FR", "France", True, names=fr), Party("ML", "Mali", names=ml)],
            languages=["fr"],
            themes=[Theme("T1", {"fr": "Thème unique"})],
        )
    )
    home, other = d.parties
    s = ws.add_session(
        Session(
            d.id,
            1,
            dt.date(2004, 6, 1),
            dt.date(2004, 6, 2),
            venue="Bamako, Centre international de conférences",
            host_party_id=other.id,
            state=SessionState.HELD,
        )
    )
    strings: dict[str, list[str]] = {"titles": [], "people": [], "commitments": []}
    for n in range(40):
        name = f"{['Awa', 'Jean', 'María', 'Ђорђе'][n % 4]} {SURNAMES[n % len(SURNAMES)]} {n}"
        person = ws.add_person(Person(name, f"Conseiller technique principal chargé du dossier {n}", "Ministère"))
        ws.add_member(DelegationMember(person.id, (home if n % 2 else other).id, is_head=n < 2, is_cochair=n < 2, position=n, session_id=s.id))
        strings["people"].append(name)
    parent = None
    for n in range(60):
        title = LONG_TITLE if n == 7 else f"Point {n} : examen approfondi de la coopération en matière de {['visas', 'retour', 'codéveloppement'][n % 3]}"
        item = ws.add_agenda_item(
            AgendaItem(
                s.id,
                {"fr": title},
                position=n,
                parent_id=parent if n % 5 else None,
                theme_id=d.themes[0].id,
                summary={"fr": f"Les parties ont examiné le point {n}."},
                objective=LONG_OBJECTIVE if n == 0 else f"Objectif {n} : obtenir un engagement précis et chiffré sur le point {n}.",
                their_asks=f"Demande {n} : davantage de visas et un calendrier.",
                red_lines=f"Ligne rouge {n} : aucune régularisation.",
            )
        )
        if n % 5 == 0:
            parent = item.id
        strings["titles"].append(title)
    agreed_before_versions(ws, s.id)  # its items first, as agreed minutes take no new one
    for n in range(30):
        text = f"Engagement {n} : la partie concernée met en œuvre le programme de coopération numéro {n} avant l’échéance convenue."
        ws.add_commitment(
            Commitment(
                d.id, f"STRESS/2004/{n:03d}-LONGREF", {"fr": text}, (home if n % 2 else other).id, s.id, theme_id=d.themes[0].id, due_on=dt.date(2005, 1, 1)
            )
        )
        strings["commitments"].append(text)
    return strings


@pytest.fixture(scope="module")
def stress(tmp_path_factory, qapp):
    with private_home(tmp_path_factory):  # made before the per-test folders exist: its snapshots off the real ones
        ws = Workspace.create(tmp_path_factory.mktemp("stress") / "stress.consult")
        try:
            with ws.transaction("session"):  # one commit for the 200-odd rows, not one each: the documents are the test
                strings = build_stress(ws)
            docs = {
                "stress-minutes": services.minutes_pdf(ws, "STRESS", 1),
                "stress-tracker": services.tracker_pdf(ws, "STRESS", dt.date(2004, 7, 1), audience="internal"),
                "stress-brief": services.brief_pdf(ws, "STRESS", 1, dt.date(2004, 5, 20)),
            }
        finally:
            ws.close()
        for name, pdf in docs.items():
            save_pages_png(pdf, name)
        return strings, docs


# ------------------------------------------------------------------ protocol


def test_protocol_grade_minutes_of_ml_fr_session_2(demo_docs):
    pdf = demo_docs["minutes-ML-FR-2-fr"]
    text = flat(pdf)
    opening = text[text.index("La 2e session") : text.index("Délégations")]
    assert "les 10 et 11 juin 2002" in opening and "s’est tenue à Paris" in opening
    assert "La délégation française était conduite par Dominique Laurent" in opening
    assert "La délégation malienne était conduite par Mamadou Traoré" in opening
    assert "Fait à Paris, le 11 juin 2002, en deux exemplaires originaux en langue française." in text
    assert "Pour la République française" in text and "Pour la République du Mali" in text
    assert "Le Chef de la délégation française" in text and "Le Chef de la délégation malienne" in text
    # the signatures share their page with the last paragraph of text
    last = pages(pdf)[-1]
    assert "Pour la République française" in last and "Fait à Paris" in last and "prochaine session à Bamako les 16 et 17 juin 2003" in last


def test_bilingual_minutes_say_both_texts_are_equally_authentic(demo_docs):
    text = flat(demo_docs["minutes-US-MX-2-en-es"])
    assert "in two originals in the English and Spanish languages, both texts being equally authentic." in text
    assert "en dos ejemplares originales en los idiomas inglés y español, siendo ambos textos igualmente auténticos." in text
    assert "For the United States of America" in text and "Por los Estados Unidos Mexicanos" in text
    spanish = flat(demo_docs["minutes-US-MX-2-es"])
    assert "los días 18 y 19 de marzo de 2002" in spanish and "Por los Estados Unidos de América" in spanish


def test_many_parties_sign_in_as_many_originals(demo_docs):
    text = flat(demo_docs["minutes-RCM-7-es"])
    assert "en once ejemplares originales en idioma español" in text


# ------------------------------------------------------------------ geometry


@functools.cache
def laid_out(pdf: bytes) -> tuple:
    """pdfminer's pages of a PDF, worked out once: four checks below read the same documents (a few seconds each)."""
    from pdfminer.high_level import extract_pages

    return tuple(extract_pages(io.BytesIO(pdf)))


def layout_objects(pdf: bytes):
    """(page number, page width, page height, pdfminer layout object) for every char, line and rectangle."""
    from pdfminer.layout import LTChar, LTCurve, LTLayoutContainer

    def walk(obj):
        if isinstance(obj, (LTChar, LTCurve)):
            yield obj
        elif isinstance(obj, LTLayoutContainer) or hasattr(obj, "__iter__"):
            for child in obj:
                yield from walk(child)

    for n, page in enumerate(laid_out(pdf), start=1):
        for obj in walk(page):
            yield n, page.width, page.height, obj


def rotated(char) -> bool:
    return abs(char.matrix[1]) > 1e-3


def outside_the_frame(pdf: bytes) -> list[str]:
    """Everything drawn right of the frame's right edge or left of its left edge (the watermark aside)."""
    from pdfminer.layout import LTChar

    out = []
    for n, width, _height, obj in layout_objects(pdf):
        if isinstance(obj, LTChar) and rotated(obj):
            continue  # the diagonal watermark
        if obj.x1 > width - MARGIN + 0.6 or obj.x0 < MARGIN - 0.6:
            what = f"'{obj.get_text()}'" if isinstance(obj, LTChar) else type(obj).__name__
            out.append(f"page {n}: {what} at x {obj.x0:.1f}–{obj.x1:.1f} (frame {MARGIN:.1f}–{width - MARGIN:.1f})")
    return out


def test_no_table_or_text_runs_past_the_frame(demo_docs, stress):
    _strings, stress_docs = stress
    found = {name: outside_the_frame(pdf) for name, pdf in {**demo_docs, **stress_docs}.items()}
    assert {name: lines[:3] for name, lines in found.items() if lines} == {}


def test_the_measure_catches_a_table_wider_than_the_frame():
    """The frame check can fail: a table 6 pt wider than the text block (the old geometry) is caught."""
    from reportlab.platypus import SimpleDocTemplate, Table

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, leftMargin=MARGIN, rightMargin=MARGIN)
    table = Table([["x" * 10, "y"]], colWidths=[doc.width / 2 + 6, doc.width / 2])
    table.setStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, "black"), ("FONT", (0, 0), (-1, -1), "Helvetica", 8)])
    doc.build([table])
    assert outside_the_frame(buffer.getvalue())


def normalised(text: str) -> str:
    """Text without whitespace and hyphens, so a word hyphenated or broken at a line end still matches."""
    return re.sub(r"[\s\-\u00ad\u2010]", "", unicodedata.normalize("NFC", text))


def test_every_input_string_of_the_stress_session_prints_in_full(stress):
    strings, docs = stress
    minutes = normalised(" ".join(pages(docs["stress-minutes"])))
    brief = normalised(" ".join(pages(docs["stress-brief"])))
    tracker = normalised(" ".join(pages(docs["stress-tracker"])))
    missing = [("minutes", s) for kind in ("titles", "people", "commitments") for s in strings[kind] if normalised(s) not in minutes]
    missing += [("brief", s) for s in [*strings["titles"], LONG_OBJECTIVE] if normalised(s) not in brief]  # in full in annex B
    missing += [("tracker", s) for s in strings["commitments"] if normalised(s) not in tracker]
    assert missing == []
    for name, pdf in docs.items():
        assert "…" not in flat(pdf), name  # nothing cut short


def body_lines(pdf: bytes) -> list[list[tuple[float, str]]]:
    """Per page, the text lines of the frame (running header and footer, and the diagonal watermark, left out), top first, as (y, text)."""
    from pdfminer.layout import LTChar, LTTextLine

    out = []
    for page in laid_out(pdf):
        lines = []

        def walk(obj):
            if isinstance(obj, LTTextLine):
                if any(isinstance(c, LTChar) and rotated(c) for c in obj):
                    return
                if MARGIN - 2 < obj.y0 and obj.y1 < page.height - MARGIN + 2 and obj.get_text().strip():  # noqa: B023 (walk runs at once, in this iteration)
                    lines.append((obj.y0, obj.get_text().strip()))  # noqa: B023
            elif hasattr(obj, "__iter__"):
                for child in obj:
                    walk(child)

        walk(page)
        out.append(sorted(lines, key=lambda t: -t[0]))
    return out


def outline_entries(outline):
    for entry in outline:
        if isinstance(entry, list):
            yield from outline_entries(entry)
        else:
            yield entry


def test_no_heading_is_left_alone_at_the_foot_of_a_page(demo_docs, stress):
    _strings, stress_docs = stress
    stranded = []
    for name, pdf in {**demo_docs, **stress_docs}.items():
        reader = PdfReader(io.BytesIO(pdf))
        lines = body_lines(pdf)

        for entry in outline_entries(reader.outline):
            page = reader.get_destination_page_number(entry)
            start = normalised(entry.title)[:25]
            at = [y for y, text in lines[page] if normalised(text).startswith(start[: len(normalised(text))]) and normalised(text)[:8] == start[:8]]
            if at and not any(y < min(at) - 1 for y, _ in lines[page]):
                stranded.append(f"{name} page {page + 1}: {entry.title}")
    assert stranded == []


def test_no_page_holds_only_a_closing_note(demo_docs, stress):
    _strings, stress_docs = stress
    lonely = [
        f"{name} page {n + 1}: {lines}" for name, pdf in {**demo_docs, **stress_docs}.items() for n, lines in enumerate(body_lines(pdf)) if len(lines) <= 1
    ]
    assert lonely == []


def test_the_watermark_stays_inside_the_page(demo_docs):
    from pdfminer.layout import LTChar

    for name in ("minutes-ML-FR-3-fr", "minutes-US-MX-2-es", "minutes-US-MX-2-en-es"):
        marks = [(w, h, o) for _n, w, h, o in layout_objects(demo_docs[name]) if isinstance(o, LTChar) and rotated(o)]
        assert marks, name
        assert all(0 <= o.x0 and o.x1 <= w and 0 <= o.y0 and o.y1 <= h for w, h, o in marks), name
    from reportlab.lib.pagesizes import A4, landscape

    def inside(word: str, size: float, angle: float, page) -> bool:
        """The word's box, centred and turned by ``angle``, lies inside the page."""
        from reportlab.pdfbase.pdfmetrics import stringWidth

        length, height = stringWidth(word, "DejaVuSans-Bold", size), 0.75 * size
        across = length * math.cos(angle) + height * math.sin(angle)
        up = length * math.sin(angle) + height * math.cos(angle)
        return across <= page[0] and up <= page[1]

    for page in (A4, landscape(A4)):
        for word in ("DRAFT", "PROJET", "BORRADOR"):
            assert inside(word, watermark_size(word, page, "DejaVuSans-Bold"), math.atan2(page[1], page[0]), page), (word, page)
    assert not inside("BORRADOR", 200, math.radians(45), A4)  # the measure can fail


# ------------------------------------------------------------------ language


def english_pieces(lang: str) -> set[str]:
    """The English labels (pieces between placeholders) that read differently in ``lang``."""
    column = 0 if lang == "fr" else 1
    out = set()
    for english, translations in LABELS.items():
        translated = translations[column]
        for piece in re.split(r"\{[a-z]+\}", english):
            piece = piece.strip(" :—.,()?;")
            words = piece.split()
            if piece and piece not in translated and (len(words) >= 2 and len(piece) >= 8 or (piece.isupper() and len(piece) >= 5)):
                out.add(piece)
    return out


@pytest.mark.parametrize(
    "name, lang",
    [
        ("minutes-ML-FR-2-fr", "fr"),
        ("minutes-ML-FR-3-fr", "fr"),
        ("tracker-ML-FR-fr", "fr"),
        ("brief-ML-FR-3-fr", "fr"),
        ("tracker-all-internal-fr", "fr"),
        ("minutes-US-MX-2-es", "es"),
        ("tracker-US-MX-es", "es"),
        ("brief-US-MX-2-es", "es"),
        ("minutes-RCM-7-es", "es"),
    ],
)
def test_french_and_spanish_documents_hold_no_english_label(demo_docs, name, lang):
    text = flat(demo_docs[name])
    assert sorted(p for p in english_pieces(lang) if p in text) == []


def test_the_english_label_scan_can_fail(demo_docs):
    assert "Joint minutes of the" in english_pieces("fr") and "OVERDUE" in english_pieces("es")
    english = flat(demo_docs["tracker-all-en"])  # read once: reading a PDF back is not free
    assert [p for p in english_pieces("fr") if p in english]


def test_numbers_dates_and_axes_in_the_language(demo_docs):
    tracker = flat(demo_docs["tracker-ML-FR-fr"])
    assert "Au 1er juin 2003" in tracker and "7 000 → 25 000 sur 30 000 (78 %)" in tracker
    brief = flat(demo_docs["brief-ML-FR-3-fr"])
    assert "Ordre du jour — 16 juin 2003, à partir de 9 h 30" in brief and "9 h 30–9 h 50" in brief
    assert "650 000 EUR" in brief and "650,000" not in brief  # key figures and chart axes
    assert "1er juin 2002" in brief
    spanish = flat(demo_docs["tracker-US-MX-es"])
    assert "En buen camino" in spanish or "Sustancial" in spanish
    english = flat(demo_docs["brief-ML-FR-3-en"])
    assert "(107%)" not in english and "107%" in english and "107 %" not in english


# ------------------------------------------------------------------ the brief's front


def annex_page(pdf: bytes) -> int:
    return next(n for n, text in enumerate(pages(pdf)[1:], start=2) if "Annexe A" in text or "Annex A" in text or "Anexo A" in text)


def test_the_brief_front_fits_on_two_pages(demo_docs, stress):
    _strings, docs = stress
    for pdf in (demo_docs["brief-ML-FR-3-fr"], demo_docs["brief-ML-FR-3-en"], docs["stress-brief"]):
        texts = pages(pdf)
        front = next(n for n, text in enumerate(texts[1:], start=2) if "La session en bref" in text or "The session at a glance" in text)
        assert front == 2  # after the cover
        assert annex_page(pdf) - front <= 2  # the annexes start at most two pages later
    brief = flat(demo_docs["brief-ML-FR-3-fr"])
    for heading in ("Ce que nous attendons de cette session", "Ce que l’autre partie nous demandera", "Nos lignes rouges", "Trois risques", "Chiffres clés"):
        assert heading in brief
    assert "Un comité de gestion paritaire, ou pas de deuxième tranche." in brief  # a red line
    stress_front = flat(docs["stress-brief"])
    assert "de plus en annexe B." in stress_front  # 60 items: the lists say how many more are in the annex
    assert "(suite en annexe B)" in stress_front  # a long objective: its first sentence on the front


def test_the_brief_cover_is_a_cover(demo_docs):
    cover = pages(demo_docs["brief-ML-FR-3-fr"])[0]
    for text in ("NOTE MINISTÉRIELLE", "Chefs de délégation", "Mamadou Traoré", "Sommaire", "Annexe C — Les engagements in extenso", "Bamako"):
        assert text in cover


# ------------------------------------------------------------------ navigable PDFs


def test_every_font_is_embedded_and_the_language_and_outline_are_set(demo_docs, stress, tmp_path):
    _strings, docs = stress
    for name, pdf in {**demo_docs, **docs}.items():
        reader = PdfReader(io.BytesIO(pdf))
        lang = reader.trailer["/Root"]["/Lang"]
        expected = next((t for t in name.split("-") if t in ("fr", "en", "es")), "fr")  # the labels' language, the first named
        assert lang == {"fr": "fr-FR", "en": "en-GB", "es": "es-ES"}[expected], name
        assert len(list(outline_entries(reader.outline))) >= 2, name
        assert reader.metadata.title and reader.metadata.subject, name
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(pdf)
        if shutil.which("pdffonts"):
            listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
            rows = listing.splitlines()[2:]
            assert rows and all(row.split()[-5] == "yes" for row in rows), f"{name}: {listing}"
            assert "Helvetica" not in listing and "Type 1" not in listing, name
        if shutil.which("pdfinfo"):
            meta = subprocess.run(["pdfinfo", "-meta", str(path)], capture_output=True, text=True).stdout
            assert f"<rdf:li>{lang}</rdf:li>" in meta, name


def test_outline_has_an_entry_per_section(demo_docs):
    reader = PdfReader(io.BytesIO(demo_docs["minutes-ML-FR-2-fr"]))
    titles = [e.title for e in reader.outline if not isinstance(e, list)]
    assert titles == ["Délégations", "Ordre du jour adopté", "Déroulement des travaux", "Engagements pris", "Actions de suivi", "Prochaine session"]
    brief = PdfReader(io.BytesIO(demo_docs["brief-ML-FR-3-fr"]))
    top = [e.title for e in brief.outline if not isinstance(e, list)]
    assert top[0] == "La session en bref" and "Annexe C — Les engagements in extenso" in top


def printed_headings(pdf: bytes, base_size: float) -> list[tuple[int, str]]:
    """Every heading printed, top first, as (page index, normalised text).

    A heading is text in the heading face (bold, in ink, at the h1 or h2 size of
    ``base_size``); its lines follow one another at the style's leading, a
    second heading starts further down (its space before).
    """
    from pdfminer.layout import LTChar, LTTextLine

    sizes = {round(base_size * 1.3, 2): base_size * 1.7, round(base_size * 1.1, 2): base_size * 1.45}  # h1, h2 and their leading

    def face(c) -> float | None:
        colour = tuple(round(x * 255) for x in c.graphicstate.ncolor) if isinstance(c.graphicstate.ncolor, tuple) else ()
        size = next((s for s in sizes if abs(c.size - s) < 0.05), None)
        return size if "Bold" in c.fontname and colour == (0x11, 0x18, 0x27) else None  # INK: not the cover's red warning

    out: list[tuple[int, str]] = []
    for n, page in enumerate(laid_out(pdf)):
        lines = []

        def walk(obj):
            if isinstance(obj, LTTextLine):
                chars = [c for c in obj if isinstance(c, LTChar) and face(c)]
                if "".join(c.get_text() for c in chars).strip():
                    lines.append((max(c.y0 for c in chars), face(chars[0]), "".join(c.get_text() for c in chars)))  # noqa: B023 (at once)
            elif hasattr(obj, "__iter__"):
                for child in obj:
                    walk(child)

        walk(page)
        below = None
        for y, size, text in sorted(lines, key=lambda t: -t[0]):
            if below is not None and below - y <= sizes[size] + 0.1 * base_size:
                out[-1] = (n, out[-1][1] + normalised(text))  # the next line of the same heading
            else:
                out.append((n, normalised(text)))
            below = y
    return out


def misplaced_outline_entries(pdf: bytes, base_size: float) -> list[str]:
    """What is wrong with the outline: an entry that does not go to the page where its heading is printed,
    a heading printed without an entry, every entry going to one page.

    The headings printed are read in order against the entries: each entry's
    title begins the next heading (a bilingual one goes on "/ Apertura"), so that
    a title printed twice (a tracker's per-dialogue sections) or listed on a cover
    (in the body face) is found where its own section starts.
    """
    reader = PdfReader(io.BytesIO(pdf))
    headings = printed_headings(pdf, base_size)
    at, wrong, targets = 0, [], set()
    for entry in outline_entries(reader.outline):
        target = reader.get_destination_page_number(entry)
        targets.add(target)
        title = normalised(entry.title)
        found = next((k for k in range(at, len(headings)) if headings[k][1].startswith(title)), None)
        if found is None:
            wrong.append(f"{entry.title!r}: no heading of that title after the previous entry's")
            continue
        wrong += [f"the heading {text!r} on page {page + 1} has no entry" for page, text in headings[at:found]]
        page, at = headings[found][0], found + 1
        if target != page:
            wrong.append(f"{entry.title!r} is printed on page {page + 1}, its entry goes to page {target + 1}")
    wrong += [f"the heading {text!r} on page {page + 1} has no entry" for page, text in headings[at:]]
    if len(targets) < 2 and len({page for page, _text in headings}) > 1:
        wrong.append(f"every entry goes to page {min(targets, default=-1) + 1}, the headings are on several pages")
    return wrong


def test_every_outline_entry_goes_to_the_page_of_its_heading(demo_docs, stress):
    _strings, stress_docs = stress
    found = {}
    for name, pdf in {**demo_docs, **stress_docs}.items():
        base = BriefRenderer.base_size if "brief" in name else Renderer.base_size
        found[name] = misplaced_outline_entries(pdf, base)
    assert {name: wrong[:3] for name, wrong in found.items() if wrong} == {}


def test_a_heading_split_over_two_pages_has_one_entry_to_its_first_page():
    """reportlab splits a paragraph by making two of its class: a heading's second part makes no entry of its own."""
    from reportlab.platypus import Spacer

    class Long(Renderer):
        def story(self):
            words = " ".join(f"mot{n}" for n in range(120))
            return [Spacer(1, self.pagesize[1] - 2 * self.margin - 60), self.heading(words), self.heading("Suite", 1)]

    pdf = Long(marking="", running_title="Essai", date_text="", lang="fr").render()
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2 and "mot0" in pages(pdf)[0] and "mot119" in pages(pdf)[1]  # the heading did split
    entries = list(outline_entries(reader.outline))
    assert [(e.title[:8], reader.get_destination_page_number(e)) for e in entries] == [("mot0 mot", 0), ("Suite", 1)]


def header_collisions(pdf: bytes) -> list[str]:
    """Characters of the running header (the line under the marking) drawn over one another: a title into the date."""
    from pdfminer.layout import LTChar

    found = []
    header: dict[int, list] = {}
    for n, _width, height, obj in layout_objects(pdf):
        if isinstance(obj, LTChar) and not rotated(obj) and height - 15 * MM < obj.y0 < height - 11 * MM:
            header.setdefault(n, []).append(obj)
    for n, chars in header.items():
        chars.sort(key=lambda c: c.x0)
        found += [f"page {n}: '{a.get_text()}' over '{b.get_text()}'" for a, b in zip(chars, chars[1:]) if b.x0 < a.x1 - 0.5]
    return found


def test_the_running_header_never_runs_into_the_date(demo_docs, demo_path):
    from consult_app.ops import documents
    from consult_app.ops import minutes as minutes_ops

    with Workspace.open(demo_path) as ws:
        s3 = ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3)
        item = ws.agenda(s3.id)[1]
        for text in ("Les deux parties ont examiné la question.", "Les deux parties ont évalué ensemble la question."):
            item.summary = {"fr": text}
            ws.update_agenda_item(item)
            minutes_ops.circulate(ws, s3.id)
        compare = documents.compare(ws, s3.id, 1, 2).render()  # its title, the longest: "Comparaison des versions 1 et 2 du …"
    assert {name: found for name, pdf in {**demo_docs, "compare-ML-FR-3-fr": compare}.items() if (found := header_collisions(pdf))} == {}


def test_a_header_too_long_for_its_line_is_cut_after_a_word():
    from reportlab.pdfbase import pdfmetrics

    from consult_app.reports.base import FONT, one_line, register_fonts

    register_fonts()
    title = "Comparaison des versions 1 et 2 du procès-verbal conjoint de la 3e session — Consultation franco-malienne sur la migration"
    cut = one_line(title, 300, 7.5)
    assert cut.endswith(" …") and title.startswith(cut[:-2]) and title[len(cut) - 2] == " "
    assert pdfmetrics.stringWidth(cut, FONT, 7.5) <= 300
    assert one_line("ML-FR, 3e session", 300, 7.5) == "ML-FR, 3e session"
