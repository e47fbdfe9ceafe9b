"""Shared fixtures: real workspace files in a temporary folder, and the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from consult_app.ops.workspaces import create as create_workspace
from consult_app.store import Workspace

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path_factory, monkeypatch):
    """Keep tests away from the real user's data and settings folders, and from each other's passphrases."""
    from consult_app.store import connection

    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CONSULT_PASSPHRASE", raising=False)
    connection.forget_keys()
    yield
    connection.forget_keys()


@pytest.fixture
def ws(tmp_path) -> Workspace:
    """An empty workspace file."""
    workspace = Workspace.create(tmp_path / "empty.consult")
    yield workspace
    workspace.close()


@pytest.fixture
def demo_path(tmp_path) -> Path:
    path = tmp_path / "demo.consult"
    create_workspace(path, demo=True).close()
    return path


@pytest.fixture
def demo(demo_path) -> Workspace:
    """A workspace holding the demo dialogues."""
    workspace = Workspace.open(demo_path)
    yield workspace
    workspace.close()


def run_cli(*args: str | os.PathLike, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run ``consult-app`` in a subprocess, as a user would (with ``env`` added to the environment)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run([sys.executable, "-m", "consult_app.cli", *map(str, args)], capture_output=True, text=True, cwd=cwd, env=env, timeout=120)


def call_cli(*args: str | os.PathLike) -> subprocess.CompletedProcess:
    """Run ``consult-app`` in this process through ``cli.main(argv)``, capturing what it prints and its exit code.

    Most command-line tests use this (it is fast); those that need another
    process — a lock held by someone else, a kill, the window — use :func:`run_cli`.
    """
    import contextlib
    import io

    from consult_app.cli import main

    argv = [str(a) for a in args]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: --help, usage errors
            code = exc.code if isinstance(exc.code, int) else 1
    return subprocess.CompletedProcess(["consult-app", *argv], code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli():
    return call_cli


# The longest tests go first: on two workers (make test), one started last would keep its worker busy
# while the other has run out of tests. Their order among themselves, and every other test's, is unchanged.
LONGEST_FIRST = (
    "tests/test_packaging.py",
    "tests/store/test_crash.py",
    "tests/store/test_crash_exchange.py",
    "tests/store/test_packet_fuzz.py",
    "tests/exchange/test_hostile.py",
    "tests/reports/test_print_quality.py",
    "tests/store/test_encryption.py",
)


def pytest_collection_modifyitems(config, items):
    rank = {module: n for n, module in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(LONGEST_FIRST)))  # a stable sort
