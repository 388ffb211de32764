"""Recognising people, organisations, titles and roles in attribution clauses."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .caps import CAPS_RE, caps_runs, first_caps, iter_caps, trailing_caps
from .gender import first_name_gender
from .lexicon import (
    AMBIGUOUS_HEADS,
    ARTICLES,
    CALENDAR_NAMES,
    COMPASS_SURNAMES,
    CONNECTORS,
    DEMONYMS,
    GROUP_NOUNS,
    HONORIFICS,
    IWI_PREFIXES,
    KNOWN_ORGS,
    NAME_PARTICLES,
    NOT_NAMES,
    ORG_WORDS,
    POST_NOMINALS,
    PRONOUNS,
    QUALIFIERS,
    ROLE_NOUNS,
    SURNAME_TITLES,
    TITLES,
    vocabulary,
)
from .name_bodies import acronym_led, business_kind
from .name_calendar import given_month, is_calendar_day, month_surname
from .name_lead import move_body_before_name, move_descriptors
from .role_words import clean_role, is_role_noun, is_role_phrase, org_in_role

__all__ = [
    "CAPS_RE",
    "HONORIFICS",
    "PRONOUNS",
    "ROLE_NOUNS",
    "NameRef",
    "caps_runs",
    "classify_caps",
    "clean_role",
    "first_caps",
    "is_group_word",
    "is_role_noun",
    "is_role_phrase",
    "iter_caps",
    "org_in_role",
    "shouted_given_name",
    "trailing_caps",
    "vocabulary",
]

_POSSESSIVE_RE = re.compile(r"['’]s?$")
_CREDIT_RE = re.compile(r"(?:PA|AP|AFP|AAP|EPA|Reuters|Getty)(?=[A-Z][a-z])")
_LOWER_ARTICLES = frozenset(("the", "a", "an"))  # inside a run after "And", "But": "And the Fianna Fail leader"
_OWNER_RE = re.compile(r"(?:['’]s|s['’])$")  # "ZB's", "News’": a word that owns what follows
_TOKEN_RE = re.compile(r"\S+")
_new_tuple = tuple.__new__


class NameRef(NamedTuple):
    """A reference to a speaker found in text: a name, surname, pronoun or role."""

    text: str
    start: int
    end: int
    kind: str  # "person", "surname", "org", "pronoun", "role"
    title: str = ""


def classify_caps(text: str, start: int) -> NameRef | None:
    """Read a capitalised run as a person, surname or organisation (with any title split off)."""
    if " on " in text:
        head, _, tail = text.partition(" on ")
        if tail.split()[0] in CALENDAR_NAMES:
            return classify_caps(head, start)  # "Lawrence Wong on Monday": the name ends before "on"
    if " for " in text and (seat := _SEAT_FOR_RE.search(text)) is not None:
        # "Graham Jones MP for Haslingden and Hyndburn": the member's name ends at the letters.
        member = _classify(text[:seat.start()])
        if member is not None and member[0] in ("person", "surname"):
            return _new_tuple(NameRef, (text[member[1]:member[2]], start + member[1], start + member[2], member[0],
                                        member[3]))
    found = _classify(text)
    if (found is None or found[0] == "org") and " of " in text:
        # "Hone Tipene of Ngāti Rehua", "Jane Smith of the Green Party": a person of somewhere.
        head = text.split(" of ", 1)[0]
        person = _classify(head)
        found = person if person is not None and person[0] == "person" and not _body_before_of(head) else found
    if found is None:
        return None
    kind, rel_start, rel_end, title = found
    # tuple.__new__ rather than NameRef's own __new__ (a Python call): every capitalised run asks this.
    return _new_tuple(NameRef, (text[rel_start:rel_end], start + rel_start, start + rel_end, kind, title))


def _body_before_of(head: str) -> bool:
    """"Canadian Union" of "Canadian Union of Postal Workers": a body's head word before "of", with no
    given name to open it, is the body's name going on, not a person of somewhere."""
    words = head.split()
    return words[-1] in ORG_WORDS and first_name_gender(words[0]) is None


_ACRONYM_RE = re.compile(r"[A-Z]{2,3}")
_PLURAL_INITIALS_RE = re.compile(r"[A-Z]{2,4}s")
_INSTITUTION_HEADS = frozenset(("Council", "School", "Hospital", "Court", "Ministry", "Department", "Government",
                               "Committee", "Board", "University", "Police", "Parliament", "Tribunal"))
_SAINTS = frozenset(("St", "St.", "Saint", "Ste", "Ste."))
# A capitalised preposition inside a run names a body by its cause; no person's name holds one.
_CAPITAL_PREPOSITIONS = frozenset(("Against", "Without", "Versus", "Beyond", "Across", "Towards", "Behind"))


@lru_cache(maxsize=16_384)
def _classify(text: str) -> tuple[str, int, int, str] | None:
    """The kind, span and title of a capitalised run (names recur: cached)."""
    tokens = _tokens(text)
    if not tokens or is_calendar_day(tokens):
        return None
    if _seat_holder(tokens):
        return _ref([token for token in tokens if token[0] not in ("The", "the", "A", "a")], "role")
    _trim_tail(tokens)
    articled = _drop_articles(tokens)
    if not _drop_owner(tokens):
        return None
    if len(tokens) >= 3 and _shouted_place(tokens[0][0], tokens[1][0]):
        tokens.pop(0)  # "SASKATOON Kevin Matechuk says": a dateline whose dash was lost
    words = [word for word, _ in tokens]
    if (whole := _as_a_body(tokens, words)) is not None:
        return whole
    if articled and len(words) == 1 and not words[0].isupper():
        return None  # "The Californian said": no one is called "the Smith" ("the HO" abbreviates a body)
    if len(words) == 1 and is_group_word(words[0]):
        return _ref(tokens, "org")  # "Members of an international team say": a group, by what they are
    lead = _lead_words(tokens)
    move_descriptors(tokens, lead)
    move_body_before_name(tokens, lead)
    words = [word for word, _ in tokens]
    if acronym_led(words):
        return _ref(tokens, "org")  # "BBC News Online", "When CNN International said": once any opener is gone
    month_given = given_month(tokens)
    # An organisation's head word ends a name only as its head: "Bill Rae" is a person.
    if len(words) > 4 or any(_never_in_name(word, i == len(words) - 1, words[i - 1] if i else "")
                             for i, word in enumerate(words) if not (i == 0 and month_given)):
        return None
    # Lower-case particles stand inside a surname ("Tim van de Molen"), and a middle initial may go
    # without its stop ("Patrick J Moran").
    # "M Mohapatra": a given name's initial may open the name too (not "A" nor "I", which are words).
    if not all(_looks_like_name_word(word) or (0 < i < len(words) - 1 and (word in NAME_PARTICLES or _initial(word)))
               or (i == 0 and (shouted_given_name(words) or (len(words) > 1 and _initial(word) and word not in "AI")))
               for i, word in enumerate(words)):
        return None
    title = _title_of(lead)
    # "De Lautour said", "Van der Merwe": a particle opening the name, capitalised, begins a surname.
    # ("Al Gillespie": a particle that is also a given name, before one word, is the given name.)
    particle = words[0].lower() in NAME_PARTICLES and words[0][0].isupper() and not (
        len(words) == 2 and first_name_gender(words[0]) is not None)
    surname = len(words) == 1 or particle
    return _ref(tokens, "surname" if surname else "person", title)


def _lead_words(tokens: list[tuple[str, int]]) -> list[str]:
    """Take off the words before the name itself (a title, a role, a connective, a body's possessive
    after a title) and return them."""
    lead: list[str] = []
    # A title inside the run ends what goes before the name: "Far North Mayor Moko Tepania".
    # So does a capitalised role noun: "Northland MP Grant McCallum", "Market Manager Marilyn Evans".
    last_title = max((i for i, (w, _) in enumerate(tokens[:-1])
                      if (w in TITLES and w not in NOT_NAMES) or w in ROLE_NOUNS or
                      (w[:1].isupper() and w.lower() in ROLE_NOUNS)), default=-1)
    while len(tokens) > 1 and (_is_lead_word(tokens[0][0]) or last_title >= 0) and not (
            last_title < 0 and given_month(tokens)):
        word = tokens.pop(0)[0]
        lead.append(word)
        last_title -= 1
        if word in CONNECTORS and len(tokens) > 2 and last_title < 0 and first_name_gender(tokens[0][0]) is None:
            # "Minister for Education and Training Simon Birmingham": a portfolio's words are the title's
            # ("Taoiseach and Mary Lou McDonald": a given name after "and" begins the person).
            lead.append(tokens.pop(0)[0])
    # "NZ First's Shane Jones": after the title, an organisation's possessive qualifies the name.
    while len(tokens) > 1 and lead and _POSSESSIVE_RE.search(tokens[0][0]) and tokens[0][0][-1] in "sS":
        lead.append(tokens.pop(0)[0])
    return lead


def _title_of(lead: list[str]) -> str:
    """The title among the words before a name, from its first title or role word; none when "and"
    ends them ("Taoiseach and Mary Lou McDonald": the title is another person's)."""
    if lead and lead[-1] in CONNECTORS:
        return ""
    return " ".join(lead[next((i for i, w in enumerate(lead) if w in TITLES or w in ROLE_NOUNS), len(lead)):])


def _drop_articles(tokens: list[tuple[str, int]]) -> bool:
    """Drop the articles and connectives a run opens with; True if one was an article ("And the Fianna
    Fail leader")."""
    articled = False
    while len(tokens) > 1 and (tokens[0][0] in ARTICLES or tokens[0][0] in _LOWER_ARTICLES):
        articled = articled or tokens[0][0] in ("The", "A", "An", "the", "a", "an")
        tokens.pop(0)
    return articled


def _seat_holder(tokens: list[tuple[str, int]]) -> bool:
    """"The Dublin Central TD", "the Wellington Central MP": a seat's member, by the place and the
    letters, with no given name among the words ("Local Senedd Member Samuel Kurtz MS" is a name)."""
    last = tokens[-1][0].rstrip(",")
    words = [word for word, _ in tokens if word not in ("The", "the", "A", "a")]
    return last in _SEAT_LETTERS and len(words) > 1 and all(first_name_gender(word) is None for word in words[:-1])


_SEAT_LETTERS = frozenset(("MP", "TD", "MLA", "MSP", "MS", "MPP", "MHA", "MNA", "MLC", "MEP", "MHK"))
_SEAT_FOR_RE = re.compile(rf" (?:{'|'.join(sorted(_SEAT_LETTERS))}) for ")


def _trim_tail(tokens: list[tuple[str, int]]) -> None:
    """"Gerald Butler QC", "Moss's", "Reid.": letters after a name and a possessive or stop are no part of it."""
    # "Heather Humphreys T.D.": the letters may be written with stops.
    while len(tokens) > 1 and ((letters := tokens[-1][0].rstrip(",")) in POST_NOMINALS
                               or (len(letters) > 2 and letters.replace(".", "") in POST_NOMINALS)):
        tokens.pop()
    last, last_at = tokens[-1]
    last = _POSSESSIVE_RE.sub("", last)
    tokens[-1] = (last.rstrip(".") if len(last) > 2 else last, last_at)


def _as_a_body(tokens: list[tuple[str, int]], words: list[str]) -> tuple[str, int, int, str] | None:
    """The run read whole as a body or an office, or as the body a role is of; None when it is neither."""
    if len(words) > 1 and words[0] in _SAINTS and _OWNER_RE.search(words[1]):
        return _ref(tokens, "org")  # "St. Luke’s Duluth", "St Vincent's Hospital": a saint's, so a body's
    if any(word in _CAPITAL_PREPOSITIONS for word in words[1:-1]):
        return _ref(tokens, "org")  # "League Against Cruel Sports", "Doctors Without Borders": a campaign's name
    if len(words) == 2 and words[0] in _INSTITUTION_HEADS:
        return _ref(tokens, "org")  # "Council Mergers", "School Closures": a topic, never a person's name
    if len(words) == 1 and words[0].isupper() and _ACRONYM_RE.fullmatch(words[0]) and words[0] not in ROLE_NOUNS \
            and words[0] not in TITLES:
        return _ref(tokens, "org")  # "the HSE", "BBC said": a body's initials ("PM", "CEO" are roles)
    if len(words) > 1 and business_kind(words[0]) and first_name_gender(words[1]) is None:
        return _ref(tokens[1:], "org")  # "Steelmaker ArcelorMittal", "Retailer Woolworths": the kind, then its name
    if (body := _body_or_office(words)) is not None:
        return _ref(tokens, body)
    return _body_of_a_role(tokens)


def _body_of_a_role(tokens: list[tuple[str, int]]) -> tuple[str, int, int, str] | None:
    """"CEO of Oranga Tamariki": a role of a known body, with no name after it, names the body."""
    words = [word for word, _ in tokens]
    if "of" not in words[1:-1]:
        return None
    at = len(words) - 1 - words[::-1].index("of")
    role, body = words[:at], words[at + 1:]
    if not role or not is_role_noun(role[-1]) or not (" ".join(body) in KNOWN_ORGS or _is_org(body)):
        return None
    return _ref(tokens[at + 1:], "org")


def _shouted_place(word: str, following: str) -> bool:
    """A word in capitals before a given name written as names are ("SASKATOON Kevin"): a dateline."""
    return (len(word) >= 3 and word.isupper() and word.isalpha() and not following.isupper()
            and word not in TITLES and first_name_gender(following) is not None)


def _drop_owner(tokens: list[tuple[str, int]]) -> bool:
    """"Newstalk ZB's Mike Hosking", "Sky News’ Kay Burley", "Victory's Teague": a possessive before a
    name qualifies it and is dropped (but "National Police Chiefs’ Council" is one body's name). False
    when what the owner has is a role, no name ("the Council's Contractor")."""
    # "Jessica Stauber of St. Luke’s Duluth": a saint's possessive is a body's name going on, no owner.
    owner = max((i for i, (w, _) in enumerate(tokens[:-1])
                 if _OWNER_RE.search(w) and (i == 0 or tokens[i - 1][0] not in _SAINTS)), default=-1)
    if owner < 0 or _is_org([w for w, _ in tokens]):
        return True
    if owner == len(tokens) - 2 and (tokens[-1][0].lower() in ROLE_NOUNS or tokens[-1][0] in ORG_WORDS):
        return False
    del tokens[:owner + 1]
    return True


def _tokens(text: str) -> list[tuple[str, int]]:
    """A run's words and their offsets; a photo's credit run into the first ("PAMachin said") dropped, and
    a dateline's dashes with no spaces ("CITY--Coach") taken as a break between words."""
    tokens = [(m.group(), m.start()) for m in _TOKEN_RE.finditer(text.replace("--", "  ") if "--" in text else text)]
    if tokens and (credit := _CREDIT_RE.match(tokens[0][0])) is not None:
        tokens[0] = (tokens[0][0][credit.end():], tokens[0][1] + credit.end())
    return tokens


def _never_in_name(word: str, at_end: bool = True, after: str = "") -> bool:
    title = word in TITLES and not (at_end and word in SURNAME_TITLES)
    # "Jonathan West": a compass word ends a name after a given name ("North West" names a place).
    surname = at_end and word in COMPASS_SURNAMES and after not in NOT_NAMES and after[:1].isupper()
    # "Theresa May", "Brian May": a month after a known given name is a surname.
    surname = surname or (at_end and month_surname(word, after))
    head = at_end and word in ORG_WORDS and word not in AMBIGUOUS_HEADS
    demonym = word in DEMONYMS and not (at_end and first_name_gender(after) is not None)
    return (word in NOT_NAMES and not surname) or title or head or demonym


def _is_lead_word(word: str) -> bool:
    """A word before a name that is no part of it: a title, role, connector or sentence opener."""
    return word in TITLES or word in NOT_NAMES or word in CONNECTORS or word in ROLE_NOUNS or \
        word.lower() in ROLE_NOUNS or _is_descriptor(word) or _plural_title(word)


def _plural_title(word: str) -> bool:
    """"Councillors Goodwin and Nelson", "Senators": a title of several people is no part of a name."""
    return word.endswith("s") and (word[:-1] in TITLES or word[:-1] in ROLE_NOUNS)


def _is_descriptor(word: str) -> bool:
    """"Seventy-eight-year-old", "Long-time", "Auckland-based": a compound ending in a lower-case
    word describes the person named after it (a hyphenated name ends in a capital: "Ngarewa-Packer")."""
    tail = word.rpartition("-")[2]
    return "-" in word and len(tail) > 2 and tail.islower()


def _body_or_office(words: list[str]) -> str | None:
    """"org" for an organisation's name, "role" for an office ("the Council Executive"), else None."""
    if " ".join(words) in KNOWN_ORGS or _is_org(words):
        return "org"
    return "role" if _office(words) else None


_ORG_OR_TITLE = ORG_WORDS | TITLES  # joined once


def _office(words: list[str]) -> bool:
    """A run ending in a role noun after an organisation's or a title's word names an office ("Council
    Executive", "District Court Judge"); after a given name it is a surname ("Mike Judge")."""
    return (len(words) >= 2 and words[-1].lower() in ROLE_NOUNS and words[-1][:1].isupper()
            and words[-2] in _ORG_OR_TITLE)


def _is_org(words: list[str]) -> bool:
    if words[0] in IWI_PREFIXES and len(words) > 1:
        return True  # "Ngāti Kahu", "Ngāi Tahu", "Te Āti Awa": iwi and hapū, not people
    head = words[-1]
    if head in AMBIGUOUS_HEADS and (len(words) == 1 or (len(words) == 2 and words[0] not in QUALIFIERS)):
        return False
    if head in ORG_WORDS and (len(words) > 1 or words[0] not in TITLES):
        return True
    if len(words) > 1 and len(head) >= 2 and head.isalpha() and head.isupper() and words[0] not in TITLES:
        return True  # "Southern DHB", "Newstalk ZB": a name ending in an acronym is an organisation's
    # "Ministry of Health", "Utah Department of Public Safety" (a place before it); but "Resources and
    # Regional Development Minister Jones" is a title.
    # "Conservative Party of Canada": "Party" titles a role only before it ("Party leader"), never before "of".
    return any(words[i] in ORG_WORDS and (words[i] not in TITLES or words[i] == "Party") and words[i + 1] in CONNECTORS
               for i in range(min(2, len(words) - 2)))


def _ref(tokens: list[tuple[str, int]], kind: str, title: str = "") -> tuple[str, int, int, str]:
    last_word, last_at = tokens[-1]
    return kind, tokens[0][1], last_at + len(last_word), title


_GROUP_HEADS = ROLE_NOUNS | GROUP_NOUNS


def is_group_word(word: str) -> bool:
    """A role's or a group's plural: "Prosecutors", "TDs", "MPs" (a group by what its members are)."""
    return word.endswith("s") and (word[:-1] in _GROUP_HEADS or word.lower()[:-1] in _GROUP_HEADS)


def shouted_given_name(words: list[str]) -> bool:
    """"TONY Blair has admitted": a story's first word set in capitals, a given name before a surname
    (three letters or more with a vowel, so "BHP", "TVNZ" and "NZ" stay acronyms)."""
    first = words[0]
    return (len(words) in (2, 3) and 3 <= len(first) <= 10 and first.isalpha() and first.isupper()
            and any(v in first for v in "AEIOU") and all(not w.isupper() and w[:1].isupper() for w in words[1:]))


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _looks_like_name_word(word: str) -> bool:
    core = word.strip(".")
    if len(core) < 2 and not word.endswith("."):
        return False
    if (core.isupper() and len(core) > 3) or _PLURAL_INITIALS_RE.fullmatch(core):
        return False  # "PMQs", "NGOs": initials in the plural are no one's name
    return core[0].isupper() and not any(ch.isdigit() for ch in core)
