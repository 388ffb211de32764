"""Performance at scale, measured in one run on a deterministic synthetic corpus.

    python tests/benchmarks/bench.py --docs 10000

Prints progress lines, then as its last line one JSON object: docs, bytes, open_cold_s (parse
everything, no cache), open_warm_s (a second start, from the parse cache), search_p50_ms and
search_p95_ms (50 incremental queries: each keystroke of accented and plain words, corpus-wide,
accent-insensitive, as the reader runs them), filter_ms (a speaker filter until its first screen
is laid out, as the reader shows it; the rest is laid out after, in a thread), peak_rss_mb,
parse_docs_per_s (one core).
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "tui"), str(ROOT)]

from critmin_tui.corpus import PARSER_VERSION, ParseCache, Query, SearchIndex, load_corpus  # noqa: E402
from critmin_tui.reader.views import FIRST_QUOTES, quotes_layout  # noqa: E402
from tests.benchmarks.synth import write_corpus  # noqa: E402

WORDS = ("Māori", "lithium", "negotiations", "Taranaki", "Pāti", "vanadium", "transparency", "Whaanga")


def _queries() -> list[str]:
    """Each keystroke of each word: "M", "Mā", "Māo", ... (50 in all)."""
    typed = [word[:n] for word in WORDS for n in range(1, len(word) + 1)]
    return typed[:50]


def main() -> None:
    """Generate, measure, print."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder, cache_dir = Path(scratch, "corpus"), Path(scratch, "cache")
        size = write_corpus(folder, args.docs)
        print(f"generated {args.docs} documents, {size / 1e6:.1f} MB", file=sys.stderr, flush=True)

        started = time.perf_counter()
        corpus = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
        cold = time.perf_counter() - started
        count = len(corpus.summaries)
        texts = [d.text for d in corpus.documents[:500]]  # for the parse rate, below
        del corpus  # a second start is another process: the first one's corpus is gone
        print(f"cold open {cold:.2f} s (parsing, writing the cache)", file=sys.stderr, flush=True)

        started = time.perf_counter()
        corpus = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
        warm = time.perf_counter() - started
        assert len(corpus.summaries) == count
        print(f"warm open {warm:.2f} s", file=sys.stderr, flush=True)

        # As the reader does: listed documents, the corpus's joined folds, a cap on matches.
        primaries = [i for i, s in enumerate(corpus.summaries) if s.version_of is None]
        folds = corpus.folds
        assert folds is not None
        index = SearchIndex(lambda keep: folds[keep], lambda doc: corpus.documents[doc].text, primaries)
        latencies = []
        for query in _queries():
            started = time.perf_counter()
            index.search(Query(query))
            latencies.append((time.perf_counter() - started) * 1000)
        p95 = sorted(latencies)[int(len(latencies) * 0.95) - 1]

        # As the reader does: the quotes from the summaries, a first screenful laid out before the
        # frame (filter_ms), the rest in a thread (printed, not in the JSON).
        speaker = corpus.speakers[0].name
        started = time.perf_counter()
        entries = [(i, start, end) for i in primaries
                   for start, end, who in corpus.summaries[i].quotes if who == speaker]
        quotes_layout(corpus, entries, 100, limit=FIRST_QUOTES)
        filter_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        quotes_layout(corpus, entries, 100)
        print(f"speaker filter: first screen {filter_ms:.0f} ms; all {len(entries)} quotes laid out in "
              f"{(time.perf_counter() - started) * 1000:.0f} ms more (in a thread, in the reader)",
              file=sys.stderr, flush=True)

        from critmin_tui.corpus import parse_text

        started = time.perf_counter()
        for number, text in enumerate(texts):
            parse_text(f"{number}.txt", text)
        per_s = len(texts) / (time.perf_counter() - started)

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "docs": args.docs, "bytes": size, "open_cold_s": round(cold, 2), "open_warm_s": round(warm, 2),
        "search_p50_ms": round(statistics.median(latencies), 1), "search_p95_ms": round(p95, 1),
        "filter_ms": round(filter_ms, 1), "peak_rss_mb": round(peak), "parse_docs_per_s": round(per_s),
    }))


if __name__ == "__main__":
    main()
