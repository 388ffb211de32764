"""First paint in a real terminal: critmin-tui against a minimal Textual app, in one run.

    python tests/benchmarks/first_paint.py [--runs 7]

Each program is launched in a fresh tmux session (100×30); the pane is polled every 10 ms until
the expected text shows: the first document's opening (first paint), and for the
reader_ready cases the main screen's panes, which replace that first frame. Runs are
interleaved; medians are printed, with ratios to the minimal app, then one JSON object.
Needs tmux.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = "from textual.app import App\nfrom textual.widgets import Static\n\n" \
          "class Minimal(App):\n    def compose(self):\n        yield Static('minimal app ready')\n\nMinimal().run()\n"


def _one_mb_article(folder: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    import random

    from tests.benchmarks.synth import article

    text = article(random.Random(3), 1_000_000)
    path = folder / "one-mb.txt"
    path.write_text("One megabyte article\n\n" + text, encoding="utf-8")
    return path


def _prime_cache(cache_home: Path, big: Path) -> None:
    """Open the bundled corpus and the 1 MB article once, as a first start would, filling the cache."""
    script = ("import sys; from pathlib import Path; from critmin_tui.opening import make_cache; "
              "from critmin_tui.corpus import bundled_corpus, load_corpus; "
              "[load_corpus([p], cache=make_cache(True)) for p in (bundled_corpus(), Path(sys.argv[1]))]")
    environment = {**os.environ, "XDG_CACHE_HOME": str(cache_home)}
    subprocess.run([sys.executable, "-c", script, str(big)], check=True, env=environment)


def _paint_seconds(command: str, expect: str) -> float:
    session = f"paint{time.monotonic_ns()}"
    started = time.perf_counter()
    subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "100", "-y", "30", command], check=True)
    try:
        while time.perf_counter() - started < 60:
            screen = subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True,
                                    text=True, check=False).stdout
            if expect in screen:
                return time.perf_counter() - started
            time.sleep(0.01)
        raise TimeoutError(f"{expect!r} never showed for {command}")
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], check=False, capture_output=True)


def main() -> None:
    """Measure and print."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    python = shlex.quote(sys.executable)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        (folder / "minimal.py").write_text(MINIMAL, encoding="utf-8")
        big = _one_mb_article(folder)
        warm = f"env XDG_CACHE_HOME={shlex.quote(str(folder / 'cache'))}"
        _prime_cache(folder / "cache", big)
        cases = {
            "minimal_textual": (f"{python} {folder / 'minimal.py'}", "minimal app ready"),
            # Cold: no cache, everything parsed at start-up (a first start).
            "critmin_bundled": (f"env CRITMIN_TUI_NO_CACHE=1 {python} -m critmin_tui", "Opposition parties are"),
            "critmin_1mb_article": (f"env CRITMIN_TUI_NO_CACHE=1 {python} -m critmin_tui {big}", "One megabyte"),
            # Warm: a later start, with the parse cache and the corpus snapshot.
            "critmin_bundled_warm": (f"{warm} {python} -m critmin_tui", "Opposition parties are"),
            "critmin_1mb_article_warm": (f"{warm} {python} -m critmin_tui {big}", "One megabyte"),
            # Not first paint: the full reader (panes and keys) replacing the first frame.
            "reader_ready_bundled": (f"env CRITMIN_TUI_NO_CACHE=1 {python} -m critmin_tui", "Documents"),
            "reader_ready_bundled_warm": (f"{warm} {python} -m critmin_tui", "Documents"),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        # A session that outlives the measured ones: otherwise tmux's server exits between runs.
        subprocess.run(["tmux", "new-session", "-d", "-s", "paint-holder"], check=True)
        try:
            for _ in range(args.runs):
                for name, (command, expect) in cases.items():
                    times[name].append(_paint_seconds(command, expect))
        finally:
            subprocess.run(["tmux", "kill-session", "-t", "paint-holder"], check=False)
    medians = {name: statistics.median(values) for name, values in times.items()}
    base = medians["minimal_textual"]
    for name, value in medians.items():
        print(f"{name:22} median {value * 1000:6.0f} ms   ×{value / base:.2f} of the minimal app")
    print(json.dumps({name: round(value * 1000) for name, value in medians.items()} |
                     {"ratio_bundled": round(medians["critmin_bundled"] / base, 2),
                      "ratio_1mb": round(medians["critmin_1mb_article"] / base, 2),
                      "ratio_bundled_warm": round(medians["critmin_bundled_warm"] / base, 2),
                      "ratio_1mb_warm": round(medians["critmin_1mb_article_warm"] / base, 2)}))


if __name__ == "__main__":
    main()
