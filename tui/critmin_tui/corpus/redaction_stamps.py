"""Stamps an agency leaves where text was withheld, a finder each: US classification and declassification
stamps (where a classified or declassified US record, the CIA's CREST pages or an intelligence report,
stays withheld under no FOI law of its own), an exemption stamped over part of an email address, and
a Canadian release's sheet for a page withheld whole, and the FBI's Deleted Page Information Sheet.
Called by the candidates stage (corpus/redaction_rules.py), each where its trigger is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .model import RedactionKind
from .redaction_found import Found

# "25X1A", "25X1 C": the declassification exemptions a US agency (the CIA's CREST releases) stamps over
# what stays secret, and "EO 13526 3.5(c)", the order's own exemption.
_DECLASSIFICATION_RE = re.compile(
    r"(?<![\w-])25X[1-9](?:[ \t]?[A-E])?(?![\w])|\bE\.?O\.? ?13526,? (?:§ ?)?[13]\.\d\([a-h]\)")


def declassification_codes(text: str, start: int, end: int) -> Iterator[Found]:
    """"25X1A", "EO 13526 3.5(c)": a US declassification exemption where text stays withheld (no FOI law:
    its ground is shown as written)."""
    for match in _DECLASSIFICATION_RE.finditer(text, start, end):
        code = match.group().replace(" ", "")
        yield Found(match.start(), match.end(), match.group(), match.group(), (code,), RedactionKind.REDACTION,
                    True, 3)


# "1.4(c)", "50 USC § 3024(i)": the classification order's categories (EO 13526 s 1.4) and the National
# Security Act stamped beside what stays classified, as a scan reads them ("14(a)", "1 A(a)(g)", "l.4( a)").
_CATEGORY = r"(?<![\w.§(])[1l](?:\.|[ \t])?[4A]\([ \t]?(?P<a>[a-hA-H])[ \t]?\)(?:\((?P<b>[a-hA-H])\))?"
_NSA_ACT = r"(?P<act>\b50[ \t]?U\.?S\.?[Cc]\.?[ \t]?§[ \t]?3024[ \t]?\([ \t]?[i1l][ \t]?\))"
_CLASSIFICATION_RE = re.compile(rf"{_CATEGORY}|{_NSA_ACT}")
# A State Department release also stamps the FOIA exemption bare in the margin: "B1", "B6".
_STATE_CODE = r"(?<![\w(])(?P<foia>B[1-9])(?![\w(])"
_STATE_RE = re.compile(rf"{_CATEGORY}|{_NSA_ACT}|{_STATE_CODE}")
# A classified document marks its paragraphs "(U)", "(S)", "(S//NF)": only there is "1.4(c)" a stamp; a
# State Department release says so in its stamp ("RELEASE IN PART B1,1.4(B)").
_PORTION_MARK_RE = re.compile(r"\((?:U|C|S|TS)(?://[A-Z]+)?\)")
PORTION_MARKS = 2
_STATE_RELEASE_RE = re.compile(r"\bRELEASED? IN PART\b")
_STAMP_GAP_RE = re.compile(r"[\s,]*")  # stamps on the lines of one margin are one box


def classification_stamps(text: str, start: int, end: int) -> Iterator[Found]:
    """"1.4(c)", "1.4(a)(g) 50 USC § 3024(i)": what a classified US document stays withheld under, where
    its paragraphs carry portion marks; stamps side by side are one box."""
    stamp = _STATE_RELEASE_RE.search(text, start, min(end, start + 5_000))
    if stamp is None and len(_PORTION_MARK_RE.findall(text, start, min(end, start + 20_000))) < PORTION_MARKS:
        return
    runs: list[list[re.Match[str]]] = []
    for match in (_CLASSIFICATION_RE if stamp is None else _STATE_RE).finditer(text, start, end):
        if runs and _STAMP_GAP_RE.fullmatch(text, runs[-1][-1].end(), match.start()):
            runs[-1].append(match)
        else:
            runs.append([match])
    boxes = [run for run in runs if not _release_list(run, stamp)]
    # The release stamp's own list ("RELEASE IN PART\nB5") names the grounds the release uses; where the
    # margins mark no passage, it is the only mark of what was withheld, and stands for it.
    yield from (_stamped(run) for run in boxes or runs)


def _release_list(run: list[re.Match[str]], stamp: re.Match[str] | None) -> bool:
    """Whether the run is the release stamp's own list, written right after "RELEASE IN PART"."""
    return stamp is not None and _STAMP_GAP_RE.fullmatch(stamp.string, stamp.end(), run[0].start()) is not None


def _stamped(run: list[re.Match[str]]) -> Found:
    """One box's stamps, each read as its category or the Act."""
    codes: list[str] = []
    for match in run:
        if match.group("act"):
            codes.append("50 U.S.C. § 3024(i)")
        elif match.re is _STATE_RE and match.group("foia"):
            codes.append(f"(b)({match.group('foia')[1]})")
        else:
            codes.extend(f"EO 13526 1.4({letter.lower()})" for letter in (match.group("a"), match.group("b")) if letter)
    marker = run[0].string[run[0].start():run[-1].end()]
    return Found(run[0].start(), run[-1].end(), marker, marker, tuple(dict.fromkeys(codes)), RedactionKind.REDACTION,
                 True, 3)


# The CIA's declassified-records system (CREST) stamps "STAT" (and "STATINTL", cut to "STATIN" by a scan)
# where a name or passage stays withheld, and "Next 2 Page(s) In Document Denied" for whole pages.
_CREST_STAMP_RE = re.compile(r"(?<![\w-])(?:STAT(?:INTL|SPEC|OTHR|IN)?)(?![\w-])|"
                             r"\b(?:Next \d{1,3} )?Page\(?s?\)? (?:In|in) Document Denied\b")


def crest_stamps(text: str, start: int, end: int) -> Iterator[Found]:
    """"STAT", "STATINTL", "Next 2 Page(s) In Document Denied": what a CREST release withholds (its
    pages carry "CIA-RDP" numbers; nowhere else is "STAT" a stamp)."""
    for match in _CREST_STAMP_RE.finditer(text, start, end):
        yield Found(match.start(), match.end(), match.group(), match.group(), (), RedactionKind.REDACTION, False, 3)


# "Robert Lighthizer Exemption 6 cloud.com>": an exemption's name stamped over the first part of an email
# address, the rest of the address left beside it; "withheld under Exemption 6" in prose has no address after.
_EXEMPTION_IN_ADDRESS_RE = re.compile(
    r"\bExemption[ \t](?P<n>[1-9])(?=[ \t]*@|[ \t]+[\w-]+(?:\.[\w-]+)*\.(?:com|gov|org|net|mil|edu|us)\b)")


def exemption_in_address(text: str, start: int, end: int) -> Iterator[Found]:
    """"Exemption 6 gmail.com": a US exemption, by its name and number, where part of an address was."""
    for match in _EXEMPTION_IN_ADDRESS_RE.finditer(text, start, end):
        code = f"(b)({match.group('n')})"
        yield Found(match.start(), match.end(), match.group(), match.group(), (code,), RedactionKind.REDACTION,
                    False, 3)


# "Page 4515 / is withheld pursuant to section / est retenue en vertu de l'article / 19(1) / of the Access
# to Information Act": the sheet a Canadian release puts where a whole page was withheld, its sections bare.
_WITHHELD_PAGE_RE = re.compile(
    r"\bPage[ \t]+\d{1,6}\s+is withheld pursuant to sections?\b[^\n]*\n(?:[^\n]*\n){0,4}?\s*"
    r"(?P<codes>\d{1,2}(?:\(\d{1,2}\))?(?:\([a-z]\))?(?:(?:,|\s+and|\s+et)\s+\d{1,2}(?:\(\d{1,2}\))?(?:\([a-z]\))?)*)"
    r"\s+of the Access to Information Act")
_SHEET_CODE_RE = re.compile(r"\d{1,2}(?:\(\d{1,2}\))?(?:\([a-z]\))?")


def withheld_pages(text: str, start: int, end: int) -> Iterator[Found]:
    """The sections of a "Page N is withheld pursuant to section 19(1) of the Access to Information Act"
    sheet: the page they stand for was withheld whole."""
    for match in _WITHHELD_PAGE_RE.finditer(text, start, end):
        codes = tuple(f"s{code}" for code in _SHEET_CODE_RE.findall(match.group("codes")))
        at, stop = match.span("codes")
        yield Found(at, stop, text[at:stop], text[at:stop], codes, RedactionKind.REDACTION, False, 3)


# "Page 31 - b6; b7C;", "Page 333 'V OTHER - Sealed per Court Order": a line of the FBI's Deleted Page
# Information Sheet, for a page withheld whole (its "Duplicate" lines withhold nothing: the page is elsewhere).
_DELETED_PAGE_LINE_RE = re.compile(
    r"^Page[ \t]+\d{1,6}[ \t]*(?:[-~'‘’V][ \t]*)*"
    r"(?:(?P<codes>b[ \t]?[\dl][A-Fa-f]?(?:[ \t]*;[ \t]*b[ \t]?[\dl][A-Fa-f]?)*(?:[ \t]*;)?)"
    r"|(?P<sealed>OTHER[ \t]*-[ \t]*Sealed[ \t]+per[ \t]+Court[ \t]+Order))", re.M)
_SHEET_CODE_US_RE = re.compile(r"b[ \t]?([\dl])([A-Fa-f]?)")
DELETED_PAGE_SHEETS = ("DELETED PAGE INFORMATION SHEET", "Deleted Page Information Sheet")


def deleted_page_lines(text: str, start: int, end: int) -> Iterator[Found]:
    """Each withheld page a "Deleted Page Information Sheet" lists, with its exemptions ("b6; b7C;" is
    (b)(6) and (b)(7)(C); an OCR "bl" is b1) or, sealed by a court, none of the Act's."""
    for match in _DELETED_PAGE_LINE_RE.finditer(text, start, end):
        group = "codes" if match.group("codes") else "sealed"
        at, stop = match.span(group)
        codes = tuple(f"(b)({'1' if number == 'l' else number})" + (f"({letter.upper()})" if letter else "")
                      for number, letter in _SHEET_CODE_US_RE.findall(match.group("codes") or ""))
        yield Found(at, stop, text[at:stop], text[at:stop], codes, RedactionKind.REDACTION, False, 3)
