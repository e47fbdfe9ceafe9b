"""The agreed record of Spanish minutes: who signed off, named and dated as the rest of the page is."""

from __future__ import annotations

from consult_app.ops import documents
from consult_app.ops import minutes as minutes_ops
from consult_app.store import Workspace

from .test_documents import flat


def test_the_sign_offs_of_spanish_minutes_name_the_parties_in_spanish_and_date_them_in_words(demo_path):
    """The table after the signature blocks said "United States … 2026-11-28 21:47:03 UTC" under the headings "Por … El"."""
    with Workspace.open(demo_path) as ws:
        d = ws.dialogue_by_code("US-MX")
        s = ws.session_by_number(d.id, 2)
        minutes_ops.circulate(ws, s.id)
        minutes_ops.sign_off(ws, s.id, "Robert Hayes")
        minutes_ops.sign_off(ws, s.id, "Javier Hernández Ruiz", party_id=d.party_by_code("MX").id)
        when = {x.party_id: x.signed_at for x in ws.signoffs(s.id)}
        text = flat(documents.minutes(ws, s.id, ["es"]).render())
    assert "Por Aprobada por Fecha" in text
    for code, name in (("US", "Estados Unidos"), ("MX", "México")):
        import datetime as dt

        at = dt.datetime.fromisoformat(when[d.party_by_code(code).id].replace("Z", "+00:00"))
        months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
        assert f"{name} " in text and f"{at.day} de {months[at.month - 1]} de {at.year}, {at.hour}:{at.minute:02d} UTC" in text
    assert "United States" not in text and "T" not in text.split("Fecha", 1)[1].split("UTC")[0]
