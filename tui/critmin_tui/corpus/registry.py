"""A document's speaker registry: who is named, their aliases, roles and organisations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .entities import NOUN_FALLBACKS, Entities, EntityKind, lead_not_name
from .gender import Gender, first_name_gender
from .lexicon import ORG_WORDS
from .model import SpeakerInfo
from .name_rules import RESOLVE_BY_KIND
from .names import HONORIFICS, NameRef, is_group_word, org_in_role, shouted_given_name
from .pronouns import Found, Lookup, NamedBefore
from .registry_names import canonical, initials, key, surnames
from .ruler import Decided


@dataclass
class _Entry:
    name: str
    is_person: bool
    unnamed: bool = False  # a role or a group, not a name
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    org: str | None = None


class Registry:
    """Names met in one document, and how a reference (surname, pronoun, role) resolves."""

    def __init__(self, find_person: Callable[[str, Gender | None], NameRef | None] | None = None,
                 find_body: Callable[[str], NameRef | None] | None = None,
                 common_word: Callable[[str], bool] | None = None,
                 gender_of: Callable[[str], Gender | None] | None = None,
                 named_before: NamedBefore | None = None,
                 named_next: Callable[[int], NameRef | None] | None = None,
                 find_sender: Callable[[str, int | None], NameRef | None] | None = None,
                 find_fuller: Callable[[str], str | None] | None = None,
                 entities: Entities | None = None) -> None:
        self._entries: dict[str, _Entry] = {}
        self._entities = entities  # the entity layer: what the document shows its names to be
        self.common_word = common_word or (lambda word: False)  # the text writes it as a common word
        self._aliases: dict[str, str] = {}
        self._find_person = find_person  # a full name for a bare surname, looked for in the text
        self._find_body = find_body  # an organisation's name for "the tribunal", likewise
        self._named_next = named_next  # the person a later paragraph opens with, for a role met first
        self._find_sender = find_sender  # whom "a letter from ..." or "the Council email" names
        self._find_fuller = find_fuller  # a body's longer name in the text ("Anglian Water Services Ltd")
        self._not_in_text: set[str] = set()
        # "Reg" after "Reg Turner": a first name alone, kept while only one person has it.
        self._first_names: dict[str, str | None] = {}
        self._orgs: set[str] = set()  # every organisation given as someone's
        self._places: set[str] = set()  # names the document shows to be places': never a speaker
        self._added: dict[tuple[str, str], str] = {}  # each reference's name as first registered
        self._last_person: str | None = None  # whom "he" or "she" means when an organisation spoke last
        self._holders: dict[str, str] = {}  # a person's role, case-folded: the last person given it
        self._first_at: dict[str, tuple[int, int]] = {}  # where each name was first given in full
        self._by_surname: dict[str, list[str]] = {}  # everyone with a surname ("Wayne Brown", "Simeon Brown")
        self.statement_by: str | None = None  # who was last said to speak "in a statement"
        self.headline_subject: NameRef | None = None  # the person a headline opens with ("X discusses ...")
        self.headline_person: NameRef | None = None  # the one person a headline names ("...: Gus Malzahn press ...")
        self._last_seen: dict[str, int] = {}  # where each speaker was last referred to, in reading order
        self._gender_of = gender_of  # a person's gender by the document's evidence or their first name
        self._askers: set[str] = set()  # who has put a question: the answers that follow are not theirs
        self._named_before = named_before  # the people the narrative names just before a place

    def add(self, ref: NameRef, role: str | None = None) -> str:
        """Register a full name or organisation; return its canonical name."""
        known = self._added.get((ref.text, ref.kind))
        if known is not None:  # met before: its name was settled then (a story names its people many times)
            self.describe(known, role or (ref.title if ref.title not in HONORIFICS else None))
            return known
        name = self._settled(ref)
        self._added[(ref.text, ref.kind)] = name
        self.describe(name, role or (ref.title if ref.title not in HONORIFICS else None))
        return name

    def _settled(self, ref: NameRef) -> str:
        """The name a reference met for the first time registers, its entry made if new."""
        # "Stuart  Nash": a name is kept with single spaces, however the text spaced it.
        words = ref.text.split()
        # A body's head word ("Council") never names a place: such an organisation's kind is not asked.
        asked = ref.kind == "person" or (ref.kind == "org" and not any(word in ORG_WORDS for word in words))
        kind = self._entities.kind(ref.text) if asked and self._entities else None
        if ref.kind == "person" and kind in _NOT_PEOPLE:
            # "Air Canada said ...", "near Cleobury Mortimer": two words, but the document shows a body or a place
            ref = ref._replace(kind="org")
        if ref.kind == "person" and len(words) == 2 and first_name_gender(words[0]) is None and \
                self.common_word(words[0]) and self.common_word(words[1]):
            ref = ref._replace(kind="org")  # "Got Talent", "Bank Holiday": words the text also writes in lower case
        if ref.kind == "person" and lead_not_name(words, self.common_word):
            words.pop(0)  # "PCSO Caryl Griffiths", "Boss Derek McInnes": a rank or a description, not a name
        if ref.kind == "person" and shouted_given_name(words):
            words[0] = words[0].capitalize()  # "TONY Blair" is Tony Blair
        text = " ".join(words)
        name = canonical(text) if ref.kind == "org" else text
        if " " in name and name not in self._entries and (
                ref.kind == "org" or (ref.kind == "person" and first_name_gender(words[0]) is None)):
            name = self._fullest(name)
        entry = self._entries.get(name)
        if entry is None:
            entry = self._entries[name] = _Entry(name, ref.kind in ("person", "unnamed"), _unnamed(ref.kind, name))
            self._first_at[name] = (ref.start, ref.end)
            for surname in surnames(name) if ref.kind == "person" else ():
                if self._aliases.get(key(surname)) == surname:
                    del self._aliases[key(surname)]  # "PM Wong" in a headline, then "Lawrence Wong": the full name
                self._aliases.setdefault(key(surname), name)
                self._by_surname.setdefault(key(surname), []).append(name)
                entry.aliases.add(surname)
            if ref.kind == "person":
                self._add_first_name(name)
        if kind is EntityKind.PLACE:
            self._places.add(name)
        return name

    def _fullest(self, name: str) -> str:
        """"Anglian Water" where the text also writes "Anglian Water Services Ltd": the fullest name (a
        person's, with a given name, is never asked: "Ana Moss" is not "Ana Moss Design")."""
        fuller = self._find_fuller(name) if self._find_fuller is not None else None
        if fuller is None or (fuller := canonical(fuller)) == name:
            return name
        self._aliases.setdefault(key(name), fuller)
        return fuller

    def alias(self, short: str, name: str) -> None:
        """Let an abbreviation stand for a name ("TTR" for "Trans-Tasman Resources")."""
        self._aliases.setdefault(key(short), name)
        entry = self._entries.get(name)
        if entry is not None:
            entry.aliases.add(short)

    def describe(self, name: str, role: str | None) -> None:
        """Record a role (the first, or a longer one, wins) and the organisation it names."""
        entry = self._entries.get(name)
        if entry is None or not role:
            return
        if entry.role is None or (len(role) > len(entry.role) and entry.role in role):
            entry.role = role
            if entry.is_person:
                self._holders[role.casefold()] = name
                if _ASKING_ROLES.intersection(role.casefold().split()):
                    self._askers.add(name)  # "radio host Tom Reid": the one who asks
        entry.org = entry.org or org_in_role(role)
        if entry.org:
            self._orgs.add(entry.org)

    def set_org(self, name: str, org: str | None) -> None:
        """Record an organisation given apart from a role ("New Zealand First's ... Jones")."""
        entry = self._entries.get(name)
        if entry is not None and org and entry.org is None:
            entry.org = org
            self._orgs.add(org)

    def _add_first_name(self, name: str) -> None:
        first = name.split(maxsplit=1)[0]
        if first not in HONORIFICS and len(first.rstrip(".")) > 1:
            self._first_names[first] = name if self._first_names.get(first, name) == name else None

    def resolve(self, ref: NameRef, current: str | None, alone: bool = True, asking: bool = False) -> str | None:
        """The canonical speaker a reference points to, or None when it cannot be told.

        With ``alone`` False, a single word that names no one met (nor anyone in the text) is
        not registered as a new speaker: "Uncertainty over ... is worrying Reg" introduces no one.
        """
        return self.decide(ref, current, alone, asking).value.name

    def decide(self, ref: NameRef, current: str | None, alone: bool = True, asking: bool = False
               ) -> Decided[Found]:
        """The speaker a reference points to, with the resolution rule that decided."""
        if ref.kind == "person" and ref.text in self._orgs:  # "Eglinton from Newmont Waihi Gold"
            ref = ref._replace(kind="org")
        if current in self._places:
            current = None  # "they said" after "along the Dempster Highway": a place is no one in view
        ruler = RESOLVE_BY_KIND.get(ref.kind)
        decided = ruler.decide(Lookup(self, ref, current, alone, asking)) if ruler is not None else None
        if decided is None:
            return Decided(Found(None), "resolve.unknown")
        speaker = decided.value.name
        if speaker in self._places:
            return Decided(Found(None), "resolve.place")  # "Meols Drive said": a place never speaks
        if ref.kind != "pronoun" and speaker is not None and self.is_person(speaker):
            self._last_person = speaker
        return decided

    def is_named(self, name: str) -> bool:
        """True when the name was registered and names someone (not "a spokeswoman", "officials")."""
        entry = self._entries.get(name)
        return entry is not None and not entry.unnamed

    def is_person(self, name: str) -> bool:
        """True when the name was met as a person's."""
        entry = self._entries.get(name)
        return entry is not None and entry.is_person

    def first_named(self, name: str) -> tuple[int, int] | None:
        """Where the text first gave this name in full (None if never by a reference)."""
        return self._first_at.get(name)

    def last_person(self) -> str | None:
        """The last person a name resolved to (whom "he" means when an organisation spoke last)."""
        return self._last_person

    def alias_of(self, text: str) -> str | None:
        """The name an alias (a surname, an abbreviation) stands for."""
        return self._aliases.get(key(text))

    def note(self, name: str, at: int) -> None:
        """Record that the text referred to ``name`` at offset ``at`` (reading order)."""
        self._last_seen[name] = at

    def seen_since(self, at: int) -> dict[str, int]:
        """Each name referred to at or after offset ``at``, with where it was last referred to."""
        return {name: seen for name, seen in self._last_seen.items() if seen >= at}

    def surname_holder(self, surname: str, at: int, gender: Gender | None = None) -> str | None:
        """Whom a surname means at ``at``: of several people sharing it, the one its title's gender
        picks ("Mrs Reid" of Sarah and Tom Reid), else the one referred to last ("Transport Minister
        Simeon Brown said ..." then "Brown said" is Simeon, not the mayor)."""
        holders = self._by_surname.get(key(surname), [])
        if gender is not None and holders:
            agreeing = [name for name in holders if _given_gender(name) in (gender, None)]
            if not agreeing:
                return None  # "Mrs Reid" when only Tom Reid is known: she is someone the text names apart
            if len(holders) > 1 and len(agreeing) == 1:
                return agreeing[0]
        seen = [(self._last_seen[name], name) for name in holders if self._last_seen.get(name, at + 1) <= at]
        if len(holders) > 1 and seen:
            return max(seen)[1]
        return self._aliases.get(key(surname))

    def gender(self, name: str) -> Gender | None:
        """A person's grammatical gender (None: unknown, or not a person)."""
        entry = self._entries.get(name)
        if entry is None or not entry.is_person or entry.unnamed or self._gender_of is None:
            return None
        return self._gender_of(name)

    def named_before(self, at: int) -> list[NameRef]:
        """The people the narrative names just before ``at`` (its paragraph and the one before)."""
        return self._named_before(at) if self._named_before is not None else []

    def titled_holder(self, words: str) -> str | None:
        """"the senior judge": the person the narrative names with that title ("Mr Justice Globe"),
        registered with the role; None if there is none."""
        head = words.casefold().split()[-1] if words.split() else ""
        found = self._named_before.titled(head) if self._named_before is not None and head else None
        return self.add(found, head) if found is not None else None

    def given_before(self, at: int, gender: Gender) -> str | None:
        """The one-word given name of ``gender`` a paragraph just before ``at`` opens with ("Sarah, whose
        name has been changed, ..."), registered; None if there is none."""
        found = self._named_before.given(at, gender) if self._named_before is not None else None
        return self.add(found) if found is not None else None

    def asked(self, name: str) -> None:
        """Record that ``name`` put a question ("Reid asked him whether"): an interviewer."""
        self._askers.add(name)

    def is_asker(self, name: str) -> bool:
        """True when ``name`` has put a question, or was given an interviewer's role."""
        return name in self._askers

    def referred_by(self, at: int) -> list[str]:
        """The names referred to at or before offset ``at``, the latest first."""
        seen = [(when, name) for name, when in self._last_seen.items() if when <= at and name in self._entries]
        return [name for _, name in sorted(seen, key=lambda pair: -pair[0])]

    def is_group(self, name: str) -> bool:
        """True for an organisation or an unnamed group ("prosecutors"): no "he" or "she" means it."""
        entry = self._entries.get(name)
        return entry is not None and (not entry.is_person or _group(entry))

    def first_name_of(self, text: str) -> str | None:
        """The one person met with this first name ("Reg" after "Reg Turner")."""
        return self._first_names.get(text)

    def register_alone(self, ref: NameRef) -> str:
        """A surname never given in full: the surname is the best name the text offers."""
        entry = self._entries.setdefault(ref.text, _Entry(ref.text, True))
        self._aliases.setdefault(key(ref.text), entry.name)
        return entry.name

    def holder_of(self, office: str) -> str | None:
        """"the Chief Ombudsman" after "Chief Ombudsman, Peter Boshier": an office is its holder."""
        return self._holders.get(canonical(office).casefold())

    def body_named_before(self, noun: str) -> str | None:
        """"the tribunal" after "the Waitangi Tribunal", "the Council" after "Pembrokeshire County Council",
        "the union" after "the Canadian Union of Postal Workers": the organisation named with that head."""
        if not noun.islower():
            if noun not in ORG_WORDS:
                return None
            noun = noun.lower()  # a body's head word capitalised as its short name
        # "Waitangi Tribunal"; "Ministry of Education"; "Canadian Union of Postal Workers"
        ending, opening, inner = " " + noun, noun + " of ", " " + noun + " of "
        known = next((e.name for e in reversed(self._entries.values()) if not e.is_person and (
            (folded := e.name.casefold()).endswith(ending) or folded.startswith(opening) or inner in folded)), None)
        if known is None and self._entities is not None and (described := self._entities.described(noun)):
            return self.add(described)  # "Members of the Unite union ... The union said"
        body = self._find_body(noun) if known is None and self._find_body is not None else None
        if known is None and body is None and noun in NOUN_FALLBACKS:
            # "the insurer told The Register", "the organization said": the body last registered that
            # the noun may mean ("the union": one whose name says it is labour's).
            return next((e.name for e in reversed(self._entries.values())
                         if not e.is_person and not e.unnamed and NOUN_FALLBACKS[noun](e.name)), None)
        return known or (self.add(body) if body is not None else None)

    def surname_in_text(self, word: str) -> bool:
        """Whether the narrative names someone in full whose surname is ``word``."""
        person = self._find_person(word, None) if self._find_person is not None else None
        return person is not None and person.text.rsplit(" ", 1)[-1] == word

    def named_in_text(self, surname: str, gender: Gender | None = None) -> str | None:
        """The full name the narrative gives a surname in passing (of a title's gender, if it says one)."""
        if self._find_person is None or surname in self._not_in_text:
            return None
        person = self._find_person(surname, gender)
        if person is None:
            self._not_in_text.add(surname)  # a surname met again is not looked for again
            return None
        return self.add(person)

    def by_role(self, words: str) -> str | None:
        """"the official" is the unnamed "official" met before, or someone with that role."""
        wanted = words.casefold()
        for entry in reversed(self._entries.values()):
            if entry.name.casefold() == wanted or (entry.role and wanted in entry.role.casefold()):
                return entry.name
        return None

    def by_initials(self, short: str) -> str | None:
        """"DPS" after "the Utah Department of Public Safety": the one organisation met whose name ends in
        words with those initials (a place before them may be dropped), or None."""
        found = {entry.name for entry in self._entries.values()
                 if not entry.is_person and initials(entry.name).endswith(short)}
        return found.pop() if len(found) == 1 else None

    def document_sender(self, noun: str, at: int | None = None) -> str | None:
        """Whom "the letter" or "the email" speaks for: the one "a letter from ..." names, nearest
        before ``at`` (registered)."""
        sender = self._find_sender(noun, at) if self._find_sender is not None else None
        return self.add(sender) if sender is not None and sender.kind in ("person", "org") else None

    def named_next(self, role: NameRef) -> str | None:
        """"the shadow home secretary has said" in a lede, then "Chris Philp named ...": the person a
        following paragraph opens with holds the role (registered, with it)."""
        person = self._named_next(role.end) if self._named_next is not None else None
        if person is None:
            return None
        name = self.add(person)
        self.describe(name, role.text.removeprefix("the ").removeprefix("The "))
        return name

    def by_role_head(self, words: str) -> str | None:
        """"the first-term MP": the last person whose role has the same head noun ("Northland MP")."""
        wanted = words.casefold()
        head = wanted.split()[-1] if wanted.split() else ""
        for entry in reversed(self._entries.values()):
            if entry.is_person and entry.role and head in entry.role.casefold().split():
                return entry.name
        return None

    def infos(self, used: set[str]) -> tuple[SpeakerInfo, ...]:
        """What the document says about each speaker who was attributed something."""
        return tuple(
            SpeakerInfo(e.name, tuple(sorted(e.aliases)), e.role, e.org, e.is_person, e.unnamed)
            for e in self._entries.values()
            if e.name in used
        )


# Roles whose holder asks the questions in an interview write-up.
_ASKING_ROLES = frozenset(("host", "presenter", "interviewer", "broadcaster", "anchor"))


_NOT_PEOPLE = (EntityKind.BODY, EntityKind.PLACE)



def _group(entry: _Entry) -> bool:
    """An unnamed group ("prosecutors", "council officers"): no "he" or "she" means it."""
    return entry.unnamed and entry.name.lower().endswith("s")


def _unnamed(kind: str, name: str) -> bool:
    """Someone met by what they are, not by name: an unnamed reference, or lower-case words
    ("prosecutors", "council source"), or a group by its role ("Prosecutors")."""
    group = " " not in name and is_group_word(name)
    return kind == "unnamed" or name[:1].islower() or group  # "Prosecutors said" names a group by role


def _given_gender(name: str) -> Gender | None:
    """The gender a full name's given name says ("Sarah Reid": female); None for a lone word."""
    first, _, rest = name.partition(" ")
    return first_name_gender(first) if rest else None
