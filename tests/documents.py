"""Documents and exports by dialogue code and session number, as the command line resolves them, over consult_app.ops."""

from __future__ import annotations

import datetime as dt

from consult_app.ops import documents, exports
from consult_app.store import Workspace


def session_id(ws: Workspace, code: str, number: int) -> str:
    return ws.session_by_number(ws.dialogue_by_code(code).id, number).id


def dialogue_id(ws: Workspace, code: str | None) -> str | None:
    return ws.dialogue_by_code(code).id if code else None


def minutes_document(ws: Workspace, code: str, number: int, langs: list[str] | None = None, marking: str | None = None):
    return documents.minutes(ws, session_id(ws, code, number), langs, marking)


def tracker_document(ws: Workspace, code: str | None, as_of: dt.date, audience: str = "joint", marking: str | None = None, lang: str | None = None):
    return documents.tracker(ws, dialogue_id(ws, code), as_of, audience, marking, lang)


def brief_document(ws: Workspace, code: str, number: int, prepared_on: dt.date, marking: str | None = None, lang: str | None = None):
    return documents.brief(ws, session_id(ws, code, number), prepared_on, marking, lang)


def minutes_pdf(*args, **kwargs) -> bytes:
    return minutes_document(*args, **kwargs).render()


def tracker_pdf(*args, **kwargs) -> bytes:
    return tracker_document(*args, **kwargs).render()


def brief_pdf(*args, **kwargs) -> bytes:
    return brief_document(*args, **kwargs).render()


def export_to(ws: Workspace, out, *, dialogue_code: str | None = None, session_number: int | None = None, **options) -> str:
    sid = session_id(ws, dialogue_code, session_number) if dialogue_code and session_number is not None else None
    return exports.export(ws, out, dialogue_id=dialogue_id(ws, dialogue_code), session_id=sid, **options)
