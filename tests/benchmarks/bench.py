"""Parsing, search and export at scale, measured in one run on a deterministic synthetic corpus.

    python tests/benchmarks/bench.py --docs 10000 [--workers N] [--repeat 3] [--trees OLD NEW] [--no-export]
    python tests/benchmarks/bench.py --docs 50000 --no-export --trees /work/main .

Every figure but the parse rate is taken in a child process, as a user meets it, with its own
cache folder (XDG_CACHE_HOME): parsed_cold_s (load_corpus with no cache, until the corpus is
returned, every document parsed), parsed_cold_exit_s (the same child until it exits: what is
written after the corpus is returned, such as the snapshot, included), export_cold_s and
export_warm_s (``critmin-tui export`` to a file with no cache, then again; the interpreter's
start included), export_peak_rss_mb (the larger of the two exports' peak resident memory, from
wait4: the export process or its largest worker; this process holds nothing large, as Linux
counts a parent's size before the child started), parse_docs_per_s_per_core (this process,
parsing serially), parsed_cold_peak_rss_mb (the cold load's peak memory), usable_cold_s and
usable_warm_s (from the child's start, interpreter
included, until the corpus is usable as the reader opens it: ``plan_opening`` as the reader
calls it, then, where it gave no corpus, the full load its progress screen makes; then every
title listed, the first document opened (parsed if need be) and one plain search answered over
the corpus; cold with an empty cache, warm with the snapshot the parsed_cold_s child left).
Textual's own start and paint are not in these (the same for every tree).

Search figures come from a child that opens the corpus again from the cache (search_reopen_s: until
one document is open), searches as the reader does (derive.search_index over the listed
documents, each search in a thread as the reader's worker runs it) and reports: scan_miss_p95_ms
(plain searches with no match right after opening, while the trigram index is being built: a
scan), index_build_s (until that index is ready; 0 for a tree without one), regex_search_ms and
regex_search_p95_ms (median and p95 of a few regex searches), search_ms and search_p95_ms (plain
searches as typed, a word's prefixes letter by letter, with and without capitals, and misses),
search_miss_ms and search_miss_p95_ms (the misses alone), search_peak_rss_mb (that child's peak
memory: the corpus held for search, and its index being built). The regex and typed searches
start once the no-case fold's index is ready; the case-kept fold's is then still being built
(some seconds at 10,000 documents), as it is for a user who types in the first seconds after a
first search: its building waits while a search runs (held.py's Quiet), and these figures
include what is left of that cost.

Each tree's modules are compiled once before anything is timed, their bytecode kept in the run's
scratch folder (PYTHONPYCACHEPREFIX; PYTHONDONTWRITEBYTECODE is dropped for the children): an
installed package has its bytecode, so every child, as a user's start, reads it rather than
compiling each module again (a tenth of a second or more at each start).

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
from critmin_tui.corpus import Query, load_corpus
from critmin_tui.opening import plan_opening
from critmin_tui.reader.derive import search_index
paths = [Path(sys.argv[1])]
opening = plan_opening(paths, True)
readable = getattr(opening, "readable", None)  # a tree that predates the staged opening has none
corpus = opening.saved or (readable.corpus if readable is not None else None)
if corpus is None:
    corpus = load_corpus(paths, cache=opening.cache)  # what the reader's progress screen waits for
titles = [summary.title for summary in corpus.summaries]
opened = corpus.documents[0]
found = search_index(corpus, list(range(len(titles)))).search(Query("pati maori"))
usable = time.time() - float(sys.argv[2])
print(json.dumps({"seconds": usable, "documents": len(titles), "quotes": len(opened.quotes), "matches": len(found)}))
sys.stdout.flush()
os._exit(0)  # the reader would parse on behind the list: that is not what is timed
"""
_SEARCH = """
import json, resource, statistics, sys, threading, time
from pathlib import Path
from critmin_tui.corpus import PARSER_VERSION, ParseCache, Query, load_corpus
from critmin_tui.reader.derive import search_index
TYPED = [w[:n] for w in ("Māori", "lithium", "negotiations", "Taranaki", "vanadium", "Whaanga", "Minister for")
         for n in range(1, len(w) + 1)]
MISSES = ["qqxzqqxz", "zebra crossing", "Xylophone", "Ōtautahi", "unrelated phrase", "QZX", "mining quokka"]
REGEXES = [r"M.ori", r"lith\\w+", r"s9\\(2\\)\\([a-z]\\)", r"Taranaki|vanadium", r"qz\\d{3}",
           r"(?i)critical\\s+minerals"]
def p95(values):
    return sorted(values)[max(0, -(-len(values) * 95 // 100) - 1)]
def timed(work):
    out = []
    started = time.perf_counter()
    thread = threading.Thread(target=lambda: out.append(work()))  # as the reader's search worker runs it
    thread.start()
    thread.join()
    return (time.perf_counter() - started) * 1000
started = time.perf_counter()
corpus = load_corpus([Path(sys.argv[1])], cache=ParseCache(Path(sys.argv[2]), PARSER_VERSION))
listed = [i for i, s in enumerate(corpus.summaries) if s.version_of is None]
corpus.documents[len(listed) // 2].blocks  # the pane opens a document
usable = time.perf_counter() - started
def plain(queries):
    return [timed(lambda q=q: search_index(corpus, listed).search(Query(q))) for q in queries]
start = getattr(corpus.folds, "start_index", None)
if start is not None:  # as the reader's idle start would (a tree that predates it starts it in search_index)
    start()
scan = plain(MISSES)  # at once, as a user who searches first: the index (if any) is being built
index_started = time.perf_counter()
if start is not None:
    start().wait()
index_s = time.perf_counter() - index_started
regex = [timed(lambda p=p: search_index(corpus, listed).search(Query(p, regex=True))) for p in REGEXES]
hits, misses = plain(TYPED), plain(MISSES * 3)
print(json.dumps({"search_reopen_s": usable, "scan_miss_p95_ms": p95(scan), "index_build_s": index_s,
                  "regex_search_ms": statistics.median(regex), "regex_search_p95_ms": p95(regex),
                  "search_ms": statistics.median(hits + misses), "search_p95_ms": p95(hits + misses),
                  "search_miss_ms": statistics.median(misses), "search_miss_p95_ms": p95(misses),
                  "search_peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
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


def _once(tree: Path, folder: Path, scratch: Path, workers: int | None, exporting: bool) -> dict[str, float]:
    """One repetition's figures for one tree."""
    with tempfile.TemporaryDirectory(dir=scratch) as home:
        cache = Path(home, "critmin-tui", "parsed")
        out = Path(home, "out")
        environment = _environment(tree, Path(home), workers)
        usable_cold = _usable(tree, folder, Path(home), workers)
        shutil.rmtree(cache, ignore_errors=True)  # the cold parse starts from nothing, as before
        exit_s, load_rss = _run([sys.executable, "-c", _LOAD, str(folder), str(cache)], environment, out)
        parsed = json.loads(out.read_text(encoding="utf-8"))["seconds"]
        usable_warm = _usable(tree, folder, Path(home), workers)
        _run([sys.executable, "-c", _SEARCH, str(folder), str(cache)], environment, out)
        searched = json.loads(out.read_text(encoding="utf-8"))
    figures = {"parsed_cold_s": parsed, "parsed_cold_exit_s": exit_s, "parsed_cold_peak_rss_mb": load_rss,
               "usable_cold_s": usable_cold, "usable_warm_s": usable_warm, **searched}
    if not exporting:
        return figures
    with tempfile.TemporaryDirectory(dir=scratch) as home:
        environment = _environment(tree, Path(home), workers)
        export = [sys.executable, "-m", "critmin_tui", "export", str(folder)]
        cold, cold_rss = _run(export, environment, Path(home, "cold.json"))
        warm, warm_rss = _run(export, environment, Path(home, "warm.json"))
        _check(Path(home, "warm.json"), environment)
    return figures | {"export_cold_s": cold, "export_warm_s": warm, "export_peak_rss_mb": max(cold_rss, warm_rss)}


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
    parser.add_argument("--no-export", action="store_true", help="skip the export figures (a large corpus's take long)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch, "corpus")
        _compile(args.trees, Path(scratch, "bytecode"))
        size = write_corpus(folder, args.docs)
        print(f"generated {args.docs} documents, {size / 1e6:.1f} MB", file=sys.stderr, flush=True)
        runs: dict[Path, list[dict[str, float]]] = {tree: [] for tree in args.trees}
        for repetition in range(args.repeat):
            for tree in args.trees:
                figures = _once(tree.resolve(), folder, Path(scratch), args.workers, not args.no_export)
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
        print(json.dumps({f"{name}_ratio": round(new[name] / old[name], 2) for name in old if old[name]}))


def _compile(trees: list[Path], bytecode: Path) -> None:
    """Compile each tree's modules into ``bytecode``, where every child then reads them."""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(bytecode)  # the children's environment is this one's
    for tree in trees:
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(tree.resolve() / "tui")], check=True,
                       stdout=subprocess.DEVNULL)


def _medians(measured: list[dict[str, float]]) -> dict[str, float]:
    return {name: round(statistics.median(figures[name] for figures in measured), 2) for name in measured[0]}

if __name__ == "__main__":
    main()
