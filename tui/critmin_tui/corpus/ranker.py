"""Ranking the candidate speakers of a segment the rules decided on little evidence: a small learned model.

The rules give a cueless quotation to the speaker in view. That is right most of the time, but it
is the weakest class on unseen text: a capitalised common word taken for a surname ("Lowering"),
a person named in passing, a quotation from a document that no one in the story speaks. Adding a
rule per batch mended that batch and not the next, so here the choice is learned instead. The same
model reconsiders, each as its own stage (``Stage``), a fragment with no cue in its sentence and a
quotation whose cue is a pronoun ("he said": the rules take the speaker in view, who may be the
interviewer named last).

Each candidate the walk can see (no one, the rules' choice, the speakers of the last quotes, the
people and bodies referred to in the last REACH paragraphs) is described by general features
(`features`, shared by the stages, with a stage's own copy of a few); a conditional logit (a softmax
over one segment's candidates) gives each a probability. The weights are learned from the gold files
by ``tests/train_ranker.py`` and shipped in ranker.json with the stages they decide; inference is
pure Python and deterministic (ties go to the earlier candidate). A pick other than the rules' choice
must reach ``override_at``, else the rules' choice stands: held out by batch, unsure flips lost more
than they won.

Confidence comes from the chosen candidate's probability. ``train_ranker.py`` measures, in
leave-one-document-out cross-validation (each document ranked by weights that never saw it), the
accuracy of the picks at or above each probability; ranker.json keeps the lowest probability from
which that accuracy is at least SURE_AT (``sure_at``) and LIKELY_AT (``likely_at``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from functools import cache
from pathlib import Path
from typing import NamedTuple

from .model import Confidence
from .scoped import bound

RULE = "speaker.ranker"  # the evidence's decided_by when the ranker chose
REACH = 3  # paragraphs back in which a referred-to name is a candidate
DISTANCE_CAP = 5
SURE_AT = 0.97
LIKELY_AT = 0.85
_WEIGHTS = Path(__file__).with_name("ranker.json")


class Stage(Enum):
    """Which of the rules' choices the ranker reconsiders (each stage has its own weights)."""

    QUOTATION = "quotation"  # a quotation with no cue: the rules give it to the speaker in view
    FRAGMENT = "fragment"  # a fragment with no cue in its sentence: likewise
    PRONOUN = "pronoun"  # a quotation whose cue is a pronoun: the rules resolve it to the speaker in view
    CUE = "cue"  # every other choice a rule made from a cue: the cue's subject, resolved


class Candidate(NamedTuple):
    """Someone (None: no one) a cueless quotation could be given to, as the walk sees them."""

    name: str | None
    in_view: bool = False  # the speaker in view: the rules' choice
    last_speaker: bool = False  # spoke the previous quote
    quotes: int = 0  # quotes given to them so far
    distance: int | None = None  # paragraphs since last referred to (0: this one); None: not referred to
    between: int = 0  # other names referred to more recently
    person: bool = True  # a person, not an organisation
    words: int = 2  # words in the name
    common_word: bool = False  # one capitalised word the text also writes in lower case ("Lowering")
    spoke: int | None = None  # paragraphs since their last quote; None: not quoted yet
    lone: bool = False  # a lone capitalised word ("Delegates", "Moss"): a name the resolver could not complete
    asked: bool = False  # put a question earlier ("Hosking asked", "she put it to him"): an interviewer


class Setting(NamedTuple):
    """The quotation: its shape, and how the speaker in view was found."""

    continuation: bool  # it goes on from an earlier paragraph
    opens_paragraph: bool
    in_view_by: str  # the resolution family of the speaker in view ("name", "pronoun", ..., "none")
    near: int  # names referred to in this paragraph or the one before (at most 3)
    stage: Stage = Stage.QUOTATION
    chosen_by: str = "none"  # the cue stage's: the resolution family of the rules' choice ("name", "role", ...)
    decided: str = ""  # the cue stage's: the rule that chose ("partial_cue", "words_of", ...)


class Model:
    """Learned weights, the probabilities from which a pick is sure and likely, and the stages it decides."""

    __slots__ = ("_picks", "_scores", "likely_at", "override_at", "stages", "sure_at", "weights")

    def __init__(self, weights: Mapping[str, float], sure_at: float = 1.01, likely_at: float = 1.01,
                 stages: Iterable[Stage] = tuple(Stage), override_at: float = 0.0) -> None:
        self.weights = weights
        self.sure_at = sure_at
        self.likely_at = likely_at
        self.stages = frozenset(stages)  # the stages it decides; the rules keep the others
        # A pick other than the rules' choice needs this probability: below it the rules' choice
        # stands (with the probability the model gives it), since an unsure flip loses more than it wins.
        self.override_at = override_at
        # A candidate's score by its features' raw material, name aside: gather() caps every count,
        # so there are a few hundred shapes, and a parse mostly looks scores up.
        self._scores: dict[tuple[bool, tuple[object, ...], Setting], float] = {}
        self._picks: dict[tuple[Setting, tuple[tuple[object, ...], ...]], tuple[int, float]] = {}

    def score(self, candidate: Candidate, setting: Setting) -> float:
        """A candidate's score (its log-odds up to a constant shared by the quotation's candidates)."""
        key = (candidate.name is None, candidate[1:], setting)
        found = self._scores.get(key)
        if found is None:
            weights = self.weights
            found = self._scores[key] = sum(weights.get(k, 0.0) * v for k, v in features(candidate, setting).items())
        return found

    def pick(self, candidates: Sequence[Candidate], setting: Setting) -> tuple[int, float]:
        """The likeliest candidate's index (the first of equals) and its probability, or the rules'
        choice's when the likeliest is not theirs and not likely enough (``override_at``). A ranking
        depends only on the candidates' shapes, names aside, and shapes repeat: it is kept."""
        key = (setting, tuple((c.name is None, *c[1:]) for c in candidates))
        found = self._picks.get(key)
        if found is None:
            probs = probabilities(self, candidates, setting)
            best = probs.index(max(probs))
            if probs[best] < self.override_at:
                best = _rules_choice(candidates)
            found = self._picks[key] = (best, probs[best])
        return found


def _rules_choice(candidates: Sequence[Candidate]) -> int:
    """The index of the rules' choice: the speaker in view, else no one (the first candidate)."""
    return next((i for i, candidate in enumerate(candidates) if candidate.in_view), 0)


class Example(NamedTuple):
    """One ranked segment, kept for training: where its words start, its candidates and setting."""

    at: int
    candidates: tuple[Candidate, ...]
    setting: Setting


class _Use(NamedTuple):
    model: Model | None  # None: the rules decide


_USING: ContextVar[_Use | None] = ContextVar("ranker_using", default=None)
_COLLECTED: ContextVar[list[Example] | None] = ContextVar("ranker_collected", default=None)


def features(candidate: Candidate, setting: Setting) -> dict[str, float]:
    """A candidate's features in its quotation's setting (names are the weights' keys). The stages
    share them, so what the many cueless quotations teach carries over; a stage other than theirs adds
    its own copy of a few ("pronoun:in_view": the rules' choice is surer when a cue named someone)."""
    found = _no_one_features(setting) if candidate.name is None else _features(candidate, setting)
    if setting.stage is Stage.QUOTATION:
        return found
    prefix = f"{setting.stage.value}:"
    found.update({prefix + key: found[key] for key in _OWN if key in found})
    if setting.stage is Stage.CUE and candidate.in_view:
        # How the cue's subject was read, and by which rule, says how far the rules' choice is to be trusted.
        found[f"cue:in_view*by={setting.chosen_by}"] = 1.0
        found[f"cue:in_view*rule={setting.decided}"] = 1.0
    return found


# The features a stage other than the cueless quotation's weighs again on its own.
_OWN = ("no_one", "in_view", "last_speaker", "asked", "in_view*asked", "here", "has_spoken")


def _no_one_features(setting: Setting) -> dict[str, float]:
    return {"no_one": 1.0, "no_one*nobody_near": float(setting.near == 0),
            f"no_one*in_view_by={setting.in_view_by}": 1.0,
            "no_one*opens_paragraph": float(setting.opens_paragraph)}


def _features(candidate: Candidate, setting: Setting) -> dict[str, float]:
    lone = candidate.lone
    distance = DISTANCE_CAP if candidate.distance is None else min(candidate.distance, DISTANCE_CAP)
    found = {
        "in_view": float(candidate.in_view),
        "last_speaker": float(candidate.last_speaker),
        "has_spoken": float(candidate.quotes > 0),
        "quotes": min(candidate.quotes, 5) / 5,
        "distance": distance / DISTANCE_CAP,
        "here": float(candidate.distance == 0),
        "between": min(candidate.between, 3) / 3,
        "organisation": float(not candidate.person),
        "common_word": float(candidate.common_word),
        "lone_capitalised": float(lone),
        "spoke_here_or_just_before": float(candidate.spoke is not None and candidate.spoke <= 1),
        "spoke_lately": float(candidate.spoke is not None and 1 < candidate.spoke <= DISTANCE_CAP),
    }
    if candidate.asked:
        found["asked"] = 1.0
    if candidate.in_view:
        found[f"in_view*by={setting.in_view_by}"] = 1.0
        found["in_view*opens_paragraph"] = float(setting.opens_paragraph)
        found["in_view*continuation"] = float(setting.continuation)
        found["in_view*lone_capitalised"] = float(lone)
        found["in_view*unseen"] = float(candidate.distance is None)
        found["in_view*asked"] = float(candidate.asked)
    return found


def probabilities(model: Model, candidates: Sequence[Candidate], setting: Setting) -> list[float]:
    """Each candidate's probability of being the speaker (a softmax of their scores)."""
    scores = [model.score(c, setting) for c in candidates]
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return [e / total for e in exps]


def rank(candidates: Sequence[Candidate], setting: Setting, at: int) -> tuple[int, float] | None:
    """The index of the likeliest candidate and its probability; None when the rules are to decide
    (inside ``using(None)``, or for a stage the model does not decide). Recorded for training inside
    ``collecting()`` with ``at``, the offset where the segment's words start."""
    collected = _COLLECTED.get()
    if collected is not None:
        collected.append(Example(at, tuple(candidates), setting))
    use = _USING.get()
    model = shipped() if use is None else use.model
    if model is None or len(candidates) < 2 or setting.stage not in model.stages:
        return None  # with no one but "no one" to choose, a probability of 1 would say nothing
    return model.pick(candidates, setting)  # ties go to the earlier candidate


def wanted(stage: Stage) -> bool:
    """Whether a segment of this stage is to be ranked or recorded (else its candidates need not be gathered)."""
    if _COLLECTED.get() is not None:
        return True
    use = _USING.get()
    model = shipped() if use is None else use.model
    return model is not None and stage in model.stages


def level(probability: float) -> Confidence:
    """How sure a pick of this probability is, by the thresholds measured in cross-validation."""
    use = _USING.get()
    model = shipped() if use is None or use.model is None else use.model
    if probability >= model.sure_at:
        return Confidence.SURE
    return Confidence.LIKELY if probability >= model.likely_at else Confidence.UNSURE


@cache
def shipped() -> Model:
    """The weights shipped in ranker.json (read once)."""
    return load(_WEIGHTS)


def load(path: Path) -> Model:
    """A model from a weights file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    stages = [Stage(stage) for stage in data.get("stages", [Stage.QUOTATION.value])]
    return Model(dict(data["weights"]), float(data["sure_at"]), float(data["likely_at"]), stages,
                 float(data.get("override_at", 0.0)))


@contextmanager
def using(model: Model | None) -> Iterator[None]:
    """Rank with ``model`` inside the block (None: leave each choice to the rules), for training
    and cross-validation."""
    with bound(_USING, _Use(model)):
        yield


@contextmanager
def collecting() -> Iterator[list[Example]]:
    """Every quotation ranked inside the block, in order, for the training script."""
    examples: list[Example] = []
    with bound(_COLLECTED, examples):
        yield examples
