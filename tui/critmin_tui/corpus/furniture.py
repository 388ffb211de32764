"""A PDF's page furniture: running headers and footers, page numbers and release-stamp fragments.

A line is furniture when its words (numbers aside) come back on many pages, in the page's top or
bottom margin or anywhere when short; or when it is a page number in a margin; or when it is a
fragment of the stamp an agency prints on each page ("Released under the Official Information
Act 1982").
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .layout import Line, Page

_MARGIN = 0.1  # of the page's height, at top and bottom
_DIGITS_RE = re.compile(r"\d+")
_PAGE_NUMBER_RE = re.compile(r"^(?:-\s*)?(?:page\s*)?#(?:\s*(?:of|/)\s*#)?(?:\s*-)?$", re.IGNORECASE)
_GROUND_RE = re.compile(r"\b(?:s|section)\.?\s?(?:6|7|9|18)\s?\(", re.IGNORECASE)
_CONTINUED_RE = re.compile(r"\bcontinued\W*$|\(cont(?:inued|'d|\.)\)$")  # "Vodafone protocol, Continued..."
_STAMP_RE = re.compile(
    r"^(?:proactively\s+)?released\s+(?:under|in\s+accordance\s+with)\s+the(?:\s+official\s+information\s+act"
    r"(?:\s+1982)?)?$|^(?:official\s+information\s+act(?:\s+1982)?|released|under\s+the|proactively\s+released)$",
    re.IGNORECASE,
)


def _key(line: Line) -> str:
    """The line's words with numbers made alike: "Page 3 of 12" and "Page 4 of 12" share one key."""
    return " ".join(_DIGITS_RE.sub("#", line.text.replace("\x00", " ").casefold()).split())


def _in_margin(line: Line, page: Page) -> bool:
    return line.y0 >= page.height * (1 - _MARGIN) or line.y1 <= page.height * _MARGIN


def furniture_keys(pages_lines: list[list[Line]], pages: list[Page]) -> frozenset[str]:
    """The keys of lines that come back on many pages (in a margin, or short anywhere)."""
    if len(pages) < 2:
        return frozenset()
    in_margin: Counter[str] = Counter()
    anywhere: Counter[str] = Counter()
    for lines, page in zip(pages_lines, pages, strict=True):
        margin_keys = {_key(line) for line in lines if _in_margin(line, page) and "\x00" not in line.text}
        short_keys = {_key(line) for line in lines if len(line.text.split()) <= 12 and "\x00" not in line.text}
        in_margin.update(margin_keys)
        anywhere.update(short_keys)
    count = len(pages)
    # A running header may change with the section ("Schedule 2 to ..."): three pages are enough.
    keys = {key for key, seen in in_margin.items() if seen >= min(3, max(2, count * 0.5))}
    keys |= {key for key, seen in anywhere.items() if seen >= max(3, count * 0.6) and len(key) > 1}
    return frozenset(key for key in keys if key)


def is_furniture(line: Line, page: Page, keys: frozenset[str]) -> bool:
    """True when the line is page furniture, not the document's words."""
    if "\x00" in line.text or _GROUND_RE.search(line.text):
        return False  # a line holding a redaction box, or a ground printed in the margin beside one, stays
    key = _key(line)
    if key in keys or _STAMP_RE.match(key):
        return True
    return _in_margin(line, page) and bool(_PAGE_NUMBER_RE.match(key) or _CONTINUED_RE.search(key))
