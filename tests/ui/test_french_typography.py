"""French as a French secretariat writes it: elision before a value that begins with a vowel ("d’IT-AL", not "de IT-AL")."""

from __future__ import annotations

from consult_app.ui import messages


def test_de_que_le_la_are_elided_before_a_vowel_in_french_and_only_in_french(french):
    assert messages.translate("'de' is not a working language of IT-AL (en).") == "« de » n’est pas une langue de travail d’IT-AL (en)."
    assert messages.translate("'de' is not a working language of US-MX (en, es).") == "« de » n’est pas une langue de travail d’US-MX (en, es)."
    assert messages.translate("'de' is not a working language of ML-FR (fr).") == "« de » n’est pas une langue de travail de ML-FR (fr)."
    assert messages.translate("'de' is not a working language of HN-GT (es).") == "« de » n’est pas une langue de travail de HN-GT (es)."  # h: kept


def test_english_and_spanish_are_left_as_they_are(spanish):
    assert messages.translate("'de' is not a working language of IT-AL (en).").endswith(" de IT-AL (en).")
