"""Who an inverted speech verb belongs to: the rules for the words after it ("said Jones",
"according to the briefing"), an ordered list of named rules (see ruler.py and subjects.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import kin, proxies
from .lexicon import PRONOUNS
from .names import NameRef, caps_runs, classify_caps, clean_role, is_role_phrase
from .roles import person_after_role, role_after
from .ruler import Ruler, lazy
from .subject_state import NO_ONE, Subject
from .subjects import SPLIT_CLAUSE_RE


@dataclass
class After:
    """The words after an inverted verb, to the sentence's end, at absolute offset ``base``."""

    post: str
    base: int

    @lazy
    def chunk(self) -> str:
        """The clause right after the verb (to the first comma, stop or dash)."""
        return SPLIT_CLAUSE_RE.split(self.post, maxsplit=1)[0]

    @lazy
    def refs(self) -> list[tuple[re.Match[str], NameRef]]:
        """Every capitalised run of the clause that reads as a name."""
        return [(caps, ref) for caps in caps_runs(self.chunk)
                if (ref := classify_caps(caps.group(), self.base + caps.start())) is not None]


def document_after(state: After) -> Subject | None:
    """"according to the briefing", "said the statement released by both governments"."""
    found = proxies.document_after(state.chunk, state.base)
    return Subject(found) if found is not None else None


def unnamed_after(state: After) -> Subject | None:
    """"said one woman", "according to a senior official": someone unnamed, by what they are."""
    found = proxies.unnamed_after(state.chunk, state.base)
    return Subject(found) if found is not None else None


def kin_after(state: After) -> Subject | None:
    """"said the biological mother of the slain girl", "said the boy's aunt, Mary Jones": a relative,
    unnamed unless named beside."""
    found = kin.kin_after(state.post[:160], state.base)  # the whole words: a name may follow a comma
    return Subject(found) if found is not None else None


def pronoun_after(state: After) -> Subject | None:
    """"said he": a pronoun right after the verb."""
    first = state.chunk.split()[:1]
    if not first or first[0] not in PRONOUNS:
        return None
    at = state.chunk.index(first[0])
    return Subject(NameRef(first[0], state.base + at, state.base + at + len(first[0]), "pronoun"))


def role_then_name(state: After) -> Subject | None:
    """"said the group's conservation advocate, Dr Mara Whitfield": the role, then the name (a body's
    name inside the role is the role's: "said head of SANParks scientific services, Mr Danie Pienaar")."""
    if state.refs and not _body_in_role(state):
        return None
    chunk = state.chunk
    written = clean_role(chunk)
    if not state.post[len(chunk):].startswith(",") or not is_role_phrase(written):
        return NO_ONE
    offset = len(chunk) + 1
    clause = SPLIT_CLAUSE_RE.split(state.post[offset:], maxsplit=1)[0]
    for caps in caps_runs(clause)[:1]:  # only a name right after the comma ("..., who wore ... Young Lions": none)
        if clause[:caps.start()].strip():
            break
        ref = classify_caps(caps.group(), state.base + offset + caps.start())
        if ref is not None and ref.kind == "person":
            return Subject(ref, written)
    return NO_ONE


def _body_in_role(state: After) -> bool:
    """Whether the clause's capitalised words are a body's inside a role ("head of SANParks scientific
    services"): a lower-case role, "of", then no person's name."""
    chunk = state.chunk.lstrip()
    first = state.refs[0][0].start() - (len(state.chunk) - len(chunk))
    return chunk[:1].islower() and " of " in f" {chunk[:first]}" and all(ref.kind != "person" for _, ref in state.refs)


# "said the Sailors' vice-captain": a body's possessive, then a role in lower case, and no name after.
# The owner's thing may be named too: "said the Britain's Got Talent judge" (a show's judge, not "Got Talent").
_OWNER_ROLE_RE = re.compile(r"\s*the\s+(?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*['’]s?\s+(?:[A-Z][\w&.-]*\s+){0,3}"
                            r"(?P<role>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s*$")


def owner_role_after(state: After) -> Subject | None:
    """"said the Sailors' vice-captain": a role of the body named before it; its holder is found as any
    role's is (the one given it, or the person in view), never the body's name read as a surname."""
    found = _OWNER_ROLE_RE.match(state.chunk)
    if found is None or not is_role_phrase(found.group("role")):
        return None
    return _role_subject(found, state.base)


# "said the chief representing a First Nation in southern Alberta": a role, then a clause about it.
_ROLE_THEN_CLAUSE_RE = re.compile(r"\s*the\s+(?P<role>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+"
                                  r"(?:representing|of|from|in|at|for|with|who|whose|based|leading|running)\b")


def role_then_clause(state: After) -> Subject | None:
    """"said the chief representing a First Nation in southern Alberta": a role whose clause names
    places and bodies but no person; its holder is found as any role's is (the place is no surname)."""
    found = _ROLE_THEN_CLAUSE_RE.match(state.chunk)
    if found is None or not is_role_phrase(found.group("role")) or any(ref.kind == "person" for _, ref in state.refs):
        return None
    return _role_subject(found, state.base)


def _role_subject(found: re.Match[str], base: int) -> Subject:
    """The role a match's "role" group holds, as the subject (its holder is resolved as a role's is)."""
    role = found.group("role")
    start = base + found.start("role")
    return Subject(NameRef(role, start, start + len(role), "role"), role)


def name_after(state: After) -> Subject | None:
    """"said the trust's chief executive Aroha Tane", "says Coromandel Watchdog spokesperson Denis
    Tegg": the first person named after the verb (else the last name), past an organisation that
    qualifies a role."""
    refs = state.refs
    following = person_after_role(state.chunk, refs[0][0].end()) if len(refs) > 1 else None
    if following is not None and following.start() == refs[1][0].start():
        refs = refs[1:]
    # The first person named; with none, a surname right after the verb ("joked Janeke during a TV
    # interview"); else the last name ("said the trust's chief executive Aroha Tane").
    first_caps, first_ref = refs[0]
    opens = not state.chunk[:first_caps.start()].strip() and first_ref.kind == "surname"
    if first_ref.kind == "person" or (opens and all(ref.kind != "person" for _, ref in refs)):
        caps, ref = refs[0]
    else:
        caps, ref = refs[-1]
    if ref.kind != "person" and (role := role_after(state.chunk, caps, state.base)) is not None:
        return Subject(role)  # "says the Te Kuiti resident": a place qualifies the role that speaks
    written = clean_role(state.chunk[:caps.start()])
    return Subject(ref, written if is_role_phrase(written) else (ref.title or None))


SUBJECT_AFTER: Ruler[After, Subject] = Ruler("inverted", [
    ("document_after", document_after),
    ("unnamed_after", unnamed_after),
    ("kin_after", kin_after),
    ("pronoun_after", pronoun_after),
    ("role_then_name", role_then_name),
    ("owner_role_after", owner_role_after),
    ("role_then_clause", role_then_clause),
    ("name_after", name_after),
])


def subject_after(post: str, base: int) -> tuple[Subject, str]:
    """The subject of an inverted verb (``Subject(None)`` if none), and the rule that decided."""
    decided = SUBJECT_AFTER.decide(After(post, base))
    assert decided is not None  # name_after decides whatever is left
    return decided.value, decided.rule
