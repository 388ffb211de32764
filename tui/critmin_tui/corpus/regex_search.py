"""Regular-expression matching that can be stopped.

CPython's regex engine holds the GIL for a whole match, and a pattern such as ``(a+)+$`` can
backtrack for minutes over one short line: in a thread it starves the reader's event loop, and
nothing can cancel it. The engine does check for signals as it goes, so in the main thread a
match runs under an alarm; in any other thread it runs in a child process, which the thread
waits on without holding the GIL and which is killed when the search is cancelled.
"""

from __future__ import annotations

import heapq
import re
import signal
import threading
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .search import SearchError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from .held import HeldText
    from .regex_joined import Batch, Run
    from .regex_lowered import DocMatcher
    from .trigrams import TrigramIndex

BUDGET_S = 2.0  # matching time allowed per document
Span = tuple[int, int]


class RegexTooSlowError(SearchError):
    """A pattern that took longer than its budget on one document."""

    def __init__(self, budget: float) -> None:
        super().__init__(f"regular expression stopped: it took over {budget:g} s on one document "
                         "(nested repeats such as (a+)+ backtrack without end)")


class _AlarmRangError(Exception):
    """The alarm went off."""


def spans(pattern: re.Pattern[str], text: str, limit: int) -> list[Span]:
    """The non-empty matches of ``pattern`` in ``text``, at most ``limit`` (no time limit)."""
    found = []
    for match in pattern.finditer(text):
        if match.end() > match.start():
            found.append(match.span())
            if len(found) >= limit:
                break
    return found


def can_alarm() -> bool:
    """True in the main thread of a system with interval timers: a match can then be stopped here."""
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


def spans_with_alarm(pattern: re.Pattern[str], text: str, limit: int, budget: float | None = None) -> list[Span]:
    """As spans(), stopped by RegexTooSlowError after ``budget`` seconds (BUDGET_S). Main thread only."""
    budget = BUDGET_S if budget is None else budget
    try:
        with _alarm(budget):
            return spans(pattern, text, limit)
    except _AlarmRangError:
        raise RegexTooSlowError(budget) from None


@contextmanager
def _alarm(seconds: float | None) -> Iterator[None]:
    """The alarm's handler installed, and the alarm set for ``seconds`` (None: set by the caller)."""
    def ring(_signal: int, _frame: Any) -> None:
        raise _AlarmRangError

    previous = signal.signal(signal.SIGALRM, ring)
    if seconds is not None:
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class RegexProcess:
    """A child process that matches patterns against documents sent to it, each under an alarm.

    Started when first needed and kept for the next search; killed when a search is cancelled
    (it may be in the middle of a match) and started again by the next one.
    """

    def __init__(self, budget: float | None = None) -> None:
        self._budget = BUDGET_S if budget is None else budget
        self._child: tuple[BaseProcess, Connection] | None = None
        self._lock = threading.Lock()

    def spans(self, pattern: re.Pattern[str], text: str, limit: int,
              cancelled: Callable[[], bool]) -> list[Span] | None:
        """The matches, as spans() gives them; None if ``cancelled`` turned true meanwhile."""
        each = self.each_batch(pattern, [([0], [(text, (0,), [None], None)])], limit, cancelled)
        return None if each is None else [span for _, got in each for spans_found in got for span in spans_found]

    def each_batch(self, pattern: re.Pattern[str], batches: Iterable[Batch], limit: int,
                   cancelled: Callable[[], bool]) -> list[tuple[list[int], list[list[Span]]]] | None:
        """Each batch's positions and its documents' matches, at most ``limit`` in all; None if
        ``cancelled`` turned true meanwhile. Each batch is pickled while the child matches the
        one before: the two processes work side by side."""
        from multiprocessing.reduction import ForkingPickler

        found: list[tuple[list[int], list[list[Span]]]] = []
        with self._lock:
            process, connection = self._started()
            waiting: list[int] | None = None  # the positions of the batch sent and not yet answered
            try:
                for positions, runs in batches:
                    payload = ForkingPickler.dumps(runs)
                    if waiting is not None:
                        answered, waiting = waiting, None
                        got = self._reply(process, connection, cancelled)
                        if got is None:
                            return None
                        found.append((answered, got))
                        limit -= sum(map(len, got))
                        if limit <= 0:
                            return found
                    connection.send((pattern.pattern, pattern.flags, limit))
                    connection.send_bytes(payload)
                    waiting = positions
                if waiting is not None:
                    answered, waiting = waiting, None
                    got = self._reply(process, connection, cancelled)
                    if got is None:
                        return None
                    found.append((answered, got))
            finally:
                if waiting is not None:  # left unanswered (an error): its answer must not be taken for the next one's
                    self._stop()
        return found

    def _reply(self, process: BaseProcess, connection: Connection,
               cancelled: Callable[[], bool]) -> list[list[Span]] | None:
        """The child's answer to the batch sent; None if cancelled meanwhile (the child is killed)."""
        while not connection.poll(0.02):  # waiting here releases the GIL: the reader keeps answering
            if cancelled() or not process.is_alive():
                self._stop()
                if cancelled():
                    return None
                raise SearchError("regular expression search stopped: its process ended")
        reply: list[list[Span]] | None = connection.recv()
        if reply is None:
            raise RegexTooSlowError(self._budget)
        return reply

    @property
    def budget(self) -> float:
        """Seconds a match may take on one document."""
        return self._budget

    def start(self) -> None:
        """Start the child process now, if it is not running."""
        with self._lock:
            self._started()

    def close(self) -> None:
        """Stop the child process."""
        with self._lock:
            self._stop()

    def _started(self) -> tuple[BaseProcess, Connection]:
        if self._child is None:
            import multiprocessing

            from .parallel import start_resource_tracker

            context = multiprocessing.get_context("spawn")  # safe beside the reader's threads
            parent, child = context.Pipe()
            start_resource_tracker()
            process = context.Process(target=_serve, args=(child, self._budget), daemon=True)
            process.start()
            child.close()
            self._child = (process, parent)
        return self._child

    def _stop(self) -> None:
        if self._child is not None:
            process, connection = self._child
            self._child = None
            process.kill()
            process.join()
            connection.close()


def each_with_alarm(pattern: re.Pattern[str], runs: Sequence[Run], limit: int,
                    budget: float | None = None) -> list[list[Span]]:
    """Each document's matches in its text as written, at most ``limit`` in all (main thread):
    a run of documents in one pass where regex_joined.py says that finds the same, under one
    alarm; where it rang, or no pass can be made, each document under its own; each matched
    as regex_lowered.py says, sooner than in the text."""
    from .regex_joined import joinable
    from .regex_lowered import DocMatcher

    budget = BUDGET_S if budget is None else budget
    matcher = DocMatcher(pattern)
    joined = joinable(pattern)
    found: list[list[Span]] = []
    with _alarm(None):
        for run in runs:
            if limit <= 0:
                break
            got = _in_one_pass(matcher, run, limit, budget) if joined else None
            if got is None:
                got = _one_by_one(matcher, run, limit, budget)
            found.extend(got)
            limit -= sum(map(len, got))
    return found


def _in_one_pass(matcher: DocMatcher, run: Run, limit: int, budget: float) -> list[list[Span]] | None:
    """A run's matches in one pass, under one alarm; None if it rang (a slow pattern, or a
    catastrophic one, which matched a document at a time then stops with its own alarm)."""
    from .regex_joined import run_spans

    try:
        signal.setitimer(signal.ITIMER_REAL, budget)
        return run_spans(matcher, run, limit)
    except _AlarmRangError:
        return None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _one_by_one(matcher: DocMatcher, run: Run, limit: int, budget: float) -> list[list[Span]]:
    """A run's matches a document at a time, each under its own alarm."""
    from .regex_joined import documents

    found: list[list[Span]] = []
    try:
        for kept, written in documents(run):
            if limit <= 0:
                break
            signal.setitimer(signal.ITIMER_REAL, budget)  # one system call: the handler stays
            found.append(matcher.spans(kept, written, limit))
            signal.setitimer(signal.ITIMER_REAL, 0)
            limit -= len(found[-1])
    except _AlarmRangError:
        raise RegexTooSlowError(budget) from None
    return found


def regex_matches(held: HeldText, listed: Sequence[int], pattern: re.Pattern[str], limit: int,
                  cancelled: Callable[[], bool], child: Callable[[], RegexProcess]) -> list[tuple[int, int, int]]:
    """The listed documents' matches, in their text as written rebuilt from the held text (no
    document is loaded): under an alarm in the main thread, else in a child process that a
    cancelled search kills (a catastrophic pattern cannot be stopped here), a batch at a time.
    Only the documents holding what every match must hold are looked through, named by the
    trigram index once it is ready, else by a scan of the no-case fold."""
    from .regex_joined import batches as joined_batches

    batches = joined_batches(held, _worth_running(held, listed, pattern, cancelled))
    each = _here(pattern, batches, limit, cancelled) if can_alarm() else \
        child().each_batch(pattern, batches, limit, cancelled) or []
    found = [(position, start, end) for positions, got in each
             for position, spans_found in zip(positions, got, strict=False) for start, end in spans_found]
    return found[:limit]


def _here(pattern: re.Pattern[str], batches: Iterable[Batch], limit: int,
          cancelled: Callable[[], bool]) -> Iterator[tuple[list[int], list[list[Span]]]]:
    """Each batch's positions and matches, matched in this (the main) thread under an alarm."""
    for positions, runs in batches:
        if cancelled() or limit <= 0:
            return
        got = each_with_alarm(pattern, runs, limit)
        limit -= sum(map(len, got))
        yield positions, got


_INDEX_BUDGET_S = 0.05  # a page of documents from the trigram index: slower, and a scan goes on
_PAGE = 512  # documents asked of the index at a time
_SCANNED = 2  # characters: a required string this long or longer is looked for by a scan


def _worth_running(held: HeldText, listed: Sequence[int], pattern: re.Pattern[str],
                   cancelled: Callable[[], bool]) -> Iterable[tuple[int, int]]:
    """The listed documents a pattern may match in, with their positions: those holding a string
    the pattern requires, from the trigram index while it names few, else by a scan of the no-case
    fold; all of them if the pattern requires none. Named as the batches are made: a search that
    reaches its limit early asks no more."""
    from .regex_literals import MATCHES_BEYOND_FOLD, required
    from .search import unique
    from .trigrams import SHORTEST

    needles = required(pattern, _SCANNED)
    if needles is None:
        return enumerate(listed)
    index = held.ready_index()
    beyond = [MATCHES_BEYOND_FOLD[letter] for needle in needles for letter in needle if letter in MATCHES_BEYOND_FOLD]
    docs: Iterable[int]
    if index is not None and min(map(len, needles)) >= SHORTEST:
        docs = _named(held, index, needles, beyond, cancelled)
        if beyond:  # a no-case i matches a dotless ı, which the index does not fold to i
            docs = unique(heapq.merge(docs, index.dotless))
    else:
        docs = _scanned(held, [*needles, *beyond], cancelled)
    positions = held.positions(listed)
    return ((positions[doc], doc) for doc in docs if doc in positions)


def _named(held: HeldText, index: TrigramIndex, needles: list[str], beyond: list[str],
           cancelled: Callable[[], bool]) -> Iterator[int]:
    """The documents holding a needle, in order, a page at a time from the index while it names
    one document in two or fewer; where it names more (a string in most documents), every
    document from there (each is looked through in its fold before its text is rebuilt, which
    costs less than a scan for the string); where it is slow to answer, by a scan from there."""
    after = -1
    while not cancelled():
        page = index.docs_after(needles, after, _PAGE, _INDEX_BUDGET_S)
        if page is None:
            yield from _scanned(held, [*needles, *beyond], cancelled, after + 1)
            return
        if len(page) == _PAGE and page[-1] - after < 2 * _PAGE:
            yield from range(after + 1, len(held))
            return
        yield from page
        if len(page) < _PAGE:
            return
        after = page[-1]


def _scanned(held: HeldText, needles: list[str], cancelled: Callable[[], bool], start: int = 0) -> Iterator[int]:
    """The documents from ``start`` on whose no-case fold holds one of the needles, in order, by
    a scan a chunk at a time (the engine finds a set of strings at C speed; from each find it
    goes on at the next document)."""
    finder = re.compile("|".join(map(re.escape, needles)))
    first = held.kept.first
    if start >= len(held):
        return
    for chunk in range(max(0, bisect_right(first, start) - 1), len(first)):
        if cancelled():
            return
        text, starts = held.lowered_chunk(chunk)
        match = finder.search(text, starts[start - first[chunk]] if start > first[chunk] else 0)
        while match is not None:
            local = bisect_right(starts, match.start()) - 1
            yield first[chunk] + local
            if local + 1 >= len(starts):
                break
            match = finder.search(text, starts[local + 1])


_shared: dict[float, RegexProcess] = {}  # by budget: one process (tests change the budget)
_shared_lock = threading.Lock()


def shared_process(start: bool = False) -> RegexProcess:
    """The process every search off the main thread matches in: kept between searches, as a
    user searches again and again and starting one costs a good part of a second (``start``:
    start its child now, ahead of the first search)."""
    with _shared_lock:
        found = _shared.get(BUDGET_S)
        if found is None:
            for other in _shared.values():  # a budget changed (tests): the old process goes
                other.close()
            _shared.clear()
            found = _shared[BUDGET_S] = RegexProcess()
    if start:
        found.start()
    return found


def _serve(connection: Connection, budget: float) -> None:
    """The child's loop: match each batch of documents sent; reply None if one took too long."""
    from . import held, regex_lowered  # noqa: F401  (imported now, not in the first search)

    while True:
        try:
            pattern, flags, limit = connection.recv()
            runs = connection.recv()
        except EOFError:  # the reader has gone
            return
        try:
            connection.send(each_with_alarm(re.compile(pattern, flags), runs, limit, budget))
        except RegexTooSlowError:
            connection.send(None)
