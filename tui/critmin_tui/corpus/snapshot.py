"""A corpus snapshot: summaries, speakers, problems and search text, saved after a full read.

Opening an unchanged corpus again reads this one file instead of every document. "Unchanged"
is judged as make and git judge it: the same files, each with the same size and modification
time, the same manifests, the same parser. Each corpus (the paths it was opened with) has one
snapshot, replaced when it changes, so the cache does not grow with every edit.

Its search text is kept in a file of its own, with what the list shows of each document (its
summary without its quotes, as columns of plain values: columns.py): a large corpus is usable
(listed, opened, searched) once that is read, while the rest (quotes, speakers) is read behind
it, as a parse would be. The text itself
(most of the bytes) is plain UTF-8 in a third file that is never unpickled, so it is not hashed
(cache.py: the list's file names the write it belongs to).

A large corpus's snapshot is written in a thread, once the corpus it describes is whole: the
corpus is used (shown, exported) while it is written; a small one's takes milliseconds, and is
written before the corpus is returned. Each of its two files is written atomically (a
temporary file, then a rename), and the second names the state of the first, so a reader never
takes half a snapshot; in this process, a load waits for a save of the same corpus still under
way, and the interpreter waits for it before it exits.
"""

from __future__ import annotations

import functools
import os
import threading
from array import array
from collections.abc import Callable, Sequence
from itertools import repeat
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar, cast

from .cache import ParseCache
from .columns import columns_of, summaries_from
from .discovery import names_of
from .files import max_file_bytes
from .held import HeldText
from .model import Corpus, DocumentSummary, Problem, Speaker

_FORMAT = "6"  # bump when the payload's layout changes (6: the list's summaries as columns)
IN_THREAD_FROM = 200  # documents: a smaller corpus's snapshot is written at once
_LISTED = "-listed"  # the name's suffix of the file of the list and the search text
T = TypeVar("T")
Stamp = tuple[int, int, str]  # a file's size, modification time and the kind the manifest gave it


class Reading(NamedTuple):
    """One file as last read: reused while its stamp is unchanged, so one new file in a large
    corpus costs that file's reading, not the corpus's."""

    stamp: Stamp
    summary: DocumentSummary  # before the manifest and the corpus-wide renames were applied


def stamp_of(path: Path, kind: str | None) -> Stamp | None:
    """The stamp of a file as it is now; None if it cannot be looked at."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns, kind or ""


_saving: dict[str, threading.Thread] = {}  # saves under way, by snapshot name
_saving_lock = threading.Lock()


def wait_for_saves() -> None:
    """Wait until every snapshot being saved in this process is written."""
    with _saving_lock:
        pending = list(_saving.values())
    for thread in pending:
        thread.join()


def _wait_for(name: str) -> None:
    with _saving_lock:
        pending = _saving.get(name)
    if pending is not None:
        pending.join()


class Snapshot:
    """The saved state of one corpus, checked against the files as they are now."""

    def __init__(self, cache: ParseCache, paths: list[Path], files: Sequence[Path], manifests: list[Path],
                 problems: list[Problem]) -> None:
        self._cache = cache
        self._name = _digest([_FORMAT, cache.version, *sorted(str(p.absolute()) for p in paths)])
        self._found = (files, manifests, problems)
        self._listed_payload: dict[str, Any] | None = None
        self._held: HeldText | None = None  # the list's search text, once read

    @functools.cached_property
    def _state(self) -> str | None:
        """The state of the files, taken when first asked for: by a load, before any file is
        read (so a file changed while the corpus is read makes the snapshot saved stale)."""
        files, manifests, problems = self._found
        # A file skipped as too large is read once the limit is raised: the limit is part of the state.
        return _state_of(f"{self._cache.version}\0{max_file_bytes()}", [*names_of(files), *map(str, manifests)],
                         problems)

    def load(self, folds: HeldText | None = None) -> Corpus | None:
        """The saved corpus (with no documents loaded), or None if absent, stale or unusable.
        ``folds`` is its search text when the caller has it already (from load_listed())."""
        if self._state is None:
            return None
        _wait_for(self._name)
        try:
            if folds is None:
                listed = self._listed()
                if listed is None or listed.get("state") != self._state:
                    return None
                folds = self._folds(listed)
                if folds is None:
                    return None
                # The list's summaries go before the whole ones come: never both in memory.
                self._listed_payload = listed = None
            payload = self._cache.get_snapshot(self._name)
            if payload is None or payload.get("state") != self._state:
                return None
            return _corpus(payload, folds)
        except (KeyError, TypeError, ValueError):  # a payload of another shape: read the corpus again
            return None

    def load_listed(self) -> Corpus | None:
        """The saved corpus as the list shows it: each document's summary without its quotes,
        no speakers, and the search text; None if absent, stale or unusable."""
        _wait_for(self._name)
        listed = self._listed()
        if listed is None:  # no list saved (a first opening): the files' state is not taken (a look at each)
            return None
        # A look at each file waits on the disk, not on this thread: taken meanwhile (half of it
        # at 50,000 files, where the list and its search text take a third of a second to read).
        state = _Later(lambda: self._state, "snapshot state")
        try:
            corpus = self._listed_corpus(listed)
        except (KeyError, TypeError, ValueError, IndexError):
            corpus = None
            if listed.get("state") == state.result():  # a stale list is read again anyway: no word of its layout
                self._cache.warnings.append("the saved list of this corpus is of another layout: "
                                            "the corpus is read again")
        finally:
            state.result()
        return corpus if self._state is not None and listed.get("state") == self._state else None

    def _listed_corpus(self, listed: dict[str, Any]) -> Corpus | None:
        """The corpus the list's payload describes; None if its search text is not the one it was
        saved with; KeyError, TypeError, ValueError or IndexError if the payload is of another layout."""
        # The search text is read (the disk's time, and decoding it) while the summaries are
        # made (this thread's): on two cores, the one hides most of the other.
        folds = _Later(lambda: self._folds(listed), "snapshot text")
        try:
            summaries = summaries_from(listed["columns"], sum(map(len, listed["folds"][0][2])))
        finally:
            held = folds.result()
        return None if held is None else _corpus({**listed, "summaries": summaries, "speakers": ()}, held)

    def _listed(self) -> dict[str, Any] | None:
        """The payload of the list's file (kept, for its folds: a stale one's can serve again)."""
        self._listed_payload = self._cache.get_snapshot(self._name + _LISTED)
        self._held = None
        return self._listed_payload

    def _folds(self, listed: dict[str, Any]) -> HeldText | None:
        """The list's search text: its chunks from the text file, the rest from its payload
        (read once; None if the text file is not the one the list was saved with)."""
        if self._held is None:
            (_, first, starts, origins), lower, written = listed["folds"]
            token, lengths = listed["text"]
            if not isinstance(token, bytes) or not all(isinstance(n, int) for n in lengths):
                raise TypeError("not a snapshot's text")
            chunks = self._cache.get_text(self._name, token, lengths)
            if chunks is None:
                return None
            self._held = HeldText.from_fields(((chunks, first, starts, origins), lower, written))
        return self._held

    def readings(self) -> tuple[dict[str, tuple[Reading, int]], HeldText | None]:
        """Each file's last reading by path, with its index in the last snapshot's folds, and
        those folds; nothing if none was saved or it is unusable. Call after load()."""
        payload = self._cache.get_snapshot(self._name + "-readings")
        last = self._listed_payload if self._listed_payload is not None else self._listed()
        if payload is None or last is None or payload.get("state") != last.get("state"):
            return {}, None  # the two files come from different saves (one was interrupted): read anew
        try:
            held = self._folds(last)
            rows = [_reading(row) for row in payload["readings"]]
            if held is None or len(rows) != len(held):
                return {}, None
        except (KeyError, TypeError, ValueError):
            return {}, None
        return {r.summary.path: (r, i) for i, r in enumerate(rows)}, held

    def save(self, corpus: Corpus, readings: list[Reading]) -> None:
        """Save the corpus's summaries, speakers, problems and folds, and each file's reading; a
        large corpus's in a thread (this returns at once)."""
        if self._state is None or corpus.folds is None:
            return
        self._listed_payload = self._held = None  # let the last snapshot go before the new one is written
        if len(corpus.summaries) < IN_THREAD_FROM:
            _wait_for(self._name)
            self._write_files(corpus, readings)
            return
        with _saving_lock:
            earlier = _saving.get(self._name)
            thread = threading.Thread(target=self._write, args=(corpus, readings, earlier),
                                      name=f"snapshot {self._name[:8]}")
            _saving[self._name] = thread
        thread.start()

    def _write(self, corpus: Corpus, readings: list[Reading], earlier: threading.Thread | None) -> None:
        """Write the snapshot's two files (after an earlier save of the same corpus: the last wins)."""
        try:
            if earlier is not None:
                earlier.join()
            self._write_files(corpus, readings)
        finally:
            with _saving_lock:
                if _saving.get(self._name) is threading.current_thread():
                    del _saving[self._name]

    def _write_files(self, corpus: Corpus, readings: list[Reading]) -> None:
        assert corpus.folds is not None  # save() returns early without them
        rows = tuple((r.stamp, r.summary) for r in readings)  # their folds are the snapshot's, in order
        self._cache.put_snapshot(self._name + "-readings", {"state": self._state, "readings": rows})
        (chunks, first, starts, origins), lower, written = corpus.folds.fields()
        text = self._cache.put_text(self._name, chunks)
        if text is None:
            return  # the cache is off
        self._cache.put_snapshot(self._name + _LISTED, {
            "state": self._state,
            "columns": columns_of(corpus.summaries),
            "problems": corpus.problems,
            "folds": (((), first, starts, origins), lower, written),
            "text": text,
        })
        self._cache.put_snapshot(self._name, {
            "state": self._state,
            "summaries": corpus.summaries,
            "speakers": corpus.speakers,
            "problems": corpus.problems,
        })


class _Later(Generic[T]):
    """A call run in a thread of its own while the caller goes on: its result (or what it
    raised) when asked for."""

    def __init__(self, call: Callable[[], T], name: str) -> None:
        self._call = call
        self._result: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._result = self._call()
        except BaseException as error:  # raised again in the caller's thread
            self._error = error

    def result(self) -> T:
        """What the call returned, once it has (what it raised, raised here)."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return cast("T", self._result)


def _reading(row: tuple[Any, ...]) -> Reading:
    stamp, summary = row
    if not isinstance(summary, DocumentSummary) or len(stamp) != 3:
        raise TypeError("not a reading")
    return Reading(tuple(stamp), summary)


def _corpus(payload: dict[str, Any], folds: HeldText) -> Corpus:
    summaries, speakers, problems = payload["summaries"], payload["speakers"], payload["problems"]
    if not all(isinstance(s, DocumentSummary) for s in summaries) or \
            not all(isinstance(s, Speaker) for s in speakers) or not all(isinstance(p, Problem) for p in problems):
        raise TypeError("not a snapshot's contents")
    if len(folds) != len(summaries):
        raise ValueError("search text of another corpus")
    return Corpus((), speakers, problems, summaries, folds)


def _state_of(version: str, names: list[str], problems: list[Problem]) -> str | None:
    """What the corpus's reading depends on: each file's absolute path, size and modification
    time (its contents are not read: a file is judged changed as make judges it); None if a
    file cannot be looked at (read it all again)."""
    sizes, times = array("q"), array("q")  # hashed as bytes: no string made for each file
    stat = os.stat
    try:
        for name in names:
            info = stat(name)
            sizes.append(info.st_size)
            times.append(info.st_mtime_ns)
    except OSError:
        return None
    # A relative name's absolute path is the working folder's and its own: the folder is hashed
    # once. (A name that is absolute but for its drive counts as relative: only ever safe.)
    here = "" if all(map(str.startswith, names, repeat(os.sep))) else os.getcwd()
    parts = [version, here, "\0".join(names), sizes.tobytes().hex(), times.tobytes().hex()]
    parts.extend(f"{p.path}\0{p.message}" for p in problems)
    return _digest(parts)


def _digest(parts: list[str]) -> str:
    import hashlib

    return hashlib.blake2b("\n".join(parts).encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()
