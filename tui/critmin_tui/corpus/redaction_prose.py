"""The judges that tell a code cited in prose from a box: "withheld under section 9(2)(a)", "(b)(6) of 5
U.S.C. 552", "ss 3, 3A, 47F", "REF-9(2)(a)", "6(a) agree that". Each returns why the candidate is no
redaction, or None to pass; JUDGES (redaction_judges.py) lists them in order among the others.
"""

from __future__ import annotations

import re

from .redaction_candidate import Candidate

# After these words a code is cited, whether or not it has its "s": "under section 9(2)(a)".
_CITING_BEFORE_RE = re.compile(  # each a whole word: "considerations. " ends in "s. " and cites nothing
    r"\b(?:(?:sections?|ss?\.|under|see|per|clauses?|paragraphs?|para|subsections?|regulations?|exemptions?|"
    r"pursuant to)\s*$|"
    # A noun numbers what follows on its own line only: "Revised decision" is a heading, then a box.
    r"(?:rule|article|item|recommendations?|decisions?|figure|fig\.|table|annex|appendix|"
    r"chart|page|part|step|option|question|grounds?)[ \t]*\Z)", re.IGNORECASE)
# A bare one-letter code ("6(a)", "18(d)") then a lowercase word is a list's or a clause's number:
# "6(a) agree that ...", "7(b) of the agreement".
_CLAUSE_RE = re.compile(r"(?:6|7|17|18)\s?\([a-z]\)[ \t]+[a-z]")
# A code with its "s" after these is prose too ("consistent with s9(2)(a)"); a bare number after them is
# a box's code ("shared with 9(2)(a)"), as releases turned from PDF to text show it.
_PROSE_BEFORE_RE = re.compile(
    r"(?:section|sections|under|of|to|with|and|in|for|via|see|per|clause|clauses|paragraph|para|subsection|"
    r"regulation|exemption|exemptions|rule|article|item)\s*$", re.IGNORECASE)
# "throw over to s47F to talk about", "a role for s47F in there": a name's box (Australian releases put
# the ground where a name was), as the object of a preposition, then what a person does or where they are.
_NAME_SLOT_AFTER_RE = re.compile(
    r"[ \t]+(?:to[ \t]+(?!the\b|be\b|this\b|that\b)[a-z]{3,}|in[ \t]+there\b|who\b|about\b)")
_APPLIED_BEFORE_RE = re.compile(
    r"\b(?:appl(?:y|ies|ied|ying)|rel(?:y|ies|ied|ying) (?:on|upon)|cit(?:e|es|ed|ing)|engag(?:e|es|ed|ing)|"
    r"invok(?:e|es|ed|ing))\s+(?:the\s+)?$", re.IGNORECASE)
_CITED_AFTER_RE = re.compile(
    r"\s*(?:of|under|in)\s+(?:the\s+)?(?:[A-Z][\w ]{0,60}Act\b|Act\b|OIA|LGOIMA|FOIA|FOISA|FOI\(S\)A|GIPA|FOI\b|EIR|"
    r"Environmental Information|Regulations|5 U\.?S\.?C)")
# A code written with its word, then "of the" and a name: the law's own section, whatever the law is called.
_OF_THE_NAMED_RE = re.compile(r"[ \t]+of[ \t]+the[ \t]+[A-Z]")
# "5 U.S.C. § 552 (b)(5)", "§ 552(b)(5) and (b)(6)": the Act's own section, and the codes cited with it.
_US_SECTION_BEFORE_RE = re.compile(r"\b552[ \t]?(?:\(b\)[ \t]?\(\d\)(?:[ \t]?\([A-F]\))?[ \t]*(?:,|and|or|&)[ \t]*)*$")
# "(b)(5) EXEMPTION", "the (b)(3) and (©)(7)(E) exemptions": a code named as an exemption, alone or with
# another code (its OCR perhaps damaged) before the word.
_EXEMPTION_AFTER_RE = re.compile(r"[ \t]+(?:(?:and|or|&)[ \t]+[^\s]{2,16}[ \t]+)?"
                                 r"(?:exemptions?|EXEMPTIONS?|Exemptions?)\b")
_REFERENCE_BEFORE = "-/#_"
_STAMP_BEFORE_RE = re.compile(r"[A-Z]{2,5}-(?:[A-Z]{2,5}-)?\d{5,}$")  # fused to a word before, as often
# A code as the subject of a sentence, or a noun's modifier: "S21(1) applies", "the s22 redaction".
_THE_BEFORE_RE = re.compile(r"\b[Tt]he[ \t]+$")
_NOUN_AFTER_RE = re.compile(r"[ \t]+[a-z]{3,}\b")
# "Freedom of Information Act 1982, ss 3, 3A, 4(1), ...", "paragraphs 13(1)(c) (confidential ...), 18(a) (...)":
# the code stands in a list of sections a law or a decision cites, each perhaps glossed in brackets.
_CITED_LIST_RE = re.compile(
    r"\b(?:ss|sss|paragraphs|paras|section|sections|subsections|clauses|regulations|regs|[Ee]xemptions)\.?[ \t]+"
    r"(?:(?:[\w.]{1,12}(?:\([0-9A-Za-z]{1,4}\))*|(?:\([0-9A-Za-z]{1,4}\))+)(?:[ \t]*\([^()\n]{1,80}\))?[ \t]*"
    r"(?:,|and|or|&)(?:[ \t]*(?:and|or))?[ \t]*){1,40}$")  # "42 (...), and 47C": a comma, then "and"
# "Privacy Act 1988, s 6(1)": an Act named with its year, then the section cited.
_ACT_BEFORE_RE = re.compile(r"\bAct,?[ \t]+\d{4}(?:[ \t]+\([A-Za-z]{2,4}\))?,?[ \t]+ss?\.?[ \t]*$|"
                            r"\bAct[ \t]+\d{4},[ \t]*$")
_SUBJECT_AFTER_RE = re.compile(
    # "Section 31(1)(a) - Law Enforcement - provides that": the section's title may stand between.
    r"(?:[ \t]+[-–—][ \t]+[A-Z][\w'’]*(?:[ \t]+[\w'’]+){0,5}?[ \t]+[-–—])?"
    r"[ \t]+(?:applies|apply|applied|is|was|exempts|allows|permits|provides|requires|protects|covers|"
    r"redactions?|exemptions?|does|did|has|had|states|says|relates|relate|concerns|deals|refers|means|sets|"
    r"accounted|accounts)\b")


# What follows a box that stood for a person: "s9(2)(a)  were at today's forum", "s9(2)(a) is being
# briefed", "9(2)(a) said": a person's doing, which no section of an Act does.
_PERSON_AFTER_RE = re.compile(
    r"[ \t]+(?:(?:is|was|are|were|has[ \t]+been|have[ \t]+been)[ \t]+(?:being[ \t]+)?(?:at|present|briefed|told|asked|"
    r"invited|contacted|consulted|updated|copied|attending|meeting|leading|away|travelling|speaking|on[ \t]+leave)|"
    r"(?:said|says|told|asked|attended|met|emailed|rang|replied|advised|confirmed|agreed|wrote)[ \t]+(?!that\b)\w)\b")


def stands_for_someone(c: Candidate) -> bool:
    """Whether the words after the code tell what a person did or is doing: the code is a box where
    their name was, however the words before it read."""
    return c.code and _PERSON_AFTER_RE.match(c.text, c.end) is not None


def code_as_subject(c: Candidate) -> str | None:
    """"S21(1) applies to this request", "the s22 redaction", "Section 40 exempts": prose about a code
    written with its "s", "Section" or "Regulation" (a box's bare code, "9(2)(a) is", "(b)(6) was", stands
    for a name or a figure)."""
    if c.code and c.text[c.start].isalpha() and _SUBJECT_AFTER_RE.match(c.text, c.end) and not stands_for_someone(c):
        return "code as subject"
    if c.code and c.text[c.start].isalpha() and _THE_BEFORE_RE.search(c.before) and _NOUN_AFTER_RE.match(c.text, c.end):
        return "code as subject"  # "addressed in the s 32 evaluation": the code names a kind of thing
    if c.code and _EXEMPTION_AFTER_RE.match(c.text, c.end):
        return "code as subject"  # "(b)(5) EXEMPTION – privileged": the code's name, not a box
    return None


def prose_citation(c: Candidate) -> str | None:
    """"withheld under section 9(2)(a)", "(see 9(2)(j))", "clause 7(2)(a)": prose cites the code."""
    if not c.code or stands_for_someone(c):
        return None
    before = c.before
    closed = before[-1:] == "(" and c.text[c.end:c.end + 1] == ")"  # "(9(2)(a))"; "(" then a line end is a box
    if before[-1:] == "/" or closed or _CITING_BEFORE_RE.search(before):
        return "prose citation"
    # A box's label is "s 22", "9(2)(a)" or "Section 40", never "section 40" nor "Sections 30(b)(i) and (ii)".
    if c.text.startswith(("section", "Sections"), c.start):
        return "prose citation"
    if c.text[c.start] in "sS" and _PROSE_BEFORE_RE.search(before) and not _NAME_SLOT_AFTER_RE.match(c.text, c.end):
        return "prose citation"
    # "the council applied Regulation 13(1) to": a code with its word, the object of applying or relying.
    if c.text[c.start].isalpha() and _APPLIED_BEFORE_RE.search(before):
        return "prose citation"
    return None
# "Redacted material is shown in brackets; i.e., [§552(b)(2)]": an example of the marker, not a box.
_EXAMPLE_BEFORE_RE = re.compile(
    r"(?:\bi\.e\.|\be\.g\.|\bfor example|\b(?:shown|appears?|displayed|indicated) as follows)[,:]?\s*[·•]?$", re.I)


def example_marker(c: Candidate) -> str | None:
    """"indicated by a number in brackets; i.e., [§552(b)(2)]": a note shows what its markers look like."""
    return "example of a marker" if _EXAMPLE_BEFORE_RE.search(c.before) else None
# "section 22 [access to edited copies with exempt or irrelevant matter deleted] of the FOI Act": the
# section's own heading, in brackets after its number.
_SECTION_BEFORE_RE = re.compile(r"\b(?:section|s\.?)[ \t]?\d{1,3}[A-Z]{0,2}(?:\([0-9a-z]{1,4}\))*\s*$", re.I)
TITLE_WORDS = 3


def section_title(c: Candidate) -> str | None:
    """A bracket of several words right after a section's number is its heading as the Act words it
    ("section 22 [access to edited copies ...]"), not a label where text was withheld."""
    if c.text[c.start:c.start + 1] != "[" or len(c.text[c.start:c.end].split()) < TITLE_WORDS:
        return None
    return "a section's heading" if _SECTION_BEFORE_RE.search(c.text, max(0, c.start - 40), c.start) else None


_STATUTE_IN_BRACKET_RE = re.compile(r"U\.\s?S\.\s?C\.|§|\bC\.F\.R\.")


def statute_citation(c: Candidate) -> str | None:
    """"9(2)(a) of the Official Information Act", "(b)(6) of 5 U.S.C.", "§ 552 (b)(5)": a law cited by its
    section."""
    if c.text[c.start:c.start + 1] == "[" and _STATUTE_IN_BRACKET_RE.search(c.text, c.start, c.end):
        return "statute citation"  # "[5 U.S.C. § 552a (b)(7)(E), (j)(2)]": brackets holding a law's citation
    if not c.code:
        return None
    if c.text[c.start].isalpha() and _OF_THE_NAMED_RE.match(c.text, c.end):
        return "statute citation"  # "Section 21(1) of the Access to Information Ac" (a text cut off mid-word)
    if _CITED_AFTER_RE.match(c.text, c.end, c.end + 80) or _US_SECTION_BEFORE_RE.search(c.text, max(0, c.start - 60),
                                                                                         c.start):
        return "statute citation"
    return "statute citation" if _ACT_BEFORE_RE.search(c.text, max(0, c.start - 60), c.start) else None
# "Exemptions Applied:\nSection 40", "Grounds: s9(2)(a)": a form's field that lists the grounds used.
# "Exemptions: Section 47E(d)": the field's value may name its word ("Section", "s") before the code.
_GROUNDS_FIELD_RE = re.compile(r"\b(?:exemptions?|grounds?|sections?|reasons?(?: for (?:refusal|withholding))?)"
                               r"(?: of the (?:FOI )?Act)?(?: (?:applied|used|relied (?:on|upon)|cited))?"
                               r"[ \t]*:[ \t]*\n?[ \t]*"
                               r"(?:(?:sections?|s\.?)[ \t]*)?$", re.I)


def grounds_field(c: Candidate) -> str | None:
    """"Exemptions Applied: Section 40": the value of a field naming the grounds a response relied on."""
    if not c.code or ":" not in c.text[max(0, c.start - 14):c.start]:
        return None  # the field's colon stands just before its value (and its word), on its line or the one above
    return "a field of grounds" if _GROUNDS_FIELD_RE.search(c.text, max(0, c.start - 40), c.start) else None


def glued_subsection(c: Candidate) -> str | None:
    """"15 U.S.C. Section 18a(b)(1)": a code run on from a section's number is a subsection of what it
    cites (run on from a production stamp, "NIH-001621(b) (5)", it is still a box)."""
    if not c.code or c.start == 0 or c.text[c.start] != "(" or not c.text[c.start - 1].isalnum():
        return None
    return "a cited section's subsection" if _GLUED_SECTION_RE.search(c.text, max(0, c.start - 20), c.start) else None
_GLUED_SECTION_RE = re.compile(r"(?:\b[Ss]ections?|\b[Ss]ec\.|§)[ \t]*\d{1,4}[A-Za-z]{0,2}$")


def cited_list(c: Candidate) -> str | None:
    """"Freedom of Information Act 1982, ss 3, 3A, 4(1), ... 47F", "paragraphs 13(1)(c) (...), 18(a)":
    a code in a list of sections a law or a decision cites withholds nothing."""
    before = c.before
    if not c.code or ("," not in before and " and " not in before and " or " not in before and "&" not in before):
        return None  # no list goes on just before: the cheap exit
    return "list of sections cited" if _CITED_LIST_RE.search(c.text, max(0, c.start - 400), c.start) else None


def reference_number(c: Candidate) -> str | None:
    """"REF-9(2)(a)", "2024/7(1)(b)", "v1.9(2)": a reference number or clause id that looks alike."""
    before = c.before
    if c.code and before and (before[-1] in _REFERENCE_BEFORE or before[-1].isdigit()
                              or (before[-1] == "." and before[-2:-1].isdigit())):
        # A page's production stamp run into the code ("NIH-001621(b) (5)") ends there: the code is a box's.
        return None if c.text[c.start] == "(" and _STAMP_BEFORE_RE.search(before) else "reference number"
    return None


def clause_number(c: Candidate) -> str | None:
    """"6(a) agree that the Minister ...": a bare one-letter code before a lowercase word numbers a clause."""
    return "clause number" if c.code and _CLAUSE_RE.match(c.text, c.start, c.end + 3) else None
