"""Train the candidate-speaker ranker (corpus/ranker.py) from gold files, and measure it honestly.

    python tests/train_ranker.py --gold tests/fixtures /work/blind/H         # cross-validate, then train
    python tests/train_ranker.py --gold DIR ... --out FILE --no-cv           # train only
    python tests/train_ranker.py --gold DIR ... --by-batch --override-grid 0.7 0.9  # batches out
    python tests/train_ranker.py --gold DIR ... --by-batch --no-cv --stages quotation fragment --override-at 0.5
                                        # thresholds from the batches' held-out picks (many folders: faster)

Every segment a ranker stage reconsiders (a cueless quotation, a fragment with no cue, a quotation
whose cue is a pronoun) is parsed with the rules alone (``ranker.using(None)``) and its candidates
recorded; its label is the candidate the gold names (a segment whose speaker is no candidate cannot
be learned and is counted as out of reach). Every stage is fitted; ``--stages`` picks those shipped.
The model is a conditional logit fitted by full-batch gradient descent with an L2 penalty, in pure
Python: deterministic.

Cross-validation leaves one document out: the document is parsed again, whole, with weights fitted on
every other document, and scored against its gold, beside the rules alone. The picks' probabilities
and rightness in those held-out parses set ``sure_at`` and ``likely_at`` (see ranker.py). With
``--held-out DIR`` a folder is also scored with weights that saw none of it (a batch held out whole).
``--by-batch`` leaves each gold folder out whole in turn and compares the rules alone with the ranker
deciding each set of stages, at ``--override-at`` and each ``--override-grid`` probability.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tui"))
sys.path.insert(0, str(ROOT))

from critmin_tui.corpus import Document, ranker  # noqa: E402
from tests.score import _find, gold_files, same_speaker  # noqa: E402

_CARRIED = ("speaker.quotation_carried", "speaker.partial_carried")  # the rules' choices a ranker reconsiders
WEIGHTS = ROOT / "tui" / "critmin_tui" / "corpus" / "ranker.json"
L2 = 0.01
STEPS = 1000
RATE = 0.5
MIN_PICKS = 10  # a probability threshold is set only where this many held-out picks lie above it


class Item(NamedTuple):
    """One ranked segment: its document, each candidate's features, the gold one's index, its stage."""

    document: str
    features: tuple[dict[str, float], ...]
    label: int
    stage: ranker.Stage


class Segment(NamedTuple):
    """A gold segment as parsed: who decided it, with what probability, and whether it was right."""

    document: str
    decided_by: str
    probability: float | None
    right: bool
    level: str  # the confidence level the parse gave it


def documents(folders: Sequence[Path]) -> list[tuple[str, Path, list[dict[str, Any]]]]:
    """Each article of the gold files: its name, gold file and gold quotes."""
    found = []
    for gold_path in gold_files(list(folders)):
        articles = (yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}).get("articles") or {}
        for name in articles.get("files", []):
            found.append((name, gold_path, articles.get("quotes", [])))
    return found


def matched(document: Document, gold: list[dict[str, Any]]) -> list[tuple[dict[str, Any], Any]]:
    """Each gold quote with the parsed segment it matches, in order, as score.py matches them."""
    remaining = list(document.quotes)
    pairs = []
    for want in gold:
        match = next((q for q in remaining if q.text.startswith(want["start"])), None)
        if match is not None:
            remaining.remove(match)
            pairs.append((want, match))
    return pairs


def items_of(name: str, gold_path: Path, gold: list[dict[str, Any]]) -> tuple[list[Item], int]:
    """The training items of one article (parsed by the rules alone), and how many were out of reach."""
    with ranker.using(None), ranker.collecting() as examples:
        document = _find(gold_path, name)
    speakers = {quote.start: want["speaker"] for want, quote in matched(document, gold)}
    items, unreachable = [], 0
    for example in examples:
        if example.at not in speakers:
            continue
        gold_speaker = speakers[example.at]
        label = next((i for i, c in enumerate(example.candidates) if same_speaker(c.name, gold_speaker)), None)
        if label is None:
            unreachable += 1
            continue
        items.append(Item(name, tuple(ranker.features(c, example.setting) for c in example.candidates), label,
                          example.setting.stage))
    return items, unreachable


def fit(items: Iterable[Item]) -> dict[str, float]:
    """Weights maximising the conditional log-likelihood, less an L2 penalty (gradient descent)."""
    items = list(items)
    keys = sorted({key for item in items for f in item.features for key in f})
    index = {key: i for i, key in enumerate(keys)}
    rows = [([[(index[k], v) for k, v in f.items() if v] for f in item.features], item.label) for item in items]
    weights = [0.0] * len(keys)
    for _ in range(STEPS):
        gradient = [-L2 * w for w in weights]
        for candidates, label in rows:
            scores = [sum(weights[k] * v for k, v in c) for c in candidates]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for c, e, i in zip(candidates, exps, range(len(candidates)), strict=True):
                share = (1.0 if i == label else 0.0) - e / total
                for k, v in c:
                    gradient[k] += share * v
        weights = [w + RATE * g / max(len(rows), 1) for w, g in zip(weights, gradient, strict=True)]
    return {key: round(weights[i], 4) for i, key in enumerate(keys)}


def scored(name: str, gold_path: Path, gold: list[dict[str, Any]], model: ranker.Model | None) -> list[Segment]:
    """One article parsed with ``model`` (None: the rules alone), its gold segments scored."""
    with ranker.using(model):
        document = _find(gold_path, name)
    return [Segment(name, q.evidence.decided_by if q.evidence else "none", q.evidence.probability if q.evidence
                    else None, same_speaker(q.speaker, want["speaker"]), q.confidence.value if q.confidence else "none")
            for want, q in matched(document, gold)]


def thresholds(picks: list[tuple[float, bool]]) -> tuple[float, float]:
    """The lowest probabilities from which held-out picks are right at least SURE_AT and LIKELY_AT."""
    found = []
    for target in (ranker.SURE_AT, ranker.LIKELY_AT):
        best = 1.01
        for p, _ in sorted(picks, reverse=True):
            above = [right for q, right in picks if q >= p]
            if len(above) >= MIN_PICKS and sum(above) / len(above) >= target:
                best = p
        found.append(best)
    return found[0], found[1]


def summary(label: str, segments: list[Segment], model: ranker.Model | None = None) -> str:
    """Speaker accuracy, overall, on the cueless quotations, and of the sure (a ranker's pick's
    level taken from ``model``'s thresholds when given: those found after the held-out parses)."""
    right = sum(s.right for s in segments)
    ranked = [s for s in segments if s.decided_by in (ranker.RULE, *_CARRIED)]
    sure = [s for s in segments if _level(s, model) == "sure"]
    return (f"{label:34} all {right}/{len(segments)} = {right / max(len(segments), 1):.3f}   "
            f"carried {sum(s.right for s in ranked)}/{len(ranked)}   sure {sum(s.right for s in sure)}/{len(sure)}"
            f" = {sum(s.right for s in sure) / max(len(sure), 1):.3f} share {len(sure) / max(len(segments), 1):.2f}")


def _level(segment: Segment, model: ranker.Model | None) -> str:
    if model is None or segment.decided_by != ranker.RULE or segment.probability is None:
        return segment.level
    with ranker.using(model):
        return ranker.level(segment.probability).value


def cross_validate(docs: list[tuple[str, Path, list[dict[str, Any]]]], items: list[Item],
                   batch_of: dict[str, str], stages: frozenset[ranker.Stage], override_at: float
                   ) -> tuple[float, float]:
    """Leave one document out: print rules-only and rules+ranker accuracy by batch; the thresholds
    the held-out picks give."""
    rules: dict[str, list[Segment]] = {}
    learned: dict[str, list[Segment]] = {}
    picks: list[tuple[float, bool]] = []
    fitted: dict[str, ranker.Model] = {}
    for name, gold_path, gold in docs:
        batch = batch_of[name]
        rules.setdefault(batch, []).extend(scored(name, gold_path, gold, None))
        if name not in fitted:
            fitted[name] = ranker.Model(fit(item for item in items if item.document != name), stages=stages,
                                        override_at=override_at)
        mine = scored(name, gold_path, gold, fitted[name])
        learned.setdefault(batch, []).extend(mine)
        picks.extend((s.probability, s.right) for s in mine if s.decided_by == ranker.RULE and s.probability)
    sure_at, likely_at = thresholds(picks)
    bands = Counter((round(p, 1), right) for p, right in picks)
    print("held-out picks by probability (p: right/seen):",
          ", ".join(f"{p}: {bands[(p, True)]}/{bands[(p, True)] + bands[(p, False)]}"
                    for p in sorted({p for p, _ in bands})))
    print(f"sure_at {sure_at}  likely_at {likely_at}")
    for batch in sorted(rules):
        print(summary(f"{batch}: rules only", rules[batch]))
        print(summary(f"{batch}: rules+ranker (held out)", learned[batch], ranker.Model({}, sure_at, likely_at)))
    return sure_at, likely_at


def by_batch(docs: list[tuple[str, Path, list[dict[str, Any]]]], items: list[Item],
             batch_of: dict[str, str], overrides: Sequence[float],
             shipped: tuple[frozenset[ranker.Stage], float] | None = None) -> list[tuple[float, bool]]:
    """Leave one batch out: each batch parsed with weights fitted on the others, by the rules alone
    and with the ranker deciding each set of stages in turn (the quotation stage alone is the old ranker).
    Returns the held-out picks (probability, right) of the ``shipped`` stages and override."""
    picks: list[tuple[float, bool]] = []
    configs = [frozenset({ranker.Stage.QUOTATION}), frozenset(ranker.Stage)]
    configs[1:1] = [frozenset({ranker.Stage.QUOTATION, stage}) for stage in ranker.Stage
                    if stage is not ranker.Stage.QUOTATION]
    totals: Counter[str] = Counter()
    for batch in sorted(set(batch_of.values())):
        weights = fit(item for item in items if batch_of[item.document] != batch)
        mine = [doc for doc in docs if batch_of[doc[0]] == batch]
        rules = [s for doc in mine for s in scored(*doc, None)]
        print(summary(f"{batch}: rules only", rules))
        totals["rules only"] += sum(s.right for s in rules)
        for stages in configs:
            for override in overrides:
                label = "+".join(stage.value[0] for stage in ranker.Stage if stage in stages) + f" >={override}"
                model = ranker.Model(weights, stages=stages, override_at=override)
                found = [s for doc in mine for s in scored(*doc, model)]
                print(summary(f"{batch}: ranker {label}", found))
                totals[label] += sum(s.right for s in found)
                if shipped == (stages, override):
                    picks.extend((s.probability, s.right) for s in found
                                 if s.decided_by == ranker.RULE and s.probability)
    print("leave-one-batch-out totals (right):", dict(totals))
    return picks


def main() -> None:
    """Cross-validate, then train on everything and write the weights."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", nargs="+", type=Path, default=[ROOT / "tests" / "fixtures"])
    parser.add_argument("--held-out", nargs="*", type=Path, default=[],
                        help="folders scored with weights that never saw them")
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--no-cv", action="store_true", help="skip cross-validation (thresholds: never sure)")
    parser.add_argument("--by-batch", action="store_true", help="also leave each gold folder out whole")
    parser.add_argument("--override-at", type=float, default=0.0,
                        help="the probability a pick other than the rules' choice needs (shipped)")
    parser.add_argument("--override-grid", type=float, nargs="*", default=[],
                        help="other such probabilities to compare in --by-batch")
    parser.add_argument("--stages", nargs="+", type=ranker.Stage, default=list(ranker.Stage),
                        help="the stages the shipped weights decide (the rules keep the others)")
    args = parser.parse_args()
    docs, batch_of = [], {}
    for folder in args.gold:
        for doc in documents([folder]):
            docs.append(doc)
            batch_of[doc[0]] = folder.name
    items: list[Item] = []
    out_of_reach = 0
    for name, gold_path, gold in docs:
        found, unreachable = items_of(name, gold_path, gold)
        items.extend(found)
        out_of_reach += unreachable
    stages = frozenset(args.stages)
    counts = Counter(item.stage.value for item in items)
    print(f"{len(items)} ranked segments ({dict(counts)}) from {len(docs)} documents ({out_of_reach} out of reach)")
    picks: list[tuple[float, bool]] = []
    if args.by_batch:
        picks = by_batch(docs, items, batch_of, sorted({0.0, args.override_at, *args.override_grid}),
                         (frozenset(args.stages), args.override_at))
    # Every stage's items are fitted, shipped or not: they share most features, and the quotations'
    # weights learned beside the pronouns' and fragments' held up better leaving a batch out.
    sure_at = likely_at = 1.01
    weights = fit(items)
    if args.held_out:
        model = ranker.Model(weights, stages=stages, override_at=args.override_at)
        for folder in args.held_out:
            held = documents([folder])
            print(summary(f"{folder.name}: rules only", [s for d in held for s in scored(*d, None)]))
            print(summary(f"{folder.name}: rules+ranker (unseen)", [s for d in held for s in scored(*d, model)]))
    held_out = "leave-one-document-out"
    if not args.no_cv:
        sure_at, likely_at = cross_validate(docs, items, batch_of, stages, args.override_at)
    elif picks:
        sure_at, likely_at = thresholds(picks)  # each batch's picks by weights that never saw it
        held_out = "leave-one-batch-out"
        print(f"held-out picks: {len(picks)}, right {sum(r for _, r in picks)}; "
              f"sure_at {sure_at} likely_at {likely_at}")
    note = (f"trained by tests/train_ranker.py on {', '.join(sorted(set(batch_of.values())))}: "
            f"{len(items)} ranked segments ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}); "
            f"thresholds from {held_out} picks")
    shipped = [stage.value for stage in ranker.Stage if stage in stages]
    data = {"note": note, "stages": shipped, "override_at": args.override_at, "weights": weights,
            "sure_at": sure_at, "likely_at": likely_at}
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(weights, indent=1))


if __name__ == "__main__":
    main()
