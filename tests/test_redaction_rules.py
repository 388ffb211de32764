"""Each rule of the redaction pipeline against its own table of cases: the laws' code grammar, the
candidates finders and the judges."""

from __future__ import annotations

import pytest

from critmin_tui.corpus.laws import CODE_RE, ground_for, normalise_code, place, regime_by_source, regime_in_text
from critmin_tui.corpus.model import RedactionKind, Regime
from critmin_tui.corpus.redaction_judges import JUDGES, Candidate, Lines
from critmin_tui.corpus.redaction_rules import (
    bare_codes,
    blocks,
    bracketed,
    codes_in,
    margin_codes,
    open_paren_codes,
    paren_markers,
    stamps,
    withheld_words,
    x_masks,
)
from critmin_tui.corpus.redaction_stamps import (
    classification_stamps,
    crest_stamps,
    declassification_codes,
    deleted_page_lines,
    exemption_in_address,
    withheld_pages,
)
from critmin_tui.corpus.redactions import find_redactions

# (id, written, normalised or None)
CODES = [
    ("nz-bare", "9(2)(a)", "s9(2)(a)"),
    ("nz-spaced", "s 9 (2)(g)(i)", "s9(2)(g)(i)"),
    ("nz-section-word", "Section 6(a)", "s6(a)"),
    ("nz-clause-number-unknown-to-the-act", "7(1)(b)", None),
    ("nz-cut-off", "s9(2)", None),
    ("nz-no-parentheses", "s9", None),
    ("lgoima", "s7(2)(f)(ii)", "s7(2)(f)(ii)"),
    ("au-letter", "s47F", "s47F"),
    ("au-spaced", "s 47F", "s47F"),
    ("au-bare-letter", "47G", "s47G"),
    ("au-paragraph", "s47E(d)", "s47E(d)"),
    ("au-s22", "s22", "s22"),
    ("ca-law-enforcement", "s.16(2)(c)", "s16(2)(c)"),
    ("uk-subsection", "s40(2)", "s40(2)"),
    ("uk-section-word", "Section 43(2)", "s43(2)"),
    ("eir-reg", "Reg 13", "reg13"),
    ("eir-regulation", "regulation 12(4)(e)", "reg12(4)(e)"),
    ("eir-bare", "12(5)(e)", "reg12(5)(e)"),
    ("us", "(b)(6)", "(b)(6)"),
    ("us-spaced", "(b) (5)", "(b)(5)"),
    ("us-law-enforcement", "(b)(7)(C)", "(b)(7)(C)"),
    ("us-lower-letter", "(b)(7)(c)", "(b)(7)(C)"),
    ("us-letter-without-its-brackets", "(b)(7)c", "(b)(7)(C)"),
    ("us-ocr-no-close", "(b)(6", "(b)(6)"),
    ("us-ocr-no-open", "b)(6)", "(b)(6)"),
]


@pytest.mark.parametrize(("written", "expected"), [c[1:] for c in CODES], ids=[c[0] for c in CODES])
def test_code_grammar(written: str, expected: str | None) -> None:
    match = CODE_RE.fullmatch(written)
    assert (normalise_code(match) if match else None) == expected


# (id, code, the document's law, the code's law)
PLACES = [
    ("us-by-form", "(b)(6)", None, Regime.US_FOIA),
    ("eir-by-form", "reg13", Regime.UK_FOIA, Regime.UK_EIR),
    ("au-letter-by-form", "s47F", None, Regime.AU_FOI),
    ("uk-subsection-by-form", "s40(2)", None, Regime.UK_FOIA),
    ("lgoima-by-form", "s7(2)(a)", None, Regime.NZ_LGOIMA),
    ("oia-by-form", "s9(2)(a)", None, Regime.NZ_OIA),
    ("s6-under-lgoima", "s6(a)", Regime.NZ_LGOIMA, Regime.NZ_LGOIMA),
    ("s22-in-an-australian-release", "s22", Regime.AU_FOI, Regime.AU_FOI),
    ("s22-in-a-uk-release", "s22", Regime.UK_FOIA, Regime.UK_FOIA),
    ("s22-nowhere-told", "s22", None, None),
    ("unknown-nz-code-stays-nz", "s9(2)(z)", None, Regime.NZ_OIA),
    ("uk-code-in-an-eir-release", "s40(2)", Regime.UK_EIR, Regime.UK_FOIA),
]


@pytest.mark.parametrize(("code", "document", "expected"), [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_place(code: str, document: Regime | None, expected: Regime | None) -> None:
    assert place(code, document) is expected


def test_every_law_has_grounds_in_plain_words() -> None:
    for regime, section in [(Regime.NZ_OIA, "s9(2)(a)"), (Regime.NZ_LGOIMA, "s7(2)(f)(ii)"),
                            (Regime.AU_FOI, "s47E(d)"), (Regime.UK_FOIA, "s40(2)"), (Regime.UK_EIR, "reg12(5)(e)"),
                            (Regime.US_FOIA, "(b)(7)(C)"), (Regime.AU_FOI, "s47F(1)"),
                            (Regime.AU_FOI, "s22(1)(a)(ii)")]:
        ground = ground_for(regime, section)
        assert ground is not None and ground.summary, (regime, section)


@pytest.mark.parametrize("text", ["the city’s 20 councillors met", "the club's 38 members voted"])
def test_a_possessive_s_is_no_section(text: str) -> None:
    assert codes_in(text) == ()


# (id, text, law)
LAW_WORDS = [
    ("oia", "released under the Official Information Act 1982", Regime.NZ_OIA),
    ("lgoima-long", "under the Local Government Official Information and Meetings Act 1987", Regime.NZ_LGOIMA),
    ("lgoima-short", "your LGOIMA request", Regime.NZ_LGOIMA),
    ("au", "Freedom of Information Act 1982 (Cth)", Regime.AU_FOI),
    ("au-foi-act", "a decision under the FOI Act", Regime.AU_FOI),
    ("uk", "the Freedom of Information Act 2000", Regime.UK_FOIA),
    ("uk-wrapped", "handled under the terms of the Freedom of\nInformation Act 2000 ('the Act').", Regime.UK_FOIA),
    ("eir", "the Environmental Information Regulations 2004", Regime.UK_EIR),
    ("us", "exempt under 5 U.S.C. 552(b)(6)", Regime.US_FOIA),
    ("foisa", "released under the Freedom of Information (Scotland) Act 2002", Regime.SCOT_FOISA),
    ("ireland", "refused under the Freedom of Information Act 2014", Regime.IE_FOI),
    ("ireland-case-number", "Case number: OIC-140832-N8C0D1. Refused under the FOI Act.", Regime.IE_FOI),
    ("canada", "exempt under the Access to Information Act", Regime.CA_ATIA),
    ("victoria-foi-act-is-not-the-cth", "a decision under the FOI Act, made by OVIC", None),
    ("victoria-1982-is-not-the-cth", "the Freedom of Information Act 1982 (Vic) and the FOI Act", None),
    ("nothing", "The minister met the delegation.", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in LAW_WORDS], ids=[c[0] for c in LAW_WORDS])
def test_regime_in_text(text: str, expected: Regime | None) -> None:
    assert regime_in_text(text) is expected


# (id, text, the law its source implies)
SOURCES = [
    ("wdtk-site", "sent via WhatDoTheyKnow.com", Regime.UK_FOIA),
    ("wdtk-mask", "reply to [FOI #1234 email]", Regime.UK_FOIA),
    ("fyi-mask", "reply to [FYI request #99 email]", Regime.NZ_OIA),
    ("fbi-file", "Federal Bureau of Investigation, field office", Regime.US_FOIA),
    ("us-foia-not-uk", "under FOIA 2000 the council", None),
    ("oaic", "seek review by the OAIC", Regime.AU_FOI),
    ("epa-stamp", "Subject: Re: the rule\n\nEx. 5 - Deliberative\n\nSeth", Regime.US_FOIA),
    ("exhibit-is-no-stamp", "the court saw Ex. 5 on Monday", None),
    ("nothing", "a page of notes", None),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SOURCES], ids=[c[0] for c in SOURCES])
def test_regime_by_source(text: str, expected: Regime | None) -> None:
    assert regime_by_source(text) is expected


# (id, finder, text, markers found)
FINDERS = [
    ("bracketed-code", bracketed, "Advice [s47F] follows.", ["[s47F]"]),
    ("bracketed-editorial", bracketed, "He said [its] own way.", []),
    ("bracketed-redact-stem", bracketed, "From: [REDACT] Sent: Friday; call [Redaction] later",
     ["[REDACT]", "[Redaction]"]),
    ("withheld-with-us-code", withheld_words, "WITHHELD (b)(6) here", ["WITHHELD"]),
    ("withheld-under-au", withheld_words, "Withheld under s47F.", ["Withheld under s47F"]),
    ("blocks", blocks, "at ████ Road", ["████"]),
    ("bare-several-in-a-row", bare_codes, "To: 9(2)(a) 9(2)(a)", ["9(2)(a)", "9(2)(a)"]),
    ("bare-fused", bare_codes, "Manager9(2)(a)", ["9(2)(a)"]),
    ("bare-fused-on-the-right", bare_codes, "## s.19(1)and Citizenship Canada", ["s.19(1)"]),
    ("bare-joined-is-one", bare_codes, "s9(2)(a) and s9(2)(j)", ["s9(2)(a) and s9(2)(j)"]),
    ("bare-repeat-is-another-box", bare_codes, "s40(2), s40(2)", ["s40(2)", "s40(2)"]),
    ("bare-us-in-a-row", bare_codes, "(b)(6) ; (b) (6)", ["(b)(6)", "(b) (6)"]),
    ("bare-date-is-no-code", bare_codes, "on 12/05/2025 at 9 (am)", []),
    ("bare-year-is-no-code", bare_codes, "in 2019 (a) and 47 (b)", []),
    ("bare-after-a-number-that-looks-alike", bare_codes, "Part 13\n[Date]\n9(2)(a)\n", ["9(2)(a)"]),
    ("bracketed-what-was-deleted", bracketed, "met with [officer name deleted] today", ["[officer name deleted]"]),
    ("bracketed-cloudflare-mask", bracketed, "Write to [email protected] now", ["[email protected]"]),
    ("bracketed-request-site-mask", bracketed, "Reply to [Borough request email] please", ["[Borough request email]"]),
    ("bracketed-numbered-request-mask", bracketed, "sent from [FOI #4521 email]", ["[FOI #4521 email]"]),
    ("bracketed-email-mentioned-is-no-mask", bracketed, "as in [my earlier email]", []),
    ("bracketed-deidentified-detail", bracketed, "the [named person] at [specified address] in [date range]",
     ["[named person]", "[specified address]", "[date range]"]),
    ("bracketed-named-with-an-article", bracketed, "she told [a named staff member] and [Ms A] the date",
     ["[a named staff member]", "[Ms A]"]),
    ("a-withheld-page-sheet", withheld_pages, "# Page 12\n\nis withheld pursuant to section est retenue en vertu "
     "de l'article\n\n19(1)\n\nof the Access to Information Act", ["19(1)"]),
    ("a-deleted-page-sheet", deleted_page_lines, "DELETED PAGE INFORMATION SHEET\nPage 17 ~ bl; b3 ;\n"
     "Page \t21 \t- b7E;\nPage 22 - Duplicate - serial 5;\nPage 30 'V OTHER - Sealed per Court Order 08-1;\n",
     ["bl; b3 ;", "b7E;", "OTHER - Sealed per Court Order"]),
    ("exemption-over-an-address", exemption_in_address, "To: Ana Moss Exemption 6 gmail.com; withheld under "
     "Exemption 6 of the Act", ["Exemption 6"]),
    ("bracketed-pseudonym-by-office", bracketed, "letters between the planners and [Councillor X] about it [A]",
     ["[Councillor X]"]),
    ("bracketed-lone-named-is-no-placeholder", bracketed, "the [named] one and [Applicant]", []),
    ("bracketed-template-field-is-no-placeholder", bracketed, "Dear Sir, on [Date] at [Time] we", []),
    ("bracketed-gloss-is-no-placeholder", bracketed, "\"[the council] will act,\" he said", []),
    ("x-mask", x_masks, "Contact: xxxx@xxxxx.xxx.xx for help", ["xxxx@xxxxx.xxx.xx"]),
    ("x-mask-real-address", x_masks, "Contact: max@example.org", []),
    ("paren-marker", paren_markers, "Letter from (Redacted) dated", ["(Redacted)"]),
    ("words-left-for-a-box", paren_markers, "Dear redacted text, thanks", ["redacted text"]),
    ("this-redacted-text-is-prose", paren_markers, "We read this redacted text again", []),
    ("margin-codes-one-run", margin_codes, "b1 b3 b7E\nThe agent", ["b1 b3 b7E"]),
    ("margin-codes-across-lines", margin_codes, "done.\nb6\nb7C\nNext", ["b6\nb7C"]),
    ("margin-code-again-is-next-box", margin_codes, "b6\nb6\n", ["b6", "b6"]),
    ("margin-ocr-l-for-one", margin_codes, "xx b l yy", ["b l"]),
    ("declassification-codes", declassification_codes, "Chief, 25X1A\nBranch 25X1 C\nper EO 13526 3.5(c).",
     ["25X1A", "25X1 C", "EO 13526 3.5(c)"]),
    ("classification-stamps-as-scanned", classification_stamps, "(U) Summary\n(U) Reports 14(a) came in. Most "
     "were l.4(a)(g) 50 USc § 3024(1) unexplained.", ["14(a)", "l.4(a)(g) 50 USc § 3024(1)"]),
    ("classification-stamp-needs-portion-marks", classification_stamps, "Clause 1.4(a) of the contract.", []),
    ("state-department-stamp-alone-stands-for-the-passages", classification_stamps,
     "UNCLASSIFIED U.S. Department of State\n\nRELEASE IN PART\nB5\n\nFrom: Ana Moss\nOk. Will do.\n", ["B5"]),
    ("state-department-margin-stamps", classification_stamps, "RELEASE IN PART\nB1,1.4(B)\nTHE MINISTER SAID\n"
     "1.4(B)\n1.4(D)\nB1\n6. HE WOULD SEE.", ["1.4(B)\n1.4(D)\nB1"]),
    ("declassification-needs-its-own-word", declassification_codes, "part no. A25X1A-9 and 125X1", []),
    ("margin-counts-with-dashes", margin_codes, "contacted b6 — L\nabout it b7C —1\n", ["b6 — L", "b7C —1"]),
    ("margin-inside-a-word-is-none", margin_codes, "grab6 and sub7C", []),
    ("stamp-alone-on-line", stamps, "Hello\nOut of scope\nFrom: Ana", ["Out of scope"]),
    ("stamp-before-wide-gap", stamps, "Subject:\nNot relevant   A meeting", ["Not relevant"]),
    ("stamp-as-a-cell", stamps, "file.pdf     Out of scope\n", ["Out of scope"]),
    ("stamp-in-a-sentence-is-prose", stamps, "That is out of scope for this review.", []),
    ("stamp-in-capitals-alone", stamps, "Thanks.\nOut of Scope\nOut of Scope\nBye", ["Out of Scope", "Out of Scope"]),
    ("stamp-us-non-responsive-line", stamps, "Vehicle list:\n\nNon-Responsive\n\nDrive time", ["Non-Responsive"]),
    ("stamp-us-non-responsive-in-a-cell-run", stamps, "Driver Non-Responsive Lead Jo Bloggs", ["Non-Responsive"]),
    ("stamp-non-responsive-in-prose", stamps, "We set aside the non-responsive pages.", []),
    ("paren-what-was-deleted", paren_markers, "Agent (name deleted) called", ["(name deleted)"]),
    ("paren-marker-spaced-inside", paren_markers, "acquired by ( redacted ) of voting", ["( redacted )"]),
    ("declassification-review-bracket", bracketed, "met [Name not declassified] at noon",
     ["[Name not declassified]"]),
    ("paren-gloss-after-withheld-is-prose", paren_markers, "The text withheld (redacted) is listed", []),
    ("paren-gloss-after-redacted-is-prose", paren_markers, "The text is redacted (withheld) from both", []),
    ("the-redacted-text-of-is-prose", paren_markers, "This is the redacted text of the memo", []),
    ("the-redacted-text-in-a-template-is-a-box", paren_markers, "in the redacted text and", ["redacted text"]),
    ("withheld-word-as-a-field-value", withheld_words, "To: Ana\nApproved by: Redacted\nSent", ["Redacted"]),
    ("withheld-word-in-prose-is-none", withheld_words, "Names were Redacted by the agency.", []),
    ("x-mask-phone-and-address", x_masks, "Lesar #xxxxx xxxxxxx xxxxxx Phone: (xxx) xxx-xxxx\n",
     ["#xxxxx xxxxxxx xxxxxx", "(xxx) xxx-xxxx"]),
    ("x-word-is-no-mask", x_masks, "the xxx rating and Xbox", []),
    ("x-mask-dotted-local-part", x_masks, "to xxx.xxx@xxxxx.xxx.xx now", ["xxx.xxx@xxxxx.xxx.xx"]),
    ("crest-stamps", crest_stamps, "CIA-RDP80B01676R000200150032-1 STATINTL Marshall\nSTAT\nNext 2 Page(s) In "
     "Document Denied", ["STATINTL", "STAT", "Next 2 Page(s) In Document Denied"]),
    ("crest-stat-in-a-word-is-none", crest_stamps, "CIA-RDP80 STATE and STATISTICS", []),
    ("margin-codes-numbered-people", margin_codes, "the team b6 -1 b7C -1\nBriefing", ["b6 -1 b7C -1"]),
    ("margin-codes-blank-line-between", margin_codes, "detainees b6 -2\n\nb7C -2\n\nNext", ["b6 -2\n\nb7C -2"]),
    ("bare-us-pair-semicolon-is-one", bare_codes, "Agent (b)(6); (b)(7)(C) said", ["(b)(6); (b)(7)(C)"]),
    ("bare-us-b-then-number", bare_codes, "Cc: b(6); (b)(7)(C) re media", ["b(6); (b)(7)(C)"]),
    ("bracketed-us-b-then-number", bracketed, "From: [b(5)] Sent", ["[b(5)]"]),
    ("bare-us-in-a-word-is-none", bare_codes, "the club(6) rule", []),
    ("open-paren-nz-code", open_paren_codes, "Natasha W\n(9(2)(a)\n\nfather", ["9(2)(a)"]),
    ("open-paren-closed-is-none", open_paren_codes, "as said (9(2)(a)) here", []),
    ("bare-us-pair-spaced-is-one", bare_codes, "Agent (b)(6) (b)(7)(C) said", ["(b)(6) (b)(7)(C)"]),
]


@pytest.mark.parametrize(("finder", "text", "expected"), [c[1:] for c in FINDERS], ids=[c[0] for c in FINDERS])
def test_finders(finder: object, text: str, expected: list[str]) -> None:
    found = list(finder(text, 0, len(text)))  # type: ignore[operator]
    assert [f.marker for f in found] == expected


# (id, text, the code's offset in it, the deciding judge or None)
JUDGED = [
    ("legend", "9(2)(a) - to protect the privacy of natural persons", 0, "judge.legend_line"),
    ("tab-row", "1\tBriefing\t9(2)(a)", 11, "judge.legend_line"),
    ("schedule-row", "1  12 May 2025  Briefing  Released in part  9(2)(a)", 44, "judge.schedule_row"),
    ("under-section", "withheld under section 9(2)(a)", 23, "judge.prose_citation"),
    ("field-of-the-act-with-its-word", "Sections of the Act: Section 22", 21, "judge.grounds_field"),
    ("field-with-its-word", "Exemptions: Section 47E(d)", 12, "judge.grounds_field"),
    ("disclosure-log-row", "2021/002 27 Sep 2021 Documents about masks in the Delta outbreak. s.47 and s.22", 66,
     "judge.schedule_row"),
    ("clause", "Clause 7(2)(a) of the draft", 7, "judge.prose_citation"),
    ("statute", "9(2)(a) of the Official Information Act", 0, "judge.statute_citation"),
    ("statute-us", "(b)(6) of 5 U.S.C. 552", 0, "judge.statute_citation"),
    ("heading-with-more-subsections", "exemptions:\nSection 40(2)&(3) - Personal Information\n", 12,
     "judge.ground_heading"),
    ("code-titled-then-verb", "Section 31(1)(a) - Law Enforcement - provides that any information is exempt", 0,
     "judge.code_as_subject"),
    ("applied-regulation", "the board applied Regulation 13(1) to the names", 18, "judge.prose_citation"),
    ("relied-on-section", "it relied on Section 40(2) throughout", 13, "judge.prose_citation"),
    ("scottish-act-by-letters", "Section 30(b)(ii) of FOISA covers views", 0, "judge.statute_citation"),
    ("reference", "REF-9(2)(a)/2025", 4, "judge.reference_number"),
    ("bare-after-with-is-a-box", "shared with 9(2)(a) on Friday", 12, None),
    ("s-code-after-with-is-prose", "consistent with s9(2)(a) in part", 16, "judge.prose_citation"),
    ("a-heading-noun-on-the-line-before-cites-nothing", "Revised decision\ns 22\n, (the applicant)", 17, None),
    ("exemptions-listed-without-a-comma", "pursuant to FOIA Exemptions (b)(5) and (b)(6). Finally", 39,
     "judge.cited_list"),
    ("a-section-of-a-named-law-cut-off", "Section 21(1) of the Access to Information Ac", 0,
     "judge.statute_citation"),
    ("name-box-after-to-then-a-verb", "Then we can hand over to s47F to explain their view", 25, None),
    ("name-box-after-for-then-in-there", "a part for s47F in there too", 11, None),
    ("section-after-to-then-the-is-prose", "subject to s47F to the extent needed", 11, "judge.prose_citation"),
    ("email-header", "To: 9(2)(a)", 4, None),
    ("figure", "as Figure 7 (a) shows", 10, "judge.prose_citation"),
    ("recommendation", "see recommendation 6(a).", 19, "judge.prose_citation"),
    ("clause-numbering", "6(a) agree that officials report back", 0, "judge.clause_number"),
    ("one-letter-code-alone", "The delegation head 6(a)\n", 20, None),
    ("legend-us", "(b)(6) - personal privacy of individuals", 0, "judge.legend_line"),
    ("legend-au", "s47F – personal privacy of third parties", 0, "judge.legend_line"),
    ("listed-after-bullet", "grounds: •  9(2)(g)(i) – free and frank opinions", 12, "judge.listed_ground"),
    ("listed-eir-dash", "- Regulation 12(5)(b): course of justice\n", 2, "judge.legend_line"),
    ("listed-description-in-capitals", "- Regulation 12(4)(a) Information not held\n", 2, "judge.listed_ground"),
    ("listed-wrapped", "•  Section 9(2)(a) –\nprotect privacy", 3, "judge.listed_ground"),
    ("listed-comma-to", "• section 6(d), to keep people safe", 2, "judge.listed_ground"),
    ("bulleted-attendee-withheld", "Attendees:\n- 9(2)(a)\n- 9(2)(a)\n", 13, None),
    ("bulleted-name-and-title-withheld", "- 9(2)(a) Senior Adviser\n", 2, None),
    ("bullet-then-words-is-no-list", "• Meeting with 9(2)(a) on Monday", 15, None),
    ("subject-applies", "we consider that S21(1) applies here", 17, "judge.code_as_subject"),
    ("subject-modifier", "with the s22 redaction removed", 9, "judge.code_as_subject"),
    ("subject-regulation", "in private. Regulation 12(4)(e) is subject to a test", 12, "judge.code_as_subject"),
    ("us-code-then-was-a-box", "(b)(6) was aware of it", 0, None),
    ("bare-code-then-is-a-box", "9(2)(a) is the new lead", 0, None),
    ("open-paren-then-line-end-is-a-box", "two people were hired (\n9(2)(a)\n", 24, None),
    ("sentence-end-in-s-is-no-section-mark", "and other considerations. (b)(6) was there", 26, None),
    ("described-after-a-dash-quoted", "Section 9(2)(a) – \u201cto protect the privacy of natural persons\u201d.", 0,
     "judge.described_ground"),
    ("described-on-the-next-line", "the following sections:\n9(2)(h)\nto maintain legal professional privilege.", 24,
     "judge.described_ground"),
    ("described-before-the-code", "to carry out, without prejudice, commercial activities, section 7(2)(h) applies", 56,
     "judge.described_ground"),
    ("described-words-of-another-ground-is-a-box", "Phone 9(2)(a) about the commercial activities of the firm",
     6, None),
    ("one-ground-word-is-chance", "Cc: 9(2)(a) re privacy form", 4, None),
    ("lowercase-section-is-prose", "decided that section 22 could not apply", 13, "judge.prose_citation"),
    ("listed-in-prose-with-its-ground", "exemptions: section 31 (law enforcement), section 40 (personal data)", 42,
     "judge.prose_citation"),
    ("dotted-s-code-then-would-is-a-box", "2. s. 47C(1)  would delegate your power", 3, None),
    ("bulleted-us-codes-then-a-role-is-a-box", "People:\n- (b)(6), (b)(7)(C) - Producer at a TV network\n", 10, None),
    ("bulleted-code-then-a-role-is-a-box", "- 9(2)(a) - Senior Adviser, the Team\n", 2, None),
    ("bulleted-us-code-then-its-ground-is-a-key", "- (b)(6) - an unwarranted invasion of privacy\n", 2,
     "judge.legend_line"),
    ("us-code-after-a-production-stamp-is-a-box", "rise NIH-001621(b) (5)Medical", 15, None),
    ("a-letter-on-one-line-is-no-schedule-row", "Reference: 2020 8 December 2020 s9(2)(a) Dear s9(2)(a) Thank "
     "you for your request. " + "We have considered it carefully. " * 12 + "Document 1 is released in part.", 32,
     None),
    ("a-field-of-grounds-is-no-box", "17 June 2012\nExemptions Applied:\nSection 40\n", 33, "judge.grounds_field"),
    ("a-us-code-run-on-from-a-section-number", "under 15 U.S.C. Section 18a(b)(1) concerning", 27,
     "judge.glued_subsection"),
    ("us-code-after-the-act-section", "as 5 U.S.C. § 552 (b)(5). So it is", 18, "judge.statute_citation"),
    ("ground-heading-on-its-own-line", "relied upon:\nSection 40(2) Personal Information\nThis exemption", 13,
     "judge.ground_heading"),
    ("heading-needs-its-own-line", "To: Section 40(2) Personal Information\n", 4, None),
    ("bare-code-then-a-title-is-a-box", "Attendees:\n9(2)(a) Senior Adviser\n", 11, None),
    ("subject-relates-to", "Section 29(1)(a) relates to the making of policy", 0, "judge.code_as_subject"),
    ("for-a-section-is-prose", "Overall harm for Section 31(1)(a):\n", 17, "judge.prose_citation"),
    ("us-codes-cited-with-the-act", "made pursuant to 5 U.S.C. § 552(b)(5) and (b)(6), and copies", 42,
     "judge.statute_citation"),
    ("us-code-named-as-an-exemption", "(b)(5) EXEMPTION – privileged advice\n", 0, "judge.code_as_subject"),
    ("us-codes-named-as-exemptions-one-damaged", "on the basis of the (b)(3) and (©)(7)(E) exemptions", 20,
     "judge.code_as_subject"),
    ("checkbox-grounds-in-order", "Exemptions marked:\n(b) (1) (b) (2) (b) (3) Statute:\n", 27,
     "judge.grounds_in_order"),
    ("grounds-in-order-past-a-parent", "(b)(5) (b)(6) (b)(7)(A) (b)(7)(B)\n", 7, "judge.grounds_in_order"),
    ("a-box-of-three-grounds-apart", "From: (b)(6) (b)(7)(C) (b)(7)(E)\n", 13, None),
    ("two-neighbours-are-a-box", "To: (b)(6) (b)(7)(A) Sent: Monday\n", 4, None),
    ("plural-sections-is-prose", "the test required by Sections 30(b)(i) and (ii) has been applied", 21,
     "judge.prose_citation"),
    ("heading-with-a-dash-then-lower-case", "below.\nSection 30(b)(i) – our reasons in full\nAn",
     7, "judge.ground_heading"),
    ("a-law-and-its-sections-listed", "Freedom of Information Act 1982, ss 3, 15AC(3), (5), 22, 47F, 54L\n", 57,
     "judge.cited_list"),
    ("exemptions-listed-with-glosses", "the following exemptions: paragraphs 13(1)(c) (information from "
     "governments), 18(a) (financial information), 20(1)(b) (trade secrets)", 78, "judge.cited_list"),
    ("an-act-with-its-year-then-a-section", "Privacy Act 1988, s 6(1)\n", 18, "judge.statute_citation"),
    ("the-code-names-a-kind-of-thing", "matters for the s 32 evaluation and report", 16, "judge.code_as_subject"),
    ("a-bulleted-heading", "Provisions:\n  • Section 41 – Review by the Court\nSummary", 16, "judge.ground_heading"),
    ("an-example-of-the-marker", "shown by a number in brackets; i.e., (b)(2). The number", 37, "judge.example_marker"),
    ("grid-read-row-by-row", "marked: X(b)(1) D(b)(7)(A) D(d)(5) X(b)(2) D(b)(7)(B) D(b)(3) D(b)(7)(C)\n", 9,
     "judge.grounds_in_order"),
    ("a-box-of-four-is-no-grid", "b6 (b)(6) (b)(7)(C) (b)(7)(D) (b)(2)\n", 3, None),
    ("grounds-word-cites", "in regards to withholding grounds s9(2)(g)(i) and more", 34, "judge.prose_citation"),
    ("shown-as-follows-is-an-example", "redacted content is shown as follows:\n\n·(b)(6)· · ·", 40,
     "judge.example_marker"),
    ("a-bullet-closing-on-its-code-under-a-lead-in", "Some text was withheld to protect:\n\n  • the privacy of "
     "people 9(2)(a)\n", 62, "judge.grounds_list_item"),
    ("a-bullet-with-words-after-the-code-is-a-box", "Some text was withheld to protect:\n  • a call with 9(2)(a) "
     "on Monday\n", 51, None),
    ("a-bullet-with-no-lead-in-is-a-box", "Attendees\n  • the adviser 9(2)(a)\n", 26, None),
    ("a-pipe-table-headed-exemption", "| Exemption | Reason |\n|---|---|\n| s.40(2), third parties | names |\n", 35,
     "judge.grounds_column"),
    ("a-pipe-table-of-people-is-a-box", "| Name | Role |\n|---|---|\n| 9(2)(a) | Adviser |\n", 28, None),
    ("a-form-grid-of-exemptions", "Section 552 Section 552a\n\n(b)(1) (b)(7)(A) (d)(5)\n\n"
     "(b)(2) (b)(7)(B) (j)(2)\n\n(b)(3) (b)(7)(C) (k)(1)\n", 51, "judge.exemption_grid"),
    ("an-email-header-of-boxes-is-no-grid", "From: (b)(6)\nTo: (b)(6)\nCc: (b)(6), (b)(7)(C)\n", 17, None),
    ("a-column-of-grounds", "s21  Information reasonably accessible\ns32  Court records\n"
     "s40  Personal information\n", 58, "judge.code_column"),
    ("a-code-before-a-title-is-a-box", "s40  Senior Adviser, Policy\nPhone 021\n", 0, None),
    ("a-box-before-what-a-person-did", "Forum today\ns9(2)(a)\n and  s9(2)(a)  were at the forum", 28, None),
    ("a-box-being-briefed", "sensitivities to both. s9(2)(a)  is being briefed by staff", 23, None),
    ("the-section-is-what-applies", "In this case s9(2)(a) is relevant to the names", 13, "judge.code_as_subject"),
    ("schedule-cell-a-line", "Item\nDate\nDocument description\nDecision\n7\n1 May 2026\nMemo\n9(2)(h)\n", 58,
     "judge.schedule_table"),
]


@pytest.mark.parametrize(("text", "at", "expected"), [c[1:] for c in JUDGED], ids=[c[0] for c in JUDGED])
def test_judges(text: str, at: int, expected: str | None) -> None:
    match = CODE_RE.match(text, at)
    assert match is not None
    decided = JUDGES.decide(Candidate(text, match.start(), match.end(), True, Lines(text)))
    assert (decided.rule if decided else None) == expected


def test_a_bracketed_code_closing_a_listed_ground_withholds_nothing() -> None:
    text = ("Parts were withheld in order to protect:\n\n  • the safety of officers [s6(d)]\n\n"
            "  • when a proposal goes to Cabinet [s9(2)(f)(iv)].\n\nThe meeting with [s9(2)(a)] went ahead.\n")
    assert [text[r.start:r.end] for r in find_redactions(text)] == ["[s9(2)(a)]"]


def test_each_page_the_fbi_deleted_page_sheet_lists_is_withheld() -> None:
    """A line of the sheet is a page withheld under its exemptions (its tabs make it no table row); a
    "Duplicate" line withholds nothing; without the sheet's title, the lines are no sheet's."""
    sheet = ("FEDERAL BUREAU OF INVESTIGATION\nDELETED PAGE INFORMATION SHEET\nPage 17 ~ bl; b3 ;\n"
             "Page \t21 \t- b7E;\nPage \t22 \t- Duplicate - serial 9;\n")
    assert [r.sections for r in find_redactions(sheet)] == [("(b)(1)", "(b)(3)"), ("(b)(7)(E)",)]
    assert [r.marker for r in find_redactions(sheet.replace("DELETED PAGE INFORMATION SHEET", "MEMO"))] != [
        "bl; b3 ;", "b7E;"]


@pytest.mark.parametrize(("text", "markers"), [
    pytest.param("released in accordance with section 22 \n[access to edited copies with exempt or irrelevant matter "
                 "deleted] of the FOI Act", [], id="a-section's-heading-in-brackets"),
    pytest.param("Contact [irrelevant matter deleted] today", ["[irrelevant matter deleted]"],
                 id="a-label-in-brackets"),
    pytest.param("pursuant to FOIA exemption (b)(7)(E) and Privacy Act\nexemption (j)(2) [5 U.S.C. § 552a (b)(7)(E), "
                 "(j)(2)], this response neither confirms", [], id="a-statute-cited-in-brackets-and-its-codes"),
])
def test_section_title_is_no_label(text: str, markers: list[str]) -> None:
    assert [r.marker for r in find_redactions(text)] == markers


def test_australian_s22_marks_irrelevant_material_out_of_scope() -> None:
    """The Commonwealth Act's s22 deletes irrelevant matter; exempt matter carries its own exemption."""
    text = "From: s47F\nSent: Monday\nThe rest is about a staff function. s22\n"
    found = find_redactions(text, regime=Regime.AU_FOI)
    assert [(r.marker, r.kind) for r in found] == [("s47F", RedactionKind.REDACTION),
                                                   ("s22", RedactionKind.OUT_OF_SCOPE)]
