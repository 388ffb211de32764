"""How the reader opens a corpus: saved, previewed while it is parsed, or read with progress.

Decided after the first frame is on screen: each way needs the corpus modules, which take longer
to import than the first frame takes to paint.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .corpus import Corpus, ParseCache
from .corpus.loading import Discovered, discover, load_listed, load_saved

if TYPE_CHECKING:
    from .corpus.applying import Readable

READ_FIRST_FILES = 64  # up to this many files (and bytes, below), parse behind a preview
READ_FIRST_BYTES = 4_000_000
LONG_FIRST_BYTES = 100_000


@dataclass(frozen=True)
class Opening:
    """The corpus's parse cache, and what to show first: the saved corpus, a preview of a small
    corpus's first document, or a large corpus readable before it is parsed or before the rest
    of its snapshot is read (none of them: read with a progress bar)."""

    cache: ParseCache | None
    saved: Corpus | None = None
    preview: Corpus | None = None
    readable: Readable | None = None


def plan_opening(paths: list[Path], use_cache: bool, cancelled: Callable[[], bool] = lambda: False,
                 progress: Callable[[int, int], None] | None = None) -> Opening:
    """How to open ``paths``: a saved snapshot if unchanged (a large corpus's list and search
    text, the rest read behind it), else a preview if the corpus is small, else the corpus read
    but not parsed (its parse follows; ``progress`` is told of the files read)."""
    cache = make_cache(use_cache)
    discovered = discover(paths)
    files = discovered[0]
    small = len(files) <= READ_FIRST_FILES and sum(_size(f) for f in files) <= READ_FIRST_BYTES
    # A long first document shows its text first even when the corpus is saved: loading its
    # parse (thousands of quotes) would hold up the reader.
    long_first = small and bool(files) and _size(files[0]) > LONG_FIRST_BYTES
    if cache is not None and not small:  # listed and searched at once, its quotes and speakers read behind
        listed = _listed(paths, cache, discovered)
        if listed is not None:
            return Opening(cache, readable=listed)
        # No usable list means no usable snapshot (it needs the list's search text): not tried
        # again, which would look at every file a second time.
    elif cache is not None and not long_first:
        saved = load_saved(paths, cache, discovered)
        if saved is not None and (saved.documents or not files):
            return Opening(cache, saved=saved)
    if small and files:
        from .corpus.preview import preview_corpus  # a small corpus's: not imported to reopen a large one

        return Opening(cache, preview=preview_corpus(files[0]))
    from .corpus.staged import read_readable  # imported only here: a saved corpus opens without it

    readable = read_readable(paths, cache, progress, cancelled, discovered) if files else None
    return Opening(cache, readable=readable if readable is not None and readable.corpus.summaries else None)


def _listed(paths: list[Path], cache: ParseCache, discovered: Discovered) -> Readable | None:
    """A large corpus's snapshot as its list shows it, readable while the rest of it is read."""
    from .corpus.applying import Readable, merged_manifest

    listed = load_listed(paths, cache, discovered)
    if listed is None or not listed.documents:
        return None
    return Readable(listed, merged_manifest(discovered[1])[0], saved=True)


def make_cache(wanted: bool) -> ParseCache | None:
    """The user's parse cache, unless turned off (--no-cache, or CRITMIN_TUI_NO_CACHE set)."""
    if not wanted or os.environ.get("CRITMIN_TUI_NO_CACHE"):
        return None
    from .corpus import PARSER_VERSION, default_folder

    return ParseCache(default_folder(), PARSER_VERSION)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
