"""Fixtures of the store's tests."""

from __future__ import annotations

import pytest

from consult_app.store import connection

_derived: dict[tuple[str, bytes], connection.Key] = {}


@pytest.fixture(autouse=True)
def _each_key_derived_once(monkeypatch):
    """SQLCipher's key derivation (PBKDF2, 256,000 rounds, about 0.1 s) done once per passphrase and salt in a test process.

    The product keeps each key it derived for as long as it runs; the tests
    forget them (``connection.forget_keys``) to play a new process, and would
    derive the same key again. The derivation is a pure function of the
    passphrase and the salt: its result is kept here, so a wrong passphrase is
    still refused by SQLCipher itself, and every file still opens only with
    the key its own salt gives.
    """
    real = connection.derive

    def derive(passphrase: str, salt: bytes) -> connection.Key:
        if (passphrase, salt) not in _derived:
            _derived[passphrase, salt] = real(passphrase, salt)
        return _derived[passphrase, salt]

    monkeypatch.setattr(connection, "derive", derive)
