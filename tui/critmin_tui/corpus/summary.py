"""Summarising a parsed document: what the corpus keeps of it when the document itself is let go."""

from __future__ import annotations

import zlib
from collections import Counter
from dataclasses import replace

from .model import BlockKind, Confidence, Document, DocumentKind, DocumentSummary, RedactionKind

_BODY_KINDS = (BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.DECISION)


def summarise(document: Document, key: str, forced_kind: DocumentKind | None = None) -> DocumentSummary:
    """The summary of a freshly parsed document (before corpus-wide linking and renaming)."""
    return DocumentSummary(
        path=document.path,
        key=key,
        kind=document.kind,
        title=document.title,
        date=document.date,
        outlet=document.outlet,
        version_of=document.version_of,
        forced_kind=forced_kind,
        quotes=tuple((q.start, q.end, q.speaker) for q in document.quotes),
        reported=tuple(r.speaker for r in document.reported),
        redactions=tuple((r.start, r.end) for r in document.redactions),
        speakers=document.speakers,
        paragraphs=paragraph_checksums(document),
        warnings=document.warnings,
        text_hash=text_hash(document.text),
        unsure=tuple((q.start, q.end) for q in document.quotes if q.confidence is Confidence.UNSURE),
        regime=document.regime,
        agency=document.agency,
        grounds=ground_counts(document),
    )


def shared_spans(quotes: tuple[tuple[int, int, str | None], ...],
                 spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The unsure quotes' spans made of their quotes' own numbers. A summary sent from a worker
    or read from a snapshot comes with every number an object of its own: since confidence was
    calibrated on first contact most quotes are unsure, and their spans held 21 MB more at
    10,000 documents (in the parse's own process and in a reopened corpus) than before."""
    if not spans:
        return spans
    by_start = {quote[0]: quote for quote in quotes}
    pairs = []
    for start, end in spans:
        quote = by_start.get(start)
        pairs.append((quote[0], quote[1]) if quote is not None and quote[1] == end else (start, end))
    return tuple(pairs)


def ground_counts(document: Document) -> tuple[tuple[str, int], ...]:
    """How often each section is cited by the document's redactions ("unlabelled" where none is), in
    first-seen order: what the corpus-wide table of grounds by agency adds up without the document."""
    counts: Counter[str] = Counter()
    for redaction in document.redactions:
        if redaction.kind is RedactionKind.REDACTION:
            for section in redaction.sections or ("unlabelled",):
                counts[section] += 1
    return tuple(counts.items())


def text_hash(text: str) -> str:
    """The hash of a document's text, which a correction's offsets index: it outlives re-parsing
    and parser upgrades, and changes when the text does."""
    import hashlib

    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


def paragraph_checksums(document: Document) -> tuple[int, ...]:
    """A checksum of each body paragraph, white space normalised: captures share most of them.

    CRC-32 rather than hash(): string hashes change from one run to the next, and these are stored.
    """
    return tuple(
        zlib.crc32(" ".join(document.text_of(b).split()).encode("utf-8", "surrogatepass"))
        for b in document.blocks
        if b.kind in _BODY_KINDS
    )


def restore(document: Document, summary: DocumentSummary) -> Document:
    """A document loaded again, given what the corpus decided about it: its speakers' corpus-wide
    names, the manifest's title, outlet and date, and which document it is a capture of."""
    renamed = rename_speakers(document, dict(summary.renames))
    return replace(renamed, path=summary.path, title=summary.title, outlet=summary.outlet, date=summary.date,
                   version_of=summary.version_of)


def rename_speakers(document: Document, renames: dict[str, str]) -> Document:
    """The document with speakers known only by an alias renamed to their full name."""
    if not renames:
        return document

    def rename(name: str | None) -> str | None:
        return renames.get(name, name) if name else name

    return replace(
        document,
        quotes=tuple(replace(q, speaker=rename(q.speaker)) for q in document.quotes),
        mentions=tuple(replace(m, speaker=renames.get(m.speaker, m.speaker)) for m in document.mentions),
        reported=tuple(replace(r, speaker=renames.get(r.speaker, r.speaker)) for r in document.reported),
        speakers=tuple(replace(i, name=renames.get(i.name, i.name)) for i in document.speakers),
    )
