"""A preview of a document: its text and paragraphs, to show while the corpus is parsed."""

from __future__ import annotations

from pathlib import Path

from .files import max_file_bytes, read_regular
from .formats import TEXT_SUFFIXES
from .model import BlockKind, Corpus, Document, DocumentKind, DocumentSummary
from .structure import article_blocks, heading_text
from .text import UndecodableError, decode

_MORE = "[… the rest of the document shows when it has been read]"
_PREVIEW_CHARS = 64_000  # several screens of text: laid out in milliseconds, where a megabyte takes a second


def preview_corpus(path: Path) -> Corpus | None:
    """A corpus of one document, ``path``, with its structure but no quotes, speakers or
    redactions (those need the parser); a long document is cut after a few screens. None if
    the file cannot be read."""
    if not path.name.lower().endswith(TEXT_SUFFIXES):
        return None  # a PDF or web page needs reading, not only decoding: it shows when read
    try:
        decoded = decode(read_regular(path, max_file_bytes()))
    except (OSError, UndecodableError):
        return None
    text = decoded.text
    if not text.strip():
        return None
    if len(text) > _PREVIEW_CHARS:
        cut = text.rfind("\n\n", 0, _PREVIEW_CHARS)
        text = text[:cut if cut > 0 else _PREVIEW_CHARS] + f"\n\n{_MORE}\n"
    blocks = tuple(article_blocks(text))
    title = next((heading_text(text[b.start:b.end]) for b in blocks if b.kind is BlockKind.TITLE), path.name)
    document = Document(str(path), text, DocumentKind.ARTICLE, title, blocks=blocks)
    summary = DocumentSummary(str(path), "", DocumentKind.ARTICLE, title)
    return Corpus((document,), summaries=(summary,))
