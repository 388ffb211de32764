"""The one entry point from a file's bytes to text the parser reads, keyed by the file's type.

Plain text and Markdown are decoded; a PDF's text layer is laid out in paragraphs with its pages
and redaction boxes (``pdf``, ``layout``); a saved web page gives its article (``html``). A new
format is one module and one line in ``_READERS``.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from .model import Block, Document, Redaction, RedactionKind
from .text import decode

TEXT_SUFFIXES = (".txt", ".md")
PDF_SUFFIXES = (".pdf",)
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + PDF_SUFFIXES + HTML_SUFFIXES
FORMAT_VERSION = "formats-1"  # in the parse-cache key of PDFs and web pages: raise it when their reading changes
MARK = "\u2588"  # as layout.MARK: the box's glyph in the text
SCANNED = "scanned, no text layer: run `ocrmypdf` on it first"
_OUT_OF_SCOPE_RE = re.compile(r"\b(?:out of scope|not in scope|outside (?:the )?scope|not relevant)\b", re.I)
_ALL_REDACTIONS_RE = re.compile(
    r"\ball\s+(?:of\s+the\s+)?(?:redactions|information\s+(?:withheld|redacted))\b[^.\n]{0,240}", re.I)
_DATE_ONLY_RE = re.compile(r"\d{1,2} [A-Z][a-z]+ \d{4}")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


class SourceError(ValueError):
    """A file that cannot be read as its type, with the reason in plain words."""


@dataclass(frozen=True, slots=True)
class BoxMark:
    """A redaction box placed in the text: the marker's span, its page, label and the text under it."""

    start: int
    end: int
    page: int
    label: str | None
    hidden: str


@dataclass(frozen=True, slots=True)
class Source:
    """What a file's reader gives the parser: the text, and what the text alone cannot say."""

    text: str
    warnings: tuple[str, ...] = ()
    paragraph_pages: tuple[tuple[int, int], ...] = ()  # (offset, page) where each paragraph starts
    boxes: tuple[BoxMark, ...] = ()
    title: str | None = None
    date: str | None = None
    outlet: str | None = None


def is_document(path: Path) -> bool:
    """True when the file's type is one the reader opens."""
    return path.name.lower().endswith(SUFFIXES)


def cache_version(path: Path, parser_version: str) -> str:
    """The parse-cache version of a file: a PDF's or web page's also depends on how it is read."""
    return parser_version if path.name.lower().endswith(TEXT_SUFFIXES) else f"{parser_version}+{FORMAT_VERSION}"


PageReport = Callable[[str, int, int], None]  # a file's name, pages read, pages in all
_thread = threading.local()


def report_pages(report: PageReport | None) -> None:
    """Have each long file read in this thread report its pages (None: stop); a report that raises stops it."""
    _thread.report = report


def read_source(path: Path, data: bytes) -> Source:
    """The text of a file's bytes, by its type (plain text when the type is not known)."""
    name = path.name.lower()
    if name.endswith(PDF_SUFFIXES):
        return _read_pdf(data, _page_progress(path.name))
    reader = next((read for suffixes, read in _READERS if name.endswith(suffixes)), _read_text)
    return reader(data)


def _page_progress(name: str) -> Callable[[int, int], None] | None:
    report: PageReport | None = getattr(_thread, "report", None)
    if report is None:
        return None

    def progress(done: int, total: int) -> None:
        if total >= 20 and (done % 10 == 0 or done == total):  # a short file is done before it would show
            report(name, done, total)

    return progress


def _read_text(data: bytes) -> Source:
    decoded = decode(data)  # UndecodableError goes to the caller, as before
    return Source(decoded.text, (decoded.warning,) if decoded.warning else ())


def _read_pdf(data: bytes, progress: Callable[[int, int], None] | None = None) -> Source:
    from .layout import lay_out
    from .pdf import PdfError, read_pdf

    try:
        pages, warnings, title = read_pdf(data, progress)
    except PdfError as error:
        raise SourceError(str(error)) from None
    laid = lay_out(pages)
    if not laid.text.strip():
        raise SourceError(SCANNED)
    notes = list(warnings)
    if laid.textless_pages:
        count = len(laid.textless_pages)
        which = "every page" if count == len(pages) else f"{count} of {len(pages)} pages"
        notes.insert(0, f"{which} {SCANNED}")
    boxes = tuple(BoxMark(m.start, m.end, m.page, m.label, m.hidden) for m in laid.marks)
    return Source(laid.text, tuple(notes), tuple(laid.paragraph_pages), boxes, title)


def _read_html(data: bytes) -> Source:
    from .html import read_html

    article = read_html(data)
    if not article.text.strip():
        raise SourceError("no article text found in the web page")
    return Source(article.text, article.warnings, (), (), article.title, article.date, article.outlet)


_READERS: tuple[tuple[tuple[str, ...], Callable[[bytes], Source]], ...] = (
    (TEXT_SUFFIXES, _read_text),
    (PDF_SUFFIXES, _read_pdf),
    (HTML_SUFFIXES, _read_html),
)


def finish(document: Document, source: Source) -> Document:
    """The parsed document with its source's pages, boxes as redactions, and title, date and outlet."""
    if source.paragraph_pages:
        starts = [offset for offset, _ in source.paragraph_pages]

        def page_at(offset: int) -> int:
            return source.paragraph_pages[max(0, bisect_right(starts, offset) - 1)][1]

        blocks = tuple(replace(b, page=page_at(b.start)) for b in document.blocks)
        others = tuple(replace(r, page=page_at(r.start)) for r in document.redactions
                       if not any(box.start <= r.start < box.end or r.start <= box.start < r.end
                                  for box in source.boxes))
        letter = _all_redactions_sections(document.text) if source.boxes else ()
        boxes = tuple(_box_redaction(document, box, letter) for box in source.boxes)
        redactions = tuple(sorted(others + boxes, key=lambda r: r.start))
        starts_of_blocks = [b.start for b in blocks]
        redactions = tuple(replace(r, block=_block_at(starts_of_blocks, blocks, r.start)) for r in redactions)
        document = replace(document, blocks=blocks, redactions=redactions)
    failed = sum(1 for r in document.redactions if r.recoverable)
    notes = (f"failed redaction: {failed} box(es) drawn over text still in the file (shown only on request)",
             ) if failed else ()
    if notes or source.warnings:
        document = replace(document, warnings=(*notes, *source.warnings))
    if source.title:
        document = replace(document, title=_clean(source.title))
    elif source.paragraph_pages and (MARK in document.title or _DATE_ONLY_RE.fullmatch(document.title)):
        # A PDF that opens with a box or a letter's date: its file's name says more.
        document = replace(document, title=Path(document.path).stem.replace("-", " ").replace("_", " "))
    if source.date and not document.date:
        document = replace(document, date=source.date)
    if source.outlet and not document.outlet:
        document = replace(document, outlet=_clean(source.outlet))
    return document


def _clean(value: str) -> str:
    return " ".join(_CONTROL_RE.sub(" ", value).split())


def _block_at(starts: list[int], blocks: tuple[Block, ...], offset: int) -> int:
    index = bisect_right(starts, offset) - 1
    return index if index >= 0 and offset <= blocks[index].end else -1


def _all_redactions_sections(text: str) -> tuple[str, ...]:
    """The sections a covering letter gives for every redaction ("all redactions ... pursuant to
    section 6(c)"), or none."""
    from .oia import sections_in

    found = _ALL_REDACTIONS_RE.search(text)
    return sections_in(found.group()) if found else ()


def _box_redaction(document: Document, box: BoxMark, letter: tuple[str, ...] = ()) -> Redaction:
    """A box as a redaction: labelled as printed on it, or just after it, or by the covering letter (said so)."""
    from .oia import ground_for_label, ground_for_section, sections_in  # a text-only corpus never needs it

    label = box.label
    if label is None:
        line_end = document.text.find("\n", box.end)
        after = document.text[box.end:line_end if line_end >= 0 else len(document.text)][:60]
        after = after.split(MARK, 1)[0].strip(" ()[]")
        if sections_in(after):
            label = after
    kind = RedactionKind.OUT_OF_SCOPE if label and _OUT_OF_SCOPE_RE.search(label) else RedactionKind.REDACTION
    sections = sections_in(label) if label else ()
    grounds = [g.summary for g in (ground_for_section(s) for s in sections) if g]
    if not grounds and label:
        found = ground_for_label(label)
        grounds = [found.summary] if found else []
    if label is None and letter:
        sections = letter
        grounds = [f"{g.summary} (the covering letter's ground for all redactions)"
                   for g in (ground_for_section(s) for s in letter) if g]
    return Redaction(box.start, box.end, MARK * 4, label, sections,
                     "; ".join(grounds) or None, kind, page=box.page, recoverable=bool(box.hidden),
                     hidden=box.hidden)
