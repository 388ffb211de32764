"""Speakers who are not a named person at the verb: offices, spokespeople, writers, documents and
unnamed people ("Peters' office said", "the letter says", "one official said")."""

from __future__ import annotations

import re

from .names import NameRef, classify_caps, trailing_caps

__all__ = ["DOCUMENTS", "proxy_after", "proxy_before"]

# "Peters' office", "the Minister's office", "a spokesperson for the council": who speaks for someone.
_AGENT_RE = re.compile(
    r"(?:\b[Tt]he\s+|\b[Aa]n?\s+)?(?P<agent>(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*?['’]s?\s+"
    r"(?:office|spokesperson|spokesman|spokeswoman|press secretary))\s*$"
)
# "a Forest and Bird spokesman had claimed": the organisation speaks.
_VOICE_OF_RE = re.compile(
    r"\b[Aa]n?\s+(?P<org>(?:[A-Z][\w’'&-]*\s+(?:(?:and|&|of|for)\s+)?){0,4}[A-Z][\w’'&-]*)\s+"
    r"(?:spokesperson|spokesman|spokeswoman)\s*$"
)
_AGENT_HEADS = ("office", "spokesperson", "spokesman", "spokeswoman", "press secretary")
# "Jones' foreword for the strategy argued": the writer of a named piece speaks.
_AUTHOR_NOUNS = ("foreword", "letter", "statement", "submission", "speech", "column", "post", "email", "memo",
                 "op-ed", "affidavit", "evidence")
_AUTHOR_RE = re.compile(
    rf"(?P<who>(?:[A-Z][\w’'-]*\s+){{0,3}}[A-Z][\w’'-]*?)['’]s?\s+(?:{'|'.join(_AUTHOR_NOUNS)})"
    r"(?:\s+(?:to|for|on|about|from|in)\s+(?:the\s+)?[\w’'-]+){0,2}\s*$"
)
# Cheap prechecks: the document patterns are tried only where one of these words stands.
_DOCUMENT_WORDS = ("statement", "letter", "report", "release", "minute", "paper", "briefing", "submission",
                   "memo", "email")
# "The statement said", "The letter, released under the Act, says": a document speaks.
_DOCUMENTS = "statement|joint statement|letter|report|release|press release|minute|paper|briefing|submission|memo|email"
DOCUMENTS = frozenset(_DOCUMENTS.split("|"))
_THING_START_RE = re.compile(
    rf"[\s_\"“”,]*(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts)\s+(?:(?:Cabinet|open|joint|official|leaked|internal)\s+)?"
    rf"(?P<thing>{_DOCUMENTS})\b(?:\s+(?:to|from|for|by|on|about|released|issued|published|sent)\b|\s*,)"
)
# What a document was: "released by both governments", "issued on Tuesday".
_DOCUMENT_PARTICIPLE = (r"(?:\s+(?:released|published|sent|issued|leaked|obtained|tabled|prepared|written|seen)\b"
                        r"[^,.;:\"“”]{0,60})?")
_THING_AFTER_RE = re.compile(
    rf"\s*(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts)\s+(?:(?:Cabinet|open|joint|official|leaked|internal)\s+)?"
    rf"(?P<thing>{_DOCUMENTS}){_DOCUMENT_PARTICIPLE}\s*$"
)
_THING_RE = re.compile(
    rf"(?:^|(?<=[\s\"”’,]))(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts)\s+(?:[\w-]+['’]s\s+)?(?:(?:Cabinet|open|joint|official|leaked)\s+)?"
    rf"(?P<thing>{_DOCUMENTS})\b(?:\s*,[^,]{{0,80}},|{_DOCUMENT_PARTICIPLE})?\s*$"
)
# "One official, who asked not to be named, said": someone unnamed speaks, by what they are.
_UNNAMED_RE = re.compile(
    r"[\s_\"“”,]*(?:[Oo]ne|[Aa]n?|[Aa]nother|The)\s+(?:(?:senior|former|government|ministry|council|industry|"
    r"local|long-time|older|young|elderly|top|[A-Z]{2,5})\s+){0,2}(?P<who>official|source|insider|diplomat|staffer|adviser|advisor|"
    r"executive|resident|miner|woman|man|person|local|shopper|worker|parent|retiree|farmer|voter|neighbour)\b"
)


def proxy_before(pre: str, base: int) -> NameRef | None:
    """The proxy subject of the verb after ``pre``, if any."""
    if pre.rstrip().endswith(_AGENT_HEADS) and (agent := _agent(pre, base)) is not None:
        return agent
    tail = pre[-100:]
    if ("'" in tail or "’" in tail) and any(noun in tail for noun in _AUTHOR_NOUNS):
        author = _AUTHOR_RE.search(pre, max(0, len(pre) - 100))
        writer = classify_caps(author.group("who"), base + author.start("who")) if author else None
        if writer is not None:
            return writer
    # "A briefing to Trade Minister Todd McClay, released under the Act, said": the document
    # that opens the sentence speaks, unless a name stands right before the verb.
    opening = _THING_START_RE.match(pre) if any(w in pre[:60] for w in _DOCUMENT_WORDS) else None
    opening = opening or _UNNAMED_RE.match(pre)
    if opening and not _ends_with_person(pre):
        return _group_ref(opening, "thing" if "thing" in opening.groupdict() else "who", base)
    # After any quotation before it: ""...," the letter says". Searched only where such a word is.
    tail_at = max(0, len(pre) - 140)
    thing = _THING_RE.search(pre, tail_at) if any(w in pre[tail_at:] for w in _DOCUMENT_WORDS) else None
    return _group_ref(thing, "thing", base) if thing else None


def proxy_after(chunk: str, base: int) -> NameRef | None:
    """The proxy subject of an inverted verb: "according to the briefing", "said one woman"."""
    thing = _THING_AFTER_RE.match(chunk) if any(w in chunk for w in _DOCUMENT_WORDS) else None
    if thing:
        return _group_ref(thing, "thing", base)
    someone = _UNNAMED_RE.match(chunk)
    return _group_ref(someone, "who", base) if someone else None


def _agent(pre: str, base: int) -> NameRef | None:
    """Who speaks through an office or a spokesperson: "Peters' office" itself, and for "a Forest
    and Bird spokesman had claimed", the organisation."""
    agent = _AGENT_RE.search(pre, max(0, len(pre) - 80))
    if agent:
        return _group_ref(agent, "agent", base)
    voice = _VOICE_OF_RE.search(pre, max(0, len(pre) - 80))
    return _group_ref(voice, "org", base) if voice else None


def _ends_with_person(pre: str) -> bool:
    caps = trailing_caps(pre)
    ref = classify_caps(caps.group(), 0) if caps is not None else None
    return ref is not None and ref.kind in ("person", "surname")


def _group_ref(match: re.Match[str], group: str, base: int) -> NameRef:
    return NameRef(match.group(group), base + match.start(group), base + match.end(group), "org")
