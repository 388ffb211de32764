"""The main screen: owns the reader's state and passes it down to the panes."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer

from ..corpus import Corpus, one_line
from .captures import capture_ring, same_place
from .cursor import Cursor
from .derive import (
    counter,
    filtered_spans,
    first_screens,
    highlights,
    layout_source,
    speaker_counts,
    subtitle,
)
from .document_view import DocumentView
from .layout import Layout, LayoutSource
from .navigation import cursor_place, describe, span_at, spans_of, step
from .palette import speaker_slots
from .panes import DocumentList, QuoteInfo, SpeakerList, TitleBar
from .requests import ClearFilter, FilterSpeakers, OpenDocument, OpenRedactions
from .screen_parsing import ParsingScreen, parsed_label
from .screen_review import marked_status
from .screen_search import INDEX_IDLE_S, search_key
from .searching import scope_label
from .state import CorpusShape, ReaderState, Span

if TYPE_CHECKING:
    from textual.command import Provider

def _reader_commands() -> type[Provider]:
    """The palette provider, imported when the palette first opens (not before first paint)."""
    from .commands import ReaderCommands

    return ReaderCommands


_PANES = (TitleBar, DocumentList, SpeakerList, DocumentView, QuoteInfo)


class MainScreen(ParsingScreen):
    """Document list, document pane and speaker sidebar over one parsed corpus."""

    COMMANDS = Screen.COMMANDS | {_reader_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "open_search", "Search"),
        Binding("n", "next_match", "Match"),
        Binding("N", "previous_match", "Prev match", key_display="N", show=False),
        Binding("apostrophe", "next_quote", "Quote", key_display="'"),
        Binding("quotation_mark", "previous_quote", "Prev quote", key_display='"', show=False),
        Binding("r", "next_redaction", "Redaction", show=False),
        Binding("R", "previous_redaction", "Prev redaction", key_display="R", show=False),
        Binding("y", "copy_quote(True)", "Copy"),
        Binding("Y", "copy_quote(False)", "Copy bare", key_display="Y", show=False),
        Binding("v", "other_version", "Version", show=False),
        Binding("d", "toggle_diff", "Diff", show=False),
        Binding("s", "toggle_sidebar", "Sidebar", show=False),
        Binding("number_sign", "toggle_numbers", "¶ numbers", key_display="#", show=False),
        Binding("H", "show_hidden", "Show text under a failed redaction", key_display="H", show=False),
        Binding("escape", "clear", "Clear"),  # these three are shown only when they apply
        Binding("enter", "open_in_document", "Open"),
        Binding("p", "problems", "Problems"),
    ]

    def __init__(self, corpus: Corpus, provisional: bool = False, resume: tuple[str, int] | None = None,
                 parsing: tuple[int, int] | None = None, saved: bool = False) -> None:
        super().__init__()
        self.corpus = corpus
        self.provisional = provisional  # a preview while the corpus is parsed
        self.parsing = parsing  # a large corpus readable while it is parsed: (parsed, in all)
        self.saved = saved  # and that corpus is a snapshot's: the rest is read, not parsed
        self._resume = resume  # (path, offset): where the preview's reader had got to
        self.shape = CorpusShape.of(corpus)
        self.state = ReaderState(doc=self.shape.primaries[0] if self.shape.primaries else 0)
        self._filtered: tuple[frozenset[str], list[Span]] = (frozenset(), [])
        self._speakers_shown: object = None
        self._speaker_slots = speaker_slots(corpus)
        self._footer_shown: object = None
        self._before_diff: tuple[str, int] | None = None  # where the reader was when the diff opened
        self.ready = False  # True once mounted, filled and at the place resumed: what tests wait for

    def compose(self) -> ComposeResult:
        """Title bar, the three panes, the search bar and the footer."""
        yield TitleBar(id="title-bar")
        with Horizontal(id="panes"):
            with Vertical(id="sidebar"):
                yield DocumentList(id="documents")
                yield SpeakerList(id="speakers")
            with Vertical(id="reading"):
                yield DocumentView(id="document")
                yield QuoteInfo(Content(""), id="quote-info")
        yield Footer(compact=True, show_command_palette=False)  # ctrl+p is in the help: room for Quit and Help

    def on_mount(self) -> None:
        """Fill the panes and open the first document."""
        if self not in self.app.screen_stack or not all(self.query(pane) for pane in _PANES):
            # A preview replaced by the parsed corpus before its mount was handled, or the app
            # shutting down mid-mount: its panes are being removed, and there is nothing to fill.
            return
        self.query_one(DocumentList).set_documents(self.corpus, self.shape.primaries, self.shape.versions)
        self.query_one("#documents", DocumentList).border_title = "Documents"
        self.query_one("#speakers", SpeakerList).border_title = self._speakers_title()
        self._refresh_view(relayout=True)
        self.query_one(DocumentView).focus()
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        if self._resume is not None:
            self.call_after_refresh(self._resume_reading, *self._resume)
        else:
            self.ready = True
        self.call_after_refresh(self.count_unsure)
        self.set_timer(INDEX_IDLE_S, self.index_for_search)  # or sooner: once the first search is answered

    def _theme_changed(self, _theme: object) -> None:
        """The swatches take the new theme's colours."""
        self._speakers_shown = None
        self._refresh_speakers()

    def reading_position(self) -> tuple[str, int] | None:
        """The document and source offset under the cursor, to carry over to another screen."""
        view = self.query_one(DocumentView)
        items = view.layout_rows.items
        if not 0 <= view.cursor.item < len(items) or items[view.cursor.item].doc < 0:
            return None
        item = items[view.cursor.item]
        return self.corpus.summaries[item.doc].path, item.start

    def _resume_reading(self, path: str, offset: int) -> None:
        doc = next((i for i, s in enumerate(self.corpus.summaries) if s.path == path), None)
        if doc == self.state.doc and offset > 0:
            self._cursor_to(doc, offset, offset)
        self.ready = True

    # State changes go through one place, which passes the new state down.
    def _change(self, relayout: bool = False, **changes: object) -> None:
        if not self.is_attached:
            return  # a worker's result came after the app began to close: nothing is shown again
        searched = search_key(self.state)
        self.state = replace(self.state, **changes)  # type: ignore[arg-type]
        self._refresh_view(relayout)
        if self.state.query and search_key(self.state) != searched:
            self._run_search(self.state.query)  # what the search looks through changed

    def _refresh_view(self, relayout: bool) -> None:
        if not self.is_attached:
            return  # a worker's result came after the app began to close: the views are gone
        state = self.state
        view = self.query_one(DocumentView)
        view.show_numbers(state.numbers)
        if relayout:
            partial = first_screens(self.corpus, self.shape, state, self.filtered_quotes())
            if partial is None:
                view.show(self._layout_source())
            else:  # a long document: its first screens now, the rest once they are drawn
                view.show(partial)
                self.call_after_refresh(self._complete_layout, state, self._layout_source())
        self._say_new_problems()
        on_show = self._docs_on_show()
        view.set_highlights(highlights(self.corpus, self.shape, state, on_show, self._speaker_slots))
        self.show_marks(on_show)
        self.query_one(DocumentList).select_document(state.doc)
        self._refresh_speakers()
        self.show_title()
        bar = self._search_bar()
        if bar is not None:
            bar.set_status(counter(self.state, scope_label(self.state)), self.state.error)
        footer = (bool(state.speakers), state.diff, bool(state.query or state.error), bar is not None and bar.display)
        if footer != self._footer_shown:  # the footer's escape and enter come and go with these
            self._footer_shown = footer
            self.refresh_bindings()

    def show_title(self) -> None:
        """The title bar's line for the state as it is."""
        self.query_one(TitleBar).show_title(
            subtitle(self.corpus, self.state, len(self.filtered_quotes()), self.provisional, self.unsure_count(),
                     len(self.problems()), parsed_label(self.parsing, self.saved)))

    def _complete_layout(self, shown: ReaderState, source: LayoutSource) -> None:
        self._lay_out_in_thread(shown, source, self.query_one(DocumentView).layout_width)

    @work(thread=True, exclusive=True, group="layout")
    def _lay_out_in_thread(self, shown: ReaderState, source: LayoutSource, width: int) -> None:
        # Laying out is pure Python over the model: a thread keeps the keys answered meanwhile.
        layout = source(width)
        self.app.call_from_thread(self._laid_out, shown, source, width, layout)

    def _laid_out(self, shown: ReaderState, source: LayoutSource, width: int, layout: Layout) -> None:
        if not self.is_attached:
            return  # laid out after the app began to close
        view = self.query_one(DocumentView)
        if (shown.doc, shown.speakers, shown.diff) != (self.state.doc, self.state.speakers, self.state.diff):
            return  # the reader moved on to another view meanwhile
        # The first screens' items are the first items of the whole: the cursor stays where it is.
        view.show(source, view.cursor, layout if width == view.layout_width else None)
        if self._say_new_problems():
            self._refresh_view(relayout=False)

    def _layout_source(self) -> LayoutSource:
        return layout_source(self.corpus, self.shape, self.state, self.filtered_quotes())

    def filtered_quotes(self) -> list[Span]:
        """The chosen speakers' quotes across the listed documents, in corpus order, as
        (document, start, end): from the summaries, so no document is loaded for a filter."""
        chosen = self.state.speakers
        if chosen != self._filtered[0]:
            self._filtered = (chosen, filtered_spans(self.corpus, self.shape.primaries, chosen))
        return self._filtered[1]

    def _docs_on_show(self) -> list[int]:
        return sorted({i for i, _, _ in self.filtered_quotes()}) if self.state.speakers else [self.state.doc]

    def _refresh_speakers(self) -> None:
        """Counts per speaker: all their quotes, or with a search, those holding a match."""
        key = (self.state.query, self.state.matches, self.state.speakers)
        if key == self._speakers_shown:
            return  # unchanged: rebuilding hundreds of options on every keystroke would lag
        self._speakers_shown = key
        counts, totals = speaker_counts(self.corpus, self.shape, self.state)
        self.query_one(SpeakerList).set_speakers(self.corpus, counts, totals, self.state.speakers,
                                                 self._speaker_slots)

    # Messages from the panes.
    @on(DocumentList.DocumentChosen)
    def _document_chosen(self, event: DocumentList.DocumentChosen) -> None:
        self.open_document(event.doc)

    @on(SpeakerList.Toggled)
    def _speaker_toggled(self, event: SpeakerList.Toggled) -> None:
        self.filter_speakers(self.state.speakers ^ {event.speaker}, read=event.read)

    # Requests from the palette.
    @on(FilterSpeakers)
    def _filter_requested(self, event: FilterSpeakers) -> None:
        self.filter_speakers(event.speakers)

    @on(OpenDocument)
    def _open_requested(self, event: OpenDocument) -> None:
        self.open_document(event.doc)

    @on(OpenRedactions)
    def _redactions_requested(self) -> None:
        self.action_withheld()  # the palette's "Redactions": the Withheld view, as w opens it

    @on(ClearFilter)
    def _clear_requested(self) -> None:
        self.clear_filter()

    @on(DocumentView.CursorMoved)
    def _cursor_moved(self, event: DocumentView.CursorMoved) -> None:
        self.query_one(QuoteInfo).update(self._describe_cursor())
        self.show_evidence()

    @on(DocumentView.Clicked)
    def _clicked(self, event: DocumentView.Clicked) -> None:
        """A click on a quote or a redaction focuses it, as ' and r do."""
        if event.offset is None or event.doc < 0:
            return
        hit = span_at(self.corpus.summaries[event.doc], event.offset)
        if hit is not None:
            self._cursor_to(event.doc, *hit)

    # Requests the palette and actions make.
    def filter_speakers(self, speakers: frozenset[str], read: bool = True) -> None:
        """Show only these speakers' quotes; the cursor goes to the first (and, to ``read``
        them, focus to the pane: else it stays, so another speaker can be ticked)."""
        self._change(relayout=True, speakers=speakers, diff=False)
        if speakers:
            self.action_next_quote()
            if read:
                self.query_one(DocumentView).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Escape, enter and p (and their footer keys) only where they do something."""
        state = self.state
        if action == "open_in_document":
            return bool(state.speakers)
        if action == "clear":
            bar = self._search_bar()
            return bool(state.speakers or state.diff or state.query or state.error or (bar and bar.display))
        if action == "problems":
            return bool(self.problems())
        return True

    def action_open_in_document(self) -> None:
        """From a speaker's quotes, open the one under the cursor in its document, at its paragraph."""
        view = self.query_one(DocumentView)
        place = cursor_place(view.layout_rows, view.cursor) if self.state.speakers else None
        if place is not None:
            doc, start, end = place
            self.open_document(doc)
            self._cursor_to(doc, start, end)

    def open_redactions(self) -> None:
        """Open the first document with a redaction, at its first redaction."""
        for doc in self.shape.primaries:
            if self.corpus.summaries[doc].redactions:
                self.open_document(doc)
                self.action_next_redaction()
                return
        self.notify("No redactions in this corpus.", markup=False)

    def action_clear(self) -> None:
        """Escape: close the search if one is open, else clear the speaker filter and the diff."""
        bar = self._search_bar()
        if self.state.query or self.state.error or (bar is not None and bar.display):
            self.close_search()
        else:
            self.clear_filter()

    def clear_filter(self) -> None:
        """Show the whole document again (a search stays)."""
        if self.state.speakers or self.state.diff:
            self._change(relayout=True, speakers=frozenset(), diff=False)
        self.query_one(DocumentView).focus()

    def action_toggle_numbers(self) -> None:
        """Show paragraph numbers in the gutter (and hide them)."""
        self._change(numbers=not self.state.numbers)

    def action_toggle_sidebar(self) -> None:
        """Hide the document and speaker lists (and show them again)."""
        sidebar = self.query_one("#sidebar")
        sidebar.display = not sidebar.display
        if not sidebar.display:
            self.query_one(DocumentView).focus()

    def _cursor_to(self, doc: int, start: int, end: int | None) -> None:
        """The cursor to a span (or, with no ``end``, to the paragraph at ``start``)."""
        view = self.query_one(DocumentView)
        item = view.layout_rows.item_at(doc, start)
        if item is not None:
            view.move_cursor(Cursor(item, Span(doc, start, end) if end is not None else None))

    # Moving by quote, redaction and version; copying.
    def _step(self, kind: str, direction: int) -> None:
        view = self.query_one(DocumentView)
        filtered = self.filtered_quotes() if self.state.speakers else None
        found = step(view.layout_rows, view.cursor, spans_of(self.corpus, self.state.doc, kind, filtered), direction)
        if found is None:
            self.notify(f"No {kind}s here.", markup=False, timeout=2)
            return
        cursor, wrapped = found
        view.move_cursor(cursor)
        if wrapped:
            where = "first" if direction > 0 else "last"
            self.notify(f"Wrapped round to the {where} {kind}.", markup=False, timeout=2)

    def action_next_quote(self) -> None:
        """Next quote."""
        self._step("quote", 1)

    def action_previous_quote(self) -> None:
        """Previous quote."""
        self._step("quote", -1)

    def _describe_cursor(self) -> Content:
        view = self.query_one(DocumentView)
        return marked_status(describe(self.corpus, view.layout_rows, view.cursor))

    def action_other_version(self) -> None:
        """Show the article's next capture (and round), at the same paragraph."""
        ring = capture_ring(self.shape, self.state.doc)
        if len(ring) < 2:
            self.notify("This document has one version.", markup=False, timeout=2)
            return
        place = self.reading_position()
        other = ring[(ring.index(self.state.doc) + 1) % len(ring)]
        self._change(relayout=True, doc=other, speakers=frozenset(), diff=False)
        if place is not None and not self.state.speakers:
            self._read_on_at(other, place)
        name = one_line(self.corpus.documents[other].name)
        self.notify(f"Showing version {ring.index(other) + 1} of {len(ring)}: {name}", markup=False, timeout=3)

    def action_toggle_diff(self) -> None:
        """Show what differs between this article's captures; then back to the capture being read."""
        if len(capture_ring(self.shape, self.state.doc)) < 2:
            self.notify("This document has one version: nothing to compare.", markup=False, timeout=2)
            return
        if not self.state.diff:
            self._before_diff = self.reading_position()
        self._change(relayout=True, speakers=frozenset(), diff=not self.state.diff)
        if not self.state.diff and self._before_diff is not None:
            self._read_on_at(self.state.doc, self._before_diff)

    def _read_on_at(self, doc: int, place: tuple[str, int]) -> None:
        """Put the cursor on the paragraph of ``doc`` at the place read to in a capture of it."""
        path, offset = place
        read = next((i for i, s in enumerate(self.corpus.summaries) if s.path == path), None)
        if read is None:
            return
        start = offset if read == doc else same_place(self.corpus.documents[read], offset, self.corpus.documents[doc])
        view = self.query_one(DocumentView)
        item = view.layout_rows.item_at(doc, start)
        if item is not None and start > 0:
            view.move_cursor(Cursor(item))
