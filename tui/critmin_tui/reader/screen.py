"""The main screen: owns the reader's state and passes it down to the panes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, OptionList

from ..corpus import Corpus, Problem, Query, SearchError, one_line, visible
from ..corpus.citation import citation
from ..corpus.store import DocumentStore
from .derive import (
    counter,
    filtered_spans,
    first_screens,
    highlights,
    layout_source,
    search_index,
    speaker_counts,
)
from .document_view import Cursor, DocumentView
from .layout import Layout, LayoutSource
from .navigation import describe, quote_under_cursor, step
from .panes import DocumentList, QuoteInfo, SpeakerList, TitleBar, safe
from .problems import found_later
from .search_bar import SearchBar
from .state import CorpusShape, Match, ReaderState
from .views import speaker_styles

if TYPE_CHECKING:
    from textual.command import Provider

_TYPING_PAUSE = 0.12  # seconds


def _reader_commands() -> type[Provider]:
    """The palette provider, imported when the palette first opens (not before first paint)."""
    from .commands import ReaderCommands

    return ReaderCommands


_PANES = (TitleBar, DocumentList, SpeakerList, DocumentView, QuoteInfo)


class MainScreen(Screen[None]):
    """Document list, document pane and speaker sidebar over one parsed corpus."""

    COMMANDS = Screen.COMMANDS | {_reader_commands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "open_search", "Search"),
        Binding("n", "next_match", "Match"),
        Binding("N", "previous_match", "Prev match", key_display="N", show=False),
        Binding("apostrophe", "next_quote", "Quote", key_display="'"),
        Binding("quotation_mark", "previous_quote", "Prev quote", key_display='"', show=False),
        Binding("r", "next_redaction", "Redaction"),
        Binding("R", "previous_redaction", "Prev redaction", key_display="R", show=False),
        Binding("y", "copy_quote(True)", "Copy cited"),
        Binding("Y", "copy_quote(False)", "Copy bare", key_display="Y", show=False),
        Binding("v", "other_version", "Version"),
        Binding("d", "toggle_diff", "Diff"),
        Binding("p", "problems", "Problems", show=False),
        Binding("escape", "clear", "Clear", show=False),
    ]

    def __init__(self, corpus: Corpus, provisional: bool = False, resume: tuple[str, int] | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.provisional = provisional  # a preview while the corpus is parsed
        self._resume = resume  # (path, offset): where the preview's reader had got to
        self.shape = CorpusShape.of(corpus)
        self.state = ReaderState(doc=self.shape.primaries[0] if self.shape.primaries else 0)
        self._search = search_index(corpus, self.shape.primaries)
        self._filtered: tuple[frozenset[str], list[tuple[int, int, int]]] = (frozenset(), [])
        self._speakers_shown: object = None
        self._speaker_styles = speaker_styles(corpus)
        self._search_timer: Timer | None = None
        self._problems_said = 0
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
        yield Footer()

    def on_mount(self) -> None:
        """Fill the panes and open the first document."""
        if self not in self.app.screen_stack or not all(self.query(pane) for pane in _PANES):
            # A preview replaced by the parsed corpus before its mount was handled, or the app
            # shutting down mid-mount: its panes are being removed, and there is nothing to fill.
            return
        self.query_one(DocumentList).set_documents(self.corpus, self.shape.primaries, self.shape.versions)
        self.query_one("#documents", DocumentList).border_title = "Documents"
        self.query_one("#speakers", SpeakerList).border_title = "Speakers"
        self._refresh_view(relayout=True)
        self.query_one(DocumentView).focus()
        if self._resume is not None:
            self.call_after_refresh(self._resume_reading, *self._resume)
        else:
            self.ready = True

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
        self.state = replace(self.state, **changes)  # type: ignore[arg-type]
        self._refresh_view(relayout)

    def _refresh_view(self, relayout: bool) -> None:
        state = self.state
        view = self.query_one(DocumentView)
        if relayout:
            partial = first_screens(self.corpus, self.shape, state, self.filtered_quotes())
            if partial is None:
                view.show(self._layout_source())
            else:  # a long document: its first screens now, the rest once they are drawn
                view.show(partial)
                self.call_after_refresh(self._complete_layout, state, self._layout_source())
        self._say_new_problems()
        on_show = self._docs_on_show()
        view.set_highlights(highlights(self.corpus, self.shape, state, on_show, self._speaker_styles))
        self.query_one(DocumentList).select_document(state.doc)
        self._refresh_speakers()
        self.query_one(TitleBar).show_title(self._subtitle())
        bar = self._search_bar()
        if bar is not None:
            bar.set_counter(counter(self.state))

    def _complete_layout(self, shown: ReaderState, source: LayoutSource) -> None:
        self._lay_out_in_thread(shown, source, self.query_one(DocumentView).layout_width)

    @work(thread=True, exclusive=True, group="layout")
    def _lay_out_in_thread(self, shown: ReaderState, source: LayoutSource, width: int) -> None:
        # Laying out is pure Python over the model: a thread keeps the keys answered meanwhile.
        layout = source(width)
        self.app.call_from_thread(self._laid_out, shown, source, width, layout)

    def _laid_out(self, shown: ReaderState, source: LayoutSource, width: int, layout: Layout) -> None:
        view = self.query_one(DocumentView)
        if (shown.doc, shown.speakers, shown.diff) != (self.state.doc, self.state.speakers, self.state.diff):
            return  # the reader moved on to another view meanwhile
        # The first screens' items are the first items of the whole: the cursor stays where it is.
        view.show(source, view.cursor, layout if width == view.layout_width else None)
        if self._say_new_problems():
            self.query_one(TitleBar).show_title(self._subtitle())

    def problems(self) -> tuple[Problem, ...]:
        """The corpus's problems, and the files found changed or gone since it was opened."""
        return self.corpus.problems + found_later(self.corpus)

    def _say_new_problems(self) -> bool:
        """Tell of files found changed or gone since the last look (a document loaded again); True if any."""
        later = found_later(self.corpus)
        for problem in later[self._problems_said:]:
            self.notify(one_line(f"{Path(problem.path).name}: {problem.message}"), markup=False,
                        severity="warning", timeout=8)
        said, self._problems_said = self._problems_said, len(later)
        return len(later) > said

    def _layout_source(self) -> LayoutSource:
        return layout_source(self.corpus, self.shape, self.state, self.filtered_quotes())

    def filtered_quotes(self) -> list[tuple[int, int, int]]:
        """The chosen speakers' quotes across the listed documents, in corpus order, as
        (document, start, end): from the summaries, so no document is loaded for a filter."""
        chosen = self.state.speakers
        if chosen != self._filtered[0]:
            self._filtered = (chosen, filtered_spans(self.corpus, self.shape.primaries, chosen))
        return self._filtered[1]

    def _docs_on_show(self) -> list[int]:
        return sorted({i for i, _, _ in self.filtered_quotes()}) if self.state.speakers else [self.state.doc]

    def _subtitle(self) -> str:
        state = self.state
        parts = [self.corpus.summaries[state.doc].title if not state.speakers else ""]
        if self.provisional:
            parts.append("reading the corpus: quotes, speakers and redactions follow")
        if state.speakers:
            parts.append(f"Filter: {', '.join(sorted(state.speakers))} ({len(self.filtered_quotes())} quotes)")
        if state.diff:
            parts.append("Differences between captures")
        if state.query:
            parts.append(f"Search: {state.query} {counter(self.state)}")
        if self.problems():
            parts.append(f"⚠ {len(self.problems())} problems (p)")
        return " · ".join(p for p in parts if p)

    def _refresh_speakers(self) -> None:
        """Counts per speaker: all their quotes, or with a search, those holding a match."""
        key = (self.state.query, self.state.matches, self.state.speakers)
        if key == self._speakers_shown:
            return  # unchanged: rebuilding hundreds of options on every keystroke would lag
        self._speakers_shown = key
        counts, totals = speaker_counts(self.corpus, self.shape, self.state)
        self.query_one(SpeakerList).set_speakers(self.corpus, counts, totals, self.state.speakers)

    # Messages from the panes.
    @on(OptionList.OptionSelected, "#documents")
    def _document_chosen(self, event: OptionList.OptionSelected) -> None:
        self.open_document(int(event.option.id or 0))

    @on(SpeakerList.Toggled)
    def _speaker_toggled(self, event: SpeakerList.Toggled) -> None:
        self.filter_speakers(self.state.speakers ^ {event.speaker})

    @on(DocumentView.CursorMoved)
    def _cursor_moved(self, event: DocumentView.CursorMoved) -> None:
        self.query_one(QuoteInfo).update(self._describe_cursor())

    @on(Input.Changed, "#search-input")
    def _query_changed(self, event: Input.Changed) -> None:
        # Wait for a pause in typing: each keystroke restarts the timer, so input never blocks.
        if self._search_timer is not None:
            self._search_timer.stop()
        value = event.value
        self._search_timer = self.set_timer(_TYPING_PAUSE, lambda: self._run_search(value))

    @on(Input.Submitted, "#search-input")
    def _query_submitted(self, event: Input.Submitted) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        if event.value != self.state.query:
            self._run_search(event.value, jump=True)
        elif self.state.matches:
            self._go_to_match(0)
        self.query_one(DocumentView).focus()

    @on(SearchBar.RegexToggled)
    def _regex_toggled(self) -> None:
        self._change(regex=not self.state.regex)
        self._run_search(self.query_one("#search-input", Input).value)

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        self.action_clear()

    # Requests the palette and actions make.
    def open_document(self, doc: int, cursor: Cursor | None = None) -> None:
        """Show a document (clearing a speaker filter and the diff); one not in memory yet is read
        in a thread first (a slow disk or a large file must not hold up the keys)."""
        documents = self.corpus.documents
        if isinstance(documents, DocumentStore) and not documents.is_loaded(doc):
            self._read_then_open(doc, cursor)
            self.query_one(DocumentView).focus()
            return
        self._change(relayout=True, doc=doc, speakers=frozenset(), diff=False)
        if cursor is not None:
            self.query_one(DocumentView).move_cursor(cursor)
        self.query_one(DocumentView).focus()

    @work(thread=True, exclusive=True, group="open")
    def _read_then_open(self, doc: int, cursor: Cursor | None) -> None:
        from textual.worker import get_current_worker

        self.corpus.documents[doc]  # read here; kept in memory for the view to use
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._change, relayout=True, doc=doc, speakers=frozenset(), diff=False)
            if cursor is not None:
                self.app.call_from_thread(self.query_one(DocumentView).move_cursor, cursor)

    def filter_speakers(self, speakers: frozenset[str]) -> None:
        """Show only these speakers' quotes; the cursor goes to the first, focus to the pane."""
        self._change(relayout=True, speakers=speakers, diff=False)
        if speakers:
            self.action_next_quote()
            self.query_one(DocumentView).focus()

    def open_redactions(self) -> None:
        """Open the first document with a redaction, at its first redaction."""
        for doc in self.shape.primaries:
            if self.corpus.summaries[doc].redactions:
                self.open_document(doc)
                self.action_next_redaction()
                return
        self.notify("No redactions in this corpus.", markup=False)

    def _search_bar(self) -> SearchBar | None:
        found = self.query(SearchBar)
        return found.first() if found else None

    def action_clear(self) -> None:
        """Escape: close the search and clear the filters."""
        self.workers.cancel_group(self, "search")  # a running regex search stops (its process is killed)
        bar = self._search_bar()
        if bar is not None:
            bar.display = False
            bar.query_one("#search-input", Input).value = ""
        relayout = bool(self.state.speakers or self.state.diff)
        self._change(relayout=relayout, speakers=frozenset(), diff=False, query="", matches=(), match_index=-1,
                  error="")
        self.query_one(DocumentView).focus()

    def action_problems(self) -> None:
        """Show the files that could not be read, and warnings."""
        from .problems import ProblemsScreen

        self.app.push_screen(ProblemsScreen(self.problems()))

    async def action_open_search(self) -> None:
        """Open the search bar (mounting it the first time)."""
        bar = self._search_bar()
        if bar is None:
            bar = SearchBar(id="search-bar")
            await self.query_one("#reading").mount(bar)
        bar.display = True
        bar.set_counter(counter(self.state))
        bar.query_one("#search-input", Input).focus()

    @work(thread=True, exclusive=True, group="search")
    def _run_search(self, text: str, jump: bool = False) -> None:
        from textual.worker import get_current_worker

        worker = get_current_worker()
        try:
            matches = self._search.search(Query(text, regex=self.state.regex), cancelled=lambda: worker.is_cancelled)
            error = ""
        except SearchError as exc:
            matches, error = [], str(exc)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._searched, text, tuple(matches), error, jump)

    def _searched(self, text: str, matches: tuple[Match, ...], error: str, jump: bool = False) -> None:
        self._change(query=text, matches=matches, match_index=-1, error=error)
        if jump and matches:
            self._go_to_match(0)

    def action_next_match(self) -> None:
        """Next match, wrapping, across documents."""
        if self.state.matches:
            self._go_to_match((self.state.match_index + 1) % len(self.state.matches))

    def action_previous_match(self) -> None:
        """Previous match, wrapping, across documents."""
        if self.state.matches:
            self._go_to_match((self.state.match_index - 1) % len(self.state.matches))

    def _go_to_match(self, index: int) -> None:
        position, start, end = self.state.matches[index]
        doc = self.shape.primaries[position]
        if doc != self.state.doc or self.state.speakers or self.state.diff:
            self._change(relayout=True, doc=doc, speakers=frozenset(), diff=False, match_index=index)
        else:
            self._change(match_index=index)
        self._cursor_to(doc, start, end)

    def _cursor_to(self, doc: int, start: int, end: int) -> None:
        view = self.query_one(DocumentView)
        item = view.layout_rows.item_at(doc, start)
        if item is not None:
            view.move_cursor(Cursor(item, doc, start, end))

    # Moving by quote, redaction and version; copying.
    def _spans(self, kind: str) -> list[tuple[int, int, int]]:
        if kind == "quote" and self.state.speakers:
            return self.filtered_quotes()
        document = self.corpus.documents[self.state.doc]
        items = document.quotes if kind == "quote" else document.redactions
        return [(self.state.doc, x.start, x.end) for x in items]

    def _step(self, kind: str, direction: int) -> None:
        view = self.query_one(DocumentView)
        cursor = step(view.layout_rows, view.cursor, self._spans(kind), direction)
        if cursor is None:
            self.notify(f"No {kind}s here.", markup=False, timeout=2)
        else:
            view.move_cursor(cursor)

    def action_next_quote(self) -> None:
        """Next quote."""
        self._step("quote", 1)

    def action_previous_quote(self) -> None:
        """Previous quote."""
        self._step("quote", -1)

    def action_next_redaction(self) -> None:
        """Next redaction."""
        self._step("redaction", 1)

    def action_previous_redaction(self) -> None:
        """Previous redaction."""
        self._step("redaction", -1)

    def _describe_cursor(self) -> Content:
        view = self.query_one(DocumentView)
        return safe(describe(self.corpus, view.layout_rows, view.cursor))

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
        text = citation(document, quote, speaker) if cited else " ".join(quote.text.split())
        self.app.copy_to_clipboard(visible(text))
        self.notify(one_line(f"Copied: {text[:80]}"), markup=False, timeout=3)

    def action_other_version(self) -> None:
        """Show the other capture of this article (and back)."""
        state = self.state
        first = next((p for p, vs in self.shape.versions.items() if state.doc == p or state.doc in vs), None)
        if first is None:
            self.notify("This document has one version.", markup=False, timeout=2)
            return
        ring = [first, *self.shape.versions[first]]
        other = ring[(ring.index(state.doc) + 1) % len(ring)]
        self._change(relayout=True, doc=other, speakers=frozenset(), diff=False)
        name = one_line(self.corpus.documents[other].name)
        self.notify(f"Showing version {ring.index(other) + 1} of {len(ring)}: {name}", markup=False, timeout=3)

    def action_toggle_diff(self) -> None:
        """Show what differs between this article's captures (and back)."""
        primary = next((p for p, vs in self.shape.versions.items() if self.state.doc in (p, *vs)), None)
        if primary is None:
            self.notify("This document has one version: nothing to compare.", markup=False, timeout=2)
            return
        self._change(relayout=True, doc=primary, speakers=frozenset(), diff=not self.state.diff)
