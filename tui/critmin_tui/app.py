"""Entry point of the reader (the Textual app lives in critmin_tui.reader)."""

from __future__ import annotations

from pathlib import Path


def run_reader(paths: list[Path], use_cache: bool = True) -> int:
    """Open the reader on the paths; return the exit status."""
    print("critmin-tui: the reader is not built yet; try `critmin-tui quotes` or `critmin-tui --help`.")
    return 0
