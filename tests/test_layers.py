"""The rooms stay apart: domain, store, reports and exchange never import Qt; the UI never talks to SQLite."""

import ast
import functools
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "consult_app"


def syntax(path: Path) -> ast.Module:
    """A module's syntax tree, parsed once per test process: the guards below read the whole package a dozen times."""
    stat = path.stat()
    return _parsed(path, stat.st_mtime_ns, stat.st_size)


@functools.cache
def _parsed(path: Path, _mtime: int, _size: int) -> ast.Module:  # a file planted again at the same path is parsed again
    return ast.parse(path.read_text("utf-8"), filename=str(path))


@functools.cache
def nodes(tree: ast.AST) -> tuple[ast.AST, ...]:
    """Every node of a tree (``ast.walk``), listed once."""
    return tuple(ast.walk(tree))


def imported_modules(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        for node in nodes(syntax(path)):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    yield path, alias.name
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                yield path, node.module


def offenders(room: str, forbidden: tuple[str, ...]) -> list[str]:
    return [f"{path.relative_to(PACKAGE.parent)} imports {module}" for path, module in imported_modules(PACKAGE / room) if module.split(".")[0] in forbidden]


@pytest.mark.parametrize("room", ["domain", "store", "reports", "exchange"])
def test_no_qt_outside_the_ui(room):
    assert offenders(room, ("PySide6", "shiboken6")) == []


@pytest.mark.parametrize("room", ["ui", "domain", "exchange", "reports"])
def test_sqlite_only_in_the_store(room):
    assert offenders(room, ("sqlite3", "sqlcipher3", "sqlite_utils", "apsw")) == []


def test_every_connection_to_a_file_is_opened_by_the_store_connection_module():
    """One code path knows whether a file is encrypted and how to key it: no other module opens a database itself."""
    opening = ("sqlite3.connect(", "dbapi2.connect(", "apsw.Connection(", "sqlcipher3.connect(")
    found = []
    for path in sorted((PACKAGE / "store").rglob("*.py")):
        if path.name == "connection.py":
            continue
        for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
            if any(call in line for call in opening) and '":memory:"' not in line:
                found.append(f"{path.name}:{n}")
    assert found == []


def test_domain_uses_no_file_format_or_pdf_library():
    assert offenders("domain", ("reportlab", "jsonschema", "sqlite3", "sqlite_utils")) == []


def test_reportlab_only_in_reports():
    for room in ("domain", "store", "exchange", "ui"):
        assert offenders(room, ("reportlab",)) == []


def test_pdf_archiving_and_signing_only_in_reports():
    """PDF/A (pikepdf) and PAdES signatures (pyHanko) are part of printing documents, like reportlab."""
    for room in ("domain", "store", "exchange", "ui", "ops"):
        assert offenders(room, ("pikepdf", "pyhanko", "pyhanko_certvalidator")) == []


def test_the_check_can_fail(tmp_path, monkeypatch):
    """A guard that cannot fail guards nothing: plant an import and see it caught."""
    room = tmp_path / "domain"
    room.mkdir()
    (room / "bad.py").write_text("from PySide6.QtCore import QObject\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path)
    assert offenders("domain", ("PySide6",)) == [f"{tmp_path.name}/domain/bad.py imports PySide6.QtCore"]


# ---------------------------------------------------------------- the joint view guard

JOINT_ONLY = {"reports/minutes.py": "MinutesRenderer.__init__", "reports/compare.py": "CompareRenderer.__init__", "exchange/office.py": "write_docx"}
"""Renderers whose output goes to the other delegation: they take the joint view and nothing else."""


def _functions(tree: ast.AST):
    for node in nodes(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, ast.FunctionDef):
                    yield f"{node.name}.{item.name}", item
        elif isinstance(node, ast.FunctionDef):
            yield node.name, node


def joint_guard_offenders() -> list[str]:
    """Joint renderers whose bundle is not typed as the joint view, or that do not check it."""
    out = []
    for relative, qualname in JOINT_ONLY.items():
        tree = syntax(PACKAGE / relative)
        found = dict(_functions(tree)).get(qualname)
        if found is None:
            out.append(f"{relative}: {qualname} is gone")
            continue
        params = [a for a in found.args.args if a.arg != "self"]
        annotation = ast.unparse(params[0].annotation) if params and params[0].annotation else "nothing"
        if annotation != "JointBundle":
            out.append(f"{relative}: {qualname} takes {annotation}, not JointBundle")
        calls = {n.func.id for n in ast.walk(found) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
        if "require_joint" not in calls:
            out.append(f"{relative}: {qualname} does not call require_joint")
    return out


def joint_builders() -> list[str]:
    """Every place that builds a JointBundle: only the store's joint view may."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in nodes(syntax(path)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "JointBundle":
                out.append(str(path.relative_to(PACKAGE)))
    return out


def test_joint_renderers_take_only_the_joint_view():
    assert joint_guard_offenders() == []


def test_only_the_store_builds_the_joint_view():
    assert set(joint_builders()) == {"store/joint.py"}


def test_ops_feed_joint_renderers_the_joint_view():
    """Where the intents call a joint renderer, its first argument is joint_view(...), or a name bound to joint_view(...)."""
    fed = []
    for name in ("documents.py", "exports.py"):
        tree = syntax(PACKAGE / "ops" / name)
        bound = {
            target.id: node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Assign)
            for target in (node.targets[0].elts if isinstance(node.targets[0], ast.Tuple) else node.targets)
            if isinstance(target, ast.Name)
        }
        for assign in [n for n in ast.walk(tree) if isinstance(n, ast.Assign) and isinstance(n.targets[0], ast.Tuple) and isinstance(n.value, ast.Tuple)]:
            bound.update({t.id: v for t, v in zip(assign.targets[0].elts, assign.value.elts) if isinstance(t, ast.Name)})
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and getattr(call.func, "id", getattr(call.func, "attr", None)) in (
                "MinutesRenderer",
                "CompareRenderer",
                "write_docx",
            ):
                first = call.args[0]
                first = bound.get(first.id, first) if isinstance(first, ast.Name) else first
                fed.append(ast.unparse(first.func) if isinstance(first, ast.Call) else ast.unparse(first))
    assert fed == ["joint_view", "joint_view", "joint_view"]


def test_the_joint_guard_can_fail(tmp_path, monkeypatch):
    """Plant a joint renderer typed with a plain Bundle, and one that builds its own joint view: both are caught."""
    (tmp_path / "reports").mkdir()
    (tmp_path / "exchange").mkdir()
    (tmp_path / "reports" / "minutes.py").write_text(
        "class MinutesRenderer:\n    def __init__(self, bundle: Bundle, dialogue_id):\n        require_joint(bundle, 'x')\n"
    )
    (tmp_path / "exchange" / "office.py").write_text("def write_docx(b: JointBundle, d):\n    return JointBundle(**vars(b))\n")
    (tmp_path / "reports" / "compare.py").write_text(
        "class CompareRenderer:\n    def __init__(self, bundle: JointBundle, dialogue_id):\n        require_joint(bundle, 'x')\n"
    )
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path)
    assert joint_guard_offenders() == [
        "reports/minutes.py: MinutesRenderer.__init__ takes Bundle, not JointBundle",
        "exchange/office.py: write_docx does not call require_joint",
    ]
    assert joint_builders() == ["exchange/office.py"]


# ---------------------------------------------------------------- one entrance for every intent

SYNC_WRITERS = {"field_copy", "export_packet", "import_packet", "rotate_keys", "forget_partner"}


@functools.cache  # asked twice by the entrance test: the unparsing of every store function is the slow part
def store_writers(package: Path = PACKAGE) -> frozenset[str]:
    """Names of the store's write methods: every method that opens a transaction, or calls one that does."""
    bodies = {}
    for path in (package / "store").glob("*.py"):
        for node in nodes(syntax(path)):
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("__"):
                bodies[node.name] = bodies.get(node.name, "") + ast.unparse(node)
    names = {"_write", "transaction"}
    while True:
        more = {name for name, body in bodies.items() if any(f"self.{w}(" in body for w in names)} - names
        if not more:
            return frozenset(names - {"transaction", "_write"})
        names |= more


def direct_writes(package: Path = PACKAGE) -> list[str]:
    """Calls from the window or the command line to a store write (not through consult_app.ops)."""
    writers = store_writers(package)
    found = []
    sources = [*sorted((package / "ui").rglob("*.py")), package / "cli.py"]
    for path in sources:
        if not path.exists():
            continue
        for node in nodes(syntax(path)):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in writers:
                owner = ast.unparse(func.value)
                if owner in ("ws", "workspace", "copy") or owner.endswith(".workspace"):
                    found.append(f"{path.relative_to(package)}: {owner}.{func.attr}(...)")
            elif isinstance(func, ast.Name) and func.id in SYNC_WRITERS:
                found.append(f"{path.relative_to(package)}: {func.id}(...)")
    return found


def test_the_window_and_the_command_line_write_only_through_ops():
    assert store_writers() >= {"add_commitment", "log_status", "add_action", "load", "update_session", "move_agenda_item"}
    assert direct_writes() == []


def test_the_entrance_guard_can_fail(tmp_path):
    (tmp_path / "store").mkdir()
    (tmp_path / "ui").mkdir()
    (tmp_path / "store" / "register.py").write_text("class R:\n    def log_status(self):\n        with self._write('status'):\n            pass\n")
    (tmp_path / "ui" / "view.py").write_text("def f(self):\n    self.workspace.log_status('x')\n    import_packet(ws, b'')\n")
    (tmp_path / "cli.py").write_text("def g(ws):\n    ws.log_status('x')\n")
    assert direct_writes(tmp_path) == ["ui/view.py: self.workspace.log_status(...)", "ui/view.py: import_packet(...)", "cli.py: ws.log_status(...)"]


def test_every_intent_says_what_it_does():
    missing = []
    for path in sorted((PACKAGE / "ops").glob("*.py")):
        for node in syntax(path).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_") and not ast.get_docstring(node):
                missing.append(f"ops/{path.name}: {node.name}")
    assert missing == []


# ---------------------------------------------------------------- the size of the rooms

LONGEST_FUNCTION = 60  # lines, from `def` to its last line, docstring included
LONG_BY_NATURE = {"cli.py: _parser"}  # one declaration per command: splitting it would only scatter them


def long_functions(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in nodes(syntax(path)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.end_lineno - node.lineno + 1 > LONGEST_FUNCTION:
                where = f"{path.relative_to(root).as_posix()}: {node.name}"
                if where not in LONG_BY_NATURE:
                    found.append(f"{where} ({node.end_lineno - node.lineno + 1} lines)")
    return found


def test_no_function_is_longer_than_a_screen():
    assert long_functions(PACKAGE) == []


def test_the_length_guard_can_fail(tmp_path):
    (tmp_path / "ui").mkdir()
    (tmp_path / "ui" / "view.py").write_text("class V:\n    def __init__(self):\n" + "        x = 1\n" * 60)
    assert long_functions(tmp_path) == ["ui/view.py: __init__ (61 lines)"]


def test_the_workspace_and_the_window_stay_readable():
    sizes = {}
    for path, name in ((PACKAGE / "store" / "workspace.py", "Workspace"), (PACKAGE / "ui" / "main_window.py", "MainWindow")):
        node = next(n for n in syntax(path).body if isinstance(n, ast.ClassDef) and n.name == name)
        sizes[name] = node.end_lineno - node.lineno + 1
    assert sizes["Workspace"] < 450 and sizes["MainWindow"] < 350, sizes
