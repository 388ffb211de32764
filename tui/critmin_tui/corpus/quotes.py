"""Quote analysis of an article: segments, quotation chains, kinds and speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution import Attribution, person_after_role, role_before, sentence_subject
from .model import Block, BlockKind, Mention, Quote, QuoteKind, ReportedSpeech, SpeakerInfo
from .names import NameRef, caps_runs, classify_caps
from .narrative import NarrativeNames, people_in
from .registry import Registry
from .segments import (
    CUE_REACH,
    SELF_LABEL_RE,
    Paragraph,
    Segment,
    assign_segments,
    attribution_after,
    attribution_before,
    prepare_paragraph,
)

_INTERVIEWER_RE = re.compile(
    r"\b(?:put it to|asked|pressed|questioned|challenged|quizzed|suggested to|reminded)\s+(?:him|her|them)\b"
)
_CLAUSE_BREAK_RE = re.compile(r"[.!?:]\s")
_WORDS_OF_RE = re.compile(r"\s*(?:Those|These|That|Such|This)\s+(?:were|was|are|is)\s+(?:the\s+)?"
                          r"(?:words|message|view|verdict|warning|assessment)\s+(?:of|from)\s+")
_ABBREVIATED_RE = re.compile(r"((?:[A-Z][\w’'&-]*\s+(?:of\s+|and\s+|&\s+)?){0,5}[A-Z][\w’'&-]*)\s+\(([A-Z]{2,6})\)")
_FROM_ORG_RE = re.compile(r"\s+(?:from|at)\s+(?:the\s+)?((?:[A-Z][\w’'&-]*\s+){0,4}[A-Z][\w’'-]*)")
_POSSESSIVE_ORG_RE = re.compile(r"((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w-]*)['’]s\s")



@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    """What quote analysis finds in one article."""

    quotes: tuple[Quote, ...]
    mentions: tuple[Mention, ...]
    reported: tuple[ReportedSpeech, ...]
    speakers: tuple[SpeakerInfo, ...]


def analyse_article(text: str, blocks: list[Block]) -> ArticleAnalysis:
    """Find every quote segment and reported-speech paragraph, and who said each."""
    paragraphs = [prepare_paragraph(text, i, b) for i, b in enumerate(blocks) if b.kind is BlockKind.PARAGRAPH]
    assign_segments(text, paragraphs)
    names = NarrativeNames(paragraphs)
    registry = Registry(names.person, names.body)
    _preregister(text, blocks, paragraphs, registry)
    return _Resolver(text, paragraphs, registry).run()



def _preregister(text: str, blocks: list[Block], paragraphs: list[Paragraph], registry: Registry) -> None:
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
    for paragraph in paragraphs:
        # "Trans-Tasman Resources (TTR) told officials": the letters stand for the name before them.
        for short in _ABBREVIATED_RE.finditer(paragraph.frame) if "(" in paragraph.frame else ():
            full = NameRef(short.group(1), paragraph.start + short.start(1), paragraph.start + short.end(1), "org")
            registry.alias(short.group(2), registry.add(classify_caps(full.text, full.start) or full))


class _Resolver:
    """Walks the paragraphs in reading order, carrying the current speaker."""

    def __init__(self, text: str, paragraphs: list[Paragraph], registry: Registry) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.registry = registry
        self.current: str | None = None
        self.chain_speakers: dict[int, str | None] = {}
        # Each quotation's paragraphs (by position) and its segments there, found once.
        self.chains: dict[int, dict[int, list[Segment]]] = {}
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
                self.registry.set_org(speaker, _org_of(self.text, attribution.subject))
            self.mentions.append(Mention(attribution.subject.start, attribution.subject.end, speaker,
                                         attribution.subject.kind))
        return speaker

    def _paragraph(self, position: int, paragraph: Paragraph) -> None:
        previous = self.current
        self._attribute(position, paragraph)
        if not paragraph.segments and _only_asks(self.text, paragraph):
            # "Smith asked how long it would take.": the next quote answers, so it is not Smith's.
            self.current = previous

    def _attribute(self, position: int, paragraph: Paragraph) -> None:
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
        said = _first_speaker_by_sentence(paragraph, speakers)
        if main is None and speakers and paragraph.attributions[0].subject is None:
            main = before
        for segment in paragraph.segments:
            speaker = self._segment_speaker(position, paragraph, segment, speakers, said, before)
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

    def _introduced(self, paragraph: Paragraph) -> str | None:
        """A paragraph that opens with a person's name makes them the one a quote goes to next,
        unless they are putting a question to someone ("Hosking put it to him that ...")."""
        first_end = paragraph.sentences[0][1]
        first = paragraph.frame[:first_end]
        if (" him" in first or " her" in first or " them" in first) and _INTERVIEWER_RE.search(first):
            return None
        ref, role = sentence_subject(paragraph.frame[:first_end], paragraph.start)
        if ref is None and not paragraph.attributions and not paragraph.segments:
            ref = _later_subject(paragraph)
        speaker = self.registry.resolve(ref, self.current, alone=False) if ref is not None else None
        if speaker is not None:  # "Chief Ombudsman, Peter Boshier, has launched": "the Chief Ombudsman" later
            self.registry.describe(speaker, role)
        return speaker

    def _segment_speaker(self, position: int, paragraph: Paragraph, segment: Segment,
                         speakers: dict[int, str | None], said: dict[int, str], before: str | None) -> str | None:
        kind = segment.kind
        if kind is QuoteKind.QUESTION:
            return None
        if kind is QuoteKind.SCARE:
            return self._self_labelled(paragraph, segment, said)
        if kind is QuoteKind.PARTIAL:
            number = attribution_before(paragraph, segment)
            number = attribution_after(paragraph, segment) if number is None else number
            named = speakers.get(number) if number is not None else None
            return named or said.get(segment.sentence) or before
        if segment.quotation not in self.chain_speakers:
            self.chain_speakers[segment.quotation] = self._chain_speaker(position, segment, before)
        return self.chain_speakers[segment.quotation]

    def _chain_speaker(self, position: int, segment: Segment, before: str | None) -> str | None:
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

    def _self_labelled(self, paragraph: Paragraph, segment: Segment, said: dict[int, str]) -> str | None:
        s_start = paragraph.sentences[segment.sentence][0]
        offset = segment.mark.open_at - paragraph.start
        if not SELF_LABEL_RE.search(paragraph.frame[max(s_start, offset - CUE_REACH):offset + 1]):
            return None
        return said.get(segment.sentence)

    def _add_quote(self, paragraph: Paragraph, segment: Segment, speaker: str | None) -> None:
        mark = segment.mark
        if speaker:
            self.used.add(speaker)
        self.quotes.append(Quote(mark.inner_start, mark.inner_end, self.text[mark.inner_start:mark.inner_end],
                                 paragraph.block, segment.kind, segment.quotation, speaker,
                                 mark.close_at is not None))


def _later_subject(paragraph: Paragraph) -> NameRef | None:
    """"... But you have to be in to win. So Green MP Eugenie Sage was upbeat.": in narrative
    with no speech, a person a later sentence opens with is the one "she said" means next."""
    found: NameRef | None = None
    for start, end in paragraph.sentences[1:]:
        ref, _ = sentence_subject(paragraph.frame[start:end], paragraph.start + start)
        if ref is not None and ref.kind == "person":
            found = ref
    return found


def _first_speaker_by_sentence(paragraph: Paragraph, speakers: dict[int, str | None]) -> dict[int, str]:
    """Each sentence's first resolved speaker, found once (a sentence of thousands of attributions
    and quotations must not be scanned once per quotation)."""
    said: dict[int, str] = {}
    for number, speaker in speakers.items():
        if speaker:
            said.setdefault(paragraph.attributions[number].sentence, speaker)
    return said


_ASKING_VERBS = frozenset(("asked", "asks", "questioned", "wondered"))


def _only_asks(text: str, paragraph: Paragraph) -> bool:
    """A paragraph whose only speech is a question put ("Smith asked how long it would take")."""
    return bool(paragraph.attributions) and all(
        text[a.verb_start:a.verb_end] in _ASKING_VERBS for a in paragraph.attributions)


def _all_in_question(paragraph: Paragraph) -> bool:
    return all(a.subject is None for a in paragraph.attributions)


def _org_of(text: str, subject: NameRef) -> str | None:
    """"New Zealand First's ... Shane Jones", "Kelvyn Eglinton from Newmont Waihi Gold": the
    organisation in the possessive before a name, or after "from" or "at" right after it."""
    after = _FROM_ORG_RE.match(text, subject.end)
    if after is not None and classify_caps(after.group(1), 0) is not None:
        return after.group(1)
    window = text[max(0, subject.start - 120):subject.start]
    if "'s" not in window and "’s" not in window:
        return None
    match = _POSSESSIVE_ORG_RE.search(_CLAUSE_BREAK_RE.split(window)[-1])
    return match.group(1) if match else None
