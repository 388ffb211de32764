"""An article's captures: which one comes next, and the same place in another. Pure (no Textual)."""

from __future__ import annotations

from bisect import bisect_right

from ..corpus import Document
from .state import CorpusShape


def capture_ring(shape: CorpusShape, doc: int) -> list[int]:
    """The captures of ``doc``'s article, first capture first (just ``doc`` if it has one)."""
    first = shape.primary_of(doc)
    return [first, *shape.versions.get(first, [])]


def same_place(document: Document, offset: int, other: Document) -> int:
    """The offset in ``other`` of the paragraph at ``offset`` in ``document``: the same text
    if ``other`` has it (the nearest such, by position), else the paragraph as far through."""
    if not document.blocks or not other.blocks:
        return 0
    index = max(0, bisect_right([b.start for b in document.blocks], offset) - 1)
    block = document.blocks[index]
    if offset < block.start:
        return 0  # the masthead, above the first paragraph
    text = " ".join(document.text_of(block).split())
    same = [i for i, b in enumerate(other.blocks) if " ".join(other.text_of(b).split()) == text]
    if same:
        return other.blocks[min(same, key=lambda i: abs(i - index))].start
    share = index / max(1, len(document.blocks) - 1)
    return other.blocks[round(share * (len(other.blocks) - 1))].start
