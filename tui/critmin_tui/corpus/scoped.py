"""A context variable set for a block only: what the ranker and the fragment model use, and collect."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")


@contextmanager
def bound(variable: ContextVar[T], value: T) -> Iterator[T]:
    """``variable`` set to ``value`` inside the block, and back to what it was after."""
    token = variable.set(value)
    try:
        yield value
    finally:
        variable.reset(token)
