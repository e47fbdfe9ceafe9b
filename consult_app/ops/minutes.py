"""The minutes of a session: their texts, their state, amendments to agreed minutes."""

from __future__ import annotations

import datetime as dt

from ..domain.model import AgendaItem, Amendment, MinutesState, Session
from ..store import Workspace


def save_texts(ws: Workspace, item: AgendaItem) -> AgendaItem:
    """Save an item's summary, conclusions and internal notes as typed (joint texts are frozen once agreed)."""
    return ws.update_agenda_item(item)


def set_state(ws: Workspace, session_id: str, state: MinutesState) -> Session:
    """Move the minutes to draft, circulated or agreed."""
    return ws.set_minutes_state(session_id, state)


def amend(ws: Workspace, item_id: str, field: str, lang: str, new_text: str, reason: str, on: dt.date) -> Amendment:
    """Change a joint text of agreed minutes by an amendment (the old text, the new, the date and the reason are kept)."""
    return ws.amend_minutes(item_id, field, lang, new_text, reason, on)
