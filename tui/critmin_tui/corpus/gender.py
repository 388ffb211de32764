"""A person's grammatical gender, for pronoun agreement: what the document says, else the first name.

The document's own evidence comes first: a title ("Mr Johnson", "Dame Jacinda"), a name followed by
a speech verb and a pronoun ("Ardern said she ..."), a possessive after the name ("Smith and her
daughter", "Brown told his staff") and a role noun beside the name ("spokeswoman Jane Doe"). Only when
the document says nothing is the first name looked up, in first_names.json (US Social Security baby-name
counts, public domain; built by tests/build_first_names.py; read once, when first needed, into a dict),
which leaves out names given to both sexes (Chris, Jordan, Kim), so they stay unknown.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from enum import Enum
from pathlib import Path

from .lexicon import vocabulary


class Gender(Enum):
    """The grammatical gender a pronoun agrees with."""

    FEMALE = "F"
    MALE = "M"


# The pronouns that say a gender; "they" says none.
PRONOUN_GENDER: dict[str, Gender] = {
    **dict.fromkeys(("she", "her", "hers", "herself"), Gender.FEMALE),
    **dict.fromkeys(("he", "him", "his", "himself"), Gender.MALE),
}
_TITLE_GENDER: dict[str, Gender] = {
    **dict.fromkeys(("Mrs", "Ms", "Miss", "Dame", "Lady", "Madam", "Mrs.", "Ms."), Gender.FEMALE),
    **dict.fromkeys(("Mr", "Sir", "Lord", "Mr."), Gender.MALE),
}
_FEMALE_ROLES = vocabulary("""spokeswoman chairwoman businesswoman congresswoman councilwoman alderwoman
    policewoman sportswoman stateswoman actress mother daughter sister wife widow grandmother aunt niece
    girlfriend queen princess duchess countess headmistress""")
_MALE_ROLES = vocabulary("""spokesman chairman businessman congressman councilman alderman policeman
    sportsman statesman actor father son brother husband widower grandfather uncle nephew boyfriend king
    prince duke earl headmaster""")
_ROLE_GENDER = {**dict.fromkeys(_FEMALE_ROLES, Gender.FEMALE), **dict.fromkeys(_MALE_ROLES, Gender.MALE)}

_NAME = r"[A-Z][\w'’-]*[a-z][\w'’-]*"  # a capitalised word with a lower-case letter (no initials, no acronyms)
_RUN = rf"{_NAME}(?:\s+{_NAME}){{0,3}}"
_TITLE_RE = re.compile(rf"\b({'|'.join(re.escape(t) for t in _TITLE_GENDER)})\.?\s+({_RUN})")
_SAID_RE = re.compile(rf"\b({_NAME})\s+(?:said|says|told\s+\w+|added|explained|insisted|admitted|claimed|"
                      rf"stated|noted|believes|believed|thinks|thought|hoped|hopes|felt|feels|recalled|conceded|"
                      rf"warned|acknowledged|confirmed|denied)\s+(?:that\s+)?(she|he)\b")
# "Brown told his staff", "Smith and her daughter": "his" is never an object, so it may stand two words on;
# "her" only where it cannot be one ("Smith told her" is someone else).
_HIS_RE = re.compile(rf"\b({_NAME})(?:['’]s?)?\s+(?:[a-z]+\s+){{0,2}}his\b")
_HER_RE = re.compile(rf"\b({_NAME}),?\s+(?:and|with|said|says|whose)\s+her\b")
_ROLE_BEFORE_RE = re.compile(rf"\b({'|'.join(sorted(_ROLE_GENDER))})\s+({_RUN})")
_ROLE_AFTER_RE = re.compile(rf"\b({_NAME}),\s+(?:a|an|the|who\s+is\s+a)\s+(?:[\w'’-]+\s+){{0,3}}?"
                            rf"({'|'.join(sorted(_ROLE_GENDER))})\b")

_LEXICON = Path(__file__).with_name("first_names.json")
_first_names: dict[str, Gender] | None = None


def _lexicon() -> dict[str, Gender]:
    """The first-name lexicon, read once, when first needed."""
    global _first_names  # noqa: PLW0603 - loaded lazily, once per process
    if _first_names is None:
        data = json.loads(_LEXICON.read_text(encoding="utf-8"))
        _first_names = {name: gender for gender in Gender for names in data[gender.value].values()
                        for name in names.split()}
    return _first_names


def first_name_gender(first: str) -> Gender | None:
    """The gender a first name is given to (None: unknown, or given to both)."""
    return _lexicon().get(first.casefold()) if len(first) > 1 else None


def _votes(text: str) -> dict[str, Counter[Gender]]:
    """Each capitalised word's votes from the document: titles, "X said she", possessives, role nouns."""
    votes: dict[str, Counter[Gender]] = {}

    def vote(words: str, gender: Gender) -> None:
        for word in words.split():
            votes.setdefault(word, Counter())[gender] += 1

    for match in _TITLE_RE.finditer(text):
        vote(match.group(2), _TITLE_GENDER[match.group(1)])
    for match in _SAID_RE.finditer(text):
        vote(match.group(1), PRONOUN_GENDER[match.group(2)])
    for match in _HIS_RE.finditer(text):
        vote(match.group(1), Gender.MALE)
    for match in _HER_RE.finditer(text):
        vote(match.group(1), Gender.FEMALE)
    for match in _ROLE_BEFORE_RE.finditer(text):
        vote(match.group(2), _ROLE_GENDER[match.group(1)])
    for match in _ROLE_AFTER_RE.finditer(text):
        vote(match.group(1), _ROLE_GENDER[match.group(2)])
    return votes


class Genders:
    """The genders of the people one document names: found when first asked for, then kept."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._votes: dict[str, Counter[Gender]] | None = None
        self._known: dict[str, Gender | None] = {}

    def of(self, name: str) -> Gender | None:
        """A person's gender by the document's evidence, else their first name's (None: unknown)."""
        if name in self._known:
            return self._known[name]
        if self._votes is None:
            self._votes = _votes(self._text)
        found = _decide(name, self._votes)
        self._known[name] = found
        return found


def _decide(name: str, votes: dict[str, Counter[Gender]]) -> Gender | None:
    """The gender most evidence gives (twice the other's, when both have some), else the first name's."""
    words = name.split()
    if words[0] in _TITLE_GENDER and len(words) > 1:
        return _TITLE_GENDER[words[0]]  # "Dame Jacinda Ardern" as the registry keeps her
    tally: Counter[Gender] = Counter()
    for word in words:
        tally.update(votes.get(word, ()))
    female, male = tally[Gender.FEMALE], tally[Gender.MALE]
    if female or male:
        if female >= 2 * male and female > male:
            return Gender.FEMALE
        if male >= 2 * female and male > female:
            return Gender.MALE
        return None  # the document disagrees with itself: a "Mr" and a "Mrs" of one surname
    return first_name_gender(words[0]) if len(words) > 1 else None
