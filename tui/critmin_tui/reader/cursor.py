"""The document pane's cursor, as a value (no Textual: navigation works on it purely)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the cursor is: an item (cursor stop) and, within it, a focused span of a document."""

    item: int = 0
    doc: int = -1
    start: int = -1
    end: int = -1
