"""Errors that carry one plain sentence for the person using the app.

Every layer raises these for conditions a user can understand and act on; the
command line prints ``str(error)`` and the desktop app shows it in a dialog.
Anything else is a bug and is logged with its traceback.
"""


class ConsultError(Exception):
    """A problem the user can understand: ``str(error)`` is one plain sentence."""


class NotAWorkspace(ConsultError):
    """The file is missing, unreadable, not SQLite, or not a Consult workspace."""


class NewerVersion(ConsultError):
    """The file was written by a newer version of Consult than this one."""


class NotFound(ConsultError):
    """A reference (a commitment code, a dialogue code, a session number) matches nothing."""


class Invalid(ConsultError):
    """Input that cannot be accepted; ``field`` names where, when known."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


class EnvironmentProblem(ConsultError):
    """The disk is full, the folder read-only, the file locked or damaged."""


class PassphraseNeeded(ConsultError):
    """The file is encrypted and no passphrase was given for it."""

    def __init__(self, path):
        self.path = path
        super().__init__(f"{path.name} is encrypted: give its passphrase (--passphrase-file, CONSULT_PASSPHRASE, or type it).")


class WrongPassphrase(PassphraseNeeded):
    """None of the passphrases given opens the file."""

    def __init__(self, path):
        ConsultError.__init__(self, f"The passphrase for {path.name} is wrong.")
        self.path = path
