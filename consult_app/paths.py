"""Where Consult keeps its own files (log, default workspace) — without Qt.

On Linux this is the same folder Qt's ``QStandardPaths.AppDataLocation``
gives for organisation "Consult" and application "Consult".
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import traceback
from pathlib import Path

ORGANISATION = "Consult"
APPLICATION = "Consult"


def data_dir() -> Path:
    """The user data folder (created on demand)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    folder = base / ORGANISATION / APPLICATION
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_file() -> Path:
    return data_dir() / "consult.log"


def log_exception(exc: BaseException) -> Path:
    """Append an unexpected error with its traceback to the log; return the log's path."""
    path = log_file()
    try:
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n")
            fh.write("".join(traceback.format_exception(exc)))
    except OSError:
        pass
    return path
