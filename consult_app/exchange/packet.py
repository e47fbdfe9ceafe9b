"""The change-packet file: a header and an SQLite changeset, checksummed and compressed.

Layout (all of it covered by the checksum except the checksum itself)::

    CONSULT-PACKET\\n
    {"format_version": 1, "workspace_id": ..., "from_device": ..., "to_device": ...,
     "seq": 3, "schema_version": 3, "created_at": ..., "changes": 12, "sha256": ...}\\n
    zlib(changeset)

``sha256`` is the SHA-256 of the header (without its ``sha256`` field, keys
sorted) followed by the compressed payload, so a changed header or payload,
a truncated file or flipped bytes are all refused.
"""

from __future__ import annotations

import hashlib
import json
import zlib

from ..domain.errors import ConsultError, NewerVersion

MAGIC = b"CONSULT-PACKET\n"
FORMAT_VERSION = 1
REQUIRED = {"format_version": int, "workspace_id": str, "from_device": str, "from_name": str, "to_device": str, "seq": int, "schema_version": int, "created_at": str, "changes": int, "sha256": str}
MAX_HEADER = 64 * 1024


class BadPacket(ConsultError):
    """A packet that cannot be used: not ours, damaged, tampered with."""


def _digest(header: dict, payload: bytes) -> str:
    fields = {k: v for k, v in header.items() if k != "sha256"}
    return hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False).encode("utf-8") + payload).hexdigest()


def encode(header: dict, changeset: bytes) -> bytes:
    payload = zlib.compress(changeset, 9)
    header = dict(header, format_version=FORMAT_VERSION)
    header["sha256"] = _digest(header, payload)
    return MAGIC + json.dumps(header, sort_keys=True, ensure_ascii=False).encode("utf-8") + b"\n" + payload


def decode(data: bytes, *, name: str = "the packet") -> tuple[dict, bytes]:
    """Check a packet and return ``(header, changeset)``; refuse with one sentence otherwise."""
    if not data.startswith(MAGIC):
        raise BadPacket(f"{name} is not a Consult change packet.")
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    if end < 0:
        raise BadPacket(f"{name} is truncated or damaged (its header is incomplete).")
    try:
        header = json.loads(data[len(MAGIC) : end].decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BadPacket(f"{name} is damaged (its header cannot be read).") from None
    if not isinstance(header, dict):
        raise BadPacket(f"{name} is damaged (its header cannot be read).")
    version = header.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise NewerVersion(f"{name} was written by a newer version of Consult (packet format {version}); update Consult to import it.")
    for key, kind in REQUIRED.items():
        if not isinstance(header.get(key), kind) or isinstance(header.get(key), bool):
            raise BadPacket(f"{name} is damaged (its header lacks a valid '{key}').")
    payload = data[end + 1 :]
    if _digest(header, payload) != header["sha256"]:
        raise BadPacket(f"{name} is truncated, damaged or was altered: its checksum does not match.")
    try:
        changeset = zlib.decompress(payload)
    except zlib.error:
        raise BadPacket(f"{name} is damaged (its contents cannot be unpacked).") from None
    return header, changeset
