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

Rebuilding a document's text as written costs more than matching it, so a document is first
looked through in its case-kept fold (lowered, for a lowered pattern), where its letters beyond
ASCII are folded: when the pattern refuses no letter for what it is not (no negated class, no
negative look-around, no atomic group) and each such letter and its fold are alike (both word
letters or neither, digits, spaces), every match in the text is a match in the fold, and a
document whose fold has none is passed over unbuilt.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from .held import Written, rebuilt
from .regex_search import Span, spans
from .search import fold

# Letters a no-case ASCII letter matches that lower to themselves, not to it.
BEYOND_LOWER = ("ı", "ſ")


class DocMatcher:
    """Matches one pattern in documents given as case-kept fold and differences (see above)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern
        self._low = lowered(pattern)
        self._monotone = monotone(pattern)

    def spans(self, kept: str, written: Written | None, limit: int) -> list[Span]:
        """The document's non-empty matches in its text as written, at most ``limit``."""
        fold_lowered = kept.lower() if self._low is not None and kept.isascii() else None
        if self._filters(written) and not self._in_fold(kept, fold_lowered):
            return []
        text = lower_text(kept, written, fold_lowered) if self._low is not None else None
        if self._low is not None and text is not None:
            return spans(self._low, text, limit)
        return spans(self._pattern, rebuilt(kept, written), limit)

    def in_fold(self, kept: str) -> tuple[re.Pattern[str], str] | None:
        """The pattern to run over ``kept`` (a fold, or documents' folds joined) and the text
        to run it in: the fold lowered for a lowered pattern, else the fold; None if a lowered
        pattern's fold does not lower letter by letter (as lower_text needs: one letter to one,
        none in BEYOND_LOWER, and no capital sigma, which lowers by its place in a word)."""
        if self._low is None:
            return self._pattern, kept
        lowered_fold = kept.lower()
        if kept.isascii() or (len(lowered_fold) == len(kept) and "\u03a3" not in kept
                              and not any(letter in lowered_fold for letter in BEYOND_LOWER)):
            return self._low, lowered_fold
        return None

    def fold_stands_for(self, written: Written | None) -> bool:
        """True if a document's matches in its fold (see in_fold) are its matches in its text
        wherever none holds a place where the two differ: every letter that differs is alike
        (see _alike) to a monotone pattern, and lowers as lower_text needs. Then an item of
        the pattern accepts no more in the text than in the fold, so a match in the fold that
        reads only letters both share is the text's match there, and none comes before it."""
        if written is None:
            return True
        if not self._filters(written) or isinstance(written, str):
            return False
        letters = written[1].lower()
        return self._low is None or (len(letters) == len(written[1]) and not any(b in letters for b in BEYOND_LOWER))

    def _filters(self, written: Written | None) -> bool:
        """True if a document that differs so from its fold can be looked through in its fold first."""
        return self._monotone and isinstance(written, tuple) and all(map(_alike, set(written[1])))

    def _in_fold(self, kept: str, fold_lowered: str | None) -> bool:
        """True if the document's fold (lowered, for a lowered pattern) holds a match."""
        if self._low is not None:
            return fold_lowered is None or self._low.search(fold_lowered) is not None
        return self._pattern.search(kept) is not None


_KINDS = (re.compile(r"\w"), re.compile(r"\d"), re.compile(r"\s"))


@lru_cache(maxsize=4096)
def _alike(letter: str) -> bool:
    """True if a letter beyond ASCII and its case-kept fold, and the two lowered, are the same
    kind to every class (word letter, digit, space), neither is a line's end, and a letter that
    lowers into ASCII lowers as its fold does."""
    folded = fold(letter, keep_case=True).text
    if len(folded) != 1 or "\n" in (letter, folded) or (letter.lower().isascii() and letter.lower() != folded.lower()):
        return False
    return all(bool(kind.match(one)) == bool(kind.match(other)) for kind in _KINDS
               for one, other in ((letter, folded), (letter.lower(), folded.lower())))


@lru_cache(maxsize=32)
def monotone(pattern: re.Pattern[str]) -> bool:
    """True if the pattern's letters are ASCII and it refuses no character for what it is not
    (no negated class or letter, negative look-around, atomic group or back-reference), with
    Unicode classes: then a letter beyond ASCII is accepted only by a class of its kind (see
    _alike), or as a no-case ASCII letter by that letter (a long ſ by s), which its fold is."""
    if pattern.flags & (re.ASCII | re.LOCALE):
        return False
    return judge_parse(pattern, _monotone)


def judge_parse(pattern: re.Pattern[str], judge: Callable[[list[Any], Any], bool]) -> bool:
    """``judge`` of the pattern as re's own parser reads it (its items, and re's constants); False
    when that parse cannot be had or read (the parser is internal to re: any change to it means no)."""
    try:
        parser: Any = importlib.import_module("re._parser")
        ops: Any = importlib.import_module("re._constants")
        return judge(parser.parse(pattern.pattern, pattern.flags).data, ops)
    except (ImportError, re.error, AttributeError, TypeError, ValueError, RecursionError):
        return False


def _monotone(items: list[Any], ops: Any) -> bool:
    """True if every item of a parsed sequence is one monotone() allows."""
    return all(_monotone_item(op, argument, ops) for op, argument in items)


def _monotone_item(op: Any, argument: Any, ops: Any) -> bool:
    if op is ops.IN:
        return all(kind is ops.CATEGORY or (kind is ops.LITERAL and value < 128)
                   or (kind is ops.RANGE and value[1] < 128) for kind, value in argument)
    if op is ops.SUBPATTERN:
        return not argument[1] and not argument[2] and _monotone(argument[3].data, ops)
    if op is ops.BRANCH:
        return all(_monotone(branch.data, ops) for branch in argument[1])
    if op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.ASSERT):
        return _monotone(argument[-1].data, ops)
    return (op is ops.LITERAL and argument < 128) or op is ops.ANY or op is ops.AT


@lru_cache(maxsize=32)
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


def lower_text(kept: str, written: Written | None, fold_lowered: str | None = None) -> str | None:
    """The text as written (from its case-kept fold and how it differs), lowered letter by letter;
    None if it does not lower one letter to one or holds a letter in BEYOND_LOWER
    (``fold_lowered``: the fold lowered, if it is ASCII and was lowered already)."""
    if kept.isascii() and not isinstance(written, str):  # lowering ASCII is per letter, at C speed
        fold_lowered = kept.lower() if fold_lowered is None else fold_lowered
        if written is None:
            return fold_lowered
        positions, letters = written
        lowered_letters = letters.lower()
        if len(lowered_letters) != len(letters) or any(letter in lowered_letters for letter in BEYOND_LOWER):
            return None
        return rebuilt(fold_lowered, (positions, lowered_letters))
    text = rebuilt(kept, written)
    lowered_text = text.lower()
    if len(lowered_text) != len(text) or any(letter in lowered_text for letter in BEYOND_LOWER):
        return None
    return lowered_text
