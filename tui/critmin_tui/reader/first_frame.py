"""The first frame: the opening of the first document, on screen while the reader starts."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from ..corpus.glimpse import Glimpse


class FirstFrame(Screen[None]):
    """The first document's opening lines as plain text, until the reader replaces them.

    It needs only Textual and a decoded file: the corpus model, the parser and the reader's
    panes are imported while it is on screen.
    """

    def __init__(self, glimpse: Glimpse | None) -> None:
        super().__init__()
        self.glimpse = glimpse

    def compose(self) -> ComposeResult:
        """A title line, the text, and a status line."""
        name = self.glimpse.name if self.glimpse else "critmin-tui"
        yield Static(Content(f"critmin-tui — {name}"), id="first-frame-title")
        yield Static(Content(self.glimpse.text if self.glimpse else ""), id="first-frame-text")
        yield Static(Content("Opening… (quotes, speakers and the document list follow)"), id="first-frame-status")

    def show_progress(self, done: int, total: int) -> None:
        """Count the files read so far, while a large corpus is read before its list shows."""
        self.query_one("#first-frame-status", Static).update(Content(f"Reading documents… {done:,} of {total:,}"))
