"""File › Export › Draft Minutes for Word asks the language of the minutes when their dialogue works in several."""

from __future__ import annotations

import pytest
from docx import Document
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from .test_main_window import find_session
from .test_workbench import window  # noqa: F401  (the fixture: the demo in a shown window)


@pytest.fixture
def save_as(monkeypatch, tmp_path):
    """The file dialog answers with ``tmp_path / name``; ``asked`` keeps what it was asked."""
    asked = []

    def answer(parent, title, start, filters):
        asked.append((title, filters))
        return str(tmp_path / save_as.name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    save_as.asked = asked
    return save_as


def test_the_word_draft_of_us_mx_is_written_in_the_language_chosen(window, qtbot, tmp_path, save_as):
    window.navigator.setCurrentItem(find_session(window, "US-MX", "2nd session"))
    save_as.name = "usmx"
    dialog = window.files.export_dialog(".docx")
    assert dialog.windowTitle() == "Draft Minutes for Word"
    assert [dialog.combo.itemText(i) for i in range(dialog.combo.count())] == ["English", "Spanish"]
    assert save_as.asked == []  # the language first, then the file
    dialog.combo.setCurrentIndex(dialog.combo.findData("es"))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Continue…"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Exported to"), timeout=20000)
    assert save_as.asked == [("Export", "Word documents (*.docx)")]
    doc = Document(str(tmp_path / "usmx.docx"))  # .docx added to the name typed
    text = "\n".join(p.text for p in doc.paragraphs)
    assert doc.core_properties.language == "es-ES" and "Delegaciones" in text and "Compromisos adoptados" in text


def test_a_dialogue_with_one_document_language_is_not_asked(window, qtbot, tmp_path, save_as):
    """ML-FR works in French only, IT-RO in English and Romanian (documents are not printed in Romanian): no question."""
    window.navigator.setCurrentItem(find_session(window, "IT-RO", "1st session"))
    save_as.name = "itro.docx"
    assert window.files.export_dialog(".docx") is None
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Exported to"), timeout=20000)
    assert "Delegations" in "\n".join(p.text for p in Document(str(tmp_path / "itro.docx")).paragraphs)


def test_no_session_selected_is_told_before_anything_is_asked(window, save_as):
    window.navigator.setCurrentItem(window.navigator.topLevelItem(0))
    assert window.files.export_dialog(".docx") is None
    assert save_as.asked == []
    assert window.statusBar().currentMessage() == "Select a session first: a Word export is the draft minutes of one session."


def test_the_question_reads_in_spanish(spanish, window, save_as):
    window.navigator.setCurrentItem(find_session(window, "US-MX", "2"))
    dialog = window.files.export_dialog(".docx")
    assert dialog.windowTitle() == "Borrador de acta para Word"
    assert [dialog.combo.itemText(i) for i in range(dialog.combo.count())] == ["Inglés", "Español"]
    assert dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).text() == "Continuar…"
    dialog.reject()
    assert save_as.asked == []
