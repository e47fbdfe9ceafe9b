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
        from ..documents import DocumentOptions  # QtPdf is loaded when a document is first wanted

        w = self.window
        options = DocumentOptions(self.workspace, kind, w.dialogue.id if w.dialogue else None, w.session.id if w.session else None, w)
        options.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        options.accepted.connect(lambda: self.render(options.outcome, options.windowTitle(), kind))
        options.open()
        return options

    def render(self, renderer, title: str, kind: str | None = None):
        """Lay the document out off the GUI thread, then preview it; a brief is recorded as printed (the dashboard's checklist)."""
        from ..documents import render_job

        def done(pdf: bytes) -> None:
            if kind == "brief":
                self._record_brief(renderer.session.id)
            self.preview(pdf, renderer)

        return self.window.start_job(render_job(renderer, title, self.window), done, title)

    def _record_brief(self, session_id: str) -> None:
        from ...domain.errors import ConsultError
        from ...ops import documents
        from .. import messages

        try:
            documents.record_brief(self.workspace, session_id)
        except ConsultError as exc:  # a read-only workspace: the brief is still shown
            self.status(messages.translate(str(exc)))

    def preview(self, pdf: bytes, renderer) -> None:
        from ..documents import PdfPreview

        name = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in renderer.document_title)[:80].strip() + ".pdf"
        preview = PdfPreview(pdf, renderer.document_title, str(self.workspace.path.parent / name), self.window)
        self.previews.append(preview)
        preview.destroyed.connect(lambda *_: self.previews.remove(preview) if preview in self.previews else None)
        preview.show()
