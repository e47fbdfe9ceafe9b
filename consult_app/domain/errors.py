"""Errors that carry one plain sentence for the person using the app — every kind Consult raises, in one place.

Every layer raises these for conditions a user can understand and act on; the
command line prints ``str(error)`` and the desktop app shows it in a dialog.
Anything else is a bug and is logged with its traceback. The kinds are told
apart by their class, never by the words of their message.
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


class OlderVersion(ConsultError):
    """The file must be upgraded (written) before this version can read it."""


class Damaged(EnvironmentProblem):
    """A file that fails its integrity check: not opened, nothing written to it; ``latest`` is its newest good backup, if any."""

    what = "is damaged"

    def __init__(self, path, detail: str, latest=None):
        self.path = path
        self.latest = latest
        hint = (
            f' The latest good backup is from {latest.label}: restore it with consult-app backup restore "{path}" latest, or File › Restore Backup.'
            if latest
            else " No backup of it was found."
        )
        super().__init__(f"{path} {self.what} and was not opened, so nothing was written to it ({detail}).{hint}")


class Tampered(Damaged):
    """The file's schema is not exactly what Consult creates: something was added or changed behind its back."""

    what = "was changed outside Consult"


class UnreadableText(EnvironmentProblem):
    """A text stored as JSON was changed outside Consult into something it cannot read (met while reading, before a check found it)."""

    def __init__(self, where: str):
        super().__init__(
            f"A text of this workspace ({where}) was changed outside Consult and cannot be read: "
            "consult-app check (Tools › Check Workspace) names the rows; restore a backup to put them right."
        )


class Locked(EnvironmentProblem):
    """Another Consult has the workspace open for writing; ``holder`` says who, where and since when."""

    def __init__(self, message: str, holder=None):
        super().__init__(message)
        self.holder = holder


class BadPacket(ConsultError):
    """A change packet that cannot be used: not ours, damaged, tampered with, or not signed by a partner."""


class Refused(ConsultError):
    """A change a partner may not make; ``what`` names the change, ``reason`` says why."""

    def __init__(self, what: str, reason: str):
        super().__init__(f"{what}: {reason}")
        self.what = what
        self.reason = reason


class NothingToSend(ConsultError):
    """Nothing changed here since the last packet to a partner (and an empty one was not asked for)."""


class InterchangeError(Invalid):
    """An interchange file that cannot be imported; the message names the problem and where."""


class Cancelled(ConsultError):
    """The person cancelled long work (a document being laid out): nothing was written."""

    def __init__(self, message: str = "Cancelled: the document was not produced.") -> None:
        super().__init__(message)
