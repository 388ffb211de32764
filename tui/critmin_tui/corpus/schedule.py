"""A release's schedule of documents: each document it lists, and the grounds applied to it.

An OIA response or proactive release often opens with a table of the documents released, with a
column for what was done to each ("Released in full", "Parts withheld 9(2)(a), 9(2)(h)"). Those
grounds were applied to other documents, not to this text, so they are a schedule, never
redactions. The table comes two ways: one row to a line, its cells split by tabs or bars; or, as
PDF text extraction leaves it, one cell to a line, a row starting at a line that is only the
document's number followed by a line that is only its date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import ScheduleEntry
from .oia import sections_in
from .structure import DATE_PATTERN
from .text import lowered

_DATE_RE = re.compile(rf"(?:{DATE_PATTERN}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|\d{{1,2}} [A-Z][a-z]{{2}} \d{{4}})")
_NUMBER_RE = re.compile(r"(?:No\.?\s*)?\d{1,3}[A-Z]?\.?")
_DECISION_RE = re.compile(
    r"(?i)\b(?:released in full|released with (?:redactions|deletions)|released in part|parts? withheld|"
    r"withheld in (?:full|part)|refused(?: in (?:full|part))?|out of scope|not in scope|released|withheld)\b"
)
_DECISION_WORDS = ("released", "withheld", "refused", "scope")  # one is in every decision
_PAGES_RE = re.compile(r"\d{1,4}\s*[-–]\s*\d{1,4}")
_CELL_SPLIT_RE = re.compile(r"\t+|\s*\|\s*")
_JOIN = r"(?:[\s,;&]|\band\b)*"
_GROUNDS_ONLY_RE = re.compile(rf"{_JOIN}(?:(?:s(?:ection|\.)?\s?)?\d{{1,2}}(?:\s?\([0-9a-z]{{1,4}}\)){{1,3}}{_JOIN})+",
                              re.IGNORECASE)
_ROW_LINES = 14  # a PDF row's cells: more lines than this and what follows is no longer the table
_CELL_WORDS = 12  # a line longer than this is prose, not a cell


def find_schedule(text: str) -> tuple[ScheduleEntry, ...]:
    """Every document a schedule in the text lists, with its decision and grounds."""
    lower = lowered(text)
    if not any(word in lower for word in _DECISION_WORDS):
        return ()  # most articles: no table of released documents (a substring test is far cheaper)
    lines = list(line_spans(text))
    entries = [*_cell_rows(text, lines), *_stacked_rows(text, lines)]
    return tuple(sorted(entries, key=lambda entry: entry.start))


def line_spans(text: str) -> Iterator[tuple[int, int]]:
    """Each line's span, without its line break."""
    start = 0
    for match in re.finditer(r"\r\n|\r|\n", text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _cell_rows(text: str, lines: list[tuple[int, int]]) -> Iterator[ScheduleEntry]:
    """Rows written one to a line, cells split by tabs or bars: "1\t12/01/2026\tBriefing\tReleased"."""
    for start, end in lines:
        line = text[start:end]
        if "\t" not in line and line.count("|") < 2:
            continue
        cells = [cell.strip() for cell in _CELL_SPLIT_RE.split(line) if cell.strip()]
        if len(cells) >= 3 and _NUMBER_RE.fullmatch(cells[0]):
            entry = _entry(cells[0], cells[1:], start, end)
            if entry is not None:
                yield entry


def _stacked_rows(text: str, lines: list[tuple[int, int]]) -> Iterator[ScheduleEntry]:
    """Rows written a cell to a line: the number's line, the date's line, then the rest."""
    filled = [(s, e) for s, e in lines if text[s:e].strip()]
    starts = [i for i in range(len(filled) - 1)
              if _NUMBER_RE.fullmatch(text[slice(*filled[i])].strip())
              and _DATE_RE.fullmatch(text[slice(*filled[i + 1])].strip())]
    # The column headings, repeated after each page break with the page's number: no row's words.
    header = {text[slice(*span)].strip() for span in filled[max(0, starts[0] - _ROW_LINES):starts[0]]} \
        if starts else set()
    for number, first in enumerate(starts):
        last = starts[number + 1] if number + 1 < len(starts) else min(len(filled), first + _ROW_LINES)
        last = _row_end(text, filled, first, last)
        cells = [cell for span in filled[first + 1:last]
                 if (cell := text[slice(*span)].strip()) not in header and not cell.isdigit()]
        entry = _entry(text[slice(*filled[first])].strip(), cells, filled[first][0], filled[last - 1][1])
        if entry is not None:
            yield entry


def _row_end(text: str, filled: list[tuple[int, int]], first: int, last: int) -> int:
    """Where a cell-per-line row ends: at the next row, or where prose begins after the table (a
    blank line, or a line longer than a cell)."""
    for index in range(first + 1, last):
        gap = text[filled[index - 1][1]:filled[index][0]]
        if gap.count("\n") > 1 or len(text[slice(*filled[index])].split()) > _CELL_WORDS:
            return index
    return last


def _entry(number: str, cells: list[str], start: int, end: int) -> ScheduleEntry | None:
    """A row's entry, if it says what was done to the document (a decision, or grounds)."""
    joined = " ".join(cells)
    sections = sections_in(joined)
    decision = _DECISION_RE.search(joined)
    if decision is None and not sections:
        return None
    date = next((cell for cell in cells if _DATE_RE.fullmatch(cell)), None)
    title = " ".join(words for cell in cells if (words := _title_words(cell, date)))
    return ScheduleEntry(number.rstrip("."), date, title, decision.group() if decision else None, sections,
                         _out_of_scope(joined), start, end)


def _title_words(cell: str, date: str | None) -> str:
    """A cell's words that describe the document: not its date, pages, decision or grounds."""
    if cell == date or _PAGES_RE.fullmatch(cell) or _GROUNDS_ONLY_RE.fullmatch(cell):
        return ""
    words = _DECISION_RE.sub("", cell)
    words = _GROUNDS_ONLY_RE.sub(" ", words) if sections_in(words) else words
    return " ".join(words.split()).strip(" ,;")


def _out_of_scope(row: str) -> bool:
    lower = row.lower()
    return "out of scope" in lower or "not in scope" in lower
