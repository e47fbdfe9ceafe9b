"""Dialogue: new dialogue, new session, new commitment, log status, the parties' protocol names."""

from __future__ import annotations

import datetime as dt

from .base import Commands


class CreatingCommands(Commands):
    def new_dialogue(self):
        from ..session import NewDialogueDialog

        dialog = NewDialogueDialog(self.workspace, self.window)
        return self._opened(dialog, lambda: self.window.select_dialogue(dialog.created.id))

    def _opened(self, dialog, then=None):
        """``dialog`` opened (window-modal), ``then()`` called when it is accepted; the dialog."""
        if then is not None:
            dialog.accepted.connect(then)
        dialog.open()
        return dialog

    def _dialogue_chosen(self, title: str) -> bool:
        """Whether a dialogue is chosen in the navigator; if not, the person is told so under ``title``."""
        if self.window.dialogue is None:
            self.tell(title, self.tr("Select a dialogue first."))
            return False
        return True

    def new_session(self):
        if not self._dialogue_chosen(self.tr("New session")):
            return None
        from ..session import NewSessionDialog

        dialog = NewSessionDialog(self.workspace, self.window.dialogue, self.window)
        return self._opened(dialog, lambda: self._session_created(dialog.created))

    def _session_created(self, session) -> None:
        if session is None:
            return
        self.window.select_session(session.id)
        self.window.tabs.setCurrentWidget(self.window.agenda_view)

    def new_commitment(self):
        from ...domain.model import Commitment
        from ...domain.proposal import next_reference

        if not self._dialogue_chosen(self.tr("New commitment")):
            return None
        window = self.window
        year = window.session.starts_on.year if window.session else dt.date.today().year
        ref = next_reference(window.dialogue, year, [c.ref for c in self.workspace.commitments(window.dialogue.id)])
        c = Commitment(window.dialogue.id, ref, {}, None, made_at_session_id=window.session.id if window.session else None)
        from ..commitments import CommitmentEditor
        from ..undo import Undoable

        editor = CommitmentEditor(
            self.workspace,
            c,
            window,
            undoable=Undoable(
                window.undo, lambda message: self.tell(self.tr("New commitment"), message), lambda: setattr(window.register_view, "pending", c.id)
            ),
        )
        return self._opened(editor, lambda: (window.tabs.setCurrentWidget(window.register_view), window.register_view.select(c.id)))

    def party_names(self):
        if not self._dialogue_chosen(self.tr("Parties and protocol names")):
            return None
        from ..parties import PartyNamesDialog
        from ..undo import Undoable

        window = self.window
        undoable = Undoable(window.undo, lambda message: self.tell(self.tr("Parties and protocol names"), message))
        return self._opened(PartyNamesDialog(self.workspace, self.workspace.dialogue(window.dialogue.id), window, undoable))

    def log_status(self):
        self.window.tabs.setCurrentWidget(self.window.register_view)
        return self.window.register_view.log_status()
