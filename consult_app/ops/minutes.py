"""The minutes of a session: their texts, and their negotiation — circulate, propose, decide, sign off, amend.

The state of the minutes is never set by hand: each intent here adds to the
record (a version, a proposal, a decision, a sign-off, an amendment) and the
store derives the state from it, refusing whatever would set it back.
"""

from __future__ import annotations

import datetime as dt

from ..domain.model import AgendaItem, Amendment, MinutesState, Session
from ..domain.negotiation import MinutesVersion, Proposal, SignOff
from ..preferences import current_user
from ..store import Workspace


def save_texts(ws: Workspace, item: AgendaItem) -> AgendaItem:
    """Save an item's summary, conclusions and internal notes as typed (joint texts are frozen once agreed)."""
    return ws.update_agenda_item(item)


def set_state(ws: Workspace, session_id: str, state: MinutesState) -> Session:
    """Move the minutes forward as the window's state box asks: to circulated (version 1); anything else is refused with a sentence."""
    return ws.set_minutes_state(session_id, state, by=current_user())


def circulate(ws: Workspace, session_id: str) -> MinutesVersion:
    """Freeze the joint texts as the next version (hashed) and circulate it."""
    return ws.circulate(session_id, by=current_user())


def propose(ws: Workspace, proposal: Proposal) -> Proposal:
    """Record a proposal (replace, insert, delete a passage, or comment) on the latest circulated version."""
    if not proposal.proposed_by:
        proposal.proposed_by = current_user()
    return ws.propose(proposal)


def decide(ws: Workspace, proposal_id: str, decision: str, text: str | None = None) -> Proposal:
    """Accept, reject or edit a proposal (the pen holder only); accepted words go into the working text."""
    return ws.decide(proposal_id, decision, text=text, by=current_user())


def sign_off(ws: Workspace, session_id: str, name: str, *, party_id: str | None = None, amendment_id: str | None = None) -> SignOff:
    """A head of delegation signs off the latest version (or an amendment); all parties' sign-offs agree the minutes."""
    return ws.sign_off(session_id, name, party_id=party_id, amendment_id=amendment_id, recorded_by=current_user())


def amend(
    ws: Workspace, item_id: str, field: str, lang: str, new_text: str, reason: str, on: dt.date, *, author: str = "", signed_by: dict[str, str] | None = None
) -> Amendment:
    """Propose an amendment to agreed minutes with the sign-offs given; in force once every party signed it off."""
    return ws.amend_minutes(item_id, field, lang, new_text, reason, on, author=author or current_user(), signed_by=signed_by, recorded_by=current_user())
