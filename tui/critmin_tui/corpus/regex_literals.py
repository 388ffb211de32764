"""The strings any match of a regular expression must hold, so that the trigram index can
name the documents worth running it over (as code search engines do), never missing one.

Only ASCII letters, digits and marks outside any repeat, class or look-around are taken: a
match of ``Taranaki|van\\w+`` holds "taranaki" or "van"; one of ``s9\\(2\\)\\([a-z]\\)`` holds "s9(2)(".
A document's text holding an ASCII string, even ignoring case, has it lowered in its no-case
fold (accents and marks only ever drop out between letters, never come in), but for one
letter: a no-case pattern's i also matches a dotless ı, which folds to itself, so documents
with one are looked through too (``MATCHES_BEYOND_FOLD``).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from .trigrams import SHORTEST

# ASCII letters a no-case pattern matches in a character whose no-case fold is not that letter.
MATCHES_BEYOND_FOLD = {"i": "ı"}

Required = list[str]  # any one of these strings (lowered)


def required(pattern: re.Pattern[str], shortest: int = SHORTEST) -> Required | None:
    """Strings one of which every match holds (lowered, each ``shortest`` characters or more);
    None if the pattern promises none."""
    try:  # the standard library's own parser of patterns (re's, so it reads them as re does)
        parser: Any = importlib.import_module("re._parser")
        parsed = parser.parse(pattern.pattern, pattern.flags)
        return _of_sequence(list(parsed.data), importlib.import_module("re._constants"), shortest)
    except (ImportError, re.error, AttributeError, TypeError, ValueError, RecursionError):
        return None


def _of_sequence(items: list[tuple[Any, Any]], ops: Any, shortest: int) -> Required | None:
    """What a sequence of parsed items requires: its longest run of literals, else a group or
    alternation that requires something in every branch."""
    best: Required | None = None
    run: list[str] = []
    for op, argument in [*items, (None, None)]:
        if op is ops.LITERAL and argument < 128:
            run.append(chr(argument))
            continue
        if len(run) >= shortest and (best is None or min(map(len, best)) < len(run)):
            best = ["".join(run).lower()]
        run = []
        inner = _of_item(op, argument, ops, shortest)
        if inner is not None and (best is None or min(map(len, best)) < min(map(len, inner))):
            best = inner
    return best


def _of_item(op: Any, argument: Any, ops: Any, shortest: int) -> Required | None:
    """What one group or alternation requires (anything else: nothing)."""
    if op is ops.SUBPATTERN:
        return _of_sequence(list(argument[-1].data), ops, shortest)
    if op is ops.BRANCH:
        options = [_of_sequence(list(branch.data), ops, shortest) for branch in argument[1]]
        if any(option is None for option in options):
            return None
        return sorted({text for option in options if option is not None for text in option})
    return None
