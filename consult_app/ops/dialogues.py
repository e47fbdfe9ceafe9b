"""Dialogues: a new one, and its classification marking."""

from __future__ import annotations

from collections.abc import Iterable

from ..domain.model import Dialogue
from ..store import Workspace


def add_dialogue(ws: Workspace, d: Dialogue) -> Dialogue:
    """Add a dialogue with its parties and themes (the code must be new)."""
    return ws.add_dialogue(d)


def set_marking(ws: Workspace, dialogue_id: str, level: str | None = None, texts: dict[str, str] | None = None) -> Dialogue:
    """Set a dialogue's classification level and/or its wording per language."""
    return ws.set_marking(dialogue_id, level, texts)


def set_marking_order(ws: Workspace, order: Iterable[str]) -> list[str]:
    """Set the workspace's ranking of markings, lowest first."""
    return ws.set_marking_order(order)
