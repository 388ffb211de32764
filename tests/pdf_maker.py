"""Small PDFs made in the tests with PDFium: text lines, filled boxes, attachments, and hand-written hostile files."""

from __future__ import annotations

import ctypes
import io
from dataclasses import dataclass

import pypdfium2 as pdfium
from pypdfium2 import raw


@dataclass(frozen=True)
class Text:
    """A line of text at (x, y), its size and colour."""

    x: float
    y: float
    text: str
    size: float = 11.0
    rgb: tuple[int, int, int] = (0, 0, 0)


@dataclass(frozen=True)
class Rect:
    """A filled rectangle from (x, y), its width, height and colour."""

    x: float
    y: float
    width: float
    height: float
    rgb: tuple[int, int, int] = (0, 0, 0)


def make_pdf(pages: list[list[Text | Rect]], attachment: bytes | None = None) -> bytes:
    """A PDF of A4-ish pages holding the items, drawn in order (a later item is drawn over an earlier)."""
    document = pdfium.PdfDocument.new()
    font = raw.FPDFText_LoadStandardFont(document.raw, b"Helvetica")
    for items in pages:
        page = document.new_page(595, 842)
        for item in items:
            obj = _text(document, font, item) if isinstance(item, Text) else _rect(item)
            raw.FPDFPage_InsertObject(page.raw, obj)
        raw.FPDFPage_GenerateContent(page.raw)
    if attachment is not None:
        document.new_attachment("payload.bin").set_data(attachment)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _text(document: pdfium.PdfDocument, font: object, item: Text) -> object:
    obj = raw.FPDFPageObj_CreateTextObj(document.raw, font, ctypes.c_float(item.size))
    encoded = (item.text + "\0").encode("utf-16-le")
    buffer = ctypes.create_string_buffer(encoded, len(encoded))
    raw.FPDFText_SetText(obj, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)))
    raw.FPDFPageObj_SetFillColor(obj, *item.rgb, 255)
    raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, item.x, item.y)
    return obj


def _rect(item: Rect) -> object:
    obj = raw.FPDFPageObj_CreateNewRect(item.x, item.y, item.width, item.height)
    raw.FPDFPageObj_SetFillColor(obj, *item.rgb, 255)
    raw.FPDFPath_SetDrawMode(obj, raw.FPDF_FILLMODE_WINDING, False)
    return obj


def paragraph_lines(words: str, x: float, top: float, width_chars: int = 80, size: float = 11.0,
                    leading: float = 13.0) -> list[Text]:
    """Words hard-wrapped into lines of about ``width_chars`` characters, from ``top`` down."""
    lines: list[str] = []
    current = ""
    for word in words.split():
        if current and len(current) + 1 + len(word) > width_chars:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    lines.append(current)
    return [Text(x, top - i * leading, line, size) for i, line in enumerate(lines)]


def hand_written(objects: list[str], trailer: str) -> bytes:
    """A PDF from object bodies (numbered from 1) and a trailer dictionary, with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} {trailer} >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def encrypted_pdf() -> bytes:
    """A PDF whose standard security handler wants a password the test does not know."""
    key = "<" + "ab" * 32 + ">"
    return hand_written(
        ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
         f"<< /Filter /Standard /V 1 /R 2 /O {key[:66]}> /U {key[:66]}> /P -4 >>"],
        "/Root 1 0 R /Encrypt 4 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]",
    )


def many_pages_pdf(count: int) -> bytes:
    """A small file that claims ``count`` pages: one page object listed again and again."""
    kids = " ".join(["3 0 R"] * count)
    return hand_written(
        ["<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {count} >>",
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"],
        "/Root 1 0 R",
    )


def javascript_pdf() -> bytes:
    """A one-page PDF with text and a document-level script (which must never run)."""
    stream = "BT /F1 12 Tf 20 100 Td (Hello from a page with a script.) Tj ET"
    return hand_written(
        ["<< /Type /Catalog /Pages 2 0 R /Names << /JavaScript << /Names [(a) 5 0 R] >> >> >>",
         "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
         "/Resources << /Font << /F1 6 0 R >> >> >>",
         f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
         "<< /S /JavaScript /JS (app.alert\\(1\\)) >>",
         "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"],
        "/Root 1 0 R",
    )


def nested_forms_pdf(depth: int) -> bytes:
    """A page of text whose drawing is a form inside a form ``depth`` deep, a dark box at the bottom."""
    text = "BT /F1 12 Tf 20 150 Td (Text above a deep nest of forms.) Tj ET /X1 Do"
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
               "/Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> >>",
               f"<< /Length {len(text)} >>\nstream\n{text}\nendstream",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for level in range(1, depth + 1):
        body = "0 0 0 rg 20 20 120 14 re f" if level == depth else f"/X{level + 1} Do"
        resources = "" if level == depth else f"/Resources << /XObject << /X{level + 1} {6 + level} 0 R >> >>"
        objects.append(f"<< /Type /XObject /Subtype /Form /BBox [0 0 300 200] {resources} /Length {len(body)} >>"
                       f"\nstream\n{body}\nendstream")
    return hand_written(objects, "/Root 1 0 R")
