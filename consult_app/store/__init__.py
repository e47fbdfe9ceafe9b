"""The workspace file: the only package that talks to SQLite."""

from .joint import joint_view
from .workspace import Hit, Workspace

__all__ = ["Hit", "Report", "Workspace", "check_workspace", "joint_view"]


def __getattr__(name: str):
    """``check_workspace`` and ``Report`` load the checks module on first use (start-up needs neither)."""
    if name in ("Report", "check_workspace"):
        from . import checks

        return getattr(checks, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
