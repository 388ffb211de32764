"""The Withheld view: every redaction of the corpus, with its law, ground and agency, filtered by
section, law and agency; and a table of the grounds each agency cited (counted from summaries)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from ..corpus import Corpus, DocumentSummary, one_line
from ..corpus.grounds import ground_counts
from ..corpus.withheld import Filters, Withheld, choices, cycle, withheld
from .state import Span

KEYS = "enter open · s/S section · l/L law · a/A agency · t table of grounds · escape close"


def withheld_prompt(row: Withheld) -> Content:
    """A redaction as the list shows it: where, section, law, agency; the ground; the context."""
    where = " · ".join(p for p in (row.document, f"p. {row.page}" if row.page else "",
                                   f"¶{row.paragraph}" if row.paragraph > 0 else "") if p)
    head = Content.assemble(Content(where).stylize("bold"), "  ", Content(row.section).stylize("bold $accent"),
                            "  ", Content(f"{row.law} · {row.agency}").stylize("$text-muted"))
    return Content("\n").join([head, Content(f"  {row.ground}").stylize("italic"),
                               Content(f"  {row.context}").stylize("$text-muted")])


def filter_line(filters: Filters, shown: int, total: int) -> Content:
    """What the list is filtered by, and how many of the corpus's redactions it shows."""
    parts = [f"section: {filters.section or 'any'}", f"law: {filters.law or 'any'}",
             f"agency: {filters.agency or 'any'}"]
    return Content(one_line(f"{shown} of {total} redactions · " + " · ".join(parts)))


def table_rows(summaries: Sequence[DocumentSummary]) -> list[tuple[Text, ...]]:
    """The grounds by agency, law and section, most cited first, as table cells (never markup)."""
    return [tuple(Text(one_line(cell)) for cell in (str(row.count), str(row.documents), row.agency_name, row.law,
                                                    row.section, row.ground or ""))
            for row in ground_counts(summaries)]


class WithheldView(ModalScreen[Span | None]):
    """The corpus's redactions, filtered; enter gives the chosen one back to open."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,w", "dismiss", "Close"),
        Binding("s", "cycle('section', 1)", "Section"),
        Binding("S", "cycle('section', -1)", "Prev section", show=False),
        Binding("l", "cycle('law', 1)", "Law"),
        Binding("L", "cycle('law', -1)", "Prev law", show=False),
        Binding("a", "cycle('agency', 1)", "Agency"),
        Binding("A", "cycle('agency', -1)", "Prev agency", show=False),
        Binding("t", "toggle_table", "Grounds table"),
    ]

    def __init__(self, corpus: Corpus, listed: Sequence[int]) -> None:
        super().__init__()
        self.corpus = corpus
        self.listed = list(listed)
        self.rows: list[Withheld] = []
        self.shown: list[Withheld] = []
        self.filters = Filters()
        self.ready = False  # True once the rows are listed: what tests wait for

    def compose(self) -> ComposeResult:
        """The filters, the list (or the table) and the keys."""
        with Vertical(id="withheld"):
            yield Static(Content("Reading the redactions…"), id="withheld-filters")
            yield OptionList(id="withheld-list")
            yield DataTable(id="withheld-table", cursor_type="row", zebra_stripes=True)
            yield Static(Content(KEYS), id="withheld-keys")

    def on_mount(self) -> None:
        """The table from the summaries now; the list once its documents are read (in a thread)."""
        self.query_one("#withheld", Vertical).border_title = "Withheld"
        table = self.query_one(DataTable)
        table.add_columns("count", "documents", "agency", "law", "section", "ground")
        table.add_rows(table_rows([self.corpus.summaries[d] for d in self.listed]))
        table.display = False
        self._read_rows()

    @work(thread=True, exclusive=True)
    def _read_rows(self) -> None:
        # Listing every redaction loads every document: a thread keeps the keys answered meanwhile.
        rows = [row for d in self.listed if self.corpus.summaries[d].redactions
                for row in withheld(d, self.corpus.documents[d])]
        self.app.call_from_thread(self._listed, rows)

    def _listed(self, rows: list[Withheld]) -> None:
        self.rows = rows
        self._show()
        self.query_one(OptionList).focus()
        self.ready = True

    def _show(self) -> None:
        self.shown = [r for r in self.rows if self.filters.admits(r)]
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options([Option(withheld_prompt(r)) for r in self.shown] or
                            [Option(Content("No redactions match these filters."), disabled=True)])
        if self.shown:
            options.highlighted = 0
        self.query_one("#withheld-filters", Static).update(filter_line(self.filters, len(self.shown),
                                                                          len(self.rows)))

    def action_cycle(self, which: str, direction: int) -> None:
        """The next (previous) section, law or agency to filter by; after the last, any."""
        sections, laws, agencies = choices(self.rows)
        values = {"section": sections, "law": laws, "agency": agencies}[which]
        current = getattr(self.filters, which)
        self.filters = Filters(**{**_as_dict(self.filters), which: cycle(values, current, direction)})
        self._show()

    def action_toggle_table(self) -> None:
        """Show the table of grounds by agency (and the list again)."""
        table, options = self.query_one(DataTable), self.query_one(OptionList)
        table.display = not table.display
        options.display = not table.display
        (table if table.display else options).focus()
        filters = self.query_one("#withheld-filters", Static)
        if table.display:
            filters.update(Content("Grounds cited by agency, law and section across the corpus, most cited first"))
        else:
            self._show()

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        row = self.shown[event.option_index] if event.option_index < len(self.shown) else None
        if row is not None:
            self.dismiss(Span(row.doc, row.start, row.end))


def _as_dict(filters: Filters) -> dict[str, str | None]:
    return {"section": filters.section, "law": filters.law, "agency": filters.agency}
