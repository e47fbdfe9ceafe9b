"""Composition root: the desktop app's entry point."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(path: Path | None = None) -> int:
    """Open the desktop app on PATH, or on the last or default workspace."""
    from .platform_check import no_display, problem
    from .startup import mark

    mark("python-and-cli")

    missing = problem() or no_display()  # before Qt: say which system packages it needs, or that there is no screen, not Qt's abort
    if missing:
        print(f"consult-app: {missing}", file=sys.stderr)
        return 1
    mark("platform-checked")
    from .ui.application import run_gui as run

    return run(path)
