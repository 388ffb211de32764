"""Searching text: accent- and case-insensitive by default, smart case, optional regex."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


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


@lru_cache(maxsize=4096)
def _fold_char(char: str, keep_case: bool) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare if keep_case else bare.casefold()


def fold(text: str, keep_case: bool = False) -> Folded:
    """Strip accents (and case, unless ``keep_case``): "Pāti Māori" → "pati maori"."""
    base = text if keep_case else text.lower()
    if base.isascii():
        return Folded(base if len(base) == len(text) else text.lower())
    table = {ord(c): _fold_char(c, keep_case) for c in set(_NON_ASCII_RE.findall(text))}
    if len(base) == len(text) and all(len(v) == 1 for v in table.values()):
        return Folded(base.translate(table))
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
            return re.compile(self.text, 0 if self.keeps_case else re.IGNORECASE)
        except re.error as error:
            where = f" at position {error.pos}" if error.pos is not None else ""
            raise SearchError(f"bad regular expression{where}: {error.msg}") from error


def find_all(text: str, query: Query, folded: Folded | None = None, limit: int = 100_000) -> list[tuple[int, int]]:
    """Spans in ``text`` that match the query (``folded`` is the fold to reuse, if cached)."""
    if not query.text:
        return []
    if query.regex:
        spans = []
        for match in query.compiled().finditer(text):
            if match.end() > match.start():
                spans.append(match.span())
                if len(spans) >= limit:
                    break
        return spans
    folded = folded or fold(text, query.keeps_case)
    needle = fold(query.text, query.keeps_case).text
    spans = []
    at = folded.text.find(needle)
    while at >= 0 and len(spans) < limit:
        spans.append(folded.original(at, at + len(needle)))
        at = folded.text.find(needle, at + len(needle))
    return spans


class SearchIndex:
    """Search over many texts, folding each once (per case mode) and reusing the fold."""

    def __init__(self, texts: list[str]) -> None:
        self._texts = texts
        self._folds: dict[tuple[int, bool], Folded] = {}

    def search(self, query: Query, limit: int = 100_000, cancelled: Callable[[], bool] = lambda: False,
               ) -> list[tuple[int, int, int]]:
        """Matches as (text index, start, end), in order, at most ``limit``; stops if ``cancelled``."""
        found: list[tuple[int, int, int]] = []
        if not query.text:
            return found
        if query.regex:
            query.compiled()  # raise SearchError before scanning anything
        for index, text in enumerate(self._texts):
            if cancelled() or len(found) >= limit:
                break
            folded = None if query.regex else self._fold(index, text, query.keeps_case)
            found.extend((index, s, e) for s, e in find_all(text, query, folded, limit - len(found)))
        return found

    def _fold(self, index: int, text: str, keep_case: bool) -> Folded:
        key = (index, keep_case)
        folded = self._folds.get(key)
        if folded is None:
            folded = self._folds[key] = fold(text, keep_case)
        return folded
