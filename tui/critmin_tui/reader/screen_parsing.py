"""The main screen while a large corpus is parsed behind it: partial corpora taken in as they come.

The corpus shown first is readable but not parsed (titles, text, search). The loader posts
DocumentsParsed as the parse goes on; each brings the corpus parsed so far, whose quotes,
speakers and redactions replace the screen's, keeping what the reader was doing. The entries
of the documents parsed since the list was last written (their kinds, titles, redaction counts)
are written again as they come, at most every LIST_EVERY seconds, and spaced so as to take
about a tenth of the time (each time, Textual lays out every entry again: timed until the
screen has refreshed). Until the last, speaker counts and filters are "so far"; the last brings the
final corpus (captures linked, counts final), and the list is filled again.
"""

from __future__ import annotations

import time

from textual import on

from ..corpus import Corpus
from .document_view import DocumentView
from .palette import speaker_slots
from .panes import DocumentList, SpeakerList
from .requests import DocumentsParsed
from .screen_withheld import RedactionsScreen
from .state import CorpusShape

LIST_EVERY = 2.0  # seconds at least between two rewrites of the list while the corpus is parsed
LIST_SHARE = 10  # and at least this many times as long as the last took, its refresh included
SPEAKERS = "Speakers"
SPEAKERS_SO_FAR = "Speakers (so far)"


def parsed_label(parsing: tuple[int, int] | None, saved: bool = False) -> str:
    """The title bar's progress figure while the corpus is parsed ("parsed 3,120 of 10,000"), or
    while a saved corpus's quotes and speakers are read behind its list (nothing is parsed then)."""
    if parsing is None:
        return ""
    done, total = parsing
    return f"reading the saved quotes of {total:,}" if saved else f"parsed {done:,} of {total:,}"


class ParsingScreen(RedactionsScreen):
    """Takes the parse's partial corpora in, for MainScreen (it owns the state)."""

    parsing: tuple[int, int] | None = None  # documents parsed, and in all; None once the corpus is final
    saved = False  # a saved corpus: the rest of its snapshot is read, not parsed
    _listed: Corpus | None = None  # the corpus the list's entries were last written from (None: the first)
    _list_due = float("-inf")  # when it may be written again (time.monotonic())

    def _speakers_title(self) -> str:
        return SPEAKERS_SO_FAR if self.parsing is not None else SPEAKERS

    @on(DocumentsParsed)
    def _documents_parsed(self, event: DocumentsParsed) -> None:
        if self.parsing is None:
            return  # final already (a late message from a parse given up)
        if event.final and event.corpus is not None:
            self._take_final(event.corpus)
            return
        self.parsing = (event.done, event.total)
        if event.corpus is not None:
            listed = self._listed or self.corpus
            self._take_parsed(event.corpus)
            self._refresh_list(listed, event.corpus)
            self._refresh_view(relayout=False)
        else:
            self.show_title()

    def _take_parsed(self, corpus: Corpus) -> None:
        """The partial corpus's summaries and speakers in place of the last (the list stays)."""
        self.corpus = corpus
        self._speaker_slots = speaker_slots(corpus)
        self._filtered = (frozenset({"\0"}), [])  # worked out again
        self._speakers_shown = None

    def _refresh_list(self, listed: Corpus, corpus: Corpus) -> None:
        """Write again the entries the parse has changed since ``listed`` (what the list shows),
        unless it is too soon since the last time."""
        now = time.monotonic()
        if now < self._list_due:
            self._listed = listed
            return
        facts = DocumentList.listed_facts
        changed = [doc for doc in self.shape.primaries
                   if facts(listed.summaries[doc]) != facts(corpus.summaries[doc])]
        self._listed, self._list_due = corpus, now + LIST_EVERY
        if changed:
            self.query_one(DocumentList).refresh_documents(corpus, changed, self.shape.versions)
            self.call_after_refresh(self._list_written, now)

    def _list_written(self, started: float) -> None:
        """The list is on screen again: the next rewrite waits LIST_SHARE times as long as this took."""
        took = time.monotonic() - started
        self._list_due = max(self._list_due, started + LIST_SHARE * took)

    def _take_final(self, corpus: Corpus) -> None:
        """The final corpus: captures linked, the list filled again, counts final; the document,
        the place in it, the filter and the search stay."""
        place = self.reading_position()
        path = self.corpus.summaries[self.state.doc].path
        self.parsing = None
        self._take_parsed(corpus)
        self.shape = CorpusShape.of(corpus)
        doc = next((i for i, s in enumerate(corpus.summaries) if s.path == path), None)
        if doc is None:
            doc = self.shape.primaries[0] if self.shape.primaries else 0
        self.query_one(DocumentList).set_documents(corpus, self.shape.primaries, self.shape.versions)
        self.query_one("#speakers", SpeakerList).border_title = SPEAKERS
        self._change(relayout=True, doc=doc, matches=(), match_index=None)
        if place is not None and place[0] == path and not self.state.speakers:
            self._read_on_at(doc, place)
        if self.state.query:
            self._run_search(self.state.query)  # captures are no longer listed: positions change
        self.count_unsure()
        self.query_one(DocumentView).refresh()

    def show_title(self) -> None:
        """The title bar's line (MainScreen's)."""
        raise NotImplementedError

    def _read_on_at(self, doc: int, place: tuple[str, int]) -> None:
        raise NotImplementedError

    def reading_position(self) -> tuple[str, int] | None:
        """The document and offset under the cursor (MainScreen's)."""
        raise NotImplementedError
