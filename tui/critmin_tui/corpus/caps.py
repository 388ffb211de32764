"""Capitalised runs: the words a name, a title or a body's name is written in ("Ministry of Foreign
Affairs", "Dr. J. Smith"), found by one scan for their first letters."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .lexicon import ABBREVIATIONS, NAME_PARTICLES

_UPPER = "A-ZÀ-ÖØ-ÞĀĒĪŌŪ"
# A capitalised word, an initial ("J."), dotted initials ("U.S.") or an abbreviated title ("Dr."); a full
# stop ends a run.
_ABBREVIATED_TITLES = "|".join(sorted(ABBREVIATIONS - {"No", "vs", "etc", "Gen"}))
WORD = rf"(?:(?:{_ABBREVIATED_TITLES})\.|(?:[{_UPPER}]\.){{2,}}|[{_UPPER}]\.|[{_UPPER}][\w'’\-]*)"
# The lower-case words a run may hold between its capitalised words ("of", "and", "de").
CONNECTOR = "(?:" + "|".join(("of", "and", "&", "for", "the", "on", *sorted(NAME_PARTICLES))) + ")"
# A run of capitalised words, with lower-case connectors inside ("Ministry of Foreign Affairs").
CAPS_RE = re.compile(rf"{WORD}(?:\s+(?:{CONNECTOR}\s+)*{WORD})*")
# Every run opens with a capital or a title's first letter. The regex engine tries CAPS_RE at every
# position; a scan for these letters first, then a match only there, finds the same runs in half the time.
_RUN_START_RE = re.compile(f"[{_UPPER}{''.join(sorted({t[0] for t in _ABBREVIATED_TITLES.split('|')}))}]")


def caps_runs(text: str) -> list[re.Match[str]]:
    """Every capitalised run in the text."""
    return list(iter_caps(text))


def iter_caps(text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """The capitalised runs from ``pos`` on, as ``CAPS_RE.finditer(text, pos)`` finds them (no run
    is empty, so each search goes on from the last run's end)."""
    search, match = _RUN_START_RE.search, CAPS_RE.match
    while (start := search(text, pos)) is not None:
        run = match(text, start.start())
        if run is None:
            pos = start.start() + 1
            continue
        yield run
        pos = run.end()


def first_caps(text: str, pos: int = 0) -> re.Match[str] | None:
    """The first capitalised run from ``pos`` on, as ``CAPS_RE.search(text, pos)`` finds it."""
    return next(iter_caps(text, pos), None)


def trailing_caps(text: str) -> re.Match[str] | None:
    """The capitalised run that ends the text (white space aside), if any."""
    trimmed = text.rstrip()
    # No run crosses a comma, a bracket, a colon or a quotation mark: scan only after the last one.
    start = max(trimmed.rfind(","), trimmed.rfind(";"), trimmed.rfind(":"), trimmed.rfind("("), trimmed.rfind(")"),
                trimmed.rfind('"'), trimmed.rfind("“"), trimmed.rfind("”"), trimmed.rfind("_")) + 1
    # A run's last word holds no white space and opens with a capital: none after the last space, no run.
    if _RUN_START_RE.search(trimmed, max(start, trimmed.rfind(" ") + 1)) is None:
        return None
    last = None
    for last in iter_caps(trimmed, start):  # noqa: B007 - the last run is the one wanted
        continue
    return last if last is not None and last.end() == len(trimmed) else None
