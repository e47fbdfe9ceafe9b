"""Hand-offs to the tools secretariats already use: CSV, Excel, Word and calendars.

Each format is written by a well-kept library made for it (csv, openpyxl,
python-docx, icalendar). Every writer takes a bundle (the data already read)
and a path, writes to a temporary file and moves it into place.

Audience: the DOCX draft minutes go to the other delegation, so
:func:`write_docx` takes the joint view (:class:`JointBundle`) and refuses
anything else. CSV, XLSX and ICS come in two editions, and the edition is the
type of the bundle: the joint view makes the joint edition; a full bundle the
internal one (an XLSX says so in its page header).
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain import language
from ..domain.audience import document_marking
from ..domain.errors import ConsultError, Invalid
from ..domain.language import ordinal
from ..domain.model import ActionState, Bundle, Dialogue, JointBundle, MinutesState, Session, Visibility, pick, require_joint
from ..domain.rules import action_is_overdue, current_status, discussed, due_date, is_overdue, timetable

FORMATS = {".json": "interchange JSON", ".csv": "CSV", ".xlsx": "Excel workbook", ".docx": "Word document", ".ics": "iCalendar"}

STATUS_FILLS = {"neutral": "F3F4F6", "good": "DCFCE7", "warning": "FEF3C7", "bad": "FEE2E2", "done": "DBEAFE", "closed": "E5E7EB"}


@dataclass(frozen=True)
class Column:
    title: str
    width: int  # characters, for the spreadsheet


REGISTER_COLUMNS = [
    Column("Dialogue", 10),
    Column("Reference", 16),
    Column("Commitment", 60),
    Column("Responsible party", 18),
    Column("Lead institution", 30),
    Column("Theme", 22),
    Column("Made at session", 10),
    Column("Due", 12),
    Column("Status", 14),
    Column("Status since", 12),
    Column("Latest note", 50),
    Column("Overdue", 9),
    Column("Counterpart commitment", 16),
    Column("Visibility", 10),
]
ACTION_COLUMNS = [
    Column("Dialogue", 10),
    Column("Action", 60),
    Column("Assigned to", 22),
    Column("Due", 12),
    Column("State", 12),
    Column("Overdue", 9),
    Column("Commitment", 16),
    Column("Session", 10),
    Column("Visibility", 10),
]
INTERNAL_LINE = "INTERNAL — NOT FOR THE OTHER DELEGATION"


def edition(b: Bundle) -> str:
    """'joint' for the joint view, 'internal' for anything else."""
    return "joint" if isinstance(b, JointBundle) else "internal"


# Spreadsheets run a cell that starts with one of these as a formula (OWASP,
# "CSV injection"): =cmd|' /C calc'!A0, =HYPERLINK(...), +, -, @, tab, CR.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_safe(value: object) -> object:
    """A text cell a spreadsheet will show, never run: a leading ``'`` before a formula start.

    Only text is touched: a figure stays a number (a negative one too), a date a date.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        write(tmp)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ConsultError(f"Cannot write {path}: {exc.strerror or exc}.") from None


def register_rows(b: Bundle, today: dt.date) -> list[tuple[list, str]]:
    """The commitment register as typed cells (dates as dates), with each row's status tone."""
    rows = []
    events: dict[str, list] = {}
    for e in b.events:
        events.setdefault(e.commitment_id, []).append(e)
    refs = {c.id: c.ref for c in b.commitments}
    for d in sorted(b.dialogues, key=lambda d: d.code):
        sessions = sorted((s for s in b.sessions if s.dialogue_id == d.id), key=lambda s: s.number)
        numbers = {s.id: s.number for s in sessions}
        lang = d.languages[0]
        for c in sorted((c for c in b.commitments if c.dialogue_id == d.id), key=lambda c: c.ref):
            latest = current_status(events.get(c.id, ()), today)
            level = d.scale.get(latest.status) if latest else d.scale.levels[0]
            party = d.party(c.party_id)
            theme = d.theme(c.theme_id)
            rows.append(
                (
                    [
                        d.code,
                        c.ref,
                        pick(c.text, lang, tuple(d.languages)),
                        party.name if party else "Jointly",
                        c.lead_institution,
                        pick(theme.title, lang) if theme else "",
                        numbers.get(c.made_at_session_id or ""),
                        due_date(c, sessions),
                        level.label if level else "",
                        latest.effective_on if latest else None,
                        latest.note if latest else "",
                        "yes" if is_overdue(c, events.get(c.id, ()), d.scale, today, sessions) else "no",
                        refs.get(c.reciprocal_id or "", ""),
                        c.visibility.value,
                    ],
                    level.tone.value if level else "neutral",
                )
            )
    return rows


def action_rows(b: Bundle, today: dt.date) -> list[list]:
    codes = {d.id: d.code for d in b.dialogues}
    refs = {c.id: c.ref for c in b.commitments}
    numbers = {s.id: s.number for s in b.sessions}
    return [
        [
            codes.get(a.dialogue_id, ""),
            a.description,
            a.assignee,
            a.due_on,
            a.state.value.replace("_", " "),
            "yes" if action_is_overdue(a, today) else "no",
            refs.get(a.commitment_id or "", ""),
            numbers.get(a.session_id or ""),
            a.visibility.value,
        ]
        for a in sorted(b.actions, key=lambda a: (codes.get(a.dialogue_id, ""), a.due_on or dt.date.max, a.id))
    ]


# --------------------------------------------------------------------- CSV


def write_csv(b: Bundle, path: Path, table: str = "register", today: dt.date | None = None) -> int:
    """One table as UTF-8 CSV (with a byte-order mark, so Excel reads the accents). Returns the rows written."""
    today = today or dt.date.today()
    if table == "register":
        columns, rows = REGISTER_COLUMNS, [r for r, _tone in register_rows(b, today)]
    elif table == "actions":
        columns, rows = ACTION_COLUMNS, action_rows(b, today)
    else:
        raise Invalid(f"--table: '{table}' is not one of: register, actions.")

    def write(tmp: Path) -> None:
        with tmp.open("w", newline="", encoding="utf-8-sig") as fh:
            out = csv.writer(fh)
            out.writerow([c.title for c in columns])
            for row in rows:
                out.writerow(["" if v is None else v.isoformat() if isinstance(v, dt.date) else formula_safe(v) for v in row])

    _write_atomically(path, write)
    return len(rows)


# --------------------------------------------------------------------- XLSX


def write_xlsx(b: Bundle, path: Path, today: dt.date | None = None) -> None:
    """The register and the follow-up actions, one sheet each: typed cells, frozen header, filters, status colours."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    today = today or dt.date.today()
    marking = document_marking(b.dialogues, ["en"]) if b.dialogues else ""
    book = Workbook()
    register = book.active
    register.title = "Register"
    actions = book.create_sheet("Follow-up actions")
    header_font = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="E8EDF3")
    wrap = Alignment(wrap_text=True, vertical="top")

    def fill(sheet, columns: list[Column], rows: list[list], tones: list[str] | None = None, status_col: int | None = None) -> None:
        sheet.append([c.title for c in columns])
        for cell in sheet[1]:
            cell.font, cell.fill = header_font, header_fill
        for n, c in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(n)].width = c.width
        for r, row in enumerate(rows, start=2):
            sheet.append(row)
            for col, value in enumerate(row, start=1):
                cell = sheet.cell(row=r, column=col)
                if isinstance(value, dt.date):
                    cell.number_format = "yyyy-mm-dd"
                elif isinstance(value, str):
                    # openpyxl turns text that starts with "=" into a formula (and "#N/A" into an error):
                    # every text is written as text, and one that starts like a formula is
                    # marked quote-prefixed, so that Excel keeps it text even when it is edited.
                    cell.data_type = "s"
                    if value.startswith(FORMULA_STARTS):
                        cell.quotePrefix = True
                    if len(value) > 40:
                        cell.alignment = wrap
            if tones and status_col:
                sheet.cell(row=r, column=status_col).fill = PatternFill("solid", fgColor=STATUS_FILLS[tones[r - 2]])
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(rows) + 1, 1)}"
        print_setup(sheet, marking, edition(b) == "internal")

    reg = register_rows(b, today)
    fill(register, REGISTER_COLUMNS, [r for r, _ in reg], [t for _, t in reg], status_col=9)
    fill(actions, ACTION_COLUMNS, action_rows(b, today))
    _write_atomically(path, lambda tmp: book.save(tmp))


def print_setup(sheet, marking: str, internal: bool) -> None:
    """How a sheet prints from the office suite: landscape A4, one page wide, the header row on every page,
    the marking (and on the internal edition the internal line) in the page header and footer, page numbers."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as it takes
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    line = " · ".join(x for x in ((marking or "").upper(), INTERNAL_LINE if internal else "") if x)
    if line:
        sheet.oddHeader.center.text = line
        sheet.oddFooter.center.text = line
    sheet.oddFooter.right.text = "&P / &N"


# --------------------------------------------------------------------- DOCX


def write_docx(b: JointBundle, dialogue: Dialogue, session: Session, path: Path, lang: str | None = None, marking: str | None = None) -> None:
    """Draft joint minutes for circulation to the other delegation: built from the joint view, joint content only.

    Agreed minutes are written as a copy that says so, with the agreed version and its hash when they have one: the
    agreed record is the joint minutes PDF (``consult-app verify`` checks it), not a Word file anyone can change.

    In the document's language (the dialogue's first that documents are printed in), with the same protocol
    text as the PDF (opening paragraph, closing formula, signatories) and dates written by Babel. Agenda
    numbers are in the text, and no paragraph uses a numbered list style, so no number is ever printed twice.
    """
    require_joint(b, "The draft joint minutes")
    lang = lang or next((x for x in dialogue.languages if x in language.SUPPORTED), "en")
    marking = document_marking([dialogue], [lang]) if marking is None else marking
    draft = _DraftMinutes(b, dialogue, session, lang)
    items = [i for i in b.items if i.session_id == session.id]
    slots = timetable(items, dt.datetime.combine(session.starts_on, session.start_time))
    draft.front_matter(marking)
    draft.delegations()
    draft.adopted_agenda(items, slots)
    draft.proceedings(items, slots)
    adopted = draft.commitments_adopted()
    draft.follow_up_actions(adopted)
    draft.closing()
    _write_atomically(path, lambda tmp: draft.doc.save(str(tmp)))


class _DraftMinutes:
    """The Word document of the draft joint minutes, written one section after another in one language."""

    def __init__(self, b: JointBundle, dialogue: Dialogue, session: Session, lang: str) -> None:
        from docx import Document

        self.b, self.dialogue, self.session, self.lang = b, dialogue, session, lang
        from ..domain import negotiation as N
        from ..reports.agreed import agreed_version

        self.agreed = session.minutes_state == MinutesState.AGREED  # a copy of them, saying so: a Word file can be changed unseen
        self.langs = (lang, *dialogue.languages)
        # the delegations as the PDF prints them: of agreed minutes, as their agreed version froze them (when it did)
        live = N.delegation_lines(dialogue.parties, [m for m in b.members if m.session_id == session.id], {p.id: p for p in b.people})
        self.version = agreed_version(b, session)  # the version every party signed off, if they did
        self.lines = N.kept_as_agreed(self.version, "delegations", live)
        self.people = {p.id: p for _, p in self.lines}
        self.members = [m for m, _ in self.lines]
        self.doc = Document()

    def t(self, text: str, **values) -> str:
        from ..reports.labels import label

        return label(self.lang, text, **values)

    def front_matter(self, marking: str) -> None:
        """Font and properties, the marking in the page header, the title, venue and dates, and the opening paragraph."""
        from docx.shared import Pt

        from ..reports import protocol

        doc, lang, session = self.doc, self.lang, self.session
        style = doc.styles["Normal"]
        style.font.name = "Calibri"
        style.font.size = Pt(11)
        doc.core_properties.language = {"en": "en-GB", "fr": "fr-FR", "es": "es-ES"}.get(lang, lang)
        name = pick(self.dialogue.name, lang, self.langs)
        nth = ordinal(session.number, lang)
        title = (
            "Copy of the agreed joint minutes of the {nth} session of the {name}" if self.agreed else "Draft joint minutes of the {nth} session of the {name}"
        )
        doc.core_properties.title = self.t(title, nth=nth, name=name)
        if marking:
            doc.sections[0].header.paragraphs[0].text = marking.upper()
        doc.add_heading(self.t("Joint minutes of the {nth} session of the {name}", nth=nth, name=name), level=0)
        doc.add_paragraph(f"{session.venue}, {language.date_range(session.starts_on, session.ends_on, lang)}. {self._standing()}.")
        doc.add_paragraph(protocol.opening(self.dialogue, session, self.members, self.people, lang))

    def _standing(self) -> str:
        """'DRAFT for comments'; for agreed minutes, that this is a copy and which record is agreed (its version and hash)."""
        if not self.agreed:
            return self.t("DRAFT for comments")
        standing = self.t("Copy of the agreed minutes; the agreed record is the joint minutes printed by Consult")
        v = self.version
        return standing if v is None else f"{standing} ({self.t('Agreed version {version} · SHA-256 {hash}', version=v.number, hash=v.hash)})"

    def delegations(self) -> None:
        """Each party's delegation, heads first."""
        from ..reports import protocol

        doc, t = self.doc, self.t
        doc.add_heading(t("Delegations"), level=1)
        for party in self.dialogue.parties:
            mine = [(m, person) for m, person in self.lines if m.party_id == party.id]
            if not mine:
                continue
            doc.add_heading(protocol.delegation_heading(party, self.lang), level=2)
            for m, person in mine:
                p = doc.add_paragraph(style="List Bullet")
                run = p.add_run(person.name)
                run.bold = m.is_head
                role = language.delegate_role(m.role, m.is_head, t)
                p.add_run((f", {person.title}" if person.title else "") + f" ({role})")

    def adopted_agenda(self, items: list, slots: dict) -> None:
        """The items the parties discuss, numbered in the text, sub-items indented."""
        from docx.shared import Pt

        self.doc.add_heading(self.t("Adopted agenda"), level=1)
        for item in discussed(items):  # breaks, lunch and day headings are the timetable's, not the agenda's
            p = self.doc.add_paragraph(f"{slots[item.id].number}. {pick(item.title, self.lang, self.langs)}")
            if item.parent_id:
                p.paragraph_format.left_indent = Pt(24)

    def proceedings(self, items: list, slots: dict) -> None:
        """Each item discussed, with its summary and conclusions (flagged where missing in the document's language)."""
        doc, t, lang = self.doc, self.t, self.lang
        doc.add_heading(t("Proceedings"), level=1)
        for item in discussed(items):
            doc.add_heading(f"{slots[item.id].number}. {pick(item.title, lang, self.langs)}", level=2 if not item.parent_id else 3)
            for heading, texts in (("Summary", item.summary), ("Conclusions", item.conclusions)):
                text = texts.get(lang, "")
                if text:
                    p = doc.add_paragraph()
                    p.add_run(t("{label}: ", label=t(heading))).bold = True
                    p.add_run(text)
                elif any(texts.values()):
                    doc.add_paragraph(t("{label}: ", label=t(heading)) + t("[Text missing in {language}]", language=language.language_name(lang, lang)))

    def _as_agreed(self, c) -> dict[str, str]:
        """Its text; in a copy of agreed minutes, as they adopted it (the PDF's rule, ``domain.negotiation.text_as_agreed``)."""
        if not self.agreed:
            return c.text
        from ..domain import negotiation as N

        signoffs = [x for x in self.b.signoffs if x.session_id == self.session.id]
        return N.text_as_agreed(c, self.b.revisions, N.agreed_at(self.version, signoffs))

    def section(self, heading: str, columns: tuple[str, ...], rows: list[tuple[str, ...]], none: str) -> None:
        """A heading, then a table of ``rows`` under bold ``columns`` (each label translated), or ``none`` said when there are none."""
        t = self.t
        self.doc.add_heading(t(heading), level=1)
        if not rows:
            self.doc.add_paragraph(t(none))
            return
        table = self.doc.add_table(rows=1, cols=len(columns))
        table.style = "Table Grid"
        for cell, title in zip(table.rows[0].cells, columns, strict=True):
            cell.text = t(title)
            cell.paragraphs[0].runs[0].bold = True
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text

    def commitments_adopted(self) -> list:
        """The joint commitments adopted at this session, in a table; returns them (their actions are the minutes' too)."""
        t, lang = self.t, self.lang
        adopted = sorted((c for c in self.b.commitments if c.made_at_session_id == self.session.id and c.visibility == Visibility.JOINT), key=lambda c: c.ref)
        rows = []
        for c in adopted:
            party = self.dialogue.party(c.party_id)
            responsible = (language.party_short(party, lang) if party else t("Jointly")) + (f" — {c.lead_institution}" if c.lead_institution else "")
            due = (
                language.date_short(c.due_on, lang) if c.due_on else t("{nth} session", nth=ordinal(c.due_session_number, lang)) if c.due_session_number else ""
            )
            rows.append((c.ref, pick(self._as_agreed(c), lang, self.langs), responsible, due))
        self.section("Commitments adopted", ("Reference", "Commitment", "Responsible", "Due"), rows, "No commitments were adopted at this session.")
        return adopted

    def follow_up_actions(self, adopted: list) -> None:
        """The joint follow-up actions of this session or of a commitment it adopted, by due date, in a table: those the PDF
        minutes print (``domain.negotiation.minuted_actions``); of agreed minutes, as their agreed version froze them."""
        from ..domain import negotiation as N

        joint = [a for a in self.b.actions if a.visibility == Visibility.JOINT]  # (the joint view holds no other: said twice, as for commitments)
        actions = N.kept_as_agreed(self.version, "actions", N.minuted_actions(joint, self.session.id, [c.id for c in adopted]))
        rows = [(a.description, a.assignee, language.date_short(a.due_on, self.lang)) for a in actions]
        self.section("Follow-up actions", ("Action", "Assigned to", "Due"), rows, "No follow-up actions were recorded.")

    def closing(self) -> None:
        """The next session, the closing formula and a signature block per party, kept on one page."""
        from ..reports import protocol

        doc, t, lang, session, dialogue = self.doc, self.t, self.lang, self.session, self.dialogue
        sessions = sorted((s for s in self.b.sessions if s.dialogue_id == dialogue.id), key=lambda s: s.number)
        following = next((s for s in sessions if s.number == session.number + 1), None)
        # the last text, the closing formula and the signatures on one page: each paragraph kept with the next
        closing = [
            doc.add_heading(t("Next session"), level=1),
            doc.add_paragraph(protocol.next_session(following, lang)),
            doc.add_paragraph(protocol.closing_formula(session.venue, session.ends_on, [lang], len(dialogue.parties), lang)),
        ]
        for paragraph in closing:
            paragraph.paragraph_format.keep_with_next = True
        signers = doc.add_table(rows=1, cols=max(len(dialogue.parties), 1))
        for cell, party in zip(signers.rows[0].cells, dialogue.parties):
            for_line, function = protocol.signatory(party, lang)
            cell.text = ""
            cell.paragraphs[0].add_run(for_line).bold = True
            lines = [cell.paragraphs[0], cell.add_paragraph(function), cell.add_paragraph("\n\n" + "_" * 24)]
            head = protocol.head_of(party, self.members, self.people)
            if head:
                lines.append(cell.add_paragraph(head.name))
            for paragraph in lines[:-1]:
                paragraph.paragraph_format.keep_with_next = True


# --------------------------------------------------------------------- ICS


def write_ics(b: Bundle, path: Path, workspace_id: str = "", now: dt.datetime | None = None) -> int:
    """Session dates and follow-up action due dates as all-day events with stable UIDs.

    A UID is the row's own id, so importing the file again into a calendar
    updates the events instead of duplicating them. From the joint view, only
    joint actions are in it; from a full bundle the calendar is named as
    internal. Returns the events written.
    """
    from icalendar import Calendar, Event

    now = now or dt.datetime.now(dt.UTC)
    cal = Calendar()
    cal.add("prodid", "-//Consult//Bilateral dialogues//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "Consult" if edition(b) == "joint" else f"Consult — {INTERNAL_LINE.lower()}")
    codes = {d.id: d for d in b.dialogues}
    count = 0
    for s in sorted(b.sessions, key=lambda s: (s.starts_on, s.id)):
        d = codes[s.dialogue_id]
        event = Event()
        event.add("uid", f"session-{s.id}@consult")
        event.add("dtstamp", now)
        event.add("dtstart", s.starts_on)
        event.add("dtend", s.ends_on + dt.timedelta(days=1))  # all-day events end the day after
        event.add("summary", f"{d.code}: {ordinal(s.number)} session of the {pick(d.name, d.languages[0], tuple(d.languages))}")
        if s.venue:
            event.add("location", s.venue)
        event.add("categories", [d.code])
        cal.add_component(event)
        count += 1
    for a in sorted(b.actions, key=lambda a: (a.due_on or dt.date.max, a.id)):
        if a.due_on is None or a.state in (ActionState.DONE, ActionState.CANCELLED):
            continue
        d = codes.get(a.dialogue_id)
        event = Event()
        event.add("uid", f"action-{a.id}@consult")
        event.add("dtstamp", now)
        event.add("dtstart", a.due_on)
        event.add("dtend", a.due_on + dt.timedelta(days=1))
        event.add("summary", f"{d.code if d else ''} due: {a.description}")
        if a.assignee:
            event.add("description", f"Assigned to {a.assignee}")
        cal.add_component(event)
        count += 1
    _write_atomically(path, lambda tmp: tmp.write_bytes(cal.to_ical()))
    return count
