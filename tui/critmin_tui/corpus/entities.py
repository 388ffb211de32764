"""The entity layer: what a capitalised name in a document is, decided once from the whole document.

A capitalised run is read by its own words (names.classify_caps): "Air Canada", "Canada Post" and
"Horizon Health" read like a given name and a surname. Rules that meet such a name one mention at a
time cannot tell; the document can. Each name asked about is looked up at its first MENTIONS_READ
mentions in the narrative, and the evidence around each mention votes (``VOTES``, an ordered list of
named rules in the style of the other stages, each with a cheap exit):

- a person: an honorific before its last word ("Ms Melanson"), a personal pronoun as the next pronoun
  in its sentence ("Lesosky said he ..."), "<name>, who";
- a body: a possessive before what only bodies have ("Air Canada's chief executive", "CUPE's members"),
  a group of its people after it ("Air Canada flight attendants"), "its" as the next pronoun in its
  sentence ("Rogers said its network ..."), "<name>, which";
- a place: a place's preposition before it ("in Cleobury Mortimer", "at Belmont Hills Reserve"); and,
  for the name as a whole, a place's head word ending it ("Molyneux Park", "Dempster Highway").

A name is of the kind with the most votes (none on a tie, or with no votes), unless a person's evidence
is strong: a known given name opening it, or an honorific. The answer is kept per name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from enum import Enum
from itertools import islice
from typing import NamedTuple

from .gender import first_name_gender
from .lexicon import (
    ANY_BODY_NOUNS,
    COMPANY_NOUNS,
    HONORIFICS,
    LABOUR_WORDS,
    NOT_BUSINESS_WORDS,
    ORG_WORDS,
    OVERSEER_NOUNS,
    PLACE_HEADS,
    PLAIN_HONORIFICS,
    vocabulary,
)
from .names import NameRef

# What a body has and a person does not, after its possessive ("Air Canada's chief executive").
BODY_BELONGINGS = vocabulary(
    """
    members staff workers employees customers shareholders investors clients subscribers passengers
    chief ceo president chair chairman chairwoman chairperson spokesperson spokesman spokeswoman
    board headquarters network shares stores branches website statement subsidiary division
    component executives management
    """
)
# A group of its people written after a body's name ("Air Canada flight attendants", "Tesla workers").
BODY_PEOPLE = vocabulary(
    "workers employees staff members customers shareholders passengers pilots drivers nurses officials "
    "executives managers flight attendants"
)
_PERSON_PRONOUNS = frozenset(("he", "she", "his", "her", "him", "hers", "himself", "herself"))
_BODY_POSSESSIVES = frozenset(("its", "itself"))
_PRONOUN_RE = re.compile(r"\b(he|she|his|her|him|hers|himself|herself|it|its|itself)\b|[.!?](?=\s|$)", re.I)
# A body's name used as a modifier: capitalised words, and a lower-case word with a letter beyond ASCII
# after one ("E tū"), at most four.
_NAME_WORDS = r"[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|[a-z]*[^\x00-\x7f\W][\w]*)){0,3}"
# Where places stand: "in Cleobury Mortimer", "at Molyneux Park", "off the Dempster Highway".
_PLACE_PREPOSITIONS = (" in ", " at ", " near ", " outside ", " around ", " across ", " inside ", " throughout ",
                       " off ", " in the ", " at the ", " off the ", " near the ", " across the ")
MENTIONS_READ = 8  # a name's first mentions carry its evidence; a long story's fiftieth adds none
_SENTENCE_REACH = 200  # characters after a mention in which its sentence's next pronoun is looked for


class EntityKind(Enum):
    """What the document shows a name to be."""

    PERSON = "person"
    BODY = "body"
    PLACE = "place"  # never a speaker, never what "he" or "she" stands for


class Mention(NamedTuple):
    """One mention of the name asked about: the words just before it and its sentence's words after it
    (cut once, as every rule reads them)."""

    before: str  # up to 12 characters before the mention
    after: str  # up to _SENTENCE_REACH characters after it


def mention_at(text: str, start: int, end: int) -> Mention:
    """The mention of ``text[start:end]``."""
    return Mention(text[max(0, start - 12):start], text[end:end + _SENTENCE_REACH])


class Vote(NamedTuple):
    """A rule's verdict on one mention: the kind it points to and how strongly (2: decisive evidence)."""

    kind: EntityKind
    weight: int


Rule = Callable[[Mention], Vote | None]


def possessive_belonging(mention: Mention) -> Vote | None:
    """"Air Canada's chief executive", "the union's members": what only a body has."""
    after = mention.after
    if not after.startswith(("'s ", "’s ", "' ", "’ ")):
        return None
    word = after.split(maxsplit=2)[1:2]
    return Vote(EntityKind.BODY, 1) if word and word[0].strip(",.").lower() in BODY_BELONGINGS else None


def people_after(mention: Mention) -> Vote | None:
    """"Air Canada flight attendants", "Tesla workers": a group of its people named after it."""
    after = mention.after
    if not after.startswith(" ") or not after[1:2].islower():
        return None
    words = after.split(maxsplit=3)
    first_two = " ".join(words[:2]).strip(",.")
    return Vote(EntityKind.BODY, 1) if words and (words[0].strip(",.") in BODY_PEOPLE
                                                  or first_two in BODY_PEOPLE) else None


def relative_pronoun(mention: Mention) -> Vote | None:
    """"Canada Post, which ..." is a body; "Wesley Lesosky, who ..." a person."""
    after = mention.after
    if after.startswith((", which ", " which ")):
        return Vote(EntityKind.BODY, 1)
    if after.startswith(", who "):
        return Vote(EntityKind.PERSON, 1)
    return None


def next_pronoun(mention: Mention) -> Vote | None:
    """The next third-person pronoun in the mention's sentence, before any other capitalised name:
    "Rogers said its network ..." is a body; "Melanson said she ..." a person ("it" alone says nothing)."""
    after = mention.after
    if after[:1] == "," or (" it" not in after and " h" not in after and " s" not in after):
        return None  # "Chris Reid, its treasurer, said": an aside's pronoun is another's
    found = _PRONOUN_RE.search(after)
    if found is None or found.group(1) is None:
        return None  # the sentence ended first
    between = after[:found.start()]
    if re.search(r"\s[A-Z][a-z]", between[1:]):
        return None  # another name stands between: the pronoun may be theirs
    word = found.group(1).lower()
    if word in _PERSON_PRONOUNS:
        return Vote(EntityKind.PERSON, 1)
    # "it" may be any clause's subject ("agreed that it seemed ..."); only the possessive is the body's own.
    return Vote(EntityKind.BODY, 1) if word in _BODY_POSSESSIVES else None


def place_preposition(mention: Mention) -> Vote | None:
    """"in Cleobury Mortimer", "at Belmont Hills Reserve", "near Te Kuiti": a place's preposition
    ("to", "from" and "with" are left out: "spoke to Ana Moss", "a letter from Tom Reti")."""
    before = mention.before
    return Vote(EntityKind.PLACE, 1) if before.endswith(_PLACE_PREPOSITIONS) else None


def honorific_before(mention: Mention) -> Vote | None:
    """"Ms Melanson": an honorific before the name's last word makes it a person's, decisively."""
    before = mention.before.rstrip()
    return Vote(EntityKind.PERSON, 2) if before.rsplit(" ", 1)[-1] in PLAIN_HONORIFICS else None


# In order; every rule sees every mention (votes add up), so the order is only that of the record.
VOTES: tuple[tuple[str, Rule], ...] = (
    ("honorific_before", honorific_before),
    ("possessive_belonging", possessive_belonging),
    ("people_after", people_after),
    ("relative_pronoun", relative_pronoun),
    ("next_pronoun", next_pronoun),
    ("place_preposition", place_preposition),
)


class Entities:
    """The kinds the document shows its names to be, looked up by name (each name decided once)."""

    def __init__(self, frames: Sequence[str], starts: Sequence[int] | None = None) -> None:
        self._frames = frames  # the narrative's paragraphs, quotations masked: the writer's own words
        self._starts = starts or [0] * len(frames)  # where each frame stands in the document
        self._kinds: dict[str, EntityKind | None] = {}
        self._described: dict[str, NameRef | None] = {}
        self._joined: str | None = None  # the frames as one text, made when a name is first looked for

    def described(self, noun: str) -> NameRef | None:
        """The body "the <noun>" means where the text names it so: "the Unite union", "the Teamsters
        union", "the E tū union" (the name used most often before the noun; None if none is)."""
        if noun not in self._described:
            self._described[noun] = self._described_as(noun)
        return self._described[noun]

    def _described_as(self, noun: str) -> NameRef | None:
        pattern = re.compile(rf"\b[Tt]he\s+({_NAME_WORDS})\s+{re.escape(noun)}\b")
        found: dict[str, NameRef] = {}
        counts: Counter[str] = Counter()
        for frame, start in zip(self._frames, self._starts, strict=True):
            if noun not in frame:
                continue
            for match in pattern.finditer(frame):
                name = match.group(1)
                if name.endswith(("'", "’", "'s", "’s")):
                    continue  # "the Ministers’ letter": whose it is, not what it is called
                counts[name] += 1
                found.setdefault(name, NameRef(name, start + match.start(1), start + match.end(1), "org"))
        return found[counts.most_common(1)[0][0]] if counts else None

    def kind(self, name: str) -> EntityKind | None:
        """PERSON, BODY or PLACE when the document's evidence says so; None when it says nothing either way."""
        if name not in self._kinds:
            self._kinds[name] = self._decide(name)
        return self._kinds[name]

    def _decide(self, name: str) -> EntityKind | None:
        words = name.split()
        if first_name_gender(words[0]) is not None:
            return EntityKind.PERSON  # a known given name opens it: decisive
        votes = dict.fromkeys(EntityKind, 0)
        # "fraud at Limerick City and County Council", "the Association of Science Teachers in Harbour": a
        # body's head word anywhere in the name outweighs a place's preposition or a place's head word.
        body_head = any(word in ORG_WORDS for word in words)
        if len(words) > 1 and words[-1] in PLACE_HEADS and not body_head:
            votes[EntityKind.PLACE] += 2  # "Molyneux Park", "Dempster Highway": a place's own head word
        for mention in islice(self.mentions(name), MENTIONS_READ):
            for _, rule in VOTES:
                vote = rule(mention)
                if vote is not None and vote.kind is EntityKind.PERSON and vote.weight > 1:
                    return EntityKind.PERSON
                if vote is not None and not (body_head and vote.kind is EntityKind.PLACE):
                    votes[vote.kind] += vote.weight
        best = max(votes.values())
        winners = [kind for kind, count in votes.items() if count == best]
        return winners[0] if best > 0 and len(winners) == 1 else None

    def mentions(self, name: str) -> Iterator[Mention]:
        """Each whole-word mention of the name, and of its last word alone after an honorific ("Ms Tolls")."""
        last = name.rsplit(" ", 1)[-1]
        if self._joined is None:
            self._joined = "\n".join(self._frames)  # one text: a name never spans a paragraph break
        text = self._joined
        for word in (name, last) if last != name else (name,):
            at = text.find(word)
            while at >= 0:
                end = at + len(word)
                whole = (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
                if whole and (word == name or text[max(0, at - 4):at].strip() in PLAIN_HONORIFICS):
                    yield mention_at(text, at, end)
                at = text.find(word, at + 1)


def not_business(name: str, noun: str) -> bool:
    """A union, a council, a ministry: a body "the company" or "the airline" never means (though "the
    watchdog" may be an authority)."""
    return noun not in OVERSEER_NOUNS and any(word in NOT_BUSINESS_WORDS for word in name.split())


def lead_not_name(words: list[str], common_word: Callable[[str], bool]) -> bool:
    """A first word that is no given name before two more: an acronym ("PCSO Caryl Griffiths"), or a word
    the text also writes in lower case before a known given name ("Boss Derek McInnes ... Aberdeen boss")."""
    if len(words) != 3 or first_name_gender(words[0]) is not None or words[0] in HONORIFICS:
        return False
    return (words[0].isupper() and words[0].isalpha()) or (
        first_name_gender(words[1]) is not None and common_word(words[0]))


def _a_business(name: str) -> bool:
    return not any(word in NOT_BUSINESS_WORDS for word in name.split())


def _a_labour_body(name: str) -> bool:
    return any(word in LABOUR_WORDS for word in name.split())


def _any_body(name: str) -> bool:
    return True


# Which of the bodies a document names a noun may mean, where none is named with the noun: "the airline"
# a business (no union or ministry), "the organization" any, "the union" one whose name is labour's
# ("Minnesota Nurses Association").
NOUN_FALLBACKS: dict[str, Callable[[str], bool]] = {
    **dict.fromkeys(COMPANY_NOUNS - OVERSEER_NOUNS, _a_business), **dict.fromkeys(OVERSEER_NOUNS, _any_body),
    **dict.fromkeys(ANY_BODY_NOUNS, _any_body), "union": _a_labour_body}
