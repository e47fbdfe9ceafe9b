"""Intent-level operations shared by the command line and the desktop app."""

from __future__ import annotations

from pathlib import Path

from .domain.errors import ConsultError, Invalid
from .exchange.interchange import parse
from .store import Workspace


def demo_text() -> str:
    """The demo dialogues (from the source document) as interchange JSON."""
    return _demo_path().read_text("utf-8")


def _demo_path() -> Path:
    return Path(__file__).resolve().parent.parent / "resources" / "demo" / "demo.json"


def create_workspace(path: str | Path, *, demo: bool = False) -> Workspace:
    """Create a new workspace file, filled with the demo dialogues if asked.

    Creation and filling are all or nothing: if the demo cannot be loaded, the
    new file is removed again.
    """
    path = Path(path)
    bundle = parse(demo_text()) if demo else None
    ws = Workspace.create(path)
    if bundle is not None:
        try:
            ws.load(bundle)
        except BaseException:
            ws.close()
            path.unlink(missing_ok=True)
            raise
    return ws


def write_bytes(path: str | Path, data: bytes) -> None:
    """Write a file whole, then move it into place, so a failure never leaves half a file."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ConsultError(f"Cannot write {path}: {exc.strerror or exc}.") from None


def minutes_document(ws: Workspace, dialogue_code: str, session_number: int, langs: list[str] | None = None, marking: str | None = None):
    """A renderer for the joint minutes of a session (its data read now, its layout done on ``render()``)."""
    from .reports.minutes import MinutesRenderer

    d = ws.dialogue_by_code(dialogue_code)
    session = ws.session_by_number(d.id, session_number)
    for lang in langs or []:
        if lang not in d.languages:
            raise Invalid(f"--lang: '{lang}' is not a working language of {d.code} (it works in {', '.join(d.languages)}).")
    return MinutesRenderer(ws.bundle(d.id), d.id, session, langs=langs, marking=marking)


def tracker_document(ws: Workspace, dialogue_code: str | None, as_of, audience: str = "internal", marking: str | None = None):
    """A renderer for the progress tracker of one dialogue (or all)."""
    from .reports.tracker import AUDIENCES, TrackerRenderer

    if audience not in AUDIENCES:
        raise Invalid(f"--audience: '{audience}' is not one of: {', '.join(AUDIENCES)}.")
    dialogue_id = ws.dialogue_by_code(dialogue_code).id if dialogue_code else None
    bundle = ws.bundle(dialogue_id)
    if not bundle.dialogues:
        raise ConsultError("This workspace has no dialogues to report on.")
    return TrackerRenderer(bundle, as_of=as_of, audience=audience, marking=marking)


def brief_document(ws: Workspace, dialogue_code: str, session_number: int, prepared_on, marking: str | None = None):
    """A renderer for the internal ministerial brief for a session."""
    from .reports.brief import BriefRenderer

    d = ws.dialogue_by_code(dialogue_code)
    session = ws.session_by_number(d.id, session_number)
    return BriefRenderer(ws.bundle(d.id), d.id, session, prepared_on=prepared_on, marking=marking)


def minutes_pdf(ws: Workspace, dialogue_code: str, session_number: int, langs: list[str] | None = None, marking: str | None = None) -> bytes:
    """The joint minutes of a session as PDF bytes."""
    return minutes_document(ws, dialogue_code, session_number, langs, marking).render()


def tracker_pdf(ws: Workspace, dialogue_code: str | None, as_of, audience: str = "internal", marking: str | None = None) -> bytes:
    """The progress tracker as PDF bytes."""
    return tracker_document(ws, dialogue_code, as_of, audience, marking).render()


def brief_pdf(ws: Workspace, dialogue_code: str, session_number: int, prepared_on, marking: str | None = None) -> bytes:
    """The ministerial brief as PDF bytes."""
    return brief_document(ws, dialogue_code, session_number, prepared_on, marking).render()
