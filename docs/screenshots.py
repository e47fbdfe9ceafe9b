"""Regenerate the README's screenshots from the real app (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots.py
"""

import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from consult_app.services import create_workspace
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
        window.close()
        ws.close()


if __name__ == "__main__":
    main()
