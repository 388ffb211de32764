"""Reading many files over every core: parsing is pure Python, so threads would share one core.

Worker processes are started with "spawn", which is safe beside the reader's threads (a fork
copies whatever locks those threads hold). Each worker writes its own parse-cache entries and
returns only what the corpus keeps: the summary, the folds and any problem.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path

from .cache import ParseCache
from .model import Document, DocumentKind, Problem
from .search import Folded, fold
from .snapshot import Reading, Stamp
from .summary import summarise

PARALLEL_FROM = 200  # files to read: fewer, and starting the workers costs more than it saves


@dataclass(frozen=True, slots=True)
class Job:
    """One file to read: where it is, the kind the manifest gives, its stamp, and the cache."""

    path: str
    kind: DocumentKind | None
    stamp: Stamp | None
    cache_folder: str | None
    parser_version: str


@dataclass(frozen=True, slots=True)
class Result:
    """One file read: its reading and folds, or the problem met; the document when read here."""

    reading: Reading | None
    lower: Folded | None
    kept: Folded | None
    problem: Problem | None
    document: Document | None = None
    cache_warnings: tuple[str, ...] = ()


def workers_for(files: int) -> int:
    """How many processes to read this many files with (1: read them here)."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return min(cores, 8) if files >= PARALLEL_FROM and cores > 1 else 1


def read_one(job: Job, cache: ParseCache | None = None, keep_document: bool = False, write: bool = True) -> Result:
    """Read, parse (or take from the cache) and summarise one file."""
    from .loading import read_entry

    if cache is None and job.cache_folder is not None:
        cache = ParseCache(Path(job.cache_folder), job.parser_version)
    read = read_entry(Path(job.path), job.kind, cache, write)
    warnings = tuple(cache.warnings) if cache is not None else ()
    if read.document is None:
        return Result(None, None, None, read.problem, cache_warnings=warnings)
    text = read.document.text
    reading = Reading(job.stamp or (-1, -1, ""), summarise(read.document, read.key, job.kind))
    return Result(reading, fold(text), fold(text, keep_case=True), read.problem,
                  read.document if keep_document else None, warnings)


def _read_in_worker(job: Job) -> Result:
    """A large corpus's file, read in a worker. Its parse is not written to the cache here:
    pickling every document costs a fifth of a cold read, and a document is cached when first
    shown instead (its summary and search text are in the corpus snapshot already)."""
    return read_one(job, write=False)


def read_all(jobs: list[Job], cache: ParseCache | None,
             keep: Callable[[int], bool]) -> Generator[Result, None, None]:
    """Each job's result, in order: in worker processes when there are many, else here."""
    done = 0
    workers = workers_for(len(jobs))
    if workers > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        pool: ProcessPoolExecutor | None = None
        try:
            start_resource_tracker()
            pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
            for result in pool.map(_read_in_worker, jobs, chunksize=16):
                yield result
                done += 1
        except (BrokenProcessPool, OSError, RuntimeError, ValueError):
            # Workers could not start here (a program that imports this without a main guard,
            # or a system without the resources): the rest is read in this process instead.
            pass
        finally:  # on cancellation too: queued files are dropped, not read to the end
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
    for number in range(done, len(jobs)):
        yield read_one(jobs[number], cache, keep(number))


def start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with the process's real stderr.

    The tracker hands ``sys.stderr``'s descriptor to its own process; inside the reader, Textual
    captures stderr with a stand-in whose descriptor is -1, and spawning would fail ("bad
    value(s) in fds_to_keep"). The swap lasts only while the tracker starts.
    """
    from multiprocessing import resource_tracker

    real = sys.__stderr__
    if real is None or sys.stderr is real:
        resource_tracker.ensure_running()
        return
    with contextlib.redirect_stderr(real):
        resource_tracker.ensure_running()
