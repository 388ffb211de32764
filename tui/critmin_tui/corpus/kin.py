"""Someone a story names only by whose relative or friend they are: "the victim's boyfriend said",
"said the biological mother of the slain girl", "his mother told the court". Such a speaker is
unnamed (no one the reader can name), not the person named last; a name given beside them
("the boy's aunt, Mary Jones") is theirs."""

from __future__ import annotations

import re

from .lexicon import KIN_DESCRIBERS, KIN_NOUNS, alternation
from .names import NameRef, classify_caps

_KIN = alternation(KIN_NOUNS)
_KIN_WORD_RE = re.compile(rf"\b(?:{_KIN})\b")  # the cheap precheck
# Whose: a possessive pronoun, or a possessive noun phrase of up to three words ("the slain girl's").
_OWNER = r"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he\s+(?:[\w-]+\s+){0,2}[\w-]+['’]s?|[A-Z][\w-]+['’]s?)"
_DESCRIBED = rf"(?:(?:{alternation(KIN_DESCRIBERS)})\s+){{0,2}}"
# "the mother of the slain 7-year-old girl": a relative of someone, the owner after "of".
_OF_SOMEONE = r"\s+of\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\w'’ -]{1,60}?"
_BEFORE_RE = re.compile(
    rf"(?:^|(?<=[\s\"“”,—–-]))(?P<who>(?:{_OWNER}\s+{_DESCRIBED}(?:{_KIN})|[Tt]he\s+{_DESCRIBED}(?:{_KIN}){_OF_SOMEONE}))"
    r"\s*$")
_AFTER_RE = re.compile(
    rf"\s*(?P<who>{_OWNER}\s+{_DESCRIBED}(?:{_KIN})|[Tt]he\s+{_DESCRIBED}(?:{_KIN})(?:\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,4}?[\w-]+(?=\s*(?:$|[,.;]|\s(?:before|in|at|on|outside|after|to|during|who)\b)))?)"
    r"(?P<named>\s*,\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3}))?")


def kin_before(pre: str, base: int) -> NameRef | None:
    """A relative named by whose they are, right before the verb: someone unnamed."""
    tail_at = max(0, len(pre) - 90)
    if _KIN_WORD_RE.search(pre, tail_at) is None:
        return None
    found = _BEFORE_RE.search(pre, tail_at)
    if found is None:
        return None
    return NameRef(found.group("who"), base + found.start("who"), base + found.end("who"), "unnamed")


def kin_after(chunk: str, base: int) -> NameRef | None:
    """A relative right after an inverted verb ("said his mother"); the name given beside them, if any."""
    if _KIN_WORD_RE.search(chunk, 0, 90) is None:
        return None
    found = _AFTER_RE.match(chunk)
    if found is None:
        return None
    if found.group("named"):
        named = classify_caps(found.group("name"), base + found.start("name"))
        return named if named is not None and named.kind == "person" else None
    return NameRef(found.group("who"), base + found.start("who"), base + found.end("who"), "unnamed")


def described_relative(text: str) -> bool:
    """"The father of a man charged", "the victim's sister": a relative described, not by a pronoun's
    owner ("his mother" means someone in view), so possibly the person the story names next."""
    return text[:4].lower() == "the " and _KIN_WORD_RE.search(text) is not None
