"""Documents menu: options, generation off the GUI thread, preview, save and print.

Threading model: the data a document needs is read from the workspace on the
GUI thread (one short read into a bundle); the layout, which can take seconds
for a large tracker, runs on a worker thread that never touches the database.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QFormLayout, QLabel, QMainWindow, QMessageBox, QWidget

from ..domain.errors import ConsultError
from ..domain.language import join
from ..domain.validate import MARKING
from ..ops import documents
from ..ops.exports import write_bytes
from ..store import Workspace
from . import labels, messages
from .jobs import Job
from .labels import ordinal
from .widgets import Dialog, date_edit, error_label, line_edit, ok_cancel

MINUTES, TRACKER, BRIEF = "minutes", "tracker", "brief"


class DocumentOptions(Dialog):
    """Choose what to print: dialogue, session, language, as-of date, audience."""

    def __init__(self, workspace: Workspace, kind: str, dialogue_id: str | None, session_id: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.kind = kind
        titles = {MINUTES: self.tr("Joint Minutes"), TRACKER: self.tr("Progress Tracker"), BRIEF: self.tr("Ministerial Brief")}
        self.setWindowTitle(titles[kind])
        form = QFormLayout(self)
        self.dialogue = QComboBox()
        self.dialogue.setObjectName("dialogue")
        if kind == TRACKER:
            self.dialogue.addItem(self.tr("All dialogues"), None)
        for d in workspace.dialogues():
            self.dialogue.addItem(labels.dialogue_title(d), d.id)
        form.addRow(self.tr("Dialogue:"), self.dialogue)
        self.session = QComboBox()
        self.session.setObjectName("session")
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.as_of = date_edit(None, "as_of")
        self.audience = QComboBox()
        self.audience.setObjectName("audience")
        self.audience.addItem(self.tr("Joint edition (for the other delegation)"), "joint")
        self.audience.addItem(self.tr("Internal edition (everything; not for the other delegation)"), "internal")
        if kind in (MINUTES, BRIEF):
            form.addRow(self.tr("Session:"), self.session)
        if kind == MINUTES:
            form.addRow(self.tr("Language:"), self.language)
        if kind == TRACKER:
            form.addRow(self.tr("As of:"), self.as_of)
            form.addRow(self.tr("Audience:"), self.audience)
        self.labels = QComboBox()  # labels, and texts where the dialogue has them: any language documents are printed in
        self.labels.setObjectName("labels")
        for code, name in (("en", "English"), ("fr", "Français"), ("es", "Español")):
            self.labels.addItem(name, code)
        if kind in (TRACKER, BRIEF):
            form.addRow(self.tr("Language:"), self.labels)
        self.not_printed = QLabel()  # the dialogue's working languages that documents are not printed in, when it has some
        self.not_printed.setObjectName("not_printed")
        self.not_printed.setWordWrap(True)
        form.addRow(self.not_printed)
        self.marking = line_edit("", "marking", MARKING)
        self.marking.setPlaceholderText(self.tr("the dialogue's own marking"))
        form.addRow(self.tr("Marking:"), self.marking)
        self.error = error_label()
        form.addRow(self.error)
        buttons = ok_cancel(self, self.tr("Generate"))
        form.addRow(buttons)
        self.dialogue.currentIndexChanged.connect(self._fill_sessions)
        if dialogue_id:
            index = self.dialogue.findData(dialogue_id)
            if index >= 0:
                self.dialogue.setCurrentIndex(index)
        self._fill_sessions()
        if session_id:
            index = self.session.findData(session_id)
            if index >= 0:
                self.session.setCurrentIndex(index)

    def _fill_sessions(self) -> None:
        self.session.clear()
        self.language.clear()
        self.not_printed.clear()
        self.not_printed.hide()
        dialogue_id = self.dialogue.currentData()
        self.labels.setCurrentIndex(self.labels.findData("en"))  # several dialogues: English
        if not dialogue_id:
            return
        d = self.workspace.dialogue(dialogue_id)
        for s in self.workspace.sessions(d.id):
            self.session.addItem(self.tr("{nth} session — {date}").format(nth=ordinal(s.number), date=labels.day(s.starts_on)), s.id)
        self.session.setCurrentIndex(self.session.count() - 1)
        printed = documents.print_languages(d)  # the one rule of the PDF, the Word export and the command line
        self.labels.setCurrentIndex(self.labels.findData(printed[0]))
        self._say_not_printed(d, printed)
        for lang in printed:
            self.language.addItem(labels.language_name(lang), [lang])
        if len(printed) >= 2:
            pair = printed[:2]
            self.language.addItem(
                self.tr("{a} and {b}, side by side").format(a=labels.language_name(pair[0]), b=labels.language_name(pair[1], first=False)), pair
            )

    def _say_not_printed(self, d, printed: list[str]) -> None:
        """Name the dialogue's working languages that are not offered (documents have no labels in them), and the fallback."""
        missing = [x for x in d.languages if x not in printed]
        if not missing:
            return
        names = join([labels.language_name(x, first=False) for x in missing], labels.language())
        if any(x in d.languages for x in printed):
            self.not_printed.setText(self.tr("Not offered: documents are not printed in {languages}.").format(languages=names))
        else:
            english = labels.language_name("en", first=False)
            self.not_printed.setText(
                self.tr("Documents are not printed in {languages}: this dialogue's are printed in {fallback}.").format(languages=names, fallback=english)
            )
        self.not_printed.show()

    def renderer(self):
        """Read the data and return a renderer, or raise ConsultError."""
        marking = self.marking.text().strip() or None
        if self.kind == TRACKER:
            as_of = self.as_of.date().toPython()
            return documents.tracker(self.workspace, self.dialogue.currentData(), as_of, self.audience.currentData(), marking, self.labels.currentData())
        session_id = self.session.currentData()
        if session_id is None:
            raise ConsultError(self.tr("Choose a session: this dialogue has none yet."))
        if self.kind == MINUTES:
            return documents.minutes(self.workspace, session_id, self.language.currentData(), marking)
        return documents.brief(self.workspace, session_id, dt.date.today(), marking, self.labels.currentData())

    def accept(self) -> None:
        self.accept_when(self.renderer)


def render_job(renderer, title: str, parent: QWidget) -> Job:
    """A job that lays out a document (data already read into the renderer)."""
    return Job(lambda progress, cancelled: renderer.render(progress=progress, cancelled=cancelled), title, parent)


class PdfPreview(QMainWindow):
    """The generated document, with Save As and Print."""

    def __init__(self, pdf: bytes, title: str, suggested_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.pdf = pdf
        self.suggested_name = suggested_name
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.buffer = QBuffer(self)
        self.buffer.setData(QByteArray(pdf))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfview")
        self.view.setAccessibleName(title)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setCentralWidget(self.view)
        toolbar = self.addToolBar(self.tr("Document"))
        save = QAction(self.tr("Save As…"), self)
        save.setShortcut(QKeySequence.StandardKey.SaveAs)
        save.triggered.connect(self.save_as)
        print_action = QAction(self.tr("Print…"), self)
        print_action.setShortcut(QKeySequence.StandardKey.Print)
        print_action.triggered.connect(self.print_document)
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        for action in (save, print_action, close):
            toolbar.addAction(action)
        self.statusBar().showMessage(self.tr("{n} pages").format(n=self.document.pageCount()))
        self.resize(900, 1000)

    def save_as(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save document"), self.suggested_name, self.tr("PDF documents (*.pdf)"))
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> bool:
        try:
            write_bytes(path, self.pdf)
        except ConsultError as exc:
            QMessageBox.warning(self, self.tr("Cannot save"), messages.translate(str(exc)))
            return False
        self.statusBar().showMessage(self.tr("Saved to {path}").format(path=path))
        return True

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Render every page at the printer's resolution."""
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.tr("Cannot print"), self.tr("The printer could not be started."))
            return
        try:
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                target = printer.pageLayout().paintRectPixels(printer.resolution())
                size = self.document.pagePointSize(page).toSize().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                image = self.document.render(page, QSize(size.width(), size.height()))
                painter.drawImage(QPointF(0, 0), image)
        finally:
            painter.end()
