"""Pilot tests of the layout: sidebar, footer, text width, speakers pane, title bar."""

from __future__ import annotations

from pathlib import Path

from textual.widget import Widget
from textual.widgets import Footer

from critmin_tui.corpus import Corpus, load_corpus
from critmin_tui.reader.document_view import DocumentView
from critmin_tui.reader.panes import DocumentList, SpeakerList
from critmin_tui.reader.screen import MainScreen

from .reader_helpers import make_app, screen_of, settle


def _footer_keys(footer: Footer) -> dict[str, Widget]:
    """The footer's keys by action, found by their type's name (the class itself is not public API)."""
    return {str(getattr(key, "action", "")): key for key in footer.query("FooterKey")}


async def test_at_80_columns_the_sidebar_is_narrow_and_the_footer_keeps_quit_and_help(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=(80, 24)) as pilot:
        await settle(pilot, lambda: isinstance(pilot.app.screen, MainScreen)
                     and bool(_footer_keys(pilot.app.screen.query_one(Footer))))
        screen = screen_of(pilot.app)
        assert screen.query_one("#sidebar").outer_size.width <= 26
        keys = _footer_keys(screen.query_one(Footer))
        for action in ("quit", "help"):
            assert action in keys, sorted(keys)
            assert keys[action].region.right <= 80 and keys[action].region.width > 0


async def test_the_sidebar_can_be_hidden(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=(80, 24)) as pilot:
        screen = screen_of(pilot.app)
        view = screen.query_one(DocumentView)
        before = view.size.width
        await pilot.press("s")
        await pilot.pause()
        assert not screen.query_one("#sidebar").display and view.size.width > before
        await pilot.press("s")
        await pilot.pause()
        assert screen.query_one("#sidebar").display


async def test_text_keeps_a_readable_width_on_a_wide_terminal(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=(250, 50)) as pilot:
        await pilot.pause()
        rows = screen_of(pilot.app).query_one(DocumentView).layout_rows.rows
        assert max(len(row.plain.rstrip()) for row in rows) <= 100


async def test_a_wrapped_speaker_role_keeps_its_indent(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        speakers = screen_of(pilot.app).query_one(SpeakerList)
        lines = [line.text for line in speakers.render_lines(speakers.region.reset_offset)[1:8]]
        # Every line but the ticked one starts in the text's column, four cells in.
        assert all(line[1:].startswith(" [ ]") or line[1:].startswith(" " * 5) for line in lines), lines


async def test_the_metadata_line_wraps_and_the_title_bar_ends_in_an_ellipsis(corpus: Corpus) -> None:
    from critmin_tui.reader.panes import TitleBar

    async with make_app(corpus).run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        rows = " ".join(row.plain for row in screen.query_one(DocumentView).layout_rows.rows[:6])
        assert "000_eebd5cc39ea4caf4.txt" in rows
        bar = screen.query_one(TitleBar)
        drawn = "".join(s.text for s in bar.render_lines(bar.region.reset_offset)[0]).rstrip()
        assert drawn.endswith("…"), drawn


async def test_a_table_wraps_its_cells_and_cuts_none(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=(120, 40)) as pilot:
        screen = screen_of(pilot.app)
        minute = next(i for i in screen.shape.primaries if screen.corpus.documents[i].kind.value == "minute")
        screen.open_document(minute)
        await pilot.pause()
        view = screen.query_one(DocumentView)
        rows = [row.plain for row in view.layout_rows.rows]
        assert max(len(row.rstrip()) for row in rows) <= view.layout_width
        words = " ".join(" ".join(row.split()) for row in rows)
        for cell in ("published", "17 March 2026", "Author", "Cabinet Office", "Minister for Resources"):
            assert cell in words, cell
        header = next(row for row in rows if row.strip().startswith("Date") and "Author" in row)
        below = rows[rows.index(header) + 1]
        assert header.index("│") == below.index("│")  # the columns line up


async def test_a_document_without_a_headline_shows_its_file_name(tmp_path: Path) -> None:
    (tmp_path / "release-2026-03.txt").write_text("3 March 2026\n\nThe minister said it was \"fine\".\n",
                                                  encoding="utf-8")
    (tmp_path / "story.txt").write_text("Lithium plans stall\n\nKerr said it was \"fine\".\n", encoding="utf-8")
    async with make_app(load_corpus([tmp_path])).run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        documents = screen_of(pilot.app).query_one(DocumentList)
        prompts = {str(documents.get_option_at_index(i).prompt) for i in range(documents.option_count)}
        assert any("release-2026-03.txt" in p for p in prompts), prompts
        assert not any("story.txt" in p for p in prompts), prompts
        await pilot.press("tab")
        documents.focus()
        documents.highlighted = 0
        await pilot.press("j", "enter")
        await pilot.pause()
        assert screen_of(pilot.app).state.doc == int(documents.get_option_at_index(1).id or -1)


async def test_hash_shows_paragraph_numbers_as_the_command_line_gives_them(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=(110, 36)) as pilot:
        screen = screen_of(pilot.app)
        view = screen.query_one(DocumentView)
        document = screen.corpus.documents[screen.state.doc]
        await pilot.press("number_sign")
        await pilot.pause()
        assert screen.state.numbers
        block = document.blocks[4]
        row = view.layout_rows.row_at(screen.state.doc, block.start)
        assert row is not None
        view.scroll_to(y=row, animate=False, immediate=True)
        await pilot.pause()
        drawn = "".join(s.text for s in view.render_line(row - int(view.scroll_y)))
        assert drawn.lstrip().startswith("¶5 ") and document.text_of(block).split()[0] in drawn
        await pilot.press("number_sign")
        await pilot.pause()
        assert "¶5" not in "".join(s.text for s in view.render_line(row - int(view.scroll_y)))


async def test_the_help_screen_sets_headings_apart_and_keeps_wrapped_text_in_its_column(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=(60, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        from textual.widgets import Static

        shown = pilot.app.screen.query_one(Static)
        lines = ["".join(s.text for s in line) for line in shown.render_lines(shown.region.reset_offset)]
        heading = next(line for line in lines if line.strip() == "Search")
        assert heading.startswith("Search")
        start = next(i for i, line in enumerate(lines) if line.startswith("ctrl+t (in search)"))
        assert lines[start + 1].startswith(" " * 20) and lines[start + 1].strip()  # wrapped, in its column


async def test_the_diff_shows_where_each_difference_stands(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=(110, 36)) as pilot:
        await pilot.press("d")
        await pilot.pause()
        rows = [row.plain for row in screen_of(pilot.app).query_one(DocumentView).layout_rows.rows]
        added = next(i for i, row in enumerate(rows) if row.startswith("+ [caption] Green Party co-leader"))
        assert rows[added - 1].startswith("  ") and len(rows[added - 1].strip()) > 10  # the paragraph before


async def test_the_footer_offers_escape_and_open_under_a_filter_and_keeps_quit_and_help(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=(80, 24)) as pilot:
        screen = screen_of(pilot.app)
        footer = screen.query_one(Footer)
        assert "clear" not in set(_footer_keys(footer))
        screen.query_one(SpeakerList).focus()
        await pilot.press("space")
        await pilot.pause()
        keys = _footer_keys(footer)
        assert {"toggle_speaker", "select", "clear", "quit", "help"} <= set(keys), sorted(keys)
        assert all(keys[a].region.right <= 80 and keys[a].region.width for a in ("quit", "help", "clear"))
        await pilot.press("enter")  # ticks the highlighted (Vidal: off) and reads
        screen.filter_speakers(frozenset({"Josie Vidal"}))
        await pilot.pause()
        keys = _footer_keys(footer)
        assert "open_in_document" in keys and keys["quit"].region.right <= 80


def test_which_titles_are_guesses() -> None:
    from critmin_tui.reader.panes import title_is_a_guess

    for guess in ("Page 3", "12 March 2026", "2026-03-12", "Opposition parties are criticising the coalition for…"):
        assert title_is_a_guess(guess), guess
    for headline in ("Mining plan approved", "A Non-Binding Framework on Critical Minerals", "Lithium: the 2026 plan"):
        assert not title_is_a_guess(headline), headline
