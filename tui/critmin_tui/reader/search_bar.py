"""The search bar: mounted the first time the user searches (its Input is not needed to paint)."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Input, Static


class SearchBar(Vertical):
    """The incremental search box, its counter, and a line for what is wrong with a pattern.

    | Key | Action |
    | :- | :- |
    | enter | go to the next match from the cursor |
    | escape | close the search (a speaker filter stays) |
    | ctrl+r | regular-expression mode on / off |
    | ctrl+t | search this document / the whole corpus |
    """

    DEFAULT_CSS = """
    SearchBar { height: auto; display: none; }
    SearchBar > Horizontal { height: 3; }
    SearchBar Input { width: 1fr; min-width: 24; }
    SearchBar #search-counter { width: auto; max-width: 50%; padding: 1 1; color: $text-accent; }
    SearchBar #search-error { height: auto; padding: 0 1; color: $text-error; display: none; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close search"),
        Binding("ctrl+r", "toggle_regex", "Regex"),
        Binding("ctrl+t", "toggle_scope", "Document/corpus"),
    ]

    class QueryChanged(Message):
        """The user changed the query."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class QuerySubmitted(Message):
        """The user pressed enter in the search box."""

        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Closed(Message):
        """The user closed the search."""

    class RegexToggled(Message):
        """The user asked for regular-expression mode on or off."""

    class ScopeToggled(Message):
        """The user asked to search the document instead of the corpus, or back."""

    def compose(self) -> ComposeResult:
        """An input and a counter; under them, a message for a bad pattern."""
        with Horizontal():
            yield Input(placeholder="search (accent- and case-insensitive; Enter: next match)", id="search-input")
            yield Static(Content(""), id="search-counter")
        yield Static(Content(""), id="search-error")

    @property
    def query_text(self) -> str:
        """What is typed in the box."""
        return self.query_one(Input).value

    def open(self, text: str | None = None) -> None:
        """Show the bar and focus its box (with ``text`` in it, if given)."""
        self.display = True
        box = self.query_one(Input)
        if text is not None and box.value != text:
            with box.prevent(Input.Changed):
                box.value = text
        box.focus()

    def close(self) -> None:
        """Hide the bar and empty its box."""
        self.display = False
        box = self.query_one(Input)
        with box.prevent(Input.Changed):
            box.value = ""

    def set_status(self, counter: str, error: str) -> None:
        """Show the counter ("3/14 in corpus") and, on a line of its own, what is wrong."""
        self.query_one("#search-counter", Static).update(Content(counter))
        message = self.query_one("#search-error", Static)
        message.update(Content(error))
        message.display = bool(error)

    @on(Input.Changed)
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.QueryChanged(event.value))

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.QuerySubmitted(event.value))

    def action_close(self) -> None:
        """Close the search (the screen clears it)."""
        self.post_message(self.Closed())

    def action_toggle_regex(self) -> None:
        """Ask the screen to switch regex mode."""
        self.post_message(self.RegexToggled())

    def action_toggle_scope(self) -> None:
        """Ask the screen to switch between the document and the corpus."""
        self.post_message(self.ScopeToggled())
