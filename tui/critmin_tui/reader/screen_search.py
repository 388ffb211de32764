"""The main screen's searching: the search bar's requests, searches in a thread, n and N."""

from __future__ import annotations

from textual import on, work
from textual.screen import Screen
from textual.timer import Timer

from ..corpus import Corpus, Query, SearchError, one_line
from .derive import counter
from .document_view import DocumentView
from .navigation import here
from .search_bar import SearchBar
from .searching import next_match, scope_label, scoped_search
from .state import CorpusShape, Match, ReaderState, SearchScope, Span

_TYPING_PAUSE = 0.12  # seconds
# The trigram index is built once the first search is answered, or this long after the list
# shows if none comes first: built sooner, it competes with that first search (a scan) for
# both cores, tripling its time, and a search as typed narrows the last one without it.
INDEX_IDLE_S = 2.0


def search_key(state: ReaderState) -> tuple[object, ...]:
    """What a search looks through: when it changes, the search is run again."""
    doc = state.doc if state.scope is SearchScope.DOCUMENT and not state.speakers else None
    return doc, state.speakers, state.scope, state.regex


class SearchingScreen(Screen[None]):
    """Search over what the main screen shows; MainScreen owns the state this changes."""

    corpus: Corpus
    shape: CorpusShape
    state: ReaderState

    def __init__(self) -> None:
        super().__init__()
        self._search_timer: Timer | None = None

    def _change(self, relayout: bool = False, **changes: object) -> None:
        raise NotImplementedError

    def filtered_quotes(self) -> list[Span]:
        """The speaker filter's quotes (MainScreen's)."""
        raise NotImplementedError

    def _cursor_to(self, doc: int, start: int, end: int | None) -> None:
        raise NotImplementedError

    @on(SearchBar.QueryChanged)
    def _query_changed(self, event: SearchBar.QueryChanged) -> None:
        # Wait for a pause in typing: each keystroke restarts the timer, so input never blocks.
        if self._search_timer is not None:
            self._search_timer.stop()
        value = event.query
        self._search_timer = self.set_timer(_TYPING_PAUSE, lambda: self._run_search(value))

    @on(SearchBar.QuerySubmitted)
    def _query_submitted(self, event: SearchBar.QuerySubmitted) -> None:
        if self._search_timer is not None:
            self._search_timer.stop()
        if event.query != self.state.query:
            self._run_search(event.query, jump=True)
        else:
            self._step_match(1)
        self.query_one(DocumentView).focus()

    @on(SearchBar.RegexToggled)
    def _regex_toggled(self) -> None:
        self._change(regex=not self.state.regex)

    @on(SearchBar.ScopeToggled)
    def _scope_toggled(self) -> None:
        scope = SearchScope.DOCUMENT if self.state.scope is SearchScope.CORPUS else SearchScope.CORPUS
        self._change(scope=scope)
        if self.state.speakers:
            self.notify(f"Searching the filter's quotes; without a filter: the {scope.value}.", markup=False,
                        timeout=3)

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        self.close_search()

    def index_for_search(self) -> None:
        """Start building the corpus's trigram index in a thread (once the first search is
        answered, or INDEX_IDLE_S after the list shows): search works meanwhile (it scans), and
        is quicker once the index is ready."""
        if self.corpus.folds is not None:
            self.corpus.folds.start_index()

    def _search_bar(self) -> SearchBar | None:
        found = self.query(SearchBar)
        return found.first() if found else None

    def close_search(self) -> None:
        """Close the search bar and clear the search (n runs it again); filters stay."""
        bar = self._search_bar()
        if bar is not None:
            bar.close()
        if self._search_timer is not None:
            self._search_timer.stop()
        self.workers.cancel_group(self, "search")
        last = self.state.query or self.state.last_query
        self._change(query="", matches=(), match_index=None, error="", last_query=last)
        self.query_one(DocumentView).focus()

    async def action_open_search(self) -> None:
        """Open the search bar (mounting it the first time)."""
        bar = self._search_bar()
        if bar is None:
            bar = SearchBar(id="search-bar")
            await self.query_one("#reading").mount(bar)
        bar.open()
        bar.set_status(counter(self.state, scope_label(self.state)), self.state.error)

    def _run_search(self, text: str, jump: bool = False) -> None:
        """Search what the reader shows (corpus, document or filter), in a thread."""
        self._search_in_thread(text, self.state, self.filtered_quotes(), jump)

    @work(thread=True, exclusive=True, group="search")
    def _search_in_thread(self, text: str, state: ReaderState, filtered: list[Span], jump: bool) -> None:
        from textual.worker import get_current_worker

        worker = get_current_worker()
        query = Query(text, regex=state.regex)
        try:
            matches = scoped_search(self.corpus, self.shape.primaries, state, filtered, query,
                                    cancelled=lambda: worker.is_cancelled)
            error = ""
        except SearchError as exc:
            matches, error = [], str(exc)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._searched, text, tuple(matches), error, jump, state)

    def _searched(self, text: str, matches: tuple[Match, ...], error: str, jump: bool, asked: ReaderState) -> None:
        if search_key(asked) != search_key(self.state):
            return  # the scope changed meanwhile: a new search is on its way
        self._change(query=text, matches=matches, match_index=None, error=error)
        if jump:
            self._step_match(1)
        self.index_for_search()  # the first search was a scan, alone on the cores: now the index

    def action_next_match(self) -> None:
        """Next match from the cursor, wrapping; with no search, the last one closed."""
        if self.state.matches:
            self._step_match(1)
        elif self.state.query:
            self.notify(f"No matches for {one_line(self.state.query)!r} {scope_label(self.state)}.",
                        markup=False, timeout=2)
        elif self.state.last_query:
            self._run_search(self.state.last_query, jump=True)
        else:
            self.notify("No search yet: press / to search.", markup=False, timeout=2)

    def action_previous_match(self) -> None:
        """Previous match from the cursor, wrapping."""
        if self.state.matches:
            self._step_match(-1)
        else:
            self.action_next_match()

    def _step_match(self, direction: int) -> None:
        view = self.query_one(DocumentView)
        found = next_match(self.state.matches, here(view.layout_rows, view.cursor, self.state.doc, direction),
                           direction)
        if found is None:
            return
        index, wrapped = found
        self._go_to_match(index)
        if wrapped and len(self.state.matches) > 1:
            self.notify(f"Search wrapped to the {'top' if direction > 0 else 'bottom'}.", markup=False, timeout=2)

    def _go_to_match(self, index: int) -> None:
        doc, start, end = self.state.matches[index]
        if not self.state.speakers and (doc != self.state.doc or self.state.diff):
            self._change(relayout=True, doc=doc, diff=False, match_index=index)
        else:
            self._change(match_index=index)
        self._cursor_to(doc, start, end)
