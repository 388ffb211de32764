"""Quotes in a headline: "Afren chairman Egbert Imomah: This year has been 'far from what we planned'".

A headline's words run together and its quote is usually repeated, attributed, in the story. So a
headline quote's speaker is decided by HEADLINE_SPEAKER's named rules, in order: the name before the
headline's colon; else the name a dash at its end credits; else the speaker of the story's quote that
repeats its words; else the headline's subject (a speaker of the story, a body or a role's holder);
else no one. (The story's principal speaker was tried and dropped: at first contact on H29-H38 it was
right for 6 headline and lead quotes where no one would have been right for 9.) The rule that decided
is kept in the evidence. Its kind is direct when it ends the headline after a colon or is the whole
headline, else partial.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from .calibration import confidence_of
from .marks import find_marked
from .model import Block, BlockKind, Evidence, Quote, QuoteKind
from .names import NameRef, caps_runs, classify_caps, is_role_noun, trailing_caps
from .registry import Registry
from .ruler import Ruler

RULE_NO_ONE = "speaker.headline_no_one"
MATCH_WORDS = 4  # the words a story's quote must share with the headline's, from its start
_TRAILING_PUNCTUATION = " .!?,;:'\"’”"


class Found(NamedTuple):
    """A headline quote's speaker (None: no one), and where the headline names them."""

    name: str | None
    at: tuple[int, int] | None = None


@dataclass(slots=True)
class HeadlineQuote:
    """One quote of a headline, with the story's quotes and the speakers the story met."""

    text: str
    block: Block
    open_at: int
    words: str
    body: Sequence[Quote]
    registry: Registry


def headline_quotes(text: str, blocks: Sequence[Block], body: Sequence[Quote], registry: Registry) -> list[Quote]:
    """The quotes of the document's title block, each with its speaker and evidence."""
    title_at = next((i for i, block in enumerate(blocks) if block.kind is BlockKind.TITLE), None)
    if title_at is None:
        return []
    block = blocks[title_at]
    if not any(mark in text[block.start:block.end] for mark in "\"“”‘’'"):
        return []  # the cheap exit: most headlines quote no one
    first_id = max((quote.quotation for quote in body), default=-1) + 1
    found = []
    for number, mark in enumerate(find_marked(text, block.start, block.end)):
        words = text[mark.inner_start:mark.inner_end]
        if not words.strip():
            continue
        kind = _kind(text, block, mark.open_at, mark.end)
        decided = HEADLINE_SPEAKER.decide(HeadlineQuote(text, block, mark.open_at, words, body, registry))
        speaker, at = decided.value if decided is not None else Found(None)
        rule = decided.rule if decided is not None else RULE_NO_ONE
        evidence = Evidence(rule, None, None, None, at, title_at if at else None, "kind.headline")
        found.append(Quote(mark.inner_start, mark.inner_end, words, title_at, kind, first_id + number, speaker,
                           mark.close_at is not None, evidence, confidence_of(kind, evidence)))
    return found


def _kind(text: str, block: Block, open_at: int, end: int) -> QuoteKind:
    """Direct when the quote is the whole headline or ends it after a colon; else partial."""
    before = text[block.start:open_at].rstrip()
    after = text[end:block.end].strip(_TRAILING_PUNCTUATION)
    return QuoteKind.DIRECT if not after and (not before or before.endswith(":")) else QuoteKind.PARTIAL


def named(state: HeadlineQuote) -> Found | None:
    """"Afren chairman Egbert Imomah: ... 'far from what we planned'": the name before the colon."""
    lead = state.text[state.block.start:state.open_at].rstrip()
    if ":" not in lead:
        return None
    colon = lead.rindex(":")
    if _OWN_SUBJECT_RE.match(lead, colon + 1):
        return None  # "PMQs: Boris Johnson writes 'two versions'": the clause names its own speaker
    caps = trailing_caps(lead[:colon] + " ")
    ref = classify_caps(caps.group(), state.block.start + caps.start()) if caps is not None else None
    if ref is None or ref.kind not in ("person", "surname"):
        return None
    registry = state.registry
    known = registry.alias_of(ref.text) or (registry.surname_holder(ref.text.split()[-1], ref.start)
                                             if ref.kind == "surname" else None)
    if known is None and ref.kind == "surname":
        return None  # "Brexit: ...": one word the story never names as anyone's is the headline's topic
    return Found(known or registry.add(ref), (ref.start, ref.end))


# After a headline's colon, a clause with its own subject and verb: "Jury raises concern about", "Boris
# Johnson accuses"; a copula's ("Brexit is 'a disaster'") is the label's own statement.
_OWN_SUBJECT_RE = re.compile(r"[ \t]*(?:[A-Z][\w'’.-]*[ \t]+){1,4}(?!(?:is|was|has|does)\b)[a-z]{2,}[^s\W]s\b")


# "... 'does not bode well for future' - Hipkins", "Budget made like 'a diamond' — Luxon": a credit after a dash.
_CREDIT_RE = re.compile(r"\s[-–—]\s*((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*$")


def credited(state: HeadlineQuote) -> Found | None:
    """"... 'a diamond under pressure' — Luxon": the person a dash at the headline's end credits, when the
    story names them (a surname the story never gives anyone is no credit: "- Analysis", "— Opinion")."""
    after = state.text[state.open_at:state.block.end]
    if "-" not in after and "–" not in after and "—" not in after:
        return None
    found = _CREDIT_RE.search(after)
    if found is None or found.start() < after.find(state.words) + len(state.words):
        return None
    start = state.open_at + found.start(1)
    ref = classify_caps(found.group(1), start)
    if ref is None or ref.kind not in ("person", "surname"):
        return None
    registry = state.registry
    known = registry.alias_of(ref.text) or (registry.surname_holder(ref.text, ref.start) if ref.kind == "surname"
                                            else None)
    if known is None and ref.kind == "surname":
        return None
    return Found(known or registry.add(ref), (ref.start, ref.end))


def repeated(state: HeadlineQuote) -> Found | None:
    """"Council: 'We lost the vote fairly'": the story's quote that repeats the words is by its speaker."""
    wanted = _opening(state.words)
    if not wanted:
        return None
    return next((Found(quote.speaker) for quote in state.body
                 if quote.speaker is not None and wanted in _opening(quote.text, len(quote.text.split()))), None)


def subject(state: HeadlineQuote) -> Found | None:
    """"Greens say ... 'backwards step'", "Trade minister defends 'open door'": the headline's subject,
    when it is a body or a role's holder, or a speaker the story met."""
    speakers = {quote.speaker for quote in state.body}
    for ref in _subjects(state.text, state.block.start, state.open_at):
        name = state.registry.decide(ref, None).value.name
        if name is not None and (ref.kind in ("org", "role") or name in speakers):
            return Found(name, (ref.start, ref.end))
    return None


HEADLINE_SPEAKER: Ruler[HeadlineQuote, Found] = Ruler("speaker", [
    ("headline_named", named),
    ("headline_credited", credited),
    ("headline_repeated", repeated),
    ("headline_subject", subject),
])


def _subjects(text: str, start: int, open_at: int) -> list[NameRef]:
    """What the headline may open with, before its verb: a name, a body, or a role ("Trade minister");
    in title case, each name its first words may be ("Mary Lou McDonald Says", "Ana Moss Asks")."""
    lead = text[start:open_at]
    words = lead.split()
    if not words:
        return []
    head = next((i for i, word in enumerate(words[:4]) if is_role_noun(word)), None)
    caps = next(iter(caps_runs(lead)), None)
    if caps is not None and caps.start() == 0 and (named := _title_case_names(caps.group(), start)):
        return named
    if head is None and caps is not None and caps.start() == 0:
        ref = classify_caps(caps.group(), start)
        return [ref] if ref is not None and ref.kind in ("person", "surname", "org") else []
    if head is None or any(word[:1].islower() and not is_role_noun(word) for word in words[1:head]):
        return []
    role = " ".join(words[:head + 1])
    return [NameRef(role, start, start + len(role), "role")]


def _title_case_names(run: str, start: int) -> list[NameRef]:
    """"Kay Burley Asks Minister If He Is": in a headline in title case every word is capitalised, so
    the name is the run's first two or three words, where they read as a person's name."""
    words = run.split()
    whole = classify_caps(run, start)
    if whole is not None and whole.kind in ("person", "org") and whole.end == start + len(run):
        return []  # the run reads as a whole ("Finance Minister Ana Moss"): no title case to undo
    found = []
    for count in (3, 2):
        ref = classify_caps(" ".join(words[:count]), start) if len(words) > count else None
        if ref is not None and ref.kind == "person" and ref.start == start:
            found.append(ref)
    return found


def _opening(words: str, count: int = MATCH_WORDS) -> str:
    """The first words, case and punctuation aside, as one string to look for."""
    cleaned = "".join(ch.lower() if ch.isalnum() else " " for ch in words)
    return " ".join(cleaned.split()[:count])
