"""The main window: dialogues and their sessions, and what the selection holds.

This is the minimal window of the foundation; the secretariat's full
workbench (agenda editor, register, minutes) builds on it.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
)

from .. import __version__
from ..domain.errors import ConsultError
from ..domain.model import Dialogue, Session, pick
from ..domain.rules import agenda_order, current_status, ordinal, timetable
from ..store import Workspace
from .documents import BRIEF, MINUTES, TRACKER, DocumentOptions, PdfPreview, RenderJob

ROLE_KIND = Qt.ItemDataRole.UserRole
ROLE_ID = Qt.ItemDataRole.UserRole + 1


def _lang(d: Dialogue) -> str:
    return d.languages[0] if d.languages else "en"


def _day(d: dt.date) -> str:
    return f"{d.day} {d:%b %Y}"


def _dates(s: Session) -> str:
    """'16–17 Jun 2003', or '30 Jun 2003 – 1 Jul 2003' across months."""
    if s.starts_on == s.ends_on:
        return _day(s.starts_on)
    if (s.starts_on.year, s.starts_on.month) == (s.ends_on.year, s.ends_on.month):
        return f"{s.starts_on.day}–{_day(s.ends_on)}"
    return f"{_day(s.starts_on)} – {_day(s.ends_on)}"


class MainWindow(QMainWindow):
    """Navigator of dialogues → sessions with a detail pane."""

    workspace_changed = Signal()

    def __init__(self, workspace: Workspace):
        super().__init__()
        self.workspace = workspace
        self.setWindowTitle(self.tr("Consult — {name}").format(name=workspace.path.name))
        self.navigator = QTreeWidget()
        self.navigator.setHeaderLabels([self.tr("Dialogues and sessions")])
        self.navigator.setObjectName("navigator")
        self.navigator.currentItemChanged.connect(self._show_selection)
        self.details = QTextBrowser()
        self.details.setObjectName("details")
        self.details.setOpenLinks(False)
        splitter = QSplitter()
        splitter.addWidget(self.navigator)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 770])
        self.setCentralWidget(splitter)
        self.path_label = QLabel(str(workspace.path))
        self.statusBar().addPermanentWidget(self.path_label)
        self._build_menus()
        self.jobs: list[RenderJob] = []
        self.previews: list[PdfPreview] = []
        self.resize(1100, 700)
        self._restore_geometry()
        self.refresh()
        workspace.listeners.append(lambda kind: self.refresh())

    # ------------------------------------------------------------ menus

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_action = QAction(self.tr("&Open…"), self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self._open)
        file_menu.addAction(open_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        documents = self.menuBar().addMenu(self.tr("&Documents"))
        for kind, label, shortcut in (
            (MINUTES, self.tr("Joint &Minutes…"), "Ctrl+Shift+M"),
            (TRACKER, self.tr("Progress &Tracker…"), "Ctrl+Shift+T"),
            (BRIEF, self.tr("Ministerial &Brief…"), "Ctrl+Shift+B"),
        ):
            action = QAction(label, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setObjectName(f"document_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.generate_document(k))
            documents.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Consult"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open workspace"), str(self.workspace.path.parent), self.tr("Consult workspaces (*.consult);;All files (*)")
        )
        if not name:
            return
        try:
            ws = Workspace.open(name)
        except ConsultError as exc:
            QMessageBox.warning(self, self.tr("Cannot open workspace"), str(exc))
            return
        self.workspace.close()
        self.workspace = ws
        ws.listeners.append(lambda kind: self.refresh())
        QSettings().setValue("workspace/last", str(Path(name).resolve()))
        self.setWindowTitle(self.tr("Consult — {name}").format(name=ws.path.name))
        self.path_label.setText(str(ws.path))
        self.refresh()
        self.workspace_changed.emit()

    # ------------------------------------------------------------ documents

    def selected_ids(self) -> tuple[str | None, str | None]:
        """(dialogue id, session id) of the navigator's selection."""
        item = self.navigator.currentItem()
        if item is None:
            return None, None
        if item.data(0, ROLE_KIND) == "session":
            return item.parent().data(0, ROLE_ID), item.data(0, ROLE_ID)
        return item.data(0, ROLE_ID), None

    def generate_document(self, kind: str) -> DocumentOptions | None:
        """Ask for the options, then lay the document out off the GUI thread and preview it."""
        dialogue_id, session_id = self.selected_ids()
        options = DocumentOptions(self.workspace, kind, dialogue_id, session_id, self)
        options.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        options.accepted.connect(lambda: self.start_render(options.chosen, options.windowTitle()))
        options.open()
        return options

    def start_render(self, renderer, title: str) -> RenderJob:
        job = RenderJob(renderer, title, self)
        job.done.connect(lambda pdf: self._show_preview(pdf, renderer))
        job.failed.connect(lambda message: self.tell(title, message))
        for signal in (job.done, job.failed):
            signal.connect(lambda *_: self.jobs.remove(job) if job in self.jobs else None)
        self.jobs.append(job)
        job.start()
        return job

    def tell(self, title: str, message: str) -> QMessageBox:
        """One plain sentence in a window-modal box that does not block the event loop."""
        self.statusBar().showMessage(message, 10000)
        box = QMessageBox(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _show_preview(self, pdf: bytes, renderer) -> None:
        name = "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in renderer.running_title)[:80].strip() + ".pdf"
        preview = PdfPreview(pdf, renderer.running_title, str(self.workspace.path.parent / name), self)
        self.previews.append(preview)
        preview.destroyed.connect(lambda *_: self.previews.remove(preview) if preview in self.previews else None)
        preview.show()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Consult"),
            self.tr("<b>Consult</b> {version}<br>Preparing sessions of bilateral dialogues and keeping their commitment register.").format(
                version=__version__
            ),
        )

    # ------------------------------------------------------------ content

    def refresh(self) -> None:
        """Rebuild the navigator from the workspace, keeping the selection."""
        current = self.navigator.currentItem()
        keep = current.data(0, ROLE_ID) if current else None
        self.navigator.clear()
        restore = None
        for d in self.workspace.dialogues():
            top = QTreeWidgetItem([f"{d.code} — {pick(d.name, _lang(d))}"])
            top.setData(0, ROLE_KIND, "dialogue")
            top.setData(0, ROLE_ID, d.id)
            top.setToolTip(0, pick(d.name, _lang(d)))
            self.navigator.addTopLevelItem(top)
            for s in self.workspace.sessions(d.id):
                venue = s.venue.split(",")[0]
                child = QTreeWidgetItem([self.tr("{nth} session — {dates}, {venue}").format(nth=ordinal(s.number), dates=_dates(s), venue=venue)])
                child.setData(0, ROLE_KIND, "session")
                child.setData(0, ROLE_ID, s.id)
                top.addChild(child)
                if s.id == keep:
                    restore = child
            if d.id == keep:
                restore = top
        self.navigator.expandAll()
        if restore is None and self.navigator.topLevelItemCount():
            restore = self.navigator.topLevelItem(0)
        if restore is not None:
            self.navigator.setCurrentItem(restore)
        else:
            self.details.setHtml(self.tr("<p>This workspace has no dialogues yet.</p>"))

    def _show_selection(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        kind, ident = item.data(0, ROLE_KIND), item.data(0, ROLE_ID)
        try:
            if kind == "dialogue":
                self.details.setHtml(self._dialogue_html(self.workspace.dialogue(ident)))
            else:
                session = self.workspace.session(ident)
                self.details.setHtml(self._session_html(self.workspace.dialogue(session.dialogue_id), session))
        except ConsultError as exc:
            self.details.setHtml(f"<p>{html.escape(str(exc))}</p>")

    def _dialogue_html(self, d: Dialogue) -> str:
        e = html.escape
        lang = _lang(d)
        home = d.home_party
        parties = ", ".join(e(p.name) + (self.tr(" (home)") if p is home else "") for p in d.parties)
        rows = [
            (self.tr("Parties"), parties),
            (self.tr("Level"), e(d.level.value.replace("_", " "))),
            (self.tr("Cadence"), e(d.cadence)),
            (self.tr("Working languages"), e(", ".join(d.languages))),
            (self.tr("Founding instrument"), e(d.instrument_title) + (f" ({d.instrument_signed_on:%B %Y})" if d.instrument_signed_on else "")),
            (self.tr("Classification"), e(d.classification)),
        ]
        commitments = self.workspace.commitments(d.id)
        events = self.workspace.events_by_commitment(d.id)
        today = dt.date.today()
        counts: dict[str, int] = {}
        for c in commitments:
            latest = current_status(events.get(c.id, ()), today)
            code = latest.status if latest else d.scale.levels[0].code
            counts[code] = counts.get(code, 0) + 1
        status_line = ", ".join(f"{counts[lv.code]} {e(lv.label.lower())}" for lv in d.scale.levels if counts.get(lv.code))
        rows.append((self.tr("Commitments"), f"{len(commitments)}" + (f" — {status_line}" if status_line else "")))
        themes = "".join(f"<li>{e(t.code)}: {e(pick(t.title, lang))}</li>" for t in d.themes)
        sessions = "".join(
            f"<tr><td>{ordinal(s.number)}</td><td>{_dates(s)}</td><td>{e(s.venue)}</td>"
            f"<td>{e(d.party(s.host_party_id).name if d.party(s.host_party_id) else '')}</td>"
            f"<td>{e(s.state.value.replace('_', ' '))}</td></tr>"
            for s in self.workspace.sessions(d.id)
        )
        table = "".join(f"<tr><th align=left valign=top>{k}</th><td>{v}</td></tr>" for k, v in rows)
        return (
            f"<h2>{e(pick(d.name, lang))}</h2><table cellspacing=4>{table}</table>"
            f"<h3>{self.tr('Standing themes')}</h3><ul>{themes}</ul>"
            f"<h3>{self.tr('Chronology')}</h3><table cellspacing=6><tr><th align=left>{self.tr('Session')}</th>"
            f"<th align=left>{self.tr('Dates')}</th><th align=left>{self.tr('Venue')}</th><th align=left>{self.tr('Host')}</th>"
            f"<th align=left>{self.tr('State')}</th></tr>{sessions}</table>"
        )

    def _session_html(self, d: Dialogue, s: Session) -> str:
        e = html.escape
        lang = _lang(d)
        people = {p.id: p for p in self.workspace.people()}
        host = d.party(s.host_party_id)
        head = self.tr("{nth} session of the {name}").format(nth=ordinal(s.number), name=e(pick(d.name, lang)))
        out = [
            f"<h2>{head}</h2>",
            f"<p>{_dates(s)} · {e(s.venue)}" + (f" · {self.tr('host')}: {e(host.name)}" if host else "") + "</p>",
            f"<p>{self.tr('State')}: <b>{e(s.state.value.replace('_', ' '))}</b> · {self.tr('minutes')}: {e(s.minutes_state.value)}</p>",
            f"<h3>{self.tr('Delegations')}</h3>",
        ]
        members = self.workspace.delegation(s.id)
        for party in d.parties:
            mine = [m for m in members if m.party_id == party.id]
            if not mine:
                continue
            lines = "".join(
                f"<li>{'<b>' if m.is_head else ''}{e(people[m.person_id].name)}{'</b>' if m.is_head else ''}, "
                f"{e(people[m.person_id].title)} — {e(m.role)}</li>"
                for m in mine
            )
            out.append(f"<p><b>{e(party.name)}</b></p><ul>{lines}</ul>")
        items = self.workspace.agenda(s.id)
        if items:
            slots = timetable(items, dt.datetime.combine(s.starts_on, s.start_time))
            out.append(f"<h3>{self.tr('Agenda')}</h3><table cellspacing=4>")
            for item in agenda_order(items):
                slot = slots[item.id]
                indent = "&nbsp;" * 6 if item.parent_id else ""
                out.append(
                    f"<tr><td>{slot.start:%H:%M}–{slot.end:%H:%M}</td><td>{indent}{slot.number}</td>"
                    f"<td>{indent}{e(pick(item.title, lang, tuple(d.languages)))}</td></tr>"
                )
            out.append("</table>")
        return "".join(out)

    # ------------------------------------------------------------ window state

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        for job in list(self.jobs):
            job.shutdown()
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
