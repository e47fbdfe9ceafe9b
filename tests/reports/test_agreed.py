"""The agreed record: PDF/A-2b read back with pikepdf and qpdf, the version hash on every page, the seal, PAdES signing, verify.

The signing certificate is made here with ``cryptography`` (a self-signed
one, as a ministry's test certificate would be), never a stand-in for pyHanko.
"""

from __future__ import annotations

import datetime as dt
import subprocess

import pikepdf
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pypdf import PdfReader

from consult_app import cli
from consult_app.domain.errors import Invalid, NotFound
from consult_app.ops import documents
from consult_app.ops import minutes as minutes_ops
from consult_app.reports import archive
from consult_app.reports.base import Renderer
from consult_app.store import Workspace

from .test_documents import flat
from .test_print_quality import misplaced_outline_entries, outline_entries


@pytest.fixture
def agreed_path(demo_path):
    """ML-FR session 3 drafted, circulated twice, and signed off by both heads (Mali's recorded from the signed paper)."""
    with Workspace.open(demo_path) as ws:
        d = ws.dialogue_by_code("ML-FR")
        s3 = ws.session_by_number(d.id, 3)
        for n, item in enumerate(ws.agenda(s3.id)):
            item.summary = {"fr": f"Point {n} : les deux parties ont examiné la question et constaté des progrès. " * 12}
            minutes_ops.save_texts(ws, item)
        minutes_ops.circulate(ws, s3.id)
        item = ws.agenda(s3.id)[3]
        item.conclusions = {"fr": "Les parties conviennent de réexaminer les délais de délivrance des visas."}
        minutes_ops.save_texts(ws, item)
        minutes_ops.circulate(ws, s3.id)
        minutes_ops.sign_off(ws, s3.id, "Dominique Laurent")
        minutes_ops.sign_off(ws, s3.id, "Mamadou Traoré", party_id=d.party_by_code("ML").id)
    return demo_path


def agreed_pdf(path) -> tuple[bytes, str]:
    with Workspace.open(path, readonly=True) as ws:
        d = ws.dialogue_by_code("ML-FR")
        s3 = ws.session_by_number(d.id, 3)
        return documents.minutes(ws, s3.id).render(), ws.agreed_version(s3.id).hash


def test_the_agreed_minutes_are_pdfa_with_the_hash_on_every_page(agreed_path, tmp_path):
    pdf, agreed = agreed_pdf(agreed_path)
    pages = PdfReader(__import__("io").BytesIO(pdf)).pages
    assert len(pages) >= 3
    assert all(f"Version approuvée 2 · SHA-256 {agreed}" in p.extract_text() for p in pages)
    text = flat(pdf)
    assert "Acte approuvé" in text and "Dominique Laurent" in text and "PROJET" not in text
    (tmp_path / "agreed.pdf").write_bytes(pdf)
    check = subprocess.run(["qpdf", "--check", str(tmp_path / "agreed.pdf")], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    with pikepdf.open(tmp_path / "agreed.pdf") as doc:
        meta = doc.open_metadata()
        assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "B")
        assert meta["dc:title"] == str(doc.docinfo["/Title"]).strip() and meta["pdf:Producer"] == str(doc.docinfo["/Producer"])
        [intent] = doc.Root.OutputIntents
        assert intent.S == "/GTS_PDFA1" and intent.DestOutputProfile.N == 3 and len(intent.DestOutputProfile.read_bytes()) > 400
        assert "/Encrypt" not in doc.trailer and len(doc.trailer.ID) == 2
        fonts = {}
        for page in doc.pages:
            for _name, font in page.Resources.Font.items():
                fonts[str(font.BaseFont)] = font
        assert fonts and all("/FontFile2" in f.FontDescriptor or "/FontFile3" in f.FontDescriptor for f in fonts.values()), list(fonts)
        assert all("DejaVu" in name for name in fonts)
    record = archive.read_record(pdf)
    assert (record.dialogue, record.session, record.version, record.hash) == ("ML-FR", 3, 2, agreed)


def test_the_agreed_records_outline_goes_to_each_heading_through_the_archive(agreed_path):
    pdf, _agreed = agreed_pdf(agreed_path)
    titles = [e.title for e in outline_entries(PdfReader(__import__("io").BytesIO(pdf)).outline)]
    assert "Acte approuvé" in titles  # the agreed record's own section, after the signatures
    assert misplaced_outline_entries(pdf, Renderer.base_size) == []


def test_verify_matches_and_fails_for_one_changed_byte_anywhere(agreed_path, tmp_path, capsys):
    pdf, agreed = agreed_pdf(agreed_path)
    good = tmp_path / "minutes.pdf"
    good.write_bytes(pdf)
    assert cli.main(["verify", str(good), str(agreed_path)]) == 0
    assert capsys.readouterr().out == (
        f"minutes.pdf matches the agreed version 2 of ML-FR session 3 (SHA-256 {agreed}).\n"
        "It is not signed: its seal shows it is the file Consult printed, not who stands behind it.\n"
    )
    seal_at = pdf.index(b"<consult:seal>") + len(b"<consult:seal>sha256:")
    for position in (10, len(pdf) // 2, seal_at + 5, len(pdf) - 3):
        changed = bytearray(pdf)
        changed[position] ^= 0x20
        bad = tmp_path / "changed.pdf"
        bad.write_bytes(bytes(changed))
        assert cli.main(["verify", str(bad), str(agreed_path)]) == 1
        out = capsys.readouterr().out
        assert out.startswith("changed.pdf does not match: it was changed after Consult printed it"), (position, out)


def test_verify_against_a_workspace_whose_agreed_version_differs(agreed_path, tmp_path, capsys, demo_path):
    pdf, _agreed = agreed_pdf(agreed_path)
    (tmp_path / "minutes.pdf").write_bytes(pdf)
    other = tmp_path / "other.consult"
    from consult_app.ops.workspaces import create

    create(other, demo=True).close()  # the same ids, never negotiated
    assert cli.main(["verify", str(tmp_path / "minutes.pdf"), str(other)]) == 1
    assert capsys.readouterr().out == "minutes.pdf does not match: the minutes of ML-FR session 3 are not agreed in this workspace.\n"
    draft = tmp_path / "draft.pdf"
    assert cli.main(["report", "minutes", str(other), "--dialogue", "ML-FR", "--session", "3", "--out", str(draft)]) == 0
    assert cli.main(["verify", str(draft), str(other)]) == 1
    assert capsys.readouterr().out == "draft.pdf is not an agreed record printed by Consult (it carries no seal and no version hash).\n"


def make_p12(tmp_path, password: bytes) -> tuple:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Dominique Laurent"), x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ministère (test)")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(key, hashes.SHA256())
    )
    path = tmp_path / "cert.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"test", key, cert, None, serialization.BestAvailableEncryption(password)))
    return path


def test_signed_with_a_certificate_and_verified(agreed_path, tmp_path, capsys, monkeypatch):
    p12 = make_p12(tmp_path, b"secret")
    out = tmp_path / "signed.pdf"
    args = ["report", "minutes", str(agreed_path), "--dialogue", "ML-FR", "--session", "3", "--out", str(out), "--sign-with", str(p12)]
    monkeypatch.setenv("CONSULT_SIGN_PASSWORD", "wrong")
    assert cli.main(args) == 1
    assert (
        capsys.readouterr().err
        == "consult-app: cert.p12 cannot be read as a certificate with its key: check the file, and its password in CONSULT_SIGN_PASSWORD.\n"
    )
    assert not out.exists()
    monkeypatch.setenv("CONSULT_SIGN_PASSWORD", "secret")
    assert cli.main(args) == 0
    capsys.readouterr()
    assert cli.main(["verify", str(out), str(agreed_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("signed.pdf matches the agreed version 2 of ML-FR session 3")
    assert lines[1].startswith("Signed by ") and "Dominique Laurent" in lines[1] and "the signature is valid and covers the whole file" in lines[1]
    data = out.read_bytes()
    assert archive.check(data).signed and data.count(b"%%EOF") >= 2  # the signature is an incremental update after the sealed bytes
    changed = bytearray(data)
    changed[len(data) - 200] ^= 0x01  # inside the signature's revision
    (tmp_path / "tampered.pdf").write_bytes(bytes(changed))
    assert cli.main(["verify", str(tmp_path / "tampered.pdf"), str(agreed_path)]) == 1
    assert "does not match" in capsys.readouterr().out


def test_only_agreed_minutes_are_signed_and_compared_versions_must_exist(demo, tmp_path):
    d = demo.dialogue_by_code("ML-FR")
    s3 = demo.session_by_number(d.id, 3)
    draft = documents.minutes(demo, s3.id).render()
    with pytest.raises(Invalid, match=r"^sign_with: only agreed minutes are signed"):
        documents.sign(draft, tmp_path / "none.p12", None)
    with pytest.raises(NotFound, match="^The minutes of ML-FR session 3 have no version 1.$"):
        documents.compare(demo, s3.id, 1, 2)


def test_agreed_texts_changed_behind_the_apps_back_are_not_printed_under_the_hash(agreed_path):
    import sqlite3

    conn = sqlite3.connect(agreed_path)
    conn.execute("UPDATE agenda_items SET conclusions = '{\"fr\": \"FORGED\"}' WHERE conclusions LIKE '%délais de délivrance%'")
    conn.commit()
    conn.close()
    with Workspace.open(agreed_path, readonly=True) as ws:
        s3 = ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3)
        with pytest.raises(
            Invalid,
            match=r"^The minutes of ML-FR session 3 differ from the agreed version 2 \(item 2 conclusions \[fr\]\): agreed texts change only by amendment\.$",
        ):
            documents.minutes(ws, s3.id)
    from consult_app.ops.workspaces import check

    assert check(agreed_path).problems == [
        "Minutes: The minutes of ML-FR session 3 differ from the agreed version 2 (item 2 conclusions [fr]): agreed texts change only by amendment."
    ]


SESSION_3 = "(SELECT s.id FROM sessions s JOIN dialogues d ON d.id = s.dialogue_id WHERE d.code = 'ML-FR' AND s.number = 3)"
TOP = "session_id = " + SESSION_3 + " AND parent_id IS NULL AND position = {}"


@pytest.mark.parametrize(
    "sql, changes",
    [
        (
            f"INSERT INTO agenda_items (id, session_id, title, position, kind) VALUES ('forged', {SESSION_3}, '{{\"fr\": \"Point ajouté\"}}', 9, 'discussion')",
            "item 7 was added",
        ),
        (f"UPDATE agenda_items SET kind = 'break' WHERE {TOP.format(4)}", "item 5 is no longer discussed, item 6 is now numbered 5"),
        (
            f"UPDATE agenda_items SET position = CASE position WHEN 4 THEN 5 ELSE 4 END WHERE {TOP.format(4)} OR {TOP.format(5)}",
            "item 5 is now numbered 6, item 6 is now numbered 5",
        ),
        (f"UPDATE agenda_items SET parent_id = (SELECT id FROM agenda_items WHERE {TOP.format(4)}) WHERE {TOP.format(5)}", "item 6 is now numbered 5.1"),
    ],
    ids=["added", "made a break", "swapped", "made a sub-item"],
)
def test_agreed_items_added_or_moved_behind_the_apps_back_are_not_printed_under_the_hash(agreed_path, sql, changes):
    """Only the agreed texts were compared: an item added, turned into a break (gone from the minutes), moved or made a
    sub-item with the sqlite3 shell printed under the agreed hash, and `check` found nothing."""
    import sqlite3

    conn = sqlite3.connect(agreed_path)
    conn.execute(sql)
    conn.commit()
    conn.close()
    sentence = f"The minutes of ML-FR session 3 differ from the agreed version 2 ({changes}): agreed texts change only by amendment."
    with Workspace.open(agreed_path, readonly=True) as ws:
        with pytest.raises(Invalid) as refused:
            documents.minutes(ws, ws.session_by_number(ws.dialogue_by_code("ML-FR").id, 3).id)
        assert str(refused.value) == sentence
    from consult_app.ops.workspaces import check

    assert check(agreed_path).problems == [f"Minutes: {sentence}"]


def test_the_hash_line_clears_the_marking_and_the_page_number(agreed_path):
    """On every page the footer's three strings (the agreed version and hash, the page number, the marking) stand apart."""
    from reportlab.pdfbase import pdfmetrics

    from consult_app.reports.base import FONT

    pdf, agreed = agreed_pdf(agreed_path)
    for page in PdfReader(__import__("io").BytesIO(pdf)).pages:
        shown = []

        def seen(text, cm, tm, font, size, shown=shown):
            if text.strip():
                x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
                shown.append((text.strip(), x, y, size * tm[0] * cm[0]))

        page.extract_text(visitor_text=seen)
        foot = [s for s in shown if s[2] < 40]  # below the rule at 14.5 mm
        [(record, x, y, size)] = [s for s in foot if "SHA-256" in s[0]]
        assert record == f"Version approuvée 2 · SHA-256 {agreed}"
        right = x + pdfmetrics.stringWidth(record, FONT, size)
        for text, x2, y2, size2 in foot:
            if text == record:
                continue
            width = pdfmetrics.stringWidth(text, f"{FONT}-Bold" if text == "DIFFUSION RESTREINTE" else FONT, size2)
            apart = abs(y2 - y) >= max(size, size2) or x2 >= right + 2 or x2 + width <= x - 2
            assert apart, (text, record)
