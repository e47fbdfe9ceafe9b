"""Shared fixtures: real workspace files in a temporary folder, and the CLI."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import settings

from consult_app.ops.workspaces import create as create_workspace
from consult_app.store import Workspace

from .effort import THOROUGH

# make test draws the same random examples every run, so that it passes or fails the same way on every machine;
# make thorough (CONSULT_THOROUGH=1) draws new ones each time, to find what the fixed ones miss.
settings.register_profile("make-test", derandomize=True)
settings.register_profile("thorough", derandomize=False)
settings.load_profile("thorough" if THOROUGH else "make-test")

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


@contextlib.contextmanager
def private_home(tmp_path_factory):
    """Data and settings folders of its own for state made once (before any test's own folders exist), off the real ones too."""
    from consult_app.store import connection

    home = tmp_path_factory.mktemp("template-home")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_DATA_HOME", str(home / "data"))
        mp.setenv("XDG_CONFIG_HOME", str(home / "config"))
        try:
            yield
        finally:
            connection.forget_keys()


def copy_folder(template: Path, folder: Path) -> Path:
    """Every file made once in ``template`` (workspaces, their exchange folders, invitations) copied as it is into ``folder``.

    The copies keep their identities (workspace, file and device ids, keys):
    each test has its own data folder, so no two copies ever meet.
    """
    shutil.copytree(template, folder, dirs_exist_ok=True)
    return folder


_made: dict[str, Path] = {}


def made_once(tmp_path_factory, name: str, build) -> Path:
    """The folder that ``build(folder)`` fills, built once per test process under ``name`` (copy it with :func:`copy_folder`).

    A session-wide fixture that any module can use by importing its own
    fixture that calls this one (no further fixture names to import).
    """
    if name not in _made:
        folder = tmp_path_factory.mktemp(name.replace(":", "-"))
        with private_home(tmp_path_factory):
            build(folder)
        _made[name] = folder
    return _made[name]


def agreed_before_versions(ws: Workspace, session_id: str) -> None:
    """Minutes agreed as a workspace from before the negotiated record holds them (no version, no sign-off).

    Agreed minutes take no new, removed or moved item: a test that wants such a session builds its items first, as
    the secretariat did then, and calls this last (as the demo's agreed sessions were made).
    """
    with ws.transaction("session"):
        ws.conn.execute("UPDATE sessions SET minutes_state = 'agreed' WHERE id = ?", (session_id,))


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory) -> Path:
    """The demo workspace, made once per test process (``create_workspace(path, demo=True)``, 50–150 ms)."""
    with private_home(tmp_path_factory):
        path = tmp_path_factory.mktemp("template") / "demo.consult"
        create_workspace(path, demo=True).close()
    return path


def copy_of_demo(template: Path, path: Path) -> Path:
    """A copy of the demo workspace with an identity of its own — workspace, file and device ids, keys — as a new one gets."""
    import sqlite3

    from consult_app.domain.model import new_id
    from consult_app.exchange.keys import DeviceSecrets
    from consult_app.store.codec import utc_now

    shutil.copyfile(template, path)
    path.chmod(0o600)
    device, (sign, box), now = new_id(), DeviceSecrets.new().hex(), utc_now()
    fresh = {"workspace_id": new_id(), "created_at": now, "device_id": device, "file_id": device, "sign_secret": sign, "box_secret": box, "keys_made_at": now}
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.executemany("UPDATE meta SET value = ? WHERE key = ?", [(value, key) for key, value in fresh.items()])
    finally:
        conn.close()
    Workspace.open(path).close()  # opened once, as create_workspace leaves it: checked, a first snapshot taken, its state noted
    return path


@pytest.fixture
def demo_path(tmp_path, demo_template) -> Path:
    """A new workspace holding the demo dialogues, closed."""
    return copy_of_demo(demo_template, tmp_path / "demo.consult")


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


def call_cli(*args: str | os.PathLike, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """Run ``consult-app`` in this process through ``cli.main(argv)``, capturing what it prints and its exit code.

    Most command-line tests use this (it is fast); those that need another
    process — a lock held by someone else, a kill, the window, what SQLCipher
    itself prints — use :func:`run_cli`. With ``env`` the call runs as a new
    process would: those variables set, and no passphrase known beforehand.
    """
    import io

    from consult_app.cli import main
    from consult_app.store import connection

    argv = [str(a) for a in args]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        if env is not None:
            mp = stack.enter_context(pytest.MonkeyPatch.context())
            for name, value in env.items():
                mp.setenv(name, value)
            connection.forget_keys()
            stack.callback(connection.forget_keys)
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
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
    "tests/store/test_crash_exchange.py",
    "tests/store/test_crash.py",
    "tests/store/test_packet_fuzz.py",
    "tests/exchange/test_hostile.py",
    "tests/reports/test_print_quality.py",
)


def pytest_collection_modifyitems(config, items):
    rank = {module: n for n, module in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.nodeid.split("::")[0], len(LONGEST_FIRST)))  # a stable sort
