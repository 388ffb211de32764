"""The corpus-wide speaker registry, merged from every document and the manifest."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from .manifest import SpeakerEntry
from .model import DocumentSummary, Speaker


@dataclass
class _Merged:
    name: str
    is_person: bool
    unnamed: bool = False
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    org: str | None = None
    quotes: int = 0
    reported: int = 0
    documents: dict[str, None] = field(default_factory=dict)  # ordered, and a fast membership test


def build_registry(
    documents: list[DocumentSummary], entries: Iterable[SpeakerEntry]
) -> tuple[list[DocumentSummary], tuple[Speaker, ...]]:
    """Merge what each document says of its speakers; a bare surname joins the full name.

    Counts come from primary captures only: a second capture of an article repeats its quotes.
    """
    entries = tuple(entries)
    aliases = _alias_map(documents, entries)
    documents = [_canonicalise(d, aliases) for d in documents]
    merged: dict[str, _Merged] = {}
    for document in documents:
        for info in document.speakers:
            item = merged.setdefault(info.name, _Merged(info.name, info.is_person, info.unnamed))
            item.unnamed = item.unnamed and info.unnamed  # named in any document: a name
            item.aliases.update(info.aliases)
            item.role = item.role or info.role
            item.org = item.org or info.org
        if document.version_of is not None:
            continue
        name = document.name
        for _, _, speaker in document.quotes:
            if speaker:
                _count(merged, speaker, name).quotes += 1
        for reported in document.reported:
            _count(merged, reported, name).reported += 1
    for entry in entries:
        item = merged.setdefault(entry.name, _Merged(entry.name, True))
        item.role = entry.role or item.role
        item.org = entry.org or item.org
        item.aliases.update(entry.aliases)
    speakers = tuple(
        Speaker(m.name, tuple(sorted(m.aliases)), m.role, m.org, m.is_person, m.quotes, m.reported, tuple(m.documents),
                m.unnamed)
        for m in sorted(merged.values(), key=lambda m: (-m.quotes, m.name))
        if m.quotes or m.reported
    )
    return documents, speakers


def _count(merged: dict[str, _Merged], speaker: str, document: str) -> _Merged:
    item = merged.get(speaker)
    if item is None:
        item = merged[speaker] = _Merged(speaker, True)
    item.documents[document] = None
    return item


def _alias_map(documents: list[DocumentSummary], entries: tuple[SpeakerEntry, ...]) -> dict[str, str]:
    """Surname (or manifest alias) → full name, where exactly one full name claims it."""
    claims: dict[str, set[str]] = {}
    for document in documents:
        for info in document.speakers:
            for alias in info.aliases:
                claims.setdefault(alias, set()).add(info.name)
    for entry in entries:
        for alias in entry.aliases:
            claims.setdefault(alias, set()).add(entry.name)
    return {alias: next(iter(names)) for alias, names in claims.items() if len(names) == 1 and alias not in names}


def _canonicalise(document: DocumentSummary, aliases: dict[str, str]) -> DocumentSummary:
    """Rename a speaker known in this document only by an alias to their full name."""
    renames = {i.name: aliases[i.name] for i in document.speakers if i.name in aliases}
    if not renames:
        return document
    return replace(
        document,
        quotes=tuple((start, end, renames.get(name, name) if name else name) for start, end, name in document.quotes),
        reported=tuple(renames.get(name, name) for name in document.reported),
        speakers=tuple(replace(i, name=renames.get(i.name, i.name)) for i in document.speakers),
        renames=tuple(sorted(renames.items())),
    )
