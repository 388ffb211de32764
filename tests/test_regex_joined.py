"""A run of documents matched in one pass (regex_joined.py) finds what a plain match of each
document's text as written finds, document by document; checked on a table of patterns over
documents that border each other in every way that could tell them apart."""

from __future__ import annotations

import re

import pytest

from critmin_tui.corpus import Query, SearchIndex
from critmin_tui.corpus.held import HeldText
from critmin_tui.corpus.regex_joined import batches, joinable, run_spans
from critmin_tui.corpus.regex_lowered import DocMatcher
from critmin_tui.corpus.regex_search import each_with_alarm

# Documents in our own words, side by side: a word running up to the end and one from the
# start, macrons inside and beside a match, a long ſ and a Kelvin sign, a whole line, empty ones.
DOCS = [
    "critical minerals and critical\tMinerals at the close: minera",
    "ls start this one; Māori and Maori and MĀORI",
    "",
    "Te Pāti Māori critical  minerals",
    "ſtrange ſ and \u212a and a last word",
    "word",
    "line one\nline two",
    "x",
    "ends with Māori",
    "Māori starts; s9(2)(a) and s9(2)(b)",
    "ΟΔΟΣ οδος Straße",
    "",
    "£5 or €5 • a bullet",
]
# The same without a capital sigma: a no-case pattern's fold then lowers letter by letter.
LOWERABLE = [text.replace("ΟΔΟΣ", "Οδοσ") for text in DOCS]

PATTERNS = [
    ("literal", r"maori"), ("caps", r"Maori"), ("dot", r"M.ori"), ("macron", r"Māori"),
    ("no-case-phrase", r"(?i)critical\s+minerals"), ("word-run", r"\w+"), ("word-end", r"\w+\b"),
    ("word-start", r"\b\w"), ("not-boundary", r"\B\w+"), ("greedy-any", r"a.*"), ("lazy-any", r"s.*?e"),
    ("not-word", r"\W+"), ("spaces", r"\s+"), ("not-space", r"\S+"), ("digits", r"\d"),
    ("alternation", r"Taranaki|minera|ls"), ("optional", r"minera(ls)?"), ("section", r"s9\(2\)\([a-z]\)"),
    ("no-case-class", r"(?i)[a-z]+"), ("long-s", r"(?i)strange"), ("kelvin", r"(?i)k and"),
    ("range-caps", r"[A-Z]{2,}"), ("empty-able", r"x*"), ("one-letter", r"d"), ("repeat", r"(?:in)+"),
    ("lookahead", r"m(?=a)"), ("start-anchor", r"^\w+"), ("end-anchor", r"\w+$"), ("negated", r"[^a-z ]+"),
    ("sigma", r"(?i)οδοσ"), ("eszett", r"(?i)strasse"),
]


def _reference(texts: list[str], pattern: re.Pattern[str], limit: int) -> list[list[tuple[int, int]]]:
    """Each text's non-empty matches, at most ``limit`` in all, as a plain per-document match finds them."""
    found: list[list[tuple[int, int]]] = []
    for text in texts:
        if limit <= 0:
            break
        spans = [match.span() for match in pattern.finditer(text) if match.end() > match.start()][:limit]
        found.append(spans)
        limit -= len(spans)
    return found


@pytest.mark.parametrize("docs", [DOCS, LOWERABLE, [text for text in DOCS if text.isascii()]],
                         ids=["capital-sigma", "lowerable", "ascii"])
@pytest.mark.parametrize("limit", [2, 10_000], ids=["capped", "whole"])
@pytest.mark.parametrize("no_case", [False, True], ids=["smart-case", "no-case"])
@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_a_run_in_one_pass_finds_what_each_document_finds(name: str, pattern: str, no_case: bool,
                                                          limit: int, docs: list[str]) -> None:
    compiled = Query(pattern, regex=True, case_sensitive=False if no_case else None).compiled()
    held = HeldText.of(docs)
    listed = list(enumerate(range(len(docs))))
    runs = [run for _, batch in batches(held, listed) for run in batch]
    assert len(runs) == 1 and len(runs[0][1]) == len(docs)
    expected = _reference(docs, compiled, limit)
    assert each_with_alarm(compiled, runs, limit) == expected, name  # joined where joinable
    if joinable(compiled):
        assert run_spans(DocMatcher(compiled), runs[0], limit) == expected, name


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"maori", True), (r"(?i)critical\s+minerals", True), (r"\bword\b", True), (r"\Bx", True), (r"a.*b", True),
    (r"^word", False), (r"word$", False), (r"\Aword", False), (r"word\Z", False), (r"(?m)^line", False),
    (r"m(?=a)", False), (r"(?<=a)m", False), (r"m(?!a)", False), (r"[^a]", False), (r"(a)\1", False),
    (r"māori", False), (r"(?>a+)b", False),
], ids=["literal", "no-case", "boundaries", "not-boundary", "any", "start", "end", "string-start", "string-end",
        "line-start", "lookahead", "lookbehind", "negative-lookahead", "negated-class", "back-reference",
        "macron-literal", "atomic"])
def test_a_pattern_is_joined_only_if_it_reads_nothing_beyond_its_match(pattern: str, expected: bool) -> None:
    assert joinable(re.compile(pattern)) is expected


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_runs_broken_by_unlisted_documents_and_chunks_find_what_each_document_finds(name: str, pattern: str) -> None:
    texts = [DOCS[i % len(DOCS)] + f" {i}" * (i % 3) + " filler" * (i % 7 * 4000) for i in range(60)]
    held = HeldText.of(texts)
    assert len(held.kept.chunks) > 2
    listed = [doc for doc in range(len(texts)) if doc % 5 != 2]
    query = Query(pattern, regex=True)
    compiled = query.compiled()
    expected = [(position, start, end) for position, doc in enumerate(listed)
                for start, end in (span for spans in _reference([texts[doc]], compiled, 10_000) for span in spans)]
    assert SearchIndex(held, listed).search(query, limit=10_000) == expected[:10_000], name


def test_a_catastrophic_pattern_in_one_pass_is_still_stopped_on_one_document() -> None:
    from critmin_tui.corpus.regex_search import RegexTooSlowError

    texts = ["a" * 28 + "c", "short", "a" * 28 + "c"]
    runs = [run for _, batch in batches(HeldText.of(texts), list(enumerate(range(3)))) for run in batch]
    compiled = re.compile(r"(a+)+b")
    assert joinable(compiled)
    with pytest.raises(RegexTooSlowError):
        each_with_alarm(compiled, runs, 100, budget=0.2)
