"""Parsing one document's text into a Document."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Any

from .agency import find_agency
from .doc_kinds import BODY_CHARS, document_kind
from .laws import regime_by_source, regime_in_text
from .minute import minute_blocks, parse_coversheet, parse_minute
from .model import Block, BlockKind, Document, DocumentKind, QuoteKind, Redaction, ScheduleEntry
from .quotes import analyse_article
from .redactions import find_redactions, with_regime
from .release_kinds import answers_request, release_kind
from .schedule import find_schedule
from .structure import article_blocks, article_title, date_in, first_words
from .version import PARSER_VERSION, collector_paused

__all__ = ["PARSER_VERSION", "parse_text"]

_CELL_KINDS = (BlockKind.HEADING, BlockKind.PARAGRAPH)


_LAW_HINTS = ("Information", "OIA", "FOI", "EIR", "LGOIMA", "U.S.C", "Department")  # one is in every law's words


def parse_text(path: str, text: str, kind: DocumentKind | None = None) -> Document:
    """Parse decoded text; ``kind`` overrides detection (from the manifest).

    A minute has its own parse; every other kind (a letter, an email chain, a briefing, a Cabinet
    paper) is read as an article is, keeping its kind and the agency it names.
    """
    detected = kind is None
    kind = kind or document_kind(text)
    with collector_paused():
        if kind is DocumentKind.MINUTE:
            minute = with_regime(_parse_minute(path, text))
            return replace(minute, agency=find_agency(text, kind, minute.regime))
        document = _parse_article(path, text, kind)
        if detected and kind is DocumentKind.ARTICLE:
            kind = _released_kind(text, document)
            if kind is not document.kind:  # most stay articles: no copy of the document for them
                document = replace(document, kind=kind)
        document = with_regime(document)
        if kind is not DocumentKind.ARTICLE:  # after the law: it tells which country's agencies to look for
            document = replace(document, agency=find_agency(text, kind, document.regime))
        return document


def _released_kind(text: str, document: Document) -> DocumentKind:
    """What withholds text is a release, whatever its head says; so is a text that names an FOI law
    and answers a request in its own words, or is an email chain, or reports no one's words (a
    decision, a guidance note, a list of exemptions). Else it stays an article."""
    if document.redactions or document.schedule:
        return release_kind(text).value
    head = text[:BODY_CHARS]  # a release names its law in its first pages
    if not any(word in head for word in _LAW_HINTS):
        return DocumentKind.ARTICLE  # most articles: a few substring tests
    # A FOIA office's mail may name no Act: its source is asked only where "FOI" is written (few articles).
    if regime_in_text(text) is None and ("FOI" not in head or regime_by_source(head) is None):
        return DocumentKind.ARTICLE
    return answers_request(text) or (DocumentKind.ARTICLE if _reports(document) else DocumentKind.RELEASE)


def _reports(document: Document) -> bool:
    """Whether the text reads as news: someone named is quoted, or their words are reported ("the
    mayor said"). A decision, a guidance note or a response names its law and quotes no one."""
    return bool(document.reported) or _SAID_RE.search(document.text) is not None or any(
        quote.speaker and quote.kind is QuoteKind.DIRECT for quote in document.quotes)


_SAID_RE = re.compile(r"\b(?:said|says|told)\b")  # news reports speech; a decision "finds", "submits", "notes"


def _parse_article(path: str, text: str, kind: DocumentKind = DocumentKind.ARTICLE) -> Document:
    schedule = find_schedule(text)
    blocks = _with_schedule_rows(article_blocks(text), schedule)
    analysis = analyse_article(text, blocks)
    return Document(
        path=path,
        text=text,
        kind=kind,
        title=article_title(text, blocks),
        date=_article_date(text, blocks),
        blocks=tuple(blocks),
        quotes=analysis.quotes,
        mentions=analysis.mentions,
        reported=analysis.reported,
        redactions=_with_blocks(find_redactions(text), blocks),
        speakers=analysis.speakers,
        schedule=schedule,
    )


def _parse_minute(path: str, text: str) -> Document:
    schedule = find_schedule(text)
    blocks = _with_schedule_rows(minute_blocks(text), schedule)
    minute = parse_minute(text, blocks)
    coversheet = parse_coversheet(text, blocks)
    title = minute.title or coversheet.get("Title") or first_words(text, blocks)
    return Document(
        path=path,
        text=text,
        kind=DocumentKind.MINUTE,
        title=title,
        date=minute.decision_date,
        blocks=tuple(blocks),
        redactions=_with_blocks(find_redactions(text), blocks),
        coversheet=coversheet,
        minute=minute,
        schedule=schedule,
    )


def _with_schedule_rows(blocks: list[Block], schedule: tuple[ScheduleEntry, ...]) -> list[Block]:
    """Lines inside a schedule's rows are its table's cells ("Parts withheld"), not headings or prose."""
    if not schedule:
        return blocks
    starts = [entry.start for entry in schedule]  # in order, none overlapping: found by bisection

    def in_a_row(block: Block) -> bool:
        index = bisect_right(starts, block.start) - 1
        return index >= 0 and block.end <= schedule[index].end

    return [replace(block, kind=BlockKind.TABLE_ROW) if block.kind in _CELL_KINDS and in_a_row(block) else block
            for block in blocks]


def _with_blocks(redactions: list[Redaction], blocks: list[Block]) -> tuple[Redaction, ...]:
    """Each redaction with the index of the block it stands in."""
    starts = [b.start for b in blocks]
    result = []
    for redaction in redactions:
        index = bisect_right(starts, redaction.start) - 1
        inside = index >= 0 and redaction.start <= blocks[index].end
        result.append(_in_block(redaction, index if inside else -1))
    return tuple(result)


def _in_block(redaction: Redaction, block: int) -> Redaction:
    """The redaction with its block: dataclasses.replace's result, without its look at every field's
    definition (a release has hundreds of redactions)."""
    if redaction.block == block:
        return redaction
    values: list[Any] = [block if name == "block" else getattr(redaction, name) for name in Redaction.__slots__]
    return Redaction(*values)


def _article_date(text: str, blocks: list[Block]) -> str | None:
    for block in blocks[:6]:
        if block.kind is BlockKind.META:
            found = date_in(text[block.start:block.end])
            if found:
                return found
    return None
