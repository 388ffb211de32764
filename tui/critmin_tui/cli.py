"""The command line: the reader by default, and subcommands for scripts and pipes.

Only what parsing the arguments needs is imported here: the reader's first frame must not wait
for the parser, and a subcommand imports its work from ``subcommands``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .corpus.discovery import bundled_corpus
from .corpus.files import MAX_FILE_MB, MAX_SIZE_VARIABLE
from .output import FORMATS

COMMANDS = ("list", "quotes", "redactions", "grounds", "search", "export", "speakers", "corrections")


def _parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
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
    commands.add_parser("list", help="list documents with their kind, agency and counts of quotes and redactions")
    quotes = commands.add_parser("quotes", help="list quote segments with speakers")
    quotes.add_argument("--speaker", help="only this speaker (full name or alias; accents and case optional)")
    quotes.add_argument("--confidence", choices=("sure", "likely", "unsure"),
                        help="only attributions of this confidence (unsure ones are marked '?' in text)")
    commands.add_parser("redactions", help="list withheld spans with their OIA grounds")
    commands.add_parser("grounds", help="count the grounds withheld under, by agency, law and section")
    search = commands.add_parser("search", help="search the corpus (accent-insensitive, smart case)",
                                 usage="%(prog)s [options] QUERY [PATH ...]")
    search.add_argument("query", nargs="?", metavar="QUERY", help="the words (or pattern) to find")
    search.add_argument("--regex", action="store_true", help="treat QUERY as a regular expression")
    search.add_argument("--case-sensitive", action="store_true", default=None, help="match case exactly")
    commands.add_parser("export", help="the whole parsed corpus as JSON, or one document per line (--format jsonl)")
    commands.add_parser("speakers", help="list speakers with roles and quote counts")
    commands.add_parser("corrections", help="list your speaker corrections, and any that no longer apply (stale)")
    for name in COMMANDS:
        _common(commands.choices[name], with_format=True, default="json" if name == "export" else "text")
    for name in ("list", "quotes", "redactions", "search"):
        commands.choices[name].add_argument(
            "--all-captures", action="store_true",
            help="list every capture of an article (by default, as in the reader, the first only)")
    return parser, dict(commands.choices)


def _common(parser: argparse.ArgumentParser, with_format: bool, default: str = "text") -> None:
    if parser.prog.split()[-1] != "read":
        parser.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders")
    if with_format:  # export writes JSON only: it is its default
        parser.add_argument("--format", choices=FORMATS, default=default, help=f"(default: {default})")
    parser.add_argument("--no-cache", action="store_true", help="parse everything afresh")
    parser.add_argument("--max-size", type=_megabytes, metavar="MB",
                        help=f"skip documents larger than this (default {MAX_FILE_MB:g} MB)")


def _megabytes(value: str) -> float:
    try:
        megabytes = float(value)
    except ValueError:
        megabytes = 0
    if not megabytes > 0 or megabytes == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a size in megabytes, such as 50: {value!r}")
    return megabytes


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
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    except KeyboardInterrupt:  # ctrl+c: stop quietly, with the shell's status for an interrupt
        sys.stderr.write("critmin-tui: interrupted\n")
        return 130


def _main(args_list: list[str]) -> int:
    if _opens_reader(args_list):
        args_list.insert(0, "read")
    parser, commands = _parser()
    if args_list and args_list[0] in commands:
        # Intermixed: options may come before, between or after the paths ("search Q --regex PATH").
        args = commands[args_list[0]].parse_intermixed_args(args_list[1:])
        args.command = args_list[0]
    else:
        args = parser.parse_args(args_list)
    if args.command == "search" and args.query is None:
        parser.error("search needs a QUERY: critmin-tui search QUERY [PATH ...]")
    if args.max_size is not None:  # through the environment, so that worker processes have it too
        os.environ[MAX_SIZE_VARIABLE] = repr(args.max_size)
    if args.command == "read":
        from .app import run_reader

        return run_reader(args.paths or [bundled_corpus()], use_cache=not args.no_cache)
    from .opening import make_cache
    from .subcommands import run_command

    return run_command(args, args.paths or [bundled_corpus()], make_cache(not args.no_cache))
