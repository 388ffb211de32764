"""Pilot tests of moving about: clicks, scrolling, paging, and the keys of the lists."""

from __future__ import annotations

from textual.geometry import Offset

from critmin_tui.corpus import Corpus
from critmin_tui.reader.document_view import DocumentView
from critmin_tui.reader.panes import DocumentList, SpeakerList

from .reader_helpers import make_app, notes_of, screen_of

SIZE = (110, 36)


async def test_a_click_on_a_quote_puts_the_cursor_on_it(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        view = screen.query_one(DocumentView)
        document = screen.corpus.documents[screen.state.doc]
        quote = next(q for q in document.quotes if q.text.startswith("develop in"))
        row = view.layout_rows.row_at(screen.state.doc, quote.start)
        assert row is not None
        view.scroll_to(y=max(0, row - 5), animate=False, immediate=True)
        await pilot.pause()
        piece = next(p for p in view.layout_rows.rows[row].pieces
                     if p.src is not None and p.src <= quote.start < p.src + len(p.text))
        pieces = view.layout_rows.rows[row].pieces
        text_column = sum(len(p.text) for p in pieces[:pieces.index(piece)]) + quote.start - (piece.src or 0)
        # The pane's border, the two-cell gutter, then the text (one cell into the quote).
        assert await pilot.click(DocumentView, offset=Offset(1 + 2 + text_column + 1, 1 + row - int(view.scroll_y)))
        await pilot.pause()
        assert view.cursor.span == (screen.state.doc, quote.start, quote.end)
        await pilot.press("Y")
        assert pilot.app.clipboard == "develop in [its] own brutal self-interest"


async def test_after_scrolling_away_j_and_k_start_from_the_screen(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        view = screen_of(pilot.app).query_one(DocumentView)
        view.scroll_to(y=40, animate=False, immediate=True)  # as the wheel does: the cursor stays put
        await pilot.pause()
        await pilot.press("j")
        item = view.layout_rows.items[view.cursor.item]
        assert 40 <= item.first_row < 40 + view.size.height
        assert int(view.scroll_y) == 40  # the screen did not jump back to the old cursor


async def test_page_down_puts_the_cursor_on_a_paragraph_starting_on_screen(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=(80, 24)) as pilot:
        view = screen_of(pilot.app).query_one(DocumentView)
        for _ in range(4):
            await pilot.press("space")
            item = view.layout_rows.items[view.cursor.item]
            assert int(view.scroll_y) <= item.first_row < int(view.scroll_y) + view.size.height, (
                item, view.scroll_y)


async def test_j_and_k_move_in_the_documents_and_speakers_lists(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        for pane in (screen.query_one(DocumentList), screen.query_one(SpeakerList)):
            pane.focus()
            pane.highlighted = 0
            await pilot.press("j")
            assert pane.highlighted == 1
            await pilot.press("k")
            assert pane.highlighted == 0


def _paragraph(view: DocumentView) -> str:
    item = view.layout_rows.items[view.cursor.item]
    return " ".join(" ".join(row.plain for row in view.layout_rows.rows[item.first_row:item.last_row + 1]).split())


async def test_switching_captures_keeps_the_place(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        view = screen.query_one(DocumentView)
        first = screen.state.doc
        await pilot.press(*["j"] * 12)
        reading = _paragraph(view)
        await pilot.press("v")
        await pilot.pause()
        assert screen.state.doc != first and _paragraph(view) == reading
        second = screen.state.doc
        await pilot.press("d")
        await pilot.pause()
        assert screen.state.diff
        await pilot.press("d")
        await pilot.pause()
        assert screen.state.doc == second and _paragraph(view) == reading  # the capture being read
        await pilot.press("v")
        await pilot.pause()
        assert screen.state.doc == first and _paragraph(view) == reading


async def test_quote_and_redaction_keys_say_when_they_wrap(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        await pilot.press("quotation_mark")  # from the top, back round to the last quote
        await pilot.pause()
        said = notes_of(pilot.app)
        assert any("Wrapped round to the last quote" in text for text in said), said


async def test_enter_on_a_speakers_quote_opens_it_in_its_document(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        view = screen.query_one(DocumentView)
        screen.filter_speakers(frozenset({"Josie Vidal"}))
        await pilot.pause()
        await pilot.press("apostrophe", "apostrophe")
        span = view.cursor.span
        assert span is not None
        await pilot.press("enter")
        await pilot.pause()
        assert not screen.state.speakers and screen.state.doc == span.doc
        assert view.cursor.span == span  # on the quote, in the whole document
        assert pilot.app.focused is view


async def test_ticking_a_speaker_with_space_keeps_the_focus_on_the_list(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        speakers = screen.query_one(SpeakerList)
        speakers.focus()
        await pilot.press("space", "j", "space")
        await pilot.pause()
        assert screen.state.speakers == {"Josie Vidal", "Chlöe Swarbrick"}
        assert pilot.app.focused is speakers
        await pilot.press("j", "enter")  # enter ticks and goes to the quotes
        await pilot.pause()
        assert len(screen.state.speakers) == 3 and isinstance(pilot.app.focused, DocumentView)


async def test_y_copies_the_whole_quotation_as_written_with_its_paragraphs(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        document = screen.corpus.documents[screen.state.doc]
        woods = [q for q in document.quotes if q.speaker == "Megan Woods" and q.quotation == 2]
        screen._cursor_to(screen.state.doc, woods[1].start, woods[1].end)  # the middle paragraph
        await pilot.press("Y")
        assert pilot.app.clipboard.count("\n\n") == 2
        assert pilot.app.clipboard.startswith("We are not against mining")
        await pilot.press("y")
        copied = pilot.app.clipboard
        assert copied.startswith("\u201cWe are not against mining") and copied.count("\u201d") == 1
        assert copied.endswith("(RNZ, 2 February 2026, ¶6–8)")


async def test_a_two_row_selection_is_drawn_whole_highlighted_and_copied_as_written(corpus: Corpus) -> None:
    from rich.segment import Segment
    from textual.selection import Selection

    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        view = screen.query_one(DocumentView)
        rows = view.layout_rows.rows
        row = next(y for y, r in enumerate(rows) if r.plain.startswith("Opposition parties"))
        selection = Selection(Offset(2, row), Offset(12, row + 1))
        screen.selections = {view: selection}
        await pilot.pause()
        drawn: list[Segment] = list(view.render_line(row + 1 - int(view.scroll_y)))
        assert "".join(s.text for s in drawn).rstrip() == "  " + rows[row + 1].plain.rstrip()  # not cut short
        highlight = screen.get_component_rich_style("screen--selection")
        chosen = [s for s in drawn if s.style is not None and s.style.bgcolor == highlight.bgcolor]
        assert "".join(s.text for s in chosen) == ("  " + rows[row + 1].plain)[:12]
        text, _ = view.get_selection(selection) or ("", "")
        assert text == rows[row].plain.strip() + " " + rows[row + 1].plain[:10].strip()
        assert "\n" not in text and not text.startswith(" ")
