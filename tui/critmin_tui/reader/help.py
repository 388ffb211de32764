"""The help screen: every key, grouped."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Reading", (
        ("j / k, ↓ / ↑", "next / previous paragraph (from the screen, after scrolling away)"),
        ("space / b", "page down / up"),
        ("ctrl+d / ctrl+u", "half page down / up"),
        ("g / G", "top / bottom"),
        ("click", "put the cursor on a paragraph, a quote or a redaction"),
        ("#", "paragraph numbers in the gutter, as the command line gives them"),
        ("s", "hide / show the sidebar"),
        ("tab / shift+tab", "next / previous pane"),
    )),
    ("Quotes and redactions", (
        ("' / \"", "next / previous quote"),
        ("r / R", "next / previous redaction, on into the next / previous document (a notice when it wraps)"),
        ("y / Y", "copy the quotation (or redaction, with its ground) under the cursor, with its citation / bare"),
        ("w", "withheld: every redaction of the corpus, with its section, ground, law and agency"),
        ("s l a (in withheld)", "filter by section, law, agency (S L A: back); enter opens the redaction"),
        ("t (in withheld)", "the table of grounds by agency, law and section, most cited first"),
        ("H", "show (never copy) the text still under a failed redaction"),
    )),
    ("Attributions", (
        ("u / U", "next / previous quote whose speaker is unsure (marked ? in the gutter), across the corpus"),
        ("c", "reassign the quote under the cursor: a speaker, a new name or no one (a scare quote)"),
        ("C", "undo the quote's correction: the parser's speaker again (corrected quotes are marked ✎)"),
    )),
    ("Search", (
        ("/", "search as you type; Enter goes to the next match from the cursor"),
        ("ctrl+t (in search)", "this document / the whole corpus (in a speaker filter: their quotes)"),
        ("ctrl+r (in search)", "regular-expression mode on / off (a bad pattern gets a message)"),
        ("n / N", "next / previous match from the cursor; after escape, the last search again"),
        ("escape", "close the search (a speaker filter stays)"),
    )),
    ("Speakers", (
        ("space", "in the Speakers pane: tick a speaker (the pane shows their quotes)"),
        ("enter", "in the Speakers pane: tick and read; on a quote: open it in its document"),
        ("escape", "with no search open: clear the filter"),
    )),
    ("Versions", (
        ("v", "the article's other capture, at the same paragraph"),
        ("d", "what differs between the captures (d again: back where you were)"),
    )),
    ("Elsewhere", (
        ("p", "problems: files that could not be read"),
        ("ctrl+p", "command palette: speakers, documents (by title or file name), redactions, copy, unsure, reassign"),
        ("? / F1", "this help"),
        ("q", "quit"),
    )),
)


def help_renderable() -> Group:
    """Headings, and under each a table of keys whose descriptions wrap in their own column."""
    parts: list[Text | Table] = [Text("critmin-tui keys", style="bold")]
    for heading, rows in KEYS:
        parts.append(Text(f"\n{heading}", style="bold underline"))
        table = Table.grid(padding=(0, 2))
        table.add_column(width=18, no_wrap=True)
        table.add_column(ratio=1)
        for keys, description in rows:
            table.add_row(Text(keys, style="bold"), Text(description))
        parts.append(table)
    return Group(*parts)


class HelpScreen(ModalScreen[None]):
    """Keys and what they do."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark,f1", "dismiss", "Close")]

    def compose(self) -> ComposeResult:
        """The key tables."""
        with VerticalScroll(id="help"):
            yield Static(help_renderable())
