"""The candidates a quotation with no cue of its own could be given to, with what the walk knows
of each: the features' raw material for the ranker (see ranker.py)."""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Mapping, Sequence

from .ranker import Candidate

_LOWER_WORD_RE = re.compile(r"\b[a-zà-ÿāēīōū][\w'’-]*")


def lower_words(text: str) -> frozenset[str]:
    """Every word the text writes in lower case (to tell "Lowering" the verb from a surname)."""
    return frozenset(_LOWER_WORD_RE.findall(text))


def gather(in_view: str | None, recent: Sequence[str], quotes_by: Mapping[str, int], seen: Mapping[str, int],
           spoke: Mapping[str, int], is_person: Callable[[str], bool], lowered: Container[str]
           ) -> tuple[Candidate, ...]:
    """No one, the speaker in view, the recent speakers (latest first) and the names referred to
    lately (``seen``: paragraphs since each was last referred to; ``spoke``: since each last
    spoke), once each, in that order."""
    names: list[str] = []
    for name in (in_view, *recent, *sorted(seen, key=lambda n: (seen[n], n))):
        if name is not None and name not in names:
            names.append(name)
    last = recent[0] if recent else None
    found = [Candidate(None)]
    for name in names:
        distance = seen.get(name)
        between = sum(1 for other, d in seen.items() if other != name and (distance is None or d < distance))
        first = name.split()[0].lower()
        # "Lowering", "Delegates": a capitalised word the text also writes in lower case, or whose
        # stem it does (an unnamed speaker, "woman", is lower case already and no such mistake).
        common = name[0].isupper() and any(first.removesuffix(end) in lowered for end in ("", "ing", "ed", "s"))
        found.append(Candidate(name, name == in_view, name == last, quotes_by.get(name, 0), distance, between,
                               is_person(name), len(name.split()), common, spoke.get(name)))
    return tuple(found)
