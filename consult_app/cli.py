"""The ``consult-app`` command line, over the same intents the desktop app uses (:mod:`consult_app.ops`).

Every command prints one-line errors (never a traceback) and exits non-zero on
failure. Unexpected errors are logged with their traceback to the log file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import inspect
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from . import __version__
from .domain.errors import ConsultError, Invalid, NewerVersion, NotAWorkspace, NotFound, PassphraseNeeded
from .domain.model import Visibility, named, short_id
from .domain.text import counted
from .paths import log_exception

PROG = "consult-app"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: '{text}' (use YYYY-MM-DD)") from None


@cache  # built once per process (about 7 ms): parsing leaves it as it was
def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Consult: prepare sessions of bilateral dialogues and keep their commitment register. "
        "Without a command, opens the desktop app on PATH (or the last or default workspace).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        type=Path,
        help="the passphrase of an encrypted workspace, on the first line of FILE (else CONSULT_PASSPHRASE, else it is asked for at a terminal); "
        "may be given anywhere on the line",
    )
    parser.add_argument(
        "--new-passphrase-file",
        metavar="FILE",
        type=Path,
        help="a new passphrase (init --encrypt, encrypt, change-passphrase, field-copy), on the first line of FILE "
        "(else CONSULT_NEW_PASSPHRASE, else as --passphrase-file; typed twice at a terminal)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = _command(sub, "open", "open the desktop app (the default when no command is given)")
    p.add_argument("path", nargs="?", type=Path, help="workspace file (.consult)")

    p = _on_workspace(sub, "init", "create a new workspace file", path_help="the new workspace file (.consult)")
    p.add_argument("--demo", action="store_true", help="fill it with the demo dialogues")
    p.add_argument("--encrypt", action="store_true", help="encrypt it with a passphrase (see --new-passphrase-file)")

    _on_workspace(
        sub,
        "encrypt",
        """encrypt a workspace with a passphrase, with its snapshots and exchange baselines

        Writes the encrypted workspace beside the old one, verifies it, re-encrypts its snapshots and exchange
        baselines, then puts it in place: a crash leaves the old file or the new one, whole. A lost passphrase cannot
        be recovered.""",
    )
    p = _on_workspace(sub, "decrypt", "write a decrypted copy of an encrypted workspace (a file of its own, readable by anyone)")
    p.add_argument("out", type=Path, metavar="OUT.consult")
    _on_workspace(sub, "change-passphrase", "give an encrypted workspace (and its snapshots and baselines) a new passphrase")

    p = _on_workspace(
        sub,
        "check",
        """check a workspace's integrity

        Run SQLite's integrity and foreign-key checks and the application's own checks. Exit 0 healthy, 1 problems
        found (listed), 2 not a workspace or unreadable. Never changes the file unless --repair is given, and then
        only after a snapshot.""",
    )
    p.add_argument("--repair", action="store_true", help="after a snapshot, mend what the application's checks can mend")

    bsub = _actions(
        sub,
        "backup",
        """list, create or restore snapshots of a workspace

        Snapshots are taken with SQLite's backup API, verified, and kept thinned (the last 10, one a day for a month,
        one a month for a year) in the backups folder of the user data location.""",
    )
    _on_workspace(bsub, "list", "the workspace's snapshots, newest first")
    _on_workspace(bsub, "create", "take a snapshot now")
    q = _on_workspace(bsub, "restore", "put a snapshot in place of the workspace (the current file is backed up first)")
    q.add_argument("snapshot", help="'latest', a number from 'backup list', or a snapshot file")

    p = _on_workspace(sub, "field-copy", "make a copy for a liaison officer that remembers where it came from", path_help="this workspace")
    p.add_argument("out", type=Path, metavar="OUT.consult", help="the field copy to create")
    p.add_argument("--dialogue", metavar="CODE", help="copy only this dialogue")
    p.add_argument("--name", default=None, help="who or where the copy goes, for example 'Bamako embassy' (default: OUT's name)")
    p.add_argument(
        "--unencrypted",
        action="store_true",
        help="do not encrypt the copy (by default it is encrypted with the passphrase of --new-passphrase-file, "
        "CONSULT_NEW_PASSPHRASE, CONSULT_PASSPHRASE, or typed)",
    )

    psub = _actions(sub, "packet", "send and receive changes between a workspace and its field copies")
    q = _on_workspace(psub, "export", "everything changed here since the last exchange with the other side")
    q.add_argument("out", type=Path, metavar="OUT.packet")
    q.add_argument("--to", metavar="NAME", help="which partner, when there are several")
    q = _on_workspace(
        psub,
        "import",
        """apply a partner's changes

        Without a policy, any conflict (the same thing changed on both sides) stops the import: the conflicts are
        listed, nothing is written, and the exit status is 1.""",
    )
    q.add_argument("infile", type=Path, metavar="IN.packet")
    q.add_argument("--dry-run", action="store_true", help="print what would be added, changed and in conflict; write nothing")
    policy = q.add_mutually_exclusive_group()
    policy.add_argument("--ours", dest="policy", action="store_const", const="ours", help="on conflict keep what is here")
    policy.add_argument("--theirs", dest="policy", action="store_const", const="theirs", help="on conflict take the packet's value")
    _on_workspace(
        psub,
        "partners",
        """this workspace's exchange partners and their keys' safety numbers

        Lists this workspace's safety number and each partner's: compare them by telephone with the partner (theirs
        for this workspace must match ours for itself, and the other way round).""",
    )
    _on_workspace(
        psub,
        "rotate-key",
        """give this workspace new keys (partners learn them from the next packet)

        Makes new signing and encryption keys. Packets already on their way still open; every packet sent from now on
        carries the new public keys vouched for by the old ones. Rotate again only after each partner has received a
        packet.""",
    )
    q = _on_workspace(psub, "forget", "stop exchanging with a partner (for a lost or retired field copy): its packets are refused from now on")
    q.add_argument("partner", metavar="NAME", help="the partner's name, as 'packet partners' lists it")

    _partner_parsers(sub)
    _minutes_parsers(sub)
    p = _command(
        sub,
        "verify",
        """check that a printed agreed record is the one agreed, unchanged, and its signature

        Reads the version and hash printed in an agreed minutes PDF, checks the file is byte for byte what Consult
        wrote (and, when it is signed, the signature), and that the hash is the agreed version's in the workspace.
        Exit 0 when it matches, 1 when it does not.""",
    )
    p.add_argument("pdf", type=Path, metavar="MINUTES.pdf")
    p.add_argument("path", type=Path, nargs="?", metavar="WORKSPACE", help="the workspace (default: the one the app opens by default)")

    p = _on_workspace(
        sub,
        "export",
        """export to JSON, CSV, Excel, Word or iCalendar (chosen by OUT's extension)

        The format follows OUT's extension: .json interchange; .csv the register (or --table actions); .xlsx register
        and actions, one sheet each; .docx draft joint minutes of one session (--dialogue and --session, in --lang); .ics
        session dates and follow-up action due dates.""",
        path_help="workspace file",
    )
    p.add_argument("out", type=Path, help="the file to write: .json, .csv, .xlsx, .docx or .ics")
    p.add_argument("--dialogue", metavar="CODE", help="export only this dialogue (for example ML-FR)")
    p.add_argument("--session", metavar="N", type=int, help="the session's number (for .docx)")
    p.add_argument("--table", choices=("register", "actions"), default="register", help="which table a .csv holds")
    p.add_argument("--lang", type=str.lower, help="the language of a .docx, one the dialogue's documents are printed in (default: the first)")
    p.add_argument(
        "--audience",
        choices=("joint", "internal"),
        help="joint: only what is shared with the other delegation (the default for .csv, .xlsx, .ics; .docx is always joint); "
        "internal: everything (the default for .json, which moves dialogues between our own workspaces)",
    )

    p = _on_workspace(sub, "import", "import dialogues from an interchange JSON file", path_help="workspace file")
    p.add_argument("infile", type=Path, metavar="IN.json")

    p = _on_workspace(sub, "search", "search every text of a workspace; one hit per line")
    p.add_argument("query", help="words to find; case, accents and letters such as ı or đ do not matter")

    p = _on_workspace(
        sub,
        "status",
        """append a status event to a commitment

        Append a status event to the commitment with reference REF. Prints nothing on success.""",
    )
    p.add_argument("ref", help="the commitment's reference code, for example MLFR-2001-01")
    p.add_argument("status", help="a status code of the dialogue's scale, for example on_track")
    p.add_argument("--date", type=_date, help="effective date, YYYY-MM-DD (default: today)")
    p.add_argument("--note", default="", help="what happened")
    p.add_argument("--evidence", default="", help="where it can be verified")
    p.add_argument("--author", default=None, help="who records it (default: your user name)")
    p.add_argument(
        "--joint", action="store_true", help="share the note and evidence with the other delegation (only on a joint commitment; by default they are internal)"
    )

    asub = _actions(sub, "action", "list, add and share follow-up actions")
    q = _on_workspace(asub, "list", "one action per line: id, dialogue, audience, state, due date, description")
    q.add_argument("--dialogue", metavar="CODE", help="only this dialogue")
    q = _on_workspace(asub, "add", "add a follow-up action (internal unless --audience joint)")
    q.add_argument("description")
    q.add_argument("--dialogue", metavar="CODE", required=True)
    q.add_argument("--assignee", default="")
    q.add_argument("--due", type=_date, help="due date, YYYY-MM-DD")
    q.add_argument("--session", metavar="N", type=int, help="the session it comes from")
    q.add_argument("--commitment", metavar="REF", help="the commitment it serves")
    q.add_argument(
        "--audience", choices=("joint", "internal"), default="internal", help="joint: shared with the other delegation; internal (the default): our own to-do"
    )
    q = _on_workspace(asub, "audience", "share an action with the other delegation, or make it internal again")
    q.add_argument("id", help="the action's id (or its last characters, as 'action list' prints them)")
    q.add_argument("audience", choices=("joint", "internal"))

    csub = _actions(sub, "commitment", "edit, withdraw, supersede or reaffirm a commitment")
    q = _on_workspace(
        csub,
        "edit",
        """change a commitment's text, reference, kind, due date or lead institution

        Change a commitment. A change of its text is kept in its history (old and new text, date, reason, author); a
        new reference must follow the dialogue's pattern (MLFR-YYYY-NN for ML-FR).""",
    )
    q.add_argument("ref", help="the commitment's reference, for example MLFR-2002-01")
    _lang_texts(q, "--text", "its text in one working language, for example fr='…' (repeatable; an empty TEXT removes that language)")
    q.add_argument("--new-ref", dest="new_ref", metavar="REF", help="a new reference, on the dialogue's pattern")
    q.add_argument("--kind", choices=("commitment", "decision"), help="an undertaking to act, or a decision taken at the session")
    due = q.add_mutually_exclusive_group()
    due.add_argument("--due", type=_date, help="due date, YYYY-MM-DD")
    due.add_argument("--no-due", action="store_true", help="no due date")
    q.add_argument("--institution", help="the lead institution")
    q.add_argument("--reason", default="", help="why the text changes (kept in its history)")
    q.add_argument("--date", type=_date, help="date of the change of text, YYYY-MM-DD (default: today)")
    q = _on_workspace(csub, "withdraw", "end a commitment that no longer binds (its history stays)")
    q.add_argument("ref")
    q.add_argument("--reason", required=True, help="why it is withdrawn")
    q.add_argument("--date", type=_date, help="YYYY-MM-DD (default: today)")
    q = _on_workspace(
        csub,
        "supersede",
        """replace a commitment by a new one, linked to it

        Add a new commitment that replaces REF: same party, theme, lead institution, kind and audience unless given;
        REF ends as superseded on --date, for --reason. Prints the new reference.""",
    )
    q.add_argument("ref", help="the commitment replaced")
    _lang_texts(q, "--text", "the new commitment's text in one working language (repeatable)", required=True)
    q.add_argument("--reason", required=True, help="why it is replaced")
    q.add_argument("--date", type=_date, help="YYYY-MM-DD (default: today)")
    q.add_argument("--new-ref", dest="new_ref", metavar="REF", help="the new commitment's reference (default: the next free one of the date's year)")
    q.add_argument("--session", metavar="N", type=int, help="the session where the new one is made (default: the one where REF was made)")
    q.add_argument("--due", type=_date, help="the new one's due date (default: REF's)")
    q = _on_workspace(csub, "reaffirm", "record that a later session reaffirmed a commitment")
    q.add_argument("ref")
    q.add_argument("--session", metavar="N", type=int, required=True, help="the number of the session that reaffirmed it")

    isub = _actions(sub, "indicator", "list indicators, add one to a commitment, record a measurement")
    q = _on_workspace(isub, "list", "one indicator per line: commitment, number, name, unit, baseline, latest, target, direction")
    q.add_argument("--dialogue", metavar="CODE", help="only this dialogue")
    q = _on_workspace(isub, "add", "tie a figure to a commitment: unit, baseline, target, which way is good")
    q.add_argument("ref", help="the commitment's reference")
    _lang_texts(q, "--name", "its name in one working language (repeatable)", required=True)
    q.add_argument("--unit", required=True, help="count, EUR, CFA, USD, percent …")
    q.add_argument("--baseline", type=_figure, required=True, help="the starting value")
    q.add_argument("--baseline-on", dest="baseline_on", type=_date, help="YYYY-MM-DD")
    q.add_argument("--target", type=_figure, required=True, help="the value aimed at")
    q.add_argument("--target-on", dest="target_on", type=_date, help="YYYY-MM-DD")
    q.add_argument("--direction", choices=("up", "down"), help="up: higher is better; down: lower is better (default: what baseline and target imply)")
    q = _on_workspace(isub, "measure", "record a dated value of an indicator, with its source (internal unless --joint)")
    q.add_argument("ref", help="the commitment's reference")
    q.add_argument("value", type=_figure, help="the figure measured")
    q.add_argument(
        "--indicator", metavar="N", type=int, help="which of the commitment's indicators, as 'indicator list' numbers them (needed when it has several)"
    )
    q.add_argument("--date", type=_date, help="YYYY-MM-DD (default: today)")
    q.add_argument("--source", default="", help="where the figure comes from")
    q.add_argument("--joint", action="store_true", help="share the value and its source with the other delegation (only on a joint commitment)")

    p = _on_workspace(
        sub,
        "marking",
        """show or set classification markings

        Without options, print the workspace's ordered list of markings (lowest first) and each dialogue's marking per
        language. A document over several dialogues prints the highest marking on the list.""",
    )
    p.add_argument("--dialogue", metavar="CODE", help="the dialogue whose marking --level and --text set")
    p.add_argument("--level", type=_marking, help="the dialogue's level, as named on the ordered list (for example RESTRICTED)")
    _lang_texts(
        p, "--text", "how the marking reads in one language, for example fr='DIFFUSION RESTREINTE' (repeatable; an empty TEXT removes it)", type=_marking_text
    )
    p.add_argument("--order", type=_order, metavar="LOW,…,HIGH", help="replace the ordered list of levels, lowest first")

    p = _command(sub, "report", "print a document as PDF (minutes, tracker, brief)")
    docs = p.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    q = _on_workspace(docs, "minutes", "joint minutes of a session (joint content only)")
    _session_options(q)
    q.add_argument("--lang", type=_langs, help="one language (fr) or two side by side (fr,en) the dialogue's documents are printed in; default: the first")
    _pdf_options(q)
    q.add_argument(
        "--sign-with",
        type=Path,
        metavar="CERT.p12",
        dest="sign_with",
        help="agreed minutes only: sign the PDF (PAdES) with this certificate; its password, if any, in the environment variable CONSULT_SIGN_PASSWORD",
    )
    q = _on_workspace(docs, "compare", "redline of one circulated version of the minutes against another (PDF)")
    _session_options(q)
    q.add_argument("--from", type=int, required=True, dest="from_version", metavar="N", help="the earlier version")
    q.add_argument("--to", type=int, required=True, dest="to_version", metavar="N", help="the later version")
    q.add_argument("--lang", type=_langs, help="the languages compared (default: all the dialogue's)")
    _pdf_options(q, marking=False)
    q = _on_workspace(docs, "tracker", "progress tracker of one dialogue, or of all")
    q.add_argument("--dialogue", metavar="CODE", help="one dialogue (default: all)")
    q.add_argument("--as-of", type=_date, dest="as_of", help="YYYY-MM-DD (default: today)")
    q.add_argument(
        "--audience",
        choices=("joint", "internal"),
        default="joint",
        help="joint (the default): built from what is shared with the other delegation; internal: everything, marked as internal on every page",
    )
    q.add_argument("--lang", help="language of the labels and, where the dialogue has it, of the texts (default: the dialogue's first, or English)")
    q.add_argument("--by-party", action="store_true", dest="by_party", help="the register as assessed by each party, one status column per party")
    _pdf_options(q)
    q = _on_workspace(docs, "brief", "internal ministerial brief for a session")
    q.add_argument("--lang", help="language of the labels and, where the dialogue has it, of the texts (default: the dialogue's first working language)")
    _session_options(q, help=None)
    _pdf_options(q)
    return parser


def _marking(text: str) -> str:
    text = text.strip()
    if len(text) > 60 or any(ord(ch) < 32 for ch in text):
        raise argparse.ArgumentTypeError("a marking is one line of at most 60 characters, for example RESTRICTED")
    return text


def _marking_text(text: str) -> tuple[str, str]:
    lang, sep, words = text.partition("=")
    if not sep or not (lang.isalpha() and 2 <= len(lang) <= 3):
        raise argparse.ArgumentTypeError(f"'{text}' is not LANG=TEXT (for example fr='DIFFUSION RESTREINTE')")
    return lang.lower(), _marking(words) if words.strip() else ""


def _lang_text(text: str) -> tuple[str, str]:
    lang, sep, words = text.partition("=")
    if not sep or not (lang.isalpha() and 2 <= len(lang) <= 3):
        raise argparse.ArgumentTypeError(f"'{text[:40]}' is not LANG=TEXT (for example fr='Délivrer 30 000 visas')")
    return lang.lower(), words.strip()


def _figure(text: str) -> float:
    try:
        return float(text.replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: '{text[:40]}'") from None


def _order(text: str) -> list[str]:
    return [x.strip() for x in text.split(",")]


def _langs(text: str) -> list[str]:
    langs = [x.strip() for x in text.split(",") if x.strip()]
    if not 1 <= len(langs) <= 2 or any(not (x.isalpha() and 2 <= len(x) <= 3) for x in langs):
        raise argparse.ArgumentTypeError(f"'{text}' is not one language code or two separated by a comma (for example fr or fr,en)")
    return [x.lower() for x in langs]


def _lang_texts(q: argparse.ArgumentParser, option: str, help: str, *, required: bool = False, type=_lang_text) -> None:
    """A repeatable LANG=TEXT option: a text in one language at a time."""
    q.add_argument(option, action="append", default=[], required=required, metavar="LANG=TEXT", type=type, help=help)


def _command(sub, name: str, about: str) -> argparse.ArgumentParser:
    """A sub-command. ``about``: its help for the list of commands, then (after a blank line) what its own --help adds."""
    first, _, rest = inspect.cleandoc(about).partition("\n\n")
    return sub.add_parser(name, help=" ".join(first.split()), description=" ".join(rest.split()) or None)


def _actions(sub, name: str, about: str):
    """A command made of actions (``consult-app NAME ACTION …``): the sub-parsers its actions are added to."""
    return _command(sub, name, about).add_subparsers(dest="action", metavar="ACTION", required=True)


def _on_workspace(sub, name: str, about: str, *, path_help: str | None = None) -> argparse.ArgumentParser:
    """A sub-command whose first argument is the workspace file."""
    q = _command(sub, name, about)
    q.add_argument("path", type=Path, help=path_help)
    return q


def _on_session(sub, name: str, about: str) -> argparse.ArgumentParser:
    """A sub-command on one session of one dialogue of the workspace."""
    q = _on_workspace(sub, name, about)
    _session_options(q)
    return q


def _session_options(q: argparse.ArgumentParser, help: str | None = "the session's number") -> None:
    """--dialogue CODE --session N: one session of one dialogue."""
    q.add_argument("--dialogue", metavar="CODE", required=True)
    q.add_argument("--session", metavar="N", type=int, required=True, help=help)


def _pdf_options(q: argparse.ArgumentParser, marking: bool = True) -> None:
    """Where a document is written, and the classification marking it bears."""
    q.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    if marking:
        q.add_argument("--marking", type=_marking, help="classification marking for this document (default: the dialogue's)")


COMMANDS = {
    "open",
    "init",
    "encrypt",
    "decrypt",
    "change-passphrase",
    "check",
    "export",
    "import",
    "search",
    "status",
    "report",
    "backup",
    "field-copy",
    "packet",
    "action",
    "marking",
    "partner",
    "minutes",
    "verify",
    "commitment",
    "indicator",
}


def _partner_parsers(sub) -> None:
    psub = _actions(
        sub,
        "partner",
        """pair with the other delegation's secretariat: invitations, replies, partners

        invite writes the joint view of one dialogue (nothing internal) and this workspace's public keys; the other
        secretariat accepts it into its own workspace and sends back the reply it writes; accepting that reply
        completes the pairing. Both sides then show the same pair fingerprint: compare it by telephone.""",
    )
    q = _on_workspace(psub, "invite", "write an invitation for the other secretariat of a dialogue")
    q.add_argument("--dialogue", metavar="CODE", required=True)
    q.add_argument("--name", required=True, help="what to call the other secretariat, for example 'Secrétariat malien'")
    q.add_argument("--party", metavar="CODE", help="the party it speaks for (needed when the dialogue has more than two)")
    q.add_argument("--out", type=Path, required=True, metavar="F.consult-partner")
    q = _on_workspace(
        psub,
        "accept",
        """accept an invitation (into a new or existing workspace, writing a reply) or the reply to ours

        With an invitation: PATH may be a new file; the dialogue is loaded with the same ids, our party as the home
        party, and the reply to send back is written to --out. With a reply: the pairing is complete.""",
    )
    q.add_argument("infile", type=Path, metavar="F.consult-partner")
    q.add_argument("--name", help="what to call the other secretariat (an invitation: required; a reply: the name given when inviting)")
    q.add_argument("--out", type=Path, metavar="REPLY.consult-partner", help="where to write the reply (accepting an invitation)")
    _on_workspace(psub, "list", "partners of both kinds, what each may change, and the safety numbers to compare")


def _minutes_parsers(sub) -> None:
    msub = _actions(
        sub,
        "minutes",
        """negotiate the joint minutes: circulate, propose, decide, agree, amend

        draft → circulated (version n, frozen and hashed) → proposals from the other side, each accepted, rejected or
        edited → version n+1 → agreed when each head of delegation signed off the same version. Agreed minutes change
        only by an amendment signed off by both sides.""",
    )

    _on_session(msub, "show", "the state, the versions and their hashes, sign-offs, proposals and amendments")
    _on_session(msub, "circulate", "freeze the joint texts as the next version and circulate it")
    q = _on_session(msub, "state", "move the minutes as the window's state box does (forward only; setting them back is refused)")
    q.add_argument("state", choices=("draft", "circulated", "agreed"))
    q = _on_session(msub, "proposals", "the proposals on the minutes, one per line (id, party, state, item, text, change, comment)")
    q.add_argument("--open", action="store_true", help="only those still to decide")
    q = _on_session(msub, "propose", "propose a change to a passage of the latest circulated version (or comment on it)")
    q.add_argument("--item", required=True, metavar="N", help="the agenda item's number, for example 3.1")
    q.add_argument("--field", choices=("title", "summary", "conclusions"), default="summary")
    q.add_argument("--lang", help="the text's language (default: the dialogue's first)")
    q.add_argument(
        "--op", choices=("replace", "insert", "delete", "comment"), default="replace", help="insert puts TEXT after PASSAGE (at the end without one)"
    )
    q.add_argument("--passage", default="", help="the words concerned, exactly as in the circulated text")
    q.add_argument("--text", default="", help="the words proposed")
    q.add_argument("--comment", default="", help="why")
    q.add_argument("--party", metavar="CODE", help="record another party's proposal received on paper (only for a dialogue not paired with its secretariat)")
    for action, words in (("accept", "accept a proposal: its words go into the text"), ("reject", "reject a proposal")):
        q = _on_workspace(msub, action, words)
        q.add_argument("id", help="the proposal's id (or its last characters, as 'minutes proposals' prints them)")
    q = _on_workspace(msub, "edit", "accept a proposal with other words")
    q.add_argument("id", help="the proposal's id (or its last characters)")
    q.add_argument("--text", required=True, help="the words accepted instead")
    _minutes_sign_parsers(msub)


def _minutes_sign_parsers(msub) -> None:
    """minutes agree and minutes amend: the heads of delegation's sign-offs."""
    q = _on_session(
        msub,
        "agree",
        """a head of delegation signs off the latest version (or an amendment)

        Records a head of delegation's sign-off of the latest circulated version by its hash. The minutes are agreed
        when every party has signed off the same version.""",
    )
    q.add_argument("--by", required=True, metavar="NAME", help="the head of delegation who signs off")
    q.add_argument("--party", metavar="CODE", help="the party signed for (default: ours; another only when not paired with its secretariat)")
    q.add_argument("--amendment", metavar="ID", help="sign off this amendment instead of the latest version")
    q = _on_session(msub, "amend", "propose an amendment to agreed minutes, signed off by our head of delegation")
    q.add_argument("--item", required=True, metavar="N", help="the agenda item's number")
    q.add_argument("--field", choices=("summary", "conclusions"), default="summary")
    q.add_argument("--lang", help="the text's language (default: the dialogue's first)")
    q.add_argument("--text", required=True, help="the new wording")
    q.add_argument("--reason", required=True)
    q.add_argument("--date", type=_date, help="the amendment's date (default: today)")
    q.add_argument("--author", help="who wrote it (default: your user name)")
    q.add_argument("--by", required=True, metavar="NAME", help="our head of delegation, who signs it off")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; its exit status. A reader that stops reading (``| head -1``) ends it quietly with status 1."""
    try:
        try:
            return _main(argv)
        finally:
            if sys.stdout is not None:
                sys.stdout.flush()  # a closed pipe shows here, inside the try, rather than at exit
    except BrokenPipeError:  # as Python's documentation of SIGPIPE recommends: not an error of Consult
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python flushes stdout again at exit: into nothing
        return 1


def _main(argv: Sequence[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        argv = ["open", *argv]
    if argv[0] == "open" and len(argv) <= 2 and not any(a.startswith("-") for a in argv[1:]):
        args = argparse.Namespace(command="open", path=Path(argv[1]) if len(argv) == 2 else None, passphrase_file=None)  # start-up: skip building every parser
    else:
        args = _parser().parse_args(_passphrase_options_first(argv))
    handler: Callable[[argparse.Namespace], int] = HANDLERS[args.command]
    try:
        _check_texts(args)
        _unlock(args)
        return handler(args)
    except (NotAWorkspace, NewerVersion, PassphraseNeeded) as exc:
        _error(str(exc))
        return 2
    except ConsultError as exc:
        _error(_as_flags(exc, args))
        return 1
    except KeyboardInterrupt:
        _error("interrupted.")
        return 130
    except BrokenPipeError:
        raise  # for main
    except Exception as exc:  # a bug: keep the traceback for the log, not the screen
        log = log_exception(exc)
        _error(f"an unexpected error occurred ({type(exc).__name__}); details are in {log}.")
        return 3


# Domain fields a flag sets under another name (a flag whose option has the field's own name, --note, is found from the parser).
FLAGS = {
    "language": "--lang",
    "audience": "--audience",
    "session": "--session",
    "dialogue": "--dialogue",
    "name": "--name",
    "party": "--party",
    "out": "--out",
    "to": "--to",
    "sign_with": "--sign-with",
    "by": "--by",
    "text": "--text",
    "passage": "--passage",
    "comment": "--comment",
    "lang": "--lang",
    "op": "--op",
    "field": "--field",
    "reason": "--reason",
    "due_on": "--due",
    "end_reason": "--reason",
    "ended_on": "--date",
    "lead_institution": "--institution",
    "unit": "--unit",
    "baseline_value": "--baseline",
    "baseline_on": "--baseline-on",
    "target_value": "--target",
    "target_on": "--target-on",
    "direction": "--direction",
    "source": "--source",
    "measured_on": "--date",
    "effective_on": "--date",
    "revised_on": "--date",
    "amended_on": "--date",
    "ref": "--new-ref",
    "classification": "--level",
}


def _as_flags(exc: ConsultError, args: argparse.Namespace | None = None) -> str:
    """The sentence, with a field the command line sets by a flag named by that flag ("language: …" → "--lang: …").

    Only a flag of the command given is named ("ref" is --new-ref where the command has it, else the REF it was given);
    a text in one language is "--text (fr): …".
    """
    text, field = str(exc), getattr(exc, "field", None)
    if not field or not text.startswith(field + ": "):
        return text
    head, _, lang = field.partition(".")
    options = _options(args) if args is not None else {}
    flag = options.get(head) or FLAGS.get(head)
    if flag is None or (args is not None and flag not in options.values()):
        return text
    return flag + (f" ({lang})" if lang else "") + text[len(field) :]


def _options(args: argparse.Namespace) -> dict[str, str]:
    """Each optional argument of the command given, by its dest: {"note": "--note", "new_ref": "--new-ref", …}."""
    out: dict[str, str] = {}
    parser: argparse.ArgumentParser | None = _parser()
    while parser is not None:
        below = None
        for action in parser._actions:  # argparse keeps no public list of a parser's arguments
            if action.option_strings:
                out.setdefault(action.dest, max(action.option_strings, key=len))
            elif isinstance(action, argparse._SubParsersAction):
                below = action.choices.get(getattr(args, action.dest, None) or "")
        parser = below
    return out


def _check_texts(args: argparse.Namespace) -> None:
    """Every text argument within the limits any stored text has (no control characters, no broken Unicode)."""
    texts = [(name, value) for name, value in vars(args).items() if isinstance(value, str) and name != "command"]
    if texts:  # `open PATH` has none: start-up imports nothing more
        from .domain import validate

        for name, value in texts:
            validate.scalar(value, name)


def _error(message: str) -> None:
    from .domain.text import printable  # a message may quote hostile input: never an escape sequence on the terminal

    print(f"{PROG}: {printable(message)}", file=sys.stderr)


PASSPHRASE_OPTIONS = ("--passphrase-file", "--new-passphrase-file")


def _passphrase_options_first(argv: list[str]) -> list[str]:
    """The passphrase options may be given anywhere on the line: move them before the command for argparse."""
    front, rest, i = [], [], 0
    while i < len(argv):
        arg = argv[i]
        if arg in PASSPHRASE_OPTIONS and i + 1 < len(argv):
            front += argv[i : i + 2]
            i += 2
            continue
        (front if arg.split("=", 1)[0] in PASSPHRASE_OPTIONS else rest).append(arg)
        i += 1
    return front + rest


def _unlock(args: argparse.Namespace) -> None:
    """Offer the passphrase of the command's workspace, if it is encrypted: from the file, the environment, or typed."""
    from . import passphrase

    path = getattr(args, "path", None)
    if path is not None:
        passphrase.unlock(path, args.passphrase_file, ask=args.command != "open" and passphrase.interactive())


def _new_passphrase(args: argparse.Namespace, what: str) -> str:
    from . import passphrase

    return passphrase.new(what, args.new_passphrase_file, args.passphrase_file, ask=passphrase.interactive())


# --------------------------------------------------------------- handlers
#
# Each handler resolves codes and numbers to ids, calls one intent of
# consult_app.ops (or a read of the store), and prints what happened.


def _open(args: argparse.Namespace) -> int:
    from .app import run_gui  # Qt is only loaded when a window is wanted

    return run_gui(args.path)


def _init(args: argparse.Namespace) -> int:
    from .ops import workspaces
    from .store.connection import new_key

    key = new_key(_new_passphrase(args, f"the new workspace {args.path.name}")) if args.encrypt else None
    with workspaces.create(args.path, demo=args.demo, key=key) as ws:
        n = len(ws.dialogues())
    print(f"Created {args.path}" + (" (encrypted)" if key else "") + (f" with {counted(n, 'demo dialogue')}." if args.demo else "."))
    return 0


def _encryption(args: argparse.Namespace) -> int:
    from .ops import workspaces

    if args.command == "decrypt":
        print(workspaces.decrypt(args.path, args.out))
    elif args.command == "encrypt":
        print(workspaces.encrypt(args.path, _new_passphrase(args, args.path.name)))
    else:
        print(workspaces.change_passphrase(args.path, _new_passphrase(args, args.path.name)))
    return 0


def _check(args: argparse.Namespace) -> int:
    from .ops import workspaces

    if args.repair:
        for line in workspaces.repair(args.path):
            print(line)
    report = workspaces.check(args.path)
    for notice in report.notices:
        print(notice)
    if report.healthy:
        counts = ", ".join(counted(v, k.replace("_", " ").removesuffix("s")) for k, v in report.counts.items())
        print(f"{args.path}: healthy ({counts}).")
        return 0
    print(f"{args.path}: {counted(len(report.problems), 'problem')} found:")
    for problem in report.problems:
        print(f"- {problem}")
    return 1


def _reading(path: Path):
    """Open a workspace to read from it: no lock, no snapshot (so it works on a full disk); notices to stderr."""
    from .store import Workspace

    ws = Workspace.open_to_read(path)
    _notices(ws)
    return ws


def _writing(path: Path, *, backups: bool = True):
    """Open a workspace to change it (lock, verified, snapshot when changed); notices to stderr."""
    from .store import Workspace

    ws = Workspace.open(path, backups=backups)
    _notices(ws)
    return ws


def _notices(ws) -> None:
    from .ops.notices import notices

    for notice in notices(ws):
        print(f"{PROG}: {notice}", file=sys.stderr)


def _dialogue_id(ws, code: str | None) -> str | None:
    return ws.dialogue_by_code(code).id if code else None


def _session_id(ws, code: str | None, number: int | None) -> str | None:
    if number is None:
        return None
    if not code:
        raise Invalid("--dialogue: say whose session --session names.")
    return ws.session_by_number(ws.dialogue_by_code(code).id, number).id


def _export(args: argparse.Namespace) -> int:
    from .ops import exports

    with _reading(args.path) as ws:
        summary = exports.export(
            ws,
            args.out,
            dialogue_id=_dialogue_id(ws, args.dialogue),
            session_id=_session_id(ws, args.dialogue, args.session),
            table=args.table,
            audience=args.audience,
            lang=args.lang,
        )
    if args.out.suffix.lower() != ".json":  # JSON export stays silent, as before, for scripts
        print(summary)
    return 0


def _import(args: argparse.Namespace) -> int:
    from .exchange.interchange import read_file
    from .ops import workspaces

    bundle = read_file(args.infile)
    with _writing(args.path) as ws:
        workspaces.import_bundle(ws, bundle)
    codes = ", ".join(d.code for d in bundle.dialogues) or "no dialogues"
    print(f"Imported {codes} ({counted(len(bundle.commitments), 'commitment')}, {counted(len(bundle.events), 'status event')}).")
    return 0


def _search(args: argparse.Namespace) -> int:
    with _reading(args.path) as ws:
        codes = {d.id: d.code for d in ws.dialogues()}
        for hit in ws.search(args.query):
            print("\t".join((codes.get(hit.dialogue_id, "-"), hit.kind, hit.label, hit.snippet.replace("\t", " "))))
    return 0


def _status(args: argparse.Namespace) -> int:
    from .ops import register

    with _writing(args.path) as ws:
        register.log_status(
            ws,
            ws.commitment_by_ref(args.ref).id,
            args.status,
            args.date,
            note=args.note,
            evidence=args.evidence,
            author=args.author,
            recorded_where="command line",
            visibility=Visibility.JOINT if args.joint else Visibility.INTERNAL,
        )
    return 0


def _action(args: argparse.Namespace) -> int:
    if args.action == "list":
        with _reading(args.path) as ws:
            codes = {d.id: d.code for d in ws.dialogues()}
            for a in ws.actions(_dialogue_id(ws, args.dialogue)):
                due = a.due_on.isoformat() if a.due_on else "-"
                print("\t".join((short_id(a.id), codes.get(a.dialogue_id, "-"), a.visibility.value, a.state.value, due, a.description.replace("\t", " "))))
        return 0
    with _writing(args.path) as ws:
        return _add_action(ws, args) if args.action == "add" else _share_action(ws, args)


def _add_action(ws, args: argparse.Namespace) -> int:
    from .domain.model import FollowUpAction
    from .ops import records

    d = ws.dialogue_by_code(args.dialogue)
    commitment = ws.commitment_by_ref(args.commitment) if args.commitment else None
    if commitment is not None and commitment.dialogue_id != d.id:
        raise Invalid(f"--commitment: {commitment.ref} is not a commitment of {d.code}.")
    action = FollowUpAction(
        d.id,
        args.description,
        args.assignee,
        args.due,
        commitment_id=commitment.id if commitment else None,
        session_id=_session_id(ws, args.dialogue, args.session),
        visibility=Visibility(args.audience),
    )
    a = records.add(ws, action)
    print(f"Added the {a.visibility.value} action {short_id(a.id)}.")
    return 0


def _share_action(ws, args: argparse.Namespace) -> int:
    from .ops import records

    actions = {a.id: a for a in ws.actions()}
    action = actions[named(args.id, actions, "an action", "action list")]
    action.visibility = Visibility(args.audience)
    records.update(ws, action)
    print(f"The action {short_id(action.id)} is now {action.visibility.value}.")
    return 0


@contextmanager
def _new_ref():
    """A refused new reference names the flag that gave it (REF, the positional argument, names the commitment changed)."""
    try:
        yield
    except Invalid as exc:
        if exc.field == "ref" and str(exc).startswith("ref: "):
            raise Invalid("--new-ref" + str(exc)[3:], "--new-ref") from None
        raise


def _commitment(args: argparse.Namespace) -> int:
    from .domain.model import CommitmentKind
    from .ops import register

    with _writing(args.path) as ws:
        c = ws.commitment_by_ref(args.ref)
        if args.action == "withdraw":
            c = register.withdraw_commitment(ws, c.id, args.date, reason=args.reason)
            print(f"Withdrew {c.ref} on {c.ended_on.isoformat()}.")
        elif args.action == "reaffirm":
            session = ws.session_by_number(c.dialogue_id, args.session)
            register.reaffirm_commitment(ws, c.id, session.id)
            print(f"{c.ref} is reaffirmed at session {session.number}.")
        elif args.action == "supersede":
            new = _replacement(ws, c, args)
            with _new_ref():
                new = register.supersede_commitment(ws, c.id, new, args.date, reason=args.reason)
            print(f"{new.ref} supersedes {c.ref} (superseded on {ws.commitment(c.id).ended_on.isoformat()}).")
        else:
            c.text = _texts(c.text, args.text)
            c.ref = args.new_ref or c.ref
            c.kind = CommitmentKind(args.kind) if args.kind else c.kind
            c.due_on = None if args.no_due else (args.due or c.due_on)
            c.lead_institution = c.lead_institution if args.institution is None else args.institution
            with _new_ref():
                revision = register.edit_commitment(ws, c, reason=args.reason, revised_on=args.date)
            print(f"Saved {c.ref}" + ("; the text it replaces is kept in its history." if revision else "."))
    return 0


def _texts(texts: dict[str, str], changes: list[tuple[str, str]]) -> dict[str, str]:
    """Texts by language with ``LANG=TEXT`` changes applied (an empty TEXT removes the language)."""
    out = dict(texts)
    for lang, words in changes:
        if words:
            out[lang] = words
        else:
            out.pop(lang, None)
    return out


def _replacement(ws, old, args: argparse.Namespace):
    """The commitment that replaces ``old``: its texts from --text, the rest from ``old`` unless given."""
    import copy

    from .domain.model import new_id
    from .domain.proposal import next_reference

    new = copy.deepcopy(old)
    new.id, new.text, new.reaffirmed_at, new.reciprocal_id = new_id(), _texts({}, args.text), [], None
    d = ws.dialogue(old.dialogue_id)
    year = (args.date or dt.date.today()).year
    new.ref = args.new_ref or next_reference(d, year, [c.ref for c in ws.commitments(d.id)])
    new.made_at_session_id = ws.session_by_number(d.id, args.session).id if args.session else old.made_at_session_id
    new.due_on = args.due or old.due_on
    return new


def _indicator(args: argparse.Namespace) -> int:
    from .domain.model import Direction, Indicator, Measurement, pick
    from .ops import records, register

    if args.action == "list":
        with _reading(args.path) as ws:
            dialogue_id = _dialogue_id(ws, args.dialogue)
            for c in ws.commitments(dialogue_id):
                langs = ws.dialogue(c.dialogue_id).languages
                for n, i in enumerate(ws.indicators(c.id), start=1):
                    ms = ws.measurements(i.id)
                    latest = f"{ms[-1].value:.15g} ({ms[-1].measured_on.isoformat()})" if ms else "-"
                    name = pick(i.name, langs[0], tuple(langs)).replace("\t", " ")
                    print("\t".join((c.ref, str(n), name, i.unit, f"{i.baseline_value:.15g}", latest, f"{i.target_value:.15g}", i.direction.value)))
        return 0
    with _writing(args.path) as ws:
        c = ws.commitment_by_ref(args.ref)
        indicators = ws.indicators(c.id)
        if args.action == "add":
            i = Indicator(
                c.id,
                dict(args.name),
                args.unit,
                args.baseline,
                args.baseline_on,
                args.target,
                args.target_on,
                direction=Direction(args.direction) if args.direction else None,
            )
            records.add(ws, i)
            print(f"Added indicator {len(indicators) + 1} of {c.ref} ({i.direction.value} is good).")
            return 0
        if not indicators:
            raise NotFound(f"{c.ref} has no indicator: add one with consult-app indicator add.")
        if args.indicator is None and len(indicators) > 1:
            raise Invalid(
                f"--indicator: {c.ref} has {len(indicators)} indicators; say which with --indicator {'1 or 2' if len(indicators) == 2 else f'1 to {len(indicators)}'} (see consult-app indicator list)."
            )
        number = args.indicator or 1
        if not 1 <= number <= len(indicators):
            raise Invalid(f"--indicator: {c.ref} has {len(indicators)} indicator{'s' if len(indicators) > 1 else ''}; {number} is not one of them.")
        m = Measurement(
            indicators[number - 1].id, args.date or dt.date.today(), args.value, args.source, visibility=Visibility.JOINT if args.joint else Visibility.INTERNAL
        )
        register.add_measurement(ws, m)
        print(f"Recorded {m.value:.15g} on {m.measured_on.isoformat()} for indicator {number} of {c.ref} ({m.visibility.value}).")
    return 0


def _marking_cmd(args: argparse.Namespace) -> int:
    from .ops import dialogues

    changing = args.order is not None or args.level is not None or bool(args.text)
    with _writing(args.path) if changing else _reading(args.path) as ws:
        dialogue_id = _dialogue_id(ws, args.dialogue)  # an unknown code is an error even when only listing
        if args.order is not None:
            dialogues.set_marking_order(ws, args.order)
        if args.level is not None or args.text:
            if dialogue_id is None:
                raise Invalid("--dialogue: say whose marking --level or --text sets.")
            dialogues.set_marking(ws, dialogue_id, args.level, dict(args.text))
        print("Order (lowest first): " + ", ".join(ws.marking_order()))
        for d in ws.dialogues():
            if dialogue_id in (None, d.id):
                words = ", ".join(f"{lang}: {text}" for lang, text in sorted(d.markings.items()))
                print(f"{d.code}\t{d.classification or '(none)'}" + (f"\t{words}" if words else ""))
    return 0


def _report(args: argparse.Namespace) -> int:
    import os

    from .ops import documents
    from .ops.exports import write_bytes

    with _reading(args.path) as ws:
        if args.document == "tracker":
            renderer = documents.tracker(
                ws, _dialogue_id(ws, args.dialogue), args.as_of or dt.date.today(), args.audience, args.marking, args.lang, by_party=args.by_party
            )
        else:
            session_id = _session_id(ws, args.dialogue, args.session)
            if args.document == "minutes":
                renderer = documents.minutes(ws, session_id, args.lang, args.marking)
            elif args.document == "compare":
                renderer = documents.compare(ws, session_id, args.from_version, args.to_version, args.lang)
            else:
                renderer = documents.brief(ws, session_id, dt.date.today(), args.marking, args.lang)
    pdf = renderer.render()
    if getattr(args, "sign_with", None):
        pdf = documents.sign(pdf, args.sign_with, os.environ.get("CONSULT_SIGN_PASSWORD"))
    write_bytes(args.out, pdf)
    return 0


def _verify(args: argparse.Namespace) -> int:
    from .ops import documents
    from .paths import data_dir

    try:
        data = args.pdf.read_bytes()
    except OSError as exc:
        raise ConsultError(f"Cannot read {args.pdf}: {exc.strerror or exc}.") from None
    path = args.path or data_dir() / "workspace.consult"
    if not path.exists():
        raise Invalid(f"WORKSPACE: say which workspace holds the agreed minutes (the default one, {path}, does not exist).")
    with _reading(path) as ws:
        verdict = documents.verify(ws, data, args.pdf.name)
    for line in verdict.lines:
        print(line)
    return 0 if verdict.matches else 1


def _partner(args: argparse.Namespace) -> int:
    from .ops import partners

    if args.action == "list":
        with _reading(args.path) as ws:
            from .store.sync import device, my_keys

            print(f"{device(ws)[1]} (this workspace): safety number {my_keys(ws).fingerprint}")
            from .store.sync import KINDS

            for p in partners.partners(ws):
                scope = f" of {p.dialogue}" if p.dialogue else ""
                kind = KINDS.get(p.kind, "unknown kind") + (" (invited, no reply yet)" if p.invited else "")
                print(f"{p.name}\t{kind}{scope}\tsent {p.sent}, received {p.received}\t{p.fingerprint}\tmay change: {p.rights}")
        return 0
    if args.action == "invite":
        with _writing(args.path) as ws:
            d = ws.dialogue_by_code(args.dialogue)
            party = d.party_by_code(args.party) if args.party else None
            if args.party and party is None:
                raise Invalid(f"--party: {d.code} has no party {args.party} (it has {', '.join(p.code for p in d.parties)}).")
            done = partners.invite(ws, d.id, args.name, args.out, party_id=party.id if party else None)
        print(
            f"Wrote the invitation for {done.partner} to pair on {done.dialogue_code} to {args.out}: it holds the joint view of {done.dialogue_code} and nothing internal."
        )
        print(
            f"This workspace's safety number: {done.fingerprint}. Once the reply is accepted, both sides show the same pair fingerprint: compare it by telephone."
        )
        return 0
    if not args.path.exists():
        done = partners.accept_into_new(args.path, args.infile, name=args.name, reply_out=args.out)
    else:
        with _writing(args.path) as ws:
            done = partners.accept(ws, args.infile, name=args.name, reply_out=args.out)
    if done.reply is not None:
        print(f"Paired with {done.partner} on {done.dialogue_code}: its joint record is in {args.path}. Send {done.reply} back to {done.partner}.")
    else:
        print(f"Paired with {done.partner} on {done.dialogue_code}: packets between you now carry joint content only.")
    print(f"Pair fingerprint (both sides show the same; compare it by telephone): {done.fingerprint}")
    return 0


def _minutes(args: argparse.Namespace) -> int:
    from .domain import negotiation as N
    from .ops import minutes

    if args.action in ("accept", "reject", "edit"):
        with _writing(args.path) as ws:
            decided = minutes.decide(ws, ws.proposal(args.id).id, args.action, getattr(args, "text", None))
        print(f"Proposal {short_id(decided.id)} {decided.state.value}.")
        return 0
    with _reading(args.path) if args.action in ("show", "proposals") else _writing(args.path) as ws:
        d = ws.dialogue_by_code(args.dialogue)
        session = ws.session_by_number(d.id, args.session)
        where = N.minutes_of(d.code, session.number)
        if args.action == "show":
            return _show_minutes(ws, d, session)
        if args.action == "proposals":
            _print_proposals(ws, d, session, args.open)
            return 0
        if args.action == "circulate":
            v = minutes.circulate(ws, session.id)
            print(f"Circulated version {v.number} of {where} (SHA-256 {v.hash}).")
            return 0
        if args.action == "state":
            from .domain.model import MinutesState

            s = minutes.set_state(ws, session.id, MinutesState(args.state))
            print(f"{_cap(where)} are {s.minutes_state.value}.")
            return 0
        item_id = _item_id(ws, session, getattr(args, "item", None))
        if args.action == "propose":
            from .domain.negotiation import Proposal

            party = _party_id(d, args.party)
            p = minutes.propose(
                ws,
                Proposal(
                    session.id, "", item_id, args.field, args.lang or d.languages[0], args.op, args.passage, args.text, args.comment, party_id=party or ""
                ),
            )
            print(f"Proposal {short_id(p.id)} recorded on {where}.")
            return 0
        if args.action == "agree":
            _agree(ws, d, session, args, where)
            return 0
        a = minutes.amend(
            ws,
            item_id,
            args.field,
            args.lang or d.languages[0],
            args.text,
            args.reason,
            args.date or dt.date.today(),
            author=args.author or "",
            signed_by={ws.home_party(d.id).id: args.by},
        )
        print(f"Amendment {short_id(a.id)} of {where}: {'in force' if a.state == 'effective' else 'awaiting the other side' + chr(39) + 's sign-off'}.")
        return 0


def _print_proposals(ws, d, session, only_open: bool) -> None:
    numbers = _item_numbers(ws, session)
    for p in ws.proposals(session.id):
        if only_open and p.state.value != "open":
            continue
        party = d.party(p.party_id)
        change = {
            "replace": f"«{p.passage}» → «{p.text}»",
            "insert": f"after «{p.passage}» insert «{p.text}»",
            "delete": f"delete «{p.passage}»",
            "comment": "comment",
        }[p.op]
        decided = f" ({p.decided_text})" if p.state.value == "edited" else ""
        where = f"{numbers.get(p.agenda_item_id, '?')} {p.field} [{p.lang}]"
        print("\t".join((short_id(p.id), party.code if party else "?", p.state.value + decided, where, change, p.comment)))


def _agree(ws, d, session, args: argparse.Namespace, where: str) -> None:
    from .ops import minutes

    amendment = ws.amendment(args.amendment).id if args.amendment else None
    x = minutes.sign_off(ws, session.id, args.by, party_id=_party_id(d, args.party), amendment_id=amendment)
    s = ws.session(session.id)
    what = "the amendment" if amendment else f"{where}"
    print(f"{x.name} signed off {what} for {d.party(x.party_id).name} (SHA-256 {x.hash}).")
    if not amendment:
        print(
            f"{_cap(where)} are agreed."
            if s.minutes_state.value == "agreed"
            else f"{_cap(where)} are still {s.minutes_state.value}: they are agreed when every party has signed off the same version."
        )


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _party_id(d, code: str | None) -> str | None:
    if not code:
        return None
    party = d.party_by_code(code)
    if party is None:
        raise Invalid(f"--party: {d.code} has no party {code} (it has {', '.join(p.code for p in d.parties)}).")
    return party.id


def _item_numbers(ws, session) -> dict[str, str]:
    from .domain.rules import timetable

    items = ws.agenda(session.id)
    return {i: slot.number for i, slot in timetable(items, dt.datetime.combine(session.starts_on, session.start_time)).items()}


def _item_id(ws, session, number: str | None) -> str | None:
    if number is None:
        return None
    numbers = _item_numbers(ws, session)
    found = [i for i, n in numbers.items() if n == number.strip().rstrip(".")]
    if not found:
        raise NotFound(
            f"--item: session {session.number} has no agenda item {number} (they are numbered {', '.join(sorted(set(numbers.values()), key=_number_key))})."
        )
    return found[0]


def _number_key(number: str) -> list[int]:
    return [int(x) for x in number.split(".") if x.isdigit()]


def _show_minutes(ws, d, session) -> int:
    numbers = _item_numbers(ws, session)
    pen = ws.pen_holder(session.id)
    print(f"{d.code} session {session.number}: minutes {session.minutes_state.value}" + (f"; {d.party(pen).name} holds the pen" if pen else "") + ".")
    signoffs = ws.signoffs(session.id)
    for v in ws.minutes_versions(session.id):
        signed = ", ".join(f"{x.name} ({d.party(x.party_id).code})" for x in signoffs if x.version_id == v.id)
        print(f"version {v.number}\t{v.circulated_at}\t{d.party(v.party_id).code}\tSHA-256 {v.hash}" + (f"\tsigned off by {signed}" if signed else ""))
    agreed = ws.agreed_version(session.id)
    if agreed is not None:
        print(f"agreed: version {agreed.number}, SHA-256 {agreed.hash}")
    waiting = sum(1 for p in ws.proposals(session.id) if p.state.value == "open")
    print(f"proposals: {len(ws.proposals(session.id))} ({waiting} open)")
    for a in ws.amendments(session.id):
        signed = ", ".join(f"{x.name} ({d.party(x.party_id).code})" for x in signoffs if x.amendment_id == a.id)
        print(
            f"amendment {short_id(a.id)}\t{a.amended_on.isoformat()}\t{a.state}\t{numbers.get(a.agenda_item_id or '', '?')} {a.field} [{a.lang}]\t{a.reason}\tby {a.author or '—'}"
            + (f"\tsigned off by {signed}" if signed else "")
        )
    return 0


def _backup(args: argparse.Namespace) -> int:
    from .ops import backups

    if args.action == "list":
        found = backups.listing(args.path)
        if not found:
            print(f"No snapshots of {args.path} yet.")
        for n, snap in enumerate(found, start=1):
            print(f"{n}\t{snap.label}\t{snap.path}")
        return 0
    if args.action == "create":
        with _writing(args.path, backups=False) as ws:
            snap = backups.snapshot(ws)
        print(f"Snapshot written and verified: {snap.path}")
        return 0
    print(backups.restore(args.path, args.snapshot))
    return 0


def _field_copy(args: argparse.Namespace) -> int:
    from .ops import exchange
    from .store.sync import device, my_keys

    name = args.name or args.out.stem
    if args.unencrypted:
        key = None
        _error(f"warning: {args.out} is not encrypted: anyone who gets hold of it (a lost laptop) reads everything in it.")
    else:
        from .store.connection import new_key

        key = new_key(_new_passphrase(args, f"the field copy {args.out.name}"))
    with _writing(args.path) as ws:
        partner = exchange.field_copy(ws, args.out, name=name, dialogue_id=_dialogue_id(ws, args.dialogue), key=key)
        mine, me = my_keys(ws).fingerprint, device(ws)[1]
    print(f"Created the field copy {args.out}" + (f" of {args.dialogue}" if args.dialogue else "") + (", encrypted." if key else "."))
    print("Safety numbers (both files show the same; compare them when the copy is handed over):")
    print(f"  {me} (this workspace): {mine}")
    print(f"  {name} (the copy): {partner.fingerprint}")
    return 0


def _packet(args: argparse.Namespace) -> int:
    from .ops import exchange
    from .ops.exports import write_bytes

    if args.action in ("partners", "rotate-key", "forget"):
        return _partners(args)
    if args.action == "export":
        with _writing(args.path) as ws:
            data, header = exchange.export_packet(ws, args.to)
            partner = exchange.partner_name(ws, header["to_device"])
        write_bytes(args.out, data, private=True)
        print(f"Wrote packet {header['seq']} for {partner} ({counted(header['changes'], 'change')}, {len(data):,} bytes) to {args.out}.")
        for line in header.get("kept", ()):
            print(f"Kept here, not sent (the other secretariat takes no such change from us): {line}.")
        return 0
    data = exchange.read_packet(args.infile)
    with _writing(args.path) as ws:
        report = exchange.import_packet(ws, data, name=args.infile.name, dry_run=args.dry_run, policy=args.policy)
    for line in report.lines():
        print(line)
    if report.already:
        return 0
    if args.dry_run:
        print("Dry run: nothing was written.")
        return 0
    if not report.written:
        print("Nothing was written: resolve the conflicts with --ours or --theirs, or in the desktop app (File › Receive Changes).")
        return 1
    print("Imported.")
    return 0


def _partners(args: argparse.Namespace) -> int:
    from .ops import exchange
    from .store.sync import KINDS, device, my_keys, peers

    if args.action == "rotate-key":
        with _writing(args.path) as ws:
            print(f"New keys for {args.path.name}: safety number {exchange.rotate_keys(ws)}. Partners learn them from the next packet you send each one.")
        return 0
    if args.action == "forget":
        with _writing(args.path) as ws:
            print(f"Forgot {exchange.forget_partner(ws, args.partner).name}: its packets are refused from now on.")
        return 0
    with _reading(args.path) as ws:
        codes = {d.id: d.code for d in ws.dialogues()}
        print(f"{device(ws)[1]} (this workspace): {my_keys(ws).fingerprint}")
        for p in peers(ws):
            scope = f" of {codes.get(p.scope_dialogue_id, 'one dialogue')}" if p.scope_dialogue_id else ""
            print(f"{p.name} ({KINDS.get(p.kind, 'unknown kind')}{scope}; sent {p.sent}, received {p.received}): {p.fingerprint}")
    return 0


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "partner": _partner,
    "minutes": _minutes,
    "verify": _verify,
    "action": _action,
    "commitment": _commitment,
    "indicator": _indicator,
    "marking": _marking_cmd,
    "field-copy": _field_copy,
    "packet": _packet,
    "backup": _backup,
    "report": _report,
    "open": _open,
    "init": _init,
    "encrypt": _encryption,
    "decrypt": _encryption,
    "change-passphrase": _encryption,
    "check": _check,
    "export": _export,
    "import": _import,
    "search": _search,
    "status": _status,
}

if __name__ == "__main__":
    sys.exit(main())
