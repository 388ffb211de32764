"""Write the confidence calibration from scored real text, batch by batch, and check it held out.

    python tests/calibrate.py --gold DIR [DIR ...] [--note TEXT]
    python tests/calibrate.py --gold DIR [DIR ...] --check     # the held-out check only, table untouched

Each folder is a batch of real text, scored (see score.py): its counts per evidence class (how many
quotes the class decided, how many of them had the right speaker) replace that batch's row in
calibration.json; the table's other batches are kept (earlier blind batches whose text is not in the
repository), and the levels come from the sum over all batches (see calibration.py).

Leave-one-batch-out: each folder given is checked against levels computed from the *other* batches
only, and the accuracy and share of its sure, likely and unsure quotes printed: what ``sure`` means on
a batch the table never saw. A cueless quotation decided by the ranker has the level its probability
gives (thresholds from train_ranker.py's own held-out parses), so ranker classes are never counted here.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tui"))
sys.path.insert(0, str(ROOT))

from critmin_tui.corpus import calibration  # noqa: E402
from critmin_tui.corpus.model import Confidence  # noqa: E402
from tests.score import Tally, run  # noqa: E402

TABLE = ROOT / "tui" / "critmin_tui" / "corpus" / "calibration.json"
Rows = dict[str, dict[str, int]]


def counts(quotes: Tally) -> Rows:
    """A scored batch's counts by evidence class (the ranker's classes left out)."""
    return {key: {"seen": quotes.class_seen[key], "right": quotes.class_right[key]}
            for key in sorted(quotes.class_seen) if not key.startswith(calibration.RANKER_FAMILY + " /")}


def summed(batches: dict[str, Rows]) -> Rows:
    """The counts of several batches added up, class by class."""
    total: dict[str, Counter[str]] = {}
    for rows in batches.values():
        for key, row in rows.items():
            total.setdefault(key, Counter()).update(row)
    return {key: {"seen": row["seen"], "right": row["right"]} for key, row in sorted(total.items())}


def held_out(name: str, quotes: Tally, others: dict[str, Rows]) -> str:
    """A batch's accuracy and share by level, its levels taken from the other batches only."""
    levels = calibration.levels_from(summed(others))
    seen: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for key, n in quotes.class_seen.items():
        family, _, rest = key.partition(" / ")
        level = rest if family == calibration.RANKER_FAMILY else levels.get(key, Confidence.UNSURE).value
        seen[level] += n
        right[level] += quotes.class_right[key]
    total = sum(seen.values()) or 1
    parts = [f"{level} {right[level]}/{seen[level]} = {right[level] / seen[level]:.3f} "
             f"(share {seen[level] / total:.2f})" for level in ("sure", "likely", "unsure") if seen[level]]
    return f"{name} held out (levels from {', '.join(sorted(others)) or 'nothing'}): " + "; ".join(parts)


def main() -> None:
    """Calibrate on the folders given, keeping the table's other batches; check each folder held out."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", nargs="+", type=Path, required=True)
    parser.add_argument("--note", default="", help="how the folders were chosen, kept in the table")
    parser.add_argument("--check", action="store_true", help="only the held-out check; leave the table as it is")
    args = parser.parse_args()
    table = json.loads(TABLE.read_text(encoding="utf-8"))
    batches: dict[str, Rows] = table.get("batches") or {"+".join(table.get("folders", [])): table["keys"]}
    scored = {folder.name: run([folder])[0] for folder in args.gold}
    for name, quotes in scored.items():
        print(held_out(name, quotes, {other: rows for other, rows in batches.items() if other != name}))
    if args.check:
        return
    batches.update({name: counts(quotes) for name, quotes in scored.items()})
    keys = summed(batches)
    note = args.note or table.get("note", "")
    TABLE.write_text(json.dumps({"note": note, "folders": sorted(batches), "batches": batches, "keys": keys},
                                indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    calibration.reload()  # the table was just rewritten
    levels = calibration.levels()
    for key, row in keys.items():
        print(f"{row['right']:4}/{row['seen']:<4} {levels[key].value:7} {key}")


if __name__ == "__main__":
    main()
