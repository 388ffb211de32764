"""The second look at a release of known law (corpus/redaction_damaged.py): each tolerant finder
against its own table of cases, and the gate that keeps news out of it."""

from __future__ import annotations

import pytest

from critmin_tui.corpus.model import RedactionKind, Regime
from critmin_tui.corpus.redaction_damaged import (
    completed_sevens,
    cut_sections,
    cut_us_codes,
    damaged_us_codes,
    end_brackets,
    ex_markers,
    exemption_slips,
    second_look_triggered,
    spaced_margin_codes,
    split_codes,
)
from critmin_tui.corpus.redaction_found import Found
from critmin_tui.corpus.redactions import find_redactions

# (id, finder, text, the codes written in full elsewhere, (marker, codes) found)
FINDERS = [
    ("ocr-c-for-paren-h-for-middle", damaged_us_codes, "To: CbH6)Hello there", (), [("CbH6)", ("(b)(6)",))]),
    ("ocr-j-for-close", damaged_us_codes, "Reply CbH6J>Smith", (), [("CbH6J", ("(b)(6)",))]),
    ("ocr-spaced-h", damaged_us_codes, "Pat Lee (bH 6JSubject: a note", (), [("(bH 6J", ("(b)(6)",))]),
    ("ocr-letter-spaced", damaged_us_codes, "the agent (b)(7)( C) said", (), [("(b)(7)( C)", ("(b)(7)(C)",))]),
    ("ocr-l-for-one", damaged_us_codes, "noted (b)(l) here", (), [("(b)(l)", ("(b)(1)",))]),
    ("letter-only-after-seven", damaged_us_codes, "Kim (b)(6) (CDC/OD) wrote", (), [("(b)(6)", ("(b)(6)",))]),
    ("agency-name-is-no-letter", damaged_us_codes, "Kim (b)(7) (CDC/OD) wrote", (), [("(b)(7)", ("(b)(7)",))]),
    ("word-with-b-is-none", damaged_us_codes, "the Cab(6) and Club(6)", (), []),
    ("ex-dot", ex_markers, "Phone: Ex. 6 thanks", (), [("Ex. 6", ("(b)(6)",))]),
    ("ex-in-parentheses", ex_markers, "called (Ex. 6) today", (), [("(Ex. 6)", ("(b)(6)",))]),
    ("ex-with-label", ex_markers, "the plan Ex. 5 - Deliberative and more", (),
     [("Ex. 5 - Deliberative", ("(b)(5)",))]),
    ("ex-ocr-bangs", ex_markers, "PM I Ex! 6 ! I___", (), [("Ex! 6 !", ("(b)(6)",))]),
    ("ex-letter", ex_markers, "source Ex. 7(C) said", (), [("Ex. 7(C)", ("(b)(7)(C)",))]),
    ("exhibit-number-with-decimals-is-none", ex_markers, "see Ex. 6.2 of the filing", (), []),
    ("executive-is-none", ex_markers, "the Executive 6 met", (), []),
    ("cut-us-takes-the-commonest", cut_us_codes, "From: Jo Bloggs (b)(Date: today", ("(b)(6)", "(b)(6)", "(b)(5)"),
     [("(b)(", ("(b)(6)",))]),
    ("cut-us-no-majority-is-unrecognised", cut_us_codes, "Cc: Al (b)( >", ("(b)(6)", "(b)(5)", "(b)(7)(C)"),
     [("(b)(", ())]),
    ("cut-us-inside-a-section-is-none", cut_us_codes, "under s9(2)(b)(ii) here", ("(b)(6)",), []),
    ("cut-section-before-wide-gap", cut_sections, "See below – s 9(2)  will ring", ("s9(2)(a)",),
     [("s 9(2)", ("s9(2)(a)",))]),
    ("cut-section-at-line-end", cut_sections, "Sent by s 9(2)\nWednesday", ("s9(2)(a)", "s9(2)(g)(i)"),
     [("s 9(2)", ("s9(2)(a)",))]),
    ("cut-section-commonest-other-law", cut_sections, "Sent by s 9(2)\nWednesday", ("s47F",), [("s 9(2)", ())]),
    ("cut-section-in-prose-is-none", cut_sections, "under s 9(2) of the Act", ("s9(2)(a)",), []),
    ("split-nz", split_codes, "the adviser 9(2)\n(a) said", (), [("9(2)\n(a)", ("s9(2)(a)",))]),
    ("split-au-letter", split_codes, "officer s 47\nF attended", (), [("s 47\nF", ("s47F",))]),
    ("split-section-word", split_codes, "by section 22\n(1)(a)(ii) of it", (),
     [("section 22\n(1)(a)(ii)", ("s22(1)(a)(ii)",))]),
    ("split-clause-number-is-none", split_codes, "in 2019\n(a) the plan", (), []),
    ("split-date-is-none", split_codes, "on 12/05/2025 at 9\n(am)", (), []),
    ("margin-spaced-with-count", spaced_margin_codes, "Date\n\nb 6 2\nBoston", (), [("b 6 2", ("(b)(6)",))]),
    ("margin-spaced-lettered", spaced_margin_codes, "agents b 7C -1\nnext", (), [("b 7C -1", ("(b)(7)(C)",))]),
    ("margin-spaced-in-a-word-is-none", spaced_margin_codes, "plan b 6th time", (), []),
    ("slip-code-damaged", exemption_slips, "Page 001 Withheld pursuant to exemption (W5) of the Act", (),
     [("(W5)", ("(b)(5)",))]),
    ("slip-code-whole-is-the-first-stage's", exemption_slips, "Withheld pursuant to exemption (b)(5)", (), []),
    ("slip-prose-without-a-code-is-none", exemption_slips, "exemption (see below) applies", (), []),
    ("end-bracket-code", end_brackets, "Letter MBIE [9(2", (), [("[9(2", ())]),
    ("end-bracket-mask", end_brackets, "please contact official[emai", (), [("[emai", ())]),
    ("end-bracket-word-is-none", end_brackets, "as the report [see", (), []),
    ("end-bracket-footnote-is-none", end_brackets, "as the report shows [1", (), []),
    ("end-bracket-au-code", end_brackets, "the officer [s 47", (), [("[s 47", ())]),
    ("end-bracket-before-a-last-line-is-none", end_brackets, "colour \x1b[0m text after it.\n", (), []),
    ("closed-bracket-at-end-is-none", end_brackets, "the [email]", (), []),
]


@pytest.mark.parametrize(("finder", "text", "written", "expected"), [c[1:] for c in FINDERS],
                         ids=[c[0] for c in FINDERS])
def test_second_look_finders(finder: object, text: str, written: tuple[str, ...],
                             expected: list[tuple[str, tuple[str, ...]]]) -> None:
    found = list(finder(text, 0, len(text), written))  # type: ignore[operator]
    assert [(f.marker, f.codes) for f in found] == expected


# (id, text, whether the gate lets it through)
TRIGGERS = [
    ("damaged-us", "To: CbH6J", True),
    ("ex-marker", "Call Ex. 6 now", True),
    ("plain-article", "The Executive met Exeter officials on Monday.", False),
    ("label-cut-at-the-end", "Write to official[emai", True),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in TRIGGERS], ids=[c[0] for c in TRIGGERS])
def test_second_look_trigger(text: str, expected: bool) -> None:
    assert second_look_triggered(text) is expected



# (id, text, the law given, markers found)
WHOLE = [
    ("us-release-reads-damaged-codes", "From: Jo (b)(6)\nTo: Al CbH6J\nSubject: plan", None, ["(b)(6)", "CbH6J"]),
    ("news-is-never-read-so", "The CbH6J team scored Ex. 6 points.", None, []),
    ("us-news-citing-an-exhibit", "[Update] In Washington, D.C. the U.S. filing cites Ex. 5 at length.", None, []),
    ("law-given-reads-ex", "Call me on Ex. 6 today", Regime.US_FOIA, ["Ex. 6"]),
    ("nz-release-reads-split-codes", "Kia ora\ns 9(2)(a)\nthe adviser 9(2)\n(a) said", Regime.NZ_OIA,
     ["s 9(2)(a)", "9(2)\n(a)"]),
    ("a-citation-turned-down-is-not-retaken", "Pages are withheld pursuant to Title 5 U.S.C. § 552\n(b)(2)high, "
     "(b)(6) and (b)(7)(c) of the FOIA.", Regime.US_FOIA, []),
    ("a-code-turned-down-by-its-form-is-retaken", "common sense. 1( b)(6),(b)(7)(C) (b)(6)(b)(7)\nL__ is aware",
     Regime.US_FOIA, ["(b)(7)(C)", "(b)(6)(b)(7)"]),
]


@pytest.mark.parametrize(("text", "regime", "expected"), [c[1:] for c in WHOLE], ids=[c[0] for c in WHOLE])
def test_second_look_only_in_a_release(text: str, regime: Regime | None, expected: list[str]) -> None:
    assert [r.marker for r in find_redactions(text, regime=regime)] == expected


# (id, the codes of each candidate, the codes after)
SEVENS = [
    ("letter-of-the-majority", [("(b)(6)", "(b)(7)"), ("(b)(7)(C)",), ("(b)(7)(C)",)],
     [("(b)(6)", "(b)(7)(C)"), ("(b)(7)(C)",), ("(b)(7)(C)",)]),
    ("no-lettered-sevens-stays", [("(b)(7)",), ("(b)(6)",)], [("(b)(7)",), ("(b)(6)",)]),
    ("no-majority-stays", [("(b)(7)",), ("(b)(7)(C)",), ("(b)(7)(E)",), ("(b)(7)(D)",)],
     [("(b)(7)",), ("(b)(7)(C)",), ("(b)(7)(E)",), ("(b)(7)(D)",)]),
    ("no-repeat-after-completing", [("(b)(7)", "(b)(7)(C)"), ("(b)(7)(C)",)], [("(b)(7)(C)",), ("(b)(7)(C)",)]),
]


@pytest.mark.parametrize(("codes", "expected"), [c[1:] for c in SEVENS], ids=[c[0] for c in SEVENS])
def test_completed_sevens(codes: list[tuple[str, ...]], expected: list[tuple[str, ...]]) -> None:
    found = [Found(0, 1, "x", None, c, RedactionKind.REDACTION, True, 3) for c in codes]
    assert [f.codes for f in completed_sevens(found)] == expected
