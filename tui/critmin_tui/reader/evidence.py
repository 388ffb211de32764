"""Why a quote went to its speaker, and how sure: the status line's wording, the cue and mention
highlights, the unsure and corrected marks, and the corpus's unsure quotes. Pure (no Textual)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from ..corpus import Corpus, Document, Quote
from ..corpus.correcting import CorrectedDocuments
from ..corpus.model import Confidence
from .layout import Highlight, Look
from .state import Span

UNSURE_MARK = "?"  # the gutter's and the status line's mark: a character, so it shows without colour
CORRECTED_MARK = "✎"
NO_ONE = "no one (scare quote)"

# How a reference became a name, by the resolution rule (calibration.py's families, in words).
_RESOLVED = {
    "resolve.person_new": "named", "resolve.person_alias": "named", "resolve.named_in_text": "named",
    "resolve.pronoun": "named", "resolve.pronoun_after_org": "named",
    "resolve.surname_alias": "surname, named", "resolve.first_name": "first name, named",
    "resolve.surname_alone": "surname alone", "resolve.office_holder": "office holder",
    "resolve.role_holder": "by role", "resolve.role_head": "by role", "resolve.role_named_next": "by role, named next",
    "resolve.role_titled": "by title",
    "resolve.unnamed": "unnamed",
    "resolve.org_alias": "organisation", "resolve.org_new": "organisation", "resolve.document_sender": "its sender",
    "resolve.body_named_before": "organisation, named", "resolve.recent": "named lately",
    "resolve.headline_person": "named in the headline", "resolve.initials": "organisation, by its initials",
}
_NO_ONE = {"speaker.scare": "no one: a label (scare quote)", "speaker.question": "no one: a question put"}
# The learned choices (the ranker's, the fragment model's) give a speaker carried or cued as the rules would.
_CARRIED = ("speaker.quotation_carried", "speaker.partial_carried", "speaker.ranker", "speaker.fragment_model")


def how_said(decided_by: str | None, resolved_by: str | None, speaker: str | None, cue_words: str | None,
             cue_paragraph: int | None, mention_paragraph: int | None, paragraph: int) -> str:
    """How the parser came to a quote's speaker, in a few words: "she said → Chlöe Swarbrick
    (named ¶9)", "no cue: carried from ¶12". Paragraphs are numbered from 1, as ¶ shows them."""
    if decided_by is None:
        return "no evidence recorded"
    if decided_by in _NO_ONE:
        return _NO_ONE[decided_by]
    if speaker is None:
        return "no speaker found"
    source = cue_paragraph or mention_paragraph
    if decided_by == "speaker.echoed":  # the cue is the echoed quotation's, in its own paragraph
        return f"echoes {speaker}'s words" + (f" at ¶{source}" if source is not None else "")
    if decided_by in _CARRIED and source is not None and source != paragraph:
        return f"no cue: carried from ¶{source}"
    if decided_by in _CARRIED and not cue_words:
        return "no cue: the speaker in view"
    how = _RESOLVED.get((resolved_by or "").removeprefix("opener > "), "")
    where = f"¶{mention_paragraph}" if mention_paragraph is not None else ""
    detail = " ".join(p for p in (how, where) if p)
    said = short_cue(cue_words) if cue_words else "named after the quote" if decided_by == "speaker.words_of" \
        else "a cue in the sentence"
    return f"{said} → {speaker}" + (f" ({detail})" if detail else "")


def short_cue(words: str) -> str:
    """A cue as the status line shows it: "Christopher Luxon … but said" for a long one."""
    split = words.split()
    return " ".join(split if len(split) <= 5 else [*split[:2], "…", *split[-2:]])


def _paragraph_of(document: Document, offset: int) -> int | None:
    """The ¶ number (from 1) of the block holding ``offset``."""
    return next((i + 1 for i, b in enumerate(document.blocks) if b.start <= offset < max(b.end, b.start + 1)), None)


def evidence_words(document: Document, quote: Quote) -> str:
    """The status line's account of a quote: how the parser decided, or that a person corrected it."""
    if quote.corrected is not None:
        said = quote.corrected.parser_speaker
        if said is None:
            said = NO_ONE if quote.corrected.parser_kind.value == "scare" else "no one"
        return f"corrected; the parser said {said}"
    evidence = quote.evidence
    if evidence is None:
        return how_said(None, None, quote.speaker, None, None, None, quote.block + 1)
    cue = document.text[evidence.cue[0]:evidence.cue[1]] if evidence.cue else None
    cue_paragraph = _paragraph_of(document, evidence.cue[0]) if evidence.cue else None
    mentioned = evidence.mention_block + 1 if evidence.mention_block is not None else None
    return how_said(evidence.decided_by, evidence.resolved_by, quote.speaker, cue, cue_paragraph, mentioned,
                    quote.block + 1)


def mark_of(quote: Quote) -> str:
    """The quote's mark: corrected by a person, unsure, or none."""
    if quote.corrected is not None:
        return CORRECTED_MARK
    return UNSURE_MARK if quote.confidence is Confidence.UNSURE else ""


def mark_look(mark: str) -> Look:
    """How a mark is drawn."""
    return Look.CORRECTED_MARK if mark == CORRECTED_MARK else Look.UNSURE_MARK


def marks(corpus: Corpus, on_show: Sequence[int], unsure: dict[int, list[Span]] | None) -> list[Highlight]:
    """The marked quotes of the documents on show: each quote's span, with its mark as the label.

    A speaker filter's documents are not loaded for this (a filter across the corpus loads its
    documents only as they are laid out): their unsure quotes come from ``unsure`` (counted in a
    thread; None until then), and only documents with a correction are read for theirs."""
    corrected = corrected_documents(corpus)
    found: list[Highlight] = []
    for doc in on_show:
        if len(on_show) > 1 and doc not in corrected:
            spans = (unsure or {}).get(doc, [])
            found += [Highlight(doc, s.start, s.end, Look.UNSURE_MARK, UNSURE_MARK) for s in spans]
            continue
        for quote in corpus.documents[doc].quotes:
            mark = mark_of(quote)
            if mark:
                found.append(Highlight(doc, quote.start, quote.end, mark_look(mark), mark))
    return found


def corrected_documents(corpus: Corpus) -> set[int]:
    """The documents a correction applies to (their summaries are recounted), by index."""
    documents = corpus.documents
    if not isinstance(documents, CorrectedDocuments):
        return set()
    parsed = documents.base.summaries
    return {i for i, summary in enumerate(corpus.summaries) if summary is not parsed[i]}


def evidence_spans(doc: int, quote: Quote) -> list[Highlight]:
    """The cue words and the mention that resolved the speaker, to highlight (none once corrected)."""
    evidence = quote.evidence
    if evidence is None or quote.corrected is not None:
        return []
    spans = [evidence.cue, evidence.mention]
    return [Highlight(doc, start, end, Look.EVIDENCE) for start, end in dict.fromkeys(s for s in spans if s)]


def unsure_in(document: Document, doc: int) -> list[Span]:
    """A document's unsure quotes."""
    return [Span(doc, q.start, q.end) for q in document.quotes if q.confidence is Confidence.UNSURE]


def unsure_spans(corpus: Corpus, listed: Sequence[int]) -> dict[int, list[Span]]:
    """The unsure quotes of the listed documents, from their summaries (no document is loaded)."""
    return {doc: [Span(doc, start, end) for start, end in corpus.summaries[doc].unsure] for doc in listed}


def next_unsure(spans: Sequence[Span], order: dict[int, int], here: tuple[int, int],
                direction: int) -> tuple[Span, bool] | None:
    """The next (1) or previous (-1) span in corpus order after ``here`` (a document's place in
    ``order`` and an offset), and whether it wrapped round; None if there are none."""
    placed = sorted(((order[s.doc], s.start), s) for s in spans if s.doc in order)
    if not placed:
        return None
    ahead = [p for p in placed if (p[0] > here if direction > 0 else p[0] < here)]
    if ahead:
        return (ahead[0] if direction > 0 else ahead[-1])[1], False
    return (placed[0] if direction > 0 else placed[-1])[1], len(placed) > 1


def copy_notice(text: str, quote_segments: Sequence[Quote]) -> tuple[str, Literal["information", "warning"]]:
    """The toast after a copy, and its severity: a warning when the speaker is unsure."""
    copied = f"Copied: {text[:80]}"
    if any(q.confidence is Confidence.UNSURE for q in quote_segments):
        return f"{UNSURE_MARK} Unsure speaker: check it before citing (c reassigns). {copied}", "warning"
    return copied, "information"
