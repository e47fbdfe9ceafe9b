"""Spanish minutes: delegates and sign-offs named and dated as the rest of the page is."""

from __future__ import annotations

from consult_app.ops import documents
from consult_app.ops import minutes as minutes_ops
from consult_app.store import Workspace

from .test_documents import flat


def agree_us_mx_2(ws: Workspace):
    """The US-MX 2nd session's minutes circulated once and signed off by both heads; returns (dialogue, session)."""
    d = ws.dialogue_by_code("US-MX")
    s = ws.session_by_number(d.id, 2)
    minutes_ops.circulate(ws, s.id)
    minutes_ops.sign_off(ws, s.id, "Robert Hayes")
    minutes_ops.sign_off(ws, s.id, "Javier Hernández Ruiz", party_id=d.party_by_code("MX").id)
    return d, s


def test_the_sign_offs_of_spanish_minutes_name_the_parties_in_spanish_and_date_them_in_words(demo_path):
    """The table after the signature blocks said "United States … 2026-11-28 21:47:03 UTC" under the headings "Por … El"."""
    with Workspace.open(demo_path) as ws:
        d, s = agree_us_mx_2(ws)
        when = {x.party_id: x.signed_at for x in ws.signoffs(s.id)}
        text = flat(documents.minutes(ws, s.id, ["es"]).render())
    assert "Por Aprobada por Fecha" in text
    for code, name in (("US", "Estados Unidos"), ("MX", "México")):
        import datetime as dt

        at = dt.datetime.fromisoformat(when[d.party_by_code(code).id].replace("Z", "+00:00"))
        months = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
        assert f"{name} " in text and f"{at.day} de {months[at.month - 1]} de {at.year}, {at.hour}:{at.minute:02d} UTC" in text
    assert "United States" not in text and "T" not in text.split("Fecha", 1)[1].split("UTC")[0]


def test_a_plain_member_is_a_member_in_the_documents_language(demo_path, tmp_path):
    """Spanish minutes printed "Linda Carter, Director, Office of International Affairs (Member)": the stock role typed in
    another language is the document's own word, in the PDF and in the Word draft; any other role stays as typed."""
    import docx

    from consult_app.ops import exports

    with Workspace.open(demo_path) as ws:
        d = ws.dialogue_by_code("US-MX")
        s = ws.session_by_number(d.id, 2)
        text = flat(documents.minutes(ws, s.id, ["es"]).render())
        english = flat(documents.minutes(ws, s.id, ["en"]).render())
        exports.prepare(ws, tmp_path / "usmx.docx", session_id=s.id)()  # in the dialogue's first language, English
    assert "Linda Carter, Director, Office of International Affairs (Miembro)" in text and "(Member)" not in text
    assert "María Fernanda López, Comisionada (Member)" in english
    assert "(Comisionada)" not in text  # a function is not a role
    words = "\n".join(p.text for p in docx.Document(tmp_path / "usmx.docx").paragraphs)
    assert "María Fernanda López, Comisionada (Member)" in words and "(Miembro)" not in words
