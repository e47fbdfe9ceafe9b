"""The Word draft and the Excel register as carefully as the PDFs: language, protocol, numbering, print setup.

When LibreOffice is installed (Debian: libreoffice-writer-nogui, libreoffice-calc-nogui), both files are
converted to PDF with it, as a secretariat would print them, and the text is checked.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from consult_app.reports.labels import LABELS

from ..documents import export_to


def docx_text(path: Path) -> str:
    doc = Document(str(path))
    return "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])


def english_labels_in(text: str) -> list[str]:
    """English labels (of two words or more) whose French differs, found in ``text``."""
    found = []
    for english, (french, _spanish) in LABELS.items():
        for piece in re.split(r"\{[a-z]+\}", english):
            piece = piece.strip(" :—.,()?;")
            if len(piece.split()) >= 2 and piece not in french and piece in text:
                found.append(piece)
    return found


@pytest.fixture
def mlfr3_docx(demo, tmp_path) -> Path:
    out = tmp_path / "ML-FR-3.docx"
    export_to(demo, out, dialogue_code="ML-FR", session_number=3)
    return out


def test_docx_of_ml_fr_3_is_french_protocol_text_with_numbers_printed_once(mlfr3_docx):
    text = docx_text(mlfr3_docx)
    assert english_labels_in(text) == []
    for english in ("Joint minutes", "Delegation of", "DRAFT for comments", "No commitments were adopted", "2003-06-16"):
        assert english not in text
    assert "La 3e session du dialogue «\u00a0Consultation franco-malienne sur la migration\u00a0» s’est tenue à Bamako les 16 et 17 juin 2003." in text
    assert "Fait à Bamako, le 17 juin 2003, en deux exemplaires originaux en langue française." in text
    assert "Pour la République française" in text and "Le Chef de la délégation malienne" in text
    assert "3.1. Politique des visas : bilan 1997–2002" in text
    assert not re.search(r"\b(\d+(?:\.\d+)*)\. \d+(?:\.\d+)*\. ", text)  # "1. 1." or "1. 3.1."
    doc = Document(str(mlfr3_docx))
    assert not [p.text for p in doc.paragraphs if p.style.name.startswith("List Number")]  # the numbers are in the text only
    assert doc.core_properties.language == "fr-FR"


def test_xlsx_sheets_print_landscape_one_page_wide_with_titles(demo, tmp_path):
    out = tmp_path / "register.xlsx"
    export_to(demo, out)
    for sheet in load_workbook(out).worksheets:
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.oddHeader.center.text == sheet.oddFooter.center.text == "RESTRICTED"  # the highest marking of the dialogues
        assert sheet.oddFooter.right.text == "&P / &N"


def soffice_to_pdf(paths: list[Path], tmp_path: Path) -> list[bytes]:
    """Each file printed to PDF by LibreOffice, all in one run (it starts in a second or so, its profile made on the first)."""
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"), *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=240,
        env=dict(os.environ, HOME=str(tmp_path)),
    )
    printed = []
    for path in paths:
        out = tmp_path / "pdf" / (path.stem + ".pdf")
        assert out.exists(), result.stdout + result.stderr
        printed.append(out.read_bytes())
    return printed


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui)")
def test_libreoffice_prints_both_as_meant(demo, mlfr3_docx, tmp_path, qapp):
    from ..reports.test_documents import save_pages_png

    register = tmp_path / "register.xlsx"
    export_to(demo, register, dialogue_code="ML-FR")
    printed, printed_register = soffice_to_pdf([mlfr3_docx, register], tmp_path)
    save_pages_png(printed, "docx-ML-FR-3-libreoffice")
    words = PdfReader(io.BytesIO(printed))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in words.pages))
    assert "Procès-verbal conjoint de la 3e session" in text and "Fait à Bamako, le 17 juin 2003" in text
    assert "1. 1." not in text and "1. 3.1." not in text and english_labels_in(text) == []
    save_pages_png(printed_register, "xlsx-ML-FR-libreoffice")
    sheets = PdfReader(io.BytesIO(printed_register))
    assert all(float(p.mediabox.width) > float(p.mediabox.height) for p in sheets.pages)  # landscape
    assert len(sheets.pages) <= 4  # one page wide: two sheets of a few rows, not ten portrait strips
    for page in sheets.pages:
        page_text = page.extract_text()
        assert "DIFFUSION RESTREINTE" in page_text or "RESTRICTED" in page_text
        assert "Reference" in page_text or "Action" in page_text  # the header row on every page
