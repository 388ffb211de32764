"""A segment's speaker, by an ordered list of named rules over the segment and what its paragraph said.

A question has no speaker; a scare quote has one only when it is a self-given label; a partial
quote goes to the cue next to it, else to its sentence's speaker, else to the speaker in view; a
quotation (direct, with its continuations) goes to the first cue in its sentences, else to a
speaker named just after it ("Those were the words of ..."), else to the speaker in view.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple, Protocol

from . import fragments
from .attribution import Attribution
from .calibration import resolution_family
from .fragments import Choice, Fragment
from .lexicon import ASKING_VERBS
from .model import Quote, QuoteKind
from .ruler import Ruler
from .segments import CUE_REACH, Paragraph, Segment, attribution_after, attribution_before, self_labelled


class Named(NamedTuple):
    """A speaker (None: no one) with the evidence for them: the cue that named them, how the cue's
    reference was resolved, and where the text named them."""

    name: str | None
    cue: Attribution | None = None
    resolved_by: str | None = None
    at: tuple[int, int] | None = None
    probability: float | None = None  # the ranker's, when it chose


NO_ONE = Named(None)


class Lookups(Protocol):
    """What a quotation's rules ask of the walk through the article (the resolver)."""

    text: str  # the document's text (a fragment's words are masked in its paragraph's frame)
    quotes: list[Quote]  # the quotes given speakers so far, in reading order

    def quotation_cue(self, state: SpeakerState) -> Named | None:
        """The first cue in the quotation's sentences, resolved (None if it has none)."""

    def named_after(self, state: SpeakerState) -> Named | None:
        """A speaker named just after the quotation ("Those were the words of ...")."""

    def labelled(self, state: SpeakerState) -> Named | None:
        """The person a label line above the quotation's paragraph names (labels.py)."""

    def headline_speaker(self) -> Named | None:
        """The one person the headline names (None: none, or several)."""


@dataclass(slots=True)
class SpeakerState:
    """One segment, its paragraph's resolved cues, and the speaker in view before the paragraph."""

    paragraph: Paragraph
    segment: Segment
    position: int  # the paragraph's place in the article
    cues: dict[int, Named]  # each attribution of the paragraph, by index, resolved
    by_sentence: dict[int, Named]  # each sentence's first resolved speaker
    before: Named  # the speaker in view when the paragraph began
    lookups: Lookups
    kind: QuoteKind = field(init=False)
    in_quotation: bool = field(init=False)  # a direct quotation or its continuation

    def __post_init__(self) -> None:
        self.kind = self.segment.kind
        self.in_quotation = self.kind in (QuoteKind.DIRECT, QuoteKind.CONTINUATION)


def question(state: SpeakerState) -> Named | None:
    """An interviewer's words put to someone are not the answerer's: they are the asker's when the
    sentence's own asking verb names one ('"Is it bad?" asked Ana Moss', "Hosking asked whether ..."),
    else no one's."""
    if state.kind is not QuoteKind.QUESTION:
        return None
    paragraph = state.paragraph
    for index in paragraph.in_sentence(state.segment.sentence):
        cue = paragraph.attributions[index]
        verb = paragraph.frame[cue.verb_start - paragraph.start:cue.verb_end - paragraph.start]
        named = state.cues.get(index)
        if verb in ASKING_VERBS and named is not None and named.name is not None:
            return named
    return NO_ONE


def self_label(state: SpeakerState) -> Named | None:
    """'a self-described "kaitiaki"': a label the subject gives themself is their own word."""
    if state.kind is not QuoteKind.SCARE:
        return None
    paragraph, mark = state.paragraph, state.segment.mark
    s_start = paragraph.sentences[state.segment.sentence][0]
    offset = mark.open_at - paragraph.start
    if not self_labelled(paragraph.frame[max(s_start, offset - CUE_REACH):offset + 1]):
        return None
    return state.by_sentence.get(state.segment.sentence, NO_ONE)


def fragment_model(state: SpeakerState) -> Named | None:
    """A short fragment, scare or partial, as the learned model reads it (fragments.py): a scare quote,
    the partial rules' speaker's words, or no one's named; it passes when it agrees with the rules, or
    is not sure enough to overrule them. Overruling the kind, it gives the segment its new kind."""
    if state.segment.kind_rule not in _FRAGMENT_KIND_RULES or not fragments.wanted():
        return None
    decidable = state.segment.kind_rule in _DECIDED_KIND_RULES
    if not decidable and not fragments.recording():
        return None  # learned from only: read when training
    mark = state.segment.mark
    words = state.lookups.text[mark.inner_start:mark.inner_end]
    if not fragments.worth_reading(words):
        return None
    rule, candidate = _partial_speaker(state)
    rules = Choice.SCARE if state.kind is QuoteKind.SCARE else Choice.SPEAKER if candidate.name else Choice.NO_ONE
    choices = (Choice.SCARE, Choice.NO_ONE, Choice.SPEAKER) if candidate.name else (Choice.SCARE, Choice.NO_ONE)
    fragment = _fragment(state, words, "scare" if rules is Choice.SCARE else rule, candidate)
    decided = fragments.decide(fragment, choices, rules, mark.inner_start, candidate.name, decidable)
    if decided is None or decided[0] is rules:
        return None
    choice, probability = decided
    kind = QuoteKind.SCARE if choice is Choice.SCARE else QuoteKind.PARTIAL
    if kind is not state.kind:
        state.segment.kind, state.segment.kind_rule = kind, fragments.KIND_RULE
    return (candidate if choice is Choice.SPEAKER else NO_ONE)._replace(probability=probability)


# The fragments the model sees: the catch-all scare quote and the partial rules' fragments (a denial, a
# self-given label and a label after "the" are the rules' own reading of the words around them, and stand).
# It learns from all of them, and decides only the first: a fragment with a cue beside it keeps the cue's
# reading (held out by batch, overruling those lost as often as it won).
_FRAGMENT_KIND_RULES = frozenset(("kind.scare", "kind.partial", "kind.reported_fragment"))
_DECIDED_KIND_RULES = frozenset(("kind.scare",))


def _partial_speaker(state: SpeakerState) -> tuple[str, Named]:
    """The speaker the partial rules would give the fragment, whatever its kind, and the rule's name."""
    for name, find in (("partial_cue", _cue_beside), ("partial_sentence", _sentence_speaker)):
        found = find(state)
        if found is not None:
            return name, found
    return "partial_carried", state.before


_QUOTED_REACH = 30  # quotes looked back through for the speaker found (bounded: long articles stay linear)
_QUOTATION_KINDS = (QuoteKind.DIRECT, QuoteKind.CONTINUATION)


def _fragment(state: SpeakerState, words: str, rules: str, candidate: Named) -> Fragment:
    """The fragment's raw material for the model: its words and what stands around them."""
    paragraph, segment = state.paragraph, state.segment
    s_start, s_end = paragraph.sentences[segment.sentence]
    offset, end = segment.mark.open_at - paragraph.start, segment.mark.end - paragraph.start
    attributions = paragraph.attributions
    in_sentence = any(attributions[i].subject is not None for i in paragraph.in_sentence(segment.sentence))
    before = paragraph.frame[max(s_start, offset - CUE_REACH):offset]
    surname = candidate.name.rsplit(None, 1)[-1] if candidate.name else None
    # Whether the speaker found has been quoted in full lately: the words are likelier theirs.
    recent = state.lookups.quotes[-_QUOTED_REACH:]
    quoted = candidate.name is not None and any(q.speaker == candidate.name and q.kind in _QUOTATION_KINDS
                                                for q in recent)
    return Fragment(words, before,
                    paragraph.frame[end:min(s_end, end + 80)], segment.kind_rule, rules,
                    resolution_family(candidate.resolved_by) if candidate.name else "none", in_sentence,
                    any(a.subject is not None for a in attributions), len(paragraph.segments) - 1,
                    state.position == 0, surname is not None and surname in before, quoted)


def scare(state: SpeakerState) -> Named | None:
    """A scare quote is nobody's statement."""
    return NO_ONE if state.kind is QuoteKind.SCARE else None


def partial_cue(state: SpeakerState) -> Named | None:
    """`She said the plan was "a disaster"`, `was "a disaster", Smith said`: the cue next to the fragment."""
    return _cue_beside(state) if state.kind is QuoteKind.PARTIAL else None


def _cue_beside(state: SpeakerState) -> Named | None:
    number = attribution_before(state.paragraph, state.segment)
    number = attribution_after(state.paragraph, state.segment) if number is None else number
    named = state.cues.get(number) if number is not None else None
    return named if named is not None and named.name else None


def partial_sentence(state: SpeakerState) -> Named | None:
    """A fragment in a sentence with a resolved speaker elsewhere in it is theirs."""
    return _sentence_speaker(state) if state.kind is QuoteKind.PARTIAL else None


def _sentence_speaker(state: SpeakerState) -> Named | None:
    return state.by_sentence.get(state.segment.sentence)


def partial_carried(state: SpeakerState) -> Named | None:
    """A fragment with no cue in its sentence goes to the speaker in view."""
    return state.before if state.kind is QuoteKind.PARTIAL else None


def quotation_cue(state: SpeakerState) -> Named | None:
    """'"...," she said.': the first cue in the quotation's sentences (or the one just after)."""
    return state.lookups.quotation_cue(state) if state.in_quotation else None


def words_of(state: SpeakerState) -> Named | None:
    """"Those were the words of Dr Isabel Chambefort": a quotation's speaker named just after it."""
    return state.lookups.named_after(state) if state.in_quotation else None


def label_line(state: SpeakerState) -> Named | None:
    """'Paul Lopez' on a line of its own, then '"Are there plans ...?"': a transcript's turn goes to
    the name its label line gives."""
    return state.lookups.labelled(state) if state.kind is QuoteKind.DIRECT else None


def quotation_carried(state: SpeakerState) -> Named | None:
    """A quotation with no cue of its own continues the speaker in view; with no one in view, it is the
    one person the headline names (a transcript under "...: Gus Malzahn press conference")."""
    if not state.in_quotation:
        return None
    if state.before.name is None:
        return state.lookups.headline_speaker() or state.before
    return state.before


SPEAKER: Ruler[SpeakerState, Named] = Ruler("speaker", [
    ("question", question),
    ("self_label", self_label),
    ("fragment_model", fragment_model),
    ("scare", scare),
    ("partial_cue", partial_cue),
    ("partial_sentence", partial_sentence),
    ("partial_carried", partial_carried),
    ("quotation_cue", quotation_cue),
    ("words_of", words_of),
    ("label_line", label_line),
    ("quotation_carried", quotation_carried),
])


# Each kind of segment is tried only against the rules for its kind (the rules check the kind too, so
# the full list above stays the one order of record).
_KIND_RULES = {
    QuoteKind.QUESTION: ("question",),
    QuoteKind.SCARE: ("self_label", "fragment_model", "scare"),
    QuoteKind.PARTIAL: ("fragment_model", "partial_cue", "partial_sentence", "partial_carried"),
    QuoteKind.DIRECT: ("quotation_cue", "words_of", "label_line", "quotation_carried"),
    QuoteKind.CONTINUATION: ("quotation_cue", "words_of", "quotation_carried"),
}
SPEAKER_BY_KIND: dict[QuoteKind, Ruler[SpeakerState, Named]] = {
    kind: Ruler("speaker", [(name.removeprefix("speaker."), rule) for name, rule in SPEAKER
                            if name.removeprefix("speaker.") in names])
    for kind, names in _KIND_RULES.items()
}
