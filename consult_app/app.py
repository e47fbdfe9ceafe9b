"""Composition root: the desktop app's entry point."""

from __future__ import annotations

from pathlib import Path


def run_gui(path: Path | None = None) -> int:
    """Open the desktop app on PATH, or on the last or default workspace."""
    from .ui.application import run_gui as run

    return run(path)
