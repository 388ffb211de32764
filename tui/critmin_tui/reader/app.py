"""The Textual application: loads the corpus and shows the main screen."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

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
                 cache: ParseCache | None = None) -> None:
        super().__init__()
        self.corpus = corpus
        self.paths = paths or []
        self.cache = cache

    def on_mount(self) -> None:
        """Open the main screen on the corpus, reading it first (with progress) if need be."""
        if self.corpus is not None:
            self.push_screen(MainScreen(self.corpus))
        else:
            from .loading import LoadingScreen

            self.push_screen(LoadingScreen(self.paths, self.cache), self._loaded)

    def _loaded(self, corpus: Corpus | None) -> None:
        if corpus is None or not corpus.documents:
            self.corpus = corpus
            self.exit(return_code=2)
            return
        self.corpus = corpus
        self.push_screen(MainScreen(corpus))

    def action_help(self) -> None:
        """Show the keys."""
        from .help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())
