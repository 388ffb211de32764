"""Fragments that echo a quotation: "the "existential threat" facing the NHS" when a speaker's own
quotation says "the existential threat facing the NHS".

A short quoted phrase with no speaker of its own (a scare quote, or a fragment the rules left to no
one) whose words stand inside one speaker's quotation elsewhere in the story, whole or partial, is
that speaker's words: news quotes a phrase in the lede or a headline and the sentence it comes from
later ("'helpless' on the ground" ... "She said he had left the victim 'clearly helpless on the ground'"). The
post-pass runs after the story's speakers are known, so the quotation may come before or after it.
A phrase two speakers both said stays no one's. A whole quotation with no speaker, a pull quote in
the deck, takes the speaker of the later quotation that repeats it, and stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .calibration import confidence_of
from .model import Evidence, Quote, QuoteKind

RULE = "speaker.echoed"
MIN_CHARS = 6  # "the", "yes" and a lone short word may echo anything
MAX_FRAGMENTS = 200  # fragments looked at per document
_WHOLE = (QuoteKind.DIRECT, QuoteKind.CONTINUATION)
_UNSPOKEN = (QuoteKind.SCARE, QuoteKind.PARTIAL)
_TRIM = " \t\n,.;:!?'\"‘’“”"


def echoed(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes, each fragment no one said that echoes one speaker's quotation given to them."""
    said: dict[str, list[Quote]] = {}
    for quote in quotes:
        if quote.speaker and (quote.kind in _WHOLE or quote.kind is QuoteKind.PARTIAL):
            said.setdefault(quote.speaker, []).append(quote)
    if not said:
        return list(quotes)
    # Each speaker's quotations as one folded text: a fragment is looked for once per speaker, and the
    # fragments looked at are bounded, so a story of thousands of quotes stays linear.
    spoken = {speaker: "\n".join(q.text.casefold() for q in said_by) for speaker, said_by in said.items()}
    budget = MAX_FRAGMENTS
    out: list[Quote] = []
    for quote in quotes:
        if budget and _unspoken(quote):
            budget -= 1
            out.append(_echo(quote, spoken, said))
        else:
            out.append(quote)
    return out


def _unspoken(quote: Quote) -> bool:
    # A whole quotation with no speaker may be a pull quote: the story's deck repeats a sentence it gives later.
    return (quote.kind in _UNSPOKEN or (quote.kind is QuoteKind.DIRECT and quote.closes)) and quote.speaker is None \
        and len(quote.text.strip(_TRIM)) >= MIN_CHARS


def _may_echo(needle: str, source: Quote) -> bool:
    """Whether a fragment may be the words of ``source``: any phrase of a whole quotation, but a lone
    word of a partial one only when that is all it quoted ("groundbreaking"): "in secret" holds the
    word of a "secret" talks label without being its source."""
    return source.kind in _WHOLE or " " in needle or source.text.strip(_TRIM).casefold() == needle


def _echo(fragment: Quote, spoken: dict[str, str], said: dict[str, list[Quote]]) -> Quote:
    """The fragment as its speaker's partial quote, when exactly one speaker's quotations hold its words."""
    needle = fragment.text.strip(_TRIM).casefold()
    words = re.compile(rf"(?<!\w){re.escape(needle)}(?!\w)")
    speakers = [speaker for speaker, text in spoken.items() if needle in text and words.search(text)]
    if len(speakers) != 1:
        return fragment
    source = next((quote for quote in said[speakers[0]] if words.search(quote.text.casefold())
                   and _may_echo(needle, quote)), None)
    if source is None:
        return fragment
    found = source.evidence or Evidence(RULE)
    evidence = Evidence(RULE, found.cue_rule, found.resolved_by, found.cue, found.mention, found.mention_block,
                        fragment.evidence.kind_by if fragment.evidence else None)
    kind = QuoteKind.DIRECT if fragment.kind is QuoteKind.DIRECT else QuoteKind.PARTIAL
    return replace(fragment, kind=kind, speaker=source.speaker, evidence=evidence,
                   confidence=confidence_of(kind, evidence))
