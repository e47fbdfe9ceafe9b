"""The other delegation's secretariat: invite it, accept its invitation or its reply, list partners of both kinds."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..exchange.keys import pair_fingerprint
from ..store import Workspace, pairing, sync
from ..store.rights import RIGHTS


def invite(ws: Workspace, dialogue_id: str, name: str, out: str | Path, *, party_id: str | None = None) -> pairing.Pairing:
    """Write an invitation (the dialogue's joint view and our public keys) for the other secretariat."""
    return pairing.invite(ws, dialogue_id, name, out, party_id=party_id)


def accept(ws: Workspace, path: str | Path, *, name: str | None = None, reply_out: str | Path | None = None) -> pairing.Pairing:
    """Accept an invitation (loading its dialogue, writing the reply to ``reply_out``) or a reply (completing the pairing)."""
    return pairing.accept(ws, path, name=name, reply_out=reply_out)


def accept_into_new(path: str | Path, infile: str | Path, *, name: str | None = None, reply_out: str | Path | None = None) -> pairing.Pairing:
    """Accept an invitation into a new workspace at ``path``: created only once the invitation is checked whole.

    Should the acceptance fail all the same (a full disk), the new file and its
    exchange folder are removed again: a refused invitation leaves nothing behind.
    """
    import shutil

    from .workspaces import create

    pairing.check_invitation(infile, name=name, reply_out=reply_out)
    ws = create(path)
    ws.backups = False  # no snapshot of the empty file "before pairing"; the paired one is kept when it closes
    try:
        done = pairing.accept(ws, infile, name=name, reply_out=reply_out)
    except BaseException:
        ws.close(snapshot=False)
        shutil.rmtree(sync.exchange_dir(ws.path), ignore_errors=True)
        ws.path.unlink(missing_ok=True)
        raise
    ws.backups = True
    ws.close()
    return done


@dataclass(frozen=True)
class Partner:
    """An exchange partner as the window and the command line list it."""

    name: str
    kind: str  # "field_copy", "secretariat", "counterpart" ('' when paired before packets were signed)
    dialogue: str  # its dialogue's code, or '' for all
    sent: int
    received: int
    fingerprint: str  # a field copy's own safety number; for a counterpart, the pair's
    rights: str  # what it may change here, in words
    device_id: str = ""
    invited: bool = False  # an invitation made here, not answered yet


def rights_words(kind: str) -> str:
    """What a partner of this kind may change in this workspace, in a few words."""
    r = RIGHTS.get(kind)
    if r is None:
        return "nothing (paired before packets were signed)"
    if kind == "secretariat":
        return "anything but history"
    if kind == "counterpart":
        return "its own assessments, joint actions, proposals and comments on circulated minutes, its sign-offs; versions and decisions when it holds the pen"
    tables = sorted(r.insert | set(r.update))
    return "add or change " + ", ".join(t.replace("_", " ") for t in tables)


def partners(ws: Workspace) -> list[Partner]:
    """Every partner of this workspace, both kinds, with what it may change; invitations not yet answered last."""
    codes = {d.id: d.code for d in ws.dialogues()}
    mine = sync.my_keys(ws)
    out = []
    for p in sync.peers(ws):
        number = p.fingerprint
        if p.kind == "counterpart" and p.keys:
            number = pair_fingerprint(mine, p.keys)
        out.append(Partner(p.name, p.kind, codes.get(p.scope_dialogue_id, ""), p.sent, p.received, number, rights_words(p.kind), p.device_id))
    for pending in pairing.pending_invitations(ws):
        out.append(
            Partner(pending["name"], "counterpart", codes.get(pending["dialogue"], ""), 0, 0, mine.fingerprint, rights_words("counterpart"), invited=True)
        )
    return out
