"""The context every cue rule reads: a speech verb in a masked paragraph, and bounded windows around it.

Offsets and look-back bounds live here, once, so that no rule slices the paragraph itself: a rule
asks for ``before`` (the words between the sentence's start and the verb, at most ``REACH``
characters) or ``after`` (the rest of the sentence), and turns offsets in them into absolute ones
with ``at_before`` and ``at_after``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import AUXILIARIES
from .ruler import lazy

REACH = 240  # only the words this near a verb can hold its subject: a bound keeps long sentences linear
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# "Berejiklian on Tuesday said", "The minister, in a statement, said": when or how, between a subject and
# its verb, as wire copy writes it.
_ADVERBIAL_TAIL_RE = re.compile(
    rf"(?:\s*,)?\s+(?:on (?:{_DAYS})(?: (?:morning|afternoon|evening|night))?|"
    rf"(?:last|this) (?:week|month|year|weekend|{_DAYS})|"
    r"in an? (?:written |brief |short )?(?:statement|interview|email|post|letter|speech)|"
    r"on (?:social media|X|Twitter|Facebook))(?:\s*,)?\s*$")


def last_word(text: str) -> str:
    """The last word of a text, looking only at its tail (cheap on long sentences)."""
    words = text[-40:].split()
    return words[-1] if words else ""


def without_auxiliaries(pre: str) -> str:
    """"Officials have described": the words between a subject and its verb that are not the subject."""
    trimmed = pre.rstrip()
    while True:
        tail = trimmed[-40:]  # the adverbial's preposition or "last"/"this" must be there: tested first, cheaply
        # Written out, not a generator over _ADVERBIAL_WORDS: this runs for every speech verb.
        maybe = " on " in tail or " last " in tail or " this " in tail or " in " in tail
        adverbial = _ADVERBIAL_TAIL_RE.search(tail) if maybe else None
        if adverbial is not None:
            trimmed = trimmed[:len(trimmed) - len(tail) + adverbial.start()].rstrip()
            continue
        last = last_word(trimmed)
        if last.lower() not in AUXILIARIES or not last:
            return trimmed + " " if trimmed != pre.rstrip() else pre
        trimmed = trimmed[: len(trimmed) - len(last)].rstrip()


@dataclass
class CueContext:
    """One speech verb in a masked paragraph: ``frame`` starts at absolute offset ``base``."""

    frame: str
    base: int
    sentence: int
    sentence_start: int
    sentence_end: int
    verb: re.Match[str]

    @lazy
    def word(self) -> str:
        """The verb as written ("said", "according to")."""
        return self.verb.group()

    @lazy
    def window_start(self) -> int:
        """Where the look-back window starts in ``frame``: the sentence's start, at most REACH back."""
        return max(self.sentence_start, self.verb.start() - REACH)

    @lazy
    def before(self) -> str:
        """The words before the verb in its sentence (bounded)."""
        return self.frame[self.window_start:self.verb.start()]

    @lazy
    def after(self) -> str:
        """The rest of the sentence after the verb."""
        return self.frame[self.verb.end():self.sentence_end]

    @property
    def at_before(self) -> int:
        """The absolute offset of ``before``'s first character."""
        return self.base + self.window_start

    @property
    def at_after(self) -> int:
        """The absolute offset of ``after``'s first character."""
        return self.base + self.verb.end()

    @property
    def verb_span(self) -> tuple[int, int]:
        """The verb's absolute span."""
        return self.base + self.verb.start(), self.base + self.verb.end()

    @lazy
    def last(self) -> str:
        """The word right before the verb, lower-cased."""
        return last_word(self.before).lower()

    @lazy
    def coordinated(self) -> bool:
        """True when the verb follows "and" ("has drilled ... and recently described")."""
        return last_word(without_auxiliaries(self.before)) == "and"
