"""The corpus's documents as a sequence that loads each one when first asked for.

A corpus of ten thousand documents does not fit in memory as parsed models (about 50 KB each),
and reading them all back from the cache takes seconds. The corpus keeps a summary of every
document; the document itself comes from the parse cache (or is parsed again from its file)
when a view needs it, and the most recently used ones stay in memory.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import overload

from .cache import ParseCache
from .model import Block, BlockKind, Document, DocumentSummary, Problem
from .summary import restore

KEEP = 256  # documents kept in memory (about 50 KB each): all of a small corpus, a working set of a large one


class DocumentStore(Sequence[Document]):
    """Documents by index, loaded on demand from the parse cache or their files."""

    def __init__(self, summaries: Sequence[DocumentSummary], cache: ParseCache | None,
                 loaded: dict[int, Document] | None = None, keep: int = KEEP) -> None:
        self._summaries = summaries
        self._cache = cache
        self._keep = max(keep, len(loaded or ()))
        self._loaded: OrderedDict[int, Document] = OrderedDict(sorted((loaded or {}).items()))
        self._lock = threading.Lock()  # the reader lays out long views in a thread too
        # Files found changed or gone when their document was loaded again, after the corpus was
        # opened: the reader lists them under Problems and says so when it shows the document.
        self.problems: list[Problem] = []

    def __len__(self) -> int:
        return len(self._summaries)

    @overload
    def __getitem__(self, index: int) -> Document: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Document]: ...

    def __getitem__(self, index: int | slice) -> Document | Sequence[Document]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        with self._lock:
            document = self._loaded.get(index)
            if document is None:
                document = self._loaded[index] = self._load(self._summaries[index])
                while len(self._loaded) > self._keep:
                    self._loaded.popitem(last=False)
            else:
                self._loaded.move_to_end(index)
            return document

    def is_loaded(self, index: int) -> bool:
        """True if document ``index`` is in memory (asking for it reads no file)."""
        with self._lock:
            return index in self._loaded

    def __iter__(self) -> Iterator[Document]:
        return (self[i] for i in range(len(self)))

    def _load(self, summary: DocumentSummary) -> Document:
        from .loading import read_entry  # loading builds stores: imported here, not at the top

        cached = self._cache.get(summary.key, summary.path) if self._cache else None
        if cached is not None:
            return restore(cached, summary)
        entry = read_entry(Path(summary.path), summary.forced_kind, self._cache)
        if entry.document is None:
            reason = entry.problem.message if entry.problem else "unknown"
            note = f"cannot be read again: {reason}"
            self.problems.append(Problem(summary.path, note))
            text = f"(This document {note}. It was read when the corpus was opened; reopen the corpus to update.)"
            # One paragraph block, so the pane shows the message rather than nothing.
            return Document(summary.path, text, summary.kind, summary.title,
                            blocks=(Block(BlockKind.PARAGRAPH, 0, len(text)),), warnings=(note,))
        document = entry.document
        if entry.key != summary.key:
            note = "changed on disk since the corpus was opened: lists and counts describe the earlier text"
            self.problems.append(Problem(summary.path, note, fatal=False))
            document = replace(document, warnings=(*document.warnings, note))
        return restore(document, summary)


def store_of(documents: Sequence[Document]) -> DocumentStore | None:
    """The store that loads a corpus's documents on demand, through any wrapper over it (the one
    that applies a user's corrections keeps it as ``inner``); None for documents all in memory."""
    seen: object = documents
    while not isinstance(seen, DocumentStore):
        seen = getattr(seen, "inner", None)
        if seen is None:
            return None
    return seen
