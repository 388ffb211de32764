"""A no-case regular expression run as a case-kept one over the text lowered, where that finds
exactly the same matches (at the same places) and far sooner.

Ignoring case, CPython's engine cannot skip ahead to a pattern's first letters: it tries a whole
match at every place, some ten times slower than a case-kept pattern with a plain prefix. A
pattern made only of ASCII letters and marks, character classes of those, ``\\d \\w \\s``, any
character, anchors, groups, alternations, repeats and look-arounds accepts a character ignoring
case exactly when its lowered copy (ASCII letters lowered) accepts that character lowered, for
every character whose lowercase is one character, but two: a no-case ``i`` also accepts a
dotless ı and an ``s`` a long ſ, which lower to themselves. So over a text that lowers letter by
letter and holds neither, every item accepts or refuses at every place as before, and the
engine makes the same matches (tests check this against every Unicode character).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from .held import Written, rebuilt

# Letters a no-case ASCII letter matches that lower to themselves, not to it.
BEYOND_LOWER = ("ı", "ſ")


def lowered(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-kept pattern that matches a text lowered where ``pattern`` (which ignores case)
    matches the text; None if the pattern holds anything beyond what is shown to be safe."""
    if not pattern.flags & re.IGNORECASE or pattern.flags & (re.ASCII | re.LOCALE):
        return None
    try:  # the standard library's own parser and compiler (re's, so it reads patterns as re does)
        parser: Any = importlib.import_module("re._parser")
        compiler: Any = importlib.import_module("re._compiler")
        ops: Any = importlib.import_module("re._constants")
        parsed = parser.parse(pattern.pattern, pattern.flags)
        if not _lower_sequence(parsed.data, ops):
            return None
        parsed.state.flags &= ~re.IGNORECASE
        compiled: re.Pattern[str] = compiler.compile(parsed, pattern.flags & ~re.IGNORECASE)
        return compiled
    except (ImportError, re.error, AttributeError, TypeError, ValueError, RecursionError):
        return None


def _lower_sequence(items: list[Any], ops: Any) -> bool:
    """Lower the ASCII letters of a parsed sequence in place; False if it holds anything unsafe."""
    for number, (op, argument) in enumerate(items):
        if op is ops.LITERAL or op is ops.NOT_LITERAL:
            if argument >= 128:
                return False
            items[number] = (op, ord(chr(argument).lower()))
        elif op is ops.IN:
            lowered = _lower_set(argument, ops)
            if lowered is None:
                return False
            items[number] = (op, lowered)
        elif op is ops.ANY or op is ops.AT:
            continue
        elif not _lower_inner(op, argument, ops):
            return False
    return True


def _lower_inner(op: Any, argument: Any, ops: Any) -> bool:
    """Lower what a group, alternation, repeat or look-around holds; False for anything else."""
    if op is ops.SUBPATTERN:
        _group, added, removed, inner = argument
        return not added and not removed and _lower_sequence(inner.data, ops)
    if op is ops.BRANCH:
        return all(_lower_sequence(branch.data, ops) for branch in argument[1])
    if op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT):
        return _lower_sequence(argument[2].data, ops)
    if op in (ops.ASSERT, ops.ASSERT_NOT):
        return _lower_sequence(argument[1].data, ops)
    if op is ops.ATOMIC_GROUP:
        return _lower_sequence(argument.data, ops)
    return False  # back-references (compared ignoring case), conditionals, anything new


def _lower_set(items: list[tuple[Any, Any]], ops: Any) -> list[tuple[Any, Any]] | None:
    """A character class's items with ASCII letters lowered (a range becomes its letters lowered);
    None if it holds a letter beyond ASCII."""
    found: list[tuple[Any, Any]] = []
    for op, argument in items:
        if op is ops.LITERAL and argument < 128:
            found.append((op, ord(chr(argument).lower())))
        elif op is ops.RANGE and argument[1] < 128:
            found.extend((ops.LITERAL, ord(chr(code).lower())) for code in range(argument[0], argument[1] + 1))
        elif op is ops.NEGATE or op is ops.CATEGORY:
            found.append((op, argument))
        else:
            return None
    return found


def lower_text(kept: str, written: Written | None) -> str | None:
    """The text as written (from its case-kept fold and how it differs), lowered letter by letter;
    None if it does not lower one letter to one or holds a letter in BEYOND_LOWER."""
    if kept.isascii() and not isinstance(written, str):  # lowering ASCII is per letter, at C speed
        if written is None:
            return kept.lower()
        positions, letters = written
        lowered_letters = letters.lower()
        if len(lowered_letters) != len(letters) or any(letter in lowered_letters for letter in BEYOND_LOWER):
            return None
        return rebuilt(kept.lower(), (positions, lowered_letters))
    text = rebuilt(kept, written)
    lowered_text = text.lower()
    if len(lowered_text) != len(text) or any(letter in lowered_text for letter in BEYOND_LOWER):
        return None
    return lowered_text
