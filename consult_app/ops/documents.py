"""The three printed documents, by ids: joint minutes, progress tracker, ministerial brief.

Each function reads what the document needs now and returns a renderer whose
``render()`` lays the PDF out (off the GUI thread in the window). Joint
documents are built from the joint view only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import ConsultError, Invalid, NotFound
from ..domain.language import SUPPORTED, language_name
from ..domain.model import MinutesState
from ..store import Workspace, joint_view

AUDIENCES = ("joint", "internal")


def minutes(ws: Workspace, session_id: str, langs: list[str] | None = None, marking: str | None = None):
    """The joint minutes of a session, in one working language or two side by side.

    Minutes agreed by sign-off are the agreed record: their texts are checked
    against the agreed version first, every page carries its version and hash,
    and the PDF is PDF/A-2b, sealed (``reports/archive.py``).
    """
    from ..reports.agreed import ArchivedMinutes
    from ..reports.archive import Record
    from ..reports.minutes import MinutesRenderer

    session = ws.session(session_id)
    d = ws.dialogue(session.dialogue_id)
    langs = [print_language(d, x) for x in langs] if langs else [default_lang(d)]
    if len(set(langs)) < len(langs):
        raise Invalid(f"language: '{','.join(langs)}' names {language_name(langs[0], 'en')} twice; side by side needs two different languages.", "language")
    check_agreed(ws, session)
    agreed = ws.agreed_version(session_id) if session.minutes_state == MinutesState.AGREED else None
    renderer = MinutesRenderer(joint_view(ws, d.id), d.id, session, langs=langs, marking=marking, marking_order=ws.marking_order())
    if agreed is None:
        return renderer
    return ArchivedMinutes(renderer, Record(d.code, d.id, session.number, session.id, agreed.number, agreed.hash))


def check_agreed(ws: Workspace, session) -> None:
    """Agreed minutes print (as a PDF, or a Word copy) only as their negotiation record makes them: texts or versions changed
    behind the app's back must not print under the agreed hash, nor as agreed when the sign-offs no longer make them so.

    Raises:
        Invalid: the record's sentence (:meth:`Workspace.check_minutes_record`).
    """
    if session.minutes_state == MinutesState.AGREED:
        ws.check_minutes_record(session.id)


def compare(ws: Workspace, session_id: str, old: int, new: int, langs: list[str] | None = None):
    """A redline of version ``old`` of a session's minutes against version ``new`` (joint)."""
    from ..reports.compare import CompareRenderer

    session = ws.session(session_id)
    d = ws.dialogue(session.dialogue_id)
    langs = [print_language(d, x, "comparison of the minutes") for x in langs] if langs else None
    for n in (old, new):
        ws.checked_version(session_id, n)  # a version that does not exist, or no longer matches its hash, is named in the error
    if old == new:
        raise Invalid("to: compare two different versions.", "to")
    return CompareRenderer(joint_view(ws, d.id), d.id, session, old, new, langs=langs, marking_order=ws.marking_order())


def sign(pdf: bytes, certificate: str | Path, password: str | None, *, reason: str = "Agreed joint minutes") -> bytes:
    """Sign an agreed record (PAdES) with a PKCS#12 certificate; anything else is refused."""
    from ..reports import archive

    if archive.read_record(pdf) is None:
        raise Invalid("sign_with: only agreed minutes are signed (these are not agreed by every party's sign-off).", "sign_with")
    return archive.sign(pdf, Path(certificate), password, reason=reason)


@dataclass(frozen=True)
class Verdict:
    """What ``verify`` found: whether the file matches, and the sentences that say so."""

    matches: bool
    lines: list[str]


def verify(ws: Workspace, pdf: bytes, name: str) -> Verdict:
    """Whether a printed agreed record is intact (its seal, its signature) and is the agreed version in ``ws``."""
    from ..reports import archive

    record = archive.read_record(pdf)
    if record is None and archive.has_seal(pdf):
        return Verdict(False, [f"{name} does not match: it was changed after Consult printed it (its seal or its record cannot be read)."])
    if record is None:
        return Verdict(False, [f"{name} is not an agreed record printed by Consult (it carries no seal and no version hash)."])
    check = archive.check(pdf)
    lines = []
    if not check.sealed or check.problem:
        return Verdict(False, [f"{name} does not match: {check.problem}."])
    try:
        session = ws.session(record.session_id)
        d = ws.dialogue(session.dialogue_id)
    except NotFound:
        return Verdict(False, [f"{name} does not match: this workspace has no session {record.session} of {record.dialogue}."])
    agreed = ws.agreed_version(session.id)
    where = f"{d.code} session {session.number}"
    if agreed is None:
        return Verdict(False, [f"{name} does not match: the minutes of {where} are not agreed in this workspace."])
    if (agreed.number, agreed.hash) != (record.version, record.hash):
        return Verdict(
            False,
            [
                f"{name} does not match: it says version {record.version} ({record.hash[:16]}…), but the agreed version of {where} here is version {agreed.number} ({agreed.hash[:16]}…)."
            ],
        )
    lines.append(f"{name} matches the agreed version {agreed.number} of {where} (SHA-256 {agreed.hash}).")
    if check.signed:
        lines.append(
            f"Signed by {check.signer}: the signature is valid and covers the whole file (the certificate itself is not checked against a list of trusted authorities)."
        )
    else:
        lines.append("It is not signed: its seal shows it is the file Consult printed, not who stands behind it.")
    if any(a.state == "effective" for a in ws.amendments(session.id)):
        lines.append(f"The minutes of {where} have amendments in force: they are listed with the minutes.")
    return Verdict(True, lines)


def tracker(
    ws: Workspace,
    dialogue_id: str | None,
    as_of: dt.date,
    audience: str = "joint",
    marking: str | None = None,
    lang: str | None = None,
    *,
    by_party: bool = False,
):
    """The progress tracker of one dialogue (or all).

    The joint edition (the default) is built from the joint view; the internal
    edition, asked for explicitly, from everything, and says so on every page.
    ``lang`` chooses the labels and, where the dialogue has it, the texts;
    ``by_party`` adds the register as assessed by each party.
    """
    from ..reports.tracker import TrackerRenderer

    if audience not in AUDIENCES:
        raise Invalid(f"audience: '{audience}' is not one of: {', '.join(AUDIENCES)}.", "audience")
    bundle = joint_view(ws, dialogue_id) if audience == "joint" else ws.bundle(dialogue_id)
    if not bundle.dialogues:
        raise ConsultError("This workspace has no dialogues to report on.")
    one = bundle.dialogues[0] if len(bundle.dialogues) == 1 else None
    # one dialogue: its first working language documents are printed in; several: English
    lang = label_language(lang, one) if lang is not None else default_lang(one) if one else "en"
    return TrackerRenderer(bundle, as_of=as_of, marking=marking, lang=lang, content_lang=lang, marking_order=ws.marking_order(), by_party=by_party)


def brief(ws: Workspace, session_id: str, prepared_on: dt.date, marking: str | None = None, lang: str | None = None):
    """The internal ministerial brief for a session; ``lang`` chooses labels and, where it exists, texts."""
    from ..reports.brief import BriefRenderer

    session = ws.session(session_id)
    d = ws.dialogue(session.dialogue_id)
    lang = label_language(lang, d, "ministerial brief") if lang is not None else default_lang(d)
    return BriefRenderer(
        ws.bundle(d.id), d.id, session, prepared_on=prepared_on, marking=marking, lang=lang, content_lang=lang, marking_order=ws.marking_order()
    )


def record_brief(ws: Workspace, session_id: str, when: str | None = None) -> None:
    """Remember that the session's ministerial brief was generated (now, unless ``when`` says otherwise): the dashboard's checklist shows it."""
    from ..store.codec import utc_now

    ws.record_brief(session_id, when or utc_now())


def print_languages(d) -> list[str]:
    """The languages the documents of dialogue ``d`` (its minutes as a PDF or for Word) can be printed in: its working
    languages that have document labels (:data:`~consult_app.domain.language.SUPPORTED`), in its order; English when
    it has none. The first is the default. The one rule of the PDF, the Word export, the window's dialogs and the CLI."""
    return [x for x in d.languages if x in SUPPORTED] or ["en"]


def print_language(d, lang: str, document: str = "minutes") -> str:
    """``lang`` (as a code, lower case) if the ``document`` of dialogue ``d`` can be printed in it.

    Raises:
        Invalid: it is not one of :func:`print_languages`; the sentence names those it may be, and why a working
            language of ``d`` is not (documents have no labels in it).
    """
    code = (lang or "").strip().lower()
    langs = print_languages(d)
    if code in langs:
        return code
    raise Invalid(f"language: {_not_printed(d, lang, langs, f'the {document} of {d.code}')}", "language")


def _not_printed(d, lang: str, langs, what: str) -> str:
    """The one refusal sentence of a language a document cannot be printed in (after its field):
    "the minutes of US-MX can be written in English (en) or Spanish (es); 'fr' is not one of them." """
    names = [f"{language_name(x, 'en')} ({x})" for x in langs]
    names = " or ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    code = (lang or "").strip().lower()
    why = f": documents are not printed in {language_name(code, 'en')}" if d is not None and code in d.languages else ""
    return f"{what} can be written in {names}; '{lang}' is not one of them{why}."


def default_lang(d) -> str:
    """A dialogue's first working language that documents are printed in (English when it has none)."""
    return print_languages(d)[0]


def label_language(lang: str, d=None, document: str = "tracker") -> str:
    """Documents print their fixed labels in English, French or Spanish (whatever the dialogue ``d`` works in): any
    other language is refused, in the sentence :func:`print_language` refuses with."""
    code = (lang or "").strip().lower()
    if code in SUPPORTED:
        return code
    raise Invalid(f"language: {_not_printed(d, lang, SUPPORTED, f'the {document}' + (f' of {d.code}' if d else ''))}", "language")
