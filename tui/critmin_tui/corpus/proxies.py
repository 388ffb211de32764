"""Speakers who are not a named person at the verb: offices, spokespeople, writers, documents and
unnamed people ("Peters' office said", "the letter says", "one official said").

Each function is one convention, called by a rule of subjects.py; each returns a reference or None.
"""

from __future__ import annotations

import re

from .lexicon import (
    AGENT_HEADS,
    AUTHOR_NOUNS,
    COLLECTIVES,
    DOCUMENT_PARTICIPLES,
    DOCUMENT_QUALIFIERS,
    DOCUMENT_WORDS,
    DOCUMENTS,
    ORG_WORDS,
    SPOKESPERSON_ENDINGS,
    SPOKESPERSONS,
    TITLES,
    UNNAMED_AFFILIATIONS,
    UNNAMED_DESCRIBERS,
    UNNAMED_PEOPLE,
    UNNAMED_ROLES,
    alternation,
)
from .names import NameRef, classify_caps, trailing_caps

__all__ = ["DOCUMENTS", "agent", "author", "collective", "document_after", "opening", "trailing_document",
           "unnamed_after", "unnamed_before"]

# "Peters' office", "the Minister's office", "a spokesperson for the council": who speaks for someone.
_AGENT_RE = re.compile(
    r"(?:\b[Tt]he\s+|\b[Aa]n?\s+)?(?P<agent>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*?['’]s?\s+"
    rf"(?:{alternation(AGENT_HEADS)}))\s*$"
)
# "a Forest and Bird spokesman had claimed": someone unnamed speaks for the organisation.
_VOICE_OF_RE = re.compile(
    r"\b[Aa]n?\s+(?P<voice>(?:[A-Z][\w’'&-]*\s+(?:(?:and|&|of|for)\s+)?){0,4}[A-Z][\w’'&-]*\s+"
    rf"(?:{alternation(SPOKESPERSONS)}))\s*$"
)
_AGENT_ENDINGS = tuple(AGENT_HEADS)
_AUTHOR_RE = re.compile(
    rf"(?P<who>(?:[A-Z][\w’'-]*\s+){{0,3}}[A-Z][\w’'-]*?)['’]s?\s+(?:{alternation(AUTHOR_NOUNS)})"
    r"(?:\s+(?:to|for|on|about|from|in)\s+(?:the\s+)?[\w’'-]+){0,2}\s*$"
)
# Cheap prechecks: one scan for any of a list's words (far faster than a test per word).
_AUTHOR_NOUN_RE = re.compile(alternation(AUTHOR_NOUNS))
_DOCUMENT_WORD_RE = re.compile(alternation(DOCUMENT_WORDS))
_DOCUMENT = alternation(DOCUMENTS)
_QUALIFIER = alternation(DOCUMENT_QUALIFIERS)
# The leading marks and masked words are taken possessively ("*+"): what follows opens with a letter none
# of them is, so giving any back never helps, and a long masked quotation is not backtracked through.
_THING_START_RE = re.compile(
    rf"[\s_\"“”,]*+(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts)\s+(?:(?:{_QUALIFIER})\s+)?"
    rf"(?P<thing>{_DOCUMENT})\b(?:\s+(?:to|from|for|by|on|about|released|issued|published|sent)\b|\s*,)"
)
_DOCUMENT_PARTICIPLE = rf"(?:\s+(?:{alternation(DOCUMENT_PARTICIPLES)})\b[^,.;:\"“”]{{0,60}})?"
_THING_AFTER_RE = re.compile(
    rf"\s*(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts)\s+(?:(?:{_QUALIFIER})\s+)?"
    rf"(?P<thing>{_DOCUMENT}){_DOCUMENT_PARTICIPLE}\s*$"
)
_THING_RE = re.compile(
    rf"(?:^|(?<=[\s\"”’,]))(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts)\s+(?:[\w-]+['’]s\s+)?(?:(?:{_QUALIFIER})\s+)?"
    rf"(?P<thing>{_DOCUMENT})\b(?:\s*,[^,]{{0,80}},|{_DOCUMENT_PARTICIPLE})?\s*$"
)
_DESCRIBED = rf"(?:(?:{alternation(UNNAMED_DESCRIBERS)})\s+){{0,2}}"
_AFFILIATED = rf"(?:(?:{alternation(UNNAMED_AFFILIATIONS)}|[A-Z]{{2,5}})\s+){{0,2}}"
_PEOPLE = alternation(UNNAMED_PEOPLE)
_UNNAMED_NOUN_RE = re.compile(alternation(UNNAMED_PEOPLE | UNNAMED_ROLES))  # a cheap precheck
_UNNAMED_NOUNS = frozenset(noun.lower() for noun in UNNAMED_PEOPLE | UNNAMED_ROLES)
_ROLES = alternation(UNNAMED_ROLES)
# "One official, who asked not to be named, said": someone unnamed speaks, by what they are.
# "The local authority": a body's head word after the noun makes the noun its describer, no one unnamed.
_BODY_HEAD_AFTER = rf"(?!\s+(?:{alternation(frozenset(word.lower() for word in ORG_WORDS))})\b)"
_UNNAMED_RE = re.compile(
    rf"[\s_\"“”,]*+(?:(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+{_DESCRIBED}(?P<who>{_AFFILIATED}(?:{_PEOPLE}|{_ROLES}))|"
    rf"The\s+{_DESCRIBED}(?P<who_the>{_AFFILIATED}(?:{_PEOPLE})))\b{_BODY_HEAD_AFTER}"
)

# "... spokesperson for the Department of Conservation" up to the verb: the body spoken for.
_SPOKEN_FOR_RE = re.compile(
    r"\s+(?P<body>(?:for|of|at)\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s*(?:(?:and|&|of|for|the)\s+)*){1,7}?)[\s,]*$"
)

_UNNAMED_BEFORE_RE = re.compile(
    rf"\b(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+{_DESCRIBED}(?P<who>{_AFFILIATED}(?:{_PEOPLE}|{_ROLES})"
    r"(?:\s+(?:of|from|at|with)\s+(?:the\s+)?(?:[A-Z][\w’'&-]*\s*){1,5})?)\s*$"
)


def agent(pre: str, base: int) -> NameRef | None:
    """Who speaks through an office or a spokesperson: "Peters' office" itself, and "a Forest and
    Bird spokesman" (unnamed, so never taken for someone named before)."""
    if not pre.endswith(_AGENT_ENDINGS, 0, len(pre.rstrip())):
        return None
    found = _AGENT_RE.search(pre, max(0, len(pre) - 80))
    if found:  # "Labour's spokesperson" is someone unnamed, as "a Labour spokesperson" is; "Peters' office" is a body
        unnamed = found.group("agent").endswith(SPOKESPERSON_ENDINGS)
        return _group_ref(found, "agent", base, "unnamed" if unnamed else "org")
    # "a Transport and Main Roads spokesperson said": the spokesperson, unnamed, speaks for it.
    voice = _VOICE_OF_RE.search(pre, max(0, len(pre) - 80))
    return _group_ref(voice, "voice", base, "unnamed") if voice else None


def author(pre: str, base: int) -> NameRef | None:
    """"Jones' foreword for the strategy argued": the writer of a named piece."""
    tail = pre[-100:]
    if ("'" not in tail and "’" not in tail) or _AUTHOR_NOUN_RE.search(tail) is None:
        return None
    found = _AUTHOR_RE.search(pre, max(0, len(pre) - 100))
    return classify_caps(found.group("who"), base + found.start("who")) if found else None


def opening(pre: str, base: int) -> NameRef | None:
    """A document or someone unnamed opening the sentence, unless a name stands right before the verb."""
    found = _THING_START_RE.match(pre) if _DOCUMENT_WORD_RE.search(pre, 0, 60) else None
    found = found or _UNNAMED_RE.match(pre)
    if found is None or _ends_with_person(pre):
        return None
    if "thing" in found.groupdict():
        return _group_ref(found, "thing", base)
    group = "who" if found.group("who") else "who_the"
    spoken_for = _SPOKEN_FOR_RE.match(pre, found.end()) if found.group(group).endswith(SPOKESPERSON_ENDINGS) else None
    if spoken_for is not None:  # "A spokesperson for the Department of Conservation said": whom they speak for too
        return NameRef(pre[found.start(group):spoken_for.end("body")], base + found.start(group),
                       base + spoken_for.end("body"), "unnamed")
    return _group_ref(found, group, base, "unnamed")


def unnamed_before(pre: str, base: int) -> NameRef | None:
    """"... — one member of the NSW Government summed up": someone unnamed right before the verb,
    with whom they belong to."""
    tail_at = max(0, len(pre) - 100)
    # Cheap prechecks: the words end with such a noun, or name whom they belong to ("... of the X").
    last = pre[-30:].split()[-1:] or [""]
    if last[0].lower() not in _UNNAMED_NOUNS and (" of " not in pre[tail_at:] and " from " not in pre[tail_at:]
                                                   and " at " not in pre[tail_at:] and " with " not in pre[tail_at:]):
        return None
    if _UNNAMED_NOUN_RE.search(pre, tail_at) is None:
        return None
    found = _UNNAMED_BEFORE_RE.search(pre, tail_at)
    # "a spokesman of the Ratepayers Committee Tui Reti said": a name right before the verb is who speaks.
    return _group_ref(found, "who", base, "unnamed") if found and not _ends_with_person(pre) else None


def trailing_document(pre: str, base: int) -> NameRef | None:
    """After any quotation before it: ""...," the letter says". Searched only where such a word is."""
    tail_at = max(0, len(pre) - 140)
    if _DOCUMENT_WORD_RE.search(pre, tail_at) is None:
        return None
    thing = _THING_RE.search(pre, tail_at)
    return _group_ref(thing, "thing", base) if thing else None


def document_after(chunk: str, base: int) -> NameRef | None:
    """The document after an inverted verb: "according to the briefing"."""
    thing = _THING_AFTER_RE.match(chunk) if _DOCUMENT_WORD_RE.search(chunk) else None
    return _group_ref(thing, "thing", base) if thing else None


def unnamed_after(chunk: str, base: int) -> NameRef | None:
    """Someone unnamed after an inverted verb: "said one woman"."""
    someone = _UNNAMED_RE.match(chunk)
    if someone is None:
        return None
    return _group_ref(someone, "who" if someone.group("who") else "who_the", base, "unnamed")


def _ends_with_person(pre: str) -> bool:
    # "A resident of the house, Daryl Last, said": a name in apposition ends the words as well.
    caps = trailing_caps(pre.rstrip(" ,") + " ")
    ref = classify_caps(caps.group(), 0) if caps is not None else None
    return ref is not None and ref.kind in ("person", "surname")


def _group_ref(match: re.Match[str], group: str, base: int, kind: str = "org") -> NameRef:
    return NameRef(match.group(group), base + match.start(group), base + match.end(group), kind)


# "police said", "South Wales police said", "the family said": a force or a family speaks as a body, with
# its place when the text gives one ("South Wales police").
_COLLECTIVE_RE = re.compile(
    rf"(?:(?<![\w'’])(?P<place>(?:[A-Z][\w-]*\s+){{1,3}})|\b(?:the|The|his|her|their|His|Her|Their)\s+)?"
    rf"(?P<body>{alternation(COLLECTIVES)})\s*$")
# "The family of Mr Dawes, from Burley, said": the family speaks, not the one it is named by.
_FAMILY_OF_RE = re.compile(r"(?:^|(?<=[.!?\"”]\s))\s*(?:The|the)\s+(?P<body>family|relatives|parents|friends)\s+of\s+"
                           r"[^.!?;:\"“”]{1,90}$")


# The person a family is named by: "of Sarah Everard", "of Mr Dawes" (a title and up to four capitalised words).
_WHOSE_RE = re.compile(r"\s+of\s+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}")

_COLLECTIVE_ENDINGS = tuple(COLLECTIVES)  # endswith takes a tuple: made once, not per verb


def collective(pre: str, base: int) -> NameRef | None:
    """"police said", "South Wales police said", "the family said", "The family of Mr Dawes said":
    a force or a family, speaking as one (with its place, when the text gives one)."""
    family_of = _FAMILY_OF_RE.search(pre) if " of " in pre else None
    if family_of is not None:
        # "The family of Sarah Everard": the family is named by whose it is ("the family" later means it).
        whose = _WHOSE_RE.match(pre, family_of.end("body"))
        end = whose.end() if whose is not None else family_of.end("body")
        return NameRef(pre[family_of.start("body"):end], base + family_of.start("body"), base + end, "org")
    if not pre.rstrip().endswith(_COLLECTIVE_ENDINGS):
        return None
    found = _COLLECTIVE_RE.search(pre, max(0, len(pre) - 80))
    if found is None:
        return None
    place = found.group("place")
    # "Ms Jones' family": an owner is no place ("family"); a title opens no place either.
    owned = place is not None and pre[max(0, found.start("place") - 1):found.start("place")] in ("'", "’")
    start = found.start("place") if place and not owned and place.split()[0] not in TITLES else found.start("body")
    return NameRef(pre[start:found.end("body")], base + start, base + found.end("body"), "org")
