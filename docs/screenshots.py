"""Regenerate the README's screenshots from the real app (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py [--documents]

``--documents`` renders the first page of each document as well.
"""

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from consult_app.ops import documents
from consult_app.ops.workspaces import create as create_workspace
from consult_app.ui import i18n
from consult_app.ui.main_window import MainWindow

OUT = Path(__file__).parent / "images"


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    i18n.install(app, "en")  # dates and figures the English way ("650,000")
    with tempfile.TemporaryDirectory() as tmp:
        ws = create_workspace(Path(tmp) / "demo.consult", demo=True)
        window = MainWindow(ws)
        window.resize(1200, 720)
        window.show()
        nav = window.navigator
        ml_fr = next(nav.topLevelItem(i) for i in range(nav.topLevelItemCount()) if nav.topLevelItem(i).text(0).startswith("ML-FR"))
        nav.setCurrentItem(ml_fr.child(ml_fr.childCount() - 1))
        app.processEvents()
        window.grab().save(str(OUT / "main-window.png"))
        window.tabs.setCurrentWidget(window.agenda_view)
        app.processEvents()
        window.grab().save(str(OUT / "agenda.png"))
        window.tabs.setCurrentWidget(window.register_view)
        app.processEvents()
        window.register_view.select(ws.commitment_by_ref("MLFR-2002-01").id)
        app.processEvents()
        window.grab().save(str(OUT / "register.png"))
        for width, height in ((1024, 700), (1920, 1080)):  # the register at a laptop's size and a large screen's
            window.resize(width, height)
            app.processEvents()
            app.processEvents()
            window.grab().save(str(OUT / f"register-{width}.png"))
        window.resize(1200, 720)
        app.processEvents()
        window.tabs.setCurrentWidget(window.minutes_view)
        nav.setCurrentItem(ml_fr.child(1))
        app.processEvents()
        window.minutes_view.items.setCurrentRow(2)
        app.processEvents()
        window.grab().save(str(OUT / "minutes-view.png"))
        window.close()
        # the same window in French, as a French-speaking secretariat sees it
        i18n.install(app, "fr")
        french = MainWindow(ws)
        french.resize(1200, 720)
        french.show()
        fnav = french.navigator
        fml = next(fnav.topLevelItem(i) for i in range(fnav.topLevelItemCount()) if fnav.topLevelItem(i).text(0).startswith("ML-FR"))
        fnav.setCurrentItem(fml)
        french.tabs.setCurrentWidget(french.register_view)
        app.processEvents()
        french.register_view.select(ws.commitment_by_ref("MLFR-2002-03").id)
        app.processEvents()
        french.grab().save(str(OUT / "register-fr.png"))
        french.close()
        i18n.install(app, "en")
        if "--documents" in sys.argv:  # the documents' pictures too
            session = lambda code, n: ws.session_by_number(ws.dialogue_by_code(code).id, n).id  # noqa: E731
            pdfs = {
                "minutes-fr": documents.minutes(ws, session("ML-FR", 2)),
                "minutes": documents.minutes(ws, session("US-MX", 2), ["en", "es"]),
                "tracker": documents.tracker(ws, ws.dialogue_by_code("ML-FR").id, dt.date(2003, 6, 1)),
                "brief": documents.brief(ws, session("ML-FR", 3), dt.date(2003, 6, 6)),
            }
            for name, renderer in pdfs.items():
                page_png(renderer.render(), 1 if name == "tracker" else 0, OUT / f"{name}.png")
        ws.close()


def page_png(pdf: bytes, page: int, out: Path, width: int = 560) -> None:
    """Render one page of a PDF with QtPdf, small enough for the README."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    size = doc.pagePointSize(page)
    doc.render(page, QSize(width, int(width * size.height() / size.width()))).save(str(out))


if __name__ == "__main__":
    main()
