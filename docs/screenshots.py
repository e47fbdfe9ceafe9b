"""Regenerate the README's screenshots from the real app (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py
"""

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from consult_app.ops import documents as docs
from consult_app.ops import register as register_ops
from consult_app.ops.workspaces import create as create_workspace
from consult_app.ui import i18n
from consult_app.ui.main_window import MainWindow

OUT = Path(__file__).parent / "images"


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
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
        session = lambda code, n: ws.session_by_number(ws.dialogue_by_code(code).id, n).id  # noqa: E731
        documents = {
            "minutes-fr": docs.minutes(ws, session("ML-FR", 2)).render(),
            "minutes": docs.minutes(ws, session("US-MX", 2), ["en", "es"]).render(),
            "tracker": docs.tracker(ws, ws.dialogue_by_code("ML-FR").id, dt.date(2003, 6, 1)).render(),
            "brief": docs.brief(ws, session("ML-FR", 3), dt.date(2003, 6, 6)).render(),
        }
        for name, pdf in documents.items():
            page_png(pdf, 1 if name == "tracker" else 0, OUT / f"{name}.png")
        ws.close()
        lifecycle(app, create_workspace(Path(tmp) / "lifecycle.consult", demo=True))


def lifecycle(app, ws) -> None:
    """A register a year on, at 1024×700: a withdrawn and a superseded commitment, a changed text; the editor; the indicators."""
    import copy

    from consult_app.domain.model import new_id

    mlfr = ws.dialogue_by_code("ML-FR")
    register_ops.withdraw_commitment(ws, ws.commitment_by_ref("MLFR-2001-02").id, dt.date(2003, 6, 17), reason="Remplacé par le programme d'aide au retour de 2004")
    old = ws.commitment_by_ref("MLFR-2001-03")
    new = copy.deepcopy(old)
    new.id, new.ref, new.reciprocal_id, new.due_on = new_id(), "MLFR-2003-01", None, dt.date(2004, 12, 31)
    new.text = {"fr": "La France facilite l'accueil et l'intégration des Maliens, selon le texte renégocié en 2003."}
    new.made_at_session_id = ws.session_by_number(mlfr.id, 3).id
    register_ops.supersede_commitment(ws, old.id, new, dt.date(2003, 6, 17), reason="Texte renégocié à la 3e session")
    fund = ws.commitment_by_ref("MLFR-2002-01")
    fund.text = {"fr": fund.text["fr"].replace("2,6 millions", "3 millions")}
    register_ops.edit_commitment(ws, fund, reason="Abondement décidé à la 3e session", revised_on=dt.date(2003, 6, 17))
    window = MainWindow(ws)
    window.resize(1024, 700)
    window.show()
    nav = window.navigator
    nav.setCurrentItem(next(nav.topLevelItem(i) for i in range(nav.topLevelItemCount()) if nav.topLevelItem(i).text(0).startswith("ML-FR")))
    window.tabs.setCurrentWidget(window.register_view)
    window.register_view.select(ws.commitment_by_ref("MLFR-2001-03").id)
    app.processEvents()
    window.grab().save(str(OUT / "register-1024.png"))
    window.register_view.select(fund.id)
    editor = window.register_view.edit()
    editor.ref.setText("MLFR-2004-99 ✈️ Миграция")
    editor.accept()
    app.processEvents()
    editor.grab().save(str(OUT / "commitment-editor.png"))
    editor.reject()
    window.tabs.setCurrentWidget(window.indicators_view)
    app.processEvents()
    window.grab().save(str(OUT / "indicators.png"))
    window.close()
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
