"""Roles written around a name, and the name a sentence opens with."""

from __future__ import annotations

import re

from .lexicon import ROLE_FILLERS
from .names import CAPS_RE, NameRef, classify_caps, clean_role, is_role_noun, is_role_phrase

_PLAIN_HONORIFICS = frozenset(("Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"))


def sentence_subject(text: str, base: int, orgs: bool = False) -> tuple[NameRef | None, str | None]:
    """The name a sentence opens with ("Regional councillor Sue Hart disagreed, saying ..."); with
    ``orgs``, an organisation's too ("Santana Minerals has been exploring ... and described")."""
    for caps in CAPS_RE.finditer(text):  # lazily: only the first few words matter
        if len(text[:caps.start()].split()) > 4 and not only_role_words(text[:caps.start()]):
            break
        if caps.group().endswith(("'s", "’s")):
            continue  # "Luxon's government ...": the name qualifies the subject; it is not it
        named = caps
        ref = classify_caps(caps.group(), base + caps.start())
        if ref is not None and ref.kind in ("surname", "org") and not text[:caps.start()].strip():
            # "Mining chief Alan Eggers rejects ...", "Ngahere Gold chief executive Ana Moss says":
            # a capitalised first word or a company qualifies a role.
            named = person_after_role(text, caps.end()) or caps
            ref = classify_caps(named.group(), base + named.start())
        if ref is not None and ref.kind in ("person", "surname"):
            return ref, role_before(text[:named.start()], ref)
        if orgs and ref is not None and ref.kind == "org" and not text[:caps.start()].strip():
            return ref, None
    return None, None


def only_role_words(text: str) -> bool:
    """"National MP and former diplomat": a long role before a name, with no verb in it."""
    words = text.replace(",", " ").split()
    return len(words) <= 10 and all(w[:1].isupper() or w in ROLE_FILLERS or is_role_noun(w) for w in words)


def person_after_role(text: str, at: int) -> re.Match[str] | None:
    """The person's name right after lower-case role words at ``at`` ("chief Alan Eggers")."""
    following = CAPS_RE.search(text, at)
    if following is None:
        return None
    between = text[at:following.start()]
    if not between.strip() or not between.islower() or not is_role_phrase(between):
        return None
    ref = classify_caps(following.group(), 0)
    return following if ref is not None and ref.kind == "person" else None


def role_before(text: str, ref: NameRef) -> str | None:
    """The role written before a name ("Green Party co-leader", "Chief Ombudsman, "), or the
    title split off it."""
    text = text.rstrip()
    text = text[:-1] if text.endswith(",") else text
    clause = text.rsplit(",", 1)[-1] if "," in text else text
    role = clean_role(clause)
    if role and is_role_phrase(role):
        return f"{role} {ref.title}".strip() if ref.title and ref.title not in role else role
    return ref.title if ref.title and ref.title.split()[0] not in _PLAIN_HONORIFICS else None
