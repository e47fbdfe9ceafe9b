"""The change-packet file: a signed header and changeset, encrypted to its recipient.

Layout (format 2)::

    CONSULT-PACKET\\n
    {"format_version": 2, "sha256": "<SHA-256 of the sealed part>"}\\n
    sealed part = NaCl sealed box, to the recipient's X25519 key, of:
        b"CPS2"
        signer's Ed25519 public key (32) and X25519 public key (32)
        1 byte: 1 when an endorsement follows, else 0
        [endorsing (old) Ed25519 public key (32), endorsement signature (64)]
        Ed25519 signature (64) of SIGN_CONTEXT + every byte above and below it
        header length (4, big-endian), header (JSON), zlib(changeset)

Sign, then encrypt: the header and the changeset are signed by the sender,
and the whole is encrypted to the recipient, so a packet sent to the wrong
person reveals nothing but its size. The signed header names the recipient's
device and key, so a signed packet cannot be re-encrypted to someone else.
The outer SHA-256 is only a damage check: it tells a truncated or damaged
file from one that was meant for someone else.

Reading checks, in this order, before anything else is read: the file's
form, the checksum, that it decrypts with one of our keys, and that it is
signed by the stored key of one of our partners (or by a new key that the
partner's stored key vouched for, after a key rotation). Only then is the
header parsed and the changeset unpacked. Each refusal is one sentence.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass

from ..domain.errors import BadPacket, ConsultError, NewerVersion  # noqa: F401  (re-exported)
from .keys import DeviceSecrets, PublicKeys

MAGIC = b"CONSULT-PACKET\n"
INNER_MAGIC = b"CPS2"
SIGN_CONTEXT = b"consult packet v2\x00"
FORMAT_VERSION = 2
REQUIRED = {
    "workspace_id": str,
    "schema_version": int,
    "from_device": str,
    "from_name": str,
    "to_device": str,
    "to_key": str,
    "seq": int,
    "created_at": str,
    "changes": int,
    "kind": str,
}
MAX_HEADER = 64 * 1024
MAX_CHANGESET = 256 * 1024 * 1024


@dataclass(frozen=True)
class Opened:
    """A packet whose signature checked out: who signed it, its header and its changeset."""

    signer: PublicKeys
    endorsed_by: bytes | None  # the old signing key that vouched for ``signer`` (after a rotation)
    header: dict
    changeset: bytes


def seal(header: dict, changeset: bytes, *, sender: DeviceSecrets, recipient: PublicKeys, endorsement: tuple[bytes, bytes] | None = None) -> bytes:
    """Sign ``header`` and ``changeset`` with the sender's key and encrypt them to the recipient.

    Args:
        endorsement: ``(old signing public key, its signature of the new keys)`` after a key rotation.
    """
    me = sender.public
    head = json.dumps(header, sort_keys=True, ensure_ascii=False).encode("utf-8")
    vouch = b"\x01" + endorsement[0] + endorsement[1] if endorsement else b"\x00"
    rest = len(head).to_bytes(4, "big") + head + zlib.compress(changeset, 9)
    signed_part = INNER_MAGIC + me.sign + me.box + vouch
    signature = sender.sign(SIGN_CONTEXT + signed_part + rest)
    sealed = recipient.seal(signed_part + signature + rest)
    outer = {"format_version": FORMAT_VERSION, "sha256": hashlib.sha256(sealed).hexdigest()}
    return MAGIC + json.dumps(outer, sort_keys=True).encode("ascii") + b"\n" + sealed


def open_packet(data: bytes, *, secrets: list[DeviceSecrets], partners: dict[bytes, str], name: str = "the packet") -> Opened:
    """Check a packet and return what it says; refuse it in one sentence otherwise.

    Args:
        secrets: this device's keys (current first, then the one before a rotation).
        partners: each partner's stored signing public key -> the partner's name.
    """
    sealed = _outer(data, name)
    inner = next((plain for plain in (s.open_sealed(sealed) for s in secrets) if plain is not None), None)
    if inner is None:
        raise BadPacket(f"{name} cannot be opened with this workspace's key: it was encrypted for someone else, or altered; nothing was imported.")
    try:
        signer, endorser, endorsement, signature, rest, signed = _split_inner(inner)
    except (ValueError, IndexError):
        raise BadPacket(f"{name} is damaged (its signed part cannot be read).") from None
    if signer.sign in partners:
        if not signer.verify(signed, signature):
            raise BadPacket(f"{name} is not signed by {partners[signer.sign]}'s key (it was altered or forged); nothing was imported.")
    elif endorser is not None and endorser in partners:
        old = PublicKeys(endorser, b"")
        if not (old.verifies_endorsement(signer, endorsement) and signer.verify(signed, signature)):
            raise BadPacket(f"{name} is not signed by {partners[endorser]}'s key (it was altered or forged); nothing was imported.")
    else:
        raise BadPacket(f"{name} is signed by a key that belongs to none of this workspace's exchange partners; nothing was imported.")
    header, changeset = _contents(rest, name)
    return Opened(signer, endorser if signer.sign not in partners else None, header, changeset)


def _outer(data: bytes, name: str) -> bytes:
    if not data.startswith(MAGIC):
        raise BadPacket(f"{name} is not a Consult change packet.")
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    if end < 0:
        raise BadPacket(f"{name} is truncated or damaged (its header is incomplete).")
    try:
        outer = json.loads(data[len(MAGIC) : end].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadPacket(f"{name} is damaged (its header cannot be read).") from None
    if not isinstance(outer, dict):
        raise BadPacket(f"{name} is damaged (its header cannot be read).")
    version = outer.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BadPacket(f"{name} is damaged (its header lacks a valid 'format_version').")
    if version > FORMAT_VERSION:
        raise NewerVersion(f"{name} was written by a newer version of Consult (packet format {version}); update Consult to import it.")
    if version < FORMAT_VERSION:
        raise BadPacket(
            f"{name} is an unsigned packet from an older version of Consult; packets are now signed and encrypted: update Consult on the sending side, make a new field copy, and export again."
        )
    if not isinstance(outer.get("sha256"), str):
        raise BadPacket(f"{name} is damaged (its header lacks a valid 'sha256').")
    if json.dumps(outer, sort_keys=True).encode("ascii") != data[len(MAGIC) : end]:  # seal() wrote it byte for byte: a changed space is a change
        raise BadPacket(f"{name} is damaged or was altered (its header is not as Consult writes it).")
    sealed = data[end + 1 :]
    if hashlib.sha256(sealed).hexdigest() != outer["sha256"]:
        raise BadPacket(f"{name} is truncated, damaged or was altered: its checksum does not match.")
    return sealed


def _split_inner(inner: bytes) -> tuple[PublicKeys, bytes | None, bytes, bytes, bytes, bytes]:
    if not inner.startswith(INNER_MAGIC):
        raise ValueError("magic")
    at = len(INNER_MAGIC)
    signer = PublicKeys(inner[at : at + 32], inner[at + 32 : at + 64])
    at += 64
    flag = inner[at]
    at += 1
    endorser = endorsement = None
    if flag == 1:
        endorser, endorsement = inner[at : at + 32], inner[at + 32 : at + 96]
        at += 96
    elif flag != 0:
        raise ValueError("flag")
    signed_part = inner[:at]
    signature = inner[at : at + 64]
    rest = inner[at + 64 :]
    if len(signature) != 64 or len(signer.sign) != 32 or len(signer.box) != 32 or (endorser is not None and len(endorsement) != 64):
        raise ValueError("short")
    return signer, endorser, endorsement or b"", signature, rest, SIGN_CONTEXT + signed_part + rest


def _contents(rest: bytes, name: str) -> tuple[dict, bytes]:
    """The header and changeset of a packet whose signature was verified."""
    size = int.from_bytes(rest[:4], "big")
    if len(rest) < 4 + size or size > MAX_HEADER:
        raise BadPacket(f"{name} is damaged (its header is incomplete).")
    try:
        header = json.loads(rest[4 : 4 + size].decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadPacket(f"{name} is damaged (its header cannot be read).") from None
    if not isinstance(header, dict):
        raise BadPacket(f"{name} is damaged (its header cannot be read).")
    for key, kind in REQUIRED.items():
        if not isinstance(header.get(key), kind) or isinstance(header.get(key), bool):
            raise BadPacket(f"{name} is damaged (its header lacks a valid '{key}').")
    if header.get("scope") is not None and not isinstance(header["scope"], str):
        raise BadPacket(f"{name} is damaged (its header lacks a valid 'scope').")
    unpack = zlib.decompressobj()
    try:
        changeset = unpack.decompress(rest[4 + size :], MAX_CHANGESET)
    except zlib.error:
        raise BadPacket(f"{name} is damaged (its contents cannot be unpacked).") from None
    if unpack.unconsumed_tail:
        raise BadPacket(f"{name} holds more than {MAX_CHANGESET // 2**20} MiB of changes, more than Consult accepts in one packet.")
    if not unpack.eof:
        raise BadPacket(f"{name} is damaged (its contents cannot be unpacked).")
    return header, changeset
