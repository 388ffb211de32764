"""What y and Y copy: the whole quotation as written, and a citation with its paragraph; a
redaction with its ground and citation. Pure."""

from __future__ import annotations

from ..corpus import Document, Quote, Redaction, RedactionKind, Speaker
from ..corpus.citation import long_date
from ..corpus.grounds import law_name


def quotation_segments(document: Document, quote: Quote) -> list[Quote]:
    """Every segment of the quotation ``quote`` belongs to, in order."""
    return [q for q in document.quotes if q.quotation == quote.quotation] or [quote]


def quotation_text(document: Document, quote: Quote) -> str:
    """The whole quotation: its paragraphs apart, and an ellipsis where words of the narrative
    (“she said”) interrupt it within one paragraph."""
    parts: list[str] = []
    previous: Quote | None = None
    for segment in quotation_segments(document, quote):
        words = " ".join(segment.text.split())
        if previous is not None:
            parts.append("\n\n" if segment.block != previous.block else " … ")
        parts.append(words)
        previous = segment
    return "".join(parts)


def cited(document: Document, quote: Quote, speaker: Speaker | None) -> str:
    """The whole quotation with who said it and where: “words” — Speaker, role (Outlet, date, ¶N).
    The closing mark is added only where the text closes the quotation."""
    segments = quotation_segments(document, quote)
    who = quote.speaker or "unattributed"
    info = document.speaker_info(quote.speaker)
    role = (speaker.role if speaker else None) or (info.role if info else None)
    if role:
        who = f"{who}, {role}"
    first, last = segments[0].block + 1, segments[-1].block + 1
    paragraphs = f"¶{first}" if first == last else f"¶{first}–{last}"
    source = ", ".join(p for p in (document.outlet or document.title, long_date(document.date), paragraphs) if p)
    close = "\u201d" if segments[-1].closes else ""
    return f"\u201c{quotation_text(document, quote)}{close} \u2014 {who} ({source})"


def cited_redaction(document: Document, redaction: Redaction, with_source: bool = True) -> str:
    """A redaction with its ground and (``with_source``) where it is: [withheld under s9(2)(a),
    OIA (NZ): protect the privacy of natural persons] — Agency, “Title”, 12 May 2024, p. 3, ¶4."""
    law = law_name(redaction.regime or document.regime)
    if redaction.kind is not RedactionKind.REDACTION:
        head = redaction.reason
    elif redaction.section:
        head = f"withheld under {redaction.section}, {law}: {redaction.reason}"
    else:
        head = f"withheld, no section given ({law}): {redaction.reason}"
    bracket = f"[{' '.join(head.split())}]"
    if not with_source:
        return bracket
    page = f"p. {redaction.page}" if redaction.page else None
    paragraph = f"¶{redaction.block + 1}" if redaction.block >= 0 else None
    title = f"\u201c{' '.join(document.title.split())}\u201d" if document.title else None
    source = ", ".join(p for p in (document.agency or document.outlet, title, long_date(document.date), page, paragraph)
                       if p)
    return f"{bracket} \u2014 {source}"
