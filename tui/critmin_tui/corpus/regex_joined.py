"""A run of consecutive documents matched in one pass over their folds joined, where that finds
what a match of each document's text as written finds.

Matching a document at a time costs a few tens of microseconds of Python each (its fold cut
out, its text rebuilt, the engine started), which over 10,000 documents is most of a regex
search. The documents of a chunk are already joined by a separator that no text holds: one
``finditer`` over the run, each match given to its document by where it starts. That is the
documents' own matches when the pattern reads nothing beyond its match but letters next to it
(a word boundary: the separator is no word letter, as a text's start and end are not): no
anchor but a boundary, no look-around. A match that holds the separator (``.*`` runs on into
the next document) means the run is matched a document at a time from that document on.
Where a document's text as written differs from its fold, the fold's matches stand for the
text's when regex_lowered.py's DocMatcher says they can and none reads a letter that differs;
any other document is matched alone, as before.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any, TypeAlias

from .held import unpacked
from .regex_lowered import judge_parse, monotone

if TYPE_CHECKING:
    from .held import HeldText, Written
    from .regex_lowered import DocMatcher

Span = tuple[int, int]
# Consecutive documents of a chunk: their case-kept folds joined by the separator, where each
# starts in that text, how each one's text as written differs from its fold, and how those of
# its chunk differ taken together (see HeldText.differing).
# Differences travel as bytes (a list of arrays pickles several times slower) and are made
# arrays again only for the documents that need them.
Run: TypeAlias = "tuple[str, tuple[int, ...], list[Packed | None], Written | None]"
Packed: TypeAlias = "str | tuple[bytes, str]"
Batch: TypeAlias = "tuple[list[int], list[Run]]"  # the documents' positions among the listed, and their runs
BATCH_CHARS = 1_000_000  # characters of text sent to the regex process at a time


@lru_cache(maxsize=32)
def joinable(pattern: re.Pattern[str]) -> bool:
    """True if the pattern reads nothing beyond a match but the letters either side of it, and
    never refuses a letter for what it is not (monotone): see the module's docstring."""
    return monotone(pattern) and judge_parse(pattern, _plain)


def _plain(items: list[Any], ops: Any) -> bool:
    """True if a parsed sequence holds no anchor but a word boundary and no look-around."""
    boundaries = (ops.AT_BOUNDARY, ops.AT_NON_BOUNDARY, ops.AT_UNI_BOUNDARY, ops.AT_UNI_NON_BOUNDARY,
                  ops.AT_LOC_BOUNDARY, ops.AT_LOC_NON_BOUNDARY)
    for op, argument in items:
        if (op is ops.AT and argument not in boundaries) or op in (ops.ASSERT, ops.ASSERT_NOT):
            return False
        if op is ops.SUBPATTERN and not _plain(argument[-1].data, ops):
            return False
        if op is ops.BRANCH and not all(_plain(branch.data, ops) for branch in argument[1]):
            return False
        if op in (ops.MAX_REPEAT, ops.MIN_REPEAT, ops.POSSESSIVE_REPEAT) and not _plain(argument[-1].data, ops):
            return False
    return True


def documents(run: Run) -> Iterator[tuple[str, Written | None]]:
    """Each document of a run: its case-kept fold, and how its text as written differs."""
    text, starts, writtens, _ = run
    ends = [*(start - 1 for start in starts[1:]), len(text)]
    for start, end, written in zip(starts, ends, writtens, strict=True):
        yield text[start:end], None if written is None else unpacked(written)


def run_spans(matcher: DocMatcher, run: Run, limit: int) -> list[list[Span]]:
    """Each document's non-empty matches in its text as written, at most ``limit`` in all, in
    one pass over the run (for a joinable pattern: see the module's docstring); a document the
    pass cannot answer for is matched alone."""
    text, starts, writtens, differing = run
    ends = [*(start - 1 for start in starts[1:]), len(text)]
    found: list[list[Span]] = []
    searched = matcher.in_fold(text)
    matches = _Matches(searched[0].finditer(searched[1]) if searched is not None else iter(()))
    every = matcher.fold_stands_for(differing)  # every document's differences at once
    doc = 0
    while doc < len(starts) and limit > 0:
        if every and searched is not None and matches.upcoming() > ends[doc]:  # no match in the fold: none
            upcoming = matches.upcoming()
            past = bisect_right(starts, upcoming) - 1 if upcoming <= len(text) else len(starts)
            found.extend([] for _ in range(past - doc))
            doc = past
            continue
        start, end, packed = starts[doc], ends[doc], writtens[doc]
        written = None if packed is None else unpacked(packed)
        mine = matches.upto(end) if searched is not None else None
        if mine is not None and mine and mine[-1][1] > end:  # into the next document: one by one from here
            searched, mine = None, None
        spans = [(s - start, e - start) for s, e in mine] if mine is not None else None
        if spans is None or not (every or matcher.fold_stands_for(written)) or \
                (spans and _reads_a_difference(spans, written)):
            spans = matcher.spans(text[start:end], written, limit)
        found.append(spans[:limit])
        limit -= len(found[-1])
        doc += 1
    return found


class _Matches:
    """Non-empty matches over a run, taken in order a document at a time."""

    def __init__(self, matches: Iterator[re.Match[str]]) -> None:
        self._matches = matches
        self._next: Span | None = self._advance()

    def _advance(self) -> Span | None:
        for match in self._matches:
            if match.end() > match.start():
                return match.span()
        return None

    def upcoming(self) -> int:
        """Where the next match starts (past any text if there is none)."""
        return self._next[0] if self._next is not None else sys.maxsize

    def upto(self, end: int) -> list[Span]:
        """The matches starting at or before ``end`` (a document's end: one starting there starts
        on the separator and holds it, so it is taken, and then seen to run past the end)."""
        taken: list[Span] = []
        while self._next is not None and self._next[0] <= end:
            taken.append(self._next)
            if self._next[1] > end:
                break
            self._next = self._advance()
        return taken


def _reads_a_difference(spans: list[Span], written: Written | None) -> bool:
    """True if a match holds a place where the document's text differs from its fold."""
    if written is None or isinstance(written, str):
        return False
    positions = written[0]
    for start, end in spans:
        at = bisect_left(positions, start)
        if at < len(positions) and positions[at] < end:
            return True
    return False


def batches(held: HeldText, listed: Iterable[tuple[int, int]]) -> Iterator[Batch]:
    """The documents' positions and runs of consecutive documents (each run within a chunk),
    about a megabyte of text at a time."""
    positions: list[int] = []
    runs: list[Run] = []
    size = 0
    docs: list[int] = []
    first = held.kept.first
    beyond = 0  # the first document past the run's chunk
    for position, doc in listed:
        if docs and (doc != docs[-1] + 1 or doc >= beyond):
            runs.append(_run(held, docs))
            size += len(runs[-1][0])
            docs = []
            if size >= BATCH_CHARS:
                yield positions, runs
                positions, runs, size = [], [], 0
        if not docs:
            chunk = _chunk_of(held, doc)
            beyond = first[chunk + 1] if chunk + 1 < len(first) else len(held)
        docs.append(doc)
        positions.append(position)
    if docs:
        runs.append(_run(held, docs))
    if runs:
        yield positions, runs


def _chunk_of(held: HeldText, doc: int) -> int:
    return bisect_right(held.kept.first, doc) - 1


def _run(held: HeldText, docs: list[int]) -> Run:
    """The run of consecutive documents ``docs`` (all in one chunk)."""
    chunk = _chunk_of(held, docs[0])
    text, starts, first = held.kept.chunks[chunk], held.kept.starts[chunk], held.kept.first[chunk]
    head, tail = docs[0] - first, docs[-1] - first
    begin = starts[head]
    end = starts[tail + 1] - 1 if tail + 1 < len(starts) else len(text)
    return text[begin:end], tuple(starts[local] - begin for local in range(head, tail + 1)), \
        [_packed(held.written.get(doc)) for doc in docs], held.differing(chunk)


def _packed(written: Written | None) -> Packed | None:
    return written if written is None or isinstance(written, str) else (written[0].tobytes(), written[1])
