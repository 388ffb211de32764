"""Opening a saved corpus again (issue #18): its search text read from a plain file, its files
judged by their stamps, and the search index left until the first search is answered."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from critmin_tui.corpus import PARSER_VERSION, Corpus, ParseCache, Query, SearchIndex, load_corpus
from critmin_tui.corpus.cache import TEXT_SUFFIX
from critmin_tui.corpus.discovery import FoundFiles, names_of
from critmin_tui.corpus.held import HeldText
from critmin_tui.corpus.loading import discover
from critmin_tui.corpus.trigrams import TrigramIndex
from critmin_tui.reader import screen as screen_module
from critmin_tui.reader.app import CritminApp

from .conftest import SEEDS
from .reader_helpers import screen_of

SIZE = (110, 36)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "docs"
    target.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, target / path.name)
    return target


def _found(corpus: Corpus, needle: str) -> list[tuple[int, int, int]]:
    return SearchIndex(corpus.folds, list(range(len(corpus.summaries)))).search(Query(needle)) \
        if corpus.folds is not None else []


def _text_file(cache_dir: Path) -> Path:
    [text] = (cache_dir / "corpora").glob(f"*{TEXT_SUFFIX}")
    return text


def test_the_search_text_is_saved_as_plain_text_and_read_back_the_same(folder: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    first = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    assert _text_file(cache_dir).read_bytes().startswith(b"critmin-tui-text")
    again = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    assert again.folds is not None and first.folds is not None
    assert again.folds.kept.chunks == first.folds.kept.chunks
    assert _found(again, "minister") == _found(first, "minister") != []


@pytest.mark.parametrize("damage", [
    pytest.param(lambda data: data[:-10], id="cut-short"),
    pytest.param(lambda data: data[:20] + bytes(16) + data[36:], id="another-save's-token"),
    pytest.param(lambda data: data[:-1] + b"\xff", id="not-utf-8"),
    pytest.param(lambda data: b"", id="emptied"),
])
def test_a_damaged_search_text_file_is_not_used(folder: Path, tmp_path: Path,
                                                damage: Callable[[bytes], bytes]) -> None:
    cache_dir = tmp_path / "cache"
    first = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    text = _text_file(cache_dir)
    text.write_bytes(damage(text.read_bytes()))
    again = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))  # read anew, and saved
    assert again.summaries == first.summaries and _found(again, "minister") == _found(first, "minister")
    assert again.folds is not None and first.folds is not None and again.folds.kept.chunks == first.folds.kept.chunks


def test_a_file_changed_in_place_at_the_same_size_is_read_again(folder: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    victim = sorted(folder.glob("*.txt"))[0]
    data = victim.read_bytes()
    at = data.index(b"the ")
    victim.write_bytes(data[:at] + b"QZXW" + data[at + 4:])  # the same size: only its time tells
    stamp = os.stat(victim)
    os.utime(victim, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 2_000_000_000))
    again = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    assert [s.path for s in again.summaries if "QZXW" in again.documents[again.summaries.index(s)].text] == \
        [str(victim)]
    assert _found(again, "qzxw")


def test_files_found_are_held_by_name_as_their_paths_write_them(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(folder)
    for given in (Path("."), folder, Path("..") / folder.name):
        files, _, _ = discover([given])
        assert isinstance(files, FoundFiles) and len(files) == 3
        assert names_of(files) == [str(given / path.name) for path in files]
        assert list(files) == [given / path.name for path in files] and files[0] == files[:1][0]


async def _ready(pilot: Pilot[None]) -> None:
    screen = screen_of(pilot.app)
    while not screen.ready:
        await pilot.pause(0.05)


async def test_the_search_index_waits_for_the_first_search(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[HeldText] = []
    original = HeldText.start_index

    def start_index(held: HeldText) -> TrigramIndex:
        started.append(held)
        return original(held)

    monkeypatch.setattr(HeldText, "start_index", start_index)
    monkeypatch.setattr(screen_module, "INDEX_IDLE_S", 600.0)  # the idle start does not come in this test
    corpus = load_corpus([folder])
    async with CritminApp(corpus).run_test(size=SIZE) as pilot:
        await _ready(pilot)
        assert started == []  # the first search scans alone, not beside the index being built
        await pilot.press("slash", *"minister")
        while not screen_of(pilot.app).state.matches:
            await pilot.pause(0.05)
        assert started and started[0] is corpus.folds


async def test_a_thread_result_after_the_app_closed_is_dropped(folder: Path) -> None:
    corpus = load_corpus([folder])
    async with CritminApp(corpus).run_test(size=SIZE) as pilot:
        await _ready(pilot)
        screen = screen_of(pilot.app)
        shown = screen.state
    # A search, a layout or a read finished in its thread as the reader closed: its views are gone.
    screen._searched("minister", (), "", False, shown)
    screen._opened(0, None)
    assert not screen.is_attached and screen.state.query == shown.query


async def test_the_search_index_starts_when_the_reader_is_idle(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[HeldText] = []
    original = HeldText.start_index

    def start_index(held: HeldText) -> TrigramIndex:
        started.append(held)
        return original(held)

    monkeypatch.setattr(HeldText, "start_index", start_index)
    monkeypatch.setattr(screen_module, "INDEX_IDLE_S", 0.05)
    corpus = load_corpus([folder])
    async with CritminApp(corpus).run_test(size=SIZE) as pilot:
        while not started:  # no search: the idle start
            await pilot.pause(0.05)
        assert started[0] is corpus.folds and not screen_of(pilot.app).state.query
