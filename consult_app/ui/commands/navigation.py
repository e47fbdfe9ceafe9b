"""Edit › Search Workspace, Dialogue › Missing Translations, and going to what a hit or a gap names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtWidgets import QLabel, QListWidgetItem, QVBoxLayout

from .. import labels
from .base import Commands

if TYPE_CHECKING:
    from ..search import SearchDialog
    from ..widgets import Dialog

ROLE = 256  # Qt.ItemDataRole.UserRole, as a number (naming Qt at import builds its enums)


class NavigationCommands(Commands):
    # ------------------------------------------------------------ views and panes from the keyboard

    def step_view(self, step: int) -> None:
        """Ctrl+PgDown / Ctrl+PgUp (and Ctrl+Tab): the next or previous view that can be shown."""
        tabs = self.window.tabs
        count = tabs.count()
        for k in range(1, count):
            index = (tabs.currentIndex() + step * k) % count
            if tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                return

    def show_view(self, index: int) -> None:
        """Alt+1…7: that view, with the keyboard in it."""
        tabs = self.window.tabs
        if not tabs.isTabEnabled(index):
            self.status(self.tr("Select a session first: the Session, Agenda and Minutes views show one session."))
            return
        tabs.setCurrentIndex(index)
        self.focus_pane(1, start=0)

    def panes(self) -> list:
        """What F6 cycles through: the navigator, then the areas of the view in front."""
        front = self.window.tabs.currentWidget()
        return [self.window.navigator, *(front.panes() if hasattr(front, "panes") else [front])]

    def focus_pane(self, step: int, start: int | None = None) -> None:
        """F6 / Shift+F6: the keyboard to the next or previous pane (from ``start``, else from where it is)."""
        panes = [p for p in self.panes() if p.isVisible() and p.isEnabled()]
        if not panes:
            return
        if start is None:
            focus = self.window.focusWidget()
            start = next((n for n, p in enumerate(panes) if focus is not None and (focus is p or p.isAncestorOf(focus))), -1 if step > 0 else 0)
        target = panes[(start + step) % len(panes)]
        target.setFocus()

    def search_workspace(self) -> SearchDialog:
        from ..search import SearchDialog

        dialog = SearchDialog(self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def go_to(self, hit) -> None:
        """Show a search hit where it lives."""
        w = self.window
        if hit.kind in ("commitment", "event", "indicator"):
            w.select_dialogue(hit.dialogue_id)
            w.tabs.setCurrentWidget(w.register_view)
            commitment_id = hit.item_id if hit.kind == "commitment" else self.workspace.commitment_by_ref(hit.label).id
            w.register_view.select(commitment_id)
        elif hit.kind == "session":
            w.select_session(hit.item_id)
            w.tabs.setCurrentWidget(w.session_view)
        elif hit.kind == "agenda_item":
            item = self.workspace.agenda_item(hit.item_id)
            w.select_session(item.session_id)
            w.tabs.setCurrentWidget(w.agenda_view)
            w.agenda_view.reload(select=item.id)
        elif hit.kind == "action":
            self.open_actions(hit.dialogue_id, action_id=hit.item_id)
        elif hit.dialogue_id:
            w.select_dialogue(hit.dialogue_id)
            w.tabs.setCurrentWidget(w.details)

    # ------------------------------------------------------------ opening what a line names (dashboard, agenda)

    def open_link(self, url: str) -> None:
        """Follow a dashboard link (``consult:commitment?id=…``); an anchor inside the page just scrolls to it."""
        from ...domain.errors import ConsultError
        from ..dashboard import parse_link

        if url.startswith("#"):
            self.window.details.scrollToAnchor(url[1:])
            return
        kind, values = parse_link(url)
        try:
            if kind == "dialogue":
                self.window.select_dialogue(values["id"])
                self.window.tabs.setCurrentWidget(self.window.details)
            elif kind == "register":
                self.open_register(values["dialogue"], overdue=values.get("filter") == "overdue")
            elif kind == "commitment":
                self.open_commitment(values["id"])
            elif kind == "actions":
                self.open_actions(values["dialogue"], overdue=values.get("filter") == "overdue")
            elif kind == "action":
                self.open_actions(values["dialogue"], action_id=values["id"])
            elif kind == "session":
                self.open_session(values["id"], values.get("view", "overview"))
        except (ConsultError, KeyError):
            self.tell(self.tr("Dashboard"), self.tr("This is no longer in the workspace."))

    def open_register(self, dialogue_id: str, *, overdue: bool = False) -> None:
        w = self.window
        w.select_dialogue(dialogue_id)
        w.tabs.setCurrentWidget(w.register_view)
        w.register_view.overdue.setChecked(overdue)

    def open_commitment(self, commitment_id: str) -> None:
        """Show a commitment in the register of its dialogue (a carry-over sub-item, a dashboard line)."""
        w = self.window
        w.select_dialogue(self.workspace.commitment(commitment_id).dialogue_id)
        w.tabs.setCurrentWidget(w.register_view)
        if not w.register_view.select(commitment_id):  # hidden by the overdue filter a dashboard link set
            w.register_view.overdue.setChecked(False)
            w.register_view.select(commitment_id)

    def open_actions(self, dialogue_id: str, *, overdue: bool = False, action_id: str | None = None) -> None:
        from ..followup import ActionsFilter

        w = self.window
        w.select_dialogue(dialogue_id)
        w.tabs.setCurrentWidget(w.actions_view)
        view = w.actions_view
        view.mode.setCurrentIndex(view.mode.findData(ActionsFilter.OVERDUE if overdue else ActionsFilter.ALL))
        if action_id:
            view.select(action_id)

    def open_session(self, session_id: str, view: str = "overview") -> None:
        """Select a session and show one of its views; ``brief`` opens Documents › Ministerial Brief for it."""
        w = self.window
        self.workspace.session(session_id)  # still there?
        w.select_session(session_id)
        if view == "brief":
            w.documents.generate("brief")
            return
        targets = {"agenda": lambda: w.agenda_view, "session": lambda: w.session_view, "minutes": lambda: w.minutes_view}
        w.tabs.setCurrentWidget(targets[view]() if view in targets else w.details)

    def missing_translations(self) -> Dialog | None:
        """Joint texts lacking one of the dialogue's working languages; Enter or a double click jumps to each."""
        from PySide6.QtGui import QAction

        from ...domain.rules import translation_gaps
        from ..widgets import Dialog, List, context_menu

        d = self.window.dialogue
        if d is None:
            self.tell(self.tr("Missing translations"), self.tr("Select a dialogue first."))
            return None
        bundle = self.workspace.bundle(d.id)
        gaps = translation_gaps(bundle, d)
        titles = {i.id: labels.shown(i.title, d) for i in bundle.items}  # an item named as the Agenda view names it
        dialog = Dialog(self.window)
        dialog.setWindowTitle(self.tr("Missing translations — {code}").format(code=d.code))
        layout = QVBoxLayout(dialog)
        kinds = {"dialogue": self.tr("Dialogue name"), "theme": self.tr("Theme"), "agenda_item": self.tr("Agenda item"), "commitment": self.tr("Commitment")}
        fields = {
            "name": self.tr("name"),
            "title": self.tr("title"),
            "summary": self.tr("summary"),
            "conclusions": self.tr("conclusions"),
            "text": self.tr("text"),
        }
        layout.addWidget(
            QLabel(
                labels.counted(len(gaps), self.tr("1 joint text lacks a working language."), self.tr("{n} joint texts lack a working language."))
                if gaps
                else self.tr("Every joint text is in every working language.")
            )
        )
        listing = List()
        listing.setObjectName("gaps")
        listing.setAccessibleName(self.tr("Missing translations"))
        for gap in gaps:
            item = QListWidgetItem(
                self.tr("{kind} {label} — {field}: missing in [{lang}]").format(
                    kind=kinds[gap.kind], label=titles.get(gap.item_id) or gap.label, field=fields[gap.field], lang=gap.missing
                )
            )
            item.setData(ROLE, gap)
            listing.addItem(item)
        listing.itemActivated.connect(lambda item: self.jump_to_gap(item.data(ROLE)))
        go = QAction(self.tr("&Go To"), dialog)
        go.triggered.connect(lambda: listing.currentItem() and self.jump_to_gap(listing.currentItem().data(ROLE)))
        context_menu(listing, [go])
        layout.addWidget(listing)
        dialog.listing = listing
        dialog.resize(640, 420)
        dialog.open()
        return dialog

    def jump_to_gap(self, gap) -> None:
        w = self.window
        if gap.kind == "commitment":
            w.tabs.setCurrentWidget(w.register_view)
            w.register_view.select(gap.item_id)
        elif gap.kind == "agenda_item":
            w.select_session(gap.session_id)
            if gap.field == "title":
                w.tabs.setCurrentWidget(w.agenda_view)
                w.agenda_view.reload(select=gap.item_id)
            else:
                w.tabs.setCurrentWidget(w.minutes_view)
                w.minutes_view.select_item(gap.item_id)
        else:
            w.tabs.setCurrentWidget(w.details)
