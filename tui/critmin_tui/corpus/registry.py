"""A document's speaker registry: who is named, their aliases, roles and organisations."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .model import SpeakerInfo
from .names import HONORIFICS, NameRef, org_in_role


@dataclass
class _Entry:
    name: str
    is_person: bool
    aliases: set[str] = field(default_factory=set)
    role: str | None = None
    org: str | None = None


class Registry:
    """Names met in one document, and how a reference (surname, pronoun, role) resolves."""

    def __init__(self, find_person: Callable[[str], NameRef | None] | None = None,
                 find_body: Callable[[str], NameRef | None] | None = None) -> None:
        self._entries: dict[str, _Entry] = {}
        self._aliases: dict[str, str] = {}
        self._find_person = find_person  # a full name for a bare surname, looked for in the text
        self._find_body = find_body  # an organisation's name for "the tribunal", likewise
        self._not_in_text: set[str] = set()
        # "Reg" after "Reg Turner": a first name alone, kept while only one person has it.
        self._first_names: dict[str, str | None] = {}
        self._orgs: set[str] = set()  # every organisation given as someone's
        self._last_person: str | None = None  # whom "he" or "she" means when an organisation spoke last
        self._holders: dict[str, str] = {}  # a person's role, case-folded: the last person given it

    def add(self, ref: NameRef, role: str | None = None) -> str:
        """Register a full name or organisation; return its canonical name."""
        # "Stuart  Nash": a name is kept with single spaces, however the text spaced it.
        text = " ".join(ref.text.split())
        name = _canonical(text) if ref.kind == "org" else text
        entry = self._entries.get(name)
        if entry is None:
            entry = self._entries[name] = _Entry(name, ref.kind == "person")
            for surname in _surnames(name) if ref.kind == "person" else ():
                self._aliases.setdefault(surname, name)
                entry.aliases.add(surname)
            if ref.kind == "person":
                self._add_first_name(name)
        self.describe(name, role or (ref.title if ref.title not in HONORIFICS else None))
        return name

    def alias(self, short: str, name: str) -> None:
        """Let an abbreviation stand for a name ("TTR" for "Trans-Tasman Resources")."""
        self._aliases.setdefault(short, name)
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

    def resolve(self, ref: NameRef, current: str | None, alone: bool = True) -> str | None:
        """The canonical speaker a reference points to, or None when it cannot be told.

        With ``alone`` False, a single word that names no one met (nor anyone in the text) is
        not registered as a new speaker: "Uncertainty over ... is worrying Reg" introduces no one.
        """
        if ref.kind == "pronoun":
            # "they say ..." of a company, then "he says": the last person named, not the company.
            if ref.text.lower() in ("he", "she") and current is not None and not self._is_person(current):
                return self._last_person or current
            return current
        speaker = self._resolve_name(ref, alone)
        if speaker is not None and self._is_person(speaker):
            self._last_person = speaker
        return speaker

    def _is_person(self, name: str) -> bool:
        entry = self._entries.get(name)
        return entry is not None and entry.is_person

    def _resolve_name(self, ref: NameRef, alone: bool) -> str | None:
        if ref.kind == "person" and ref.text in self._orgs:  # "Eglinton from Newmont Waihi Gold"
            ref = ref._replace(kind="org")
        if ref.kind == "person":
            return self.add(ref) if ref.text not in self._aliases else self._aliases[ref.text]
        if ref.kind == "surname":
            return self._aliases.get(ref.text) or self._first_names.get(ref.text) or \
                self._named_in_text(ref.text) or (self._register_alone(ref) if alone else None)
        if ref.kind == "org":
            # "Te Aho" reads as an iwi's name, but after "Fleur Te Aho" it is her surname.
            return self._aliases.get(ref.text) or self._holder_of(ref.text) or self._body_named_before(ref.text) \
                or self.add(ref)
        return self._by_role(ref.text)

    def _holder_of(self, office: str) -> str | None:
        """"the Chief Ombudsman" after "Chief Ombudsman, Peter Boshier": an office is its holder."""
        return self._holders.get(_canonical(office).casefold())

    def _body_named_before(self, noun: str) -> str | None:
        """"the tribunal" after "the Waitangi Tribunal": the organisation named with that head."""
        if not noun.islower():
            return None
        ending = " " + noun
        known = next((e.name for e in reversed(self._entries.values())
                      if not e.is_person and e.name.casefold().endswith(ending)), None)
        body = self._find_body(noun) if known is None and self._find_body is not None else None
        return known or (self.add(body) if body is not None else None)

    def _named_in_text(self, surname: str) -> str | None:
        if self._find_person is None or surname in self._not_in_text:
            return None
        person = self._find_person(surname)
        if person is None:
            self._not_in_text.add(surname)  # a surname met again is not looked for again
            return None
        return self.add(person)

    def _register_alone(self, ref: NameRef) -> str:
        """A surname never given in full: the surname is the best name the text offers."""
        entry = self._entries.setdefault(ref.text, _Entry(ref.text, True))
        self._aliases.setdefault(ref.text, entry.name)
        return entry.name

    def _by_role(self, words: str) -> str | None:
        wanted = words.casefold()
        for entry in reversed(self._entries.values()):
            # "the official" is the unnamed "official" met before, or someone with that role.
            if entry.name.casefold() == wanted or (entry.role and wanted in entry.role.casefold()):
                return entry.name
        # "the first-term MP": the last person whose role has the same head noun ("Northland MP").
        head = wanted.split()[-1] if wanted.split() else ""
        for entry in reversed(self._entries.values()):
            if entry.is_person and entry.role and head in entry.role.casefold().split():
                return entry.name
        return None

    def infos(self, used: set[str]) -> tuple[SpeakerInfo, ...]:
        """What the document says about each speaker who was attributed something."""
        return tuple(
            SpeakerInfo(e.name, tuple(sorted(e.aliases)), e.role, e.org, e.is_person)
            for e in self._entries.values()
            if e.name in used
        )


def _surnames(name: str) -> list[str]:
    """The ways a person's full name is shortened: the last word, and for a longer name each
    ending of two words or more ("Ngarewa Packer", "Te Aho", "van de Molen")."""
    words = name.split()
    return [words[-1], *(" ".join(words[i:]) for i in range(1, len(words) - 1))]


def _canonical(org: str) -> str:
    for article in ("the ", "The "):
        if org.startswith(article):
            return org[len(article):]
    return org
