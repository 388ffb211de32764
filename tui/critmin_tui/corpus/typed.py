"""Plain search as the user types it: each keystroke's search picks up where the last one left
off, and asks the trigram index a page of documents at a time.

A search typed a letter at a time runs once per letter, over the whole corpus each time. Two
things keep each one cheap. Its matches are where the previous query's were, when it extends
that query: every place a longer string starts, its first letters start too; so those places
are checked (a string that can overlap itself, "aa", skips some of its places, and is never
narrowed from). The previous search also stopped at its limit somewhere: beyond there it is
run afresh. And a fresh run asks the trigram index for the next documents holding the string,
a page at a time, so a string in every document costs one page and a rare one a few lookups.

Every match is the one a scan with ``str.find`` finds: the leftmost, then the next from its
end, in the no-case or case-kept fold of each listed document, in order.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby, islice
from operator import itemgetter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .held import HeldText

PAGE = 256  # documents asked of the trigram index first; each page after twice the last, up to LAST_PAGE
LAST_PAGE = 2048  # a string in most documents, sought past a short one's end, took 80 asks at 50,000 documents
GAP = 2  # documents: named ones this close are scanned as one run
Place = tuple[int, int]  # (chunk, offset in that chunk's text)
Found = tuple[int, int, int]  # (position among the listed, start, end) in the text as written
_START = re.Match.start


@dataclass(frozen=True, slots=True)
class Typed:
    """The last plain search: every place its needle was found in the listed documents, in
    order; all of them up to ``frontier`` (its last place, where it reached its limit), or all
    of them (None)."""

    listed: Sequence[int]
    keep_case: bool
    needle: str
    places: tuple[Place, ...]
    frontier: Place | None


def overlaps_itself(needle: str) -> bool:
    """True if the needle's end is also its start ("aa", "abab"): a scan then skips some places."""
    return any(needle[:size] == needle[-size:] for size in range(1, len(needle)))


def narrows(last: Typed | None, listed: Sequence[int], keep_case: bool, needle: str) -> bool:
    """True if ``last`` holds every place of ``needle`` up to its frontier."""
    return (last is not None and last.keep_case == keep_case and needle.startswith(last.needle)
            and not overlaps_itself(last.needle) and (last.listed is listed or list(last.listed) == list(listed)))


def _end(text: str, starts: tuple[int, ...], local: int) -> int:
    """Where the ``local``-th document of a chunk ends (before the separator after it)."""
    return starts[local + 1] - 1 if local + 1 < len(starts) else len(text)


class PlainSearch:
    """One plain search over the held text (see the module's docstring)."""

    def __init__(self, held: HeldText, listed: Sequence[int], positions: dict[int, int], needle: str,
                 keep_case: bool, limit: int, cancelled: Callable[[], bool]) -> None:
        self._held = held
        self._listed = listed
        self._positions = positions
        self._needle = needle
        self._keep_case = keep_case
        self._limit = limit
        self._cancelled = cancelled
        self._pattern = re.compile(re.escape(needle))  # the engine finds a literal faster than str.find
        self.found: list[Found] = []
        self._places: list[Place] = []
        # The chunk last lowered in this search, and its number: only one is kept, as a scan goes
        # a chunk at a time and keeping each lowered held a second corpus by its end (its peak memory).
        self._lowered: tuple[int, tuple[str, tuple[int, ...]]] | None = None

    def run(self) -> list[Found]:
        """The matches, at most the limit; kept as the last search unless cancelled."""
        last = self._held.typed
        start: Place | None = (0, 0)
        if last is not None and narrows(last, self._listed, self._keep_case, self._needle):
            start = self._narrow(last)
        if start is not None and len(self.found) < self._limit:
            self._onwards(start)
        if not self._cancelled():
            frontier = self._places[-1] if len(self.found) >= self._limit and self._places else None
            self._held.typed = Typed(self._listed, self._keep_case, self._needle, tuple(self._places), frontier)
        return self.found

    def _narrow(self, last: Typed) -> Place | None:
        """Keep the last search's places that start the needle; where to go on from (None: done)."""
        if self._keep_case:
            chunks, needle = self._held.kept.chunks, self._needle
            places = [(chunk, at) for chunk, at in last.places if chunks[chunk].startswith(needle, at)]
        else:
            places = self._lowered_places(last.places)
        if overlaps_itself(self._needle):  # a scan steps past each match: drop the places it skips
            kept: list[Place] = []
            for chunk, at in places:
                if not kept or kept[-1][0] != chunk or at >= kept[-1][1] + len(self._needle):
                    kept.append((chunk, at))
            places = kept
        for chunk, group in groupby(places[:self._limit - len(self.found)], key=itemgetter(0)):
            self._record(chunk, self._text(chunk)[1], [at for _, at in group])
        if len(self.found) >= self._limit or last.frontier is None:
            return None
        chunk, at = last.frontier
        end = self._places[-1][1] + len(self._needle) if self._places and self._places[-1][0] == chunk else 0
        return chunk, max(at + 1, end)

    def _lowered_places(self, places: tuple[Place, ...]) -> list[Place]:
        """The places where the (no-case) needle starts."""
        chunks, needle = self._held.kept.chunks, self._needle
        # In ASCII, lowering is letter by letter and a case-blind match is a match of the text
        # lowered: the chunk need not be lowered.
        blind = re.compile(re.escape(needle), re.IGNORECASE).match if needle.isascii() else None
        kept: list[Place] = []
        for chunk, group in groupby(places, key=itemgetter(0)):
            text = chunks[chunk]
            if blind is not None and text.isascii() and not self._held.odd_chunk(chunk):
                kept.extend([place for place in group if blind(text, place[1])])
            else:
                lowered = self._text(chunk)[0]
                kept.extend([place for place in group if lowered.startswith(needle, place[1])])
        return kept

    def _onwards(self, start: Place) -> None:
        """Matches from ``start`` on: in the documents the index names, else in every chunk."""
        from .trigrams import SHORTEST

        index = self._held.ready_index()
        kept = self._keep_case and index is not None and index.kept_ready
        asked = self._needle if kept else self._needle.lower()  # the string asked of the index
        # A case-kept ASCII needle's documents hold it lowered in their no-case fold (see _pages).
        usable = len(self._needle) >= SHORTEST and (kept or not self._keep_case or self._needle.isascii())
        chunk, at = start
        if chunk >= len(self._held.kept.chunks):
            return
        text, starts = self._text(chunk)
        local = max(0, bisect_right(starts, at) - 1)
        doc = self._held.kept.first[chunk] + local
        if not usable or index is None:
            self._scan_chunks(start)
            return
        self._scan(chunk, text, starts, at, _end(text, starts, local))  # the rest of the document it stopped in
        for page in self._pages(doc, asked, kept):
            if page is None:  # the index was too slow: scan from here
                self._scan_chunks(self._place_of(doc + 1))
                return
            if len(self.found) >= self._limit or self._cancelled():
                return
            if page:
                self._scan_docs(page)
                doc = page[-1]

    def _scan_docs(self, docs: list[int]) -> None:
        """Matches in the given documents (in order), a chunk's at a time."""
        first = self._held.kept.first
        at = 0
        while at < len(docs) and len(self.found) < self._limit:
            chunk = bisect_right(first, docs[at]) - 1
            upto = bisect_left(docs, first[chunk + 1], at) if chunk + 1 < len(first) else len(docs)
            self._scan_run(chunk, [doc - first[chunk] for doc in docs[at:upto]])
            at = upto

    def _scan_run(self, chunk: int, locals_: list[int]) -> None:
        """Matches in a chunk's given documents (by their place in it): in one go when they are
        most of it, else a run of them at a time, a run spanning up to GAP - 1 documents the
        index did not name (they hold no match: one scan of them costs less than another call)."""
        text, starts = self._text(chunk)
        if 2 * len(locals_) >= locals_[-1] - locals_[0] + 1:
            self._scan(chunk, text, starts, starts[locals_[0]], _end(text, starts, locals_[-1]))
            return
        begin = 0
        for at in range(1, len(locals_) + 1):
            if at == len(locals_) or locals_[at] - locals_[at - 1] > GAP:
                self._scan(chunk, text, starts, starts[locals_[begin]], _end(text, starts, locals_[at - 1]))
                if len(self.found) >= self._limit:
                    return
                begin = at

    def _pages(self, doc: int, asked: str, kept: bool) -> Iterator[list[int] | None]:
        """The listed documents past ``doc`` that may hold the needle, a page at a time (None:
        the index did not answer in time), from the case-kept fold's index (``kept``) or the
        no-case fold's; with a case-kept needle there, also every document whose no-case fold
        is not its kept fold lowered."""
        from heapq import merge

        from .search import unique

        index = self._held.ready_index()
        assert index is not None
        odd = sorted(self._held.lower) if self._keep_case and not kept else []
        size = PAGE
        while True:
            page = index.docs_after(asked, doc, size, kept=kept)
            if page is None:
                yield None
                return
            last = page[-1] if len(page) == size else len(self._held)
            extra = [one for one in odd if doc < one <= last]
            yield [one for one in (unique(merge(page, extra)) if extra else page) if one in self._positions]
            if len(page) < size:
                return
            doc, size = last, min(2 * size, LAST_PAGE)

    def _place_of(self, doc: int) -> Place:
        """Where document ``doc`` starts."""
        if doc >= len(self._held):
            return len(self._held.kept.chunks), 0
        chunk = bisect_right(self._held.kept.first, doc) - 1
        return chunk, self._text(chunk)[1][doc - self._held.kept.first[chunk]]

    def _scan_chunks(self, start: Place) -> None:
        """Matches in every chunk from ``start`` on."""
        chunk, at = start
        for number in range(chunk, len(self._held.kept.chunks)):
            if len(self.found) >= self._limit or self._cancelled():
                return
            text, starts = self._text(number)
            self._scan(number, text, starts, at if number == chunk else 0, len(text))

    def _scan(self, chunk: int, text: str, starts: tuple[int, ...], begin: int, end: int) -> None:
        """Matches in ``text[begin:end]`` of one chunk, added in order up to the limit."""
        if self._places and self._places[-1][0] == chunk:  # not overlapping the last match
            begin = max(begin, self._places[-1][1] + len(self._needle))
        offsets = map(_START, self._pattern.finditer(text, begin, end))  # at C speed, a batch at a time
        while len(self.found) < self._limit:
            batch = list(islice(offsets, self._limit - len(self.found)))
            if not batch:
                return
            self._record(chunk, starts, batch)

    def _record(self, chunk: int, starts: tuple[int, ...], offsets: list[int]) -> None:
        """Record matches at ``offsets`` (in order) in a chunk, as (position, start, end) in the
        text as written; those in a document not listed (a second capture) are passed over."""
        width = len(self._needle)
        first = self._held.kept.first[chunk]
        at = 0
        while at < len(offsets):
            local = bisect_right(starts, offsets[at]) - 1
            upto = bisect_left(offsets, starts[local + 1], at) if local + 1 < len(starts) else len(offsets)
            doc = first + local
            position = self._positions.get(doc)
            if position is not None:
                base, group = starts[local], offsets[at:upto]
                origins = self._held.lower_origins(doc) if not self._keep_case else self._held.kept.origins.get(doc)
                if origins is None:
                    self.found.extend([(position, one - base, one - base + width) for one in group])
                else:
                    self.found.extend([(position, origins[one - base], origins[one - base + width - 1] + 1)
                                       for one in group])
                self._places.extend([(chunk, one) for one in group])
            at = upto

    def _text(self, chunk: int) -> tuple[str, tuple[int, ...]]:
        """A chunk's text in the search's fold, and where each of its documents starts."""
        if self._keep_case:
            return self._held.kept.chunks[chunk], self._held.kept.starts[chunk]
        if self._lowered is None or self._lowered[0] != chunk:
            self._lowered = (chunk, self._held.lowered_chunk(chunk))
        return self._lowered[1]
