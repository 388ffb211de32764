"""The candidate-speaker ranker: candidates and features (tables), deterministic inference from the
shipped weights, its place in the parse, and the training script on a tiny gold folder."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from critmin_tui.corpus import calibration, ranker
from critmin_tui.corpus.model import Confidence
from critmin_tui.corpus.ranker import Candidate, Setting, Stage
from critmin_tui.corpus.speaker_candidates import gather, lower_words

from .conftest import article

QUOTED = Setting(continuation=False, opens_paragraph=True, in_view_by="name", near=1)
PRONOUN = QUOTED._replace(stage=Stage.PRONOUN)
FRAGMENT = QUOTED._replace(opens_paragraph=False, stage=Stage.FRAGMENT)

# (id, candidate, setting, features it must have with these values)
FEATURES: list[tuple[str, Candidate, Setting, dict[str, float]]] = [
    ("no-one", Candidate(None), QUOTED, {"no_one": 1.0, "no_one*in_view_by=name": 1.0, "no_one*opens_paragraph": 1.0}),
    ("no-one-nobody-near", Candidate(None), QUOTED._replace(near=0, in_view_by="none"),
     {"no_one*nobody_near": 1.0, "no_one*in_view_by=none": 1.0}),
    ("in-view-named", Candidate("Ana Moss", in_view=True, distance=0), QUOTED,
     {"in_view": 1.0, "in_view*by=name": 1.0, "here": 1.0, "distance": 0.0, "in_view*unseen": 0.0}),
    ("in-view-surname-alone", Candidate("Lowering", in_view=True, words=1, common_word=True, lone=True),
     QUOTED._replace(in_view_by="surname alone"),
     {"in_view*by=surname alone": 1.0, "in_view*lone_capitalised": 1.0, "common_word": 1.0, "in_view*unseen": 1.0}),
    ("unnamed-lower-case", Candidate("woman", in_view=True, words=1, distance=1), QUOTED._replace(in_view_by="unnamed"),
     {"in_view*by=unnamed": 1.0, "lone_capitalised": 0.0, "in_view*lone_capitalised": 0.0}),
    ("far-and-unseen", Candidate("Tui Hart", distance=None), QUOTED, {"distance": 1.0, "here": 0.0, "in_view": 0.0}),
    ("distance-capped", Candidate("Tui Hart", distance=40), QUOTED, {"distance": 1.0}),
    ("last-speaker", Candidate("Tui Hart", last_speaker=True, quotes=10, spoke=1), QUOTED,
     {"last_speaker": 1.0, "quotes": 1.0, "has_spoken": 1.0, "spoke_here_or_just_before": 1.0}),
    ("spoke-lately", Candidate("Tui Hart", quotes=1, spoke=3), QUOTED,
     {"quotes": 0.2, "spoke_lately": 1.0, "spoke_here_or_just_before": 0.0}),
    ("organisation-between", Candidate("Greenpeace", person=False, between=6, distance=2), QUOTED,
     {"organisation": 1.0, "between": 1.0, "distance": 0.4}),
    ("interviewer-in-view", Candidate("Tui Hart", in_view=True, asked=True), QUOTED,
     {"asked": 1.0, "in_view*asked": 1.0}),
    ("pronoun-shares-and-adds-its-own", Candidate("Ana Moss", in_view=True, distance=0), PRONOUN,
     {"in_view": 1.0, "pronoun:in_view": 1.0, "here": 1.0, "pronoun:here": 1.0, "distance": 0.0,
      "pronoun:distance": 0.0}),
    ("fragment-no-one", Candidate(None), FRAGMENT, {"no_one": 1.0, "fragment:no_one": 1.0, "pronoun:no_one": 0.0}),
    ("quotation-has-no-stage-copies", Candidate("Ana Moss", in_view=True), QUOTED, {"quotation:in_view": 0.0}),
]


@pytest.mark.parametrize(("candidate", "setting", "expected"), [row[1:] for row in FEATURES],
                         ids=[row[0] for row in FEATURES])
def test_features(candidate: Candidate, setting: Setting, expected: dict[str, float]) -> None:
    found = ranker.features(candidate, setting)
    assert {key: found.get(key, 0.0) for key in expected} == pytest.approx(expected)


def test_no_one_has_only_its_own_features() -> None:
    assert all(key.startswith("no_one") for key in ranker.features(Candidate(None), QUOTED))


# (id, gather's arguments, the candidates' names in order, checks on one candidate by name)
GATHER: list[tuple[str, dict[str, object], list[str | None], dict[str, dict[str, object]]]] = [
    ("in-view-first", {"in_view": "Ana Moss", "recent": ["Tui Hart"], "seen": {"Tui Hart": 0, "Ana Moss": 2}},
     [None, "Ana Moss", "Tui Hart"], {"Ana Moss": {"in_view": True, "distance": 2, "between": 1},
                                      "Tui Hart": {"last_speaker": True, "distance": 0, "between": 0}}),
    ("seen-by-distance-then-name", {"in_view": None, "recent": [], "seen": {"Zed Ray": 1, "Amy Low": 1, "Bo Kay": 0}},
     [None, "Bo Kay", "Amy Low", "Zed Ray"], {"Amy Low": {"between": 1, "in_view": False}}),
    ("no-one-alone", {"in_view": None, "recent": [], "seen": {}}, [None], {}),
    ("common-word-stem", {"in_view": "Lowering", "recent": [], "seen": {}}, [None, "Lowering"],
     {"Lowering": {"common_word": True, "words": 1, "distance": None, "lone": True}}),
    ("speaker-counts", {"in_view": "Ana Moss", "recent": ["Ana Moss"], "seen": {}}, [None, "Ana Moss"],
     {"Ana Moss": {"quotes": 2, "spoke": 1, "last_speaker": True}}),
    ("asker-marked", {"in_view": "Ana Moss", "recent": ["Tui Hart"], "seen": {}}, [None, "Ana Moss", "Tui Hart"],
     {"Tui Hart": {"asked": True}, "Ana Moss": {"asked": False}}),
]


@pytest.mark.parametrize(("arguments", "names", "checks"), [row[1:] for row in GATHER], ids=[row[0] for row in GATHER])
def test_gather(arguments: dict[str, object], names: list[str | None], checks: dict[str, dict[str, object]]) -> None:
    found = gather(arguments["in_view"], arguments["recent"], {"Ana Moss": 2}, arguments["seen"],  # type: ignore[arg-type]
                   ({"Ana Moss": 4}, 5), lambda name: name != "Greenpeace", lower_words("rates are lower this year"),
                   {"Tui Hart"})
    assert [c.name for c in found] == names
    by_name = {c.name: c for c in found}
    for name, wanted in checks.items():
        assert {key: getattr(by_name[name], key) for key in wanted} == wanted


def test_shipped_weights_load_and_inference_is_deterministic() -> None:
    model = ranker.shipped()
    assert model.weights and 0.0 < model.likely_at <= model.sure_at
    candidates = (Candidate(None), Candidate("Ana Moss", in_view=True, distance=1), Candidate("Tui Hart", distance=2))
    first = ranker.probabilities(model, candidates, QUOTED)
    assert sum(first) == pytest.approx(1.0)
    assert [ranker.probabilities(model, candidates, QUOTED) for _ in range(3)] == [first] * 3
    assert ranker.rank(candidates, QUOTED, 0) == ranker.rank(candidates, QUOTED, 0)


def test_a_tie_goes_to_the_earlier_candidate() -> None:
    twins = (Candidate(None), Candidate("Ana Moss"), Candidate("Tui Moss"))
    with ranker.using(ranker.Model({"no_one": -5.0})):
        ranked = ranker.rank(twins, QUOTED, 0)
    assert ranked is not None and ranked[0] == 1 and ranked[1] == pytest.approx(0.4983, abs=1e-3)


# (id, weights, override_at, the index picked): a pick other than the rules' choice (in view) needs override_at
OVERRIDE: list[tuple[str, dict[str, float], float, int]] = [
    ("sure-flip", {"last_speaker": 5.0}, 0.8, 2),
    ("unsure-flip-keeps-the-rules", {"last_speaker": 1.0}, 0.8, 1),
    ("no-gate", {"last_speaker": 1.0}, 0.0, 2),
    ("rules-choice-likeliest", {"in_view": 1.0}, 0.99, 1),
]


@pytest.mark.parametrize(("weights", "override_at", "index"), [row[1:] for row in OVERRIDE],
                         ids=[row[0] for row in OVERRIDE])
def test_a_flip_needs_override_at(weights: dict[str, float], override_at: float, index: int) -> None:
    candidates = (Candidate(None), Candidate("Ana Moss", in_view=True), Candidate("Tui Hart", last_speaker=True))
    with ranker.using(ranker.Model(weights, override_at=override_at)):
        ranked = ranker.rank(candidates, QUOTED, 0)
    assert ranked is not None and ranked[0] == index
    with ranker.using(ranker.Model(weights, override_at=override_at)):
        assert ranked[1] == pytest.approx(ranker.probabilities(ranker.Model(weights), candidates, QUOTED)[index])


def test_a_stage_the_model_does_not_decide_is_left_to_the_rules() -> None:
    candidates = (Candidate("Ana Moss", in_view=True), Candidate("Tui Hart"))
    with ranker.using(ranker.Model({}, stages=[Stage.QUOTATION])):
        assert ranker.rank(candidates, PRONOUN, 0) is None
        assert ranker.rank(candidates, QUOTED, 0) is not None


def test_candidates_are_gathered_only_for_a_stage_decided_or_recorded() -> None:
    with ranker.using(ranker.Model({}, stages=[Stage.QUOTATION])):
        assert ranker.wanted(Stage.QUOTATION) and not ranker.wanted(Stage.PRONOUN)
        with ranker.collecting():
            assert ranker.wanted(Stage.PRONOUN)
    with ranker.using(None):
        assert not ranker.wanted(Stage.QUOTATION)


PRONOUN_CUE = "Tui Hart had asked about the mine.\n\nAna Moss spoke at length.\n\n\"We will appeal,\" she said."
CARRIED_FRAGMENT = "Ana Moss spoke at length.\n\nThe plan was wrong, saying it was \"a disaster\"."


def test_a_pronoun_cue_is_ranked_among_named_people_only() -> None:
    with ranker.using(ranker.Model({}, stages=list(Stage))), ranker.collecting() as examples:
        [quote] = article(PRONOUN_CUE).quotes
    [example] = examples
    assert example.setting.stage is Stage.PRONOUN and None not in [c.name for c in example.candidates]
    assert [c.name for c in example.candidates if c.in_view] == ["Ana Moss"] == [quote.speaker]
    # The pronoun's cue stays the evidence, and how it was resolved, when the rules' choice is kept.
    assert quote.evidence is not None and quote.evidence.decided_by == ranker.RULE
    assert quote.evidence.resolved_by == "resolve.pronoun" and quote.evidence.cue is not None


def test_a_fragment_with_no_cue_is_ranked_as_a_fragment() -> None:
    with ranker.using(ranker.Model({}, stages=list(Stage))), ranker.collecting() as examples:
        [quote] = article(CARRIED_FRAGMENT).quotes
    assert [e.setting.stage for e in examples] == [Stage.FRAGMENT] and examples[0].at == quote.start


def test_levels_follow_the_thresholds() -> None:
    with ranker.using(ranker.Model({}, sure_at=0.9, likely_at=0.6)):
        assert [ranker.level(p) for p in (0.95, 0.7, 0.5)] == [Confidence.SURE, Confidence.LIKELY, Confidence.UNSURE]


CUELESS = "Ana Moss spoke at length.\n\n\"The seabed is not a quarry.\""


def test_a_cueless_quotation_is_ranked_with_its_probability_in_the_evidence() -> None:
    [quote] = article(CUELESS).quotes
    assert quote.evidence is not None and quote.evidence.decided_by == ranker.RULE
    assert quote.speaker == "Ana Moss" and quote.evidence.probability is not None
    given = ranker.level(quote.evidence.probability)
    assert quote.confidence is calibration.model_level(calibration.RANKER_FAMILY, given, calibration.levels())
    with ranker.using(None):
        [rules_only] = article(CUELESS).quotes
    assert rules_only.evidence is not None and rules_only.evidence.decided_by == "speaker.quotation_carried"


def test_a_quotation_whose_cue_names_its_speaker_is_the_cue_stage_and_left_to_the_rules() -> None:
    with ranker.collecting() as examples:
        [quote] = article("\"We will appeal,\" Ana Moss said.").quotes
    assert [(e.setting.stage, e.setting.chosen_by, e.setting.decided) for e in examples] == [
        (ranker.Stage.CUE, "name", "quotation_cue")]
    assert quote.evidence is not None and quote.evidence.decided_by != ranker.RULE  # the shipped model leaves it


GOLD = """articles:
  files: [{name}.txt]
  quotes:
    - {{start: "The seabed", speaker: Ana Moss, kind: direct, closes: true}}
    - {{start: "We will appeal", speaker: Tui Hart, kind: direct, closes: true}}
"""
TEXT = ("Ana Moss spoke at length.\n\n\"The seabed is not a quarry.\"\n\n"
        "Tui Hart, of the trust, disagreed.\n\n\"We will appeal.\"\n")


def test_the_training_script_runs_on_a_tiny_gold_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests import train_ranker

    for name in ("t1", "t2"):
        (tmp_path / f"{name}.txt").write_text(TEXT, encoding="utf-8")
        (tmp_path / f"{name}.gold.yaml").write_text(GOLD.format(name=name), encoding="utf-8")
    out = tmp_path / "weights.json"
    monkeypatch.setattr(sys, "argv", ["train_ranker.py", "--gold", str(tmp_path), "--out", str(out)])
    train_ranker.main()
    printed = capsys.readouterr().out
    assert "4 ranked segments ({'quotation': 4}) from 2 documents" in printed and "rules+ranker (held out)" in printed
    model = ranker.load(out)
    assert model.weights and json.loads(out.read_text(encoding="utf-8"))["note"].startswith("trained")


def test_a_pronoun_for_a_lone_surname_is_as_doubtful_as_the_surname() -> None:
    quotes = article("\"We will appeal,\" Moss said.\n\n\"It is not over,\" he said.").quotes
    assert [q.speaker for q in quotes] == ["Moss", "Moss"]
    assert quotes[1].evidence is not None and quotes[1].evidence.resolved_by == "resolve.surname_alone"
    assert quotes[1].confidence is not Confidence.SURE
