"""Subject rules for a subject with a clause after it: "the councillor who represents Ratoath said", "the
organization that runs the hospital said", "a statement released by Tane Rewiti said", "Cr Kevin Malcolm,
who said". Each is one rule of the subject stage (subjects.SUBJECT_BEFORE), with a cheap exit.
"""

from __future__ import annotations

import re

from .lexicon import COMPANY_NOUNS, INSTITUTIONS
from .names import NameRef, caps_runs, classify_caps, is_role_noun
from .roles import role_before
from .subject_names import named_before
from .subject_state import NO_ONE, Before, Subject

# "The councillor who represents Ratoath ", "the official that led the review ": a role, then its clause.
_ROLE_WHO_RE = re.compile(r"(?:^|(?<=[.;:,]\s)|(?<=\s))[Tt]he\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+"
                          r"(?:who|that)\s+[^,\"“”.;]{1,80}$")

# "a statement released by ", "the letter issued on Monday by ": a document, how it was issued, and by whom.
_ISSUED_BY_RE = re.compile(r"\b(?:statement|letter|email|e-mail|release|note|post)s?\s+(?:(?:jointly\s+)?"
                           r"(?:released|issued|shared|sent|put\s+out|published|provided|posted|signed)\s+"
                           r"(?:on\s+\w+\s+)?by|from|by)\s+(?P<who>[^\"“”.;:]{2,80})$")
# "Hampshire constabulary", "Tasman police": a body's own noun, lower case, after the place it serves.
_BODY_NOUN_AFTER_RE = re.compile(r"\s+(?:constabulary|police|council|fire\s+service|ambulance\s+service)\b")

# "the organization that runs the hospital ", "the firm which owns the site ": a body, then its clause.
_BODY_THAT_RE = re.compile(r"(?:^|(?<=[.;:,]\s)|(?<=\s))[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}?(?P<body>[a-z][\w-]*)\s+"
                           r"(?:who|that|which)\s+[^,\"“”.;]{1,80}$")

# "opposed by Cr Kevin Malcolm, who said", "Langford, 63, who told the court": the relative pronoun
# stands for the name before it (an age aside).
_WHO_RE = re.compile(r"(?:,\s+\d{1,3})?,\s+who\s+$")


def issued_by(state: Before) -> Subject | None:
    """"a statement released by Tane Rewiti said", "the letter issued by Harbour Council says", "a statement
    by the Seaway Corporation said": the one
    who issued the document speaks (a spokesperson named "of" a body is still the one who issued it)."""
    tail = state.pre[state.tail_at:]
    if " by " not in tail and " from " not in tail:
        return None
    found = _ISSUED_BY_RE.search(state.pre, state.tail_at)
    if found is None or " and " in found.group("who"):
        return None  # "A joint statement from Straterra and the Minerals Council said": it speaks as itself
    caps = next(iter(caps_runs(found.group("who"))), None)
    if caps is None:
        return None  # "a statement released by the ministry": no name; the statement speaks as itself
    at, end = found.start("who") + caps.start(), found.start("who") + caps.end()
    ref = classify_caps(caps.group(), state.base + at)
    if ref is None and caps.group().isupper() and caps.group().isalpha() and len(caps.group()) <= 6:
        ref = NameRef(caps.group(), state.base + at, state.base + end, "org")  # "a statement by SLSMC": its initials
    body = _BODY_NOUN_AFTER_RE.match(state.pre, end)
    if body is not None and (ref is None or ref.kind != "person"):
        # "a statement from Hampshire constabulary": a place and the body's own noun name the body
        ref = NameRef(state.pre[at:body.end()], state.base + at, state.base + body.end(), "org")
    if ref is None or ref.kind not in ("person", "org"):
        return None
    return Subject(ref, role_before(state.pre[:at], ref))


def relative_who(state: Before) -> Subject | None:
    """"opposed by Cr Kevin Malcolm, who said": "who" stands for the name before it."""
    if state.last != "who" or (who := _WHO_RE.search(state.pre)) is None:
        return None
    return named_before(state.pre[:who.start()], state.base) or NO_ONE


def role_who(state: Before) -> Subject | None:
    """"The councillor who represents Ratoath said": a role with a relative clause after it is the
    subject; the name inside the clause is what the role is of, not who speaks."""
    if " who " not in state.pre and " that " not in state.pre:
        return None
    found = _ROLE_WHO_RE.search(state.pre, state.tail_at)
    if found is None or not is_role_noun(found.group("role").split()[-1]):
        return None
    return Subject(NameRef(found.group("role"), state.base + found.start("role"), state.base + found.end("role"),
                           "role"))


def body_that(state: Before) -> Subject | None:
    """"the organization that runs the hospital said", "the company which owns the mine said": a body
    with a relative clause after it is the subject; what the clause names is what it runs, not who speaks."""
    if " that " not in state.pre and " which " not in state.pre and " who " not in state.pre:
        return None
    found = _BODY_THAT_RE.search(state.pre, state.tail_at)
    if found is None or ((head := found.group("body")) not in INSTITUTIONS and head not in COMPANY_NOUNS):
        return None
    return Subject(NameRef(head, state.base + found.start("body"), state.base + found.end("body"), "org"))
