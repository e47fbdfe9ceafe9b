"""Pairing with the other delegation's secretariat: an invitation carrying the joint view, and a reply.

``invite`` writes a file holding the **joint view** of one dialogue (built by
``store.joint``, so no internal row or column is ever in it) and this
workspace's public keys, signed with its key. The other secretariat's
``accept`` loads that dialogue into its own workspace (new or existing; the
same ids on both sides, its own party as the home party), records us as its
partner, and writes a reply with its own public keys, signed likewise; our
``accept`` of that reply completes the pairing. From then on packets between
the two carry only joint content (``store/sync.py``) and each side applies
only what a counterpart may change (``store/rights.py``).

The files are signed so that damage is detected; that they come from whom
they say is established by the people: both sides show the same *pair
fingerprint*, which the two secretariats compare by telephone.

File layout (UTF-8 JSON)::

    {"format": "consult-partner", "format_version": 1,
     "body": {"kind": "invite" | "reply", "invite_id", "created_at", "dialogue",
              "from": {"name", "device_id", "workspace_id", "party", "sign_key", "box_key"},
              "to": {...}, "bundle": <interchange document> (an invitation only)},
     "signature": <Ed25519 signature of the canonical JSON of body, by from.sign_key, hex>}
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import ConsultError, Invalid
from ..domain.model import Bundle, is_id, new_id
from ..domain.negotiation import canonical
from ..exchange.keys import PublicKeys, pair_fingerprint
from . import joint
from .sync import _write_durable, base_path, build_joint_copy, device, exchange_dir, my_keys, my_secrets, peers
from .workspace import Workspace, utc_now

FORMAT = "consult-partner"
FORMAT_VERSION = 1
MAX_FILE = 256 * 1024 * 1024
PENDING = "pending_invite:"


@dataclass(frozen=True)
class Pairing:
    """What an invitation or an acceptance did: the partner's name, the dialogue, the pair fingerprint to compare."""

    partner: str
    dialogue_code: str
    fingerprint: str  # ours alone after an invitation (the pair's is known once the reply is in)
    complete: bool
    reply: Path | None = None


def _pending_base(ws: Workspace, invite_id: str) -> Path:
    return exchange_dir(ws.path) / f"invite-{invite_id}.base"


def invite(ws: Workspace, dialogue_id: str, name: str, out: str | Path, *, party_id: str | None = None) -> Pairing:
    """Write an invitation for the other secretariat of a dialogue: its joint view and our public keys, signed.

    ``party_id``: the party the other secretariat speaks for (by default the
    one party that is not ours, in a dialogue of two).

    Raises:
        Invalid: no name, a name already used, a dialogue already paired, an unclear party.
    """
    from ..exchange.interchange import to_document

    out = Path(out)
    d = ws.dialogue(dialogue_id)
    name = (name or "").strip()
    home, party = _invited_party(ws, d, name, party_id)
    if out.exists():
        raise ConsultError(f"{out} already exists: choose another name.")
    keys = my_keys(ws)
    my_id, my_name = device(ws)
    invite_id = new_id()
    body = {
        "kind": "invite",
        "invite_id": invite_id,
        "created_at": utc_now(),
        "dialogue": d.id,
        "from": {
            "name": my_name,
            "device_id": my_id,
            "workspace_id": ws.workspace_id,
            "party": home.id,
            "sign_key": keys.sign.hex(),
            "box_key": keys.box.hex(),
        },
        "to": {"name": name, "party": party.id},
        "bundle": to_document(joint.joint_view(ws, d.id)),
    }
    pending = _pending_base(ws, invite_id)
    try:
        build_joint_copy(ws, pending, d.id, (0, 0))  # what both sides hold once the other accepts
        with ws.transaction("peers"):
            ws.conn.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (PENDING + invite_id, json.dumps({"name": name, "dialogue": d.id, "party": party.id}))
            )
        _write_durable(out, _signed(ws, body))
    except BaseException:
        pending.unlink(missing_ok=True)
        raise
    return Pairing(name, d.code, keys.fingerprint, complete=False)


def _invited_party(ws: Workspace, d, name: str, party_id: str | None):
    """Our party and the one an invitation named ``name`` is for, or Invalid saying why not."""
    if not name:
        raise Invalid("name: say who the invitation is for (for example 'Secrétariat malien').", "name")
    if any(p.name.lower() == name.lower() for p in peers(ws)):
        raise Invalid(f"name: this workspace already has an exchange partner called '{name}'; choose another name.", "name")
    paired = ws.paired_counterpart(d.id)
    if paired:
        raise Invalid(f"{d.code} is already paired with {paired}: one secretariat per dialogue.", "dialogue")
    home = ws.home_party(d.id)
    others = [p for p in d.parties if p.id != home.id]
    if party_id is None:
        if len(others) != 1:
            raise Invalid(
                f"party: {d.code} has {len(others)} other parties; say which one the invitation is for ({', '.join(p.code for p in others)}).", "party"
            )
        party_id = others[0].id
    party = d.party(party_id)
    if party is None or party.id == home.id:
        raise Invalid("party: the invitation is for another party of the dialogue than ours.", "party")
    return home, party


def accept(ws: Workspace, path: str | Path, *, name: str | None = None, reply_out: str | Path | None = None) -> Pairing:
    """Accept an invitation (load its dialogue, record the partner, write the reply) or a reply (complete the pairing).

    Raises:
        ConsultError: a file that is not an invitation or a reply, damaged, or not for this workspace; one sentence.
    """
    path = Path(path)
    body = _read(path)
    if body["kind"] == "invite":
        return _accept_invitation(ws, body, path, name, reply_out)
    return _accept_reply(ws, body, path, name)


def check_invitation(path: str | Path, *, name: str | None = None, reply_out: str | Path | None = None) -> None:
    """Check an invitation whole, as far as it does not depend on the workspace accepting it (before creating one for it).

    Raises:
        ConsultError: not an invitation (a reply, say), damaged, altered, or a name or reply file missing; one sentence.
    """
    path = Path(path)
    body = _read(path)
    if body["kind"] != "invite":
        raise ConsultError(f"{path.name} is a reply to an invitation: accept it in the workspace that made the invitation; nothing was created.")
    _answer(name, reply_out)
    _dialogue(body, path)


def _answer(name: str | None, reply_out) -> tuple[str, Path]:
    """What to call the secretariat that invites, and where to write the reply: both given, the reply a new file."""
    name = (name or "").strip()
    if not name:
        raise Invalid("name: say what to call the secretariat that invited you (for example 'Secrétariat français').", "name")
    if reply_out is None:
        raise Invalid("out: say where to write the reply to send back.", "out")
    reply_out = Path(reply_out)
    if reply_out.exists():
        raise ConsultError(f"{reply_out} already exists: choose another name.")
    return name, reply_out


def _dialogue(body: dict, path: Path) -> Bundle:
    """The one dialogue an invitation carries, readable, with both parties it names among its own."""
    from ..exchange.interchange import InterchangeError, from_document

    try:
        bundle = from_document(body["bundle"])
    except InterchangeError as exc:
        raise ConsultError(f"{path.name}: the dialogue it carries cannot be read ({exc}); nothing was changed.") from None
    if [d.id for d in bundle.dialogues] != [body["dialogue"]]:
        raise ConsultError(f"{path.name} does not carry the one dialogue it names; nothing was changed.")
    d = bundle.dialogues[0]
    mine, theirs = d.party(body["to"]["party"]), d.party(body["from"]["party"])
    if mine is None or theirs is None or mine.id == theirs.id:
        raise ConsultError(f"{path.name} names parties that are not those of {d.code}; nothing was changed.")
    return bundle


def _accept_invitation(ws: Workspace, body: dict, path: Path, name: str | None, reply_out) -> Pairing:
    name, reply_out = _answer(name, reply_out)
    sender = body["from"]
    known = next((p for p in peers(ws) if p.device_id == sender["device_id"]), None)
    if known is not None and known.kind == "counterpart" and known.scope_dialogue_id == body["dialogue"]:
        return _reply_again(ws, body, known, reply_out)  # accepted before: the reply is written again (it may have been lost)
    if known is not None or sender["workspace_id"] == ws.workspace_id:
        raise ConsultError(f"{path.name} comes from this workspace or one of its partners: it is accepted by the other secretariat.")
    bundle = _dialogue(body, path)
    d = bundle.dialogues[0]
    mine, theirs = d.party(body["to"]["party"]), d.party(sender["party"])
    for p in d.parties:
        p.is_home = p.id == mine.id
    if any(p.name.lower() == name.lower() for p in peers(ws)):
        raise Invalid(f"name: this workspace already has an exchange partner called '{name}'; choose another name.", "name")
    keys = PublicKeys.from_hex(sender["sign_key"], sender["box_key"])
    base = base_path(ws.path, sender["device_id"])
    reply = _reply(ws, body, mine.id)
    if ws.backups:
        ws.snapshot("before pairing")
    part = reply_out.with_name(reply_out.name + ".part")
    try:
        with ws.transaction("peers"):
            ws.load(bundle, snapshot=False)
            if (ws.meta("device_name") or "Secretariat") == "Secretariat":
                ws.conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('device_name', ?)", (body["to"]["name"][:300],))
                reply["from"]["name"] = body["to"]["name"]
            ws.conn.execute(
                "INSERT INTO peers (device_id, name, scope_dialogue_id, kind, sign_key, box_key, keys_since, party_id, workspace_id) "
                "VALUES (?, ?, ?, 'counterpart', ?, ?, ?, ?, ?)",
                (sender["device_id"], name, d.id, keys.sign.hex(), keys.box.hex(), utc_now(), theirs.id, sender["workspace_id"]),
            )
            build_joint_copy(ws, base, d.id, (0, 0))
            _write_durable(part, _signed(ws, reply))
        part.replace(reply_out)
    except BaseException:
        part.unlink(missing_ok=True)
        base.unlink(missing_ok=True)
        raise
    return Pairing(name, d.code, pair_fingerprint(my_keys(ws), keys), complete=True, reply=reply_out)


def _reply(ws: Workspace, body: dict, party_id: str) -> dict:
    """The reply to an invitation: who we are (our keys, our party), and whose invitation it answers."""
    return {
        "kind": "reply",
        "invite_id": body["invite_id"],
        "created_at": utc_now(),
        "dialogue": body["dialogue"],
        "from": {
            "name": body["to"]["name"],
            "device_id": device(ws)[0],
            "workspace_id": ws.workspace_id,
            "party": party_id,
            "sign_key": my_keys(ws).sign.hex(),
            "box_key": my_keys(ws).box.hex(),
        },
        "to": {"device_id": body["from"]["device_id"], "sign_key": body["from"]["sign_key"]},
    }


def _reply_again(ws: Workspace, body: dict, known, reply_out: Path) -> Pairing:
    _write_durable(reply_out, _signed(ws, _reply(ws, body, body["to"]["party"])))
    return Pairing(known.name, ws.dialogue(body["dialogue"]).code, pair_fingerprint(my_keys(ws), known.keys), complete=True, reply=reply_out)


def _accept_reply(ws: Workspace, body: dict, path: Path, name: str | None) -> Pairing:
    pending = ws.meta(PENDING + body["invite_id"])
    if pending is None:
        raise ConsultError(f"{path.name} answers an invitation this workspace did not make, or one already accepted; nothing was changed.")
    asked = json.loads(pending)
    sender = body["from"]
    if body["to"]["sign_key"] not in {s.public.sign.hex() for s in my_secrets(ws)} or body["to"]["device_id"] != device(ws)[0]:
        raise ConsultError(f"{path.name} answers an invitation from another workspace; nothing was changed.")
    if sender["party"] != asked["party"] or body["dialogue"] != asked["dialogue"]:
        raise ConsultError(f"{path.name} speaks for another party or dialogue than the invitation asked; nothing was changed.")
    if sender["device_id"] in {p.device_id for p in peers(ws)}:
        raise ConsultError(f"{path.name} was already accepted: {asked['name']} is a partner of this workspace.")
    keys = PublicKeys.from_hex(sender["sign_key"], sender["box_key"])
    partner = (name or "").strip() or asked["name"]
    start = _pending_base(ws, body["invite_id"])
    if not start.exists():
        raise ConsultError(f"The record of the invitation {path.name} answers is missing ({start.name}); invite the other secretariat again.")
    base = base_path(ws.path, sender["device_id"])
    os.replace(start, base)
    try:
        with ws.transaction("peers"):
            ws.conn.execute(
                "INSERT INTO peers (device_id, name, scope_dialogue_id, kind, sign_key, box_key, keys_since, party_id, workspace_id) "
                "VALUES (?, ?, ?, 'counterpart', ?, ?, ?, ?, ?)",
                (sender["device_id"], partner, asked["dialogue"], keys.sign.hex(), keys.box.hex(), utc_now(), sender["party"], sender["workspace_id"]),
            )
            ws.conn.execute("DELETE FROM meta WHERE key = ?", (PENDING + body["invite_id"],))
    except BaseException:
        os.replace(base, start)
        raise
    return Pairing(partner, ws.dialogue(asked["dialogue"]).code, pair_fingerprint(my_keys(ws), keys), complete=True)


# --------------------------------------------------------------------------- the file


def _signed(ws: Workspace, body: dict) -> bytes:
    signature = my_secrets(ws)[0].sign(canonical(body))
    return json.dumps({"format": FORMAT, "format_version": FORMAT_VERSION, "body": body, "signature": signature.hex()}, ensure_ascii=False).encode("utf-8")


_PARTY = {"name": str, "device_id": str, "workspace_id": str, "party": str, "sign_key": str, "box_key": str}


def _read(path: Path) -> dict:
    """The body of an invitation or a reply whose signature checks out with the key it carries."""
    try:
        if not path.is_file():
            raise ConsultError(f"{path} is not a file.")
        if path.stat().st_size > MAX_FILE:
            raise ConsultError(f"{path.name} is larger than any invitation Consult writes; it was not read.")
        data = json.loads(path.read_bytes().decode("utf-8"), parse_constant=_refuse)
    except OSError as exc:
        raise ConsultError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ConsultError(f"{path.name} is not an invitation or a reply from another secretariat (it is not readable JSON).") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ConsultError(f"{path.name} is not an invitation or a reply from another secretariat.")
    if not isinstance(data.get("format_version"), int) or data["format_version"] > FORMAT_VERSION:
        raise ConsultError(f"{path.name} was written by a newer version of Consult; update Consult to accept it.")
    body = data.get("body")
    problem = _shape(body)
    if problem:
        raise ConsultError(f"{path.name} is damaged ({problem}); nothing was changed.")
    try:
        keys = PublicKeys.from_hex(body["from"]["sign_key"], body["from"]["box_key"])
        signature = bytes.fromhex(data.get("signature") or "")
    except (ValueError, TypeError):
        raise ConsultError(f"{path.name} is damaged (its keys or signature cannot be read); nothing was changed.") from None
    if len(keys.sign) != 32 or len(keys.box) != 32 or not keys.verify(canonical(body), signature):
        raise ConsultError(f"{path.name} was altered after it was signed (or is damaged); nothing was changed.")
    return body


def _refuse(constant: str):
    raise ValueError(constant)


def _shape(body) -> str | None:
    if not isinstance(body, dict) or body.get("kind") not in ("invite", "reply"):
        return "it says neither invitation nor reply"
    for key in ("invite_id", "created_at", "dialogue"):
        if not isinstance(body.get(key), str) or not body[key] or len(body[key]) > 100:
            return f"its '{key}' is missing"
    sender = body.get("from")
    if not isinstance(sender, dict) or any(not isinstance(sender.get(k), str) or len(sender[k]) > 300 for k in _PARTY):
        return "it does not say who sent it"
    to = body.get("to")
    wanted = ("name", "party") if body["kind"] == "invite" else ("device_id", "sign_key")
    if not isinstance(to, dict) or any(not isinstance(to.get(k), str) or len(to[k]) > 300 for k in wanted):
        return "it does not say whom it is for"
    named = [("invite_id", body["invite_id"]), ("from.device_id", sender["device_id"]), ("from.workspace_id", sender["workspace_id"])]
    for key, value in named + ([("to.device_id", to["device_id"])] if body["kind"] == "reply" else []):
        if not is_id(value):  # ids name files (the partner's baseline, its kept packets): nothing else may
            return f"its {key} is not an id as Consult writes them"
    if body["kind"] == "invite" and not isinstance(body.get("bundle"), dict):
        return "it carries no dialogue"
    return None


def pending_invitations(ws: Workspace) -> list[dict]:
    """Invitations made here and not yet answered: name, dialogue id, party id."""
    rows = ws._rows("SELECT key, value FROM meta WHERE key LIKE ?", (PENDING + "%",))
    return [json.loads(r["value"]) | {"invite_id": r["key"][len(PENDING) :]} for r in rows]
