"""A story's lead quotation: words in marks that open the story before anyone is named ("Keep hope
alive, this battle is not lost." then "That's the rallying cry opposition leader Luke Foley had ...").

The walk gives such a quotation to no one, since no speaker is in view yet. News opens with its main
voice, so once the story's speakers are known the quotation goes to its principal speaker: the one
quoted most, the first to speak of equals (``principal_speaker``, which the headline's own rule shares).
Measured on the blind batches H18–H28 once written (fit, not first contact): of the four lead
quotations it gives a speaker, two become right, one was a campaign's slogan that no one in the story
said, and one stays wrong (the principal speaker is not the one the next paragraph names). At first
contact (H29, H30) it decided one quotation, wrongly (an appeal in a charity's release, no one's).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .calibration import confidence_of
from .model import Evidence, Quote, QuoteKind

RULE = "speaker.lead_principal"
CARRIED = "speaker.quotation_carried"  # the walk's rule for a quotation with no cue of its own
_WHOLE = (QuoteKind.DIRECT, QuoteKind.CONTINUATION)


def principal_speaker(quotes: Sequence[Quote]) -> str | None:
    """The speaker quoted most (a scare quote is no one's words), the first to speak of equals."""
    counts: dict[str, int] = {}
    for quote in quotes:
        if quote.speaker is not None and quote.kind is not QuoteKind.SCARE:
            counts[quote.speaker] = counts.get(quote.speaker, 0) + 1
    return max(counts, key=lambda name: counts[name]) if counts else None  # max keeps the first of equals


def with_leads(quotes: Sequence[Quote]) -> list[Quote]:
    """The quotes, the lead quotation (and its continuations) given to the principal speaker: the
    quotations before the first one anyone is given, none of which has a cue of its own."""
    first_spoken = next((i for i, quote in enumerate(quotes) if quote.speaker is not None), None)
    if not first_spoken:
        return list(quotes)  # nothing before the first speaker, or no speaker at all
    lead = quotes[:first_spoken]
    if not all(_cueless(quote) for quote in lead):
        return list(quotes)
    speaker = principal_speaker(quotes)
    if speaker is None:
        return list(quotes)
    return [*(_given(quote, speaker) for quote in lead), *quotes[first_spoken:]]


def _cueless(quote: Quote) -> bool:
    """A quotation the walk gave no one for want of a speaker in view."""
    evidence = quote.evidence
    return quote.kind in _WHOLE and evidence is not None and evidence.decided_by == CARRIED


def _given(quote: Quote, speaker: str) -> Quote:
    evidence = Evidence(RULE, kind_by=quote.evidence.kind_by if quote.evidence else None)
    return replace(quote, speaker=speaker, evidence=evidence, confidence=confidence_of(quote.kind, evidence))
