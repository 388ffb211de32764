"""Linking near-duplicate documents as captures of one document, and what differs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Document, DocumentSummary

_SAME_ENOUGH = 0.8
_COMMON_PARAGRAPH = 50  # a paragraph in more documents than this is boilerplate, not a sign


def link_versions(documents: list[DocumentSummary]) -> dict[str, str]:
    """Map each later capture's path to the first capture's path (documents in order)."""
    sizes = [len(set(d.paragraphs)) for d in documents]
    # Only paragraphs held by several documents (but not boilerplate held by many) link them.
    shared: dict[int, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for owners in _held_by_several(documents):
        if 1 < len(owners) <= _COMMON_PARAGRAPH:
            for later in owners:
                for earlier in owners:
                    if earlier < later:
                        shared[later][earlier] += 1
    links: dict[str, str] = {}
    for index in sorted(shared):
        for other, count in sorted(shared[index].items()):
            if count / max(sizes[index], sizes[other]) >= _SAME_ENOUGH:
                first = documents[other].path
                links[documents[index].path] = links.get(first, first)
                break
    return links


def _held_by_several(documents: list[DocumentSummary]) -> Iterable[list[int]]:
    """The documents holding each paragraph that more than one holds, in order. A paragraph
    held once (nearly all) costs one dict entry, not a list: a list and a set per document
    made the peak memory of a large corpus's load (a third of a gigabyte at 50,000 documents)."""
    first: dict[int, int] = {}
    several: dict[int, list[int]] = {}
    for index, document in enumerate(documents):
        for paragraph in set(document.paragraphs):
            owners = several.get(paragraph)
            if owners is not None:
                owners.append(index)
            elif paragraph in first:
                several[paragraph] = [first.pop(paragraph), index]
            else:
                first[paragraph] = index
    return several.values()


@dataclass(frozen=True, slots=True)
class Difference:
    """A paragraph only one capture has: ``side`` is "-" (the first) or "+" (the second)."""

    side: str
    kind: str
    text: str


def differences(first: Document, second: Document) -> list[Difference]:
    """What one capture has that the other lacks, by block, ignoring white space."""
    import difflib  # only the diff view needs it

    def items(document: Document) -> list[tuple[str, str]]:
        return [(b.kind.value, " ".join(document.text_of(b).split())) for b in document.blocks]

    left, right = items(first), items(second)
    matcher = difflib.SequenceMatcher(a=[t for _, t in left], b=[t for _, t in right], autojunk=False)
    found: list[Difference] = []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        found.extend(Difference("-", kind, text) for kind, text in left[a1:a2])
        found.extend(Difference("+", kind, text) for kind, text in right[b1:b2])
    return found
