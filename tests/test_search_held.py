"""The corpus's search text held once: one case-kept fold, from which the no-case fold and the
text as written are rebuilt; searches with and without the trigram index find what each text
finds, and no search loads (or parses again) a document."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from critmin_tui.corpus import PARSER_VERSION, ParseCache, Query, SearchIndex, find_all, fold, load_corpus
from critmin_tui.corpus.held import DocText, HeldText, difference, rebuilt
from critmin_tui.corpus.regex_literals import MATCHES_BEYOND_FOLD, required
from critmin_tui.corpus.store import store_of
from critmin_tui.reader.derive import search_index

from .conftest import SEEDS

# What a document's text splits into: (kept fold, its own no-case fold?, how the text differs).
SPLITS = [
    ("plain ASCII line", "plain ASCII line", False, None),
    ("Te Pāti Māori", "Te Pati Maori", False, ([4, 9], "āā")),
    ("“Quoted” — said", '"Quoted" - said', False, ([0, 7, 9], "“”—")),
    ("Straße", "Straße", True, None),
    ("ΟΔΟΣ", "ΟΔΟΣ", True, None),
    ("ﬁne", "fine", False, "ﬁne"),
    ("İstanbul", "Istanbul", True, ([0], "İ")),  # its no-case fold maps back letter by letter
    ("ēēēē", "eeee", False, "ēēēē"),
]


@pytest.mark.parametrize(("text", "kept", "own_lower", "written"), SPLITS,
                         ids=["ascii", "macrons", "typographic", "eszett", "greek-sigma", "ligature", "dotted-i",
                              "dense"])
def test_a_document_splits_into_its_kept_fold_and_differences(
        text: str, kept: str, own_lower: bool, written: tuple[list[int], str] | str | None) -> None:
    part = DocText.of(text)
    assert part.kept.text == kept
    assert (part.lower is not None) == own_lower
    got = part.written
    assert (got if got is None or isinstance(got, str) else (list(got[0]), got[1])) == written
    assert part.lowered() == fold(text)
    assert part.text() == text


@pytest.mark.parametrize(
    ("kept", "written", "text"),
    [("abc", None, "abc"), ("abc", "xyz", "xyz"), ("a-b", ([1], "—"), "a—b"), ("aeiou", ([0, 4], "āū"), "āeioū"),
     ("", None, "")],
    ids=["same", "whole", "one", "ends", "empty"])
def test_the_text_as_written_is_rebuilt(kept: str, written: object, text: str) -> None:
    from array import array

    if isinstance(written, tuple):
        written = (array("I", written[0]), written[1])
    assert rebuilt(kept, written) == text  # type: ignore[arg-type]
    folded = fold(text, keep_case=True)
    assert rebuilt(folded.text, difference(text, folded)) == text


# Texts whose folds change length or case oddly.
TRICKY = ["Straße and STRASSE", "İstanbul, ISTANBUL and istanbul", "ﬁnance and Finance… and fine…",
          "ΟΔΟΣ and οδος and Οδός", "“It’s” and \"It's\"", "plain ASCII Maori text", "Māori and MĀORI",
          "Kelvin \u212a and K", "ends with mao", "ri starts: pāti, Pāti, PĀTI", "dotless ıstanbul, long ſtrasse"]
QUERIES = [Query("Straße"), Query("STRASSE"), Query("strasse"), Query("İstanbul"), Query("ISTANBUL"),
           Query("Finance"), Query("fi", case_sensitive=True), Query("..."), Query("ΟΔΟΣ"), Query("Οδος"),
           Query("It's"), Query("it's"), Query("Maori"), Query("MAORI"), Query("maori"),
           Query("K", case_sensitive=True), Query("and", case_sensitive=True), Query("pati"), Query("Pati"),
           Query("zzzz"), Query("pati", regex=True),
           Query(r"[A-Z]\w+", regex=True), Query(r"M.ori|S\w+E", regex=True), Query(r"…", regex=True),
           Query(r"(?i)straße", regex=True), Query(r"\n|^$", regex=True), Query(r"^ri", regex=True),
           Query(r"istanbul", regex=True), Query(r"strasse|kelvin k", regex=True), Query(r"(?i)KELVIN K", regex=True),
           Query(r"Maori\b", regex=True)]
IDS = ["eszett", "eszett-upper", "eszett-lower", "dotted-i", "dotted-i-upper", "ligature", "ligature-forced",
       "ellipsis", "greek-upper", "greek-mixed", "curly", "curly-lower", "ascii", "ascii-upper", "ascii-lower",
       "kelvin", "forced-and", "macron-lower", "macron-smart", "miss", "regex-literal", "regex-capitals",
       "regex-alternation", "regex-ellipsis", "regex-inline-flag", "regex-empty-or-none", "regex-anchor",
       "regex-dotless-i", "regex-long-s", "regex-kelvin", "regex-literal-then-boundary"]


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [(r"M.ori", ["ori"]), (r"lith\w+", ["lith"]), (r"s9\(2\)\([a-z]\)", ["s9(2)("]), (r"qz\d{3}", None),
     (r"Taranaki|vanadium", ["taranaki", "vanadium"]), (r"(abc|defg)x", ["abc", "defg"]), (r"a|bcd", None),
     (r"(?:xyz)+", None), (r"abc?", None), (r"[abc]def", ["def"]), (r"(?!abcd)e", None), (r"x{2}yyy", ["yyy"]),
     (r"Māori", ["ori"]), (r"(?x) a b c d", ["abcd"]), (r"(?i)CRITICAL\s+min", ["critical"])],
    ids=["dot", "class-after", "escapes", "none", "alternation", "group-alternation", "short-branch", "repeat",
         "optional-letter", "class-before", "look-ahead", "counted-repeat", "beyond-ascii", "verbose", "upper"])
def test_what_every_match_of_a_pattern_holds(pattern: str, needs: list[str] | None) -> None:
    assert required(re.compile(pattern)) == needs


def test_only_the_dotless_i_escapes_its_letters_no_case_fold() -> None:
    # An ASCII letter a no-case pattern matches beyond ASCII folds to that letter, but for these.
    beyond = {chr(code): letter for code in range(0x80, 0x3000) for letter in "abcdefghijklmnopqrstuvwxyz"
              if re.fullmatch(f"(?i){letter}", chr(code)) and fold(chr(code)).text != letter}
    assert {letter: char for char, letter in beyond.items()} == MATCHES_BEYOND_FOLD


def _expected(texts: list[str], query: Query) -> list[tuple[int, int, int]]:
    return [(i, s, e) for i, text in enumerate(texts) for s, e in find_all(text, query)]


@pytest.mark.parametrize("indexed", [False, True], ids=["scan", "trigrams"])
@pytest.mark.parametrize("query", QUERIES, ids=IDS)
def test_held_text_finds_what_each_text_finds(query: Query, indexed: bool) -> None:
    held = HeldText.of(TRICKY)
    if indexed:
        assert held.start_index().wait(30)
    assert SearchIndex(held, range(len(TRICKY))).search(query) == _expected(TRICKY, query)


@pytest.mark.parametrize("indexed", [False, True], ids=["scan", "trigrams"])
@pytest.mark.parametrize("limit", [1, 2, 5, 100], ids=["one", "two", "five", "all"])
def test_searches_stop_at_their_limit_and_skip_unlisted_documents(limit: int, indexed: bool) -> None:
    texts = ["Maori Maori", "x", "Maori", "Straße Maori Maori maori"]
    held = HeldText.of(texts)
    if indexed:
        assert held.start_index().wait(30)
    index = SearchIndex(held, [0, 2, 3])
    listed = [texts[0], texts[2], texts[3]]
    for query in (Query("Maori"), Query("maori"), Query("M.ori", regex=True)):
        assert index.search(query, limit=limit) == _expected(listed, query)[:limit]


def test_a_corpus_of_many_chunks_finds_the_same_with_the_index() -> None:
    texts = [f"Māori {i} straße " * (i % 7 * 3000) + f"end{i}" for i in range(40)] + ["ΟΔΟΣ Maori"]
    held = HeldText.of(texts)
    assert len(held.kept.chunks) > 2
    scanned = [SearchIndex(held, range(len(texts))).search(q, limit=10_000)
               for q in (Query("end3"), Query("maori 3 strasse"))]
    assert held.start_index().wait(60)
    for query, before in zip((Query("end3"), Query("maori 3 strasse")), scanned, strict=True):
        found = SearchIndex(held, range(len(texts))).search(query, limit=10_000)
        assert found == before == _expected(texts, query)[:10_000]


def test_a_regex_search_in_a_thread_finds_what_the_main_thread_finds() -> None:
    query = Query(r"[A-Z]\w+|…", regex=True)
    index = SearchIndex.of_texts(TRICKY * 3)
    found: list[list[tuple[int, int, int]]] = []
    worker = threading.Thread(target=lambda: found.append(index.search(query, limit=20)))
    worker.start()
    worker.join(60)
    assert found == [index.search(query, limit=20)]
    assert len(found[0]) == 20


SEED_QUERIES = [Query("Māori"), Query("maori"), Query("Minister"), Query("s9(2)"), Query(r"M\w+ori", regex=True),
                Query(r"(?i)critical\s+minerals?", regex=True), Query("’"), Query("…"), Query("zzzz"),
                Query("the minister")]


@pytest.mark.parametrize("query", SEED_QUERIES, ids=["accented-smart-case", "no-case", "capital", "section", "regex",
                                                     "regex-inline-case", "curly", "ellipsis", "miss", "phrase"])
def test_a_reopened_corpus_searches_without_loading_a_document(query: Query, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    first = load_corpus([SEEDS], cache=ParseCache(cache_dir, PARSER_VERSION))
    texts = [document.text for document in first.documents]
    corpus = load_corpus([SEEDS], cache=ParseCache(cache_dir, PARSER_VERSION))  # from the snapshot
    store = store_of(corpus.documents)
    assert store is not None and corpus.folds is not None
    listed = [i for i, summary in enumerate(corpus.summaries) if summary.version_of is None]
    expected = [(position, start, end) for position, doc in enumerate(listed)
                for start, end in find_all(texts[doc], query)]
    assert search_index(corpus, listed).search(query) == expected  # the index is being built: a scan
    assert corpus.folds.start_index().wait(30)
    assert search_index(corpus, listed).search(query) == expected
    assert not any(store.is_loaded(doc) for doc in range(len(store)))


@pytest.mark.parametrize("query", [Query("maori"), Query("Maori"), Query("strasse"), Query("ıstanbul")],
                         ids=["no-case", "kept-case", "odd-fold", "dotless"])
def test_many_documents_in_one_chunk_are_scanned_whole_once_indexed(query: Query) -> None:
    texts = [TRICKY[i % len(TRICKY)] + f" {i}" for i in range(200)]
    held = HeldText.of(texts)
    assert held.start_index().wait(30) and len(held.kept.chunks) == 1
    listed = [i for i in range(200) if i % 3]
    expected = [(p, s, e) for p, doc in enumerate(listed) for s, e in find_all(texts[doc], query)]
    assert SearchIndex(held, listed).search(query) == expected


@pytest.mark.parametrize("query", [Query("maori"), Query("Maori"), Query(r"stra\w+", regex=True)],
                         ids=["no-case", "kept-case", "regex"])
def test_an_index_too_slow_to_answer_leaves_search_to_a_scan(query: Query, monkeypatch: pytest.MonkeyPatch) -> None:
    from critmin_tui.corpus import regex_search, trigrams

    held = HeldText.of(TRICKY * 20)
    index = held.start_index()
    assert index.wait(30)
    monkeypatch.setattr(trigrams, "BUDGET_S", -1.0)
    monkeypatch.setattr(trigrams, "_STEPS", 1)
    monkeypatch.setattr(regex_search, "_INDEX_BUDGET_S", -1.0)
    assert index.docs(["maori"]) is None
    assert SearchIndex(held, range(len(TRICKY) * 20)).search(query) == _expected(TRICKY * 20, query)


LETTERS = "ab XY\n.'-āēŌĀßẞİıΣσςΟΌﬁſµøæ“’—…éÜ\u0301\u212a\u2126ǅ\ud800😀"


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=LETTERS, max_size=40))
def test_any_text_splits_into_its_folds_and_back(text: str) -> None:
    part = DocText.of(text)
    assert part.kept == fold(text, keep_case=True)
    assert part.lowered() == fold(text)
    assert part.text() == text
