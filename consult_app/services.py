"""Intent-level operations shared by the command line and the desktop app."""

from __future__ import annotations

import os
from pathlib import Path

from .domain.audience import document_marking
from .domain.errors import ConsultError, Invalid
from .domain.rules import ordinal
from .paths import resource
from .store import Workspace, joint_view


def demo_text() -> str:
    """The demo dialogues (from the source document) as interchange JSON."""
    return resource("demo", "demo.json").read_text("utf-8")


def create_workspace(path: str | Path, *, demo: bool = False, key=None) -> Workspace:
    """Create a new workspace file, filled with the demo dialogues if asked; encrypted with ``key`` when given.

    Creation and filling are all or nothing: if the demo cannot be loaded, the
    new file is removed again.
    """
    from .exchange.interchange import parse  # jsonschema and the reader: only for the demo

    path = Path(path)
    bundle = parse(demo_text()) if demo else None
    ws = Workspace.create(path, key=key)
    if bundle is not None:
        try:
            ws.load(bundle)
        except BaseException:
            ws.close()
            path.unlink(missing_ok=True)
            raise
    return ws


def write_bytes(path: str | Path, data: bytes, *, private: bool = False) -> None:
    """Write a file whole, then move it into place, so a failure never leaves half a file; ``private``: 0600 from the start."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if private else 0o666)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ConsultError(f"Cannot write {path}: {exc.strerror or exc}.") from None


def minutes_document(ws: Workspace, dialogue_code: str, session_number: int, langs: list[str] | None = None, marking: str | None = None):
    """A renderer for the joint minutes of a session, built from the joint view (read now, laid out on ``render()``)."""
    from .reports.minutes import MinutesRenderer

    d = ws.dialogue_by_code(dialogue_code)
    session = ws.session_by_number(d.id, session_number)
    for lang in langs or []:
        if lang not in d.languages:
            raise Invalid(f"--lang: '{lang}' is not a working language of {d.code} (it works in {', '.join(d.languages)}).")
    return MinutesRenderer(joint_view(ws, d.id), d.id, session, langs=langs, marking=marking, marking_order=ws.marking_order())


def tracker_document(ws: Workspace, dialogue_code: str | None, as_of, audience: str = "joint", marking: str | None = None, lang: str | None = None):
    """A renderer for the progress tracker of one dialogue (or all).

    The joint edition (the default) is built from the joint view; the internal
    edition, asked for explicitly, from everything, and says so on every page.
    ``lang`` chooses the labels and, where the dialogue has it, the texts.
    """
    from .reports.tracker import AUDIENCES, TrackerRenderer

    if audience not in AUDIENCES:
        raise Invalid(f"--audience: '{audience}' is not one of: {', '.join(AUDIENCES)}.")
    dialogue_id = ws.dialogue_by_code(dialogue_code).id if dialogue_code else None
    bundle = joint_view(ws, dialogue_id) if audience == "joint" else ws.bundle(dialogue_id)
    if not bundle.dialogues:
        raise ConsultError("This workspace has no dialogues to report on.")
    if lang is None:  # one dialogue: its first working language; several: English
        lang = bundle.dialogues[0].languages[0] if len(bundle.dialogues) == 1 else "en"
    return TrackerRenderer(
        bundle, as_of=as_of, marking=marking, lang=_label_language(lang), content_lang=lang, marking_order=ws.marking_order()
    )


def brief_document(ws: Workspace, dialogue_code: str, session_number: int, prepared_on, marking: str | None = None, lang: str | None = None):
    """A renderer for the internal ministerial brief for a session; ``lang`` chooses labels and, where it exists, texts."""
    from .reports.brief import BriefRenderer

    d = ws.dialogue_by_code(dialogue_code)
    session = ws.session_by_number(d.id, session_number)
    lang = lang or d.languages[0]
    return BriefRenderer(
        ws.bundle(d.id), d.id, session, prepared_on=prepared_on, marking=marking, lang=_label_language(lang), content_lang=lang,
        marking_order=ws.marking_order(),
    )


def _label_language(lang: str) -> str:
    """Documents print their fixed labels in English, French or Spanish."""
    from .reports.labels import LANGS

    if lang not in LANGS:
        if len(lang) in (2, 3) and lang.isalpha():
            return "en"
        raise Invalid(f"--lang: '{lang}' is not one of: {', '.join(LANGS)}.")
    return lang


def minutes_pdf(ws: Workspace, dialogue_code: str, session_number: int, langs: list[str] | None = None, marking: str | None = None) -> bytes:
    """The joint minutes of a session as PDF bytes."""
    return minutes_document(ws, dialogue_code, session_number, langs, marking).render()


def tracker_pdf(ws: Workspace, dialogue_code: str | None, as_of, audience: str = "joint", marking: str | None = None, lang: str | None = None) -> bytes:
    """The progress tracker as PDF bytes."""
    return tracker_document(ws, dialogue_code, as_of, audience, marking, lang).render()


def brief_pdf(ws: Workspace, dialogue_code: str, session_number: int, prepared_on, marking: str | None = None, lang: str | None = None) -> bytes:
    """The ministerial brief as PDF bytes."""
    return brief_document(ws, dialogue_code, session_number, prepared_on, marking, lang).render()


def export_to(
    ws: Workspace, out: str | Path, *, dialogue_code: str | None = None, session_number: int | None = None, table: str = "register",
    audience: str | None = None,
) -> str:
    """Export in the format named by OUT's extension; return a one-line summary.

    .json interchange, .csv one table (register or actions), .xlsx both tables,
    .docx draft joint minutes of one session, .ics sessions and action due dates.
    ``audience``: "joint" builds the file from the joint view, "internal" from
    everything. The default is joint for every format but .json (which moves
    whole dialogues between our own workspaces); .docx is always joint.
    """
    from .exchange import office
    from .exchange.interchange import export_file

    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in office.FORMATS:
        raise Invalid(f"{out.name}: cannot tell the format from '{out.suffix or 'no extension'}' (use one of: {', '.join(office.FORMATS)}).")
    audience = audience or ("internal" if suffix == ".json" else "joint")
    if audience not in ("joint", "internal"):
        raise Invalid(f"--audience: '{audience}' is not one of: joint, internal.")
    d = ws.dialogue_by_code(dialogue_code) if dialogue_code else None
    if suffix == ".docx":
        if audience != "joint":
            raise Invalid("--audience: a Word export is the draft joint minutes, for the other delegation: it is always joint.")
        if d is None or session_number is None:
            raise Invalid("A Word export is the draft minutes of one session: give --dialogue CODE --session N.")
        session = ws.session_by_number(d.id, session_number)
        office.write_docx(joint_view(ws, d.id), d, session, out, marking=document_marking([d], [d.languages[0]], ws.marking_order()))
        return f"Wrote draft minutes of the {ordinal(session.number)} session of {d.code} to {out}."
    bundle = joint_view(ws, d.id if d else None) if audience == "joint" else ws.bundle(d.id if d else None)
    edition = f"{audience} edition"
    if suffix == ".json":
        export_file(bundle, out)
        return f"Wrote {len(bundle.dialogues)} dialogue(s) ({edition}) to {out}."
    if suffix == ".csv":
        n = office.write_csv(bundle, out, table)
        return f"Wrote {n} rows ({table}, {edition}) to {out}."
    if suffix == ".xlsx":
        office.write_xlsx(bundle, out)
        return f"Wrote {len(bundle.commitments)} commitments and {len(bundle.actions)} actions ({edition}) to {out}."
    n = office.write_ics(bundle, out, ws.workspace_id)
    return f"Wrote {n} calendar events ({edition}) to {out}."
