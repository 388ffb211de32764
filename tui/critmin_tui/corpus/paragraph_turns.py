"""A paragraph's turns: who answers whom, who only asks, and the body a speaker is from."""

from __future__ import annotations

import re

from .lexicon import ASKING_VERBS
from .model import QuoteKind
from .names import NameRef, classify_caps
from .segments import Paragraph
from .speaker_rules import Named

_CLAUSE_BREAK_RE = re.compile(r"[.!?:]\s")
# "asked the barrister to clarify": a request, not a question the next quote answers.
_ASKED_TO_RE = re.compile(r"\s+(?:[\w'’]+\s+){1,4}?to\s+[a-z]+")
_FROM_ORG_RE = re.compile(r"\s+(?:from|at)\s+(?:the\s+)?((?:[A-Z][\w’'&-]*\s+){0,4}[A-Z][\w’'-]*)")
_POSSESSIVE_ORG_RE = re.compile(r"((?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w-]*)['’]s\s")
_SENTENCE_END_RE = re.compile(r"[ \t]*[.;]")


def first_speaker_by_sentence(paragraph: Paragraph, cues: dict[int, Named]) -> dict[int, Named]:
    """Each sentence's first resolved speaker, found once (a sentence of thousands of attributions
    and quotations must not be scanned once per quotation)."""
    said: dict[int, Named] = {}
    for number, named in cues.items():
        if named.name:
            said.setdefault(paragraph.attributions[number].sentence, named)
    return said


def only_asks(text: str, paragraph: Paragraph) -> bool:
    """A paragraph whose only speech is a question put: "Smith asked how long it would take", or
    a transcript's 'Andrew Marr (BBC): "Has the Government ...?"'."""
    if paragraph.segments:
        return all(segment.kind is QuoteKind.QUESTION for segment in paragraph.segments)
    return bool(paragraph.attributions) and all(
        text[a.verb_start:a.verb_end] in ASKING_VERBS and not _ASKED_TO_RE.match(text, a.verb_end)
        for a in paragraph.attributions)


def all_in_question(paragraph: Paragraph) -> bool:
    """No cue in the paragraph has a subject: all its speech is inside a question."""
    return all(a.subject is None for a in paragraph.attributions)


def org_of(text: str, subject: NameRef) -> str | None:
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


def last_to_answer(text: str, paragraph: Paragraph, cues: dict[int, Named]) -> Named | None:
    """The last named cue whose verb ends its sentence ("..., and Peters agreed."): one who answers
    the first speaker, not someone inside what they reported ("He said the Government announced ...")."""
    for index in sorted(cues, reverse=True):
        verb_end = paragraph.attributions[index].verb_end
        if cues[index].name and _SENTENCE_END_RE.match(text, verb_end):
            return cues[index]
    return None
