"""What each kind of exchange partner may change, checked change by change before anything is applied.

A packet is a list of row changes (insert, update, delete). Each one is
judged against the :class:`Rights` of the partner's kind — an allow-list,
plain data, so that a new kind of partner (the counterpart secretariat of
issue 16) is one more entry in :data:`RIGHTS` — then against the partner's
dialogue scope, then by the same domain checks the editors and the
interchange reader use. The first change that fails refuses the packet, with
a :class:`Refused` naming the change and the reason.

Nothing here opens a database: rows are read through a :class:`RowSource`,
which the caller backs with the workspace (and the packet's own rows).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from ..domain import validate
from ..domain.errors import ConsultError, Invalid, Refused  # noqa: F401  (re-exported)
from ..domain.model import (
    ActionState,
    AgendaItem,
    Amendment,
    CommitmentKind,
    CommitmentState,
    Direction,
    FollowUpAction,
    ItemKind,
    Level,
    Measurement,
    MinutesState,
    Revision,
    SessionState,
    StatusEvent,
    Visibility,
)
from . import codec

# Each table's rows belong to a dialogue through one column (None: the row is the dialogue).
OWNER_COLUMN: dict[str, str | None] = {
    "dialogues": None,
    "parties": "dialogue_id",
    "themes": "dialogue_id",
    "sessions": "dialogue_id",
    "commitments": "dialogue_id",
    "actions": "dialogue_id",
    "delegation_members": "session_id",
    "agenda_items": "session_id",
    "minutes_amendments": "session_id",
    "minutes_versions": "session_id",
    "minutes_proposals": "session_id",
    "minutes_signoffs": "session_id",
    "commitment_reaffirmations": "commitment_id",
    "commitment_revisions": "commitment_id",
    "status_events": "commitment_id",
    "indicators": "commitment_id",
    "measurements": "indicator_id",
}
SHARED = ("people",)  # the people directory belongs to no dialogue
DATA_TABLES = (*OWNER_COLUMN, *SHARED)
# The exchange's own bookkeeping and derived tables: no packet may ever touch them, and none carries them.
NEVER = {
    "meta": "the workspace's own settings and keys",
    "peers": "the records of exchange partners",
    "search_index": "the search index",
    "search_rows": "the search index",
}
HISTORY = {
    "status_events": "status history",
    "measurements": "measurement history",
    "minutes_amendments": "the amendment history of the minutes",
    "minutes_versions": "circulated versions of the minutes",
    "minutes_signoffs": "sign-offs of the minutes",
}
READABLE = {
    "dialogues": ("dialogue", "dialogues"),
    "parties": ("party", "parties"),
    "themes": ("theme", "themes"),
    "people": ("person", "people"),
    "sessions": ("session", "sessions"),
    "delegation_members": ("delegation member", "delegation members"),
    "agenda_items": ("agenda item", "agenda items"),
    "commitments": ("commitment", "commitments"),
    "commitment_reaffirmations": ("reaffirmation", "reaffirmations"),
    "commitment_revisions": ("change of a commitment's text", "changes of commitments' texts"),
    "status_events": ("status event", "status events"),
    "indicators": ("indicator", "indicators"),
    "measurements": ("measurement", "measurements"),
    "actions": ("follow-up action", "follow-up actions"),
    "minutes_amendments": ("minutes amendment", "minutes amendments"),
    "minutes_versions": ("version of the minutes", "versions of the minutes"),
    "minutes_proposals": ("proposal on the minutes", "proposals on the minutes"),
    "minutes_signoffs": ("sign-off of the minutes", "sign-offs of the minutes"),
}
MINUTES_TEXT = ("summary", "conclusions")


def never_travels(table: str) -> bool:
    """Tables that are no part of an exchange (their changes are never sent, and refused when received)."""
    return table in NEVER or table.startswith(("search_index", "sqlite_"))


@dataclass(frozen=True)
class Rights:
    """What one kind of partner may change: tables it may add to, columns it may change, tables it may delete from."""

    kind: str
    title: str  # "field copy": used in refusals ("outside this field copy's dialogue ML-FR")
    insert: frozenset[str]
    update: Mapping[str, frozenset[str] | None]  # table -> the columns it may change (None: any)
    delete: frozenset[str]


_ALL_BUT_HISTORY = frozenset(t for t in DATA_TABLES if t not in HISTORY)

RIGHTS: dict[str, Rights] = {
    # A liaison officer's laptop: it reports on commitments of its dialogue, nothing more.
    "field_copy": Rights(
        "field_copy",
        "field copy",
        insert=frozenset({"status_events", "measurements", "actions"}),
        update={"actions": frozenset({"description", "assignee", "due_on", "state", "commitment_id", "session_id"})},
        delete=frozenset(),
    ),
    # The secretariat keeps the record: anything but history (which only grows) and the exchange's bookkeeping.
    "secretariat": Rights("secretariat", "secretariat", insert=frozenset(DATA_TABLES), update={t: None for t in _ALL_BUT_HISTORY}, delete=_ALL_BUT_HISTORY),
    # The other delegation's secretariat: it adds to the joint record, never overwrites it. Its own party's
    # assessments, joint follow-up actions, proposals (and comments) on circulated minutes, and — as the party
    # that holds the pen, or signs — versions, decisions on proposals, sign-offs and amendments
    # (the further checks, change by change, are in _counterpart_reason).
    "counterpart": Rights(
        "counterpart",
        "counterpart secretariat",
        insert=frozenset({"status_events", "actions", "minutes_versions", "minutes_proposals", "minutes_signoffs", "minutes_amendments"}),
        update={"minutes_proposals": frozenset({"state", "decided_text", "decided_at", "decided_by"})},
        delete=frozenset(),
    ),
}
# A partner stored as kind K sees us as kind SEEN_AS[K]: what we may send it is RIGHTS[SEEN_AS[K]].
SEEN_AS = {"field_copy": "secretariat", "secretariat": "field_copy", "counterpart": "counterpart"}


@dataclass
class Change:
    """One row change of a packet, as plain values. ``new`` holds only the columns an update sets."""

    table: str
    op: str  # "insert", "update" or "delete"
    old: dict
    new: dict


class RowSource(Protocol):
    def row(self, table: str, key: dict) -> dict | None: ...
    def select(self, table: str, column: str, value) -> list[dict]: ...  # rows whose column is value
    def columns(self, table: str) -> list[tuple[str, str, bool, bool]]: ...  # (name, declared type, not null, in primary key)
    def references(self, table: str) -> list[tuple[str, str]]: ...  # (column, referenced table)


class WithPacket:
    """Rows as they will be once the packet is applied: its inserts and updates over the workspace's rows."""

    def __init__(self, changes: Sequence[Change], db: RowSource):
        self.db = db
        self.added: dict[tuple[str, tuple], dict] = {}
        self.updated: dict[tuple[str, tuple], dict] = {}
        self.deleted: set[tuple[str, tuple]] = set()
        self.cache: dict[tuple[str, tuple], dict | None] = {}
        self.facts: dict[str, tuple] = {}  # dialogue id -> (languages, status scale)
        for c in changes:
            if c.table not in DATA_TABLES:
                continue
            key = self._key(c.table, c.new if c.op == "insert" else c.old)
            if c.op == "insert":
                self.added[key] = c.new
            elif c.op == "update":
                self.updated[key] = c.new
            else:
                self.deleted.add(key)

    def _key(self, table: str, values: dict) -> tuple:
        return table, tuple(values.get(name) for name, _t, _n, pk in self.db.columns(table) if pk)

    def row(self, table: str, key: dict) -> dict | None:
        k = (table, tuple(key.get(name) for name, _t, _n, pk in self.db.columns(table) if pk))
        if k in self.added:
            return self.added[k]
        if k in self.deleted:
            return None
        if k not in self.cache:  # parents (a commitment, its dialogue) are looked up once per packet
            self.cache[k] = self.db.row(table, key)
        current = self.cache[k]
        if current is not None and k in self.updated:
            return current | self.updated[k]
        return current

    def before(self, table: str, key: dict) -> dict | None:
        return self.db.row(table, key)

    def select(self, table: str, column: str, value) -> list[dict]:
        """Every row of ``table`` whose ``column`` is ``value``, as the packet leaves them."""
        out, seen = [], set()
        for r in self.db.select(table, column, value):
            key = self._key(table, r)
            seen.add(key)
            current = r | self.updated.get(key, {})
            if key not in self.deleted and current.get(column) == value:
                out.append(current)
        for key, r in self.added.items():
            if key[0] == table and key not in seen and r.get(column) == value:
                out.append(r)
        return out

    def columns(self, table: str):
        return self.db.columns(table)

    def references(self, table: str):
        return self.db.references(table)

    def resulting(self, change: Change) -> dict:
        """The whole row a change leaves (for a deletion: the row it removes)."""
        if change.op == "insert":
            return change.new
        key = {name: change.old.get(name) for name, _t, _n, pk in self.db.columns(change.table) if pk}
        current = self.db.row(change.table, key) or change.old
        return current | change.new if change.op == "update" else current


MISSING = object()  # a row's dialogue cannot be found: it refers to something that is not there


def owner(table: str, row: dict, rows: RowSource) -> str | None | object:
    """The id of the dialogue a row belongs to; None for shared rows (people); MISSING when a link is broken."""
    for _ in range(len(OWNER_COLUMN) + 1):
        if table not in OWNER_COLUMN:
            return None
        column = OWNER_COLUMN[table]
        if column is None:
            return row.get("id")
        parent_table = _parent_of(table, column, rows)
        parent = rows.row(parent_table, {"id": row.get(column)}) if row.get(column) is not None else None
        if parent is None:
            return MISSING
        table, row = parent_table, parent
    return MISSING


def _parent_of(table: str, column: str, rows: RowSource) -> str:
    for col, parent in rows.references(table):
        if col == column:
            return parent
    return "dialogues"


def _dialogue(rows: RowSource, dialogue_id) -> dict | None:
    return rows.row("dialogues", {"id": dialogue_id}) if isinstance(dialogue_id, str) else None


# What a change is, in words ("status event for IT-AL commitment ITAL-2001-01"): each a template with named values,
# so that ui/messages.py can match it and say it in the interface's language.
FOR_COMMITMENT = {
    "status_events": "status event for {commitment}",
    "indicators": "indicator for {commitment}",
    "commitment_revisions": "change of a commitment's text for {commitment}",
    "commitment_reaffirmations": "reaffirmation of {commitment}",
    "measurements": "measurement for {commitment}",
}
OF_SESSION = {
    "delegation_members": "delegation member of {session}",
    "minutes_amendments": "minutes amendment of {session}",
    "minutes_versions": "version of the minutes of {session}",
    "minutes_proposals": "proposal on the minutes of {session}",
    "minutes_signoffs": "sign-off of the minutes of {session}",
}
OF_DIALOGUE = {"parties": "party {code} of {dialogue}", "themes": "theme {code} of {dialogue}"}


def _said(template: str, **values) -> str:
    """A sentence from its template: ui/messages.py matches the template to say the sentence in the interface's language."""
    return template.format(**values)


def _code(rows: RowSource, dialogue_id) -> str:
    d = _dialogue(rows, dialogue_id)
    return str(d["code"]) if d else "an unknown dialogue"


def _short(value, limit: int = 40) -> str:
    text = "".join(ch if ch.isprintable() else " " for ch in str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe(change: Change, rows: WithPacket) -> str:
    """The change in words: 'status event for IT-AL commitment ITAL-2001-01'."""
    table = change.table
    row = rows.resulting(change) if table in DATA_TABLES else {**change.old, **change.new}
    if table == "meta":
        return _said("workspace setting '{key}'", key=_short(row.get("key", "?")))
    if table == "peers":
        return _said("exchange partner record '{name}'", name=_short(row.get("name", row.get("device_id", "?"))))
    if table not in DATA_TABLES:
        return _said("a change to the table '{table}'", table=_short(table))
    if table == "dialogues":
        return _said("dialogue {code}", code=_short(row.get("code", "?")))
    if table == "people":
        return _said("person '{name}'", name=_short(row.get("name", "?")))

    def commitment_words(commitment_id, c: dict | None = None) -> str:
        c = c if c is not None else rows.row("commitments", {"id": commitment_id})
        if c is None:
            return _said("an unknown commitment ({id})", id=_short(commitment_id, 12))
        return _said("{dialogue} commitment {ref}", dialogue=_code(rows, c.get("dialogue_id")), ref=_short(c.get("ref", "?")))

    def session_words(session_id, s: dict | None = None) -> str:
        s = s if s is not None else rows.row("sessions", {"id": session_id})
        if s is None:
            return _said("an unknown session ({id})", id=_short(session_id, 12))
        return _said("{dialogue} session {number}", dialogue=_code(rows, s.get("dialogue_id")), number=_short(s.get("number", "?")))

    if table == "measurements":
        indicator = rows.row("indicators", {"id": row.get("indicator_id")})
        if indicator is None:
            return _said("measurement for an unknown indicator ({id})", id=_short(row.get("indicator_id"), 12))
        return _said(FOR_COMMITMENT[table], commitment=commitment_words(indicator.get("commitment_id")))
    if table in FOR_COMMITMENT:
        return _said(FOR_COMMITMENT[table], commitment=commitment_words(row.get("commitment_id")))
    if table == "commitments":
        return commitment_words(None, row)
    if table == "actions":
        return _said(
            "follow-up action '{description}' of {dialogue}", description=_short(row.get("description", "")), dialogue=_code(rows, row.get("dialogue_id"))
        )
    if table == "sessions":
        return session_words(None, row)
    if table == "agenda_items":
        title = _lang_first(row.get("title"))
        return _said("agenda item '{title}' of {session}", title=_short(title), session=session_words(row.get("session_id")))
    if table in OF_SESSION:
        return _said(OF_SESSION[table], session=session_words(row.get("session_id")))
    return _said(
        OF_DIALOGUE.get(table, "{thing} {code} of {dialogue}"),
        thing=READABLE[table][0],
        code=_short(row.get("code", row.get("id", "?"))),
        dialogue=_code(rows, row.get("dialogue_id")),
    )


def _lang_first(value) -> str:
    try:
        texts = json.loads(value) if isinstance(value, str) else {}
        return next((v for v in texts.values() if isinstance(v, str) and v), "") if isinstance(texts, dict) else ""
    except ValueError:
        return ""


def check(changes: Sequence[Change], rights: Rights, scope: str | None, db: RowSource, *, party: str | None = None) -> None:
    """Refuse (raise :class:`Refused`) at the first change that ``rights`` and ``scope`` do not allow, or that is invalid.

    ``party``: for a counterpart secretariat, the party of the dialogue it speaks for.
    """
    for _change, what, reason in judge(changes, rights, scope, db, party=party):
        if reason:
            raise Refused(what, reason)


def judge(changes: Sequence[Change], rights: Rights, scope: str | None, db: RowSource, *, party: str | None = None):
    """Each change with its description and the reason it is refused (None: allowed), in order."""
    rows = WithPacket(changes, db)
    amended = {
        (c.new.get("agenda_item_id"), c.new.get("field"))
        for c in changes
        if c.table == "minutes_amendments" and c.op == "insert" and "minutes_amendments" in rights.insert
    }
    for change in changes:
        judged = _as_found_here(change, rows)
        reason = None if judged is None else _reason(judged, rights, scope, rows, amended)
        if reason is None and judged is not None and rights.kind == "counterpart":
            reason = _counterpart_reason(judged, rows, party)
        yield change, describe(judged, rows) if reason else "", reason


def _as_found_here(change: Change, rows: WithPacket) -> Change | None:
    """A new row whose key a row here already has would overwrite it (a conflict, and 'take theirs'):
    it is judged as the update of what differs (None: the very same row, no change)."""
    if change.op != "insert" or change.table not in DATA_TABLES:
        return change
    here = rows.before(change.table, {n: change.new.get(n) for n, _t, _nn, pk in rows.columns(change.table) if pk})
    if here is None:
        return change
    differing = {c: v for c, v in change.new.items() if here.get(c) != v}
    return Change(change.table, "update", here, differing) if differing else None


def _reason(change: Change, rights: Rights, scope: str | None, rows: WithPacket, amended: set) -> str | None:
    table, op = change.table, change.op
    plural = READABLE.get(table, (table, table))[1]
    if never_travels(table):
        return _said("a packet may never change {what}", what=NEVER.get(table, "the search index" if table.startswith("search") else "the database schema"))
    if table not in DATA_TABLES:
        return "this table is not part of a Consult workspace"
    if table in HISTORY and op != "insert":
        return _said("{history} cannot be changed or deleted", history=HISTORY[table])
    if op == "insert" and table not in rights.insert:
        return _said("a {title} may not add {things}", title=rights.title, things=plural)
    if op == "delete" and table not in rights.delete:
        return _said("a {title} may not delete {things}", title=rights.title, things=plural)
    if op == "update":
        if table == "agenda_items" and any(c in change.new for c in MINUTES_TEXT):
            minutes = _agreed_minutes_reason(change, rights, rows, amended)
            if minutes:
                return minutes
        if table not in rights.update:
            return _said("a {title} may not change {things}", title=rights.title, things=plural)
        allowed = rights.update[table]
        for column in change.new:
            if allowed is not None and column not in allowed:
                return _said("a {title} may not change the {column} of {things}", title=rights.title, column=column.replace("_", " "), things=plural)
    if table in ("agenda_items", "sessions") and _agreed_items_reason(change, rows):
        return "the items of agreed minutes are neither added, removed nor moved, and keep their title, kind and timing"
    if table == "delegation_members" and _of_agreed_minutes(change, rows):
        return "the delegations of agreed minutes stay as they were agreed"
    if table == "sessions" and op == "update" and _agreed_session_retold(change, rows):
        return "what agreed minutes say of their session (number, dates, venue, host, start time) stays as agreed"
    if op != "insert":
        before = rows.before(table, {n: change.old.get(n) for n, _t, _nn, pk in rows.columns(table) if pk})
        if before is None:
            return None  # not here (deleted here): it cannot apply, and an update becomes a conflict that keeps ours
        was = owner(table, before, rows)  # an update must not reach, nor move a row out of, another dialogue
        if scope is not None and was not in (None, scope):
            return _said("outside this {title}'s dialogue {code}", title=rights.title, code=_code(rows, scope))
    row = rows.resulting(change)
    where = owner(table, row, rows)
    if where is MISSING:
        return _said("it refers to a {thing} that this workspace does not have", thing=_missing_link(table, row, rows))
    if scope is not None and where is not None and where != scope:
        return _said("outside this {title}'s dialogue {code}", title=rights.title, code=_code(rows, scope))
    if op == "delete":
        return None
    link = _links(table, row, where, rows)
    if link:
        return link
    try:
        validate_row(table, row, where, rows)
    except Invalid as exc:
        return str(exc).rstrip(".")
    return None


def _agreed_minutes_reason(change: Change, rights: Rights, rows: WithPacket, amended: set) -> str | None:
    item = rows.before("agenda_items", {"id": change.old.get("id")})
    session = rows.before("sessions", {"id": item.get("session_id")}) if item else None
    if not session or session.get("minutes_state") != MinutesState.AGREED.value:
        return None
    if "agenda_items" not in rights.update:
        if rights.kind == "counterpart":
            return _said("the text of agreed minutes cannot be changed by a {title} (only amended, with both sides' sign-off)", title=rights.title)
        return _said("the text of agreed minutes cannot be changed by a {title} (only amended, by the secretariat)", title=rights.title)
    for column in MINUTES_TEXT:
        if column in change.new and (change.old.get("id"), column) not in amended:
            return "the text of agreed minutes can only change through an amendment, and this packet holds none for it"
    return None


def _agreed_items_reason(change: Change, rows: WithPacket) -> bool:
    """Whether a change adds, removes, moves, retitles or re-times an item of minutes agreed here (or deletes such a session).

    The secretariat's own store refuses all of these (see ``Negotiation.check_items_editable``): in a packet they come
    from a file edited behind its back, or a crafted one; minutes agreed before versions have no hash to notice them.
    """
    if change.table == "sessions":
        return change.op == "delete" and _agreed_here(rows, change.old.get("id"))
    if change.op == "update" and not any(c in change.new for c in ("title", *validate.AGREED_ITEM_KEPT)):
        return False
    return _of_agreed_minutes(change, rows)


def _of_agreed_minutes(change: Change, rows: WithPacket) -> bool:
    """Whether a change reaches a row of a session whose minutes are agreed here, as it is or as the packet would leave it
    (an item or a delegate added to, removed from, changed in or moved into such a session: the secretariat's store
    refuses them all)."""
    here = rows.before(change.table, {"id": change.old.get("id")}) if change.op != "insert" else None
    there = rows.resulting(change) if change.op != "delete" else None
    return any(row is not None and _agreed_here(rows, row.get("session_id")) for row in (here, there))


def _agreed_session_retold(change: Change, rows: WithPacket) -> bool:
    """Whether an update changes what the agreed minutes of a session print of it (``Negotiation.check_minutes_state``)."""
    return _agreed_here(rows, change.old.get("id")) and any(c in change.new for c in validate.AGREED_SESSION_KEPT)


def _agreed_here(rows: WithPacket, session_id) -> bool:
    """Whether this workspace holds the minutes of ``session_id`` as agreed (before the packet)."""
    return (rows.before("sessions", {"id": session_id}) or {}).get("minutes_state") == MinutesState.AGREED.value


def _counterpart_reason(change: Change, rows: WithPacket, party: str | None) -> str | None:
    """What the other secretariat may add beyond the allow-list's tables: only in its own party's name, only joint,
    and the minutes only as their negotiation allows (versions from the pen holder, decisions by it, sign-offs of what exists)."""
    judge = _COUNTERPART_JUDGES.get(change.table)
    return judge(change, rows.resulting(change), rows, party) if judge else None


def _cp_status_event(change: Change, row: dict, rows: WithPacket, party: str | None) -> str | None:
    if row.get("party_id") != party:
        return "a counterpart secretariat speaks only for its own party: it may not record another party's assessment"
    commitment = rows.row("commitments", {"id": row.get("commitment_id")}) or {}
    if commitment.get("visibility") != Visibility.JOINT.value:
        return "it assesses a commitment that is not shared with the other delegation"
    return None


def _cp_action(change: Change, row: dict, rows: WithPacket, party: str | None) -> str | None:
    commitment = rows.row("commitments", {"id": row.get("commitment_id")}) if row.get("commitment_id") else None
    if row.get("visibility") != Visibility.JOINT.value or (commitment is not None and commitment.get("visibility") != Visibility.JOINT.value):
        return "a counterpart secretariat may only add joint follow-up actions, under joint commitments"
    return None


def _minutes_of(row: dict, rows: WithPacket) -> tuple[dict, list[dict], str | None]:
    """The session a minutes row belongs to, its circulated versions in order, and the party holding the pen."""
    session = rows.row("sessions", {"id": row.get("session_id")}) or {}
    versions = sorted(rows.select("minutes_versions", "session_id", row.get("session_id")), key=lambda v: v.get("number") or 0)
    return session, versions, (versions[0].get("party_id") if versions else None)


def _cp_version(change: Change, row: dict, rows: WithPacket, party: str | None) -> str | None:
    from ..domain import negotiation as N

    session, versions, pen = _minutes_of(row, rows)
    if row.get("party_id") != party:
        return "a counterpart secretariat speaks only for its own party: it may not circulate a version in another party's name"
    if pen not in (None, party):
        return "the other party holds the pen for these minutes (it circulated version 1)"
    if session.get("minutes_state") == MinutesState.AGREED.value:
        return "these minutes are agreed here: they are changed only by an amendment"
    if [v.get("number") for v in versions] != list(range(1, len(versions) + 1)):
        return "the versions of these minutes would not follow one another (1, 2, 3…)"
    parties = [p.get("id") for p in rows.select("parties", "dialogue_id", session.get("dialogue_id"))]
    before = next((v for v in versions if v.get("number") == (row.get("number") or 0) - 1), None)
    try:
        texts = json.loads(row.get("texts") or "")
        version = codec.from_row(N.MinutesVersion, {**row, "texts": row.get("texts")})
        N.check_version(version)
        N.check_in_record(version, json.loads(before.get("texts") or "") if before else None, parties)
    except (ValueError, TypeError, KeyError, Invalid) as exc:
        return str(exc).rstrip(".") if isinstance(exc, Invalid) else "its frozen texts cannot be read"
    for frozen in texts.get("items", ()):
        item = rows.row("agenda_items", {"id": frozen.get("id") if isinstance(frozen, dict) else None})
        if item is None or item.get("session_id") != row.get("session_id"):
            return "it names an agenda item that this workspace does not have (the agenda changed after pairing)"
    return None


def _cp_proposal(change: Change, row: dict, rows: WithPacket, party: str | None) -> str | None:
    from ..domain import negotiation as N

    session, _versions, pen = _minutes_of(row, rows)
    if change.op == "update":
        return None if pen == party else "only the party that circulated these minutes decides the proposals on them"
    if row.get("party_id") != party:
        return "a counterpart secretariat speaks only for its own party: it may not propose in another party's name"
    version = rows.row("minutes_versions", {"id": row.get("version_id")})
    if version is None or version.get("session_id") != row.get("session_id"):
        return "it is made on a version of the minutes that this workspace does not have"
    if session.get("minutes_state") == MinutesState.AGREED.value:
        return "these minutes are agreed here: proposals are made on circulated minutes"
    if row.get("state") != "open" or row.get("decided_at"):
        return "a new proposal arrives open; only the pen holder decides it"
    try:
        p = codec.from_row(N.Proposal, row)
        N.check_proposal(p, json.loads((_dialogue(rows, session.get("dialogue_id")) or {}).get("languages") or "[]"))
        if p.op != "comment":
            N.apply(codec.from_row(N.MinutesVersion, version).text(p.agenda_item_id, p.field, p.lang), p.op, p.passage, p.text)
    except Invalid as exc:
        return str(exc).rstrip(".")
    except (ValueError, TypeError, KeyError):
        return "it is not in the form Consult writes proposals"
    return None


def _cp_amendment(change: Change, row: dict, rows: WithPacket, party: str | None) -> str | None:
    session, _versions, _pen = _minutes_of(row, rows)
    if row.get("party_id") != party:
        return "a counterpart secretariat speaks only for its own party: it may not propose an amendment in another party's name"
    if session.get("minutes_state") != MinutesState.AGREED.value:
        return "only agreed minutes are amended"
    return None


def _cp_signoff(change: Change, row: dict, rows: WithPacket, party: str | None) -> str | None:
    from ..domain import negotiation as N

    if row.get("party_id") != party:
        return "a counterpart secretariat speaks only for its own party: it may not sign off for another party"
    if row.get("version_id"):
        version = rows.row("minutes_versions", {"id": row.get("version_id")})
        if version is None or version.get("hash") != row.get("hash") or version.get("session_id") != row.get("session_id"):
            return "it signs off a version (or a hash) that this workspace does not have"
        return None
    amendment = rows.row("minutes_amendments", {"id": row.get("amendment_id")})
    try:
        wrong = amendment is None or N.amendment_hash(codec.from_row(Amendment, amendment)) != row.get("hash")
    except (ValueError, TypeError, KeyError):
        wrong = True
    return "it signs off an amendment (or a hash) that this workspace does not have" if wrong else None


_COUNTERPART_JUDGES = {
    "status_events": _cp_status_event,
    "actions": _cp_action,
    "minutes_versions": _cp_version,
    "minutes_proposals": _cp_proposal,
    "minutes_amendments": _cp_amendment,
    "minutes_signoffs": _cp_signoff,
}


def _missing_link(table: str, row: dict, rows: RowSource) -> str:
    column = OWNER_COLUMN.get(table)
    parent = _parent_of(table, column, rows) if column else "dialogues"
    while parent in OWNER_COLUMN and OWNER_COLUMN[parent] is not None:  # name the first link that is missing
        found = rows.row(parent, {"id": row.get(column)})
        if found is None:
            break
        table, row = parent, found
        column = OWNER_COLUMN[table]
        parent = _parent_of(table, column, rows)
    return READABLE.get(parent, (parent,))[0]


def _links(table: str, row: dict, where, rows: RowSource) -> str | None:
    """Every other link of the row must exist and stay inside the row's own dialogue."""
    for column, parent in rows.references(table):
        value = row.get(column)
        if value is None or column == OWNER_COLUMN.get(table):
            continue
        target = rows.row(parent, {"id": value})
        word = READABLE.get(parent, (parent,))[0]
        link = column.replace("_id", "").replace("_", " ")
        if target is None:
            return _said("its {link} refers to a {thing} that this workspace does not have", link=link, thing=word)
        if parent in OWNER_COLUMN:
            there = owner(parent, target, rows)
            if where is not None and there not in (None, where):
                return _said("its {link} refers to a {thing} of another dialogue ({dialogue})", link=link, thing=word, dialogue=_code(rows, there))
    return None


# --------------------------------------------------------------------------- validation

ENUMS = {
    ("actions", "state"): ActionState,
    ("sessions", "state"): SessionState,
    ("sessions", "minutes_state"): MinutesState,
    ("agenda_items", "kind"): ItemKind,
    ("commitments", "visibility"): Visibility,
    ("dialogues", "level"): Level,
    ("commitments", "kind"): CommitmentKind,
    ("commitments", "state"): CommitmentState,
    ("indicators", "direction"): Direction,
}
LANG_TEXTS = {
    "agenda_items": ("title", "summary", "conclusions"),
    "commitments": ("text",),
    "themes": ("title",),
    "dialogues": ("name",),
    "indicators": ("name",),
    "commitment_revisions": ("old_text", "new_text"),
}
DATE_COLUMNS = (
    "starts_on",
    "ends_on",
    "due_on",
    "effective_on",
    "measured_on",
    "amended_on",
    "baseline_on",
    "target_on",
    "instrument_signed_on",
    "ended_on",
    "revised_on",
)
LIMITS = {
    "author": validate.NAME,
    "recorded_where": validate.NAME,
    "assignee": validate.NAME,
    "source": validate.TITLE,
    "name": validate.NAME,
    "title": validate.NAME,
    "organisation": validate.NAME,
    "venue": validate.NAME,
    "ref": validate.REF,
    "code": validate.CODE,
    "party": validate.CODE,
}


def validate_row(table: str, row: dict, dialogue_id, rows: RowSource) -> None:
    """The domain checks of the editors and the interchange reader, for one row as it would be stored.

    Raises:
        Invalid: one sentence naming the field.
    """
    for name, declared, not_null, _pk in rows.columns(table):
        value = row.get(name)
        if value is None:
            if not_null:
                raise Invalid(f"{name}: must have a value.", name)
            continue
        kind = declared.upper()
        if kind == "TEXT":
            if not isinstance(value, str):
                raise Invalid(f"{name}: expected text, not {type(value).__name__}.", name)
            validate.scalar(value, name)  # the record checks below apply each field's own limit
            if name in LIMITS:
                validate.text(value, name, limit=LIMITS[name])
        elif kind == "INTEGER":
            if isinstance(value, bool) or not isinstance(value, int) or not -(2**53) <= value <= 2**53:
                raise Invalid(f"{name}: {_short(value)} is not a whole number Consult can store.", name)
        elif kind == "REAL":
            validate.number(value, name)
        if name in DATE_COLUMNS:
            validate.date(_as_date(value, name), name)
        if (table, name) in ENUMS:
            enum = ENUMS[(table, name)]
            if value not in {e.value for e in enum}:
                raise Invalid(f"{name}: {_short(value)!r} is not one of: {', '.join(e.value for e in enum)}.", name)
    try:
        _domain_checks(table, row, dialogue_id, rows)
    except (KeyError, TypeError, ValueError, AttributeError):  # a value the domain objects cannot even hold
        raise Invalid(f"{READABLE.get(table, (table,))[0]}: a value is not in the form Consult stores it.") from None


def _domain_checks(table: str, row: dict, dialogue_id, rows: RowSource) -> None:
    languages, scale = _facts(rows, dialogue_id)
    for name in LANG_TEXTS.get(table, ()):
        if name in row:
            validate.lang_text(_json(row[name], name, dict), name, languages if table != "dialogues" else None)
    if table == "status_events":
        if scale is None:
            raise Invalid("commitment: its dialogue cannot be found.", "commitment_id")
        validate.status_event(codec.from_row(StatusEvent, row), scale)
    elif table == "measurements":
        validate.measurement(codec.from_row(Measurement, row))
    elif table == "actions":
        validate.action(codec.from_row(FollowUpAction, row))
    elif table == "sessions":
        validate.session(codec.session_from_row(row))
    elif table == "agenda_items" and languages is not None:
        validate.agenda_item(codec.from_row(AgendaItem, row), languages)
    elif table == "minutes_amendments":
        validate.text(row["reason"], "reason", required=True)
    elif table == "commitment_revisions":
        validate.revision(codec.from_row(Revision, row), languages)


def _facts(rows: RowSource, dialogue_id) -> tuple[list | None, object]:
    """A dialogue's working languages and status scale (read once per packet)."""
    memo = getattr(rows, "facts", {})
    if dialogue_id not in memo:
        d = _dialogue(rows, dialogue_id)
        memo[dialogue_id] = (_json(d.get("languages"), "languages", list), codec.scale_from_json(_json(d["scale"], "scale", dict))) if d else (None, None)
    return memo[dialogue_id]


def _as_date(value, name: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise Invalid(f"{name}: {_short(value)!r} is not a date (YYYY-MM-DD).", name) from None


def _json(value, name: str, kind: type):
    try:
        parsed = json.loads(value) if isinstance(value, str) else None
    except (ValueError, RecursionError):
        parsed = None
    if not isinstance(parsed, kind):
        raise Invalid(f"{name}: is not in the form Consult stores it.", name)
    return parsed
