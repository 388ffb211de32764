"""Export's documents, each made into its record and encoded, over every core.

A document's export costs as much as reading it back from the parse cache (unpickling its
model), making its record and encoding it: about 2.5 ms each, 25 s for ten thousand in one
process. Worker processes do all three, from the cache the corpus's read filled, and send
back only the encoded text, which this process writes in order as it comes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .cache import ParseCache
from .model import Corpus, DocumentSummary, Problem
from .parallel import CHUNK, cache_in_worker, in_workers, workers_for
from .records import document_record, file_names
from .store import DocumentStore

Encode = Callable[[dict[str, Any]], str]  # a module-level function: it is sent to the workers by name


@dataclass(frozen=True, slots=True)
class _Task:
    """Some documents to export in a worker: their summaries and where the cache is."""

    summaries: tuple[DocumentSummary, ...]
    names: Mapping[str, str]  # the file names of the documents these are captures of
    cache_folder: str
    parser_version: str
    encode: Encode


@dataclass(frozen=True, slots=True)
class _Done:
    """A task's encoded records, in order, and what loading the documents met."""

    texts: tuple[str, ...]
    problems: tuple[Problem, ...]
    cache_warnings: tuple[str, ...]


def encoded_documents(corpus: Corpus, cache: ParseCache | None, encode: Encode) -> Iterator[str]:
    """Each document's record, encoded, in the corpus's order: made in worker processes when
    the corpus is large and its documents are loaded from the cache as they are asked for;
    else here, one at a time."""
    store = corpus.documents
    done = 0
    workers = workers_for(len(store))
    # A corpus with corrections applied wraps its store: its documents are made here, corrected.
    if workers > 1 and cache is not None and cache.enabled and isinstance(store, DocumentStore):
        for finished in in_workers(_export_in_worker, _tasks(corpus.summaries, cache, encode), workers):
            store.problems.extend(finished.problems)
            cache.warnings.extend(w for w in finished.cache_warnings if w not in cache.warnings)
            yield from finished.texts
            done += len(finished.texts)
    names = file_names(corpus)
    for index in range(done, len(store)):
        yield encode(document_record(corpus, store[index], names))


def _tasks(summaries: Sequence[DocumentSummary], cache: ParseCache, encode: Encode) -> Iterator[_Task]:
    paths = {summary.path: summary.name for summary in summaries}
    for start in range(0, len(summaries), CHUNK):
        chunk = tuple(summaries[start:start + CHUNK])
        names = {s.version_of: paths.get(s.version_of, s.version_of) for s in chunk if s.version_of}
        yield _Task(chunk, names, str(cache.folder), cache.version, encode)


def _export_in_worker(task: _Task) -> _Done:
    """A task's documents, loaded as the corpus's store loads them (from the cache, or parsed
    again if their entry is gone), made into records and encoded."""
    cache = cache_in_worker(task.cache_folder, task.parser_version)
    said = len(cache.warnings)
    store = DocumentStore(task.summaries, cache, keep=1)
    texts = tuple(task.encode(document_record(Corpus(), store[i], task.names)) for i in range(len(store)))
    return _Done(texts, tuple(store.problems), tuple(cache.warnings[said:]))
