"""The ``consult-app`` command line, over the same intents the desktop app uses (:mod:`consult_app.ops`).

Every command prints one-line errors (never a traceback) and exits non-zero on
failure. Unexpected errors are logged with their traceback to the log file.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from . import __version__
from .domain.errors import ConsultError, Invalid, NewerVersion, NotAWorkspace, NotFound, PassphraseNeeded
from .domain.model import Visibility
from .paths import log_exception

PROG = "consult-app"


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: '{text}' (use YYYY-MM-DD)") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Consult: prepare sessions of bilateral dialogues and keep their commitment register. "
        "Without a command, opens the desktop app on PATH (or the last or default workspace).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--passphrase-file", metavar="FILE", type=Path,
        help="the passphrase of an encrypted workspace, on the first line of FILE (else CONSULT_PASSPHRASE, else it is asked for at a terminal); "
        "may be given anywhere on the line",
    )
    parser.add_argument(
        "--new-passphrase-file", metavar="FILE", type=Path,
        help="a new passphrase (init --encrypt, encrypt, change-passphrase, field-copy), on the first line of FILE "
        "(else CONSULT_NEW_PASSPHRASE, else as --passphrase-file; typed twice at a terminal)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("open", help="open the desktop app (the default when no command is given)")
    p.add_argument("path", nargs="?", type=Path, help="workspace file (.consult)")

    p = sub.add_parser("init", help="create a new workspace file")
    p.add_argument("path", type=Path, help="the new workspace file (.consult)")
    p.add_argument("--demo", action="store_true", help="fill it with the demo dialogues")
    p.add_argument("--encrypt", action="store_true", help="encrypt it with a passphrase (see --new-passphrase-file)")

    p = sub.add_parser(
        "encrypt",
        help="encrypt a workspace with a passphrase, with its snapshots and exchange baselines",
        description="Writes the encrypted workspace beside the old one, verifies it, re-encrypts its snapshots and exchange "
        "baselines, then puts it in place: a crash leaves the old file or the new one, whole. A lost passphrase cannot be recovered.",
    )
    p.add_argument("path", type=Path)
    p = sub.add_parser("decrypt", help="write a decrypted copy of an encrypted workspace (a file of its own, readable by anyone)")
    p.add_argument("path", type=Path)
    p.add_argument("out", type=Path, metavar="OUT.consult")
    p = sub.add_parser("change-passphrase", help="give an encrypted workspace (and its snapshots and baselines) a new passphrase")
    p.add_argument("path", type=Path)

    p = sub.add_parser(
        "check",
        help="check a workspace's integrity",
        description="Run SQLite's integrity and foreign-key checks and the application's own checks. "
        "Exit 0 healthy, 1 problems found (listed), 2 not a workspace or unreadable. Never changes the file "
        "unless --repair is given, and then only after a snapshot.",
    )
    p.add_argument("path", type=Path)
    p.add_argument("--repair", action="store_true", help="after a snapshot, mend what the application's checks can mend")

    p = sub.add_parser(
        "backup",
        help="list, create or restore snapshots of a workspace",
        description="Snapshots are taken with SQLite's backup API, verified, and kept thinned (the last 10, one a day "
        "for a month, one a month for a year) in the backups folder of the user data location.",
    )
    bsub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = bsub.add_parser("list", help="the workspace's snapshots, newest first")
    q.add_argument("path", type=Path)
    q = bsub.add_parser("create", help="take a snapshot now")
    q.add_argument("path", type=Path)
    q = bsub.add_parser("restore", help="put a snapshot in place of the workspace (the current file is backed up first)")
    q.add_argument("path", type=Path)
    q.add_argument("snapshot", help="'latest', a number from 'backup list', or a snapshot file")

    p = sub.add_parser("field-copy", help="make a copy for a liaison officer that remembers where it came from")
    p.add_argument("path", type=Path, help="this workspace")
    p.add_argument("out", type=Path, metavar="OUT.consult", help="the field copy to create")
    p.add_argument("--dialogue", metavar="CODE", help="copy only this dialogue")
    p.add_argument("--name", default=None, help="who or where the copy goes, for example 'Bamako embassy' (default: OUT's name)")
    p.add_argument(
        "--unencrypted", action="store_true",
        help="do not encrypt the copy (by default it is encrypted with the passphrase of --new-passphrase-file, "
        "CONSULT_NEW_PASSPHRASE, CONSULT_PASSPHRASE, or typed)",
    )

    p = sub.add_parser("packet", help="send and receive changes between a workspace and its field copies")
    psub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = psub.add_parser("export", help="everything changed here since the last exchange with the other side")
    q.add_argument("path", type=Path)
    q.add_argument("out", type=Path, metavar="OUT.packet")
    q.add_argument("--to", metavar="NAME", help="which partner, when there are several")
    q = psub.add_parser(
        "import",
        help="apply a partner's changes",
        description="Without a policy, any conflict (the same thing changed on both sides) stops the import: the "
        "conflicts are listed, nothing is written, and the exit status is 1.",
    )
    q.add_argument("path", type=Path)
    q.add_argument("infile", type=Path, metavar="IN.packet")
    q.add_argument("--dry-run", action="store_true", help="print what would be added, changed and in conflict; write nothing")
    policy = q.add_mutually_exclusive_group()
    policy.add_argument("--ours", dest="policy", action="store_const", const="ours", help="on conflict keep what is here")
    policy.add_argument("--theirs", dest="policy", action="store_const", const="theirs", help="on conflict take the packet's value")
    q = psub.add_parser(
        "partners",
        help="this workspace's exchange partners and their keys' safety numbers",
        description="Lists this workspace's safety number and each partner's: compare them by telephone with the "
        "partner (theirs for this workspace must match ours for itself, and the other way round).",
    )
    q.add_argument("path", type=Path)
    q = psub.add_parser(
        "rotate-key",
        help="give this workspace new keys (partners learn them from the next packet)",
        description="Makes new signing and encryption keys. Packets already on their way still open; every packet sent "
        "from now on carries the new public keys vouched for by the old ones. Rotate again only after each partner "
        "has received a packet.",
    )
    q.add_argument("path", type=Path)
    q = psub.add_parser("forget", help="stop exchanging with a partner (for a lost or retired field copy): its packets are refused from now on")
    q.add_argument("path", type=Path)
    q.add_argument("partner", metavar="NAME", help="the partner's name, as 'packet partners' lists it")

    p = sub.add_parser(
        "export",
        help="export to JSON, CSV, Excel, Word or iCalendar (chosen by OUT's extension)",
        description="The format follows OUT's extension: .json interchange; .csv the register (or --table actions); "
        ".xlsx register and actions, one sheet each; .docx draft joint minutes of one session (--dialogue and --session); "
        ".ics session dates and follow-up action due dates.",
    )
    p.add_argument("path", type=Path, help="workspace file")
    p.add_argument("out", type=Path, help="the file to write: .json, .csv, .xlsx, .docx or .ics")
    p.add_argument("--dialogue", metavar="CODE", help="export only this dialogue (for example ML-FR)")
    p.add_argument("--session", metavar="N", type=int, help="the session's number (for .docx)")
    p.add_argument("--table", choices=("register", "actions"), default="register", help="which table a .csv holds")
    p.add_argument(
        "--audience", choices=("joint", "internal"),
        help="joint: only what is shared with the other delegation (the default for .csv, .xlsx, .ics; .docx is always joint); "
        "internal: everything (the default for .json, which moves dialogues between our own workspaces)",
    )

    p = sub.add_parser("import", help="import dialogues from an interchange JSON file")
    p.add_argument("path", type=Path, help="workspace file")
    p.add_argument("infile", type=Path, metavar="IN.json")

    p = sub.add_parser("search", help="search every text of a workspace; one hit per line")
    p.add_argument("path", type=Path)
    p.add_argument("query", help="words to find; case, accents and letters such as ı or đ do not matter")

    p = sub.add_parser(
        "status",
        help="append a status event to a commitment",
        description="Append a status event to the commitment with reference REF. Prints nothing on success.",
    )
    p.add_argument("path", type=Path)
    p.add_argument("ref", help="the commitment's reference code, for example MLFR-2001-01")
    p.add_argument("status", help="a status code of the dialogue's scale, for example on_track")
    p.add_argument("--date", type=_date, help="effective date, YYYY-MM-DD (default: today)")
    p.add_argument("--note", default="", help="what happened")
    p.add_argument("--evidence", default="", help="where it can be verified")
    p.add_argument("--author", default=None, help="who records it (default: your user name)")
    p.add_argument(
        "--joint", action="store_true",
        help="share the note and evidence with the other delegation (only on a joint commitment; by default they are internal)",
    )

    p = sub.add_parser("action", help="list, add and share follow-up actions")
    asub = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    q = asub.add_parser("list", help="one action per line: id, dialogue, audience, state, due date, description")
    q.add_argument("path", type=Path)
    q.add_argument("--dialogue", metavar="CODE", help="only this dialogue")
    q = asub.add_parser("add", help="add a follow-up action (internal unless --audience joint)")
    q.add_argument("path", type=Path)
    q.add_argument("description")
    q.add_argument("--dialogue", metavar="CODE", required=True)
    q.add_argument("--assignee", default="")
    q.add_argument("--due", type=_date, help="due date, YYYY-MM-DD")
    q.add_argument("--session", metavar="N", type=int, help="the session it comes from")
    q.add_argument("--commitment", metavar="REF", help="the commitment it serves")
    q.add_argument("--audience", choices=("joint", "internal"), default="internal", help="joint: shared with the other delegation; internal (the default): our own to-do")
    q = asub.add_parser("audience", help="share an action with the other delegation, or make it internal again")
    q.add_argument("path", type=Path)
    q.add_argument("id", help="the action's id (or the start of it, as 'action list' prints it)")
    q.add_argument("audience", choices=("joint", "internal"))

    p = sub.add_parser(
        "marking",
        help="show or set classification markings",
        description="Without options, print the workspace's ordered list of markings (lowest first) and each dialogue's "
        "marking per language. A document over several dialogues prints the highest marking on the list.",
    )
    p.add_argument("path", type=Path)
    p.add_argument("--dialogue", metavar="CODE", help="the dialogue whose marking --level and --text set")
    p.add_argument("--level", type=_marking, help="the dialogue's level, as named on the ordered list (for example RESTRICTED)")
    p.add_argument("--text", action="append", default=[], metavar="LANG=TEXT", type=_marking_text, help="how the marking reads in one language, for example fr='DIFFUSION RESTREINTE' (repeatable; an empty TEXT removes it)")
    p.add_argument("--order", type=_order, metavar="LOW,…,HIGH", help="replace the ordered list of levels, lowest first")

    p = sub.add_parser("report", help="print a document as PDF (minutes, tracker, brief)")
    docs = p.add_subparsers(dest="document", metavar="DOCUMENT", required=True)
    q = docs.add_parser("minutes", help="joint minutes of a session (joint content only)")
    q.add_argument("path", type=Path)
    q.add_argument("--dialogue", metavar="CODE", required=True)
    q.add_argument("--session", metavar="N", type=int, required=True, help="the session's number")
    q.add_argument("--lang", type=_langs, help="one language (fr) or two side by side (fr,en); default: the dialogue's first")
    q.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    q.add_argument("--marking", type=_marking, help="classification marking for this document (default: the dialogue's)")
    q = docs.add_parser("tracker", help="progress tracker of one dialogue, or of all")
    q.add_argument("path", type=Path)
    q.add_argument("--dialogue", metavar="CODE", help="one dialogue (default: all)")
    q.add_argument("--as-of", type=_date, dest="as_of", help="YYYY-MM-DD (default: today)")
    q.add_argument(
        "--audience", choices=("joint", "internal"), default="joint",
        help="joint (the default): built from what is shared with the other delegation; internal: everything, marked as internal on every page",
    )
    q.add_argument("--lang", help="language of the labels and, where the dialogue has it, of the texts (default: the dialogue's first, or English)")
    q.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    q.add_argument("--marking", type=_marking, help="classification marking for this document (default: the dialogue's)")
    q = docs.add_parser("brief", help="internal ministerial brief for a session")
    q.add_argument("path", type=Path)
    q.add_argument("--lang", help="language of the labels and, where the dialogue has it, of the texts (default: the dialogue's first working language)")
    q.add_argument("--dialogue", metavar="CODE", required=True)
    q.add_argument("--session", metavar="N", type=int, required=True)
    q.add_argument("--out", type=Path, required=True, metavar="F.pdf")
    q.add_argument("--marking", type=_marking, help="classification marking for this document (default: the dialogue's)")
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


def _order(text: str) -> list[str]:
    return [x.strip() for x in text.split(",")]


def _langs(text: str) -> list[str]:
    langs = [x.strip() for x in text.split(",") if x.strip()]
    if not 1 <= len(langs) <= 2 or any(not (x.isalpha() and 2 <= len(x) <= 3) for x in langs):
        raise argparse.ArgumentTypeError(f"'{text}' is not one language code or two separated by a comma (for example fr or fr,en)")
    return [x.lower() for x in langs]


COMMANDS = {"open", "init", "encrypt", "decrypt", "change-passphrase", "check", "export", "import", "search", "status", "report", "backup", "field-copy", "packet", "action", "marking"}


def main(argv: Sequence[str] | None = None) -> int:
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
        _error(_as_flags(exc))
        return 1
    except KeyboardInterrupt:
        _error("interrupted.")
        return 130
    except Exception as exc:  # a bug: keep the traceback for the log, not the screen
        log = log_exception(exc)
        _error(f"an unexpected error occurred ({type(exc).__name__}); details are in {log}.")
        return 3


FLAGS = {"language": "--lang", "audience": "--audience", "session": "--session", "dialogue": "--dialogue"}


def _as_flags(exc: ConsultError) -> str:
    """The sentence, with a field the command line sets by a flag named by that flag ("language: …" → "--lang: …")."""
    text, field = str(exc), getattr(exc, "field", None)
    if field in FLAGS and text.startswith(field + ": "):
        return FLAGS[field] + text[len(field):]
    return text
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
    print(f"Created {args.path}" + (" (encrypted)" if key else "") + (f" with {n} demo dialogues." if args.demo else "."))
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
        counts = ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in report.counts.items())
        print(f"{args.path}: healthy ({counts}).")
        return 0
    print(f"{args.path}: {len(report.problems)} problem(s) found:")
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
    for notice in ws.notices:
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
            ws, args.out, dialogue_id=_dialogue_id(ws, args.dialogue), session_id=_session_id(ws, args.dialogue, args.session),
            table=args.table, audience=args.audience,
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
    print(f"Imported {codes} ({len(bundle.commitments)} commitments, {len(bundle.events)} status events).")
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
            ws, ws.commitment_by_ref(args.ref).id, args.status, args.date, note=args.note, evidence=args.evidence, author=args.author,
            recorded_where="command line", visibility=Visibility.JOINT if args.joint else Visibility.INTERNAL,
        )
    return 0


def _action(args: argparse.Namespace) -> int:
    if args.action == "list":
        with _reading(args.path) as ws:
            codes = {d.id: d.code for d in ws.dialogues()}
            for a in ws.actions(_dialogue_id(ws, args.dialogue)):
                due = a.due_on.isoformat() if a.due_on else "-"
                print("\t".join((a.id[:8], codes.get(a.dialogue_id, "-"), a.visibility.value, a.state.value, due, a.description.replace("\t", " "))))
        return 0
    with _writing(args.path) as ws:
        return _add_action(ws, args) if args.action == "add" else _share_action(ws, args)


def _add_action(ws, args: argparse.Namespace) -> int:
    from .domain.model import FollowUpAction
    from .ops import followup

    d = ws.dialogue_by_code(args.dialogue)
    commitment = ws.commitment_by_ref(args.commitment) if args.commitment else None
    if commitment is not None and commitment.dialogue_id != d.id:
        raise Invalid(f"--commitment: {commitment.ref} is not a commitment of {d.code}.")
    action = FollowUpAction(
        d.id, args.description, args.assignee, args.due, commitment_id=commitment.id if commitment else None,
        session_id=_session_id(ws, args.dialogue, args.session), visibility=Visibility(args.audience),
    )
    a = followup.add_action(ws, action)
    print(f"Added the {a.visibility.value} action {a.id[:8]}.")
    return 0


def _share_action(ws, args: argparse.Namespace) -> int:
    from .ops import followup

    matches = [a for a in ws.actions() if a.id.startswith(args.id)] if args.id else []
    if len(matches) != 1:
        raise NotFound(f"No single action whose id starts with '{args.id}' ({len(matches)} found): see consult-app action list.")
    action = matches[0]
    action.visibility = Visibility(args.audience)
    followup.update_action(ws, action)
    print(f"The action {action.id[:8]} is now {action.visibility.value}.")
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
    from .ops import documents
    from .ops.exports import write_bytes

    with _reading(args.path) as ws:
        if args.document == "tracker":
            renderer = documents.tracker(ws, _dialogue_id(ws, args.dialogue), args.as_of or dt.date.today(), args.audience, args.marking, args.lang)
        else:
            session_id = _session_id(ws, args.dialogue, args.session)
            if args.document == "minutes":
                renderer = documents.minutes(ws, session_id, args.lang, args.marking)
            else:
                renderer = documents.brief(ws, session_id, dt.date.today(), args.marking, args.lang)
    write_bytes(args.out, renderer.render())
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
    from .store.sync import read_packet_file

    if args.action in ("partners", "rotate-key", "forget"):
        return _partners(args)
    if args.action == "export":
        with _writing(args.path) as ws:
            data, header = exchange.export_packet(ws, args.to)
        write_bytes(args.out, data, private=True)
        print(f"Wrote packet {header['seq']} for the exchange partner ({header['changes']} change(s), {len(data):,} bytes) to {args.out}.")
        return 0
    data = read_packet_file(args.infile)
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
    "action": _action,
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
