"""The Problems view: files that could not be read, and warnings, each with its reason."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from ..corpus import Corpus, Problem, one_line
from ..corpus.store import store_of


def found_later(corpus: Corpus) -> tuple[Problem, ...]:
    """Files found changed or gone when their documents were loaded again, after the corpus was opened."""
    store = store_of(corpus.documents)
    return tuple(store.problems) if store is not None else ()


def problems_content(problems: tuple[Problem, ...]) -> Content:
    """One line per problem: skipped or warning, the path, the reason (all shown literally)."""
    if not problems:
        return Content("No problems: every file was read.")
    skipped = sum(1 for p in problems if p.fatal)
    lines = [Content(f"{skipped} skipped, {len(problems) - skipped} warnings\n\n").stylize("bold")]
    for problem in problems:
        tag = ("skipped ", "$text-error") if problem.fatal else ("warning ", "$text-warning")
        message = problem.message.removeprefix(f"{tag[0].strip()}: ")  # some reasons already say it
        lines.append(Content.assemble(tag, Content(one_line(problem.path)).stylize("bold"), "\n    ",
                                      Content(one_line(message)), "\n"))
    return Content("").join(lines)


class ProblemsScreen(ModalScreen[None]):
    """Skipped files and warnings."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,p", "dismiss", "Close")]

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__()
        self.problems = problems

    def compose(self) -> ComposeResult:
        """The list."""
        with VerticalScroll(id="problems"):
            yield Static(Content("Problems\n\n").stylize("bold") + problems_content(self.problems))
