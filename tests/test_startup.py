"""Start-up: a preview while the corpus is parsed, progress for a large one, a saved corpus at once."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from critmin_tui.corpus import PARSER_VERSION, Corpus, ParseCache, load_corpus
from critmin_tui.corpus.glimpse import GLIMPSE_CHARS, glimpse
from critmin_tui.corpus.loading import load_saved
from critmin_tui.corpus.preview import preview_corpus
from critmin_tui.opening import Opening
from critmin_tui.reader.app import CritminApp
from critmin_tui.reader.document_view import DocumentView
from critmin_tui.reader.first_frame import FirstFrame
from critmin_tui.reader.loading import LoadingScreen
from critmin_tui.reader.screen import MainScreen

from .conftest import SEEDS
from .reader_helpers import all_rows, pane_text, screen_of

SIZE = (110, 36)
FIRST = sorted(SEEDS.glob("*.txt"))[0]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Headline here\n\nFirst paragraph.\n", True),
        ("", False),
        ("   \n\n  ", False),
        ("x" * 10 + "\n\n" + "y " * 100_000, True),
    ],
    ids=["short", "empty", "blank", "long"],
)
def test_preview_of_one_file(tmp_path: Path, text: str, shown: bool) -> None:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    preview = preview_corpus(path)
    assert (preview is not None) is shown
    if preview is not None:
        [document] = preview.documents
        assert len(document.text) <= 70_000 and not document.quotes and preview.folds is None


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Headline\n\nFirst paragraph.\n", "Headline\n\nFirst paragraph.\n"),
        (b"", None),
        (b"  \n\n ", None),
        (b"a\x00b", None),
        (b"Bell \x07 and escape \x1b[31m\n", "Bell \u2407 and escape \u241b[31m\n"),
        ("caf\u00e9 [REDACTED] \u202eevil\n".encode(), "caf\u00e9 [REDACTED] \u21c4evil\n"),
        ("Caf\u00e9\n".encode("cp1252"), "Caf\u00e9\n"),
        ("\ufeffBOM\n".encode(), "BOM\n"),
    ],
    ids=["short", "empty", "blank", "binary", "control", "bidi-and-brackets", "cp1252", "bom"],
)
def test_glimpse_of_the_first_file(tmp_path: Path, data: bytes, expected: str | None) -> None:
    (tmp_path / "a.txt").write_bytes(data)
    (tmp_path / "b.txt").write_bytes(b"the second file\n")
    found = glimpse([tmp_path])
    assert (found.text if found else None) == expected
    assert found is None or found.name == "a.txt"


@pytest.mark.parametrize("character", ["e", "\u00e9", "\u6587", "\U0001f600"], ids=["1-byte", "2", "3", "4"])
def test_a_long_glimpse_is_cut_at_a_line_and_never_garbled(tmp_path: Path, character: str) -> None:
    line = character * 70 + "\n"
    (tmp_path / "long.txt").write_text(line * 5_000, encoding="utf-8")
    found = glimpse([tmp_path / "long.txt"])
    assert found is not None and len(found.text) <= GLIMPSE_CHARS
    assert {*found.text.rstrip("\n").split("\n")} == {line.rstrip("\n")}  # whole lines only


def test_no_glimpse_without_a_document(tmp_path: Path) -> None:
    assert glimpse([tmp_path]) is None and glimpse([tmp_path / "missing"]) is None


def test_preview_of_a_missing_or_binary_file(tmp_path: Path) -> None:
    (tmp_path / "nul.txt").write_bytes(b"a\x00b")
    assert preview_corpus(tmp_path / "missing.txt") is None
    assert preview_corpus(tmp_path / "nul.txt") is None


def test_saved_corpus_needs_a_snapshot(tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "cache", PARSER_VERSION)
    assert load_saved([SEEDS], cache) is None
    load_corpus([SEEDS], cache=cache)
    saved = load_saved([SEEDS], ParseCache(tmp_path / "cache", PARSER_VERSION))
    assert saved is not None and len(saved.documents) == 3


async def test_preview_then_the_parsed_corpus_at_the_same_place(monkeypatch: pytest.MonkeyPatch) -> None:
    import critmin_tui.corpus

    parsed = threading.Event()  # the read waits until the reader has moved in the preview
    real_load = critmin_tui.corpus.load_corpus

    def held_load(*args: Any, **kwargs: Any) -> Corpus:
        parsed.wait(10)
        return real_load(*args, **kwargs)

    monkeypatch.setattr(critmin_tui.corpus, "load_corpus", held_load)
    app = CritminApp(paths=[SEEDS], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: _main_ready(app) and "Opposition parties" in pane_text(app))
        first = screen_of(app)
        assert first.provisional and "Opposition parties are criticising" in pane_text(app)
        for _ in range(4):
            await pilot.press("j")
        position = first.reading_position()
        assert position is not None and position[1] > 0
        parsed.set()
        await _until(pilot, lambda: app.screen is not first and _main_ready(app))
        full = screen_of(app)
        assert full is not first and not full.provisional
        assert app.corpus is not None and len(app.corpus.speakers) > 3
        view = full.query_one(DocumentView)
        item = view.layout_rows.items[view.cursor.item]
        assert item.start <= position[1] < max(item.end, item.start + 1)


async def _until(pilot: Pilot[None], done: Callable[[], bool]) -> None:
    """Wait for a state. The bound only stops a broken build hanging the suite: a loaded machine
    can take seconds, so it is generous."""
    for _ in range(2_400):
        if done():
            return
        await pilot.pause(0.05)
    raise AssertionError("the reader never got there")


def _main_ready(app: CritminApp) -> bool:
    """The main screen is mounted and filled: its panes can be queried (switch_screen makes it the
    current screen at once, and its widgets mount on later turns of the loop)."""
    return isinstance(app.screen, MainScreen) and app.screen.ready


async def test_the_first_frame_shows_the_first_document_before_the_corpus_is_opened(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import critmin_tui.opening

    planned = threading.Event()
    real_plan = critmin_tui.opening.plan_opening

    def held_plan(*args: Any) -> Opening:
        planned.wait(10)
        return real_plan(*args)

    monkeypatch.setattr(critmin_tui.opening, "plan_opening", held_plan)
    app = CritminApp(paths=[SEEDS], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, FirstFrame)
        shown = str(app.screen.query_one("#first-frame-text", Static).content)
        assert shown.startswith("Opposition parties are criticising")
        planned.set()
        await _until(pilot, lambda: _main_ready(app) and not screen_of(app).provisional)
        assert len(app.screen_stack) == 2  # the first frame was replaced, not left beneath


async def test_quitting_during_the_first_frame_is_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import critmin_tui.opening

    planned = threading.Event()
    real_plan = critmin_tui.opening.plan_opening
    monkeypatch.setattr(critmin_tui.opening, "plan_opening", lambda *a: planned.wait(10) and real_plan(*a))
    app = CritminApp(paths=[SEEDS], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        planned.set()
    assert app.return_code in (None, 0)


async def test_large_corpus_opens_readable_then_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import critmin_tui.opening

    monkeypatch.setattr(critmin_tui.opening, "READ_FIRST_FILES", 2)  # three files count as many
    folder = tmp_path / "docs"
    shutil.copytree(SEEDS, folder)
    app = CritminApp(paths=[folder], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, LoadingScreen | MainScreen))
        assert isinstance(app.screen, MainScreen)  # no progress screen: the list shows at once
        await _until(pilot, lambda: _main_ready(app) and "Opposition parties are criticising" in pane_text(app))
        await _until(pilot, lambda: screen_of(app).parsing is None)
        assert not screen_of(app).provisional and app.corpus is screen_of(app).corpus


async def test_nothing_readable_exits_with_status_2(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    app = CritminApp(paths=[tmp_path], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: app.return_code is not None)
    assert app.return_code == 2


async def test_a_long_document_shows_its_first_screens_then_the_rest(tmp_path: Path) -> None:
    paragraphs = [f'Paragraph {n} of a long article, "quoted words {n}," Aroha Tane said.' for n in range(2_000)]
    (tmp_path / "long.txt").write_text("A long article\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    app = CritminApp(load_corpus([tmp_path]))
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: _main_ready(app))
        view = screen_of(app).query_one(DocumentView)
        await _until(pilot, lambda: "Paragraph 1999 " in all_rows(app))
        assert "laying out the rest" not in all_rows(app)
        assert "Paragraph 0 of a long article" in pane_text(app)  # still at the top
        assert view.layout_rows.items[view.cursor.item].start < 100


async def test_a_speaker_filter_of_many_quotes_shows_the_first_then_all(tmp_path: Path) -> None:
    said = [f'"Point number {n} stands," Aroha Tane said.' for n in range(120)]
    (tmp_path / "many.txt").write_text("Many quotes\n\n" + "\n\n".join(said) + "\n", encoding="utf-8")
    app = CritminApp(load_corpus([tmp_path]))
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: _main_ready(app))
        screen = screen_of(app)
        screen.filter_speakers(frozenset({"Aroha Tane"}))
        await _until(pilot, lambda: "Point number 119 " in all_rows(app))
        assert "laying out the rest" not in all_rows(app)
        assert len(screen.filtered_quotes()) == 120
        assert "Point number 0 " in pane_text(app)


async def test_a_screen_replaced_before_its_mount_was_handled_fills_nothing(corpus: Corpus) -> None:
    # The parsed corpus can replace the preview before the preview's mount handler has run.
    app = CritminApp(corpus=corpus)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: _main_ready(app))
        gone = MainScreen(corpus, provisional=True)
        gone.on_mount()  # not on the screen stack: returns before querying panes it never composed
        assert isinstance(app.screen, MainScreen) and not app.screen.provisional


async def test_a_mount_while_the_app_shuts_down_fills_nothing(corpus: Corpus) -> None:
    # At shutdown a screen's panes can be removed before its mount handler runs.
    app = CritminApp(corpus=corpus)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: _main_ready(app))
        screen = screen_of(app)
        await screen.query_one(DocumentView).remove()
        screen.on_mount()  # was NoMatches: returns before querying a pane that is gone
