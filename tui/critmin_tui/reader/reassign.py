"""The speaker picker: who said the quote under the cursor, chosen from the corpus's speakers
(fuzzy, accent-blind), a new name typed, no one (a scare quote), or the parser's answer again."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.fuzzy import FuzzySearch
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from ..corpus import one_line
from ..corpus.search import fold
from .evidence import NO_ONE

SHOWN = 40  # speakers listed at most: the rest are a few more letters away


@dataclass(frozen=True, slots=True)
class Choice:
    """What the user picked: a speaker (None with ``scare``: no one), or ``undo`` the correction."""

    speaker: str | None
    scare: bool = False
    undo: bool = False


def choices(names: Sequence[str], query: str, parser_said: str | None, corrected: bool) -> list[tuple[str, Choice]]:
    """The picker's entries for what is typed: matching speakers best first (accents and case
    ignored), the typed name as a new speaker, no one, and undoing a correction."""
    typed = " ".join(query.split())
    wanted = fold(typed).text
    fuzzy = FuzzySearch()
    scored: list[tuple[float, int, str]] = []
    for order, name in enumerate(names):
        folded = fold(name).text
        score = 1.0 if not wanted else fuzzy.match(wanted, folded)[0]
        if score:
            scored.append((-score, order, name))
    entries = [(one_line(name), Choice(name)) for _, _, name in sorted(scored)[:SHOWN]]
    if typed and all(fold(name).text != wanted for name in names):
        entries.append((f"New speaker: {one_line(typed)}", Choice(typed)))
    entries.append((NO_ONE[0].upper() + NO_ONE[1:], Choice(None, scare=True)))
    if corrected:
        entries.append((f"Undo the correction (the parser said {parser_said or 'no one'})", Choice(None, undo=True)))
    return entries


class SpeakerPicker(ModalScreen[Choice | None]):
    """Type to narrow the speakers; enter or a click chooses; escape leaves the quote as it is."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Cancel"),
        Binding("down", "move(1)", "Next", show=False),
        Binding("up", "move(-1)", "Previous", show=False),
    ]

    def __init__(self, words: str, names: Sequence[str], current: str | None, parser_said: str | None,
                 corrected: bool) -> None:
        super().__init__()
        self._words = words
        self._names = list(names)
        self._current = current
        self._parser_said = parser_said
        self._corrected = corrected
        self._entries: list[tuple[str, Choice]] = []

    def compose(self) -> ComposeResult:
        """The quote, the name field and the choices."""
        with Vertical(id="picker"):
            words = self._words if len(self._words) <= 70 else self._words[:69] + "…"
            now = self._current or "no one"
            yield Static(Content.assemble("Who said \u201c", Content(one_line(words)), "\u201d? (now: ",
                                          Content(one_line(now)), ")"), id="picker-quote")
            yield Input(placeholder="a speaker's name, or a new one", id="picker-name")
            yield OptionList(id="picker-choices")
            yield Static("↑ ↓ choose · enter: this speaker · escape: leave it as it is", id="picker-keys")

    def on_mount(self) -> None:
        """List every choice, with the field focused."""
        self._fill("")
        self.query_one(Input).focus()

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self.dismiss(self._entries[options.highlighted][1])

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self._entries[event.option_index][1])

    def _fill(self, query: str) -> None:
        self._entries = choices(self._names, query, self._parser_said, self._corrected)
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Option(Content(text)) for text, _ in self._entries])
        options.highlighted = 0

    def action_move(self, step: int) -> None:
        """Move the highlight in the choices while typing."""
        options = self.query_one(OptionList)
        if options.option_count:
            options.highlighted = ((options.highlighted or 0) + step) % options.option_count
