"""CSV, Excel, Word and iCalendar exports, opened with their own libraries."""

import csv
import datetime as dt

import pytest
from docx import Document
from icalendar import Calendar
from openpyxl import load_workbook

from consult_app.domain.errors import ConsultError
from consult_app.domain.model import Person

from ..documents import export_to


@pytest.fixture
def unicode_demo(demo):
    """The demo with one more person whose name needs every script."""
    demo.add_person(Person("Ђорђе Ștefan Bakanlığı", "Test", "Test"))
    return demo


def read_csv(path):
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_csv_register_and_actions(demo, tmp_path):
    out = tmp_path / "register.csv"
    assert export_to(demo, out) == f"Wrote 20 rows (register, joint edition) to {out}."  # MLFR-2002-04 is internal
    rows = read_csv(out)
    assert len(rows) == len([c for c in demo.commitments() if c.visibility.value == "joint"])
    fund = next(r for r in rows if r["Reference"] == "MLFR-2002-01")
    assert (fund["Status"], fund["Status since"], fund["Due"], fund["Counterpart commitment"]) == ("At risk", "2003-03-31", "2004-12-31", "MLFR-2002-02")
    assert fund["Latest note"] == ""  # our note on it is internal
    text = out.read_text("utf-8-sig")
    assert "Bakanlığı" in text and "Министарство" in text and "Timișoara" in text
    actions = tmp_path / "actions.csv"
    export_to(demo, actions, table="actions")
    rows = read_csv(actions)
    assert len(rows) == len([a for a in demo.actions() if a.visibility.value == "joint"]) and {r["Visibility"] for r in rows} == {"joint"}


def test_csv_internal_edition_holds_everything(demo, tmp_path):
    out = tmp_path / "register.csv"
    assert export_to(demo, out, audience="internal") == f"Wrote 21 rows (register, internal edition) to {out}."
    fund = next(r for r in read_csv(out) if r["Reference"] == "MLFR-2002-01")
    assert "arbitrage du ministre" in fund["Latest note"]
    export_to(demo, out, table="actions", audience="internal")
    assert "Préparer la note ministérielle de la 3e session" in [r["Action"] for r in read_csv(out)]


def test_xlsx_has_typed_cells_frozen_header_filters_and_colours(demo, tmp_path):
    out = tmp_path / "register.xlsx"
    export_to(demo, out, dialogue_code="ML-FR")
    book = load_workbook(out)
    assert book.sheetnames == ["Register", "Follow-up actions"]
    sheet = book["Register"]
    assert sheet.max_row - 1 == len(demo.commitments(demo.dialogue_by_code("ML-FR").id)) - 1  # one is internal
    assert sheet.oddHeader.center.text == "RESTRICTED"  # the joint edition: the marking, no internal line
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref.startswith("A1:")
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == "MLFR-2002-01")
    due = row[header.index("Due")].value
    assert isinstance(due, dt.datetime) and due.date() == dt.date(2004, 12, 31)  # a date, not text
    status = row[header.index("Status")]
    assert status.value == "At risk" and status.fill.fgColor.rgb.endswith("FEF3C7")
    assert row[header.index("Made at session")].value == 2  # a number
    actions = book["Follow-up actions"]
    assert actions.max_row - 1 == len(demo.actions(demo.dialogue_by_code("ML-FR").id)) - 1  # our to-do stays home
    internal = tmp_path / "internal.xlsx"
    export_to(demo, internal, dialogue_code="ML-FR", audience="internal")
    for sheet in load_workbook(internal).worksheets:
        assert sheet.oddHeader.center.text == sheet.oddFooter.center.text == "RESTRICTED · INTERNAL — NOT FOR THE OTHER DELEGATION"


def test_docx_minutes_hold_joint_content_only(demo, tmp_path):
    out = tmp_path / "minutes.docx"
    export_to(demo, out, dialogue_code="ML-FR", session_number=3)
    doc = Document(str(out))
    text = "\n".join(p.text for p in doc.paragraphs) + "\n".join(c.text for t in doc.tables for r in t.rows for c in r.cells)
    headings = [p.text for p in doc.paragraphs if p.style.name.startswith("Heading") or p.style.name == "Title"]
    assert headings[0] == "Procès-verbal conjoint de la 3e session — Consultation franco-malienne sur la migration"
    assert "Délégations" in headings and "Ordre du jour adopté" in headings and "Déroulement des travaux" in headings
    assert "3.1. Politique des visas : bilan 1997–2002" in headings
    assert "Mamadou Traoré" in text and "Aminata Keïta" in text
    for internal in ("Installer un climat de confiance", "Reconnaître le retard", "Le fonds 2002–2004 n'est décaissé", "Position interne"):
        assert internal not in text
    assert doc.sections[0].header.paragraphs[0].text == "DIFFUSION RESTREINTE"  # the dialogue's marking, in French
    with pytest.raises(ConsultError) as err:
        export_to(demo, out, dialogue_code="ML-FR", session_number=3, audience="internal")
    assert str(err.value) == "audience: a Word export is the draft joint minutes, for the other delegation: it is always joint."


def test_docx_commitments_table(demo, tmp_path):
    out = tmp_path / "m2.docx"
    export_to(demo, out, dialogue_code="ML-FR", session_number=2)
    table = Document(str(out)).tables[0]
    refs = [row.cells[0].text for row in table.rows[1:]]
    assert refs == ["MLFR-2002-01", "MLFR-2002-02", "MLFR-2002-03"]  # MLFR-2002-04 is internal


def test_ics_events_have_stable_uids(demo, tmp_path):
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export_to(demo, first)
    export_to(demo, second)
    cal = Calendar.from_ical(first.read_bytes())
    events = list(cal.walk("VEVENT"))
    open_actions = [a for a in demo.actions() if a.due_on and a.state.value not in ("done", "cancelled") and a.visibility.value == "joint"]
    assert len(events) == sum(len(demo.sessions(d.id)) for d in demo.dialogues()) + len(open_actions)
    assert str(cal["x-wr-calname"]) == "Consult"
    assert not [e for e in events if "Préparer la note ministérielle" in str(e["summary"])]
    export_to(demo, second, audience="internal")
    internal = Calendar.from_ical(second.read_bytes())
    assert [e for e in internal.walk("VEVENT") if "Préparer la note ministérielle" in str(e["summary"])]
    assert str(internal["x-wr-calname"]) == "Consult — internal — not for the other delegation"
    export_to(demo, second)
    for event in events:
        assert event.get("uid") and event.get("dtstart") and event.get("summary")
    uids = [str(e["uid"]) for e in events]
    assert uids == [str(e["uid"]) for e in Calendar.from_ical(second.read_bytes()).walk("VEVENT")]
    s3 = next(e for e in events if "ML-FR: 3rd session" in str(e["summary"]))
    assert s3.decoded("dtstart") == dt.date(2003, 6, 16) and s3.decoded("dtend") == dt.date(2003, 6, 18)
    assert str(s3["location"]) == "Bamako, Centre international de conférences"


def test_unicode_survives_every_format(unicode_demo, tmp_path):
    export_to(unicode_demo, tmp_path / "x.csv")
    assert "Bakanlığı" in (tmp_path / "x.csv").read_text("utf-8-sig")
    export_to(unicode_demo, tmp_path / "x.xlsx")
    cells = " ".join(str(c.value) for row in load_workbook(tmp_path / "x.xlsx")["Register"].iter_rows() for c in row)
    assert "Bakanlığı" in cells and "Министарство" in cells and "Timișoara" in cells
    export_to(unicode_demo, tmp_path / "x.docx", dialogue_code="IT-RO", session_number=1)
    docx_text = "\n".join(p.text for p in Document(str(tmp_path / "x.docx")).paragraphs)
    assert "Ștefan Țurcanu" in docx_text
    export_to(unicode_demo, tmp_path / "x.ics")
    assert "Timișoara" in (tmp_path / "x.ics").read_bytes().decode("utf-8")


def test_refusals(demo, tmp_path):
    with pytest.raises(ConsultError) as err:
        export_to(demo, tmp_path / "x.pdf")
    assert str(err.value) == "x.pdf: cannot tell the format from '.pdf' (use one of: .json, .csv, .xlsx, .docx, .ics)."
    with pytest.raises(ConsultError) as err:
        export_to(demo, tmp_path / "x.docx", dialogue_code="ML-FR")
    assert str(err.value) == "session: a Word export is the draft minutes of one session: say which."
    with pytest.raises(ConsultError, match="^Cannot write "):
        export_to(demo, tmp_path / "missing" / "x.xlsx")


def test_cli_exports_every_format(demo_path, cli, tmp_path):
    for name in ("r.csv", "r.xlsx", "r.ics", "r.json"):
        result = cli("export", demo_path, tmp_path / name)
        assert result.returncode == 0, result.stderr
        assert (tmp_path / name).stat().st_size > 500
    result = cli("export", demo_path, tmp_path / "m.docx", "--dialogue", "ML-FR", "--session", "2")
    assert result.stdout == f"Wrote a copy of the agreed minutes of the 2nd session of ML-FR to {tmp_path / 'm.docx'}.\n"
    result = cli("export", demo_path, tmp_path / "d.docx", "--dialogue", "ML-FR", "--session", "3")
    assert result.stdout == f"Wrote draft minutes of the 3rd session of ML-FR to {tmp_path / 'd.docx'}.\n"


def test_a_word_copy_of_agreed_minutes_says_it_is_a_copy_not_a_draft(demo, tmp_path):
    """Agreed minutes in Word used to read "PROJET soumis aux observations": a file anyone can change, posing as the draft."""
    from docx import Document

    def front(name: str, number: int) -> tuple[str, str]:
        export_to(demo, tmp_path / name, dialogue_code="ML-FR", session_number=number)
        doc = Document(str(tmp_path / name))
        return doc.paragraphs[1].text, doc.core_properties.title

    line, title = front("agreed.docx", 2)  # agreed before Consult kept versions: no hash to give
    assert line.endswith(". Copie du procès-verbal approuvé\u00a0; fait foi le procès-verbal conjoint imprimé par Consult.")
    assert "PROJET" not in line and title.startswith("Copie du procès-verbal conjoint approuvé de la 2e session")
    line, title = front("draft.docx", 3)
    assert line.endswith(". PROJET soumis aux observations.") and title.startswith("Projet de procès-verbal conjoint de la 3e session")


# ------------------------------------------------------ formula injection


@pytest.fixture
def hostile_register(demo):
    """Two commitments whose texts a spreadsheet would run (OWASP's CSV injection examples)."""
    for ref, text in (("MLFR-2002-01", "=cmd|' /C calc'!A0"), ("MLFR-2002-02", '=HYPERLINK("http://x","y")')):
        c = demo.commitment_by_ref(ref)
        c.text = {"fr": text}
        demo.update_commitment(c)
    c = demo.commitment_by_ref("MLFR-2002-03")
    c.lead_institution = "@SUM(1+1)"
    demo.update_commitment(c)
    return demo


def test_xlsx_holds_no_formula(hostile_register, tmp_path):
    import zipfile

    out = tmp_path / "register.xlsx"
    export_to(hostile_register, out)
    with zipfile.ZipFile(out) as book:
        sheets = {name: book.read(name).decode() for name in book.namelist() if name.startswith("xl/worksheets/")}
    assert sheets and not any("<f>" in xml or "<f " in xml for xml in sheets.values())
    sheet = load_workbook(out)["Register"]
    cells = {row[1].value: row for row in sheet.iter_rows(min_row=2)}
    for ref, text in (("MLFR-2002-01", "=cmd|' /C calc'!A0"), ("MLFR-2002-02", '=HYPERLINK("http://x","y")')):
        cell = cells[ref][2]
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)  # text, and kept text when edited
    assert cells["MLFR-2002-03"][4].quotePrefix
    assert isinstance(cells["MLFR-2002-01"][6].value, int)  # numbers stay numbers


def test_csv_cells_that_start_like_a_formula_start_with_a_quote(hostile_register, tmp_path):
    out = tmp_path / "register.csv"
    export_to(hostile_register, out)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = {r["Reference"]: r for r in csv.DictReader(fh)}
    assert rows["MLFR-2002-01"]["Commitment"] == "'=cmd|' /C calc'!A0"
    assert rows["MLFR-2002-02"]["Commitment"] == '\'=HYPERLINK("http://x","y")'
    assert rows["MLFR-2002-03"]["Lead institution"] == "'@SUM(1+1)"
    assert rows["MLFR-2001-01"]["Commitment"][0] not in "'=+-@"  # ordinary texts untouched


def test_formula_safe_touches_only_text():
    from consult_app.exchange.office import formula_safe

    for text in ("=1+1", "+1", "-1", "@x", "\tx", "\rx"):
        assert formula_safe(text) == "'" + text
    assert formula_safe(-5) == -5 and formula_safe(-2.5) == -2.5  # a negative figure stays a number
    assert formula_safe(dt.date(2003, 1, 1)) == dt.date(2003, 1, 1)
    assert formula_safe("Mali – France") == "Mali – France"
