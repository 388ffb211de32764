"""The parser's version, and pausing the collector: what loading needs without the parser itself."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

PARSER_VERSION = "17"  # bump whenever parse results change: cached parses are keyed by it


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector (not reference counting) for a while.

    Parsing and loading make many objects and no reference cycles: the cyclic collector
    would only rescan the growing heap again and again (super-linear time on large input)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
