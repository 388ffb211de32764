"""Names met in a document's narrative (outside quotations), found when a reference needs them."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from typing import NamedTuple, Protocol

from .entities import not_business
from .gender import Gender, first_name_gender
from .lexicon import ARTICLES, COMPANY_NOUNS, ORG_WORDS, PUBLIC_BODY_WORDS, TITLES
from .names import NameRef, classify_caps, iter_caps
from .roles import dateline_end

# A body named by its place in lower case, as a force is ("South Wales police").
_PLACED_BODIES = frozenset(("police",))
_NOT_OPENING_NAMES = TITLES | ARTICLES  # joined once, not per look-up
# "a letter from the firm", "a letter from Ana Moss": who sent what "the letter" then says.
_FROM = (r"\b{noun} from (?:(?:the|its|their) (?P<noun>[a-z]+)\b|(?:the )?"
         r"(?P<name>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){{0,4}}))")
# "an internal Council email", "CBC's statement": the owner written before the document.
_OWNED = (r"(?P<owner>[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){{0,4}}?)(?:['’]s?)?\s+"
          r"(?:(?:internal|joint|official|open|leaked|new|latest|written|brief|short)\s+)?{noun}\b")
# "M&S said it had reported", "Optus says its network", "CBC announced that it would": a name speaking
# of itself as "it" is a body's.
_SAID_IT_RE = re.compile(r"(?<![\w'’])((?:[A-Z][\w&'’.-]*)(?:\s+(?:and\s+)?[A-Z][\w&'’.-]*){0,3})\s+"
                         r"(?:has\s+|had\s+)?(?:said|says|confirmed|confirms|announced|announces|told)\s+"
                         r"(?:that\s+)?(?:it|its)\b")


NEXT_REACH = 2  # paragraphs after a role's mention in which its holder may first be named
OPENING_REACH = 4  # the story's first paragraphs, where the business it is about opens one


class Line(NamedTuple):
    """A line read for names outside the story's paragraphs (its headline)."""

    start: int
    frame: str


class Paragraph(Protocol):
    """What the look-ups read of a paragraph: its start and its masked text."""

    start: int
    frame: str


def _leading(names: dict[str, NameRef], word: str) -> NameRef | None:
    """The full name a word used alone opens: a family name or a rank written first ("Tofilau" of
    "Tofilau Shamilla Leavai", "Xi" of "Xi Jinping"), the first such; or a given name ("Andrew said"
    in a release that named "Andrew Dunn"), only when one name in the text opens with it."""
    if not names:
        return None
    if first_name_gender(word) is None:
        return next(iter(names.values()))
    return next(iter(names.values())) if len(names) == 1 else None


def _followed_by_capital(text: str, name: str) -> bool:
    """Whether ``name`` stands anywhere in ``text`` followed by a space and a capital."""
    at = text.find(name + " ")
    while at >= 0:
        if text[at + len(name) + 1:at + len(name) + 2].isupper():
            return True
        at = text.find(name + " ", at + 1)
    return False


class NarrativeNames:
    """Full names in the narrative (never inside a quotation), looked up by surname ("Jones" is
    "Shane Jones" when the text names him in passing) or by a body's head noun ("the tribunal"
    is the "Waitangi Tribunal"). Only paragraphs holding the word are scanned, and only when
    the speakers met so far do not answer."""

    def __init__(self, paragraphs: Sequence[Paragraph], titles: Sequence[Line] = ()) -> None:
        self._paragraphs = paragraphs
        self._titles = titles  # the headline: "... with Mike Hosking" names whom "Hosking asked" means
        # Each surname's answer, by the gender asked for: the paragraphs never change.
        self._people: dict[tuple[str, Gender | None], NameRef | None] = {}
        self._joined: str | None = None  # the paragraphs' frames as one text, made when first asked
        self._frame_starts: list[int] = []  # where each frame starts in it

    def person(self, surname: str, gender: Gender | None = None) -> NameRef | None:
        """The first full name in the narrative that ends in ``surname`` (with a given name of
        ``gender``, when a title says one and such a name is there: "Mr Reid" of Sarah and Tom Reid); else
        one that opens with it (see _leading)."""
        key = (surname, gender)
        if key not in self._people:
            self._people[key] = self._person(surname, gender)
        return self._people[key]

    def _person(self, surname: str, gender: Gender | None) -> NameRef | None:
        first: NameRef | None = None
        leading: dict[str, NameRef] = {}  # the full names that open with the word, in reading order
        # "O'Kelly" and "O’Kelly": a text may write a name's apostrophe both ways.
        spellings = {surname, surname.replace("'", "’"), surname.replace("’", "'")}
        for paragraph in self._holding(spellings):
            for caps in iter_caps(paragraph.frame):  # lazily: the first name that ends so is the answer
                if not any(spelling in caps.group() for spelling in spellings):
                    continue
                for run in _owners_first(caps.group()):
                    for person in people_in(run, paragraph.start + caps.start(), self._given):
                        words = person.text.split()
                        if words[-1] not in spellings:
                            if words[0] in spellings and len(words) > 1:
                                leading.setdefault(person.text, person)
                            continue
                        if gender is None or first_name_gender(words[0]) is gender:
                            return person
                        first = first or person
        return first or _leading(leading, surname) or self._nicknamed(surname) or self._in_titles(surname)

    def _holding(self, words: set[str]) -> list[Paragraph]:
        """The paragraphs whose frames hold any of ``words``, in order (found by C-speed scans of the
        narrative as one text, not a walk of every paragraph)."""
        joined = self._joined_frames()
        found: set[int] = set()
        for word in words:
            at = joined.find(word)
            while at >= 0:
                found.add(bisect_right(self._frame_starts, at) - 1)
                at = joined.find(word, at + len(word))
        return [self._paragraphs[index] for index in sorted(found)]

    def _joined_frames(self) -> str:
        """The paragraphs' frames as one text (each frame's start in it kept), made when first asked."""
        if self._joined is None:
            self._joined = "\n".join(paragraph.frame for paragraph in self._paragraphs)
            starts, at = [], 0
            for paragraph in self._paragraphs:
                starts.append(at)
                at += len(paragraph.frame) + 1
            self._frame_starts = starts
        return self._joined

    def person_next(self, at: int) -> NameRef | None:
        """The first person named in full as the subject of one of the next NEXT_REACH paragraphs after
        ``at`` ("... the shadow home secretary has said." then "Chris Philp named three councils")."""
        after = [paragraph for paragraph in self._paragraphs if paragraph.start > at][:NEXT_REACH]
        for paragraph in after:
            caps = next(iter_caps(paragraph.frame), None)
            if caps is None or caps.start() > 0:
                continue  # the name must open the paragraph: its subject, not a name in passing
            ref = classify_caps(caps.group(), paragraph.start)
            if ref is not None and ref.kind == "person":
                return ref
        return None

    def _in_titles(self, surname: str) -> NameRef | None:
        """The full name a headline gives a surname the story uses alone."""
        for title in self._titles:
            if surname not in title.frame:
                continue
            for caps in iter_caps(title.frame):
                for person in people_in(caps.group(), title.start + caps.start()) if surname in caps.group() else ():
                    words = person.text.split()
                    # A headline's words run together ("Ardern Hipkins clash"): a given name must open it.
                    if words[-1] == surname and len(words) > 1 and first_name_gender(words[0]) is not None:
                        return person
        return None

    def _nicknamed(self, surname: str) -> NameRef | None:
        """"Sean “Diddy” Combs": a given name, a nickname in quotation marks (masked in the frame), the
        surname; the person is "Sean Combs"."""
        pattern = re.compile(rf"(?<![\w'’])([A-Z][\w'’-]+)\s+[\"“‘'][\w\s.'’-]{{1,30}}[\"”’']\s+{re.escape(surname)}\b")
        for paragraph in self._holding({surname}):
            found = pattern.search(paragraph.frame)
            if found is not None and first_name_gender(found.group(1)) is not None:
                start = paragraph.start + found.start(1)
                return NameRef(f"{found.group(1)} {surname}", start, start + len(found.group(1)), "person")
        return None

    def _given(self, word: str) -> bool:
        """Whether a lone word is a given name: the lexicon has it and the text never writes it as
        a surname ("Duke and Harry Souttar" after "Mitch Duke": Duke is a surname)."""
        if first_name_gender(word) is None:
            return False
        after_name = re.compile(rf"[A-Z][\w'’-]*\s+{re.escape(word)}\b")
        return not any(after_name.search(paragraph.frame) for paragraph in self._holding({word}))

    def body(self, noun: str) -> NameRef | None:
        """The first organisation in the narrative whose name ends in ``noun`` ("Waitangi Tribunal"), opens
        with it ("Ministry of Education") or has it before "of" ("Canadian Union of Postal Workers"), or a
        force named by its place ("South Wales police": "police" is that force)."""
        if noun in _PLACED_BODIES:
            return self._placed(noun)
        if noun in COMPANY_NOUNS:
            # "the airline" is a business: a union or a ministry speaking first is not what it means.
            found = self._speaking_body() or self._opening_body()
            return None if found is None or not_business(found.text, noun) else found
        if noun == "authority":
            return self._public_body()  # "the local authority": the council or board the narrative names
        head = noun.capitalize()
        for paragraph in self._holding({head}):
            for caps in iter_caps(paragraph.frame):
                # "Council insists ..." in a standfirst is no name; "Pembrokeshire County Council" is.
                run = caps.group()
                if (run.endswith(head) and run != head) or run.startswith(f"{head} of ") or f" {head} of " in run:
                    ref = classify_caps(run, paragraph.start + caps.start())
                    if ref is not None and ref.kind == "org":
                        return ref
        return None

    def _public_body(self) -> NameRef | None:
        """The first public body the narrative names ("Kilkenny County Council", "Harbour Health Board")."""
        for paragraph in self._holding(set(PUBLIC_BODY_WORDS)):
            for caps in iter_caps(paragraph.frame):
                run = caps.group()
                if " " in run and run.rsplit(" ", 1)[1] in PUBLIC_BODY_WORDS:
                    ref = classify_caps(run, paragraph.start + caps.start())
                    if ref is not None and ref.kind == "org":
                        return ref
        return None

    def _speaking_body(self) -> NameRef | None:
        """The first name the narrative shows speaking as a body ("M&S said it had reported ...",
        "Optus says its network"): what "the retailer" or "the company" means."""
        for paragraph in self._paragraphs:
            if " it" not in paragraph.frame:
                continue
            found = _SAID_IT_RE.search(paragraph.frame)
            if found is not None and found.group(1).split()[0] not in _NOT_OPENING_NAMES:
                start = paragraph.start + found.start(1)
                return NameRef(found.group(1), start, start + len(found.group(1)), "org")
        return None

    def sender(self, noun: str, at: int | None = None) -> NameRef | None:
        """Whom "the letter" or "the email" speaks for: who "a letter from ..." names ("a letter from the
        firm": the business the story is about; "a letter from Ana Moss"), or the owner written before
        it ("an internal Council email"); None if neither. With ``at``, the document named nearest
        before it is meant ("A statement from the union ... A statement from the hospital said"),
        else the first after."""
        from_re, owned_re = re.compile(_FROM.format(noun=noun)), re.compile(_OWNED.format(noun=noun))
        for paragraph in self._nearest_first(at):
            if noun not in paragraph.frame:
                continue
            if (found := from_re.search(paragraph.frame)) is not None:
                if found.group("noun") is not None:
                    return self.body(found.group("noun"))
                return classify_caps(found.group("name"), paragraph.start + found.start("name"))
            for owned in owned_re.finditer(paragraph.frame):
                owner = self._owner(owned.group("owner"), paragraph.start + owned.start("owner"))
                if owner is not None:
                    return owner
        return None

    def fuller_body(self, name: str) -> str | None:
        """The one longer name the narrative gives a body that it also calls ``name`` ("Anglian Water
        Services Ltd" for "Anglian Water"), or None (none, or several)."""
        if not _followed_by_capital(self._joined_frames(), name):
            return None  # most names: one C-speed scan of the whole narrative, no paragraph walked
        found: set[str] = set()
        for paragraph in self._holding({name}):
            at = paragraph.frame.find(name)
            while at >= 0 and len(found) < 2:
                after = paragraph.frame[at + len(name):at + len(name) + 2]
                if after[:1] == " " and after[1:].isupper():
                    found.update(self._longer_run(paragraph.frame, at, name))
                at = paragraph.frame.find(name, at + 1)
        return found.pop() if len(found) == 1 else None

    @staticmethod
    def _longer_run(frame: str, at: int, name: str) -> list[str]:
        """The body's name that the capitalised run from ``at`` gives, when longer than ``name``."""
        run = next(iter_caps(frame, at), None)
        if run is None or run.start() != at:
            return []
        words = run.group().split()
        while words and (words[-1] in _NOT_OPENING_NAMES or words[-1].lower() in ("and", "of", "the", "for")):
            words.pop()
        longer = " ".join(words) if run.group().startswith(name) else ""
        ref = classify_caps(longer, 0) if len(longer) > len(name) else None
        return [longer] if ref is not None and ref.kind == "org" and ref.text == longer else []

    def _nearest_first(self, at: int | None) -> list[Paragraph]:
        """The paragraphs from the one holding ``at`` back to the first, then those after (all in
        order when ``at`` is None)."""
        if at is None:
            return list(self._paragraphs)
        before = [p for p in self._paragraphs if p.start <= at]
        return [*reversed(before), *self._paragraphs[len(before):]]

    def _owner(self, words: str, start: int) -> NameRef | None:
        """The body or person a document's owner names ("Council": the council the story names)."""
        if words.split(maxsplit=1)[0] in _NOT_OPENING_NAMES:
            return None
        if " " not in words and words in ORG_WORDS:
            return self.body(words.lower())
        ref = classify_caps(words, start)
        return ref if ref is not None and ref.kind in ("person", "org") else None

    def _opening_body(self) -> NameRef | None:
        """The first organisation a paragraph opens with, in the story's first paragraphs ("Dwr Cymru has
        issued an apology ..." then "The company says"): the business the story is about."""
        for paragraph in self._paragraphs[:OPENING_REACH]:
            skip = dateline_end(paragraph.frame)  # "MINNEAPOLIS — Sun Country Airlines apologized"
            caps = next(iter_caps(paragraph.frame, skip), None)
            if caps is None or caps.start() > skip or caps.group().split()[0] in TITLES | ARTICLES:
                continue
            ref = classify_caps(caps.group(), paragraph.start + skip)
            if ref is None or ref.start != paragraph.start + skip:
                continue
            if ref.kind == "org":
                return ref
            # "Dwr Cymru has issued ...": two words and no given name is a business's name, not a person's.
            words = ref.text.split()
            if ref.kind == "person" and len(words) >= 2 and first_name_gender(words[0]) is None:
                return ref._replace(kind="org")
        return None

    def _placed(self, noun: str) -> NameRef | None:
        """The first "<Place> <noun>" in the narrative ("South Wales police")."""
        pattern = re.compile(rf"(?<![\w'’])((?:[A-Z][\w-]*\s+){{1,3}}){noun}\b")
        for paragraph in self._holding({noun}):
            found = pattern.search(paragraph.frame)
            if found is not None and found.group(1).split()[0] not in _NOT_OPENING_NAMES:
                start = paragraph.start + found.start()
                return NameRef(found.group(), start, start + len(found.group()), "org")
        return None


def _owners_first(run: str) -> list[str]:
    """The run, and each part of it up to an owner's word: "Ted Baillieu's Melbourne" names Ted
    Baillieu, whose office it is."""
    if "'s " not in run and "’s " not in run:
        return [run]
    return [run, *(run[:at] for at in range(len(run)) if run.startswith(("'s ", "’s "), at))]


def people_in(run: str, start: int, given: Callable[[str], bool] | None = None) -> list[NameRef]:
    """The people a capitalised run names: each side of an "and" joining two names ("Resources
    Minister Shane Jones and Environment Minister Penny Simmonds"), or the run itself. A lone word
    that ``given`` takes for a given name shares the surname after it ("Sarah and Tom Reid")."""
    people: list[NameRef] = []
    at = 0
    for part in _sides(run) if " and " in run else ():
        found = classify_caps(part, start + at)
        if found is not None and found.kind == "person":
            people.append(found)
        elif found is not None and found.kind == "surname" and given is not None and given(found.text):
            people.append(found._replace(kind="given"))
        at += len(part) + len(" and ")
    people = _shared_surnames(people)
    if people:
        return people
    whole = classify_caps(run, start)
    return [whole] if whole is not None and whole.kind == "person" else []


def _shared_surnames(people: list[NameRef]) -> list[NameRef]:
    """"Micala and Lee Trussler": a given name alone before a full name shares its surname."""
    shared: list[NameRef] = []
    for i, ref in enumerate(people):
        if ref.kind != "given":
            shared.append(ref)
        elif i + 1 < len(people) and people[i + 1].kind == "person":
            surname = people[i + 1].text.rsplit(" ", 1)[-1]
            shared.append(ref._replace(text=f"{ref.text} {surname}", kind="person"))
    return shared


def _sides(run: str) -> list[str]:
    """The run split at each "and" that joins two names, not at one inside a title: in "Minister
    for Education and Training Simon Birmingham" the "and" joins a portfolio's words."""
    parts = run.split(" and ")
    sides = [parts[0]]
    for part in parts[1:]:
        if sides[-1].rsplit(" ", 1)[-1] in TITLES:
            sides[-1] += " and " + part
        else:
            sides.append(part)
    return sides
