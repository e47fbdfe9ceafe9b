"""The person using Consult on this computer ("me"), shared by the window and the command line.

Kept as a small JSON file in the user data folder (no Qt, so the command line
reads the same answer as the window). Authorship of status events and the
"Mine" filter of follow-up actions use :func:`current_user`.
"""

from __future__ import annotations

import getpass
import json
from dataclasses import asdict, dataclass

from .paths import data_dir


@dataclass
class Me:
    """Who I am: my name as it should appear as an author, my party's code and my function."""

    name: str = ""
    party: str = ""
    function: str = ""


def _file():
    return data_dir() / "preferences.json"


def me() -> Me:
    """What Preferences say about me (empty fields when nothing was set)."""
    try:
        data = json.loads(_file().read_text("utf-8"))
        return Me(**{k: str(v) for k, v in data.get("me", {}).items() if k in Me.__dataclass_fields__})
    except (OSError, ValueError, AttributeError, TypeError):
        return Me()


def set_me(value: Me) -> None:
    """Remember who I am (written whole, privately)."""
    path = _file()
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps({"me": asdict(value)}, ensure_ascii=False), "utf-8")
    tmp.chmod(0o600)
    tmp.replace(path)


def current_user() -> str:
    """The name to record as author and to match as "mine": Preferences, else the system's user name."""
    name = me().name.strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return "someone"
