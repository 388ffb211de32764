"""Quote analysis of an article: segments, quotation chains, kinds and speakers."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from .attribution import (
    Attribution,
    find_attributions,
    person_after_role,
    question_end,
    role_before,
    sentence_subject,
)
from .marks import Marked, find_marked, masked, sentences
from .model import Block, BlockKind, Mention, Quote, QuoteKind, ReportedSpeech, SpeakerInfo
from .names import NameRef, caps_runs, classify_caps
from .narrative import NarrativeNames, people_in
from .registry import Registry

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
_SELF_LABEL_RE = re.compile(r"\b[Ss]elf-(?:proclaimed|described|styled|declared|confessed)\s*[\"“‘']$")
_TRAILING_ATTRIBUTION_RE = re.compile(r"^[,\s]*[\"”’]?[,\s]*$")
_CUE_REACH = 160
_PRESSED_WORDS = ("pressed", "asked", "asks", "questioned", "quizzed", "challenged", "wondered")
# "Luxon was pressed on whether the seabed was "on the table"": the words are the question's.
_PRESSED_RE = re.compile(r"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:pressed|asked|questioned|quizzed|challenged)\b"
                         r"[^_]*$")
_INTERVIEWER_RE = re.compile(
    r"\b(?:put it to|asked|pressed|questioned|challenged|quizzed|suggested to|reminded)\s+(?:him|her|them)\b"
)
_CLAUSE_BREAK_RE = re.compile(r"[.!?:]\s")
_WORDS_OF_RE = re.compile(r"\s*(?:Those|These|That|Such|This)\s+(?:were|was|are|is)\s+(?:the\s+)?"
                          r"(?:words|message|view|verdict|warning|assessment)\s+(?:of|from)\s+")
_POSSESSIVE_ORG_RE = re.compile(r"((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w-]*)['’]s\s")


@dataclass
class _Segment:
    mark: Marked
    kind: QuoteKind
    quotation: int
    sentence: int


@dataclass
class _Paragraph:
    block: int
    start: int
    frame: str
    sentences: list[tuple[int, int]]
    attributions: list[Attribution]
    segments: list[_Segment] = field(default_factory=list)

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


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """What quote analysis finds in one article."""

    quotes: tuple[Quote, ...]
    mentions: tuple[Mention, ...]
    reported: tuple[ReportedSpeech, ...]
    speakers: tuple[SpeakerInfo, ...]


def analyse_article(text: str, blocks: list[Block]) -> ArticleAnalysis:
    """Find every quote segment and reported-speech paragraph, and who said each."""
    paragraphs = [_prepare(text, i, b) for i, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH]
    _assign_segments(text, paragraphs)
    names = NarrativeNames(paragraphs)
    registry = Registry(names.person, names.body)
    _preregister(text, blocks, paragraphs, registry)
    return _Resolver(text, paragraphs, registry).run()


def _prepare(text: str, index: int, block: Block) -> _Paragraph:
    marks = find_marked(text, block.start, block.end)
    frame = masked(text, block.start, block.end, marks)
    spans = sentences(frame)
    paragraph = _Paragraph(index, block.start, frame, spans, find_attributions(frame, block.start, spans))
    starts = [s for s, _ in spans]
    paragraph.segments = [
        _Segment(m, QuoteKind.SCARE, -1, max(0, bisect_right(starts, m.open_at - block.start) - 1)) for m in marks
    ]
    for number, attribution in enumerate(paragraph.attributions):
        paragraph.by_sentence.setdefault(attribution.sentence, []).append(number)
        paragraph.verb_starts.setdefault(attribution.sentence, []).append(attribution.verb_start)
        paragraph.verb_ends.setdefault(attribution.sentence, []).append(attribution.verb_end)
    return paragraph


def _assign_segments(text: str, paragraphs: list[_Paragraph]) -> None:
    """Give each segment its kind and quotation id; a paragraph left open continues the next."""
    next_id = 0
    open_chain: int | None = None
    for paragraph in paragraphs:
        last_direct: int | None = None
        for segment in paragraph.segments:
            at_start = segment.mark.open_at == paragraph.start
            if at_start and open_chain is not None:
                segment.kind, segment.quotation = QuoteKind.CONTINUATION, open_chain
            elif at_start or _starts_statement(paragraph, segment):
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


def _starts_statement(paragraph: _Paragraph, segment: _Segment) -> bool:
    """A quotation that opens a sentence, or follows a colon lead-in ("Court said: ...")."""
    offset = segment.mark.open_at - paragraph.start
    before = paragraph.frame[max(0, offset - _CUE_REACH):offset].rstrip()
    sentence_start = paragraph.sentences[segment.sentence][0]
    return before.endswith(":") or offset <= sentence_start


def _is_split(paragraph: _Paragraph, segment: _Segment, first: int) -> bool:
    """`"...," she said. "..."`: the second half of a quotation split by its attribution."""
    return paragraph.segments[0].quotation == first and bool(paragraph.in_sentence(segment.sentence - 1))


def _inline_kind(paragraph: _Paragraph, segment: _Segment) -> QuoteKind:
    s_start, s_end = paragraph.sentences[segment.sentence]
    offset = segment.mark.open_at - paragraph.start
    # Cues stand just before the quote: a bounded look-behind keeps long sentences linear.
    near = max(s_start, offset - _CUE_REACH)
    before = paragraph.frame[near:offset]
    # Only the first few attributions can end an "Asked ..." clause; a bound keeps this linear.
    in_sentence = [paragraph.attributions[i] for i in paragraph.in_sentence(segment.sentence)[:4]]
    if offset < question_end(paragraph.frame, s_start, s_end, in_sentence, paragraph.start):
        return QuoteKind.QUESTION
    speaks_again = "," in before and _SPEAKS_AGAIN_RE.search(before) is not None
    if any(w in before for w in _PRESSED_WORDS) and not speaks_again and \
            (_PRESSED_RE.search(before) or _ASKED_WHETHER_RE.search(before)):  # "was pressed on whether"
        return QuoteKind.QUESTION
    if (_DENIAL_RE.search(before) and not speaks_again) or _SELF_LABEL_RE.search(paragraph.frame[near:offset + 1]):
        return QuoteKind.SCARE
    if _attribution_before(paragraph, segment) is not None or _attribution_after(paragraph, segment) is not None:
        return QuoteKind.PARTIAL
    return QuoteKind.SCARE


def _attribution_before(paragraph: _Paragraph, segment: _Segment) -> int | None:
    """The last attribution in the quote's sentence that ends before the quote opens."""
    ends = paragraph.verb_ends.get(segment.sentence, [])
    position = bisect_right(ends, segment.mark.open_at) - 1
    return paragraph.in_sentence(segment.sentence)[position] if position >= 0 else None


def _attribution_after(paragraph: _Paragraph, segment: _Segment) -> int | None:
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
        if _TRAILING_ATTRIBUTION_RE.match(between[:_CUE_REACH]) and len(after[:200].split()) <= 6:
            return number
    return None


def _preregister(text: str, blocks: list[Block], paragraphs: list[_Paragraph], registry: Registry) -> None:
    """Register full names first, so a surname or title resolves even before the name is given."""
    for paragraph in paragraphs:
        for attribution in paragraph.attributions:
            if attribution.subject is not None and attribution.subject.kind == "person":
                registry.add(attribution.subject, attribution.role)
    for block in blocks:
        if block.kind is BlockKind.CAPTION:
            caption = text[block.start:block.end]
            since = 0  # a role stands between the previous name and this one
            for caps in caps_runs(caption):
                # "Minister Shane Jones and spokesperson Graham Young": each side of an "and".
                for ref in people_in(caps.group(), block.start + caps.start()):
                    before = caption[since:ref.start - block.start].removeprefix(" and ").split(":")[-1]
                    registry.add(ref, role_before(before, ref))
                    since = ref.end - block.start


class _Resolver:
    """Walks the paragraphs in reading order, carrying the current speaker."""

    def __init__(self, text: str, paragraphs: list[_Paragraph], registry: Registry) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.registry = registry
        self.current: str | None = None
        self.chain_speakers: dict[int, str | None] = {}
        # Each quotation's paragraphs (by position) and its segments there, found once.
        self.chains: dict[int, dict[int, list[_Segment]]] = {}
        for position, paragraph in enumerate(paragraphs):
            for segment in paragraph.segments:
                self.chains.setdefault(segment.quotation, {}).setdefault(position, []).append(segment)
        self.quotes: list[Quote] = []
        self.mentions: list[Mention] = []
        self.reported: list[ReportedSpeech] = []
        self.used: set[str] = set()

    def run(self) -> ArticleAnalysis:
        """Resolve every paragraph; return the analysis."""
        for position, paragraph in enumerate(self.paragraphs):
            self._paragraph(position, paragraph)
        return ArticleAnalysis(tuple(self.quotes), tuple(self.mentions), tuple(self.reported),
                               self.registry.infos(self.used))

    def _resolve(self, attribution: Attribution, record: bool) -> str | None:
        if attribution.subject is None:
            return None
        speaker = self.registry.resolve(attribution.subject, self.current)
        if speaker is not None and record:
            self.registry.describe(speaker, attribution.role)
            if attribution.subject.kind == "person":
                self.registry.set_org(speaker, _possessive_org(self.text, attribution.subject))
            self.mentions.append(Mention(attribution.subject.start, attribution.subject.end, speaker,
                                         attribution.subject.kind))
        return speaker

    def _paragraph(self, position: int, paragraph: _Paragraph) -> None:
        previous = self.current
        self._attribute(position, paragraph)
        if not paragraph.segments and _only_asks(self.text, paragraph):
            # "Smith asked how long it would take.": the next quote answers, so it is not Smith's.
            self.current = previous

    def _attribute(self, position: int, paragraph: _Paragraph) -> None:
        # A pronoun refers back to the person this paragraph opened with, if it opened with one.
        opener = self._introduced(paragraph) if not paragraph.opens_with_quote else None
        if opener is not None:
            self.current = opener
        before = self.current
        speakers: dict[int, str | None] = {}
        for index, attribution in enumerate(paragraph.attributions):
            speakers[index] = self._resolve(attribution, record=True)
            if speakers[index] and attribution.subject and attribution.subject.kind != "pronoun":
                self.current = speakers[index]
        main = next((s for s in speakers.values() if s), None)
        if main is None and speakers and paragraph.attributions[0].subject is None:
            main = before
        for segment in paragraph.segments:
            speaker = self._segment_speaker(position, paragraph, segment, speakers, before)
            self._add_quote(paragraph, segment, speaker)
        chain = paragraph.segments[0] if paragraph.opens_with_quote else None
        if chain is not None:
            self.current = self.chain_speakers.get(chain.quotation) or main or before
        elif main is None and not paragraph.attributions:
            self.current = opener or self.current
        elif main is not None:
            self.current = main
            if not _all_in_question(paragraph):
                self.reported.append(ReportedSpeech(paragraph.block, paragraph.start,
                                                    paragraph.start + len(paragraph.frame), main))
        if self.current:
            self.used.add(self.current)

    def _introduced(self, paragraph: _Paragraph) -> str | None:
        """A paragraph that opens with a person's name makes them the one a quote goes to next,
        unless they are putting a question to someone ("Hosking put it to him that ...")."""
        first_end = paragraph.sentences[0][1]
        first = paragraph.frame[:first_end]
        if (" him" in first or " her" in first or " them" in first) and _INTERVIEWER_RE.search(first):
            return None
        ref, _ = sentence_subject(paragraph.frame[:first_end], paragraph.start)
        return self.registry.resolve(ref, self.current) if ref is not None else None

    def _segment_speaker(self, position: int, paragraph: _Paragraph, segment: _Segment,
                         speakers: dict[int, str | None], before: str | None) -> str | None:
        kind = segment.kind
        if kind is QuoteKind.QUESTION:
            return None
        if kind is QuoteKind.SCARE:
            return self._self_labelled(paragraph, segment, speakers)
        if kind is QuoteKind.PARTIAL:
            number = _attribution_before(paragraph, segment)
            number = _attribution_after(paragraph, segment) if number is None else number
            named = speakers.get(number) if number is not None else None
            return named or _sentence_speaker(paragraph, segment.sentence, speakers) or before
        if segment.quotation not in self.chain_speakers:
            self.chain_speakers[segment.quotation] = self._chain_speaker(position, segment, before)
        return self.chain_speakers[segment.quotation]

    def _chain_speaker(self, position: int, segment: _Segment, before: str | None) -> str | None:
        """The first attribution in the quotation's paragraphs names it; else the current speaker."""
        for at, mine in sorted(self.chains.get(segment.quotation, {}).items()):
            if at < position:
                continue
            paragraph = self.paragraphs[at]
            # The attribution stands in a sentence of the quotation or the one just after it.
            sentences = sorted({n for s in mine for n in (s.sentence, s.sentence + 1)})
            for sentence in sentences:
                for number in paragraph.in_sentence(sentence):
                    subject = paragraph.attributions[number].subject
                    if subject is not None:
                        return self.registry.resolve(subject, before)
        last = max(self.chains.get(segment.quotation, {position: []}))
        return self._named_after(last + 1) or before

    def _named_after(self, position: int) -> str | None:
        """"Those were the words of Dr Isabel Chambefort": a quotation's speaker named just after it."""
        if position >= len(self.paragraphs):
            return None
        frame = self.paragraphs[position].frame
        words_of = _WORDS_OF_RE.match(frame)
        if words_of is None:
            return None
        clause = _CLAUSE_BREAK_RE.split(frame[words_of.end():], maxsplit=1)[0]
        base = self.paragraphs[position].start + words_of.end()
        for caps in caps_runs(clause):
            # "GNS Science principal scientist Dr Isabel Chambefort": the name after the role.
            named = person_after_role(clause, caps.end()) or caps
            ref = classify_caps(named.group(), base + named.start())
            if ref is not None and ref.kind == "person":
                return self.registry.add(ref)
        return None

    def _self_labelled(self, paragraph: _Paragraph, segment: _Segment,
                       speakers: dict[int, str | None]) -> str | None:
        s_start = paragraph.sentences[segment.sentence][0]
        offset = segment.mark.open_at - paragraph.start
        if not _SELF_LABEL_RE.search(paragraph.frame[max(s_start, offset - _CUE_REACH):offset + 1]):
            return None
        return _sentence_speaker(paragraph, segment.sentence, speakers)

    def _add_quote(self, paragraph: _Paragraph, segment: _Segment, speaker: str | None) -> None:
        mark = segment.mark
        if speaker:
            self.used.add(speaker)
        self.quotes.append(Quote(mark.inner_start, mark.inner_end, self.text[mark.inner_start:mark.inner_end],
                                 paragraph.block, segment.kind, segment.quotation, speaker,
                                 mark.close_at is not None))


def _sentence_speaker(paragraph: _Paragraph, sentence: int, speakers: dict[int, str | None]) -> str | None:
    return next((speakers[i] for i in paragraph.in_sentence(sentence) if speakers.get(i)), None)


_ASKING_VERBS = frozenset(("asked", "asks", "questioned", "wondered"))


def _only_asks(text: str, paragraph: _Paragraph) -> bool:
    """A paragraph whose only speech is a question put ("Smith asked how long it would take")."""
    return bool(paragraph.attributions) and all(
        text[a.verb_start:a.verb_end] in _ASKING_VERBS for a in paragraph.attributions)


def _all_in_question(paragraph: _Paragraph) -> bool:
    return all(a.subject is None for a in paragraph.attributions)


def _possessive_org(text: str, subject: NameRef) -> str | None:
    """"New Zealand First's ... Shane Jones": an organisation in the possessive before a name."""
    window = text[max(0, subject.start - 120):subject.start]
    if "'s" not in window and "’s" not in window:
        return None
    match = _POSSESSIVE_ORG_RE.search(_CLAUSE_BREAK_RE.split(window)[-1])
    return match.group(1) if match else None
