"""What an attacker (or a test with the keys in hand) does to packets: open, alter, re-seal, sign.

These helpers read the keys out of real workspace files, as someone holding a
stolen laptop could; they never mock the packet code.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from pathlib import Path

from consult_app.exchange import packet
from consult_app.exchange.keys import DeviceSecrets, PublicKeys
from consult_app.store import Workspace
from consult_app.store.sync import find_peer, my_keys, my_secrets


def secrets_of(path: Path) -> DeviceSecrets:
    with Workspace.open(path, readonly=True) as ws:
        return my_secrets(ws)[0]


def public_of(path: Path) -> PublicKeys:
    with Workspace.open(path, readonly=True) as ws:
        return my_keys(ws)


def unseal(data: bytes, recipient: Path) -> bytes:
    """The signed inner part of a packet, decrypted with the recipient's secret key."""
    sealed = data[data.index(b"\n", len(packet.MAGIC)) + 1 :]
    inner = secrets_of(recipient).open_sealed(sealed)
    assert inner is not None
    return inner


def split(inner: bytes) -> tuple[bytes, bytes, dict, bytes]:
    """(signed prefix, signature, header, changeset) of an inner part."""
    signer, endorser, _e, signature, rest, _signed = packet._split_inner(inner)
    prefix_len = len(packet.INNER_MAGIC) + 64 + 1 + (96 if endorser else 0)
    size = int.from_bytes(rest[:4], "big")
    return inner[:prefix_len], signature, json.loads(rest[4 : 4 + size]), zlib.decompress(rest[4 + size :])


def reseal(recipient: Path, prefix: bytes, signature: bytes, header: dict, changeset: bytes) -> bytes:
    """Put a (possibly altered) inner part back together, encrypt it to the recipient, recompute the SHA-256."""
    head = json.dumps(header, sort_keys=True, ensure_ascii=False).encode("utf-8")
    inner = prefix + signature + len(head).to_bytes(4, "big") + head + zlib.compress(changeset, 9)
    sealed = public_of(recipient).seal(inner)
    outer = json.dumps({"format_version": packet.FORMAT_VERSION, "sha256": hashlib.sha256(sealed).hexdigest()}, sort_keys=True)
    return packet.MAGIC + outer.encode("ascii") + b"\n" + sealed


def header_for(sender: Path, recipient_name: str, seq: int | None = None, changes: int = 0) -> dict:
    """A header as the sender's Consult would write it for its partner ``recipient_name``."""
    from consult_app.store import rights
    from consult_app.store.schema import SCHEMA_VERSION
    from consult_app.store.sync import device

    with Workspace.open(sender, readonly=True) as ws:
        peer = find_peer(ws, recipient_name)
        my_id, my_name = device(ws)
        return {
            "workspace_id": peer.workspace_id if peer.kind == "counterpart" else ws.workspace_id,
            "schema_version": SCHEMA_VERSION,
            "from_device": my_id,
            "from_name": my_name,
            "to_device": peer.device_id,
            "to_key": peer.box_key,
            "seq": peer.sent + 1 if seq is None else seq,
            "created_at": "2003-01-01T00:00:00Z",
            "changes": changes,
            "kind": rights.SEEN_AS[peer.kind],
            "scope": peer.scope_dialogue_id,
        }


def sign(sender: Path, recipient: Path, header: dict, changeset: bytes, *, secrets: DeviceSecrets | None = None) -> bytes:
    """A packet signed with the sender's real key (or ``secrets``) and encrypted to the recipient."""
    return packet.seal(header, changeset, sender=secrets or secrets_of(sender), recipient=public_of(recipient))
