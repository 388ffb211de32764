"""What the command palette asks of the main screen, as messages (the palette never calls it)."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from textual.message import Message

from ..corpus import Corpus
from .state import CorpusShape


@runtime_checkable
class ShowsCorpus(Protocol):
    """A screen showing a corpus: what the palette lists entries from."""

    corpus: Corpus
    shape: CorpusShape


class FilterSpeakers(Message):
    """Show these speakers' quotes."""

    def __init__(self, speakers: frozenset[str]) -> None:
        super().__init__()
        self.speakers = speakers


class OpenDocument(Message):
    """Open this document."""

    def __init__(self, doc: int) -> None:
        super().__init__()
        self.doc = doc


class DocumentsParsed(Message):
    """The bulk parse has got this far: ``done`` of ``total`` documents, and the corpus as
    parsed so far (the final corpus when ``done == total``; None: only the figure is new)."""

    def __init__(self, done: int, total: int, corpus: Corpus | None) -> None:
        super().__init__()
        self.done = done
        self.total = total
        self.corpus = corpus

    @property
    def final(self) -> bool:
        """True once every document is parsed."""
        return self.done >= self.total


class OpenRedactions(Message):
    """Open the Withheld view: every redaction of the corpus."""


class ClearFilter(Message):
    """Show the whole document again."""


class CopyQuote(Message):
    """Copy the quote under the cursor (cited, or bare)."""

    def __init__(self, cited: bool) -> None:
        super().__init__()
        self.cited = cited


class StepUnsure(Message):
    """Go to the next (1) or previous (-1) unsure quote."""

    def __init__(self, direction: int) -> None:
        super().__init__()
        self.direction = direction


class CorrectQuote(Message):
    """Reassign the speaker of the quote under the cursor (or, with ``undo``, undo its correction)."""

    def __init__(self, undo: bool = False) -> None:
        super().__init__()
        self.undo = undo
