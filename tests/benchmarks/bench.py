"""Parsing and export at scale, measured in one run on a deterministic synthetic corpus.

    python tests/benchmarks/bench.py --docs 10000 [--workers N] [--repeat 3] [--trees OLD NEW]

Every figure but the parse rate is taken in a child process, as a user meets it, with its own
cache folder (XDG_CACHE_HOME): parsed_cold_s (load_corpus with no cache, until the corpus is
returned, every document parsed), parsed_cold_exit_s (the same child until it exits: what is
written after the corpus is returned, such as the snapshot, included), export_cold_s and
export_warm_s (``critmin-tui export`` to a file with no cache, then again; the interpreter's
start included), export_peak_rss_mb (the larger of the two exports' peak resident memory, from
wait4: the export process or its largest worker; this process holds nothing large, as Linux
counts a parent's size before the child started), parse_docs_per_s_per_core (this process,
parsing serially), usable_cold_s and usable_warm_s (from the child's start, interpreter
included, until the corpus is usable as the reader opens it: ``plan_opening`` as the reader
calls it, then, where it gave no corpus, the full load its progress screen makes; then every
title listed, the first document opened (parsed if need be) and one plain search answered over
the corpus; cold with an empty cache, warm with the snapshot the parsed_cold_s child left).
Textual's own start and paint are not in these (the same for every tree).

``--workers N`` sets CRITMIN_TUI_WORKERS (a tree that predates it sizes its own pool).
``--trees`` measures other checkouts too (each a folder holding ``tui/critmin_tui``), taking
turns at each repetition so that a noisy machine weighs on all alike: one JSON object per tree
is printed, then, for two trees, the ratios of the second to the first. Figures are medians of
``--repeat`` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT)]

from tests.benchmarks.synth import write_corpus  # noqa: E402

_LOAD = """
import json, sys, time
from pathlib import Path
from critmin_tui.corpus import PARSER_VERSION, ParseCache, load_corpus
started = time.perf_counter()
corpus = load_corpus([Path(sys.argv[1])], cache=ParseCache(Path(sys.argv[2]), PARSER_VERSION))
print(json.dumps({"seconds": time.perf_counter() - started, "documents": len(corpus.summaries)}))
"""
_USABLE = """
import json, os, sys, time
from pathlib import Path
from critmin_tui.corpus import Query, SearchIndex, load_corpus
from critmin_tui.opening import plan_opening
paths = [Path(sys.argv[1])]
opening = plan_opening(paths, True)
readable = getattr(opening, "readable", None)  # a tree that predates the staged opening has none
corpus = opening.saved or (readable.corpus if readable is not None else None)
if corpus is None:
    corpus = load_corpus(paths, cache=opening.cache)  # what the reader's progress screen waits for
titles = [summary.title for summary in corpus.summaries]
opened = corpus.documents[0]
folds = corpus.folds
index = SearchIndex(lambda keep_case: folds[keep_case], lambda doc: corpus.documents[doc].text, range(len(titles)))
found = index.search(Query("pati maori"))
usable = time.time() - float(sys.argv[2])
print(json.dumps({"seconds": usable, "documents": len(titles), "quotes": len(opened.quotes), "matches": len(found)}))
sys.stdout.flush()
os._exit(0)  # the reader would parse on behind the list: that is not what is timed
"""
_PARSE = """
import sys, time
from pathlib import Path
from critmin_tui.corpus import parse_text
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt"))[:int(sys.argv[2])]]
started = time.perf_counter()
for number, text in enumerate(texts):
    parse_text(f"{number}.txt", text)
print(len(texts) / (time.perf_counter() - started))
"""


def _environment(tree: Path, cache_home: Path, workers: int | None) -> dict[str, str]:
    environment = {**os.environ, "PYTHONPATH": str(tree / "tui"), "XDG_CACHE_HOME": str(cache_home)}
    if workers is not None:
        environment["CRITMIN_TUI_WORKERS"] = str(workers)
    return environment


def _run(command: list[str], environment: dict[str, str], out: Path) -> tuple[float, float]:
    """Run a child to its end, its output to ``out``: its wall time (s) and peak memory (MB)."""
    started = time.perf_counter()
    with out.open("wb") as stream:
        child = subprocess.Popen(command, env=environment, stdout=stream, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}… failed with status {child.returncode}")
    return seconds, usage.ru_maxrss / 1024


def _once(tree: Path, folder: Path, scratch: Path, workers: int | None) -> dict[str, float]:
    """One repetition's figures for one tree."""
    with tempfile.TemporaryDirectory(dir=scratch) as home:
        cache = Path(home, "critmin-tui", "parsed")
        out = Path(home, "out")
        usable_cold = _usable(tree, folder, Path(home), workers)
        shutil.rmtree(cache, ignore_errors=True)  # the cold parse starts from nothing, as before
        exit_s, _ = _run([sys.executable, "-c", _LOAD, str(folder), str(cache)],
                         _environment(tree, Path(home), workers), out)
        parsed = json.loads(out.read_text(encoding="utf-8"))["seconds"]
        usable_warm = _usable(tree, folder, Path(home), workers)
    with tempfile.TemporaryDirectory(dir=scratch) as home:
        environment = _environment(tree, Path(home), workers)
        export = [sys.executable, "-m", "critmin_tui", "export", str(folder)]
        cold, cold_rss = _run(export, environment, Path(home, "cold.json"))
        warm, warm_rss = _run(export, environment, Path(home, "warm.json"))
        _check(Path(home, "warm.json"), environment)
    return {"parsed_cold_s": parsed, "parsed_cold_exit_s": exit_s, "export_cold_s": cold, "export_warm_s": warm,
            "export_peak_rss_mb": max(cold_rss, warm_rss), "usable_cold_s": usable_cold, "usable_warm_s": usable_warm}


def _usable(tree: Path, folder: Path, home: Path, workers: int | None) -> float:
    """Seconds from a child's start until the corpus is usable as the reader opens it."""
    out = home / "usable"
    _run([sys.executable, "-c", _USABLE, str(folder), repr(time.time())], _environment(tree, home, workers), out)
    figures = json.loads(out.read_text(encoding="utf-8"))
    if not figures["documents"] or not figures["matches"]:
        raise SystemExit(f"{tree}: the usable corpus lists or finds nothing: {figures}")
    return float(figures["seconds"])


def _check(exported: Path, environment: dict[str, str]) -> None:
    """Valid JSON, or the figures mean nothing: checked in a child, as this process must stay
    small (a child's peak memory counts the size of its parent before it started). An output
    over 300 MB is not checked: loading it whole would take gigabytes."""
    if exported.stat().st_size <= 300 * 2**20:
        _run([sys.executable, "-m", "json.tool", str(exported)], environment, Path(os.devnull))


def _parse_rate(tree: Path, folder: Path, scratch: Path, count: int) -> float:
    out = scratch / "rate"
    _run([sys.executable, "-c", _PARSE, str(folder), str(count)], _environment(tree, scratch, None), out)
    return float(out.read_text(encoding="utf-8"))


def main() -> None:
    """Generate, measure, print."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=None, help="worker processes (default: one per core)")
    parser.add_argument("--repeat", type=int, default=1, help="repetitions: each figure is their median")
    parser.add_argument("--trees", type=Path, nargs="+", default=[ROOT], help="checkouts to measure (default: this)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch, "corpus")
        size = write_corpus(folder, args.docs)
        print(f"generated {args.docs} documents, {size / 1e6:.1f} MB", file=sys.stderr, flush=True)
        runs: dict[Path, list[dict[str, float]]] = {tree: [] for tree in args.trees}
        for repetition in range(args.repeat):
            for tree in args.trees:
                figures = _once(tree.resolve(), folder, Path(scratch), args.workers)
                runs[tree].append(figures)
                print(f"{tree} #{repetition + 1}: " + ", ".join(f"{k} {v:.2f}" for k, v in figures.items()),
                      file=sys.stderr, flush=True)
        medians = [_medians(measured) | {"parse_docs_per_s_per_core": round(
            _parse_rate(tree.resolve(), folder, Path(scratch), 300))} for tree, measured in runs.items()]
    for tree, figures in zip(args.trees, medians, strict=True):
        print(json.dumps({"tree": str(tree), "docs": args.docs, "bytes": size, "workers": args.workers or "cores",
                          "repeat": args.repeat, **figures}), flush=True)
    if len(medians) == 2:  # the second tree's figures over the first's
        old, new = medians
        print(json.dumps({f"{name}_ratio": round(new[name] / old[name], 2) for name in old}))


def _medians(measured: list[dict[str, float]]) -> dict[str, float]:
    return {name: round(statistics.median(figures[name] for figures in measured), 2) for name in measured[0]}

if __name__ == "__main__":
    main()
