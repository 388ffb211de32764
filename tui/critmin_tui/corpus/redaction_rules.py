"""The candidates stage: every form a withheld span takes in a release, each a named finder.

A finder runs only where its trigger characters are present (one cheap scan), and yields the
marker's span, whether it is a bare code (which prose could be citing), its label and its codes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .laws import CODE_RE, normalise_code
from .model import RedactionKind
from .oia import ground_for_label, label_words
from .redaction_found import Found
from .redaction_stamps import (
    DELETED_PAGE_SHEETS,
    classification_stamps,
    crest_stamps,
    declassification_codes,
    deleted_page_lines,
    exemption_in_address,
    withheld_pages,
)
from .text import lowered

_BRACKET_RE = re.compile(r"\[([^\[\]\n]{1,100})\]")
BLOCKS_RE = re.compile(r"[█■▇▆]{2,}")
_WITHHELD_RE = re.compile(
    r"\b(?:Withheld|WITHHELD|Redacted|REDACTED)\b(?:\s*(?:under|pursuant to|in accordance with|per|-|–|—|:)\s*"
    r"(?:the\s+)?(?:OIA\s+|FOIA\s+|FOI Act\s+|LGOIMA\s+)?)?"
)
_WORD_RE = re.compile(r"\w+")
_CUT_OFF_RE = re.compile(r"(?:[Ss](?:ection|\.)?\s?)?\d{1,2}[\w()]*")
_JOIN_RE = re.compile(r"\s*(?:,|;|and|&|/|or)\s*")
# US exemptions of one box are often only spaced apart: "(b)(6) (b)(7)(C)".
_US_JOIN_RE = re.compile(r"[ \t]*\n?[ \t]*(?=\(\s?b)")
# A label in brackets or parentheses just after a marker; it may hold a section's own parentheses.
_LABEL_AFTER_RE = re.compile(r"[ \t]*(?:\[([^\[\]\n]{1,120})\]|\(((?:[^()\n]|\([^()\n]{0,8}\)){1,80})\))")
# "[REDACTED]", "[withheld]", and a few words naming what went ("[name deleted]", "[details redacted]",
# "[1 paragraph not declassified]").
_MARKER_WORDS = re.compile(r"^(?:redacted|redact|redactions?|withheld|deleted|removed|information withheld|"
                           r"text withheld)\b|"
                           r"^[\w ,'-]{1,40} (?:redacted|withheld|deleted|removed)$|"
                           # The US historian's declassification review: "[Name not declassified]".
                           r"^[\w ,'-]{1,40} not declassified\.?$", re.I)
_OUT_OF_SCOPE = re.compile(r"\b(?:out of scope|not in scope|outside (?:the )?scope|not relevant|irrelevant)\b",
                           re.I)
_MASK_WORDS = re.compile(
    r"^(?:(?:redacted |withheld |fyi request #\d+ )?(?:e-?mail(?: address)?|phone(?: number)?|telephone(?: number)?|"
    r"mobile(?: number)?|(?:street |postal )?address|url|link|name|names|number|contact details|personal details|"
    r"signature|username|handle|photo|image)(?: removed| redacted| withheld)?)$"
    # What a request site writes for an address it hides: "[email protected]" (Cloudflare's), and
    # "[Council request email]", "[FOI #123 email]" (WhatDoTheyKnow, FYI).
    r"|^e-?mail(?:&#160;| )protected$|^[\w .'&-]{0,60}(?:\brequest\b|#\d+\b)[\w #]{0,20}? e-?mail$",
    re.I,
)
# A published decision's de-identified detail: "[named person]", "[specified address]", "[nature of
# complaint]", "[date range]". Its qualifier tells it from a template's field ("[Date]", "[Name]") and an
# editor's gloss in a quote ("[the council]"), so a lone word is never taken.
_PLACEHOLDER_WORDS = re.compile(
    # "[a named staff member]": "named" or "specified" says the words stand for someone's own detail.
    r"^(?:an? |the )?(?:named|specified)\s+[a-z][a-z' -]{2,40}$|"
    # "[Ms A]", "[Mr X]", "[Councillor X]": a decision's pseudonym for a person.
    r"^(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr|Officer|Person|Witness|Applicant|Complainant|Employee|Patient)\.? [A-Z]$|"
    r"^(?:date range|time period|(?:named|specified|unnamed|third|nature of(?: the)?|type of|name of(?: the)?)\s+"
    r"(?:person|persons|individual|individuals|party|name|names|address|suburb|town|location|year|date|time|"
    r"agency|workplace|employer|complaint|applicant|officer|position|number|amount|organisation|organization|"
    r"company|business|school|hospital|department|role))$", re.I)
# An address masked letter by letter: "xxx@xxxxxx.xxx.xx".
# "xxx@xxxxxx.xxx.xx", "(xxx) xxx-xxxx", "#xxxxx xxxxxxx xxxxxx": an address or number masked letter by letter.
_X_MASK_RE = re.compile(r"(?<![\w.])x+(?:\.x+)*@x+(?:\.x+)+(?![\w])|\(xxx\)[ \t]?xxx-xxxx(?![\w])|"
                        r"(?<![\w#])#?x{3,}(?:[ \t]x{3,}){1,5}(?![\w])", re.I)
# Capital X's standing where a name was: a line or a field's value of them alone, or a greeting's blank
# ("Hi there XXXXX,"); within a sentence they may be a product's name or a rating.
_X_BLANK_RE = re.compile(r"(?:^|:)[ \t]*(X{4,})[ \t]*$|\b(?:Hi|Dear|Hello)(?:[ \t]+there)?[ \t]+(X{4,})\b", re.M)
# A marker in parentheses, or the words a conversion left where a box was: "(redacted)", "redacted text".
# "(name deleted)" says what went; "withheld (redacted)" only glosses a word of the sentence.
# Each branch opens with its literal so the scan skips ahead; what may not precede is checked behind it.
_PAREN_MARKER_RE = re.compile(
    r"\((?<!withheld \()(?<!redacted \()(?<!been \()[ \t]?(?:[\w ,'-]{1,30} )?"
    r"(?:redacted|withheld|deleted|removed)[ \t]?\)|"
    r"\bredacted text\b(?<!this redacted text)(?<! a redacted text)(?<!of redacted text)(?! of\b)", re.I)
# A US FOIA exemption as written in a page's margin: "b6", "b7C", "b l" (an OCR "b1"), "b3 b7E";
# each needs whitespace on both sides.
_MARGIN_CODE = r"b(?:[1-689]|7[A-Fa-f]?|\s?l)"  # "b7c" as ICE releases write it
# The FBI numbers the people a code withholds: "b6 -1 b7C -1" is one box, its codes each with a count.
_MARGIN_COUNT = r"(?:[ \t]*[-–—][ \t]?(?:\d{1,2}|[lLI](?!\w)))?"  # an OCR'd count may read "L" or "I" for 1
_MARGIN_RUN_RE = re.compile(
    rf"(?<!\S){_MARGIN_CODE}{_MARGIN_COUNT}(?:,?[ \t]*(?:\n[ \t]*){{0,2}}{_MARGIN_CODE}{_MARGIN_COUNT})*(?!\S)")
_MARGIN_ONE_RE = re.compile(_MARGIN_CODE)
_MARGIN_TRIGGER_RE = re.compile(r"b[1-9]|b l\b|bl\b")  # starts with a literal: the engine skips ahead fast
# A stamp alone on its line, or between wide gaps as a table's cell: "Out of scope", "Not relevant".
_STAMP_LINE_RE = re.compile(
    r"(?:^[ \t]*|[ \t]{3})((?:out of scope|not in scope|outside (?:the )?scope|not relevant|irrelevant(?: material)?|"
    r"non-?responsive|not responsive))(?=[ \t]*$|[ \t]{2})", re.I | re.M)
# A US stamp keeps its capitals and hyphen even inside a line run together from a table's cells.
_OPEN_PAREN_CODE_RE = re.compile(r"(?<=\()(?:9\(2\)\([a-k]\)(?:\((?:i|ii|iii|iv)\))?|7\(2\)\([a-j]\))(?!\))")
# A stamp laid over the end of a line: capitals after a sentence's end, nothing after ("on 10 May. Out of
# Scope"), or a stamp's own title case anywhere ("Anna is Out of Scope"); prose says "is out of scope."
# in lower case and ends its sentence.
# The words first, so the engine skips ahead to an "O" or "N"; what stands before is checked after.
_STAMP_LINE_END_RE = re.compile(r"\b(?:Out of [Ss]cope|OUT OF SCOPE|Not [Rr]elevant|NOT RELEVANT)(?=[ \t]*$)", re.M)
_STAMP_OWN_CASE = ("Out of Scope", "Not Relevant", "OUT OF SCOPE", "NOT RELEVANT")
_STAMP_INLINE_RE = re.compile(r"(?<![Aa] )(?<![Tt]he )\b(?:Non-Responsive|NON-RESPONSIVE)\b")


# Where a code may be, by family: NZ and UK "9(" and "40(", US "b)(", "b) (" or "b(6", AU "47F", UK and AU
# "s40", "Section 22", EIR "Reg 13". Each starts with a literal or a narrow class and looks behind only
# once that has matched, so each scan skips ahead fast (an article costs less than the old one scan).
_CODE_FAMILIES = (
    r"\((?:(?<=\d\()|(?<=\d \())",
    r"\)(?:(?<=b\))|(?<=b \)))\s?\(?\s?[1-9]",
    r"b\(\s?[1-9]",
    r"47[A-J]",
    r"[2-4]\d(?:(?<=[Ss][2-4]\d)|(?<=[Ss][ .][2-4]\d)|(?<=ection [2-4]\d))",
    r"1[23](?:(?<=[Rr]eg1[23])|(?<=[Rr]eg 1[23])|(?<=[Rr]eg\. 1[23])|(?<=ation 1[23]))",
)
_FAMILY_RES = tuple(re.compile(family) for family in _CODE_FAMILIES)
CODE_ANCHOR_RE = re.compile("|".join(_CODE_FAMILIES))


def _may_hold_code(text: str) -> bool:
    """A cheap scan per family of codes: True if any family's trigger is present."""
    return any(family.search(text) for family in _FAMILY_RES)


def codes_in(text: str) -> tuple[str, ...]:
    """The normalised codes written in a label, in order, without repeats."""
    found: list[str] = []
    for match in CODE_RE.finditer(text):
        code = normalise_code(match)
        if code is not None and code not in found:
            found.append(code)
    return tuple(found)


def bracketed(text: str, start: int, end: int) -> Iterator[Found]:
    """"[REDACTED]", "[9(2)(h)]", "[s47F]", "[Out of scope]", "[email address]": a label in brackets."""
    if "[" not in text[start:end]:
        return
    for match in _BRACKET_RE.finditer(text, start, end):
        inner = match.group(1).strip()
        codes = codes_in(inner)
        kind = RedactionKind.REDACTION
        if not codes and _OUT_OF_SCOPE.search(inner):
            kind = RedactionKind.OUT_OF_SCOPE
        elif not codes and _MASK_WORDS.match(inner):
            kind = RedactionKind.MASK
        elif not (codes or _MARKER_WORDS.match(inner) or _PLACEHOLDER_WORDS.match(inner)):
            continue
        label: str | None = None
        if kind is RedactionKind.REDACTION:
            label = inner if codes and not _MARKER_WORDS.fullmatch(inner) else None
            if not codes:
                label, codes = label_beside(text, match.start(), match.end())
        yield Found(match.start(), match.end(), match.group(), label, codes, kind, False, 0)


def withheld_words(text: str, start: int, end: int) -> Iterator[Found]:
    """"Withheld under section 6(a)", "REDACTED - s47F": the word, and the codes it names."""
    for match in _WITHHELD_RE.finditer(text, start, end):
        stop, found = code_run(text, match.end(), end)
        cut = None if found else _CUT_OFF_RE.match(text, match.end(), end)
        if cut is not None:
            stop = cut.end()  # a code cut off at the line's end ("Withheld under s9(2)("): kept as written
        elif not found:  # the word alone: a connector with nothing after it is no part of the marker
            stop = match.start() + len(_WORD_RE.match(match.group()).group())  # type: ignore[union-attr]
        written = text[match.start():stop]
        codes = codes_in(written)
        truncated = not codes and any(ch.isdigit() for ch in written)
        if not codes and not truncated and not written.isupper() and not _field_value(text, match.start(), stop):
            continue
        label: str | None = written if codes or truncated else None
        if label is None:
            label, codes = label_beside(text, match.start(), match.end())
        yield Found(match.start(), stop, written, label, codes, RedactionKind.REDACTION, False, 1)


_FIELD_END_RE = re.compile(r"[ \t]*(?:\r?\n|$)")


def _field_value(text: str, start: int, stop: int) -> bool:
    """"Approved by: Redacted": the word alone as a field's whole value stands where a name was."""
    line_start = text.rfind("\n", 0, start) + 1
    return text[line_start:start].rstrip().endswith(":") and _FIELD_END_RE.match(text, stop) is not None


def x_masks(text: str, start: int, end: int) -> Iterator[Found]:
    """"xxx@xxxxxx.xxx.xx", "(xxx) xxx-xxxx": an address or a number masked letter by letter; "XXXXXX"
    alone on its line or as a field's value is a name blanked out, and after a greeting a template's blank."""
    for match in _X_MASK_RE.finditer(text, start, end):
        yield Found(match.start(), match.end(), match.group(), None, (), RedactionKind.MASK, False, 0)
    if "XXXX" in text:
        for match in _X_BLANK_RE.finditer(text, start, end):
            greeting = match.lastindex == 2
            kind = RedactionKind.MASK if greeting else RedactionKind.REDACTION
            at, stop = match.span(match.lastindex or 0)
            yield Found(at, stop, text[at:stop], None, (), kind, False, 0)


# Every match of _PAREN_MARKER_RE holds one of these, lower-cased: a case-insensitive scan is slow, a
# lowered substring test is not. "ı" and "İ" match "i" under re.I yet lower to no "i": they scan always.
_PAREN_MARKER_WORDS = ("redacted text", "redacted)", "withheld)", "deleted)", "removed)", "redacted )", "withheld )")


def _may_hold_paren_marker(window: str) -> bool:
    """Whether the window may hold a marker _PAREN_MARKER_RE finds (never False where it would find one)."""
    lower = lowered(window)  # the whole text, as a parse asks it: lowered once for all who ask
    return any(word in lower for word in _PAREN_MARKER_WORDS) or "ı" in window or "İ" in window


def paren_markers(text: str, start: int, end: int) -> Iterator[Found]:
    """"(redacted)", "redacted text": the marker in parentheses, or the words left where a box was."""
    if not _may_hold_paren_marker(text[start:end]):
        return
    for match in _PAREN_MARKER_RE.finditer(text, start, end):
        label, codes = label_beside(text, match.start(), match.end())
        yield Found(match.start(), match.end(), match.group(), label, codes, RedactionKind.REDACTION, False, 1)


def margin_codes(text: str, start: int, end: int) -> Iterator[Found]:
    """"b6", "b7C", "b l b3 b7E": US FOIA exemptions stamped in a page's margin, a run of them one
    redaction; a code again starts the next box's run."""
    for run in _MARGIN_RUN_RE.finditer(text, start, end):
        first, codes = run.start(), list[str]()
        for one in _MARGIN_ONE_RE.finditer(run.group()):
            code = _margin_code(one.group())
            if code in codes:
                yield _margin_found(text, first, run.start() + one.start(), codes)
                first, codes = run.start() + one.start(), list[str]()
            codes.append(code)
        yield _margin_found(text, first, run.end(), codes)


def _margin_code(written: str) -> str:
    """"b7C" as "(b)(7)(C)", an OCR "bl" as "(b)(1)"."""
    digits = written[1:].strip().replace("l", "1")
    return f"(b)({digits[0]})" + (f"({digits[1].upper()})" if len(digits) > 1 else "")


def _margin_found(text: str, start: int, end: int, codes: list[str]) -> Found:
    """A run of margin codes as a candidate, its end without the space before the next run."""
    written = text[start:end].rstrip()
    return Found(start, start + len(written), written, written, tuple(codes), RedactionKind.REDACTION, True, 3)


def open_paren_codes(text: str, start: int, end: int) -> Iterator[Found]:
    """"(9(2)(a)": an OIA code after a parenthesis never closed, where a box's label began (a bare code
    after "(" is otherwise a number in prose: "(9)")."""
    for match in _OPEN_PAREN_CODE_RE.finditer(text, start, end):
        codes = codes_in(match.group())
        if codes:
            yield Found(match.start(), match.end(), match.group(), match.group(), codes,
                        RedactionKind.REDACTION, True, 3)


# Every stamp either scan finds holds one of these, lower-cased (the case-insensitive scan is slow, a
# substring test is not); "ı", "İ" and "ſ" match "i" and "s" under re.I yet lower otherwise: they scan always.
_STAMP_PHRASES = ("out of scope", "not in scope", "outside scope", "outside the scope", "not relevant", "irrelevant",
                  "non-responsive", "nonresponsive", "not responsive")


def stamps(text: str, start: int, end: int) -> Iterator[Found]:
    """"Out of scope", "Not relevant" alone on a line: a stamp over text outside the request."""
    window = text[start:end]
    lower = lowered(window)
    if not any(phrase in lower for phrase in _STAMP_PHRASES) and not any(ch in window for ch in "ıİſ"):
        return  # "relevant" or "scope" in prose set the trigger off; no stamp's words are here
    seen: set[int] = set()
    for match in _STAMP_LINE_RE.finditer(text, start, end):
        seen.add(match.start(1))
        yield Found(match.start(1), match.end(1), match.group(1), None, (), RedactionKind.OUT_OF_SCOPE, True, 2)
    for pattern in (_STAMP_LINE_END_RE, _STAMP_INLINE_RE):
        for match in pattern.finditer(text, start, end):
            if match.start() in seen:
                continue
            if pattern is _STAMP_LINE_END_RE and not _stamped_line_end(text, match):
                continue
            seen.add(match.start())
            yield Found(match.start(), match.end(), match.group(), None, (), RedactionKind.OUT_OF_SCOPE, True, 2)


def _stamped_line_end(text: str, match: re.Match[str]) -> bool:
    """A stamp's words at a line's end are a stamp after a sentence's end, or in the stamp's own case."""
    return match.group() in _STAMP_OWN_CASE or text[max(0, match.start() - 2):match.start()] in (". ", "; ", "! ", "? ")


def blocks(text: str, start: int, end: int) -> Iterator[Found]:
    """"████": a box drawn over the text, with a label beside it when there is one."""
    for match in BLOCKS_RE.finditer(text, start, end):
        label, codes = label_beside(text, match.start(), match.end())
        yield Found(match.start(), match.end(), match.group(), label, codes, RedactionKind.REDACTION, False, 2)


def bare_codes(text: str, start: int, end: int) -> Iterator[Found]:
    """A code standing where a box was: "9(2)(a)", "s47F", "(b)(6)", "Reg 13", fused "Manager9(2)(a)";
    several in a row are several redactions, "s9(2)(a) and s9(2)(j)" one."""
    pos = start
    for hit in CODE_ANCHOR_RE.finditer(text, start, end):
        if hit.end() <= pos:
            continue  # inside a code already read
        # The anchor is a code's middle ("(" of "Section 40(2)"): read the code from a little before it.
        match = _code_at(text, max(pos, hit.start() - 18), hit.end(), min(end, hit.end() + 60))
        if match is None:
            continue
        stop, codes = code_run(text, match.start(), end)
        pos = max(match.end(), stop)
        if codes:
            written = text[match.start():stop]
            yield Found(match.start(), stop, written, written, codes, RedactionKind.REDACTION, True, 3)
    if "(9(2)(" in text or "(7(2)(" in text:  # asked only where a code's trigger is: a text with codes
        yield from open_paren_codes(text, start, end)


def _code_at(text: str, start: int, anchor: int, end: int) -> re.Match[str] | None:
    """The first code read from ``start`` that reaches the anchor; what only looks like a code before it
    ("Item 13" just before "9(2)(a)") is passed over, not taken for the anchor's code."""
    for match in CODE_RE.finditer(text, start, end):
        if match.start() >= anchor:
            return None
        if match.end() >= anchor and normalise_code(match) is not None:
            return match
    return None


def code_run(text: str, at: int, end: int) -> tuple[int, tuple[str, ...]]:
    """The codes written from ``at`` joined by commas or "and" ("s9(2)(a) and s9(2)(j)"), and where they
    stop; a repeated code starts a run of its own."""
    codes: list[str] = []
    stop, pos = at, at
    while True:
        match = CODE_RE.match(text, pos, end)
        code = normalise_code(match) if match else None
        if match is None or code is None or code in codes:
            return stop, tuple(codes)  # a code again is another box's: "Attendees: s40(2), s40(2)"
        codes.append(code)
        stop = match.end()
        joined = _JOIN_RE.match(text, stop, end) or (_US_JOIN_RE.match(text, stop, end) if code[0] == "(" else None)
        if joined is None:
            return stop, tuple(codes)
        pos = joined.end()


_LABEL_WORDS = label_words()  # fixed tables: sorted once, not for every marker


def label_beside(text: str, start: int, end: int) -> tuple[str | None, tuple[str, ...]]:
    """A ground's plain words just before the marker ("Negotiations [REDACTED]") or after it."""
    reach = max(0, start - 60)  # a label stands just before: never search further back
    line_start = text.rfind("\n", reach, start) + 1
    before = text[max(line_start, reach):start].rstrip(" :-–—,(")
    lowered = before.lower()
    for words in _LABEL_WORDS if lowered.endswith(_LABEL_WORDS) else ():  # one C test rules most out
        if lowered.endswith(words) and (len(lowered) == len(words) or not lowered[-len(words) - 1].isalnum()):
            ground = ground_for_label(words)
            return before[len(before) - len(words):], (ground.section,) if ground else ()
    after = _LABEL_AFTER_RE.match(text, end, end + 130)
    if after:
        label = after.group(1) or after.group(2)
        codes = codes_in(label)
        ground = ground_for_label(label)
        if codes or ground:
            return label, codes or ((ground.section,) if ground else ())
    return None, ()


Finder = Callable[[str, int, int], Iterator[Found]]
_WITHHELD_WORDS = ("Withheld", "WITHHELD", "Redacted", "REDACTED")
_STAMP_TRIGGERS = ("scope", "Scope", "SCOPE", "elevant", "ELEVANT", "esponsive", "ESPONSIVE")
# The stage in order, each finder with its trigger: a test of the text that must pass before it runs
# (substring tests are far cheaper than a scan).
# Finders whose form is sure, no judge asked: a Deleted Page Information Sheet's tab-separated lines read
# like a table's rows, but each stands for a page withheld.
UNJUDGED = frozenset({"deleted_page_lines"})
CANDIDATES: tuple[tuple[str, Finder, Callable[[str], bool]], ...] = (
    ("bracketed", bracketed, lambda text: "[" in text),
    ("withheld_words", withheld_words, lambda text: any(word in text for word in _WITHHELD_WORDS)),
    ("blocks", blocks, lambda text: any(box in text for box in "█■▇▆")),
    ("bare_codes", bare_codes, _may_hold_code),
    ("x_masks", x_masks, lambda text: "x@" in text or "xxx" in text or "XXXX" in text),
    ("paren_markers", paren_markers, lambda text: "edacted" in text or "d)" in text or "d )" in text),
    ("margin_codes", margin_codes, lambda text: _MARGIN_TRIGGER_RE.search(text) is not None),
    ("stamps", stamps, lambda text: any(word in text for word in _STAMP_TRIGGERS)),
    ("declassification_codes", declassification_codes, lambda text: "25X" in text or "13526" in text),
    ("crest_stamps", crest_stamps, lambda text: "CIA-RDP" in text),
    ("exemption_in_address", exemption_in_address, lambda text: "Exemption " in text),
    ("withheld_pages", withheld_pages, lambda text: "is withheld pursuant to" in text),
    ("deleted_page_lines", deleted_page_lines, lambda text: any(title in text for title in DELETED_PAGE_SHEETS)),
    ("classification_stamps", classification_stamps,
     lambda text: "(U)" in text or "(S" in text or "RELEASE IN PART" in text or "RELEASED IN PART" in text),
)
