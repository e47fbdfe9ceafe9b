"""The dashboard: the home view across every dialogue (Tools › Dashboard, or the Overview with nothing selected).

Overdue and at-risk commitments per dialogue, what falls due this month, each
dialogue's next session with a countdown and its preparation checklist. Every
line is a link that opens what it names (Tab reaches each link, Enter follows
it). The facts come from the store's read model
(:meth:`~consult_app.store.reads.Reads.dashboard_facts`), sorted by the rules
of :mod:`consult_app.domain.rules`; nothing is computed here.
"""

from __future__ import annotations

import datetime as dt
import html
from urllib.parse import parse_qs, urlencode

from PySide6.QtCore import QObject

from ..domain.model import Dialogue, FollowUpAction, Session
from ..domain.rules import Attention, attention, checklist, countdown, due_date, next_sessions
from ..domain.text import shorten
from ..store import Workspace
from . import labels
from .labels import ordinal

LIST_LIMIT = 8
"""Lines of each kind shown per dialogue; the rest are one link away (the register's overdue filter)."""
DONE, TO_DO = "✓", "✗"
ALARM = "#b91c1c"


class Dashboard(QObject):
    """Only a translation context for the dashboard's words (``Dashboard.tr``)."""


def _tag(tag: str, text: str) -> str:
    return f"<{tag}>{text}</{tag}>"


def link(kind: str, **values: str) -> str:
    """A dashboard link: ``consult:commitment?id=…`` (see :func:`parse_link`)."""
    return f"consult:{kind}?{urlencode(values)}"


def parse_link(url: str) -> tuple[str, dict[str, str]]:
    """``consult:session?id=…&view=agenda`` → ``("session", {"id": …, "view": "agenda"})``."""
    kind, _, query = url.removeprefix("consult:").partition("?")
    return kind, {k: v[0] for k, v in parse_qs(query).items()}


def _a(href: str, text: str) -> str:
    # hrefs are made by link() (urlencoded: no quote, no angle bracket) or are in-page anchors; Qt's rich text
    # does not decode entities in attributes, so "&" stays as it is
    return f"<a href='{href}'>{text}</a>"


def dashboard_html(ws: Workspace, today: dt.date) -> str:
    """The whole dashboard as HTML for the Overview's browser."""
    facts = ws.dashboard_facts(today)
    by_dialogue = {d.id: d for d in facts.dialogues}
    sessions_of: dict[str, list[Session]] = {}
    for s in facts.sessions:
        sessions_of.setdefault(s.dialogue_id, []).append(s)
    commitments_of: dict[str, list] = {}
    for c in facts.commitments:
        commitments_of.setdefault(c.dialogue_id, []).append(c)
    actions_of: dict[str, list[FollowUpAction]] = {}
    for a in facts.actions:
        actions_of.setdefault(a.dialogue_id, []).append(a)
    views: list[tuple[Dialogue, Attention]] = [
        (d, attention(d.id, commitments_of.get(d.id, []), actions_of.get(d.id, []), sessions_of.get(d.id, []), d.scale, today)) for d in facts.dialogues
    ]
    title, as_of = Dashboard.tr("Dashboard"), Dashboard.tr("As of {date}.").format(date=labels.long_day(today))
    out = [_tag("h2", title), _tag("p", html.escape(as_of))]
    out += _counts(views, facts, today)
    out += _next_sessions(facts, by_dialogue, today)
    out += _this_month(views, by_dialogue, sessions_of, today)
    out += _needs_attention(views, sessions_of, today)
    return "".join(out)


def _name(d: Dialogue) -> str:
    return html.escape(labels.dialogue_title(d))


def _count(n: int, href: str, alarm: bool = False) -> str:
    if not n:
        return "0"
    text = f"<b style='color:{ALARM}'>{n}</b>" if alarm else f"<b>{n}</b>"
    return _a(href, text)


def _counts(views, facts, today: dt.date) -> list[str]:
    heads = (
        Dashboard.tr("Dialogue"),
        Dashboard.tr("Open"),
        Dashboard.tr("Overdue"),
        Dashboard.tr("At risk"),
        Dashboard.tr("Due this month"),
        Dashboard.tr("Actions overdue"),
    )
    rows = []
    for n, (d, att) in enumerate(views):
        cells = [
            _a(link("dialogue", id=d.id), _name(d)),
            _count(att.open, link("register", dialogue=d.id)),
            _count(len(att.overdue), link("register", dialogue=d.id, filter="overdue"), alarm=True),
            _count(len(att.at_risk), f"#attention-{n}"),
            _count(len(att.due_this_month), "#month"),
            _count(len(att.overdue_actions), link("actions", dialogue=d.id, filter="overdue"), alarm=True),
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" if col == 0 else f"<td align=right>{c}</td>" for col, c in enumerate(cells)) + "</tr>")
    if not rows:
        return [_tag("p", Dashboard.tr("This workspace has no dialogues yet. Import one with File › Import Interchange JSON."))]
    head = "".join(f"<th align=left>{h}</th>" for h in heads)
    return [_tag("h3", Dashboard.tr("Commitments across dialogues")), f"<table cellspacing=6><tr>{head}</tr>{''.join(rows)}</table>"]


def _commitment_line(d: Dialogue, c, text: str, prefix: str = "") -> str:
    title = html.escape(shorten(labels.shown(c.text, d), 90))
    return f"<li>{prefix}{_a(link('commitment', id=c.id), f'<b>{html.escape(c.ref)}</b> — {title}')} — {text}</li>"


def _status_words(d: Dialogue, status: str | None) -> str:
    level = d.scale.get(status or "")
    return html.escape(labels.status(level, status or "").lower()) if level else html.escape(Dashboard.tr("no status yet"))


def _needs_attention(views, sessions_of, today: dt.date) -> list[str]:
    out = [_tag("h3", Dashboard.tr("Needs attention"))]
    quiet = True
    for n, (d, att) in enumerate(views):
        if not (att.overdue or att.at_risk or att.overdue_actions):
            continue
        quiet = False
        sessions = sessions_of.get(d.id, [])
        lines = []
        for c in att.overdue[:LIST_LIMIT]:
            due = labels.day(due_date(c, sessions))
            words = Dashboard.tr("overdue since {date} (status: {status})").format(date=due, status=_status_words(d, c.status))
            lines.append(_commitment_line(d, c, f"<span style='color:{ALARM}'>{words}</span>"))
        if len(att.overdue) > LIST_LIMIT:
            more = Dashboard.tr("… and {n} more overdue: open the register").format(n=len(att.overdue) - LIST_LIMIT)
            lines.append(f"<li>{_a(link('register', dialogue=d.id, filter='overdue'), more)}</li>")
        overdue = {c.id for c in att.overdue}
        risky = [c for c in att.at_risk if c.id not in overdue]
        for c in risky[:LIST_LIMIT]:
            since = labels.day(c.status_on) if c.status_on else ""
            lines.append(_commitment_line(d, c, Dashboard.tr("{status} since {date}").format(status=_status_words(d, c.status), date=since)))
        if len(risky) > LIST_LIMIT:
            more = Dashboard.tr("… and {n} more at risk: open the register").format(n=len(risky) - LIST_LIMIT)
            lines.append(f"<li>{_a(link('register', dialogue=d.id), more)}</li>")
        for a in att.overdue_actions[:LIST_LIMIT]:
            lines.append(_action_line(a, Dashboard.tr("overdue since {date}").format(date=labels.day(a.due_on)), alarm=True))
        if len(att.overdue_actions) > LIST_LIMIT:
            more = Dashboard.tr("… and {n} more actions overdue: open the follow-up").format(n=len(att.overdue_actions) - LIST_LIMIT)
            lines.append(f"<li>{_a(link('actions', dialogue=d.id, filter='overdue'), more)}</li>")
        out.append(f"<p><a name='attention-{n}'></a><b>{_a(link('dialogue', id=d.id), _name(d))}</b></p><ul>{''.join(lines)}</ul>")
    if quiet:
        out.append(_tag("p", Dashboard.tr("Nothing is overdue or at risk in any dialogue.")))
    return out


def _action_line(a: FollowUpAction, text: str, alarm: bool = False, prefix: str = "") -> str:
    who = f" — {html.escape(a.assignee)}" if a.assignee else ""
    words = f"<span style='color:{ALARM}'>{text}</span>" if alarm else text
    label = Dashboard.tr("Action: {description}").format(description=html.escape(shorten(a.description, 90)))
    return f"<li>{prefix}{_a(link('action', id=a.id, dialogue=a.dialogue_id), label)}{who} — {words}</li>"


def _this_month(views, by_dialogue, sessions_of, today: dt.date) -> list[str]:
    month = labels.month(today)
    heading = Dashboard.tr("Due this month ({month})").format(month=month)
    out = [_tag("h3", "<a name='month'></a>" + html.escape(heading))]
    lines = []
    for d, att in views:
        sessions = sessions_of.get(d.id, [])
        for x in att.due_this_month:
            if isinstance(x, FollowUpAction):
                lines.append(_action_line(x, Dashboard.tr("due {date}").format(date=labels.day(x.due_on)), prefix=f"{html.escape(d.code)} · "))
            else:
                words = Dashboard.tr("due {date}").format(date=labels.day(due_date(x, sessions)))
                lines.append(_commitment_line(d, x, words, prefix=f"{html.escape(d.code)} · "))
    if not lines:
        return out + [_tag("p", Dashboard.tr("Nothing falls due this month."))]
    return out + [f"<ul>{''.join(lines)}</ul>"]


def _countdown(s: Session, today: dt.date) -> str:
    days = countdown(s, today)
    if days > 1:
        return Dashboard.tr("in {n} days").format(n=days)
    if days == 1:
        return Dashboard.tr("tomorrow")
    if days == 0:
        return Dashboard.tr("today")
    length = (s.ends_on - s.starts_on).days + 1
    return Dashboard.tr("under way: day {n} of {total}").format(n=-days + 1, total=length)


def _next_sessions(facts, by_dialogue, today: dt.date) -> list[str]:
    from .overview import dates

    out = [_tag("h3", Dashboard.tr("Next sessions"))]
    upcoming = next_sessions(facts.sessions, today)
    if not upcoming:
        return out + [_tag("p", Dashboard.tr("No session is planned: Dialogue › New Session prepares the next one."))]
    for s in upcoming:
        d = by_dialogue[s.dialogue_id]
        check = checklist(s, facts.members.get(s.id, []))
        title = Dashboard.tr("{nth} session of {code}").format(nth=ordinal(s.number), code=html.escape(d.code))
        where = f"{dates(s)}" + (f", {html.escape(s.venue)}" if s.venue else "")
        heading = _a(link("session", id=s.id, view="overview"), f"<b>{title}</b>")
        progress = Dashboard.tr("{n} of 4 steps done").format(n=check.done)
        out.append(f"<p>{heading} — {where} — <b>{_countdown(s, today)}</b> · {progress}</p>")
        steps = [
            (
                check.agenda_agreed,
                "agenda",
                Dashboard.tr("Agenda agreed"),
                Dashboard.tr("Agenda not agreed yet (state: {state})").format(state=labels.session_state(s.state).lower()),
            ),
            (
                check.delegations_confirmed,
                "session",
                Dashboard.tr("Delegations confirmed ({n} of {total})").format(n=check.confirmed, total=check.members),
                Dashboard.tr("Delegations: {n} of {total} confirmed").format(n=check.confirmed, total=check.members)
                if check.members
                else Dashboard.tr("No delegation yet: copy it from the previous session"),
            ),
            (
                bool(check.brief_printed_at),
                "brief",
                Dashboard.tr("Brief printed {when}").format(when=_when(check.brief_printed_at)),
                Dashboard.tr("Brief not printed yet"),
            ),
            (check.minutes_circulated, "minutes", Dashboard.tr("Minutes circulated"), Dashboard.tr("Minutes not circulated yet")),
        ]
        lines = []
        done_word, to_do_word = Dashboard.tr("done"), Dashboard.tr("to do")
        for done, view, yes, no in steps:
            mark = f"{DONE} {done_word}" if done else f"{TO_DO} {to_do_word}"
            lines.append(f"<li>{mark} — {_a(link('session', id=s.id, view=view), html.escape(yes if done else no))}</li>")
        out.append(f"<ul>{''.join(lines)}</ul>")
    return out


def _when(stamp: str) -> str:
    """A stored UTC timestamp in local time, as the interface writes dates: '2 Jun 2004 10:14'."""
    try:
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    return f"{labels.day(moment.date())} {moment:%H:%M}"
