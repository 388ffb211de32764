"""The help screen: every key, grouped."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = """\
Reading
  j / k, ↓ / ↑        next / previous paragraph
  space / b          page down / up
  ctrl+d / ctrl+u    half page down / up
  g / G              top / bottom
  tab / shift+tab    next / previous pane
Quotes and redactions
  ' / "              next / previous quote
  r / R              next / previous redaction
  y / Y              copy the quote under the cursor with its citation / bare
  H                  show (never copy) the text still under a failed redaction
Search and filters
  /                  search the corpus as you type (Enter jumps to the first match)
  ctrl+r (in search) regular-expression mode on / off (a bad pattern gets a message)
  n / N              next / previous match, across documents
  Speakers pane      space or enter ticks a speaker: the pane shows their quotes
  escape             close the search and clear every filter
Versions
  v                  the other capture of this article
  d                  what differs between the captures
Elsewhere
  p                  problems: files that could not be read
  ctrl+p             command palette (speakers, documents, redactions, copy)
  ? / F1             this help          q  quit
"""


class HelpScreen(ModalScreen[None]):
    """Keys and what they do."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark,f1", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        """The key table."""
        with VerticalScroll(id="help"):
            yield Static(Content("critmin-tui keys\n\n").stylize("bold") + Content(KEYS))
