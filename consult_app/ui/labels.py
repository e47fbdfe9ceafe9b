"""Names of the model's fixed values (states, kinds, statuses) in the interface's language.

The English names are marked for Qt's translation tools here, once, under the
context "Labels"; every view asks for them through these functions.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain import language as _language
from ..domain.model import ActionState, Dialogue, ItemKind, LangText, Level, MinutesState, SessionState, StatusLevel

SESSION_STATES = {
    SessionState.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    SessionState.AGENDA_AGREED: QT_TRANSLATE_NOOP("Labels", "Agenda agreed"),
    SessionState.HELD: QT_TRANSLATE_NOOP("Labels", "Held"),
    SessionState.MINUTES_AGREED: QT_TRANSLATE_NOOP("Labels", "Minutes agreed"),
}
MINUTES_STATES = {
    MinutesState.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    MinutesState.CIRCULATED: QT_TRANSLATE_NOOP("Labels", "Circulated to the counterpart"),
    MinutesState.AGREED: QT_TRANSLATE_NOOP("Labels", "Agreed"),
}
ITEM_KINDS = {
    ItemKind.OPENING: QT_TRANSLATE_NOOP("Labels", "Opening"),
    ItemKind.DISCUSSION: QT_TRANSLATE_NOOP("Labels", "Discussion"),
    ItemKind.DECISION: QT_TRANSLATE_NOOP("Labels", "Decision"),
    ItemKind.INFORMATION: QT_TRANSLATE_NOOP("Labels", "Information"),
    ItemKind.REVIEW: QT_TRANSLATE_NOOP("Labels", "Review of commitments"),
    ItemKind.AOB: QT_TRANSLATE_NOOP("Labels", "Any other business"),
    ItemKind.CLOSING: QT_TRANSLATE_NOOP("Labels", "Closing"),
    ItemKind.BREAK: QT_TRANSLATE_NOOP("Labels", "Break"),
    ItemKind.LUNCH: QT_TRANSLATE_NOOP("Labels", "Lunch"),
    ItemKind.DAY: QT_TRANSLATE_NOOP("Labels", "Day"),
}
ACTION_STATES = {
    ActionState.OPEN: QT_TRANSLATE_NOOP("Labels", "Open"),
    ActionState.IN_PROGRESS: QT_TRANSLATE_NOOP("Labels", "In progress"),
    ActionState.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    ActionState.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
# Units that are words (a currency keeps its code: EUR, CFA, USD).
UNITS = {"count": QT_TRANSLATE_NOOP("Labels", "count"), "percent": QT_TRANSLATE_NOOP("Labels", "percent")}
# What a search hit is (store/search.py's kinds).
SEARCH_KINDS = {
    "dialogue": QT_TRANSLATE_NOOP("Labels", "dialogue"),
    "session": QT_TRANSLATE_NOOP("Labels", "session"),
    "agenda_item": QT_TRANSLATE_NOOP("Labels", "agenda item"),
    "commitment": QT_TRANSLATE_NOOP("Labels", "commitment"),
    "person": QT_TRANSLATE_NOOP("Labels", "person"),
    "event": QT_TRANSLATE_NOOP("Labels", "status note"),
    "indicator": QT_TRANSLATE_NOOP("Labels", "indicator"),
    "action": QT_TRANSLATE_NOOP("Labels", "follow-up action"),
}
# The default status scale's English labels (see domain.model.DEFAULT_SCALE and its siblings).
STATUS_LABELS = {
    "Not started": QT_TRANSLATE_NOOP("Labels", "Not started"),
    "On track": QT_TRANSLATE_NOOP("Labels", "On track"),
    "At risk": QT_TRANSLATE_NOOP("Labels", "At risk"),
    "Off track": QT_TRANSLATE_NOOP("Labels", "Off track"),
    "Completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "Dropped": QT_TRANSLATE_NOOP("Labels", "Dropped"),
    "Limited": QT_TRANSLATE_NOOP("Labels", "Limited"),
    "Substantial": QT_TRANSLATE_NOOP("Labels", "Substantial"),
    "Complete": QT_TRANSLATE_NOOP("Labels", "Complete"),
}


LEVELS = {
    Level.MINISTERIAL: QT_TRANSLATE_NOOP("Labels", "Ministerial"),
    Level.SENIOR_OFFICIALS: QT_TRANSLATE_NOOP("Labels", "Senior officials"),
    Level.WORKING_GROUP: QT_TRANSLATE_NOOP("Labels", "Technical working group"),
}
# A label and its value: 'Lineage: …' in English, 'Filiation : …' in French (a no-break space before the colon).
LABELLED = QT_TRANSLATE_NOOP("Labels", "{label}: {value}")


# The words of a delegate's role that domain.language.delegate_role gives (the head's, a plain member's), in the interface's language.
ROLES = {"Head of delegation": QT_TRANSLATE_NOOP("Labels", "Head of delegation"), "Member": QT_TRANSLATE_NOOP("Labels", "Member")}


def tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def labelled(label: str, value: str) -> str:
    """'Lineage: made at the 1st session' — the colon as the interface's language writes it ('Filiation : …')."""
    return tr(LABELLED).format(label=label, value=value)


def level(value) -> str:
    """A dialogue's level (ministerial, senior officials, working group) in the interface's language."""
    return tr(LEVELS[Level(value)])


def session_state(state) -> str:
    return tr(SESSION_STATES[SessionState(state)])


def minutes_state(state) -> str:
    return tr(MINUTES_STATES[MinutesState(state)])


def item_kind(kind) -> str:
    return tr(ITEM_KINDS[ItemKind(kind)])


def action_state(state) -> str:
    return tr(ACTION_STATES[ActionState(state)])


def status(level: StatusLevel | None, code: str = "") -> str:
    """A status level's label; the default scales' English labels are translated, a dialogue's own are kept."""
    if level is None:
        return code
    return tr(STATUS_LABELS[level.label]) if level.label in STATUS_LABELS else level.label


def role(typed: str, is_head: bool) -> str:
    """A delegate's role as the documents print it (domain.language.delegate_role), its words in the interface's language:
    the head's "Head of delegation", a plain or empty one "Member", any other as typed."""
    return _language.delegate_role(typed, is_head, lambda word: tr(ROLES[word]))


def unit(value: str) -> str:
    """An indicator's unit: 'count' and 'percent' in the interface's language, a currency code as it is."""
    return tr(UNITS[value]) if value in UNITS else value


def search_kind(kind: str) -> str:
    """What a search hit is ('commitment', 'agenda item'…), in the interface's language."""
    return tr(SEARCH_KINDS[kind]) if kind in SEARCH_KINDS else kind.replace("_", " ")


def language() -> str:
    """The interface's language code (en, fr, es), as chosen at start-up."""
    return QCoreApplication.instance().property("consult_language") or "en" if QCoreApplication.instance() else "en"


def language_name(code: str, *, first: bool = True) -> str:
    """A dialogue's working language by its name in the interface's language: 'French', 'Français', 'Francés' as an entry
    of a list; inside a phrase (``first=False``) as the language writes it there ('français', 'francés')."""
    lang = language()
    name = _language.language_name(code, lang if lang in _language.SUPPORTED else "en")
    return name[:1].upper() + name[1:] if first else name


def party(p) -> str:
    """A party by its short name in the interface's language ('Estados Unidos' in Spanish), else its plain name: the
    window names the parties in the language of its own words, as a document does in the language it prints; '' for none
    (``d.party(party_id)`` of a joint row, or of an id the dialogue does not have)."""
    return _language.party_short(p, language()) if p is not None else ""


def shown(text: LangText | None, d: Dialogue | None) -> str:
    """A dialogue's text in several languages (a title, a commitment's text, a theme, its name) as the window shows it.

    In the interface's language when the dialogue works in it and the text has it (not blank), else in the dialogue's
    first working language (then its others), else in any language the text has; '' for no text. The one rule of every
    view, list, search result and title: a Spanish interface shows US–Mexico's texts in Spanish, ML-FR's stay in French.
    Editors with one field per language and the documents (which choose their language) do not use it.
    """
    if not text:
        return ""
    working = list(d.languages) if d else []
    here = language()
    for code in ([here] if here in working else []) + working + list(text):
        value = text.get(code)
        if value and value.strip():
            return value
    return ""


def dialogue_title(d: Dialogue) -> str:
    """'ML-FR — Consultation franco-malienne sur la migration': the code and the name as the window shows a dialogue's texts
    (``shown``), the same in the navigator, the dashboard and every list of dialogues."""
    return f"{d.code} — {shown(d.name, d)}"


def ordinal(n: int) -> str:
    """'3rd', '3e' (1re), '3.ª' — in the interface's language (``domain.language.ordinal``)."""
    lang = language()
    return _language.ordinal(n, lang if lang in _language.SUPPORTED else "en")


def counted(n: int, one: str, many: str, **values) -> str:
    """``one`` when ``n`` is 1, else ``many`` (both already translated), with {n} and ``values`` filled in: never "change(s)"."""
    return (one if n == 1 else many).format(n=n, **values)


def number(value: float) -> str:
    """'25,000' in English, '25 000' in French: QLocale's digits and separators."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(float(value), "f", 0 if float(value).is_integer() else 2)


def share(fraction: float) -> str:
    """Progress (0.78) as the interface's language writes a percentage: '78%', '78 %' (no-break space), '78 %'."""
    lang = language()
    return _language.percent(fraction, lang if lang in _language.SUPPORTED else "en")


def quantity(value: float, unit: str) -> str:
    """An indicator's figure with its unit, as the documents print it (``reports.context.fmt_value``): '30 000' for a
    count, '75 %' for a percentage, '2 600 000 EUR' for a currency; never '30 000 nombre' or '75 pour cent'."""
    if unit == "percent":
        return share(value / 100)
    return number(value) if unit in ("count", "") else f"{number(value)} {unit}"


def day(value) -> str:
    """A date with the month's abbreviated name in the interface's language: '16 Jun 2003', '16 juin 2003'."""
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMM yyyy")


def long_day(value) -> str:
    """A date with its weekday, in the interface's language: 'Tuesday 17 June 2003', 'mardi 17 juin 2003', 'martes, 17 de junio de 2003'."""
    from PySide6.QtCore import QDate, QLocale

    spanish = language() == "es"  # "sábado, 28 de noviembre de 2026": Spanish joins day, month and year with "de"
    return QLocale().toString(QDate(value.year, value.month, value.day), "dddd, d 'de' MMMM 'de' yyyy" if spanish else "dddd d MMMM yyyy")


def day_heading(n: int, value) -> str:
    """'Day 2 — Tuesday 17 June 2003': the heading of a day of a session."""
    return QCoreApplication.translate("Labels", "Day {n} — {date}").format(n=n, date=long_day(value))


def month(value) -> str:
    """A month and its year in the interface's language: 'June 2004', 'juin 2004', 'junio de 2004'."""
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(value.year, value.month, 1), "MMMM 'de' yyyy" if language() == "es" else "MMMM yyyy")


def day_or_empty(value) -> str:
    """``day(value)``, or nothing for no date."""
    return day(value) if value else ""


def timestamp(value: str) -> str:
    """A stored UTC timestamp ('2003-03-31T12:00:00Z') in local time, the locale's way: '31 Mar 2003 14:00'."""
    import datetime as dt

    from PySide6.QtCore import QDateTime, QLocale

    try:
        when = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except (ValueError, AttributeError):
        return value or ""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    local = QDateTime.fromSecsSinceEpoch(int(when.timestamp())).toLocalTime()
    return QLocale().toString(local, "d MMM yyyy HH:mm")
