"""The judge stage: why a found code or marker withholds nothing (a citation, a legend, a table row).

Each judge takes the candidate's state and returns the reason it is no redaction, or None to pass;
the first reason decides (corpus/ruler.py), and its rule's name says which convention decided. The
legend, schedule and heading judges are here; those that tell prose citing a code from a box are in
redaction_prose.py.
"""

from __future__ import annotations

import re
from functools import cache

from .laws import CODE_RE, GROUNDS, ground_words, normalise_code
from .redaction_candidate import Candidate, Lines
from .redaction_lists import code_column, exemption_grid, grounds_column, grounds_list_item
from .redaction_prose import (
    cited_list,
    clause_number,
    code_as_subject,
    example_marker,
    glued_subsection,
    grounds_field,
    prose_citation,
    reference_number,
    section_title,
    statute_citation,
)
from .redaction_rules import codes_in
from .ruler import Ruler

__all__ = ["JUDGES", "Candidate", "Lines"]

# A list item's start: a bullet, or a dash or star opening the line ("•  9(2)(a) – privacy").
_BULLET_BEFORE_RE = re.compile(r"(?:[•▪●◦]|^[ \t]*[-*–])[ \t]*$", re.M)
# What follows a listed code: its ground's words after a dash or colon (wrapped to the next line, it may
# be nothing more), or ", to ...". A bare code alone on a bullet is a list of boxes: attendees withheld.
_LISTED_AFTER_RE = re.compile(r"[ \t]*(?:[-–—:=][ \t]*(?:\S|$)|,?[ \t]*to\b)", re.M)
# A description in capitals straight after: only after a code written with its word ("Regulation 12(4)(a)
# Information not held"); "9(2)(a) Senior Adviser" is a withheld name and its title.
_DESCRIBED_AFTER_RE = re.compile(r"[ \t]+[A-Z][a-z]+")
# How far a legend's description reaches from the code it explains, and how many of its ground's own
# words it must hold: two distinctive words ("privacy" and "natural") are not chance.
DESCRIPTION_REACH = 110
DESCRIPTION_WORDS = 2
_WORD_RE = re.compile(r"[a-z]{4,}")
_SENTENCE_ENDS = (". ", ".\n", "? ", "?\n", "! ", "!\n", ".\"", ".’", ".”", ".)")


def _last_sentence_end(text: str) -> int:
    """Where the text's last sentence starts: after its last stop and the space, line break or closing
    mark after it ("privilege is maintained.\n": a line break ends a sentence too); 0 if none."""
    return max(text.rfind(end) for end in _SENTENCE_ENDS) + 2 if any(end in text for end in _SENTENCE_ENDS) else 0
_SEPARATOR_AFTER_RE = re.compile(r"[ \t]*[-–—:=][ \t]*([^\n]{0,120})")
# What a key says round any code, whatever its ground: "exempt", "withheld", "to protect".
_LEGEND_WORDS = frozenset(("exempt", "exemption", "exemptions", "withheld", "withhold", "withholding", "protect",
                           "protects", "protecting", "privacy", "section", "prejudice", "ground", "grounds",
                           "maintain", "redacted", "redaction", "refused", "release", "deleted", "applies"))


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
KEY_REACH = 8  # "]", a line's end and some spaces: how far before the candidate a key's box closes
_KEY_BOX_RE = re.compile(r"\[[ \t]*\w{0,2}[ \t]*\][ \t]*(?:\n[ \t]*)?$")


def key_entry(c: Candidate) -> str | None:
    """"[ ]\nNot relevant", "[5] 9(2)(j) - to enable ...": a legend's numbered or empty box, then what
    it stands for (the boxes in the text carry the number; the words after the key are its meaning)."""
    if "]" not in c.text[max(0, c.start - KEY_REACH):c.start]:
        return None  # the cheap exit: no box closes just before
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
    side = before[_last_sentence_end(before):]  # what comes before: its own sentence only
    return "described ground" if len(words.intersection(_WORD_RE.findall(side))) >= DESCRIPTION_WORDS else None
# "Section 40(2) Personal Information" alone on its line: the heading of a letter's account of a ground.
_HEADING_REST_RE = re.compile(
    r"[ \t]*(?:[-–—:][ \t]*[A-Za-z]|[A-Z])[A-Za-z'’]*(?:[ \t]+[A-Za-z'’&-]+){0,6}[ \t]*$")  # "– free and frank advice"
_MORE_SUBSECTIONS_RE = re.compile(r"^(?:[ \t]*(?:&|and|,)[ \t]*\(\w{1,4}\))+")
_GREETINGS = frozenset(("Dear", "Hi", "Hello", "Kia", "Tēnā", "Tena", "Morena", "Good"))


def ground_heading(c: Candidate) -> str | None:
    """"Section 40(2) Personal Information" on a line of its own: a refusal letter heads its account of
    each ground so; a box's code is bare ("40(2)") or stands among other words."""
    if not c.code or not c.text[c.start].isalpha():
        return None
    line_start = c.text.rfind("\n", 0, c.start) + 1
    line_end = c.text.find("\n", c.end)
    # "Section 40(2)&(3) - Personal Information": further subsections of the code are the heading's.
    rest = _MORE_SUBSECTIONS_RE.sub("", c.text[c.end:line_end if line_end >= 0 else len(c.text)], count=1)
    # "  • Section 41 – Review by Federal Court": a bullet may open the heading's line when a dash or colon
    # follows the code ("• s9(2)(a) John Smith" is a box in a list of people).
    lead = c.text[line_start:c.start].strip()
    bulleted = bool(lead) and not lead.strip("•·*▪◦-") and rest.lstrip()[:1] in ("-", "–", "—", ":")
    if (lead and not bulleted) or not rest.strip() or not _HEADING_REST_RE.fullmatch(rest) or repeated_stamp(c):
        return None
    if rest.split()[0].strip(",") in _GREETINGS:
        return None  # "s9(2)(a) Dear": the box where a letter's addressee was, before its greeting
    return "ground heading"
JUDGES: Ruler[Candidate, str] = Ruler("judge", [
    ("legend_line", legend_line),
    ("key_entry", key_entry),
    ("grounds_list_item", grounds_list_item),
    ("grounds_column", grounds_column),
    ("code_column", code_column),
    ("schedule_row", schedule_row),
    ("schedule_table", schedule_table),
    ("grounds_in_order", grounds_in_order),
    ("exemption_grid", exemption_grid),
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
