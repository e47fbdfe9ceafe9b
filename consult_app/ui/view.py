"""What every tab of the workbench has in common."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from ..domain.model import Dialogue, Session
from ..store import Workspace
from . import messages
from .undo import run_undoable


class View(QWidget):
    """One tab of the workbench: shows the selected session or dialogue; says what went wrong in one sentence.

    A view never reloads itself after an edit. Each edit is one intent of
    :mod:`consult_app.ops`, whose change event makes the window refresh once,
    after the handler of the edit has returned, and the window reloads the view
    in front; ``pending`` tells that reload what to select (the item just
    added, moved or edited).
    """

    def __init__(self, workspace: Workspace, undo: QUndoStack | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.undo = undo
        self.session: Session | None = None
        self.dialogue: Dialogue | None = None
        self.pending: str | None = None

    def set_session(self, session: Session | None) -> None:
        self.session = session
        self.reload()

    def set_dialogue(self, dialogue: Dialogue | None) -> None:
        self.dialogue = dialogue
        self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def take_pending(self, select: str | None = None) -> str | None:
        """What the reload should select: the argument, else what an edit asked for (once)."""
        chosen, self.pending = select or self.pending, None
        return chosen

    def run(self, text: str, do, undo, shows: str | None = None, undone_shows: str | None = None) -> bool:
        """Make a change now as one undoable step named ``text``; after it and after each redo the reload selects
        ``shows``, after each undo ``undone_shows`` (None: the selection stays where it is)."""

        def doing() -> None:
            self.pending = shows or self.pending
            do()

        def undoing() -> None:
            self.pending = undone_shows or self.pending
            undo()

        return run_undoable(self.undo, text, doing, undoing, self.report)

    def panes(self) -> list[QWidget]:
        """The view's areas that F6 cycles through (its list or table first, then its detail)."""
        return [self]

    def heading(self) -> str:
        """The view's name, for the title of a message box (translated by the subclass)."""
        raise NotImplementedError

    def report(self, message: str) -> None:
        """Show a refusal in one sentence, in the window's message box, in the interface's language."""
        tell = getattr(self.window(), "tell", None)
        if tell is not None:
            tell(self.heading(), messages.translate(message))
