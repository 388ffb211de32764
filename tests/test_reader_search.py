"""Pilot tests of searching: from the cursor, in the document, inside a speaker filter."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from critmin_tui.corpus import Corpus
from critmin_tui.reader.app import CritminApp
from critmin_tui.reader.document_view import DocumentView
from critmin_tui.reader.search_bar import SearchBar
from critmin_tui.reader.state import SearchScope

from .reader_helpers import make_app, notes_of, screen_of, title_of

SIZE = (110, 36)


async def _type(pilot: Pilot[None], text: str) -> None:
    for key in text:
        await pilot.press("space" if key == " " else key)
    await pilot.pause(0.3)  # the search starts after a pause in typing
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _settle(pilot: Pilot[None]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_enter_goes_to_the_next_match_from_the_cursor(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        view = screen.query_one(DocumentView)
        await pilot.press("G")  # the last paragraph of the first article
        item = view.layout_rows.items[view.cursor.item]
        await pilot.press("slash")
        await _type(pilot, "cabinet")
        await pilot.press("enter")
        await _settle(pilot)
        index = screen.state.match_index
        assert index is not None and index > 0
        match = screen.state.matches[index]
        assert (match.doc, match.start) >= (item.doc, item.start)
        assert all((m.doc, m.start) < (item.doc, item.start) for m in screen.state.matches[:index])


async def test_a_search_in_this_document_only(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        await pilot.press("slash")
        await _type(pilot, "cabinet")
        everywhere = len(screen.state.matches)
        assert {m.doc for m in screen.state.matches} != {screen.state.doc}
        await pilot.press("ctrl+t")
        await _settle(pilot)
        assert screen.state.scope is SearchScope.DOCUMENT
        assert screen.state.matches and {m.doc for m in screen.state.matches} == {screen.state.doc}
        assert len(screen.state.matches) < everywhere
        assert "in document" in str(screen.query_one("#search-counter", Static).render())
        await pilot.press("ctrl+t")
        await _settle(pilot)
        assert len(screen.state.matches) == everywhere
        assert "in corpus" in str(screen.query_one("#search-counter", Static).render())


async def test_a_search_inside_a_speaker_filter_searches_the_filters_quotes(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        screen.filter_speakers(frozenset({"Josie Vidal"}))
        await pilot.pause()
        quotes = screen.filtered_quotes()
        await pilot.press("slash")
        await _type(pilot, "we")
        assert screen.state.speakers == {"Josie Vidal"}  # the filter stays
        assert screen.state.matches
        assert all(any(d == m.doc and s <= m.start and m.end <= e for d, s, e in quotes)
                   for m in screen.state.matches)
        assert "in filter" in title_of(screen)
        await pilot.press("enter")
        await _settle(pilot)
        assert screen.state.speakers == {"Josie Vidal"} and screen.state.match_index is not None
        await pilot.press("slash", "escape")  # escape in the box closes the search only
        await pilot.pause()
        assert screen.state.speakers == {"Josie Vidal"} and not screen.state.query
        await pilot.press("escape")  # and escape again clears the filter
        await pilot.pause()
        assert not screen.state.speakers


async def test_n_after_escape_runs_the_last_search_again(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        await pilot.press("n")
        await pilot.pause()
        assert "No search yet" in " ".join(notes_of(pilot.app))
        await pilot.press("slash")
        await _type(pilot, "cabinet")
        await pilot.press("escape")
        await pilot.pause()
        assert len(screen.state.query) == 0
        await pilot.press("n")
        await _settle(pilot)
        assert screen.state.query == "cabinet" and screen.state.match_index is not None


@pytest.mark.parametrize("width", [80, 120])
async def test_a_bad_pattern_leaves_the_box_wide_and_its_message_whole(corpus: Corpus, width: int) -> None:
    app: CritminApp = make_app(corpus)
    async with app.run_test(size=(width, 24)) as pilot:
        screen = screen_of(pilot.app)
        await pilot.press("slash", "ctrl+r")
        await _type(pilot, "(a[")
        assert screen.state.error
        box = screen.query_one(SearchBar).query_one(Input)
        assert box.outer_size.width >= 24
        message = screen.query_one("#search-error", Static)
        assert message.display and message.size.width > 0
        lines = message.render_lines(message.region.reset_offset)
        shown = " ".join("".join(s.text for s in line).strip() for line in lines)
        assert " ".join(shown.split()) == " ".join(screen.state.error.split())


async def test_the_palette_matches_names_without_accents_and_documents_by_file_name(corpus: Corpus) -> None:
    from critmin_tui.reader.commands import ReaderCommands

    async with make_app(corpus).run_test(size=SIZE) as pilot:
        provider = ReaderCommands(screen_of(pilot.app))
        hits = [hit.text async for hit in provider.search("chloe")]
        assert "Speaker: Chlöe Swarbrick" in hits
        hits = [hit.text async for hit in provider.search("open 002_c37c")]
        assert hits and hits[0] == f"Open: {screen_of(pilot.app).corpus.summaries[2].title}"


async def test_one_quote_is_not_one_quotes(corpus: Corpus) -> None:
    from critmin_tui.reader.commands import ReaderCommands

    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        provider = ReaderCommands(screen)
        shown = [str(hit.prompt) async for hit in provider.discover()]
        assert any("Luxon" in text and "· 1 quote" in text for text in shown)
        assert not any("1 quotes" in text for text in shown)
        screen.filter_speakers(frozenset({"Christopher Luxon"}))
        await pilot.pause()
        assert "(1 quote)" in title_of(screen)
