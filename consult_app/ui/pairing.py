"""Pairing with the other delegation's secretariat from the window: invite it, accept its invitation or its reply.

The same intents as `consult-app partner invite|accept` (``ops.partners``);
the Exchange Partners dialog opens them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..domain.errors import ConsultError
from ..ops import partners as partner_ops
from ..store import Workspace
from . import labels
from .commands.base import ask_file
from .widgets import Dialog, choice_box, error_label, ok_cancel


class FileField(QWidget):
    """A file name to type or to choose with Choose…: one to write (``save``) or one to read; a partner file unless ``filters`` say otherwise."""

    def __init__(self, name: str, folder: Path, *, save: bool, parent=None, filters: str = "", suffix: str = ".consult-partner"):
        super().__init__(parent)
        self.folder, self.save, self.suffix = folder, save, suffix
        self.filters = filters or self.tr("Consult partner files (*.consult-partner);;All files (*)")
        self.path = QLineEdit()
        self.path.setObjectName(name)
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName(f"choose_{name}")
        choose.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(choose)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 (Qt's name)
        """The form's label names the line to type in (the row's field is this holder, which Tab never reaches)."""
        super().setAccessibleName(name)
        self.path.setAccessibleName(name)

    def choose(self) -> None:
        path = ask_file(self, self.tr("Choose a file"), self.filters, self.folder, save=self.save, suffix=self.suffix if self.save else "")
        if path is not None:
            self.path.setText(str(path))

    def value(self) -> Path | None:
        """The path typed or chosen; a bare name is in the workspace's folder (where Choose… starts), not wherever Consult was started."""
        text = self.path.text().strip()
        return self.folder / Path(text).expanduser() if text else None


class _PairingDialog(Dialog):
    """A form, its error line, and OK: the intent runs on OK, and a refusal keeps the dialog open with its sentence."""

    def __init__(self, workspace: Workspace, title: str, intro: str, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        self.form.addRow(text)
        self.error = error_label()

    def name_field(self, placeholder: str) -> QLineEdit:
        """What to call the other secretariat."""
        name = QLineEdit()
        name.setObjectName("name")
        name.setPlaceholderText(placeholder)
        return name

    def finish_form(self, ok_text: str, rows) -> None:
        """The ``(label, field)`` rows, the error line, then OK (``ok_text``) and Cancel."""
        for label, field in rows:
            self.form.addRow(label, field)
        self.form.addRow(self.error)
        self.form.addRow(ok_cancel(self, ok_text))
        self.resize(620, self.sizeHint().height())

    def accept(self) -> None:
        self.accept_when(self.run)

    def run(self):
        raise NotImplementedError


class InviteDialog(_PairingDialog):
    """Invite the other secretariat of one dialogue: the file holds the dialogue's joint view and our public keys, nothing internal."""

    def __init__(self, workspace: Workspace, parent=None, *, dialogue_id: str | None = None):
        super().__init__(
            workspace,
            self.tr("Invite the Other Secretariat"),
            self.tr(
                "The invitation holds the dialogue's joint view (nothing internal) and this workspace's public keys. Send it to the "
                "other delegation's secretariat; it accepts it in Consult and sends back a reply, which you accept here."
            ),
            parent,
        )
        choices = [(labels.dialogue_title(d), d.id) for d in workspace.dialogues() if len(d.parties) > 1 and not workspace.paired_counterpart(d.id)]
        self.dialogue = choice_box("dialogue", None, choices, dialogue_id)
        self.name = self.name_field(self.tr("for example Secrétariat malien"))
        self.out = FileField("out", workspace.path.parent, save=True)
        rows = ((self.tr("Dialogue:"), self.dialogue), (self.tr("Call the other secretariat:"), self.name), (self.tr("Write the invitation to:"), self.out))
        self.finish_form(self.tr("Write Invitation"), rows)

    def run(self):
        if self.dialogue.currentData() is None:
            raise ConsultError(self.tr("Every dialogue of this workspace is paired already, or has one party only."))
        out = self.out.value()
        if out is None:
            raise ConsultError(self.tr("Say where to write the invitation."))
        return partner_ops.invite(self.workspace, self.dialogue.currentData(), self.name.text(), out)


class AcceptDialog(_PairingDialog):
    """Accept the other secretariat's invitation (its dialogue is loaded, and a reply written) or the reply to ours.

    An invitation goes into the workspace open or, chosen here, into a new
    workspace file, made for it once the invitation is checked whole (the
    command line's ``partner accept NEW.consult``); ``created`` is then its path.
    """

    created: Path | None = None

    def __init__(self, workspace: Workspace, parent=None):
        super().__init__(
            workspace,
            self.tr("Accept an Invitation or a Reply"),
            self.tr(
                "An invitation from the other delegation's secretariat loads its dialogue into this workspace or into a new one, "
                "and writes the reply to send back. The reply to an invitation made here completes the pairing."
            ),
            parent,
        )
        self.infile = FileField("infile", workspace.path.parent, save=False)
        self.name = self.name_field(self.tr("for example Secrétariat français (needed for an invitation)"))
        self.reply = FileField("reply", workspace.path.parent, save=True)
        here = self.tr("this workspace ({name})").format(name=workspace.path.name)
        self.into = choice_box("into", None, [(here, False), (self.tr("a new workspace file"), True)])
        self.new_file = FileField("new_workspace", workspace.path.parent, save=True, filters=self.tr("Consult workspaces (*.consult)"), suffix=".consult")
        self.new_file.setEnabled(False)
        self.into.currentIndexChanged.connect(lambda _i: self.new_file.setEnabled(self.into.currentData()))
        rows = (
            (self.tr("Invitation or reply:"), self.infile),
            (self.tr("Accept an invitation into:"), self.into),
            (self.tr("New workspace file:"), self.new_file),
            (self.tr("Call the other secretariat:"), self.name),
            (self.tr("Write the reply to:"), self.reply),
        )
        self.finish_form(self.tr("Accept"), rows)

    def run(self):
        infile = self.infile.value()
        if infile is None:
            raise ConsultError(self.tr("Choose the invitation or the reply to accept."))
        name, reply_out = self.name.text() or None, self.reply.value()
        if not self.into.currentData():
            return partner_ops.accept(self.workspace, infile, name=name, reply_out=reply_out)
        target = self.new_file.value()
        if target is None:
            raise ConsultError(self.tr("Say where to make the new workspace, or accept into this one."))
        done = partner_ops.accept_into_new(target, infile, name=name, reply_out=reply_out)
        self.created = target
        return done


def outcome(dialog: _PairingDialog) -> str:
    """What the person is told once an invitation is written or a pairing done."""
    done = dialog.outcome
    if isinstance(dialog, InviteDialog):
        return QCoreApplication.translate("Pairing", "Invitation for {name} written to {path}: the safety number of this workspace is {number}.").format(
            name=done.partner, path=dialog.out.value(), number=done.fingerprint
        )
    if done.reply is not None and getattr(dialog, "created", None) is not None:
        return QCoreApplication.translate(
            "Pairing",
            "Paired with {name} on {code}: {workspace} is open, with the joint record. Send {path} back to {name}. "
            "Pair fingerprint, to compare by telephone: {number}.",
        ).format(name=done.partner, code=done.dialogue_code, workspace=dialog.created, path=done.reply, number=done.fingerprint)
    if done.reply is not None:
        return QCoreApplication.translate(
            "Pairing", "Paired with {name} on {code}. Send {path} back to {name}. Pair fingerprint, to compare by telephone: {number}."
        ).format(name=done.partner, code=done.dialogue_code, path=done.reply, number=done.fingerprint)
    return QCoreApplication.translate(
        "Pairing", "Paired with {name} on {code}: packets between you carry joint content only. Pair fingerprint, to compare by telephone: {number}."
    ).format(name=done.partner, code=done.dialogue_code, number=done.fingerprint)
