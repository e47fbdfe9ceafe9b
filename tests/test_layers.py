"""The rooms stay apart: domain, store, reports and exchange never import Qt; the UI never talks to SQLite."""

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "consult_app"


def imported_modules(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield path, alias.name
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                yield path, node.module


def offenders(room: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.relative_to(PACKAGE.parent)} imports {module}"
        for path, module in imported_modules(PACKAGE / room)
        if module.split(".")[0] in forbidden
    ]


@pytest.mark.parametrize("room", ["domain", "store", "reports", "exchange"])
def test_no_qt_outside_the_ui(room):
    assert offenders(room, ("PySide6", "shiboken6")) == []


@pytest.mark.parametrize("room", ["ui", "domain", "exchange", "reports"])
def test_sqlite_only_in_the_store(room):
    assert offenders(room, ("sqlite3", "sqlite_utils", "apsw")) == []


def test_domain_uses_no_file_format_or_pdf_library():
    assert offenders("domain", ("reportlab", "jsonschema", "sqlite3", "sqlite_utils")) == []


def test_reportlab_only_in_reports():
    for room in ("domain", "store", "exchange", "ui"):
        assert offenders(room, ("reportlab",)) == []


def test_the_check_can_fail(tmp_path, monkeypatch):
    """A guard that cannot fail guards nothing: plant an import and see it caught."""
    room = tmp_path / "domain"
    room.mkdir()
    (room / "bad.py").write_text("from PySide6.QtCore import QObject\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path)
    assert offenders("domain", ("PySide6",)) == [f"{tmp_path.name}/domain/bad.py imports PySide6.QtCore"]
