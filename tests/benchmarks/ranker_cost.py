"""What the candidate-speaker ranker costs the parse, measured in one process.

    python tests/benchmarks/ranker_cost.py --docs 200 --repeats 10

Parses the same synthetic documents with the ranker and with the rules alone (the ranker's step
skipped, so no candidates are gathered), taking turns so that a noisy machine weighs on both alike,
and prints the fastest run of each and their ratio. It passes or fails nothing.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tui"), str(ROOT)]

from critmin_tui.corpus import resolver  # noqa: E402
from critmin_tui.corpus.parser import parse_text  # noqa: E402
from critmin_tui.corpus.ruler import Decided  # noqa: E402
from critmin_tui.corpus.speaker_rules import Named, SpeakerState  # noqa: E402
from tests.benchmarks.synth import document  # noqa: E402


def _rules_alone(_: resolver.Resolver, __: SpeakerState, decided: Decided[Named]) -> Decided[Named]:
    return decided


def main() -> None:
    """Print the fastest parse with and without the ranker, and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=10)
    args = parser.parse_args()
    rng = random.Random(7)
    texts = [document(rng, i) for i in range(args.docs)]
    ranked = resolver.Resolver._ranked

    def run() -> float:
        began = time.perf_counter()
        for i, text in enumerate(texts):
            parse_text(f"d{i}.txt", text)
        return time.perf_counter() - began

    alone, with_ranker = [], []
    for _ in range(args.repeats):
        resolver.Resolver._ranked = _rules_alone  # type: ignore[method-assign,assignment]
        alone.append(run())
        resolver.Resolver._ranked = ranked  # type: ignore[method-assign]
        with_ranker.append(run())
    print(f"{len(texts)} documents: rules alone {min(alone):.3f} s, with the ranker {min(with_ranker):.3f} s, "
          f"ratio {min(with_ranker) / min(alone):.3f}")


if __name__ == "__main__":
    main()
