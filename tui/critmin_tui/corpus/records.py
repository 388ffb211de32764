"""Plain-data records of the model: the JSON contract of the CLI's output."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from .model import Corpus, Document, DocumentSummary, Evidence, Problem, Quote, Redaction, Regime, Speaker

if TYPE_CHECKING:
    from .correcting import Checked


def _name(corpus: Corpus, path: str | None) -> str | None:
    document = corpus.document(path) if path else None
    return document.name if document else path


def quote_record(document: Document, quote: Quote) -> dict[str, Any]:
    """A quote segment as the ``quotes`` command reports it."""
    info = document.speaker_info(quote.speaker)
    return {
        "document": document.name,
        "paragraph": quote.block + 1,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "speaker": quote.speaker,
        "role": info.role if info else None,
        "kind": quote.kind.value,
        "quotation": quote.quotation,
        "closes": quote.closes,
        "page": page_of(document, quote.block),
        "confidence": quote.confidence.value if quote.confidence else None,
        **evidence_record(document, quote.evidence),
        # A user's correction: the speaker above is theirs, the parser's own answer is kept beside it.
        "corrected": quote.corrected is not None,
        "parser_speaker": quote.corrected.parser_speaker if quote.corrected else quote.speaker,
        "correction_note": quote.corrected.note if quote.corrected else None,
    }


def evidence_record(document: Document, evidence: Evidence | None) -> dict[str, Any]:
    """Why a quote went to its speaker, as flat fields (CSV keeps them as columns)."""
    if evidence is None:
        return {"decided_by": None, "kind_by": None, "cue_rule": None, "resolved_by": None, "cue": None,
                "mention": None, "mention_paragraph": None}
    return {
        "decided_by": evidence.decided_by,
        "kind_by": evidence.kind_by,
        "cue_rule": evidence.cue_rule,
        "resolved_by": evidence.resolved_by,
        "cue": document.text[evidence.cue[0]:evidence.cue[1]] if evidence.cue else None,
        "mention": document.text[evidence.mention[0]:evidence.mention[1]] if evidence.mention else None,
        "mention_paragraph": evidence.mention_block + 1 if evidence.mention_block is not None else None,
    }


def page_of(document: Document, block: int) -> int | None:
    """The page a block starts on, for a paged source such as a PDF (else None)."""
    return document.blocks[block].page if 0 <= block < len(document.blocks) else None


def redaction_record(document: Document, redaction: Redaction) -> dict[str, Any]:
    """A redaction as the ``redactions`` command reports it."""
    return {
        "document": document.name,
        "start": redaction.start,
        "end": redaction.end,
        "marker": redaction.marker,
        "label": redaction.label,
        "section": redaction.section,
        "ground": redaction.ground,
        "kind": redaction.kind.value,
        "law": _law(redaction.regime or document.regime),
        "agency": document.agency,
        "paragraph": redaction.block + 1,
        "page": redaction.page,
        "recoverable": redaction.recoverable,  # the text under the box is still in the file
        "regime": redaction.regime.value if redaction.regime else None,  # the law its sections are read under
    }


def _law(regime: Regime | None) -> str | None:
    return regime.value if regime is not None else None


def correction_record(corpus: Corpus, item: Checked) -> dict[str, Any]:
    """A user's correction, and whether it applies, as the ``corrections`` command reports it."""
    correction = item.correction
    document = corpus.document(item.path) if item.path and item.reason is None else None  # None: it applies
    quote = next((q for q in document.quotes if (q.start, q.end) == (correction.start, correction.end)), None) \
        if document else None
    return {
        "document": document.name if document else correction.document,
        "page": page_of(document, quote.block) if document and quote else None,
        "paragraph": quote.block + 1 if quote else None,
        "start": correction.start,
        "end": correction.end,
        "text": correction.text,
        "speaker": correction.speaker,
        "scare": correction.scare,
        "parser_speaker": quote.corrected.parser_speaker if quote and quote.corrected else correction.parser_speaker,
        "status": item.status.value,
        "reason": item.reason,
        "when": correction.when.isoformat() if correction.when else None,
        "note": correction.note,
        "hash": correction.text_hash,
        "file": str(item.source),
    }


def speaker_record(speaker: Speaker) -> dict[str, Any]:
    """A speaker of the corpus registry."""
    return {
        "name": speaker.name,
        "aliases": list(speaker.aliases),
        "role": speaker.role,
        "org": speaker.org,
        "person": speaker.is_person,
        "unnamed": speaker.unnamed,
        "quotes": speaker.quote_count,
        "reported": speaker.reported_count,
        "documents": list(speaker.documents),
    }


def file_names(corpus: Corpus) -> dict[str, str]:
    """Each document's file name by its path, from the summaries (no document is loaded)."""
    return {summary.path: summary.name for summary in corpus.summaries}


def document_record(corpus: Corpus, document: Document, names: Mapping[str, str] | None = None) -> dict[str, Any]:
    """A whole parsed document, for ``export``; ``names`` (file_names()) spares loading the
    document it is a capture of to learn that one's name."""
    minute = document.minute
    coversheet = document.coversheet
    return {
        "file": document.name,
        "path": document.path,
        "kind": document.kind.value,
        "agency": document.agency,
        "title": document.title,
        "date": document.date,
        "outlet": document.outlet,
        "version_of": _name(corpus, document.version_of) if names is None
        else names.get(document.version_of, document.version_of) if document.version_of else None,
        "paragraphs": [
            {"index": i + 1, "kind": b.kind.value, "start": b.start, "end": b.end, "page": b.page,
             "text": document.text_of(b)}
            for i, b in enumerate(document.blocks)
        ],
        "quotes": [quote_record(document, q) for q in document.quotes],
        "reported_speech": [
            {"paragraph": r.block + 1, "start": r.start, "end": r.end, "speaker": r.speaker} for r in document.reported
        ],
        "mentions": [{"start": m.start, "end": m.end, "speaker": m.speaker, "via": m.via} for m in document.mentions],
        "redactions": [redaction_record(document, r) for r in document.redactions],
        "schedule": [
            {"number": e.number, "date": e.date, "title": e.title, "decision": e.decision,
             "sections": list(e.sections), "out_of_scope": e.out_of_scope, "start": e.start, "end": e.end}
            for e in document.schedule
        ],
        "decisions": [{"number": d.number, "verb": d.verb, "text": d.text, "start": d.start, "end": d.end}
                      for d in (minute.decisions if minute else ())],
        "minute": None if minute is None else {
            "reference": minute.reference, "title": minute.title, "portfolios": list(minute.portfolios),
            "decision_date": minute.decision_date,
        },
        "coversheet": {} if coversheet is None else {
            "fields": {f.name: f.value for f in coversheet.fields},
            "released_documents": [{"date": r.date, "title": r.title, "author": r.author}
                                   for r in coversheet.released_documents],
            "information_redacted": coversheet.information_redacted,
            "withholding_grounds": [{"label": g.label, "section": g.section} for g in coversheet.withholding_grounds],
        },
        "signatory": None if minute is None or minute.signatory is None else {
            "name": minute.signatory.name, "title": minute.signatory.title,
        },
        "warnings": list(document.warnings),
    }


def list_record(summary: DocumentSummary) -> dict[str, Any]:
    """A document as the ``list`` command reports it: what it is, who released it, how much is withheld
    (from its summary: listing loads no document)."""
    return {
        "document": summary.name,
        "kind": summary.kind.value,
        "kind_label": summary.kind.label,
        "agency": summary.agency,
        "title": summary.title,
        "date": summary.date,
        "outlet": summary.outlet,
        "quotes": len(summary.quotes),
        "redactions": len(summary.redactions),
    }


def problem_record(problem: Problem) -> dict[str, Any]:
    """A file that could not be read (skipped) or read with a warning."""
    return {"path": problem.path, "message": problem.message, "skipped": problem.fatal}


def document_records(corpus: Corpus) -> Iterator[dict[str, Any]]:
    """Each document's record in turn: one document in memory at a time (the store loads it
    from the parse cache), so an export's memory does not grow with the corpus."""
    names = file_names(corpus)
    for document in corpus.documents:
        yield document_record(corpus, document, names)


def corpus_sections(corpus: Corpus) -> tuple[tuple[str, Iterator[dict[str, Any]]], ...]:
    """The export's three lists, each as records made when asked for: documents, speakers, problems."""
    return (("documents", document_records(corpus)),
            ("speakers", (speaker_record(s) for s in corpus.speakers)),
            ("problems", (problem_record(p) for p in corpus.problems)))


def corpus_record(corpus: Corpus) -> dict[str, Any]:
    """The whole parsed corpus, for ``export`` (all in memory: ``export`` itself streams
    corpus_sections())."""
    return {name: list(records) for name, records in corpus_sections(corpus)}
