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
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from .search import SearchError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from .held import HeldText

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
def _alarm(seconds: float) -> Iterator[None]:
    def ring(_signal: int, _frame: Any) -> None:
        raise _AlarmRangError

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class RegexProcess:
    """A child process that matches patterns against texts sent to it, each under an alarm.

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
        each = self.spans_each(pattern, [text], limit, cancelled)
        return None if each is None else (each[0] if each else [])

    def spans_each(self, pattern: re.Pattern[str], texts: list[str], limit: int,
                   cancelled: Callable[[], bool]) -> list[list[Span]] | None:
        """Each text's matches, at most ``limit`` in all (sent at once: one round trip for many
        documents); None if ``cancelled`` turned true meanwhile."""
        with self._lock:
            process, connection = self._started()
            connection.send((pattern.pattern, pattern.flags, texts, limit))
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


def each_with_alarm(pattern: re.Pattern[str], texts: list[str], limit: int,
                    budget: float | None = None) -> list[list[Span]]:
    """Each text's matches under an alarm (main thread), at most ``limit`` in all."""
    found: list[list[Span]] = []
    for text in texts:
        if limit <= 0:
            break
        found.append(spans_with_alarm(pattern, text, limit, budget))
        limit -= len(found[-1])
    return found


def regex_matches(held: HeldText, listed: Sequence[int], pattern: re.Pattern[str], limit: int,
                  cancelled: Callable[[], bool], child: Callable[[], RegexProcess]) -> list[tuple[int, int, int]]:
    """The listed documents' matches, in their text as written rebuilt from the held text (no
    document is loaded): under an alarm in the main thread, else in a child process that a
    cancelled search kills (a catastrophic pattern cannot be stopped here), a batch at a time.
    Once the trigram index is ready, only the documents holding what every match must hold."""
    found: list[tuple[int, int, int]] = []
    here = can_alarm()
    for batch in _batches(held, _worth_running(held, listed, pattern)):
        if cancelled() or len(found) >= limit:
            break
        texts = [text for _, text in batch]
        got = each_with_alarm(pattern, texts, limit - len(found)) if here else \
            child().spans_each(pattern, texts, limit - len(found), cancelled)
        if got is None:
            break
        for (position, _), spans_found in zip(batch, got, strict=False):
            found.extend((position, start, end) for start, end in spans_found)
    return found[:limit]


_INDEX_BUDGET_S = 0.25
_BATCH = 1_000_000  # characters of text sent to the child process at a time


def _worth_running(held: HeldText, listed: Sequence[int], pattern: re.Pattern[str]) -> Iterable[tuple[int, int]]:
    """The listed documents a pattern may match in, with their positions: from the trigram
    index when it is ready and the pattern requires a string, else all of them."""
    from .regex_literals import MATCHES_BEYOND_FOLD, required
    from .search import unique

    index = held.ready_index()
    needles = required(pattern) if index is not None else None
    # Running a pattern over every document costs far more than a plain scan: the index may take longer.
    found = index.docs(needles, _INDEX_BUDGET_S) if index is not None and needles is not None else None
    if index is None or needles is None or found is None:
        return enumerate(listed)
    positions = {doc: position for position, doc in enumerate(listed)}
    docs: Iterable[int] = found
    if any(letter in needle for needle in needles for letter in MATCHES_BEYOND_FOLD):
        docs = unique(heapq.merge(docs, index.dotless))
    return ((positions[doc], doc) for doc in docs if doc in positions)


def _batches(held: HeldText, listed: Iterable[tuple[int, int]]) -> Iterator[list[tuple[int, str]]]:
    """The documents' texts as written, with their positions, about a megabyte at a time."""
    batch: list[tuple[int, str]] = []
    size = 0
    for position, doc in listed:
        text = held.part(doc).text()
        batch.append((position, text))
        size += len(text)
        if size >= _BATCH:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


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
    """The child's loop: match each batch of texts sent; reply None if one took too long."""
    while True:
        try:
            pattern, flags, texts, limit = connection.recv()
        except EOFError:  # the reader has gone
            return
        try:
            connection.send(each_with_alarm(re.compile(pattern, flags), texts, limit, budget))
        except RegexTooSlowError:
            connection.send(None)
