"""Parse throughput on articles, old against new: ``python -m tests.benchmarks.redaction_bench OLD_TUI [ROUNDS]``.

Parses every fixture article, every holdout text and 150 synthetic articles with ``parse_text``,
best of five process_time runs, in fresh processes alternating between OLD_TUI (a checkout's ``tui``
folder, e.g. from ``git archive main tui``) and this tree; prints each figure and new/old.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_CHILD = """
import json, sys, time
from critmin_tui.corpus.parser import parse_text
from critmin_tui.corpus.redactions import find_redactions
texts = json.load(open(sys.argv[1], encoding="utf-8"))
best, scan = float("inf"), float("inf")
for _ in range(5):
    start = time.process_time()
    for name, text in texts:
        parse_text(name, text)
    best = min(best, time.process_time() - start)
    start = time.process_time()
    for name, text in texts:
        find_redactions(text)
    scan = min(scan, time.process_time() - start)
print(best, scan)
"""


def _texts() -> list[tuple[str, str]]:
    from tests.benchmarks.synth import article

    fixtures = ROOT / "tests" / "fixtures"
    texts = [(p.name, p.read_text(encoding="utf-8")) for folder in ("articles", "holdout")
             for p in sorted((fixtures / folder).glob("*.txt"))]
    rng = random.Random(2026)
    return texts + [(f"synth{i}.txt", article(rng)) for i in range(150)]


def _run(tui: Path, corpus: Path) -> tuple[float, float]:
    """(parse_text over the corpus, find_redactions alone), each the best of five, in a fresh process."""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(corpus)], env={"PYTHONPATH": str(tui)},
                         capture_output=True, text=True, check=True)
    parse, scan = out.stdout.split()
    return float(parse), float(scan)


def main() -> None:
    """Interleave old and new runs (ROUNDS, default 5, each), and print the best of each and their ratio."""
    old_tui, new_tui = Path(sys.argv[1]), ROOT / "tui"
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    corpus = Path("/tmp") / "redaction_bench_corpus.json"
    corpus.write_text(json.dumps(_texts()), encoding="utf-8")
    old, new = [], []
    for _ in range(rounds):
        old.append(_run(old_tui, corpus))
        new.append(_run(new_tui, corpus))
    for index, what in enumerate(("parse_text", "find_redactions")):
        o, n = min(t[index] for t in old), min(t[index] for t in new)
        print(f"{what:16} documents {len(_texts())}  old {o:.3f}s  new {n:.3f}s  new/old {n / o:.3f}")
        print("  old runs", " ".join(f"{t[index]:.3f}" for t in old),
              "| new runs", " ".join(f"{t[index]:.3f}" for t in new))


if __name__ == "__main__":
    main()
