"""Command palette entries: speakers, documents, redactions, clear filter, copy quote.

Textual's own matcher parses markup when it highlights a hit, and the palette parses a hit's
help as markup; these entries are document text, so they are highlighted here on Content built
from plain text ("[its]" stays "[its]"), and help is only ever a fixed string of ours.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import FuzzySearch

from ..corpus import one_line
from ..corpus.search import fold
from ..output import plural

if TYPE_CHECKING:
    from .screen import MainScreen

Entry = tuple[str, str, Callable[[], object], str]  # text, detail, command, fixed help


class ReaderCommands(Provider):
    """The reader's own commands, beside Textual's."""

    def _entries(self) -> list[Entry]:
        from .screen import MainScreen

        screen = self.screen
        if not isinstance(screen, MainScreen):
            return []
        return _entries_for(screen)

    async def discover(self) -> Hits:
        """Every entry, for an empty palette."""
        for text, detail, command, help_text in self._entries():
            yield DiscoveryHit(_display(Content(text), detail), command, text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        """Entries matching the query in their text or detail (a document's file name), without
        regard to accents or case; highlighted without parsing markup."""
        fuzzy = FuzzySearch()
        style = self.matcher(query).match_style
        wanted = fold(query).text
        for text, detail, command, help_text in self._entries():
            display = _display(Content(text), detail)
            plain = display.plain
            folded = fold(plain).text
            score, offsets = fuzzy.match(wanted, folded if len(folded) == len(plain) else plain.casefold())
            if score:
                for offset in offsets:
                    display = display.stylize(style, offset, offset + 1)
                yield Hit(score, display, command, text=text, help=help_text)


def _display(title: Content, detail: str) -> Content:
    return title + Content(f"  {detail}").stylize("dim") if detail else title


def _entries_for(screen: MainScreen) -> list[Entry]:
    corpus = screen.corpus
    entries: list[Entry] = []
    for speaker in corpus.speakers:
        if speaker.quote_count:
            name = one_line(speaker.name)
            detail = one_line(f"{speaker.role or 'role not given'} · {plural(speaker.quote_count, 'quote')}")
            entries.append((f"Speaker: {name}", detail, _bind(screen.filter_speakers, frozenset({speaker.name})),
                            "Show this speaker's quotes across the corpus"))
    for doc in screen.shape.primaries:
        summary = corpus.summaries[doc]
        entries.append((f"Open: {one_line(summary.title)}", one_line(summary.name), _bind(screen.open_document, doc),
                        "Open this document"))
    entries.append(("Redactions", "", screen.open_redactions, "Open the first redaction, with its OIA ground"))
    entries.append(("Clear filter", "", screen.clear_filter, "Show the whole document again"))
    entries.append(("Copy quote", "", _bind(screen.action_copy_quote, True), "Copy the quote under the cursor, cited"))
    return entries


def _bind(function: Callable[..., object], argument: object) -> Callable[[], object]:
    return lambda: function(argument)
