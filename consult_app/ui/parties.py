"""Dialogue › Parties and Protocol Names…: each party's plain name and, per working language, the names the minutes print."""

from __future__ import annotations

import copy
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QTabWidget, QVBoxLayout, QWidget

from ..domain import validate
from ..domain.model import Dialogue, Party, PartyName
from ..ops import parties as parties_ops
from ..store import Workspace
from . import labels, messages
from .undo import Undoable
from .widgets import UndoableEditor, line_edit, ok_cancel, scrolling

_PARTY = re.compile(r"parties\[(\d+)\]")


class PartyNamesDialog(UndoableEditor):
    """One tab per party: its plain name, then per working language the five protocol forms and what the minutes will print.

    OK changes every edited party in one undoable step (``ops.parties.update_parties``); a refusal shows under
    its field, on its party's tab.
    """

    def __init__(self, workspace: Workspace, dialogue: Dialogue, parent: QWidget | None = None, undoable: Undoable | None = None):
        super().__init__(workspace, parent, undoable)
        self.dialogue = copy.deepcopy(dialogue)
        self.setWindowTitle(self.tr("Parties and protocol names of {code}").format(code=dialogue.code))
        self.edits: dict[str, QLineEdit] = {}  # by the field a refusal names: parties[0].name, parties[0].names.fr.formal
        self.previews: dict[tuple[int, str], QLabel] = {}
        forms = (
            ("short", self.tr("Short name:"), "France"),
            ("article", self.tr("Article:"), "la"),
            ("formal", self.tr("Formal name:"), "République française"),
            ("formal_article", self.tr("Article of the formal name:"), "la"),
            ("adjective", self.tr("Adjective of the delegation:"), "française"),
        )
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("How the documents name each party. A language whose forms are all empty prints the plain name."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("parties")
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stops at its bar (the arrows change party), not also at the box
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.tabs.tabBar().setAccessibleName(self.tr("Parties"))
        for n, party in enumerate(self.dialogue.parties):
            page = QWidget()
            form = QFormLayout(page)
            self._field(form, f"parties[{n}].name", self.tr("Plain name:"), line_edit(party.name, f"name_{n}"))
            for lang in self.dialogue.languages:
                spoken = labels.language_name(lang)
                box = QGroupBox(f"{spoken} ({lang})")
                inner = QFormLayout(box)
                names = party.names.get(lang) or PartyName()
                for attr, label, example in forms:
                    edit = line_edit(getattr(names, attr), f"{attr}_{n}_{lang}")
                    edit.setPlaceholderText(example if lang == "fr" else "")
                    edit.setAccessibleName(f"{label.rstrip(': ').rstrip()} ({spoken})")
                    edit.textChanged.connect(lambda _text, n=n, lang=lang: self._preview(n, lang))
                    self._field(inner, f"parties[{n}].names.{lang}.{attr}", label, edit, f"[{lang}]")
                preview = QLabel()
                preview.setObjectName(f"preview_{n}_{lang}")
                preview.setTextFormat(Qt.TextFormat.PlainText)
                preview.setWordWrap(True)
                inner.addRow(self.tr("The minutes print:"), preview)
                self.previews[n, lang] = preview
                self._preview(n, lang)
                form.addRow(box)
            self.tabs.addTab(scrolling(page), f"{party.name} ({party.code})")
        layout.addWidget(self.tabs)
        layout.addWidget(self.field_error("other"))
        layout.addWidget(ok_cancel(self))
        self.resize(640, min(max(self.sizeHint().height(), 420), 680))

    def _field(self, form: QFormLayout, field: str, label: str, edit: QLineEdit, suffix: str = "") -> None:
        form.addRow(label, edit)
        form.addRow(self.field_error(field, f"{label.rstrip(': ').rstrip()} {suffix}".strip()))
        self.edits[field] = edit

    def _text(self, field: str) -> str:
        return self.edits[field].text().strip()

    def party(self, n: int) -> Party:
        """Party ``n`` as the form has it now (its code, id and home flag as they were)."""
        p = copy.deepcopy(self.dialogue.parties[n])
        p.name = self._text(f"parties[{n}].name")
        for lang in self.dialogue.languages:
            if f"parties[{n}].names.{lang}.short" not in self.edits:
                continue  # not built yet
            forms = {attr: self._text(f"parties[{n}].names.{lang}.{attr}") for attr in PartyName.FIELDS}
            if any(forms.values()):
                p.names[lang] = PartyName(**forms)
            else:
                p.names.pop(lang, None)
        return p

    def _preview(self, n: int, lang: str) -> None:
        """What the minutes in ``lang`` will print over the party's signature, from the documents' own function."""
        from ..reports.protocol import signatory  # plain text; no reportlab

        if (n, lang) in self.previews:
            self.previews[n, lang].setText("\n".join(signatory(self.party(n), lang)))

    def changed(self) -> tuple[list[Party], list[Party]]:
        """The parties the form changes: as they were, and as they will be."""
        before, after = [], []
        for n, p in enumerate(self.dialogue.parties):
            now = self.party(n)
            if (now.name, now.names) != (p.name, p.names):
                before.append(copy.deepcopy(p))
                after.append(now)
        return before, after

    def show_error(self, exc, fallback: str) -> None:
        """A refusal under its own field (``parties[1].names.fr.article``); the first one's party is shown."""
        field = getattr(exc, "field", None) or messages.split(str(exc))[0] or ""
        if field not in self.errors:
            super().show_error(exc, fallback)
            return
        label = self.errors[field]
        if label.text():
            return
        first = not any(shown.text() for shown in self.errors.values())
        text = messages.translate(str(exc), self.error_names.get(field))
        label.setText(text[:1].upper() + text[1:])
        self._row(label, True)
        found = _PARTY.match(field)
        if found and first:  # the party of the first refusal comes to the front
            self.tabs.setCurrentIndex(int(found[1]))

    def checks(self, after: list[Party]) -> list:
        """The domain's checks of every field of each changed party (each refusal under its own field)."""
        places = {p.id: n for n, p in enumerate(self.dialogue.parties)}
        out = []
        for p in after:
            n = places[p.id]
            out.append(lambda p=p, n=n: validate.text(p.name, f"parties[{n}].name", required=True, limit=validate.NAME))
            for lang in self.dialogue.languages:
                names = p.names.get(lang) or PartyName()
                out += [
                    lambda v=getattr(names, a), lang=lang, a=a, n=n: validate.protocol_form(v, lang, a, f"parties[{n}].names.{lang}.{a}")
                    for a in PartyName.FIELDS
                ]
        return out

    def accept(self) -> None:
        before, after = self.changed()
        if not after:
            super().accept()
            return
        if not self.refuse(self.checks(after), "other"):
            return
        ws, d = self.workspace, self.dialogue
        names = ", ".join(p.name for p in after)
        if self.run(
            self.tr("Protocol names of {parties}").format(parties=names),
            lambda: parties_ops.update_parties(ws, d.id, after),
            lambda: parties_ops.update_parties(ws, d.id, before),
        ):
            super().accept()
