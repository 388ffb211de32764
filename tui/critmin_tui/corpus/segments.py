"""A paragraph's quotation segments: where each quotation stands and what kind it is.

Each paragraph is read once into a Paragraph (its masked text, sentences, attributions and
quoted stretches); assign_segments then gives every segment its kind and quotation number,
before anyone is resolved as a speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .attribution import Attribution, find_attributions
from .marks import Marked, find_marked, masked, sentences
from .model import Block, QuoteKind
from .proxies import DOCUMENTS
from .roles import only_role_words

# 'a self-described "kaitiaki"': a label the subject gives themself is their own word.
SELF_LABEL_RE = re.compile(r"\b[Ss]elf-(?:proclaimed|described|styled|declared|confessed)\s*[\"“‘']$")


def self_labelled(before: str) -> bool:
    """True when the words before a mark end in a self-given label ("self-described "); the regex,
    tried at every position, only where its "elf-" is."""
    return "elf-" in before and SELF_LABEL_RE.search(before) is not None

_TRAILING_ATTRIBUTION_RE = re.compile(r"^[,\s]*[\"”’]?[,\s]*$")
_RELATIVE_RE = re.compile(r"\s+(?:was|were|is|are|had|has|would|could)\b")
_TRAILING_ARTICLE_RE = re.compile(r"\s+(?:the|The|a|an)$")
_ARTICLES = ("the", "The", "a", "an")
_NEW_CLAUSE_RE = re.compile(r",\s+(?:while|whereas|although|though|but)\s")
_CLOSERS = "”\"’'"
# "the three-judge panel", "an independent investigation": an article and lower-case words before a body.
_DESCRIBED_BODY_RE = re.compile(r"\s*(?:the|a|an)(?:\s+[a-z][\w-]*){0,3}\s*$")
CUE_REACH = 160  # how far before a quotation its cue words are looked for


@dataclass
class Segment:
    """One quoted stretch of a paragraph: its marks, kind, quotation number and sentence."""

    mark: Marked
    kind: QuoteKind
    quotation: int
    sentence: int
    kind_rule: str = ""  # the rule of the kind stage that decided ``kind``


@dataclass
class Paragraph:
    """A paragraph read for quotes: masked text, sentence spans, attributions and segments."""

    block: int
    start: int
    frame: str
    sentences: list[tuple[int, int]]
    attributions: list[Attribution]
    segments: list[Segment] = field(default_factory=list)

    by_sentence: dict[int, list[int]] = field(default_factory=dict)
    verb_starts: dict[int, list[int]] = field(default_factory=dict)
    verb_ends: dict[int, list[int]] = field(default_factory=dict)

    def in_sentence(self, sentence: int) -> list[int]:
        """Indexes of the attributions in a sentence."""
        return self.by_sentence.get(sentence, [])

    @property
    def opens_with_quote(self) -> bool:
        """True if the paragraph's first character opens a quotation."""
        return bool(self.segments) and self.segments[0].mark.open_at == self.start


def prepare_paragraph(text: str, index: int, block: Block) -> Paragraph:
    """Read one paragraph block: its quoted stretches, masked text, sentences and attributions."""
    marks = find_marked(text, block.start, block.end)
    frame = masked(text, block.start, block.end, marks)
    spans = sentences(frame)
    paragraph = Paragraph(index, block.start, frame, spans, find_attributions(frame, block.start, spans))
    if marks:  # most paragraphs quote no one: no sentence starts to list for them
        starts = [s for s, _ in spans]
        paragraph.segments = [
            Segment(m, QuoteKind.SCARE, -1, max(0, bisect_right(starts, m.open_at - block.start) - 1)) for m in marks
        ]
    for number, attribution in enumerate(paragraph.attributions):
        paragraph.by_sentence.setdefault(attribution.sentence, []).append(number)
        paragraph.verb_starts.setdefault(attribution.sentence, []).append(attribution.verb_start)
        paragraph.verb_ends.setdefault(attribution.sentence, []).append(attribution.verb_end)
    return paragraph


def attribution_before(paragraph: Paragraph, segment: Segment) -> int | None:
    """The last attribution in the quote's sentence that ends before the quote opens."""
    ends = paragraph.verb_ends.get(segment.sentence, [])
    position = bisect_right(ends, segment.mark.open_at) - 1
    if position < 0:
        return None
    # "Luxon said ..., while the opposition slammed the "secret" talks": a new clause, its own subject.
    offset = segment.mark.open_at - paragraph.start
    between = paragraph.frame[max(ends[position] - paragraph.start, offset - CUE_REACH):offset]
    return None if _NEW_CLAUSE_RE.search(between) else paragraph.in_sentence(segment.sentence)[position]


def attribution_after(paragraph: Paragraph, segment: Segment) -> int | None:
    """`... was "a disaster", Smith said.`: an attribution closing the quote's sentence."""
    starts = paragraph.verb_starts.get(segment.sentence, [])
    position = bisect_left(starts, segment.mark.end)
    for number in paragraph.in_sentence(segment.sentence)[position:position + 1]:
        attribution = paragraph.attributions[number]
        between = paragraph.frame[segment.mark.end - paragraph.start:attribution.verb_start - paragraph.start]
        if attribution.subject is not None and not attribution.inverted:
            between = between.replace(paragraph.frame[attribution.subject.start - paragraph.start:
                                                      attribution.subject.end - paragraph.start], "")
        s_end = paragraph.sentences[segment.sentence][1]
        after = paragraph.frame[attribution.verb_end - paragraph.start:s_end]
        if not between.strip() and _RELATIVE_RE.match(after):
            return number  # "he would address "misinformation" he said was being circulated"
        if len(after[:200].split()) > 6:
            continue
        if _TRAILING_ATTRIBUTION_RE.match(between[:CUE_REACH]) or _tags_sentence(paragraph, attribution):
            return number
    return None


def _tags_sentence(paragraph: Paragraph, attribution: Attribution) -> bool:
    """`A mine was "a very big deal" for Tarras and there was no rush, she said.`: an attribution
    after a comma at the sentence's end reports the whole sentence, quotation and all ("according
    to the trust" gives a source for a fact, and leaves a scare quote alone)."""
    verb = paragraph.frame[attribution.verb_start - paragraph.start:attribution.verb_end - paragraph.start]
    if verb.lower() == "according to" and not _names_document(attribution):
        return False
    said_from = attribution.verb_start
    if attribution.subject is not None and not attribution.inverted:
        said_from = _role_start(paragraph, min(said_from, attribution.subject.start))
    return ends_with_comma(paragraph, said_from)


def _role_start(paragraph: Paragraph, at: int) -> int:
    """Where the title and role words before a name begin (", Resources Minister Shane Jones
    said", ", Mr Jones said"): after the comma, if only such words stand between."""
    offset = at - paragraph.start
    before = paragraph.frame[max(0, offset - 80):offset]
    phrase = before[before.rfind(",") + 1:] if "," in before else ""
    # '...,” the three-judge panel said': a closing mark and a described body stand between too.
    words = phrase.lstrip().lstrip(_CLOSERS)
    if words.strip() and (only_role_words(words) or _DESCRIBED_BODY_RE.match(words)):
        return at - len(phrase)
    return at


def _names_document(attribution: Attribution) -> bool:
    """"..., according to a statement released by both governments": the words are the document's."""
    subject = attribution.subject
    return subject is not None and subject.kind == "org" and subject.text in DOCUMENTS


def ends_with_comma(paragraph: Paragraph, at: int) -> bool:
    """True if the text before ``at`` ends in a comma, an article aside (", the town's mayor
    says"). A bounded look-back keeps paragraphs of thousands of quotation marks linear."""
    offset = at - paragraph.start
    before = paragraph.frame[max(0, offset - CUE_REACH):offset].rstrip()
    if before.endswith(_ARTICLES):  # the regex only where its article is: most quotations follow none
        before = _TRAILING_ARTICLE_RE.sub("", before)
    # 'were “general in the sense of ... jurors,” the panel said': the comma inside the closing mark.
    return before.endswith(",") or (before.endswith(_CLOSERS) and before.rstrip(_CLOSERS).endswith(","))

