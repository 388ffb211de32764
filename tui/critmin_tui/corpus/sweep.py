"""Keeping the parse cache bounded: every edit of a file adds an entry, every set of paths a
snapshot, and a killed writer leaves a temporary. A sweep, at most once an hour, removes
temporaries a dead writer left, old damaged entries, entries unused for two months, and then
the least recently used entries until the cache is under its size (an entry's modification
time is refreshed each time it is read).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

SWEEP_EVERY_S = 3_600
TEMPORARY_AGE_S = 3_600  # a live writer finishes in seconds: an older temporary's writer died
CORRUPT_AGE_S = 7 * 86_400  # damaged entries are kept a week, for a look at what went wrong
UNUSED_AGE_S = 60 * 86_400
MAX_CACHE_BYTES = 2_000_000_000  # a 10,000-document corpus's snapshot and entries take about 600 MB
_STAMP = ".swept"


def sweep(folder: Path, now: float | None = None, max_bytes: int = MAX_CACHE_BYTES, force: bool = False) -> list[str]:
    """Sweep the cache folder (unless swept within the hour); the warnings met, if any."""
    now = time.time() if now is None else now
    stamp = folder / _STAMP
    try:
        if not force and now - stamp.stat().st_mtime < SWEEP_EVERY_S:
            return []
        stamp.touch()
    except FileNotFoundError:
        if not folder.is_dir():
            return []  # nothing cached yet
        stamp.touch()
    except OSError as error:
        return [f"cache folder {folder} cannot be swept ({error.strerror})"]
    try:
        kept = [(mtime, size, path) for path, mtime, size in _files(folder) if not _stale(path, now - mtime)]
        total = sum(size for _, size, _ in kept)
        for _, size, path in sorted(kept):  # least recently used first
            if total <= max_bytes:
                break
            path.unlink(missing_ok=True)
            total -= size
    except OSError as error:
        return [f"cache folder {folder} cannot be swept ({error.strerror}): {error.filename}"]
    return []


def _stale(path: Path, age: float) -> bool:
    """Remove the file if it is stale; False only for a live entry (the size bound may still take it)."""
    name = path.name
    if name.startswith(".tmp-"):
        limit = TEMPORARY_AGE_S
    elif name.endswith(".corrupt"):
        limit = CORRUPT_AGE_S
    elif name.endswith((".pickle", ".text")):  # a parse, a snapshot, a snapshot's search text
        limit = UNUSED_AGE_S
    else:
        return True
    if age > limit or not name.endswith((".pickle", ".text")):
        if age > limit:
            path.unlink(missing_ok=True)
        return True
    return False


def _files(folder: Path) -> list[tuple[Path, float, int]]:
    """Each regular file in the cache folder and its corpora folder: path, modification time, size."""
    found = []
    for sub in (folder, folder / "corpora"):
        try:
            entries = list(os.scandir(sub))
        except FileNotFoundError:
            continue
        for entry in entries:
            try:
                if entry.is_file(follow_symlinks=False):
                    info = entry.stat(follow_symlinks=False)
                    found.append((Path(entry.path), info.st_mtime, info.st_size))
            except FileNotFoundError:  # removed meanwhile by another process's sweep
                continue
    return found
