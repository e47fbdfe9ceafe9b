"""Agreed minutes print each commitment they adopted as it then read. A later change of its text belongs to the register
(kept in its history), not to the agreed record: before, editing a commitment changed the agreed minutes that adopted it,
with or without their hash, and nothing said so."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consult_app.domain import negotiation as N
from consult_app.domain.model import Commitment, Revision
from consult_app.ops import register as register_ops

from .. import documents as services
from .test_documents import flat

LATER = {"fr": "La France ferme le guichet unique (texte changé après coup)."}


def revised(ws, ref: str, text: dict[str, str]) -> None:
    c = ws.commitment_by_ref(ref)
    register_ops.edit_commitment(ws, dataclasses.replace(c, text=text), reason="correction")


def test_minutes_agreed_before_versions_print_the_text_as_adopted(demo):
    adopted = demo.commitment_by_ref("MLFR-2002-01").text["fr"]
    revised(demo, "MLFR-2002-01", LATER)
    agreed = flat(services.minutes_pdf(demo, "ML-FR", 2))
    assert adopted[:60] in agreed and "après coup" not in agreed


def test_minutes_agreed_by_sign_off_print_the_text_as_it_read_when_the_last_party_signed(demo):
    d = demo.dialogue_by_code("ML-FR")
    s = demo.session_by_number(d.id, 3)
    c = demo.add_commitment(Commitment(d.id, "MLFR-2003-01", {"fr": "La France ouvre un guichet unique."}, d.party_by_code("FR").id, s.id))
    revised(demo, "MLFR-2003-01", {"fr": "La France ouvre un guichet unique à Bamako."})  # while drafting: part of what is agreed
    assert "guichet unique à Bamako." in flat(services.minutes_pdf(demo, "ML-FR", 3))
    demo.circulate(s.id, by="test")
    demo.sign_off(s.id, "Dominique Laurent", recorded_by="test")
    demo.sign_off(s.id, "Mamadou Traoré", party_id=d.party_by_code("ML").id, recorded_by="test")
    revised(demo, "MLFR-2003-01", LATER)
    assert demo.commitment(c.id).text == LATER  # the register has the new text
    agreed = flat(services.minutes_pdf(demo, "ML-FR", 3))
    assert "guichet unique à Bamako." in agreed and "après coup" not in agreed


def test_the_text_as_agreed_undoes_the_revisions_recorded_after_the_agreement():
    c = Commitment("d", "R-1", {"en": "three"}, "p", "s")
    revisions = [
        Revision(c.id, dt.date(2020, 1, 1), {"en": "one"}, {"en": "two"}, recorded_at="2020-01-01T10:00:00Z"),
        Revision(c.id, dt.date(2020, 3, 1), {"en": "two"}, {"en": "three"}, recorded_at="2020-03-01T10:00:00Z"),
        Revision("other", dt.date(2020, 3, 1), {"en": "x"}, {"en": "y"}, recorded_at="2020-03-01T10:00:00Z"),
    ]
    assert N.text_as_agreed(c, revisions, ("2020-02-01T00:00:00Z", "")) == {"en": "two"}
    assert N.text_as_agreed(c, revisions, ("2020-04-01T00:00:00Z", "")) == {"en": "three"}
    assert N.text_as_agreed(c, revisions, ("2019-12-01T00:00:00Z", "")) == {"en": "one"}
    same_second = revisions[1].recorded_at
    assert N.text_as_agreed(c, revisions, (same_second, "0")) == {"en": "two"}  # signed the same second, before it (its id is lower)
    assert N.text_as_agreed(c, revisions, (same_second, "f")) == {"en": "three"}
    assert N.text_as_agreed(c, reversed(revisions), None) == {"en": "one"}  # agreed before versions: as adopted
    assert N.text_as_agreed(c, [], None) == {"en": "three"}
