"""Who a speech verb belongs to: the rules for a subject before the verb, and after an inverted one.

Two stages, each an ordered list of named rules (see ruler.py). ``SUBJECT_BEFORE`` reads the words
before the verb ("Jones said", "the letter says", "she told"); ``SUBJECT_AFTER`` (subjects_after.py)
the words after an inverted verb ("said Jones", "according to the briefing"). A rule's first line is
a cheap exit.
"""

from __future__ import annotations

import re

from . import proxies
from .cue_context import REACH, last_word, without_auxiliaries
from .kin import kin_before
from .lexicon import (
    ABBREVIATIONS,
    BODIES,
    COMPANY_NOUNS,
    GROUP_NOUNS,
    INSTITUTIONS,
    KIN_NOUNS,
    NOT_GROUP_MODIFIERS,
    POST_NOMINALS,
    PRONOUNS,
    REPORTING_VERBS,
    ROLE_NOUNS,
    alternation,
)
from .names import NameRef, classify_caps, is_role_noun, trailing_caps
from .roles import dateline_end, person_before_role, role_before
from .ruler import Ruler
from .subject_clauses import body_that, issued_by, relative_who, role_who
from .subject_names import appositive_subject
from .subject_state import NO_ONE, Before, Subject

_ROLE_REF_RE = re.compile(r"\b[Tt]he\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)\s*$")
# A clause ends at punctuation, but not at the stop of an initial or a title ("Assistant U.S. Attorney
# George Martin", "said Mr. Moss").
_NOT_AFTER_TITLES = "".join(rf"(?<!\b{word})" for word in sorted(ABBREVIATIONS - {"No", "vs", "etc"}))
SPLIT_CLAUSE_RE = re.compile(rf"[,;:!?(]|(?<![A-Z]){_NOT_AFTER_TITLES}\.|\s[-–—]\s")  # "(": an aside ("(Con, Hurley)")
_GROUP_WORDS = alternation(frozenset(w for g in GROUP_NOUNS for w in (g, g.capitalize())))
_GROUP_RE = re.compile(
    rf"(?<!\bwhat )(?<!\bWhat )\b(?P<who>(?:(?!(?:{alternation(NOT_GROUP_MODIFIERS)})\b)[a-z]+\s+)?"
    rf"(?:{_GROUP_WORDS}))\s*$"
)
_FROM_RE = re.compile(r"\s(?:from|at|with)\s+(?:the\s+)?$")
_POSSESSOR_RE = re.compile(
    r"\b(?:[Aa]mong|[Dd]espite|[Ii]n|[Oo]n|[Aa]t|[Ww]ith|[Uu]nder|[Ff]or|[Aa]fter|[Ff]rom|[Aa]bout)\s+"
    r"(?P<the>the\s+)?(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s?\s[^,;.]*,\s*(?:he|she|they)\s*$"
)
# A participle opens the aside; prepositions spelled like one ("including", "following") do not.
_PARTICIPLE_ASIDE_RE = re.compile(r",\s+(?!(?:including|following|according|regarding|concerning|during|"
                                  r"excluding|notwithstanding|considering|pending)\b)[a-z]+(?:ing|ed)\b"
                                  r"[^,;:\"“”]{0,100},\s*$")


def collective(state: Before) -> Subject | None:
    """"police said", "South Wales police said", "the family said", "The family of Mr Dawes said": a
    force or a family speaks as one body."""
    return state.ref(proxies.collective(state.pre, state.base))


def person_then_role(state: Before) -> Subject | None:
    """"Richard Aboulafia, vice president of consultancy Teal Group told": the person an appositive
    describes, its closing comma lost before the verb (the organisation at its end does not speak)."""
    return state.ref(person_before_role(state.pre, state.base))


def agent(state: Before) -> Subject | None:
    """"Peters' office said", "a Forest and Bird spokesman had claimed": who speaks through an
    office or a spokesperson (the organisation, for "a ... spokesman")."""
    return state.ref(proxies.agent(state.pre, state.base))


def author(state: Before) -> Subject | None:
    """"Jones' foreword for the strategy argued": the writer of a named piece speaks."""
    return state.ref(proxies.author(state.pre, state.base))


def opening_document(state: Before) -> Subject | None:
    """"A briefing to Trade Minister Todd McClay, released under the Act, said", "One official
    said": a document or an unnamed person opening the sentence speaks, unless a name stands
    right before the verb."""
    return state.ref(proxies.opening(state.pre, state.base))


def unnamed_before(state: Before) -> Subject | None:
    """"one member of the NSW Government summed up": someone unnamed right before the verb."""
    return state.ref(proxies.unnamed_before(state.pre, state.base))


def kin(state: Before) -> Subject | None:
    """"the victim's boyfriend said", "his mother told the court": a relative named by whose they are,
    someone unnamed (not the person named last)."""
    # The cheap exit: a relative ends the words ("... boyfriend said"), or is "of" someone ("the mother of ...").
    if state.last.lower() not in KIN_NOUNS and " of " not in state.pre[state.tail_at:]:
        return None
    return state.ref(kin_before(state.pre, state.base))


def trailing_document(state: Before) -> Subject | None:
    """"...," the letter says": a document named right before the verb."""
    return state.ref(proxies.trailing_document(state.pre, state.base))


def possessor(state: Before) -> Subject | None:
    """"Among the Minister's reasons for declining, she said": the possessor in a phrase opening
    the clause before a pronoun is whom the pronoun means ("Luxon's government had not, she said"
    is not Luxon's)."""
    if state.last not in PRONOUNS or ("'" not in state.pre and "’" not in state.pre):
        return None
    before_pronoun = state.stripped.rpartition(" ")[0].rstrip()
    if not before_pronoun.endswith(","):
        return None
    owner = _POSSESSOR_RE.search(state.pre, max(0, len(state.pre) - REACH))
    if owner is None:
        return None
    who = owner.group("who")
    at = state.base + owner.start("who")
    if owner.group("the") and is_role_noun(who.split()[-1]):
        return Subject(NameRef(who, at, at + len(who), "role"))
    return state.ref(classify_caps(who, at))


def pronoun(state: Before) -> Subject | None:
    """"she said": a pronoun, resolved later to the speaker in view."""
    if state.last not in PRONOUNS:
        return None
    at = len(state.stripped) - len(state.last)
    return Subject(NameRef(state.last, state.base + at, state.base + at + len(state.last), "pronoun"))


def participle_aside(state: Before) -> Subject | None:
    """"the PM, addressing a meeting in Shahdol, said": an aside opened by a participle stands between
    the subject and its verb; the subject is read from the words before it."""
    if not state.stripped.endswith(","):
        return None
    aside = _PARTICIPLE_ASIDE_RE.search(state.pre, max(0, len(state.pre) - 120))
    if aside is None:
        return None
    head = state.pre[:aside.start()]
    # "Arthur Moses, SC, acting for Roberts-Smith, urged the court ..., telling it": an aside before the
    # main verb too; the subject stands before both, not in the first (Roberts-Smith is the client).
    inner = _PARTICIPLE_ASIDE_RE.search(head + ",", max(0, len(head) - 120))
    if inner is not None and inner.start() > 0:
        head = head[:inner.start()]
    last = head.rsplit(",", 1)
    if len(last) == 2 and last[1].strip().replace(".", "") in POST_NOMINALS:
        head = last[0]  # "Arthur Moses, SC": the name before its letters
    found = subject_before(head, state.base)
    return found[0] if found is not None else None


# "She, like Rep. Jonathan Windy Boy, D-Box Elder, said": a comparison set off by commas between the
# subject and its verb (it may hold commas of its own).
_COMPARISON_ASIDE_RE = re.compile(r",\s+(?:like|unlike|alongside|along with|as did)\s[^;:\"“”]{1,100},\s*$")
_COMPARISON_WORDS = (" like ", " unlike ", " alongside ", " along with ", " as did ")


def comparison_aside(state: Before) -> Subject | None:
    """"She, like Rep. Jonathan Windy Boy, said": whom the subject is compared with does not speak;
    the subject is read from the words before the comparison."""
    if not state.stripped.endswith(",") or not any(word in state.pre for word in _COMPARISON_WORDS):
        return None  # the cheap exit
    aside = _COMPARISON_ASIDE_RE.search(state.pre, max(0, len(state.pre) - 140))
    if aside is None or aside.start() == 0:
        return None
    found = subject_before(state.pre[:aside.start()], state.base)
    return found[0] if found is not None else None



def appositive(state: Before) -> Subject | None:
    """"Josie Vidal, CEO of the Minerals Council - ... - told": the name before an appositive."""
    if not state.stripped.endswith((",", "-", "–", "—", ")")):
        return None
    return appositive_subject(state.pre, state.base) or NO_ONE


def person_from_org(state: Before) -> Subject | None:
    """"Kelvyn Eglinton from Newmont Waihi Gold says": the person before "from" the organisation."""
    caps = _trailing_ref(state)
    if caps is None:
        return None
    run, _ = caps
    if not state.pre[:run.start()].rstrip().endswith(("from", "at", "with", "the")):
        return None
    link = _FROM_RE.search(state.pre[:run.start()])
    named = trailing_caps(state.pre[:run.start()][:link.start()]) if link is not None else None
    ref = classify_caps(named.group(), state.base + named.start()) if named is not None else None
    if ref is None or ref.kind != "person":
        return None
    return Subject(ref, role_before(state.pre[:ref.start - state.base], ref))


def role_in_body(state: Before) -> Subject | None:
    """"A former governance director for the NSW Labor Party has told": a role held in a body is a
    person (whom the next paragraph may name), not the body at the end of the phrase."""
    found = state.trailing
    if found is None or found[1].kind != "org" or not state.pre[:found[0].start()].rstrip().endswith(_ROLE_LINKS):
        return None
    held = _ROLE_IN_BODY_RE.search(state.pre[:found[0].start()])
    if held is None or not is_role_noun(held.group("head")):
        return None
    start, end = state.base + held.start("role"), state.base + found[0].end()
    return Subject(NameRef(state.pre[held.start("role"):found[0].end()], start, end, "role"))


def trailing_name(state: Before) -> Subject | None:
    """"Green Party co-leader Chlöe Swarbrick said": the name right before the verb, with its role."""
    caps = _trailing_ref(state)
    if caps is None:
        return None
    run, ref = caps
    if ref.kind != "person" and _after_people_in(state.pre[max(0, run.start() - _PLACE_REACH):run.start()]):
        return None  # "Opposition councillors in Powys have criticised": the place is where they are
    if ref.kind != "person" and state.pre.endswith(" in ", 0, run.start()):
        body = _body_in_place(state, run.start() - len(" in "), run.end())
        if body is not None:
            return Subject(body)
    return Subject(ref, role_before(state.pre[:run.start()], ref))


def _body_in_place(state: Before, at: int, end: int) -> NameRef | None:
    """"The Association of Secondary Teachers in Ireland said": a body's name that runs on past "in" to
    its place, read whole; None when the words before "in" name no body."""
    before = trailing_caps(state.pre[:at])
    if before is None:
        return None
    whole = classify_caps(state.pre[before.start():end], state.base + before.start())
    return whole if whole is not None and whole.kind == "org" else None


# A word for people, then where they are: "councillors in", "residents of", "workers across".
_PLACE_BEFORE_RE = re.compile(r"\b[a-z]+s\s+(?:in|of|from|across|around|near|at)\s+(?:the\s+)?$")
_PLACE_REACH = 40  # characters before the name: the look is bounded, as every rule's is
_PLACE_WORDS = ("s in ", "s of ", "s from ", "s across ", "s around ", "s near ", "s at ", "s in the ", "s of the ")


def _after_people_in(words: str) -> bool:
    """Whether the words end "councillors in", "residents of the": a plural, then a place's preposition
    (substring tests first: most names have none of them before)."""
    return words.endswith(_PLACE_WORDS) and _PLACE_BEFORE_RE.search(words) is not None


def _trailing_ref(state: Before) -> tuple[re.Match[str], NameRef] | None:
    return state.trailing


def group(state: Before) -> Subject | None:
    """"after environmental groups labelled it": an unnamed group speaks ("the groups" is a role,
    and in "Simms said locals had told him" the group is reported)."""
    if not state.stripped.endswith("s"):
        return None
    crowd = _GROUP_RE.search(state.pre, state.tail_at)
    if crowd is None or state.pre[:crowd.start()].rstrip().endswith(("the", "The")) or \
            last_word(state.pre[:crowd.start()]) in REPORTING_VERBS:
        return None
    return Subject(NameRef(crowd.group("who"), state.base + crowd.start("who"), state.base + crowd.end("who"), "org"))


def body(state: Before) -> Subject | None:
    """"the panel found", "the committee said", "the retailer said", "the union said": a body speaks,
    by what it is."""
    role_ref = _ROLE_REF_RE.search(state.pre, state.tail_at)
    if role_ref is None:
        return None
    head = role_ref.group(1).split()[-1]
    if head not in BODIES and head not in COMPANY_NOUNS and head not in INSTITUTIONS:
        return None
    if head not in BODIES and state.pre[:role_ref.start()].rstrip()[-1:].islower():
        return None  # "problems that plagued the company, saying": a business after a verb is its object
    head_at = role_ref.end(1) - len(head)
    return Subject(NameRef(head, state.base + head_at, state.base + role_ref.end(1), "org"))


def role(state: Before) -> Subject | None:
    """"the minister said": a role, resolved later to whoever holds it; "the scientists wrote": a group."""
    role_ref = _ROLE_REF_RE.search(state.pre, state.tail_at)
    if role_ref is None or not is_role_noun(head := role_ref.group(1).split()[-1]):
        return None
    kind = "org" if head.endswith("s") and head.removesuffix("s") in ROLE_NOUNS else "role"
    return Subject(NameRef(role_ref.group(1), state.base + role_ref.start(1), state.base + role_ref.end(1), kind))


_ROLE_LINKS = ("for", "of", "at", "with", "the")
# "a former governance director for the ", "the chief executive of ": an article, a role, its body's link.
_ROLE_IN_BODY_RE = re.compile(r"(?:^|(?<=\s))(?P<role>(?:[Aa]n?|[Tt]he)\s+(?:[a-z][\w'’-]*\s+){0,3}"
                              r"(?P<head>[a-z][\w'’-]*))\s+(?:for|of|at|with)\s+(?:the\s+)?$")




SUBJECT_BEFORE: Ruler[Before, Subject] = Ruler("subject", [
    ("collective", collective),
    ("agent", agent),
    ("author", author),
    ("issued_by", issued_by),
    ("opening_document", opening_document),
    ("unnamed_before", unnamed_before),
    ("kin", kin),
    ("trailing_document", trailing_document),
    ("relative_who", relative_who),
    ("role_who", role_who),
    ("body_that", body_that),
    ("possessor", possessor),
    ("pronoun", pronoun),
    ("participle_aside", participle_aside),
    ("comparison_aside", comparison_aside),
    ("appositive", appositive),
    ("person_then_role", person_then_role),
    ("person_from_org", person_from_org),
    ("role_in_body", role_in_body),
    ("trailing_name", trailing_name),
    ("group", group),
    ("body", body),
    ("role", role),
])


def subject_before(pre: str, base: int) -> tuple[Subject, str] | None:
    """The subject of the verb after ``pre``, and the rule that found it; None if none is named."""
    if pre[:1].isupper() and (skip := dateline_end(pre)):
        pre, base = pre[skip:], base + skip  # "MEXICO CITY – Steelmaker ArcelorMittal said": no dateline speaks
    decided = SUBJECT_BEFORE.decide(Before(without_auxiliaries(pre), base))
    if decided is None or decided.value.ref is None:
        return None
    return decided.value, decided.rule
