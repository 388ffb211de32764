"""Speaker labels: a line that is only a name ("Paul Lopez", "Harbour City coach Ana Moss:") set
above the words it introduces, as transcripts and post-match comments print each turn."""

from __future__ import annotations

import re
from collections.abc import Callable

from .names import NameRef, classify_caps

# A whole line: a name, then a role after a comma, then a colon or nothing ("Ana Moss, Minister of Tourism").
_LABEL_RE = re.compile(r"[ \t]*(?P<who>[^\n,:.!?\"“”]{3,60}?)(?:,[ \t]*[^\n.!?\"“”:]{1,60})?[ \t]*(?P<colon>:)?[ \t]*$")
_NEVER_IN_LABEL_RE = re.compile('[.!?"“”]')
LABEL_REACH = 160  # how far back from a paragraph its label line may stand
_OPENERS = "\"“‘'"
# A label line then, after blank lines, a paragraph opening with a quotation mark.
_LABELLED_RE = re.compile(r"^[ \t]*[A-Z][^\n,:.!?\"“”]{2,60}?(?:,[^\n.!?\"“”:]{1,60})?:?[ \t]*\n"
                          r"(?:[ \t]*\n)*[ \t]*[\"“‘']", re.M)
TRANSCRIPT_LABELS = 2  # a bare name over a quotation is a caption once; a transcript's form twice or more


def labelled_turns(text: str) -> int:
    """How many quotation paragraphs stand under a line that could be a label, counted up to
    TRANSCRIPT_LABELS (an upper bound: enough to tell a transcript from a caption)."""
    count = 0
    for _ in _LABELLED_RE.finditer(text):
        count += 1
        if count >= TRANSCRIPT_LABELS:
            break
    return count


def label_above(text: str, paragraph_start: int, turns: Callable[[], int]) -> NameRef | None:
    """The person a label line right above the paragraph names: always when it ends with a colon,
    a bare name only in a text of several such turns (``turns``: labelled_turns of the text, asked
    only for a bare name, since most paragraphs have none above them)."""
    if paragraph_start == 0 or text[paragraph_start:paragraph_start + 1] not in _OPENERS:
        return None
    before = text[max(0, paragraph_start - LABEL_REACH):paragraph_start].rstrip()
    line_start = before.rfind("\n") + 1
    # No part of a label holds a stop or a quotation mark: most lines above are a paragraph's last,
    # ending in one, and need no trial of the regex (its lazy name and role backtrack far).
    if _NEVER_IN_LABEL_RE.search(before, line_start) is not None:
        return None
    label = _LABEL_RE.match(before, line_start)
    if label is None or (label.group("colon") is None and turns() < TRANSCRIPT_LABELS):
        return None
    base = paragraph_start - LABEL_REACH if paragraph_start > LABEL_REACH else 0
    ref = classify_caps(label.group("who").strip(), base + label.start("who"))
    return ref if ref is not None and ref.kind == "person" else None
