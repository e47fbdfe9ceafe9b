"""A packet's changes in words, for the Receive Changes preview.

"Status of MLFR-2002-01: At risk, 2 May 2003", "Follow-up action “Identifier
les projets”: Assigned to → Oumar Diarra" — each row change named by what a
secretariat knows it by (a reference, a title, a description), in the
interface's language, with dates and figures the locale's way.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.errors import ConsultError
from . import labels, messages

TABLES = {
    "dialogues": QT_TRANSLATE_NOOP("Changes", "Dialogue"),
    "parties": QT_TRANSLATE_NOOP("Changes", "Party"),
    "themes": QT_TRANSLATE_NOOP("Changes", "Theme"),
    "people": QT_TRANSLATE_NOOP("Changes", "Person"),
    "sessions": QT_TRANSLATE_NOOP("Changes", "Session"),
    "delegation_members": QT_TRANSLATE_NOOP("Changes", "Delegation member"),
    "agenda_items": QT_TRANSLATE_NOOP("Changes", "Agenda item"),
    "commitments": QT_TRANSLATE_NOOP("Changes", "Commitment"),
    "commitment_reaffirmations": QT_TRANSLATE_NOOP("Changes", "Reaffirmation"),
    "status_events": QT_TRANSLATE_NOOP("Changes", "Status"),
    "indicators": QT_TRANSLATE_NOOP("Changes", "Indicator"),
    "measurements": QT_TRANSLATE_NOOP("Changes", "Measurement"),
    "actions": QT_TRANSLATE_NOOP("Changes", "Follow-up action"),
    "minutes_amendments": QT_TRANSLATE_NOOP("Changes", "Minutes amendment"),
}
HIDDEN = {"id", "dialogue_id", "session_id", "commitment_id", "indicator_id", "agenda_item_id", "search_text"}
"""Columns that are links or bookkeeping, not something a person changed."""


def table_name(table: str) -> str:
    """'Follow-up action', 'Status'… in the interface's language."""
    return QCoreApplication.translate("Changes", TABLES[table]) if table in TABLES else table


class Words:
    """Names the rows a packet touches: from the packet itself first (what it adds), else from the workspace."""

    def __init__(self, workspace, changes):
        self.ws = workspace
        self.rows: dict[tuple[str, str], dict] = {}
        for change in changes:
            key = (change.table, str(change.new.get("id") or change.old.get("id") or ""))
            self.rows.setdefault(key, {}).update({**change.old, **change.new})

    def _row(self, table: str, row_id) -> dict:
        return self.rows.get((table, str(row_id)), {})

    def _dialogue(self, dialogue_id):
        """The dialogue whose id ``dialogue_id()`` finds in the workspace, else None (a row the packet brings)."""
        try:
            return self.ws.dialogue(dialogue_id())
        except ConsultError:
            return None

    def ref(self, commitment_id) -> str:
        found = self._row("commitments", commitment_id).get("ref")
        if found:
            return found
        try:
            return self.ws.commitment(commitment_id).ref
        except ConsultError:
            return "?"

    def status(self, commitment_id, code: str) -> str:
        dialogue_id = self._row("commitments", commitment_id).get("dialogue_id")
        try:
            dialogue_id = dialogue_id or self.ws.commitment(commitment_id).dialogue_id
            return labels.status(self.ws.dialogue(dialogue_id).scale.get(code), code)
        except ConsultError:
            return code

    def indicator(self, indicator_id) -> str:
        found = next((i for i in self.ws.indicators() if i.id == indicator_id), None)
        if found is not None:
            return labels.shown(found.name, self._dialogue(lambda: self.ws.commitment(found.commitment_id).dialogue_id))
        return "?"

    def action(self, action_id, row: dict) -> str:
        if row.get("description"):
            return row["description"]
        found = next((a for a in self.ws.actions() if a.id == action_id), None)
        return found.description if found else "?"

    def item(self, item_id, row: dict) -> str:
        try:
            title = self.ws.agenda_item(item_id).title
        except ConsultError:
            title = {}
        if not title and row.get("title"):
            import json

            try:
                title = json.loads(row["title"])
            except (TypeError, ValueError):
                title = {}
        return labels.shown(title, self._dialogue(lambda: self.ws.session(self.ws.agenda_item(item_id).session_id).dialogue_id)) or "?"


def value(column: str, raw) -> str:
    """A stored value as the interface shows it."""
    if raw is None:
        return "—"
    text = str(raw)
    if column.endswith("_on"):
        try:
            return labels.day(dt.date.fromisoformat(text))
        except ValueError:
            return text
    if column == "state":
        try:
            return labels.action_state(text)
        except ValueError:
            return text
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and column.endswith("value"):
        return labels.number(raw)
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"


def _changed(change) -> str:
    """'Assigned to → Oumar Diarra; Due on → 30 Jun 2003' for an update."""
    return "; ".join(f"{messages.field_name(c)} → {value(c, v)}" for c, v in change.new.items() if c not in HIDDEN)


def sentence(change, words: Words) -> str:
    """One change of a packet, in words."""
    row = {**change.old, **change.new}
    table, op, row_id = change.table, change.op, row.get("id")
    if table == "status_events" and op == "insert":
        text = QCoreApplication.translate("Changes", "Status of {ref}: {status}, {date}").format(
            ref=words.ref(row.get("commitment_id")),
            status=words.status(row.get("commitment_id"), row.get("status", "")),
            date=value("effective_on", row.get("effective_on")),
        )
        return text + (f" — “{value('note', row['note'])}”" if row.get("note") else "")
    if table == "measurements" and op == "insert":
        return QCoreApplication.translate("Changes", "Measurement of {indicator}: {value}, {date}").format(
            indicator=words.indicator(row.get("indicator_id")), value=value("value", row.get("value")), date=value("measured_on", row.get("measured_on"))
        )
    if table == "actions":
        what = words.action(row_id, row)
        if op == "insert":
            return QCoreApplication.translate("Changes", "New follow-up action: “{what}”").format(what=value("description", what))
        if op == "delete":
            return QCoreApplication.translate("Changes", "Follow-up action deleted: “{what}”").format(what=value("description", what))
        return QCoreApplication.translate("Changes", "Follow-up action “{what}”: {changes}").format(what=value("description", what), changes=_changed(change))
    if table == "commitments":
        ref = words.ref(row_id)
        if op == "insert":
            return QCoreApplication.translate("Changes", "New commitment {ref}").format(ref=ref)
        if op == "delete":
            return QCoreApplication.translate("Changes", "Commitment deleted: {ref}").format(ref=ref)
        return QCoreApplication.translate("Changes", "Commitment {ref}: {changes}").format(ref=ref, changes=_changed(change))
    if table == "agenda_items":
        title = value("title", words.item(row_id, row))
        if op == "insert":
            return QCoreApplication.translate("Changes", "New agenda item “{title}”").format(title=title)
        if op == "delete":
            return QCoreApplication.translate("Changes", "Agenda item deleted: “{title}”").format(title=title)
        return QCoreApplication.translate("Changes", "Agenda item “{title}”: {changes}").format(title=title, changes=_changed(change))
    what = table_name(table)
    if op == "insert":
        return QCoreApplication.translate("Changes", "{what} added").format(what=what)
    if op == "delete":
        return QCoreApplication.translate("Changes", "{what} deleted").format(what=what)
    return QCoreApplication.translate("Changes", "{what} changed: {changes}").format(what=what, changes=_changed(change))


def header(report) -> str:
    """'Packet 3 from Bamako embassy (2 May 2003 10:00): 2 changes.'"""
    h = report.header
    one = QCoreApplication.translate("Changes", "Packet {seq} from {name} ({when}): 1 change.")
    many = QCoreApplication.translate("Changes", "Packet {seq} from {name} ({when}): {n} changes.")
    text = labels.counted(h["changes"], one, many, seq=h["seq"], name=report.sender or h["from_name"], when=labels.timestamp(h["created_at"]))
    if report.already:
        text += " " + QCoreApplication.translate("Changes", "It was already imported: nothing changed.")
    return text
