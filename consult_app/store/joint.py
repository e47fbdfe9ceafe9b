"""The joint view: what the other delegation may see, selected in SQL from one declaration.

``COLUMNS`` declares, for every table that holds content, the audience of
each of its columns:

- ``JOINT``: shared whenever its row is;
- ``INTERNAL``: never shared — the joint view reads the column's neutral
  default (``''``) in its place, so the value is never even fetched;
- ``MARKED``: shared only when the row's own ``visibility`` column says
  joint (a status event's note and evidence).

``ROWS`` declares which rows are joint (SQL over the table), and ``LINKS``
which references must point at a joint row or read as NULL. Tables that hold
no content (``NOT_CONTENT``) are never read. :func:`joint_view` builds the
:class:`~consult_app.domain.model.JointBundle` from these declarations alone;
a column nobody declared is never selected, and a test fails until it is
declared. Joint documents, exports and (later) counterpart packets are built
from this view and from nothing else.
"""

from __future__ import annotations

from collections import defaultdict

from ..domain.errors import NotFound
from ..domain.model import (
    AgendaItem,
    Amendment,
    DelegationMember,
    FollowUpAction,
    Indicator,
    JointBundle,
    Measurement,
    Party,
    Person,
    Revision,
    StatusEvent,
    Theme,
)
from ..domain.rules import agenda_order
from . import codec

JOINT, INTERNAL, MARKED = "joint", "internal", "marked"


def _declare(joint: str = "", internal: str = "", marked: str = "") -> dict[str, str]:
    out = {c: JOINT for c in joint.split()}
    out |= {c: INTERNAL for c in internal.split()}
    out |= {c: MARKED for c in marked.split()}
    return out


COLUMNS: dict[str, dict[str, str]] = {
    "dialogues": _declare("id code name level cadence instrument_title instrument_signed_on languages classification scale markings"),
    "parties": _declare("id dialogue_id code name is_home position names"),
    "themes": _declare("id dialogue_id code title standing position"),
    "people": _declare("id name title organisation party", internal="email phone"),
    # when our brief was printed, and whether a delegate's attendance is confirmed: our preparation, ours alone
    "sessions": _declare("id dialogue_id number starts_on ends_on start_time venue host_party_id state minutes_state", internal="brief_printed_at"),
    "delegation_members": _declare("id session_id person_id party_id role is_head is_cochair position", internal="confirmed"),
    "agenda_items": _declare(
        "id session_id parent_id position kind theme_id lead_party_id presenter_id duration_min title summary conclusions commitment_id start_time",
        internal="objective background lines_to_take internal_notes their_asks red_lines",
    ),
    "minutes_amendments": _declare("id session_id agenda_item_id field lang old_text new_text amended_on reason author party_id state"),
    # the negotiation of the minutes is the joint record itself; only who typed it in here is ours
    "minutes_versions": _declare("id session_id number party_id texts hash circulated_at", internal="circulated_by"),
    "minutes_proposals": _declare(
        "id session_id version_id agenda_item_id field lang op passage text comment party_id proposed_at state decided_text decided_at",
        internal="proposed_by decided_by",
    ),
    "minutes_signoffs": _declare("id session_id version_id amendment_id party_id name hash signed_at", internal="recorded_by"),
    "commitments": _declare(
        "id dialogue_id ref text party_id made_at_session_id lead_institution theme_id due_on due_session_number "
        "reciprocal_id supersedes_id visibility kind state ended_on end_reason"
    ),
    # a change of a commitment's text goes with the commitment; who made it stays ours (as a status event's author)
    "commitment_revisions": _declare("id commitment_id revised_on old_text new_text reason recorded_at", internal="author"),
    "commitment_reaffirmations": _declare("commitment_id session_id"),
    "status_events": _declare("id commitment_id effective_on status recorded_at visibility party_id", internal="author recorded_where", marked="note evidence"),
    "indicators": _declare("id commitment_id name unit baseline_value baseline_on target_value target_on direction"),
    "measurements": _declare("id indicator_id measured_on value source visibility"),
    "actions": _declare("id dialogue_id commitment_id session_id description assignee due_on state visibility"),
}

NOT_CONTENT = {"meta", "peers", "search_index", "search_rows"}
"""Tables that hold no content of a dialogue (settings, partners, the search index): never in the joint view."""

_DIALOGUES = "(SELECT id FROM dialogues WHERE :d IS NULL OR id = :d)"
_SESSIONS = f"(SELECT id FROM sessions WHERE dialogue_id IN {_DIALOGUES})"
_COMMITMENTS = f"(SELECT id FROM commitments WHERE visibility = 'joint' AND dialogue_id IN {_DIALOGUES})"

ROWS: dict[str, str] = {
    "dialogues": f"id IN {_DIALOGUES}",
    "parties": f"dialogue_id IN {_DIALOGUES}",
    "themes": f"dialogue_id IN {_DIALOGUES}",
    # our directory is ours: only the people who appear in the joint record
    "people": f"id IN (SELECT person_id FROM delegation_members WHERE session_id IN {_SESSIONS}) "
    f"OR id IN (SELECT presenter_id FROM agenda_items WHERE session_id IN {_SESSIONS})",
    "sessions": f"id IN {_SESSIONS}",
    "delegation_members": f"session_id IN {_SESSIONS}",
    "agenda_items": f"session_id IN {_SESSIONS}",
    "minutes_amendments": f"session_id IN {_SESSIONS}",
    "minutes_versions": f"session_id IN {_SESSIONS}",
    "minutes_proposals": f"session_id IN {_SESSIONS}",
    "minutes_signoffs": f"session_id IN {_SESSIONS}",
    "commitments": f"id IN {_COMMITMENTS}",
    "commitment_reaffirmations": f"commitment_id IN {_COMMITMENTS}",
    "commitment_revisions": f"commitment_id IN {_COMMITMENTS}",
    "status_events": f"commitment_id IN {_COMMITMENTS}",
    "indicators": f"commitment_id IN {_COMMITMENTS}",
    "measurements": f"visibility = 'joint' AND indicator_id IN (SELECT id FROM indicators WHERE commitment_id IN {_COMMITMENTS})",
    "actions": f"visibility = 'joint' AND dialogue_id IN {_DIALOGUES} AND (commitment_id IS NULL OR commitment_id IN {_COMMITMENTS})",
}

LINKS: dict[tuple[str, str], str] = {
    ("commitments", "reciprocal_id"): _COMMITMENTS,
    ("commitments", "supersedes_id"): _COMMITMENTS,
    ("agenda_items", "commitment_id"): _COMMITMENTS,
}
"""References that may point at an internal row: they read as NULL unless the target is joint."""


EXCHANGE_LOCAL: dict[tuple[str, str], str] = {
    ("parties", "is_home"): "0",
    ("sessions", "state"): "'planned'",
    ("sessions", "minutes_state"): "'draft'",
    ("agenda_items", "title"): "'{}'",
    ("agenda_items", "summary"): "'{}'",
    ("agenda_items", "conclusions"): "'{}'",
    ("minutes_amendments", "state"): "'proposed'",
}
"""Joint columns that each secretariat derives for itself, so that packets between the two never carry them.

Which party is home differs by side; the state of sessions and minutes
follows from the negotiation record (``store/negotiation.py``); the texts of
the minutes travel in circulated versions and amendments, which each side
applies itself. A counterpart packet is the difference between two copies of
the joint view in which these columns read as the SQL values given here.
"""


def _projection(conn, table: str, neutral: dict[tuple[str, str], str] | None = None) -> str:
    """The SELECT list of a table: joint columns, marked ones when the row is joint, neutral values for the rest."""
    declared = COLUMNS[table]
    parts = []
    for _cid, name, _type, _notnull, default, _pk in conn.execute(f"PRAGMA table_info({table})").fetchall():
        audience = declared.get(name)
        if audience is None:
            continue  # undeclared: never selected (tests/store/test_joint.py fails until it is declared)
        if neutral and (table, name) in neutral:
            parts.append(f"{neutral[table, name]} AS {name}")
        elif audience == JOINT and (table, name) in LINKS:
            parts.append(f"CASE WHEN {name} IN {LINKS[table, name]} THEN {name} END AS {name}")
        elif audience == JOINT:
            parts.append(name)
        elif audience == MARKED:
            parts.append(f"CASE WHEN visibility = 'joint' THEN {name} ELSE {default or 'NULL'} END AS {name}")
        else:
            parts.append(f"{default or 'NULL'} AS {name}")
    return ", ".join(parts)


def joint_rows(ws, table: str, dialogue_id: str | None = None, order: str = "id", *, neutral: dict[tuple[str, str], str] | None = None) -> list[dict]:
    """The joint rows of one table, with only their joint columns (the others read as neutral values, as do ``neutral``'s)."""
    return ws._rows(f"SELECT {_projection(ws.conn, table, neutral)} FROM {table} WHERE {ROWS[table]} ORDER BY {order}", {"d": dialogue_id})


def joint_view(ws, dialogue_id: str | None = None) -> JointBundle:
    """The joint view of one dialogue (or of all): everything shared with the other delegation, nothing else.

    The same shape and order as :meth:`Workspace.bundle`, so every document
    and export reads it the same way.

    Raises:
        NotFound: no dialogue with that id.
    """
    rows = lambda table, order="id": joint_rows(ws, table, dialogue_id, order)  # noqa: E731
    parties: dict[str, list[Party]] = defaultdict(list)
    positions: dict[str, int] = {}
    for r in rows("parties", "position, code"):
        parties[r["dialogue_id"]].append(codec.party_from_row(r))
        positions[r["id"]] = r["position"]
    themes: dict[str, list[Theme]] = defaultdict(list)
    for r in rows("themes", "position, code"):
        themes[r["dialogue_id"]].append(codec.from_row(Theme, r))
    b = JointBundle(dialogues=[codec.dialogue_from_row(r, parties[r["id"]], themes[r["id"]]) for r in rows("dialogues", "code")])
    if dialogue_id is not None and not b.dialogues:
        raise NotFound(f"No dialogue with id {dialogue_id} in this workspace.")
    rank = {d.id: n for n, d in enumerate(b.dialogues)}
    b.sessions = [codec.session_from_row(r) for r in rows("sessions", "number")]
    b.sessions.sort(key=lambda s: (rank[s.dialogue_id], s.number))
    session_rank = {s.id: n for n, s in enumerate(b.sessions)}
    members = [codec.from_row(DelegationMember, r) for r in rows("delegation_members")]
    b.members = sorted(members, key=lambda m: (session_rank[m.session_id], positions.get(m.party_id, 0), not m.is_head, m.position, m.id))
    items: dict[str, list] = defaultdict(list)
    for r in rows("agenda_items", "position"):
        items[r["session_id"]].append(codec.from_row(AgendaItem, r))
    for s in b.sessions:
        b.items += agenda_order(items[s.id])
    b.amendments = sorted((codec.from_row(Amendment, r) for r in rows("minutes_amendments", "amended_on, id")), key=lambda a: session_rank[a.session_id])
    reaffirmed: dict[str, list[str]] = defaultdict(list)
    for r in sorted(rows("commitment_reaffirmations", "commitment_id"), key=lambda r: session_rank.get(r["session_id"], 0)):
        reaffirmed[r["commitment_id"]].append(r["session_id"])
    commitments = [codec.commitment_from_row(r, reaffirmed[r["id"]]) for r in rows("commitments", "ref")]
    b.commitments = sorted(commitments, key=lambda c: rank[c.dialogue_id])
    commitment_rank = {c.id: n for n, c in enumerate(b.commitments)}
    revisions = [codec.from_row(Revision, r) for r in rows("commitment_revisions", "recorded_at, id")]
    b.revisions = sorted(revisions, key=lambda r: commitment_rank[r.commitment_id])
    events = [codec.from_row(StatusEvent, r) for r in rows("status_events", "effective_on, recorded_at, id")]
    b.events = sorted(events, key=lambda e: commitment_rank[e.commitment_id])
    b.indicators = sorted((codec.from_row(Indicator, r) for r in rows("indicators")), key=lambda i: commitment_rank[i.commitment_id])
    indicator_rank = {i.id: n for n, i in enumerate(b.indicators)}
    b.measurements = sorted((codec.from_row(Measurement, r) for r in rows("measurements", "measured_on, id")), key=lambda m: indicator_rank[m.indicator_id])
    b.actions = sorted((codec.from_row(FollowUpAction, r) for r in rows("actions", "due_on, id")), key=lambda a: rank[a.dialogue_id])
    b.people = [codec.from_row(Person, r) for r in rows("people", "name")]
    from ..domain.negotiation import MinutesVersion, Proposal, SignOff

    b.versions = sorted((codec.from_row(MinutesVersion, r) for r in rows("minutes_versions", "number")), key=lambda v: session_rank[v.session_id])
    b.proposals = sorted((codec.from_row(Proposal, r) for r in rows("minutes_proposals", "proposed_at, id")), key=lambda p: session_rank[p.session_id])
    b.signoffs = sorted((codec.from_row(SignOff, r) for r in rows("minutes_signoffs", "signed_at, id")), key=lambda x: session_rank[x.session_id])
    return b


def declared_tables() -> set[str]:
    """Every table the declaration knows about (content and not)."""
    return set(COLUMNS) | NOT_CONTENT
