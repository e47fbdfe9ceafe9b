"""French and Spanish: every string translated, the .ts files up to date, the app in French."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from consult_app.ui.main_window import MainWindow

from ..conftest import ROOT

TS = {lang: ROOT / "resources" / "translations" / f"consult_{lang}.ts" for lang in ("fr", "es")}
PLACEHOLDER = re.compile(r"\{[a-z_]+[^}]*\}")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {(ctx.find("name").text, m.find("source").text): m for ctx in root.iter("context") for m in ctx.iter("message")}


@pytest.mark.parametrize("lang", ["fr", "es"])
def test_every_string_is_translated_and_finished(lang):
    problems = []
    for (context, source), message in messages(TS[lang]).items():
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
            problems.append(f"{context}: {source!r} is untranslated or unfinished")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation.text)):
            problems.append(f"{context}: {source!r} loses or changes a placeholder")
    assert problems == []


def test_the_ts_files_hold_every_string_of_the_sources(tmp_path):
    """A string added to the interface but not to the .ts files fails here (run `make ts`, then translate it)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "consult_app" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(messages(fresh))
    for lang, path in TS.items():
        missing = wanted - set(messages(path))
        assert not missing, f"{lang}: not in the .ts file: {sorted(missing)[:5]}"


def test_the_window_in_french(french, qtbot, demo):
    window = MainWindow(demo)
    qtbot.addWidget(window)
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus[:4] == ["&Fichier", "É&dition", "A&ffichage", "&Dialogue"]
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Vue d’ensemble",
        "Session",
        "Ordre du jour",
        "Procès-verbal",
        "Engagements",
        "Suivi",
        "Indicateurs",
    ]
    nav = window.navigator
    mlfr = next(nav.topLevelItem(i) for i in range(nav.topLevelItemCount()) if nav.topLevelItem(i).text(0).startswith("ML-FR"))
    assert mlfr.child(2).text(0) == "3e session — 16–17 juin 2003, Bamako"
    window.tabs.setCurrentWidget(window.register_view)
    window.navigator.setCurrentItem(mlfr)
    model = window.register_view.model
    statuses = {model.index(r, 5).data() for r in range(model.rowCount())}
    assert {"En bonne voie", "Menacé", "En difficulté", "Réalisé"} <= {s.split(" — ")[0] for s in statuses}
    assert "En bonne voie — mais en retard depuis le 31 déc. 2003" in statuses  # overdue, said without contradicting the status
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own buttons too


def test_numbers_follow_the_language(french, qtbot, demo):
    from consult_app.ui import labels

    assert labels.number(25000) == "25\u202f000" or labels.number(25000) == "25 000"
    assert labels.ordinal(1) == "1re" and labels.ordinal(3) == "3e"


def test_the_language_chosen_is_kept_for_the_next_start_and_the_window_says_so(qtbot, demo):
    from PySide6.QtCore import QSettings

    window = MainWindow(demo)
    qtbot.addWidget(window)
    try:
        dialog = window.tools.choose_language()
        dialog.combo.setCurrentIndex(dialog.combo.findData("fr"))
        dialog.accept()
        assert QSettings().value("ui/language") == "fr"
        assert window.statusBar().currentMessage() == "Language chosen: Français; it takes effect when Consult starts again."
        dialog = window.tools.choose_language()
        dialog.combo.setCurrentIndex(dialog.combo.findData("en"))  # the language it speaks now: nothing to announce
        window.statusBar().clearMessage()
        dialog.accept()
        assert QSettings().value("ui/language") == "en" and window.statusBar().currentMessage() == ""
    finally:
        QSettings().remove("ui/language")
