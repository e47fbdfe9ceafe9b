"""The agreed record on paper and on disk: PDF/A-2b, a seal over the file's bytes, an optional PAdES signature.

:func:`archive` turns the PDF reportlab lays out into PDF/A-2b with pikepdf
(XMP metadata saying so, with the record's own properties described by an
extension schema; an sRGB output intent; reportlab already embeds every font)
and *seals* it: the XMP holds ``sha256:<digest>:<length>``, the SHA-256 of the
file's first ``length`` bytes with the digest itself read as zeros. One
changed byte anywhere changes the digest. The seal proves the file is the one
Consult wrote; only a signature (:func:`sign`, PAdES with pyHanko, appended
as an incremental update after the sealed bytes) proves who stands behind it.

:func:`read_record` gives back what a printed record says it is (dialogue,
session, version, hash), and :func:`check` whether its seal and signature hold.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from ..domain.errors import ConsultError

NS = "https://consult.example/ns/agreed-record/1.0/"
PLACEHOLDER = "sha256:" + "0" * 64 + ":" + "0" * 12
_SEAL = re.compile(rb"<consult:seal>sha256:([0-9a-f]{64}):([0-9]{12})</consult:seal>")
_FIELDS = ("dialogue", "dialogueId", "session", "sessionId", "version", "hash")


@dataclass(frozen=True)
class Record:
    """What a printed agreed record says it is."""

    dialogue: str  # the dialogue's code
    dialogue_id: str
    session: int
    session_id: str
    version: int
    hash: str


@dataclass(frozen=True)
class Check:
    """Whether a file's seal holds, and what its signature (if any) says."""

    sealed: bool
    signed: bool
    signature_valid: bool = False
    signer: str = ""
    problem: str = ""  # one sentence when something does not hold


def _xmp(title: str, lang: str, record: Record, now: str) -> str:
    """The XMP packet: PDF/A-2b identification, Dublin Core, and the record's properties with their extension schema."""
    props = "".join(f"<consult:{name}>{escape(str(value))}</consult:{name}>" for name, value in zip(_FIELDS, _values(record)))
    described = "".join(
        f"<rdf:li rdf:parseType='Resource'><pdfaProperty:name>{name}</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>"
        f"<pdfaProperty:category>internal</pdfaProperty:category><pdfaProperty:description>{name} of the agreed record</pdfaProperty:description></rdf:li>"
        for name in (*_FIELDS, "seal")
    )
    return f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
  xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
  xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#" xmlns:consult="{NS}">
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>Consult</rdf:li></rdf:Seq></dc:creator>
<dc:language><rdf:Bag><rdf:li>{escape(lang)}</rdf:li></rdf:Bag></dc:language>
<xmp:CreateDate>{now}</xmp:CreateDate>
<xmp:ModifyDate>{now}</xmp:ModifyDate>
<xmp:MetadataDate>{now}</xmp:MetadataDate>
<xmp:CreatorTool>Consult</xmp:CreatorTool>
<pdf:Producer>Consult (reportlab, pikepdf)</pdf:Producer>
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>Consult agreed record</pdfaSchema:schema>
<pdfaSchema:namespaceURI>{NS}</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>consult</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq>{described}</rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
{props}<consult:seal>{PLACEHOLDER}</consult:seal>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""


def _values(record: Record) -> tuple:
    return (record.dialogue, record.dialogue_id, record.session, record.session_id, record.version, record.hash)


def srgb_profile() -> bytes:
    """An sRGB ICC profile (made by littleCMS through Pillow) for the output intent."""
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def archive(pdf: bytes, *, title: str, lang: str, record: Record) -> bytes:
    """PDF/A-2b with the record's properties, sealed (see the module's docstring)."""
    import pikepdf

    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    stamp = now.isoformat().replace("+00:00", "Z")
    pdf_date = now.strftime("D:%Y%m%d%H%M%SZ")  # the same instant, written the way the Info dictionary writes dates
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        xmp = _xmp(title, lang, record, stamp).encode("utf-8")
        doc.Root.Metadata = doc.make_stream(xmp, Type=pikepdf.Name.Metadata, Subtype=pikepdf.Name.XML)
        icc = doc.make_stream(srgb_profile(), N=3)
        doc.Root.OutputIntents = pikepdf.Array(
            [
                pikepdf.Dictionary(
                    Type=pikepdf.Name.OutputIntent,
                    S=pikepdf.Name.GTS_PDFA1,
                    OutputConditionIdentifier=pikepdf.String("sRGB IEC61966-2.1"),
                    Info=pikepdf.String("sRGB IEC61966-2.1"),
                    DestOutputProfile=icc,
                )
            ]
        )
        doc.Root.Lang = pikepdf.String(lang)
        doc.docinfo = doc.make_indirect(
            pikepdf.Dictionary(
                Title=pikepdf.String(title),
                Creator=pikepdf.String("Consult"),
                Producer=pikepdf.String("Consult (reportlab, pikepdf)"),
                CreationDate=pikepdf.String(pdf_date),
                ModDate=pikepdf.String(pdf_date),
            )
        )
        out = io.BytesIO()
        doc.save(out, compress_streams=True, stream_decode_level=pikepdf.StreamDecodeLevel.none, deterministic_id=True)
    return seal(out.getvalue())


def seal(data: bytes) -> bytes:
    """Write the seal into its placeholder: the SHA-256 of the file with the digest read as zeros, and the file's length."""
    at = data.find(PLACEHOLDER.encode("ascii"))
    if at < 0 or data.find(PLACEHOLDER.encode("ascii"), at + 1) >= 0:
        raise ConsultError("The agreed record could not be sealed (its metadata was not written as expected).")
    filled = data[:at] + f"sha256:{'0' * 64}:{len(data):012d}".encode("ascii") + data[at + len(PLACEHOLDER) :]
    digest = hashlib.sha256(filled).hexdigest()
    return filled.replace(f"sha256:{'0' * 64}:{len(data):012d}".encode("ascii"), f"sha256:{digest}:{len(data):012d}".encode("ascii"), 1)


def has_seal(data: bytes) -> bool:
    """Whether the file carries a seal of Consult at all (readable or not)."""
    return b"<consult:seal>" in data


def read_record(data: bytes) -> Record | None:
    """What a sealed record says it is (from its XMP), or None when it is not one Consult printed."""
    if not _SEAL.search(data):
        return None
    values = {}
    for name in _FIELDS:
        found = re.search(rf"<consult:{name}>([^<]{{1,200}})</consult:{name}>".encode("ascii"), data)
        if not found:
            return None
        values[name] = found.group(1).decode("utf-8", "replace")
    try:
        return Record(values["dialogue"], values["dialogueId"], int(values["session"]), values["sessionId"], int(values["version"]), values["hash"])
    except ValueError:
        return None


def check(data: bytes) -> Check:
    """Whether the seal holds over the bytes Consult wrote, and whether a signature appended after them is valid and covers all."""
    found = _SEAL.search(data)
    if not found:
        return Check(False, False, problem="it carries no seal of Consult")
    digest, length = found.group(1).decode(), int(found.group(2))
    if length > len(data) or not found.end() <= length:
        return Check(False, False, problem="it was cut short or changed after Consult printed it")
    zeroed = data[: found.start(1)] + b"0" * 64 + data[found.end(1) : length]
    if hashlib.sha256(zeroed).hexdigest() != digest:
        return Check(False, False, problem="it was changed after Consult printed it (its seal does not match its bytes)")
    if length == len(data):
        return Check(True, False)
    return _signature(data)


def _signature(data: bytes) -> Check:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    try:
        signatures = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
        if len(signatures) != 1:
            return Check(True, False, problem="bytes were added after Consult printed it, and they are not one signature")
        status = validate_pdf_signature(signatures[0], ValidationContext(trust_roots=[], allow_fetching=False))
    except Exception:  # noqa: BLE001 — pyHanko raises many kinds on damaged input; any of them means "not a valid signature"
        return Check(True, True, problem="its signature cannot be read (the file was changed after it was signed)")
    signer = status.signing_cert.subject.human_friendly if status.signing_cert is not None else ""
    if not (status.intact and status.valid) or status.coverage != SignatureCoverageLevel.ENTIRE_FILE:
        return Check(True, True, False, signer, "its signature does not hold (the file was changed after it was signed)")
    return Check(True, True, True, signer)


def sign(data: bytes, p12: Path, password: str | None, *, reason: str, location: str = "") -> bytes:
    """Sign a sealed record (PAdES baseline B, SHA-256) with a PKCS#12 certificate; the sealed bytes are kept as they are.

    Raises:
        ConsultError: the certificate cannot be read (a wrong password, a damaged file).
    """
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    try:
        p12.read_bytes()
    except OSError as exc:
        raise ConsultError(f"Cannot read {p12}: {exc.strerror or exc}.") from None
    try:
        signer = signers.SimpleSigner.load_pkcs12(str(p12), passphrase=password.encode("utf-8") if password else None)
    except Exception:  # noqa: BLE001 — a wrong password and a damaged file look alike from here
        signer = None
    if signer is None:
        raise ConsultError(f"{p12.name} cannot be read as a certificate with its key: check the file, and its password in CONSULT_SIGN_PASSWORD.")
    meta = signers.PdfSignatureMetadata(
        field_name="AgreedRecord", md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES, reason=reason, location=location or None
    )
    out = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(data), strict=False), meta, signer=signer)
    return out.getvalue()
