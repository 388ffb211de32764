"""What the main screen derives from the corpus and its state: pure functions, no Textual."""

from __future__ import annotations

import pytest

from critmin_tui.corpus import MATCH_CAP, Corpus
from critmin_tui.reader.derive import counter, filtered_spans, first_screens, speaker_counts
from critmin_tui.reader.state import CorpusShape, Match, ReaderState


@pytest.mark.parametrize(
    ("state", "shown"),
    [
        (ReaderState(), ""),
        (ReaderState(regex=True), "regex"),
        (ReaderState(query="x"), "no matches"),
        (ReaderState(query="x", matches=(Match(0, 1, 2), Match(0, 5, 6)), match_index=1), "2/2"),
        (ReaderState(query="x", matches=(Match(0, 1, 2),), match_index=None), "0/1"),
        (ReaderState(query="x", matches=(Match(0, 1, 2),) * MATCH_CAP, match_index=0), f"1/{MATCH_CAP}+"),
        (ReaderState(query="(", regex=True, error="bad regular expression at position 0"), "regex bad pattern"),
    ],
    ids=["nothing", "regex-mode", "no-matches", "second-of-two", "none-chosen", "capped", "error"],
)
def test_counter(state: ReaderState, shown: str) -> None:
    assert counter(state) == shown


def test_the_counter_says_what_it_counts_in() -> None:
    state = ReaderState(query="x", matches=(Match(0, 1, 2), Match(0, 5, 6)), match_index=0)
    assert counter(state, "in filter") == "1/2 in filter"
    assert counter(ReaderState(query="x"), "in document") == "no matches in document"


def test_filter_spans_come_from_the_summaries(corpus: Corpus) -> None:
    shape = CorpusShape.of(corpus)
    spans = filtered_spans(corpus, shape.primaries, frozenset({"Josie Vidal"}))
    quotes = [(i, q.start, q.end) for i in shape.primaries for q in corpus.documents[i].quotes
              if q.speaker == "Josie Vidal"]
    assert spans == quotes and len(spans) == corpus.speaker("Josie Vidal").quote_count  # type: ignore[union-attr]


def test_speaker_counts_follow_the_search_until_it_is_capped(corpus: Corpus) -> None:
    shape = CorpusShape.of(corpus)
    first = shape.primaries[0]
    vidal = [(q.start, q.end) for q in corpus.documents[first].quotes if q.speaker == "Josie Vidal"]
    state = ReaderState(query="x", matches=(Match(first, vidal[0][0], vidal[0][0] + 1),))
    counts, totals = speaker_counts(corpus, shape, state)
    assert counts == {"Josie Vidal": 1} and totals["Josie Vidal"] == 13
    capped = ReaderState(query="x", matches=(Match(first, vidal[0][0], vidal[0][0] + 1),) * MATCH_CAP)
    assert speaker_counts(corpus, shape, capped)[0] == totals


def test_short_views_are_laid_out_whole(corpus: Corpus) -> None:
    shape = CorpusShape.of(corpus)
    assert first_screens(corpus, shape, ReaderState(doc=shape.primaries[0]), []) is None
