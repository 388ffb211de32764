"""Laying documents out as screen rows: wrapped text pieces that remember their source offsets.

Pure Python (no Textual): rows are built once per width; highlights (quotes, matches, the
cursor) are laid over them when a row is drawn, so typing a search never re-wraps anything.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import pairwise

from ..corpus import one_line

_WORD_RE = re.compile(r"\S+\s*|\s+")
# Markdown's emphasis marks and heading hashes are structure, not words: they are not shown.
_HIDDEN_RE = re.compile(r"\*\*|^#{1,6}\s+")


class Look(StrEnum):
    """How a piece of text or a highlight looks: one DocumentView component class each
    (``document-view--<value>``); speakers' looks are numbered slots (``speaker-N``)."""

    TITLE = "title"
    HEADING = "heading"
    CAPTION = "caption"
    META = "meta"
    BODY = "body"
    DIM = "dim"
    TABLE = "table"
    VERB = "verb"
    SIGNATURE = "signature"
    REDACTION = "redaction"
    REDACTION_BLOCK = "redaction-block"
    REDACTION_GROUND = "redaction-ground"
    MATCH = "match"
    MATCH_CURRENT = "match-current"
    CURSOR_SPAN = "cursor-span"
    GUTTER = "gutter"
    DIFF_ADD = "diff-add"
    DIFF_DEL = "diff-del"
    QUOTE_NONE = "quote-none"
    EVIDENCE = "evidence"  # the cue words and the resolving mention of the quote under the cursor
    UNSURE_MARK = "unsure-mark"
    CORRECTED_MARK = "corrected-mark"


@dataclass(frozen=True, slots=True)
class Piece:
    """Text on a row in one style; ``src`` is the source offset of its first character, if any."""

    text: str
    style: str
    src: int | None = None


@dataclass(frozen=True, slots=True)
class Row:
    """One screen row: pieces, the cursor stop it belongs to, and the document it shows."""

    pieces: tuple[Piece, ...]
    item: int
    doc: int

    @property
    def plain(self) -> str:
        """The row's text, as selection and copy see it."""
        return "".join(p.text for p in self.pieces)


@dataclass(frozen=True, slots=True)
class Item:
    """A cursor stop (a paragraph, heading, decision...): where it is in the source and on screen."""

    kind: str
    doc: int
    start: int
    end: int
    first_row: int
    last_row: int
    number: int | None = None  # the paragraph's number in its document (¶), for the gutter


@dataclass(frozen=True, slots=True)
class Layout:
    """Rows and cursor stops of one view at one width."""

    rows: tuple[Row, ...] = ()
    items: tuple[Item, ...] = ()
    # Per document: item starts in order, and the item indexes they belong to (for bisection).
    index: dict[int, tuple[list[int], list[int]]] = field(default_factory=dict)

    def item_at(self, doc: int, offset: int) -> int | None:
        """The index of the item of ``doc`` whose span holds ``offset``."""
        starts, indexes = self.index.get(doc, ([], []))
        position = bisect_right(starts, offset) - 1
        while position >= 0:
            item = self.items[indexes[position]]
            if offset < max(item.end, item.start + 1):
                return indexes[position]
            if item.start < offset:
                return None
            position -= 1
        return None

    def row_at(self, doc: int, offset: int) -> int | None:
        """The row showing source ``offset`` of ``doc``."""
        index = self.item_at(doc, offset)
        if index is None:
            return None
        item = self.items[index]
        for y in range(item.first_row, item.last_row + 1):
            row = self.rows[y]
            for piece in row.pieces:
                if piece.src is not None and piece.src <= offset < piece.src + len(piece.text):
                    return y
        return item.first_row


def selected_text(layout: Layout, spans: list[tuple[int, int, int]], gutter: int) -> str:
    """The text of selected cells, given per row as (row, first cell, end cell or -1) counting
    the gutter: rows of one paragraph joined by a space, paragraphs by line breaks, indents out."""
    lines: list[str] = []
    previous = -1
    for y, start, end in spans:
        row = layout.rows[y]
        text = (" " * gutter + row.plain)[start:None if end == -1 else end].strip()
        if lines and row.item >= 0 and row.item == previous and text:
            lines[-1] = f"{lines[-1]} {text}" if lines[-1] else text
        else:
            lines.append(text)
        previous = row.item
    return "\n".join(lines).strip("\n")


LayoutSource = Callable[[int], Layout]  # lays a view out at a width: called again when it changes


@dataclass
class LayoutBuilder:
    """Accumulates rows and items; text is wrapped to ``width`` cells."""

    width: int
    rows: list[Row] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    _item: tuple[str, int, int, int, int, int | None] | None = None

    def begin(self, kind: str, doc: int, start: int, end: int, number: int | None = None) -> None:
        """Start a cursor stop (paragraph ``number``, if it is one); rows added until
        ``finish`` belong to it."""
        self.finish()
        self._item = (kind, doc, start, end, len(self.rows), number)

    def finish(self) -> None:
        """Close the open cursor stop, if any."""
        if self._item is not None:
            kind, doc, start, end, first, number = self._item
            if len(self.rows) > first:
                self.items.append(Item(kind, doc, start, end, first, len(self.rows) - 1, number))
            self._item = None

    def _index(self) -> int:
        return len(self.items) if self._item is not None else -1

    def blank(self) -> None:
        """An empty row (outside any cursor stop)."""
        self.rows.append(Row((), -1, -1))

    def line(self, *pieces: Piece, doc: int = -1) -> None:
        """A row of fixed pieces, cut to the width."""
        kept: list[Piece] = []
        room = self.width
        for piece in pieces:
            if room <= 0:
                break
            text = one_line(piece.text)[:room]
            kept.append(Piece(text, piece.style, piece.src))
            room -= len(text)
        self.rows.append(Row(tuple(kept), self._index(), doc))

    def text(self, doc: int, source: str, start: int, end: int, style: str, indent: str = "",
             first_prefix: tuple[Piece, ...] = ()) -> None:
        """Wrap ``source[start:end]`` by words; each piece keeps its source offset."""
        prefix_width = sum(len(p.text) for p in first_prefix)
        room = max(8, self.width - max(len(indent), prefix_width))
        lead = [Piece(indent, "")] if indent else []
        row: list[Piece] = list(first_prefix) or list(lead)
        used = 0

        run: list[int] = []  # [start, end): the source text this row shows since its last piece

        def close_run() -> None:
            # One piece per unbroken run of source: sanitising and allocating per word was
            # most of the time a long document took to lay out.
            if run:
                row.append(Piece(one_line(source[run[0]:run[1]]), style, run[0]))
                run.clear()

        def flush() -> None:
            nonlocal row, used
            close_run()
            self.rows.append(Row(tuple(row), self._index(), doc))
            row, used = list(lead), 0

        def add(text: str, at: int) -> None:
            nonlocal used
            if run and run[1] == at:
                run[1] = at + len(text)
            else:
                close_run()
                run[:] = [at, at + len(text)]
            used += len(text)

        for word_at, whole in _words(source, start, end):
            at, word = word_at, whole
            if used and used + len(word.rstrip()) > room:
                flush()
            cut = 0
            while len(word) - cut > room and len(word.rstrip()) - cut > room:  # longer than a row: cut it
                add(word[cut:cut + room], at + cut)
                flush()
                cut += room
            at, word = at + cut, word[cut:]
            if word and not (used == 0 and word.isspace()):
                add(word, at)
        if used or run or (row and row != lead):
            flush()

    def build(self) -> Layout:
        """The finished layout."""
        self.finish()
        ordered = sorted((item.doc, item.start, number) for number, item in enumerate(self.items) if item.doc >= 0)
        index: dict[int, tuple[list[int], list[int]]] = {}
        for doc, start, number in ordered:
            starts, numbers = index.setdefault(doc, ([], []))
            starts.append(start)
            numbers.append(number)
        return Layout(tuple(self.rows), tuple(self.items), index)


def _words(source: str, start: int, end: int) -> list[tuple[int, str]]:
    """Words (with their trailing space) and where they start, markdown marks left out."""
    words: list[tuple[int, str]] = []
    at = start
    for hidden in _HIDDEN_RE.finditer(source[start:end]):
        words.extend((m.start(), m.group()) for m in _WORD_RE.finditer(source, at, start + hidden.start()))
        at = start + hidden.end()
    words.extend((m.start(), m.group()) for m in _WORD_RE.finditer(source, at, end))
    return words


@dataclass(frozen=True, slots=True)
class Highlight:
    """A styled span of one document's source."""

    doc: int
    start: int
    end: int
    style: str
    label: str = ""  # a speaker's initials: the gutter's marker where colour is off


class Highlights:
    """Spans to lay over rows, found by bisection (cheap per drawn row)."""

    def __init__(self, spans: list[Highlight]) -> None:
        self._by_doc: dict[int, list[Highlight]] = {}
        for span in sorted(spans, key=lambda h: (h.doc, h.start)):
            self._by_doc.setdefault(span.doc, []).append(span)
        self._starts = {doc: [h.start for h in spans] for doc, spans in self._by_doc.items()}
        self._longest = {doc: max((h.end - h.start for h in spans), default=0) for doc, spans in self._by_doc.items()}

    def over(self, doc: int, start: int, end: int) -> list[Highlight]:
        """Spans of ``doc`` that overlap [start, end)."""
        spans = self._by_doc.get(doc)
        if not spans:
            return []
        first = bisect_right(self._starts[doc], start - self._longest[doc] - 1)
        found = []
        for span in spans[first:]:
            if span.start >= end:
                break
            if span.end > start:
                found.append(span)
        return found


def split_piece(piece: Piece, doc: int, highlights: Highlights) -> list[tuple[str, list[Highlight]]]:
    """A piece cut where highlights begin and end, each part with the highlights over it."""
    if piece.src is None or not piece.text:
        return [(piece.text, [])]
    start, end = piece.src, piece.src + len(piece.text)
    spans = highlights.over(doc, start, end)
    if not spans:
        return [(piece.text, [])]
    cuts = sorted({start, end, *(max(start, s.start) for s in spans), *(min(end, s.end) for s in spans)})
    parts = []
    for left, right in pairwise(cuts):
        over = [s for s in spans if s.start < right and s.end > left]
        parts.append((piece.text[left - start:right - start], over))
    return parts
