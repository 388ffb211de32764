"""Finding attributions in a paragraph's masked text: speech verbs and who they belong to.

The cue stage is an ordered list of named rules (see ruler.py) over one speech verb in its
sentence (a CueContext): each rule either decides (an Attribution, or REJECTED when the verb is no
speech here) or passes. The rule that decides, and the subject rule under it, are recorded.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from .cue_context import CueContext
from .lexicon import (
    DETERMINERS,
    NO_INVERSION,
    NOT_SPEECH_TAILS,
    PASSIVE_MARKERS,
    QUESTION_PARTICIPLES,
    WEAK_VERBS,
    alternation,
)
from .names import NameRef, classify_caps, clean_role
from .roles import sentence_subject
from .ruler import Ruler
from .speech_verbs import SPEECH_OR_MANNER_RE, SPEECH_VERB_RE
from .subjects import subject_before
from .subjects_after import subject_after

# '"..." — Chris Hipkins, Labour leader', '"..." - Business Council CEO Jennifer Westacott' (a list of reactions).
_DASH_ATTRIBUTION_RE = re.compile(
    r"[\"”’]\s*(?:[—–]|(?<=\s)-(?=\s))\s*(?P<name>[A-ZĀĒĪŌŪ][\w'’.-]*(?:\s+[A-ZĀĒĪŌŪ][\w'’.-]*){0,5}"
    r"(?:\s+[a-z]+(?:\s+[A-ZĀĒĪŌŪ][\w'’.-]*){1,3})?)"
    r"(?:,\s*(?P<role>[^\"“”.;]{1,80}))?\s*\.?\s*$"
)
_QUESTION_START_RE = re.compile(
    r"[\s\"“_]*+(?:(?:When|If|After being|Once)\s+)?"  # "*+": as in proxies._UNNAMED_RE
    rf"(?:{alternation(QUESTION_PARTICIPLES)})\b(?!\s+to\b)"  # "When asked to provide ...": a request, no question
)
_INVERSION_PRE_RE = re.compile(r"^[\s_\"“”‘’',.!?:;—–-]*+$")  # possessive: no walk back from a word
_QUOTED_AS_RE = re.compile(r"\b(?:quoted|quoting|cited|citing)\s+(?P<who>[^\"“”]{1,120}?)\s+as\s*$")
_CLOSERS = ('"', "”", "’")
# '," Burley pushed.', '?" she pressed.': a quotation's close, a name or pronoun, one past-tense verb, and
# the sentence's end.
_TAIL_CUE_RE = re.compile(r"[,?!][\"”’][ \t]+(?:he|she|they|[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,2})[ \t]+"
                          r"(?P<verb>[a-z]{3,}ed)(?=[ \t]*[.!?])")
_WORD_AT_RE = re.compile(r"[a-z]+")
# "what Camilla", "whether the minister": a wh-word and up to four words just before the verb.
_INDIRECT_QUESTION_RE = re.compile(r"\b(?:[Ww]hat|[Ww]hether|[Ww]hy)\s+(?:[\w'’.-]+\s+){0,3}[\w'’.-]+\s*$")


class Attribution(NamedTuple):
    """A speech verb in a sentence and the reference to who spoke (None: the sentence's subject),
    with the rule that decided it ("cue.before > subject.pronoun")."""

    verb_start: int
    verb_end: int
    sentence: int
    subject: NameRef | None
    role: str | None
    inverted: bool = False
    rule: str = ""


class _Rejected(NamedTuple):
    """The outcome of a rule that decides a verb is no attribution here."""


REJECTED = _Rejected()
Outcome = Attribution | _Rejected


def _made(ctx: CueContext, subject: NameRef | None, role: str | None, rule: str,
          inverted: bool = False) -> Attribution:
    start, end = ctx.verb_span
    return Attribution(start, end, ctx.sentence, subject, role, inverted, rule)


def noun_or_passive(ctx: CueContext) -> Outcome | None:
    """"was called", "their say", "a word of warning": after a passive marker or a determiner the
    verb is no one's speech (a participle after "is" still is: "is urging")."""
    if (ctx.last in PASSIVE_MARKERS and not ctx.word.endswith("ing")) or ctx.last in DETERMINERS:
        return REJECTED
    return None


def request_for(ctx: CueContext) -> Outcome | None:
    """"the information the tribunal had asked for": asking for something is no speech (the
    words quoted near it are someone else's)."""
    if ctx.word not in ("asked", "asks", "asking", "ask") or not ctx.after.startswith(" for "):
        return None
    return REJECTED


def indirect_question(ctx: CueContext) -> Outcome | None:
    """"Asked what Camilla said to them, Mrs Trussler continued": a verb inside an indirect question
    ("what X said", "whether the minister told") reports no speech of its own; the cue is later."""
    before = ctx.before
    if ctx.word not in _SAYING or ("hat" not in before and "hether" not in before and "hy" not in before):
        return None  # the cheap exit: no saying verb, or no wh-word before it ("what critics call" labels)
    return REJECTED if _INDIRECT_QUESTION_RE.search(before) else None


_SAYING = frozenset(("said", "says", "told", "tells"))


def quoted_as(ctx: CueContext) -> Outcome | None:
    """"Gwynfor quoted Wes Streeting, Labour's health spokesman, as saying": the one quoted speaks,
    not the one quoting (so too "cited X as saying")."""
    if ctx.word != "saying" or not ctx.before.endswith(("as ", "as")):
        return None
    found = _QUOTED_AS_RE.search(ctx.before)
    if found is None:
        return None
    subject, rule = subject_after(found.group("who"), ctx.at_before + found.start("who"))
    return None if subject.ref is None else _made(ctx, subject.ref, subject.role, f"cue.quoted_as > {rule}")


def before(ctx: CueContext) -> Outcome | None:
    """"Jones said", "the letter says", "she told": a subject written before the verb."""
    found = subject_before(ctx.before, ctx.at_before)
    if found is None:
        return None
    subject, rule = found
    return _made(ctx, subject.ref, subject.role, f"cue.before > {rule}")


# "according to his reckoning", "according to her account": the one the possessive means is the source.
_OWN_ACCOUNT_RE = re.compile(r"\s*(?P<who>his|her|their)\s+(?:own\s+)?(?:reckoning|account|estimate|estimation|"
                             r"view|version|recollection|telling|words|calculations?|count|memory)\b")
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they"}


def own_account(ctx: CueContext) -> Outcome | None:
    """"Intact according to his reckoning: ..." is his (whatever word opens the sentence)."""
    if ctx.word.lower() != "according to" or (own := _OWN_ACCOUNT_RE.match(ctx.after)) is None:
        return None
    start = ctx.at_after + own.start("who")
    ref = NameRef(_POSSESSIVE_PRONOUN[own.group("who")], start, start + len(own.group("who")), "pronoun")
    return _made(ctx, ref, None, "cue.own_account", inverted=True)


def according_to(ctx: CueContext) -> Outcome | None:
    """"according to the briefing": the source follows; with none, the sentence is still attributed."""
    if ctx.word.lower() != "according to":
        return None
    subject, rule = subject_after(ctx.after, ctx.at_after)
    return _made(ctx, subject.ref, subject.role, f"cue.according_to > {rule}", inverted=True)


def inverted(ctx: CueContext) -> Outcome | None:
    """'"...," said Jones': a verb with nothing but a quotation before it, its subject after it
    ("told RNZ" names a listener, so such verbs never invert)."""
    if ctx.word in NO_INVERSION and not _asked_back(ctx):
        return None
    if not _INVERSION_PRE_RE.match(_last_clause(ctx.before)):
        return None
    subject, rule = subject_after(ctx.after, ctx.at_after)
    if subject.ref is None:
        return None
    return _made(ctx, subject.ref, subject.role, f"cue.inverted > {rule}", inverted=True)


# '"Is growth a bad thing?" asks Neville Atkinson.': a question in marks, then "asks" and a name that ends
# the sentence (or its role after a comma): the one named asks it. "asked the minister whether" names a listener.
_QUESTION_CLOSED_RE = re.compile(r"\?\s*(?:''|[\"”’'])\s*$")
_NAME_ENDS_RE = re.compile(r"\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:[.,;]|$)")


def _asked_back(ctx: CueContext) -> bool:
    """Whether "asks"/"asked" stands after a question in marks with only a name after it."""
    return (ctx.word in ("asks", "asked") and _QUESTION_CLOSED_RE.search(ctx.before) is not None
            and _NAME_ENDS_RE.match(ctx.after) is not None)


def weak_alone(ctx: CueContext) -> Outcome | None:
    """"what critics called": a weak verb with no named subject is no speech, unless it shares a
    named subject through "and" ("has been exploring ... and recently described")."""
    return REJECTED if ctx.word in WEAK_VERBS and not ctx.coordinated else None


def opening_subject(ctx: CueContext) -> Outcome | None:
    """"Regional councillor Sue Hart disagreed, saying ...": the name the sentence opens with;
    a company too for a coordinated verb or a participle ("Ngahere Gold rejected it, insisting")."""
    orgs = ctx.coordinated or ctx.word.endswith("ing")
    subject, role = sentence_subject(ctx.before, ctx.at_before, orgs=orgs)
    return _made(ctx, subject, role, "cue.opening_subject")


CUE: Ruler[CueContext, Outcome] = Ruler("cue", [
    ("noun_or_passive", noun_or_passive),
    ("request_for", request_for),
    ("indirect_question", indirect_question),
    ("quoted_as", quoted_as),
    ("own_account", own_account),
    ("before", before),
    ("according_to", according_to),
    ("inverted", inverted),
    ("weak_alone", weak_alone),
    ("opening_subject", opening_subject),
])


def find_attributions(frame: str, base: int, sentences: list[tuple[int, int]]) -> list[Attribution]:
    """Attributions in a masked paragraph; offsets are absolute (``base`` is its start)."""
    found: list[Attribution] = []
    starts: list[int] = []  # the sentences' starts, listed at the first verb: most paragraphs have none
    for verb in _verbs(frame):
        if not starts:
            starts = [start for start, _ in sentences]
        index = bisect_right(starts, verb.start()) - 1
        s_start, s_end = sentences[index]
        decided = CUE.decide(CueContext(frame, base, index, s_start, s_end, verb))
        if decided is not None and isinstance(decided.value, Attribution):
            found.append(decided.value)
    dash = _dash_attribution(frame, base, len(sentences) - 1) if "—" in frame or "–" in frame or " - " in frame \
        else None
    return [*found, dash] if dash is not None else found


def _verbs(frame: str) -> list[re.Match[str]]:
    """The speech verbs of a paragraph, and any verb that alone ends a sentence after a quotation and a
    name ('"... you should have known that," Burley pushed.'): a verb there is the way the words were said."""
    verbs = list((SPEECH_OR_MANNER_RE if ":" in frame else SPEECH_VERB_RE).finditer(frame))
    if "ed" not in frame or not any(mark in frame for mark in _CLOSERS):
        return verbs
    known = {verb.start() for verb in verbs}
    for tail in _TAIL_CUE_RE.finditer(frame):
        if tail.start("verb") not in known and tail.group("verb") not in NOT_SPEECH_TAILS:
            verb = _WORD_AT_RE.match(frame, tail.start("verb"))
            assert verb is not None  # the group is a word
            verbs.append(verb)
    return sorted(verbs, key=lambda verb: verb.start()) if len(verbs) > len(known) else verbs


def _dash_attribution(frame: str, base: int, sentence: int) -> Attribution | None:
    """"...the national interest." — Chris Hipkins, Labour leader": a name after a quotation's dash."""
    match = _DASH_ATTRIBUTION_RE.search(frame) if "—" in frame or "–" in frame or " - " in frame else None
    if match is None:
        return None
    ref = classify_caps(match.group("name"), base + match.start("name"))
    role = clean_role(match.group("role") or "") or None
    if ref is None or ref.kind != "person":
        # "- NSW Teachers Federation president Angelo Gavrielatos": a body and a role before the name.
        line_end = frame.find("\n", match.start("name"))
        tail = frame[match.start("name"):line_end if line_end >= 0 else len(frame)]
        subject, _ = subject_after(" " + tail, base + match.start("name") - 1)
        ref, role = (subject.ref, subject.role or role) if subject.ref is not None else (ref, role)
    if ref is None or ref.kind not in ("person", "org"):
        return None
    return Attribution(base + match.start(), base + match.start("name"), sentence, ref, role, True, "cue.dash")


def question_end(frame: str, s_start: int, s_end: int, attributions: list[Attribution], base: int) -> int:
    """Where an interviewer's "Asked if ..." clause ends in a sentence (``s_start`` if none)."""
    if not _QUESTION_START_RE.match(frame, s_start):
        return s_start
    for attribution in attributions:
        if attribution.subject is not None and s_start <= attribution.verb_start - base < s_end:
            return attribution.subject.start - base
    # The interviewer's clause is short: look for its comma near the sentence's start only.
    comma = frame.rfind(",", s_start, min(s_end, s_start + 300))
    return comma if comma > 0 else s_start


def _last_clause(pre: str) -> str:
    """The text after the last closing quotation mark (where an inverted verb stands)."""
    cut = max(pre.rfind('"'), pre.rfind("”"), pre.rfind("’"))
    return pre[cut + 1:] if cut >= 0 and "_" in pre[:cut] else pre
