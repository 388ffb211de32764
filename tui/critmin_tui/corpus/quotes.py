"""Quote analysis of an article: segments, quotation chains, kinds and speakers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .echoes import echoed
from .entities import Entities
from .gender import Genders, first_name_gender
from .headlines import headline_quotes
from .kinds import assign_segments
from .model import Block, BlockKind, Mention, Quote, ReportedSpeech, SpeakerInfo
from .names import NameRef, caps_runs, classify_caps
from .narrative import Line, NarrativeNames, people_in
from .pronouns import NamedBefore
from .registry import Registry
from .resolver import Resolver
from .roles import role_before
from .segments import Paragraph, prepare_paragraph
from .speaker_candidates import lower_words

_NAMING_BLOCKS = (BlockKind.CAPTION, BlockKind.TITLE)
_SHORT_RE = re.compile(r"\s\([A-Z]{2,6}\)")  # what every _ABBREVIATED_RE match ends with
_ABBREVIATED_RE = re.compile(r"((?:[A-Z][\w’'&-]*\s+(?:of\s+|and\s+|&\s+)?){0,5}[A-Z][\w’'&-]*)\s+\(([A-Z]{2,6})\)")


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
    titles = [Line(b.start, text[b.start:b.end]) for b in blocks if b.kind is BlockKind.TITLE]
    names = NarrativeNames(paragraphs, titles)
    registry = Registry(names.person, names.body, lower_words(text).looks_common, Genders(text).of,
                        NamedBefore(paragraphs), names.person_next, names.sender, names.fuller_body,
                        Entities([p.frame for p in paragraphs], [p.start for p in paragraphs]))
    _preregister(text, blocks, paragraphs, registry)
    resolver = Resolver(text, paragraphs, registry)
    quotes, mentions, reported, _ = resolver.run()
    quotes = tuple(echoed(quotes))  # a phrase no one said that one speaker's quotation holds is theirs
    top = headline_quotes(text, blocks, quotes, registry)  # after the story: its quotes name the speakers
    used = resolver.used | {quote.speaker for quote in top if quote.speaker}
    return ArticleAnalysis((*top, *quotes), mentions, reported, registry.infos(used))



def _preregister(text: str, blocks: list[Block], paragraphs: list[Paragraph], registry: Registry) -> None:
    """Register full names first, so a surname or title resolves even before the name is given."""
    for paragraph in paragraphs:
        for attribution in paragraph.attributions:
            if attribution.subject is not None and attribution.subject.kind == "person":
                registry.add(attribution.subject, attribution.role)
    for block in blocks:
        if block.kind in _NAMING_BLOCKS:
            _register_named(text[block.start:block.end], block, registry)
    for paragraph in paragraphs:
        # "Trans-Tasman Resources (TTR) told officials": the letters stand for the name before them.
        # The regex is tried at every capital; only a paragraph with "(ABC)" after a space can match it.
        frame = paragraph.frame
        for short in _ABBREVIATED_RE.finditer(frame) if "(" in frame and _SHORT_RE.search(frame) else ():
            # "The Health Service Executive (HSE)": the article opening a sentence is no part of the name.
            skip = 4 if short.group(1).startswith("The ") else 0
            if not _abbreviates(short.group(2), short.group(1)[skip:]):
                continue  # "DETROIT (AP) —": a dateline's agency, no abbreviation of the place
            start = paragraph.start + short.start(1) + skip
            full = NameRef(short.group(1)[skip:], start, paragraph.start + short.end(1), "org")
            registry.alias(short.group(2), registry.add(classify_caps(full.text, full.start) or full))


def _register_named(caption: str, block: Block, registry: Registry) -> None:
    """Register the people a caption or headline names, with the roles written before them."""
    if block.kind is BlockKind.TITLE:
        registry.headline_subject = _headline_subject(caption, block.start)
        registry.headline_person = _only_person(caption, block.start)
    since = 0  # a role stands between the previous name and this one
    for caps in caps_runs(caption):
        # "Minister Shane Jones and spokesperson Graham Young": each side of an "and".
        for ref in people_in(caps.group(), block.start + caps.start()):
            before = caption[since:ref.start - block.start].removeprefix(" and ").split(":")[-1]
            role = role_before(before, ref)
            # A headline's words run together ("Kwarteng lies Treasury Damian Hinds"), so only a
            # name its role introduces ("Auckland mayor Wayne Brown criticises") is taken from one:
            # then "the mayor" in the story is someone.
            if role is not None or block.kind is BlockKind.CAPTION:
                registry.add(ref, role)
            since = ref.end - block.start


def _only_person(headline: str, start: int) -> NameRef | None:
    """The one person a headline names in full with a given name ("...: Gus Malzahn press conference"),
    or None when it names none or several."""
    people = [ref for caps in caps_runs(headline) for ref in people_in(caps.group(), start + caps.start())
              if len(ref.text.split()) > 1 and first_name_gender(ref.text.split()[0]) is not None]
    return people[0] if len({ref.text for ref in people}) == 1 else None


def _headline_subject(headline: str, start: int) -> NameRef | None:
    """"Ana Moss discusses the imbalance of power": a full name opening a headline, its verb after it
    in lower case, is whom the story is about."""
    caps = next(iter(caps_runs(headline)), None)
    # A headline that is a name and nothing more ("Susan Boyle") is about that person too.
    rest = headline[caps.end():].strip(" .:") if caps is not None else ""
    if caps is None or caps.start() != 0 or (rest and not rest[:1].islower()):
        return None
    ref = classify_caps(caps.group(), start)
    words = caps.group().split()
    if ref is not None and ref.kind == "person" and len(words) == 3 and words[0].endswith("ing") and \
            first_name_gender(words[0]) is None:
        # "Meeting Alex Trebek was a dream": a gerund opens the headline; the person is who it was done with
        at = start + len(words[0]) + 1
        return classify_caps(" ".join(words[1:]), at)
    return ref if ref is not None and ref.kind == "person" and ref.start == start else None


def _abbreviates(short: str, full: str) -> bool:
    """True when the letters could stand for the name: its initials, in order, from the first."""
    initials = [word[0] for word in re.split(r"[\s-]+", full) if word[:1].isupper()]
    if not initials or short[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(any(letter == initial for initial in rest) for letter in short[1:])
