"""Reading a corpus's files without parsing them: text, a title, a kind and the search folds.

This is the first stage of opening a large corpus that has no snapshot: enough to list every
document, open one (parsed then, on demand) and search all the text, in a fraction of a full
parse. Files are read in batches; each document's text becomes the search text the corpus holds
once (held.py: its case-kept fold and what rebuilds the rest), as a full load makes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .cache import content_key
from .doc_kinds import document_kind
from .files import max_file_bytes, read_regular, reason
from .formats import SourceError, cache_version, read_source
from .held import DocText
from .model import DocumentKind, DocumentSummary, Problem
from .structure import article_title, leading_blocks
from .summary import text_hash
from .text import UndecodableError

BATCH = 128  # files a batch: few enough to show progress, many enough that a worker's start is paid once
HEAD_CHARS = 2_000  # a title and a kind are told from the opening, never the whole text
HEAD_PARAGRAPHS = 4  # enough to pass a date line and a caption to the headline or first paragraph


@dataclass(frozen=True, slots=True)
class RawJob:
    """One file to read: its path, the kind the manifest gives, and the parser's version."""

    path: str
    kind: DocumentKind | None
    parser_version: str


@dataclass(frozen=True, slots=True)
class RawBatch:
    """A batch of files read: a summary (or a problem) per file, and the search text of those read."""

    summaries: tuple[DocumentSummary | None, ...]
    problems: tuple[Problem, ...]
    texts: tuple[DocText, ...]


def read_batch(jobs: list[RawJob]) -> RawBatch:
    """Read, decode and summarise a batch of files (never parsing them), and fold their text."""
    summaries: list[DocumentSummary | None] = []
    problems: list[Problem] = []
    texts: list[DocText] = []
    for job in jobs:
        summary, text, problem = read_raw(job)
        summaries.append(summary)
        if problem is not None:
            problems.append(problem)
        if text is not None:
            texts.append(DocText.of(text))
    return RawBatch(tuple(summaries), tuple(problems), tuple(texts))


def read_raw(job: RawJob) -> tuple[DocumentSummary | None, str | None, Problem | None]:
    """One file's provisional summary and text; a problem instead (or beside, when lossy)."""
    path = Path(job.path)
    try:
        data = read_regular(path, max_file_bytes())
    except OSError as error:
        return None, None, Problem(job.path, reason(error))
    if not data.strip():
        return None, None, Problem(job.path, "empty file")
    key = content_key(data, cache_version(path, job.parser_version), job.kind.value if job.kind else None)
    try:
        source = read_source(path, data)
    except (UndecodableError, SourceError) as error:
        return None, None, Problem(job.path, f"skipped: {error}")
    text = source.text
    head = opening(text)
    kind = job.kind or document_kind(head)
    summary = DocumentSummary(job.path, key, kind, source.title or provisional_title(head), date=source.date,
                              outlet=source.outlet, forced_kind=job.kind, warnings=source.warnings,
                              text_hash=text_hash(text))
    warning = Problem(job.path, "; ".join(source.warnings), fatal=False) if source.warnings else None
    return summary, text, warning


def opening(text: str) -> str:
    """The text's first HEAD_PARAGRAPHS paragraphs, within HEAD_CHARS (its end kept after the
    last one, so that a headline is still seen to stand alone)."""
    cut, at = -1, -2
    for _ in range(HEAD_PARAGRAPHS):
        at = text.find("\n\n", at + 2, HEAD_CHARS)
        if at < 0:
            break
        cut = at
    if cut > 0 and (at > 0 or len(text) > HEAD_CHARS):
        return text[:cut + 2]
    return text[:HEAD_CHARS]


def provisional_title(head: str) -> str:
    """The title an article's parse would give, told from the opening alone, its paragraphs
    classified only until the title is found (the parse's own title replaces it: a minute's
    comes from its decisions)."""
    return article_title(head, leading_blocks(head))
