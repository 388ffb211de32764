"""Entry point of the reader: load the corpus, then run the Textual app."""

from __future__ import annotations

import sys
from pathlib import Path

from .corpus import load_corpus, one_line


def run_reader(paths: list[Path], use_cache: bool = True) -> int:
    """Open the reader on the paths; return the exit status (2 when no document could be read)."""
    from .cli import make_cache

    corpus = load_corpus(paths, cache=make_cache(use_cache))
    if not corpus.documents:
        for problem in corpus.problems:
            sys.stderr.write(one_line(f"critmin-tui: skipped: {problem.path}: {problem.message}") + "\n")
        sys.stderr.write("critmin-tui: no document could be read\n")
        return 2
    from .reader.app import CritminApp

    CritminApp(corpus).run()
    return 0
