"""Pilot tests of redactions across the corpus: r and R between documents, the status line's
count, y on a redaction, and the Withheld view (its filters, its table, enter to open)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, OptionList

from critmin_tui.corpus import Corpus, DocumentKind, DocumentSummary, load_corpus
from critmin_tui.reader.commands import ReaderCommands
from critmin_tui.reader.document_view import DocumentView
from critmin_tui.reader.navigation import next_redacted
from critmin_tui.reader.withheld_view import WithheldView

from .reader_helpers import make_app, screen_of

SIZE = (120, 40)
RELEASED = Path(__file__).parent / "fixtures" / "released"


@pytest.fixture(scope="module")
def released() -> Corpus:
    return load_corpus([RELEASED])


def _said(app: object) -> list[str]:
    return [str(n.message) for n in app._notifications]  # type: ignore[attr-defined]


def _status(app: object) -> str:
    return str(screen_of(app).query_one("#quote-info").render())  # type: ignore[arg-type]


async def test_r_goes_on_to_the_next_document_and_the_status_counts(released: Corpus) -> None:
    async with make_app(released).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        view = screen.query_one(DocumentView)
        first = screen.state.doc
        count = len(released.summaries[first].redactions)
        await pilot.press("r")
        await pilot.pause()
        assert f"redaction 1 of {count}" in _status(pilot.app)
        await pilot.press(*["r"] * (count - 1))
        assert f"redaction {count} of {count}" in _status(pilot.app)
        await pilot.press("r")  # past the document's last: the next document's first
        await pilot.pause()
        later = screen.shape.primaries[screen.shape.primaries.index(first) + 1:]
        following = next(d for d in later if released.summaries[d].redactions)  # documents with none are passed
        assert screen.state.doc == following
        assert view.cursor.span == (following, *released.summaries[following].redactions[0])
        assert "redaction 1 of" in _status(pilot.app)
        await pilot.press("R")  # and back to the first document's last
        await pilot.pause()
        assert screen.state.doc == first and f"redaction {count} of {count}" in _status(pilot.app)


async def test_shift_r_from_the_first_redaction_wraps_to_the_corpus_last_and_says_so(released: Corpus) -> None:
    async with make_app(released).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        await pilot.press("r", "R")
        await pilot.pause()
        last = screen.shape.primaries[-1]
        assert screen.state.doc == last
        assert screen.query_one(DocumentView).cursor.span == (last, *released.summaries[last].redactions[-1])
        assert any("Wrapped to the last redaction of the corpus" in said for said in _said(pilot.app))


async def test_y_on_a_redaction_copies_it_with_its_ground_and_citation(released: Corpus) -> None:
    async with make_app(released).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        await pilot.press("r", "y")
        document = released.documents[screen.state.doc]
        redaction = document.redactions[0]
        copied = pilot.app.clipboard
        assert copied.startswith("[") and redaction.reason in copied.split(" — ", maxsplit=1)[0]
        assert copied.endswith(f"¶{redaction.block + 1}")
        await pilot.press("Y")
        assert pilot.app.clipboard == copied.split(" — ", maxsplit=1)[0]


async def test_y_off_a_redaction_still_copies_the_quote(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=(110, 36)) as pilot:
        await pilot.press("apostrophe", "y")
        assert pilot.app.clipboard.startswith("\u201c")


async def _open_withheld(pilot: object) -> WithheldView:
    await pilot.press("w")  # type: ignore[attr-defined]
    app = pilot.app  # type: ignore[attr-defined]
    await pilot.wait_for_scheduled_animations()  # type: ignore[attr-defined]
    view = app.screen
    assert isinstance(view, WithheldView)
    while not view.ready:
        await pilot.pause()  # type: ignore[attr-defined]
    return view


async def test_the_withheld_view_lists_filters_and_opens(released: Corpus) -> None:
    total = sum(len(s.redactions) for s in released.summaries)
    async with make_app(released).run_test(size=SIZE) as pilot:
        view = await _open_withheld(pilot)
        options = view.query_one(OptionList)
        assert options.option_count == len(view.shown) == total
        filters = str(view.query_one("#withheld-filters").render())
        assert f"{total} of {total} redactions" in filters and "agency: any" in filters
        first_section = sorted({s for r in view.rows for s in r.sections})[0]
        await pilot.press("s")
        assert view.filters.section == first_section
        assert 0 < len(view.shown) < total and all(first_section in r.sections for r in view.shown)
        await pilot.press("l")
        assert view.filters.law in {r.law for r in view.rows}
        await pilot.press("a")
        assert view.filters.agency in {r.agency for r in view.rows}
        await pilot.press("A", "L")  # back to any agency and any law: the section filter alone is left
        assert 0 < len(view.shown) < total
        chosen = view.shown[-1]
        await pilot.press("end", "enter")
        await pilot.pause()
        screen = screen_of(pilot.app)
        assert screen.state.doc == chosen.doc
        assert screen.query_one(DocumentView).cursor.span == (chosen.doc, chosen.start, chosen.end)


async def test_the_grounds_table_counts_by_agency_law_and_section(released: Corpus) -> None:
    async with make_app(released).run_test(size=SIZE) as pilot:
        view = await _open_withheld(pilot)
        await pilot.press("t")
        table = view.query_one(DataTable)
        assert table.display and not view.query_one(OptionList).display and pilot.app.focused is table
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        assert tuple(rows[0][2:5]) in {(r.agency, r.law, s) for r in view.rows for s in r.sections or ("unlabelled",)}
        counts = [int(row[0]) for row in rows]
        assert counts == sorted(counts, reverse=True)
        assert "most cited first" in str(view.query_one("#withheld-filters").render())
        await pilot.press("t")
        assert view.query_one(OptionList).display and "redactions" in str(view.query_one("#withheld-filters").render())
        await pilot.press("escape")
        assert screen_of(pilot.app).state.doc == 0  # closed, where the reader was


def _summary(name: str, redactions: int) -> DocumentSummary:
    return DocumentSummary(path=name, key=name, kind=DocumentKind.LETTER, title=name,
                           redactions=tuple((i, i + 1) for i in range(redactions)))


SUMMARIES = [_summary("a", 1), _summary("b", 0), _summary("c", 2), _summary("d", 0)]


@pytest.mark.parametrize(("doc", "direction", "expected"), [
    pytest.param(0, 1, (2, False), id="on, past one without"),
    pytest.param(2, 1, (0, True), id="after the last: wraps to the first"),
    pytest.param(3, 1, (0, True), id="from a document after the last"),
    pytest.param(2, -1, (0, False), id="back"),
    pytest.param(0, -1, (2, True), id="before the first: wraps to the last"),
    pytest.param(1, -1, (0, False), id="back from a document without"),
])
def test_next_redacted(doc: int, direction: int, expected: tuple[int, bool]) -> None:
    assert next_redacted([0, 1, 2, 3], SUMMARIES, doc, direction) == expected


def test_next_redacted_in_a_corpus_without_any() -> None:
    assert next_redacted([1, 3], SUMMARIES, 1, 1) is None


async def test_the_palette_redactions_entry_opens_the_withheld_view(released: Corpus) -> None:
    async with make_app(released).run_test(size=SIZE) as pilot:
        provider = ReaderCommands(screen_of(pilot.app))
        hits = [hit async for hit in provider.search("Redactions")]
        hits[0].command()
        await pilot.wait_for_scheduled_animations()
        while not isinstance(pilot.app.screen, WithheldView):
            await pilot.pause()
        assert isinstance(pilot.app.screen, WithheldView)
