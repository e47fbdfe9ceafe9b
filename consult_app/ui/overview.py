"""The Overview tab: the dialogue (parties, instrument, themes, chronology) or the session (delegations, timetable), as HTML."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QObject

from ..domain.model import Dialogue, Session
from ..domain.rules import agenda_rows
from ..store import Workspace
from . import labels
from .labels import ordinal


class Overview(QObject):
    """Only a translation context for the Overview's words (``Overview.tr``)."""


def dates(s: Session) -> str:
    """'16–17 Jun 2003', or '30 Jun 2003 – 1 Jul 2003' across months."""
    if s.starts_on == s.ends_on:
        return labels.day(s.starts_on)
    if (s.starts_on.year, s.starts_on.month) == (s.ends_on.year, s.ends_on.month):
        return f"{s.starts_on.day}–{labels.day(s.ends_on)}"
    return f"{labels.day(s.starts_on)} – {labels.day(s.ends_on)}"


def dialogue_html(ws: Workspace, d: Dialogue) -> str:
    e = html.escape
    home = d.home_party
    parties = ", ".join(e(labels.party(p)) + (Overview.tr(" (home)") if p is home else "") for p in d.parties)
    rows = [
        (Overview.tr("Parties"), parties),
        (Overview.tr("Level"), e(labels.level(d.level))),
        (Overview.tr("Cadence"), e(d.cadence)),
        (Overview.tr("Working languages"), e(", ".join(labels.language_name(lang, first=not n) for n, lang in enumerate(d.languages)))),
        (Overview.tr("Founding instrument"), e(d.instrument_title) + (f" ({labels.month(d.instrument_signed_on)})" if d.instrument_signed_on else "") or "—"),
        (Overview.tr("Classification"), e(d.classification)),
        (Overview.tr("Commitments"), _status_line(ws, d)),
    ]
    themes = "".join(f"<li>{labels.labelled(e(t.code), e(labels.shown(t.title, d)))}</li>" for t in d.themes)
    table = "".join(f"<tr><th align=left valign=top>{k}</th><td>{v}</td></tr>" for k, v in rows)
    heads = "".join(
        f"<th align=left>{h}</th>"
        for h in (Overview.tr("Session"), Overview.tr("Dates"), Overview.tr("Venue"), Overview.tr("Host"), Overview.tr("Co-chairs"), Overview.tr("State"))
    )
    standing, chronology = Overview.tr("Standing themes"), Overview.tr("Chronology")  # outside f-strings, where lupdate finds them
    return (
        f"<h2>{e(labels.shown(d.name, d))}</h2><table cellspacing=4>{table}</table>"
        f"<h3>{standing}</h3><ul>{themes}</ul>"
        f"<h3>{chronology}</h3><table cellspacing=6><tr>{heads}</tr>{_chronology(ws, d)}</table>"
    )


def _status_line(ws: Workspace, d: Dialogue) -> str:
    counts = ws.status_counts(d.id)
    counts[d.scale.levels[0].code] = counts.get(d.scale.levels[0].code, 0) + counts.pop(None, 0)  # no status yet: the first level
    # "no iniciado: 2", not "2 no iniciado": a status read as a label takes no plural, in any language
    line = ", ".join(labels.labelled(html.escape(labels.status(lv).lower()), str(counts[lv.code])) for lv in d.scale.levels if counts.get(lv.code))
    return f"{sum(counts.values())}" + (f" — {line}" if line else "")


def _chronology(ws: Workspace, d: Dialogue) -> str:
    e = html.escape
    cochairs = ws.cochairs(d.id)
    rows = []
    for s in ws.sessions(d.id):
        host = d.party(s.host_party_id)
        chairs = ", ".join(cochairs.get(s.id, ()))
        rows.append(
            f"<tr><td>{ordinal(s.number)}</td><td>{dates(s)}</td><td>{e(s.venue)}</td><td>{e(labels.party(host))}</td>"
            f"<td>{e(chairs)}</td><td>{e(labels.session_state(s.state))}</td></tr>"
        )
    return "".join(rows)


def session_html(ws: Workspace, d: Dialogue, s: Session) -> str:
    e = html.escape
    host = d.party(s.host_party_id)
    head = Overview.tr("{nth} session of the {name}").format(nth=ordinal(s.number), name=e(labels.shown(d.name, d)))
    hosted = Overview.tr("host: {name}").format(name=e(labels.party(host))) if host else ""
    state = Overview.tr("State: {state} · minutes: {minutes}").format(
        state=f"<b>{labels.session_state(s.state)}</b>", minutes=labels.minutes_state(s.minutes_state)
    )
    delegations = Overview.tr("Delegations")
    out = [f"<h2>{head}</h2>", f"<p>{dates(s)} · {e(s.venue)}" + (f" · {hosted}" if hosted else "") + "</p>", f"<p>{state}</p>", f"<h3>{delegations}</h3>"]
    out += _delegations(ws, d, s)
    out += _agenda(ws, d, s)
    return "".join(out)


def _delegations(ws: Workspace, d: Dialogue, s: Session) -> list[str]:
    e = html.escape
    people = {p.id: p for p in ws.people()}
    members = ws.delegation(s.id)
    out = []
    for party in d.parties:
        mine = [m for m in members if m.party_id == party.id]
        if mine:
            to_confirm = " <i>(" + Overview.tr("attendance to confirm") + ")</i>"
            lines = "".join(
                f"<li>{'<b>' if m.is_head else ''}{e(people[m.person_id].name)}{'</b>' if m.is_head else ''}, {e(people[m.person_id].title)} — {e(labels.role(m.role, m.is_head))}"
                f"{'' if m.confirmed else to_confirm}</li>"
                for m in mine
            )
            out.append(f"<p><b>{e(labels.party(party))}</b></p><ul>{lines}</ul>")
    return out


def _agenda(ws: Workspace, d: Dialogue, s: Session) -> list[str]:
    items = ws.agenda(s.id)
    if not items:
        return []
    out = ["<h3>" + Overview.tr("Agenda") + "</h3><table cellspacing=4>"]
    for row in agenda_rows(items, dt.datetime.combine(s.starts_on, s.start_time)):
        item, slot = row.item, row.slot
        title = html.escape(labels.shown(item.title, d)) if item else ""
        if row.heading:
            heading = html.escape(labels.day_heading(slot.day, slot.start.date()))
            out.append(f"<tr><td colspan=3><br><b>{heading}</b>" + (f" · {title}" if title else "") + "</td></tr>")
        elif row.pause:
            out.append(f"<tr><td>{slot.start:%H:%M}–{slot.end:%H:%M}</td><td></td><td><i>{title}</i></td></tr>")
        else:
            indent = "&nbsp;" * 6 if item.parent_id else ""
            out.append(f"<tr><td>{slot.start:%H:%M}–{slot.end:%H:%M}</td><td>{indent}{slot.number}</td><td>{indent}{title}</td></tr>")
    out.append("</table>")
    return out
