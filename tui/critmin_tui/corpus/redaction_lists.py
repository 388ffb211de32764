"""Judges for codes that list grounds: they explain what was withheld elsewhere, and withhold nothing here.

A release's cover page often lists what was withheld and why: "Certain information has been withheld
in order to protect:" and then one bullet per ground, each ending with its code ("• the privacy of an
individual [s9(2)(a)]"). A disclosure log or a decision letter sets its exemptions in a table whose
header names the column ("| Exemption | Reason |"), or in a column of codes each before its ground
("s40     Personal information"); a form prints its checklist of exemptions as a grid of codes. Each
form is told from structure (a list's lead-in, a table's header, a column's or a grid's other rows),
so a box inside an ordinary bullet, table cell or line still counts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .laws import CODE_RE, normalise_code
from .redaction_candidate import Candidate

# A bullet opening a line: the list items a lead-in introduces.
_BULLET_LINE_RE = re.compile(r"[ \t]*(?:[•▪●◦·]|[-*–](?=[ \t]))")
# What may follow a code that closes its item: the item's own punctuation, or "and" before the last.
_ITEM_END_RE = re.compile(r"[ \t]*[.;,]?[ \t]*(?:and|or)?[ \t]*$", re.M)
# A lead-in that announces the grounds: "withheld in order to protect:", "redacted under the following:".
_LEAD_IN_RE = re.compile(r"\b(?:withh[eo]ld|withholding|redact|exempt|grounds?\b|refused)[^\n]*:[ \t]*$", re.I)
LEAD_IN_REACH = 12  # lines walked back over bullets and blanks to the list's lead-in
ITEM_END_CHARS = 8  # ". and" at most after a code that closes its item
# A pipe table's header cell naming the grounds column.
_GROUNDS_HEADER_RE = re.compile(r"\b(?:exemptions?|sections?|grounds?|provisions?|reasons?|clauses?)\b", re.I)
_RULE_ROW_RE = re.compile(r"[ \t]*\|?[ \t]*:?-{3,}")
TABLE_REACH = 60  # rows walked up to a pipe table's header


def _line_bounds(text: str, at: int) -> tuple[int, int]:
    """The start and end of the line holding ``at``."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def grounds_list_item(c: Candidate) -> str | None:
    """"• the privacy of an individual [s9(2)(a)]" under "withheld in order to protect:": a code closing
    a bullet in a list that a lead-in says gives the grounds; a box in a bullet has words after it."""
    line_end = c.text.find("\n", c.end)
    line_end = len(c.text) if line_end < 0 else line_end
    if line_end - c.end > ITEM_END_CHARS:
        return None  # the cheap exit: words follow the code on its line
    line_start = c.text.rfind("\n", 0, c.start) + 1
    if not _BULLET_LINE_RE.match(c.text, line_start) or not _ITEM_END_RE.match(c.text, c.end, line_end + 1):
        return None  # no bullet opens the line, or more than an item's end follows the code
    at = line_start
    for _ in range(LEAD_IN_REACH):
        if at == 0:
            return None
        at, _end = _line_bounds(c.text, at - 1)
        line = c.text[at:_end]
        if line.strip() and not _BULLET_LINE_RE.match(line):
            return "list of grounds" if _LEAD_IN_RE.search(line) else None
    return None


def grounds_column(c: Candidate) -> str | None:
    """"| s.40(2), Personal information | Disclosure would ... |" under "| Exemption | Reason |": a code in
    a pipe table whose header names an exemption or grounds column; a table of people has no such header."""
    line_start = c.text.rfind("\n", 0, c.start) + 1
    if c.text.find("|", line_start, c.start) < 0 or not c.text[line_start:c.start].lstrip().startswith("|"):
        return None  # the cheap exit: not a pipe table's row
    header = None
    at = line_start
    for _ in range(TABLE_REACH):
        if at == 0:
            break
        at, row_end = _line_bounds(c.text, at - 1)
        row = c.text[at:row_end]
        if not row.lstrip().startswith("|"):
            break
        if not _RULE_ROW_RE.match(row):
            header = row  # the topmost row of the table is its header
    if header is None:
        return None
    return "table of grounds" if _GROUNDS_HEADER_RE.search(header) else None


# A line of a form's grid: nothing but codes, statute numbers and punctuation once its codes are taken out
# ("(b)(1) (b)(7)(A) (d)(5)", "50 U.S.C. 3605 (b)(7)(D) (k)(2)").
_GRID_NOISE_RE = re.compile(r"\(\s?\w{1,3}\s?\)|\bb\d\w?\b|U\.S\.C\.|§|\d+|[^\w(]+")
GRID_LETTERS = 4  # letters a grid's line may hold besides its codes
GRID_LINES = 8  # lines walked each way from the candidate's, blank ones not counted
GRID_DISTINCT = 6  # so many different codes in one block of code lines are a form's checklist, not boxes
GRID_LINE_CHARS = 120  # a grid's row is short: a longer line is prose, told before any regex runs
_PARENS_RE = re.compile(r"\(\s?\w{1,3}\s?\)(?:\(\s?\w{1,3}\s?\))*")


def _grid_line(line: str) -> bool:
    """Whether a non-blank line holds codes and nothing else of note."""
    return len(line) <= GRID_LINE_CHARS and "(" in line and len(_GRID_NOISE_RE.sub("", line)) <= GRID_LETTERS


def exemption_grid(c: Candidate) -> str | None:
    """"(b)(1) (b)(7)(A) (d)(5)" / "(b)(2) (b)(7)(B) (j)(2)" / ...: a block of lines of codes alone, six
    different codes or more among them, is a form's checklist of exemptions read row by row; the codes
    a page's boxes leave repeat a few grounds."""
    line_start, line_end = _line_bounds(c.text, c.start)
    if not _grid_line(c.text[line_start:line_end]):
        return None  # the cheap exit: the candidate's line is long, or holds words
    codes: set[str] = set()
    for step in (-1, 1):
        at, end, seen = line_start, line_end, 0
        while seen < GRID_LINES:
            if (step < 0 and at == 0) or (step > 0 and end >= len(c.text)):
                break
            at, end = _line_bounds(c.text, at - 1 if step < 0 else end + 1)
            line = c.text[at:end]
            if not line.strip():
                continue
            if not _grid_line(line):
                break
            codes.update(m.group().replace(" ", "") for m in _PARENS_RE.finditer(line))
            seen += 1
    codes.update(m.group().replace(" ", "") for m in _PARENS_RE.finditer(c.text, line_start, line_end))
    return "a form's grid of exemptions" if len(codes) >= GRID_DISTINCT else None


# A code opening its line, then a gap (two spaces or a tab) and a capitalised description: "s40     Personal
# information". Alone it may be a box before a name's title; a column of them is a list of the Act's grounds.
_COLUMN_ROW_RE = re.compile(r"^[ \t]*(?:[•·*▪-][ \t]*)?(\S{1,24}?)(?:[ \t]{2,}|\t)[A-Z][a-z]", re.M)
COLUMN_ROWS = 3  # rows of such a column, each a different code, that make it a list of grounds


@lru_cache(maxsize=4)
def _column_codes(text: str) -> frozenset[int]:
    """The starts of the codes that open a column's rows, where three rows or more have codes of their own."""
    starts: list[int] = []
    codes: set[str] = set()
    for row in _COLUMN_ROW_RE.finditer(text):
        code = CODE_RE.fullmatch(row.group(1))
        section = normalise_code(code) if code is not None else None
        if section is not None:
            codes.add(section)
            starts.append(row.start(1))
    return frozenset(starts) if len(codes) >= COLUMN_ROWS else frozenset()


def code_column(c: Candidate) -> str | None:
    """"s21     Information accessible by other means" / "s40     Personal information" / ...: a code
    opening its line before a described ground, in a column of different codes, lists the grounds."""
    line_start = c.text.rfind("\n", 0, c.start) + 1
    if c.text[line_start:c.start].strip(" \t•·*▪-"):
        return None  # the cheap exit: the code does not open its line
    column = _column_codes(c.text)
    line_end = c.text.find("\n", c.start)
    return "a column of grounds" if any(c.start <= at < (line_end if line_end >= 0 else len(c.text))
                                        for at in column) else None
