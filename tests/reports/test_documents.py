"""The three printed documents, read back with pypdf and rendered to PNG."""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from consult_app.domain.model import AgendaItem, Commitment, Dialogue, FollowUpAction, Indicator, Measurement, Party, Session, SessionState, Theme, Visibility
from consult_app.store import Workspace

from .. import documents as services
from ..conftest import ROOT, agreed_before_versions

ARTEFACTS = ROOT / "test-artifacts"


def pages(pdf: bytes) -> list[str]:
    """Each page's text, with words hyphenated at a line end joined again ("coope-\nración" → "cooperación")."""
    return list(_pages(pdf))


@functools.lru_cache(maxsize=128)
def _pages(pdf: bytes) -> tuple[str, ...]:  # the same document is read back by many tests: extract its text once
    return tuple(unhyphenate(page.extract_text() or "") for page in PdfReader(io.BytesIO(pdf)).pages)


def unhyphenate(text: str) -> str:
    return re.sub(r"(?<=[^\W\d_])-\n(?=[^\W\d_A-Z])", "", text)


def flat(pdf: bytes) -> str:
    """All the text, with line breaks folded to spaces (tables wrap words anywhere)."""
    return re.sub(r"\s+", " ", " ".join(pages(pdf)))


def qt_pdf(pdf: bytes):
    """The PDF loaded in QtPdf (the buffer is kept alive with the document)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    doc.buffer = buffer
    return doc


def save_pages_png(pdf: bytes, name: str) -> list[Path]:
    """Every page rendered with QtPdf into test-artifacts/ for a person to look at."""
    from PySide6.QtCore import QSize

    ARTEFACTS.mkdir(exist_ok=True)
    doc = qt_pdf(pdf)
    out = []
    for n in range(doc.pageCount()):
        size = doc.pagePointSize(n)
        path = ARTEFACTS / f"{name}-p{n + 1}.png"
        # quality 80: zlib's fast levels, files a fifth larger, written in 60 % of the time of the default (the suite saves about 150 pages)
        assert doc.render(n, QSize(int(size.width() * 1.5), int(size.height() * 1.5))).save(str(path), "PNG", 80)
        out.append(path)
    return out


def external_checks(pdf: bytes, tmp_path: Path) -> None:
    """qpdf --check and pdffonts, when the tools are installed."""
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    if shutil.which("qpdf"):
        result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    if shutil.which("pdffonts"):
        lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout.splitlines()[2:]
        assert lines, "no fonts listed"
        for line in lines:
            assert line.split()[-5] == "yes", f"font not embedded: {line}"


# ---------------------------------------------------------------- the demo


def test_minutes_of_an_agreed_session(demo_pdf, qapp, tmp_path):
    pdf = demo_pdf.minutes("ML-FR", 2)  # a French-speaking dialogue: French labels and dates
    text = flat(pdf)
    assert "Procès-verbal conjoint de la 2e session — Consultation franco-malienne sur la migration" in text
    assert "Paris, Centre de conférences internationales, 10–11 juin 2002" in text
    assert "Délégation française" in text and "Délégation malienne" in text
    assert text.index("Mamadou Traoré") < text.index("Aminata Keïta")  # head of delegation first
    assert "Ordre du jour adopté" in text and "Cogestion des flux migratoires" in text
    assert "La France facilite la circulation des voyageurs de bonne foi" in text  # conclusions
    assert "MLFR-2002-01" in text and "2,6 millions d'euros" in text  # commitments adopted
    assert "Diffuser le procès-verbal conjoint de la 2e session" in text  # follow-up actions
    assert "prochaine session à Bamako" in text
    assert "Pour la République française" in text and "Pour la République du Mali" in text  # signature blocks
    assert "Le Chef de la délégation malienne" in text
    assert "Fait à Paris, le 11 juin 2002, en deux exemplaires originaux en langue française." in text
    assert "PROJET" not in text and "DRAFT" not in text  # agreed minutes carry no watermark
    external_checks(pdf, tmp_path)
    save_pages_png(pdf, "minutes-ML-FR-2")


def test_draft_minutes_carry_the_watermark(demo_pdf):
    assert "PROJET" in pages(demo_pdf.minutes("ML-FR", 3))[0]
    assert "DRAFT" in pages(demo_pdf.minutes("US-MX", 2))[0]


def test_marking_and_page_numbers_on_every_page(demo_pdf):
    for pdf in (demo_pdf.minutes("ML-FR", 2), demo_pdf.brief("ML-FR", 3, dt.date(2003, 6, 6))):
        texts = pages(pdf)
        assert len(texts) > 1
        for n, page in enumerate(texts, start=1):
            assert page.count("DIFFUSION RESTREINTE") >= 2, f"page {n}: marking missing in header or footer"
            assert f"Page {n} sur {len(texts)}" in page


def test_names_in_every_script_print(demo_pdf):
    assert "Ștefan Țurcanu" in flat(demo_pdf.minutes("IT-RO", 1))
    tracker = flat(demo_pdf.tracker("IT-AL", dt.date(2003, 1, 1)))
    assert "Bakanlığı" in tracker and "Министарство" in tracker
    assert "Ђорђе Јовановић" in flat(demo_pdf.brief("IT-AL", 2, dt.date(2002, 4, 10)))


def test_bilingual_minutes_side_by_side_flag_missing_text(demo_pdf, qapp):
    pdf = demo_pdf.minutes("US-MX", 2, ["en", "es"])
    text = flat(pdf)
    assert "Border safety / Seguridad fronteriza" in text
    assert "Both sides reviewed cooperation on border safety." in text
    assert "Ambas partes revisaron la cooperación en seguridad fronteriza." in text
    assert "[Text missing in Spanish]" in text
    save_pages_png(pdf, "minutes-US-MX-2-en-es")


def test_minutes_in_a_language_the_dialogue_does_not_use(demo):
    with pytest.raises(Exception) as err:
        services.minutes_pdf(demo, "ML-FR", 2, ["es"])
    assert str(err.value) == "language: the minutes of ML-FR can be written in French (fr); 'es' is not one of them."


def test_tracker(demo_pdf, qapp, tmp_path):
    pdf = demo_pdf.tracker("ML-FR", dt.date(2003, 6, 1), lang="en")
    text = flat(pdf)
    assert "Progress tracker — Consultation franco-malienne sur la migration" in text
    assert "As of June 1, 2003" in text
    assert "Status by party" in text
    assert "Quid pro quo: reciprocal commitments" in text
    assert "not delivering: France" in text  # the fund is at risk, the registry on track
    assert "7,000 → 25,000 of 30,000 (78%)" in text  # visas indicator
    assert "OVERDUE" in text  # the bank guarantee, due March 2003
    assert "What changed since the 2nd session" in text
    assert "Transmettre à la partie malienne le calendrier" in text  # open action
    assert "Diffuser le procès-verbal" not in text  # done actions are not listed
    external_checks(pdf, tmp_path)
    save_pages_png(pdf, "tracker-ML-FR")


def test_tracker_of_all_dialogues(demo_pdf):
    text = flat(demo_pdf.tracker(None, dt.date(2003, 6, 1)))
    for code in ("IT-AL", "IT-RO", "ML-FR", "RCM", "US-MX"):
        assert f"{code} — " in text


def test_brief(demo_pdf, qapp, tmp_path):
    pdf = demo_pdf.brief("ML-FR", 3, dt.date(2003, 6, 6), lang="en")
    texts = pages(pdf)
    text = flat(pdf)
    assert "MINISTERIAL BRIEF" in texts[0] and "INTERNAL — NOT FOR THE OTHER DELEGATION" in texts[0]
    assert "The session at a glance" in texts[1]
    assert "Agenda — June 16, 2003, from 09:30" in text
    assert "10:35–11:05 3.1 Politique des visas : bilan 1997–2002" in text
    assert "What they will ask of us" in text and "Our red lines" in text and "Three risks" in text
    assert "Lines to take" in text and "Reconnaître le retard" in text
    assert "Annex C — The commitments in full" in text
    assert "Key figures" in text and "25,000" in text
    assert "The counterpart delegation" in text and "Mamadou Traoré" in text
    assert "What was agreed last time" in text
    external_checks(pdf, tmp_path)
    save_pages_png(pdf, "brief-ML-FR-3")


# ---------------------------------------------------------------- a small dialogue for long data

# (the confidentiality tests, generated from the schema, are in test_audience.py)


@pytest.fixture
def secret(tmp_path):
    """A small dialogue with one joint and one internal commitment."""
    ws = Workspace.create(tmp_path / "secret.consult")
    d = ws.add_dialogue(
        Dialogue(
            code="SEC",
            name={"en": "Marker dialogue"},
            parties=[Party("AA", "Aland", is_home=True), Party("BB", "Borland")],
            languages=["en"],
            themes=[Theme("T1", {"en": "Theme one"})],
        )
    )
    s = ws.add_session(Session(d.id, 1, dt.date(2020, 3, 1), dt.date(2020, 3, 2), venue="Geneva", state=SessionState.HELD))
    ws.add_agenda_item(AgendaItem(s.id, {"en": "Shared item"}, theme_id=d.themes[0].id, summary={"en": "Shared summary"}, objective="Our objective"))
    agreed_before_versions(ws, s.id)
    joint = ws.add_commitment(Commitment(d.id, "SEC-1", {"en": "Shared undertaking"}, d.parties[1].id, s.id, theme_id=d.themes[0].id))
    internal = ws.add_commitment(
        Commitment(d.id, "SEC-2", {"en": "Our position"}, d.parties[0].id, s.id, theme_id=d.themes[0].id, visibility=Visibility.INTERNAL)
    )
    ws.log_status(joint.id, "on_track", dt.date(2020, 4, 1), note="fine")
    ws.log_status(internal.id, "at_risk", dt.date(2020, 4, 1), note="ours")
    yield ws
    ws.close()


# ---------------------------------------------------------------- long data


def test_long_register_breaks_across_pages_with_repeated_headers(secret):
    d = secret.dialogue_by_code("SEC")
    s = secret.sessions(d.id)[0]
    with secret.transaction("commitment"):  # one commit, not 257: the test is about the printing
        for n in range(3, 260):
            secret.add_commitment(
                Commitment(d.id, f"SEC-{n}", {"en": f"Commitment number {n} on cooperation"}, d.parties[n % 2].id, s.id, theme_id=d.themes[0].id)
            )
    texts = pages(services.tracker_pdf(secret, "SEC", dt.date(2020, 5, 1)))
    assert len(texts) > 5
    register_pages = [t for t in texts if "SEC-100" in t or "SEC-200" in t]
    assert register_pages and all("Latest update" in t for t in register_pages)  # header row repeated


def test_a_very_long_text_still_renders(secret):
    d = secret.dialogue_by_code("SEC")
    s = secret.sessions(d.id)[0]
    long_text = ("Ștefan Țurcanu a signé. " * 220)[:5000]
    c = secret.add_commitment(Commitment(d.id, "SEC-LONG", {"en": long_text}, d.parties[0].id, s.id))
    secret.log_status(c.id, "on_track", dt.date(2020, 4, 2), note=long_text)
    s2 = secret.add_session(Session(d.id, 2, dt.date(2020, 9, 1), dt.date(2020, 9, 2), venue="Geneva"))  # session 1's minutes are agreed
    secret.add_agenda_item(AgendaItem(s2.id, {"en": "Long item"}, position=5, summary={"en": long_text}, objective=long_text))
    secret.add_action(FollowUpAction(d.id, long_text, session_id=s.id))
    for pdf in (
        services.minutes_pdf(secret, "SEC", 2),
        services.tracker_pdf(secret, "SEC", dt.date(2020, 5, 1)),
        services.brief_pdf(secret, "SEC", 2, dt.date(2020, 8, 20)),
    ):
        assert "Ștefan Țurcanu a signé." in flat(pdf)


def test_indicator_progress_is_direction_aware_in_print(secret):
    d = secret.dialogue_by_code("SEC")
    c = secret.commitment_by_ref("SEC-1")
    ind = secret.add_indicator(Indicator(c.id, {"en": "Share of transit migrants"}, "percent", 80, dt.date(2019, 1, 1), 50))
    secret.add_measurement(Measurement(ind.id, dt.date(2020, 1, 1), 65, visibility=Visibility.JOINT))
    assert "80% → 65% of 50% (50%)" in flat(services.tracker_pdf(secret, d.code, dt.date(2020, 5, 1)))


# ---------------------------------------------------------------- the command line


def test_report_commands(demo_path, cli, tmp_path):
    out = tmp_path / "m.pdf"
    result = cli("report", "minutes", demo_path, "--dialogue", "US-MX", "--session", "2", "--lang", "en,es", "--out", out)
    assert (result.returncode, result.stderr) == (0, "")
    assert "Seguridad fronteriza" in flat(out.read_bytes())
    result = cli("report", "tracker", demo_path, "--as-of", "2003-01-01", "--out", tmp_path / "t.pdf")
    assert result.returncode == 0 and (tmp_path / "t.pdf").stat().st_size > 10_000
    result = cli("report", "brief", demo_path, "--dialogue", "ML-FR", "--session", "3", "--out", tmp_path / "b.pdf")
    assert result.returncode == 0


def test_report_errors_are_one_sentence(demo_path, cli, tmp_path):
    out = tmp_path / "x.pdf"
    result = cli("report", "minutes", demo_path, "--dialogue", "ML-FR", "--session", "9", "--out", out)
    assert (result.returncode, result.stderr) == (1, "consult-app: This dialogue has no session number 9.\n")
    result = cli("report", "minutes", demo_path, "--dialogue", "ML-FR", "--session", "2", "--lang", "english", "--out", out)
    assert result.returncode == 2
    assert result.stderr.splitlines()[-1].endswith("'english' is not one language code or two separated by a comma (for example fr or fr,en)")
    result = cli("report", "minutes", demo_path, "--dialogue", "ML-FR", "--session", "2", "--out", tmp_path / "no" / "x.pdf")
    assert result.returncode == 1 and result.stderr.startswith("consult-app: Cannot write ")
    assert not out.exists()


def test_marking_can_be_overridden_per_document(demo_path, cli, tmp_path):
    out = tmp_path / "secret.pdf"
    result = cli("report", "brief", demo_path, "--dialogue", "ML-FR", "--session", "3", "--marking", "SECRET", "--out", out)
    assert result.returncode == 0, result.stderr
    texts = pages(out.read_bytes())
    assert all(t.count("SECRET") >= 2 and "RESTRICTED" not in t for t in texts)


# ---------------------------------------------------------------- languages


def test_tracker_in_french_formats_dates_and_numbers_the_french_way(demo_pdf):
    text = flat(demo_pdf.tracker("ML-FR", dt.date(2003, 6, 1)))
    assert "Tableau de suivi — Consultation franco-malienne sur la migration" in text
    assert "Au 1er juin 2003" in text
    assert "7 000 → 25 000 sur 30 000 (78 %)" in text  # French digit grouping
    assert "En bonne voie" in text and "EN RETARD" in text
    assert "Ce qui a changé depuis la 2e session (10 juin 2002)" in text


def test_tracker_and_brief_in_spanish(demo_pdf):
    tracker = flat(demo_pdf.tracker("US-MX", dt.date(2002, 6, 1), lang="es"))
    assert "Cuadro de seguimiento" in tracker and "Estado por parte" in tracker
    brief = flat(demo_pdf.brief("US-MX", 2, dt.date(2002, 3, 1), lang="es"))
    assert "NOTA MINISTERIAL" in brief and "Orden del día — 18 de marzo de 2002, a partir de las 9:30" in brief


def test_spanish_and_english_minutes_side_by_side(demo_pdf):
    text = flat(demo_pdf.minutes("US-MX", 2, ["es", "en"]))
    assert "Acta conjunta de la 2.ª sesión" in text
    assert "Textos en español e inglés, en paralelo." in text
    assert "Ambas partes revisaron la cooperación en seguridad fronteriza." in text
    assert "Both sides reviewed cooperation on border safety." in text
    assert "[Falta el texto en español]" in text  # never silently blank


@pytest.fixture
def french_english(ws):
    """A dialogue working in French and English, one text missing in English."""
    d = ws.add_dialogue(
        Dialogue(
            code="SN-FR",
            name={"fr": "Dialogue franco-sénégalais", "en": "Senegal–France dialogue"},
            parties=[Party("FR", "France", is_home=True), Party("SN", "Sénégal")],
            languages=["fr", "en"],
        )
    )
    s = ws.add_session(Session(d.id, 1, dt.date(2008, 9, 23), dt.date(2008, 9, 24), venue="Dakar"))
    ws.add_agenda_item(
        AgendaItem(
            s.id,
            {"fr": "Migrations de travail", "en": "Labour migration"},
            summary={"fr": "Les parties ont signé l’accord.", "en": "The parties signed the agreement."},
        )
    )
    ws.add_agenda_item(AgendaItem(s.id, {"fr": "Retour", "en": "Return"}, position=1, summary={"fr": "Aide à la réinsertion de 25 000 personnes."}))
    return ws


def test_french_and_english_minutes_side_by_side(french_english, cli, tmp_path):
    text = flat(services.minutes_pdf(french_english, "SN-FR", 1, ["fr", "en"]))
    assert "Procès-verbal conjoint de la 1re session — Dialogue franco-sénégalais" in text
    assert "Textes en français et anglais, côte à côte." in text
    assert "Les parties ont signé l’accord." in text and "The parties signed the agreement." in text
    assert "[Texte manquant en anglais]" in text
    assert "Dakar, 23–24 sept. 2008" in text and "les 23 et 24 septembre 2008" in text
    assert "tous les textes faisant également foi" not in text and "les deux textes faisant également foi" in text


def test_cli_minutes_in_french(demo_path, cli, tmp_path):
    out = tmp_path / "fr.pdf"
    result = cli("report", "minutes", demo_path, "--dialogue", "ML-FR", "--session", "3", "--lang", "fr", "--out", out)
    assert result.returncode == 0, result.stderr
    text = flat(out.read_bytes())
    assert "Procès-verbal conjoint de la 3e session" in text and "16–17 juin 2003" in text and "Page 1 sur" in text


def test_every_label_has_three_languages_and_keeps_its_placeholders():
    import re as _re

    from consult_app.reports.labels import LABELS

    for english, (french, spanish) in LABELS.items():
        wanted = sorted(_re.findall(r"\{[a-z]+\}", english))
        assert french.strip() and spanish.strip(), english
        assert sorted(_re.findall(r"\{[a-z]+\}", french)) == wanted, english
        assert sorted(_re.findall(r"\{[a-z]+\}", spanish)) == wanted, english


def test_the_glossary_lists_every_label():
    from consult_app.reports.labels import glossary_table

    text = (ROOT / "docs" / "glossary.md").read_text("utf-8")
    assert text.endswith(glossary_table()), "docs/glossary.md is behind the labels: python -m consult_app.reports.labels"


def test_plural_pairs_are_labels():
    from consult_app.reports.labels import LABELS, PLURAL_PAIRS, nlabel

    assert all(one in LABELS and many in LABELS for one, many in PLURAL_PAIRS.items())
    assert nlabel("es", 1, "{n} commitment overdue") == "1 compromiso vencido"
    assert nlabel("es", 4, "{n} commitment overdue") == "4 compromisos vencidos"
    assert nlabel("fr", 2, "not delivering: {who}", who="la France et le Mali") == "ne tiennent pas leurs engagements\u00a0: la France et le Mali"


def test_unsupported_languages_are_refused_with_the_supported_ones(demo_path, cli, tmp_path):
    """The tracker's labels may be in any language documents are printed in; the minutes' in those of the dialogue's
    working languages (tests/cli/test_print_languages.py)."""
    out = tmp_path / "t.pdf"
    result = cli("report", "tracker", demo_path, "--dialogue", "IT-RO", "--lang", "ro", "--out", out)
    assert (result.returncode, result.stderr) == (
        1,
        "consult-app: --lang: the tracker of IT-RO can be written in English (en), French (fr) or Spanish (es); 'ro' is not one of them: "
        "documents are not printed in Romanian.\n",
    )
    result = cli("report", "minutes", demo_path, "--dialogue", "IT-RO", "--session", "1", "--lang", "en,ro", "--out", out)
    assert (result.returncode, result.stderr) == (
        1,
        "consult-app: --lang: the minutes of IT-RO can be written in English (en); 'ro' is not one of them: documents are not printed in Romanian.\n",
    )
    assert not out.exists()


def test_a_tracker_whose_open_actions_fill_pages_lays_out(demo):
    # The medium benchmark's tracker stopped with a LayoutError: its open actions, pages of them, were to be kept on
    # the page where the changes since the last session (pages of them too) end.
    mlfr = demo.dialogue_by_code("ML-FR")
    commitments = demo.commitments(mlfr.id)
    with demo.transaction("status"):  # one commit, not 230: the test is about the layout
        for n in range(80):
            demo.log_status(commitments[n % len(commitments)].id, "on_track", dt.date(2003, 5, 1), note=f"Change number {n:02d}")
        for n in range(150):
            demo.add_action(FollowUpAction(mlfr.id, f"Open action number {n:03d} of a long list", "Desk officer", dt.date(2003, 9, 1)))
    text = flat(services.tracker_pdf(demo, "ML-FR", dt.date(2003, 6, 1), audience="internal", lang="en"))  # the notes are internal
    assert "Change number 00" in text and "Change number 79" in text
    assert "Open action number 000 of a long list" in text and "Open action number 149 of a long list" in text
