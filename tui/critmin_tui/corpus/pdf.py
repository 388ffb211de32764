"""Reading a PDF's text layer and filled boxes with PDFium (pypdfium2): pages of positioned runs.

PDFium is the engine Chrome uses; pypdfium2 ships it as wheels (Apache-2.0/BSD) with no system
dependency. Nothing in the file is executed: no form environment is started, so its JavaScript
never runs, and embedded files are only counted. What the runs mean (lines, paragraphs, page
furniture, which box a label belongs to) is worked out in ``layout``, in pure Python.
"""

from __future__ import annotations

import ctypes
import re
import time
from collections.abc import Callable, Iterator
from typing import Any

from .layout import Box, Page, Run

MAX_PAGES = 5_000  # a release of more claims a page count no agency sends: a damaged or hostile file
MAX_SECONDS = 120.0  # extraction stops here and keeps the pages read
MAX_OBJECTS = 50_000  # drawing objects looked at on one page (a bomb nests millions)
MAX_DEPTH = 6  # form objects inside form objects
MAX_CHARS = 100_000  # characters read on one page: a dense page holds under 10,000
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")
_DARK = 110  # the most light a fill may have and be a redaction box (0 black, 255 white)
_GREY_SPREAD = 24  # a grey box is neutral: its red, green and blue differ by at most this

Progress = Callable[[int, int], None]


class PdfError(ValueError):
    """A PDF that cannot be read, with the reason in plain words."""


def read_pdf(data: bytes, progress: Progress | None = None, max_seconds: float = MAX_SECONDS,
             ) -> tuple[list[Page], list[str], str | None]:
    """A PDF's pages, warnings (pages skipped, embedded files, scripts) and its metadata title if it looks like one."""
    try:
        import pypdfium2 as pdfium
    except ImportError as error:  # an install without it: a clear reason, not a traceback
        raise PdfError("PDF support needs the pypdfium2 package: pip install pypdfium2") from error
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        raise PdfError(_load_reason(str(error))) from None
    try:
        pages, warnings = _read_pages(document, progress, max_seconds)
        return pages, warnings, _title(document)
    finally:
        document.close()


def _title(document: Any) -> str | None:
    """The metadata's title, unless it is a template's leftover ("14 May 2007", "Microsoft Word - x.docx")."""
    try:
        title = " ".join(_CONTROL_RE.sub(" ", document.get_metadata_value("Title")).split())
    except Exception:  # PDFium reports a bad metadata string many ways: then there is no title
        return None
    words = [w for w in title.split() if any(ch.isalpha() for ch in w)]
    if len(words) < 2 or (re.search(r"\d{4}", title) and len(title.split()) <= 4):
        return None
    if title.lower().startswith(("microsoft word", "untitled")) or title.lower().endswith((".doc", ".docx", ".pdf")):
        return None
    return title[:200]


def _load_reason(message: str) -> str:
    lowered = message.lower()
    if "password" in lowered or "security" in lowered:
        return "encrypted or password-protected PDF: open it with its password and save an unprotected copy"
    if "format" in lowered or "file" in lowered:
        return "corrupt or truncated PDF: PDFium cannot read its structure"
    return f"PDF cannot be read: {message}"


def _read_pages(document: Any, progress: Progress | None, max_seconds: float) -> tuple[list[Page], list[str]]:
    from pypdfium2 import raw

    warnings: list[str] = []
    count = len(document)
    if count > MAX_PAGES:
        raise PdfError(f"claims {count:,} pages, more than the {MAX_PAGES:,} read: a damaged or hostile file")
    attachments = document.count_attachments()
    if attachments:
        warnings.append(f"carries {attachments} embedded file(s): not opened")
    if raw.FPDFDoc_GetJavaScriptActionCount(document.raw) > 0:
        warnings.append("carries JavaScript: never run")
    deadline = time.monotonic() + max_seconds
    pages: list[Page] = []
    for number in range(count):
        if number and time.monotonic() > deadline:  # the first page is always read: a file is never empty for time
            warnings.append(f"extraction stopped after {max_seconds:.0f} s: pages {number + 1}–{count} not read")
            break
        page = document[number]
        try:
            read, chars = _read_page(page, number + 1)
            pages.append(read)
            if chars > MAX_CHARS:
                warnings.append(f"page {number + 1} holds more than {MAX_CHARS:,} characters: the rest not read")
        finally:
            page.close()
        if progress is not None:
            progress(number + 1, count)
    return pages, warnings


def _read_page(page: Any, number: int) -> tuple[Page, int]:
    """The page's words and boxes, and how many characters its text layer holds."""
    textpage = page.get_textpage()
    try:
        width, height = page.get_size()
        return Page(number, width, height, _words(textpage), list(_boxes(page, width, height))), textpage.count_chars()
    finally:
        textpage.close()


def _words(textpage: Any) -> list[Run]:
    """The page's words, each with its bounds and ink, read character by character: runs of
    PDFium's own rectangles overlap and repeat letters ("BBrady") in some files."""
    from pypdfium2 import raw

    words: list[Run] = []
    chars: list[str] = []
    bounds = [0.0, 0.0, 0.0, 0.0]
    first = -1
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))

    def close(space: bool) -> None:
        text = _CONTROL_RE.sub("", "".join(chars))
        if text:
            words.append(Run(bounds[0], bounds[1], bounds[2], bounds[3], text + (" " if space else ""),
                             _ink(textpage, first)))
        chars.clear()

    for index in range(min(textpage.count_chars(), MAX_CHARS)):
        char = chr(raw.FPDFText_GetUnicode(textpage.raw, index) or 32)
        if char == "\x02":
            char = "\u00ad"  # PDFium's mark for a hyphen that broke a word at a line's end
        if char.isspace() or not raw.FPDFText_GetCharBox(textpage.raw, index, left, right, bottom, top):
            close(True)
            continue
        box = (left.value, bottom.value, right.value, top.value)
        jumped = (box[0] < bounds[2] - 1 and box[1] > bounds[3]) or box[0] - bounds[2] > 2 * (box[3] - box[1])
        if chars and jumped:
            close(False)  # the text jumped to another line or far along this one
        if not chars:
            bounds[:] = box
            first = index
        else:
            bounds[:] = [min(bounds[0], box[0]), min(bounds[1], box[1]), max(bounds[2], box[2]), max(bounds[3], box[3])]
        chars.append(char)
    close(False)
    return words


def _ink(textpage: Any, index: int) -> int:
    """A character's ink as 0xRRGGBB (black when unknown)."""
    from pypdfium2 import raw

    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if index < 0 or not raw.FPDFText_GetFillColor(textpage.raw, index, r, g, b, a):
        return 0
    return _rgb(r.value, g.value, b.value)


def _rgb(r: int, g: int, b: int) -> int:
    return (r & 255) << 16 | (g & 255) << 8 | (b & 255)


def _luma(r: int, g: int, b: int) -> int:
    return (299 * r + 587 * g + 114 * b) // 1000


def _boxes(page: Any, width: float, height: float) -> Iterator[Box]:
    """Filled dark or grey rectangles, in page space (forms' matrices applied)."""
    from pypdfium2 import raw

    seen = 0
    matrices: dict[int, Any] = {}  # level -> the matrix from that level's space to the page's
    for obj in page.get_objects(max_depth=MAX_DEPTH):
        seen += 1
        if seen > MAX_OBJECTS:
            return
        level = obj.level
        to_page = matrices.get(level)
        if obj.type == raw.FPDF_PAGEOBJ_FORM:
            own = obj.get_matrix()
            matrices[level + 1] = own if to_page is None else own.multiply(to_page)
            continue
        if obj.type != raw.FPDF_PAGEOBJ_PATH:
            continue
        box = _box(obj, raw, light_too=level > 0)  # a redaction tool's box is a form: white ones too
        if box is None:
            continue
        left, bottom, right, top, dark = box
        if to_page is not None:
            xs_ys = [to_page.on_point(x, y) for x in (left, right) for y in (bottom, top)]
            left, right = min(p[0] for p in xs_ys), max(p[0] for p in xs_ys)
            bottom, top = min(p[1] for p in xs_ys), max(p[1] for p in xs_ys)
        if right - left > 0.9 * width and top - bottom > 0.9 * height:
            continue  # a page's background, not a box over words
        yield Box(left, bottom, right, top, _fill_of(obj, raw), dark)


def _box(obj: Any, raw: Any, light_too: bool) -> tuple[float, float, float, float, bool] | None:
    """A filled rectangle's bounds and whether it is dark: dark or grey, or light too if ``light_too``; else None."""
    mode, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj.raw, mode, stroke) or mode.value == 0:
        return None
    if raw.FPDFPath_CountSegments(obj.raw) > 6:
        return None  # a shape (a logo, a glyph), not a rectangle
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not raw.FPDFPageObj_GetFillColor(obj.raw, r, g, b, a) or a.value < 200:
        return None
    neutral = max(r.value, g.value, b.value) - min(r.value, g.value, b.value) <= _GREY_SPREAD
    dark = neutral and _luma(r.value, g.value, b.value) <= _DARK
    if not (dark or (light_too and neutral)):
        return None
    left, bottom, right, top = obj.get_bounds()
    if right - left < 8 or top - bottom < 5:
        return None  # a rule or a bullet, not a box over words
    return left, bottom, right, top, dark


def _fill_of(obj: Any, raw: Any) -> int:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    raw.FPDFPageObj_GetFillColor(obj.raw, r, g, b, a)
    return _rgb(r.value, g.value, b.value)

