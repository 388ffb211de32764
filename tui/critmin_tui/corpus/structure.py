"""An article's structure: date line, title, headings, photo captions and paragraphs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from .model import Block, BlockKind
from .text import paragraph_spans

# "date 2026-02-02", "Published: 2 February 2026" at the start of a line.
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DATE_PATTERN = rf"\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}} (?:{_MONTHS}) \d{{4}}"
_DATE_LINE_RE = re.compile(
    rf"(?i:date|published|updated|posted)\s*:?\s*(?P<date>{DATE_PATTERN})(?:,? \d{{1,2}}[:.]\d{{2}}\s*[ap]m)?"
)
_BARE_DATE_RE = re.compile(rf"(?:\w+day,? )?(?P<date>{DATE_PATTERN})")
# A caption ends with its credit: "... Photo: RNZ", "Photo / Getty Images", "Image: Supplied".
_CAPTION_RE = re.compile(
    r"(?:^|[\s.(])(?i:Photos?|Photograph|Image|Picture|Video|Illustration|Graphic)(?:\s+credits?)?\s*(?::|/|-|–|—)\s*"
    r"[^\s].{0,80}$"
)
_HEADING_END = tuple('.!?,;:"”’\'')
_MARKDOWN_HEADING_RE = re.compile(r"#{1,6}\s+")
_MAX_HEADING_WORDS = 12
TITLE_CHARS = 90  # a title longer than this is cut, with an ellipsis
_SENTENCE_BREAK_RE = re.compile(r"[a-z0-9)][.!?]\s+[A-Z]")


def article_blocks(text: str) -> list[Block]:
    """Classify each paragraph span of an article into a block."""
    return list(leading_blocks(text))


def leading_blocks(text: str) -> Iterator[Block]:
    """An article's blocks, classified one paragraph at a time as they are asked for (a title
    is told from the first few)."""
    first = True
    for start, end in paragraph_spans(text):
        for block in _classify(text, start, end, first=first):
            first = False
            yield block


def article_title(text: str, blocks: Iterable[Block]) -> str:
    """An article's title: its headline, else the first sentence of its first paragraph. Only a
    first block can be a headline, so the blocks are looked through no further than the first
    headline or paragraph."""
    for block in blocks:
        if block.kind is BlockKind.TITLE:
            return heading_text(text[block.start:block.end])
        if block.kind is BlockKind.PARAGRAPH:
            return first_words(text, [block])
    return "(untitled)"


def first_words(text: str, blocks: Iterable[Block]) -> str:
    """The first sentence of the first paragraph, cut to a title's length."""
    body = next((b for b in blocks if b.kind is BlockKind.PARAGRAPH), None)
    if body is None:
        return "(untitled)"
    sentence = re.split(r"(?<=[.!?])\s", text[body.start:body.end], maxsplit=1)[0]
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= TITLE_CHARS else sentence[:TITLE_CHARS - 1].rstrip() + "…"


def _classify(text: str, start: int, end: int, first: bool) -> list[Block]:
    line = text[start:end]
    date_line = _DATE_LINE_RE.match(line)
    if date_line:
        meta = Block(BlockKind.META, start, start + date_line.end())
        rest_start = start + date_line.end()
        rest_start += len(text[rest_start:end]) - len(text[rest_start:end].lstrip())
        if rest_start >= end:
            return [meta]
        return [meta, *_classify(text, rest_start, end, first=False)]
    if _has_credit_word(line) and _CAPTION_RE.search(line) and len(line.split()) <= 60:
        return [Block(BlockKind.CAPTION, start, end)]
    if line.count("\t") >= 2 or (line.count("|") >= 3 and line.lstrip().startswith("|")):
        return [Block(BlockKind.TABLE_ROW, start, end)]  # a table's row: "1\t12/01/2026\tBriefing"
    if _is_heading(line) or (first and _is_headline(text, line, end)):
        return [Block(BlockKind.TITLE if first else BlockKind.HEADING, start, end)]
    if len(line) <= 40 and _BARE_DATE_RE.fullmatch(line):
        return [Block(BlockKind.META, start, end)]
    return [Block(BlockKind.PARAGRAPH, start, end)]


# ODT and others shout the credit: "... PHOTO: SHANNON THOMSON" (the words _has_credit_word tests).


def _has_credit_word(line: str) -> bool:
    """Substring tests before the caption regex: most lines name no photo credit (written out,
    not a generator over a tuple of the words: a generator's frames cost more than the tests)."""
    return ("Photo" in line or "Image" in line or "Picture" in line or "Video" in line or "Illustration" in line
            or "Graphic" in line or "PHOTO" in line or "IMAGE" in line or "PICTURE" in line)


def _is_heading(line: str) -> bool:
    if _MARKDOWN_HEADING_RE.match(line):
        return True
    if line[0] in "\"“‘'-*•(":
        return False
    # A subheading may end in a quoted phrase ("... to not 'use nature's bounty'"); a sentence
    # ends in a full stop, inside the quotation or out.
    if line.rstrip("\"”’'").endswith(_HEADING_END) or (line.endswith(_HEADING_END) and len(line.split()) < 6):
        return False
    if _SENTENCE_BREAK_RE.search(line):
        return False  # "1. Officials met on 8 January. Negotiations [REDACTED]": sentences, not a heading
    words = line.split()
    return 0 < len(words) <= _MAX_HEADING_WORDS and (line[0].isupper() or line[0].isdigit()) and "\n" not in line


def _is_headline(text: str, line: str, end: int) -> bool:
    """A first line standing alone, short, with no full stop: a headline, even one ending in a quote."""
    alone = text[end:end + 4].lstrip(" \t").startswith(("\n\n", "\r\n\r\n", "\r\r"))
    opening = line.lstrip("\"“‘'")  # a headline may open with a quotation ("'Whether they want us': ...")
    # A line ending in a colon leads into what follows ("... has released the following statement:").
    return alone and len(line.split()) <= 30 and not line.rstrip("\"”’'").endswith((".", ":")) and \
        opening[:1].isupper()


def heading_text(line: str) -> str:
    """A heading's words without markdown's leading hashes."""
    return _MARKDOWN_HEADING_RE.sub("", line, count=1)


def date_in(line: str) -> str | None:
    """The date a meta line gives, as written, or None."""
    match = _DATE_LINE_RE.match(line) or _BARE_DATE_RE.fullmatch(line)
    return match.group("date") if match else None
