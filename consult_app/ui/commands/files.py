"""File: new, open, recent, save a copy, import and export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ...domain.errors import ConsultError
from ...store import Workspace
from .base import Commands

MAX_RECENT = 8


class FileCommands(Commands):
    # ------------------------------------------------------------ workspaces

    def new_workspace(self) -> None:
        kind = self.tr("Consult workspaces (*.consult)")
        self.choose_file(self.tr("New workspace"), kind, self.create_at, save_as=self.workspace.path.parent, suffix=".consult")

    def create_at(self, path: Path) -> bool:
        from ...ops import workspaces

        return self._switch_to(self.tr("Cannot create workspace"), lambda: workspaces.create(path))

    def open_workspace(self) -> None:
        self.choose_file(self.tr("Open workspace"), self.tr("Consult workspaces (*.consult);;All files (*)"), self.open_path)

    def open_path(self, path: str | Path) -> bool:
        from ..unlock import with_passphrase

        return self._switch_to(
            self.tr("Cannot open workspace"), lambda: with_passphrase(Path(path), lambda: Workspace.open(path, background_check=True), self.window)
        )

    def _switch_to(self, failure: str, make) -> bool:
        """Show the workspace ``make()`` gives; a refusal is told in one sentence under ``failure``."""
        try:
            ws = make()
        except ConsultError as exc:
            self.refuse(failure, exc)
            return False
        self.window.switch_to(ws)
        return True

    def save_copy(self) -> None:
        suggested = self.workspace.path.with_name(self.workspace.path.stem + " copy.consult")
        self.choose_file(self.tr("Save a copy"), self.tr("Consult workspaces (*.consult)"), self.save_copy_to, save_as=suggested)

    def save_copy_to(self, path: Path) -> bool:
        from ...ops import workspaces

        try:
            workspaces.save_copy(self.workspace, path)
        except ConsultError as exc:
            self.refuse(self.tr("Cannot save a copy"), exc)
            return False
        self.status(self.tr("Copy saved to {path}").format(path=path))
        return True

    def protect(self):
        """Encrypt the workspace with a passphrase (or give it a new one)."""
        from ..unlock import ProtectDialog

        dialog = ProtectDialog(self.workspace.path, self.window, change=self.workspace.encrypted)
        dialog.accepted.connect(lambda: self.protect_with(dialog.passphrase.text(), dialog.remember.isChecked()))
        dialog.open()
        return dialog

    def protect_with(self, passphrase: str, remember: bool = False):
        """Close the workspace, encrypt it (its snapshots and baselines too) off the GUI thread, then reopen it."""
        from ... import passphrase as passphrases
        from ...ops import workspaces
        from ..jobs import Job

        window, path, change = self.window, self.workspace.path, self.workspace.encrypted
        window.save_minutes()
        self.workspace.close()
        convert = workspaces.change_passphrase if change else workspaces.encrypt
        job = Job(lambda _p, _c: convert(path, passphrase), self.tr("Encrypting {name}").format(name=path.name), window)

        def done(message: str) -> None:
            self.open_path(path)
            self.status(message)
            passphrases.forget(path)  # a passphrase kept for the file before no longer fits
            if remember:
                try:
                    passphrases.remember(path, passphrase)
                except ConsultError as exc:
                    self.refuse(self.tr("Passphrase not remembered"), exc)

        job.failed.connect(lambda _message: self.open_path(path))
        return window.start_job(job, done, self.tr("Cannot encrypt"))

    # ------------------------------------------------------------ recent workspaces

    def remember(self, path: Path) -> None:
        settings = QSettings()
        resolved = str(Path(path).resolve())
        recent = [resolved, *(p for p in (settings.value("workspace/recent") or []) if p != resolved)][:MAX_RECENT]
        if settings.value("workspace/last") != resolved or settings.value("workspace/recent") != recent:
            settings.setValue("workspace/last", resolved)  # written (and synced to disk) only when changed
            settings.setValue("workspace/recent", recent)
        self.fill_recent()

    def fill_recent(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        for path in QSettings().value("workspace/recent") or []:
            action = menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        menu.setEnabled(not menu.isEmpty())

    # ------------------------------------------------------------ interchange JSON and other formats

    def import_json(self) -> None:
        self.choose_file(self.tr("Import interchange JSON"), self.tr("Interchange JSON (*.json)"), self.import_from)

    def import_from(self, path: Path):
        """Read and check the file off the GUI thread, then add it in one transaction."""
        from ...exchange.interchange import read_file
        from ...ops import workspaces
        from ..jobs import Job

        job = Job(lambda _progress, _cancelled: read_file(path), self.tr("Importing {name}").format(name=path.name), self.window)

        def loaded(bundle) -> None:
            try:
                workspaces.import_bundle(self.workspace, bundle)
            except ConsultError as exc:
                self.refuse(self.tr("Cannot import"), exc)
                return
            self.status(self.tr("Imported {codes}.").format(codes=", ".join(d.code for d in bundle.dialogues)))

        return self.window.start_job(job, loaded, self.tr("Cannot import"))

    def export_json(self) -> None:
        self.choose_file(
            self.tr("Export interchange JSON"), self.tr("Interchange JSON (*.json)"), self.export_as, save_as=self.workspace.path.with_suffix(".json")
        )

    def export_dialog(self, suffix: str, table: str = "register"):
        """Ask for the file to write, then export to it; for the Word minutes, their language first (the dialog asking, when it does)."""
        filters = {
            ".csv": self.tr("CSV (*.csv)"),
            ".xlsx": self.tr("Excel workbooks (*.xlsx)"),
            ".docx": self.tr("Word documents (*.docx)"),
            ".ics": self.tr("Calendars (*.ics)"),
        }
        stem = self.window.dialogue.code if self.window.dialogue else self.workspace.path.stem
        save_as = self.workspace.path.parent / f"{stem}{suffix}"

        def ask(lang: str | None = None) -> None:
            self.choose_file(self.tr("Export"), filters[suffix], lambda path: self.export_as(path, table, lang=lang), save_as=save_as, suffix=suffix)

        if suffix == ".docx":
            return self.ask_docx_language(ask)
        ask()
        return None

    def ask_docx_language(self, then):
        """Call ``then(lang)`` with the language the Word minutes of the selected session are to be written in: asked, in a
        dialog returned, when their dialogue has several working languages documents are printed in; else the one it has."""
        from ...ops.documents import print_languages
        from .. import labels
        from ..widgets import choice_box, choice_dialog

        if self.window.session is None:
            self.tell(self.tr("Export"), self.tr("Select a session first: a Word export is the draft minutes of one session."))
            return None
        langs = print_languages(self.workspace.dialogue(self.window.session.dialogue_id))
        if len(langs) == 1:
            then(langs[0])
            return None
        combo = choice_box("language", None, ((labels.language_name(x), x) for x in langs))
        intro = self.tr("The language the draft minutes are written in, with their labels:")
        dialog = choice_dialog(self.window, self.tr("Draft Minutes for Word"), intro, combo, self.tr("Language"), self.tr("Continue…"))
        dialog.combo = combo
        dialog.accepted.connect(lambda: then(combo.currentData()))
        dialog.open()
        return dialog

    def export_as(self, path: Path, table: str = "register", *, everything: bool = False, lang: str | None = None):
        """Export the selected dialogue (or all, or ``everything``) in the format of the file's extension.

        The data is read now, on the GUI thread that owns the connection; the
        file is written off it. CSV, Excel and calendars are the joint edition
        unless File › Export › Internal Edition is ticked; JSON moves whole
        dialogues between our own workspaces; the Word draft is always joint,
        in ``lang`` (the dialogue's first working language when None).
        """
        from ...ops import exports
        from ..jobs import Job

        window = self.window
        if path.suffix.lower() == ".docx" and window.session is None:
            self.tell(self.tr("Export"), self.tr("Select a session first: a Word export is the draft minutes of one session."))
            return None
        internal = window.internal_exports.isChecked() or path.suffix.lower() == ".json"
        try:
            write = exports.prepare(
                self.workspace,
                path,
                dialogue_id=window.dialogue.id if window.dialogue and not everything else None,
                session_id=window.session.id if window.session else None,
                table=table,
                audience="internal" if internal and path.suffix.lower() != ".docx" else "joint",
                lang=lang,
            )
        except ConsultError as exc:  # (the Word copy of agreed minutes refused as their PDF is: the record's sentence)
            self.refuse(self.tr("Export"), exc)
            return None
        job = Job(lambda _p, _c: write(), self.tr("Exporting to {name}").format(name=path.name), window)
        return window.start_job(job, lambda _r: self.status(self.tr("Exported to {path}.").format(path=path)), self.tr("Cannot export"))
