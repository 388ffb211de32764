"""Finding withheld spans: markers, labels as written, OIA sections and grounds."""

from __future__ import annotations

import re
from bisect import bisect_right

from .model import Redaction, RedactionKind
from .oia import SECTION_PATTERN, ground_for_label, ground_for_section, label_words, sections_in

_MAY_HOLD_REDACTION_RE = re.compile(r"\[|[█■▇▆]|\d\s?\(|Withheld|WITHHELD|Redacted|REDACTED")
_NEWLINE_RE = re.compile(r"\r\n|\r|\n")
_BRACKET_RE = re.compile(r"\[([^\[\]\n]{1,100})\]")
_BLOCKS_RE = re.compile(r"[█■▇▆]{2,}")
_ONE_SECTION = rf"(?:(?:sections?|ss?\.?)\s?)?{SECTION_PATTERN}"
_SECTIONS = rf"{_ONE_SECTION}(?:\s*(?:,|and|&|/|or)\s*{_ONE_SECTION})*"
_WITHHELD_RE = re.compile(
    rf"\b(?:Withheld|WITHHELD|Redacted|REDACTED)\b(?:\s*(?:under|pursuant to|in accordance with|per|-|–|—|:)\s*"
    rf"(?:the\s+)?(?:OIA\s+)?)?(?:{_SECTIONS})?"
)
# \b first, not a look-behind: re tries a look-behind at every character, \b only at word edges.
_BARE_SECTIONS_RE = re.compile(
    rf"\b[Ss]\s?(?:6|7|9|18)(?:\s?\([0-9a-z]{{1,4}}\))+(?:\s*(?:,|and|&|/)\s*{_SECTIONS})*"
)
# A label in brackets or parentheses just after a marker; it may hold a section's own parentheses.
_LABEL_AFTER_RE = re.compile(r"[ \t]*(?:\[([^\[\]\n]{1,120})\]|\(((?:[^()\n]|\([^()\n]{0,8}\)){1,80})\))")
_PROSE_BEFORE_RE = re.compile(r"(?:section|sections|under|of|to|with|and|in|see|per)\s*$", re.IGNORECASE)
_LEGEND_LINE_RE = re.compile(rf"^\s*(?:[-*•]\s*)?\[?{SECTION_PATTERN}\]?\s*(?:[-–—:=]|to)\s*\w+(?:\s+\w+){{2,}}")
_MARKER_WORDS = re.compile(r"^(?:redacted|withheld|deleted|removed|information withheld|text withheld)\b", re.I)
_OUT_OF_SCOPE = re.compile(r"\b(?:out of scope|not in scope|outside (?:the )?scope|not relevant)\b", re.I)
_MASK_WORDS = re.compile(
    r"^(?:(?:redacted |withheld |fyi request #\d+ )?(?:e-?mail(?: address)?|phone(?: number)?|telephone(?: number)?|"
    r"mobile(?: number)?|(?:street |postal )?address|url|link|name|names|number|contact details|personal details|"
    r"signature|username|handle|photo|image)(?: removed| redacted| withheld)?)$",
    re.I,
)


def find_redactions(text: str, start: int = 0, end: int | None = None) -> list[Redaction]:
    """Every withheld span between ``start`` and ``end``, in order, none overlapping."""
    end = len(text) if end is None else end
    if not _MAY_HOLD_REDACTION_RE.search(text, start, end):
        return []  # most articles: one cheap scan instead of four
    legend = _LegendLines(text)
    candidates: list[tuple[int, int, Redaction]] = []
    for match in _BRACKET_RE.finditer(text, start, end):
        found = None if legend.holds(match.start()) else _bracketed(text, match)
        if found is not None:
            candidates.append((match.start(), 0, found))
    for priority, pattern in enumerate((_WITHHELD_RE, _BLOCKS_RE, _BARE_SECTIONS_RE), start=1):
        for match in pattern.finditer(text, start, end):
            if not legend.holds(match.start()):
                found = _unbracketed(text, match, pattern is _BARE_SECTIONS_RE)
                if found is not None:
                    candidates.append((match.start(), priority, found))
    kept: list[Redaction] = []
    taken_to = -1  # the end of a label a block has taken: nothing inside it is a redaction of its own
    for _, _, redaction in sorted(candidates, key=lambda c: (c[0], c[1])):
        if redaction.start < taken_to or (kept and redaction.start < kept[-1].end):
            continue
        if kept and _is_label_of(kept[-1], redaction, text):
            taken_to = redaction.end
            continue
        if kept and _labels(kept[-1], redaction, text):
            kept[-1] = _labelled(kept[-1], redaction)
        else:
            kept.append(redaction)
    return kept


def _labels(marker: Redaction, label: Redaction, text: str) -> bool:
    """A bare section just after an unlabelled marker ("████ s9(2)(j)") is that marker's label."""
    return (not marker.sections and marker.label is None and bool(label.sections)
            and label.marker == label.label and not text[marker.end:label.start].strip())


def _is_label_of(block: Redaction, candidate: Redaction, text: str) -> bool:
    """"████ [Withheld under section 9(2)(f)(iv)]": the bracket is the block's label, already taken."""
    return (block.label is not None and bool(_BLOCKS_RE.fullmatch(block.marker))
            and candidate.marker.strip("[]() ") == block.label.strip()
            and not text[block.end:candidate.start].strip(" ([\t"))


def _labelled(marker: Redaction, label: Redaction) -> Redaction:
    return Redaction(marker.start, marker.end, marker.marker, label.label, label.sections, label.ground, marker.kind)


class _LegendLines:
    """Which lines are a cover note's key ("s9(2)(a) - to protect privacy") or a table row.

    Such lines explain codes or list other documents' grounds: they withhold nothing here.
    Each line is judged once, so many markers on one long line stay cheap.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._breaks: list[int] | None = None
        self._judged: dict[int, bool] = {}

    def holds(self, at: int) -> bool:
        """True if the line holding offset ``at`` is a legend or table row."""
        if self._breaks is None:
            self._breaks = [m.start() for m in _NEWLINE_RE.finditer(self._text)]
        line = bisect_right(self._breaks, at)
        judged = self._judged.get(line)
        if judged is None:
            line_start = self._breaks[line - 1] + 1 if line else 0
            line_end = self._breaks[line] if line < len(self._breaks) else len(self._text)
            content = self._text[line_start:line_end]
            judged = self._judged[line] = bool(_LEGEND_LINE_RE.match(content[:300])) or "\t" in content
        return judged


def _bracketed(text: str, match: re.Match[str]) -> Redaction | None:
    inner = match.group(1).strip()
    sections = sections_in(inner)
    if _OUT_OF_SCOPE.search(inner) and not sections:
        return _make(text, match, None, (), RedactionKind.OUT_OF_SCOPE)
    if _MASK_WORDS.match(inner) and not sections:
        return _make(text, match, None, (), RedactionKind.MASK)
    if not (sections or _MARKER_WORDS.match(inner)):
        return None
    label = inner if sections and not _MARKER_WORDS.fullmatch(inner) else None
    outer, outer_sections = _label_beside(text, match.start(), match.end())
    return _make(text, match, label or outer, sections or outer_sections)


def _unbracketed(text: str, match: re.Match[str], bare: bool) -> Redaction | None:
    written = match.group()
    if bare and ((match.start() and text[match.start() - 1] in "(/") or
                 _PROSE_BEFORE_RE.search(text[max(0, match.start() - 12):match.start()])):
        return None
    sections = sections_in(written)
    truncated = not sections and any(ch.isdigit() for ch in written)
    if not sections and not truncated and not _BLOCKS_RE.fullmatch(written) and not written.isupper():
        return None
    if truncated:
        return _make(text, match, written, ())
    label = written if sections else None
    if label is None:
        label, sections = _label_beside(text, match.start(), match.end())
    return _make(text, match, label, sections)


def _label_beside(text: str, start: int, end: int) -> tuple[str | None, tuple[str, ...]]:
    """A ground's plain words just before the marker ("Negotiations [REDACTED]") or after it."""
    reach = max(0, start - 60)  # a label stands just before: never search further back
    line_start = text.rfind("\n", reach, start) + 1
    before = text[max(line_start, reach):start].rstrip(" :-–—,(")
    lowered = before.lower()
    for words in label_words():
        if lowered.endswith(words) and (len(lowered) == len(words) or not lowered[-len(words) - 1].isalnum()):
            ground = ground_for_label(words)
            return before[len(before) - len(words):], (ground.section,) if ground else ()
    after = _LABEL_AFTER_RE.match(text, end, end + 130)
    if after:
        label = after.group(1) or after.group(2)
        sections = sections_in(label)
        ground = ground_for_label(label)
        if sections or ground:
            return label, sections or ((ground.section,) if ground else ())
    return None, ()


def _make(text: str, match: re.Match[str], label: str | None, sections: tuple[str, ...],
          kind: RedactionKind = RedactionKind.REDACTION) -> Redaction:
    return Redaction(match.start(), match.end(), match.group(), label, sections, _ground(sections, label), kind)


def _ground(sections: tuple[str, ...], label: str | None) -> str | None:
    """The grounds in plain words; a section the Act lacks, or a cut-off label, is an unknown ground."""
    if not sections:
        ground = ground_for_label(label) if label else None
        if ground is None and label and any(ch.isdigit() for ch in label):
            return f"unknown ground (label cut off: {label})"
        return ground.summary if ground else None
    parts = []
    for section in sections:
        known = ground_for_section(section)
        parts.append(known.summary if known else f"unknown ground ({section})")
    return "; ".join(parts)
