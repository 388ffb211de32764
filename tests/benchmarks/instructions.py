"""Parse cost in instructions, the one figure a busy shared machine does not blur (needs valgrind).

    python -m tests.benchmarks.instructions TREE [--docs 100] [--blind /work/blind]

Runs ``valgrind --tool=callgrind`` on a child that parses ``--docs`` synthetic documents (or, with
``--blind``, every fourth ``.txt`` file of that folder's subfolders but ``results``) with TREE's
``tui``, and again on none; prints the difference per document in millions of instructions.
Imports, the texts' making and a warm-up parse are in both runs, so they cancel out.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_CHILD = """
import glob, random, sys
from critmin_tui.corpus import parse_text
from critmin_tui.corpus.text import decode
from tests.benchmarks.synth import document
count, blind = int(sys.argv[1]), sys.argv[2]
if blind:
    names = sorted(p for p in glob.glob(blind + "/*/*.txt") if "/results/" not in p)[::4]
    texts = [decode(open(name, "rb").read()).text for name in names]
    if not texts:
        sys.exit(f"no .txt files in the subfolders of {blind}")
else:
    rng = random.Random(2026)
    texts = [document(rng, index) for index in range(max(count, 3))]
for text in texts[:3]:
    parse_text("warm.txt", text)
for number, text in enumerate(texts[:count]):
    parse_text(f"{number}.txt", text)
print(len(texts[:count]))
"""


def _instructions(tree: Path, count: int, blind: str) -> tuple[int, int]:
    # A fixed hash seed: set and dict order otherwise move the count by some 0.1 M a document between runs.
    environment = {**os.environ, "PYTHONPATH": f"{tree / 'tui'}{os.pathsep}{ROOT}", "PYTHONHASHSEED": "0"}
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c",
                           _CHILD, str(count), blind], env=environment, capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if found is None:
        sys.exit(f"no instruction count from valgrind:\n{done.stderr}")
    # The child says how many it parsed: a blind folder may hold fewer than --docs.
    return int(found.group(1)), int(done.stdout.split()[-1])


def main() -> None:
    """Print the tree's parse cost per document in millions of instructions."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("tree", type=Path)
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--blind", default="", help="a folder of folders of .txt files (default: synthetic)")
    args = parser.parse_args()
    (busy, parsed), (idle, _) = _instructions(args.tree, args.docs, args.blind), _instructions(args.tree, 0, args.blind)
    kind = "blind" if args.blind else "synthetic"
    print(f"{args.tree} {kind}: {(busy - idle) / max(parsed, 1) / 1e6:.2f} M instructions/doc over {parsed} documents")


if __name__ == "__main__":
    main()
