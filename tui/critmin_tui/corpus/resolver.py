"""Walking an article's paragraphs in reading order, carrying the speaker in view, to give each
quote segment its speaker and the evidence for it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from .attribution import Attribution
from .calibration import confidence_of, resolution_family
from .labels import label_above, labelled_turns
from .lexicon import ASKING_VERBS, INTERVIEWER_VERBS, ISSUED_STATEMENTS, alternation
from .model import Evidence, Mention, Quote, QuoteKind, ReportedSpeech, SpeakerInfo
from .names import NameRef, caps_runs, classify_caps
from .paragraph_turns import all_in_question, first_speaker_by_sentence, last_to_answer, only_asks, org_of
from .ranker import REACH, RULE, Candidate, Setting, Stage, rank, wanted
from .registry import Registry
from .roles import person_after_role, sentence_subject, titled_role_opening
from .ruler import Decided
from .segments import Paragraph, Segment
from .speaker_candidates import gather, lower_words
from .speaker_rules import NO_ONE, SPEAKER_BY_KIND, Named, SpeakerState

_INTERVIEWER_RE = re.compile(rf"\b(?:{alternation(INTERVIEWER_VERBS)})\s+(?:him|her|them)\b")
# After "asked": a question put to someone ("asked him whether", "asked: 'Why ...'"), the mark of an interviewer.
_ASKED_SOMEONE_RE = re.compile(r"(?:\s+(?:him|her|them|the\s+\w+))?(?:\s+(?:whether|if|why|how|what|when|who|where)\b"
                               r"|,?\s*[:,]\s*[\"“'‘]|\s+(?:(?:the|a|another)\s+question|questions)\b)")
# A paragraph that is only a name, after a dash or "By": the byline.
_BYLINE_RE = re.compile(r"\s*(?:[-–—•]\s*|By\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+\s*")
_CLAUSE_BREAK_RE = re.compile(r"[.!?:]\s")
_WORDS_OF_RE = re.compile(r"\s*(?:Those|These|That|Such|This)\s+(?:were|was|are|is)\s+(?:the\s+)?"
                          r"(?:words|message|view|verdict|warning|assessment)\s+(?:of|from)\s+")
# Resolution rules whose evidence is where the name was first given in full, not the cue's own words.
_NAMED_ELSEWHERE = ("resolve.pronoun", "resolve.pronoun_after_org", "resolve.pronoun_agrees",
                    "resolve.pronoun_not_asker", "resolve.pronoun_named_before", "resolve.pronoun_they_group")
_QUOTATION = (QuoteKind.DIRECT, QuoteKind.CONTINUATION)
_NOT_SPOKEN = (QuoteKind.SCARE, QuoteKind.QUESTION)
_DOUBTFUL = "resolve.surname_alone"
_NEW_STATEMENT_RE = re.compile(r"\b(?:[Aa]n?)\s+(?:[\w-]+\s+)?$")  # "A joint statement"
_STATEMENT_ENDINGS = tuple(ISSUED_STATEMENTS)  # made once, not per attribution
_STATEMENT_REACH = 40  # "In a statement, X said", "X said in a statement on Tuesday": the words about a cue
# The rules' choices the ranker reconsiders, by the rule that made them (a quotation's cue only when
# its pronoun was resolved to someone: see _stage).
_STAGES = {"speaker.quotation_carried": Stage.QUOTATION, "speaker.partial_carried": Stage.FRAGMENT,
           "speaker.quotation_cue": Stage.PRONOUN, "speaker.partial_cue": Stage.CUE,
           "speaker.partial_sentence": Stage.CUE, "speaker.words_of": Stage.CUE, "speaker.label_line": Stage.CUE}


class Resolver:
    """Walks the paragraphs in reading order, carrying the speaker in view."""

    def __init__(self, text: str, paragraphs: list[Paragraph], registry: Registry) -> None:
        self.text = text
        self.paragraphs = paragraphs
        self.registry = registry
        self.current: Named = NO_ONE
        self.chain_speakers: dict[int, Decided[Named]] = {}
        # Each quotation's paragraphs (by position) and its segments there, found once.
        self.chains: dict[int, dict[int, list[Segment]]] = {}
        for position, paragraph in enumerate(paragraphs):
            for segment in paragraph.segments:
                self.chains.setdefault(segment.quotation, {}).setdefault(position, []).append(segment)
        self._starts = [paragraph.start for paragraph in paragraphs]
        self.quotes: list[Quote] = []
        self.mentions: list[Mention] = []
        self.reported: list[ReportedSpeech] = []
        self.used: set[str] = set()
        self._quotes_by: Counter[str] = Counter()  # quotes given to each speaker so far
        self._spoke_at: dict[str, int] = {}  # the paragraph of each speaker's last quote
        self._recent: list[str] = []  # the last three speakers of quotes (no scare quotes or questions), latest first
        self._lowered = lower_words(text)  # the text's lower-case words, looked up when needed
        self._askers: set[str] = set()  # who has put a question ("Hosking asked"): interviewers
        self._turns: int | None = None  # quotation paragraphs under a label line (labels.py), counted once

    def run(self) -> tuple[tuple[Quote, ...], tuple[Mention, ...], tuple[ReportedSpeech, ...],
                           tuple[SpeakerInfo, ...]]:
        """Resolve every paragraph: the quotes, mentions, reported speech and speakers."""
        for position, paragraph in enumerate(self.paragraphs):
            previous = self.current
            self._attribute(position, paragraph)
            if only_asks(self.text, paragraph):
                # "Smith asked how long it would take.": the next quote answers, so it is not Smith's.
                self.current = previous
        return tuple(self.quotes), tuple(self.mentions), tuple(self.reported), self.registry.infos(self.used)

    def _named(self, ref: NameRef, current: Named, cue: Attribution | None = None, alone: bool = True) -> Named:
        """A reference resolved to a speaker, with the resolution rule and where they were named."""
        asking = cue is not None and self.text[cue.verb_start:cue.verb_end] in ASKING_VERBS
        decided = self.registry.decide(ref, current.name, alone, asking)
        name = decided.value.name
        if name is None:
            return Named(None, cue, decided.rule)
        self.registry.note(name, ref.start)
        rule = decided.rule
        if rule in _NAMED_ELSEWHERE:
            at = current.at if name == current.name else self.registry.first_named(name)
            if name == current.name and (current.resolved_by or "").endswith(_DOUBTFUL):
                rule = _DOUBTFUL  # "he" is only as sure as the name it stands for: a lone surname, never completed
        elif ref.kind in ("person", "org"):
            at = (ref.start, ref.end)
        else:
            at = self.registry.first_named(name) or (ref.start, ref.end)
        return Named(name, cue, rule, at)

    def _resolve(self, attribution: Attribution) -> Named:
        subject = attribution.subject
        if subject is None:
            return Named(None, attribution)
        self._note_statement(attribution, NO_ONE)  # a new statement, before it is resolved
        named = self._named(subject, self.current, attribution, alone=_next_to_verb(subject, attribution, self.text))
        if named.name is not None and self.text[attribution.verb_start:attribution.verb_end] in ASKING_VERBS:
            self._askers.add(named.name)
            if _ASKED_SOMEONE_RE.match(self.text, attribution.verb_end):
                self.registry.asked(named.name)  # a question put to someone, not "asked for him to be brought back"
        self._note_statement(attribution, named)
        if named.name is not None:
            self.registry.describe(named.name, attribution.role)
            if subject.kind == "person":
                self.registry.set_org(named.name, org_of(self.text, subject))
            self.mentions.append(Mention(subject.start, subject.end, named.name, subject.kind))
        return named

    def _note_statement(self, attribution: Attribution, named: Named) -> None:
        """Record who speaks "in a statement" ("Afren said in a statement"), so "the statement added"
        is theirs; a new statement that is itself the subject ("A joint statement ... said") is no one's."""
        subject = attribution.subject
        assert subject is not None
        if subject.text.lower().endswith(_STATEMENT_ENDINGS):
            if _NEW_STATEMENT_RE.search(self.text, max(0, subject.start - 24), subject.start):
                self.registry.statement_by = None
            return
        start = max(0, min(subject.start, attribution.verb_start) - _STATEMENT_REACH)
        if "statement" in self.text[start:attribution.verb_end + _STATEMENT_REACH]:
            self.registry.statement_by = named.name

    def _attribute(self, position: int, paragraph: Paragraph) -> None:
        # A pronoun refers back to the person this paragraph opened with, if it opened with one.
        opener = self._introduced(paragraph) if not paragraph.opens_with_quote else None
        if opener is not None:
            self.current = opener
        before = self.current
        cues: dict[int, Named] = {}
        for index, attribution in enumerate(paragraph.attributions):
            cues[index] = self._resolve(attribution)
            if cues[index].name and attribution.subject and attribution.subject.kind != "pronoun":
                self.current = cues[index]
        main = next((named for named in cues.values() if named.name), None)
        last = last_to_answer(self.text, paragraph, cues)
        if main is None and cues and paragraph.attributions[0].subject is None:
            main = before
        by_sentence = first_speaker_by_sentence(paragraph, cues)
        for segment in paragraph.segments:
            # A quotation's speaker is decided once, at its first segment, and kept for the rest.
            decided = self.chain_speakers.get(segment.quotation) if segment.kind in _QUOTATION else None
            if decided is None:
                state = SpeakerState(paragraph, segment, position, cues, by_sentence, before, self)
                decided = self._decide(state)
            self._add_quote(paragraph, segment, decided)
            name = decided.value.name
            if name:
                self._spoke_at[name] = position
                if segment.kind not in _NOT_SPOKEN and (not self._recent or self._recent[0] != name):
                    self._recent = [name, *(other for other in self._recent if other != name)][:3]
        self._carry(paragraph, opener, main, before, last)

    def _carry(self, paragraph: Paragraph, opener: Named | None, main: Named | None, before: Named,
               last: Named | None = None) -> None:
        """The speaker in view after the paragraph: its quotation's, its cue's (or, in a paragraph of
        reported speech, the one who answered last: "Luxon said ..., and Peters agreed." then "he
        said"), or its opener's."""
        chain = paragraph.segments[0] if paragraph.opens_with_quote else None
        if chain is not None:
            carried = self.chain_speakers.get(chain.quotation)
            if carried is not None and carried.value.name:
                self.current = carried.value
            else:
                self.current = main if main is not None and main.name else before
        elif main is None and not paragraph.attributions:
            self.current = opener if opener is not None and opener.name else self.current
        elif main is not None and main.name:
            # "Gwynfor quoted Streeting as saying ...": the one quoting stays the "he" of what follows.
            quoting = main.cue is not None and main.cue.rule.startswith("cue.quoted_as")
            spoke_last = last if last is not None and not paragraph.segments else main
            self.current = opener if quoting and opener is not None and opener.name else spoke_last
            if not all_in_question(paragraph):
                self.reported.append(ReportedSpeech(paragraph.block, paragraph.start,
                                                    paragraph.start + len(paragraph.frame), main.name))
        if self.current.name:
            self.used.add(self.current.name)

    def _decide(self, state: SpeakerState) -> Decided[Named]:
        decided = SPEAKER_BY_KIND[state.kind].decide(state)
        assert decided is not None  # every kind has a last rule that decides
        stage = _stage(decided)
        if stage is not None and wanted(stage):
            decided = self._ranked(state, decided, stage)
        if state.in_quotation:
            self.chain_speakers[state.segment.quotation] = decided
        return decided

    def _ranked(self, state: SpeakerState, decided: Decided[Named], stage: Stage) -> Decided[Named]:
        """The speaker as the ranker sees it (the rules' choice is a candidate, and kept, with its
        evidence, when picked; a pronoun's cue stays the evidence whoever it is given to)."""
        candidates, setting = self._candidates(state, decided, stage)
        ranked = rank(candidates, setting, state.segment.mark.inner_start)
        if ranked is None:
            return decided
        index, probability = ranked
        name, chosen = candidates[index].name, decided.value
        if stage is Stage.CUE and name == chosen.name:
            return decided  # the cue's own rule stays the evidence where the ranker agrees with it
        if name == chosen.name:
            named = chosen
        else:
            named = NO_ONE if name is None else Named(name, chosen.cue, "resolve.recent",
                                                      self.registry.first_named(name))
        return Decided(named._replace(probability=probability), RULE)

    def _candidates(self, state: SpeakerState, decided: Decided[Named], stage: Stage
                    ) -> tuple[tuple[Candidate, ...], Setting]:
        position, before, chosen = state.position, state.before, decided.value
        since = self.paragraphs[max(0, position - REACH)].start
        seen = {name: max(0, position - bisect_right(self._starts, at) + 1)
                for name, at in self.registry.seen_since(since).items()}
        candidates = gather(chosen.name, self._recent, self._quotes_by, seen, (self._spoke_at, position),
                            self.registry.is_person, self._lowered, self._askers)
        if stage is Stage.PRONOUN:
            candidates = candidates[1:]  # "she said": someone spoke
        in_view_by = resolution_family(before.resolved_by) if before.name else "none"
        chosen_by = resolution_family(chosen.resolved_by) if chosen.name else "none"
        setting = Setting(state.kind is QuoteKind.CONTINUATION, state.paragraph.opens_with_quote, in_view_by,
                          min(sum(1 for d in seen.values() if d <= 1), 3), stage, chosen_by,
                          decided.rule.removeprefix("speaker."))
        return candidates, setting

    def _introduced(self, paragraph: Paragraph) -> Named | None:
        """A paragraph that opens with a person's name makes them the one a quote goes to next,
        unless they are putting a question to someone ("Hosking put it to him that ...")."""
        if _BYLINE_RE.fullmatch(paragraph.frame):
            return None  # "- Tom Reid", "By Ana Moss": the reporter, who asks and writes, not a speaker
        first_end = paragraph.sentences[0][1]
        first = paragraph.frame[:first_end]
        if (" him" in first or " her" in first or " them" in first) and _INTERVIEWER_RE.search(first):
            return None
        # A paragraph leading into a quotation ("The Harbour Trust ... released the following statement:")
        # hands it to its subject, a body as well as a person.
        ref, role = sentence_subject(first, paragraph.start, orgs=paragraph.frame.rstrip().endswith(":"))
        if ref is None:
            ref = titled_role_opening(first, paragraph.start)  # "The senior judge discharged the juror"
        if ref is None and not paragraph.attributions and not paragraph.segments:
            ref = _later_subject(paragraph)
        if ref is None:
            return None
        named = self._named(ref, self.current, alone=False)
        if named.name is None:
            return None
        # "Chief Ombudsman, Peter Boshier, has launched": "the Chief Ombudsman" later.
        self.registry.describe(named.name, role)
        return named._replace(resolved_by=f"opener > {named.resolved_by}")

    def quotation_cue(self, state: SpeakerState) -> Named | None:
        """The first attribution in the quotation's paragraphs names it (resolved again against the
        speaker in view before the paragraph; the evidence of this paragraph's own resolution is kept
        when it named the same speaker, so "Moss said" shows how "Moss" was first understood)."""
        position, segment, before, cues = state.position, state.segment, state.before, state.cues
        for at, mine in sorted(self.chains.get(segment.quotation, {}).items()):
            if at < position:
                continue
            paragraph = self.paragraphs[at]
            # The attribution stands in a sentence of the quotation or the one just after it.
            sentences = sorted({n for s in mine for n in (s.sentence, s.sentence + 1)})
            for sentence in sentences:
                numbers = paragraph.in_sentence(sentence)
                if at == position and len(numbers) > 1:
                    # "Asked why Turnbull had asked one question, Joe Hockey said: 'It was ...'": the cue
                    # leading straight into the quotation is its own, before another in the sentence.
                    numbers = sorted(numbers, key=lambda n: not self._leads_into(paragraph.attributions[n], segment))
                for number in numbers:
                    attribution = paragraph.attributions[number]
                    if attribution.subject is not None:
                        named = self._named(attribution.subject, before, attribution)
                        first = cues.get(number) if at == position else None
                        return first if first is not None and first.name == named.name else named
        return None

    def _leads_into(self, attribution: Attribution, segment: Segment) -> bool:
        """The cue's verb ends right before the quotation opens ("said: '...'"), with a subject of its own."""
        opens = segment.mark.open_at
        return attribution.subject is not None and attribution.verb_end <= opens and \
            not self.text[attribution.verb_end:opens].strip(" \t:,")

    def headline_speaker(self) -> Named | None:
        """The one person the headline names, as the speaker of quotations no cue and no one in view
        gives to anyone (a press conference's transcript under "...: Gus Malzahn press conference")."""
        ref = self.registry.headline_person
        if ref is None:
            return None
        return Named(self.registry.add(ref), None, "resolve.headline_person", (ref.start, ref.end))

    def named_after(self, state: SpeakerState) -> Named | None:
        """"Those were the words of Dr Isabel Chambefort": a quotation's speaker named just after it."""
        position = max(self.chains.get(state.segment.quotation, {0: []})) + 1
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
                return Named(self.registry.add(ref), None, "resolve.person_new", (ref.start, ref.end))
        return None

    def labelled(self, state: SpeakerState) -> Named | None:
        """'Paul Lopez' on its own line above a quotation's paragraph: the turn's speaker."""
        if state.segment is not state.paragraph.segments[0] or not state.paragraph.opens_with_quote:
            return None
        ref = label_above(self.text, state.paragraph.start, self._labelled_turns)
        return Named(self.registry.add(ref), None, "resolve.person_new", (ref.start, ref.end)) if ref else None

    def _labelled_turns(self) -> int:
        """The text's labelled turns (labels.py), counted once, when first asked."""
        if self._turns is None:
            self._turns = labelled_turns(self.text)
        return self._turns

    def _add_quote(self, paragraph: Paragraph, segment: Segment, decided: Decided[Named]) -> None:
        mark, named = segment.mark, decided.value
        if named.name:
            self.used.add(named.name)
            self._quotes_by[named.name] += 1
        evidence = self._evidence(decided, segment.kind_rule)
        self.quotes.append(Quote(mark.inner_start, mark.inner_end, self.text[mark.inner_start:mark.inner_end],
                                 paragraph.block, segment.kind, segment.quotation, named.name,
                                 mark.close_at is not None, evidence, confidence_of(segment.kind, evidence)))

    def _evidence(self, decided: Decided[Named], kind_rule: str) -> Evidence:
        named = decided.value
        cue = named.cue
        cue_span = None
        if cue is not None:
            ends = [cue.verb_start, cue.verb_end, *((cue.subject.start, cue.subject.end) if cue.subject else ())]
            cue_span = (min(ends), max(ends))
        block = None
        if named.at is not None:
            index = bisect_right(self._starts, named.at[0]) - 1
            block = self.paragraphs[index].block if index >= 0 else None
        return Evidence(decided.rule, cue.rule if cue else None, named.resolved_by if named.name else None,
                        cue_span, named.at if named.name else None, block if named.name else None, kind_rule or None,
                        named.probability)


# Between a subject and its verb: nothing, or a word or two ("Jones also said", "said Jones").
_NEXT_TO_VERB_RE = re.compile(r"\s*(?:[a-z]+\s+){0,2}")


def _next_to_verb(subject: NameRef, cue: Attribution, text: str) -> bool:
    """True when the reference stands by its verb ("Jones said", "said Jones") or owns what speaks
    ("Moss' foreword argued"); a lone word far from it is no one's name ("Video posted to Twitter
    shows ...", "Jurors kept in the dark ... were told")."""
    if text[subject.end:subject.end + 1] in ("'", "’"):
        return True  # "Moss' foreword argued": the owner of what speaks
    between = text[cue.verb_end:subject.start] if cue.inverted else text[subject.end:cue.verb_start]
    return len(between) < 40 and _NEXT_TO_VERB_RE.fullmatch(between) is not None


def _stage(decided: Decided[Named]) -> Stage | None:
    """The ranker's stage for the rules' choice (None: the rules' choice stands)."""
    stage = _STAGES.get(decided.rule)
    if stage is Stage.PRONOUN and (decided.value.name is None or decided.value.resolved_by not in _NAMED_ELSEWHERE):
        return Stage.CUE  # a cue that names its speaker: reconsidered as every other cue's subject is
    return stage


def _later_subject(paragraph: Paragraph) -> NameRef | None:
    """"... But you have to be in to win. So Green MP Eugenie Sage was upbeat.": in narrative
    with no speech, a person a later sentence opens with is the one "she said" means next."""
    for start, end in reversed(paragraph.sentences[1:]):  # the last such sentence's: read from the end
        ref, _ = sentence_subject(paragraph.frame[start:end], paragraph.start + start)
        if ref is not None and ref.kind == "person":
            return ref
    return None
