"""A small corpus to correct, and making a correction the way the reader will."""

from __future__ import annotations

from pathlib import Path

from critmin_tui.corpus import load_corpus
from critmin_tui.corpus.correcting import correct

ARTICLE = """Mine plan stalls

The council met on Tuesday.

"We will not approve it this year," said Mayor Jo Lee.

Critics called the plan "reckless" and left.

"It is a setback," said Sam Hill, the firm's chief executive.
"""
NAME = "plan.txt"


def write_corpus(folder: Path) -> Path:
    """A corpus folder of one article (quotes: Jo Lee's, a partial "reckless", Sam Hill's)."""
    (folder / NAME).write_text(ARTICLE, encoding="utf-8")
    return folder


def correct_quote(folder: Path, words: str, speaker: str | None, scare: bool = False) -> Path:
    """Correct the speaker of the quote starting with ``words``; the file the correction went to."""
    document = load_corpus([folder]).documents[0]
    quote = next(q for q in document.quotes if q.text.startswith(words))
    return correct([folder], document, quote, speaker, scare, "checked")
