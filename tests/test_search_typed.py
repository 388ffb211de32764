"""Search as typed: each keystroke's search, narrowed from the last one and paged from the
trigram index, finds exactly what a plain scan of each document finds, in the same order."""

from __future__ import annotations

import pytest

from critmin_tui.corpus import Query, SearchIndex, find_all
from critmin_tui.corpus.held import HeldText
from critmin_tui.corpus.trigrams import TrigramIndex
from critmin_tui.corpus.typed import overlaps_itself

# Texts written for these tests: accents, odd case folds, strings that overlap themselves.
TEXTS = ["Te Pāti Māori met the Minister; MAORI and maori", "aaaa abab ababab aab", "Straße STRASSE strasse",
         "İstanbul ıstanbul ISTANBUL", "“It’s” – it's", "nothing to see", "ΟΔΟΣ οδος Οδός", "mining minister Mining",
         "baaab aabaa ab", "Whaanga Wharf whānau WH"]
CORPUS = [TEXTS[i % len(TEXTS)] + f" doc{i}" for i in range(120)]

# Each sequence is typed a letter at a time, as a user types it.
TYPED = [("macron-smart-case", "Māori"), ("no-case", "maori"), ("capital-narrows", "Minister"),
         ("self-overlap", "aaab"), ("overlap-after", "abab"), ("border-grows", "aabaa"), ("eszett", "straße"),
         ("eszett-upper", "STRASSE"), ("dotted-i", "istanbul"), ("dotless-i", "ıstan"), ("curly", "it's"),
         ("dash", "– it"), ("greek", "οδος"), ("greek-upper", "ΟΔΟΣ"), ("phrase", "mining m"), ("miss", "zzz"),
         ("digits", "doc11"), ("wh", "Wha")]


def _expected(texts: list[str], listed: list[int], query: Query) -> list[tuple[int, int, int]]:
    return [(position, start, end) for position, doc in enumerate(listed) for start, end in find_all(texts[doc], query)]


def _prefixes(word: str) -> list[str]:
    return [word[:size] for size in range(1, len(word) + 1)]


@pytest.mark.parametrize("limit", [3, 40, 10_000], ids=["capped-early", "capped", "whole"])
@pytest.mark.parametrize("indexed", [0, 1, 2], ids=["scan", "trigrams", "trigrams-kept-case"])
@pytest.mark.parametrize("word", [word for _, word in TYPED], ids=[name for name, _ in TYPED])
def test_each_keystroke_finds_what_a_scan_finds(word: str, indexed: int, limit: int,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    held = HeldText.of(CORPUS)
    if indexed:
        index = held.start_index()
        assert index.wait(30) and index.wait_kept(30)
        if indexed == 1:  # as while the case-kept fold's index is being built: the no-case one serves
            monkeypatch.setattr(TrigramIndex, "kept_ready", property(lambda _: False))
    listed = [i for i in range(len(CORPUS)) if i % 5 != 3]  # some documents not listed (second captures)
    for typed in _prefixes(word) + _prefixes(word.upper()) + [word]:
        query = Query(typed)
        assert SearchIndex(held, listed).search(query, limit=limit) == _expected(CORPUS, listed, query)[:limit], typed


def test_a_search_of_another_list_or_case_does_not_narrow_from_the_last() -> None:
    held = HeldText.of(CORPUS)
    assert held.start_index().wait(30)
    every, some = list(range(len(CORPUS))), list(range(0, len(CORPUS), 7))
    for listed, query in [(some, Query("m")), (every, Query("mi")), (every, Query("Mi")), (some, Query("Min")),
                          (every, Query("min", case_sensitive=True)), (every, Query("mini"))]:
        assert SearchIndex(held, listed).search(query) == _expected(CORPUS, listed, query)


def test_many_chunks_are_paged_from_the_index_as_a_scan_finds() -> None:
    texts = [f"{'filler ' * (i % 5 * 9000)} Whaanga {i} mining" for i in range(60)]
    held = HeldText.of(texts)
    assert len(held.kept.chunks) > 3 and held.start_index().wait(60) and held.start_index().wait_kept(60)
    listed = list(range(len(texts)))
    for typed in [*_prefixes("Whaanga"), *_prefixes("whaanga 5"), "mining", "fill", "filler f"]:
        query = Query(typed)
        for limit in (7, 10_000):
            assert SearchIndex(held, listed).search(query, limit=limit) == _expected(texts, listed, query)[:limit]


@pytest.mark.parametrize(("needle", "overlaps"), [("a", False), ("aa", True), ("ab", False), ("aba", True),
                                                   ("abab", True), ("abc", False), ("Māori", False)],
                         ids=["one", "double", "two", "border", "square", "three", "word"])
def test_a_needle_overlaps_itself_when_its_end_is_its_start(needle: str, overlaps: bool) -> None:
    assert overlaps_itself(needle) is overlaps
