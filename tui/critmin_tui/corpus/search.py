"""Searching text: accent- and case-insensitive by default, smart case, optional regex."""

from __future__ import annotations

import re
import unicodedata
import warnings
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .held import HeldText
    from .regex_search import RegexProcess


class SearchError(ValueError):
    """A query that cannot be run (a bad regular expression), with where it fails."""


@dataclass(frozen=True, slots=True)
class Folded:
    """Text folded for matching, and where each folded character came from (None: same place)."""

    text: str
    origins: tuple[int, ...] | None = None

    def original(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span back to the source text."""
        if self.origins is None:
            return start, end
        return self.origins[start], self.origins[end - 1] + 1


# Typographic marks a keyboard does not type: ' finds ’, " finds “, - finds an en or em dash.
_TYPOGRAPHIC = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "‟": '"',
                              "–": "-", "—": "-"})


_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=4096)
def _fold_char(char: str, keep_case: bool) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_TYPOGRAPHIC)
    return bare if keep_case else bare.casefold()


def fold(text: str, keep_case: bool = False) -> Folded:
    """Strip accents (and case, unless ``keep_case``): "Pāti Māori" → "pati maori"."""
    base = text if keep_case else text.lower()
    if base.isascii():
        return Folded(base if len(base) == len(text) else text.lower())
    # The distinct letters beyond ASCII, found at C speed (set() of a whole text costs far more).
    table = {c: _fold_char(c, keep_case) for c in set(_BEYOND_ASCII.findall(base))}
    if len(base) == len(text) and all(len(v) == 1 for v in table.values()):
        # A few distinct accented letters in a long text: one C-speed replace each beats translate.
        for char, folded in table.items():
            if folded != char:
                base = base.replace(char, folded)
        return Folded(base)
    # Rare: a character folds to none or several ("ß" → "ss"): keep a map back to the source.
    pieces: list[str] = []
    origins: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char, keep_case) if not char.isascii() else (char if keep_case else char.lower())
        pieces.append(folded)
        origins.extend([index] * len(folded))
    return Folded("".join(pieces), tuple(origins))


@dataclass(frozen=True, slots=True)
class Query:
    """A search as the user typed it, with its options."""

    text: str
    regex: bool = False
    case_sensitive: bool | None = None  # None: smart case (sensitive if the query has a capital)

    @property
    def keeps_case(self) -> bool:
        """True if matching is case-sensitive."""
        if self.case_sensitive is not None:
            return self.case_sensitive
        return any(c.isupper() for c in self.text)

    def compiled(self) -> re.Pattern[str]:
        """The regular expression of a regex query; SearchError says where it is bad."""
        try:
            with warnings.catch_warnings():
                # "[[a]" is valid, and re warns that a later Python may read it as a nested set:
                # that is for a program's author, not for someone typing a search (it printed a
                # FutureWarning on the terminal).
                warnings.simplefilter("ignore", FutureWarning)
                return re.compile(self.text, 0 if self.keeps_case else re.IGNORECASE)
        except re.error as error:
            where = f" at position {error.pos}" if error.pos is not None else ""
            raise SearchError(f"bad regular expression{where}: {error.msg}") from error


def find_all(text: str, query: Query, folded: Folded | None = None, limit: int = 100_000) -> list[tuple[int, int]]:
    """Spans in ``text`` that match the query (``folded`` is the fold to reuse, if cached)."""
    if not query.text:
        return []
    if query.regex:
        from .regex_search import can_alarm, spans_with_alarm

        pattern = query.compiled()
        return spans_with_alarm(pattern, text, limit) if can_alarm() else _regex_in_child(pattern, text, limit)
    needle = fold(query.text, query.keeps_case).text
    if not needle:  # a query of combining marks folds to nothing: it would match everywhere, never advancing
        return []
    folded = folded or fold(text, query.keeps_case)
    spans: list[tuple[int, int]] = []
    at = folded.text.find(needle)
    while at >= 0 and len(spans) < limit:
        spans.append(folded.original(at, at + len(needle)))
        at = folded.text.find(needle, at + len(needle))
    return spans


_FEW = 32  # documents: more in one chunk, and lowering the whole chunk costs less than each one
MATCH_CAP = 1_000  # a search stops here: the counter then reads "1000+" (vim stops counting at 99)
SEPARATOR = "\0"  # between documents in a joined fold; text never holds it (decoding refuses NUL)


_CHUNK = 1_000_000  # characters of folded text per chunk


@dataclass(frozen=True, slots=True)
class FoldedCorpus:
    """Every document's fold, joined into chunks of about a megabyte: a query is a C-speed scan
    of each chunk, and a corpus is never held twice over while it is being joined."""

    chunks: tuple[str, ...]
    first: tuple[int, ...]  # per chunk: the index of its first document
    starts: tuple[tuple[int, ...], ...]  # per chunk: where each of its documents starts
    origins: dict[int, tuple[int, ...]]  # documents whose fold changed length: folded → source offsets

    @classmethod
    def of(cls, folds: Iterable[Folded]) -> FoldedCorpus:
        """Join the folds of documents, in order."""
        builder = FoldedCorpusBuilder()
        for folded in folds:
            builder.add(folded)
        return builder.build()

    def fold_of(self, index: int) -> Folded:
        """Document ``index``'s fold."""
        chunk = bisect_right(self.first, index) - 1
        starts = self.starts[chunk]
        at = index - self.first[chunk]
        end = starts[at + 1] - len(SEPARATOR) if at + 1 < len(starts) else len(self.chunks[chunk])
        return Folded(self.chunks[chunk][starts[at]:end], self.origins.get(index))

    def __len__(self) -> int:
        return sum(len(starts) for starts in self.starts)


class FoldedCorpusBuilder:
    """Builds a FoldedCorpus one document at a time, joining each chunk as it fills."""

    def __init__(self) -> None:
        self._chunks: list[str] = []
        self._first: list[int] = []
        self._starts: list[tuple[int, ...]] = []
        self._origins: dict[int, tuple[int, ...]] = {}
        self._pieces: list[str] = []
        self._piece_starts: list[int] = []
        self._size = 0
        self._count = 0

    def add(self, folded: Folded) -> None:
        """Add the next document's fold."""
        if not self._pieces:
            self._first.append(self._count)
        self._piece_starts.append(self._size)
        self._pieces.append(folded.text)
        self._size += len(folded.text) + len(SEPARATOR)
        if folded.origins is not None:
            self._origins[self._count] = folded.origins
        self._count += 1
        if self._size >= _CHUNK:
            self._close_chunk()

    def build(self) -> FoldedCorpus:
        """The corpus's folds."""
        if self._pieces:
            self._close_chunk()
        return FoldedCorpus(tuple(self._chunks), tuple(self._first), tuple(self._starts), self._origins)

    def _close_chunk(self) -> None:
        self._chunks.append(SEPARATOR.join(self._pieces))
        self._starts.append(tuple(self._piece_starts))
        self._pieces, self._piece_starts, self._size = [], [], 0


class SearchIndex:
    """Search over the listed documents, from the corpus's text held once (see held.py). A
    query that keeps case scans the case-kept fold; a no-case one asks the trigram index which
    documents hold it when the index is ready, else scans the fold lowered a chunk at a time; a
    regex query runs over each document's text as written, rebuilt without loading it. A match
    is (position among the listed, start, end); the listed documents are given in corpus order."""

    def __init__(self, held: HeldText, listed: Sequence[int]) -> None:
        self._held = held
        self._listed = listed

    @classmethod
    def of_texts(cls, texts: Sequence[str]) -> SearchIndex:
        """An index over texts in memory."""
        from .held import HeldText

        return cls(HeldText.of(texts), range(len(texts)))

    def search(self, query: Query, limit: int = MATCH_CAP, cancelled: Callable[[], bool] = lambda: False,
               ) -> list[tuple[int, int, int]]:
        """Matches in order, at most ``limit``; stops early if ``cancelled``. Work in the
        background (the trigram index's building) waits while it runs."""
        if not query.text:
            return []
        with self._held.quiet.searching():
            return self._search(query, limit, cancelled)

    def _search(self, query: Query, limit: int, cancelled: Callable[[], bool]) -> list[tuple[int, int, int]]:
        if query.regex:
            from .regex_search import regex_matches

            return regex_matches(self._held, self._listed, query.compiled(), limit, cancelled,
                                 self._regex_child)
        needle = fold(query.text, query.keeps_case).text
        if not needle or SEPARATOR in needle:
            return []
        from .typed import PlainSearch

        return PlainSearch(self._held, self._listed, self._held.positions(self._listed), needle, query.keeps_case,
                           limit, cancelled).run()

    @staticmethod
    def _regex_child() -> RegexProcess:
        """The child process regex searches run in off the main thread (started once, kept)."""
        from .regex_search import shared_process

        return shared_process()


def unique(docs: Iterable[int]) -> Iterator[int]:
    """Documents in order, each once."""
    last = None
    for doc in docs:
        if doc != last:
            yield doc
            last = doc


def _regex_in_child(pattern: re.Pattern[str], text: str, limit: int) -> list[tuple[int, int]]:
    from .regex_search import RegexProcess

    process = RegexProcess()
    try:
        return process.spans(pattern, text, limit, lambda: False) or []
    finally:
        process.close()
