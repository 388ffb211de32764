"""Searching as the reader does it: in the corpus, the document, or a speaker filter's quotes;
and which match comes next from the cursor. Pure functions (no Textual)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence

from ..corpus import Corpus, Query
from .derive import search_index
from .state import Match, ReaderState, SearchScope, Span


def scope_label(state: ReaderState) -> str:
    """What a search looks through, as the counter says it."""
    if state.speakers:
        return "in filter"
    return "in document" if state.scope is SearchScope.DOCUMENT else "in corpus"


def scoped_search(corpus: Corpus, listed: Sequence[int], state: ReaderState, filtered: Sequence[Span],
                  query: Query, cancelled: Callable[[], bool] = lambda: False) -> list[Match]:
    """Matches of ``query`` in what ``state`` searches: the filter's quotes under a speaker
    filter, else the document or the listed documents. SearchError for a bad pattern."""
    if state.speakers:
        docs = sorted({doc for doc, _, _ in filtered})
    elif state.scope is SearchScope.DOCUMENT:
        docs = [state.doc]
    else:
        docs = list(listed)
    found = [Match(docs[position], start, end)
             for position, start, end in search_index(corpus, docs).search(query, cancelled=cancelled)]
    if not state.speakers:
        return found
    return _inside(found, filtered)


def _inside(matches: list[Match], spans: Sequence[Span]) -> list[Match]:
    """The matches that lie within one of the spans (both in corpus order)."""
    by_doc: dict[int, tuple[list[int], list[int]]] = {}
    for doc, start, end in sorted(spans):
        starts, ends = by_doc.setdefault(doc, ([], []))
        starts.append(start)
        ends.append(end)
    kept = []
    for match in matches:
        starts, ends = by_doc.get(match.doc, ([], []))
        at = bisect_right(starts, match.start) - 1
        if at >= 0 and match.end <= ends[at]:
            kept.append(match)
    return kept


def next_match(matches: Sequence[Match], here: tuple[int, int], direction: int = 1) -> tuple[int, bool] | None:
    """The match after (1) or before (-1) ``here`` (document, offset), and whether the search
    wrapped round to find it; None without matches."""
    if not matches:
        return None
    keys = [(m.doc, m.start) for m in matches]
    if direction > 0:
        at = bisect_left(keys, here)
        return (at, False) if at < len(keys) else (0, True)
    at = bisect_left(keys, here) - 1
    return (at, False) if at >= 0 else (len(keys) - 1, True)
