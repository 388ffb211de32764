"""Properties: the parser never raises, and every element's offsets reproduce its text."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from critmin_tui.corpus import Document, parse_text
from critmin_tui.corpus.redactions import find_redactions

_QUOTE_SOUP = st.text(alphabet='"“”‘’\'«» \n\r\t[]()-:,.aZ\u202e\x1b', max_size=300)
_WORDS = st.lists(
    st.sampled_from(['"', "“", "”", "said", "Kerr", "Dana", "she", ",", ".", "\n", "[REDACTED]", "s9(2)(a)",
                     "Photo: RNZ", "Asked", "Minister", "Ms", "the", "'", "’", "Withheld", "-", ":", "  "]),
    max_size=80,
).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=400), _QUOTE_SOUP, _WORDS)


def _check_offsets(document: Document) -> None:
    text = document.text
    for quote in document.quotes:
        assert text[quote.start:quote.end] == quote.text
        assert 0 <= quote.block < len(document.blocks)
    for block in document.blocks:
        assert 0 <= block.start <= block.end <= len(text)
    for mention in document.mentions:
        assert 0 <= mention.start < mention.end <= len(text)
    for redaction in document.redactions:
        assert text[redaction.start:redaction.end] == redaction.marker


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_article_parse_never_raises_and_keeps_offsets(text: str) -> None:
    _check_offsets(parse_text("x.txt", text))


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT)
def test_minute_parse_never_raises_and_keeps_offsets(text: str) -> None:
    from critmin_tui.corpus import DocumentKind

    document = parse_text("x.txt", "COVERSHEET\nMinute of Decision\n" + text, DocumentKind.MINUTE)
    _check_offsets(document)
    assert document.minute is not None
    for decision in document.minute.decisions:
        assert document.text[decision.verb_start:decision.verb_end] == decision.verb


@settings(max_examples=200, deadline=None)
@given(ANY_TEXT)
def test_redactions_never_overlap(text: str) -> None:
    found = find_redactions(text)
    for first, second in pairwise(found):
        assert first.end <= second.start


def test_ten_thousand_quotation_marks() -> None:
    _check_offsets(parse_text("x.txt", '"' * 10_000))
    _check_offsets(parse_text("x.txt", "“" * 5_000 + "”" * 5_000))


def test_deep_brackets_and_parentheses() -> None:
    _check_offsets(parse_text("x.txt", "[" * 10_000 + "REDACTED" + "]" * 10_000))
    _check_offsets(parse_text("x.txt", "(" * 10_000 + 's9(2)(a) "quote" said Kerr' + ")" * 10_000))


_MISMATCHED = st.lists(
    st.sampled_from(["'", "‘", "’", "„", "“", "”", "«", "»", '"', "Kerr", "said", "the plan", "was", "bold", ",",
                     ".", "\n\n", "she said", "Dana Kerr"]),
    max_size=40,
).map(lambda parts: "".join(p if p in "'‘’„“”«»\",." else " " + p for p in parts))


@settings(max_examples=300, deadline=None)
@given(_MISMATCHED)
def test_quote_spans_never_overlap_with_mismatched_marks(text: str) -> None:
    # An unclosed ' or ‘ around „ or «…» once gave overlapping quote spans.
    spans = sorted((quote.start, quote.end) for quote in parse_text("x.txt", text).quotes)
    for first, second in pairwise(spans):
        assert first[1] <= second[0]
