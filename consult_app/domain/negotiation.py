"""Negotiating the joint minutes: versions, proposals, sign-offs and amendments — the rules, with no storage.

The minutes of a session move through one state machine, which the store
enforces for every entrance (window, command line, packets, interchange
import)::

    draft ──circulate──▶ circulated (version 1) ──circulate──▶ … (version n)
                              │  proposals from the other side: accepted, rejected or edited
                              ▼
                           agreed: every party's head of delegation signed the same version hash
                              │
                              ▼
                           amendments only, each signed off by every party

A *version* is a frozen copy of every joint text of the minutes — the
agenda's titles, and per item its summary and conclusions in each working
language — and, since party names were frozen, the names the minutes print for
each party (its plain name and its protocol names in each working language),
and since then the delegation lines and the joint follow-up actions they print
(:data:`LISTS`), with the SHA-256 of its canonical JSON (:func:`content_hash`).
A version circulated before a key was frozen holds none of it: its hash is
taken of what it holds, as it always was, and its minutes print the current
rows for what it lacks.
The party that circulates the first version holds the pen: only it
circulates later versions and decides the other side's proposals.

Nothing moves back: circulated minutes are not set back to draft, agreed
minutes are not set back at all. Both are refused with one sentence
(:func:`refuse_state`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import hashlib
import json
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from . import language, validate
from .errors import Invalid
from .model import (
    AgendaItem,
    Commitment,
    DelegationMember,
    Dialogue,
    FollowUpAction,
    LangText,
    MinutesState,
    Party,
    PartyName,
    Person,
    Revision,
    Visibility,
    new_id,
)
from .text import printable

OPS = ("replace", "insert", "delete", "comment")
"""What a proposal does to a passage: replace it, insert after it, delete it, or only comment on it."""
FIELDS = ("title", "summary", "conclusions")
"""The joint texts of an agenda item that the minutes freeze and proposals may change."""
LISTS = ("parties", "delegations", "actions")
"""What a version freezes besides the items' texts, each under its own key (older versions lack some): the names the
minutes print for the parties, their delegation lines and their joint follow-up actions."""
DELEGATE = ("party", "name", "title", "role", "head", "cochair", "position")
"""A frozen delegation line: the party's id, the person's name and title, the role, head, co-chair, order of protocol."""
ACTION = ("description", "assignee", "due_on")
"""A frozen follow-up action: what, who, by when (an ISO date, or null)."""
ITEM = ("id", "number", *FIELDS)
"""A frozen agenda item: its id, its number ("2.1", or none for a break early versions froze) and its joint texts."""
KEYS = ("dialogue", "session", "version", "items", *LISTS)
"""What a version holds, and nothing else (versions circulated before a list was frozen lack it)."""


class ProposalState(StrEnum):
    """What the pen holder decided on a proposal."""

    OPEN = "open"  # not decided yet
    ACCEPTED = "accepted"  # its words go into the next version
    REJECTED = "rejected"
    EDITED = "edited"  # accepted with a different wording


class AmendmentState(StrEnum):
    """Whether an amendment of agreed minutes has changed their text yet."""

    PROPOSED = "proposed"  # signed off by some parties, not yet by all
    EFFECTIVE = "effective"  # signed off by every party: the text changed


@dataclass(frozen=True)
class MinutesVersion:
    """A circulated version: the frozen joint texts of the minutes and their hash."""

    session_id: str
    number: int
    party_id: str  # the party that circulated it (the pen holder)
    texts: dict
    hash: str
    circulated_at: str
    circulated_by: str = ""
    id: str = field(default_factory=new_id)

    def item(self, item_id: str) -> dict | None:
        return next((i for i in self.texts.get("items", ()) if i.get("id") == item_id), None)

    def text(self, item_id: str, name: str, lang: str) -> str:
        found = self.item(item_id)
        return ((found or {}).get(name) or {}).get(lang, "")


@dataclass
class Proposal:
    """The other side's proposal on one passage of one text of a circulated version, with a comment."""

    session_id: str
    version_id: str  # the circulated version it reads
    agenda_item_id: str
    field: str  # one of FIELDS
    lang: str
    op: str  # one of OPS
    passage: str = ""  # the words concerned, exactly as in the version (for insert: the words it follows)
    text: str = ""  # the words proposed
    comment: str = ""
    party_id: str = ""  # the party proposing
    proposed_at: str = ""
    proposed_by: str = ""
    state: ProposalState = ProposalState.OPEN
    decided_text: str = ""
    decided_at: str = ""
    decided_by: str = ""
    id: str = field(default_factory=new_id)


@dataclass(frozen=True)
class SignOff:
    """A head of delegation's sign-off: who, for which party, when, and the hash of what was agreed."""

    session_id: str
    party_id: str
    name: str  # the head of delegation who signed off
    hash: str  # of the version signed off (or of the amendment)
    signed_at: str
    version_id: str | None = None
    amendment_id: str | None = None
    recorded_by: str = ""  # who recorded it here (internal)
    id: str = field(default_factory=new_id)


# --------------------------------------------------------------------------- versions


def canonical(value) -> bytes:
    """The one byte form of a JSON value that hashes are taken of (sorted keys, no spaces, UTF-8)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def content_hash(value) -> str:
    return hashlib.sha256(canonical(value)).hexdigest()


def freeze(
    dialogue_id: str,
    session_id: str,
    number: int,
    items: Sequence[AgendaItem],
    numbers: dict[str, str],
    parties: Sequence[Party] | None = None,
    languages: Sequence[str] = (),
    *,
    delegations: Sequence[tuple[DelegationMember, Person]] | None = None,
    actions: Sequence[FollowUpAction] | None = None,
) -> dict:
    """The frozen joint texts of a session's minutes, items in agenda order (``numbers``: item id -> "2.1").

    With ``parties``, the names the minutes print for them are frozen too
    (``"parties"``: each party's id, plain name and protocol names in each of
    ``languages``); with ``delegations`` (:func:`delegation_lines`) the lines
    the minutes print for each delegation, and with ``actions``
    (:func:`minuted_actions`) their follow-up actions; all covered by the
    version's hash.
    """
    texts = {
        "dialogue": dialogue_id,
        "session": session_id,
        "version": number,
        "items": [
            {"id": i.id, "number": numbers.get(i.id, ""), "title": dict(i.title), "summary": dict(i.summary), "conclusions": dict(i.conclusions)} for i in items
        ],
    }
    if parties is not None:
        texts["parties"] = [{"id": p.id, "name": p.name, "names": {lang: p.names[lang].as_dict() for lang in languages if lang in p.names}} for p in parties]
    if delegations is not None:
        texts["delegations"] = [
            dict(zip(DELEGATE, (m.party_id, p.name, p.title, m.role, m.is_head, m.is_cochair, m.position), strict=True)) for m, p in delegations
        ]
    if actions is not None:
        texts["actions"] = [dict(zip(ACTION, (a.description, a.assignee, a.due_on.isoformat() if a.due_on else None), strict=True)) for a in actions]
    return texts


def delegation_lines(parties: Sequence[Party], members: Iterable[DelegationMember], people: dict[str, Person]) -> list[tuple[DelegationMember, Person]]:
    """The delegation lines the minutes print: party by party, heads first, then in the order of protocol (a member whose
    person is not known is no line)."""
    members = list(members)
    out = []
    for party in parties:
        for m in sorted((m for m in members if m.party_id == party.id), key=lambda m: (not m.is_head, m.position)):
            if m.person_id in people:
                out.append((m, people[m.person_id]))
    return out


def minuted_actions(actions: Iterable[FollowUpAction], session_id: str, adopted: Iterable[str]) -> list[FollowUpAction]:
    """The follow-up actions the minutes of a session print: those of the session or of a commitment it adopted (``adopted``:
    their ids), by due date (none last). ``actions`` are the joint view's: the joint minutes are built from nothing else."""
    adopted = set(adopted)
    chosen = (a for a in actions if a.session_id == session_id or (a.commitment_id and a.commitment_id in adopted))
    return sorted(chosen, key=lambda a: (a.due_on or dt.date.max, a.id))


def frozen_delegations(texts: dict) -> list[tuple[DelegationMember, Person]] | None:
    """The delegation lines a version froze, as members and people the minutes print, or None for a version that holds none."""
    if "delegations" not in texts:
        return None
    out = []
    for n, line in enumerate(texts["delegations"]):
        person = Person(line["name"], line["title"], id=f"frozen-{n}")
        out.append((DelegationMember(person.id, line["party"], line["role"], line["head"], line["cochair"], line["position"], texts["session"]), person))
    return out


def frozen_actions(texts: dict) -> list[FollowUpAction] | None:
    """The follow-up actions a version froze, as the minutes print them, or None for a version that holds none."""
    if "actions" not in texts:
        return None
    return [
        FollowUpAction(
            texts["dialogue"],
            a["description"],
            a["assignee"],
            dt.date.fromisoformat(a["due_on"]) if a["due_on"] else None,
            session_id=texts["session"],
            visibility=Visibility.JOINT,
            id=f"frozen-{n}",
        )
        for n, a in enumerate(texts["actions"])
    ]


def changed_lines(old: MinutesVersion, new: MinutesVersion, key: str) -> tuple[list[dict], list[dict]]:
    """The lines of a list both versions froze (``key``: "delegations" or "actions") that one has and the other not:
    (those only ``old`` has, those only ``new`` has); none when they froze the same, or one of them froze none."""
    before, after = old.texts.get(key), new.texts.get(key)
    if before is None or after is None or before == after:
        return [], []
    return [x for x in before if x not in after], [x for x in after if x not in before]


def line_text(key: str, line: dict, party: Callable[[str], str], role: Callable[[str, bool], str], day: Callable[[dt.date], str], lang: str = "en") -> str:
    """A frozen delegation line or action in one line of text, as a redline lists it ("France: Dominique Laurent,
    Ministre délégué (Head of delegation)"; "Rapport conjoint — DGEF — 30 Sep 2003"); ``party`` (by its id), ``role``
    and ``day`` word the party, the role and the due date as the reader's language (``lang``) does, and the colon
    after the party is spaced as it writes it ("France\u00a0: …" in French)."""
    if key == "delegations":
        who = ", ".join(x for x in (line["name"], line["title"]) if x)
        return language.labelled(party(line["party"]) or "?", f"{who} ({role(line['role'], line['head'])})", lang)
    due = day(dt.date.fromisoformat(line["due_on"])) if line["due_on"] else ""
    return " — ".join(x for x in (line["description"], line["assignee"], due) if x)


def minutes_of(code: str, number: int, *, first: bool = False) -> str:
    """How refusals name a session's minutes: "the minutes of ML-FR session 3" ("The …" to begin a sentence); the window
    translates this form (``ui/messages.py`` MINUTES)."""
    return f"{'The' if first else 'the'} minutes of {code} session {number}"


def kept_as_agreed(version: MinutesVersion | None, key: str, live: list) -> list:
    """What minutes print of ``key`` (``"delegations"``: :func:`delegation_lines`, or ``"actions"``: :func:`minuted_actions`):
    as ``version``, the agreed one, froze it; ``live``, as it is now, for a version that froze none, or with no agreed version."""
    frozen = {"delegations": frozen_delegations, "actions": frozen_actions}[key](version.texts) if version is not None else None
    return live if frozen is None else frozen


def frozen_parties(texts: dict) -> dict[str, tuple[str, dict[str, PartyName]]] | None:
    """The party names frozen in a version (party id -> plain name, protocol names by language), or None for a version that holds none."""
    if "parties" not in texts:
        return None
    return {
        p["id"]: (p["name"], {lang: PartyName(**{f: forms.get(f, "") for f in PartyName.FIELDS}) for lang, forms in sorted(p["names"].items())})
        for p in texts["parties"]
    }


def named_as_in(d: Dialogue, version: MinutesVersion | None) -> Dialogue:
    """The dialogue with its parties named as ``version`` froze them (a party it does not name, or a version that names none: as now)."""
    frozen = frozen_parties(version.texts) if version is not None else None
    if not frozen:
        return d
    parties = [dataclasses.replace(p, name=frozen[p.id][0], names=frozen[p.id][1]) if p.id in frozen else p for p in d.parties]
    return dataclasses.replace(d, parties=parties)


def _check_parties(v: MinutesVersion) -> None:
    """The frozen party names, when a version holds them, are in the form :func:`freeze` writes and are names a party may have."""
    parties = v.texts["parties"]
    shape = f"texts: the party names frozen in version {v.number} are not in the form Consult writes them."
    if not isinstance(parties, list):
        raise Invalid(shape, "texts")
    for n, p in enumerate(parties):
        if not isinstance(p, dict) or set(p) != {"id", "name", "names"} or not isinstance(p["id"], str) or not isinstance(p["names"], dict):
            raise Invalid(shape, "texts")
        if any(q.get("id") == p["id"] for q in parties[:n]):
            where = f"texts.parties[{n}]"
            raise Invalid(f"{where}: version {v.number} names the same party twice.", "texts")
        validate.text(p["name"] if isinstance(p["name"], str) else None, f"texts.parties[{n}].name", required=True, limit=validate.NAME)
        for lang, forms in p["names"].items():
            if not isinstance(forms, dict) or not set(forms) <= set(PartyName.FIELDS) or not all(isinstance(x, str) for x in forms.values()):
                raise Invalid(shape, "texts")
            for name, value in forms.items():
                validate.protocol_form(value, lang, name, f"texts.parties[{n}].names.{lang}.{name}")


def _check_items(v: MinutesVersion) -> None:
    """The frozen items are in the form :func:`freeze` writes, their texts within the limits of an agenda item's (the other
    party's version becomes this side's working text: nothing an editor would refuse may come in by it)."""
    for n, item in enumerate(v.texts["items"]):
        where = f"texts.items[{n}]"
        if not isinstance(item, dict) or set(item) != set(ITEM) or not isinstance(item["id"], str) or not isinstance(item["number"], str):
            raise Invalid(f"{where}: the agenda item frozen in version {v.number} is not in the form Consult writes it.", "texts")
        validate.text(item["id"], f"{where}.id", required=True, limit=validate.ID)
        validate.text(item["number"], f"{where}.number", limit=validate.CODE)
        for name in FIELDS:
            validate.lang_text(item[name], f"{where}.{name}", limit=validate.TITLE if name == "title" else validate.TEXT)


def _check_delegations(v: MinutesVersion) -> None:
    """The frozen delegation lines, when a version holds them, are in the form :func:`freeze` writes and within the limits of
    the live fields (a name, title and role as a person's and a member's; a party the version names)."""
    lines = v.texts["delegations"]
    if not isinstance(lines, list):
        raise Invalid(f"texts.delegations: the delegations frozen in version {v.number} are not in the form Consult writes them.", "texts")
    named = {p.get("id") for p in v.texts["parties"]} if "parties" in v.texts else None
    for n, line in enumerate(lines):
        where = f"texts.delegations[{n}]"
        if (
            not isinstance(line, dict)
            or set(line) != set(DELEGATE)
            or not isinstance(line["party"], str)
            or not all(isinstance(line[k], bool) for k in ("head", "cochair"))
        ):
            raise Invalid(f"{where}: the delegation line frozen in version {v.number} is not in the form Consult writes it.", "texts")
        if named is not None and line["party"] not in named:
            raise Invalid(f"{where}: the delegation line frozen in version {v.number} is of a party the version does not name.", "texts")
        validate.text(line["name"], f"{where}.name", required=True, limit=validate.NAME)
        validate.text(line["title"], f"{where}.title", limit=validate.NAME)
        validate.text(line["role"], f"{where}.role", limit=validate.NAME)
        validate.whole(line["position"], f"{where}.position", 0, validate.MAX_POSITION)


def _check_actions(v: MinutesVersion) -> None:
    """The frozen follow-up actions, when a version holds them, are in the form :func:`freeze` writes and within the limits
    of the live fields (a description, an assignee, a due date)."""
    actions = v.texts["actions"]
    if not isinstance(actions, list):
        raise Invalid(f"texts.actions: the follow-up actions frozen in version {v.number} are not in the form Consult writes them.", "texts")
    for n, a in enumerate(actions):
        where = f"texts.actions[{n}]"
        if not isinstance(a, dict) or set(a) != set(ACTION) or not isinstance(a["due_on"], str | None):
            raise Invalid(f"{where}: the follow-up action frozen in version {v.number} is not in the form Consult writes it.", "texts")
        validate.text(a["description"], f"{where}.description", required=True)
        validate.text(a["assignee"], f"{where}.assignee", limit=validate.NAME)
        if a["due_on"] is not None:
            try:
                due = dt.date.fromisoformat(a["due_on"]) if re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", a["due_on"]) else None
            except ValueError:
                due = None
            if due is None:
                at = f"{where}.due_on"
                raise Invalid(f"{at}: {_quote(a['due_on'], 20)} is not a date (YYYY-MM-DD).", "texts")
            validate.date(due, f"{where}.due_on")


def same_texts(a: dict, b: dict) -> bool:
    """Whether two frozen copies hold the same texts (whatever their version numbers)."""
    strip = lambda t: [{k: v for k, v in i.items() if k != "number"} for i in t.get("items", ())]  # noqa: E731
    return strip(a) == strip(b)


def check_version(v: MinutesVersion) -> None:
    """A version's hash is the hash of its texts, and they belong to its session and number.

    Raises:
        Invalid: the texts were changed after the hash was taken, or do not belong here.
    """
    if not isinstance(v.texts, dict) or not isinstance(v.texts.get("items"), list):
        raise Invalid("texts: the frozen texts are not in the form Consult writes them.", "texts")
    if v.texts.get("session") != v.session_id or v.texts.get("version") != v.number or not isinstance(v.texts.get("dialogue"), str):
        raise Invalid(f"texts: the frozen texts of version {v.number} belong to another session or version.", "texts")
    extra = next((k for k in v.texts if k not in KEYS), None)
    if extra is not None:
        raise Invalid(f"texts: version {v.number} holds '{_quote(str(extra), 40)}', which Consult does not freeze in a version.", "texts")
    _check_items(v)
    if "parties" in v.texts:
        _check_parties(v)
    if "delegations" in v.texts:
        _check_delegations(v)
    if "actions" in v.texts:
        _check_actions(v)
    if content_hash(v.texts) != v.hash:
        raise Invalid(f"hash: the texts of version {v.number} do not match their hash (they were changed after it was circulated).", "hash")


def check_in_record(v: MinutesVersion, before: dict | None, parties: Collection[str]) -> None:
    """What a checked version (:func:`check_version`) must be in its record: it freezes every list the version before it
    (its texts: ``before``) froze — without one, agreed minutes would print that list as it is now, not as agreed — and it
    names only the dialogue's ``parties`` (their ids): a line of another party would be agreed, and never printed.

    Raises:
        Invalid: one sentence naming the place in the texts.
    """
    gone = next((k for k in LISTS if before is not None and k in before and k not in v.texts), None)
    if gone is not None:
        raise Invalid(f"texts: version {v.number} lacks '{gone}', which version {v.number - 1} froze: a later version freezes all an earlier one did.", "texts")
    for n, p in enumerate(v.texts.get("parties", ())):
        if p["id"] not in parties:
            where = f"texts.parties[{n}]"
            raise Invalid(f"{where}: version {v.number} names a party that is not a party to this dialogue.", "texts")
    for n, line in enumerate(v.texts.get("delegations", ())):
        if line["party"] not in parties:
            where = f"texts.delegations[{n}]"
            raise Invalid(f"{where}: the delegation line frozen in version {v.number} is of a party that is not a party to this dialogue.", "texts")


def check_version_of(where: str, v: MinutesVersion, before: dict | None = None, parties: Collection[str] | None = None) -> None:
    """:func:`check_version` (and, given the dialogue's ``parties``, :func:`check_in_record`), its refusal naming the minutes
    (``where``: 'The minutes of ML-FR session 3') instead of the field."""
    try:
        check_version(v)
        if parties is not None:
            check_in_record(v, before, parties)
    except Invalid as exc:
        place, _, said = str(exc).partition(": ")
        at = "" if place in ("texts", "hash") else f"{place}: "  # the place in the texts, when it says more than they
        raise Invalid(f"{where}: {at}{said}", "versions") from None


# --------------------------------------------------------------------------- state


def refuse_state(current: MinutesState, wanted: MinutesState, where: str) -> Invalid:
    """The sentence for a state change the machine does not allow (``where``: 'the minutes of ML-FR session 3')."""
    if current == MinutesState.AGREED:
        return Invalid(
            f"{where} are agreed and signed off: they cannot be set back to {wanted.value}; change them by an amendment signed off by both sides.",
            "minutes_state",
        )
    if current == MinutesState.CIRCULATED and wanted == MinutesState.DRAFT:
        return Invalid(f"{where} have been circulated: they cannot be set back to draft; edit the texts and circulate the next version.", "minutes_state")
    if wanted == MinutesState.AGREED:
        return Invalid(f"{where} become agreed when every head of delegation has signed off the same version: sign them off instead.", "minutes_state")
    return Invalid(f"{where} cannot go from {current.value} to {wanted.value}.", "minutes_state")


def agreed_hash(versions: Sequence[MinutesVersion], signoffs: Iterable[SignOff], parties: Iterable[str]) -> MinutesVersion | None:
    """The latest version every party signed off (its hash), or None: that is what makes minutes agreed."""
    if not versions:
        return None
    latest = max(versions, key=lambda v: v.number)
    signed = {s.party_id for s in signoffs if s.version_id == latest.id and s.hash == latest.hash}
    return latest if set(parties) <= signed else None


def amendment_content(a) -> dict:
    """What an amendment's sign-offs are given on (hashed)."""
    return {
        "session": a.session_id,
        "agenda_item": a.agenda_item_id,
        "field": a.field,
        "lang": a.lang,
        "old_text": a.old_text,
        "new_text": a.new_text,
        "amended_on": a.amended_on.isoformat(),
        "reason": a.reason,
        "author": a.author,
        "id": a.id,
    }


def amendment_hash(a) -> str:
    return content_hash(amendment_content(a))


# --------------------------------------------------------------------------- proposals


def check_proposal(p: Proposal, languages: Sequence[str]) -> None:
    """A proposal's own fields: what it does, where, and in which words.

    Raises:
        Invalid: one sentence naming the field.
    """
    if p.op not in OPS:
        raise Invalid(f"op: '{printable(str(p.op))[:20]}' is not one of: {', '.join(OPS)}.", "op")
    if p.field not in FIELDS:
        raise Invalid(f"field: '{printable(str(p.field))[:40]}' is not a text of the minutes (use one of: {', '.join(FIELDS)}).", "field")
    if p.lang not in languages:
        raise Invalid(f"lang: '{printable(str(p.lang))[:20]}' is not a working language of this dialogue ({', '.join(languages)}).", "lang")
    validate.text(p.passage, "passage")
    validate.text(p.text, "text")
    validate.text(p.comment, "comment")
    validate.text(p.proposed_by, "proposed_by", limit=validate.NAME)
    if p.op in ("replace", "delete") and not p.passage.strip():
        raise Invalid(f"passage: say which words to {p.op} (quote them as they stand in the circulated text).", "passage")
    if p.op in ("replace", "insert") and not p.text.strip():
        raise Invalid(f"text: say which words to {'put in their place' if p.op == 'replace' else 'insert'}.", "text")
    if p.op == "comment" and not p.comment.strip():
        raise Invalid("comment: a comment needs its words.", "comment")


def apply(text: str, op: str, passage: str, new: str) -> str:
    """The text with one proposal applied: ``passage`` replaced by, followed by, or without ``new``.

    An insertion with no passage goes at the end. A passage must occur exactly
    once, so that nobody has to guess where a change goes.

    Raises:
        Invalid: the passage is not in the text, or is in it more than once.
    """
    if op == "comment":
        return text
    if op == "insert" and not passage:
        return (text.rstrip() + " " + new.strip()).strip()
    count = text.count(passage)
    if count == 0:
        raise Invalid(f"passage: «{_quote(passage)}» is not in the text as it stands; quote it exactly, or edit the proposal.", "passage")
    if count > 1:
        raise Invalid(f"passage: «{_quote(passage)}» occurs {count} times in the text; quote more of it so it occurs once.", "passage")
    at = text.index(passage)
    if op == "replace":
        return text[:at] + new + text[at + len(passage) :]
    if op == "delete":
        return _tidy(text[:at], text[at + len(passage) :])
    return text[: at + len(passage)] + _joined(new) + text[at + len(passage) :]


def _joined(new: str) -> str:
    return new if new[:1].isspace() or new[:1] in ",.;:" else " " + new


def _tidy(before: str, after: str) -> str:
    """Join the two sides of a deleted passage with one space where two met."""
    if before.endswith(" ") and (after.startswith(" ") or after[:1] in ",.;:"):
        before = before.rstrip(" ")
    return before + after


def _quote(text: str, limit: int = 60) -> str:
    text = " ".join(printable(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --------------------------------------------------------------------------- compare

_TOKEN = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Piece:
    """A run of words in a redline: kept ('equal'), inserted or deleted."""

    kind: str  # "equal", "insert", "delete"
    text: str


def touching(before: Piece | None, piece: Piece) -> bool:
    """Whether ``piece`` is put in place of the struck-out ``before`` with nothing between them: shown apart by a space,
    the two read as two words — on paper, to a screen reader, when copied ("examiné évalué", not "examinéévalué")."""
    return before is not None and before.kind == "delete" and piece.kind == "insert" and not (before.text[-1:].isspace() or piece.text[:1].isspace())


def word_diff(old: str, new: str) -> list[Piece]:
    """A word-level redline of ``old`` against ``new``: deletions come before the insertions that replace them."""
    a, b = _TOKEN.findall(old or ""), _TOKEN.findall(new or "")
    out: list[Piece] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(Piece("equal", "".join(a[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            out.append(Piece("delete", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            out.append(Piece("insert", "".join(b[j1:j2])))
    return _merged(out)


def _merged(pieces: list[Piece]) -> list[Piece]:
    """Join neighbours of the same kind, and fold a lone space between two changes into both."""
    out: list[Piece] = []
    for p in pieces:
        if not p.text:
            continue
        if out and out[-1].kind == p.kind:
            out[-1] = Piece(p.kind, out[-1].text + p.text)
        else:
            out.append(p)
    return out


@dataclass(frozen=True)
class Change:
    """One text of one item that differs between two versions, with its redline."""

    item_id: str
    number: str
    title: str
    field: str
    lang: str
    pieces: tuple[Piece, ...]


def compare(old: MinutesVersion, new: MinutesVersion, languages: Sequence[str]) -> list[Change]:
    """Every text that differs between two versions, in agenda order (of the newer), with a word-level redline."""
    old_items = {i["id"]: i for i in old.texts.get("items", ())}
    out: list[Change] = []
    for item in new.texts.get("items", ()):
        before = old_items.get(item["id"], {})
        title = next((item["title"].get(x) for x in languages if item["title"].get(x)), "")
        for name in FIELDS:
            for lang in languages:
                a = (before.get(name) or {}).get(lang, "")
                b = (item.get(name) or {}).get(lang, "")
                if a != b:
                    out.append(Change(item["id"], item.get("number", ""), title, name, lang, tuple(word_diff(a, b))))
    return out


# --------------------------------------------------------------------------- a whole record


def texts_in_force(agreed: MinutesVersion, amendments: Iterable) -> dict:
    """The agreed version's texts with every amendment in force applied, in order: what the agreed minutes say now."""
    items = {i["id"]: {k: (dict(v) if isinstance(v, dict) else v) for k, v in i.items()} for i in agreed.texts.get("items", ())}
    for a in sorted(amendments, key=lambda a: (a.amended_on, a.id)):
        if a.state == AmendmentState.EFFECTIVE.value and a.agenda_item_id in items:
            items[a.agenda_item_id].setdefault(a.field, {})[a.lang] = a.new_text
    return {**agreed.texts, "items": list(items.values())}


def agreed_at(version: MinutesVersion | None, signoffs: Iterable[SignOff]) -> tuple[str, str] | None:
    """When minutes agreed by sign-off became agreed: the last sign-off of the agreed version, as (its time, its id) —
    ids are time-ordered, so two records of the same second still tell which came first; None for minutes agreed
    before Consult kept versions."""
    if version is None:
        return None
    return max(((x.signed_at, x.id) for x in signoffs if x.version_id == version.id), default=None)


def text_as_agreed(commitment: Commitment, revisions: Iterable[Revision], when: tuple[str, str] | None) -> LangText:
    """A commitment's text as the agreed minutes of the session that adopted it hold it: the revisions recorded after
    ``when`` (see :func:`agreed_at`) undone, newest first; with ``when`` None (minutes agreed before Consult kept
    versions, whose moment is not known), the text as it was adopted, before any revision."""
    text = dict(commitment.text)
    for r in sorted((r for r in revisions if r.commitment_id == commitment.id), key=lambda r: (r.recorded_at, r.id), reverse=True):
        if when is not None and (r.recorded_at, r.id) <= when:
            break
        text = dict(r.old_text)
    return text


DIFFERENCE = {
    "missing": "item {number} is missing",
    "not discussed": "item {number} is no longer discussed",
    "renumbered": "item {number} is now numbered {now}",
    "text": "item {number} {field} [{lang}]",
    "added": "item {number} was added",
}
"""The phrases :func:`differences` says, in English ({field}: one of :data:`FIELDS`); ``ui/messages.py`` holds each (a text
one per field) to say it in the interface's language, and its test fails when a phrase here has no entry there."""


def differences(frozen: dict, items: Iterable[AgendaItem]) -> list[str]:
    """Where the items differ from frozen ones: 'item 4 summary [fr]', 'item 5 is now numbered 6' (:data:`DIFFERENCE`), one phrase each.

    The minutes print the items discussed, numbered, with their texts: an item added, no longer discussed (made a
    break), or numbered otherwise (moved, made a sub-item) changes them as much as a text does.
    """
    from .rules import discussed, timetable

    items = list(items)
    now = {i.id: i for i in items}
    numbers = {i: slot.number for i, slot in timetable(items, dt.datetime(2000, 1, 1)).items()}  # numbers do not depend on the start
    out = []
    for f in frozen.get("items", ()):
        item = now.get(f["id"])
        if item is None:
            out.append(DIFFERENCE["missing"].format(number=f.get("number") or "?"))
            continue
        if f.get("number") and item.kind.timetable_only:  # (a break frozen with the items, as early versions did, has no number)
            out.append(DIFFERENCE["not discussed"].format(number=f["number"]))
        elif f.get("number") and numbers.get(item.id) != f["number"]:
            out.append(DIFFERENCE["renumbered"].format(number=f["number"], now=numbers.get(item.id)))
        for name in FIELDS:
            mine, theirs = getattr(item, name) or {}, f.get(name) or {}
            for lang in sorted(set(mine) | set(theirs)):
                if (mine.get(lang) or "") != (theirs.get(lang) or ""):
                    out.append(DIFFERENCE["text"].format(number=f.get("number") or "?", field=name, lang=lang))
    agreed = {f.get("id") for f in frozen.get("items", ())}
    out += [DIFFERENCE["added"].format(number=numbers.get(i.id) or "?") for i in discussed(items) if i.id not in agreed]
    return out


def check_record(where: str, session, items, versions: Sequence[MinutesVersion], signoffs, amendments, parties: Sequence[str]) -> None:
    """A session's minutes state and texts must be what its negotiation record makes them.

    ``where`` names the minutes ('The minutes of ML-FR session 3'). Minutes
    without versions (recorded before negotiation, or never circulated) are
    left as they are.

    Raises:
        Invalid: a tampered version, a state the record does not give (agreed minutes set back), agreed texts that changed.
    """
    if not versions:
        return
    ordered = sorted(versions, key=lambda v: v.number)
    for n, v in enumerate(ordered, start=1):
        check_version_of(where, v, ordered[n - 2].texts if n > 1 else None, parties)
        if v.number != n:
            raise Invalid(f"{where}: version {n} is missing.", "versions")
    agreed = agreed_hash(ordered, signoffs, parties)
    state = MinutesState(getattr(session.minutes_state, "value", session.minutes_state))
    if agreed is not None and state != MinutesState.AGREED:
        raise Invalid(
            f"{where} were agreed (version {agreed.number}, signed off by every party): they cannot be '{state.value}', which would set them back.",
            "minutes_state",
        )
    if agreed is None and state != MinutesState.CIRCULATED:
        raise Invalid(
            f"{where} have circulated versions but not every party's sign-off of the last one: they are circulated, not '{state.value}'.", "minutes_state"
        )
    if agreed is not None:
        changed = differences(texts_in_force(agreed, amendments), items)
        if changed:
            raise Invalid(f"{where} differ from the agreed version {agreed.number} ({', '.join(changed[:3])}): agreed texts change only by amendment.", "texts")
