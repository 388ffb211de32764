"""What the main screen shows, derived from the corpus and the reader's state: pure functions.

Layout sources (whole, and a first screenful for long views), highlights, the search counter,
per-speaker match counts and the search index. No Textual: the screen calls these and passes
the results down to its panes.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from ..corpus import MATCH_CAP, Corpus, SearchIndex
from ..output import initials, plural
from .layout import Highlight, LayoutSource, Look
from .state import CorpusShape, Match, ReaderState, Span
from .views import FIRST_QUOTES, FIRST_SCREENS, diff_layout, document_layout, quotes_layout


def search_index(corpus: Corpus, listed: list[int]) -> SearchIndex:
    """Search over the listed documents, from the corpus's held text (no document is loaded);
    its trigram index, once the screen has started it (see screen_search.py), or a scan."""
    folds = corpus.folds
    if folds is None:  # a corpus built by hand, without folds: fold its texts when first searched
        return SearchIndex.of_texts([corpus.documents[i].text for i in listed])
    return SearchIndex(folds, listed)


def filtered_spans(corpus: Corpus, listed: list[int], speakers: frozenset[str]) -> list[Span]:
    """The speakers' quotes across the listed documents, from the summaries (nothing loaded)."""
    return [Span(i, start, end) for i in listed for start, end, who in corpus.summaries[i].quotes if who in speakers]


def layout_source(corpus: Corpus, shape: CorpusShape, state: ReaderState, filtered: Sequence[Span]) -> LayoutSource:
    """What the document pane lays out: a speaker's quotes, two captures' differences, or a document."""
    if state.speakers:
        return lambda width: quotes_layout(corpus, filtered, width)
    first = shape.primary_of(state.doc)
    if state.diff and shape.versions.get(first):
        other = shape.versions[first][0]
        return lambda width: diff_layout(corpus, first, other, width)
    return lambda width: document_layout(corpus, state.doc, width)


def first_screens(corpus: Corpus, shape: CorpusShape, state: ReaderState,
                  filtered: Sequence[Span]) -> LayoutSource | None:
    """For a long view, a layout of its first screens only (laying out a megabyte takes about
    half a second: the first frame should not wait for it); None for a short one."""
    if state.speakers:
        if len(filtered) <= FIRST_QUOTES:
            return None
        return lambda width: quotes_layout(corpus, filtered, width, limit=FIRST_QUOTES)
    diff = state.diff and shape.versions.get(shape.primary_of(state.doc))
    if diff or len(corpus.documents[state.doc].text) <= FIRST_SCREENS:
        return None
    return lambda width: document_layout(corpus, state.doc, width, limit=FIRST_SCREENS)


def highlights(corpus: Corpus, shape: CorpusShape, state: ReaderState, on_show: list[int],
               slots: dict[str, int]) -> list[Highlight]:
    """Quotes by speaker colour (with initials, for where colour is off), redactions, decision
    verbs and search matches on show."""
    spans: list[Highlight] = []
    for i in on_show:
        summary = corpus.summaries[i]
        spans += [_quote(i, start, end, who, slots) for start, end, who in summary.quotes]
        spans += [Highlight(i, start, end, Look.REDACTION) for start, end in summary.redactions]
    minute = corpus.documents[state.doc].minute if not state.speakers else None
    if minute is not None:
        spans += [Highlight(state.doc, d.verb_start, d.verb_end, Look.VERB) for d in minute.decisions]
    shown = set(on_show)
    for index, (doc, start, end) in enumerate(state.matches):
        if doc in shown:
            spans.append(Highlight(doc, start, end, Look.MATCH_CURRENT if index == state.match_index else Look.MATCH))
    return spans


def _quote(doc: int, start: int, end: int, who: str | None, slots: dict[str, int]) -> Highlight:
    if who is None or who not in slots:
        return Highlight(doc, start, end, Look.QUOTE_NONE)
    return Highlight(doc, start, end, f"speaker-{slots[who]}", initials(who))


def counter(state: ReaderState, scope: str = "") -> str:
    """The search bar's counter: "3/14", "1/10000+", "no matches", "bad pattern", then the
    scope it counts in ("in corpus")."""
    mode = "regex " if state.regex else ""
    if state.error:
        return f"{mode}bad pattern"
    if not state.query:
        return f"{mode}{scope}".strip()
    tail = f" {scope}" if scope else ""
    if not state.matches:
        return f"{mode}no matches{tail}"
    position = state.match_index + 1 if state.match_index is not None else 0
    more = "+" if len(state.matches) >= MATCH_CAP else ""
    return f"{mode}{position}/{len(state.matches)}{more}{tail}"


def speaker_counts(corpus: Corpus, shape: CorpusShape, state: ReaderState) -> tuple[dict[str, int], dict[str, int]]:
    """Per speaker: quotes holding a match (all of them without a search, or when the search
    stopped at its cap), and all quotes."""
    totals = {speaker.name: speaker.quote_count for speaker in corpus.speakers}
    if not state.query or len(state.matches) >= MATCH_CAP:
        return totals, totals
    return _hit_counts(corpus, state.matches), totals


def _hit_counts(corpus: Corpus, matches: tuple[Match, ...]) -> dict[str, int]:
    """Only documents with a match are looked at, through their summaries."""
    starts: dict[int, list[int]] = {}
    for doc, start, _ in matches:
        starts.setdefault(doc, []).append(start)
    counts: dict[str, int] = {}
    for doc, in_doc in starts.items():
        for start, end, speaker in corpus.summaries[doc].quotes:
            first = bisect_left(in_doc, start)
            if speaker and first < len(in_doc) and in_doc[first] < end:
                counts[speaker] = counts.get(speaker, 0) + 1
    return counts


def subtitle(corpus: Corpus, state: ReaderState, filtered: int, provisional: bool, unsure: int | None = None,
             problems: int = 0, parsing: str = "") -> str:
    """The title bar's text: the document, the filter, the diff, the search, the count of unsure
    quotes (None: not counted yet), the problems (the corpus's and any found since it opened),
    and while the corpus is parsed behind the reader, how far it has got (``parsing``)."""
    parts = [corpus.summaries[state.doc].title if not state.speakers else ""]
    if provisional:
        parts.append("reading the corpus: quotes, speakers and redactions follow")
    if parsing:
        parts.append(parsing)
    if state.speakers:
        so_far = " so far" if parsing else ""
        parts.append(f"Filter: {', '.join(sorted(state.speakers))} ({plural(filtered, 'quote')}{so_far})")
    if state.diff:
        parts.append("Differences between captures")
    if state.query:
        scope = "in filter" if state.speakers else f"in {state.scope.value}"
        parts.append(f"Search: {state.query} {counter(state, scope)}")
    if unsure:
        parts.append(f"? {unsure} unsure (u)")
    if problems:
        parts.append(f"⚠ {problems} problems (p)")
    return " · ".join(p for p in parts if p)
