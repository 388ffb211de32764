"""The document pane's cursor, as a value (no Textual: navigation works on it purely)."""

from __future__ import annotations

from dataclasses import dataclass

from .state import Span


@dataclass(frozen=True, slots=True)
class Cursor:
    """Where the cursor is: an item (cursor stop) and, within it, the span of a document it
    focuses (a quote, a redaction, a match), if any."""

    item: int = 0
    span: Span | None = None
