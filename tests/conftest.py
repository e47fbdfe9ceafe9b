"""Shared fixtures: real workspace files in a temporary folder, and the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from consult_app.services import create_workspace
from consult_app.store import Workspace

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def _private_user_folders(tmp_path_factory, monkeypatch):
    """Keep tests away from the real user's data and settings folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


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
    return subprocess.run(
        [sys.executable, "-m", "consult_app.cli", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


@pytest.fixture
def cli():
    return run_cli
