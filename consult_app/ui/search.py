"""Edit › Search Workspace (Ctrl+K): every text of the workspace, and Enter jumps to the hit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QListWidgetItem, QVBoxLayout

from . import labels
from .widgets import Dialog, List, context_menu

if TYPE_CHECKING:
    from .commands.navigation import NavigationCommands

ROLE = 256  # Qt.ItemDataRole.UserRole


class SearchDialog(Dialog):
    """Ctrl+K: search every text of the workspace; Enter jumps to the hit."""

    def __init__(self, navigation: NavigationCommands):
        super().__init__(navigation.window)
        self.navigation = navigation
        self.setWindowTitle(self.tr("Search the workspace"))
        self.query = QLineEdit()
        self.query.setObjectName("query")
        self.query.setPlaceholderText(self.tr("Words to find — accents and case do not matter"))
        self.query.setAccessibleName(self.tr("Words to find"))
        self.query.setMaxLength(1000)
        self.results = List()
        self.results.setObjectName("results")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.set_empty_text(self.tr("Type a few letters of any word: a reference, a name, a title. Every word must match, as a prefix."))
        go = QAction(self.tr("&Go To"), self)
        go.triggered.connect(self.jump)
        context_menu(self.results, [go])
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        self.query.textChanged.connect(self.run)
        self.query.returnPressed.connect(self.jump)
        self.results.itemActivated.connect(lambda _item: self.jump())
        self.resize(720, 420)

    def run(self, text: str) -> None:
        self.results.clear()
        workspace = self.navigation.workspace
        dialogues = {d.id: d for d in workspace.dialogues()}
        numbers = {s.id: s.number for s in workspace.sessions(None)}
        for hit in workspace.search(text, limit=60):
            d = dialogues.get(hit.dialogue_id)
            where, label = d.code if d else "—", hit.label
            if hit.kind == "agenda_item":  # the same item comes back session after session: say which
                agenda_item = workspace.agenda_item(hit.item_id)
                number = numbers.get(agenda_item.session_id)
                where = self._session(where, number) if number else where
                label = labels.shown(agenda_item.title, d) or label
            elif hit.kind == "session" and hit.item_id in numbers:
                label = self._session(where, numbers[hit.item_id])
            elif hit.kind == "dialogue" and d:
                label = labels.dialogue_title(d)  # as the navigator names it
            item = QListWidgetItem(f"{where} · {labels.search_kind(hit.kind)} · {label}\n    {hit.snippet}")
            item.setData(ROLE, hit)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        elif text.strip():
            self.results.set_empty_text(
                self.tr("Nothing matches “{words}”. Try fewer or shorter words: each must begin a word of the text.").format(words=text.strip())
            )
        else:
            self.results.set_empty_text(self.tr("Type a few letters of any word: a reference, a name, a title. Every word must match, as a prefix."))

    def _session(self, code: str, number: int) -> str:
        """'ML-FR, 3rd session': a session named in words, as everywhere else."""
        return self.tr("{code}, {nth} session").format(code=code, nth=labels.ordinal(number))

    def jump(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.navigation.go_to(item.data(ROLE))
        self.accept()
