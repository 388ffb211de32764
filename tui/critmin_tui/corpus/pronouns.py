"""The resolution stage's outcome and state, and its rules for pronouns: "he" and "she" agree in gender
with whom they mean, and an interviewer does not take the answers."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from .gender import PRONOUN_GENDER, Gender, first_name_gender
from .lexicon import TITLED_ROLES
from .names import NameRef, caps_runs, classify_caps
from .narrative import people_in
from .segments import Paragraph

# A paragraph opening with a person's pronoun, or a body's saying ("It said"); not "It is never easy".
_PRONOUN_OPENS_RE = re.compile(r"\s*(?:He|She|They)\b|\s*It\s+(?:said|says|told|tells|added|adds|stated|states)\b")
# "a Senior Championship", "the Harbour Bridge": no one's name follows an article directly.
# "Credit: Greg Newington", "Photo: Ana Moss": a photographer's credit names no one in the story.
_CREDIT_BEFORE_RE = re.compile(r"\b(?:Credit|Photo|Picture|Image|Photograph|Photographer)s?(?:\s+by)?\s*[:|]\s*$", re.I)
_ARTICLE_BEFORE_RE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he)\s+$")
_JUDICIAL = frozenset(TITLED_ROLES["judge"])
# A name that opens its sentence, perhaps after a connective and a title ("But Mr Justice Moss").
_OPENING = (r"(?:(?:But|And|However,|Then|Later,|Yesterday,)\s+)?"
            r"(?:(?:Mr|Mrs|Ms|Dr|Judge|Justice|Mr Justice|Mrs Justice)\s+)?")
_SENTENCE_OPENS_RE = re.compile(rf"[.!?]\s+{_OPENING}$")
_PARAGRAPH_OPENS_RE = re.compile(_OPENING)
_OPENING_REACH = 40  # the longest such opening ("However, Mrs Justice") and the stop before it
_LONE_GIVEN_RE = re.compile(r"([A-Z][a-z]+)(?=,|\s+(?:says|said|told|explained|added)\b)")

if TYPE_CHECKING:
    from .registry import Registry


class Found(NamedTuple):
    """The resolution stage's outcome: the speaker's canonical name (None: decided it is no one known)."""

    name: str | None


@dataclass
class Lookup:
    """A reference to resolve against the registry, with the speaker in view."""

    registry: Registry
    ref: NameRef
    current: str | None
    alone: bool
    asking: bool = False  # the reference's verb puts a question ("she asked")


def found_or_none(name: str | None) -> Found | None:
    """A name found, or None: the rules after decide."""
    return Found(name) if name else None


def pronoun_not_asker(state: Lookup) -> Found | None:
    """"he replied" after "Reid asked him ...": an interviewer does not give the answers; the person
    referred to last whom the pronoun agrees with, who is no interviewer, does."""
    ref, current = state.ref, state.current
    if ref.kind != "pronoun" or state.asking or current is None or not state.registry.is_asker(current):
        return None
    wanted = PRONOUN_GENDER.get(ref.text.lower())
    return found_or_none(agreeing(state.registry, wanted, ref.start, current, askers=False))


def pronoun_agrees(state: Lookup) -> Found | None:
    """"she said" when the person in view is a man (by title, "he", role or first name): the person
    referred to last whom "she" can mean; no one such, and the rules after decide."""
    ref, registry = state.ref, state.registry
    if ref.kind != "pronoun":
        return None
    wanted = PRONOUN_GENDER.get(ref.text.lower())
    if wanted is None:
        return None
    in_view = state.current if state.current and registry.is_person(state.current) else registry.last_person()
    if in_view is None or registry.gender(in_view) in (None, wanted):
        return None
    if _anyone_else(registry, ref.start, in_view) and (found := agreeing(registry, wanted, ref.start, in_view)):
        return Found(found)
    # "Ms D'Ath responded to Toowoomba MP Trevor Watts ... 'Schematic design ...,' he said": no one met
    # agrees, so the one the narrative named just before, of the pronoun's gender, said it.
    return found_or_none(_named_before_agreeing(registry, ref.start, wanted, in_view))


def _named_before_agreeing(registry: Registry, at: int, wanted: Gender, skip: str) -> str | None:
    """The last person named just before ``at`` (not ``skip``) whose given name is of gender ``wanted``."""
    for person in reversed(registry.named_before(at)):
        if person.text != skip and first_name_gender(person.text.split()[0]) is wanted:
            return registry.alias_of(person.text) or registry.add(person)
    return None


def _anyone_else(registry: Registry, at: int, skip: str) -> bool:
    """True when a person other than ``skip`` was referred to by ``at``: someone a pronoun could mean."""
    return any(name != skip and registry.is_person(name) for name in registry.referred_by(at))


def agreeing(registry: Registry, wanted: Gender | None, at: int, skip: str, askers: bool = True) -> str | None:
    """The person referred to last by ``at``, other than ``skip``, whom a pronoun of gender ``wanted``
    can mean: of that gender or unknown (and, with ``askers`` False, no interviewer)."""
    for name in registry.referred_by(at):
        if name == skip or not registry.is_person(name) or registry.is_group(name):
            continue
        if not askers and registry.is_asker(name):
            continue
        gender = registry.gender(name)
        # Unknown will do for a full name, not for a lone word that may be no person ("Acme").
        if (gender is not None and gender == wanted) or (gender is None and " " in name):
            return name
    return None


def pronoun_after_org(state: Lookup) -> Found | None:
    """"they say ..." of a company, then "he says": the last person named, or a given name a paragraph
    just before opens with ("Sarah, whose name has been changed, ... spoke to ABC News"); never the
    company or outlet ("she" is no one if no person is in the story)."""
    if state.ref.kind != "pronoun" or (wanted := PRONOUN_GENDER.get(state.ref.text.lower())) is None:
        return None
    registry = state.registry
    if state.current is None or registry.is_person(state.current):
        return None
    return Found(registry.last_person() or registry.given_before(state.ref.start, wanted))


def pronoun(state: Lookup) -> Found | None:
    """A pronoun means the speaker in view."""
    return Found(state.current) if state.ref.kind == "pronoun" else None


def pronoun_they_group(state: Lookup) -> Found | None:
    """"they said" when the person in view is one the text calls "he" or "she": not them, but the
    group or organisation referred to last ("they said" of a panel after its chair was named), or no one known."""
    ref, registry, current = state.ref, state.registry, state.current
    if ref.kind != "pronoun" or ref.text.lower() != "they" or current is None:
        return None
    if not registry.is_person(current) or registry.gender(current) is None:
        return None
    # The organisation or unnamed group referred to last.
    return Found(next((name for name in registry.referred_by(ref.start) if registry.is_group(name)), None))


def _opens_sentence(frame: str, at: int) -> bool:
    """Whether the name at ``at`` opens its paragraph or a sentence, after a connective and a title."""
    if at <= _OPENING_REACH and _PARAGRAPH_OPENS_RE.fullmatch(frame, 0, at):
        return True
    return _SENTENCE_OPENS_RE.search(frame, max(0, at - _OPENING_REACH), at) is not None


def pronoun_named_before(state: Lookup) -> Found | None:
    """"he told the jury" with no one in view, after "... Judge Ana Moss halted the
    hearing": the last person the narrative named just before, whom the pronoun agrees with (or a
    given name of the pronoun's gender that a paragraph just before opens with: "Sarah, whose ...")."""
    ref, registry = state.ref, state.registry
    if ref.kind != "pronoun" or state.current is not None:
        return None
    wanted = PRONOUN_GENDER.get(ref.text.lower())
    if wanted is None:
        return None  # "they" may mean a group: nobody is guessed
    for person in reversed(registry.named_before(ref.start)):
        name = registry.alias_of(person.text) or registry.add(person)
        if registry.is_person(name) and registry.gender(name) in (None, wanted):
            return Found(name)  # (a name the document shows to be a place's is registered as no person)
    return found_or_none(registry.given_before(ref.start, wanted))


def pronoun_headline_subject(state: Lookup) -> Found | None:
    """"She explained: ..." with no one in view and no one named before it, under the headline
    "Ana Moss discusses ...": the person the headline opens with, if the pronoun agrees."""
    ref, registry = state.ref, state.registry
    subject = registry.headline_subject
    if ref.kind != "pronoun" or state.current is not None or subject is None:
        return None
    wanted = PRONOUN_GENDER.get(ref.text.lower())
    if wanted is None:
        return None
    name = registry.alias_of(subject.text) or registry.add(subject)
    return Found(name) if registry.gender(name) in (None, wanted) else None


class NamedBefore:
    """The people the narrative names in the paragraph before a place and the one before that (found
    only when a pronoun has no one in view, so rarely)."""

    def __init__(self, paragraphs: Sequence[Paragraph]) -> None:
        self._paragraphs = paragraphs
        self._starts = [paragraph.start for paragraph in paragraphs]

    def titled(self, head: str) -> NameRef | None:
        """The first person the narrative names with the title a role's head noun is ("the judge": "Mr
        Justice Globe", "Judge Ana Moss"), as written with the title when no given name is there."""
        titles = TITLED_ROLES.get(head, (head.capitalize(),))
        for paragraph in self._paragraphs:
            if not any(title in paragraph.frame for title in titles):
                continue
            for caps in caps_runs(paragraph.frame):
                ref = classify_caps(caps.group(), paragraph.start + caps.start())
                if ref is None or not ref.title or not set(ref.title.split()) & set(titles):
                    continue
                if ref.kind == "person":
                    return ref
                if ref.kind == "surname":  # "Mr Justice Globe": the title is part of how he is named
                    start = paragraph.start + caps.start()
                    return NameRef(f"{ref.title} {ref.text}", start, ref.end, "person", ref.title)
        return None

    def given(self, at: int, gender: Gender) -> NameRef | None:
        """The lone given name of ``gender`` that the paragraph of ``at`` or one of the two before opens
        with, followed by a comma or a verb ("Sarah, whose name ...", "Sarah says"); None if none."""
        index = bisect_right(self._starts, at) - 1
        for paragraph in reversed(self._paragraphs[max(0, index - 2):index + 1]):
            found = _LONE_GIVEN_RE.match(paragraph.frame)
            if found is not None and first_name_gender(found.group(1)) is gender:
                return NameRef(found.group(1), paragraph.start, paragraph.start + found.end(1), "person")
        return None

    def __call__(self, at: int) -> list[NameRef]:
        """The full names before ``at``, in reading order, from its paragraph and the one before; none
        from a paragraph that opens with a pronoun ("He said councillor Tom Reid was away":
        whoever "he" is, the names after are not who the next "he" means), and none an article
        stands right before ("a Senior Championship")."""
        index = bisect_right(self._starts, at) - 1
        people: list[NameRef] = []
        subjects: list[NameRef] = []
        for paragraph in self._paragraphs[max(0, index - 1):index + 1]:
            frame = paragraph.frame[:max(0, at - paragraph.start)]
            if _PRONOUN_OPENS_RE.match(paragraph.frame):
                continue
            for caps in caps_runs(frame):
                for person in self._people_in(caps, paragraph):
                    opens = _opens_sentence(paragraph.frame, person.start - paragraph.start)
                    (subjects if opens else people).append(person)
        # The subject of a sentence is who the next "he" means, over a name in passing ("But Mr Justice
        # Moss first jailed Tom Reid ... he told the family"): subjects come last, the last first.
        return people + subjects

    @staticmethod
    def _people_in(caps: re.Match[str], paragraph: Paragraph) -> list[NameRef]:
        """The people a capitalised run names, none right after an article; a judge named by title and
        surname ("Mr Justice Moss") as written."""
        start = paragraph.start + caps.start()
        frame, base = paragraph.frame, paragraph.start
        found = [person for person in people_in(caps.group(), start)
                 if not _ARTICLE_BEFORE_RE.search(frame, max(0, person.start - base - 5), person.start - base)
                 and not _CREDIT_BEFORE_RE.search(frame, max(0, person.start - base - 20), person.start - base)]
        if not found:
            ref = classify_caps(caps.group(), start)
            if ref is not None and ref.kind == "surname" and set(ref.title.split()) & _JUDICIAL:
                found = [NameRef(f"{ref.title} {ref.text}", ref.start - len(ref.title) - 1, ref.end, "person",
                                 ref.title)]
        return found
