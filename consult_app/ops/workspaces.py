"""Whole workspaces: create one (with the demo), save a copy, import a bundle, check and repair."""

from __future__ import annotations

import copy
from functools import cache
from pathlib import Path

from ..domain.model import Bundle
from ..paths import resource
from ..store import Workspace


def demo_text() -> str:
    """The demo dialogues (from the source document) as interchange JSON."""
    return resource("demo", "demo.json").read_text("utf-8")


@cache
def _demo() -> Bundle:
    from ..exchange.interchange import parse  # jsonschema and the reader: only for the demo

    return parse(demo_text())


def demo_bundle() -> Bundle:
    """The demo read and checked once per run (the schema check is most of a demo workspace's making); a copy each time."""
    return copy.deepcopy(_demo())


def create(path: str | Path, *, demo: bool = False, key=None) -> Workspace:
    """Create a new workspace file, filled with the demo dialogues if asked, encrypted with ``key`` when given; return it open.

    Creation and filling are all or nothing: if the demo cannot be loaded, the
    new file is removed again.
    """
    path = Path(path)
    bundle = demo_bundle() if demo else None
    ws = Workspace.create(path, key=key)
    if bundle is not None:
        try:
            ws.load(bundle)
        except BaseException:
            ws.close()
            path.unlink(missing_ok=True)
            raise
    return ws


def import_bundle(ws: Workspace, bundle: Bundle) -> Bundle:
    """Add every dialogue of an interchange bundle in one transaction (a snapshot is taken first)."""
    ws.load(bundle)
    return bundle


def save_copy(ws: Workspace, target: str | Path) -> Path:
    """Write a consistent copy with SQLite's backup API; the copy is a file of its own (its own backups)."""
    ws.save_copy(target)
    return Path(target)


def check(path: str | Path):
    """Every check of a workspace file (read-only, but an interrupted write is recovered first): a report."""
    from ..store.checks import check_workspace

    return check_workspace(path)


def repair(path: str | Path) -> list[str]:
    """Mend what the application's checks can mend, after a snapshot; return what was done."""
    from ..store.checks import repair as mend

    return mend(path)


def encrypt(path: str | Path, passphrase: str) -> str:
    """Encrypt a closed workspace (and its snapshots and exchange baselines) with a passphrase; one sentence back."""
    from ..store import encryption

    return encryption.encrypt(path, passphrase)


def change_passphrase(path: str | Path, passphrase: str) -> str:
    """Give an encrypted, closed workspace a new passphrase; one sentence back."""
    from ..store import encryption

    return encryption.change_passphrase(path, passphrase)


def decrypt(path: str | Path, out: str | Path) -> str:
    """Write a decrypted copy of an encrypted workspace (a file of its own); one sentence back."""
    from ..store import encryption

    return encryption.decrypt(path, out)
