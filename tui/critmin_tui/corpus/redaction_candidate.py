"""A candidate redaction as the judges see it: the marker or code found, and the text's lines round it
(each line judged once, however many candidates stand on it)."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .redaction_rules import CODE_ANCHOR_RE, codes_in
from .schedule_table import table_spans

_NEWLINE_RE = re.compile(r"\r\n|\r|\n")
_SECTION_PATTERN = (r"(?:[Ss](?:ection|\.)?\s?|[Rr]eg(?:ulation|\.)?\s?)?"
                    r"(?:\d{1,2}[A-J]?|\(b\))(?:\s?\([0-9a-zA-Z]{1,4}\)){0,3}")
_LEGEND_LINE_RE = re.compile(rf"^\s*(?:[-*•]\s*)?\[?{_SECTION_PATTERN}\]?\s*(?:[-–—:=]|to)\s*\w+(?:\s+\w+){{2,}}")
_DECISION_RE = re.compile(
    r"\b(?:released? in (?:full|part)|withheld in (?:full|part)|partially released|released with redactions|"
    r"refused in full|exempt in (?:full|part)|(?:partial|full) release|grant(?:ed)? in (?:full|part))\b", re.I)
_ROW_LENGTH = 400  # the longest line a schedule's row is taken to be
# A disclosure log's row: a request's reference, then the date access was given ("2021/002 27 Sep 2021
# Documents circulated ... s.47 and s.22"); its last column is the grounds of another release.
_LOG_ROW_RE = re.compile(
    r"[ \t]*(?:FOI[ \t]*)?(?:[A-Z]{2,5}[- ])?\d{2,4}[/-]\d{1,6}\b[ \t,]{1,4}(?:[^\n]{0,20}?[ \t])?"
    r"\d{1,2}[ \t]+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{4}\b")


class Lines:
    """Each line of a text, found once: many candidates on one long line stay cheap."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks = [m.start() for m in _NEWLINE_RE.finditer(text)]
        self._judged: dict[int, tuple[bool, bool]] = {}
        self._tables: list[tuple[int, int]] | None = None
        self._codes: dict[tuple[int, int], tuple[str, ...]] = {}  # the codes of each span of lines

    def in_table(self, at: int) -> bool:
        """Whether ``at`` is inside a schedule of documents (found on the first question only)."""
        if self._tables is None:
            self._tables = table_spans(self.text)
        return bool(self._tables) and any(start <= at < end for start, end in self._tables)

    def line_codes(self, start: int, end: int, at_least: int) -> tuple[str, ...]:
        """The codes written on the lines holding ``start`` to ``end``, found once per such span (a line
        of many codes has many candidates); none when the lines hold fewer than ``at_least`` (every code
        holds one of CODE_ANCHOR_RE's anchors, found ten times faster than the codes themselves)."""
        first, last = bisect_right(self._breaks, start), bisect_right(self._breaks, max(start, end - 1))
        codes = self._codes.get((first, last))
        if codes is None:
            begin = self._breaks[first - 1] + 1 if first else 0
            stop = self._breaks[last] if last < len(self._breaks) else len(self.text)
            lines = self.text[begin:stop]
            few = len(CODE_ANCHOR_RE.findall(lines)) < at_least
            codes = self._codes[(first, last)] = () if few else codes_in(lines)
        return codes

    def flags(self, at: int) -> tuple[bool, bool]:
        """(a legend or tab-table line, a schedule row naming a decision) for the line holding ``at``."""
        line = bisect_right(self._breaks, at)
        judged = self._judged.get(line)
        if judged is None:
            start = self._breaks[line - 1] + 1 if line else 0
            end = self._breaks[line] if line < len(self._breaks) else len(self.text)
            content = self.text[start:end]
            # A schedule's row is a line of a table, not a whole letter run onto one line by its conversion.
            judged = self._judged[line] = (bool(_LEGEND_LINE_RE.match(content[:300])) or "\t" in content,
                                           len(content) <= _ROW_LENGTH and bool(_DECISION_RE.search(content)
                                                                                or _LOG_ROW_RE.match(content)))
        return judged


@dataclass(slots=True)
class Candidate:
    """A marker or code found, what found it, and the text round it."""

    text: str
    start: int
    end: int
    code: bool  # a bare code (no brackets, no "Withheld"): prose can cite one
    lines: Lines

    @property
    def before(self) -> str:
        """Up to 20 characters before the candidate (the longest citing word and a space)."""
        return self.text[max(0, self.start - 20):self.start]
