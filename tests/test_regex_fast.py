"""Regex search's fast paths find what a plain per-document match of the text as written finds:
a no-case pattern run lowered over the text lowered, a document passed over when its fold holds
no match, documents named by the trigram index or a scan; checked on a table of patterns, and
the character-level claims they rest on checked against every Unicode character."""

from __future__ import annotations

import re
import sys
import threading

import pytest

from critmin_tui.corpus import MATCH_CAP, Query, SearchIndex, fold
from critmin_tui.corpus.held import HeldText
from critmin_tui.corpus.regex_lowered import BEYOND_LOWER, DocMatcher, lowered, monotone
from critmin_tui.corpus.regex_lowered import _alike as alike

# Documents in our own words, with what folds: macrons, curly marks, dashes, a long ſ, dotless
# and dotted i, a Kelvin sign, Greek capitals, an eszett, a ligature, and lines.
TEXTS = [
    "Te Pāti Māori said the lithium plan “was fine” — mostly.\nSecond line: Māori Party.",
    "MAORI in capitals; maori lower; Maori mixed. s9(2)(a) withheld, s9(2)(g)(i) too.",
    "ſtrange long ſ and a Kelvin \u212a sign; İstanbul and ıstanbul; ΟΔΟΣ and οδος.",
    "Straße ﬁne ligature ŌŌŌ ēēēē dense āāāā",
    "aaa aaaa overlapping; critical  minerals\ncritical\tMinerals; CRITICAL MINERALS.",
    "",
    "qz123 qz12 QZ999 at the end qz000",
    "line one\nline two ends\n",
    "ends with Māori",
    "x",
]

PATTERNS = [
    ("literal", r"maori"), ("literal-caps", r"Maori"), ("dot", r"M.ori"), ("word-class", r"lith\w+"),
    ("section", r"s9\(2\)\([a-z]\)"), ("alternation", r"Taranaki|lithium"), ("short-literal", r"qz\d{3}"),
    ("inline-no-case", r"(?i)critical\s+minerals"), ("start-anchor", r"^\w+"), ("end-anchor", r"\w+$"),
    ("string-anchors", r"\A.|.\Z"), ("multiline", r"(?m)^line \w+$"), ("boundary", r"\bmaori\b"),
    ("non-boundary", r"\Bori"), ("lookahead", r"m(?=a)"), ("negative-lookahead", r"m(?!a)\w"),
    ("lookbehind", r"(?<=ā)o"), ("negative-lookbehind", r"(?<!\w)ori"), ("negated-class", r"[^a-z ]+"),
    ("negated-letter", r"m[^a]ori"), ("empty-matches", r"x*"), ("overlapping", r"aa"),
    ("back-reference", r"(\w)\1"), ("no-case-back-reference", r"(?i)(o)\1"), ("long-s", r"strange"),
    ("dotless-i", r"istanbul"), ("kelvin", r"k sign"), ("sigma", r"οδοσ"), ("sigma-class", r"\w+ς"),
    ("macron-literal", r"māori"), ("eszett", r"strasse|straße"), ("ligature", r"fine"), ("range", r"[A-Z]{3,}"),
    ("no-case-range", r"(?i)[A-Z]{5}"), ("atomic", r"(?>a+)a"), ("possessive", r"a++"), ("lazy", r"c.*?s"),
    ("crossing", r"end.*line|ori.\Z"), ("any-with-newline", r"(?s)line.two"), ("ascii-flag", r"(?a)\w+ā?"),
    ("whitespace", r"\s{2,}"), ("digits", r"\d+"), ("not-word", r"\W+"), ("scoped-flag", r"(?i:MAORI) Party"),
    ("conditional", r"(m)?(?(1)a|o)ri"), ("dense", r"ē+"), ("curly", r"“\w+"), ("dash", r"— \w+"),
]


def _reference(texts: list[str], query: Query, limit: int) -> list[tuple[int, int, int]]:
    """What a plain per-document match of each text as written finds, in order, up to ``limit``."""
    pattern = query.compiled()
    found = [(position, match.start(), match.end()) for position, text in enumerate(texts)
             for match in pattern.finditer(text) if match.end() > match.start()]
    return found[:limit]


def _in_thread(index: SearchIndex, query: Query, limit: int) -> list[tuple[int, int, int]]:
    """A search as the reader's worker runs it: off the main thread, in the regex process."""
    found: list[list[tuple[int, int, int]]] = []
    worker = threading.Thread(target=lambda: found.append(index.search(query, limit=limit)))
    worker.start()
    worker.join(60)
    return found[0]


@pytest.fixture(scope="module")
def indexed() -> HeldText:
    """The table's texts, many times over (several chunks), with the trigram index built."""
    held = HeldText.of(TEXTS * 3)
    assert held.start_index().wait(60)
    return held


@pytest.mark.parametrize("case_sensitive", [None, False], ids=["smart-case", "no-case"])
@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_the_fast_paths_find_what_each_text_finds(name: str, pattern: str, case_sensitive: bool | None,
                                                 indexed: HeldText) -> None:
    query = Query(pattern, regex=True, case_sensitive=case_sensitive)
    texts = TEXTS * 3
    expected = _reference(texts, query, 10_000)
    scanned = SearchIndex(HeldText.of(texts), range(len(texts)))  # no index: a scan names documents
    assert scanned.search(query) == expected, name
    assert SearchIndex(indexed, range(len(texts))).search(query) == expected, name
    assert _in_thread(SearchIndex(indexed, range(len(texts))), query, 10_000) == expected, name
    assert _in_thread(scanned, query, 3) == expected[:3], name


@pytest.mark.parametrize(("name", "pattern"), PATTERNS[:12], ids=[name for name, _ in PATTERNS[:12]])
def test_a_listed_subset_and_a_limit_find_what_each_text_finds(name: str, pattern: str, indexed: HeldText) -> None:
    listed = [doc for doc in range(len(TEXTS) * 3) if doc % 4 != 1]
    query = Query(pattern, regex=True)
    expected = _reference([(TEXTS * 3)[doc] for doc in listed], query, 7)
    assert SearchIndex(indexed, listed).search(query, limit=7) == expected, name


def test_a_string_in_most_documents_names_every_document_after_the_index_s_first_pages() -> None:
    texts = [f"critical minerals {i} " * (1 + i % 3) + ("Qz12" if i % 50 == 0 else "") for i in range(3000)]
    held = HeldText.of(texts)
    assert held.start_index().wait(60)
    for pattern in (r"(?i)critical\s+minerals \d+5 ", r"qz\d\d", r"minerals 2999"):
        query = Query(pattern, regex=True)
        assert SearchIndex(held, range(len(texts))).search(query) == _reference(texts, query, MATCH_CAP), pattern


SAMPLES = "aA iIİı sSſ kK\u212a σςΣ ß ẞ ǅǆǄ µμ ΐ ā Ā ﬁ ١٢ \u00a0\u2028 _-’"


@pytest.mark.parametrize("pattern", [r"(?i)s", r"(?i)[a-z]", r"(?i)k\w", r"(?i)i", r"(?i)[^i]", r"(?i)\W",
                                     r"(?i)\bs", r"(?i)[sS_-]+", r"(?i)(?<=a)\w"],
                         ids=["s", "range", "k-word", "i", "not-i", "not-word", "boundary", "class", "lookbehind"])
def test_a_lowered_pattern_finds_in_the_text_lowered_what_the_pattern_finds(pattern: str) -> None:
    compiled = re.compile(pattern)
    low = lowered(compiled)
    assert low is not None
    for text in (SAMPLES, SAMPLES.upper(), SAMPLES.title()):
        lower = text.lower()
        if len(lower) != len(text) or any(letter in lower for letter in BEYOND_LOWER):
            continue  # not lowered letter by letter: the text itself is matched
        assert [m.span() for m in low.finditer(lower)] == [m.span() for m in compiled.finditer(text)]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"(?i)abc", True), (r"abc", False), (r"(?i)(a)\1", False), (r"(?i)ā", False), (r"(?ia)abc", False),
    (r"(?i)[ā]", False), (r"(?i)(?-i:a)b", False), (r"(?i)(a)?(?(1)b|c)", False), (r"(?i)(?>a)|[^b]\d", True),
], ids=["ascii", "keeps-case", "back-reference", "beyond-ascii", "ascii-flag", "class-beyond-ascii", "scoped-flag",
        "conditional", "atomic-negated"])
def test_only_patterns_shown_safe_are_lowered(pattern: str, expected: bool) -> None:
    assert (lowered(re.compile(pattern)) is not None) is expected


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"M.ori", True), (r"(?i)crit\w+\s+min", True), (r"[^a]", False), (r"m[^a]", False), (r"(?!a)b", False),
    (r"(?=a)\w", True), (r"(?>a)", False), (r"a++", False), (r"(a)\1", False), (r"māori", False), (r"(?a)\w", False),
    (r"\W+\b", True),
], ids=["dot", "no-case", "negated-class", "negated-letter", "negative-lookahead", "lookahead", "atomic",
        "possessive", "back-reference", "beyond-ascii", "ascii-flag", "not-word"])
def test_only_monotone_patterns_are_looked_for_in_the_fold_first(pattern: str, expected: bool) -> None:
    assert monotone(re.compile(pattern)) is expected


def _characters() -> str:
    """Every Unicode character but the surrogates."""
    return "".join(chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code <= 0xDFFF)


def test_every_character_lowered_is_accepted_as_ignoring_case_accepts_it() -> None:
    """The claim regex_lowered.py rests on, for every character whose lowercase is one character
    and not in BEYOND_LOWER, and every ASCII character and class a lowered pattern may hold."""
    chosen = "".join(c for c in _characters() if len(c.lower()) == 1 and c.lower() not in BEYOND_LOWER)
    lowered_all = "".join(c.lower() for c in chosen)
    # Only these can match an ASCII letter or mark, ignoring case or lowered: the rest are left
    # to the classes' checks, which take every character.
    places = {m.start() for m in re.finditer(r"[\x00-\x7f]", chosen, re.IGNORECASE)} | {
        m.start() for m in re.finditer(r"[\x00-\x7f]", lowered_all)}
    near = "".join(chosen[at] for at in sorted(places))
    letters = [re.escape(chr(code)) for code in range(128)]
    classes = [r"\w", r"\d", r"\s", r"\W", r"\D", r"\S", ".", r"[a-z]", r"[^a-z]", r"[A-Z_\d]", r"[^K]"]
    for items, text in ((letters, near), (classes, chosen)):
        lower = "".join(c.lower() for c in text)
        for item in items:
            runs = f"(?:{item})+"  # the same runs of accepted characters: the same characters accepted
            low = lowered(re.compile(runs, re.IGNORECASE))
            assert low is not None, item
            ignoring = [m.span() for m in re.finditer(runs, text, re.IGNORECASE)]
            assert [m.span() for m in low.finditer(lower)] == ignoring, item


def test_every_letter_alike_its_fold_is_accepted_where_its_fold_is() -> None:
    """The claim the fold's look first rests on: a letter beyond ASCII that _alike passes is
    accepted by a monotone item only where its fold is (lowered, for a lowered item)."""
    letters = [c for c in _characters()[128:0x3000] if fold(c, keep_case=True).text != c and alike(c)]
    assert "ā" in letters and "’" in letters
    items = [re.escape(chr(code)) for code in range(32, 128)] + [r"\w", r"\d", r"\s", r"\W", r"\D", r"\S", ".",
                                                                r"[a-z]", r"[A-Z_\d]"]
    for item in items:
        kept, ignoring = re.compile(item), re.compile(item, re.IGNORECASE)
        low = lowered(ignoring)
        assert low is not None and monotone(kept)
        for letter in letters:
            folded = fold(letter, keep_case=True).text
            assert not kept.match(letter) or kept.match(folded), (item, letter)
            assert not ignoring.match(letter) or low.match(folded.lower()), (item, letter)


def test_a_document_passed_over_in_its_fold_has_no_match_in_its_text() -> None:
    matcher = DocMatcher(re.compile(r"(?i)maori\s+party"))
    for text in TEXTS:
        part = HeldText.of([text]).part(0)
        expected = [m.span() for m in re.finditer(r"(?i)maori\s+party", text)]
        assert matcher.spans(part.kept.text, part.written, 100) == expected
