"""A staged opening: a readable corpus at once, then the parse streamed into it.

A large corpus with no snapshot takes long to parse (about 30 s for ten thousand documents on
two cores), but reading, decoding, folding and titling it takes a fraction of that. The first
stage (``read_readable``) gives a corpus to list, open (each document parsed when first asked
for) and search by its raw text; the second (``parse_readable``) parses everything over every
core and tells, as it goes, a ``Parsed``: how far it has got and the corpus as parsed so far
(quotes, speakers, redactions of the documents done). Its end is the corpus a full load gives.
"""

from __future__ import annotations

import importlib
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from .applying import Readable, apply_entry, cache_problems, kind_named, merged_manifest, missing_from_manifest
from .cache import ParseCache
from .correcting import with_corrections
from .discovery import names_of
from .held import HeldTextBuilder
from .loading import Discovered, Progress, discover, load_corpus
from .model import Corpus, DocumentSummary, Problem
from .parallel import in_workers, workers_for
from .raw import BATCH, RawBatch, RawJob, read_batch
from .snapshot import Reading
from .speakers import build_registry
from .store import DocumentStore
from .version import PARSER_VERSION, collector_paused

PROGRESS_EVERY = 0.25  # seconds between two progress figures
PARTIAL_EVERY = 1.0  # seconds at least between two partial corpora: each rebuilds the speaker registry
PARTIAL_SHARE = 10  # and at least this many times as long as the last took (about a tenth of the time)


@dataclass(frozen=True, slots=True)
class Parsed:
    """How far the parse has got, and the corpus as parsed so far (final when ``done == total``;
    None when only the figure is new: a partial corpus is made less often than that)."""

    done: int
    total: int
    corpus: Corpus | None

    @property
    def final(self) -> bool:
        """True once every document is parsed: counts are final."""
        return self.done >= self.total


def read_readable(paths: list[Path], cache: ParseCache | None, progress: Progress | None = None,
                  cancelled: Callable[[], bool] = lambda: False, discovered: Discovered | None = None) -> Readable:
    """Every document's text, provisional title and kind, and the search folds; nothing parsed.
    Batches of files are read over every core when there are many. ``discovered`` is what
    discover() found for the paths, when the caller has it already."""
    from .loading import LoadCancelledError

    with collector_paused(freeze=True):  # the readable corpus lives on: frozen
        files, manifest_paths, problems = discovered or discover(paths)
        manifest, manifest_problems = merged_manifest(manifest_paths)
        version = cache.version if cache else PARSER_VERSION
        given = manifest.documents
        # By name: a Path made for each of ten thousand files would hold up the workers' start.
        jobs = [RawJob(name, kind_named(entry.kind if entry else None), version)
                for name in names_of(files) for entry in (given.get(os.path.basename(name)) if given else None,)]
        summaries: list[DocumentSummary] = []
        found: list[Problem] = [*problems, *manifest_problems]
        held, done = HeldTextBuilder(), 0
        for batch in _batches(jobs):
            if cancelled():
                raise LoadCancelledError
            summaries.extend(apply_entry(s, manifest) for s in batch.summaries if s is not None)
            found.extend(batch.problems)
            for text in batch.texts:
                held.add(text)
            done += len(batch.summaries)
            if progress is not None:
                progress(done, len(files))
        found.extend(missing_from_manifest(manifest, files))
        store = DocumentStore(summaries, cache)
        corpus = Corpus(store, (), (*found, *cache_problems(cache)), tuple(summaries),
                        held.build())
        return Readable(with_corrections(corpus, paths), manifest)


def _batches(jobs: list[RawJob]) -> Iterator[RawBatch]:
    """Each batch read, in order: in worker processes for a large corpus, else here."""
    tasks = [jobs[at:at + BATCH] for at in range(0, len(jobs), BATCH)]
    done = 0
    workers = workers_for(len(jobs))
    if workers > 1:
        # This process mostly waits for the workers: it imports the parser meanwhile, which the
        # first document opened needs (a quarter of a second, else paid once the list is shown).
        threading.Thread(target=importlib.import_module, args=(".parser", __package__), name="parser import",
                         daemon=True).start()
        for batch in in_workers(read_batch, tasks, workers):
            yield batch
            done += 1
    for task in tasks[done:]:  # workers that could not start or broke: the rest is read here
        yield read_batch(task)


def parse_readable(readable: Readable, paths: list[Path], cache: ParseCache | None,
                   told: Callable[[Parsed], None], cancelled: Callable[[], bool] = lambda: False) -> Corpus:
    """Parse the whole corpus (over every core), telling ``told`` how far it has got every
    PROGRESS_EVERY seconds, with the corpus parsed so far now and then (building one takes
    longer as the corpus grows: it is spaced so as to take about a tenth of the time); the last
    one told is the final corpus. A readable corpus from a snapshot's list takes the rest of the
    snapshot instead, when the files are unchanged."""
    told_at, partial_due = [0.0], [0.0]

    def observe(done: int, total: int, readings: list[Reading]) -> None:
        now = time.monotonic()
        if done >= total or now - told_at[0] < PROGRESS_EVERY:
            return  # the final corpus is told once load_corpus has made it
        told_at[0] = now
        corpus = None
        if now >= partial_due[0]:
            corpus = partial(readable, readings)
            took = time.monotonic() - now
            partial_due[0] = now + max(PARTIAL_EVERY, PARTIAL_SHARE * took)
        told(Parsed(done, total, corpus))

    folds = readable.corpus.folds if readable.saved else None  # the snapshot's, read once
    corpus = load_corpus(paths, cache=cache, cancelled=cancelled, observe=observe, folds=folds)
    told(Parsed(len(corpus.summaries), len(corpus.summaries), corpus))
    return corpus


def partial(readable: Readable, readings: list[Reading]) -> Corpus:
    """The readable corpus with the documents parsed so far: their summaries (quotes,
    redactions, kinds, titles) and the speakers they name, counted over them alone. Captures
    are linked only at the end: the list keeps its entries meanwhile."""
    parsed = [apply_entry(r.summary, readable.manifest) for r in readings]
    named, speakers = build_registry(parsed, readable.manifest.speakers)
    by_path = {s.path: replace(s, speakers=(), paragraphs=(), version_of=None) for s in named}
    base = readable.corpus
    summaries = tuple(by_path.get(s.path, s) for s in base.summaries)
    return replace(base, summaries=summaries, speakers=speakers)
