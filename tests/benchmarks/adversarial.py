"""Parse time on adversarial inputs at 0.25, 0.5 and 1 MB: it must grow linearly.

    python tests/benchmarks/adversarial.py

Prints one line per input (median of 3 runs at each size, and the 1 MB / 0.25 MB ratio: about
4 means linear; 16 would mean quadratic), then a JSON object.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tui"))

from critmin_tui.corpus import parse_text
from critmin_tui.reader.layout import LayoutBuilder

MB = 1_000_000
INPUTS = {
    "quote-a-space": '"a ',
    "no-spaces": "a",
    "said-quotes": '"x," said Kerr. ',
    "curly-soup": "“‘”’'\" ",
    "brackets": "[[[(([REDACTED] s9(2)(a) ",
    "one-line-redactions": "Negotiations [REDACTED] ",
    "caps-run": "Aa Bb Cc Dd said ",
    "many-lines": 'He said "yes".\n',
    "abbreviations": "Ngahere Gold Limited (NGL) ",
    "paired-single-marks": "‘‘x’’ ‘‘",
    "nested-straight-quotes": '"a, "b ',
    "comma-tags": 'it was "x", she said, ',
    "from-company": "Tui Hale from Ngahere Gold says ",
    "schedule-rows": "1\t12/01/2026\tBriefing\tReleased in full s9(2)(a)\n",
    "stacked-schedule": "1\n2021-07-14\nReport\nParts withheld\n9(2)(a)\n",
    "unopened-closers": "decision,” Said ",
    "nested-after-words": '"a "b" c ',
    "unclosed-openers-in-one-sentence": "\u201cKerr ",
    "unnamed-before-a-verb": "and one senior NHS leader of the Health Council summed up ",
    "dotted-initials": "U.S. Attorney J.K. Smith KC said ",
    "asked-questions": '"Why?" she asked. ',
    "shared-surnames": "Mayor Ana Brown and Minister Hemi Brown said Brown said ",
    "datelines": "DETROIT (AP) — Police Chief Ana Moss said ",
    "role-qualifiers": '"x," says Kaimai Watch spokesperson Ana Moss and ',
    "author-possessives": "Moss' foreword for the plan ",
    "possessor-pronouns": "Among the Minister's reasons, she said ",
    "single-marks-run-on": "‘It’s ",
    "comma-role-tags": 'was "x", Resources Minister Ana Moss said, ',
}


def _median_parse(text: str) -> float:
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        document = parse_text("x.txt", text)
        builder = LayoutBuilder(80)
        for block in document.blocks[:2000]:
            builder.text(0, text, block.start, block.end, "body")
        runs.append(time.perf_counter() - started)
    return statistics.median(runs)


def main() -> None:
    """Measure every input at three sizes."""
    results = {}
    for name, unit in INPUTS.items():
        times = [_median_parse(unit * (size // len(unit))) for size in (MB // 4, MB // 2, MB)]
        results[name] = {"s_250k": round(times[0], 3), "s_500k": round(times[1], 3), "s_1m": round(times[2], 3),
                         "ratio_1m_to_250k": round(times[2] / max(times[0], 1e-9), 2)}
        print(f"{name:22} {times[0]:7.3f} s {times[1]:7.3f} s {times[2]:7.3f} s  ×{results[name]['ratio_1m_to_250k']}",
              flush=True)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
