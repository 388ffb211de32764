"""The Textual application: loads the corpus and shows the main screen."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType

from ..corpus import Corpus, ParseCache
from .screen import MainScreen


class CritminApp(App[None]):
    """critmin-tui: read policy documents, see who said what and what was withheld."""

    TITLE = "critmin-tui"
    CSS_PATH = "reader.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark,f1", "help", "Help", key_display="?"),
    ]

    def __init__(self, corpus: Corpus | None = None, paths: list[Path] | None = None,
                 cache: ParseCache | None = None, preview: Corpus | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.paths = paths or []
        self.cache = cache
        self.preview = preview

    def on_mount(self) -> None:
        """Open the main screen on the corpus; else show a preview, or progress, while it is read."""
        if self.corpus is not None:
            self.push_screen(MainScreen(self.corpus))
        elif self.preview is not None:
            # The first document's text at once; quotes, speakers and the rest when parsed.
            self.push_screen(MainScreen(self.preview, provisional=True))
            # Read once the preview is on screen: the parser's thread would slow the first frame.
            self.call_after_refresh(self._read_in_background)
        else:
            from .loading import LoadingScreen

            self.push_screen(LoadingScreen(self.paths, self.cache), self._loaded)

    @work(thread=True, exclusive=True, group="load")
    def _read_in_background(self) -> None:
        from textual.worker import get_current_worker

        from ..corpus import load_corpus
        from ..corpus.loading import LoadCancelledError

        worker = get_current_worker()
        try:
            corpus = load_corpus(self.paths, cache=self.cache, cancelled=lambda: worker.is_cancelled)
        except LoadCancelledError:
            return  # the reader is quitting: stop reading at once
        self.call_from_thread(self._loaded, corpus)

    def _loaded(self, corpus: Corpus | None) -> None:
        self.corpus = corpus
        if corpus is None or not corpus.documents:
            self.exit(return_code=2)
            return
        if self.preview is None:
            self.push_screen(MainScreen(corpus))
            return
        while len(self.screen_stack) > 2:  # a help or palette screen over the preview
            self.pop_screen()
        resume = self.screen.reading_position() if isinstance(self.screen, MainScreen) else None
        self.preview = None
        self.switch_screen(MainScreen(corpus, resume=resume))

    def action_help(self) -> None:
        """Show the keys."""
        from .help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())
