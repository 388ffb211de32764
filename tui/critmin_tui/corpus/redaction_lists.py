"""Judges for codes that close a list item or fill a table's grounds column: they explain, not withhold.

A release's cover page often lists what was withheld and why: "Certain information has been withheld
in order to protect:" and then one bullet per ground, each ending with its code ("• the privacy of an
individual [s9(2)(a)]"). A disclosure log or a decision letter sets its exemptions in a table whose
header names the column ("| Exemption | Reason |"). In both the code names a ground the release relied
on elsewhere; nothing is missing here. Both forms are told from structure (the list's lead-in, the
table's header), so a box inside an ordinary bullet or table cell still counts.
"""

from __future__ import annotations

import re

from .redaction_candidate import Candidate

# A bullet opening a line: the list items a lead-in introduces.
_BULLET_LINE_RE = re.compile(r"[ \t]*(?:[•▪●◦·]|[-*–](?=[ \t]))")
# What may follow a code that closes its item: the item's own punctuation, or "and" before the last.
_ITEM_END_RE = re.compile(r"[ \t]*[.;,]?[ \t]*(?:and|or)?[ \t]*$", re.M)
# A lead-in that announces the grounds: "withheld in order to protect:", "redacted under the following:".
_LEAD_IN_RE = re.compile(r"\b(?:withh[eo]ld|withholding|redact|exempt|grounds?\b|refused)[^\n]*:[ \t]*$", re.I)
LEAD_IN_REACH = 12  # lines walked back over bullets and blanks to the list's lead-in
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
    line_start, line_end = _line_bounds(c.text, c.start)
    if not _BULLET_LINE_RE.match(c.text, line_start) or not _ITEM_END_RE.match(c.text, c.end, line_end + 1):
        return None  # the cheap exit: no bullet opens the line, or words follow the code
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
    line_start, _end = _line_bounds(c.text, c.start)
    if not c.text.startswith("|", line_start) and not c.text[line_start:c.start].lstrip().startswith("|"):
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
