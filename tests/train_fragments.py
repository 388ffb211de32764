"""Train the short-fragment model (corpus/fragments.py) from gold files, and measure it held out by batch.

    python tests/train_fragments.py --gold tests/fixtures /work/blind/H ... /work/blind/H5 --by-batch
    python tests/train_fragments.py --gold DIR ... --override-at 0.6 --enable      # train, switch on, write

Every fragment the model would decide (a scare or partial segment of at most fragments.MAX_WORDS words
that self-labelling or a question did not settle) is parsed with the rules alone
(``fragments.using(None)``) and recorded with the speaker the partial rules find. Its label comes from
the gold: a scare quote, a partial quotation of that speaker, or a partial quotation of no one; a gold
partial of someone else cannot be learned and is counted as out of reach (wrong for both). The model is
a multinomial logistic regression fitted by full-batch gradient descent with an L2 penalty, in pure
Python: deterministic.

``--by-batch`` leaves each gold folder out whole in turn (weights fitted on every other folder): for
each, the fragments' accuracy and the batch's speaker accuracy and fragment kind F1, rules alone beside
the model at ``--override-at`` and each ``--override-grid`` probability. The overrides' held-out
probabilities and rightness set ``sure_at`` and ``likely_at``.
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

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tui"))
sys.path.insert(0, str(ROOT))

from critmin_tui.corpus import fragments  # noqa: E402
from critmin_tui.corpus.fragments import Choice  # noqa: E402
from tests.score import Tally, _find, same_speaker, score_quotes  # noqa: E402
from tests.train_ranker import documents, matched, thresholds  # noqa: E402

WEIGHTS = ROOT / "tui" / "critmin_tui" / "corpus" / "fragments.json"
L2 = 0.003  # the default penalty; --l2 sets another
STEPS = 600
RATE = 0.5
Doc = tuple[str, Path, list[dict[str, Any]]]


class Item(NamedTuple):
    """One fragment: its document, features, choices, the rules' choice and the gold's (None: out of reach)."""

    document: str
    features: dict[str, float]
    choices: tuple[Choice, ...]
    rules: Choice
    label: Choice | None
    fragment: fragments.Fragment
    decidable: bool = True  # the model decides it (else the rules do, and it is only learned from)

    def choose(self, model: fragments.Model) -> tuple[Choice, float]:
        """The model's choice for the fragment, or the rules' where the model does not decide it."""
        return model.choose(self.fragment, self.choices, self.rules) if self.decidable else (self.rules, 1.0)


def label_of(want: dict[str, Any], example: fragments.Example) -> Choice | None:
    """The gold's choice for a fragment (None: a partial of someone the rules do not offer)."""
    if want["kind"] == "scare":
        return Choice.SCARE
    if want["speaker"] is None:
        return Choice.NO_ONE
    return Choice.SPEAKER if same_speaker(example.candidate, want["speaker"]) else None


def items_of(name: str, gold_path: Path, gold: list[dict[str, Any]]) -> list[Item]:
    """The fragments of one article (parsed by the rules alone) with their gold choices."""
    with fragments.using(None), fragments.collecting() as examples:
        document = _find(gold_path, name)
    wants = {quote.start: want for want, quote in matched(document, gold)}
    items = []
    for example in examples:
        want = wants.get(example.at)
        if want is None or want["kind"] not in ("scare", "partial"):
            continue  # a fragment the gold calls a quotation or a question: not the model's to mend
        items.append(Item(name, fragments.features(example.fragment), example.choices, example.rules,
                          label_of(want, example), example.fragment, example.decidable))
    return items


def fit(items: Iterable[Item], l2: float = L2) -> dict[str, dict[str, float]]:
    """Weights by choice maximising the log-likelihood of the gold choices, less an L2 penalty."""
    rows = [item for item in items if item.label is not None]
    keys = sorted({key for item in rows for key in item.features})
    index = {key: i for i, key in enumerate(keys)}
    classes = list(Choice)
    weights = {c: [0.0] * len(keys) for c in classes}
    sparse = [([(index[k], v) for k, v in item.features.items() if v], item.choices, item.label) for item in rows]
    for _ in range(STEPS):
        gradient = {c: [-l2 * len(sparse) * w for w in weights[c]] for c in classes}
        for found, choices, label in sparse:
            scores = [sum(weights[c][k] * v for k, v in found) for c in choices]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for choice, e in zip(choices, exps, strict=True):
                share = (1.0 if choice is label else 0.0) - e / total
                row = gradient[choice]
                for k, v in found:
                    row[k] += share * v
        for c in classes:
            weights[c] = [w + RATE * g / max(len(sparse), 1) for w, g in zip(weights[c], gradient[c], strict=True)]
    return {c.value: {key: round(weights[c][i], 4) for i, key in enumerate(keys) if weights[c][i]} for c in classes}


def batch_score(docs: Sequence[Doc], model: fragments.Model | None) -> Tally:
    """The batch's documents parsed with ``model`` (None: the rules alone), scored against their gold."""
    tally = Tally()
    with fragments.using(model):
        for name, gold_path, gold in docs:
            score_quotes(_find(gold_path, name), gold, tally)
    return tally


def line(label: str, items: list[Item], picks: list[Choice], tally: Tally) -> str:
    """One row of the report: fragment accuracy, speaker accuracy, partial and scare F1."""
    right = sum(pick is item.label for pick, item in zip(picks, items, strict=True))
    return (f"{label:28} fragments {right}/{len(items)} = {right / max(len(items), 1):.3f}   speaker "
            f"{tally.right_speaker['all']}/{tally.located['all']} = {tally.speaker_accuracy('all'):.3f}   "
            f"partial F1 {tally.prf('partial')[2]:.3f}   scare F1 {tally.prf('scare')[2]:.3f}")


def by_batch(docs: list[Doc], items: list[Item], batch_of: dict[str, str], held: Sequence[str],
             overrides: Sequence[float], l2: float = L2) -> list[tuple[float, bool]]:
    """Leave each held batch out: its fragments and gold scored by the rules and by weights that never
    saw it; the held-out overrides' probabilities and rightness (at the first override threshold)."""
    totals: Counter[str] = Counter()
    picks: list[tuple[float, bool]] = []
    for batch in held:
        weights = fit((item for item in items if batch_of[item.document] != batch), l2)
        mine = [item for item in items if batch_of[item.document] == batch]
        batch_docs = [doc for doc in docs if batch_of[doc[0]] == batch]
        tally = batch_score(batch_docs, None)
        print(line(f"{batch}: rules only", mine, [item.rules for item in mine], tally))
        totals["rules fragments"] += sum(item.rules is item.label for item in mine)
        totals["rules speaker"] += tally.right_speaker["all"]
        for override in overrides:
            model = fragments.Model(weights, override_at=override)
            chosen = [item.choose(model) for item in mine]
            tally = batch_score(batch_docs, model)
            print(line(f"{batch}: model >={override}", mine, [c for c, _ in chosen], tally))
            totals[f">={override} fragments"] += sum(c is item.label for (c, _), item in zip(chosen, mine, strict=True))
            totals[f">={override} speaker"] += tally.right_speaker["all"]
            if override == overrides[0]:
                picks.extend((p, c is item.label) for (c, p), item in zip(chosen, mine, strict=True)
                             if c is not item.rules)
    print("leave-one-batch-out totals (right):", dict(totals))
    return picks


def main() -> None:
    """Measure leaving batches out, then train on everything and write the weights."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", nargs="+", type=Path, default=[ROOT / "tests" / "fixtures"])
    parser.add_argument("--out", type=Path, default=WEIGHTS)
    parser.add_argument("--by-batch", action="store_true", help="leave each gold folder but the fixtures out whole")
    parser.add_argument("--override-at", type=float, default=0.5, help="the probability an override needs (shipped)")
    parser.add_argument("--override-grid", type=float, nargs="*", default=[], help="others to compare, by batch")
    parser.add_argument("--l2", type=float, default=L2, help="the L2 penalty per example")
    parser.add_argument("--enable", action="store_true", help="switch the shipped model on")
    parser.add_argument("--no-write", action="store_true", help="measure only")
    args = parser.parse_args()
    docs: list[Doc] = []
    batch_of: dict[str, str] = {}
    for folder in args.gold:
        for doc in documents([folder]):
            docs.append(doc)
            batch_of[doc[0]] = folder.name
    items = [item for doc in docs for item in items_of(*doc)]
    counts = Counter(item.label.value if item.label else "out of reach" for item in items)
    print(f"{len(items)} fragments from {len(docs)} documents: {dict(counts)}")
    sure_at = likely_at = 1.01
    if args.by_batch:
        held = sorted({batch for batch in batch_of.values() if batch != "fixtures"})
        picks = by_batch(docs, items, batch_of, held, [args.override_at, *args.override_grid], args.l2)
        bands = Counter((round(p, 1), right) for p, right in picks)
        print("held-out overrides by probability (p: right/seen):",
              ", ".join(f"{p}: {bands[(p, True)]}/{bands[(p, True)] + bands[(p, False)]}"
                        for p in sorted({p for p, _ in bands})))
        sure_at, likely_at = thresholds(picks)
        print(f"sure_at {sure_at}  likely_at {likely_at}")
    if args.no_write:
        return
    weights = fit(items, args.l2)
    note = (f"trained by tests/train_fragments.py on {', '.join(sorted(set(batch_of.values())))}: "
            f"{len(items)} fragments ({', '.join(f'{k} {v}' for k, v in sorted(counts.items()))}); "
            "thresholds from leave-one-batch-out overrides")
    data = {"note": note, "enabled": args.enable, "override_at": args.override_at, "sure_at": sure_at,
            "likely_at": likely_at, "weights": weights}
    args.out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
