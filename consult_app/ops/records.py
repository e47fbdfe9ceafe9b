"""Records a dialog edits whole: people of the directory, follow-up actions, indicators of commitments.

Each kind is added, saved and deleted alike, so one function serves each intent. The store is given a copy: the
object the caller keeps (an undo step's before or after) is never the one the workspace hands back.
"""

from __future__ import annotations

import copy
from typing import TypeVar

from ..domain.model import FollowUpAction, Indicator, Person
from ..store import Workspace

Record = TypeVar("Record", Person, FollowUpAction, Indicator)

# add, update, delete (by id) of each kind, as the store names them
_WRITES = {
    Person: (Workspace.add_person, Workspace.update_person, Workspace.delete_person),
    FollowUpAction: (Workspace.add_action, Workspace.update_action, Workspace.delete_action),
    Indicator: (Workspace.add_indicator, Workspace.update_indicator, Workspace.delete_indicator),
}


def add(ws: Workspace, record: Record) -> Record:
    """Put someone in the directory (contact details are internal: never printed for the other delegation), record a
    follow-up action (joint or internal, as it says), or tie an indicator (unit, baseline, target, which way is good)
    to a commitment."""
    return _WRITES[type(record)][0](ws, copy.deepcopy(record))


def update(ws: Workspace, record: Record) -> Record:
    """Save a person's name, party, function, organisation or contact details; an action's description, assignee,
    due date, state or audience; an indicator's name, unit, baseline, target or direction (its measurements stay)."""
    return _WRITES[type(record)][1](ws, copy.deepcopy(record))


def delete(ws: Workspace, kind: type[Record], record_id: str) -> None:
    """Take someone out of the directory (refused while a delegation lists them or they present an item), or delete
    an action or an indicator made by mistake (to undo its creation; an indicator with measurements is refused)."""
    _WRITES[kind][2](ws, record_id)
