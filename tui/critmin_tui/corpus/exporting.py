"""Export's documents, each made into its record and encoded, over every core.

A document's export costs as much as reading it back from the parse cache (unpickling its
model), making its record and encoding it: about 2.5 ms each, 25 s for ten thousand in one
process. Worker processes do all three, from the cache the corpus's read filled, and send
back only the encoded text, which this process writes in order as it comes. Each encoded
record is kept in the cache too, compressed, under a name made of everything it depends on:
the next export of an unchanged document reads it back and does none of the three.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
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
    """A task's documents, each as the record an earlier export kept, else loaded as the corpus's
    store loads them (from the cache, or parsed again if their entry is gone), made into its record,
    encoded and kept for the next export."""
    cache = cache_in_worker(task.cache_folder, task.parser_version)
    said = len(cache.warnings)
    store = DocumentStore(task.summaries, cache, keep=1)
    encoding = _encoding(task.encode)
    texts: list[str] = []
    for index, summary in enumerate(task.summaries):
        name = record_name(summary, task.names, encoding)
        text = cache.get_record(name)
        if text is None:
            text = task.encode(document_record(Corpus(), store[index], task.names))
            cache.put_record(name, text)
        texts.append(text)
    return _Done(tuple(texts), tuple(store.problems), tuple(cache.warnings[said:]))


def record_name(summary: DocumentSummary, names: Mapping[str, str], encoding: str) -> str:
    """The cache entry of a document's exported record: its summary (its content key, path, title and
    what the manifest set), the file name of what it is a capture of, and the encoder's own identity."""
    digest = hashlib.sha256(repr(summary).encode("utf-8", "surrogatepass"))
    digest.update(f"\0{names.get(summary.version_of or '', '')}\0{encoding}".encode("utf-8", "surrogatepass"))
    return f"record-{digest.hexdigest()[:40]}"


@lru_cache(maxsize=4)
def _encoding(encode: Encode) -> str:
    """The encoder's name and a digest of its module's source: a record encoded otherwise is not reused."""
    module = sys.modules.get(encode.__module__)
    source = getattr(module, "__file__", None)
    body = Path(source).read_bytes() if source else b""
    return f"{encode.__module__}.{encode.__qualname__}:{hashlib.sha256(body).hexdigest()[:16]}"
