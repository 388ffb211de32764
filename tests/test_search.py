"""Search over text: accents, case, smart case and regex."""

from __future__ import annotations

import pytest

from critmin_tui.corpus import Query, SearchError, find_all, fold

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
