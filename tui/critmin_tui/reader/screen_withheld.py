"""The main screen's redactions: r and R across the corpus, y on a redaction, and the Withheld view."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType

from ..corpus import one_line, visible
from .copying import cited_redaction
from .document_view import DocumentView
from .navigation import next_redacted, redaction_under_cursor, spans_of, step_ahead
from .screen_files import FilesScreen
from .state import Span


class RedactionsScreen(FilesScreen):
    """Moving by redaction through the corpus, copying one, and listing them all, for MainScreen."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("w", "withheld", "Withheld", show=False),  # the footer is full at 80 columns: in the help
    ]

    def _cursor_to(self, doc: int, start: int, end: int | None) -> None:
        raise NotImplementedError

    def _step(self, kind: str, direction: int) -> None:
        raise NotImplementedError

    def action_next_redaction(self) -> None:
        """Next redaction; after the document's last, the next document's first."""
        self.step_redaction(1)

    def action_previous_redaction(self) -> None:
        """Previous redaction; before the document's first, the previous document's last."""
        self.step_redaction(-1)

    def step_redaction(self, direction: int) -> None:
        """The cursor to the next (1) or previous (-1) redaction of the corpus, saying when it wraps."""
        if self.state.speakers or self.state.diff:
            self._step("redaction", direction)  # a filter or a diff shows no one document's redactions
            return
        view = self.query_one(DocumentView)
        here = spans_of(self.corpus, self.state.doc, "redaction", None)
        ahead = step_ahead(view.layout_rows, view.cursor, here, direction)
        if ahead is not None:
            view.move_cursor(ahead)
            return
        target = next_redacted(self.shape.primaries, self.corpus.summaries, self.state.doc, direction)
        if target is None:
            self.notify("No redactions in this corpus.", markup=False, timeout=2)
            return
        doc, wrapped = target
        spans = self.corpus.summaries[doc].redactions
        start, end = spans[0] if direction > 0 else spans[-1]
        if doc != self.state.doc:
            self.corpus.documents[doc]  # read now (one document), so the cursor can be put on it
            self.open_document(doc)
        self._cursor_to(doc, start, end)
        if wrapped:
            where = "first" if direction > 0 else "last"
            self.notify(f"Wrapped to the {where} redaction of the corpus.", markup=False, timeout=3)

    def action_copy_quote(self, cited: bool) -> None:
        """Copy the redaction under the cursor with its ground (and citation), else the quote."""
        view = self.query_one(DocumentView)
        found = redaction_under_cursor(self.corpus, view.layout_rows, view.cursor)
        if found is None:
            super().action_copy_quote(cited)
            return
        doc, redaction = found
        text = cited_redaction(self.corpus.documents[doc], redaction, cited)
        self.app.copy_to_clipboard(visible(text))
        self.notify(one_line(f"Copied: {text}"), markup=False, timeout=3)

    def action_withheld(self) -> None:
        """List every redaction of the corpus, with its law, ground and agency."""
        from .withheld_view import WithheldView

        self.app.push_screen(WithheldView(self.corpus, self.shape.primaries), self._withheld_chosen)

    def _withheld_chosen(self, span: Span | None) -> None:
        if span is None:
            return
        if span.doc != self.state.doc or self.state.speakers or self.state.diff:
            self.open_document(span.doc)
        self._cursor_to(*span)
