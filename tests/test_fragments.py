"""The short-fragment model: its features (a table), its decisions under hand-made weights (a table),
the shipped weights, confidence from their held-out thresholds, and the training script's fit."""

from __future__ import annotations

from pathlib import Path

import pytest

from critmin_tui.corpus import calibration, fragments, ranker
from critmin_tui.corpus.fragments import Choice, Fragment
from critmin_tui.corpus.model import Confidence, Evidence, Quote, QuoteKind

from .conftest import article
from .train_fragments import Item, fit

BASE = Fragment(words="slightly cross", before="She walks her dogs and is ", after=" about it.", kind_rule="kind.scare",
                rules="scare", candidate_by="pronoun", cue_in_sentence=False, cue_in_paragraph=False,
                quotations_here=0, headline=False, candidate_here=False)

# (id, the fragment, features it must have with these values)
FEATURES: list[tuple[str, Fragment, dict[str, float]]] = [
    ("bias-and-rules", BASE, {"bias": 1.0, "rules=scare": 1.0, "kind=kind.scare": 1.0, "candidate=pronoun": 1.0}),
    ("copula-before", BASE, {"before=copula": 1.0, "words=2": 1.0, "capitalised": 0.0}),
    ("label-given", BASE._replace(before="The mayor described the plan as "), {"label_verb": 1.0, "before=as": 1.0}),
    ("passive-label", BASE._replace(before="The town has been described as a "), {"passive_label": 1.0}),
    ("what-he-called", BASE._replace(before="He attacked what he called "), {"what_called": 1.0}),
    ("so-called", BASE._replace(before="The so-called "), {"label_verb": 1.0}),
    ("object-of-of", BASE._replace(before="She was accused of "), {"before=of": 1.0}),
    ("possessive", BASE._replace(before="He mocked the premier's "), {"possessive_before": 1.0}),
    ("title-case-name", BASE._replace(words="Team Aotearoa"), {"title_case": 1.0, "capitalised": 1.0}),
    ("first-person", BASE._replace(words="we did our best"), {"first_person": 1.0, "words=4": 1.0}),
    ("second-person", BASE._replace(words="you should know"), {"second_person": 1.0}),
    ("long-capped", BASE._replace(words="one two three four five six seven"), {"words=5": 1.0}),
    ("whole-sentence", BASE._replace(words="It is over."), {"sentence_end": 1.0}),
    ("pronoun-subject", BASE._replace(before="However, she does admit to being "), {"pronoun_subject": 1.0}),
    ("speech-before", BASE._replace(before="Moss said the plan was "), {"speech_before": 1.0, "speech_after": 0.0}),
    ("speech-after", BASE._replace(before="", after=", Moss said."), {"speech_after": 1.0, "opens_sentence": 1.0}),
    ("name-near", BASE._replace(before="The plan, which Moss backs, is "), {"name_near": 1.0}),
    ("headline", BASE._replace(headline=True, quotations_here=2), {"headline": 1.0, "others_here": 1.0}),
    ("candidate-here", BASE._replace(candidate_here=True, cue_in_sentence=True),
     {"candidate_here": 1.0, "cue_in_sentence": 1.0}),
]


@pytest.mark.parametrize(("fragment", "expected"), [c[1:] for c in FEATURES], ids=[c[0] for c in FEATURES])
def test_features(fragment: Fragment, expected: dict[str, float]) -> None:
    found = fragments.features(fragment)
    assert {key: found.get(key, 0.0) for key in expected} == expected


# (id, quoted words, whether the model reads them)
READ: list[tuple[str, str, bool]] = [
    ("a-few-words", "slightly cross", True),
    ("eight-words", "one two three four five six seven eight", True),
    ("nine-words-are-a-statement", "one two three four five six seven eight nine", False),
    ("marks-alone", "‘”’'", False),
    ("a-number-alone", "2024", False),
    ("accented-letter", "Pāti", True),
]


@pytest.mark.parametrize(("words", "read"), [c[1:] for c in READ], ids=[c[0] for c in READ])
def test_which_fragments_are_read(words: str, read: bool) -> None:
    assert fragments.worth_reading(words) is read


def test_a_repeated_fragment_is_chosen_once() -> None:
    model = fragments.Model({"speaker": {"bias": 1.0}})
    choices = (Choice.SCARE, Choice.NO_ONE, Choice.SPEAKER)
    first = model.choose(BASE, choices, Choice.SCARE)
    assert model.choose(BASE, choices, Choice.SCARE) is first
    assert first[0] is Choice.SPEAKER


SCARE_SURE = fragments.Model({"scare": {"bias": 5.0}})
SPEAKER_SURE = fragments.Model({"speaker": {"bias": 5.0}})
NO_ONE_SURE = fragments.Model({"no_one": {"bias": 5.0}})
UNSURE_FLIP = fragments.Model({"scare": {"bias": 0.3}}, override_at=0.6)
TRUST = "Ana Moss chairs the trust.\n\n"

# (id, text, the quote's first words, weights, kind, speaker, decided_by, kind_by)
DECISIONS: list[tuple[str, str, str, fragments.Model, QuoteKind, str | None, str, str]] = [
    ("scare-to-speaker", TRUST + "She walks her dogs and is \"slightly cross\" about it.", "slightly cross",
     SPEAKER_SURE, QuoteKind.PARTIAL, "Ana Moss", fragments.RULE, fragments.KIND_RULE),
    ("scare-to-no-one", TRUST + "The plan drew \"deep concern\" at the hearing.", "deep concern",
     NO_ONE_SURE, QuoteKind.PARTIAL, None, fragments.RULE, fragments.KIND_RULE),
    ("cue-beside-stands", "Ana Moss said the rules kept the \"steady state\" in place.", "steady state",
     SCARE_SURE, QuoteKind.PARTIAL, "Ana Moss", "speaker.partial_cue", "kind.partial"),
    ("label-after-the-stands", "\"It is a rumour,\" Ana Moss said, while the opposition attacked the \"hidden\" "
     "deal.", "hidden",
     SPEAKER_SURE, QuoteKind.SCARE, None, "speaker.scare", "kind.determined_label"),
    ("agreeing-leaves-the-rules", "Ana Moss said the plan was \"a disaster\".", "a disaster",
     SPEAKER_SURE, QuoteKind.PARTIAL, "Ana Moss", "speaker.partial_cue", "kind.partial"),
    ("unsure-flip-leaves-the-rules", "Ana Moss said the plan was \"a disaster\".", "a disaster",
     UNSURE_FLIP, QuoteKind.PARTIAL, "Ana Moss", "speaker.partial_cue", "kind.partial"),
    ("denial-stands", "Ana Moss rejected claims the talks were \"secret\".", "secret",
     SPEAKER_SURE, QuoteKind.SCARE, None, "speaker.scare", "kind.denial"),
    ("self-label-stands", "Ana Moss, a self-described \"kaitiaki\", spoke.", "kaitiaki",
     SCARE_SURE, QuoteKind.SCARE, "Ana Moss", "speaker.self_label", "kind.self_label"),
    ("long-stretch-stands", "Ana Moss said the plan was \"a disaster for every one of the towns on the coast\".",
     "a disaster for", SCARE_SURE, QuoteKind.PARTIAL, "Ana Moss", "speaker.partial_cue", "kind.partial"),
    ("quotation-stands", "\"We will appeal,\" Ana Moss said.", "We will",
     SCARE_SURE, QuoteKind.DIRECT, "Ana Moss", "speaker.quotation_cue", "kind.opens_paragraph"),
]


def _quote(text: str, start: str, model: fragments.Model | None) -> Quote:
    with ranker.using(None), fragments.using(model):
        quotes = [q for q in article(text).quotes if q.text.startswith(start)]
    assert quotes, f"no quote starting {start!r}"
    return quotes[0]


@pytest.mark.parametrize(("text", "start", "model", "kind", "speaker", "decided_by", "kind_by"),
                         [c[1:] for c in DECISIONS], ids=[c[0] for c in DECISIONS])
def test_decision(text: str, start: str, model: fragments.Model, kind: QuoteKind, speaker: str | None,
                  decided_by: str, kind_by: str) -> None:
    quote = _quote(text, start, model)
    assert quote.evidence is not None
    assert (quote.kind, quote.speaker, quote.evidence.decided_by, quote.evidence.kind_by) == \
        (kind, speaker, decided_by, kind_by)
    if decided_by == fragments.RULE:
        assert quote.evidence.probability is not None and quote.evidence.probability > 0.98  # e⁵ against two others


def test_rules_alone_decide_without_a_model() -> None:
    quote = _quote(TRUST + "She walks her dogs and is \"slightly cross\" about it.", "slightly cross", None)
    assert quote.evidence is not None
    assert (quote.kind, quote.speaker, quote.evidence.decided_by) == (QuoteKind.SCARE, None, "speaker.scare")


def test_the_rules_choice_is_kept_below_override_at() -> None:
    choices = (Choice.SCARE, Choice.NO_ONE, Choice.SPEAKER)
    assert UNSURE_FLIP.choose(BASE, choices, Choice.SPEAKER)[0] is Choice.SPEAKER
    eager = fragments.Model({"scare": {"bias": 0.3}}, override_at=0.0)
    assert eager.choose(BASE, choices, Choice.SPEAKER)[0] is Choice.SCARE


def test_shipped_weights_are_deterministic_and_sane() -> None:
    model = fragments.load(Path(fragments.__file__).with_name("fragments.json"))
    assert set(model.weights) <= {choice.value for choice in Choice}
    assert 0.0 <= model.override_at <= 1.0 and model.likely_at <= model.sure_at <= 1.01
    choices = (Choice.SCARE, Choice.NO_ONE, Choice.SPEAKER)
    first = model.probabilities(BASE, choices)
    assert [model.probabilities(BASE, choices) for _ in range(3)] == [first] * 3
    assert sum(first) == pytest.approx(1.0)


@pytest.mark.parametrize(("probability", "level"), [(1.0, Confidence.SURE), (0.9, Confidence.LIKELY),
                                                    (0.6, Confidence.UNSURE)], ids=["sure", "likely", "unsure"])
def test_an_override_is_as_sure_as_its_probability(probability: float, level: Confidence) -> None:
    evidence = Evidence(fragments.RULE, probability=probability)
    with fragments.using(fragments.Model({}, sure_at=0.97, likely_at=0.85)):
        # No higher than the model's picks of that level earned at first contact (calibration.json).
        capped = calibration.model_level(calibration.FRAGMENT_FAMILY, level, calibration.levels())
        assert calibration.confidence_of(QuoteKind.PARTIAL, evidence) is capped
        assert calibration.evidence_key(QuoteKind.PARTIAL, evidence) == f"fragment model / {level.value}"


def test_fit_learns_a_separable_choice() -> None:
    choices = (Choice.SCARE, Choice.NO_ONE, Choice.SPEAKER)
    items = [Item("a", {"bias": 1.0, "first_person": 1.0}, choices, Choice.SCARE, Choice.SPEAKER, BASE),
             Item("b", {"bias": 1.0, "label_verb": 1.0}, choices, Choice.SPEAKER, Choice.SCARE, BASE),
             Item("c", {"bias": 1.0}, choices, Choice.SCARE, None, BASE)]  # out of reach: not fitted
    weights = fit(items)
    assert weights == fit(items)
    assert weights["speaker"]["first_person"] > 0 > weights["scare"]["first_person"]
    assert weights["scare"]["label_verb"] > 0 > weights["speaker"]["label_verb"]
