"""The reader's state, as values: what is shown, the filter, the search; and the corpus's shape."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import NamedTuple

from ..corpus import Corpus


class Span(NamedTuple):
    """A span of one document's source: a quote, a redaction."""

    doc: int
    start: int
    end: int


class Match(NamedTuple):
    """A search match: a span of a document's source."""

    doc: int
    start: int
    end: int


class SearchScope(Enum):
    """What a search looks through (under a speaker filter: the filter's quotes, whatever this is)."""

    CORPUS = "corpus"
    DOCUMENT = "document"


@dataclass(frozen=True)
class ReaderState:
    """What the reader shows: a document, a speaker filter, a diff; and the search."""

    doc: int = 0
    speakers: frozenset[str] = frozenset()
    diff: bool = False
    query: str = ""
    regex: bool = False
    scope: SearchScope = SearchScope.CORPUS
    matches: tuple[Match, ...] = ()
    match_index: int | None = None
    error: str = ""
    last_query: str = ""  # the search closed last: n runs it again, as less and vim do
    numbers: bool = False  # paragraph numbers in the gutter


@dataclass
class CorpusShape:
    """Derived once: which documents are listed, and each one's other captures."""

    primaries: list[int] = field(default_factory=list)
    versions: dict[int, list[int]] = field(default_factory=dict)

    def primary_of(self, doc: int) -> int:
        """The listed document ``doc`` is a capture of (itself, if listed)."""
        return next((first for first, others in self.versions.items() if doc in others), doc)

    @classmethod
    def of(cls, corpus: Corpus) -> CorpusShape:
        """Primaries are documents that are no other's version."""
        paths = {d.path: i for i, d in enumerate(corpus.summaries)}
        shape = cls()
        for index, document in enumerate(corpus.summaries):
            first = paths.get(document.version_of or "")
            if first is None:
                shape.primaries.append(index)
            else:
                shape.versions.setdefault(first, []).append(index)
        return shape
