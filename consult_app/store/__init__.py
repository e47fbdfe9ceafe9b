"""The workspace file: the only package that talks to SQLite."""

from .checks import Report, check_workspace
from .joint import joint_view
from .workspace import Hit, Workspace

__all__ = ["Hit", "Report", "Workspace", "check_workspace", "joint_view"]
