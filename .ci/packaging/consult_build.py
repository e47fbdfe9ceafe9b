"""Consult's build backend: setuptools, plus the translations compiled at build time.

pyproject.toml names this module as the PEP 517 backend (``backend-path``).
It is setuptools' own backend with two commands replaced:

- ``build_py`` compiles ``resources/translations/*.ts`` into ``.qm`` files with
  Qt's ``lrelease`` (from PySide6-Essentials, a build requirement) before the
  package data is collected, so wheels, editable installs and the PyInstaller
  build all carry them. The ``.qm`` files are generated, never committed.
- ``sdist`` adds this file and the ``.ts`` sources, so a wheel built from the
  source archive compiles them the same way.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools.build_meta import *  # noqa: F401,F403  (the PEP 517 hooks)
from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent.parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LRELEASE = "import sys; from PySide6.scripts.pyside_tool import lrelease; sys.argv[0] = 'lrelease'; sys.exit(lrelease())"


def compile_translations(folder: Path = TRANSLATIONS) -> list[Path]:
    """Compile every ``consult_<lang>.ts`` in ``folder`` into the ``.qm`` beside it; return the ``.qm`` paths."""
    sources = sorted(folder.glob("*.ts"))
    if not sources:
        return []
    result = subprocess.run([sys.executable, "-c", LRELEASE, "-silent", *map(str, sources)], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(_lrelease_failed(result.stderr))
    compiled = [ts.with_suffix(".qm") for ts in sources]
    missing = [qm.name for qm in compiled if not qm.is_file()]
    if missing:
        raise RuntimeError(f"lrelease did not write {', '.join(missing)} in {folder}.")
    return compiled


def _lrelease_failed(stderr: str) -> str:
    """Why lrelease failed, in one message: when system libraries are missing, the command that installs
    them — those lrelease needs and those the app will need, so one command makes ``make run`` work."""
    if "error while loading shared libraries" in stderr:
        sys.path.insert(0, str(ROOT))
        from consult_app.platform_check import problem, qt_folder  # standard library only

        qt = qt_folder()
        message = problem(also=(qt.parent / "lrelease",)) if qt is not None else None
        if message:
            return f"Compiling Consult's translations with Qt's lrelease failed.\n{message}"
    return f"Compiling Consult's translations with Qt's lrelease failed: {stderr.strip()}"


class BuildPy(build_py):
    """``build_py`` that first compiles the translations, so the ``.qm`` files are package data."""

    def run(self) -> None:
        compile_translations()
        super().run()


class Sdist(sdist):
    """``sdist`` that also carries this backend and the translation sources."""

    def add_defaults(self) -> None:
        super().add_defaults()
        here = Path(__file__).resolve().relative_to(ROOT).as_posix()
        self.filelist.extend([here, *(ts.relative_to(ROOT).as_posix() for ts in sorted(TRANSLATIONS.glob("*.ts")))])
