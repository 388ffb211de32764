"""The search bar: mounted the first time the user searches (its Input is not needed to paint)."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static


class SearchBar(Horizontal):
    """The incremental search box and its counter."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close search"),
        Binding("ctrl+r", "toggle_regex", "Regex on/off"),
    ]

    class Closed(Message):
        """The user closed the search."""

    class RegexToggled(Message):
        """The user turned regular-expression mode on or off."""

    def compose(self) -> ComposeResult:
        """An input and a counter."""
        yield Input(placeholder="search the corpus (accent- and case-insensitive; Enter to jump)", id="search-input")
        yield Static(Content(""), id="search-counter")

    def set_counter(self, text: str) -> None:
        """Show "3/14", "no matches" or an error."""
        self.query_one("#search-counter", Static).update(Content(text))

    def action_close(self) -> None:
        """Close the search (the screen clears it)."""
        self.post_message(self.Closed())

    def action_toggle_regex(self) -> None:
        """Ask the screen to switch regex mode."""
        self.post_message(self.RegexToggled())
