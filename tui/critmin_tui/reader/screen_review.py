"""The main screen's reviewing of attributions: the evidence at the cursor, the unsure quotes
(counted, marked, stepped through) and corrections (made, undone) through the speaker picker."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.binding import Binding, BindingType
from textual.content import Content

from ..corpus import Corpus, Quote, one_line, visible
from ..corpus.correcting import correct, undo, with_corrections
from ..corpus.corrections import CorrectionsError
from .copying import cited as cite
from .copying import quotation_segments, quotation_text
from .cursor import Cursor
from .document_view import DocumentView
from .evidence import NO_ONE, copy_notice, evidence_spans, marks, next_unsure, unsure_in, unsure_spans
from .layout import Look
from .navigation import quote_under_cursor, step
from .palette import speaker_slots
from .reassign import Choice, SpeakerPicker
from .requests import CopyQuote, CorrectQuote, StepUnsure
from .screen_search import SearchingScreen
from .state import Span


class ReviewingScreen(SearchingScreen):
    """Evidence, unsure quotes and corrections over what MainScreen shows (it owns the state)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("u", "step_unsure(1)", "Unsure", show=False),  # the footer is full at 80 columns: in the help
        Binding("U", "step_unsure(-1)", "Prev unsure", key_display="U", show=False),
        Binding("c", "reassign", "Reassign", show=False),
        Binding("C", "undo_correction", "Undo correction", key_display="C", show=False),
    ]

    _unsure: dict[int, list[Span]] | None = None  # per listed document; None until counted
    _unsure_of: Corpus | None = None
    _speaker_slots: dict[str, int]
    _filtered: tuple[frozenset[str], list[Span]]
    _speakers_shown: object
    provisional: bool
    parsing: tuple[int, int] | None = None  # (parsed, in all) while the corpus is parsed behind the reader

    def _refresh_view(self, relayout: bool) -> None:
        raise NotImplementedError

    def open_document(self, doc: int, cursor: Cursor | None = None) -> None:
        """Show a document (MainScreen's)."""
        raise NotImplementedError

    # The unsure quotes, counted from the summaries (no document is loaded; a thread all the same,
    # so a corpus of many thousands never holds up the first frame).
    def count_unsure(self) -> None:
        """Count the corpus's unsure quotes in a thread; the title shows the count when done."""
        if not self.provisional and self.parsing is None:  # counted once the quotes are all known
            self._count_in_thread(self.corpus)

    @work(thread=True, exclusive=True, group="unsure")
    def _count_in_thread(self, corpus: Corpus) -> None:
        found = unsure_spans(corpus, self.shape.primaries)
        self.app.call_from_thread(self._counted, corpus, found)

    def _counted(self, corpus: Corpus, found: dict[int, list[Span]]) -> None:
        if corpus is self.corpus:
            self._unsure, self._unsure_of = found, corpus
            self._refresh_view(relayout=False)

    def unsure_count(self) -> int | None:
        """How many quotes are unsure (None: not counted yet)."""
        return None if self._unsure is None else sum(len(spans) for spans in self._unsure.values())

    def _unsure_now(self) -> dict[int, list[Span]]:
        if self._unsure is None or self._unsure_of is not self.corpus:  # asked before the thread is done
            self._unsure, self._unsure_of = unsure_spans(self.corpus, self.shape.primaries), self.corpus
        return self._unsure

    def action_step_unsure(self, direction: int) -> None:
        """Next (1) or previous (-1) unsure quote in the corpus (in a speaker filter: of the filter)."""
        spans = [span for spans in self._unsure_now().values() for span in spans]
        view = self.query_one(DocumentView)
        if self.state.speakers:
            filtered = set(self.filtered_quotes())
            found = step(view.layout_rows, view.cursor, [s for s in spans if s in filtered], direction)
            if found is not None:
                view.move_cursor(found[0])
                self._wrapped(found[1], direction)
            else:
                self.notify("No unsure quotes in this filter.", markup=False, timeout=2)
            return
        order = {doc: i for i, doc in enumerate(self.shape.primaries)}
        doc = self.shape.primary_of(self.state.doc)
        cursor = view.cursor
        items = view.layout_rows.items
        if cursor.span is not None:
            offset = cursor.span.start
        elif items and items[cursor.item].doc >= 0:
            offset = items[cursor.item].start - (1 if direction > 0 else 0)
        else:
            offset = -1 if direction > 0 else 0
        found_span = next_unsure(spans, order, (order.get(doc, -1), offset), direction)
        if found_span is None:
            self.notify("No unsure quotes in this corpus.", markup=False, timeout=2)
            return
        span, wrapped = found_span
        if span.doc != self.state.doc or self.state.diff:
            self.open_document(span.doc)
        self._cursor_to(*span)
        self._wrapped(wrapped, direction)

    def _wrapped(self, wrapped: bool, direction: int) -> None:
        if wrapped:
            self.notify(f"Wrapped round to the {'first' if direction > 0 else 'last'} unsure quote.", markup=False,
                        timeout=2)

    # Copying: an unsure speaker is warned of (the citation is the same).
    @on(CopyQuote)
    def _copy_requested(self, event: CopyQuote) -> None:
        self.action_copy_quote(event.cited)

    def action_copy_quote(self, cited: bool) -> None:
        """Copy the quote under the cursor, with its citation or bare."""
        view = self.query_one(DocumentView)
        found = quote_under_cursor(self.corpus, view.layout_rows, view.cursor)
        if found is None:
            self.notify("No quote under the cursor.", markup=False, severity="warning", timeout=2)
            return
        doc, quote = found
        document = self.corpus.documents[doc]
        speaker = self.corpus.speaker(quote.speaker) if quote.speaker else None
        text = cite(document, quote, speaker) if cited else quotation_text(document, quote)
        self.app.copy_to_clipboard(visible(text, keep="\n"))
        message, severity = copy_notice(text, quotation_segments(document, quote))
        self.notify(one_line(message), markup=False, severity=severity, timeout=6 if severity == "warning" else 3)

    # Evidence and marks.
    def show_evidence(self) -> None:
        """Highlight the cue and the mention of the quote at the cursor."""
        view = self.query_one(DocumentView)
        found = quote_under_cursor(self.corpus, view.layout_rows, view.cursor)
        view.set_evidence(evidence_spans(*found) if found is not None else [])

    def show_marks(self, on_show: list[int]) -> None:
        """Mark the unsure and corrected quotes on show."""
        self.query_one(DocumentView).set_marks(marks(self.corpus, on_show, self._unsure))

    # Corrections.
    def correction_paths(self) -> list[Path]:
        """The folders the corpus was opened from: where its corrections are kept."""
        paths: list[Path] = list(getattr(self.app, "paths", None) or [])
        return paths or list(dict.fromkeys(Path(s.path).parent for s in self.corpus.summaries))

    def _quote_here(self) -> tuple[int, Quote] | None:
        view = self.query_one(DocumentView)
        found = quote_under_cursor(self.corpus, view.layout_rows, view.cursor)
        if found is None:
            self.notify("No quote under the cursor.", markup=False, severity="warning", timeout=2)
        return found

    def action_reassign(self) -> None:
        """Choose who said the quote under the cursor (or undo its correction)."""
        found = self._quote_here()
        if found is None:
            return
        doc, quote = found
        names = [s.name for s in self.corpus.speakers]
        parser_said = quote.corrected.parser_speaker if quote.corrected else quote.speaker
        picker = SpeakerPicker(quote.text, names, quote.speaker, parser_said, quote.corrected is not None)
        self.app.push_screen(picker, lambda choice: self._chosen(doc, quote, choice))

    def action_undo_correction(self) -> None:
        """Give the quote under the cursor the parser's speaker again."""
        found = self._quote_here()
        if found is None:
            return
        doc, quote = found
        if quote.corrected is None:
            self.notify("This quote's speaker was not corrected.", markup=False, timeout=2)
            return
        self._chosen(doc, quote, Choice(None, undo=True))

    @on(CorrectQuote)
    def _correct_requested(self, event: CorrectQuote) -> None:
        if event.undo:
            self.action_undo_correction()
        else:
            self.action_reassign()

    @on(StepUnsure)
    def _step_requested(self, event: StepUnsure) -> None:
        self.action_step_unsure(event.direction)

    def _chosen(self, doc: int, quote: Quote, choice: Choice | None) -> None:
        if choice is None:
            return
        document = self.corpus.documents[doc]
        paths = self.correction_paths()
        try:
            if choice.undo:
                undo(paths, document, quote)
            else:
                correct(paths, document, quote, choice.speaker, choice.scare)
        except (CorrectionsError, KeyError, OSError) as error:
            self.notify(one_line(f"The correction could not be saved: {error}"), markup=False, severity="error")
            return
        self.take_corpus(with_corrections(self.corpus, paths), doc, quote)
        if choice.undo:
            said = quote.corrected.parser_speaker if quote.corrected else quote.speaker
            message = f"Correction undone: {said or 'no one'} again."
        else:
            message = f"Now said by {choice.speaker or NO_ONE}."
        self.notify(one_line(message), markup=False, timeout=3)

    def take_corpus(self, corpus: Corpus, doc: int, quote: Quote) -> None:
        """Show the corpus with corrections applied again: counts, filter, marks; the cursor stays."""
        old, self.corpus = self.corpus, corpus
        self._speaker_slots = speaker_slots(corpus)
        self._filtered = (frozenset({"\0"}), [])  # worked out again
        self._speakers_shown = None
        if self._unsure is not None:
            changed = [i for i in self.shape.primaries if old.summaries[i] is not corpus.summaries[i]]
            self._unsure = {**self._unsure, **{i: unsure_in(corpus.documents[i], i) for i in changed}}
            self._unsure_of = corpus
        view = self.query_one(DocumentView)
        self._refresh_view(relayout=bool(self.state.speakers))
        if self.state.speakers:
            self._cursor_to(doc, quote.start, quote.end)
        else:
            view.move_cursor(view.cursor, scroll=False)  # the status line and evidence again


def marked_status(text: str) -> Content:
    """The status line: a leading mark (``?`` unsure, ``✎`` corrected) in its theme colour, the
    rest as plain text (document text: never markup)."""
    for mark, look in (("?", Look.UNSURE_MARK), ("✎", Look.CORRECTED_MARK)):
        if text.startswith(f"{mark} "):
            colour = "$text-warning" if look is Look.UNSURE_MARK else "$text-success"
            return Content.assemble(Content(mark).stylize(f"bold {colour}"), Content(one_line(text[1:])))
    return Content(one_line(text))
