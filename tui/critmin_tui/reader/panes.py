"""The side panes and the search bar: they show what the screen gives them and post requests up."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from ..corpus import Corpus, DocumentSummary, one_line
from ..corpus.citation import long_date
from ..output import initials
from .palette import slot_looks


def safe(text: str) -> Content:
    """Document text as Content: never markup, control characters made visible."""
    return Content(one_line(text))


class TitleBar(Static):
    """The top line: the reader's name and what is on show.

    Textual's Header is not used: a screen replaced just after it mounts (the preview, once the
    corpus is parsed) could leave its title watcher querying children already removed.
    """

    def show_title(self, subtitle: str) -> None:
        """Show ``subtitle`` (document text: made safe) after the reader's name."""
        self.update(Content.assemble(Content("critmin-tui").stylize("bold"), " — ", safe(subtitle)))


_LIST_KEYS: list[BindingType] = [
    Binding("j", "cursor_down", "Down", show=False),
    Binding("k", "cursor_up", "Up", show=False),
]


_NOT_A_HEADLINE = re.compile(
    r"(page\s*)?\d+(\s*of\s*\d+)?|[\d\s/.,:-]+|(\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+(\s+\d{4})?",
    re.IGNORECASE)


def title_is_a_guess(title: str) -> bool:
    """A title the parser took from a file without a headline: a date, a page number, or a
    sentence (the file name is shown with it)."""
    title = title.strip()
    return (not title or bool(_NOT_A_HEADLINE.fullmatch(title)) or len(title) > 110
            or (title.endswith((".", "…")) and len(title.split()) > 6))


class DocumentList(OptionList):
    """The documents: title, kind and date; the captures of one article are one entry."""

    BINDINGS: ClassVar[list[BindingType]] = _LIST_KEYS

    class DocumentChosen(Message):
        """The user chose a document to read."""

        def __init__(self, doc: int) -> None:
            super().__init__()
            self.doc = doc

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.DocumentChosen(int(event.option.id)))

    def set_documents(self, corpus: Corpus, primaries: list[int], versions: dict[int, list[int]]) -> None:
        """Fill the list (option ids are document indexes)."""
        self.clear_options()
        options: list[Option | None] = []
        for i in primaries:
            if options:
                options.append(None)  # a separator: entries of two or three lines read apart
            options.append(Option(self._prompt(corpus.summaries[i], len(versions.get(i, ())) + 1), id=str(i)))
        self.add_options(options)

    def refresh_documents(self, corpus: Corpus, docs: Iterable[int], versions: dict[int, list[int]]) -> None:
        """Rewrite the entries of ``docs`` from the corpus, in place (listed documents only)."""
        for doc in docs:
            self.replace_option_prompt(str(doc), self._prompt(corpus.summaries[doc], len(versions.get(doc, ())) + 1))

    @staticmethod
    def listed_facts(document: DocumentSummary) -> tuple[object, ...]:
        """What a document's entry shows: its entry is written again only when these change."""
        return document.title, document.kind, document.date, len(document.redactions)

    @staticmethod
    def _prompt(document: DocumentSummary, captures: int) -> Content:
        redactions = len(document.redactions)
        facts = " · ".join(p for p in (document.kind.label, long_date(document.date),
                                       f"{captures} versions" if captures > 1 else "",
                                       f"{redactions} redaction{'s' * (redactions != 1)}" if redactions else "") if p)
        lines = [safe(document.title).stylize("bold"), Content(facts).stylize("dim")]
        if title_is_a_guess(document.title):
            lines.insert(1, safe(document.name).stylize("italic"))
        return Content("\n").join(lines)

    def select_document(self, doc: int) -> None:
        """Highlight a document's entry without posting a selection."""
        for index in range(self.option_count):
            if self.get_option_at_index(index).id == str(doc):
                self.highlighted = index
                return


class SpeakerList(OptionList):
    """Every speaker with role and quote count; space or enter ticks one (several may be)."""

    _shown: tuple[Corpus, dict[str, int], dict[str, int], frozenset[str], dict[str, int]] | None = None
    _wrapped_at = 0

    BINDINGS: ClassVar[list[BindingType]] = [
        *_LIST_KEYS,
        Binding("space", "toggle_speaker", "Tick"),
        Binding("enter", "select", "Read"),
    ]

    class Toggled(Message):
        """The user ticked or unticked a speaker (``read``: and wants to read their quotes now)."""

        def __init__(self, speaker: str, read: bool) -> None:
            super().__init__()
            self.speaker = speaker
            self.read = read

    def set_speakers(self, corpus: Corpus, counts: dict[str, int], totals: dict[str, int],
                     chosen: Iterable[str], slots: dict[str, int]) -> None:
        """Refill, showing ticks for the chosen and each speaker's colour as a swatch (with their
        initials, the pane's marker where colour is off); counts reflect the current search."""
        self._shown = (corpus, counts, totals, frozenset(chosen), slots)
        self._fill()

    def on_resize(self) -> None:
        """Wrap the entries again at the new width."""
        if self._shown is not None and self._width() != self._wrapped_at:
            self._fill()

    def _width(self) -> int:
        # The option's padding and a scrollbar's room are left out: a wrapped line never reflows.
        return self.scrollable_content_region.width - 2 - self.styles.scrollbar_size_vertical

    def _fill(self) -> None:
        assert self._shown is not None
        corpus, counts, totals, chosen, slots = self._shown
        looks = slot_looks(self.app.theme_variables)
        width = self._wrapped_at = self._width()
        highlighted = self.highlighted
        self.clear_options()
        options: list[Option] = []
        for speaker in corpus.speakers:
            if not totals.get(speaker.name):
                continue
            shown = counts.get(speaker.name, 0)
            count = f"{shown}/{totals[speaker.name]}" if shown != totals[speaker.name] else str(shown)
            org = speaker.org if speaker.org and speaker.org not in (speaker.role or "") else None
            described = [p for p in ("not named" if speaker.unnamed else None, speaker.role, org) if p]
            role = ", ".join(described) or "role not given"
            head = Content.assemble("[x] " if speaker.name in chosen else "[ ] ", _swatch(speaker.name, slots, looks),
                                    " ")
            words = [(w, "bold", 1) for w in one_line(speaker.name).split()] + [(count, "", 2)]
            role_words = [(w, "dim", 1) for w in one_line(role).split()]
            lines = _hanging(words, width, len(head)) + _hanging(role_words, width)
            lines[0] = head + lines[0][len(_INDENT):]
            options.append(Option(Content("\n").join(lines), id=speaker.name))
        if not options:
            options.append(Option(Content("No quoted speakers in these documents."), id=None, disabled=True))
        self.add_options(options)  # one update for all: per-option adds re-measure every time
        if self.option_count:
            self.highlighted = min(highlighted or 0, self.option_count - 1)

    def action_toggle_speaker(self) -> None:
        """Tick or untick the highlighted speaker."""
        if self.highlighted is not None:
            option = self.get_option_at_index(self.highlighted)
            if option.id is not None:
                self.post_message(self.Toggled(option.id, read=False))

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Toggled(event.option.id, read=True))


def _swatch(name: str, slots: dict[str, int], looks: list[tuple[str, str]]) -> Content:
    """The speaker's initials on their colour (as the document pane shows their quotes)."""
    slot = slots.get(name)
    if slot is None:
        return Content(f" {initials(name)} ").stylize("italic")
    variable, decoration = looks[slot % len(looks)]
    return Content(f" {initials(name)} ").stylize(f"reverse bold ${variable} {decoration}".strip())


_INDENT = "    "


def _hanging(words: list[tuple[str, str, int]], width: int, first: int = len(_INDENT)) -> list[Content]:
    """Styled words (each with the spaces before it) wrapped to ``width`` cells, every line
    indented (the first by ``first`` cells, which its caller fills): a Content per line. Much
    faster to lay out than a Rich grid, for a pane of hundreds of speakers."""
    lines: list[list[tuple[str, str]]] = [[]]
    used = first
    for word, style, spaces in words:
        gap = spaces if lines[-1] else 0
        if lines[-1] and used + gap + len(word) > width:
            lines.append([])
            used, gap = len(_INDENT), 0
        lines[-1].append((" " * gap + word, style))
        used += gap + len(word)
    return [Content.assemble(_INDENT, *(Content(text).stylize(style) if style else Content(text)
                                        for text, style in line)) for line in lines]


class QuoteInfo(Static):
    """One line under the pane: the speaker and role of the quote (or redaction) under the cursor."""
