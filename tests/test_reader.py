"""Pilot tests of the reader: what a person does, asserted on state, screen text and clipboard."""

from __future__ import annotations

from pathlib import Path

import pytest

from critmin_tui.corpus import Corpus
from critmin_tui.reader.commands import ReaderCommands
from critmin_tui.reader.document_view import DocumentView
from critmin_tui.reader.panes import SpeakerList
from critmin_tui.reader.search_bar import SearchBar

from .reader_helpers import all_rows, corpus_of, make_app, pane_text, screen_of, title_of

SIZE = (110, 36)


async def test_first_article_is_on_screen_at_first_paint(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "Opposition parties are criticising" in pane_text(pilot.app)
        assert pilot.app.focused is pilot.app.screen.query_one(DocumentView)


async def test_filter_by_speaker_then_escape(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        screen.query_one(SpeakerList).focus()
        await pilot.press("enter")  # the first speaker: Josie Vidal, most quoted (enter ticks and reads)
        await pilot.pause()
        assert screen.state.speakers == {"Josie Vidal"}
        assert "Filter: Josie Vidal (13 quotes)" in title_of(screen)
        view = screen.query_one(DocumentView)
        assert pilot.app.focused is view
        assert view.cursor.span is not None  # on the first of her quotes
        rows = all_rows(pilot.app)
        assert "We believe that we should mine" in rows and "When exactly did we agree" not in rows
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.state.speakers and "When exactly did we agree" in all_rows(pilot.app)


async def test_two_speakers_filter_together(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        screen.filter_speakers(frozenset({"Megan Woods", "Simon Court"}))
        await pilot.pause()
        assert len(screen.filtered_quotes()) == 7


async def _search(pilot: object, text: str) -> None:
    from textual.pilot import Pilot

    assert isinstance(pilot, Pilot)
    await pilot.press("slash")
    for key in text:
        await pilot.press("space" if key == " " else key)
    await pilot.pause(0.3)  # the search starts after a pause in typing
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def test_incremental_search_counter_and_next_previous_wrap(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        await _search(pilot, "cabinet")
        total = len(screen.state.matches)
        assert total > 3 and screen.state.match_index is None
        await pilot.press("enter")
        await pilot.pause()
        assert screen.state.match_index == 0 and f"1/{total}" in title_of(screen)
        await pilot.press("n")
        assert screen.state.match_index == 1
        await pilot.press("N", "N")
        assert screen.state.match_index == total - 1  # wrapped backwards
        await pilot.press("n")
        assert screen.state.match_index == 0
        # Matches span documents: the last one is in the Cabinet minute.
        await pilot.press("N")
        await pilot.pause()
        assert screen.corpus.documents[screen.state.doc].kind.value == "minute"


async def test_search_is_accent_insensitive_and_escape_closes(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        await _search(pilot, "pati maori")
        assert len(screen.state.matches) == 1
        await pilot.press("escape")
        await pilot.pause()
        assert not screen.state.query and not screen.query_one(SearchBar).display


async def test_bad_regex_characters_do_not_crash_search(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        await _search(pilot, "[/] ( \\")
        assert screen_of(pilot.app).state.matches == ()


async def test_copy_quote_with_citation_and_bare(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        await pilot.press("apostrophe", "apostrophe")  # "secret", then Luxon's partial quote
        await pilot.press("y")
        assert pilot.app.clipboard == (
            "\u201cdevelop in [its] own brutal self-interest\u201d \u2014 Christopher Luxon, Prime Minister "
            "(RNZ, 2 February 2026, ¶4)"
        )
        await pilot.press("Y")
        assert pilot.app.clipboard == "develop in [its] own brutal self-interest"
        await pilot.press("quotation_mark")
        await pilot.press("Y")
        assert pilot.app.clipboard == "secret"


async def test_redaction_jumps_and_ground_shown(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        screen.open_redactions()
        await pilot.pause()
        document = screen.corpus.documents[screen.state.doc]
        view = screen.query_one(DocumentView)
        assert view.cursor.span == (screen.state.doc, document.redactions[0].start, document.redactions[0].end)
        assert "Negotiations — s9(2)(j)" in str(screen.query_one("#quote-info").render())
        assert "WITHHELD [REDACTED]" in all_rows(pilot.app)
        await pilot.press("R")  # wraps to the same, only redaction
        assert view.cursor.span == (screen.state.doc, document.redactions[0].start, document.redactions[0].end)


async def test_versions_and_differences(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        await pilot.press("v")
        await pilot.pause()
        assert screen.corpus.documents[screen.state.doc].name == "001_c3fad3d5bedaf286.txt"
        assert "Photo: RNZ" in all_rows(pilot.app)
        await pilot.press("d")
        await pilot.pause()
        rows = all_rows(pilot.app)
        assert "+ [caption] Green Party co-leader Chlöe Swarbrick. Photo: RNZ" in rows
        assert "- [" not in rows  # the first capture has nothing the second lacks


async def test_palette_entries_and_speaker_command(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        provider = ReaderCommands(screen)
        texts = [hit.text async for hit in provider.discover()]
        assert "Speaker: Josie Vidal" in texts and "Redactions" in texts and "Clear filter" in texts
        assert "Copy quote" in texts and any((t or "").startswith("Open: ") for t in texts)
        hits = [hit async for hit in provider.search("speaker vidal")]
        hits[0].command()
        await pilot.pause()
        assert screen.state.speakers == {"Josie Vidal"}


HOSTILE = (
    "Talks would develop in [its] own way \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\, "
    "said [REDACTED] people [/] and [@click=app.quit]x[/].\n"
    "\"Danger \x1b]0;pwned\x07 and \x1b[2J and \u202etxet\u202c,\" said Dana Kerr.\n"
)


@pytest.fixture
def hostile_corpus(tmp_path: Path) -> Corpus:
    (tmp_path / "hostile [REDACTED].txt").write_text(HOSTILE, encoding="utf-8")
    return corpus_of(tmp_path)


async def test_markup_is_literal_and_controls_are_placeholders(hostile_corpus: Corpus) -> None:
    async with make_app(hostile_corpus).run_test(size=SIZE) as pilot:
        text = pane_text(pilot.app)
        for literal in ("[its]", "[REDACTED]", "[/]", "[@click=app.quit]x[/]"):
            assert literal in text
        assert not any(ch in text for ch in "\x1b\x07\u202e\u202c")
        assert "␛]0;pwned␇" in text
        await pilot.press("apostrophe", "y")
        assert "\x1b" not in pilot.app.clipboard and "Dana Kerr" in pilot.app.clipboard
        entries = [str(hit.prompt) + (hit.help or "") async for hit in ReaderCommands(screen_of(pilot.app)).discover()]
        assert not any(ch in entry for entry in entries for ch in "\x1b\x07\u202e")


async def test_palette_shows_markup_literally(tmp_path: Path) -> None:
    (tmp_path / "corpus.yaml").write_text("documents:\n  a.txt: {title: 'Talks [REDACTED] on [its] future'}\n",
                                          encoding="utf-8")
    (tmp_path / "a.txt").write_text('Kerr said it was "fine".\n', encoding="utf-8")
    async with make_app(corpus_of(tmp_path)).run_test(size=SIZE) as pilot:
        provider = ReaderCommands(screen_of(pilot.app))
        [hit] = [hit async for hit in provider.search("redacted its") if "Open" in (hit.text or "")]
        assert "Open: Talks [REDACTED] on [its] future" in str(hit.prompt)


async def test_real_palette_with_markup_in_file_names_and_titles(tmp_path: Path) -> None:
    (tmp_path / "corpus.yaml").write_text("documents:\n  '[b] odd [i].txt': {title: 'Talks [REDACTED] [/] [its]'}\n",
                                          encoding="utf-8")
    (tmp_path / "[b] odd [i].txt").write_text('Kerr said it was "fine".\n', encoding="utf-8")
    async with make_app(corpus_of(tmp_path)).run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        for key in "open":
            await pilot.press(key)
        await pilot.pause(0.5)
        from textual.command import CommandList

        options = pilot.app.screen.query_one(CommandList)
        shown = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("Talks [REDACTED] [/] [its]" in text and "[b] odd [i].txt" in text for text in shown), shown
        for key in ("backspace",) * 4 + ("left_square_bracket", "slash", "right_square_bracket", "backslash", "("):
            await pilot.press(key)
        await pilot.pause(0.5)
        assert pilot.app.is_running
        await pilot.press("escape")


async def test_help_and_small_terminals(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=(40, 12)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(pilot.app.screen).__name__ == "HelpScreen"
        await pilot.press("escape")
        for size in ((20, 5), (80, 24), (40, 12), (120, 40)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.press("j", "G", "g", "apostrophe")
        assert screen_of(pilot.app).query_one(DocumentView).layout_rows.rows


async def test_cursor_moves_by_paragraph(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        view = screen_of(pilot.app).query_one(DocumentView)
        await pilot.press("j", "j")
        assert view.cursor.item == 2
        await pilot.press("k")
        assert view.cursor.item == 1
        await pilot.press("G")
        assert view.cursor.item == len(view.layout_rows.items) - 1
        await pilot.press("g")
        assert view.cursor.item == 0


async def test_regex_mode_and_bad_pattern_message(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        from textual.widgets import Input

        await _search(pilot, "M.ori")
        assert screen.state.matches == ()  # "." is literal outside regex mode
        await pilot.press("ctrl+r")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.state.regex and len(screen.state.matches) == 1
        screen.query_one("#search-input", Input).value = "(["
        await pilot.pause(0.3)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert "bad regular expression" in screen.state.error and screen.state.matches == ()
        assert "bad regular expression" in str(screen.query_one("#search-error").render())


async def test_problems_view_lists_skipped_files(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text('Kerr said it was "fine".\n', encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    (tmp_path / "dir.txt").mkdir()
    async with make_app(corpus_of(tmp_path)).run_test(size=(40, 12)) as pilot:
        screen = screen_of(pilot.app)
        assert "⚠ 2 problems" in title_of(screen)
        await pilot.press("p")
        await pilot.pause()
        from critmin_tui.reader.problems import ProblemsScreen

        problems = pilot.app.screen
        assert isinstance(problems, ProblemsScreen)
        shown = str(problems.query_one("Static").render())
        assert "binary.txt" in shown and "NUL byte" in shown and "dir.txt" in shown
        assert "skipped: " not in shown  # "skipped binary.txt", not "skipped ... skipped: binary data"
        await pilot.press("escape")
        assert pilot.app.screen is screen


async def test_a_thousand_random_keys_and_palette_actions(corpus: Corpus) -> None:
    import random

    from textual import events

    keys = ["j", "k", "space", "b", "g", "G", "ctrl+d", "ctrl+u", "tab", "shift+tab", "apostrophe", "quotation_mark",
            "r", "R", "n", "N", "y", "Y", "v", "d", "escape", "slash", "a", "left_square_bracket", "backspace",
            "enter", "question_mark", "p", "down", "up", "ctrl+r", "left", "right"]
    characters = {"space": " ", "apostrophe": "'", "quotation_mark": '"', "slash": "/", "question_mark": "?",
                  "left_square_bracket": "["}
    rng = random.Random(7)
    async with make_app(corpus).run_test(size=(80, 24)) as pilot:
        main = screen_of(pilot.app)
        provider = ReaderCommands(main)
        commands = [hit.command async for hit in provider.discover()]
        for burst in range(100):
            if burst % 5 == 0 and pilot.app.screen is main:
                rng.choice(commands)()
            for _ in range(10):  # posted as the driver posts them; settled once per burst
                key = rng.choice(keys)
                char = characters.get(key, key if len(key) == 1 else None)
                pilot.app.post_message(events.Key(key, char))
            await pilot.pause()
            if burst % 10 == 0:
                await pilot.resize_terminal(rng.randint(20, 140), rng.randint(5, 50))
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert pilot.app.is_running and pilot.app.return_code is None


async def test_text_selection_and_ctrl_c_copy_in_the_pane(corpus: Corpus) -> None:
    from textual.geometry import Offset
    from textual.selection import Selection

    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        view = screen.query_one(DocumentView)
        row = next(y for y, r in enumerate(view.layout_rows.rows) if r.plain.startswith("Opposition parties"))
        screen.selections = {view: Selection(Offset(2, row), Offset(20, row))}
        await pilot.pause()
        assert view.get_selection(Selection(Offset(2, row), Offset(20, row))) == ("Opposition parties", "\n")
        await pilot.press("ctrl+c")
        assert pilot.app.clipboard == "Opposition parties"


async def test_a_release_shows_its_schedule_apart_from_redactions(tmp_path: Path) -> None:
    (tmp_path / "release.txt").write_text(
        "Documents released\n\nNo.\tDate\tTitle\tDecision\n"
        "1\t12/01/2026\tBriefing: lithium [supply]\tReleased with redactions s9(2)(j), s6(a)\n"
        "2\t20/01/2026\tAide-memoire\tReleased in full\n", encoding="utf-8")
    async with make_app(corpus_of(tmp_path)).run_test(size=SIZE) as pilot:
        text = " ".join(all_rows(pilot.app).split())  # the entries wrap at the pane's width
        assert "Schedule of documents: 2 listed (s9(2)(j) ×1, s6(a) ×1)" in text
        assert "1. Briefing: lithium [supply] — 12/01/2026 · Released with redactions · s9(2)(j), s6(a)" in text
        assert "WITHHELD" not in text  # the grounds were applied to those documents, not to this text
