"""Citations for copied quotes: "words" — Speaker, role (Outlet, 2 February 2026)."""

from __future__ import annotations

import datetime as dt

from .model import Document, Quote, Speaker


def long_date(date: str | None) -> str | None:
    """An ISO date as "2 February 2026"; any other form as written."""
    if not date:
        return None
    try:
        parsed = dt.date.fromisoformat(date)
    except ValueError:
        return date
    return f"{parsed.day} {parsed:%B %Y}"


def citation(document: Document, quote: Quote, speaker: Speaker | None) -> str:
    """The quote with who said it and where: ready to paste into one's own writing."""
    words = " ".join(quote.text.split())
    who = quote.speaker or "unattributed"
    info = document.speaker_info(quote.speaker)
    role = (speaker.role if speaker else None) or (info.role if info else None)
    if role:
        who = f"{who}, {role}"
    page = document.blocks[quote.block].page if 0 <= quote.block < len(document.blocks) else None
    where = f"p. {page}" if page else None  # a released document is cited by page: "(MBIE, 2 May 2022, p. 3)"
    source = ", ".join(part for part in (document.outlet or document.title, long_date(document.date), where) if part)
    return f"\u201c{words}\u201d \u2014 {who} ({source})"
