"""The Word minutes in the language the secretariat chooses: ``export … --lang``, labels and texts in that language."""

from __future__ import annotations

from docx import Document

from consult_app.store import Workspace

from ..reports.test_spanish_minutes import agree_us_mx_2


def words(path) -> str:
    """Every paragraph and table cell of a .docx, and its page header, a line each."""
    doc = Document(str(path))
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join([doc.sections[0].header.paragraphs[0].text, *(p.text for p in doc.paragraphs), *cells])


def test_the_mexican_secretariat_gets_a_spanish_draft_of_the_us_mx_minutes(cli, demo_path, tmp_path):
    """US-MX works in en and es: the Word draft was always English; --lang es writes it in Spanish, labels and texts."""
    out = tmp_path / "usmx-es.docx"
    result = cli("export", demo_path, out, "--dialogue", "US-MX", "--session", "2", "--lang", "es")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote draft minutes of the 2nd session of US-MX to {out}.\n"
    doc = Document(str(out))
    assert doc.core_properties.language == "es-ES"
    assert doc.core_properties.title == (
        "Proyecto de acta conjunta de la 2.ª sesión — Grupo de Trabajo México–Estados Unidos sobre Migración y Asuntos Consulares"
    )
    text = words(out)
    assert text.startswith("SENSIBLE PERO NO CLASIFICADO\n")  # the marking in the draft's language
    for spanish in (
        "Ciudad de México, Secretaría de Relaciones Exteriores, 18–19 de marzo de 2002. BORRADOR para observaciones.",
        "Delegaciones",
        "Delegación mexicana",
        "María Fernanda López, Comisionada (Miembro)",
        "Orden del día aprobado",
        "2. Seguridad fronteriza",
        "Resumen: Ambas partes revisaron la cooperación en seguridad fronteriza.",
        "Resumen: [Falta el texto en español]",  # a text the dialogue has only in English is flagged, not printed in English
        "Compromisos adoptados",
        "Iniciar un proyecto de investigación conjunta sobre los flujos migratorios.",
        "No se consignó ninguna acción de seguimiento.",
        "Próxima sesión",
        "Por los Estados Unidos Mexicanos",
    ):
        assert spanish in text, spanish
    for english in ("Delegations", "Summary", "Commitments adopted", "(Member)", "DRAFT for comments", "SENSITIVE BUT UNCLASSIFIED"):
        assert english not in text, english


def test_without_lang_the_draft_is_in_the_dialogues_first_language_as_before(cli, demo_path, tmp_path):
    out = tmp_path / "usmx.docx"
    assert cli("export", demo_path, out, "--dialogue", "US-MX", "--session", "2").returncode == 0
    text = words(out)
    assert "Delegations" in text and "Commitments adopted" in text and "Delegaciones" not in text
    assert Document(str(out)).core_properties.language == "en-GB"
    explicit = tmp_path / "usmx-en.docx"
    assert cli("export", demo_path, explicit, "--dialogue", "US-MX", "--session", "2", "--lang", "EN").returncode == 0
    assert words(explicit) == text


def test_the_word_copy_of_agreed_minutes_in_spanish_says_so_with_its_version_and_hash(cli, demo_path, tmp_path):
    with Workspace.open(demo_path) as ws:
        _d, s = agree_us_mx_2(ws)
        agreed = ws.agreed_version(s.id)
    out = tmp_path / "agreed-es.docx"
    result = cli("export", demo_path, out, "--dialogue", "US-MX", "--session", "2", "--lang", "es")
    assert result.stdout == f"Wrote a copy of the agreed minutes of the 2nd session of US-MX to {out}.\n"
    doc = Document(str(out))
    assert doc.core_properties.title.startswith("Copia del acta conjunta aprobada de la 2.ª sesión — ")
    assert doc.paragraphs[1].text.endswith(
        f". Copia del acta aprobada; da fe el acta conjunta impresa por Consult (Versión aprobada {agreed.number} · SHA-256 {agreed.hash})."
    )
    assert "BORRADOR" not in words(out) and "Compromisos adoptados" in words(out)


def test_a_language_the_word_minutes_cannot_be_written_in_is_refused_in_one_sentence(cli, demo_path, tmp_path):
    """Not a working language (fr for US-MX), not a language at all, or a working language documents are not printed in
    (ro for IT-RO): one sentence naming --lang and the languages it may take; no file written."""
    before = demo_path.read_bytes()
    cases = (
        ("US-MX", "2", "fr", "--lang: the Word minutes of US-MX can be written in English (en) or Spanish (es); 'fr' is not one of them."),
        ("US-MX", "2", "xx", "--lang: the Word minutes of US-MX can be written in English (en) or Spanish (es); 'xx' is not one of them."),
        ("US-MX", "2", "en,es", "--lang: the Word minutes of US-MX can be written in English (en) or Spanish (es); 'en,es' is not one of them."),
        (
            "IT-RO",
            "1",
            "ro",
            "--lang: the Word minutes of IT-RO can be written in English (en); 'ro' is not one of them: documents are not printed in Romanian.",
        ),
    )
    for code, number, lang, message in cases:
        out = tmp_path / f"{code}-{lang}.docx"
        result = cli("export", demo_path, out, "--dialogue", code, "--session", number, "--lang", lang)
        assert (result.returncode, result.stdout, result.stderr) == (1, "", f"consult-app: {message}\n")
        assert not out.exists() and not out.with_name(out.name + ".part").exists()
    assert demo_path.read_bytes() == before


def test_lang_is_refused_for_a_file_that_is_not_the_word_minutes(cli, demo_path, tmp_path):
    result = cli("export", demo_path, tmp_path / "r.csv", "--dialogue", "US-MX", "--lang", "es")
    assert result.returncode == 1 and result.stderr == "consult-app: --lang: only the Word minutes (.docx) are written in a chosen language, not r.csv.\n"
    assert not (tmp_path / "r.csv").exists()
