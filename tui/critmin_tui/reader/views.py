"""What the document pane shows: a document, a speaker's quotes across the corpus, or a diff."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..corpus import Block, BlockKind, Corpus, Document, DocumentKind, Quote, Redaction, RedactionKind, differences
from ..corpus.citation import long_date
from .evidence import mark_look, mark_of
from .layout import Layout, LayoutBuilder, Look, Piece
from .tables import table

_BLOCK_STYLE = {
    BlockKind.TITLE: Look.TITLE,
    BlockKind.HEADING: Look.HEADING,
    BlockKind.CAPTION: Look.CAPTION,
    BlockKind.META: Look.META,
    BlockKind.SIGNATURE: Look.SIGNATURE,
}

FIRST_SCREENS = 12_000  # characters of a long document laid out before the first frame; the rest after
FIRST_QUOTES = 40  # quotes of a speaker filter laid out before the first frame; the rest after


def document_layout(corpus: Corpus, doc: int, width: int, limit: int | None = None) -> Layout:
    """A whole document with its structure; a minute gets the redaction-aware view. With a
    ``limit``, only the blocks that start within that many characters (a first screenful)."""
    document = corpus.documents[doc]
    builder = LayoutBuilder(width)
    _masthead(builder, doc, document)
    if document.kind is DocumentKind.MINUTE:
        _minute_summary(builder, doc, document)
    if document.schedule:
        _schedule(builder, doc, document)
    redactions: dict[int, list[Redaction]] = {}
    for redaction in document.redactions:
        redactions.setdefault(redaction.block, []).append(redaction)
    blocks = document.blocks
    index = 0
    page = None
    while index < len(blocks):
        block = blocks[index]
        if limit is not None and block.start > limit:
            builder.line(Piece("[… laying out the rest of the document]", Look.META))
            break
        if block.page is not None and block.page != page:  # a paged source (a PDF): where each page starts
            page = block.page
            builder.line(Piece(f"── p. {page} ──", Look.META))
        if block.kind is BlockKind.TABLE_ROW:  # a run of rows: one table, its columns aligned
            end = index
            while end < len(blocks) and blocks[end].kind is BlockKind.TABLE_ROW:
                end += 1
            table(builder, doc, document.text, list(blocks[index:end]), first_number=index + 1)
            for row in range(index, end):
                for redaction in redactions.get(row, []):
                    _redaction_block(builder, doc, redaction)
            builder.blank()
            index = end
            continue
        _block(builder, doc, document, index, redactions.get(index, []))
        index += 1
    return builder.build()


def _masthead(builder: LayoutBuilder, doc: int, document: Document) -> None:
    builder.begin("masthead", doc, 0, 0)
    builder.text(-1, document.title, 0, len(document.title), Look.TITLE)
    reference = document.minute.reference if document.minute else None
    agency = document.agency if document.agency != document.outlet else None  # who released it, said once
    facts = " · ".join(p for p in (document.kind.label, agency, document.outlet, reference, long_date(document.date),
                                   document.name) if p)
    builder.text(-1, facts, 0, len(facts), Look.META)  # wrapped: the date and file name are never cut
    builder.finish()
    builder.blank()


def _block(builder: LayoutBuilder, doc: int, document: Document, index: int, redactions: list[Redaction]) -> None:
    block = document.blocks[index]
    text = document.text
    style = _BLOCK_STYLE.get(block.kind, Look.BODY)
    if block.kind is BlockKind.HEADING:
        builder.blank()
    builder.begin(block.kind.value, doc, block.start, block.end, number=index + 1)
    if block.kind is BlockKind.CAPTION:
        prefix = (Piece("  ▣ ", Look.CAPTION),)
        builder.text(doc, text, block.start, block.end, style, indent="    ", first_prefix=prefix)
    elif block.kind is BlockKind.DECISION:
        _decision(builder, doc, document, block)
    else:
        builder.text(doc, text, block.start, block.end, style)
    for redaction in redactions:
        _redaction_block(builder, doc, redaction)
    builder.finish()
    builder.blank()


def _redaction_block(builder: LayoutBuilder, doc: int, redaction: Redaction) -> None:
    """An unmistakable block under the paragraph: the marker, its label and its ground."""
    title = "WITHHELD" if redaction.kind is RedactionKind.REDACTION else redaction.kind.value.replace("_", " ").upper()
    page = f" · p. {redaction.page}" if redaction.page else ""
    marker = Piece(f"{title} {redaction.marker}{page}", Look.REDACTION_BLOCK)
    builder.line(Piece("  ┃ ", Look.REDACTION_BLOCK), marker, doc=doc)
    if redaction.recoverable:  # a failed redaction is a story: said loudly, its text shown only on a key
        builder.line(Piece("  ┃ ", Look.REDACTION_BLOCK),
                     Piece("FAILED REDACTION: the text under this box is still in the file (H shows it)", Look.MATCH))
    explained = f"{redaction.heading}: {redaction.reason}"
    # Synthetic text: doc -1, so no document highlight lands on it.
    builder.text(-1, explained, 0, len(explained), Look.REDACTION_GROUND, indent="  ┃   ",
                 first_prefix=(Piece("  ┃   ", Look.REDACTION_BLOCK),))


def _decision(builder: LayoutBuilder, doc: int, document: Document, block: Block) -> None:
    decision = next((d for d in document.minute.decisions if d.start >= block.start and d.end <= block.end), None) \
        if document.minute else None
    if decision is None:
        builder.text(doc, document.text, block.start, block.end, Look.BODY)
        return
    number = Piece(f"{decision.number:>3}. ", Look.VERB)
    builder.text(doc, document.text, decision.verb_start, block.end, Look.BODY, indent="     ", first_prefix=(number,))


def _minute_summary(builder: LayoutBuilder, doc: int, document: Document) -> None:
    """Redactions by ground, the grounds the coversheet cites, and the redaction flag."""
    builder.begin("summary", doc, 0, 0)
    sheet = document.coversheet
    flag = {True: "YES", False: "NO", None: "not stated"}[sheet.information_redacted if sheet else None]
    counts = Counter(r.section or r.label or "unlabelled" for r in document.redactions)
    by_ground = ", ".join(f"{ground} ×{n}" for ground, n in counts.most_common()) or "none found"
    builder.line(Piece("Redactions: ", Look.HEADING), Piece(f"{len(document.redactions)} ({by_ground})", Look.BODY))
    builder.line(Piece("Information redacted (coversheet): ", Look.HEADING), Piece(flag, Look.BODY))
    if sheet and sheet.withholding_grounds:
        builder.line(Piece("Grounds cited:", Look.HEADING))
        for ground in sheet.withholding_grounds:
            builder.line(Piece(f"  • {ground.label} — {ground.section or 'section not known'}", Look.BODY))
    builder.finish()
    builder.blank()


def _schedule(builder: LayoutBuilder, doc: int, document: Document) -> None:
    """The documents a release lists, what was done to each, and the grounds applied to them
    (grounds for those documents, not redactions in this text)."""
    builder.begin("schedule", doc, 0, 0)
    grounds = Counter(section for entry in document.schedule for section in entry.sections)
    by_ground = ", ".join(f"{ground} ×{n}" for ground, n in grounds.most_common()) or "no grounds given"
    listed = f"{len(document.schedule)} listed ({by_ground})"
    builder.text(-1, listed, 0, len(listed), Look.BODY, indent="    ",
                 first_prefix=(Piece("Schedule of documents: ", Look.HEADING),))
    for entry in document.schedule:
        scope = "some out of scope" if entry.out_of_scope else None
        facts = " · ".join(p for p in (entry.date, entry.decision, ", ".join(entry.sections), scope) if p)
        line = f"{entry.number}. {entry.title or '(untitled)'} — {facts}"
        builder.text(-1, line, 0, len(line), Look.BODY, indent="      ", first_prefix=(Piece("  • ", Look.HEADING),))
    builder.finish()
    builder.blank()


def quotes_layout(corpus: Corpus, entries: Sequence[tuple[int, int, int]], width: int,
                  limit: int | None = None) -> Layout:
    """Quotes across documents (as document, start, end), each under where it comes from, with
    its paragraph as context. With a ``limit``, only the first so many (a first screenful)."""
    builder = LayoutBuilder(width)
    if not entries:
        builder.line(Piece("No quotes for this filter.", Look.META))
        return builder.build()
    previous: tuple[int, int] | None = None
    by_start: dict[int, Quote] = {}
    loaded = -1
    for number, (doc, start, _) in enumerate(entries):
        if limit is not None and number >= limit:
            builder.line(Piece("[… laying out the rest of the quotes]", Look.META))
            break
        document = corpus.documents[doc]
        if doc != loaded:  # documents load one at a time, as their quotes come
            by_start, loaded = {q.start: q for q in document.quotes}, doc
        quote = by_start.get(start)
        if quote is None:
            continue  # the file changed since the corpus was read: its quote is no longer there
        block = document.blocks[quote.block]
        if (doc, quote.quotation) != previous:
            _quotation_header(builder, doc, document, quote)
        previous = (doc, quote.quotation)
        builder.begin("paragraph", doc, block.start, block.end, number=quote.block + 1)
        builder.text(doc, document.text, block.start, block.end, Look.BODY, indent="  ")
        builder.finish()
    return builder.build()


def _quotation_header(builder: LayoutBuilder, doc: int, document: Document, quote: Quote) -> None:
    """Who, where from, and the attribution paragraph when the quote's own does not name them."""
    builder.blank()
    info = document.speaker_info(quote.speaker)
    who = ", ".join(p for p in (quote.speaker or "unattributed", info.role if info else None) if p)
    mark = mark_of(quote)
    if mark:  # unsure, or corrected by a person: said on the card, in the mark's colour
        said = quote.corrected.parser_speaker if quote.corrected else None
        note = f"corrected (the parser said {said or 'no one'})" if quote.corrected else "unsure speaker"
        builder.line(Piece(f"{mark} ", mark_look(mark)), Piece(who, Look.HEADING), Piece(f" · {note}", mark_look(mark)))
    else:
        builder.line(Piece(who, Look.HEADING))
    page = document.blocks[quote.block].page
    builder.line(Piece(f"¶{quote.block + 1}{f' · p. {page}' if page else ''} · {document.title}", Look.META))
    context = _attribution_block(document, quote)
    if context is not None:
        builder.begin("context", doc, context.start, context.end, number=document.blocks.index(context) + 1)
        builder.text(doc, document.text, context.start, context.end, Look.DIM, indent="  ")


def _attribution_block(document: Document, quote: Quote) -> Block | None:
    """The nearest earlier paragraph naming the speaker, when the quote's own does not."""
    here = document.blocks[quote.block]
    if quote.speaker is None or any(here.start <= m.start < here.end for m in document.mentions):
        return None
    for index in range(quote.block - 1, max(-1, quote.block - 12), -1):
        block = document.blocks[index]
        if any(block.start <= m.start < block.end and m.speaker == quote.speaker for m in document.mentions):
            return block
    return None


def diff_layout(corpus: Corpus, first: int, second: int, width: int) -> Layout:
    """What one capture has that the other lacks."""
    builder = LayoutBuilder(width)
    left, right = corpus.documents[first], corpus.documents[second]
    builder.line(Piece(f"Differences: {left.name} → {right.name}", Look.TITLE))
    found = differences(left, right)
    if not found:
        builder.line(Piece("The two captures have the same text.", Look.META))
    for difference in found:
        style = Look.DIFF_ADD if difference.side == "+" else Look.DIFF_DEL
        builder.blank()
        builder.begin("diff", -1, 0, 0)
        before = _context_before(right if difference.side == "+" else left, difference.text)
        if before is not None:  # the paragraph it follows, in that capture: where it stands
            context = f"  {before}"
            builder.line(Piece(context if len(context) <= width else context[:width - 1] + "…", Look.DIM))
        text = f"{difference.side} [{difference.kind}] {difference.text}"
        builder.text(-1, text, 0, len(text), style, indent="  ", first_prefix=(Piece("", style),))
        builder.finish()
    return builder.build()


def _context_before(document: Document, text: str) -> str | None:
    """The text of the paragraph before the one reading ``text`` (white space aside), if any."""
    wanted = " ".join(text.split())
    for index, block in enumerate(document.blocks):
        if index and " ".join(document.text_of(block).split()) == wanted:
            return " ".join(document.text_of(document.blocks[index - 1]).split())
    return None
