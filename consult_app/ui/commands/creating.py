"""Dialogue: new dialogue, new session, new commitment, log status, the parties' protocol names."""

from __future__ import annotations

import datetime as dt

from .base import Commands


class CreatingCommands(Commands):
    def new_dialogue(self):
        from ..session import NewDialogueDialog

        dialog = NewDialogueDialog(self.workspace, self.window)
        dialog.accepted.connect(lambda: self.window.select_dialogue(dialog.created.id))
        dialog.open()
        return dialog

    def new_session(self):
        window = self.window
        if window.dialogue is None:
            self.tell(self.tr("New session"), self.tr("Select a dialogue first."))
            return None
        from ..session import NewSessionDialog

        dialog = NewSessionDialog(self.workspace, window.dialogue, window)
        dialog.accepted.connect(lambda: self._session_created(dialog.created))
        dialog.open()
        return dialog

    def _session_created(self, session) -> None:
        if session is None:
            return
        self.window.select_session(session.id)
        self.window.tabs.setCurrentWidget(self.window.agenda_view)

    def new_commitment(self):
        from ...domain.model import Commitment
        from ...domain.proposal import next_reference

        window = self.window
        if window.dialogue is None:
            self.tell(self.tr("New commitment"), self.tr("Select a dialogue first."))
            return None
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
        editor.accepted.connect(lambda: (window.tabs.setCurrentWidget(window.register_view), window.register_view.select(c.id)))
        editor.open()
        return editor

    def party_names(self):
        window = self.window
        if window.dialogue is None:
            self.tell(self.tr("Parties and protocol names"), self.tr("Select a dialogue first."))
            return None
        from ..parties import PartyNamesDialog
        from ..undo import Undoable

        undoable = Undoable(window.undo, lambda message: self.tell(self.tr("Parties and protocol names"), message))
        dialog = PartyNamesDialog(self.workspace, self.workspace.dialogue(window.dialogue.id), window, undoable)
        dialog.open()
        return dialog

    def log_status(self):
        self.window.tabs.setCurrentWidget(self.window.register_view)
        return self.window.register_view.log_status()
