"""Reading many files over every core: parsing is pure Python, so threads would share one core.

Worker processes are started with "spawn", which is safe beside the reader's threads (a fork
copies whatever locks those threads hold). There are as many as the cores this process may use
(no fixed cap: a cold read is almost all parsing, which scales with them). Each worker writes
its own parse-cache entries, so that ``export`` and the reader take documents from the cache
rather than parsing them again, and returns only what the corpus keeps: the summary, the search text
and any problem (never the document: unpickling it here would be serial work).
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections import deque
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from .cache import ParseCache
from .held import DocText
from .model import Document, DocumentKind, Problem
from .snapshot import Reading, Stamp
from .summary import summarise

PARALLEL_FROM = 200  # files to read: fewer, and starting the workers costs more than it saves
CHUNK = 16  # files a worker is handed at a time: fewer round trips, and still an even spread at the end
WORKERS_VARIABLE = "CRITMIN_TUI_WORKERS"  # forces the number of workers (benchmarks measure the scaling)
T = TypeVar("T")
R = TypeVar("R")


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
    """One file read: its reading and search text, or the problem met; the document when read here."""

    reading: Reading | None
    part: DocText | None  # the document's search text
    problem: Problem | None
    document: Document | None = None
    cache_warnings: tuple[str, ...] = ()


def available_cores() -> int:
    """The cores this process may run on (its affinity, not the machine's count), or the number
    of workers ``CRITMIN_TUI_WORKERS`` forces."""
    forced = os.environ.get(WORKERS_VARIABLE, "")
    if forced.isdigit() and int(forced) > 0:
        return int(forced)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def workers_for(files: int, cores: int | None = None) -> int:
    """How many processes to read this many files with (1: read them here): one per core, and
    never more than there are chunks of files to hand out."""
    cores = available_cores() if cores is None else cores
    if files < PARALLEL_FROM or cores <= 1:
        return 1
    return max(1, min(cores, -(-files // CHUNK)))


_worker_caches: dict[tuple[str, str], ParseCache] = {}  # a worker's cache, its key read once


def cache_in_worker(folder: str, parser_version: str) -> ParseCache:
    """The parse cache at ``folder``, made once in this (worker) process."""
    found = _worker_caches.get((folder, parser_version))
    if found is None:
        found = _worker_caches[folder, parser_version] = ParseCache(Path(folder), parser_version)
    return found


def _worker_cache(job: Job) -> ParseCache | None:
    return None if job.cache_folder is None else cache_in_worker(job.cache_folder, job.parser_version)


def in_workers(function: Callable[[T], R], tasks: Iterable[T], workers: int) -> Generator[R, None, None]:
    """Each task's result in order, from ``workers`` processes; a few tasks per worker in flight,
    so that results not yet used do not pile up in memory. Stops early if the workers cannot
    start or break: the caller does the tasks left itself."""
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    pool: ProcessPoolExecutor | None = None
    pending: deque[Future[R]] = deque()
    try:
        start_resource_tracker()
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
        for task in tasks:
            pending.append(pool.submit(function, task))
            if len(pending) >= 3 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    except (BrokenProcessPool, OSError, RuntimeError, ValueError):
        pass  # as in read_all(): what is left is done in this process
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def read_one(job: Job, cache: ParseCache | None = None, keep_document: bool = False, write: bool = True) -> Result:
    """Read, parse (or take from the cache) and summarise one file."""
    from .loading import read_entry

    if cache is None:
        cache = _worker_cache(job)
    said = len(cache.warnings) if cache is not None else 0
    read = read_entry(Path(job.path), job.kind, cache, write)
    warnings = tuple(cache.warnings[said:]) if cache is not None else ()
    if read.document is None:
        return Result(None, None, read.problem, cache_warnings=warnings)
    text = read.document.text
    reading = Reading(job.stamp or (-1, -1, ""), summarise(read.document, read.key, job.kind))
    return Result(reading, DocText.of(text), read.problem,
                  read.document if keep_document else None, warnings)


def _read_in_worker(job: Job) -> Result:
    """A large corpus's file, read in a worker, its parse written to the cache there: pickling
    costs a fifth of a parse, spread over every core, and it spares ``export`` (which needs
    every document) parsing the whole corpus again in one process."""
    return read_one(job)


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
            for result in pool.map(_read_in_worker, jobs, chunksize=CHUNK):
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
