"""One commitment through its life: the editor (new, edit, supersede), withdraw, reaffirm and delete — each one undoable.

Every dialog here makes its change through one intent of
:mod:`consult_app.ops.register` and puts it on the window's undo stack
(:func:`~consult_app.ui.undo.run_undoable`); a refusal is shown under the
field it concerns and the dialog stays open.
"""

from __future__ import annotations

import copy
import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel

from ..domain import validate
from ..domain.errors import Invalid
from ..domain.model import Commitment, CommitmentKind, CommitmentState, Visibility, new_id
from ..domain.proposal import ReferenceScheme, next_reference
from ..ops import register as register_ops
from ..store import Workspace
from . import labels
from .agenda import theme_options
from .labels import ordinal
from .undo import Undoable, run_undoable
from .widgets import TextBox, UndoableEditor, choice_box, date_edit, is_new, line_edit, ok_cancel, one_line, optional_date


def kind_label(kind: CommitmentKind) -> str:
    """'Commitment' or 'Decision', in the interface's language."""
    if kind == CommitmentKind.DECISION:
        return QCoreApplication.translate("Commitments", "Decision")
    return QCoreApplication.translate("Commitments", "Commitment")


class CommitmentEditor(UndoableEditor):
    """A new commitment or decision, or changes to one; each refusal under its field, with the field's name.

    A change of text asks for a reason and is kept in the commitment's
    history; the reference is checked against the dialogue's pattern.
    """

    def __init__(self, workspace: Workspace, commitment: Commitment, parent=None, *, undoable: Undoable | None = None, replaces: Commitment | None = None):
        super().__init__(workspace, parent, undoable)
        self.original = copy.deepcopy(commitment)
        self.commitment = copy.deepcopy(commitment)
        self.new = new = is_new(workspace.commitment, commitment.id)
        self.replaces = replaces
        self.dialogue = workspace.dialogue(commitment.dialogue_id)
        self.scheme = ReferenceScheme.of(self.dialogue)
        self.setWindowTitle(self.tr("New commitment") if new else self.tr("Commitment {ref}").format(ref=commitment.ref))
        self.form = QFormLayout(self)
        if replaces is not None:
            self._build_ending(replaces)
        self._build_reference()
        self._build_texts(show_reason=not new)
        self._build_party(preselect=bool(commitment.party_id) or not new)
        self._build_placement()
        self._build_due()
        self._build_counterpart()
        self._build_visibility()
        self.buttons = ok_cancel(self)
        self.form.addRow(self.buttons)
        self.resize(600, self.sizeHint().height())

    def _build_ending(self, replaces: Commitment) -> None:
        """Superseding: what happens to the old commitment, the date it ends and why."""
        form, commitment = self.form, self.commitment
        self.setWindowTitle(self.tr("Supersede {ref}").format(ref=replaces.ref))
        intro = QLabel(self.tr("{ref} will end as superseded, linked to the new commitment below; its history stays.").format(ref=replaces.ref))
        intro.setWordWrap(True)
        form.addRow(intro)
        session = self.workspace.session(commitment.made_at_session_id) if commitment.made_at_session_id else None
        self.ended_on = date_edit(max(session.starts_on, dt.date.today()) if session else dt.date.today(), "ended_on")
        form.addRow(self.tr("Superseded on:"), self.ended_on)
        form.addRow(self.field_error("ended_on", self.tr("Superseded on:")))
        self.end_reason = line_edit("", "end_reason", validate.TEXT)
        self.end_reason.setPlaceholderText(self.tr("For example: replaced by the text agreed at the 4th session"))
        form.addRow(self.tr("Reason:"), self.end_reason)
        form.addRow(self.field_error("end_reason", self.tr("Reason:")))

    def _build_reference(self) -> None:
        """The reference, with the dialogue's pattern and the next free one under it."""
        form = self.form
        self.ref = line_edit(self.commitment.ref, "ref", validate.REF)
        self.ref.setPlaceholderText(self.scheme.pattern)
        form.addRow(self.tr("Reference:"), self.ref)
        year, example = self._next_free()
        self.pattern = QLabel(
            self.tr("Pattern {pattern}; the next free one of {year} is {example}").format(pattern=self.scheme.pattern, year=year, example=example)
        )
        self.pattern.setObjectName("pattern")
        self.pattern.setStyleSheet("color: #4b5563")
        form.addRow("", self.pattern)
        form.addRow(self.field_error("ref", self.tr("Reference:")))

    def _build_texts(self, *, show_reason: bool) -> None:
        """Commitment or decision, its text in each of the dialogue's languages, and (when editing) why the text changes."""
        form, commitment = self.form, self.commitment
        self.kind = choice_box("kind", None, ((kind_label(kind), kind) for kind in CommitmentKind), commitment.kind)
        form.addRow(self.tr("Kind:"), self.kind)
        self.texts: dict[str, TextBox] = {}
        for lang in self.dialogue.languages:
            edit = TextBox(commitment.text.get(lang, ""), f"text_{lang}", validate.TEXT)
            edit.setMaximumHeight(80)
            self.texts[lang] = edit
            form.addRow(self.tr("Text [{lang}]:").format(lang=lang), edit)
        form.addRow(self.field_error("text", self.tr("Text")))
        self.reason = line_edit("", "reason", validate.TEXT)
        self.reason.setPlaceholderText(self.tr("Why the text changes (kept in its history)"))
        if show_reason:
            form.addRow(self.tr("Reason for a change of text:"), self.reason)
            form.addRow(self.field_error("reason", self.tr("Reason for a change of text:")))

    def _build_party(self, *, preselect: bool) -> None:
        """The responsible party (a new one starts on '(choose)' unless it came with one) and its lead institution."""
        form, commitment = self.form, self.commitment
        self.party = QComboBox()
        self.party.setObjectName("party")
        self.party.addItem(self.tr("(choose)"), "")
        for p in self.dialogue.parties:
            self.party.addItem(labels.party(p), p.id)
        self.party.addItem(self.tr("All parties jointly"), None)
        if preselect:
            self.party.setCurrentIndex(self.party.findData(commitment.party_id) if commitment.party_id else self.party.count() - 1)
        form.addRow(self.tr("Responsible party:"), self.party)
        form.addRow(self.field_error("party", self.tr("Responsible party:")))
        self.institution = line_edit(commitment.lead_institution, "institution", validate.NAME)
        form.addRow(self.tr("Lead institution:"), self.institution)
        form.addRow(self.field_error("lead_institution", self.tr("Lead institution:")))

    def _build_placement(self) -> None:
        """The theme it belongs to and the session where it was made."""
        d, commitment = self.dialogue, self.commitment
        self.theme = choice_box("theme", self.tr("(none)"), theme_options(d), commitment.theme_id)
        self.form.addRow(self.tr("Theme:"), self.theme)
        sessions = [
            (self.tr("{nth} session ({date})").format(nth=ordinal(s.number), date=labels.day(s.starts_on)), s.id) for s in self.workspace.sessions(d.id)
        ]
        self.session = choice_box("made_at", self.tr("(none)"), sessions, commitment.made_at_session_id)
        self.form.addRow(self.tr("Made at:"), self.session)

    def _build_due(self) -> None:
        """'Due on' and its date, on one line; the date only when the box is ticked."""
        self.has_due, self.due = optional_date(self.tr("Due on"), self.commitment.due_on, "due", self.tr("Due date"))
        self.form.addRow(one_line(self.has_due, self.due))
        self.form.addRow(self.field_error("due_on", self.tr("Due on")))

    def _build_counterpart(self) -> None:
        """The counterpart (quid pro quo): any other commitment of the dialogue."""
        commitment = self.commitment
        others = [(other.ref, other.id) for other in self.workspace.commitments(self.dialogue.id) if other.id != commitment.id]
        self.reciprocal = choice_box("reciprocal", self.tr("(none)"), others, commitment.reciprocal_id)
        self.form.addRow(self.tr("Counterpart (quid pro quo):"), self.reciprocal)
        self.form.addRow(self.field_error("reciprocal", self.tr("Counterpart (quid pro quo):")))

    def _build_visibility(self) -> None:
        """Internal or joint, and the place for a refusal that concerns no single field."""
        self.internal = QCheckBox(self.tr("Internal — ours alone, never printed for the counterpart"))
        self.internal.setObjectName("internal")
        self.internal.setChecked(self.commitment.visibility == Visibility.INTERNAL)
        self.form.addRow(self.internal)
        self.form.addRow(self.field_error("other"))
        self.error = self.errors["other"]

    def _next_free(self) -> tuple[int, str]:
        """The year of the session where it is made (else this year) and the next free reference of that year."""
        session = self.workspace.session(self.commitment.made_at_session_id) if self.commitment.made_at_session_id else None
        year = session.starts_on.year if session else dt.date.today().year
        return year, self.scheme.next(year, [c.ref for c in self.workspace.commitments(self.dialogue.id)])

    def result_commitment(self) -> Commitment:
        """The commitment as the form has it (no party chosen: None, which :meth:`checks` refuses)."""
        c = copy.deepcopy(self.commitment)
        c.ref = self.ref.text().strip()
        c.kind = CommitmentKind(self.kind.currentData())
        c.text = {lang: edit.toPlainText().strip() for lang, edit in self.texts.items() if edit.toPlainText().strip()}
        c.party_id = self.party.currentData() or None
        c.lead_institution = self.institution.text().strip()
        c.theme_id = self.theme.currentData()
        c.made_at_session_id = self.session.currentData()
        c.due_on = self.due.date().toPython() if self.has_due.isChecked() else None
        c.reciprocal_id = self.reciprocal.currentData()
        c.visibility = Visibility.INTERNAL if self.internal.isChecked() else Visibility.JOINT
        return c

    def _choose_party(self) -> None:
        if self.party.currentData() == "":
            raise Invalid("party: " + self.tr("choose a party, or all parties jointly."), "party")

    def checks(self, c: Commitment) -> list:
        """Each field's own check, so that every refusal shows at once (the store checks them all again)."""
        fields = [
            lambda: validate.text(c.ref, "ref", required=True, limit=validate.REF),
            lambda: validate.lang_text(c.text, "text", self.dialogue.languages, required=True),
            self._choose_party,
            lambda: validate.text(c.lead_institution, "lead_institution", limit=validate.NAME),
        ]
        if self.new or c.ref != self.original.ref:  # references that came from elsewhere are kept as they are
            fields.append(lambda: self.scheme.check(c.ref) if c.ref else None)
        if self.replaces is not None:  # the old one's end: a date not before it was made, and a reason
            ended = copy.deepcopy(self.replaces)
            ended.state, ended.ended_on, ended.end_reason = CommitmentState.SUPERSEDED, self.ended_on.date().toPython(), self.end_reason.text().strip()
            made = self.workspace.session(ended.made_at_session_id) if ended.made_at_session_id else None
            fields.append(lambda: validate.ending(ended, made))
        return fields

    def accept(self) -> None:
        c = self.result_commitment()
        if self.refuse(self.checks(c), "other") and self.save(c):
            self.commitment = c
            super().accept()

    def save(self, c: Commitment) -> bool:
        """Make the change (undoable); False when it was refused (the refusal is shown)."""
        ws = self.workspace
        if self.replaces is not None:
            old, on, reason = self.replaces, self.ended_on.date().toPython(), self.end_reason.text().strip()
            return self.run(
                self.tr("Supersede {ref}").format(ref=old.ref),
                lambda: register_ops.supersede_commitment(ws, old.id, c, on, reason=reason),
                lambda: register_ops.undo_supersession(ws, c.id),
            )
        if self.new:
            return self.run(
                self.tr("New commitment {ref}").format(ref=c.ref), lambda: register_ops.add_commitment(ws, c), lambda: register_ops.delete_commitment(ws, c.id)
            )
        before, reason, made = self.original, self.reason.text().strip(), {}

        def do() -> None:
            made["revision"] = register_ops.edit_commitment(ws, c, reason=reason)

        def undo() -> None:
            revision = made.get("revision")
            register_ops.undo_edit(ws, before, revision.id if revision else None)

        return self.run(self.tr("Edit commitment {ref}").format(ref=c.ref), do, undo)


def supersede_dialog(
    workspace: Workspace, old: Commitment, parent=None, *, undoable: Undoable | None = None, session_id: str | None = None
) -> CommitmentEditor:
    """The editor of a new commitment that replaces ``old`` (copied from it, with the next free reference of the year it is made)."""
    d = workspace.dialogue(old.dialogue_id)
    made_at = session_id or old.made_at_session_id
    session = workspace.session(made_at) if made_at else None
    year = session.starts_on.year if session else dt.date.today().year
    replacement = copy.deepcopy(old)
    replacement.id, replacement.reaffirmed_at, replacement.reciprocal_id, replacement.supersedes_id = new_id(), [], None, old.id
    replacement.ref = next_reference(d, year, [c.ref for c in workspace.commitments(d.id)])
    replacement.made_at_session_id = made_at
    if session and replacement.due_on and replacement.due_on < session.starts_on:
        replacement.due_on = None
    return CommitmentEditor(workspace, replacement, parent, undoable=undoable, replaces=old)


class _CommitmentChange(UndoableEditor):
    """A dialog that makes one undoable change to one commitment, named by the dialog's title; a refusal shows under the form.

    A subclass names itself and adds its fields in :meth:`build`; the refusals that
    belong to no field and the OK and Cancel buttons come after them.
    """

    opening_width: int | None = None  # the width it opens at, else what its fields ask for

    def __init__(self, workspace: Workspace, commitment: Commitment, parent=None, *, undoable: Undoable | None = None):
        super().__init__(workspace, parent, undoable)
        self.commitment = commitment
        form = QFormLayout(self)
        ok_text = self.build(form)
        form.addRow(self.field_error("other"))
        form.addRow(ok_cancel(self, ok_text))
        if self.opening_width:
            self.resize(self.opening_width, self.sizeHint().height())

    def build(self, form: QFormLayout) -> str:
        """Set the title and add the fields to ``form``; returns the OK button's text."""
        raise NotImplementedError

    def change(self, do, undo) -> bool:
        """Make the change now, as one step on the undo stack."""
        return self.run(self.windowTitle(), do, undo)


class WithdrawDialog(_CommitmentChange):
    """End a commitment that no longer binds: a date and a reason; its history stays."""

    opening_width = 520

    def build(self, form: QFormLayout) -> str:
        commitment = self.commitment
        self.setWindowTitle(self.tr("Withdraw {ref}").format(ref=commitment.ref))
        d = self.workspace.dialogue(commitment.dialogue_id)
        words = " ".join(labels.shown(commitment.text, d).split())
        text = QLabel(words if len(words) <= 300 else words[:299] + "…")
        text.setObjectName("commitment_text")
        text.setTextFormat(Qt.TextFormat.PlainText)  # the commitment's words, never read as markup
        text.setWordWrap(True)
        form.addRow(text)
        self.date = date_edit(dt.date.today(), "ended_on")
        self.field_row(form, self.tr("Withdrawn on:"), self.date, "ended_on")
        self.reason = TextBox("", "end_reason", validate.TEXT)
        self.reason.setMaximumHeight(80)
        self.field_row(form, self.tr("Reason:"), self.reason, "end_reason")
        return self.tr("Withdraw")

    def accept(self) -> None:
        ws, c = self.workspace, self.commitment

        def save(when_why) -> bool:
            on, reason = when_why
            return self.change(lambda: register_ops.withdraw_commitment(ws, c.id, on, reason=reason), lambda: register_ops.reinstate_commitment(ws, c.id))

        self.submit(lambda: (self.date.date().toPython(), self.reason.toPlainText().strip()), save)


class ReaffirmDialog(_CommitmentChange):
    """Record that a later session reaffirmed a commitment still in force."""

    def build(self, form: QFormLayout) -> str:
        commitment = self.commitment
        self.setWindowTitle(self.tr("Reaffirm {ref}").format(ref=commitment.ref))
        sessions = self.workspace.sessions(commitment.dialogue_id)
        made = next((s.number for s in sessions if s.id == commitment.made_at_session_id), 0)
        self.session = QComboBox()
        self.session.setObjectName("session")
        for s in sessions:
            if s.number > made and s.id not in commitment.reaffirmed_at:
                self.session.addItem(self.tr("{nth} session ({date})").format(nth=ordinal(s.number), date=labels.day(s.starts_on)), s.id)
        self.session.setCurrentIndex(self.session.count() - 1)
        if not self.session.count():
            self.session.addItem(self.tr("(no later session yet: create it first)"), None)
        self.field_row(form, self.tr("Reaffirmed at:"), self.session, "session")
        return self.tr("Reaffirm")

    def accept(self) -> None:
        ws, c = self.workspace, self.commitment

        def read() -> str:
            if self.session.currentData() is None:
                raise Invalid("session: " + self.tr("there is no later session of this dialogue yet."), "session")
            return self.session.currentData()

        def save(session_id: str) -> bool:
            return self.change(lambda: register_ops.reaffirm_commitment(ws, c.id, session_id), lambda: register_ops.unreaffirm_commitment(ws, c.id, session_id))

        self.submit(read, save)


def delete_commitment(workspace: Workspace, undo: QUndoStack, commitment: Commitment, report) -> bool:
    """Delete a commitment entered by mistake (undoable); one with a history is refused in one sentence."""
    before = copy.deepcopy(commitment)
    text = QCoreApplication.translate("Commitments", "Delete {ref}").format(ref=commitment.ref)
    return run_undoable(
        undo, text, lambda: register_ops.delete_commitment(workspace, before.id), lambda: register_ops.restore_commitment(workspace, before), report
    )
