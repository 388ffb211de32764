"""Entry point of the reader: load the corpus, then run the Textual app."""

from __future__ import annotations

import sys
from pathlib import Path

from .corpus import Corpus, one_line
from .corpus.loading import discover, load_saved
from .corpus.preview import preview_corpus
from .reader.app import CritminApp


def run_reader(paths: list[Path], use_cache: bool = True) -> int:
    """Open the reader on the paths; return the exit status (2 when no document could be read)."""
    from .cli import make_cache

    cache = make_cache(use_cache)
    discovered = discover(paths)
    files = discovered[0]
    small = len(files) <= _READ_FIRST_FILES and sum(_size(f) for f in files) <= _READ_FIRST_BYTES
    # A long first document shows its text first even when the corpus is saved: loading its
    # parse (thousands of quotes) would hold up the first frame.
    long_first = small and bool(files) and _size(files[0]) > _LONG_FIRST_BYTES
    saved = load_saved(paths, cache, discovered) if cache is not None and not long_first else None
    if saved is not None and (saved.documents or not files):
        app = CritminApp(saved)  # an unchanged corpus: its snapshot is read in a moment
    elif small and files and (preview := preview_corpus(files[0])) is not None:
        # The first document's text paints at once; it is parsed, with the rest, behind it.
        app = CritminApp(paths=paths, cache=cache, preview=preview)
    else:
        # Large (or the first file unreadable): the app paints at once and reads with a progress bar.
        app = CritminApp(paths=paths, cache=cache)
    app.run()
    if app.corpus is None or not app.corpus.documents:
        return _nothing_read(app.corpus)
    return app.return_code or 0


_READ_FIRST_FILES = 64
_READ_FIRST_BYTES = 4_000_000
_LONG_FIRST_BYTES = 100_000


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _nothing_read(corpus: Corpus | None) -> int:
    for problem in corpus.problems if corpus else ():
        sys.stderr.write(one_line(f"critmin-tui: skipped: {problem.path}: {problem.message}") + "\n")
    sys.stderr.write("critmin-tui: no document could be read\n")
    return 2
