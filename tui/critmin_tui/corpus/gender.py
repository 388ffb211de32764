"""A person's grammatical gender, for pronoun agreement: what the document says, else the first name.

The document's own evidence comes first: a title ("Mr Reid", "Dame Ana"), a name followed by
a speech verb and a pronoun ("Moss said she ..."), a possessive after the name ("Moss and her
daughter", "Reid told his staff") and a role noun beside the name ("spokeswoman Jane Doe"). Only when
the document says nothing is the first name looked up, in first_names.json (US Social Security baby-name
counts, public domain; built by tests/build_first_names.py; read once, when first needed, into a dict),
which leaves out names given to both sexes (Chris, Jordan, Kim), so they stay unknown.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
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
_ROLES = "|".join(sorted(_ROLE_GENDER))
# Each is tried at one mention of a name's word: before it (a window that ends at the word, other words
# of the name between) or right after it. Looking only where the name stands keeps a parse cheap.
_TITLE_BEFORE_RE = re.compile(rf"\b({'|'.join(re.escape(t) for t in _TITLE_GENDER)})\.?\s+(?:{_NAME}\s+){{0,3}}$")
_ROLE_BEFORE_RE = re.compile(rf"\b({_ROLES})\s+(?:{_NAME}\s+){{0,3}}$")
_SAID_AFTER_RE = re.compile(r"\s+(?:said|says|told\s+\w+|added|explained|insisted|admitted|claimed|stated|noted|"
                            r"believes|believed|thinks|thought|hoped|hopes|felt|feels|recalled|conceded|warned|"
                            r"acknowledged|confirmed|denied)\s+(?:that\s+)?(she|he)\b")
# "Reid told his staff", "Moss and her daughter": "his" is never an object, so it may stand two words on;
# "her" only where it cannot be one ("Moss told her" is someone else).
_HIS_AFTER_RE = re.compile(r"(?:['’]s?)?\s+(?:[a-z]+\s+){0,2}his\b")
_HER_AFTER_RE = re.compile(r",?\s+(?:and|with|said|says|whose)\s+her\b")
_ROLE_AFTER_RE = re.compile(rf",\s+(?:a|an|the|who\s+is\s+a)\s+(?:[\w'’-]+\s+){{0,3}}?({_ROLES})\b")
_WINDOW = 60  # characters before a mention in which its title or role noun stands

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


def title_gender(title: str) -> Gender | None:
    """The gender a title says ("Mrs" female, "Mr" male), or None ("Dr", "Cllr", none)."""
    return _TITLE_GENDER.get(title.rsplit(maxsplit=1)[-1]) if title else None


def first_name_gender(first: str) -> Gender | None:
    """The gender a first name is given to (None: unknown, or given to both)."""
    return _lexicon().get(first.casefold()) if len(first) > 1 else None


def _mentions(text: str, word: str) -> Iterator[int]:
    """Where ``word`` stands as a whole word in the text (str.find: no regex compiled per name)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            yield at
        at = text.find(word, at + 1)


def _votes(text: str, word: str) -> Counter[Gender]:
    """One word of a name's votes from the document: titles, "X said she", possessives, role nouns."""
    votes: Counter[Gender] = Counter()
    for at in _mentions(text, word):
        before, end = text[max(0, at - _WINDOW):at], at + len(word)
        if (title := _TITLE_BEFORE_RE.search(before)) is not None:
            votes[_TITLE_GENDER[title.group(1)]] += 1
        if (role := _ROLE_BEFORE_RE.search(before)) is not None:
            votes[_ROLE_GENDER[role.group(1)]] += 1
        if (said := _SAID_AFTER_RE.match(text, end)) is not None:
            votes[PRONOUN_GENDER[said.group(1)]] += 1
        if _HIS_AFTER_RE.match(text, end) is not None:
            votes[Gender.MALE] += 1
        if _HER_AFTER_RE.match(text, end) is not None:
            votes[Gender.FEMALE] += 1
        if (role := _ROLE_AFTER_RE.match(text, end)) is not None:
            votes[_ROLE_GENDER[role.group(1)]] += 1
    return votes


class Genders:
    """The genders of the people one document names: found when first asked for, then kept."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._votes: dict[str, Counter[Gender]] = {}  # each name word's votes, found when first asked for
        self._known: dict[str, Gender | None] = {}

    def of(self, name: str) -> Gender | None:
        """A person's gender by the document's evidence, else their first name's (None: unknown)."""
        if name in self._known:
            return self._known[name]
        words = name.split()
        for word in words:
            if word not in self._votes:
                self._votes[word] = _votes(self._text, word) if word[:1].isupper() else Counter()
        found = self._known[name] = _decide(words, self._votes)
        return found


def _decide(words: list[str], votes: dict[str, Counter[Gender]]) -> Gender | None:
    """The gender most evidence gives (twice the other's, when both have some), else the first name's."""
    if words[0] in _TITLE_GENDER and len(words) > 1:
        return _TITLE_GENDER[words[0]]  # "Dame Ana Moss" as the registry keeps her
    tally: Counter[Gender] = Counter()
    for word in words:
        said = votes.get(word, Counter())
        if len(words) > 1 and said[Gender.FEMALE] and said[Gender.MALE]:
            continue  # "Mrs Trussler" and "Mr Trussler": a surname a woman and a man share tells neither
        tally.update(said)
    female, male = tally[Gender.FEMALE], tally[Gender.MALE]
    if female or male:
        if female >= 2 * male and female > male:
            return Gender.FEMALE
        if male >= 2 * female and male > female:
            return Gender.MALE
        return None  # the document disagrees with itself: a "Mr" and a "Mrs" of one surname
    return first_name_gender(words[0]) if len(words) > 1 else None
