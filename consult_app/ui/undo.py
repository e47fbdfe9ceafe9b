"""Undo and redo for edits made in this run (QUndoStack over store intents)."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.errors import ConsultError


class StoreCommand(QUndoCommand):
    """An undoable change already made: ``redo`` and ``undo`` call the store.

    The change is made before the command is pushed (so a refusal never lands
    on the undo stack); the stack's first ``redo`` is therefore skipped.
    A later undo or redo that the store refuses is reported, not raised.
    """

    def __init__(self, text: str, redo, undo, report):
        super().__init__(text)
        self._redo, self._undo, self._report = redo, undo, report
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._call(self._redo)

    def undo(self) -> None:
        self._call(self._undo)

    def _call(self, fn) -> None:
        try:
            fn()
        except ConsultError as exc:
            self._report(str(exc))


def run_undoable(stack: QUndoStack, text: str, do, undo, report, refused=None) -> bool:
    """Make a change now and put it on the undo stack; report a refusal in one sentence.

    ``refused``, when given, receives the first attempt's refusal itself (an
    editor shows it under its field); later ones go to ``report``.
    """
    try:
        do()
    except ConsultError as exc:
        (refused or (lambda e: report(str(e))))(exc)
        return False
    stack.push(StoreCommand(text, do, undo, report))
    return True
