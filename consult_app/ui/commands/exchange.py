"""File › Send Changes, Receive Changes, Exchange Partners."""

from __future__ import annotations

from pathlib import Path

from ...domain.errors import ConsultError
from .. import labels
from .base import Commands


class ExchangeCommands(Commands):
    def send_changes(self) -> None:
        self.choose_file(
            self.tr("Send changes"), self.tr("Change packets (*.packet)"), self.send_changes_to, save_as=self.workspace.path.with_suffix(".packet")
        )

    def send_changes_to(self, path: Path):
        from ..exchange import SendChangesDialog

        dialog = SendChangesDialog(self.workspace, path, self.window)
        dialog.accepted.connect(
            lambda: self.status(
                labels.counted(
                    dialog.header["changes"],
                    self.tr("Wrote packet {seq} (1 change) to {path}."),
                    self.tr("Wrote packet {seq} ({n} changes) to {path}."),
                    seq=dialog.header["seq"],
                    path=path,
                )
            )
        )
        dialog.open()
        return dialog

    def receive_changes(self) -> None:
        self.choose_file(self.tr("Receive changes"), self.tr("Change packets (*.packet);;All files (*)"), self.receive_changes_from)

    def receive_changes_from(self, path: Path):
        from ..exchange import ReceiveChangesDialog

        try:
            dialog = ReceiveChangesDialog(self.workspace, path, self.window)
        except ConsultError as exc:  # a file that cannot be read, or larger than any packet
            self.refuse(self.tr("Receive changes"), exc)
            return None
        dialog.accepted.connect(
            lambda: self.status(self.tr("Changes from {name} imported.").format(name=dialog.report.sender or dialog.report.header["from_name"]))
        )
        dialog.open()
        return dialog

    def partners(self):
        from ..exchange import ExchangePartnersDialog

        dialog = ExchangePartnersDialog(self.workspace, self.window, dialogue_id=self.window.dialogue.id if self.window.dialogue else None)
        dialog.open()
        return dialog
