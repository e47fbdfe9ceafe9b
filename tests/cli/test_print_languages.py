"""``report minutes --lang`` and ``export … .docx --lang`` take the same languages and refuse in the same sentence.

The rule (``ops.documents.print_languages``): the dialogue's working languages that documents have labels in, English
when it has none. The demo: ML-FR works in fr; US-MX in en, es; RCM in es, en; IT-RO in en, ro (no labels in ro).
"""

from __future__ import annotations

import pytest

from consult_app.domain.model import Dialogue, Party
from consult_app.ops.documents import print_languages
from consult_app.store import Workspace

from ..reports.test_documents import flat
from ..ui.test_print_languages import german_only


@pytest.mark.parametrize(
    ("languages", "printed"),
    [(["fr"], ["fr"]), (["en", "es"], ["en", "es"]), (["es", "en"], ["es", "en"]), (["en", "ro"], ["en"]), (["ro", "fr"], ["fr"]), (["de"], ["en"])],
)
def test_the_languages_a_dialogues_documents_are_printed_in(languages, printed):
    d = Dialogue("X-Y", {languages[0]: "x"}, [Party("X", "X", True), Party("Y", "Y")], languages)
    assert print_languages(d) == printed


REFUSALS = (
    ("US-MX", "2", "fr", "the {what} of US-MX can be written in English (en) or Spanish (es); 'fr' is not one of them."),
    ("US-MX", "2", "xx", "the {what} of US-MX can be written in English (en) or Spanish (es); 'xx' is not one of them."),
    ("ML-FR", "2", "es", "the {what} of ML-FR can be written in French (fr); 'es' is not one of them."),
    ("IT-RO", "1", "ro", "the {what} of IT-RO can be written in English (en); 'ro' is not one of them: documents are not printed in Romanian."),
)


@pytest.mark.parametrize(("code", "number", "lang", "sentence"), REFUSALS)
def test_the_pdf_and_the_word_minutes_refuse_a_language_in_one_sentence(cli, demo_path, tmp_path, code, number, lang, sentence):
    before = demo_path.read_bytes()
    for what, argv in (
        ("minutes", ("report", "minutes", demo_path, "--dialogue", code, "--session", number, "--lang", lang, "--out", tmp_path / "m.pdf")),
        ("Word minutes", ("export", demo_path, tmp_path / "m.docx", "--dialogue", code, "--session", number, "--lang", lang)),
    ):
        result = cli(*argv)
        assert (result.returncode, result.stdout, result.stderr) == (1, "", f"consult-app: --lang: {sentence.format(what=what)}\n")
    assert not (tmp_path / "m.pdf").exists() and not (tmp_path / "m.docx").exists()
    assert demo_path.read_bytes() == before


def test_a_second_language_the_dialogue_cannot_print_is_named(cli, demo_path, tmp_path):
    """ML-FR works in French only: fr,en is refused, naming 'en'; the same language twice is refused too."""
    out = tmp_path / "m.pdf"
    result = cli("report", "minutes", demo_path, "--dialogue", "ML-FR", "--session", "2", "--lang", "fr,en", "--out", out)
    assert result.stderr == "consult-app: --lang: the minutes of ML-FR can be written in French (fr); 'en' is not one of them.\n"
    result = cli("report", "minutes", demo_path, "--dialogue", "US-MX", "--session", "2", "--lang", "es,es", "--out", out)
    assert result.stderr == "consult-app: --lang: 'es,es' names Spanish twice; side by side needs two different languages.\n"
    assert not out.exists()


def test_two_languages_side_by_side_still_print(cli, demo_path, tmp_path):
    out = tmp_path / "usmx.pdf"
    result = cli("report", "minutes", demo_path, "--dialogue", "US-MX", "--session", "2", "--lang", "es,en", "--out", out)
    assert result.returncode == 0, result.stderr
    text = flat(out.read_bytes())
    assert "Textos en español e inglés, en paralelo." in text  # Spanish first: its labels
    assert "Ambas partes revisaron la cooperación en seguridad fronteriza." in text
    assert "Both sides reviewed cooperation on border safety." in text


def test_a_dialogue_without_a_printable_language_prints_and_exports_in_english(cli, demo_path, tmp_path):
    with Workspace.open(demo_path) as ws:
        german_only(ws)
    pdf, docx = tmp_path / "deat.pdf", tmp_path / "deat.docx"
    assert cli("report", "minutes", demo_path, "--dialogue", "DE-AT", "--session", "1", "--out", pdf).returncode == 0
    assert "Joint minutes of the 1st session" in flat(pdf.read_bytes())
    assert cli("report", "minutes", demo_path, "--dialogue", "DE-AT", "--session", "1", "--lang", "en", "--out", pdf).returncode == 0
    assert cli("export", demo_path, docx, "--dialogue", "DE-AT", "--session", "1", "--lang", "en").returncode == 0
    result = cli("export", demo_path, docx, "--dialogue", "DE-AT", "--session", "1", "--lang", "de")
    assert (
        result.stderr
        == "consult-app: --lang: the Word minutes of DE-AT can be written in English (en); 'de' is not one of them: documents are not printed in German.\n"
    )


def test_the_tracker_and_brief_take_any_language_documents_are_printed_in(cli, demo_path, tmp_path):
    out = tmp_path / "t.pdf"
    assert cli("report", "tracker", demo_path, "--dialogue", "US-MX", "--lang", "FR", "--out", out, "--as-of", "2003-01-01").returncode == 0
    assert "Tableau de suivi — " in flat(out.read_bytes())  # the --lang FR of a dialogue working in en, es: French labels
    result = cli("report", "tracker", demo_path, "--lang", "xx", "--out", out)
    assert result.stderr == "consult-app: --lang: the tracker can be written in English (en), French (fr) or Spanish (es); 'xx' is not one of them.\n"
    result = cli("report", "brief", demo_path, "--dialogue", "IT-RO", "--session", "1", "--lang", "ro", "--out", out)
    assert result.stderr == (
        "consult-app: --lang: the ministerial brief of IT-RO can be written in English (en), French (fr) or Spanish (es); 'ro' is not one of them: "
        "documents are not printed in Romanian.\n"
    )


def test_the_redline_takes_the_same_languages(cli, demo_path, tmp_path):
    out = tmp_path / "c.pdf"
    result = cli("report", "compare", demo_path, "--dialogue", "IT-RO", "--session", "1", "--from", "1", "--to", "2", "--lang", "ro", "--out", out)
    assert result.stderr == (
        "consult-app: --lang: the comparison of the minutes of IT-RO can be written in English (en); 'ro' is not one of them: "
        "documents are not printed in Romanian.\n"
    )
    assert not out.exists()
