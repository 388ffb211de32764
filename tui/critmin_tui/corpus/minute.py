"""A Cabinet minute or proactive-release document: coversheet, minute, decisions, signatory."""

from __future__ import annotations

import re

from .model import (
    Block,
    BlockKind,
    Coversheet,
    Decision,
    Field,
    GroundCited,
    Minute,
    ReleasedDocument,
    Signatory,
)
from .oia import ground_for_label
from .structure import DATE_PATTERN
from .text import lines, lowered

_REFERENCE_RE = re.compile(r"\b[A-Z]{2,5}-\d{2}-(?:MIN|SUB|Min|Sub)-\d{3,4}\b")
_MINUTE_SIGNS = (
    re.compile(r"\bMinute of Decision\b", re.I),
    _REFERENCE_RE,
    re.compile(r"\bproactively released\b|\bProactive Release\b", re.I),
    re.compile(r"^\s*Information redacted\b", re.I | re.M),
    re.compile(r"\bCOVERSHEET\b"),
)
_DECISION_RE = re.compile(
    r"(?:[-*•]\s*)?(?P<number>\d{1,3})[.)]?\s+(?P<bold>\*\*)?(?P<verb>[a-z]+(?: [a-z]+)?)(?(bold)\*\*)\s+\S"
)
_DECISION_VERBS = frozenset(
    "noted agreed invited directed authorised authorized approved requested endorsed referred confirmed "  # noqa: SIM905
    "rescinded appointed deferred instructed delegated".split()
)
_SIGNATORY_RE = re.compile(
    r"(?:Acting |Deputy )?(?:Secretary|Clerk) of (?:the )?(?:Cabinet|Executive Council|[\w ]+ Committee)"
)
_DATE_RE = re.compile(rf"\bOn (?P<date>{DATE_PATTERN}),? (?:the )?(?:Cabinet|[\w ]*Committee)")
_GROUNDS_RE = re.compile(r"withheld (?:for|on) the (?:reasons?|grounds?) of ([^.\n]+)", re.I)
_BOILERPLATE_RE = re.compile(r"^This document contains information for the New Zealand Cabinet", re.I)
_HEADINGS = frozenset(("coversheet", "cabinet", "minute of decision", "information redacted",
                       "list of documents that have been proactively released"))


def is_minute(text: str) -> bool:
    """True if the text reads as a Cabinet minute or proactive-release document."""
    lower = lowered(text)
    # Substring tests first: most documents are articles, and this runs on every one.
    if not any(word in lower for word in ("minute of decision", "-min-", "proactive", "information redacted",
                                            "coversheet")):
        return False
    return sum(1 for sign in _MINUTE_SIGNS if sign.search(text)) >= 2


def minute_blocks(text: str) -> list[Block]:
    """One block per non-blank line, by its role."""
    blocks: list[Block] = []
    for line in lines(text):
        if line.blank:
            continue
        content = text[line.start:line.end]
        blocks.append(Block(_line_kind(content), line.start, line.end))
    return blocks


def _line_kind(content: str) -> BlockKind:
    if "\t" in content:
        return BlockKind.TABLE_ROW
    if _decision_match(content):
        return BlockKind.DECISION
    if _SIGNATORY_RE.fullmatch(content):
        return BlockKind.SIGNATURE
    if content.lower().rstrip(":") in _HEADINGS or (content.isupper() and len(content.split()) <= 6):
        return BlockKind.HEADING
    return BlockKind.PARAGRAPH


def _decision_match(content: str) -> re.Match[str] | None:
    match = _DECISION_RE.match(content)
    if match and (match.group("bold") or match.group("verb").split()[0] in _DECISION_VERBS):
        return match
    return None


def parse_coversheet(text: str, blocks: list[Block]) -> Coversheet:
    """Key/value rows, the released-documents table, the redaction flag and the grounds cited."""
    fields: list[Field] = []
    released: list[ReleasedDocument] = []
    header: list[str] | None = None
    for block in blocks:
        if block.kind is not BlockKind.TABLE_ROW:
            header = None
            continue
        cells = _cells(text, block)
        names = [text[s:e] for s, e in cells]
        if header is None and {"Date", "Title"} <= set(names):
            header = [n.lower() for n in names]
        elif header is not None and len(cells) == len(header):
            row = dict(zip(header, names, strict=True))
            released.append(ReleasedDocument(row.get("date", ""), row.get("title", ""), row.get("author", ""),
                                             block.start, block.end))
        elif len(cells) % 2 == 0:
            for (ks, ke), (vs, ve) in zip(cells[::2], cells[1::2], strict=True):
                fields.append(Field(text[ks:ke], text[vs:ve], vs, ve))
    return Coversheet(tuple(fields), tuple(released), _redacted_flag(text), _grounds_cited(text))


def _cells(text: str, block: Block) -> list[tuple[int, int]]:
    cells: list[tuple[int, int]] = []
    at = block.start
    for piece in text[block.start:block.end].split("\t"):
        stripped = piece.strip()
        if stripped:
            lead = at + piece.index(stripped)
            cells.append((lead, lead + len(stripped)))
        at += len(piece) + 1
    return cells


def _redacted_flag(text: str) -> bool | None:
    match = re.search(r"^\s*Information redacted\s*:?\s*(?:\n\s*)*(YES|NO|Yes|No)\b", text, re.M)
    return None if match is None else match.group(1).upper() == "YES"


def _grounds_cited(text: str) -> tuple[GroundCited, ...]:
    match = _GROUNDS_RE.search(text)
    if match is None:
        return ()
    cited: list[GroundCited] = []
    for piece in re.finditer(r"[^,]+", match.group(1)):
        words = re.sub(r"^\s*(?:and|or)\s+", "", piece.group()).strip()
        if not words:
            continue
        start = match.start(1) + piece.start() + piece.group().index(words)
        ground = ground_for_label(words)
        cited.append(GroundCited(words, ground.section if ground else None, start, start + len(words)))
    return tuple(cited)


def parse_minute(text: str, blocks: list[Block]) -> Minute:
    """The minute of decision: reference, title, portfolios, date, decisions and signatory."""
    reference = _REFERENCE_RE.search(text)
    date = _DATE_RE.search(text)
    return Minute(
        reference=reference.group() if reference else None,
        title=_minute_title(text, blocks),
        portfolios=_portfolios(text),
        decision_date=date.group("date") if date else None,
        decisions=tuple(_decisions(text, blocks)),
        signatory=_signatory(text, blocks),
    )


def _minute_title(text: str, blocks: list[Block]) -> str | None:
    seen_heading = False
    for block in blocks:
        content = text[block.start:block.end]
        if content.lower() == "minute of decision":
            seen_heading = True
        elif seen_heading and block.kind is BlockKind.PARAGRAPH and not _BOILERPLATE_RE.match(content):
            return None if content.lower().startswith("portfolio") else content
    return None


def _portfolios(text: str) -> tuple[str, ...]:
    match = re.search(r"^\s*Portfolios?\s*:?\s*(.+)$", text, re.M)
    if match is None:
        return ()
    names = re.split(r"\s*/\s*|\s*,\s*|\s+and\s+", match.group(1).replace("**", "").strip())
    return tuple(name for name in names if name)


def _decisions(text: str, blocks: list[Block]) -> list[Decision]:
    decisions: list[Decision] = []
    for block in blocks:
        content = text[block.start:block.end]
        match = _decision_match(content) if block.kind is BlockKind.DECISION else None
        if match is None:
            continue
        verb_start = block.start + match.start("verb")
        body_start = block.start + (match.start("bold") if match.group("bold") else match.start("verb"))
        decisions.append(Decision(int(match.group("number")), match.group("verb"),
                                  text[body_start:block.end].replace("**", ""), body_start, block.end,
                                  verb_start, verb_start + len(match.group("verb"))))
    return decisions


def _signatory(text: str, blocks: list[Block]) -> Signatory | None:
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.SIGNATURE and index > 0:
            name = blocks[index - 1]
            return Signatory(text[name.start:name.end], text[block.start:block.end], name.start, block.end)
    return None
