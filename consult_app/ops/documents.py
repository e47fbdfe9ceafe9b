"""The three printed documents, by ids: joint minutes, progress tracker, ministerial brief.

Each function reads what the document needs now and returns a renderer whose
``render()`` lays the PDF out (off the GUI thread in the window). Joint
documents are built from the joint view only.
"""

from __future__ import annotations

import datetime as dt

from ..domain.errors import ConsultError, Invalid
from ..domain.language import SUPPORTED, check_lang
from ..store import Workspace, joint_view

AUDIENCES = ("joint", "internal")


def minutes(ws: Workspace, session_id: str, langs: list[str] | None = None, marking: str | None = None):
    """The joint minutes of a session, in one working language or two side by side."""
    from ..reports.minutes import MinutesRenderer

    session = ws.session(session_id)
    d = ws.dialogue(session.dialogue_id)
    for lang in langs or []:
        label_language(lang)
        if lang not in d.languages:
            raise Invalid(f"language: '{lang}' is not a working language of {d.code} (it works in {', '.join(d.languages)}).", "language")
    langs = langs or [default_lang(d)]
    return MinutesRenderer(joint_view(ws, d.id), d.id, session, langs=langs, marking=marking, marking_order=ws.marking_order())


def tracker(ws: Workspace, dialogue_id: str | None, as_of: dt.date, audience: str = "joint", marking: str | None = None, lang: str | None = None):
    """The progress tracker of one dialogue (or all).

    The joint edition (the default) is built from the joint view; the internal
    edition, asked for explicitly, from everything, and says so on every page.
    ``lang`` chooses the labels and, where the dialogue has it, the texts.
    """
    from ..reports.tracker import TrackerRenderer

    if audience not in AUDIENCES:
        raise Invalid(f"audience: '{audience}' is not one of: {', '.join(AUDIENCES)}.", "audience")
    bundle = joint_view(ws, dialogue_id) if audience == "joint" else ws.bundle(dialogue_id)
    if not bundle.dialogues:
        raise ConsultError("This workspace has no dialogues to report on.")
    if lang is None:  # one dialogue: its first working language documents are printed in; several: English
        lang = default_lang(bundle.dialogues[0]) if len(bundle.dialogues) == 1 else "en"
    return TrackerRenderer(bundle, as_of=as_of, marking=marking, lang=label_language(lang), content_lang=lang, marking_order=ws.marking_order())


def brief(ws: Workspace, session_id: str, prepared_on: dt.date, marking: str | None = None, lang: str | None = None):
    """The internal ministerial brief for a session; ``lang`` chooses labels and, where it exists, texts."""
    from ..reports.brief import BriefRenderer

    session = ws.session(session_id)
    d = ws.dialogue(session.dialogue_id)
    lang = lang or default_lang(d)
    return BriefRenderer(
        ws.bundle(d.id), d.id, session, prepared_on=prepared_on, marking=marking, lang=label_language(lang), content_lang=lang,
        marking_order=ws.marking_order(),
    )


def record_brief(ws: Workspace, session_id: str, when: str | None = None) -> None:
    """Remember that the session's ministerial brief was generated (now, unless ``when`` says otherwise): the dashboard's checklist shows it."""
    from ..store.codec import utc_now

    ws.record_brief(session_id, when or utc_now())


def default_lang(d) -> str:
    """A dialogue's first working language that documents are printed in (English when it has none)."""
    return next((x for x in d.languages if x in SUPPORTED), "en")


def label_language(lang: str) -> str:
    """Documents print their fixed labels in English, French or Spanish: any other language is refused."""
    return check_lang(lang)
