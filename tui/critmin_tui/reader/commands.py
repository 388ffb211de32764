"""Command palette entries: speakers, documents, redactions, clear filter, copy quote, unsure quotes, corrections.

Textual's own matcher parses markup when it highlights a hit, and the palette parses a hit's
help as markup; these entries are document text, so they are highlighted here on Content built
from plain text ("[its]" stays "[its]"), and help is only ever a fixed string of ours.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import FuzzySearch
from textual.message import Message

from ..corpus import one_line
from ..corpus.search import fold
from ..output import plural
from .requests import (
    ClearFilter,
    CopyQuote,
    CorrectQuote,
    FilterSpeakers,
    OpenDocument,
    OpenRedactions,
    ShowsCorpus,
    StepUnsure,
)

Entry = tuple[str, str, Callable[[], object], str]  # text, detail, command, fixed help


class ReaderCommands(Provider):
    """The reader's own commands, beside Textual's."""

    def _entries(self) -> list[Entry]:
        screen = self.screen
        if not isinstance(screen, ShowsCorpus):
            return []
        return _entries_for(screen, lambda message: lambda: screen.post_message(message))

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


def _entries_for(screen: ShowsCorpus, ask: Callable[[Message], Callable[[], object]]) -> list[Entry]:
    """The entries; each one's command posts its request to the screen (``ask`` makes it)."""
    corpus = screen.corpus
    entries: list[Entry] = []
    for speaker in corpus.speakers:
        if speaker.quote_count:
            name = one_line(speaker.name)
            detail = one_line(f"{speaker.role or 'role not given'} · {plural(speaker.quote_count, 'quote')}")
            entries.append((f"Speaker: {name}", detail, ask(FilterSpeakers(frozenset({speaker.name}))),
                            "Show this speaker's quotes across the corpus"))
    for doc in screen.shape.primaries:
        summary = corpus.summaries[doc]
        entries.append((f"Open: {one_line(summary.title)}", one_line(summary.name), ask(OpenDocument(doc)),
                        "Open this document"))
    entries.append(("Redactions", "w", ask(OpenRedactions()),
                    "List every redaction of the corpus, with its section, ground, law and agency"))
    entries.append(("Clear filter", "", ask(ClearFilter()), "Show the whole document again"))
    entries.append(("Copy quote", "", ask(CopyQuote(cited=True)), "Copy the quote under the cursor, cited"))
    entries.append(("Next unsure quote", "u", ask(StepUnsure(1)), "Go to the next quote whose speaker is unsure"))
    entries.append(("Previous unsure quote", "U", ask(StepUnsure(-1)),
                    "Go to the previous quote whose speaker is unsure"))
    entries.append(("Reassign speaker", "c", ask(CorrectQuote()), "Correct who said the quote under the cursor"))
    entries.append(("Undo correction", "C", ask(CorrectQuote(undo=True)),
                    "Give the quote under the cursor the parser's speaker again"))
    return entries
