"""Intent-level operations shared by the command line and the desktop app."""

from __future__ import annotations

from pathlib import Path

from .exchange.interchange import parse
from .store import Workspace


def demo_text() -> str:
    """The demo dialogues (from the source document) as interchange JSON."""
    return _demo_path().read_text("utf-8")


def _demo_path() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "demo" / "demo.json"


def create_workspace(path: str | Path, *, demo: bool = False) -> Workspace:
    """Create a new workspace file, filled with the demo dialogues if asked.

    Creation and filling are all or nothing: if the demo cannot be loaded, the
    new file is removed again.
    """
    path = Path(path)
    bundle = parse(demo_text()) if demo else None
    ws = Workspace.create(path)
    if bundle is not None:
        try:
            ws.load(bundle)
        except BaseException:
            ws.close()
            path.unlink(missing_ok=True)
            raise
    return ws
