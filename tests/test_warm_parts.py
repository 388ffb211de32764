"""The warm open's parts (issue #18 at 50,000 documents): the files' state and the search text
read beside the list, the texts' differences unpacked when asked for, a loaded corpus frozen
out of the collector, the unsure quotes' spans made of their quotes' numbers. A snapshot that is
spoilt, stale or of another layout is read again, with a message where it is spoilt, and a
user's corrections are kept."""

from __future__ import annotations

import gc
import os
from collections.abc import Callable
from pathlib import Path

import pytest

import critmin_tui.opening
from critmin_tui.corpus import PARSER_VERSION, ParseCache, Query, SearchIndex, load_corpus
from critmin_tui.corpus.cache import TEXT_SUFFIX
from critmin_tui.corpus.held import HeldText, Unpacking
from critmin_tui.corpus.summary import shared_spans

from .correction_helpers import ARTICLE, NAME, correct_quote, write_corpus

Quotes = tuple[tuple[int, int, str | None], ...]
Spans = tuple[tuple[int, int], ...]

# The unsure quotes' spans: of none, some or all quotes, and one no quote has (a summary made by hand).
SPANS = [
    pytest.param(((1000, 1020, "Jo Lee"),), (), id="none-unsure"),
    pytest.param(((1000, 1020, "Jo Lee"), (1500, 1600, None)), ((1500, 1600),), id="one-of-two"),
    pytest.param(((1000, 1020, "Jo Lee"), (1500, 1600, None)), ((1000, 1020), (1500, 1600)), id="all"),
    pytest.param(((1000, 1020, "Jo Lee"),), ((1000, 1021),), id="an-end-no-quote-has"),
    pytest.param((), ((2000, 2010),), id="no-quotes"),
]


@pytest.mark.parametrize(("quotes", "spans"), SPANS)
def test_unsure_spans_are_the_same_spans_made_of_their_quotes_numbers(quotes: Quotes, spans: Spans) -> None:
    # Numbers made anew, as a worker's result or a snapshot's unpickling makes them.
    spans = tuple((int(str(start)), int(str(end))) for start, end in spans)
    shared = shared_spans(quotes, spans)
    assert shared == spans
    for start, end in shared:
        quote = next((q for q in quotes if q[0] == start and q[1] == end), None)
        assert quote is None or (start is quote[0] and end is quote[1])


# Texts written for these tests: differences from the fold sparse, dense, of another length, none.
TEXTS = ["Te Pāti Māori met the minister", "āēīōū āēīōū", "Straße and STRASSE", "plain words", "“Curly” – dash"]


def test_differences_unpacked_when_asked_for_are_the_ones_packed() -> None:
    held = HeldText.of(TEXTS)
    kept, lower, packed = held.fields()
    again = HeldText.from_fields((kept, lower, packed))
    assert isinstance(again.written, Unpacking) and again.fields()[2] is packed
    assert [again.part(doc).text() for doc in range(len(TEXTS))] == TEXTS
    assert dict(again.written) == dict(held.written) and len(again.written) == len(held.written)
    for pattern in ["M.ori", r"\w+ße", "“\\w+”", "plain"]:
        query = Query(pattern, regex=True)
        listed = list(range(len(TEXTS)))
        assert SearchIndex(again, listed).search(query) == SearchIndex(held, listed).search(query)


def test_a_loaded_corpus_is_frozen_and_the_collector_left_on(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path)
    before = gc.get_freeze_count()
    corpus = load_corpus([folder], cache=ParseCache(tmp_path / "cache", PARSER_VERSION))
    assert gc.isenabled() and gc.get_freeze_count() > before and corpus.summaries


def _opened(folder: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> critmin_tui.opening.Opening:
    monkeypatch.setattr(critmin_tui.opening, "READ_FIRST_FILES", 0)  # the list is what a large corpus opens on
    monkeypatch.setattr(critmin_tui.opening, "make_cache", lambda _wanted: ParseCache(cache_dir, PARSER_VERSION))
    return critmin_tui.opening.plan_opening([folder], True)


def _stale(folder: Path) -> None:
    path = folder / NAME
    stamp = path.stat()
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 10**9))


def _text(cache_dir: Path) -> Path:
    [text] = (cache_dir / "corpora").glob(f"*{TEXT_SUFFIX}")
    return text


def _not_utf8(cache_dir: Path) -> None:
    text = _text(cache_dir)
    text.write_bytes(text.read_bytes()[:-1] + b"\xff")


def _cut_short(cache_dir: Path) -> None:
    text = _text(cache_dir)
    text.write_bytes(text.read_bytes()[:-3])


def _old_layout(cache_dir: Path) -> None:
    cache = ParseCache(cache_dir, PARSER_VERSION)
    [listed] = (cache_dir / "corpora").glob("*-listed.pickle")
    payload = cache.get_snapshot(listed.stem)
    assert payload is not None
    payload["summaries"] = payload.pop("columns")  # keyed as a list of another layout would be
    cache.put_snapshot(listed.stem, payload)


@pytest.mark.parametrize(("spoil", "stale"), [
    pytest.param(_old_layout, True, id="stale-and-of-another-layout"),
    pytest.param(_not_utf8, False, id="text-not-utf-8"),
    pytest.param(_cut_short, False, id="text-cut-short"),
    pytest.param(_not_utf8, True, id="text-not-utf-8-and-a-file-changed"),
    pytest.param(lambda _cache_dir: None, True, id="a-file-changed"),
])
def test_a_list_whose_text_or_files_changed_is_read_again_with_corrections_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spoil: Callable[[Path], None], stale: bool) -> None:
    (tmp_path / "docs").mkdir()
    folder = write_corpus(tmp_path / "docs")
    correct_quote(folder, "It is a setback", "Jo Lee")
    cache_dir = tmp_path / "cache"
    first = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    spoil(cache_dir)
    if stale:
        _stale(folder)
    planned = _opened(folder, cache_dir, monkeypatch)
    assert planned.readable is not None and not planned.readable.saved  # read from the files
    assert not any("of another layout" in p.message for p in planned.readable.corpus.problems)
    again = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    assert [s.title for s in again.summaries] == [s.title for s in first.summaries]
    assert [q.speaker for q in again.documents[0].quotes if q.text.startswith("It is")] == ["Jo Lee"]
    assert ARTICLE.splitlines()[0] in again.documents[0].text
