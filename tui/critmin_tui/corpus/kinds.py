"""A segment's kind: direct, continuation, partial, scare or question, by an ordered list of named rules.

``assign_segments`` walks the paragraphs in order, deciding each segment's kind with the ``KIND``
stage (see ruler.py) and numbering quotations: a paragraph left open continues into the next,
and the second half of a split quotation shares the first half's number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .attribution import question_end
from .cue_context import last_word
from .lexicon import ASKING_VERBS, PRESSED_VERBS, SPEAKING_PARTICIPLES, alternation
from .model import QuoteKind
from .ruler import Ruler, lazy
from .segments import (
    CUE_REACH,
    Paragraph,
    Segment,
    attribution_after,
    attribution_before,
    ends_with_comma,
    self_labelled,
)

_DENIAL_RE = re.compile(
    r"\b(?:reject\w*|den(?:y|ies|ied)|dismiss\w*|refut\w*|disput\w*|rebuff\w*|played down|"
    r"brushed off|hit back at)\b[^_]{0,60}\b(?:claims?|suggestions?|accusations?|allegations?|"
    r"reports?|criticism|assertions?|characteri[sz]ations?|descriptions?|the idea|the view|talk|"
    r"labels?|that)\b[^_]*$"
)
# "rejects that, saying the company met iwi "more than 40 times"": a speech participle after a
# denial brings back the subject's own words.
_SPEAKS_AGAIN_RE = re.compile(rf",\s+(?:{alternation(SPEAKING_PARTICIPLES)})\b[^,;]*$")
# "Hosking asked whether it was "a done deal"": the words are the question's, as with "pressed".
_ASKED_WHETHER_RE = re.compile(rf"\b(?:{alternation(ASKING_VERBS)})\s+(?:\w+\s+)?(?:whether|if)\b[^_.;,]*$")
# "when O'Brien was asked about the booing, he said it was "one of the best wins"": the answer's clause
# after the question's; its words are the answerer's.
_ANSWERED_RE = re.compile(r",\s+(?:he|she|they|[A-Z][\w'’-]+)\s+(?:said|says|replied|responded|answered|added|"
                          r"explained|told \w+)\b[^_;]*$")
# "Luxon was pressed on whether the seabed was "on the table"": the words are the question's.
_PRESSED_RE = re.compile(rf"\b(?:was|were|been|being)\s+(?:\w+\s+)?(?:{alternation(PRESSED_VERBS)})\b[^_]*$")
# "Andrew Marr (BBC): ", "Q: ", "Question: ": a speaker's label opening a transcript's paragraph.
_LABEL_RE = re.compile(r"\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*\([^()]{1,40}\))?)\s*:\s*$")


@dataclass
class KindState:
    """One segment in its paragraph, with the quotation left open by the paragraph before."""

    text: str
    paragraph: Paragraph
    segment: Segment
    open_chain: int | None
    question_ends: dict[int, int]  # each sentence's "Asked if ..." clause end, found once per paragraph

    @lazy  # kept: the rules ask these of one segment again and again
    def at_start(self) -> bool:
        """True when the segment opens its paragraph."""
        return self.segment.mark.open_at == self.paragraph.start

    @lazy
    def offset(self) -> int:
        """The opening mark's offset in the paragraph's frame."""
        return self.segment.mark.open_at - self.paragraph.start

    @lazy
    def words(self) -> str:
        """The quoted words, trailing white space dropped."""
        return self.text[self.segment.mark.inner_start:self.segment.mark.inner_end].rstrip()

    @lazy
    def near(self) -> int:
        """Where the cue window before the quotation starts (bounded: long sentences stay linear)."""
        return max(self.paragraph.sentences[self.segment.sentence][0], self.offset - CUE_REACH)

    @lazy
    def before(self) -> str:
        """The words of the sentence just before the quotation (bounded)."""
        return self.paragraph.frame[self.near:self.offset]

    @lazy
    def speaks_again(self) -> bool:
        """True when a speech participle after a comma brings back the subject ("..., saying")."""
        return "," in self.before and _SPEAKS_AGAIN_RE.search(self.before) is not None


def continuation(state: KindState) -> QuoteKind | None:
    """A paragraph opening with a quotation mark while the last one's quotation is open continues it."""
    return QuoteKind.CONTINUATION if state.at_start and state.open_chain is not None else None


def asked_question(state: KindState) -> QuoteKind | None:
    """'Burley asked: "Are you suggesting ...?"': a question put by whoever asks is the question's
    words, not a statement (and not the answerer's)."""
    if not state.words.rstrip(" \"”’'").endswith("?"):
        return None
    paragraph, text = state.paragraph, state.text
    cues = (paragraph.attributions[i] for i in paragraph.in_sentence(state.segment.sentence))
    return QuoteKind.QUESTION if any(text[a.verb_start:a.verb_end] in ASKING_VERBS for a in cues) else None


def opens_paragraph(state: KindState) -> QuoteKind | None:
    """A quotation opening its paragraph is a direct quotation."""
    return QuoteKind.DIRECT if state.at_start else None


# Short words a title leaves in lower case ("Someone to Watch Over Me", "Lord of the Rings").
_TITLE_SMALL_WORDS = frozenset(("a", "an", "the", "of", "to", "in", "on", "for", "and", "or", "at", "by", "with",
                                "from", "de", "la", "le"))
_TITLE_MOST_WORDS = 8


def title_of_work(state: KindState) -> QuoteKind | None:
    """'on TV talent show 'Britain's Got Talent'', 'her debut record 'The Message'': two or more
    words in title case, with no stop, comma or question mark inside, name a work or a show, which
    no one says."""
    words = state.words.split()
    if not 2 <= len(words) <= _TITLE_MOST_WORDS or state.words.rstrip()[-1:] in ".,!?;:…":
        return None
    if not words[0][:1].isupper() or not words[-1][:1].isupper():
        return None
    if any(not (word[:1].isupper() or word[:1].isdigit() or word in _TITLE_SMALL_WORDS) for word in words):
        return None
    return QuoteKind.SCARE if sum(1 for word in words if word[:1].isupper()) >= 2 else None


def labelled_question(state: KindState) -> QuoteKind | None:
    """'Andrew Marr (BBC): "Has the Government lost the trust ...?"': in a transcript or Q&A
    write-up, a question under an asker's label is the question put, not a statement."""
    if state.offset > 60 or not state.words.rstrip(" \"”’'").endswith("?"):
        return None
    return QuoteKind.QUESTION if _LABEL_RE.fullmatch(state.paragraph.frame[:state.offset]) else None


def opens_sentence(state: KindState) -> QuoteKind | None:
    """A quotation that opens a sentence, or follows a colon lead-in ("Court said: ...") with
    words that read as a statement ("TSXV: "NZP"" names a ticker)."""
    if state.offset <= state.paragraph.sentences[state.segment.sentence][0]:
        return QuoteKind.DIRECT
    if not state.paragraph.frame[max(0, state.offset - CUE_REACH):state.offset].rstrip().endswith(":"):
        return None
    return QuoteKind.DIRECT if len(state.words.split()) >= 3 or state.words.endswith((".", "!", "?")) else None


def after_comma_lead(state: KindState) -> QuoteKind | None:
    """`According to Jones, "The strategy is ..."`, `Bond said "I am delighted ..."`: a whole
    sentence quoted right after its attribution, with a comma or without one."""
    mark, words, paragraph = state.segment.mark, state.words, state.paragraph
    # 'Luxon said "We need support to kick off a sector".': the full stop may stand outside.
    ends = words.endswith((".", "!", "?")) or state.text[mark.end:mark.end + 1] in (".", "!", "?")
    if not ends or (mark.close_at is None and not words.endswith((".", "!", "?"))):
        return None  # no sentence ends here: the comma before it is not looked for
    comma = ends_with_comma(paragraph, mark.open_at)
    # 'He said, "we do not have a deal on the table".': after a comma, a lower-case sentence too.
    if not (words[:1].isupper() or (comma and len(words.split()) >= 5)):
        return None
    for number in paragraph.in_sentence(state.segment.sentence):
        attribution = paragraph.attributions[number]
        said_end = max(attribution.verb_end, attribution.subject.end if attribution.subject else 0)
        between = state.text[said_end:mark.open_at].split()
        if said_end <= mark.open_at and (len(between) <= 3 if comma else not between):
            return QuoteKind.DIRECT
    return None


def question_clause(state: KindState) -> QuoteKind | None:
    """"Asked if it was "caught up", Luxon said ...": words inside an interviewer's clause."""
    sentence = state.segment.sentence
    if sentence not in state.question_ends:
        s_start, s_end = state.paragraph.sentences[sentence]
        # Only the first few attributions can end an "Asked ..." clause; a bound keeps this linear.
        first = [state.paragraph.attributions[i] for i in state.paragraph.in_sentence(sentence)[:4]]
        state.question_ends[sentence] = question_end(state.paragraph.frame, s_start, s_end, first,
                                                     state.paragraph.start)
    return QuoteKind.QUESTION if state.offset < state.question_ends[sentence] else None


def put_question(state: KindState) -> QuoteKind | None:
    """"Luxon was pressed on whether ...", "Hosking asked whether it was ...": the question's words."""
    before = state.before
    if not _may_press(before) or state.speaks_again or _ANSWERED_RE.search(before):
        return None
    return QuoteKind.QUESTION if _PRESSED_RE.search(before) or _ASKED_WHETHER_RE.search(before) else None


def _may_press(before: str) -> bool:
    """Whether the words hold one of the lexicon's PRESS_WORDS (written out, as _may_deny is; a test
    holds the two lists together)."""
    return ("pressed" in before or "asked" in before or "asks" in before or "questioned" in before
            or "quizzed" in before or "challenged" in before or "wondered" in before)


def denial(state: KindState) -> QuoteKind | None:
    """"rejected claims it was "secret"": words denied are not the denier's (unless ", saying" follows)."""
    before = state.before
    if not _may_deny(before):
        return None  # the regex, tried at every position, only where one of its verbs is
    return QuoteKind.SCARE if not state.speaks_again and _DENIAL_RE.search(before) else None


def _may_deny(before: str) -> bool:
    """Whether the words hold one of _DENIAL_RE's verbs (substring tests, written out: far cheaper than
    the regex, or than a generator over the words)."""
    return ("reject" in before or "den" in before or "dismiss" in before or "refut" in before or "disput" in before
            or "rebuff" in before or "played down" in before or "brushed off" in before or "hit back at" in before)


def self_label(state: KindState) -> QuoteKind | None:
    """'a self-described "kaitiaki"': a label, the subject's own word."""
    frame = state.paragraph.frame
    return QuoteKind.SCARE if self_labelled(frame[state.near:state.offset + 1]) else None


def partial(state: KindState) -> QuoteKind | None:
    """A fragment in a sentence with an attribution before or just after it is partial quotation."""
    if attribution_before(state.paragraph, state.segment) is not None or \
            attribution_after(state.paragraph, state.segment) is not None:
        return QuoteKind.PARTIAL
    return None


# Before a word or two in marks, these make it a label of the noun that follows ('the "hidden" deal').
_LABEL_DETERMINERS = frozenset(("the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those"))


def determined_label(state: KindState) -> QuoteKind | None:
    """'the opposition attacked the "hidden" deal': a word or two after "the" or "its" is a label of
    the noun that follows, not words anyone said (a rule of its own, so the fragment model leaves it)."""
    if len(state.words.split()) >= 3:
        return None
    return QuoteKind.SCARE if last_word(state.before.rstrip()).lower() in _LABEL_DETERMINERS else None


def reported_fragment(state: KindState) -> QuoteKind | None:
    """'Erasmus accepted he "took a few gambles today" and said ...', 'The premier labelled the comments
    "hypocritical"': a fragment in a sentence that attributes speech to someone is their words, wherever
    the cue stands (a phrase after "of" names a thing: 'convicted of "doing acts intending to pervert
    ..."' names a charge)."""
    if state.before.rstrip().endswith(" of"):
        return None
    attributions = state.paragraph.attributions
    named = any(attributions[i].subject is not None for i in state.paragraph.in_sentence(state.segment.sentence))
    return QuoteKind.PARTIAL if named else None


LONG_FRAGMENT_WORDS = 6


def long_fragment(state: KindState) -> QuoteKind | None:
    """'in the spirit of "making sure that the branches of government respect each other"': six
    words or more, not a title's capitals, are someone's words, not a label (a label is a term)."""
    words = state.words.split()
    if len(words) < LONG_FRAGMENT_WORDS:
        return None
    capitals = sum(1 for word in words if word[:1].isupper())
    return QuoteKind.PARTIAL if capitals * 2 < len(words) else None


def scare(state: KindState) -> QuoteKind | None:
    """Anything else in marks is a label or a term: a scare quote."""
    return QuoteKind.SCARE


KIND: Ruler[KindState, QuoteKind] = Ruler("kind", [
    ("continuation", continuation),
    ("asked_question", asked_question),
    ("opens_paragraph", opens_paragraph),
    ("title_of_work", title_of_work),
    ("labelled_question", labelled_question),
    ("opens_sentence", opens_sentence),
    ("after_comma_lead", after_comma_lead),
    ("question_clause", question_clause),
    ("put_question", put_question),
    ("denial", denial),
    ("self_label", self_label),
    ("partial", partial),
    ("determined_label", determined_label),
    ("reported_fragment", reported_fragment),
    ("long_fragment", long_fragment),
    ("scare", scare),
])


def assign_segments(text: str, paragraphs: list[Paragraph]) -> None:
    """Give each segment its kind and quotation id; a paragraph left open continues the next."""
    next_id = 0
    open_chain: int | None = None
    for paragraph in paragraphs:
        last_direct: int | None = None
        question_ends: dict[int, int] = {}
        for segment in paragraph.segments:
            decided = KIND.decide(KindState(text, paragraph, segment, open_chain, question_ends))
            assert decided is not None  # the last rule always decides
            segment.kind, segment.kind_rule = decided.value, decided.rule
            if segment.kind is QuoteKind.CONTINUATION:
                segment.quotation = open_chain if open_chain is not None else next_id
            elif segment.kind is QuoteKind.DIRECT:
                split = last_direct is not None and _is_split(paragraph, segment, last_direct)
                segment.quotation = paragraph.segments[0].quotation if split else next_id
            else:
                segment.quotation = next_id
            next_id = max(next_id, segment.quotation + 1)
            if segment.kind in (QuoteKind.DIRECT, QuoteKind.CONTINUATION):
                last_direct = segment.quotation
        last = paragraph.segments[-1] if paragraph.segments else None
        open_chain = last.quotation if last and last.mark.close_at is None else None


def _is_split(paragraph: Paragraph, segment: Segment, first: int) -> bool:
    """`"...," she said. "..."`: the second half of a quotation split by its attribution."""
    return paragraph.segments[0].quotation == first and bool(paragraph.in_sentence(segment.sentence - 1))
