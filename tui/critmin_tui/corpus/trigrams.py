"""A trigram index over the corpus's no-case fold: which documents hold a string of three or
more characters, in a fraction of a millisecond, where a scan of a large corpus takes a tenth
of a second.

It is SQLite's FTS5 with its trigram tokenizer (in the standard library), case-sensitive over
text already folded, so it answers exactly for the fold search uses. It is built in a thread
(SQLite lets go of the GIL while it works) into a private temporary database that SQLite
deletes when it is closed; until it is ready, and if SQLite lacks FTS5, search scans instead.
The building waits, before each document, while a search runs (held.py's Quiet): on two busy cores
it took a core from the search as typed for the seconds it lasted, and tripled its time.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .held import HeldText

SHORTEST = 3  # characters: a shorter string has no trigram to look up
BUDGET_S = 0.015  # the longest the index may take to name documents before search scans instead
_STEPS = 2_000  # SQLite steps between looks at the clock


def _phrases(needles: list[str]) -> str:
    """An FTS5 query matching any of the strings as written."""
    return " OR ".join('"' + needle.replace('"', '""') + '"' for needle in needles)


class TrigramIndex:
    """The documents holding a string, from an index built in a thread."""

    def __init__(self, held: HeldText, start: bool = True) -> None:
        self._connection: sqlite3.Connection | None = None
        self._lock = threading.Lock()  # one query at a time on the connection
        self._kept: sqlite3.Connection | None = None  # the case-kept fold's index, built next
        self._kept_lock = threading.Lock()  # one query at a time on it
        self._kept_done = threading.Event()
        self._done = threading.Event()
        self.failed = ""  # why the index could not be built ("": it could, or is being built)
        self.dotless: list[int] = []  # documents holding a dotless ı, which a no-case regex's i matches
        if start:
            threading.Thread(target=self._build, args=(held,), name="trigram index", daemon=True).start()
        else:
            self._build(held)

    @property
    def ready(self) -> bool:
        """True once the index is built."""
        return self._done.is_set() and self._connection is not None

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the index is built (or failed); True if it is ready."""
        self._done.wait(timeout)
        return self.ready

    def docs(self, needles: list[str], budget: float | None = None) -> list[int] | None:
        """The documents whose no-case fold holds one of ``needles`` (each SHORTEST characters or
        more), in order; None if the index took longer than ``budget`` seconds to say (strings
        made of trigrams in almost every document: a scan finds them as soon)."""
        assert all(len(needle) >= SHORTEST for needle in needles)
        return self._rows("SELECT rowid FROM folds WHERE folds MATCH ? ORDER BY rowid", (_phrases(needles),), budget)

    def wait_kept(self, timeout: float | None = None) -> bool:
        """Wait until the case-kept fold's index is built too (or failed); True if it is ready."""
        self._kept_done.wait(timeout)
        return self.kept_ready

    @property
    def kept_ready(self) -> bool:
        """True once the case-kept fold's index is built too."""
        return self._kept is not None

    def docs_after(self, needle: str | list[str], after: int, count: int, budget: float | None = None,
                   kept: bool = False) -> list[int] | None:
        """Up to ``count`` documents past ``after`` whose no-case fold (``kept``: case-kept fold,
        once kept_ready) holds ``needle`` (or one of a list), in order (SQLite walks its lists in
        order and stops there: the first page of a string in every document costs as little as a
        rare one's); None if over ``budget`` seconds."""
        needles = [needle] if isinstance(needle, str) else needle
        assert all(len(one) >= SHORTEST for one in needles) and (self.kept_ready or not kept)
        return self._rows("SELECT rowid FROM folds WHERE folds MATCH ? AND rowid > ? ORDER BY rowid LIMIT ?",
                          (_phrases(needles), after, count), budget, kept)

    def _rows(self, sql: str, arguments: tuple[object, ...], budget: float | None,
              kept: bool = False) -> list[int] | None:
        connection, lock = (self._kept, self._kept_lock) if kept else (self._connection, self._lock)
        assert connection is not None
        deadline = time.perf_counter() + (BUDGET_S if budget is None else budget)
        with lock:
            connection.set_progress_handler(lambda: time.perf_counter() > deadline, _STEPS)
            try:
                rows = connection.execute(sql, arguments).fetchall()
            except sqlite3.OperationalError:  # interrupted by the handler
                return None
            finally:
                connection.set_progress_handler(None, 0)
        return [doc for (doc,) in rows]

    def close(self) -> None:
        """Close the index (SQLite deletes its file)."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None
        with self._kept_lock:
            if self._kept is not None:
                self._kept.close()
                self._kept = None

    def _noting(self, held: HeldText) -> Iterator[tuple[int, str]]:
        """Each document's no-case fold, noting those with a dotless ı on the way."""
        for doc, text in enumerate(held.lowered_texts()):
            if "ı" in text:
                self.dotless.append(doc)
            yield doc, text

    def _build(self, held: HeldText) -> None:
        from .regex_search import shared_process

        shared_process(start=True)  # ready for the first regex search, off the reader's thread
        try:
            self._connection = _table(held.quiet.paced(self._noting(held)))
        except sqlite3.Error as error:  # no FTS5 or no trigram tokenizer here: search scans
            self.failed = str(error)
        finally:
            self._done.set()
        try:  # then the case-kept fold's, for a query with a capital (until it is ready, the first serves)
            if self._connection is not None:
                kept = _table(held.quiet.paced(enumerate(held.kept_texts())))
                with self._kept_lock:
                    self._kept = kept
        except sqlite3.Error:
            pass
        finally:
            self._kept_done.set()


def _table(texts: Iterable[tuple[int, str]]) -> sqlite3.Connection:
    """A trigram index of the texts in a private database of its own, deleted when closed."""
    connection = sqlite3.connect("", check_same_thread=False)  # "": deleted when closed
    connection.execute("PRAGMA journal_mode=OFF")
    connection.execute("PRAGMA synchronous=OFF")
    # contentless: the index alone, not a third copy of the text; detail=full keeps the
    # positions a phrase (a string longer than three characters) is matched with.
    connection.execute("CREATE VIRTUAL TABLE folds USING fts5(text, tokenize='trigram case_sensitive 1', "
                       "content='', detail='full')")
    connection.executemany("INSERT INTO folds(rowid, text) VALUES (?, ?)", texts)
    connection.commit()
    return connection
