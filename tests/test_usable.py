"""Usable at once: a large corpus is listed, read and searched before its parse ends (issue #18)."""

from __future__ import annotations

import io
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.content import Content
from textual.pilot import Pilot

from critmin_tui.corpus import PARSER_VERSION, Corpus, ParseCache, Query, SearchIndex, load_corpus
from critmin_tui.corpus.applying import Readable
from critmin_tui.corpus.raw import opening
from critmin_tui.corpus.search import fold
from critmin_tui.corpus.staged import Parsed, parse_readable, read_readable
from critmin_tui.reader.app import CritminApp
from critmin_tui.reader.panes import DocumentList, SpeakerList
from critmin_tui.reader.screen import MainScreen
from critmin_tui.subcommands import StderrProgress

from .conftest import SEEDS
from .reader_helpers import screen_of, title_of

SIZE = (110, 36)


@pytest.mark.parametrize(
    "texts",
    [
        ["plain words", "More Plain Words"],
        ["Pāti Māori said", "Chlöe and Hēnare", "no accents"],
        ["a “curly” quote — and a dash", "it’s"],
        ["Straße widens", "after it"],  # ß folds to two letters: each text is folded alone
        ["İstanbul", "x"],  # lowering İ adds a combining dot: each text alone too
        ["ø stays ø, Ø lowers"],
        [],
    ],
    ids=["ascii", "accents", "typographic", "sharp-s", "dotted-i", "unfoldable", "none"],
)
def test_the_readable_corpus_holds_each_text_as_search_needs_it(texts: list[str], tmp_path: Path) -> None:
    for number, text in enumerate(texts):
        (tmp_path / f"{number:02}.txt").write_text(f"Title {number}\n\n{text}\n", encoding="utf-8")
    held = read_readable([tmp_path], None).corpus.folds
    assert held is not None and len(held) == len(texts)
    for number, text in enumerate(texts):
        written = f"Title {number}\n\n{text}\n"
        assert held.part(number).text() == written
        assert held.part(number).lowered().text == fold(written).text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\n\nBody.\n", "Headline\n\nBody.\n"),
        ("one\n\ntwo\n\nthree\n\nfour\n\nfive\n\nsix\n", "one\n\ntwo\n\nthree\n\nfour\n\n"),
        ("x" * 3_000, "x" * 2_000),
        ("Title\n\n" + "y" * 3_000, "Title\n\n"),
    ],
    ids=["short", "four-paragraphs", "one-long-line", "title-then-long"],
)
def test_the_opening_that_titles_and_kinds_are_told_from(text: str, expected: str) -> None:
    assert opening(text) == expected


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copied = tmp_path / "docs"
    shutil.copytree(SEEDS, copied)
    return copied


def _matches(corpus: Corpus, text: str) -> list[tuple[str, int, int]]:
    assert corpus.folds is not None
    index = SearchIndex(corpus.folds, range(len(corpus.summaries)))
    return [(corpus.summaries[doc].path, start, end) for doc, start, end in index.search(Query(text))]


def test_the_readable_corpus_lists_reads_and_searches_before_any_parse(folder: Path, tmp_path: Path) -> None:
    readable = read_readable([folder], ParseCache(tmp_path / "cache", PARSER_VERSION))
    full = load_corpus([folder])
    corpus = readable.corpus
    assert [s.path for s in corpus.summaries] == [s.path for s in full.summaries]
    assert not corpus.speakers and not any(s.quotes for s in corpus.summaries)  # nothing parsed yet
    assert [s.title for s in corpus.summaries if s.kind.value == "article"] == \
        [s.title for s in full.summaries if s.kind.value == "article"]
    for query in ("pati maori", "Swarbrick", "minerals"):
        assert _matches(corpus, query) == _matches(full, query)
    assert corpus.documents[0].quotes  # a document opened is parsed then, on demand


def test_the_parse_tells_its_progress_and_ends_with_the_full_corpus(folder: Path, tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "cache", PARSER_VERSION)
    readable = read_readable([folder], cache)
    told: list[Parsed] = []
    final = parse_readable(readable, [folder], cache, told.append)
    full = load_corpus([folder])
    assert told and told[-1].final and told[-1].corpus is final
    assert [p.done for p in told] == sorted(p.done for p in told)
    assert final.summaries == full.summaries and final.speakers == full.speakers


async def _until(pilot: Pilot[None], done: Callable[[], bool]) -> None:
    """Wait for a state (the bound only stops a broken build hanging the suite)."""
    for _ in range(2_400):
        if done():
            return
        await pilot.pause(0.05)
    raise AssertionError("the reader never got there")


def _parse_held_after_the_first(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Every corpus counts as large, and its parse stops after its first document until the
    event returned is set."""
    import critmin_tui.corpus.staged
    import critmin_tui.opening

    monkeypatch.setattr(critmin_tui.opening, "READ_FIRST_FILES", 0)
    held = threading.Event()
    real = critmin_tui.corpus.staged.parse_readable

    def gated(readable: Readable, paths: list[Path], cache: ParseCache | None, told: Callable[[Parsed], None],
              cancelled: Callable[[], bool]) -> Corpus:
        def hold(parsed: Parsed) -> None:
            told(parsed)
            if not parsed.final:
                held.wait(30)

        return real(readable, paths, cache, hold, cancelled)

    monkeypatch.setattr(critmin_tui.corpus.staged, "parse_readable", gated)
    return held


async def test_list_and_search_work_while_the_parse_runs_then_counts_are_final(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    held = _parse_held_after_the_first(monkeypatch)
    app = CritminApp(paths=[folder], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.ready)
        screen = screen_of(app)
        await _until(pilot, lambda: "parsed 1 of 3" in title_of(screen))  # the figure moved on
        assert screen.query_one(DocumentList).option_count == 3  # every document listed
        assert screen.query_one("#speakers", SpeakerList).border_title == "Speakers (so far)"
        await pilot.press("slash", *"minerals", "enter")
        await _until(pilot, lambda: bool(screen.state.matches))  # searched while the parse waits
        assert screen.parsing is not None and not held.is_set()
        screen.filter_speakers(frozenset({screen.corpus.speakers[0].name}))
        await _until(pilot, lambda: "so far)" in title_of(screen))
        held.set()
        await _until(pilot, lambda: screen.parsing is None)
        assert "so far" not in title_of(screen) and "parsed" not in title_of(screen)
        assert screen.query_one("#speakers", SpeakerList).border_title == "Speakers"
        assert screen.corpus is app.corpus and len(screen.corpus.speakers) > 3
        assert "quotes)" in title_of(screen) or "quote)" in title_of(screen)  # the filter's count, final
        screen.clear_filter()
        await _until(pilot, lambda: bool(screen.state.matches))  # the search stayed, on the same screen
        assert screen is app.screen and screen.state.query == "minerals"


def _entry(screen: MainScreen, index: int) -> str:
    prompt = screen.query_one(DocumentList).get_option_at_index(index).prompt
    assert isinstance(prompt, Content)
    return prompt.plain


async def test_the_list_shows_what_the_parse_found_as_it_goes(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    first, second, release = sorted(SEEDS.glob("*.txt"))
    shutil.copy(release, folder / "0_release.txt")  # parsed first: its redaction is found then
    shutil.copy(first, folder / "1_article.txt")
    shutil.copy(second, folder / "2_article.txt")
    held = _parse_held_after_the_first(monkeypatch)
    app = CritminApp(paths=[folder], use_cache=False)
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.ready)
        screen = screen_of(app)
        await _until(pilot, lambda: "1 redaction" in _entry(screen, 0))  # written again while the parse waits
        assert screen.parsing is not None and not held.is_set()
        assert screen.query_one(DocumentList).option_count == 3
        held.set()
        await _until(pilot, lambda: screen.parsing is None)
        assert "1 redaction" in _entry(screen, 0)


class _Stream(io.StringIO):
    """A stream that records each write, and says whether it is a terminal."""

    def __init__(self, terminal: bool) -> None:
        super().__init__()
        self.terminal = terminal
        self.written: list[str] = []

    def isatty(self) -> bool:
        return self.terminal

    def write(self, text: str) -> int:
        self.written.append(text)
        return len(text)


@pytest.mark.parametrize(
    ("terminal", "seconds_a_file", "expected"),
    [
        (True, 0.0, ["\rparsed 50 of 120 documents…", "\rparsed 100 of 120 documents…",
                     "\rparsed 120 of 120 documents…\n"]),
        (False, 0.01, []),  # a short run into a log says nothing
        (False, 0.25, ["critmin-tui: parsed 40 of 120 documents\n", "critmin-tui: parsed 80 of 120 documents\n"]),
    ],
    ids=["terminal-live-line", "pipe-short-run-silent", "pipe-long-run-every-ten-seconds"],
)
def test_cli_progress_goes_to_stderr_on_a_terminal_or_a_long_run(
        terminal: bool, seconds_a_file: float, expected: list[str]) -> None:
    err = _Stream(terminal)
    now = [0.0]
    progress = StderrProgress(err, lambda: now[0])
    for done in range(1, 121):
        now[0] = done * seconds_a_file
        progress(done, 120)
    assert err.written == expected


def test_a_large_corpus_is_planned_readable_counting_its_files(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import critmin_tui.opening

    monkeypatch.setattr(critmin_tui.opening, "READ_FIRST_FILES", 0)
    counted: list[tuple[int, int]] = []
    planned = critmin_tui.opening.plan_opening([folder], False,
                                               progress=lambda done, total: counted.append((done, total)))
    assert planned.readable is not None and planned.saved is None and planned.preview is None
    assert counted and counted[-1] == (3, 3)


def test_a_saved_large_corpus_is_listed_and_searched_then_read_whole(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import critmin_tui.opening
    from critmin_tui.corpus import default_folder

    monkeypatch.setattr(critmin_tui.opening, "READ_FIRST_FILES", 0)  # every corpus counts as large
    full = load_corpus([folder], cache=ParseCache(default_folder(), PARSER_VERSION))
    planned = critmin_tui.opening.plan_opening([folder], True)
    assert planned.saved is None and planned.readable is not None and planned.readable.saved
    listed = planned.readable.corpus
    assert [(s.path, s.title, s.kind, s.redactions) for s in listed.summaries] == \
        [(s.path, s.title, s.kind, s.redactions) for s in full.summaries]
    assert not listed.speakers and not any(s.quotes for s in listed.summaries)  # read behind the list
    for query in ("pati maori", "Swarbrick", "minerals"):
        assert _matches(listed, query) == _matches(full, query)
    assert listed.documents[0].quotes == full.documents[0].quotes  # opened whole, from the cache
    told: list[Parsed] = []
    final = parse_readable(planned.readable, [folder], planned.cache, told.append)
    assert [p.final for p in told] == [True] and final.folds is listed.folds  # the search text read once
    assert final.summaries == full.summaries and final.speakers == full.speakers


async def test_a_saved_large_corpus_is_listed_and_searched_before_its_quotes_are_read(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import critmin_tui.corpus.staged
    import critmin_tui.opening
    from critmin_tui.corpus import default_folder

    monkeypatch.setattr(critmin_tui.opening, "READ_FIRST_FILES", 0)  # every corpus counts as large
    load_corpus([folder], cache=ParseCache(default_folder(), PARSER_VERSION))  # its snapshot saved
    held = threading.Event()  # the rest of the snapshot is read once the test lets it
    real = critmin_tui.corpus.staged.parse_readable

    def gated(readable: Readable, paths: list[Path], cache: ParseCache | None, told: Callable[[Parsed], None],
              cancelled: Callable[[], bool]) -> Corpus:
        held.wait(30)
        return real(readable, paths, cache, told, cancelled)

    monkeypatch.setattr(critmin_tui.corpus.staged, "parse_readable", gated)
    app = CritminApp(paths=[folder])
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: isinstance(app.screen, MainScreen) and app.screen.ready)
        screen = screen_of(app)
        assert screen.parsing is not None and not screen.corpus.speakers
        assert "reading the saved quotes" in title_of(screen) and "parsed 0" not in title_of(screen)
        assert screen.query_one(DocumentList).option_count == 2  # the second capture is under the first
        await pilot.press("slash", *"minerals", "enter")
        await _until(pilot, lambda: bool(screen.state.matches))  # searched before the quotes are read
        held.set()
        await _until(pilot, lambda: screen.parsing is None)
        assert screen.corpus is app.corpus and len(screen.corpus.speakers) > 3
        # The final corpus lists no second capture, so the search runs again over it: wait for its answer.
        await _until(pilot, lambda: bool(screen.state.matches))
        assert screen.state.query == "minerals"
