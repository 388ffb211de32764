"""Finding withheld spans: markers, labels as written, the codes they cite and each code's law.

Two stages, after the attribution pipeline: ``candidates`` (redaction_rules: brackets, withheld
words, blocks, bare codes) finds every form a withheld span takes, and ``judge``
(redaction_judges) drops a candidate that withholds nothing: a prose or statute citation, a
legend, a schedule row, a reference number. The law of each code is then placed (corpus/laws).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .laws import (
    ground_for,
    out_of_scope_section,
    place,
    regime_by_source,
    regime_in_text,
    regime_named_firmly,
    unrecognised,
)
from .model import Document, DocumentKind, Redaction, RedactionKind, Regime
from .oia import ground_for_label
from .redaction_damaged import SECOND_LOOK, completed_sevens, ex_marker_triggered, second_look_triggered
from .redaction_found import Found
from .redaction_judges import JUDGES, Candidate, Lines
from .redaction_rules import BLOCKS_RE, CANDIDATES, UNJUDGED, Finder
from .regime_style import regime_by_style


def find_redactions(text: str, start: int = 0, end: int | None = None,
                    regime: Regime | None = None) -> list[Redaction]:
    """Every withheld span between ``start`` and ``end``, in order, none overlapping; ``regime`` is the
    document's law when known (else told from the text and the codes)."""
    end = len(text) if end is None else end
    window = text if start == 0 and end == len(text) else text[start:end]
    finders = [(name, finder) for name, finder, trigger in CANDIDATES if trigger(window)]
    if not finders and regime is None and not ex_marker_triggered(window):
        return []  # most articles: a few cheap tests instead of four scans
    lines = Lines(text)
    rejected: list[tuple[int, int]] = []
    found = _judged(text, start, end, finders, lines, rejected)
    if rejected:  # a code inside a citation a judge turned down is the citation's: "[5 U.S.C. § 552a (b)(7)(E)]"
        found = [c for c in found if not any(at < c.start and c.end <= to for at, to in rejected)]
    if found or regime is not None or second_look_triggered(window):
        # Greetings and place words are too weak to read a US article's "Ex. 5" as a stamp: not asked here.
        law = regime or document_regime(text, found, words=False)
        # A tolerant finder never takes back what a judge turned down: "§ 552 (b)(2)high, (b)(6) and
        # (b)(7)(c) of the FOIA" is one citation, its codes none of them a box.
        found += [candidate for candidate in _second_look(text, start, end, law, found, lines)
                  if not any(at <= candidate.start < to for at, to in rejected)]
        if law is Regime.US_FOIA:
            found = completed_sevens(found)
    kept: list[Found] = []
    taken_to = -1  # the end of a label a block has taken: nothing inside it is a redaction of its own
    for candidate in sorted(found, key=lambda c: (c.start, c.priority)):
        if candidate.start < taken_to or (kept and candidate.start < kept[-1].end):
            continue
        if kept and _continues_run(kept[-1], candidate, text):
            kept[-1] = _joined(kept[-1], candidate, text)
            continue
        if kept and _is_label_of(kept[-1], candidate, text):
            taken_to = candidate.end
            continue
        if kept and _labels(kept[-1], candidate, text):
            kept[-1] = kept[-1]._replace(label=candidate.label, codes=candidate.codes)
        else:
            kept.append(candidate)
    if not kept:
        return []
    law = regime or document_regime(text, kept)
    return [_redaction(candidate, law) for candidate in kept]


def _kept(text: str, candidate: Found, lines: Lines) -> bool:
    """Whether no judge rejects the candidate."""
    return JUDGES.decide(Candidate(text, candidate.start, candidate.end, candidate.bare, lines)) is None


def _judged(text: str, start: int, end: int, finders: list[tuple[str, Finder]], lines: Lines,
            rejected: list[tuple[int, int]]) -> list[Found]:
    """The candidates the finders whose triggers are present yield, less those a judge rejects (the spans
    of those rejected for their context added to ``rejected``); a finder of UNJUDGED is sure by its form."""
    found: list[Found] = []
    for name, finder in finders:
        if name in UNJUDGED:
            found.extend(finder(text, start, end))
            continue
        for candidate in finder(text, start, end):
            decided = JUDGES.decide(Candidate(text, candidate.start, candidate.end, candidate.bare, lines))
            if decided is None:
                found.append(candidate)
            elif decided.rule not in _FORM_JUDGES:
                rejected.append((candidate.start, candidate.end))
    return found


# Judges that turn a candidate down by its own form ("1( b)(6)" read as a number), not by what it
# stands in: a tolerant finder may still read a damaged code there.
_FORM_JUDGES = frozenset(("judge.glued_subsection", "judge.reference_number", "judge.clause_number"))


def _second_look(text: str, start: int, end: int, law: Regime | None, found: list[Found],
                 lines: Lines) -> list[Found]:
    """What the tolerant finders of the release's own law find (damaged, cut off or split codes), less
    what a judge rejects; nothing at all when the law is unknown (an article)."""
    if law is None:
        return []
    window = text[start:end]
    written = tuple(code for candidate in found for code in candidate.codes)
    more: list[Found] = []
    for _, finder, laws, trigger in SECOND_LOOK:
        if law in laws and trigger(window):
            more.extend(candidate for candidate in finder(text, start, end, written) if _kept(text, candidate, lines))
    return more


def document_regime(text: str, found: list[Found] | tuple[Redaction, ...], words: bool = True) -> Regime | None:
    """The law the document names; failing that, the law most of its codes' own forms belong to; failing
    that, the law its source implies (a request site, the FBI); failing that, its country's (regime_style;
    told by its mail domains alone when ``words`` is False)."""
    named = regime_named_firmly(text)
    if named is not None:
        return named
    votes: dict[Regime, int] = {}
    for item in found:
        for code in item.codes if isinstance(item, Found) else item.sections:
            law = place(code, None)
            if law is not None:
                votes[law] = votes.get(law, 0) + 1
    if votes:
        return max(votes, key=lambda law: votes[law])
    return regime_by_source(text) or regime_by_style(text, words) or regime_in_text(text)  # "the FOI Act" last


def with_regime(document: Document) -> Document:
    """The document with its law, told from its text and the codes its redactions cite."""
    if not document.redactions and not document.schedule and document.kind is DocumentKind.ARTICLE:
        return document  # news: no release, no law to tell (and no scan of its text)
    return replace(document, regime=document_regime(document.text, document.redactions))


_RUN_GAP_RE = re.compile(r"[ \t]*(?:,|and|&)[ \t]*")


def _continues_run(code: Found, cut: Found, text: str) -> bool:
    """"(b)(6), (b)(...": a code cut off after a comma goes on the run of codes before it (one box)."""
    return (cut.bare and code.bare and cut.marker.endswith("(") and bool(code.codes)
            and _RUN_GAP_RE.fullmatch(text, code.end, cut.start) is not None)


def _joined(code: Found, cut: Found, text: str) -> Found:
    """A run of codes with the cut-off code after it, as one box (its label the whole run, as written;
    the cut code's ground is not guessed from the document's other runs: labellers read it both ways)."""
    marker = text[code.start:cut.end]
    return code._replace(end=cut.end, marker=marker, label=marker if code.label == code.marker else code.label,
                         codes=tuple(dict.fromkeys(code.codes + cut.codes)))


def _labels(marker: Found, label: Found, text: str) -> bool:
    """A bare code just after an unlabelled marker ("████ s9(2)(j)") is that marker's label. A masked
    address or number ("xxxx@xxxx.xx") takes no code from the next line: that code is a box of its own,
    as a signature block's lines are."""
    if marker.codes or marker.label is not None or not label.codes or not label.bare:
        return False  # the cheap tests first: the gap between two candidates may be long
    gap = text[marker.end:label.start]
    return not gap.strip() and not (marker.kind is RedactionKind.MASK and "\n" in gap)


def _is_label_of(block: Found, candidate: Found, text: str) -> bool:
    """"████ [Withheld under section 9(2)(f)(iv)]": the bracket is the block's label, already taken."""
    return (block.label is not None and bool(BLOCKS_RE.fullmatch(block.marker))
            and candidate.marker.strip("[]() ") == block.label.strip()
            and not text[block.end:candidate.start].strip(" ([\t"))


def _redaction(found: Found, law: Regime | None) -> Redaction:
    """A candidate as a Redaction: its codes placed under their law, its ground in plain words."""
    laws = [place(code, law) for code in found.codes]
    regime = laws[0] if laws else (law if found.kind is RedactionKind.REDACTION else None)
    kind = found.kind
    if laws and all(out_of_scope_section(rule, code) for rule, code in zip(laws, found.codes, strict=True)):
        kind = RedactionKind.OUT_OF_SCOPE  # "s22" in an Australian release: irrelevant material left out
    return Redaction(found.start, found.end, found.marker, found.label, found.codes,
                     _ground(found, laws), kind, regime=regime)


def _ground(found: Found, laws: list[Regime | None]) -> str | None:
    """The grounds in plain words; a code no law has, or a cut-off label, is kept as not recognised."""
    if not found.codes:
        label = found.label
        ground = ground_for_label(label) if label else None
        if ground is None and label and any(ch.isdigit() for ch in label):
            return unrecognised(f"label cut off: {label}")
        return ground.summary if ground else None
    parts = []
    for code, law in zip(found.codes, laws, strict=True):
        known = ground_for(law, code)
        parts.append(known.summary if known else unrecognised(code))
    return "; ".join(parts)
