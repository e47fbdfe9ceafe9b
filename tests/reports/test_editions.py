"""Joint and internal editions on the demo: what each prints, the internal line on every page, markings, content language."""

from __future__ import annotations

import datetime as dt

import pytest
from docx import Document

from consult_app.domain.model import JointBundle
from consult_app.exchange import office
from consult_app.reports.minutes import MinutesRenderer

from .. import documents as services
from .test_documents import flat, pages

OUR_TODO = "Préparer la note ministérielle de la 3e session"
AGREE_SPANISH = "Agree the Spanish text of USMX-2001-03 with the Mexican side"
INTERNAL_LINE = {
    "en": "INTERNAL — NOT FOR THE OTHER DELEGATION",
    "fr": "INTERNE — NE PAS COMMUNIQUER À L’AUTRE DÉLÉGATION",
    "es": "INTERNO — NO COMUNICAR A LA OTRA DELEGACIÓN",
}
AS_OF = dt.date(2003, 6, 1)


def docx_text(path) -> str:
    doc = Document(str(path))
    return "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])


def test_our_to_dos_stay_out_of_every_joint_document(demo, demo_pdf, tmp_path):
    joint = {
        "minutes ML-FR 3": flat(demo_pdf.minutes("ML-FR", 3)),
        "minutes US-MX 2": flat(demo_pdf.minutes("US-MX", 2, ["en", "es"])),
        "tracker ML-FR": flat(demo_pdf.tracker("ML-FR", AS_OF)),
        "tracker US-MX": flat(demo_pdf.tracker("US-MX", dt.date(2002, 3, 1))),
        "tracker, all dialogues": flat(demo_pdf.tracker(None, AS_OF)),
    }
    for code, number in (("ML-FR", 3), ("US-MX", 2)):
        services.export_to(demo, tmp_path / f"{code}.docx", dialogue_code=code, session_number=number)
        joint[f"DOCX {code}"] = docx_text(tmp_path / f"{code}.docx")
    assert [name for name, text in joint.items() if OUR_TODO in text or AGREE_SPANISH in text] == []
    # ... while the joint actions of the same sessions are there
    assert "Transmettre à la partie malienne le calendrier" in joint["tracker ML-FR"]


def test_our_to_dos_are_in_the_brief_and_the_internal_tracker(demo_pdf):
    assert OUR_TODO in flat(demo_pdf.brief("ML-FR", 3, dt.date(2003, 6, 6)))
    assert AGREE_SPANISH in flat(demo_pdf.brief("US-MX", 2, dt.date(2002, 3, 1)))
    internal = flat(demo_pdf.tracker(None, dt.date(2002, 3, 1), audience="internal"))
    assert f"INTERNAL — {AGREE_SPANISH}" in internal
    assert f"INTERNE — {OUR_TODO}" in flat(demo_pdf.tracker("ML-FR", AS_OF, audience="internal"))


def test_the_tracker_without_audience_is_the_joint_edition(demo_path, cli, tmp_path):
    out = tmp_path / "t.pdf"
    result = cli("report", "tracker", demo_path, "--dialogue", "ML-FR", "--as-of", "2003-06-01", "--out", out)
    assert (result.returncode, result.stderr) == (0, "")
    text = flat(out.read_bytes())
    assert "Édition conjointe : partagée avec l’autre délégation" in text
    assert "MLFR-2002-04" not in text and "INTERNE" not in text
    assert "en attente de l'arbitrage du ministre" not in text  # an internal note on a joint commitment
    assert "650 000 EUR" not in text  # an internal measurement of the fund
    out = tmp_path / "i.pdf"
    assert cli("report", "tracker", demo_path, "--dialogue", "ML-FR", "--as-of", "2003-06-01", "--audience", "internal", "--out", out).returncode == 0
    text = flat(out.read_bytes())
    assert "Édition interne : ne pas communiquer à l’autre délégation" in text
    assert "MLFR-2002-04" in text and "en attente de l'arbitrage du ministre" in text and "650 000 EUR" in text


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_every_page_of_an_internal_document_says_so(demo_pdf, lang):
    documents = {
        "brief": demo_pdf.brief("ML-FR", 3, dt.date(2003, 6, 6), lang=lang),
        "internal tracker": demo_pdf.tracker(None, AS_OF, audience="internal", lang=lang),
    }
    for name, pdf in documents.items():
        texts = pages(pdf)
        assert len(texts) > 3, name
        for n, page in enumerate(texts, start=1):
            assert page.count(INTERNAL_LINE[lang]) >= 2, f"{name}, page {n}: the internal line is missing at the top or the bottom"


def test_joint_documents_never_carry_the_internal_line(demo_pdf):
    for pdf in (demo_pdf.minutes("ML-FR", 2), demo_pdf.tracker(None, AS_OF, lang="fr")):
        assert not any(line in flat(pdf) for line in INTERNAL_LINE.values())


def test_markings_per_language_and_one_for_several_dialogues(demo_pdf):
    for n, page in enumerate(pages(demo_pdf.minutes("ML-FR", 3, ["fr"])), start=1):
        assert page.count("DIFFUSION RESTREINTE") >= 2 and "RESTRICTED" not in page, n
    bilingual = pages(demo_pdf.minutes("US-MX", 2, ["en", "es"]))
    assert all("SENSITIVE BUT UNCLASSIFIED / SENSIBLE PERO NO CLASIFICADO" in page for page in bilingual)
    for lang, word in (("en", "RESTRICTED"), ("fr", "DIFFUSION RESTREINTE"), ("es", "DIFUSIÓN LIMITADA")):
        texts = pages(demo_pdf.tracker(None, AS_OF, lang=lang))
        for n, page in enumerate(texts, start=1):
            assert page.splitlines()[0] == word and "SENSITIVE" not in page and "SENSIBLE" not in page, (lang, n)


def test_the_workspace_order_decides_the_highest_marking(demo):
    demo.set_marking_order(["RESTRICTED", "SENSITIVE BUT UNCLASSIFIED"])
    first_line = pages(services.tracker_pdf(demo, None, AS_OF, lang="en"))[0].splitlines()[0]
    assert first_line == "SENSITIVE BUT UNCLASSIFIED"


def test_two_markings_off_the_list_cannot_be_ranked(demo):
    order = demo.marking_order()
    demo.set_marking_order([*order, "EYES ONLY", "NOFORN"])
    demo.set_marking(demo.dialogue_by_code("IT-AL").id, "EYES ONLY")
    demo.set_marking(demo.dialogue_by_code("IT-RO").id, "NOFORN")
    demo.set_marking_order(order)  # the list changed since: both levels are off it now
    with pytest.raises(Exception) as err:
        services.tracker_pdf(demo, None, AS_OF)
    assert str(err.value) == (
        "The markings EYES ONLY, NOFORN are not on the workspace's ordered list, so the highest cannot be chosen: "
        "add them with consult-app marking PATH --order LOW,…,HIGH."
    )
    assert pages(services.tracker_pdf(demo, "IT-AL", AS_OF))[0].splitlines()[0] == "EYES ONLY"  # one alone is fine


def test_lang_chooses_labels_and_texts(demo_pdf):
    english = flat(demo_pdf.tracker("US-MX", dt.date(2002, 3, 1), lang="en"))
    assert "Negotiate temporary work and regularisation programmes" in english and "Estado por parte" not in english
    spanish = flat(demo_pdf.tracker("US-MX", dt.date(2002, 3, 1), lang="es"))
    assert "Estado por parte" in spanish and "Negociar programas de trabajo temporal" in spanish
    assert "Negotiate temporary work" not in spanish
    assert "[falta en español] The United States notifies Mexican" in spanish  # no Spanish text: English, flagged
    rcm = flat(demo_pdf.tracker("RCM", AS_OF, lang="en"))  # a dialogue whose first language is Spanish
    assert "Progress tracker — Regional Conference on Migration" in rcm
    assert "Member countries exchange information" in rcm and "Los países miembros" not in rcm
    brief = flat(demo_pdf.brief("US-MX", 2, dt.date(2002, 3, 1), lang="en"))
    assert "Negotiate temporary work and regularisation programmes" in brief
    brief = flat(demo_pdf.brief("US-MX", 2, dt.date(2002, 3, 1), lang="es"))
    assert "Negociar programas de trabajo temporal" in brief


def test_texts_stay_in_the_working_language_when_labels_are_not(demo_pdf):
    text = flat(demo_pdf.tracker("ML-FR", AS_OF, lang="en"))
    assert "Texts in French, the dialogue’s working language." in text
    assert "La France facilite la délivrance de visas" in text and "[missing in" not in text


def test_joint_renderers_refuse_anything_but_the_joint_view(demo, tmp_path):
    d = demo.dialogue_by_code("ML-FR")
    session = demo.session_by_number(d.id, 3)
    with pytest.raises(TypeError, match="^The joint minutes is meant for the other delegation: it takes the joint view"):
        MinutesRenderer(demo.bundle(d.id), d.id, session)
    with pytest.raises(TypeError, match="^The draft joint minutes is meant for the other delegation"):
        office.write_docx(demo.bundle(d.id), d, session, tmp_path / "x.docx")
    assert not (tmp_path / "x.docx").exists()
    assert isinstance(services.minutes_document(demo, "ML-FR", 3).view.bundle, JointBundle)
    assert services.tracker_document(demo, "ML-FR", AS_OF).audience == "joint"
    assert services.tracker_document(demo, "ML-FR", AS_OF, "internal").audience == "internal"
