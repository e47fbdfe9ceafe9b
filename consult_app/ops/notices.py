"""What opening a workspace has to say, one sentence each: the window shows it in a bar above its views
(``ui/notices.py``), the command line on stderr (``cli._notices``). Light to import: the window imports it at start."""

from __future__ import annotations

from ..store import Workspace

OUT_OF_STEP = "{whole}; restore a snapshot from before that change to print them again."
"""What opening says of negotiated minutes that no longer match their record: the refusal printing or ``check`` gives."""


def notices(ws: Workspace) -> list[str]:
    """What opening ``ws`` has to say, one sentence each: what the opening did (a recovered write, a stray file set
    aside), then each negotiated minutes that no longer match their record — edited behind the app's back, with
    the sqlite3 shell — named before anyone prints them. Reads only: nothing is repaired."""
    return ws.notices + [OUT_OF_STEP.format(whole=str(exc).removesuffix(".")) for exc in ws.minutes_out_of_step()]
