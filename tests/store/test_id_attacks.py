"""Ids under attack: ids that name files, handles a person types, rows made by clocks that are wrong.

Ids are time-ordered UUIDs (version 7) made by Consult; ids that come from
outside (an invitation, a reply, an interchange file) are only text until
checked.
"""

from __future__ import annotations

import json

import pytest

from consult_app.domain.errors import ConsultError
from consult_app.ops import partners
from consult_app.ops.workspaces import create as create_workspace
from consult_app.store import Workspace
from consult_app.store.pairing import canonical
from consult_app.store.sync import my_secrets

ML, FR = "Secrétariat malien", "Secrétariat français"


def resigned(workspace, original, out, change) -> None:
    """``original`` (an invitation or a reply written by ``workspace``) changed by ``change(body)``, signed again with its key."""
    doc = json.loads(original.read_text("utf-8"))
    change(doc["body"])
    with Workspace.open(workspace, readonly=True) as ws:
        doc["signature"] = my_secrets(ws)[0].sign(canonical(doc["body"])).hex()
    out.write_text(json.dumps(doc), "utf-8")


def tree(folder) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    "key, value",
    [
        ("device_id", "../../outside"),  # a file name: the partner's baseline would be written outside the exchange folder
        ("device_id", "*"),  # a pattern: removing the partner would remove every partner's kept packets
        ("device_id", ""),
        ("device_id", "0192F3A4-1B2C-7D3E-8F40-123456789ABC"),  # an id, but not as Consult writes one
        ("workspace_id", "../elsewhere"),
    ],
)
def test_an_invitation_whose_ids_are_not_ids_is_refused_and_writes_nothing(tmp_path, key, value):
    home = tmp_path / "home"
    home.mkdir()
    fr, ml = home / "fr.consult", home / "ml.consult"
    create_workspace(fr, demo=True).close()
    with Workspace.open(fr) as ws:
        partners.invite(ws, ws.dialogue_by_code("ML-FR").id, ML, tmp_path / "invite")
    resigned(fr, tmp_path / "invite", tmp_path / "crafted", lambda body: body["from"].update({key: value}))
    create_workspace(ml).close()
    before = tree(tmp_path)
    with Workspace.open(ml) as ws, pytest.raises(ConsultError) as refused:
        partners.accept(ws, tmp_path / "crafted", name=FR, reply_out=tmp_path / "reply")
    assert str(refused.value) == f"crafted is damaged (its from.{key} is not an id as Consult writes them); nothing was changed."
    assert tree(tmp_path) == before


def test_a_reply_whose_device_id_is_a_path_is_refused_and_the_invitation_stays_pending(tmp_path):
    fr, ml = tmp_path / "fr.consult", tmp_path / "ml.consult"
    create_workspace(fr, demo=True).close()
    with Workspace.open(fr) as ws:
        partners.invite(ws, ws.dialogue_by_code("ML-FR").id, ML, tmp_path / "invite")
    with create_workspace(ml) as ws:
        partners.accept(ws, tmp_path / "invite", name=FR, reply_out=tmp_path / "reply")
    resigned(ml, tmp_path / "reply", tmp_path / "crafted", lambda body: body["from"].update(device_id="../../../outside"))
    before = tree(tmp_path)
    with Workspace.open(fr) as ws, pytest.raises(ConsultError) as refused:
        partners.accept(ws, tmp_path / "crafted")
    assert str(refused.value) == "crafted is damaged (its from.device_id is not an id as Consult writes them); nothing was changed."
    assert tree(tmp_path) == before
    with Workspace.open(fr) as ws:  # the honest reply still completes the pairing
        assert partners.accept(ws, tmp_path / "reply").complete
