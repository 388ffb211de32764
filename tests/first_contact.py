"""Record a blind batch's first contact in the calibration table, from the commit it was first scored at.

    python tests/first_contact.py BATCH_DIR COMMIT [BATCH_DIR COMMIT ...]
    python tests/first_contact.py --check      # each batch held out: its levels from the other batches only

A batch is scored once, before any rule changes for it (see the README on blind batches); the commit
of that score is named in its results file. This script checks that commit out in a temporary
worktree, runs its own score.py on the batch with ``--counts``, and keeps the per-rule counts under
``first_contact`` in calibration.json, where calibration.py takes the levels from them. Re-running a
batch replaces its row. The batch's text stays outside the repository; only counts are kept.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tui"))

from critmin_tui.corpus import calibration  # noqa: E402
from critmin_tui.corpus.model import Confidence  # noqa: E402

TABLE = ROOT / "tui" / "critmin_tui" / "corpus" / "calibration.json"
Rows = dict[str, dict[str, int]]


# Run inside the old tree: its own score.py, its own classes (the ranker's by the level it gave).
_COUNT = """
import json, sys
from pathlib import Path
from tests.score import run
quotes = run([Path(sys.argv[1])])[0]
rows = {key: {"seen": quotes.class_seen[key], "right": quotes.class_right[key]} for key in sorted(quotes.class_seen)}
Path(sys.argv[2]).write_text(json.dumps(rows))
"""


def counts_at(commit: str, batch: Path) -> Rows:
    """The counts by evidence class of ``batch`` scored by the rules of ``commit``."""
    with tempfile.TemporaryDirectory() as scratch:
        tree = Path(scratch) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), commit], check=True)
        try:
            out = Path(scratch) / "counts.json"
            env = {"PYTHONPATH": f"{tree / 'tui'}:{tree}", "PATH": "/usr/bin:/bin"}
            subprocess.run([sys.executable, "-c", _COUNT, str(batch), str(out)],
                           cwd=tree, env=env, check=True, stdout=subprocess.DEVNULL)
            rows: Rows = json.loads(out.read_text(encoding="utf-8"))
            return rows
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)


def held_out(batches: dict[str, dict[str, Any]]) -> list[str]:
    """Each batch's right/seen by level, its levels taken from the other batches' first contact only."""
    lines = []
    for name, batch in batches.items():
        others = {other: row for other, row in batches.items() if other != name}
        levels = calibration.levels_from(calibration.blind_counts(others))
        seen: Counter[str] = Counter()
        right: Counter[str] = Counter()
        for key, row in calibration.blind_counts({name: batch}).items():
            level = levels.get(key, Confidence.UNSURE).value
            seen[level] += row["seen"]
            right[level] += row["right"]
        total = sum(seen.values()) or 1
        parts = [f"{level} {right[level]}/{seen[level]} (share {seen[level] / total:.2f})"
                 for level in ("sure", "likely", "unsure") if seen[level]]
        lines.append(f"{name}: " + "; ".join(parts))
    return lines


def main() -> None:
    """Score each batch at its commit and keep its counts; print the held-out check and the levels."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("pairs", nargs="*", help="BATCH_DIR COMMIT, repeated")
    parser.add_argument("--check", action="store_true", help="only print the held-out check and the levels")
    args = parser.parse_args()
    if len(args.pairs) % 2:
        parser.error("give a commit after each batch folder")
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    blind = table.setdefault(calibration.FIRST_CONTACT, {})
    for folder, commit in zip(args.pairs[::2], args.pairs[1::2], strict=True):
        batch = Path(folder).resolve()
        blind[batch.name] = {"commit": commit, "classes": counts_at(commit, batch)}
    if args.pairs and not args.check:
        TABLE.write_text(json.dumps(table, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        calibration.reload()
    print("\n".join(held_out(blind)))
    levels = calibration.levels()
    for key, row in calibration.blind_counts(blind).items():
        print(f"{row['right']:4}/{row['seen']:<4} {row['right'] / row['seen']:.3f} {levels[key].value:7} {key}")


if __name__ == "__main__":
    main()
