"""Write the confidence calibration from scored real text.

    python tests/calibrate.py --gold DIR [DIR ...]

Scores the folders (see score.py), counts for each evidence class how many quotes it decided
and how many had the right speaker, and writes tui/critmin_tui/corpus/calibration.json. Then it
prints each class's level and the accuracy and share of each level on the same folders: run
score.py on a batch never seen to check the calibration holds.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tui"))
sys.path.insert(0, str(ROOT))

from critmin_tui.corpus import calibration  # noqa: E402
from tests.score import run  # noqa: E402

TABLE = ROOT / "tui" / "critmin_tui" / "corpus" / "calibration.json"


def main() -> None:
    """Calibrate on the folders given."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", nargs="+", type=Path, required=True)
    parser.add_argument("--note", default="", help="how the folders were chosen, kept in the table")
    args = parser.parse_args()
    quotes, _, _ = run(args.gold)
    keys = {key: {"seen": quotes.class_seen[key], "right": quotes.class_right[key]}
            for key in sorted(quotes.class_seen)}
    TABLE.write_text(json.dumps({"note": args.note, "folders": [p.name for p in args.gold], "keys": keys},
                                indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    calibration.reload()  # the table was just rewritten
    levels = calibration.levels()
    for key, row in keys.items():
        print(f"{row['right']:4}/{row['seen']:<4} {levels[key].value:7} {key}")


if __name__ == "__main__":
    main()
