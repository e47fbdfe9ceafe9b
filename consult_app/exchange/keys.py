"""Device keys, signatures and encryption for change packets (PyNaCl, that is libsodium).

Every workspace and every field copy holds two key pairs of its own:

- an **Ed25519 signing key**: every packet it sends is signed with it, and its
  partners verify the signature against the public key they stored when the
  field copy was made;
- an **X25519 key** for NaCl's *sealed box*: packets sent to it are encrypted
  to its public key, so only it can read them.

The secrets are 32 random bytes each, kept as hex in the workspace file (the
store decides where); this module only does the cryptography, with no file
or database access, so it is easy to test on its own.

A *fingerprint* is a short "safety number" (as Signal shows them): six groups
of five digits derived from both public keys, for two people to compare by
telephone.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import nacl.exceptions
import nacl.public
import nacl.signing
import nacl.utils

ROTATION_CONTEXT = b"consult key rotation v1\x00"


@dataclass(frozen=True)
class DeviceSecrets:
    """A device's two secret keys (32 bytes each)."""

    sign_secret: bytes
    box_secret: bytes

    @classmethod
    def new(cls) -> DeviceSecrets:
        return cls(nacl.utils.random(32), nacl.utils.random(32))

    @classmethod
    def from_hex(cls, sign_secret: str, box_secret: str) -> DeviceSecrets:
        return cls(bytes.fromhex(sign_secret), bytes.fromhex(box_secret))

    def hex(self) -> tuple[str, str]:
        return self.sign_secret.hex(), self.box_secret.hex()

    @property
    def public(self) -> PublicKeys:
        return PublicKeys(bytes(nacl.signing.SigningKey(self.sign_secret).verify_key), bytes(nacl.public.PrivateKey(self.box_secret).public_key))

    def sign(self, message: bytes) -> bytes:
        """The 64-byte Ed25519 signature of ``message``."""
        return nacl.signing.SigningKey(self.sign_secret).sign(message).signature

    def open_sealed(self, ciphertext: bytes) -> bytes | None:
        """Decrypt a sealed box addressed to this device; None when it was not (or was altered)."""
        try:
            return nacl.public.SealedBox(nacl.public.PrivateKey(self.box_secret)).decrypt(ciphertext)
        except (nacl.exceptions.CryptoError, ValueError, TypeError):
            return None

    def endorse(self, new: PublicKeys) -> bytes:
        """Vouch, with this (old) signing key, for the keys that replace it."""
        return self.sign(ROTATION_CONTEXT + new.sign + new.box)


@dataclass(frozen=True)
class PublicKeys:
    """A device's two public keys (32 bytes each): what its partners store."""

    sign: bytes
    box: bytes

    @classmethod
    def from_hex(cls, sign: str, box: str) -> PublicKeys:
        return cls(bytes.fromhex(sign), bytes.fromhex(box))

    def hex(self) -> tuple[str, str]:
        return self.sign.hex(), self.box.hex()

    def verify(self, message: bytes, signature: bytes) -> bool:
        """True when ``signature`` is this device's signature of ``message``."""
        try:
            nacl.signing.VerifyKey(self.sign).verify(message, signature)
            return True
        except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError, TypeError):
            return False

    def verifies_endorsement(self, new: PublicKeys, signature: bytes) -> bool:
        """True when these (old) keys vouched for ``new``."""
        return self.verify(ROTATION_CONTEXT + new.sign + new.box, signature)

    def seal(self, message: bytes) -> bytes:
        """Encrypt ``message`` so that only the holder of this device's box secret can read it."""
        return nacl.public.SealedBox(nacl.public.PublicKey(self.box)).encrypt(message)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self)


def fingerprint(keys: PublicKeys) -> str:
    """Six groups of five digits, the same on every machine for the same public keys."""
    return _digits(hashlib.sha512(b"consult fingerprint v1\x00" + keys.sign + keys.box).digest())


def pair_fingerprint(a: PublicKeys, b: PublicKeys) -> str:
    """The safety number of a pair of workspaces: the same on both sides, whichever side computes it."""
    first, second = sorted([a.sign + a.box, b.sign + b.box])
    return _digits(hashlib.sha512(b"consult pair fingerprint v1\x00" + first + second).digest())


def _digits(digest: bytes) -> str:
    groups = [int.from_bytes(digest[i : i + 5], "big") % 100_000 for i in range(0, 30, 5)]
    return " ".join(f"{g:05d}" for g in groups)
