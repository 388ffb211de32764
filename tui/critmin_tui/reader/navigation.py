"""Moving between quotes, redactions and matches: pure functions over a layout and a cursor."""

from __future__ import annotations

from collections.abc import Sequence

from ..corpus import Corpus, DocumentSummary, Quote, Redaction
from ..corpus.grounds import law_name
from .cursor import Cursor
from .evidence import evidence_words, mark_of
from .layout import Layout
from .state import Span


def _position(layout: Layout, doc: int, start: int) -> tuple[int, int] | None:
    row = layout.row_at(doc, start)
    return None if row is None else (row, start)


def step(layout: Layout, cursor: Cursor, spans: Sequence[Span], direction: int) -> tuple[Cursor, bool] | None:
    """The cursor on the next (1) or previous (-1) span after the cursor, and whether it wrapped
    round to find it; None if there is none."""
    placed, ahead = _placed(layout, cursor, spans, direction)
    if not placed:
        return None
    _, (doc, start, end) = (ahead[0] if direction > 0 else ahead[-1]) if ahead else \
        (placed[0] if direction > 0 else placed[-1])
    item = layout.item_at(doc, start)
    return None if item is None else (Cursor(item, Span(doc, start, end)), not ahead and len(placed) > 1)


def step_ahead(layout: Layout, cursor: Cursor, spans: Sequence[Span], direction: int) -> Cursor | None:
    """The cursor on the next (1) or previous (-1) span after the cursor, never wrapping round."""
    _, ahead = _placed(layout, cursor, spans, direction)
    if not ahead:
        return None
    _, (doc, start, end) = ahead[0] if direction > 0 else ahead[-1]
    item = layout.item_at(doc, start)
    return None if item is None else Cursor(item, Span(doc, start, end))


_Placed = list[tuple[tuple[int, int], Span]]


def _placed(layout: Layout, cursor: Cursor, spans: Sequence[Span], direction: int) -> tuple[_Placed, _Placed]:
    """The spans laid out, in order, and those of them past the cursor in ``direction``."""
    placed = sorted((pos, span) for span in spans if (pos := _position(layout, span[0], span[1])) is not None)
    here = _here(layout, cursor, direction)
    return placed, [p for p in placed if (p[0] > here if direction > 0 else p[0] < here)]


def _here(layout: Layout, cursor: Cursor, direction: int) -> tuple[int, int]:
    if cursor.span is not None:
        row = layout.row_at(cursor.span.doc, cursor.span.start)
        if row is not None:
            return row, cursor.span.start
    if not layout.items:
        return -1, -1
    item = layout.items[min(cursor.item, len(layout.items) - 1)]
    # Before the item's first row going forward (so its own quotes count), after it going back.
    return (item.first_row - 1, 1 << 30) if direction > 0 else (item.first_row, -1)


def here(layout: Layout, cursor: Cursor, doc: int, direction: int) -> tuple[int, int]:
    """Where the cursor is, as (document, offset), for finding the next (1) or previous (-1)
    match: just past a focused span going forward, at its start going back."""
    if cursor.span is not None:
        return cursor.span.doc, cursor.span.start + (1 if direction > 0 else 0)
    if layout.items:
        item = layout.items[min(cursor.item, len(layout.items) - 1)]
        if item.doc >= 0:
            return item.doc, item.start
    return doc, 0


def quote_under_cursor(corpus: Corpus, layout: Layout, cursor: Cursor) -> tuple[int, Quote] | None:
    """The focused quote, else the first quote in the cursor's paragraph."""
    if not layout.items:
        return None
    item = layout.items[min(cursor.item, len(layout.items) - 1)]
    if item.doc < 0:
        return None
    quotes = corpus.documents[item.doc].quotes
    span = cursor.span
    if span is not None and span.doc == item.doc:
        for quote in quotes:
            if quote.start == span.start and quote.end == span.end:
                return item.doc, quote
    for quote in quotes:
        if item.start <= quote.start < item.end:
            return item.doc, quote
    return None


def describe(corpus: Corpus, layout: Layout, cursor: Cursor) -> str:
    """A line about what is under the cursor: a quote's speaker and role, or a redaction's ground."""
    if layout.items and cursor.span is not None:
        document = corpus.documents[cursor.span.doc]
        for redaction in document.redactions:
            if redaction.start == cursor.span.start:
                page = f" (p. {redaction.page})" if redaction.page else ""
                failed = " · FAILED: text still under the box, H shows it" if redaction.recoverable else ""
                ordinal = f"redaction {document.redactions.index(redaction) + 1} of {len(document.redactions)}"
                law = law_name(redaction.regime or document.regime)
                return f"{ordinal} · Withheld{page}: {redaction.heading} ({law}): {redaction.reason}{failed}"
    found = quote_under_cursor(corpus, layout, cursor)
    if found is None:
        return ""
    doc, quote = found
    info = corpus.documents[doc].speaker_info(quote.speaker)
    speaker = corpus.speaker(quote.speaker) if quote.speaker else None
    role = (speaker.role if speaker else None) or (info.role if info else None)
    words = " ".join(quote.text.split())
    words = words if len(words) <= 60 else words[:59] + "…"
    mark = mark_of(quote)
    how = evidence_words(corpus.documents[doc], quote)
    # "she said → Chlöe Swarbrick (named ¶9)" names the speaker, "no one: ..." says there is none;
    # else the speaker comes first.
    who = None if " → " in how or how.startswith("no one") else quote.speaker or "no speaker (not anyone's own words)"
    parts = [f"{mark} unsure" if mark == "?" else mark, who, how, role, quote.kind.value, f"\u201c{words}\u201d"]
    return " · ".join(p for p in parts if p)


def span_at(summary: DocumentSummary, offset: int) -> tuple[int, int] | None:
    """The quote or redaction of a document holding ``offset`` (as a click finds it)."""
    spans = [(start, end) for start, end, _ in summary.quotes] + list(summary.redactions)
    return next(((start, end) for start, end in spans if start <= offset < end), None)


def spans_of(corpus: Corpus, doc: int, kind: str, filtered: list[Span] | None) -> list[Span]:
    """What ' and r step through: the filter's quotes, else the document's quotes or redactions."""
    if kind == "quote" and filtered is not None:
        return filtered
    document = corpus.documents[doc]
    items = document.quotes if kind == "quote" else document.redactions
    return [Span(doc, x.start, x.end) for x in items]


def cursor_place(layout: Layout, cursor: Cursor) -> tuple[int, int, int | None] | None:
    """The document, start and end under the cursor (no end: only its paragraph), to open it at."""
    if not layout.items:
        return None
    item = layout.items[min(cursor.item, len(layout.items) - 1)]
    if item.doc < 0:
        return None
    if cursor.span is not None and cursor.span.doc == item.doc:
        return cursor.span
    return item.doc, item.start, None


def next_redacted(order: Sequence[int], summaries: Sequence[DocumentSummary], doc: int,
                  direction: int) -> tuple[int, bool] | None:
    """The next (1) or previous (-1) listed document after ``doc`` that has redactions, and whether
    the corpus wrapped round to find it; None if no listed document has any."""
    redacted = [d for d in order if summaries[d].redactions]
    if not redacted:
        return None
    at = order.index(doc) if doc in order else -1
    ahead = [d for d in redacted if (order.index(d) > at if direction > 0 else order.index(d) < at)]
    if ahead:
        return (ahead[0] if direction > 0 else ahead[-1]), False
    return (redacted[0] if direction > 0 else redacted[-1]), True


def redaction_under_cursor(corpus: Corpus, layout: Layout, cursor: Cursor) -> tuple[int, Redaction] | None:
    """The focused redaction (as r and a click focus it), or None."""
    span = cursor.span
    if not layout.items or span is None:
        return None
    found = next((r for r in corpus.documents[span.doc].redactions if (r.start, r.end) == (span.start, span.end)), None)
    return None if found is None else (span.doc, found)
