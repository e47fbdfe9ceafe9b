"""French as a French secretariat writes it: elision before a value that begins with a vowel ("d’IT-AL", not "de IT-AL")."""

from __future__ import annotations

from consult_app.ui import messages


def test_de_que_le_la_are_elided_before_a_vowel_in_french_and_only_in_french(french):
    assert messages.translate("'de' is not a working language of IT-AL (en).") == "«\u00a0de\u00a0» n’est pas une langue de travail d’IT-AL (en)."
    assert messages.translate("'de' is not a working language of US-MX (en, es).") == "«\u00a0de\u00a0» n’est pas une langue de travail d’US-MX (en, es)."
    assert messages.translate("'de' is not a working language of ML-FR (fr).") == "«\u00a0de\u00a0» n’est pas une langue de travail de ML-FR (fr)."
    assert messages.translate("'de' is not a working language of HN-GT (es).") == "«\u00a0de\u00a0» n’est pas une langue de travail de HN-GT (es)."  # h: kept


def test_english_and_spanish_are_left_as_they_are(spanish):
    assert messages.translate("'de' is not a working language of IT-AL (en).").endswith(" de IT-AL (en).")


def test_every_french_text_keeps_its_no_break_spaces():
    """A no-break space before : ; ? ! and inside « », in the window's translations and the documents' labels: a line
    never begins with the sign (seen on a French walk: "Échéance" at the end of a line, ":" at the start of the next)."""
    import xml.etree.ElementTree as ET

    from consult_app.domain.language import french_spacing
    from consult_app.reports.labels import LABELS

    from ..conftest import ROOT

    root = ET.parse(ROOT / "resources" / "translations" / "consult_fr.ts").getroot()
    texts = [t.text for t in root.iter("translation") if t.text] + [fr for fr, _es in LABELS.values()]
    assert len(texts) > 1000
    assert [t for t in texts if french_spacing(t) != t] == []
    assert french_spacing("Échéance\u00a0: «\u00a0Ajouter\u00a0»\u00a0; encore\u00a0?") == "Échéance\u00a0: «\u00a0Ajouter\u00a0»\u00a0; encore\u00a0?"
