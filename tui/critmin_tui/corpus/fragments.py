"""Short quoted fragments: a scare quote, a partial quotation of the speaker in view, or of no one named.

A word or phrase in marks with no cue of its own is the weakest class on unseen news. The rules call
it a scare quote unless a cue stands beside it; on real text that misses a judge's "rubbish" in a
sentence about his tastes, or an unnamed official's "absolutely transparent". Word lists per batch
mended that batch and not the next, so the choice is learned: a multinomial logistic regression over
general features of the fragment and its sentence (``features``), with the rules' own choice among
them so the model can lean on it. It learns from every short fragment (the partial rules' too, which
share the features) and decides those the speaker stage passes as decidable (the cueless ones).

The three choices (``Choice``) are a scare quote (kind scare, no speaker), a partial quotation of the
speaker the partial rules find (the cue beside it, its sentence's speaker, else the speaker in view),
and a partial quotation of no one named (an unnamed official's words). Weights are learned from the
gold files by ``tests/train_fragments.py`` and shipped in fragments.json; inference is pure Python
and deterministic. A choice other than the rules' must reach ``override_at``; the rules' choice
otherwise stands, and stays the rules' decision (evidence and calibration unchanged). The
probability of an overriding choice sets its confidence: ``sure_at`` and ``likely_at`` are the
lowest probabilities from which held-out overrides (each batch decided by weights that never saw
it) were right at least SURE_AT and LIKELY_AT of the time.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from functools import cache
from pathlib import Path
from typing import NamedTuple

from .lexicon import SPEECH_VERBS, alternation
from .model import Confidence
from .scoped import bound

RULE = "speaker.fragment_model"  # the evidence's decided_by when the model overrode the rules
KIND_RULE = "kind.fragment_model"  # the evidence's kind_by when the model changed the kind
SURE_AT = 0.97
LIKELY_AT = 0.85
MAX_WORDS = 8  # longer quoted stretches are statements, not fragments: the rules keep them
_WEIGHTS = Path(__file__).with_name("fragments.json")


class Choice(Enum):
    """What a fragment is."""

    SCARE = "scare"  # nobody's statement: a label, a term, a title, a slogan mentioned
    SPEAKER = "speaker"  # a partial quotation of the speaker the partial rules find
    NO_ONE = "no_one"  # a partial quotation of someone the text does not name


class Fragment(NamedTuple):
    """A fragment's raw material, as the speaker stage sees it (cheap: strings already at hand)."""

    words: str  # the quoted words
    before: str  # its sentence before the opening mark (bounded)
    after: str  # its sentence after the closing mark (bounded)
    kind_rule: str  # the kind stage's rule ("kind.scare")
    rules: str  # the speaker rule the rules would decide by ("partial_cue"; "scare")
    candidate_by: str  # the resolution family of the partial rules' speaker ("name"; "none": no one)
    cue_in_sentence: bool  # an attribution with a subject stands in the fragment's sentence
    cue_in_paragraph: bool  # one stands somewhere in the paragraph
    quotations_here: int  # other quoted stretches in the paragraph
    headline: bool  # the article's first paragraph (a headline, mostly)
    candidate_here: bool  # the partial rules' speaker is named in the fragment's sentence before it
    candidate_quoted: bool = False  # the partial rules' speaker has been quoted in full lately


class Model:
    """Learned weights by choice, and the probabilities from which an override is sure, likely, or allowed."""

    __slots__ = ("_chosen", "_table", "likely_at", "override_at", "sure_at", "weights")

    def __init__(self, weights: Mapping[str, Mapping[str, float]], sure_at: float = 1.01,
                 likely_at: float = 1.01, override_at: float = 0.5) -> None:
        self.weights = weights
        self.sure_at = sure_at
        self.likely_at = likely_at
        self.override_at = override_at
        # Each feature's weight for every choice, in Choice order: one look-up per feature, not three.
        keys = {key for row in weights.values() for key in row}
        self._table = {key: tuple(weights.get(c.value, {}).get(key, 0.0) for c in Choice) for key in keys}
        # Fragments repeat (a headline's phrase in the body; hostile text over and over): choices kept, bounded.
        self._chosen: dict[tuple[Fragment, tuple[Choice, ...], Choice], tuple[Choice, float]] = {}

    def probabilities(self, fragment: Fragment, choices: tuple[Choice, ...]) -> list[float]:
        """Each available choice's probability (a softmax of its score)."""
        totals = [0.0] * len(_ORDER)
        table = self._table
        for key, value in features(fragment).items():
            row = table.get(key)
            if row is not None and value:
                for i, weight in enumerate(row):
                    totals[i] += weight * value
        scores = [totals[_ORDER[choice]] for choice in choices]
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def choose(self, fragment: Fragment, choices: tuple[Choice, ...], rules: Choice) -> tuple[Choice, float]:
        """The likeliest choice (the first of equals) and its probability; the rules' choice when the
        likeliest is another not reaching ``override_at``."""
        key = (fragment, choices, rules)
        found = self._chosen.get(key)
        if found is None:
            probs = self.probabilities(fragment, choices)
            best = probs.index(max(probs))
            if choices[best] is not rules and probs[best] < self.override_at:
                best = choices.index(rules)
            if len(self._chosen) >= _KEPT:
                self._chosen.clear()
            found = self._chosen[key] = (choices[best], probs[best])
        return found


_ORDER = {choice: i for i, choice in enumerate(Choice)}
_KEPT = 4096  # choices kept at most (then forgotten at once: memory stays bounded on any corpus)


class Example(NamedTuple):
    """One fragment met in a parse, kept for training: where its words start, what the model would see."""

    at: int
    fragment: Fragment
    choices: tuple[Choice, ...]
    rules: Choice
    candidate: str | None  # the partial rules' speaker
    decidable: bool = True  # the model may decide it (else it is only learned from)


# "called it", "described them as", "so-called", "what she called": a label given, not words said.
_LABEL_RE = re.compile(r"\b(?:called|calling|dubbed|labell?ed|branded|termed|described|describing|describes|"
                       r"referred to|known as|so-called)\b(?:\s+(?:it|them|him|her|this|that|the \w+))?"
                       r"(?:\s+as)?\s*$")
_WHAT_CALLED_RE = re.compile(r"\bwhat\s+(?:he|she|they|it|the\s+\w+|[A-Z]\w+)\s+(?:called|described|termed|"
                             r"labell?ed|dubbed|branded)(?:\s+as)?\s*$")
_SPEECH_RE = re.compile(rf"\b(?:{alternation(SPEECH_VERBS)})\b")
_FIRST_PERSON_RE = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|my|we|We|we're|we’re|us|our|Our)\b")
_SECOND_PERSON_RE = re.compile(r"\b(?:you|You|your|Your)\b")
_CAPS_NEAR_RE = re.compile(r"\b[A-Z][a-z]+\b")
_PRONOUN_SUBJECT_RE = re.compile(r"(?:^|[,;]\s+|\b(?:and|but|But|that)\s+)(?:[Hh]e|[Ss]he|[Tt]hey)\b")
_POSSESSIVE_RE = re.compile(r"\w['’]s?\s*$")
# "has been described as a", "was called": a label with no one giving it.
_PASSIVE_LABEL_RE = re.compile(r"\b(?:been|being|was|were|is|are|be)\s+(?:\w+ly\s+)?(?:described|called|labell?ed|"
                               r"dubbed|branded|termed|seen|regarded|known)(?:\s+as)?(?:\s+(?:an?|the))?\s*$")
_ENDINGS = {  # the last word before the mark, by what it makes of the fragment
    "of": "of", "as": "as", "the": "determiner", "a": "determiner", "an": "determiner", "its": "determiner",
    "their": "determiner", "his": "determiner", "her": "determiner", "our": "determiner", "this": "determiner",
    "that": "that", "was": "copula", "is": "copula", "were": "copula", "are": "copula", "be": "copula",
    "been": "copula", "being": "copula", "to": "to", "and": "and", "or": "and", "about": "about",
    "were:": "copula", "it": "it", "them": "it",
}


def features(fragment: Fragment) -> dict[str, float]:
    """A fragment's features (names are the weights' keys), with a bias term."""
    words = fragment.words.strip(" ,.;:!?\"'“”‘’")
    count = len(words.split())
    before = fragment.before.rstrip()
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    found = {
        "bias": 1.0,
        f"rules={fragment.rules}": 1.0,
        f"kind={fragment.kind_rule}": 1.0,
        f"candidate={fragment.candidate_by}": 1.0,
        f"words={min(count, 5)}": 1.0,
        f"before={_ENDINGS.get(last, 'other' if last else 'nothing')}": 1.0,
        "capitalised": float(words[:1].isupper()),
        "title_case": float(count > 0 and all(w[:1].isupper() for w in words.split())),
        "all_caps": float(len(words) > 1 and words.isupper()),
        "first_person": float(_FIRST_PERSON_RE.search(words) is not None),
        "second_person": float(_SECOND_PERSON_RE.search(words) is not None),
        "sentence_end": float(fragment.words.rstrip(" \"'”’").endswith((".", "!", "?"))),
        "label_verb": float(_LABEL_RE.search(before[-60:]) is not None),
        "what_called": float(_WHAT_CALLED_RE.search(before[-60:]) is not None),
        "speech_before": float(_SPEECH_RE.search(before) is not None),
        "speech_after": float(_SPEECH_RE.search(fragment.after[:60]) is not None),
        "cue_in_sentence": float(fragment.cue_in_sentence),
        "cue_in_paragraph": float(fragment.cue_in_paragraph),
        "name_near": float(_CAPS_NEAR_RE.search(before[-50:].split(". ")[-1][1:]) is not None),
        "others_here": float(fragment.quotations_here > 0),
        "headline": float(fragment.headline),
        "opens_sentence": float(not before),
        "pronoun_subject": float(_PRONOUN_SUBJECT_RE.search(before) is not None),
        "possessive_before": float(_POSSESSIVE_RE.search(before) is not None),
        "candidate_here": float(fragment.candidate_here),
        "candidate_quoted": float(fragment.candidate_quoted),
        "passive_label": float(_PASSIVE_LABEL_RE.search(before[-60:]) is not None),
    }
    return found


class _Use(NamedTuple):
    model: Model | None  # None: the rules decide


_USING: ContextVar[_Use | None] = ContextVar("fragments_using", default=None)
_COLLECTED: ContextVar[list[Example] | None] = ContextVar("fragments_collected", default=None)


def decide(fragment: Fragment, choices: tuple[Choice, ...], rules: Choice, at: int,
           candidate: str | None, decidable: bool = True) -> tuple[Choice, float] | None:
    """The model's choice and its probability, or None when the rules are to decide (no model in
    use, a fragment only learned from, or nothing to choose). Recorded for training inside ``collecting()``."""
    collected = _COLLECTED.get()
    if collected is not None:
        collected.append(Example(at, fragment, choices, rules, candidate, decidable))
    model = current()
    if model is None or not decidable or len(choices) < 2:
        return None
    return model.choose(fragment, choices, rules)


def worth_reading(words: str) -> bool:
    """A fragment the model reads: a few words (a quoted sentence is no fragment) with a letter among
    them (marks and punctuation alone are no one's words, and hostile text repeats them by the thousand)."""
    return len(words.split(maxsplit=MAX_WORDS)) <= MAX_WORDS and _LETTER_RE.search(words) is not None


_LETTER_RE = re.compile(r"[^\W\d_]")


def recording() -> bool:
    """Whether fragments are being collected for training (then even those the model leaves are read)."""
    return _COLLECTED.get() is not None


def wanted() -> bool:
    """Whether fragments are to be decided or recorded (else their features need not be gathered)."""
    return _COLLECTED.get() is not None or current() is not None


def current() -> Model | None:
    """The model in use: the one set by ``using``, else the shipped one if it is switched on."""
    use = _USING.get()
    return shipped() if use is None else use.model


def level(probability: float) -> Confidence:
    """How sure an override of this probability is, by the thresholds measured held out."""
    model = current() or _written()
    if probability >= model.sure_at:
        return Confidence.SURE
    return Confidence.LIKELY if probability >= model.likely_at else Confidence.UNSURE


@cache
def shipped() -> Model | None:
    """The weights shipped in fragments.json (read once); None when they are switched off."""
    data = json.loads(_WEIGHTS.read_text(encoding="utf-8"))
    return _written() if data.get("enabled") else None


@cache
def _written() -> Model:
    """The weights in fragments.json, on or off (their thresholds still read an override's probability)."""
    return load(_WEIGHTS)


def load(path: Path) -> Model:
    """A model from a weights file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(data["weights"], float(data["sure_at"]), float(data["likely_at"]), float(data["override_at"]))


@contextmanager
def using(model: Model | None) -> Iterator[None]:
    """Decide fragments with ``model`` inside the block (None: the rules alone)."""
    with bound(_USING, _Use(model)):
        yield


@contextmanager
def collecting() -> Iterator[list[Example]]:
    """Every fragment met inside the block, in order, for the training script."""
    examples: list[Example] = []
    with bound(_COLLECTED, examples):
        yield examples
