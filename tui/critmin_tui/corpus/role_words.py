"""Role words: "spokesperson", "the Sailors' vice-captain", "Labour's energy spokesperson", "CEO of the
Council", and the body a role names; pure functions over the lexicon, shared by names and subjects."""

from __future__ import annotations

import re
from functools import lru_cache

from .caps import CONNECTOR, WORD
from .lexicon import ORG_WORDS, ROLE_NOUNS


@lru_cache(maxsize=8192)
def is_role_noun(word: str) -> bool:
    """A role word, singular or plural, possessive or not ("spokesperson's", "officials")."""
    bare = word.removesuffix("'s").removesuffix("’s").rstrip("'’")
    # "president-elect", "ex-minister": a role's holder to be, or who was.
    bare = _ROLE_AFFIX_RE.sub("", bare) if "-" in bare else bare
    if bare.endswith("-year-old") and bare[:1].isdigit():
        return True  # "the 29-year-old says": news names its subject by age
    return bare in ROLE_NOUNS or bare.removesuffix("s") in ROLE_NOUNS


@lru_cache(maxsize=8192)
def is_role_phrase(phrase: str) -> bool:
    """True if the words read as a role ("Labour's energy spokesperson", "CEO of the Council")."""
    words = phrase.replace(",", " ").split()
    return 0 < len(words) <= 14 and any(is_role_noun(word) for word in words) and not any(
        ch in phrase for ch in "\"“”"
    )


_ROLE_AFFIX_RE = re.compile(r"^(?:ex|former|acting|interim|vice|co|deputy)-|-(?:elect|designate)$", re.IGNORECASE)
_ROLE_POSSESSIVE_RE = re.compile(rf"(?:[Tt]he\s+)?((?:{WORD}\s+)*{WORD})['’]s?\s")
_ROLE_OF_ORG_RE = re.compile(rf"\b(?:of|at|for) (?:the )?((?:{WORD})(?:\s+(?:{CONNECTOR}\s+)*{WORD})*)\s*$")
_ROLE_PARTY_RE = re.compile(rf"((?:{WORD}\s+)*Party)\b")
_LEADING_CONJUNCTION_RE = re.compile(r"^(?:But|And|So|Meanwhile|However,?|Also,?)\s+")
_LEADING_ARTICLE_RE = re.compile(r"^(?:[Tt]he|[Aa]n?)\s+(?=\S)")


def org_in_role(role: str) -> str | None:
    """The organisation a role names: a possessive ("Labour's ...") or "of the X" or "X Party"."""
    possessive = _ROLE_POSSESSIVE_RE.match(role)
    if possessive:
        return possessive.group(1)
    of_org = _ROLE_OF_ORG_RE.search(role)
    if of_org and any(word in ORG_WORDS for word in of_org.group(1).split()):
        return of_org.group(1)
    party = _ROLE_PARTY_RE.match(role)
    return party.group(1) if party else None


@lru_cache(maxsize=8192)
def clean_role(phrase: str) -> str:
    """A role as a reader wants it: no leading article or conjunction, no trailing comma."""
    cleaned = phrase.strip(" ,-–—")
    if " by " in cleaned:
        cleaned = cleaned.rsplit(" by ", 1)[1]  # "statement shared by spokeswoman": the role is after "by"
    cleaned = _LEADING_CONJUNCTION_RE.sub("", cleaned)
    cleaned = _LEADING_ARTICLE_RE.sub("", cleaned)
    return cleaned.strip(" ,")
