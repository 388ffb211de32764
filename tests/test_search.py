"""Search over text: accents, case, smart case and regex."""

from __future__ import annotations

import pytest

from critmin_tui.corpus import MATCH_CAP, FoldedCorpus, Query, SearchError, SearchIndex, find_all, fold
from critmin_tui.corpus.held import HeldText

TEXT = "Te Pāti Māori and TE PĀTI MĀORI; straße; Chlöe said"


@pytest.mark.parametrize(
    ("query", "count"),
    [
        (Query("Pati Maori"), 1),
        (Query("pati maori"), 2),
        (Query("maori"), 2),
        (Query("MĀORI"), 1),
        (Query("chloe"), 1),
        (Query("strasse"), 1),
        (Query("maori", case_sensitive=True), 0),
        (Query(r"M.ori", regex=True), 1),
        (Query(r"m.ori", regex=True), 2),
        (Query(""), 0),
    ],
    ids=["smart-case-upper", "insensitive", "lower-finds-upper", "accented-upper", "umlaut", "eszett",
         "forced-case", "regex-smart", "regex-insensitive", "empty"],
)
def test_find_all(query: Query, count: int) -> None:
    spans = find_all(TEXT, query)
    assert len(spans) == count
    for start, end in spans:
        assert fold(TEXT[start:end]).text.replace("ss", "ß") or TEXT[start:end]


def test_spans_map_back_past_expanding_characters() -> None:
    text = "straße then Māori"
    [(start, end)] = find_all(text, Query("maori"))
    assert text[start:end] == "Māori"


def test_bad_regex_says_where() -> None:
    with pytest.raises(SearchError, match="position"):
        find_all(TEXT, Query("(", regex=True))


def test_typographic_marks_are_found_by_what_a_keyboard_types() -> None:
    text = "“It’s over” — she said"
    assert [text[s:e] for s, e in find_all(text, Query('"it\'s over" - she'))] == ["“It’s over” — she"]


TEXTS = ["Te Pāti Māori said", "straße, Māori and MAORI", "", "no match here", "Pāti again: pāti"]


@pytest.mark.parametrize(
    "query",
    [Query("maori"), Query("Maori"), Query("pati"), Query("strasse"), Query("a"), Query("M.ori", regex=True),
     Query("zzz")],
    ids=["insensitive", "smart-case", "accent", "expanding", "common", "regex", "none"],
)
def test_index_over_many_texts_finds_what_each_text_finds(query: Query) -> None:
    expected = [(i, s, e) for i, text in enumerate(TEXTS) for s, e in find_all(text, query)]
    assert SearchIndex.of_texts(TEXTS).search(query) == expected


def test_index_stops_at_its_limit_and_skips_unlisted_documents() -> None:
    index = SearchIndex(HeldText.of(TEXTS), [1, 4])
    assert index.search(Query("pati")) == [(1, 0, 4), (1, 12, 16)]
    assert index.search(Query("a"), limit=3) == [(0, s, e) for s, e in find_all(TEXTS[1], Query("a"))[:3]]
    assert [m[0] for m in index.search(Query("maori"))] == [0, 0]


def test_a_query_never_matches_across_documents() -> None:
    assert SearchIndex.of_texts(["ends with mao", "ri starts"]).search(Query("maori")) == []


def test_a_corpus_of_several_chunks_finds_the_same_as_each_text() -> None:
    texts = [("Māori " * 50_000) + f"end{i}" for i in range(5)] + ["straße Maori"]  # about 300 KB each
    folded = FoldedCorpus.of([fold(text) for text in texts])
    assert len(folded.chunks) > 1 and len(folded) == len(texts)
    assert [folded.fold_of(i) for i in range(len(texts))] == [fold(text) for text in texts]
    index = SearchIndex(HeldText.of(texts), range(len(texts)))
    for query in (Query("end3"), Query("maori"), Query("strasse")):
        expected = [(i, s, e) for i, text in enumerate(texts) for s, e in find_all(text, query)][:MATCH_CAP]
        assert index.search(query) == expected
