"""The resolution stage's rules for names, organisations and roles (pronouns: corpus/pronouns.py), and
the stage itself: each kind of reference tried against its own rules, in the one order of record."""

from __future__ import annotations

import re
from collections.abc import Callable

from .gender import title_gender
from .kin import described_relative
from .lexicon import (
    GENERIC_BODIES,
    ISSUED_STATEMENTS,
    JOURNALIST_ROLES,
    ORG_WORDS,
    SENT_DOCUMENTS,
    SPOKESPERSON_ENDINGS,
    SPOKESPERSONS,
    TITLED_ROLES,
    alternation,
)
from .names import NameRef
from .pronouns import (
    Found,
    Lookup,
    found_or_none,
    pronoun,
    pronoun_after_org,
    pronoun_agrees,
    pronoun_headline_subject,
    pronoun_named_before,
    pronoun_not_asker,
    pronoun_they_group,
)
from .ruler import Ruler


def person_alias(state: Lookup) -> Found | None:
    """A full name met before, or one that is an alias ("Newmont Waihi Gold" after its abbreviation)."""
    return found_or_none(state.registry.alias_of(state.ref.text)) if state.ref.kind == "person" else None


def person_new(state: Lookup) -> Found | None:
    """A full name: registered as a speaker."""
    return Found(state.registry.add(state.ref)) if state.ref.kind == "person" else None


def surname_alias(state: Lookup) -> Found | None:
    """"Jones" after "Shane Jones": a surname of someone met (the one referred to last, if several share it)."""
    if state.ref.kind != "surname":
        return None
    return found_or_none(state.registry.surname_holder(state.ref.text, state.ref.start, title_gender(state.ref.title)))


def first_name(state: Lookup) -> Found | None:
    """"Reg" after "Reg Turner": a first name alone, while only one person has it, and no one the text
    names has it as a surname ("Wright said" of Philippa Wright, not of her business "Wright Wool")."""
    if state.ref.kind != "surname":
        return None
    holder = state.registry.first_name_of(state.ref.text)
    return None if holder is None or state.registry.surname_in_text(state.ref.text) else Found(holder)


def named_in_text(state: Lookup) -> Found | None:
    """"Jones" when the narrative names "Shane Jones" in passing (not as a speaker)."""
    if state.ref.kind != "surname":
        return None
    return found_or_none(state.registry.named_in_text(state.ref.text, title_gender(state.ref.title)))


def initials(state: Lookup) -> Found | None:
    """"DPS said" after "the Utah Department of Public Safety said": capitals that are the initials of
    the one organisation met with such a name stand for it."""
    text = state.ref.text
    if state.ref.kind != "org" or not (3 <= len(text) <= 6 and text.isupper() and text.isalpha()):
        return None
    return found_or_none(state.registry.by_initials(text))


def surname_alone(state: Lookup) -> Found | None:
    """A surname never given in full is the best name the text offers, unless it is not ``alone`` (it
    opened a sentence, "Uncertainty over ... is worrying Reg", or stands far from its verb) or reads as a common word:
    an adverb or a participle ("Previously, it stated", "Lowering the rate"), or a word the text
    also writes in lower case ("Jurors", "Video"). A title makes it a name ("Mr Court")."""
    ref = state.ref
    if ref.kind != "surname":
        return None
    if not state.alone or (not ref.title and _common_word(ref.text, state.registry.common_word)):
        return Found(None)
    return Found(state.registry.register_alone(ref))


def title_alone(state: Lookup) -> Found | None:
    """"continued the Judge", "the Coroner said": a titled role's title written alone, capitalised, is
    no surname but the person the narrative names with it ("Judge John Brennan")."""
    ref = state.ref
    if ref.kind != "surname" or ref.text.casefold() not in TITLED_ROLES:
        return None
    return found_or_none(state.registry.titled_holder(ref.text))


def _common_word(word: str, looks_common: Callable[[str], bool]) -> bool:
    """One word the text shows to be common (LowerCaseWords.looks_common): no surname."""
    return " " not in word and looks_common(word)


SPOKESPERSON_REACH = 300  # characters from the body's name to "a spokeswoman said": its sentence or the next
# "a Labour spokesperson", "Labour's spokesperson", "a spokesperson for Fonterra": whom they speak for.
_SPOKESPERSON_RE = re.compile(
    rf"^(?:(?:[Tt]he\s+)?(?P<before>[A-Z].*?)(?:['’]s?)?\s+)?(?:{alternation(SPOKESPERSONS)})"
    r"(?:\s+(?:for|of|at)\s+(?:the\s+)?(?P<after>[A-Z].*))?$"
)


def spokesperson_body(state: Lookup) -> Found | None:
    """"a Labour spokesperson said", "a spokesperson for Fonterra said": an unnamed spokesperson speaks
    as the body named, as "said a Fonterra spokesperson" already reads; a generic body ("a Council
    spokesman", "a Garda spokesman": the police) or a person met before ("a Trump spokesman") is no
    such name, and the spokesperson stays unnamed. A bare "a spokeswoman said" speaks for the body the
    text referred to just before it ("The ASTI said ... A spokeswoman said"), if that was a body."""
    ref = state.ref
    if ref.kind != "unnamed" or (not ref.text.endswith(SPOKESPERSON_ENDINGS) and " for " not in ref.text):
        return None
    found = _SPOKESPERSON_RE.match(ref.text)
    if found is None:
        return None
    body = found.group("before") or found.group("after")
    if body in ("A", "An", "One", None):
        return found_or_none(_body_just_before(state))  # "The ASTI said ... A spokeswoman said: ..."
    words = body.split()
    if body in GENERIC_BODIES or (len(words) == 1 and body in ORG_WORDS) or state.registry.is_person(
            state.registry.alias_of(body) or body):
        return None
    start = ref.start + found.start("before" if found.group("before") else "after")
    return Found(state.registry.add(NameRef(body, start, start + len(body), "org"), role="spokesperson"))




def _body_just_before(state: Lookup) -> str | None:
    """The body referred to last, within SPOKESPERSON_REACH before the reference; None when that was a person."""
    registry = state.registry
    last = next(iter(registry.referred_by(state.ref.start)), None)
    if last is None or not registry.is_named(last) or registry.is_person(last):
        return None
    return last if state.ref.start - registry.seen_since(0).get(last, 0) < SPOKESPERSON_REACH else None


def unnamed(state: Lookup) -> Found | None:
    """"one Minister told the ABC": someone unnamed is their own speaker, never an office's holder."""
    return Found(state.registry.add(state.ref)) if state.ref.kind == "unnamed" else None


def org_alias(state: Lookup) -> Found | None:
    """"TTR" after "Trans-Tasman Resources (TTR)"; "Te Aho" after "Fleur Te Aho" (her surname)."""
    return found_or_none(state.registry.alias_of(state.ref.text)) if state.ref.kind == "org" else None


def office_holder(state: Lookup) -> Found | None:
    """"the Chief Ombudsman" after "Chief Ombudsman, Peter Boshier": an office is its holder."""
    return found_or_none(state.registry.holder_of(state.ref.text)) if state.ref.kind == "org" else None


def body_named_before(state: Lookup) -> Found | None:
    """"the tribunal" after "the Waitangi Tribunal": the organisation named with that head."""
    return found_or_none(state.registry.body_named_before(state.ref.text)) if state.ref.kind == "org" else None


def statement_of_speaker(state: Lookup) -> Found | None:
    """"Afren said in a statement. ... 'No findings yet,' the statement added": a statement speaks
    for the one named as making it (one by someone unnamed, or a statement introduced as itself,
    "A joint statement from X and Y said", speaks as itself)."""
    if state.ref.kind != "org" or state.ref.text.lower().removeprefix("the ") not in ISSUED_STATEMENTS:
        return None
    issuer = state.registry.statement_by
    return Found(issuer) if issuer is not None and state.registry.is_named(issuer) else None


def document_sender(state: Lookup) -> Found | None:
    """"posted a letter from the firm ... 'We apologise,' the letter said", "an internal Council email
    ... the email goes on": a letter, an email or a statement speaks for its sender (if the text names
    none, the document speaks as itself, unnamed)."""
    if state.ref.kind != "org" or (noun := state.ref.text.lower().removeprefix("the ")) not in SENT_DOCUMENTS:
        return None
    return found_or_none(state.registry.document_sender(noun, state.ref.start))


def org_new(state: Lookup) -> Found | None:
    """An organisation's name: registered as a speaker."""
    return Found(state.registry.add(state.ref)) if state.ref.kind == "org" else None


def role_holder(state: Lookup) -> Found | None:
    """"the official", "the minister": the unnamed one met before, or someone given that role."""
    return found_or_none(state.registry.by_role(state.ref.text)) if state.ref.kind == "role" else None


def role_head(state: Lookup) -> Found | None:
    """"the first-term MP": the last person whose role has the same head noun."""
    return found_or_none(state.registry.by_role_head(state.ref.text)) if state.ref.kind == "role" else None


def role_named_next(state: Lookup) -> Found | None:
    """"People have "every right to protest", the shadow home secretary has said." with no one in view:
    the person the next paragraphs open with ("Chris Philp named three councils") holds the role."""
    if state.ref.kind != "role" or state.current is not None:
        return None
    return found_or_none(state.registry.named_next(state.ref))


def relative_named_next(state: Lookup) -> Found | None:
    """"The father of a man charged ... told a court" in a lede with no one in view, then "John Daly, 54,
    was speaking at the trial": the person the next paragraphs open with is the relative."""
    if state.ref.kind != "unnamed" or state.current is not None or not described_relative(state.ref.text):
        return None
    return found_or_none(state.registry.named_next(state.ref))


def role_titled(state: Lookup) -> Found | None:
    """"the senior judge said" after "... as Mr Justice Globe was about to sum up": a judge, magistrate,
    coroner or detective named only in passing is who the role means."""
    if state.ref.kind != "role" or state.ref.text.casefold().split()[-1] not in TITLED_ROLES:
        return None
    return found_or_none(state.registry.titled_holder(state.ref.text))


def role_in_view(state: Lookup) -> Found | None:
    """"the Liberal leader said", "said the running back": a description no one was given is the
    person in view, as news varies how it names its subject."""
    if state.ref.kind != "role" or state.current is None:
        return None
    if _reporter_asking(state) or state.ref.text.casefold().split()[-1] in TITLED_ROLES:
        return None  # "the judge said" with no judge named is no one in view: not the accused, not a witness
    registry = state.registry
    return Found(state.current) if registry.is_person(state.current) and registry.is_named(state.current) else None


def _reporter_asking(state: Lookup) -> bool:
    """"the reporter then asked": one asking for the outlet is never the newsmaker, who answers."""
    return state.asking and state.ref.text.split()[-1].lower() in JOURNALIST_ROLES


def role_named_before(state: Lookup) -> Found | None:
    """"the three-times Olympic medallist told Reuters" with no one in view, after "As Shane Rose steered
    his horse ...": the last person the narrative named just before holds the description."""
    if state.ref.kind != "role" or state.current is not None:
        return None
    if _reporter_asking(state):
        return None
    registry = state.registry
    person = next(reversed(registry.named_before(state.ref.start)), None)
    return None if person is None else Found(registry.alias_of(person.text) or registry.add(person))


RESOLVE: Ruler[Lookup, Found] = Ruler("resolve", [
    ("pronoun_not_asker", pronoun_not_asker),
    ("pronoun_agrees", pronoun_agrees),
    ("pronoun_after_org", pronoun_after_org),
    ("pronoun_they_group", pronoun_they_group),
    ("pronoun_named_before", pronoun_named_before),
    ("pronoun_headline_subject", pronoun_headline_subject),
    ("pronoun", pronoun),
    ("person_alias", person_alias),
    ("person_new", person_new),
    ("surname_alias", surname_alias),
    ("first_name", first_name),
    ("named_in_text", named_in_text),
    ("initials", initials),
    ("title_alone", title_alone),
    ("surname_alone", surname_alone),
    ("spokesperson_body", spokesperson_body),
    ("relative_named_next", relative_named_next),
    ("unnamed", unnamed),
    ("org_alias", org_alias),
    ("office_holder", office_holder),
    ("body_named_before", body_named_before),
    ("statement_of_speaker", statement_of_speaker),
    ("document_sender", document_sender),
    ("org_new", org_new),
    ("role_holder", role_holder),
    ("role_head", role_head),
    ("role_named_next", role_named_next),
    ("role_titled", role_titled),
    ("role_in_view", role_in_view),
    ("role_named_before", role_named_before),
])

# Each kind of reference is tried only against its own rules (the rules check the kind too, so the
# full list above stays the one order of record).
RESOLVE_BY_KIND: dict[str, Ruler[Lookup, Found]] = {
    kind: Ruler("resolve", [(name.removeprefix("resolve."), rule) for name, rule in RESOLVE
                            if name.removeprefix("resolve.") in names])
    for kind, names in {
        "pronoun": ("pronoun_not_asker", "pronoun_agrees", "pronoun_after_org", "pronoun_they_group",
                    "pronoun_named_before", "pronoun_headline_subject", "pronoun"),
        "person": ("person_alias", "person_new"),
        "surname": ("surname_alias", "first_name", "named_in_text", "title_alone", "surname_alone"),
        "unnamed": ("spokesperson_body", "relative_named_next", "unnamed"),
        "org": ("initials", "org_alias", "office_holder", "body_named_before", "statement_of_speaker",
                "document_sender", "org_new"),
        "role": ("role_holder", "role_head", "role_named_next", "role_titled", "role_in_view",
                 "role_named_before"),
    }.items()
}
