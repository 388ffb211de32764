"""Finding withheld spans: markers, labels as written, OIA sections and grounds."""

from __future__ import annotations

import re

from .model import Redaction, RedactionKind
from .oia import SECTION_PATTERN, ground_for_label, ground_for_section, label_words, sections_in

_BRACKET_RE = re.compile(r"\[([^\[\]\n]{1,100})\]")
_BLOCKS_RE = re.compile(r"[█■▇▆]{2,}")
_ONE_SECTION = rf"(?:(?:sections?|ss?\.?)\s?)?{SECTION_PATTERN}"
_SECTIONS = rf"{_ONE_SECTION}(?:\s*(?:,|and|&|/|or)\s*{_ONE_SECTION})*"
_WITHHELD_RE = re.compile(
    rf"\b(?:Withheld|WITHHELD|Redacted|REDACTED)\b(?:\s*(?:under|pursuant to|in accordance with|per|-|–|—|:)\s*"
    rf"(?:the\s+)?(?:OIA\s+)?)?(?:{_SECTIONS})?"
)
_BARE_SECTIONS_RE = re.compile(
    rf"(?<![\w(/])[Ss]\s?(?:6|7|9|18)(?:\s?\([0-9a-z]{{1,4}}\))+(?:\s*(?:,|and|&|/)\s*{_SECTIONS})*"
)
_PROSE_BEFORE_RE = re.compile(r"(?:section|sections|under|of|to|with|and|in|see|per)\s*$", re.IGNORECASE)
_LEGEND_LINE_RE = re.compile(rf"^\s*(?:[-*•]\s*)?\[?{SECTION_PATTERN}\]?\s*(?:[-–—:=]|to)\s*\w+(?:\s+\w+){{2,}}")
_MARKER_WORDS = re.compile(r"^(?:redacted|withheld|deleted|removed|information withheld|text withheld)\b", re.I)
_OUT_OF_SCOPE = re.compile(r"\b(?:out of scope|not in scope|outside (?:the )?scope|not relevant)\b", re.I)
_MASK_WORDS = re.compile(
    r"^(?:(?:redacted |withheld )?(?:e-?mail(?: address)?|phone(?: number)?|telephone(?: number)?|mobile(?: number)?|"
    r"(?:street |postal )?address|url|link|name|names|number|contact details|personal details|signature|"
    r"username|handle|photo|image)(?: removed| redacted| withheld)?)$",
    re.I,
)


def find_redactions(text: str, start: int = 0, end: int | None = None) -> list[Redaction]:
    """Every withheld span between ``start`` and ``end``, in order, none overlapping."""
    end = len(text) if end is None else end
    found: list[Redaction] = []
    for match in _BRACKET_RE.finditer(text, start, end):
        redaction = _bracketed(text, match)
        if redaction is not None:
            found.append(redaction)
    for pattern in (_WITHHELD_RE, _BLOCKS_RE, _BARE_SECTIONS_RE):
        for match in pattern.finditer(text, start, end):
            if _overlaps(found, match.start(), match.end()) or _in_legend(text, match.start()):
                continue
            redaction = _unbracketed(text, match, pattern is _BARE_SECTIONS_RE)
            if redaction is not None:
                found.append(redaction)
    return sorted(found, key=lambda r: r.start)


def _overlaps(found: list[Redaction], start: int, end: int) -> bool:
    return any(r.start < end and start < r.end for r in found)


def _in_legend(text: str, at: int) -> bool:
    """A cover note's key ("s9(2)(a) - to protect privacy") explains codes: it withholds nothing."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return bool(_LEGEND_LINE_RE.match(line)) or "\t" in line


def _bracketed(text: str, match: re.Match[str]) -> Redaction | None:
    inner = match.group(1).strip()
    sections = sections_in(inner)
    if _OUT_OF_SCOPE.search(inner) and not sections:
        return _make(text, match, None, (), RedactionKind.OUT_OF_SCOPE)
    if _MASK_WORDS.match(inner) and not sections:
        return _make(text, match, None, (), RedactionKind.MASK)
    if not (sections or _MARKER_WORDS.match(inner)) or _in_legend(text, match.start()):
        return None
    label = inner if sections and not _MARKER_WORDS.fullmatch(inner) else None
    outer, outer_sections = _label_beside(text, match.start(), match.end())
    return _make(text, match, label or outer, sections or outer_sections)


def _unbracketed(text: str, match: re.Match[str], bare: bool) -> Redaction | None:
    written = match.group()
    if bare and _PROSE_BEFORE_RE.search(text[max(0, match.start() - 12):match.start()]):
        return None
    sections = sections_in(written)
    if not sections and not _BLOCKS_RE.fullmatch(written) and not written.isupper():
        return None
    label = written if sections else None
    if label is None:
        label, sections = _label_beside(text, match.start(), match.end())
    return _make(text, match, label, sections)


def _label_beside(text: str, start: int, end: int) -> tuple[str | None, tuple[str, ...]]:
    """A ground's plain words just before the marker ("Negotiations [REDACTED]") or after it."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 60):start].rstrip(" :-–—,(")
    lowered = before.lower()
    for words in label_words():
        if lowered.endswith(words) and (len(lowered) == len(words) or not lowered[-len(words) - 1].isalnum()):
            ground = ground_for_label(words)
            return before[len(before) - len(words):], (ground.section,) if ground else ()
    after = re.match(r"\s*[(\[]([^()\[\]\n]{1,80})[)\]]", text[end:end + 90])
    if after:
        sections = sections_in(after.group(1))
        ground = ground_for_label(after.group(1))
        if sections or ground:
            return after.group(1), sections or ((ground.section,) if ground else ())
    return None, ()


def _make(text: str, match: re.Match[str], label: str | None, sections: tuple[str, ...],
          kind: RedactionKind = RedactionKind.REDACTION) -> Redaction:
    return Redaction(match.start(), match.end(), match.group(), label, sections, _ground(sections, label), kind)


def _ground(sections: tuple[str, ...], label: str | None) -> str | None:
    """The grounds in plain words; a section the Act lacks is kept as an unknown ground."""
    if not sections:
        ground = ground_for_label(label) if label else None
        return ground.summary if ground else None
    parts = []
    for section in sections:
        known = ground_for_section(section)
        parts.append(known.summary if known else f"unknown ground ({section})")
    return "; ".join(parts)
