"""Redaction markers and labels in the forms New Zealand agencies use."""

from __future__ import annotations

import pytest

from critmin_tui.corpus.model import RedactionKind
from critmin_tui.corpus.redactions import find_redactions

# (id, text, [(marker, label, section, kind)])
CASES = [
    ("bare-marker", "The cost is [REDACTED] million.", [("[REDACTED]", None, None, "redaction")]),
    ("ground-word-before", "and that, Negotiations [REDACTED]",
     [("[REDACTED]", "Negotiations", "s9(2)(j)", "redaction")]),
    ("bracketed-section", "Advice was [9(2)(h)] received.", [("[9(2)(h)]", "9(2)(h)", "s9(2)(h)", "redaction")]),
    ("bare-section", "The officials noted s9(2)(g)(i) and moved on.",
     [("s9(2)(g)(i)", "s9(2)(g)(i)", "s9(2)(g)(i)", "redaction")]),
    ("withheld-under-section", "Withheld under section 6(a)",
     [("Withheld under section 6(a)", "Withheld under section 6(a)", "s6(a)", "redaction")]),
    ("withheld-dash", "Withheld - 9(2)(j)", [("Withheld - 9(2)(j)", "Withheld - 9(2)(j)", "s9(2)(j)", "redaction")]),
    ("several-sections", "[Withheld under s9(2)(a) and s9(2)(f)(iv)]",
     [("[Withheld under s9(2)(a) and s9(2)(f)(iv)]", "Withheld under s9(2)(a) and s9(2)(f)(iv)",
       "s9(2)(a), s9(2)(f)(iv)", "redaction")]),
    ("label-after", "The price [REDACTED] (commercial information) was agreed.",
     [("[REDACTED]", "commercial information", "s9(2)(b)(ii)", "redaction")]),
    ("out-of-scope", "[Out of scope]", [("[Out of scope]", None, None, "out_of_scope")]),
    ("block-then-section-in-parentheses", "offtake for ██████ (9(2)(j)).",
     [("██████", "9(2)(j)", "s9(2)(j)", "redaction")]),
    ("block-then-bracketed-label", "advised that ████████ [Withheld under section 9(2)(f)(iv) of the Act]",
     [("████████", "Withheld under section 9(2)(f)(iv) of the Act", "s9(2)(f)(iv)", "redaction")]),
    ("sections-without-s", "[6(a), 9(2)(ba)(i)]",
     [("[6(a), 9(2)(ba)(i)]", "6(a), 9(2)(ba)(i)", "s6(a), s9(2)(ba)(i)", "redaction")]),
    ("not-relevant-is-out-of-scope", "ask you to [Not relevant to request].",
     [("[Not relevant to request]", None, None, "out_of_scope")]),
    ("site-mask", "Contact [email address] for details.", [("[email address]", None, None, "mask")]),
    ("fyi-request-mask", "Scott\n[FYI request #21059 email]\nDear Scott",
     [("[FYI request #21059 email]", None, None, "mask")]),
    ("a-letter-explaining-grounds-is-no-redaction",
     "Document 2 is refused in full under:\n6(a): to avoid prejudicing the security of New Zealand;\n"
     "9(2)(g)(i): to protect the free and frank expression of opinions by departments.", []),
    ("editorial-bracket-is-no-redaction", "He said [its] own way.", []),
    ("section-in-prose-is-no-redaction", "Information may be withheld under section 9(2)(a) of the Act.", []),
    ("legend-line", "s9(2)(a) - to protect the privacy of natural persons", []),
    ("block-characters", "The site is at ████████ Road.", [("████████", None, None, "redaction")]),
    ("bare-code-in-an-email-header", "From: 9(2)(a)\nTo: 9(2)(a) 9(2)(a)",
     [("9(2)(a)", "9(2)(a)", "s9(2)(a)", "redaction")] * 3),
    ("bare-code-fused", "Principal Advisor9(2)(a)\n", [("9(2)(a)", "9(2)(a)", "s9(2)(a)", "redaction")]),
    ("bare-code-at-line-end", "their price band was 9(2)(j)\nWe think",
     [("9(2)(j)", "9(2)(j)", "s9(2)(j)", "redaction")]),
    ("lgoima", "The owner, s7(2)(a), met staff.", [("s7(2)(a)", "s7(2)(a)", "s7(2)(a)", "redaction")]),
    ("au-s47f-spaced", "To: s 47F; s47F", [("s 47F", "s 47F", "s47F", "redaction"),
                                           ("s47F", "s47F", "s47F", "redaction")]),
    ("au-paragraph", "method is s47E(d)", [("s47E(d)", "s47E(d)", "s47E(d)", "redaction")]),
    ("us-spaced", "weighing (b) (5)\nand", [("(b) (5)", "(b) (5)", "(b)(5)", "redaction")]),
    ("us-ocr-damaged", "Their lead, (b)(6 , also", [("(b)(6", "(b)(6", "(b)(6)", "redaction")]),
    ("uk-section-word", "Attendees: Section 40(2)", [("Section 40(2)", "Section 40(2)", "s40(2)", "redaction")]),
    ("eir-reg", "The team, Reg 13, visited.", [("Reg 13", "Reg 13", "reg13", "redaction")]),
    ("box-then-au-code", "at ████ s47G today", [("████", "s47G", "s47G", "redaction")]),
    ("statute-citation-is-no-redaction", "exempt under 9(2)(a) of the Official Information Act", []),
    ("reference-number-is-no-redaction", "Please quote REF-9(2)(a)/2025.", []),
    ("us-cut-code-joins-the-run-before-it", "we would like (b)(6), (b)(... to convey it",
     [("(b)(6), (b)(", "(b)(6), (b)(", "(b)(6)", "redaction")]),
    ("a-masked-address-takes-no-code-from-the-next-line", "E: xxxx.xx@xxxx.xxx.xx\ns22\nLocation: s22",
     [("xxxx.xx@xxxx.xxx.xx", None, None, "mask"), ("s22", "s22", "s22", "redaction"),
      ("s22", "s22", "s22", "redaction")]),
    ("legend-key-then-its-meaning-is-no-stamp",
     "[5]\n9(2)(j) - to enable the Crown to negotiate without disadvantage\n[ ]\nNot relevant\n", []),
    ("stamp-over-a-line-end", "They met on 10 May. Out of Scope\nThe hui went well",
     [("Out of Scope", None, None, "out_of_scope")]),
    ("out-of-scope-in-a-sentence-is-no-stamp", "The matter is out of scope.\n", []),
    ("ground-words-in-an-earlier-sentence-explain-nothing",
     "on the basis legal privilege is maintained.\nCheers,\nStacey\nSec 9(2)(h)\nThanks",
     [("9(2)(h)", "9(2)(h)", "s9(2)(h)", "redaction")]),
    ("a-tools-stamp-repeated-is-each-a-box",
     "To:\nSection 7(2)(a) - Protection of Privacy\nCc:\nSection 7(2)(a) - Protection of Privacy\n"
     "Hi Section 7(2)(a) - Protection of Priva\n",
     [("Section 7(2)(a)", "Section 7(2)(a)", "s7(2)(a)", "redaction")] * 3),
    ("a-ground-heading-once-is-no-box", "Section 7(2)(a) - Protection of Privacy\nWe have withheld names.", []),
    ("a-schedule-known-by-its-numbered-dated-rows",
     "7  Progress update, dated 29 October 2021\ns6(c), s9(2)(a)\n8  Travel to Europe, dated 21 October 2021"
     "  s9(2)(a)\n9  Update on drones, dated 6 July 2021\ns9(2)(a)\n\nI note that the two documents named "
     "in document 5 are publicly available on the website of the agency.", []),
    ("us-margin-codes-in-lower-case-with-a-comma", "Law Enforcement Sensitive March 2010 b6, b7c Document ID: 0.7.98",
     [("b6, b7c", "b6, b7c", "(b)(6), (b)(7)(C)", "redaction")]),
    ("a-stamp-in-title-case-mid-line", "Anna is Out of Scope\n, so we will not have that", [("Out of Scope", None, None,
                                                                                             "out_of_scope")]),
    ("a-box-before-a-greeting-is-no-heading", "Tuesday 17 November 2020\n\ns9(2)(a) Dear\n\nThank you for your request",
     [("s9(2)(a)", "s9(2)(a)", "s9(2)(a)", "redaction")]),
    ("a-banner-in-the-next-paragraph-describes-no-code", "Washington, D.C. 20024\n\n(b)(5) AWP\n\n*** Attorney "
     "Client Privilege *** Attorney Work Product ***", [("(b)(5)", "(b)(5)", "(b)(5)", "redaction")]),
    ("a-list-after-section-is-prose", "exempt under section 34 (cabinet documents), 42 (legal professional privilege), "
     "and 47C\n(deliberative processes) of the FOI Act", []),
    ("a-section-as-a-subject-is-prose", "Section 69 drew criticism.\nSection 21 accounted for 18.6% of them.", []),
    ("schedule-row-is-no-redaction", "2  19 May 2025  Aide memoire  Withheld in full  9(2)(f)(iv)", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_redaction_forms(text: str, expected: list[tuple[str, str | None, str | None, str]]) -> None:
    found = [(r.marker, r.label, r.section, r.kind.value) for r in find_redactions(text)]
    assert found == expected
    for redaction in find_redactions(text):
        assert text[redaction.start:redaction.end] == redaction.marker


def test_truncated_section_is_kept_as_unknown_ground() -> None:
    [redaction] = find_redactions("[Withheld under s9(2)(z)]")
    assert redaction.kind is RedactionKind.REDACTION
    assert redaction.ground is not None and redaction.ground.startswith("ground not recognised")


def test_ground_in_plain_words() -> None:
    [redaction] = find_redactions("[9(2)(a)]")
    assert redaction.ground is not None and "privacy" in redaction.ground
