"""Documents menu: options, generation off the GUI thread, preview, save, print, cancel."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from consult_app.ui.documents import MINUTES, TRACKER, DocumentOptions, PdfPreview
from consult_app.ui.main_window import MainWindow

from ..reports.test_documents import flat
from .test_main_window import find_session


@pytest.fixture
def window(qtbot, demo):
    w = MainWindow(demo)
    qtbot.addWidget(w)
    w.show()
    return w


def wait_for_preview(qtbot, window) -> PdfPreview:
    qtbot.waitUntil(lambda: bool(window.documents.previews), timeout=30000)
    return window.documents.previews[-1]


def test_minutes_from_the_menu_preview_save_and_print(qtbot, window, tmp_path):
    window.navigator.setCurrentItem(find_session(window, "US-MX", "2nd session"))
    options = window.documents.generate(MINUTES)
    assert options.dialogue.currentData() == window.workspace.dialogue_by_code("US-MX").id
    assert options.session.currentText().startswith("2nd session")
    options.language.setCurrentIndex(options.language.findText("English and Spanish, side by side"))
    options.accept()
    preview = wait_for_preview(qtbot, window)
    assert preview.document.pageCount() >= 2
    assert preview.windowTitle().startswith("Joint minutes of the 2nd session")
    out = tmp_path / "minutes.pdf"
    assert preview.save_to(out)
    assert "Seguridad fronteriza" in flat(out.read_bytes())
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == preview.document.pageCount()


def test_tracker_options_for_the_counterpart(qtbot, window):
    options = window.documents.generate(TRACKER)
    options.dialogue.setCurrentIndex(options.dialogue.findData(window.workspace.dialogue_by_code("ML-FR").id))
    options.as_of.setDate(dt.date(2003, 6, 1))
    assert options.audience.currentData() == "joint"  # the joint edition unless the internal one is asked for
    assert options.labels.currentData() == "fr"  # the language the dialogue's documents are printed in unless chosen
    options.accept()
    preview = wait_for_preview(qtbot, window)
    text = flat(preview.pdf)
    assert "Édition conjointe : partagée avec l’autre délégation" in text  # ML-FR works in French
    assert "Position interne" not in text  # the internal commitment MLFR-2002-04
    assert "Préparer la note ministérielle" not in text  # our own to-do


def test_the_internal_tracker_is_asked_for_and_says_so(qtbot, window):
    options = window.documents.generate(TRACKER)
    options.dialogue.setCurrentIndex(options.dialogue.findData(window.workspace.dialogue_by_code("ML-FR").id))
    options.as_of.setDate(dt.date(2003, 6, 1))
    options.audience.setCurrentIndex(options.audience.findData("internal"))
    options.accept()
    pdf = wait_for_preview(qtbot, window).pdf
    assert "Position interne" in flat(pdf)
    assert all("INTERNE — NE PAS COMMUNIQUER À L’AUTRE DÉLÉGATION" in page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_session_is_needed_for_minutes(qtbot, window, demo):
    from consult_app.domain.model import Dialogue, Party

    demo.add_dialogue(Dialogue("NEW", {"en": "New dialogue"}, [Party("A", "A", True), Party("B", "B")], ["en"]))
    options = DocumentOptions(demo, MINUTES, None, None, window)
    options.dialogue.setCurrentIndex(options.dialogue.findData(window.workspace.dialogue_by_code("NEW").id))
    options.accept()
    assert options.error.text() == "Choose a session: this dialogue has none yet."
    assert options.result() == 0


def test_cancel_stops_the_job_and_shows_nothing(qtbot, window, demo):
    renderer = DocumentOptions(demo, TRACKER, None, None, window).renderer()
    story = renderer.story
    renderer.story = lambda: story() * 40  # long enough to cancel midway
    job = window.documents.render(renderer, "Tracker")
    messages = []
    job.failed.connect(messages.append)
    job.cancel()
    qtbot.waitUntil(lambda: bool(messages), timeout=30000)
    assert messages == ["Cancelled: the document was not produced."]
    assert window.documents.previews == []


def test_tracker_labels_in_another_language(qtbot, window):
    options = window.documents.generate(TRACKER)
    options.dialogue.setCurrentIndex(options.dialogue.findData(window.workspace.dialogue_by_code("ML-FR").id))
    options.labels.setCurrentIndex(options.labels.findData("es"))
    options.accept()
    preview = wait_for_preview(qtbot, window)
    assert "Cuadro de seguimiento" in flat(preview.pdf)
