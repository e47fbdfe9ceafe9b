"""The interface's language: Qt translators for Consult and for Qt's own dialogs.

Translations are made with Qt's tools: ``pyside6-lupdate`` extracts the
strings into ``resources/translations/consult_<lang>.ts`` (edited with Qt
Linguist), ``pyside6-lrelease`` compiles them into ``.qm`` files when the
package is built or installed (``.ci/packaging/consult_build.py``), and
they are found as package data. The language follows the system locale
unless one is chosen in Tools › Language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..paths import resource

LANGUAGES = {"en": "English", "fr": "Français", "es": "Español"}


def chosen_language() -> str:
    """The language set in the settings, else the system's if we have it, else English."""
    setting = QSettings().value("ui/language", "")
    if setting in LANGUAGES:
        return str(setting)
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else "en"


def install(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load Consult's and Qt's translations for ``lang`` and format dates and numbers its way."""
    for old in getattr(app, "_consult_translators", []):
        app.removeTranslator(old)
    app.setProperty("consult_language", lang)
    QLocale.setDefault(QLocale(lang))
    translators: list[QTranslator] = []
    if lang != "en":
        for folder, name in (
            (resource("translations"), f"consult_{lang}"),
            (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{lang}"),
        ):
            translator = QTranslator(app)
            if translator.load(name, str(folder)):
                app.installTranslator(translator)
                translators.append(translator)
    app._consult_translators = translators
    return translators
