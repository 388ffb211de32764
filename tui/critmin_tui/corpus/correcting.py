"""Applying a user's corrections to documents and the corpus, and making and undoing them.

A correction applies only to a document whose text has its hash, and only to the quote with
its exact offsets and words: anything else is stale, reported as a Problem, and left in its
file. Applied, a quote gets the new speaker, a confidence of sure (a person checked it) and a
CorrectionMark keeping the parser's own answer; summaries and speaker counts follow.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import overload

from .corrections import Correction, CorrectionStore, now, store_for, stores_for
from .model import Confidence, Corpus, CorrectionMark, Document, DocumentSummary, Problem, Quote, QuoteKind, Speaker
from .summary import text_hash

Stored = list[tuple[Correction, Path]]  # corrections, each with the file it came from


class Status(StrEnum):
    """Whether a correction holds for the corpus as it is now."""

    APPLIED = "applied"
    STALE = "stale"


@dataclass(frozen=True, slots=True)
class Checked:
    """A correction, where it is stored, and whether it applies (and if not, why)."""

    correction: Correction
    source: Path
    status: Status
    reason: str | None = None
    path: str | None = None  # the document it applied to, or the one it was made on


def apply_corrections(document: Document, corrections: Sequence[Correction],
                      hash_of_text: str | None = None) -> tuple[Document, list[tuple[Correction, str | None]]]:
    """The document with the matching corrections applied, and each correction with why it did
    not apply (None when it did). Corrections for other texts are left out of the answer."""
    digest = hash_of_text or text_hash(document.text)
    mine = {c.key[1:]: c for c in corrections if c.text_hash == digest}
    if not mine:
        return document, []
    results: list[tuple[Correction, str | None]] = []
    quotes = list(document.quotes)
    by_span = {(q.start, q.end): i for i, q in enumerate(quotes)}
    for span, correction in mine.items():
        index = by_span.get(span)
        why = _mismatch(quotes[index] if index is not None else None, correction)
        if why is None and index is not None:
            quotes[index] = corrected_quote(quotes[index], correction)
        results.append((correction, why))
    return replace(document, quotes=tuple(quotes)), results


def _mismatch(quote: Quote | None, correction: Correction) -> str | None:
    if quote is None:
        return "the parser finds no quote at these offsets now"
    if quote.text != correction.text:
        return f"the quote at these offsets now reads \u201c{quote.text[:60]}\u201d"
    return None


def corrected_quote(quote: Quote, correction: Correction) -> Quote:
    """A quote with a correction's speaker, keeping the parser's answer in its mark."""
    parser = quote.corrected  # already corrected: the parser's answer is the one kept before
    mark = CorrectionMark(parser.parser_speaker if parser else quote.speaker,
                          parser.parser_kind if parser else quote.kind,
                          parser.parser_confidence if parser else quote.confidence, correction.note)
    kind = QuoteKind.SCARE if correction.scare else mark.parser_kind
    if kind is QuoteKind.SCARE and correction.speaker is not None:
        kind = QuoteKind.PARTIAL  # words someone said, not a label: a scare quote has no speaker
    return replace(quote, speaker=correction.speaker, kind=kind, confidence=Confidence.SURE, corrected=mark)


def make_correction(document: Document, quote: Quote, speaker: str | None, scare: bool = False,
                    note: str | None = None) -> Correction:
    """A correction of a quote of a document, as the user makes it now."""
    parser_speaker = quote.corrected.parser_speaker if quote.corrected else quote.speaker
    return Correction(text_hash(document.text), quote.start, quote.end, quote.text, speaker,
                      scare and speaker is None, parser_speaker, now(), note, document.name)


def store_of(paths: Sequence[Path], document_path: str) -> CorrectionStore:
    """The store a document's corrections go to: that of the deepest path given that holds it."""
    target = Path(document_path).resolve()
    holders = [p for p in paths if p.resolve() == target or p.resolve() in target.parents]
    best = max(holders, key=lambda p: len(p.resolve().parts), default=target.parent)
    return store_for(best)


def correct(paths: Sequence[Path], document: Document, quote: Quote, speaker: str | None, scare: bool = False,
            note: str | None = None) -> Path:
    """Store a correction of a quote; the file it went to. CorrectionsError if it cannot be stored."""
    return store_of(paths, document.path).add(make_correction(document, quote, speaker, scare, note))


def undo(paths: Sequence[Path], document: Document, quote: Quote) -> Path:
    """Remove a quote's correction; the file it was removed from. KeyError if there was none."""
    return store_of(paths, document.path).remove((text_hash(document.text), quote.start, quote.end))


def load_all(paths: Sequence[Path]) -> tuple[Stored, list[Problem]]:
    """The corrections of every folder the paths name, with the file each came from."""
    found: list[tuple[Correction, Path]] = []
    problems: list[Problem] = []
    for store in stores_for(list(paths)):
        shared, own = store.files()
        merged = {**{k: (c, shared.path) for k, c in shared.corrections.items()},
                  **{k: (c, own.path) for k, c in own.corrections.items()}}
        found.extend(merged.values())
        problems.extend(shared.problems + own.problems)
    return found, problems


def review(corpus: Corpus, corrections: Stored) -> tuple[list[Checked], dict[int, list[Correction]]]:
    """Each correction checked against the corpus, and the corrections that apply, by document index."""
    by_hash: dict[str, list[int]] = {}
    for index, summary in enumerate(corpus.summaries):
        by_hash.setdefault(summary.text_hash, []).append(index)
    checked: list[Checked] = []
    applying: dict[int, list[Correction]] = {}
    for correction, source in corrections:
        indexes = by_hash.get(correction.text_hash, [])
        if not indexes:
            checked.append(_missing(corpus, correction, source))
            continue
        for index in indexes:  # identical texts (a capture saved twice) are corrected alike
            _, results = apply_corrections(corpus.documents[index], [correction], correction.text_hash)
            why = results[0][1]
            status = Status.STALE if why else Status.APPLIED
            checked.append(Checked(correction, source, status, why, corpus.summaries[index].path))
            if why is None:
                applying.setdefault(index, []).append(correction)
    return checked, applying


def _missing(corpus: Corpus, correction: Correction, source: Path) -> Checked:
    """A correction whose text is in no document: changed, or not in the corpus (moved, removed)."""
    named = next((s.path for s in corpus.summaries if correction.document in (s.name, s.path)), None)
    if named is not None:
        reason = "the document's text has changed since the correction was made"
        return Checked(correction, source, Status.STALE, reason, named)
    reason = f"no document in the corpus has the text it was made on ({correction.document or 'unnamed'})"
    return Checked(correction, source, Status.STALE, reason, correction.document or None)


def stale_problem(item: Checked) -> Problem:
    """A stale correction as the Problems view and the CLI's stderr list it."""
    correction = item.correction
    words = correction.text if len(correction.text) <= 50 else correction.text[:49] + "…"
    return Problem(item.path or str(item.source),
                   f"correction not applied (\u201c{words}\u201d \u2192 {correction.shown_speaker}): {item.reason}; "
                   f"it stays in {item.source}", fatal=False)


def with_corrections(corpus: Corpus, paths: Sequence[Path]) -> Corpus:
    """The corpus with its folders' corrections applied, and stale ones listed as problems.

    Given a corpus it returned before, it starts again from the parse: after a correction is
    made or undone, this is all the reader needs to call (nothing is parsed or read again but
    the corrections and the corrected documents)."""
    from .corrections import has_any

    if isinstance(corpus.documents, CorrectedDocuments):
        corpus = corpus.documents.base
    if not has_any(stores_for(list(paths))):
        return corpus
    corrections, problems = load_all(paths)
    checked, applying = review(corpus, corrections)
    problems += [stale_problem(item) for item in checked if item.status is Status.STALE]
    if not applying:
        return replace(corpus, problems=corpus.problems + tuple(problems))
    documents = CorrectedDocuments(corpus, applying)
    summaries = tuple(_corrected_summary(s, documents[i]) if i in applying else s
                      for i, s in enumerate(corpus.summaries))
    return replace(corpus, documents=documents, summaries=summaries, speakers=recount(corpus.speakers, summaries),
                   problems=corpus.problems + tuple(problems))


def _corrected_summary(summary: DocumentSummary, document: Document) -> DocumentSummary:
    speakers = {(q.start, q.end): q.speaker for q in document.quotes if q.corrected}
    quotes = tuple((start, end, speakers.get((start, end), who)) for start, end, who in summary.quotes)
    unsure = tuple(span for span in summary.unsure if span not in speakers)  # a corrected speaker is sure
    return replace(summary, quotes=quotes, unsure=unsure)


def recount(speakers: Sequence[Speaker], summaries: Sequence[DocumentSummary]) -> tuple[Speaker, ...]:
    """The speaker registry's counts again from the summaries (as speakers.build_registry counts:
    primary captures only); a speaker a correction names first joins it, one left with nothing goes."""
    known = {s.name: s for s in speakers}
    quotes: dict[str, int] = {}
    reported: dict[str, int] = {}
    documents: dict[str, dict[str, None]] = {}
    for summary in summaries:
        if summary.version_of is not None:
            continue
        for name, tally in [*((who, quotes) for _, _, who in summary.quotes if who),
                            *((who, reported) for who in summary.reported)]:
            tally[name] = tally.get(name, 0) + 1
            documents.setdefault(name, {})[summary.name] = None
    rows = [replace(known.get(name) or Speaker(name), quote_count=quotes.get(name, 0),
                    reported_count=reported.get(name, 0), documents=tuple(found))
            for name, found in documents.items()]
    return tuple(sorted(rows, key=lambda s: (-s.quote_count, s.name)))


class CorrectedDocuments(Sequence[Document]):
    """The corpus's documents, with corrections applied to each one as it is loaded."""

    def __init__(self, base: Corpus, applying: dict[int, list[Correction]]) -> None:
        self.base = base  # the corpus as parsed, which corrections are applied to again after a change
        self.inner = base.documents  # what loads the documents (a store, for a corpus read on demand)
        self._documents = base.documents
        self._applying = applying

    def __len__(self) -> int:
        return len(self._documents)

    @overload
    def __getitem__(self, index: int) -> Document: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Document]: ...

    def __getitem__(self, index: int | slice) -> Document | Sequence[Document]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        document = self._documents[index]
        corrections = self._applying.get(index)
        return apply_corrections(document, corrections)[0] if corrections else document

    def __iter__(self) -> Iterator[Document]:
        return (self[i] for i in range(len(self)))
