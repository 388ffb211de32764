"""The parser's version, and pausing the collector: what loading needs without the parser itself."""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_SERIES = "22"  # the model's shape: change it only when records gain or lose fields


def source_digest(folder: Path = Path(__file__).parent) -> str:
    """A digest of the corpus package's source and data (its rules, word lists and calibration):
    any edit to them gives a new parser version, so no hand bump is ever forgotten."""
    digest = hashlib.sha256()
    for path in sorted([*folder.glob("*.py"), *folder.glob("*.json")]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


# Cached parses are keyed by it.
PARSER_VERSION = f"{_SERIES}-{source_digest()}"


@contextmanager
def collector_paused(freeze: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector (not reference counting) for a while; with
    ``freeze``, what the block made and kept is frozen out of the collector at its end.

    Parsing and loading make many objects and no reference cycles: the cyclic collector
    would only rescan the growing heap again and again (super-linear time on large input).
    A loaded corpus lives as long as the reader: unfrozen, the first allocation after the
    collector is enabled again walks its millions of objects (80 ms at 50,000 documents),
    and reference counting still frees it, frozen, once it is let go."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if was_enabled:
            gc.enable()
