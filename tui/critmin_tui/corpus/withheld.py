"""Every redaction of a corpus as an OIA watcher lists it: where, under which law and ground, by
which agency, with a line of context; and the filters over that list. Pure."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .grounds import UNLABELLED, agency_name, law_name
from .model import Document, Redaction, RedactionKind
from .sanitize import one_line

_CONTEXT = 50  # characters of the paragraph either side of the marker


@dataclass(frozen=True, slots=True)
class Withheld:
    """One redaction, with what the list shows of it (its text already made one safe line)."""

    doc: int
    start: int
    end: int
    document: str
    page: int | None
    paragraph: int  # 1-based; 0 when outside any paragraph
    sections: tuple[str, ...]  # ("unlabelled",) when none is cited; ("mask",), ("out of scope",) for those
    ground: str
    law: str
    agency: str
    context: str

    @property
    def section(self) -> str:
        """The sections, joined."""
        return ", ".join(self.sections)


@dataclass(frozen=True, slots=True)
class Filters:
    """What the list is narrowed to: a section, a law and an agency (None: any)."""

    section: str | None = None
    law: str | None = None
    agency: str | None = None

    def admits(self, row: Withheld) -> bool:
        """Whether the row passes every filter."""
        return ((self.section is None or self.section in row.sections)
                and (self.law is None or self.law == row.law)
                and (self.agency is None or self.agency == row.agency))


def withheld(doc: int, document: Document) -> list[Withheld]:
    """The document's redactions as list rows, in order."""
    return [_row(doc, document, r) for r in document.redactions]


def _row(doc: int, document: Document, redaction: Redaction) -> Withheld:
    return Withheld(
        doc=doc, start=redaction.start, end=redaction.end, document=one_line(document.name), page=redaction.page,
        paragraph=redaction.block + 1, sections=redaction.sections or (_unlabelled(redaction),),
        ground=one_line(redaction.reason), law=law_name(redaction.regime or document.regime),
        agency=one_line(agency_name(document.agency)), context=context(document, redaction),
    )


def _unlabelled(redaction: Redaction) -> str:
    """What stands for the section where none is cited: "unlabelled", or the span's kind ("mask")."""
    if redaction.kind is RedactionKind.REDACTION:
        return UNLABELLED
    return redaction.kind.value.replace("_", " ")


def context(document: Document, redaction: Redaction) -> str:
    """A line of the redaction's paragraph around it, white space collapsed, on one safe line."""
    low, high = 0, len(document.text)
    if 0 <= redaction.block < len(document.blocks):
        block = document.blocks[redaction.block]
        low, high = block.start, block.end
    start, end = max(low, redaction.start - _CONTEXT), min(high, redaction.end + _CONTEXT)
    words = " ".join(document.text[start:end].split())
    return one_line(("…" if start > low else "") + words + ("…" if end < high else ""))


def choices(rows: Iterable[Withheld]) -> tuple[list[str], list[str], list[str]]:
    """The sections, laws and agencies present, each sorted: what the filters cycle through."""
    rows = list(rows)
    sections = sorted({s for r in rows for s in r.sections})
    return sections, sorted({r.law for r in rows}), sorted({r.agency for r in rows}, key=str.casefold)


def cycle(values: Sequence[str], current: str | None, direction: int = 1) -> str | None:
    """The next filter value after ``current`` (None, "any", comes before the first and after the last)."""
    ring: list[str | None] = [None, *values]
    at = ring.index(current) if current in ring else 0
    return ring[(at + direction) % len(ring)]
