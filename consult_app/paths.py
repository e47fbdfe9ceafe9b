"""Where Consult finds its own files (resources it ships, log, default workspace) — without Qt.

On Linux the user data folder is the same one Qt's
``QStandardPaths.AppDataLocation`` gives for organisation "Consult" and
application "Consult".
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

ORGANISATION = "Consult"
APPLICATION = "Consult"
# A checkout run without installing (``python main.py`` with the dependencies on the path).
_CHECKOUT_RESOURCES = Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    """A file Consult ships (demo, fonts, compiled translations), as a path on disk.

    The top-level ``resources/`` folder is the package ``consult_app.resources``
    (``package-dir`` in pyproject.toml), so the same lookup works in an editable
    install, an installed wheel and the PyInstaller build.

    Args:
        parts: the path inside ``resources/``, for example ``("fonts", "DejaVuSans.ttf")``.
    """
    import importlib.resources  # not at import: start-up does not need it

    try:
        base = Path(os.fspath(importlib.resources.files("consult_app.resources")))
    except ModuleNotFoundError:  # not installed: the checkout's own folder
        base = _CHECKOUT_RESOURCES
    return base.joinpath(*parts)


def data_dir() -> Path:
    """The user data folder (created on demand)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    folder = base / ORGANISATION / APPLICATION
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)  # backups, the default workspace, the log: private
    return folder


def log_file() -> Path:
    return data_dir() / "consult.log"


def log_exception(exc: BaseException) -> Path:
    """Append an unexpected error with its traceback to the log; return the log's path."""
    import traceback  # only when something went wrong

    path = log_file()
    try:
        with os.fdopen(os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600), "a", encoding="utf-8") as fh:
            fh.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n")
            fh.write("".join(traceback.format_exception(exc)))
    except OSError:
        pass
    return path
