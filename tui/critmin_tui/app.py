"""Entry point of the reader: load the corpus, then run the Textual app."""

from __future__ import annotations

import sys
from pathlib import Path

from .corpus import Corpus, load_corpus, one_line
from .corpus.loading import discover
from .reader.app import CritminApp


def run_reader(paths: list[Path], use_cache: bool = True) -> int:
    """Open the reader on the paths; return the exit status (2 when no document could be read)."""
    from .cli import make_cache

    cache = make_cache(use_cache)
    files, _, _ = discover(paths)
    if len(files) <= _READ_FIRST_FILES and sum(_size(f) for f in files) <= _READ_FIRST_BYTES:
        # Small: read now, so the first frame already shows a document.
        corpus: Corpus | None = load_corpus(paths, cache=cache)
        if corpus is None or not corpus.documents:
            return _nothing_read(corpus)
        app = CritminApp(corpus)
    else:
        # Large: the app paints at once and reads with a progress bar.
        app = CritminApp(paths=paths, cache=cache)
    app.run()
    if app.corpus is None or not app.corpus.documents:
        return _nothing_read(app.corpus)
    return app.return_code or 0


_READ_FIRST_FILES = 64
_READ_FIRST_BYTES = 4_000_000


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
