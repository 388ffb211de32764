"""The text left under a failed redaction: shown on an explicit key only, and never copied.

A user may be bound not to use what an agency meant to withhold, so the reader says it is there
(in the document, the status line and the problems) but shows it only when asked.
"""

from __future__ import annotations

from typing import Literal

from ..corpus import Corpus, Redaction
from .cursor import Cursor
from .layout import Layout


def failed_redaction_at(corpus: Corpus, layout: Layout, cursor: Cursor) -> Redaction | None:
    """The failed redaction under the cursor, or None."""
    span = cursor.span
    if not layout.items or span is None:
        return None
    document = corpus.documents[span.doc]
    return next((r for r in document.redactions if r.recoverable and r.start == span.start), None)


def hidden_notice(redaction: Redaction | None) -> tuple[str, Literal["information", "warning"]]:
    """The message to show, and its severity: the hidden text, with a caution, or why there is none."""
    if redaction is None:
        return "No failed redaction under the cursor (r moves to the next redaction).", "warning"
    return (f"Under the box (not copied; you may be bound not to use it): {redaction.hidden}", "information")
