"""Regenerate the README's screenshots from the real app (offscreen).

QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py              # everything
QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py --documents  # the documents and their contact sheet
QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py --preparation  # the dashboard and a two-day agenda
QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py --parties  # Dialogue › Parties and Protocol Names…
"""

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from consult_app.domain.model import FollowUpAction, ItemKind  # noqa: E402
from consult_app.domain.rules import agenda_order  # noqa: E402
from consult_app.ops import records  # noqa: E402
from consult_app.ops import register as register_ops  # noqa: E402
from consult_app.ops import sessions as sessions_ops  # noqa: E402
from consult_app.ops.workspaces import create as create_workspace  # noqa: E402
from consult_app.ui import i18n  # noqa: E402
from consult_app.ui.main_window import MainWindow  # noqa: E402
from tests import documents as services  # documents by dialogue code and session number, over consult_app.ops  # noqa: E402

OUT = Path(__file__).parent / "images"


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    i18n.install(app, "en")  # dates and figures the English way ("650,000")
    with tempfile.TemporaryDirectory() as tmp:
        ws = create_workspace(Path(tmp) / "demo.consult", demo=True)
        if "--preparation" in sys.argv:
            ws.close()
            preparation()
            return
        if "--documents" in sys.argv:
            documents(ws)
            ws.close()
            return
        if "--parties" in sys.argv:
            party_names(app, ws)
            ws.close()
            return
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
        unlock_png(app, OUT / "unlock.png")
        documents(ws)
        ws.close()
        lifecycle(app, create_workspace(Path(tmp) / "lifecycle.consult", demo=True))
    preparation()


def preparation() -> None:
    """The 4th Mali–France session being prepared three weeks ahead: a two-day agenda with a lunch, and the dashboard."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory() as tmp:
        ws = create_workspace(Path(tmp) / "demo.consult", demo=True)
        d = ws.dialogue_by_code("ML-FR")
        s4 = sessions_ops.new_session(
            ws, d.id, dt.date(2004, 6, 16), dt.date(2004, 6, 17), "Paris, Centre de conférences ministériel", d.party_by_code("FR").id
        )
        copied = sessions_ops.copy_delegations(ws, s4.id, sessions_ops.delegation_source(ws, s4.id).id)
        for member in copied[:3]:
            sessions_ops.set_attendance(ws, member.id, True)
        records.add(ws, FollowUpAction(d.id, "Envoyer le projet d'ordre du jour à la partie malienne", "Claire Moreau", dt.date(2004, 5, 31), session_id=s4.id))

        def top_level(n: int) -> str:
            return [i for i in agenda_order(ws.agenda(s4.id)) if i.parent_id is None][n].id

        sessions_ops.add_timetable_row(ws, s4.id, ItemKind.BREAK, top_level(1))
        sessions_ops.add_timetable_row(ws, s4.id, ItemKind.LUNCH, top_level(3))
        sessions_ops.add_timetable_row(ws, s4.id, ItemKind.DAY, top_level(4))
        window = MainWindow(ws)
        window.today = dt.date(2004, 5, 26)
        window.resize(1200, 720)
        window.show()
        window.select_session(s4.id)
        window.tabs.setCurrentWidget(window.agenda_view)
        app.processEvents()
        window.grab().save(str(OUT / "agenda-two-days.png"))
        window.show_dashboard()
        app.processEvents()
        window.grab().save(str(OUT / "dashboard.png"))
        window.close()
        ws.close()


def lifecycle(app, ws) -> None:
    """A register a year on, at 1024×700: a withdrawn and a superseded commitment, a changed text; the editor; the indicators."""
    import copy

    from consult_app.domain.model import new_id

    mlfr = ws.dialogue_by_code("ML-FR")
    register_ops.withdraw_commitment(
        ws, ws.commitment_by_ref("MLFR-2001-02").id, dt.date(2003, 6, 17), reason="Remplacé par le programme d'aide au retour de 2004"
    )
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
    window.grab().save(str(OUT / "register-year.png"))
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


def party_names(app, ws) -> None:
    """The US–Mexico group's parties, Mexico's tab: its forms in English and Spanish, and what the minutes print."""
    window = MainWindow(ws)
    window.show()
    nav = window.navigator
    nav.setCurrentItem(next(nav.topLevelItem(i) for i in range(nav.topLevelItemCount()) if nav.topLevelItem(i).text(0).startswith("US-MX")))
    dialog = window.creating.party_names()
    dialog.tabs.setCurrentIndex(1)
    dialog.resize(640, 700)
    app.processEvents()
    dialog.grab().save(str(OUT / "party-names.png"))
    dialog.reject()
    window.close()


def unlock_png(app: QApplication, out: Path) -> None:
    """The dialog that asks for an encrypted workspace's passphrase (File › Open, or at start)."""
    from consult_app.ui.unlock import UnlockDialog

    dialog = UnlockDialog(Path("bamako.consult"))
    dialog.passphrase.setText("correct horse battery staple")
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out))
    dialog.close()


def documents(ws) -> None:
    """The document pictures of the README, and a contact sheet of every page of the demo documents."""
    rendered = {
        "minutes-fr": services.minutes_pdf(ws, "ML-FR", 2),
        "minutes": services.minutes_pdf(ws, "US-MX", 2, ["en", "es"]),
        "tracker": services.tracker_pdf(ws, "ML-FR", dt.date(2003, 6, 1)),
        "brief": services.brief_pdf(ws, "ML-FR", 3, dt.date(2003, 6, 6)),
    }
    for name, pdf in rendered.items():
        page_png(pdf, 1 if name in ("tracker", "brief") else 0, OUT / f"{name}.png")
    contact_sheet(
        [
            ("Joint minutes, ML-FR 2nd session (French, agreed)", rendered["minutes-fr"]),
            ("Joint minutes, US-MX 2nd session (English and Spanish, draft)", rendered["minutes"]),
            ("Ministerial brief, ML-FR 3rd session (French): cover, two-page front, annexes", rendered["brief"]),
            ("Progress tracker, ML-FR (French, joint edition)", rendered["tracker"]),
            (
                "Progress tracker, all dialogues (English, internal edition)",
                services.tracker_pdf(ws, None, dt.date(2003, 6, 1), audience="internal", lang="en"),
            ),
        ],
        OUT / "contact-sheet.png",
    )


def contact_sheet(documents: list[tuple[str, bytes]], out: Path, height: int = 230) -> None:
    """Every page of each document as a thumbnail, one row per document with its name above."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    rows = []
    for name, pdf in documents:
        doc = load(pdf)
        pages = []
        for n in range(doc.pageCount()):
            size = doc.pagePointSize(n)
            pages.append(doc.render(n, QSize(int(height * size.width() / size.height()), height)))
        rows.append((name, pages, doc))
    gap, caption = 10, 22
    width = max(sum(p.width() + gap for p in pages) for _, pages, *_ in rows) + gap
    sheet = QImage(width, len(rows) * (height + caption + gap) + gap, QImage.Format.Format_RGB32)
    sheet.fill(QColor("#e5e7eb"))
    painter = QPainter(sheet)
    font = QFont("DejaVu Sans")
    font.setPixelSize(13)
    painter.setFont(font)
    y = gap
    for name, pages, *_ in rows:
        painter.setPen(QColor("#111827"))
        painter.drawText(gap, y, width - 2 * gap, caption, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
        x = gap
        for page in pages:
            painter.fillRect(x, y + caption, page.width(), page.height(), QColor("white"))
            painter.drawImage(x, y + caption, page)
            painter.setPen(QColor("#9ca3af"))
            painter.drawRect(x, y + caption, page.width() - 1, page.height() - 1)
            x += page.width() + gap
        y += caption + height + gap
    painter.end()
    sheet.save(str(out))


def load(pdf: bytes) -> QPdfDocument:
    """A PDF in QtPdf (its buffer kept alive with it)."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    doc.buffer = buffer
    return doc


def page_png(pdf: bytes, page: int, out: Path, width: int = 560) -> None:
    """Render one page of a PDF with QtPdf, small enough for the README."""
    doc = load(pdf)
    size = doc.pagePointSize(page)
    from PySide6.QtGui import QColor, QImage, QPainter

    image = doc.render(page, QSize(width, int(width * size.height() / size.width())))
    paper = QImage(image.size(), QImage.Format.Format_RGB32)  # QtPdf leaves the page transparent: print it on white
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    paper.save(str(out))


if __name__ == "__main__":
    main()
