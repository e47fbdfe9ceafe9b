"""The exchange with partners: field copies, change packets, partners and their keys."""

from __future__ import annotations

from pathlib import Path

from ..store import Workspace, sync


def field_copy(ws: Workspace, out: str | Path, *, name: str, dialogue_id: str | None = None, key=None) -> sync.Peer:
    """Make a field copy (of one dialogue, or all) for a liaison officer, encrypted with ``key`` when given; return the new partner."""
    code = ws.dialogue(dialogue_id).code if dialogue_id else None
    sync.field_copy(ws, out, name=name, dialogue_code=code, key=key)
    return sync.find_peer(ws, name)


def read_packet(path: str | Path) -> bytes:
    """A packet file's bytes, read whole only if it is no larger than any packet Consult writes (a refusal says so in one sentence)."""
    return sync.read_packet_file(path)


def export_packet(ws: Workspace, to: str | None = None, *, allow_empty: bool = True) -> tuple[bytes, dict]:
    """Everything changed here since the last exchange with ``to``, signed and encrypted for it: bytes and header.

    Raises:
        sync.NothingToSend: nothing changed, and ``allow_empty`` is false (nothing was written).
    """
    return sync.export_packet(ws, to, allow_empty=allow_empty)


def partner_name(ws: Workspace, device_id: str) -> str:
    """The name a partner was paired under here (as packets and their reports name it)."""
    return next((p.name for p in sync.peers(ws) if p.device_id == device_id), "the exchange partner")


def import_packet(ws: Workspace, data: bytes, *, name: str = "the packet", dry_run: bool = False, policy: str | None = None, resolutions=None):
    """Apply a partner's packet within its rights (all of it or nothing); the report lists what changed and any conflicts."""
    return sync.import_packet(ws, data, name=name, dry_run=dry_run, policy=policy, resolutions=resolutions)


def rotate_keys(ws: Workspace) -> str:
    """New keys for this file; partners learn them from the next packet. Returns the new safety number."""
    return sync.rotate_keys(ws)


def forget_partner(ws: Workspace, partner: str) -> sync.Peer:
    """Stop trusting a partner: its packets are refused from now on."""
    return sync.forget_partner(ws, partner)
