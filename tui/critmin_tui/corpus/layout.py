"""From a PDF's positioned runs to text: lines, paragraphs joined by geometry, page furniture
dropped, and each redaction box a marker in the text with its label, page and hidden text.

Pure Python and independent of the PDF library, so it is tested with pages made by hand.
Coordinates are PDF points with y growing upwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .furniture import furniture_keys, is_furniture

MARK = "█"
_BULLET_RE = re.compile(r"^(?:[•●▪◦■\-–*]|\(?[0-9]{1,3}[.)]|\(?[a-z]{1,3}\)|[0-9]{1,2}\.[0-9.]*)\s")
_ENDS_SENTENCE = tuple(".!?:;")
# What a redaction box's label says: a section ("s.9(2)(a)", "6(c) OIA"), or why the text is gone.
_LABEL_RE = re.compile(r"\b(?:s(?:ection|\.)?\s?)?(?:6|7|9|18)\s?\([0-9a-z]|\bOIA\b|out of scope|not in scope|"
                       r"not relevant|withheld|redacted|privacy", re.I)
_CONTRAST = 90  # text this much lighter or darker than its box is printed on it, to be read


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of text on one line, with its bounds and its ink's colour (0xRRGGBB)."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    ink: int = 0
    box: int = -1  # a redaction box's marker stands here, not text


@dataclass(frozen=True, slots=True)
class Box:
    """A filled rectangle that may be a redaction, with its fill's colour (0xRRGGBB)."""

    x0: float
    y0: float
    x1: float
    y1: float
    fill: int = 0
    dark: bool = True  # a light box is a redaction only when a ground is printed on it


@dataclass(slots=True)
class Page:
    """One page: its size, its text runs and its candidate boxes."""

    number: int
    width: float
    height: float
    runs: list[Run]
    boxes: list[Box] = field(default_factory=list)


@dataclass(slots=True)
class Line:
    """Runs that share a line, left to right."""

    runs: list[Run]
    page: int
    x0: float = 0.0
    y0: float = 0.0
    x1: float = 0.0
    y1: float = 0.0

    def __post_init__(self) -> None:
        self.x0 = min(r.x0 for r in self.runs)
        self.x1 = max(r.x1 for r in self.runs)
        self.y0 = min(r.y0 for r in self.runs)
        self.y1 = max(r.y1 for r in self.runs)

    @property
    def height(self) -> float:
        """The line's height: its tallest run's (a box marker counts for none)."""
        return max((r.y1 - r.y0 for r in self.runs if r.box < 0), default=self.y1 - self.y0)

    @property
    def text(self) -> str:
        """The line's words, with a tab between table cells (markers as placeholders)."""
        return _joined_runs(self.runs, self.height)

    @property
    def last_cell_x0(self) -> float:
        """Where the line's last table cell starts (its start when it is not a table row)."""
        height = self.height
        start = self.runs[0].x0
        for before, run in zip(self.runs, self.runs[1:], strict=False):
            if run.x0 - before.x1 > 3 * height:
                start = run.x0
        return start

    @property
    def is_table_row(self) -> bool:
        """True when a wide gap parts its runs into cells."""
        return "\t" in self.text


@dataclass(frozen=True, slots=True)
class Mark:
    """A redaction box as placed in the text: its marker's span, page, label and any hidden text."""

    start: int
    end: int
    page: int
    label: str | None
    hidden: str


@dataclass(slots=True)
class Laid:
    """The text of all pages, where each paragraph starts and on which page, the boxes, and counts."""

    text: str
    paragraph_pages: list[tuple[int, int]]
    marks: list[Mark]
    textless_pages: list[int] = field(default_factory=list)  # pages with no words but boxes' labels: scans
    lines_joined: int = 0
    furniture_dropped: int = 0


def lay_out(pages: list[Page]) -> Laid:
    """Paragraphs of the pages' text, with redaction boxes as markers."""
    labels: list[tuple[str | None, str, int]] = []  # each box's (label, hidden text, page)
    all_lines = []
    textless: list[int] = []
    for page in pages:
        runs = _with_box_markers(page, labels)
        if not any(run.text for run in runs):
            textless.append(page.number)
        all_lines.append(_lines(runs, page.number))
    keys = furniture_keys(all_lines, pages)
    kept_pages = []
    dropped = 0
    for page, lines in zip(pages, all_lines, strict=True):
        kept = [line for line in lines if not is_furniture(line, page, keys)]
        dropped += len(lines) - len(kept)
        kept_pages.append(kept)
    paragraphs = _paragraphs(kept_pages)
    laid = _emit(paragraphs, labels)
    laid.furniture_dropped = dropped
    laid.textless_pages = textless
    laid.lines_joined = sum(len(p) - 1 for p in paragraphs)
    return laid


def text_is_visible(ink: int, fill: int) -> bool:
    """Text on a box is printed to be read (a label) when its colour (0xRRGGBB) stands out from the box's."""
    return max(abs((ink >> shift & 255) - (fill >> shift & 255)) for shift in (16, 8, 0)) >= _CONTRAST


def _with_box_markers(page: Page, labels: list[tuple[str | None, str, int]]) -> list[Run]:
    """The page's runs, each box's words taken out as its label or hidden text, a marker run in its place."""
    groups = _grouped(page.boxes)
    on: list[list[Run]] = [[] for _ in groups]
    runs = []
    for run in page.runs:
        mid_x, mid_y = (run.x0 + run.x1) / 2, (run.y0 + run.y1) / 2
        found = next((number for number, group in enumerate(groups) for box in group
                      if box.x0 - 1 <= mid_x <= box.x1 + 1 and box.y0 - 1 <= mid_y <= box.y1 + 1), -1)
        if found < 0:
            runs.append(run)
        else:
            on[found].append(run)
    for group, words in zip(groups, on, strict=True):
        top = group[0]
        shown = [r for r in words if text_is_visible(r.ink, top.fill)]
        hidden = [r for r in words if not text_is_visible(r.ink, top.fill)]
        printed = _words(shown)
        if len(shown) > 12 or (printed and not _LABEL_RE.search(printed)) or (not top.dark and not printed):
            # A shaded heading or table cell, or a light panel: its words are the page's, not a label.
            runs.extend(words)
            continue
        under = _words(hidden)
        under = under if sum(ch.isalnum() for ch in under) >= 3 else ""  # a stray bracket is no failed redaction
        labels.append((printed or None, under, page.number))
        tall = min(top.y1 - top.y0, 12.0)
        runs.append(Run(top.x0, top.y1 - tall, top.x1, top.y1, "", top.fill, len(labels) - 1))
        # The group's other boxes hold their place in their lines, so no gap there reads as a table's.
        runs.extend(Run(b.x0, b.y1 - min(b.y1 - b.y0, 12.0), b.x1, b.y1, "") for b in group[1:])
    return runs


def _grouped(boxes: list[Box]) -> list[list[Box]]:
    """Boxes that touch or overlap, grouped (a three-line redaction is often three); the top left one first."""
    groups: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (-round(b.y1), b.x0)):
        for group in groups:
            if group[0].dark == box.dark and any(_touch(box, other) for other in group):
                group.append(box)
                break
        else:
            groups.append([box])
    return groups


def _touch(box: Box, other: Box) -> bool:
    return box.x0 <= other.x1 + 2 and other.x0 <= box.x1 + 2 and box.y0 <= other.y1 + 2 and other.y0 <= box.y1 + 2


def _words(runs: list[Run]) -> str:
    return " ".join(" ".join(line.text for line in _lines(runs, 0)).split())


def _lines(runs: list[Run], page: int) -> list[Line]:
    """Runs grouped into lines (by vertical overlap), top to bottom."""
    lines: list[list[Run]] = []
    for run in sorted(runs, key=lambda r: (-r.y1, r.x0)):
        height = run.y1 - run.y0
        for line in reversed(lines[-3:]):
            top, bottom = max(r.y1 for r in line), min(r.y0 for r in line)
            overlap = min(top, run.y1) - max(bottom, run.y0)
            if overlap >= 0.5 * min(height, top - bottom) > 0 or (height <= 0 and bottom <= run.y0 <= top):
                line.append(run)
                break
        else:
            lines.append([run])
    made = [Line(sorted(line, key=lambda r: r.x0), page) for line in lines]
    return [line for line in made if line.text]


def _joined_runs(runs: list[Run], height: float) -> str:
    parts: list[str] = []
    previous: Run | None = None
    for run in runs:
        text = f"\x00{run.box}\x00" if run.box >= 0 else run.text
        if not text:  # a box's place, marked elsewhere: a word ends here
            if parts and not parts[-1].endswith(" "):
                parts.append(" ")
            previous = run
            continue
        if previous is not None:
            gap = run.x0 - previous.x1
            if gap > 3 * height:
                if parts:
                    parts[-1] = parts[-1].rstrip(" ")
                parts.append("\t")
            elif (gap > 0.25 * height or previous.text.endswith(" ") or run.box >= 0 or previous.box >= 0) \
                    and parts and not parts[-1].endswith(" "):
                parts.append(" ")
        parts.append(text)
        previous = run
    return "".join(parts).strip()


def _paragraphs(pages: list[list[Line]]) -> list[list[Line]]:
    """Lines joined into paragraphs on each page, and across a page break mid-sentence."""
    paragraphs: list[list[Line]] = []
    right = 0.0
    for lines in pages:
        for index, line in enumerate(lines):
            last = paragraphs[-1] if paragraphs else None
            if index:  # the right edge of the text around here: an indented quote has its own
                right = max(other.x1 for other in lines[max(0, index - 5):index + 4])
            if last is not None and (_continues(last, line, right) if index
                                     else _continues_across(last[-1], line, right)):
                last.append(line)
            else:
                paragraphs.append([line])
    return paragraphs


def _continues(paragraph: list[Line], line: Line, right: float) -> bool:
    """True when ``line`` goes on the paragraph: close, same size, no new item, and the line above was full."""
    above = paragraph[-1]
    height = min(above.height, line.height) or 1.0
    if line.is_table_row:
        return False
    if above.is_table_row:  # a cell's text wrapped: the next line starts under the last cell
        return (abs(line.x0 - above.last_cell_x0) <= height and _full(above, line, right)
                and above.y0 - line.y1 <= 0.8 * height)
    if abs(above.height - line.height) > 0.3 * max(above.height, line.height):
        return False
    if above.y0 - line.y1 > 0.8 * height:
        return False
    if _BULLET_RE.match(line.text) or not _full(above, line, right):
        return False
    if len(paragraph) == 1:  # a first line may be indented, by up to half an inch, or hang (a list's item)
        hanging = 40.0 if _BULLET_RE.match(above.text) else 2 * height
        return above.x0 - 36 - height <= line.x0 <= above.x0 + hanging
    start = min(item.x0 for item in paragraph[-2:])
    return start - 2 * height <= line.x0 <= above.x0 + 2 * height


def _continues_across(above: Line, line: Line, right: float) -> bool:
    """A paragraph cut by a page break: the last line was full mid-sentence, the next is lower case."""
    words = line.text.lstrip("\x00")
    return (_full(above, line, right) and not above.text.endswith(_ENDS_SENTENCE) and bool(words)
            and words[0].islower() and abs(above.height - line.height) <= 0.3 * max(above.height, line.height)
            and not above.is_table_row and not line.is_table_row)


def _full(above: Line, line: Line, right: float) -> bool:
    """True when the next line's first word would not have fitted on ``above``: the wrap broke it, not the writer."""
    first = line.runs[0]
    word = first.x1 - first.x0 if " " not in first.text.strip() else 0.5 * (first.x1 - first.x0)
    return above.x1 + 0.3 * above.height + word > right - 1.5 * above.height  # slack: glyph widths vary


def _emit(paragraphs: list[list[Line]], labels: list[tuple[str | None, str, int]]) -> Laid:
    """The text, one paragraph after another, with each marker placeholder made a marker."""
    text_parts: list[str] = []
    at = 0
    paragraph_pages: list[tuple[int, int]] = []
    marks: list[Mark] = []
    for paragraph in paragraphs:
        if text_parts:
            text_parts.append("\n\n")
            at += 2
        paragraph_pages.append((at, paragraph[0].page))
        for piece in re.split(r"(\x00\d+\x00)", _paragraph_text(paragraph)):
            if piece.startswith("\x00"):
                label, hidden, page = labels[int(piece.strip("\x00"))]
                marker = MARK * 4
                written = marker + (f" [{label.replace('[', '(').replace(']', ')')}]" if label else "")
                marks.append(Mark(at, at + len(written), page, label, hidden))
            else:
                written = piece
            text_parts.append(written)
            at += len(written)
    return Laid("".join(text_parts), paragraph_pages, marks)


def _paragraph_text(paragraph: list[Line]) -> str:
    text = ""
    for line in paragraph:
        words = line.text
        if not text:
            text = words
        elif text.endswith("\u00ad"):
            text = text[:-1] + words  # a word broken by a soft hyphen is whole again
        else:
            text += " " + words
    return text.replace("\u00ad", "")

