"""The Textual application: loads the corpus and shows the main screen."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from ..corpus import Corpus
from .help import HelpScreen
from .screen import MainScreen


class CritminApp(App[None]):
    """critmin-tui: read policy documents, see who said what and what was withheld."""

    TITLE = "critmin-tui"
    CSS_PATH = "reader.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark,f1", "help", "Help", key_display="?"),
    ]

    def __init__(self, corpus: Corpus) -> None:
        super().__init__()
        self.corpus = corpus

    def on_mount(self) -> None:
        """Open the main screen on the corpus."""
        self.push_screen(MainScreen(self.corpus))

    def action_help(self) -> None:
        """Show the keys."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())
