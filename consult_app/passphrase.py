"""Where a workspace's passphrase comes from — shared by the command line and the window.

In this order: a file named with ``--passphrase-file`` (its first line), the
environment variable ``CONSULT_PASSPHRASE``, then a prompt on a terminal (or,
in the window, the unlock dialog, and the OS keyring when the person chose
"remember on this computer"). A *new* passphrase (``init --encrypt``,
``encrypt``, ``change-passphrase``, a field copy) comes from
``--new-passphrase-file`` or ``CONSULT_NEW_PASSPHRASE``, else from the same
places, and at a terminal is typed twice.

Passphrases are handed to the store (:func:`consult_app.store.connection.offer_passphrase`),
which derives the key with SQLCipher's own key derivation; they are never
written anywhere by Consult except, when asked, to the OS keyring. A lost
passphrase cannot be recovered: nothing and nobody can open the file without it.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from .domain.errors import ConsultError, Invalid

ENV = "CONSULT_PASSPHRASE"
NEW_ENV = "CONSULT_NEW_PASSPHRASE"
MIN_LENGTH = 8
KEYRING_SERVICE = "Consult workspace passphrase"


def from_file(path: str | Path, option: str = "--passphrase-file") -> str:
    """The first line of ``path`` (a trailing newline is not part of the passphrase)."""
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise Invalid(f"{option}: cannot read {path}: {getattr(exc, 'strerror', None) or exc}.") from None
    line = text.splitlines()[0] if text.strip() else ""
    if not line:
        raise Invalid(f"{option}: {path} is empty.")
    return line


def given(passphrase_file: str | Path | None = None) -> str | None:
    """The passphrase given without asking: ``--passphrase-file``, else ``CONSULT_PASSPHRASE``, else None."""
    if passphrase_file is not None:
        return from_file(passphrase_file)
    return os.environ.get(ENV) or None


def typed(prompt: str) -> str:
    """A passphrase typed at the terminal (not echoed); the end of input (Ctrl-D) is a refusal, not an error."""
    try:
        return getpass.getpass(prompt)
    except EOFError:
        print(file=sys.stderr)  # the prompt's line ends before the sentence
        raise Invalid("No passphrase was typed (the input ended); nothing was opened or changed.") from None


def interactive() -> bool:
    """Whether a person can be asked at a terminal."""
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def unlock(path: str | Path, passphrase_file: str | Path | None = None, *, ask: bool = False) -> None:
    """Offer the passphrase for ``path`` to the store if the file is encrypted: given, else typed (when ``ask``).

    Does nothing for a plain, missing or unrecognisable file (opening it says what is wrong).
    """
    from .store.connection import is_encrypted, offer_passphrase

    try:
        if not is_encrypted(Path(path)):
            return
    except ConsultError:
        return
    passphrase = given(passphrase_file)
    if passphrase is None and ask:
        passphrase = typed(f"Passphrase for {Path(path).name}: ")
    if passphrase:
        offer_passphrase(passphrase)


def new(what: str, new_file: str | Path | None = None, passphrase_file: str | Path | None = None, *, ask: bool = False) -> str:
    """A new passphrase for ``what`` (say, "the field copy bamako.consult"): given, else typed twice.

    Raises:
        Invalid: none given and no terminal to ask at, the two typed differ, or it is too short.
    """
    passphrase = from_file(new_file, "--new-passphrase-file") if new_file is not None else os.environ.get(NEW_ENV) or given(passphrase_file)
    if passphrase is None and ask:
        passphrase = typed(f"New passphrase for {what}: ")
        if typed("Type it again: ") != passphrase:
            raise Invalid("The two passphrases typed differ; nothing was changed.")
    if not passphrase:
        raise Invalid(f"{what[0].upper()}{what[1:]} needs a passphrase: give it with --new-passphrase-file, {NEW_ENV} or {ENV}, or type it at a terminal.")
    return checked(passphrase)


def checked(passphrase: str) -> str:
    """A new passphrase must be long enough to be worth the encryption."""
    if len(passphrase) < MIN_LENGTH:
        raise Invalid(f"A passphrase needs at least {MIN_LENGTH} characters (several words are best); nothing was changed.")
    return passphrase


# --------------------------------------------------------------------------- the OS keyring ("remember on this computer")


def _account(path: str | Path) -> str:
    return os.path.realpath(path)


def remember(path: str | Path, passphrase: str) -> None:
    """Keep the passphrase in the OS keyring (Keychain, Windows Credential Manager, Secret Service) for this file."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, _account(path), passphrase)
    except (KeyringError, RuntimeError) as exc:
        raise ConsultError(f"This computer's keyring could not keep the passphrase ({exc}); you will be asked for it next time.") from None


def recall(path: str | Path) -> str | None:
    """The passphrase kept in the OS keyring for this file, if any (None when there is no keyring)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, _account(path))
    except Exception:  # no keyring backend, a locked keyring: ask instead
        return None


def forget(path: str | Path) -> None:
    """Remove this file's passphrase from the OS keyring, if it was there."""
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, _account(path))
    except Exception:  # not there, or no keyring: nothing to forget
        pass
