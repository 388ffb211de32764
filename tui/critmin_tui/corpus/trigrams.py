"""A trigram index over the corpus's no-case fold: which documents hold a string of three or
more characters, in a fraction of a millisecond, where a scan of a large corpus takes a tenth
of a second.

It is SQLite's FTS5 with its trigram tokenizer (in the standard library), case-sensitive over
text already folded, so it answers exactly for the fold search uses. It is built in a thread
(SQLite lets go of the GIL while it works) into a private temporary database that SQLite
deletes when it is closed; until it is ready, and if SQLite lacks FTS5, search scans instead.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
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

    def docs_after(self, needle: str, after: int, count: int, budget: float | None = None) -> list[int] | None:
        """Up to ``count`` documents past ``after`` whose no-case fold holds ``needle``, in order
        (SQLite walks its lists in order and stops there: the first page of a string in every
        document costs as little as a rare one's); None if over ``budget`` seconds."""
        assert len(needle) >= SHORTEST
        return self._rows("SELECT rowid FROM folds WHERE folds MATCH ? AND rowid > ? ORDER BY rowid LIMIT ?",
                          (_phrases([needle]), after, count), budget)

    def _rows(self, sql: str, arguments: tuple[object, ...], budget: float | None) -> list[int] | None:
        assert self._connection is not None
        deadline = time.perf_counter() + (BUDGET_S if budget is None else budget)
        with self._lock:
            self._connection.set_progress_handler(lambda: time.perf_counter() > deadline, _STEPS)
            try:
                rows = self._connection.execute(sql, arguments).fetchall()
            except sqlite3.OperationalError:  # interrupted by the handler
                return None
            finally:
                self._connection.set_progress_handler(None, 0)
        return [doc for (doc,) in rows]

    def close(self) -> None:
        """Close the index (SQLite deletes its file)."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

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
            connection = sqlite3.connect("", check_same_thread=False)  # "": deleted when closed
            connection.execute("PRAGMA journal_mode=OFF")
            connection.execute("PRAGMA synchronous=OFF")
            # contentless: the index alone, not a third copy of the text; detail=full keeps the
            # positions a phrase (a string longer than three characters) is matched with.
            connection.execute("CREATE VIRTUAL TABLE folds USING fts5(text, tokenize='trigram case_sensitive 1', "
                               "content='', detail='full')")
            connection.executemany("INSERT INTO folds(rowid, text) VALUES (?, ?)", self._noting(held))
            connection.commit()
        except sqlite3.Error as error:  # no FTS5 or no trigram tokenizer here: search scans
            self.failed = str(error)
        else:
            self._connection = connection
        finally:
            self._done.set()
