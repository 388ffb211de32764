"""Hostile queries: one that folds to nothing, a catastrophic regular expression, many matches."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from critmin_tui.cli import main
from critmin_tui.corpus import Query, SearchError, SearchIndex, find_all, load_corpus, regex_search
from critmin_tui.corpus.regex_search import RegexTooSlowError

from .conftest import SEEDS
from .reader_helpers import make_app, screen_of

CATASTROPHIC = Query("(a+)+$", regex=True)
HOSTILE_TEXT = "Kerr said:\n\n" + "a" * 32 + "!\n"


@pytest.fixture
def short_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_search, "BUDGET_S", 0.3)


def test_a_query_that_folds_to_nothing_finds_nothing() -> None:
    assert find_all("Pāti Māori", Query("\u0301")) == []
    assert find_all("\u0301\u0302\u0303", Query("\u0301")) == []  # was IndexError
    assert SearchIndex.of_texts(["Pāti Māori"]).search(Query("\u0301")) == []


def test_the_cli_says_a_query_folds_to_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "\u0301"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "nothing to search for: '\\u0301'" in err


def test_a_catastrophic_pattern_is_stopped_in_the_main_thread(short_budget: None) -> None:
    with pytest.raises(RegexTooSlowError, match=r"took over 0\.3 s"):
        find_all(HOSTILE_TEXT, CATASTROPHIC)
    assert find_all("aaa", Query("a+", regex=True)) == [(0, 3)]  # the alarm is gone afterwards


def test_the_cli_stops_a_catastrophic_pattern_with_a_message(
        tmp_path: Path, short_budget: None, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    assert main(["search", "(a+)+$", "--regex", str(tmp_path), "--no-cache"]) == 2
    assert "regular expression stopped" in capsys.readouterr().err


def _in_thread(work: threading.Thread) -> None:
    work.start()
    work.join(timeout=60)  # a bound for a broken build, not a timing: the work ends on its own
    assert not work.is_alive()


def test_a_catastrophic_pattern_in_a_thread_runs_in_a_process_that_stops(short_budget: None) -> None:
    index = SearchIndex.of_texts(["a" * 5 + "!", HOSTILE_TEXT])
    raised: list[BaseException] = []

    def search() -> None:
        try:
            index.search(CATASTROPHIC)
        except SearchError as error:
            raised.append(error)

    _in_thread(threading.Thread(target=search))
    assert isinstance(raised[0], RegexTooSlowError)


def test_cancelling_a_search_stops_a_match_in_progress() -> None:
    index = SearchIndex.of_texts([HOSTILE_TEXT * 3])  # minutes of backtracking, with the default budget
    calls: list[int] = []
    found: list[object] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3  # cancelled while the child process is matching

    _in_thread(threading.Thread(target=lambda: found.append(index.search(CATASTROPHIC, cancelled=cancelled))))
    assert found == [[]]


def test_many_matches_in_one_large_file_are_listed_quickly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # 20,000 paragraphs, each with a match: scanning the paragraphs for each match took minutes.
    (tmp_path / "big.txt").write_text("Kerr spoke.\n\n" * 20_000, encoding="utf-8")
    assert main(["search", "kerr", str(tmp_path), "--no-cache", "--format", "csv"]) == 0
    rows = capsys.readouterr().out.splitlines()
    paragraph = rows[0].split(",").index("paragraph")
    assert len(rows) == 20_001 and rows[-1].split(",")[paragraph] == "20000"


async def test_the_reader_answers_during_a_catastrophic_search(tmp_path: Path, short_budget: None) -> None:
    (tmp_path / "a.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    async with make_app(load_corpus([tmp_path])).run_test() as pilot:
        screen = screen_of(pilot.app)
        await pilot.press("slash", "ctrl+r", *"(a+)+$")
        await pilot.app.workers.wait_for_complete()
        while "regular expression stopped" not in screen.state.error:
            await pilot.pause()
        await pilot.press("escape")
        assert screen.state.error == "" and screen.state.query == ""


def test_the_bundled_corpus_still_searches_by_regex(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "M.ori", "--regex", str(SEEDS)]) == 0
    assert "Māori" in capsys.readouterr().out


async def test_escape_stops_a_catastrophic_search_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_search, "BUDGET_S", 120.0)  # only escape can end it soon
    (tmp_path / "a.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    async with make_app(load_corpus([tmp_path])).run_test() as pilot:
        screen = screen_of(pilot.app)
        await pilot.press("slash", "ctrl+r", *"(a+)+$")
        while not any(w.group == "search" and w.is_running for w in pilot.app.workers):
            await pilot.pause()
        await pilot.press("escape")
        await pilot.app.workers.wait_for_complete()
        assert screen.state.query == "" and screen.state.error == "" and screen.state.matches == ()
