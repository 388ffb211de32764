"""A second look at a release whose law is known: codes damaged by OCR, cut off or split across
lines, and an agency's own short marker ("Ex. 6").

Each finder here is tolerant, so it runs only in a release of the law it reads (a news article, whose
law is none, is never read this way), and only after the candidates stage has run: a cut-off code
takes the code the rest of the document writes in full, never a guess of its own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator

from .laws import CODE_RE, normalise_code
from .model import RedactionKind, Regime
from .redaction_found import Found

# "CbH6J", "(bH 6J", "{b)(6}", "(b)(7)( C)": "(" read as "C", "{" or "[", ")(" as "H", ")" as "J".
# A letter follows only a 7 and must end there ("(b)(7) (CDC" is a code and an agency's name).
_DAMAGED_US_RE = re.compile(
    r"(?<![\w(\[{])[(C{\[]\s?b\s?(?:H|\)\s?[(C{]?|\()\s?(?P<n>[1-9l])(?![\d,.])\s?[)J\]}]?"
    r"(?:(?<=7)\s?[(C{]\s?(?P<l>[A-F])(?![A-Za-z])\s?[)J\]}]?|(?<=7[)J\]}])\s?[(C{]\s?(?P<k>[A-F])(?![A-Za-z])"
    r"\s?[)J\]}]?)?")
# "(b)(" with no number after it: the scan lost the rest ("Manon Cox (b)(Date: ...").
_CUT_US_RE = re.compile(r"\((?<![\w()].)b\)\s?\((?![ \t]?[1-9l])")  # "(" first: a fast skip, as below
# "s 9(2)" standing alone, wide space or a line's end after it: its paragraph fell elsewhere in the scan.
# Its letter first, then what may not stand before it looked behind for: the engine skips along to an "s" fast.
_CUT_SECTION_RE = re.compile(r"[Ss](?<![\w(].)\.?[ \t]?(?:9|7)\([12]\)(?=[ \t]{2,}|[ \t]*(?:\n|$))")
# "section 22\n(1)(a)", "9(2)\n(a)", "s 47\nF": a code broken where the line wrapped.
_SPLIT_RE = re.compile(
    r"(?<![\w(./])(?P<head>(?:[Ss](?:ection|\.)?[ \t]?)?\d{1,2}(?:\(\d{1,2}\))?)[ \t]*\n[ \t]*"
    r"(?P<tail>(?:\([0-9a-z]{1,4}\)){1,3}|[A-J](?:\([0-9a-z]{1,4}\)){0,2})(?![\w(])")
# What every _SPLIT_RE match holds, as a class-led scan the engine skips along fast: a head's last digit or
# bracket, the line break, the tail's first character.
_SPLIT_TRIGGER_RE = re.compile(r"[\d)][ \t]*\n[ \t]*[(A-J]")
# "Ex. 6", "(Ex. 6)", "Ex. 5 - Deliberative", "Ex! 6 !": the exemption as EPA and others stamp it.
_EX_RE = re.compile(
    r"\(?\bEx[.!,:]?[ \t]?(?P<n>[1-9])(?:[ \t]?\((?P<l>[A-F])\))?(?![\w.,/-]\w)(?:[ \t]?[!)])?"
    r"(?:[ \t]?[-–][ \t]?(?P<label>[A-Z][a-z]+(?: [A-Z][a-z]+)?))?")
# "Withheld pursuant to exemption (W5)": a withheld page's slip, its "(b)(5)" read as "(W5)" or "(b5)" by
# a poor scan; the words before it make a damaged parenthesis a code.
# (The Privacy Act's own exemptions, "(j)(2)" and "(k)(5)", are written so whole, never a damaged "(b)".)
_SLIP_RE = re.compile(r"\b[Ee]xemptions?[ \t]+(?P<code>\((?![jkJK]\)\()(?:[A-Za-z]{1,2}\)?[ \t]?\(?)?(?P<n>[1-9])\))")
# "b 6 2", "b 7C -1": a margin code with a space inside it, its count after it, as a poor scan reads it.
_SPACED_MARGIN_RE = re.compile(r"(?<!\S)b[ \t](?P<n>[1-689]|7)(?P<l>[A-F])?(?:[ \t]+-?[ \t]?\d{1,2})?(?!\S)")
# "[9(2", "[emai": a bracket the text ends inside (an excerpt cut mid-label), near its very end.
_END_BRACKET_RE = re.compile(r"\[([^\[\]\s]{1,12}(?: [^\[\]\s]{1,12})?)\Z")  # the very end, not a line's
_END_REACH = 40
_CODE_START_RE = re.compile(r"\d{1,2}\(|\d{2}[a-j]|s\.?\s?\d|\(b")  # "[9(2", "[47f", "[s 9", "[(b)(" (lowered)
_MASK_STARTS = ("email", "e-mail", "phone", "name", "address", "mobile")
_EX_TRIGGER_RE = re.compile(r"Ex[.!,:]?[ \t]?[1-9]")
_HALF = 2  # a cut-off code takes the full code written most when it is at least half of them all


def _us_code(number: str, letter: str | None) -> str:
    """The normal spelling of a US exemption from its number and letter ("l" read for "1")."""
    number = "1" if number == "l" else number
    return f"(b)({number})" + (f"({letter})" if letter and number == "7" else "")


def damaged_us_codes(text: str, start: int, end: int, written: tuple[str, ...]) -> Iterator[Found]:
    """"CbH6J", "(bH 6J", "(b)(7)( C)": a US exemption as a poor scan reads it, normalised."""
    for match in _DAMAGED_US_RE.finditer(text, start, end):
        code = _us_code(match.group("n"), match.group("l") or match.group("k"))
        marker = match.group().rstrip()
        yield Found(match.start(), match.start() + len(marker), marker, marker, (code,),
                    RedactionKind.REDACTION, True, 4)


def ex_markers(text: str, start: int, end: int, written: tuple[str, ...]) -> Iterator[Found]:
    """"Ex. 6", "(Ex. 6)", "Ex. 5 - Deliberative": an exemption stamped by its number alone."""
    if not _EX_TRIGGER_RE.search(text, start, end):
        return
    for match in _EX_RE.finditer(text, start, end):
        code = _us_code(match.group("n"), match.group("l"))
        yield Found(match.start(), match.end(), match.group(), match.group(), (code,),
                    RedactionKind.REDACTION, False, 4)


def exemption_slips(text: str, start: int, end: int, written: tuple[str, ...]) -> Iterator[Found]:
    """"Page 001 Withheld pursuant to exemption (W5) of the Freedom of Information and Privacy Act": a
    withheld page's slip, its damaged code read after the word "exemption"."""
    for match in _SLIP_RE.finditer(text, start, end):
        if CODE_RE.fullmatch(match.group("code")):
            continue  # written whole, the candidates stage has it
        marker = match.group("code")
        # Not a bare code: "exemption" before it cites nothing here, it labels the page withheld.
        yield Found(match.start("code"), match.end("code"), marker, marker, (_us_code(match.group("n"), None),),
                    RedactionKind.REDACTION, False, 4)


def spaced_margin_codes(text: str, start: int, end: int, written: tuple[str, ...]) -> Iterator[Found]:
    """"b 6 2", "b 7C -1": an FBI margin code read with a space inside it."""
    for match in _SPACED_MARGIN_RE.finditer(text, start, end):
        code = _us_code(match.group("n"), match.group("l"))
        yield Found(match.start(), match.end(), match.group(), match.group(), (code,), RedactionKind.REDACTION, True, 4)


def end_brackets(text: str, start: int, end: int, written: tuple[str, ...]) -> Iterator[Found]:
    """"[9(2", "[emai": a label the text ends inside; a code cut off (its ground not recognised), or the
    start of a request site's mask."""
    match = _END_BRACKET_RE.search(text, max(start, end - _END_REACH), end)
    if match is None or end != len(text):
        return
    inner = match.group(1).strip().lower()
    if _CODE_START_RE.match(inner):
        yield Found(match.start(), match.end(), match.group(), match.group(), (), RedactionKind.REDACTION, False, 4)
    elif len(inner) >= 3 and any(word.startswith(inner) or inner.startswith(word) for word in _MASK_STARTS):
        yield Found(match.start(), match.end(), match.group(), None, (), RedactionKind.MASK, False, 4)


def cut_us_codes(text: str, start: int, end: int, written: tuple[str, ...]) -> Iterator[Found]:
    """"(b)(" with the rest lost: kept as written, with the code the document writes in full that begins
    so, when that code is at least half of them; else no code (ground not recognised)."""
    return _cut(_CUT_US_RE, text, start, end, written)


def cut_sections(text: str, start: int, end: int, written: tuple[str, ...]) -> Iterator[Found]:
    """"s 9(2)" alone before a wide gap or a line's end: completed as a cut-off US code is."""
    return _cut(_CUT_SECTION_RE, text, start, end, written)


def _cut(pattern: re.Pattern[str], text: str, start: int, end: int, written: tuple[str, ...]) -> Iterator[Found]:
    for match in pattern.finditer(text, start, end):
        marker = match.group()
        code = _completed(marker, written)
        yield Found(match.start(), match.end(), marker, marker, (code,) if code else (),
                    RedactionKind.REDACTION, True, 4)


def _completed(marker: str, written: tuple[str, ...]) -> str | None:
    """The full code a cut-off one most likely was: the document's commonest, if it begins so."""
    if not written:
        return None
    prefix = re.sub(r"[\sSs.]", "", marker)
    prefix = prefix if prefix.startswith("(") else "s" + prefix
    code, count = Counter(written).most_common(1)[0]
    return code if code.startswith(prefix) and count * _HALF >= len(written) else None


def split_codes(text: str, start: int, end: int, written: tuple[str, ...]) -> Iterator[Found]:
    """"section 22\\n(1)(a)", "9(2)\\n(a)", "s 47\\nF": a code whose line wrapped inside it, read whole."""
    if _SPLIT_TRIGGER_RE.search(text, start, end) is None:
        return  # no line breaking after a digit or bracket before a code's tail: most releases
    for match in _SPLIT_RE.finditer(text, start, end):
        joined = match.group("head") + match.group("tail")
        whole = CODE_RE.fullmatch(joined)
        code = normalise_code(whole) if whole else None
        if code is not None:
            yield Found(match.start(), match.end(), match.group(), joined, (code,), RedactionKind.REDACTION, True, 4)


SecondFinder = Callable[[str, int, int, tuple[str, ...]], Iterator[Found]]
_SECTIONED = (Regime.NZ_OIA, Regime.NZ_LGOIMA, Regime.AU_FOI, Regime.UK_FOIA, Regime.UK_EIR)
# Each finder with the laws it reads and a cheap test the text must pass first.
SECOND_LOOK: tuple[tuple[str, SecondFinder, tuple[Regime, ...], Callable[[str], bool]], ...] = (
    ("damaged_us_codes", damaged_us_codes, (Regime.US_FOIA,), lambda text: "b" in text),
    ("ex_markers", ex_markers, (Regime.US_FOIA,), lambda text: "Ex" in text),
    ("cut_us_codes", cut_us_codes, (Regime.US_FOIA,), lambda text: "(b)(" in text),
    ("cut_sections", cut_sections, _SECTIONED, lambda text: "(2)" in text),
    ("split_codes", split_codes, _SECTIONED, lambda text: "\n" in text),
    ("spaced_margin_codes", spaced_margin_codes, (Regime.US_FOIA,), lambda text: "b " in text),
    ("exemption_slips", exemption_slips, (Regime.US_FOIA,), lambda text: "xemption" in text),
    ("end_brackets", end_brackets, (*_SECTIONED, Regime.US_FOIA), lambda text: "[" in text[-_END_REACH:]),
)


def second_look_triggered(text: str) -> bool:
    """Whether a text the candidates stage found nothing in may hold what only this stage reads (a US code
    "CbH6J" or "Ex. 6", a label the text ends inside): most articles fail this at a few substring tests."""
    return "b)" in text or "bH" in text or "(b(" in text or "[" in text[-_END_REACH:] or ex_marker_triggered(text)


def ex_marker_triggered(text: str) -> bool:
    """Whether a text may hold an exemption stamped as "Ex. 6": asked even where no other trigger is, since
    an agency that stamps so may write nothing else a finder looks for."""
    return "Ex" in text and _EX_TRIGGER_RE.search(text) is not None


def completed_sevens(found: list[Found]) -> list[Found]:
    """"(b)(7)" with its letter lost ("(b)(6)(b)(7)" at a line's end) takes the letter the document's other
    exemption-7 codes have, when one letter is at least half of them; else it stays as written."""
    lettered = [code for candidate in found for code in candidate.codes if code.startswith("(b)(7)(")]
    if not lettered:
        return found
    code, count = Counter(lettered).most_common(1)[0]
    if count * _HALF < len(lettered):
        return found
    return [candidate._replace(codes=tuple(dict.fromkeys(code if c == "(b)(7)" else c for c in candidate.codes)))
            if "(b)(7)" in candidate.codes else candidate for candidate in found]
