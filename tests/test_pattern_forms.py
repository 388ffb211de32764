"""The parser's faster pattern forms find what their plain forms find (issue #18): a look-behind moved
after a literal, a leading run taken possessively, and the substring prechecks in front of a regex.
Each table row is a text in our own words, tried from several start positions."""

from __future__ import annotations

import re

import pytest

from critmin_tui.corpus import (
    agency_table,
    attribution,
    kinds,
    labels,
    proxies,
    quotes,
    redaction_damaged,
    schedule,
    schedule_table,
    segments,
)
from critmin_tui.corpus.lexicon import PRESS_WORDS
from critmin_tui.corpus.speech_verbs import trie_pattern

TEXTS = [
    ("empty", ""),
    ("agency-names", "The Treasury and the Ministry of Health wrote; Treasury's view; &Treasury; xTreasury."),
    ("agency-at-start", "Treasury\nMinistry for the Environment"),
    ("cut-section", "Withheld s 9(2)  and S.7(1)\nbut as9(2) and (s9(1) stay.\ns9(2)"),
    ("cut-us", "Name (b)(Date: 1 May) and x(b)( and )(b)( and ((b)(q (b)(6)"),
    ("masked-pronoun", "“______ ___ ____,” she "),
    ("unnamed-speaker", "“____,” one senior government official "),
    ("document-opening", "  , The briefing released to RNZ "),
    ("question-start", "“__ __,” Asked whether the deal was done, "),
    ("inversion", "“______,” \n"),
    ("words", "An official, who asked not to be named, "),
]
STARTS = (0, 1, 3)


def _found(pattern: re.Pattern[str], text: str, start: int) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in pattern.finditer(text, start)]


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with its leading possessive run made greedy again (its form before)."""
    return re.compile(pattern.pattern.replace("*+", "*", 1), pattern.flags)


FORMS = [
    ("agency-name", agency_table._NAME_RE,
     re.compile(r"(?<![\w&])(?:" + trie_pattern(sorted(agency_table._NAMES)) + r")(?![\w&])")),
    ("cut-section", redaction_damaged._CUT_SECTION_RE,
     re.compile(r"(?<![\w(])[Ss]\.?[ \t]?(?:9|7)\([12]\)(?=[ \t]{2,}|[ \t]*(?:\n|$))")),
    ("cut-us", redaction_damaged._CUT_US_RE, re.compile(r"(?<![\w()])\(b\)\s?\((?![ \t]?[1-9l])")),
    ("unnamed", proxies._UNNAMED_RE, _plain(proxies._UNNAMED_RE)),
    ("document-start", proxies._THING_START_RE, _plain(proxies._THING_START_RE)),
    ("question-start", attribution._QUESTION_START_RE, _plain(attribution._QUESTION_START_RE)),
    ("inversion", attribution._INVERSION_PRE_RE, _plain(attribution._INVERSION_PRE_RE)),
]


@pytest.mark.parametrize(("fast", "plain"), [f[1:] for f in FORMS], ids=[f[0] for f in FORMS])
@pytest.mark.parametrize("text", [t[1] for t in TEXTS], ids=[t[0] for t in TEXTS])
def test_fast_form_finds_what_the_plain_form_finds(fast: re.Pattern[str], plain: re.Pattern[str], text: str) -> None:
    assert fast.pattern != plain.pattern
    for start in STARTS:
        assert _found(fast, text, start) == _found(plain, text, start)
        assert bool(fast.match(text, start)) == bool(plain.match(text, start))


def test_trie_with_nothing_after_the_first_character_is_the_plain_trie() -> None:
    words = ["said", "says", "told", "added"]
    assert trie_pattern(words, after_first="") == trie_pattern(words)
    assert trie_pattern(words, after_first="X").startswith("(?:aX")


PRECHECKS = [
    ("self-label", "a self-described “", segments.self_labelled, segments.SELF_LABEL_RE),
    ("self-label-capital", "the Self-styled '", segments.self_labelled, segments.SELF_LABEL_RE),
    ("no-self-label", "a described “", segments.self_labelled, segments.SELF_LABEL_RE),
    ("denial", "the minister rejected claims that", kinds._may_deny, kinds._DENIAL_RE),
    ("denial-phrase", "she brushed off suggestions the deal", kinds._may_deny, kinds._DENIAL_RE),
    ("no-denial", "the minister welcomed the", kinds._may_deny, kinds._DENIAL_RE),
]


@pytest.mark.parametrize(("text", "check", "pattern"), [p[1:] for p in PRECHECKS], ids=[p[0] for p in PRECHECKS])
def test_precheck_passes_wherever_its_regex_matches(text: str, check: object, pattern: re.Pattern[str]) -> None:
    assert callable(check)
    assert check(text) or pattern.search(text) is None
    if pattern is segments.SELF_LABEL_RE:
        assert check(text) == (pattern.search(text) is not None)


ABBREVIATIONS = [
    ("abbreviated", "Trans-Tasman Resources (TTR) told officials"),
    ("dateline", "DETROIT (AP) — police said"),
    ("no-space", "Resources(TTR) said"),
    ("lower", "the firm (ttr) said"),
]


@pytest.mark.parametrize("text", [a[1] for a in ABBREVIATIONS], ids=[a[0] for a in ABBREVIATIONS])
def test_abbreviation_precheck_passes_wherever_the_regex_matches(text: str) -> None:
    assert quotes._SHORT_RE.search(text) is not None or quotes._ABBREVIATED_RE.search(text) is None


LABEL_LINES = [
    ("name", "Ana Moss"), ("name-and-role", "Ana Moss, Minister of Tourism:"), ("stop", "She said so."),
    ("quote", "Ana “Moss”"), ("question", "Who?"), ("colon-role", "Coach Hemi Walker:"),
]


@pytest.mark.parametrize("line", [c[1] for c in LABEL_LINES], ids=[c[0] for c in LABEL_LINES])
def test_label_precheck_rules_out_only_lines_no_label_matches(line: str) -> None:
    if labels._NEVER_IN_LABEL_RE.search(line) is not None:
        assert labels._LABEL_RE.match(line) is None


def test_written_out_press_words_are_the_lexicons() -> None:
    for word in PRESS_WORDS:
        assert kinds._may_press(f"he was {word} on it")
    assert not kinds._may_press("he was told about it")


@pytest.mark.parametrize("verb", ["rejected", "denies", "dismissed", "refuted", "disputed", "rebuffed", "played down",
                                  "brushed off", "hit back at"])
def test_written_out_denial_words_cover_the_denial_regex(verb: str) -> None:
    words = f"the minister {verb} claims that"
    assert kinds._DENIAL_RE.search(words) is not None
    assert kinds._may_deny(words)


SCHEDULE_TEXTS = [
    ("headings", "Letter text.\n\nDoc\nDescription\nDecision\n1\nBriefing\nReleased in part\n\n"
                 "Prose follows here at length with many more words than any cell of a table would hold."),
    ("one-line-headings", "No. Document Withholding grounds\n1 Memo 9(2)(a)\n"),
    ("prose", "The decision on the release was made on the grounds given.\nDate: 1 May\n"),
]


@pytest.mark.parametrize("text", [s[1] for s in SCHEDULE_TEXTS], ids=[s[0] for s in SCHEDULE_TEXTS])
def test_schedule_headings_read_in_place_as_from_each_line(text: str) -> None:
    lines = list(schedule.line_spans(text))
    for index in range(len(lines)):
        assert schedule_table._headings_from(text, lines, index, text.lower()) == \
            schedule_table._headings_from(text, lines, index)
