"""Files for other programs: interchange JSON, CSV, XLSX, DOCX and ICS, chosen by the file's extension."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from ..domain.audience import document_marking
from ..domain.errors import ConsultError, Invalid
from ..domain.language import ordinal
from ..domain.model import MinutesState
from ..domain.text import counted
from ..store import Workspace, joint_view
from .documents import check_agreed, default_lang, print_language


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


def export(ws: Workspace, out: str | Path, **options) -> str:
    """Export in the format named by OUT's extension; return a one-line summary (``options`` and all: see :func:`prepare`)."""
    return prepare(ws, out, **options)()


def prepare(
    ws: Workspace,
    out: str | Path,
    *,
    dialogue_id: str | None = None,
    session_id: str | None = None,
    table: str = "register",
    audience: str | None = None,
    lang: str | None = None,
) -> Callable[[], str]:
    """Read now what the file needs; return a function that writes it and returns a one-line summary.

    The function touches no database, so the window runs it off the GUI
    thread. .json interchange, .csv one table (register or actions), .xlsx
    both tables, .docx draft joint minutes of one session, .ics sessions and
    action due dates. ``audience``: "joint" builds the file from the joint
    view, "internal" from everything. The default is joint for every format
    but .json (which moves whole dialogues between our own workspaces); .docx
    is always joint. ``lang``: the language of the Word draft, one of :func:`~.documents.print_languages` (default: the first).
    """
    from ..exchange import office
    from ..exchange.interchange import export_file

    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in office.FORMATS:
        raise Invalid(f"{out.name}: cannot tell the format from '{out.suffix or 'no extension'}' (use one of: {', '.join(office.FORMATS)}).")
    audience = audience or ("internal" if suffix == ".json" else "joint")
    if audience not in ("joint", "internal"):
        raise Invalid(f"audience: '{audience}' is not one of: joint, internal.", "audience")
    if suffix == ".docx":
        return _docx(ws, out, session_id, audience, lang)
    if lang is not None:
        raise Invalid(f"language: only the Word minutes (.docx) are written in a chosen language, not {out.name}.", "language")
    bundle = joint_view(ws, dialogue_id) if audience == "joint" else ws.bundle(dialogue_id)
    edition, workspace_id = f"{audience} edition", ws.workspace_id

    def write() -> str:
        if suffix == ".json":
            export_file(bundle, out)
            return f"Wrote {counted(len(bundle.dialogues), 'dialogue')} ({edition}) to {out}."
        if suffix == ".csv":
            return f"Wrote {office.write_csv(bundle, out, table)} rows ({table}, {edition}) to {out}."
        if suffix == ".xlsx":
            office.write_xlsx(bundle, out)
            return f"Wrote {len(bundle.commitments)} commitments and {len(bundle.actions)} actions ({edition}) to {out}."
        return f"Wrote {office.write_ics(bundle, out, workspace_id)} calendar events ({edition}) to {out}."

    return write


def _docx(ws: Workspace, out: Path, session_id: str | None, audience: str, lang: str | None) -> Callable[[], str]:
    from ..domain.negotiation import named_as_in
    from ..exchange import office

    if audience != "joint":
        raise Invalid("audience: a Word export is the draft joint minutes, for the other delegation: it is always joint.", "audience")
    if session_id is None:
        raise Invalid("session: a Word export is the draft minutes of one session: say which.", "session")
    session = ws.session(session_id)
    check_agreed(ws, session)  # a copy of agreed minutes says what the PDF would: nothing, when their record was tampered with
    d = ws.dialogue(session.dialogue_id)
    lang = print_language(d, lang, "Word minutes") if lang is not None else default_lang(d)
    bundle, marking = joint_view(ws, d.id), document_marking([d], [lang], ws.marking_order())
    named = named_as_in(d, ws.agreed_version(session_id))  # agreed minutes: the parties as their agreed version named them

    def write() -> str:
        office.write_docx(bundle, named, session, out, lang, marking=marking)
        what = "a copy of the agreed minutes" if session.minutes_state == MinutesState.AGREED else "draft minutes"
        return f"Wrote {what} of the {ordinal(session.number)} session of {d.code} to {out}."

    return write
