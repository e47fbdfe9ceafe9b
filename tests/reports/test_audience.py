"""Nothing internal reaches the other delegation: a marker in every field, generated from the schema.

The fixture builds one dialogue with every kind of row, joint and internal,
then writes a unique marker into every content column of every row of every
table the schema has (read from ``sqlite_master``, so a new table or column
gets markers without anyone remembering to add them). Whether a marker is
joint or internal is decided by an oracle written here, in Python, from the
audience rules — independently of the SQL that builds the joint view — and
from the declaration of columns in ``store.joint``.

Every joint output (minutes PDF in each language mix, joint tracker in two
languages, DOCX, ICS, CSV and XLSX in their joint edition, and the joint view
itself, which counterpart packets will be built from) must contain no internal
marker, and the joint markers each output prints. The last tests route one
internal column into a joint output on purpose and check this test sees it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document
from openpyxl import load_workbook

from consult_app.domain.model import (
    AgendaItem,
    Commitment,
    CommitmentState,
    DelegationMember,
    Dialogue,
    FollowUpAction,
    Indicator,
    Measurement,
    Party,
    Person,
    Revision,
    Session,
    SessionState,
    Theme,
    Visibility,
)
from consult_app.domain.negotiation import Proposal
from consult_app.store import Workspace, joint_view
from consult_app.store import joint as joint_module

from .. import documents as services
from ..conftest import agreed_before_versions, copy_of_demo, private_home
from .test_documents import flat

J, I = Visibility.JOINT, Visibility.INTERNAL  # noqa: E741 (J and I read as a pair in the tables below)
LANGS = ["en", "fr"]

# How each column of the schema is filled. Everything not structural gets a marker.
STRUCTURAL_NAMES = {
    "id",
    "position",
    "number",
    "is_home",
    "is_head",
    "is_cochair",
    "standing",
    "level",
    "kind",
    "state",
    "minutes_state",
    "status",
    "visibility",
    "unit",
    "field",
    "lang",
    "languages",
    "scale",
    "duration_min",
    "due_session_number",
    "start_time",
    "recorded_at",
    "direction",
    "op",
    "hash",
    "texts",
    "signed_at",
    "proposed_at",
    "decided_at",
    "circulated_at",
}
LANGTEXT = {
    ("dialogues", "name"),
    ("dialogues", "markings"),
    ("themes", "title"),
    ("agenda_items", "title"),
    ("agenda_items", "summary"),
    ("agenda_items", "conclusions"),
    ("commitments", "text"),
    ("indicators", "name"),
    ("commitment_revisions", "old_text"),
    ("commitment_revisions", "new_text"),
}


NAMES_BY_LANGUAGE = {("parties", "names")}
"""JSON {lang: {short, article, formal, formal_article, adjective}}: a marker in each form of each language."""
PARTY_NAME_FIELDS = ("short", "article", "formal", "formal_article", "adjective")


def column_kind(table: str, name: str, sql_type: str) -> str:
    """'structural' (ids, links, enumerations, dates), 'langtext' (JSON by language), 'names', 'number' or 'text'."""
    if name in STRUCTURAL_NAMES or name.endswith("_id") or name.endswith("_on"):
        return "structural"
    if (table, name) in LANGTEXT:
        return "langtext"
    if (table, name) in NAMES_BY_LANGUAGE:
        return "names"
    if sql_type.upper() in ("REAL", "INTEGER"):
        return "number"
    return "text"


def content_tables(conn) -> list[str]:
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return sorted(n for n in names if n not in joint_module.NOT_CONTENT and not n.startswith("search_index"))


# ------------------------------------------------------------------ the oracle


def row_is_joint(table: str, row: dict, data: dict[str, dict[str, dict]]) -> bool:
    """Whether a row is shared with the other delegation, by the rules as DOMAIN.md states them."""
    commitment_joint = lambda cid: cid is not None and data["commitments"][cid]["visibility"] == "joint"  # noqa: E731
    if table in ("dialogues", "parties", "themes", "sessions", "delegation_members", "agenda_items", "minutes_amendments"):
        return True
    if table in ("minutes_versions", "minutes_proposals", "minutes_signoffs"):  # the negotiation of the minutes is the joint record
        return True
    if table == "people":  # our directory is ours; a person in the joint record is shared
        used = {m["person_id"] for m in data["delegation_members"].values()} | {i["presenter_id"] for i in data["agenda_items"].values()}
        return row["id"] in used
    if table == "commitments":
        return row["visibility"] == "joint"
    if table in ("commitment_reaffirmations", "commitment_revisions", "status_events", "indicators"):
        return commitment_joint(row["commitment_id"])
    if table == "measurements":
        return row["visibility"] == "joint" and commitment_joint(data["indicators"][row["indicator_id"]]["commitment_id"])
    if table == "actions":
        return row["visibility"] == "joint" and (row["commitment_id"] is None or commitment_joint(row["commitment_id"]))
    raise AssertionError(f"the oracle has no rule for the table {table}: say who may see its rows")


def column_is_joint(table: str, column: str, row: dict, row_joint: bool) -> bool:
    audience = joint_module.COLUMNS[table][column]
    if audience == joint_module.INTERNAL:
        return False
    if audience == joint_module.MARKED:
        return row_joint and row["visibility"] == "joint"
    return row_joint


# ------------------------------------------------------------------ the fixture


@dataclass(frozen=True)
class Marker:
    token: str  # the text written, or the number as digits
    table: str
    column: str
    row: str  # the row's id (or rowid for tables without one)
    lang: str  # for texts by language
    joint: bool

    @property
    def where(self) -> str:
        return f"{self.table}.{self.column}" + (f"[{self.lang}]" if self.lang else "")


def number_pattern(token: str) -> re.Pattern:
    """A marker number as any language prints it: 81937, 81,937, 81 937 (narrow space), 81.937 — a number of its own, not
    five digits inside a longer run of letters and digits (a key, a signature, an id in hex could hold them by chance)."""
    return re.compile(r"(?<![0-9A-Za-z])" + token[:2] + r"[,.\s\u202f\u00a0]?" + token[2:] + r"(?![0-9A-Za-z])")


class Fixture:
    def __init__(self, ws: Workspace, ids: dict[str, str], markers: list[Marker]):
        self.ws, self.ids, self.markers = ws, ids, markers
        self.code = ws.dialogue(ids["dialogue"]).code

    def of(self, table: str, column: str, row: str, lang: str = "") -> Marker:
        return next(m for m in self.markers if (m.table, m.column, m.row, m.lang) == (table, column, self.ids.get(row, row), lang))

    def internal(self) -> list[Marker]:
        return [m for m in self.markers if not m.joint]


def build(ws: Workspace) -> dict[str, str]:
    """One dialogue with every kind of row, joint and internal, through the store's own API."""
    d = ws.add_dialogue(
        Dialogue(
            code="MK",
            name={"en": "n", "fr": "n"},
            parties=[Party("AA", "a", is_home=True), Party("BB", "b")],
            languages=LANGS,
            themes=[Theme("T1", {"en": "t", "fr": "t"})],
        )
    )
    a, b = d.parties
    theme = d.themes[0].id
    s1 = ws.add_session(Session(d.id, 1, dt.date(2020, 3, 1), dt.date(2020, 3, 2), venue="v", host_party_id=a.id, state=SessionState.HELD))
    s2 = ws.add_session(Session(d.id, 2, dt.date(2021, 3, 1), dt.date(2021, 3, 2), venue="v", host_party_id=b.id))
    people = {k: ws.add_person(Person("p", "t", "o", email="e", phone="f")) for k in ("head_a", "member_a", "head_b", "presenter", "directory_only")}
    ws.add_member(DelegationMember(people["head_a"].id, a.id, role="r", is_head=True, session_id=s1.id))
    ws.add_member(DelegationMember(people["member_a"].id, a.id, role="r", position=1, session_id=s1.id))
    ws.add_member(DelegationMember(people["head_b"].id, b.id, role="r", is_head=True, session_id=s1.id))
    top = ws.add_agenda_item(
        AgendaItem(
            s1.id,
            {"en": "t", "fr": "t"},
            theme_id=theme,
            lead_party_id=a.id,
            presenter_id=people["presenter"].id,
            summary={"en": "s", "fr": "s"},
            conclusions={"en": "c", "fr": "c"},
            objective="o",
            background="b",
            lines_to_take="l",
            internal_notes="n",
        )
    )
    sub = ws.add_agenda_item(
        AgendaItem(
            s1.id,
            {"en": "t", "fr": "t"},
            parent_id=top.id,
            summary={"en": "s", "fr": "s"},
            conclusions={"en": "c", "fr": "c"},
            objective="o",
            background="b",
            lines_to_take="l",
            internal_notes="n",
        )
    )
    agreed_before_versions(ws, s1.id)  # its items first, as agreed minutes take no new one
    amendment = ws.amend_minutes(top.id, "summary", "en", "s", "r", dt.date(2020, 5, 1), author="a", signed_by={a.id: "p"}, recorded_by="w")
    # the negotiation of session 2's minutes: two versions, a decided proposal and an open one, a sign-off
    s2_item = ws.add_agenda_item(AgendaItem(s2.id, {"en": "t", "fr": "t"}, summary={"en": "one two", "fr": "un deux"}, objective="o"))
    ws.circulate(s2.id, by="w")
    decided = ws.propose(Proposal(s2.id, "", s2_item.id, "summary", "en", "replace", passage="one", text="three", comment="c", party_id=b.id, proposed_by="w"))
    ws.decide(decided.id, "edit", text="four", by="w")
    ws.circulate(s2.id, by="w")
    ws.sign_off(s2.id, "h", recorded_by="w")
    pending = ws.propose(Proposal(s2.id, "", s2_item.id, "summary", "fr", "comment", comment="c", party_id=b.id, proposed_by="w"))
    cj1 = ws.add_commitment(
        Commitment(d.id, "CJ1", {"en": "x", "fr": "x"}, b.id, s1.id, lead_institution="i", theme_id=theme, due_on=dt.date(2025, 1, 1), reaffirmed_at=[s2.id])
    )
    cj2 = ws.add_commitment(Commitment(d.id, "CJ2", {"en": "x", "fr": "x"}, a.id, s1.id, lead_institution="i", theme_id=theme, due_on=dt.date(2025, 1, 1)))
    ci1 = ws.add_commitment(
        Commitment(
            d.id, "CI1", {"en": "x", "fr": "x"}, a.id, s1.id, lead_institution="i", theme_id=theme, due_session_number=2, reaffirmed_at=[s2.id], visibility=I
        )
    )
    ws.link_reciprocal(cj2.id, ci1.id)  # a quid pro quo whose other half is ours alone
    cj1.supersedes_id = ci1.id
    ws.update_commitment(cj1)
    # ended commitments, one on each side: an end reason only an ended commitment has
    ci1 = ws.commitment(ci1.id)
    ci1.state, ci1.ended_on, ci1.end_reason = CommitmentState.SUPERSEDED, dt.date(2020, 6, 15), "r"
    ws.update_commitment(ci1)
    ws.add_commitment(
        Commitment(
            d.id,
            "CJ3",
            {"en": "x", "fr": "x"},
            a.id,
            s1.id,
            lead_institution="i",
            theme_id=theme,
            state=CommitmentState.WITHDRAWN,
            ended_on=dt.date(2020, 6, 15),
            end_reason="r",
        )
    )
    revisions = {  # a change of text on each side
        f"r_{name}": ws.add_revision(Revision(c.id, dt.date(2020, 5, 1), {"en": "x", "fr": "x"}, {"en": "y", "fr": "y"}, reason="r", author="a"))
        for name, c in (("cj1", cj1), ("ci1", ci1))
    }
    events = {
        "e_cj1_internal": ws.log_status(cj1.id, "at_risk", dt.date(2020, 4, 1), note="n", evidence="v", author="a", recorded_where="w"),
        "e_cj1_joint": ws.log_status(cj1.id, "on_track", dt.date(2020, 6, 1), note="n", evidence="v", author="a", recorded_where="w", visibility=J),
        "e_cj2_joint": ws.log_status(cj2.id, "on_track", dt.date(2020, 4, 1), note="n", evidence="v", author="a", recorded_where="w", visibility=J),
        "e_cj2_internal": ws.log_status(cj2.id, "at_risk", dt.date(2020, 6, 1), note="n", evidence="v", author="a", recorded_where="w"),
        "e_ci1": ws.log_status(ci1.id, "off_track", dt.date(2020, 6, 1), note="n", evidence="v", author="a", recorded_where="w"),
    }
    ij = ws.add_indicator(Indicator(cj1.id, {"en": "i", "fr": "i"}, "count", 1, dt.date(2019, 1, 1), 2, dt.date(2024, 1, 1)))
    ii = ws.add_indicator(Indicator(ci1.id, {"en": "i", "fr": "i"}, "count", 1, dt.date(2019, 1, 1), 2, dt.date(2024, 1, 1)))
    measurements = {
        "m_joint": ws.add_measurement(Measurement(ij.id, dt.date(2020, 1, 1), 1, "s", visibility=J)),
        "m_internal_latest": ws.add_measurement(Measurement(ij.id, dt.date(2020, 7, 1), 1, "s")),
        "m_internal_commitment": ws.add_measurement(Measurement(ii.id, dt.date(2020, 7, 1), 1, "s")),
    }
    actions = {
        "a_joint_session": ws.add_action(FollowUpAction(d.id, "d", "a", dt.date(2020, 9, 1), session_id=s1.id, visibility=J)),
        "a_joint_commitment": ws.add_action(FollowUpAction(d.id, "d", "a", dt.date(2020, 9, 2), commitment_id=cj1.id, visibility=J)),
        "a_internal_session": ws.add_action(FollowUpAction(d.id, "d", "a", dt.date(2020, 9, 3), session_id=s1.id)),
        "a_internal_on_joint": ws.add_action(FollowUpAction(d.id, "d", "a", dt.date(2020, 9, 4), commitment_id=cj1.id)),
        "a_internal_commitment": ws.add_action(FollowUpAction(d.id, "d", "a", dt.date(2020, 9, 5), commitment_id=ci1.id)),
    }
    ids = {
        "dialogue": d.id,
        "s1": s1.id,
        "s2": s2.id,
        "top": top.id,
        "sub": sub.id,
        "amendment": amendment.id,
        "cj1": cj1.id,
        "cj2": cj2.id,
        "s2_item": s2_item.id,
        "decided": decided.id,
        "pending": pending.id,
        "ci1": ci1.id,
        "ij": ij.id,
        "ii": ii.id,
        "party_a": a.id,
        "party_b": b.id,
        "theme": theme,
    }
    ids |= {k: p.id for k, p in people.items()} | {k: e.id for k, e in events.items()}
    ids |= {k: m.id for k, m in measurements.items()} | {k: x.id for k, x in actions.items()} | {k: r.id for k, r in revisions.items()}
    return ids


def fill_markers(ws: Workspace) -> list[Marker]:
    """Write a unique marker into every content column of every row of every table, as the sqlite3 shell would."""
    conn = ws.conn
    data = {t: {} for t in content_tables(conn)}
    for table in data:
        cursor = conn.execute(f"SELECT rowid AS _rowid, * FROM {table}")
        names = [c[0] for c in cursor.description]
        for values in cursor.fetchall():
            row = dict(zip(names, values))
            data[table][row.get("id") or str(row["_rowid"])] = row
    markers: list[Marker] = []
    counter = iter(range(100, 10000))
    triggers = [r[0] for r in conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger'")]
    conn.execute("BEGIN")
    for trigger in triggers:
        conn.execute(f"DROP TRIGGER {trigger.split()[2]}")
    for table, rows in data.items():
        columns = [(c[1], c[2]) for c in conn.execute(f"PRAGMA table_info({table})")]
        for key, row in rows.items():
            row_joint = row_is_joint(table, row, data)
            updates = {}
            for name, sql_type in columns:
                kind = column_kind(table, name, sql_type)
                if kind == "structural" or (table, name) == ("commitments", "end_reason") and row["state"] == "in_force":
                    continue  # a commitment in force has no end reason (the domain refuses one)
                joint = column_is_joint(table, name, row, row_joint)
                if kind == "number":
                    token = str(80000 + 1011 * next(counter) % 19000)
                    markers.append(Marker(token, table, name, key, "", joint))
                    updates[name] = float(token)
                elif kind == "langtext":
                    texts = {}
                    for lang in LANGS:
                        token = f"{'Z' if joint else 'Q'}K{next(counter)}{lang.upper()}{'Z' if joint else 'Q'}"
                        markers.append(Marker(token, table, name, key, lang, joint))
                        texts[lang] = token
                    updates[name] = json.dumps(texts)
                elif kind == "names":
                    forms = {}
                    for lang in LANGS:
                        forms[lang] = {}
                        for form in PARTY_NAME_FIELDS:
                            token = f"{'Z' if joint else 'Q'}K{next(counter)}{lang.upper()}{'Z' if joint else 'Q'}"
                            markers.append(Marker(token, table, name, key, f"{lang}/{form}", joint))
                            forms[lang][form] = token
                    updates[name] = json.dumps(forms)
                else:
                    token = f"{'Z' if joint else 'Q'}K{next(counter)}{'Z' if joint else 'Q'}"
                    markers.append(Marker(token, table, name, key, "", joint))
                    updates[name] = token
            if updates:
                assignments = ", ".join(f"{name} = ?" for name in updates)
                conn.execute(f"UPDATE {table} SET {assignments} WHERE rowid = ?", (*updates.values(), row["_rowid"]))
    for trigger in triggers:
        conn.execute(trigger)
    conn.execute("COMMIT")
    return markers


@pytest.fixture(scope="module")
def marked_template(tmp_path_factory) -> tuple[Path, dict[str, str], list[Marker]]:
    """The marked workspace, built once per module (its rows, then a marker in every column): each test gets a copy."""
    with private_home(tmp_path_factory):
        with Workspace.create(tmp_path_factory.mktemp("marked") / "markers.consult") as ws:
            ids = build(ws)
            return ws.path, ids, fill_markers(ws)


@pytest.fixture
def marked(tmp_path, marked_template) -> Fixture:
    template, ids, markers = marked_template
    ws = Workspace.open(copy_of_demo(template, tmp_path / "markers.consult"))
    fixture = Fixture(ws, ids, markers)
    yield fixture
    ws.close()


# ------------------------------------------------------------------ the outputs


def joint_outputs(f: Fixture, tmp_path: Path) -> dict[str, str]:
    """Every joint output, as text."""
    ws, code = f.ws, f.code
    out: dict[str, str] = {}
    for langs in (["en"], ["fr"], ["en", "fr"], ["fr", "en"]):
        out[f"minutes {','.join(langs)}"] = flat(services.minutes_pdf(ws, code, 1, langs))
    for lang in ("en", "fr"):
        out[f"joint tracker {lang}"] = flat(services.tracker_pdf(ws, code, dt.date(2021, 1, 1), lang=lang))
    out["joint tracker, all dialogues"] = flat(services.tracker_pdf(ws, None, dt.date(2021, 1, 1)))
    services.export_to(ws, tmp_path / "m.docx", dialogue_code=code, session_number=1)
    doc = Document(str(tmp_path / "m.docx"))
    out["docx"] = "\n".join(
        [p.text for p in doc.paragraphs]
        + [c.text for t in doc.tables for r in t.rows for c in r.cells]
        + [p.text for s in doc.sections for p in s.header.paragraphs]
        + [doc.core_properties.title or ""]
    )
    services.export_to(ws, tmp_path / "c.ics")
    out["ics"] = (tmp_path / "c.ics").read_bytes().decode("utf-8").replace("\r\n ", "").replace("\\,", ",")
    for table in ("register", "actions"):
        services.export_to(ws, tmp_path / f"{table}.csv", table=table)
        out[f"csv {table}"] = (tmp_path / f"{table}.csv").read_text("utf-8-sig")
    services.export_to(ws, tmp_path / "r.xlsx")
    book = load_workbook(tmp_path / "r.xlsx")
    out["xlsx"] = "\n".join(str(c.value) for s in book.worksheets for r in s.iter_rows() for c in r if c.value is not None) + "\n".join(
        str(s.oddHeader.center.text or "") + str(s.oddFooter.center.text or "") for s in book.worksheets
    )
    services.export_to(ws, tmp_path / "joint.json", audience="joint")
    out["joint view (interchange JSON)"] = (tmp_path / "joint.json").read_text("utf-8")
    return out


def found(marker: Marker, text: str) -> bool:
    if marker.token.isdigit():
        return bool(number_pattern(marker.token).search(text))
    return marker.token in text


def leaks(f: Fixture, outputs: dict[str, str]) -> list[str]:
    return [f"{name}: {m.where} ({m.token})" for name, text in outputs.items() for m in f.internal() if found(m, text)]


def expected(f: Fixture) -> dict[str, list[Marker]]:
    """The joint markers each output must print."""
    o = f.of
    s1_actions = ["a_joint_session", "a_joint_commitment"]
    commitments = ["cj1", "cj2"]

    def minutes(langs):
        main = langs[0]
        wanted = [o("dialogues", "name", "dialogue", main), o("dialogues", "markings", "dialogue", main), o("sessions", "venue", "s1")]
        wanted += [o("people", c, p) for p in ("head_a", "member_a", "head_b") for c in ("name", "title")]
        # the protocol names: the formal name over each signature, the delegation's adjective, in each language
        wanted += [o("parties", "names", p, f"{lang}/{form}") for p in ("party_a", "party_b") for lang in langs for form in ("formal", "adjective")]
        wanted += [o("agenda_items", c, i, lang) for i in ("top", "sub") for c in ("title", "summary", "conclusions") for lang in langs]
        wanted += [o("commitments", c, x) for x in commitments for c in ("ref", "lead_institution")]
        # s1's minutes are agreed: each commitment as they adopted it (cj1 was revised since: the text before it)
        wanted += [o("commitments", "text", "cj2", lang) for lang in langs] + [o("commitment_revisions", "old_text", "r_cj1", lang) for lang in langs]
        wanted += [o("actions", c, a) for a in s1_actions for c in ("description", "assignee")]
        return wanted

    def tracker(lang):
        wanted = [o("dialogues", "name", "dialogue", lang), o("dialogues", "code", "dialogue"), o("dialogues", "markings", "dialogue", lang)]
        wanted += [o("commitments", c, x) for x in commitments for c in ("ref", "lead_institution")]
        wanted += [o("commitments", "text", x, lang) for x in commitments] + [o("themes", "title", "theme", lang)]
        wanted += [o("status_events", "note", "e_cj1_joint"), o("indicators", "name", "ij", lang)]
        wanted += [o("indicators", c, "ij") for c in ("baseline_value", "target_value")] + [o("measurements", "value", "m_joint")]
        wanted += [o("actions", c, a) for a in s1_actions for c in ("description", "assignee")]
        return wanted

    register = [o("dialogues", "code", "dialogue"), o("status_events", "note", "e_cj1_joint"), o("themes", "title", "theme", "en")]
    register += [o("commitments", c, x) for x in commitments for c in ("ref", "lead_institution")] + [o("commitments", "text", x, "en") for x in commitments]
    actions = [o("actions", c, a) for a in s1_actions for c in ("description", "assignee")]
    out = {f"minutes {','.join(langs)}": minutes(langs) for langs in (["en"], ["fr"], ["en", "fr"], ["fr", "en"])}
    out |= {f"joint tracker {lang}": tracker(lang) for lang in ("en", "fr")}
    out["joint tracker, all dialogues"] = tracker("en")
    out["docx"] = minutes(["en"])  # the PDF's, follow-up actions included
    out["ics"] = [o("sessions", "venue", s) for s in ("s1", "s2")] + [o("actions", "description", a) for a in s1_actions]
    out["csv register"] = register
    out["csv actions"] = actions
    out["xlsx"] = register + actions
    out["joint view (interchange JSON)"] = [m for m in f.markers if m.joint]
    return out


# ------------------------------------------------------------------ the tests


def test_every_table_and_column_of_the_schema_gets_markers(marked):
    """The fixture reaches every content column the schema has: none is forgotten."""
    conn = marked.ws.conn
    reached = {(m.table, m.column) for m in marked.markers}
    for table in content_tables(conn):
        for _cid, name, sql_type, *_ in conn.execute(f"PRAGMA table_info({table})"):
            if column_kind(table, name, sql_type) != "structural":
                assert (table, name) in reached, f"{table}.{name} holds no marker"
    assert {m.table for m in marked.internal()} >= {"people", "agenda_items", "commitments", "status_events", "indicators", "measurements", "actions"}
    assert len(marked.internal()) > 40 and len([m for m in marked.markers if m.joint]) > 60


def test_no_joint_output_holds_an_internal_marker_and_each_prints_its_joint_ones(marked, tmp_path):
    outputs = joint_outputs(marked, tmp_path)
    assert leaks(marked, outputs) == []
    missing = [f"{name}: {m.where} ({m.token})" for name, wanted in expected(marked).items() for m in wanted if not found(m, outputs[name])]
    assert missing == []


def test_internal_documents_do_print_the_internal_markers(marked):
    """So the joint outputs are silent about them because they leave them out, not because nothing prints them."""
    o, code = marked.of, marked.code
    tracker = flat(services.tracker_pdf(marked.ws, code, dt.date(2021, 1, 1), audience="internal", lang="en"))
    for m in (o("commitments", "text", "ci1", "en"), o("status_events", "note", "e_cj2_internal"), o("actions", "description", "a_internal_session")):
        assert found(m, tracker), m.where
    brief = flat(services.brief_pdf(marked.ws, code, 1, dt.date(2020, 2, 20), lang="en"))
    for column in ("objective", "background", "lines_to_take", "their_asks", "red_lines"):
        assert found(o("agenda_items", column, "top"), brief), column


def test_the_check_catches_an_internal_column_declared_joint(marked, tmp_path, monkeypatch):
    """Route the items' objective into the joint view by mistake: the test must say so, naming the column."""
    monkeypatch.setitem(joint_module.COLUMNS, "agenda_items", {**joint_module.COLUMNS["agenda_items"], "objective": joint_module.JOINT})
    found_leaks = leaks(marked, joint_outputs(marked, tmp_path))
    assert found_leaks and all("agenda_items.objective" in leak for leak in found_leaks)
    assert any(leak.startswith("joint view (interchange JSON): agenda_items.objective") for leak in found_leaks)


def test_the_check_catches_a_joint_document_fed_everything(marked, tmp_path, monkeypatch):
    """A joint document built from the whole workspace (re-typed as the joint view) is caught at once."""
    from consult_app.domain.model import JointBundle

    def everything(ws, dialogue_id=None):
        return JointBundle(**vars(ws.bundle(dialogue_id)))

    from consult_app.ops import documents, exports

    monkeypatch.setattr(documents, "joint_view", everything)
    monkeypatch.setattr(exports, "joint_view", everything)
    found_leaks = leaks(marked, joint_outputs(marked, tmp_path))
    assert any(leak.startswith("minutes en: actions.description") for leak in found_leaks)
    assert any(leak.startswith("joint tracker en: status_events.note") for leak in found_leaks)
    assert any(leak.startswith("csv actions: actions.description") for leak in found_leaks)


def test_the_joint_view_is_the_joint_markers_exactly(marked):
    """Read back through the store: the joint view holds every joint marker and not one internal marker."""
    view = joint_view(marked.ws, marked.ids["dialogue"])
    from consult_app.exchange.interchange import dumps, to_document

    text = dumps(to_document(view))
    assert [m.where for m in marked.markers if m.joint and not found(m, text)] == []
    assert [m.where for m in marked.internal() if found(m, text)] == []


# ------------------------------------------------------------------ the other secretariat


def test_the_counterpart_receives_no_internal_marker_in_the_invitation_its_workspace_or_any_packet(marked, tmp_path):
    """Pair the marked workspace with the other secretariat: the invitation, the other side's whole workspace (its raw
    export, internal edition) and every packet hold every joint marker they carry and not one internal marker."""
    from consult_app.domain.model import StatusEvent
    from consult_app.exchange.interchange import export_file
    from consult_app.ops import partners
    from consult_app.ops.workspaces import create as create_workspace
    from consult_app.store.sync import export_packet, import_packet

    from ..store import forge

    ws = marked.ws
    invite, reply, theirs = tmp_path / "invite", tmp_path / "reply", tmp_path / "theirs.consult"
    partners.invite(ws, marked.ids["dialogue"], "Other secretariat", invite)
    invitation = invite.read_text("utf-8")
    with create_workspace(theirs) as other:
        partners.accept(other, invite, name="Home secretariat", reply_out=reply)
        export_file(other.bundle(), tmp_path / "theirs.json")  # everything the other side now holds
    partners.accept(ws, reply)
    raw = (tmp_path / "theirs.json").read_text("utf-8")
    for name, text in (("invitation", invitation), ("their workspace", raw)):
        assert [m.where for m in marked.internal() if found(m, text)] == [], name
        assert [m.where for m in marked.markers if m.joint and not found(m, text)] == [], name

    # after pairing, new content on our side, joint and internal, with markers of its own
    cj1, a_party = marked.ids["cj1"], marked.ids["party_a"]
    ws.append_event(
        StatusEvent(cj1, dt.date(2021, 5, 1), "completed", note="QKNEW1Q", evidence="QKNEW2Q", author="QKNEW3Q", recorded_where="QKNEW4Q", party_id=a_party)
    )
    ws.append_event(StatusEvent(cj1, dt.date(2021, 5, 2), "on_track", note="ZKNEW5Z", author="QKNEW6Q", visibility=J))
    ws.add_action(FollowUpAction(marked.ids["dialogue"], "QKNEW7Q", "QKNEW8Q", session_id=marked.ids["s1"]))
    ws.add_action(FollowUpAction(marked.ids["dialogue"], "ZKNEW9Z", "ZKNEWBZ", session_id=marked.ids["s1"], visibility=J))
    item = ws.agenda_item(marked.ids["top"])
    item.objective, item.internal_notes = "QKNEWCQ", "QKNEWDQ"
    ws.update_agenda_item(item)
    data, header = export_packet(ws)
    changeset = forge.split(forge.unseal(data, theirs))[3]
    text = changeset.decode("utf-8", "replace")
    new_internal = [f"QKNEW{x}Q" for x in "1234678CD"]

    def leaked(text: str) -> list[str]:  # a number marker only as a number of its own (an id's hex may hold its digits)
        return [m.where for m in marked.internal() if found(m, text)] + [t for t in new_internal if t in text]

    assert leaked(text) == []
    assert all(t in text for t in ("ZKNEW5Z", "ZKNEW9Z", "ZKNEWBZ"))
    with Workspace.open(theirs) as other:
        import_packet(other, data, name="p.packet")
        out = tmp_path / "theirs-after.json"
        export_file(other.bundle(), out)
        # and the other side's own internal notes stay with it, the same way
        other.log_status(cj1, "at_risk", dt.date(2021, 6, 1), note="QKTHEIRSQ", author="QKTHEIRAQ")
        back, _ = export_packet(other)
    after = out.read_text("utf-8")
    assert leaked(after) == [] and "ZKNEW5Z" in after
    returned = forge.split(forge.unseal(back, marked.ws.path))[3]
    assert b"QKTHEIR" not in returned and b"at_risk" in returned
