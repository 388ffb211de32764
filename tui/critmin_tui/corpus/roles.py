"""Roles written around a name, and the name a sentence opens with."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import PLAIN_HONORIFICS, PRONOUNS, ROLE_FILLERS, TITLED_ROLES
from .names import NameRef, classify_caps, clean_role, first_caps, is_role_noun, is_role_phrase, iter_caps

# A wire dateline: "DETROIT (AP) — ", "WELLINGTON, June 3 (Reuters) - ", "LONDON — ".
_DATELINE_RE = re.compile(r"\s*[A-Z][A-Z.'’ -]{2,40}(?:,[^()—–]{1,30})?(?:\s*\([A-Za-z .]{2,20}\))?\s*[—–-]+\s+")
_CAPITALS_START_RE = re.compile(r"\s*[A-Z][A-Z]")  # a cheap precheck: a dateline opens in capitals
_ROLE_OPENING_RE = re.compile(r"\s*[Tt]he\s+((?:[a-z][\w-]*\s+){1,4})")
_ARTICLES = frozenset(("The", "A", "An", "the", "a", "an"))
_NOUN_THEN_VERB_RE = re.compile(r"\s+[a-z][a-z-]+\s+(?:was|were|is|are|has|have|had|will|would|could|can|"
                                r"said|says|told|[a-z]+ed)\b")
_LISTENER_LEAD_RE = re.compile(r"\s*(?:Speaking|Talking|Writing|Chatting|Replying)\s+(?:to|in|with)\s+(?:the\s+)?$")
_ROLE_WORDS_RE = re.compile(r"\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b")


def dateline_end(text: str) -> int:
    """Where a wire dateline ("DETROIT (AP) — ", "MINNEAPOLIS — ") ends at the text's start; 0 if none."""
    dateline = _DATELINE_RE.match(text) if _CAPITALS_START_RE.match(text) else None
    return dateline.end() if dateline else 0


def sentence_subject(text: str, base: int, orgs: bool = False) -> tuple[NameRef | None, str | None]:
    """The name a sentence opens with ("Regional councillor Sue Hart disagreed, saying ..."); with
    ``orgs``, an organisation's too ("Santana Minerals has been exploring ... and described")."""
    skip = dateline_end(text)  # "DETROIT (AP) — Police Chief James Craig said"
    for caps in iter_caps(text, skip):  # lazily: only the first few words matter
        lead = text[skip:caps.start()]
        opening = not lead.strip()  # the run opens the sentence
        if not opening and len(lead.split()) > 4 and not only_role_words(lead):
            break
        group = caps.group()
        if opening and group in PRONOUNS:
            break  # "He said Southern DHB was ...": the sentence's subject is the pronoun
        if not opening and lead[-3:] in ("to ", "in ", "th ", "he ") and _LISTENER_LEAD_RE.match(lead):
            continue  # "Speaking to Business Insider, the 29-year-old says": whom they spoke to
        if group.endswith(("'s", "’s")):
            continue  # "Luxon's government ...": the name qualifies the subject; it is not it
        named = caps
        ref = classify_caps(group, base + caps.start())
        if ref is None or (not opening and _attributive(lead, text, caps.end())):
            continue
        if ref.kind in ("surname", "org") and opening:
            # "Mining chief Alan Eggers rejects ...", "Ngahere Gold chief executive Ana Moss says":
            # a capitalised first word or a company qualifies a role.
            named = person_after_role(text, caps.end()) or caps
            ref = classify_caps(named.group(), base + named.start())
            if named is caps and ref is not None and ref.kind == "surname" and (role := role_after(text, caps, base)):
                return role, None  # "A Queanbeyan magistrate dismissed ...": a place qualifies a role
        if ref is not None and ref.kind == "person" and opening:
            # "Perth Glory coach Dave Mitchell said": two capitalised words before a role are its club.
            named = person_after_role(text, caps.end()) or caps
            if named is not caps:
                ref = classify_caps(named.group(), base + named.start())
        if ref is not None and ref.kind in ("person", "surname"):
            return ref, role_before(text[:named.start()], ref)
        if orgs and ref is not None and ref.kind == "org" and opening:
            return ref, None
    return None, None


def titled_role_opening(text: str, base: int) -> NameRef | None:
    """"The senior judge discharged the juror": a sentence opening with a role a title names ("the
    judge" is "Mr Justice Globe"); None otherwise."""
    if text[:8].lstrip()[:4] not in ("The ", "the ") or not any(role in text for role in TITLED_ROLES):
        return None  # most paragraphs: two cheap tests, no match tried
    found = _ROLE_OPENING_RE.match(text)
    if found is None:
        return None
    words = found.group(1).split()
    head = next((i for i, word in enumerate(words[:3]) if word in TITLED_ROLES), None)
    if head is None or head + 1 >= len(words) or words[head + 1] in ("who", "that"):
        return None  # "The judge who heard the case": a clause, not the sentence's verb
    role = " ".join(words[:head + 1])
    start = base + found.start(1)
    return NameRef(role, start, start + len(role), "role")


def _attributive(lead: str, text: str, end: int) -> bool:
    """"The four-month Old Bailey trial was halted": a name after an article and before the noun it
    qualifies and that noun's verb names no subject (the trial is the subject)."""
    return lead.split(maxsplit=1)[0] in _ARTICLES and _NOUN_THEN_VERB_RE.match(text, end) is not None


def role_after(text: str, caps: re.Match[str], base: int) -> NameRef | None:
    """The role a capitalised word qualifies when lower-case role words follow it and no name does
    ("A Queanbeyan magistrate", "the Te Kuiti resident")."""
    following = _ROLE_WORDS_RE.match(text, caps.end())
    words = following.group(1).split() if following is not None else []
    head = next((i for i, word in enumerate(words) if is_role_noun(word)), None)
    if following is None or head is None:
        return None
    ref = classify_caps(caps.group(), 0)
    start = caps.start() + (ref.start if ref is not None else 0)
    end = following.start(1) + len(" ".join(words[:head + 1]))
    return NameRef(text[start:end], base + start, base + end, "role")


def only_role_words(text: str) -> bool:
    """"National MP and former diplomat": a long role before a name, with no verb in it."""
    words = text.replace(",", " ").split()
    return len(words) <= 10 and all(w[:1].isupper() or w in ROLE_FILLERS or is_role_noun(w) for w in words)


def person_after_role(text: str, at: int) -> re.Match[str] | None:
    """The person's name right after lower-case role words at ``at`` ("chief Alan Eggers")."""
    following = first_caps(text, at)
    if following is None:
        return None
    between = text[at:following.start()]
    # A comma ends the role: in "Imomah, who is stepping down as new chief executive Alan Linn takes
    # over," the words before the name are a clause about Imomah, not Linn's role.
    if not between.strip() or not between.islower() or "," in between or not is_role_phrase(between):
        return None
    if _COPULA_OR_OF_RE.search(between):
        return None  # "Ken Pimlott is the director of Cal Fire": a clause about the first name, and a body after "of"
    ref = classify_caps(following.group(), 0)
    return following if ref is not None and ref.kind == "person" else None


_COPULA_OR_OF_RE = re.compile(r"\b(?:is|was|are|were|has|had|became|becomes)\s|\s(?:of|for|at|with)\s+(?:the\s+)?$")


def role_before(text: str, ref: NameRef) -> str | None:
    """The role written before a name ("Green Party co-leader", "Chief Ombudsman, "), or the
    title split off it."""
    text = text.rstrip()
    text = text[:-1] if text.endswith(",") else text
    clause = text.rsplit(",", 1)[-1] if "," in text else text
    role = clean_role(clause)
    if role and is_role_phrase(role) and _ends_as_role(role):
        return f"{role} {ref.title}".strip() if ref.title and ref.title not in role else role
    return ref.title if ref.title and ref.title.split()[0] not in PLAIN_HONORIFICS else None


_AFTER_ROLE_WORDS = frozenset(("of", "for", "and", "the", "&", "at", "on", "in"))


@lru_cache(maxsize=4096)  # roles recur: read once each
def _ends_as_role(role: str) -> bool:
    """Whether the words after the role's last role noun only name whose it is ("Minister for
    Resources", "chair of the Minerals Council"); "mayor Tory Whanau speaks to media after" is a
    sentence that mentions a role, not a role."""
    words = role.split()
    last = max((i for i, word in enumerate(words) if is_role_noun(word)), default=-1)
    return all(word[:1].isupper() or word in _AFTER_ROLE_WORDS or word[:1].isdigit() for word in words[last + 1:])


# "Richard Aboulafia, vice president of aviation consultancy Teal Group": a person, then a role in an
# organisation, the appositive's closing comma lost before the verb.
_PERSON_THEN_ROLE_RE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}),\s+(?:an?\s+|and\s+|the\s+)?"
    # The role in lower case, or in title case ("Conservation Officer at the National Nature Reserve of the
    # Plaine des Maures"); the body's name may hold "of the" and a particle.
    r"(?P<role>[a-z][a-z\s-]{1,60}?|(?:[A-Z][a-z-]+\s+){0,2}[A-Z][a-z-]+)"
    r"\s+(?:of|at|for|with|from)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}(?:[A-Z][\w'’&.-]*\s*){1,5}"
    r"(?:(?:of|de|des|du|la|le|for|and)\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s*){1,5})*$")


def person_before_role(pre: str, base: int) -> NameRef | None:
    """The person an appositive names before a role in an organisation, the organisation ending the
    words before the verb ("Scott Rattee, an analyst at Stonecap Securities told Reuters")."""
    if "," not in pre:
        return None
    found = _PERSON_THEN_ROLE_RE.search(pre, max(0, len(pre) - 160))
    if found is None or not is_role_phrase(found.group("role").lower()):
        return None
    ref = classify_caps(found.group("name"), base + found.start("name"))
    return ref if ref is not None and ref.kind == "person" else None
