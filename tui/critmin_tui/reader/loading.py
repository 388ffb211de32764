"""The loading screen: a progress bar while a large corpus is read, so the screen never freezes."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.content import Content
from textual.screen import Screen
from textual.widgets import ProgressBar, Static

from ..corpus import Corpus, ParseCache, load_corpus
from ..corpus.formats import report_pages
from ..corpus.loading import LoadCancelledError


class LoadingScreen(Screen[Corpus]):
    """Reads the corpus in a thread, counting documents; dismisses with the corpus."""

    def __init__(self, paths: list[Path], cache: ParseCache | None) -> None:
        super().__init__()
        self.paths = paths
        self.cache = cache

    def compose(self) -> ComposeResult:
        """A label and a progress bar, centred."""
        with Middle(), Center():
            yield Static(Content("Reading documents…"), id="loading-label")
            yield ProgressBar(id="loading-bar", show_eta=False)

    def on_mount(self) -> None:
        """Start reading."""
        self._load()

    @work(thread=True, exclusive=True)
    def _load(self) -> None:
        from textual.worker import get_current_worker

        worker = get_current_worker()
        report_pages(self._pages_from_thread)
        try:
            corpus = load_corpus(self.paths, self._progress_from_thread, self.cache, lambda: worker.is_cancelled)
        except LoadCancelledError:
            return  # the reader is quitting: stop reading at once
        finally:
            report_pages(None)
        self.app.call_from_thread(self.dismiss, corpus)

    def _progress_from_thread(self, done: int, total: int) -> None:
        if done == total or done % 25 == 0:
            self.app.call_from_thread(self._show_progress, done, total)

    def _pages_from_thread(self, name: str, done: int, total: int) -> None:
        from textual.worker import get_current_worker

        if get_current_worker().is_cancelled:
            raise LoadCancelledError  # stops a long PDF between two pages
        self.app.call_from_thread(self._show_pages, name, done, total)

    def _show_pages(self, name: str, done: int, total: int) -> None:
        self.query_one("#loading-label", Static).update(Content(f"Reading {name}… page {done:,} of {total:,}"))

    def _show_progress(self, done: int, total: int) -> None:
        self.query_one(ProgressBar).update(total=total, progress=done)
        self.query_one("#loading-label", Static).update(Content(f"Reading documents… {done:,} of {total:,}"))
