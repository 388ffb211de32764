"""The command line: the reader by default, and subcommands for scripts and pipes."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from . import __version__
from .corpus import (
    PARSER_VERSION,
    Corpus,
    ParseCache,
    Query,
    SearchError,
    bundled_corpus,
    default_folder,
    find_all,
    load_corpus,
    one_line,
)
from .corpus.records import corpus_record, quote_record, redaction_record
from .output import FORMATS, render, to_json

COMMANDS = ("quotes", "redactions", "search", "export", "speakers")
EXIT_OK, EXIT_NOTHING_READ, EXIT_USAGE = 0, 2, 2
_QUOTE_COLUMNS = ("document", "paragraph", "start", "end", "speaker", "role", "kind", "quotation", "text")
_REDACTION_COLUMNS = ("document", "paragraph", "start", "end", "marker", "label", "section", "ground", "kind")
_SEARCH_COLUMNS = ("document", "paragraph", "start", "end", "text", "context")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="critmin-tui",
        description="Read New Zealand critical-minerals policy documents: quotes by speaker, redactions "
        "by OIA ground, search. With no command, opens the reader on PATHs (default: the bundled corpus).",
        epilog="Exit status: 0 when at least one document was read, 2 when none was (or on a usage error).",
    )
    parser.add_argument("--version", action="version", version=f"critmin-tui {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    read = commands.add_parser("read", help="open the reader (the default)")
    read.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    _common(read, with_format=False)
    quotes = commands.add_parser("quotes", help="list quote segments with speakers")
    quotes.add_argument("--speaker", help="only this speaker (full name or alias)")
    commands.add_parser("redactions", help="list withheld spans with their OIA grounds")
    search = commands.add_parser("search", help="search the corpus (accent-insensitive, smart case)")
    search.add_argument("query")
    search.add_argument("--regex", action="store_true", help="treat QUERY as a regular expression")
    search.add_argument("--case-sensitive", action="store_true", default=None, help="match case exactly")
    commands.add_parser("export", help="the whole parsed corpus as JSON")
    commands.add_parser("speakers", help="list speakers with roles and quote counts")
    for name in COMMANDS:
        _common(commands.choices[name], with_format=True)
    return parser


def _common(parser: argparse.ArgumentParser, with_format: bool) -> None:
    if parser.prog.split()[-1] != "read":
        parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders")
    if with_format:
        parser.add_argument("--format", choices=FORMATS, default="text")
    parser.add_argument("--no-cache", action="store_true", help="parse everything afresh")


def _opens_reader(args: list[str]) -> bool:
    """No command given (only paths or reader options): the reader is the default."""
    if not args:
        return True
    first = args[0]
    if first.startswith("-"):
        return first not in ("-h", "--help", "--version")
    return first not in (*COMMANDS, "read")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if _opens_reader(args_list):
        args_list.insert(0, "read")
    args = _parser().parse_args(args_list)
    if args.command == "read":
        from .app import run_reader

        return run_reader(args.paths or [bundled_corpus()], use_cache=not args.no_cache)
    corpus = _load(args.paths or [bundled_corpus()], sys.stderr, make_cache(not args.no_cache))
    if not corpus.documents:
        return EXIT_NOTHING_READ
    try:
        sys.stdout.write(_run(args, corpus))
    except SearchError as error:
        print(f"critmin-tui: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        pass
    return EXIT_OK


def make_cache(wanted: bool) -> ParseCache | None:
    """The user's parse cache, unless turned off (--no-cache, or CRITMIN_TUI_NO_CACHE set)."""
    if not wanted or os.environ.get("CRITMIN_TUI_NO_CACHE"):
        return None
    return ParseCache(default_folder(), PARSER_VERSION)


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
    rows: list[dict[str, Any]] = []
    for document in corpus.documents:
        for start, end in find_all(document.text, query):
            block = next((i for i, b in enumerate(document.blocks) if b.start <= start < b.end), -1)
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
