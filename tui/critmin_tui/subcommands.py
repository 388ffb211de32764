"""The subcommands: list, quotes, redactions, grounds, search, export, speakers and corrections, written to stdout."""

from __future__ import annotations

import argparse
import sys
import time
from bisect import bisect_right
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from .corpus import Corpus, Document, ParseCache, Query, SearchError, find_all, fold, load_corpus, one_line
from .corpus.citation import long_date
from .corpus.records import list_record, page_of, problem_record, quote_record, redaction_record, speaker_record
from .output import json_line, plural, render, write_json_lines, write_json_sections

EXIT_OK, EXIT_NOTHING_READ, EXIT_USAGE = 0, 2, 2
_QUOTE_COLUMNS = ("document", "title", "outlet", "date", "page", "paragraph", "start", "end", "speaker", "role",
                  "kind", "quotation", "confidence", "decided_by", "cue", "mention", "mention_paragraph", "corrected",
                  "parser_speaker", "text")
_REDACTION_COLUMNS = ("document", "page", "paragraph", "start", "end", "marker", "label", "section", "ground", "kind",
                      "law", "agency", "recoverable")
_LIST_COLUMNS = ("document", "kind", "agency", "title", "date", "outlet", "quotes", "redactions")
_GROUND_COLUMNS = ("agency", "law", "law_name", "section", "ground", "count", "documents")
_CORRECTION_COLUMNS = ("document", "page", "paragraph", "start", "end", "text", "speaker", "scare", "parser_speaker",
                       "status", "reason", "when", "note", "file")
_SEARCH_COLUMNS = ("document", "page", "paragraph", "start", "end", "text", "context")


def run_command(args: argparse.Namespace, paths: list[Path], cache: ParseCache | None) -> int:
    """Read the corpus, run the subcommand, write its output; return the exit status."""
    corpus = _load(paths, sys.stderr, cache)
    if not corpus.documents:
        return EXIT_NOTHING_READ
    reported = len(cache.warnings) if cache else 0
    try:
        if args.command == "export":
            _export(corpus, args.format, sys.stdout.write, cache)
        else:
            sys.stdout.write(_corrections(corpus, paths, args.format) if args.command == "corrections"
                             else _run(args, corpus))
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


LONG_RUN = 10.0  # seconds: a read this long tells its progress on stderr even when that is no terminal


class StderrProgress:
    """A read's progress on stderr (never stdout): on a terminal, one line kept up to date; else
    (a log, a pipe) a line every LONG_RUN seconds once the read has lasted that long."""

    def __init__(self, err: TextIO, clock: Callable[[], float] = time.monotonic) -> None:
        self._err = err
        self._live = err.isatty()
        self._clock = clock
        self._next = clock() + LONG_RUN

    def __call__(self, done: int, total: int) -> None:
        """Tell that ``done`` of ``total`` documents are read."""
        if self._live:
            if done == total or done % 50 == 0:
                self._err.write(f"\rparsed {done:,} of {total:,} documents…" + ("\n" if done == total else ""))
            return
        now = self._clock()
        if done < total and now >= self._next:
            self._err.write(f"critmin-tui: parsed {done:,} of {total:,} documents\n")
            self._err.flush()
            self._next = now + LONG_RUN


def _load(paths: list[Path], err: TextIO, cache: ParseCache | None) -> Corpus:
    corpus = load_corpus(paths, StderrProgress(err), cache)
    for problem in corpus.problems:
        verb = "skipped" if problem.fatal else "warning"
        message = problem.message.removeprefix(f"{verb}: ")  # some reasons already say it
        err.write(one_line(f"critmin-tui: {verb}: {problem.path}: {message}") + "\n")
    if not corpus.documents:
        err.write("critmin-tui: no document could be read\n")
    return corpus


def _listed(corpus: Corpus, all_captures: bool) -> list[Document]:
    """The documents a listing goes through: as in the reader, an article's later captures are
    left out (they repeat its quotes), unless every capture is asked for."""
    paths = {summary.path for summary in corpus.summaries}
    return [corpus.documents[i] for i, summary in enumerate(corpus.summaries)
            if all_captures or summary.version_of not in paths]


def _run(args: argparse.Namespace, corpus: Corpus) -> str:
    if args.command == "list":  # from the summaries: listing loads no document
        paths = {summary.path for summary in corpus.summaries}
        rows = [list_record(s) for s in corpus.summaries if args.all_captures or s.version_of not in paths]
        return render(rows, _LIST_COLUMNS, args.format, _list_line)
    listed = _listed(corpus, getattr(args, "all_captures", True))
    if args.command == "quotes":
        return _quotes(corpus, listed, args.speaker, args.format, args.confidence)
    if args.command == "redactions":
        rows = [redaction_record(d, r) for d in listed for r in d.redactions]
        return render(rows, _REDACTION_COLUMNS, args.format, _redaction_line)
    if args.command == "grounds":
        return _grounds(corpus, args.format)
    if args.command == "search":
        return _search(listed, Query(args.query, args.regex, args.case_sensitive), args.format)
    rows = [{"name": s.name, "role": s.role, "org": s.org, "unnamed": s.unnamed, "quotes": s.quote_count,
             "reported": s.reported_count} for s in corpus.speakers]
    return render(rows, ("name", "role", "org", "unnamed", "quotes", "reported"), args.format, _speaker_line)


def _export(corpus: Corpus, fmt: str, write: Callable[[str], object], cache: ParseCache | None) -> None:
    """The whole corpus, written one document at a time as it comes from the parse cache: JSON
    (documents, speakers, problems), or JSON Lines (one document per line, for pipelines)."""
    from .corpus.exporting import encoded_documents

    if fmt not in ("json", "jsonl"):
        raise SearchError("export writes JSON only: use --format json, or jsonl for one document per line")
    documents = encoded_documents(corpus, cache, json_line)
    if fmt == "jsonl":
        write_json_lines(documents, write)
        return
    write_json_sections((("documents", documents),
                         ("speakers", (json_line(speaker_record(s)) for s in corpus.speakers)),
                         ("problems", (json_line(problem_record(p)) for p in corpus.problems))), write)


def _quotes(corpus: Corpus, listed: list[Document], speaker: str | None, fmt: str,
            confidence: str | None = None) -> str:
    wanted = corpus.speaker(speaker) if speaker else None  # accents and case ignored; a part of a name
    if speaker and wanted is None:
        raise SearchError(f"no speaker named {speaker!r}")
    rows = [
        {**quote_record(d, q), "title": d.title, "outlet": d.outlet, "date": long_date(d.date)}
        for d in listed
        for q in d.quotes
        if (wanted is None or q.speaker == wanted.name) and (confidence is None or q.confidence == confidence)
    ]
    return render(rows, _QUOTE_COLUMNS, fmt, _quote_line)


def _grounds(corpus: Corpus, fmt: str) -> str:
    from .corpus.grounds import ground_counts, ground_record

    paths = {summary.path for summary in corpus.summaries}
    listed = [s for s in corpus.summaries if s.version_of not in paths]  # a capture repeats its first's grounds
    rows = [ground_record(row) for row in ground_counts(listed)]
    return render(rows, _GROUND_COLUMNS, fmt, _ground_line)


def _ground_line(row: dict[str, Any]) -> str:
    agency = row["agency"] or "agency not stated"
    ground = f": {row['ground']}" if row["ground"] else ""
    documents = plural(row["documents"], "document")
    return one_line(f"{row['count']:>4}  {agency} · {row['section']} {row['law_name']}{ground} ({documents})")


def _search(listed: list[Document], query: Query, fmt: str) -> str:
    if not query.regex and not fold(query.text, query.keeps_case).text:
        raise SearchError(f"nothing to search for: {query.text!a} is only accents or marks, which searching ignores")
    rows: list[dict[str, Any]] = []
    for document in listed:
        starts = [b.start for b in document.blocks]  # in order: each match's paragraph is a bisection
        for start, end in find_all(document.text, query):
            at = bisect_right(starts, start) - 1
            block = at if at >= 0 and start < document.blocks[at].end else -1
            # Context from the match's own paragraph only.
            low, high = (document.blocks[block].start, document.blocks[block].end) if block >= 0 else (0, len(
                document.text))
            context = document.text[max(low, start - 40):min(high, end + 40)]
            rows.append({"document": document.name, "page": page_of(document, block), "paragraph": block + 1,
                         "start": start, "end": end,
                         "text": document.text[start:end], "context": " ".join(context.split())})
    return render(rows, _SEARCH_COLUMNS, fmt, lambda r: f"{_where(r)}: …{r['context']}…")


def _corrections(corpus: Corpus, paths: list[Path], fmt: str) -> str:
    from .corpus.correcting import load_all, review
    from .corpus.records import correction_record

    checked, _ = review(corpus, load_all(paths)[0])
    rows = [correction_record(corpus, item) for item in checked]
    return render(rows, _CORRECTION_COLUMNS, fmt, _correction_line)


def _correction_line(row: dict[str, Any]) -> str:
    where = _where(row) if row["paragraph"] else f"{row['document']} {row['start']}–{row['end']}"
    said = f"{row['speaker'] or 'no one'}{' (scare quote)' if row['scare'] else ''}"
    parser = f"parser said {row['parser_speaker'] or 'no one'}"
    state = f"STALE: {row['reason']}" if row["status"] == "stale" else parser
    return one_line(f"{where}: “{row['text']}” → {said} ({state})")


def _where(row: dict[str, Any]) -> str:
    """ "file.pdf p. 3 ¶12", or "file.txt ¶12" for a source without pages."""
    page = f" p. {row['page']}" if row.get("page") else ""
    return f"{row['document']}{page} ¶{row['paragraph']}"


def _quote_line(row: dict[str, Any]) -> str:
    who = row["speaker"] or "(no speaker)"
    # An unsure attribution is marked where a reader looks first: before the speaker's name.
    mark = "? " if row["confidence"] == "unsure" else ""
    return one_line(f"{_where(row)} {mark}{who} [{row['kind']}]: \u201c{row['text']}\u201d")


def _redaction_line(row: dict[str, Any]) -> str:
    label = " — ".join(str(p) for p in (row["label"], row["section"]) if p) or "unlabelled"
    flag = "  RECOVERABLE: the text under the box is still in the file" if row.get("recoverable") else ""
    return one_line(f"{_where(row)} {row['marker']}  {label}: {row['ground'] or row['kind']}{flag}")


def _list_line(row: dict[str, Any]) -> str:
    facts = [row["kind_label"], row["agency"], long_date(row["date"]), plural(row["quotes"], "quote")]
    if row["redactions"]:
        facts.append(plural(row["redactions"], "redaction"))
    return one_line(f"{row['document']}: {row['title']} ({' · '.join(f for f in facts if f)})")


def _speaker_line(row: dict[str, Any]) -> str:
    role = ", ".join(p for p in ("not named" if row["unnamed"] else None, row["role"], row["org"]) if p)
    counts = f"{plural(row['quotes'], 'quote')}, {row['reported']} reported"
    return one_line(f"{row['name']} ({role or 'no role given'}): {counts}")
