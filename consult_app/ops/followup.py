"""Follow-up actions under a commitment or a session."""

from __future__ import annotations

import copy

from ..domain.model import FollowUpAction
from ..store import Workspace


def add_action(ws: Workspace, action: FollowUpAction) -> FollowUpAction:
    """Record a follow-up action (joint or internal, as the action says)."""
    return ws.add_action(copy.deepcopy(action))


def update_action(ws: Workspace, action: FollowUpAction) -> FollowUpAction:
    """Save an action's description, assignee, due date, state or audience."""
    return ws.update_action(copy.deepcopy(action))


def delete_action(ws: Workspace, action_id: str) -> None:
    """Remove an action (to undo its creation)."""
    ws.delete_action(action_id)
