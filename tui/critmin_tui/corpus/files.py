"""Reading a file that must be a regular file of bounded size, checked at the moment it is read.

A path checked when the folder was walked can be replaced later by a FIFO (reading it blocks
forever) or a link to /dev/zero (reading it never ends). So the type is checked on the opened
descriptor, which nothing can swap, and opening never waits (O_NONBLOCK).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

MAX_FILE_MB = 20.0  # a document larger than this is skipped (--max-size raises it): 50 MB peaked at 2.9 GB
# The limit travels in the environment so that the worker processes of a large read get it too.
MAX_SIZE_VARIABLE = "CRITMIN_TUI_MAX_SIZE_MB"


class NotRegularFileError(OSError):
    """The path is a FIFO, socket, device or folder: it is not opened for reading."""


class TooLargeError(OSError):
    """The file is larger than the limit it is read with."""


def max_file_bytes() -> int:
    """The largest document read, in bytes: --max-size (through the environment) or the default."""
    try:
        megabytes = float(os.environ.get(MAX_SIZE_VARIABLE, MAX_FILE_MB))
    except ValueError:
        megabytes = MAX_FILE_MB
    return int(megabytes * 1_000_000) if megabytes > 0 else int(MAX_FILE_MB * 1_000_000)


def open_regular(path: Path) -> BinaryIO:
    """Open a regular file for reading; NotRegularFileError for anything else (never blocking)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    descriptor = os.open(path, flags)
    try:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            what = "a folder" if stat.S_ISDIR(mode) else "a FIFO, socket or device"
            raise NotRegularFileError(f"not a regular file ({what}): not read")
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; NotRegularFileError or TooLargeError else."""
    with open_regular(path) as stream:
        size = os.fstat(stream.fileno()).st_size
        if size > limit:
            raise TooLargeError(too_large(size, limit))
        data = stream.read(limit + 1)  # the file may have grown since fstat
    if len(data) > limit:
        raise TooLargeError(too_large(len(data), limit))
    return data


def too_large(size: int, limit: int) -> str:
    """Why a file of ``size`` bytes is not read."""
    return f"too large ({_size(size)}; the limit is {_size(limit)}, raised with --max-size MB)"


def _size(count: int) -> str:
    return f"{count / 1_000_000:.3g} MB" if count >= 100_000 else f"{count:,} bytes"


def reason(error: OSError) -> str:
    """The words for why a file could not be read."""
    if isinstance(error, NotRegularFileError | TooLargeError):
        return str(error)
    return f"cannot be read: {error.strerror or error}"
