"""The directory of people: both parties' delegates, advisers and contacts, with party, function and contact details."""

from __future__ import annotations

import copy

from ..domain.model import Person
from ..store import Workspace


def add_person(ws: Workspace, person: Person) -> Person:
    """Put someone in the directory (contact details are internal: never printed for the other delegation)."""
    return ws.add_person(copy.deepcopy(person))


def update_person(ws: Workspace, person: Person) -> Person:
    """Change someone's name, party, function, organisation or contact details."""
    return ws.update_person(copy.deepcopy(person))


def delete_person(ws: Workspace, person_id: str) -> None:
    """Take someone out of the directory (refused while a delegation lists them or they present an item)."""
    ws.delete_person(person_id)
