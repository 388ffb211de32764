"""Where a schedule of documents stands in a release, told from its structure, not its words.

A schedule's column headings name a document's number or date, its description, and what was done
to it ("Decision", "Withholding grounds", "Exemption/s applied"); as PDF text extraction leaves it,
each heading is a short line of its own. Its rows follow as short lines (a cell to a line, or a row
to a line) until prose begins again: a line longer than any cell. Every code and stamp inside is the
grounds column of another document, never a redaction of this text (corpus/redaction_judges.py).
"""

from __future__ import annotations

import re
from itertools import islice

from .schedule import line_spans
from .text import lowered

# The column headings of schedules: every word of a heading line is one of these.
_ID_WORDS = frozenset({"date", "no", "number", "item", "doc", "ref", "reference", "page", "pages", "pgs"})
_TITLE_WORDS = frozenset({"document", "documents", "description", "title", "subject", "type"})
_ACTION_WORDS = frozenset({"decision", "grounds", "ground", "exemption", "exemptions", "withholding", "witholding",
                           "reason", "reasons", "release", "access", "extent", "section", "sections",
                           "withheld", "refusing", "refused", "status", "treatment", "redactions"})
_FILLER_WORDS = frozenset({"of", "for", "s", "or", "and", "applied", "information", "provided", "to", "the",
                           "comments", "notes", "author", "recipient", "from", "recommendation", "under",
                           "act", "oia", "foi", "lgoima", "if", "any", "relevant", "in", "full", "part"})
_HEADING_WORDS = _ID_WORDS | _TITLE_WORDS | _ACTION_WORDS | _FILLER_WORDS
_WORD_RE = re.compile(r"[a-z]+")
# A lowered line each of whose words is a heading word: one fullmatch turns prose away at its first other
# word, where listing every word and testing each cost a list and a generator per line.
_ONLY_HEADING_WORDS_RE = re.compile(
    "[^a-z]*(?:(?:" + "|".join(sorted(_HEADING_WORDS, key=len, reverse=True)) + ")(?![a-z])[^a-z]*)*")
_HEADING_LINES = 8  # headings wrapped a word or two to a line: more lines than this are no headings
_CELL_WORDS = 12  # a line longer than this is prose, and ends the table
_TRIGGERS = ("decision", "grounds", "exemption", "withh", "reason", "access", "extent", "release")


def table_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the schedules in the text: from their headings to where prose begins again."""
    lower = lowered(text)
    if not any(word in lower for word in _TRIGGERS):
        return numbered_rows(text)  # no schedule's headings, but its rows may be there
    lines = list(line_spans(text))
    # Where lowering kept every character one (nearly always), a line's lowered words are read in place.
    aligned = lower if len(lower) == len(text) else None
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        heading_end = _headings_from(text, lines, index, aligned)
        if heading_end is None:
            index += 1
            continue
        last = _rows_end(text, lines, heading_end)
        if last > heading_end:  # headings with no rows under them are a sentence's fragment
            spans.append((lines[index][0], lines[last - 1][1]))
        index = max(last, index + 1)
    return spans + numbered_rows(text, lines)


# A schedule's row as PDF text leaves it when its headings are not there (an excerpt, a later page): its
# document's number, a wide gap, a title, and the document's date on that line or the next.
_ROW_RE = re.compile(r"[ \t]*(\d{1,3})[ \t]{2,}[A-Z\"“'‘(]")
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATED_RE = re.compile(rf"\bdated\b|\b\d{{1,2}}[ \t]+(?:{_MONTHS})\b|\b\d{{1,2}}/\d{{1,2}}/\d{{2,4}}\b")
_ROW_GAP = 5  # lines from one row to the next: its title and grounds wrapped over a few lines
_MIN_ROWS = 3


# A row's start anywhere: three of them must be there before the lines are looked at one by one.
_ROW_START_RE = re.compile(r"(?m)^[ \t]*\d{1,3}[ \t]{2,}[A-Z\"“'‘(]")


def numbered_rows(text: str, lines: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Schedules told by their rows alone: three or more numbered, dated rows in order ("7  He Aranga
    Ake: Progress Update, dated 29 October 2021"), each a few lines after the last, to where prose
    begins again."""
    wide = "  " in text or "\t" in text
    if not wide or sum(1 for _ in islice(_ROW_START_RE.finditer(text), _MIN_ROWS)) < _MIN_ROWS:
        return []  # the cheap exit: most texts have no three numbered rows
    lines = list(line_spans(text)) if lines is None else lines
    spans: list[tuple[int, int]] = []
    run: list[int] = []  # the line indexes of the rows of the current run
    number = 0
    for index, (start, end) in enumerate(lines):
        row = _ROW_RE.match(text, start, end)
        if row is None or not _DATED_RE.search(text, start, lines[min(index + 1, len(lines) - 1)][1]):
            continue
        if run and (int(row.group(1)) != number + 1 or index - run[-1] > _ROW_GAP):
            spans += _run_span(text, lines, run)
            run = []
        run.append(index)
        number = int(row.group(1))
    return spans + _run_span(text, lines, run)


def _run_span(text: str, lines: list[tuple[int, int]], run: list[int]) -> list[tuple[int, int]]:
    """A run of rows as a table's span (none when too few rows make it)."""
    if len(run) < _MIN_ROWS:
        return []
    last = _rows_end(text, lines, run[-1] + 1)
    return [(lines[run[0]][0], lines[max(last, run[-1] + 1) - 1][1])]


def _heading_words(line: str) -> set[str] | None:
    """A heading line's words, or None when the line is no heading (a digit, a colon as an email's
    "Date:" has, or a word of no heading)."""
    lower = line.lower()
    if _ONLY_HEADING_WORDS_RE.fullmatch(lower) is None:
        return None  # a word of no heading: most lines end here
    words = _WORD_RE.findall(lower)
    if not words or len(words) > 8 or not all(word in _HEADING_WORDS for word in words):
        return None
    if ":" in line or any(ch.isdigit() for ch in line):
        return None
    return set(words)


def _headings_from(text: str, lines: list[tuple[int, int]], first: int, lower: str | None = None) -> int | None:
    """The line after a run of heading lines starting at ``first`` that names an id or date, a title and
    an action column; None when the run names fewer. ``lower`` is the text lowered, offsets kept: most
    lines hold a word of no heading, found there with no line sliced and lowered."""
    seen: set[str] = set()
    index = first
    while index < len(lines) and index - first < _HEADING_LINES:
        if lower is not None and _ONLY_HEADING_WORDS_RE.fullmatch(lower, *lines[index]) is None:
            break  # what _heading_words finds first, without the copy
        words = _heading_words(text[slice(*lines[index])])
        if words is None:
            break
        seen |= words
        index += 1
    named = seen & _ID_WORDS and seen & _TITLE_WORDS and seen & _ACTION_WORDS
    return index if named else None


def _rows_end(text: str, lines: list[tuple[int, int]], first: int) -> int:
    """The index of the first line after ``first`` that is prose (longer than a cell), or the end; two
    blank lines in a row end the table too."""
    blanks = 0
    for index in range(first, len(lines)):
        line = text[slice(*lines[index])]
        blanks = blanks + 1 if not line.strip() else 0
        if blanks >= 2 or len(line.split()) > _CELL_WORDS:
            return index
    return len(lines)
