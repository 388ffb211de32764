"""The judge stage: why a found code or marker withholds nothing (a citation, a legend, a table row).

Each judge takes the candidate's state and returns the reason it is no redaction, or None to pass;
the first reason decides (corpus/ruler.py), and its rule's name says which convention decided.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from .laws import CODE_RE, GROUNDS, ground_words, normalise_code
from .redaction_rules import CODE_ANCHOR_RE, codes_in
from .ruler import Ruler
from .schedule_table import table_spans

_NEWLINE_RE = re.compile(r"\r\n|\r|\n")
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
_EXEMPTION_AFTER_RE = re.compile(r"[ \t]+(?:exemptions?|EXEMPTIONS?|Exemptions?)\b")
_DELETED_PAGES = ("DELETED PAGE INFORMATION SHEET", "Deleted Page Information Sheet")
_SECTION_PATTERN = (r"(?:[Ss](?:ection|\.)?\s?|[Rr]eg(?:ulation|\.)?\s?)?"
                    r"(?:\d{1,2}[A-J]?|\(b\))(?:\s?\([0-9a-zA-Z]{1,4}\)){0,3}")
_LEGEND_LINE_RE = re.compile(rf"^\s*(?:[-*•]\s*)?\[?{_SECTION_PATTERN}\]?\s*(?:[-–—:=]|to)\s*\w+(?:\s+\w+){{2,}}")
_DECISION_RE = re.compile(
    r"\b(?:released? in (?:full|part)|withheld in (?:full|part)|partially released|released with redactions|"
    r"refused in full|exempt in (?:full|part)|(?:partial|full) release|grant(?:ed)? in (?:full|part))\b", re.I)
_ROW_LENGTH = 400  # the longest line a schedule's row is taken to be
_REFERENCE_BEFORE = "-/#_"
_STAMP_BEFORE_RE = re.compile(r"[A-Z]{2,5}-(?:[A-Z]{2,5}-)?\d{5,}$")  # fused to a word before, as often
# A list item's start: a bullet, or a dash or star opening the line ("•  9(2)(a) – privacy").
_BULLET_BEFORE_RE = re.compile(r"(?:[•▪●◦]|^[ \t]*[-*–])[ \t]*$", re.M)
# What follows a listed code: its ground's words after a dash or colon (wrapped to the next line, it may
# be nothing more), or ", to ...". A bare code alone on a bullet is a list of boxes: attendees withheld.
_LISTED_AFTER_RE = re.compile(r"[ \t]*(?:[-–—:=][ \t]*(?:\S|$)|,?[ \t]*to\b)", re.M)
# A description in capitals straight after: only after a code written with its word ("Regulation 12(4)(a)
# Information not held"); "9(2)(a) Senior Adviser" is a withheld name and its title.
_DESCRIBED_AFTER_RE = re.compile(r"[ \t]+[A-Z][a-z]+")
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
    r"[ \t]+(?:applies|apply|applied|is|was|exempts|allows|permits|provides|requires|protects|covers|"
    r"redactions?|exemptions?|does|did|has|had|states|says|relates|relate|concerns|deals|refers|means|sets|"
    r"accounted|accounts|remains|remained|became|becomes)\b")


# How far a legend's description reaches from the code it explains, and how many of its ground's own
# words it must hold: two distinctive words ("privacy" and "natural") are not chance.
DESCRIPTION_REACH = 110
DESCRIPTION_WORDS = 2
_WORD_RE = re.compile(r"[a-z]{4,}")
_SENTENCE_END_RE = re.compile(r"[.!?][\s\"'’”)]")  # "privilege is maintained.\n": a line break ends it too
_SEPARATOR_AFTER_RE = re.compile(r"[ \t]*[-–—:=][ \t]*([^\n]{0,120})")
# What a key says round any code, whatever its ground: "exempt", "withheld", "to protect".
_LEGEND_WORDS = frozenset(("exempt", "exemption", "exemptions", "withheld", "withhold", "withholding", "protect",
                           "protects", "protecting", "privacy", "section", "prejudice", "ground", "grounds",
                           "maintain", "redacted", "redaction", "refused", "release", "deleted", "applies"))


class Lines:
    """Each line of a text, found once: many candidates on one long line stay cheap."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks = [m.start() for m in _NEWLINE_RE.finditer(text)]
        self._judged: dict[int, tuple[bool, bool]] = {}
        self._tables: list[tuple[int, int]] | None = None
        self._deleted_pages: bool | None = None
        self._codes: dict[tuple[int, int], tuple[str, ...]] = {}  # the codes of each span of lines

    @property
    def deleted_pages(self) -> bool:
        """Whether the text holds a "Deleted Page Information Sheet" (looked for once, not per candidate)."""
        if self._deleted_pages is None:
            self._deleted_pages = any(title in self.text for title in _DELETED_PAGES)
        return self._deleted_pages

    def in_table(self, at: int) -> bool:
        """Whether ``at`` is inside a schedule of documents (found on the first question only)."""
        if self._tables is None:
            self._tables = table_spans(self.text)
        return bool(self._tables) and any(start <= at < end for start, end in self._tables)

    def line_codes(self, start: int, end: int, at_least: int) -> tuple[str, ...]:
        """The codes written on the lines holding ``start`` to ``end``, found once per such span (a line
        of many codes has many candidates); none when the lines hold fewer than ``at_least`` (every code
        holds one of CODE_ANCHOR_RE's anchors, found ten times faster than the codes themselves)."""
        first, last = bisect_right(self._breaks, start), bisect_right(self._breaks, max(start, end - 1))
        codes = self._codes.get((first, last))
        if codes is None:
            begin = self._breaks[first - 1] + 1 if first else 0
            stop = self._breaks[last] if last < len(self._breaks) else len(self.text)
            lines = self.text[begin:stop]
            few = len(CODE_ANCHOR_RE.findall(lines)) < at_least
            codes = self._codes[(first, last)] = () if few else codes_in(lines)
        return codes

    def flags(self, at: int) -> tuple[bool, bool]:
        """(a legend or tab-table line, a schedule row naming a decision) for the line holding ``at``."""
        line = bisect_right(self._breaks, at)
        judged = self._judged.get(line)
        if judged is None:
            start = self._breaks[line - 1] + 1 if line else 0
            end = self._breaks[line] if line < len(self._breaks) else len(self.text)
            content = self.text[start:end]
            # A schedule's row is a line of a table, not a whole letter run onto one line by its conversion.
            judged = self._judged[line] = (bool(_LEGEND_LINE_RE.match(content[:300])) or "\t" in content,
                                           len(content) <= _ROW_LENGTH and bool(_DECISION_RE.search(content)))
        return judged


@dataclass(slots=True)
class Candidate:
    """A marker or code found, what found it, and the text round it."""

    text: str
    start: int
    end: int
    code: bool  # a bare code (no brackets, no "Withheld"): prose can cite one
    lines: Lines

    @property
    def before(self) -> str:
        """Up to 20 characters before the candidate (the longest citing word and a space)."""
        return self.text[max(0, self.start - 20):self.start]


def names_someone(c: Candidate) -> bool:
    """After a dash or colon, words that hold none of the code's own ground nor a key's words: who or what
    the box withholds ("- (b)(6), (b)(7)(C) - Reporter, a daily paper"), not what the code means."""
    after = _SEPARATOR_AFTER_RE.match(c.text, c.end)
    words = set(_WORD_RE.findall(after.group(1).lower())) if after else set()
    if not words:
        return False  # nothing after, or a wrapped line: a key may go on below
    own = _LEGEND_WORDS.union(*(ground_words(code) for code in codes_in(c.text[c.start:c.end])))
    return not words & own


# A redaction tool's stamp: the code, a dash and its ground's name ("Section 7(2)(a) - Protection of Privacy").
_STAMP_LABEL_RE = re.compile(r"[ \t]*[-–—][ \t]*[A-Z][a-z]+")
STAMP_REPEATS = 3


def repeated_stamp(c: Candidate) -> bool:
    """The code with its ground's name, written the same way three times or more: a tool's stamp in each
    box (an email's To and Cc, a name in the body), not a key or a heading, which name a ground once."""
    found = _STAMP_LABEL_RE.match(c.text, c.end) if c.code else None
    return found is not None and c.text.count(c.text[c.start:found.end()]) >= STAMP_REPEATS


def legend_line(c: Candidate) -> str | None:
    """A cover note's key ("s9(2)(a) - to protect privacy") or a tab-separated table row explains codes;
    a bulleted code then who it withholds is a box in a list of people."""
    if not c.lines.flags(c.start)[0] or (c.code and names_someone(c)) or repeated_stamp(c):
        return None
    return "legend or table line"


# A legend's key: an empty or numbered box ("[ ]", "[5]") alone on its line, or opening the line.
_KEY_BOX_RE = re.compile(r"\[[ \t]*\w{0,2}[ \t]*\][ \t]*(?:\n[ \t]*)?$")


def key_entry(c: Candidate) -> str | None:
    """"[ ]\nNot relevant", "[5] 9(2)(j) - to enable ...": a legend's numbered or empty box, then what
    it stands for (the boxes in the text carry the number; the words after the key are its meaning)."""
    line_start = c.text.rfind("\n", 0, max(0, c.text.rfind("\n", 0, c.start))) + 1
    return "legend key" if _KEY_BOX_RE.search(c.text, line_start, c.start) else None


def schedule_row(c: Candidate) -> str | None:
    """A code on a line that names a release decision ("3  Briefing  Released in part  9(2)(a)") is a
    schedule's grounds column: it withholds nothing in this text."""
    return "schedule row" if c.code and c.lines.flags(c.start)[1] else None


def schedule_table(c: Candidate) -> str | None:
    """A code or stamp under a schedule's headings ("Date / Document / Withholding grounds") is a row's
    grounds cell, even a cell to a line as PDF text leaves a table; so is "Withheld - 9(2)(j)" there."""
    if c.text[c.start] in "[█■▇▆" or not c.lines.in_table(c.start):
        return None  # a bracket or box in a title cell withholds part of that title
    return "schedule table"


# A run of codes in the law's own order, one after the next, lists its grounds: a form's checkboxes
# ("(b)(1) (b)(2) (b)(3) Statute:"); a box's codes are few, and seldom neighbours in the Act.
LISTED_GROUNDS = 3
GRID_CODES = 5  # so many codes on one line are a form's grid, whatever order its columns are read in


@cache
def _leaf_orders() -> tuple[dict[str, int], ...]:
    """Each law's grounds as numbered in the Act, parents left out ("(b)(7)" is its (A) to (F))."""
    orders = []
    for table in GROUNDS.values():
        leaves = [code for code in table if not any(other != code and other.startswith(code) for other in table)]
        orders.append({code: place for place, code in enumerate(leaves)})
    return tuple(orders)


def grounds_in_order(c: Candidate) -> str | None:
    """"(b) (1) (b) (2) (b) (3) Statute:", "(b)(4) (b)(5) (b)(6) (b)(7)(A)": a code among its line's
    neighbours in the Act, one after the next, is a form's list of exemptions, not a withheld passage;
    so is one of many on a line whose grounds, put in order, run on (a grid read row by row)."""
    codes = c.lines.line_codes(c.start, c.end, LISTED_GROUNDS)
    if len(codes) < LISTED_GROUNDS:
        return None
    own = set(codes_in(c.text[c.start:c.end]))
    for order in _leaf_orders():
        if _in_a_run(codes, order, own) or (len(codes) >= GRID_CODES and _in_a_run(sorted(
                (code for code in codes if code in order), key=order.__getitem__), order, own)):
            return "the law's grounds in order"
    return None


def _in_a_run(codes: list[str] | tuple[str, ...], order: dict[str, int], own: set[str]) -> bool:
    """Whether the candidate's own codes lie in a run of the Act's grounds, one after the next."""
    run: list[str] = []
    for code in (*codes, ""):
        if run and code in order and run[-1] in order and order[code] == order[run[-1]] + 1:
            run.append(code)
            continue
        if len(run) >= LISTED_GROUNDS and own <= set(run):
            return True
        run = [code]
    return False


def deleted_pages(c: Candidate) -> str | None:
    """The FBI's "Deleted Page Information Sheet" lists each withheld page with its codes ("Page 21 ~
    b7E;"): a schedule of pages, not boxes in this text."""
    return "deleted pages sheet" if c.code and c.lines.deleted_pages else None


def listed_ground(c: Candidate) -> str | None:
    """"•  9(2)(a) – to protect privacy", "- Regulation 12(4)(b): manifestly unreasonable": a list of the
    grounds a letter relied on, a bullet before each code and its description after."""
    if not c.code:
        return None
    line_start = c.text.rfind("\n", 0, c.start) + 1
    if not _BULLET_BEFORE_RE.search(c.text, line_start, c.start):
        return None
    described = c.text[c.start].isalpha() and _DESCRIBED_AFTER_RE.match(c.text, c.end)
    if (described or _LISTED_AFTER_RE.match(c.text, c.end)) and not names_someone(c):
        return "listed ground"
    return None


def described_ground(c: Candidate) -> str | None:
    """"Section 9(2)(a) – 'to protect the privacy of natural persons'", "commercial activities, section
    7(2)(h)": a code written beside its own ground's words explains the code; a box's code stands alone."""
    if not c.code:
        return None
    match = CODE_RE.match(c.text, c.start, c.end)
    section = normalise_code(match) if match else None
    words = ground_words(section) if section else frozenset()
    if not words:
        return None
    after = c.text[c.end:c.end + DESCRIPTION_REACH].split("\n\n", 1)[0].lower()  # its own paragraph only
    if len(words.intersection(_WORD_RE.findall(after))) >= DESCRIPTION_WORDS:
        return "described ground"
    before = c.text[max(0, c.start - DESCRIPTION_REACH):c.start].lower()  # only when the words after fall short
    ends = list(_SENTENCE_END_RE.finditer(before))
    side = before[ends[-1].end():] if ends else before  # what comes before: its own sentence only
    return "described ground" if len(words.intersection(_WORD_RE.findall(side))) >= DESCRIPTION_WORDS else None


# "Section 40(2) Personal Information" alone on its line: the heading of a letter's account of a ground.
_HEADING_REST_RE = re.compile(
    r"[ \t]*(?:[-–—:][ \t]*[A-Za-z]|[A-Z])[A-Za-z'’]*(?:[ \t]+[A-Za-z'’&-]+){0,6}[ \t]*$")  # "– free and frank advice"


_GREETINGS = frozenset(("Dear", "Hi", "Hello", "Kia", "Tēnā", "Tena", "Morena", "Good"))


def ground_heading(c: Candidate) -> str | None:
    """"Section 40(2) Personal Information" on a line of its own: a refusal letter heads its account of
    each ground so; a box's code is bare ("40(2)") or stands among other words."""
    if not c.code or not c.text[c.start].isalpha():
        return None
    line_start = c.text.rfind("\n", 0, c.start) + 1
    line_end = c.text.find("\n", c.end)
    rest = c.text[c.end:line_end if line_end >= 0 else len(c.text)]
    # "  • Section 41 – Review by Federal Court": a bullet may open the heading's line when a dash or colon
    # follows the code ("• s9(2)(a) John Smith" is a box in a list of people).
    lead = c.text[line_start:c.start].strip()
    bulleted = bool(lead) and not lead.strip("•·*▪◦-") and rest.lstrip()[:1] in ("-", "–", "—", ":")
    if (lead and not bulleted) or not rest.strip() or not _HEADING_REST_RE.fullmatch(rest) or repeated_stamp(c):
        return None
    if rest.split()[0].strip(",") in _GREETINGS:
        return None  # "s9(2)(a) Dear": the box where a letter's addressee was, before its greeting
    return "ground heading"


def code_as_subject(c: Candidate) -> str | None:
    """"S21(1) applies to this request", "the s22 redaction", "Section 40 exempts": prose about a code
    written with its "s", "Section" or "Regulation" (a box's bare code, "9(2)(a) is", "(b)(6) was", stands
    for a name or a figure)."""
    if c.code and c.text[c.start].isalpha() and _SUBJECT_AFTER_RE.match(c.text, c.end):
        return "code as subject"
    if c.code and c.text[c.start].isalpha() and _THE_BEFORE_RE.search(c.before) and _NOUN_AFTER_RE.match(c.text, c.end):
        return "code as subject"  # "addressed in the s 32 evaluation": the code names a kind of thing
    if c.code and _EXEMPTION_AFTER_RE.match(c.text, c.end):
        return "code as subject"  # "(b)(5) EXEMPTION – privileged": the code's name, not a box
    return None


def prose_citation(c: Candidate) -> str | None:
    """"withheld under section 9(2)(a)", "(see 9(2)(j))", "clause 7(2)(a)": prose cites the code."""
    if not c.code:
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


def statute_citation(c: Candidate) -> str | None:
    """"9(2)(a) of the Official Information Act", "(b)(6) of 5 U.S.C.", "§ 552 (b)(5)": a law cited by its
    section."""
    if not c.code:
        return None
    if c.text[c.start].isalpha() and _OF_THE_NAMED_RE.match(c.text, c.end):
        return "statute citation"  # "Section 21(1) of the Access to Information Ac" (a text cut off mid-word)
    if _CITED_AFTER_RE.match(c.text, c.end, c.end + 80) or _US_SECTION_BEFORE_RE.search(c.text, max(0, c.start - 60),
                                                                                         c.start):
        return "statute citation"
    return "statute citation" if _ACT_BEFORE_RE.search(c.text, max(0, c.start - 60), c.start) else None


# "Exemptions Applied:\nSection 40", "Grounds: s9(2)(a)": a form's field that lists the grounds used.
_GROUNDS_FIELD_RE = re.compile(r"\b(?:exemptions?|grounds?|sections?|reasons?(?: for (?:refusal|withholding))?)"
                               r"(?: (?:applied|used|relied (?:on|upon)|cited))?[ \t]*:[ \t]*\n?[ \t]*$", re.I)


def grounds_field(c: Candidate) -> str | None:
    """"Exemptions Applied: Section 40": the value of a field naming the grounds a response relied on."""
    if not c.code or ":" not in c.text[max(0, c.start - 4):c.start]:
        return None  # the field's colon stands just before its value, on its line or the one above
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


JUDGES: Ruler[Candidate, str] = Ruler("judge", [
    ("legend_line", legend_line),
    ("key_entry", key_entry),
    ("schedule_row", schedule_row),
    ("schedule_table", schedule_table),
    ("grounds_in_order", grounds_in_order),
    ("deleted_pages", deleted_pages),
    ("listed_ground", listed_ground),
    ("described_ground", described_ground),
    ("ground_heading", ground_heading),
    ("code_as_subject", code_as_subject),
    ("prose_citation", prose_citation),
    ("cited_list", cited_list),
    ("example_marker", example_marker),
    ("section_title", section_title),
    ("statute_citation", statute_citation),
    ("grounds_field", grounds_field),
    ("glued_subsection", glued_subsection),
    ("reference_number", reference_number),
    ("clause_number", clause_number),
])
