"""The workspace file: the only package that talks to SQLite."""

from .workspace import Hit, Workspace

__all__ = ["Hit", "Report", "Workspace", "check_workspace", "joint_view"]


def __getattr__(name: str):
    """``check_workspace``, ``Report`` and ``joint_view`` load their modules on first use (start-up needs none)."""
    if name in ("Report", "check_workspace"):
        from . import checks

        return getattr(checks, name)
    if name == "joint_view":
        from .joint import joint_view

        return joint_view
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
