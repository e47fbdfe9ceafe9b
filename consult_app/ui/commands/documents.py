"""Documents: ask for the options, lay the PDF out off the GUI thread, preview it."""

from __future__ import annotations

from PySide6 import QtCore

from .base import Commands


class DocumentCommands(Commands):
    def __init__(self, window):
        super().__init__(window)
        self.previews: list = []  # open previews

    def generate(self, kind: str):
        """Ask for the options of a document ("minutes", "tracker", "brief"), then render and preview it."""
        from ..documents import (
            DocumentOptions,  # QtPdf is loaded when a document is first wanted
        )

        w = self.window
        options = DocumentOptions(self.workspace, kind, w.dialogue.id if w.dialogue else None, w.session.id if w.session else None, w)
        options.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        options.accepted.connect(lambda: self.render(options.chosen, options.windowTitle()))
        options.open()
        return options

    def render(self, renderer, title: str):
        from ..documents import render_job

        return self.window.start_job(render_job(renderer, title, self.window), lambda pdf: self.preview(pdf, renderer), title)

    def preview(self, pdf: bytes, renderer) -> None:
        from ..documents import PdfPreview

        name = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in renderer.document_title)[:80].strip() + ".pdf"
        preview = PdfPreview(pdf, renderer.document_title, str(self.workspace.path.parent / name), self.window)
        self.previews.append(preview)
        preview.destroyed.connect(lambda *_: self.previews.remove(preview) if preview in self.previews else None)
        preview.show()
