"""Undo and redo for edits made in this run (QUndoStack over store intents)."""

from __future__ import annotations

import copy

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


class Undoable:
    """What a dialog needs to put its change on the undo stack and to tell of a later refusal.

    ``before`` is called just before the change (a view sets what its next reload selects).
    """

    def __init__(self, undo: QUndoStack | None = None, report=None, before=None):
        self.undo = undo if undo is not None else QUndoStack()
        self.report = report or (lambda _message: None)
        self.before = before or (lambda: None)

    def run(self, text: str, do, undo, refused) -> bool:
        """Make the change now as one step named ``text`` (see :func:`run_undoable`); ``refused`` gets the first refusal."""
        self.before()
        return run_undoable(self.undo, text, do, undo, self.report, refused)


def save_undoably(owner, text: str, save, before, after, *, select: bool = False) -> bool:
    """Save ``after`` now as one undoable step named ``text``, whose undo saves ``before`` back.

    ``owner`` is the view or dialog (its ``workspace``, ``undo`` stack and
    ``report``); ``save(workspace, record)`` is the intent of :mod:`consult_app.ops`.
    Each call gets a copy of its own. ``select``: the owner's next reload selects the record.
    """
    before, after = copy.deepcopy(before), copy.deepcopy(after)
    if select:
        owner.pending = after.id
    return run_undoable(
        owner.undo, text, lambda: save(owner.workspace, copy.deepcopy(after)), lambda: save(owner.workspace, copy.deepcopy(before)), owner.report
    )


def edit_undoably(owner, before, editor_for, result, text: str, save, *, select: bool = False):
    """Open ``editor_for(before)``; on OK, what ``result(editor)`` gives is saved by :func:`save_undoably`.

    Returns the editor, or None when ``before`` is None (nothing selected: nothing opens).
    """
    if before is None:
        return None
    editor = editor_for(before)
    editor.accepted.connect(lambda: save_undoably(owner, text, save, before, result(editor), select=select))
    editor.open()
    return editor
