"""Entry point of the reader: run the Textual app, report when nothing could be read."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .corpus import Corpus


def run_reader(paths: list[Path], use_cache: bool = True) -> int:
    """Open the reader on the paths; return the exit status (2 when no document could be read)."""
    from .reader.app import CritminApp

    app = CritminApp(paths=paths, use_cache=use_cache)
    app.run()
    if app.return_code == 2:  # set only when nothing could be read; quitting early is no error
        return _nothing_read(app.corpus)
    return app.return_code or 0


def _nothing_read(corpus: Corpus | None) -> int:
    from .corpus import one_line

    for problem in corpus.problems if corpus else ():
        sys.stderr.write(one_line(f"critmin-tui: skipped: {problem.path}: {problem.message}") + "\n")
    sys.stderr.write("critmin-tui: no document could be read\n")
    return 2
