"""A paragraph's quotation segments: where each quotation stands and what kind it is.

Each paragraph is read once into a Paragraph (its masked text, sentences, attributions and
quoted stretches); assign_segments then gives every segment its kind and quotation number,
before anyone is resolved as a speaker.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .attribution import Attribution, find_attributions, only_role_words, question_end
from .marks import Marked, find_marked, masked, sentences
from .model import Block, QuoteKind
from .proxies import DOCUMENTS

_DENIAL_RE = re.compile(
    r"\b(?:reject\w*|den(?:y|ies|ied)|dismiss\w*|refut\w*|disput\w*|rebuff\w*|played down|"
    r"brushed off|hit back at)\b[^_]{0,60}\b(?:claims?|suggestions?|accusations?|allegations?|"
    r"reports?|criticism|assertions?|characteri[sz]ations?|descriptions?|the idea|the view|talk|"
    r"labels?|that)\b[^_]*$"
)
# "rejects that, saying the company met iwi "more than 40 times"": a speech participle after a
# denial brings back the subject's own words.
_SPEAKS_AGAIN_RE = re.compile(r",\s+(?:saying|calling|describing|adding|arguing|insisting|labelling|labeling|"
                              r"noting|warning|claiming|telling)\b[^,;]*$")
# "Hosking asked whether it was "a done deal"": the words are the question's, as with "pressed".
_ASKED_WHETHER_RE = re.compile(r"\b(?:asked|asks|questioned|wondered)\s+(?:\w+\s+)?(?:whether|if)\b[^_.;,]*$")
# 'a self-described "kaitiaki"': a label the subject gives themself is their own word.
SELF_LABEL_RE = re.compile(r"\b[Ss]elf-(?:proclaimed|described|styled|declared|confessed)\s*[\"“‘']$")
_TRAILING_ATTRIBUTION_RE = re.compile(r"^[,\s]*[\"”’]?[,\s]*$")
_RELATIVE_RE = re.compile(r"\s+(?:was|were|is|are|had|has|would|could)\b")
_TRAILING_ARTICLE_RE = re.compile(r"\s+(?:the|The|a|an)$")
_NEW_CLAUSE_RE = re.compile(r",\s+(?:while|whereas|although|though|but)\s")
CUE_REACH = 160  # how far before a quotation its cue words are looked for
_PRESSED_WORDS = ("pressed", "asked", "asks", "questioned", "quizzed", "challenged", "wondered")
# "Luxon was pressed on whether the seabed was "on the table"": the words are the question's.
_PRESSED_RE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:pressed|asked|questioned|quizzed|challenged)\b"
                         r"[^_]*$")


@dataclass
class Segment:
    """One quoted stretch of a paragraph: its marks, kind, quotation number and sentence."""

    mark: Marked
    kind: QuoteKind
    quotation: int
    sentence: int


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
    starts = [s for s, _ in spans]
    paragraph.segments = [
        Segment(m, QuoteKind.SCARE, -1, max(0, bisect_right(starts, m.open_at - block.start) - 1)) for m in marks
    ]
    for number, attribution in enumerate(paragraph.attributions):
        paragraph.by_sentence.setdefault(attribution.sentence, []).append(number)
        paragraph.verb_starts.setdefault(attribution.sentence, []).append(attribution.verb_start)
        paragraph.verb_ends.setdefault(attribution.sentence, []).append(attribution.verb_end)
    return paragraph


def assign_segments(text: str, paragraphs: list[Paragraph]) -> None:
    """Give each segment its kind and quotation id; a paragraph left open continues the next."""
    next_id = 0
    open_chain: int | None = None
    for paragraph in paragraphs:
        last_direct: int | None = None
        for segment in paragraph.segments:
            at_start = segment.mark.open_at == paragraph.start
            if at_start and open_chain is not None:
                segment.kind, segment.quotation = QuoteKind.CONTINUATION, open_chain
            elif at_start or _starts_statement(text, paragraph, segment) or _after_comma_lead(text, paragraph, segment):
                split = last_direct is not None and _is_split(paragraph, segment, last_direct)
                segment.kind = QuoteKind.DIRECT
                segment.quotation = paragraph.segments[0].quotation if split else next_id
            else:
                segment.kind = _inline_kind(paragraph, segment)
                segment.quotation = next_id
            next_id = max(next_id, segment.quotation + 1)
            if segment.kind in (QuoteKind.DIRECT, QuoteKind.CONTINUATION):
                last_direct = segment.quotation
        last = paragraph.segments[-1] if paragraph.segments else None
        open_chain = last.quotation if last and last.mark.close_at is None else None


def _starts_statement(text: str, paragraph: Paragraph, segment: Segment) -> bool:
    """A quotation that opens a sentence, or follows a colon lead-in ("Court said: ...") with
    words that read as a statement ("TSXV: "NZP"" names a ticker)."""
    offset = segment.mark.open_at - paragraph.start
    if offset <= paragraph.sentences[segment.sentence][0]:
        return True
    if not paragraph.frame[max(0, offset - CUE_REACH):offset].rstrip().endswith(":"):
        return False
    words = text[segment.mark.inner_start:segment.mark.inner_end].rstrip()
    return len(words.split()) >= 3 or words.endswith((".", "!", "?"))


def _after_comma_lead(text: str, paragraph: Paragraph, segment: Segment) -> bool:
    """`According to Jones, "The strategy is ..."`, `Bond said "I am delighted ..."`: a whole
    sentence quoted right after its attribution, with a comma or without one."""
    words = text[segment.mark.inner_start:segment.mark.inner_end].rstrip()
    # 'Luxon said "We need support to kick off a sector".': the full stop may stand outside.
    ends = words.endswith((".", "!", "?")) or text[segment.mark.end:segment.mark.end + 1] in (".", "!", "?")
    comma = _ends_with_comma(paragraph, segment.mark.open_at)
    # 'He said, "we do not have a deal on the table".': after a comma, a lower-case sentence too.
    starts = words[:1].isupper() or (comma and len(words.split()) >= 5)
    if not starts or not ends or (segment.mark.close_at is None and not words.endswith((".", "!", "?"))):
        return False
    for number in paragraph.in_sentence(segment.sentence):
        attribution = paragraph.attributions[number]
        said_end = max(attribution.verb_end, attribution.subject.end if attribution.subject else 0)
        between = text[said_end:segment.mark.open_at].split()
        if said_end <= segment.mark.open_at and (len(between) <= 3 if comma else not between):
            return True
    return False


def _is_split(paragraph: Paragraph, segment: Segment, first: int) -> bool:
    """`"...," she said. "..."`: the second half of a quotation split by its attribution."""
    return paragraph.segments[0].quotation == first and bool(paragraph.in_sentence(segment.sentence - 1))


def _inline_kind(paragraph: Paragraph, segment: Segment) -> QuoteKind:
    s_start, s_end = paragraph.sentences[segment.sentence]
    offset = segment.mark.open_at - paragraph.start
    # Cues stand just before the quote: a bounded look-behind keeps long sentences linear.
    near = max(s_start, offset - CUE_REACH)
    before = paragraph.frame[near:offset]
    # Only the first few attributions can end an "Asked ..." clause; a bound keeps this linear.
    in_sentence = [paragraph.attributions[i] for i in paragraph.in_sentence(segment.sentence)[:4]]
    if offset < question_end(paragraph.frame, s_start, s_end, in_sentence, paragraph.start):
        return QuoteKind.QUESTION
    speaks_again = "," in before and _SPEAKS_AGAIN_RE.search(before) is not None
    if any(w in before for w in _PRESSED_WORDS) and not speaks_again and \
            (_PRESSED_RE.search(before) or _ASKED_WHETHER_RE.search(before)):  # "was pressed on whether"
        return QuoteKind.QUESTION
    if (_DENIAL_RE.search(before) and not speaks_again) or SELF_LABEL_RE.search(paragraph.frame[near:offset + 1]):
        return QuoteKind.SCARE
    if attribution_before(paragraph, segment) is not None or attribution_after(paragraph, segment) is not None:
        return QuoteKind.PARTIAL
    return QuoteKind.SCARE


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
    return _ends_with_comma(paragraph, said_from)


def _role_start(paragraph: Paragraph, at: int) -> int:
    """Where the title and role words before a name begin (", Resources Minister Shane Jones
    said", ", Mr Jones said"): after the comma, if only such words stand between."""
    offset = at - paragraph.start
    before = paragraph.frame[max(0, offset - 80):offset]
    phrase = before[before.rfind(",") + 1:] if "," in before else ""
    return at - len(phrase) if phrase.strip() and only_role_words(phrase) else at


def _names_document(attribution: Attribution) -> bool:
    """"..., according to a statement released by both governments": the words are the document's."""
    subject = attribution.subject
    return subject is not None and subject.kind == "org" and subject.text in DOCUMENTS


def _ends_with_comma(paragraph: Paragraph, at: int) -> bool:
    """True if the text before ``at`` ends in a comma, an article aside (", the town's mayor
    says"). A bounded look-back keeps paragraphs of thousands of quotation marks linear."""
    offset = at - paragraph.start
    before = paragraph.frame[max(0, offset - CUE_REACH):offset].rstrip()
    return _TRAILING_ARTICLE_RE.sub("", before).endswith(",")

