"""Tables laid out as tables: columns fitted to the width, each cell wrapped in its column,
every piece keeping its source offset (so search and highlights land in cells). Pure."""

from __future__ import annotations

import re

from ..corpus import Block, one_line
from .layout import LayoutBuilder, Look, Piece

_WORD = re.compile(r"\S+")
_RULE = " │ "


def _cells(text: str, block: Block) -> list[tuple[int, int]]:
    """Each cell's source span (tab-separated, blanks dropped, whitespace trimmed)."""
    cells = []
    at = block.start
    for raw in text[block.start:block.end].split("\t"):
        words = list(_WORD.finditer(text, at, at + len(raw)))
        if words:
            cells.append((words[0].start(), words[-1].end()))
        at += len(raw) + 1
    return cells


def _widths(natural: list[int], room: int) -> list[int]:
    """Column widths that fit ``room``: a column narrower than its share keeps its width, and
    the others share what is left (at least 6 cells each)."""
    widths = list(natural)
    left = [c for c in range(len(natural))]
    remaining = room
    while left:
        share = remaining // len(left)
        narrow = [c for c in left if natural[c] <= share]
        if not narrow:
            for number, c in enumerate(left):
                widths[c] = max(6, share + (1 if number < remaining % len(left) else 0))
            break
        for c in narrow:
            remaining -= natural[c]
            left.remove(c)
    return widths


def _wrap(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """A cell's lines, as source spans of at most ``width`` characters, broken at spaces."""
    lines: list[tuple[int, int]] = []
    line: tuple[int, int] | None = None
    for word in _WORD.finditer(text, start, end):
        a, b = word.span()
        while b - a > width:  # a word longer than the column: cut it
            if line is not None:
                lines.append(line)
                line = None
            lines.append((a, a + width))
            a += width
        if line is not None and b - line[0] <= width:
            line = (line[0], b)
        else:
            if line is not None:
                lines.append(line)
            line = (a, b)
    if line is not None:
        lines.append(line)
    return lines or [(start, start)]


def table(builder: LayoutBuilder, doc: int, text: str, blocks: list[Block], first_number: int | None = None,
          indent: str = "  ") -> None:
    """Lay out consecutive table rows; each row is a cursor stop (numbered from ``first_number``)."""
    rows = [_cells(text, block) for block in blocks]
    columns = max((len(cells) for cells in rows), default=0)
    natural = [max((e - s for cells in rows if len(cells) > c for s, e in [cells[c]]), default=0)
               for c in range(columns)]
    room = builder.width - len(indent) - len(_RULE) * max(0, columns - 1)
    widths = _widths(natural, max(columns * 6, room))
    for offset, (block, cells) in enumerate(zip(blocks, rows, strict=True)):
        number = None if first_number is None else first_number + offset
        builder.begin("table_row", doc, block.start, block.end, number=number)
        wrapped = [_wrap(text, s, e, widths[c]) for c, (s, e) in enumerate(cells)]
        for number in range(max((len(lines) for lines in wrapped), default=0)):
            pieces = [Piece(indent, "")]
            for column, lines in enumerate(wrapped):
                if column:
                    pieces.append(Piece(_RULE, Look.DIM))
                s, e = lines[number] if number < len(lines) else (0, 0)
                shown = one_line(text[s:e])
                pieces.append(Piece(shown, Look.TABLE, s if e > s else None))
                if column < len(wrapped) - 1:
                    pieces.append(Piece(" " * (widths[column] - len(shown)), ""))
            builder.line(*pieces, doc=doc)
        builder.finish()
