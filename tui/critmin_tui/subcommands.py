"""The subcommands: quotes, redactions, search, export and speakers, written to stdout."""

from __future__ import annotations

import argparse
import sys
from bisect import bisect_right
from pathlib import Path
from typing import Any, TextIO

from .corpus import Corpus, ParseCache, Query, SearchError, find_all, fold, load_corpus, one_line
from .corpus.records import corpus_record, quote_record, redaction_record
from .output import render, to_json

EXIT_OK, EXIT_NOTHING_READ, EXIT_USAGE = 0, 2, 2
_QUOTE_COLUMNS = ("document", "paragraph", "start", "end", "speaker", "role", "kind", "quotation", "text")
_REDACTION_COLUMNS = ("document", "paragraph", "start", "end", "marker", "label", "section", "ground", "kind")
_SEARCH_COLUMNS = ("document", "paragraph", "start", "end", "text", "context")


def run_command(args: argparse.Namespace, paths: list[Path], cache: ParseCache | None) -> int:
    """Read the corpus, run the subcommand, write its output; return the exit status."""
    corpus = _load(paths, sys.stderr, cache)
    if not corpus.documents:
        return EXIT_NOTHING_READ
    reported = len(cache.warnings) if cache else 0
    try:
        sys.stdout.write(_run(args, corpus))
    except SearchError as error:
        print(f"critmin-tui: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        pass
    finally:
        # A warm start loads documents only now, from the parse cache: what it repaired is said here.
        for warning in cache.warnings[reported:] if cache else ():
            sys.stderr.write(one_line(f"critmin-tui: warning: (parse cache): {warning}") + "\n")
    return EXIT_OK


def _load(paths: list[Path], err: TextIO, cache: ParseCache | None) -> Corpus:
    show_progress = err.isatty()

    def progress(done: int, total: int) -> None:
        if show_progress and (done == total or done % 50 == 0):
            err.write(f"\rreading {done}/{total} documents…")
            if done == total:
                err.write("\n")

    corpus = load_corpus(paths, progress, cache)
    for problem in corpus.problems:
        verb = "skipped" if problem.fatal else "warning"
        err.write(one_line(f"critmin-tui: {verb}: {problem.path}: {problem.message}") + "\n")
    if not corpus.documents:
        err.write("critmin-tui: no document could be read\n")
    return corpus


def _run(args: argparse.Namespace, corpus: Corpus) -> str:
    if args.command == "quotes":
        return _quotes(corpus, args.speaker, args.format)
    if args.command == "redactions":
        rows = [redaction_record(d, r) for d in corpus.documents for r in d.redactions]
        return render(rows, _REDACTION_COLUMNS, args.format, _redaction_line)
    if args.command == "search":
        return _search(corpus, Query(args.query, args.regex, args.case_sensitive), args.format)
    if args.command == "speakers":
        rows = [{"name": s.name, "role": s.role, "org": s.org, "quotes": s.quote_count,
                 "reported": s.reported_count} for s in corpus.speakers]
        return render(rows, ("name", "role", "org", "quotes", "reported"), args.format, _speaker_line)
    if args.format != "json":
        raise SearchError("export writes JSON only: use --format json")
    return to_json(corpus_record(corpus)) + "\n"


def _quotes(corpus: Corpus, speaker: str | None, fmt: str) -> str:
    wanted = corpus.speaker(speaker) if speaker else None
    if speaker and wanted is None:
        raise SearchError(f"no speaker named {speaker!r}")
    rows = [
        quote_record(d, q)
        for d in corpus.documents
        for q in d.quotes
        if wanted is None or q.speaker == wanted.name
    ]
    return render(rows, _QUOTE_COLUMNS, fmt, _quote_line)


def _search(corpus: Corpus, query: Query, fmt: str) -> str:
    if not query.regex and not fold(query.text, query.keeps_case).text:
        raise SearchError(f"nothing to search for: {query.text!a} is only accents or marks, which searching ignores")
    rows: list[dict[str, Any]] = []
    for document in corpus.documents:
        starts = [b.start for b in document.blocks]  # in order: each match's paragraph is a bisection
        for start, end in find_all(document.text, query):
            at = bisect_right(starts, start) - 1
            block = at if at >= 0 and start < document.blocks[at].end else -1
            context = document.text[max(0, start - 40):end + 40]
            rows.append({"document": document.name, "paragraph": block + 1, "start": start, "end": end,
                         "text": document.text[start:end], "context": " ".join(context.split())})
    return render(rows, _SEARCH_COLUMNS, fmt, lambda r: f"{r['document']} ¶{r['paragraph']}: …{r['context']}…")


def _quote_line(row: dict[str, Any]) -> str:
    who = row["speaker"] or "(no speaker)"
    return one_line(f"{row['document']} ¶{row['paragraph']} {who} [{row['kind']}]: \u201c{row['text']}\u201d")


def _redaction_line(row: dict[str, Any]) -> str:
    label = " — ".join(str(p) for p in (row["label"], row["section"]) if p) or "unlabelled"
    return one_line(f"{row['document']} ¶{row['paragraph']} {row['marker']}  {label}: {row['ground'] or row['kind']}")


def _speaker_line(row: dict[str, Any]) -> str:
    role = ", ".join(p for p in (row["role"], row["org"]) if p)
    return one_line(f"{row['name']} ({role or 'no role given'}): {row['quotes']} quotes, {row['reported']} reported")
