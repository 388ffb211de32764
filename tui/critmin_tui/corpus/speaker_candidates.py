"""The candidates a quotation with no cue of its own could be given to, with what the walk knows
of each: the features' raw material for the ranker (see ranker.py)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Mapping, Sequence

from .ranker import Candidate

_NO_ONE = Candidate(None)
_new = tuple.__new__  # a NamedTuple's own __new__ is a Python call; this one is not
CAP = 6  # counts and distances are capped here: the features cap lower, and few shapes score fast


class LowerCaseWords:
    """Which names the text also writes as a lower-case word ("Lowering" → "lowering", or its stem
    "lower"): a capitalised common word taken for a surname. Each name is looked up once."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._known: dict[str, bool] = {}
        self._looks: dict[str, bool] = {}  # looks_common's answers: a registry asks of a name many times

    def common(self, name: str) -> bool:
        """True when ``name`` is one capitalised word that the text also writes in lower case, or
        whose stem it does (a full name is no such mistake, nor is an unnamed speaker, "woman")."""
        if " " in name or not name[:1].isupper():
            return False
        found = self._known.get(name)
        if found is None:
            word = name.lower()
            found = self._known[name] = any(self._has_word(word.removesuffix(end)) for end in ("", "ing", "ed", "s"))
        return found

    def looks_common(self, name: str) -> bool:
        """True when ``name`` is a common word: one the text writes in lower case (``common``), or an adverb
        in -ly or a participle in -ing ("Previously", "Lowering") that the text never writes capitalised
        after a lower-case word, as a proper noun is ("On Monday, Boeing said", "the union and Boeing")."""
        found = self._looks.get(name)
        if found is None:
            found = self._looks[name] = self.common(name) or (
                " " not in name and name.endswith(("ly", "ing")) and not self._mid_sentence(name))
        return found

    def _mid_sentence(self, name: str) -> bool:
        """The name stands capitalised after a lower-case word or a comma somewhere in the text."""
        text, at = self._text, self._text.find(name)
        while at >= 0:
            before = text[max(0, at - 2):at]
            if len(before) == 2 and before[1] == " " and (before[0].islower() or before[0] == ","):
                return True
            at = text.find(name, at + 1)
        return False

    def _has_word(self, word: str) -> bool:
        """The word stands alone somewhere in the text (str.find: no regex to compile per name)."""
        text, at = self._text, self._text.find(word)
        while at >= 0 and word:
            end = at + len(word)
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                return True
            at = text.find(word, at + 1)
        return False


def lower_words(text: str) -> LowerCaseWords:
    """The text's lower-case words, looked up name by name when asked."""
    return LowerCaseWords(text)


def gather(in_view: str | None, recent: Sequence[str], quotes_by: Mapping[str, int], seen: Mapping[str, int],
           spoke: tuple[Mapping[str, int], int], is_person: Callable[[str], bool], lowered: LowerCaseWords,
           askers: Collection[str] = frozenset()) -> tuple[Candidate, ...]:
    """No one, the speaker in view, the recent speakers (latest first) and the names referred to
    lately (``seen``: paragraphs since each was last referred to), once each, in that order.
    ``spoke`` is the paragraph of each speaker's last quote, and the paragraph now; ``askers`` those
    who have put a question (interviewers)."""
    spoke_at, now = spoke
    names: list[str] = []
    for name in (in_view, *recent, *sorted(seen, key=lambda n: (seen[n], n))):
        if name is not None and name not in names:
            names.append(name)
    last = recent[0] if recent else None
    distances = sorted(seen.values())  # names referred to more recently than d: bisect_left(distances, d)
    found = [_NO_ONE]
    for name in names:
        distance, spoken, words = seen.get(name), spoke_at.get(name), name.count(" ") + 1
        between = len(distances) if distance is None else bisect_left(distances, distance)
        found.append(_new(Candidate, (name, name == in_view, name == last, min(quotes_by.get(name, 0), CAP),
                                      None if distance is None else min(distance, CAP), min(between, CAP),
                                      is_person(name), min(words, CAP), lowered.common(name),
                                      None if spoken is None else min(now - spoken, CAP),
                                      words == 1 and name[0].isupper(), name in askers)))
    return tuple(found)
