"""Finding attributions in a paragraph's masked text: speech verbs and who they belong to."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from .names import (
    CAPS_RE,
    PRONOUNS,
    ROLE_NOUNS,
    NameRef,
    caps_runs,
    classify_caps,
    clean_role,
    is_role_noun,
    is_role_phrase,
    trailing_caps,
    vocabulary,
)
from .proxies import proxy_after, proxy_before
from .speech_verbs import SPEECH_VERB_RE

# Verbs whose object names a listener or a thing, never the speaker ("told RNZ", "called it").
_NO_INVERSION = vocabulary(
    """
    told tells telling called labelled described describes accused slammed criticised questioned asked
    asks wants wanted expects expected hopes hoped thinks thought dismissed welcomed welcomes hailed branded dubbed
    """
)
# Verbs that only attribute with a named subject: "called" in "what critics called" is no speech.
_WEAK = vocabulary(
    """
    called labelled described describes accused slammed criticised questioned wants wanted expects
    expected hopes hoped thinks thought believes believed asked asks estimated dismissed warning arguing urging
    found finds framed welcomed welcomes hailed branded dubbed
    """
)
# "the panel found", "the strategy noted": a body or a document speaks, by what it is.
_BODIES = frozenset("panel committee tribunal court board inquiry review study survey strategy plan "  # noqa: SIM905
                    "document framework".split())
_PASSIVE = frozenset(("was", "were", "is", "are", "been", "being", "be", "which", "that"))
_ROLE_REF_RE = re.compile(r"\b[Tt]he\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+)\s*$")
_SPLIT_CLAUSE_RE = re.compile(r"[,.;:!?]|\s[-–—]\s")
_SPLIT_APPOSITIVE_RE = re.compile(r",|\s[-–—]\s|\(|\)")


# "is" and "was" only reach here before a participle ("is urging"): a passive verb is dropped first.
_AUXILIARIES = frozenset("have has had will would also later previously earlier then today yesterday "  # noqa: SIM905
                         "repeatedly publicly privately recently is are was were".split())
# "having their say", "a word of warning": after a determiner a speech verb is a noun.
_DETERMINERS = frozenset("their his her its our my your a an".split())  # noqa: SIM905
_DASH_ATTRIBUTION_RE = re.compile(
    r"[\"”’]\s*[—–]\s*(?P<name>[A-ZĀĒĪŌŪ][\w'’.-]*(?:\s+[A-ZĀĒĪŌŪ][\w'’.-]*){0,3})"
    r"(?:,\s*(?P<role>[^\"“”.;]{1,80}))?\s*\.?\s*$"
)
# "after environmental groups labelled it": a group, unnamed, speaks ("what critics called" does not).
_GROUP_RE = re.compile(
    r"(?<!\bwhat )(?<!\bWhat )\b(?P<who>(?:(?!(?:what|said|says|say|told|tells)\b)[a-z]+\s+)?"
    r"(?:[Gg]roups|[Cc]ritics|[Oo]pponents|[Cc]ampaigners|"
    r"[Ee]nvironmentalists|[Cc]onservationists|[Rr]esidents|[Pp]rotesters|[Uu]nions|[Ee]xperts|[Ee]conomists|"
    r"[Ss]cientists|[Aa]dvocates|[Ll]eaders|[Ll]ocals))\s*$"
)
_FROM_RE = re.compile(r"\s(?:from|at|with)\s+(?:the\s+)?$")
_REPORTING = frozenset(("said", "says", "say", "told", "tells"))
_POSSESSOR_RE = re.compile(
    r"\b(?:[Aa]mong|[Dd]espite|[Ii]n|[Oo]n|[Aa]t|[Ww]ith|[Uu]nder|[Ff]or|[Aa]fter|[Ff]rom|[Aa]bout)\s+"
    r"(?P<the>the\s+)?(?P<who>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s?\s[^,;.]*,\s*(?:he|she|they)\s*$"
)
_WHICH_RE = re.compile(r"\s*,\s+which\b")
# "opposed by Cr Kevin Malcolm, who said": the relative pronoun stands for the name before it.
_WHO_RE = re.compile(r",\s+who\s+$")



def _without_auxiliaries(pre: str) -> str:
    """"Officials have described": the words between a subject and its verb that are not the subject."""
    trimmed = pre.rstrip()
    while True:
        last = _last_word(trimmed)
        if last.lower() not in _AUXILIARIES or not last:
            return trimmed + " " if trimmed != pre.rstrip() else pre
        trimmed = trimmed[: len(trimmed) - len(last)].rstrip()


def _last_word(text: str) -> str:
    """The last word of a text, looking only at its tail (cheap on long sentences)."""
    words = text[-40:].split()
    return words[-1] if words else ""
_QUESTION_START_RE = re.compile(
    r"[\s\"“_]*(?:(?:When|If|After being|Once)\s+)?"
    r"(?:asked|Asked|Questioned|Pressed|Quizzed|Challenged|questioned|pressed)\b"
)
_INVERSION_PRE_RE = re.compile(r"^[\s_\"“”‘’',.!?:;—–-]*$")


_REACH = 240


class Attribution(NamedTuple):
    """A speech verb in a sentence and the reference to who spoke (None: the sentence's subject)."""

    verb_start: int
    verb_end: int
    sentence: int
    subject: NameRef | None
    role: str | None
    inverted: bool = False


def find_attributions(frame: str, base: int, sentences: list[tuple[int, int]]) -> list[Attribution]:
    """Attributions in a masked paragraph; offsets are absolute (``base`` is its start)."""
    found: list[Attribution] = []
    starts = [start for start, _ in sentences]
    for verb in SPEECH_VERB_RE.finditer(frame):
        index = bisect_right(starts, verb.start()) - 1
        s_start, s_end = sentences[index]
        attribution = _attribution(frame, base, index, s_start, s_end, verb)
        if attribution is not None:
            found.append(attribution)
    dash = _dash_attribution(frame, base, len(sentences) - 1) if "—" in frame or "–" in frame else None
    return [*found, dash] if dash is not None else found


def _dash_attribution(frame: str, base: int, sentence: int) -> Attribution | None:
    """"...the national interest." — Chris Hipkins, Labour leader": a name after a quotation's dash."""
    match = _DASH_ATTRIBUTION_RE.search(frame)
    if match is None:
        return None
    ref = classify_caps(match.group("name"), base + match.start("name"))
    if ref is None or ref.kind not in ("person", "org"):
        return None
    role = clean_role(match.group("role") or "") or None
    return Attribution(base + match.start(), base + match.start("name"), sentence, ref, role, True)


def question_end(frame: str, s_start: int, s_end: int, attributions: list[Attribution], base: int) -> int:
    """Where an interviewer's "Asked if ..." clause ends in a sentence (``s_start`` if none)."""
    if not _QUESTION_START_RE.match(frame, s_start):
        return s_start
    for attribution in attributions:
        if attribution.subject is not None and s_start <= attribution.verb_start - base < s_end:
            return attribution.subject.start - base
    # The interviewer's clause is short: look for its comma near the sentence's start only.
    comma = frame.rfind(",", s_start, min(s_end, s_start + 300))
    return comma if comma > 0 else s_start


def _attribution(frame: str, base: int, index: int, s_start: int, s_end: int,
                 verb: re.Match[str]) -> Attribution | None:
    # Only the words near the verb can hold its subject: a bound keeps long sentences linear.
    s_start = max(s_start, verb.start() - _REACH)
    pre = frame[s_start:verb.start()]
    word = verb.group()
    last = _last_word(pre).lower()
    if (last in _PASSIVE and not word.endswith("ing")) or last in _DETERMINERS:
        return None
    subject, role = _subject_before(pre, base + s_start)
    if subject is None and word.lower() == "according to":
        subject, role = _subject_after(frame[verb.end():s_end], base + verb.end())
        return Attribution(base + verb.start(), base + verb.end(), index, subject, role, True)
    if subject is None and word not in _NO_INVERSION and _INVERSION_PRE_RE.match(_last_clause(pre)):
        subject, role = _subject_after(frame[verb.end():s_end], base + verb.end())
        if subject is not None:
            return Attribution(base + verb.start(), base + verb.end(), index, subject, role, True)
    if subject is None:
        coordinated = _last_word(_without_auxiliaries(pre)) == "and"
        if word in _WEAK and not coordinated:
            return None  # but "Santana has been exploring ... and recently described": the sentence's subject
        # "Santana has been exploring ... and described", "Ngahere Gold rejected it, insisting that":
        # a company is the subject of a coordinated verb or a participle.
        subject, role = sentence_subject(pre, base + s_start, orgs=coordinated or word.endswith("ing"))
    return Attribution(base + verb.start(), base + verb.end(), index, subject, role)


def sentence_subject(text: str, base: int, orgs: bool = False) -> tuple[NameRef | None, str | None]:
    """The name a sentence opens with ("Regional councillor Sue Hart disagreed, saying ..."); with
    ``orgs``, an organisation's too ("Santana Minerals has been exploring ... and described")."""
    for caps in CAPS_RE.finditer(text):  # lazily: only the first few words matter
        if len(text[:caps.start()].split()) > 4 and not only_role_words(text[:caps.start()]):
            break
        if caps.group().endswith(("'s", "’s")):
            continue  # "Luxon's government ...": the name qualifies the subject; it is not it
        named = caps
        ref = classify_caps(caps.group(), base + caps.start())
        if ref is not None and ref.kind in ("surname", "org") and not text[:caps.start()].strip():
            # "Mining chief Alan Eggers rejects ...", "Ngahere Gold chief executive Ana Moss says":
            # a capitalised first word or a company qualifies a role.
            named = person_after_role(text, caps.end()) or caps
            ref = classify_caps(named.group(), base + named.start())
        if ref is not None and ref.kind in ("person", "surname"):
            return ref, role_before(text[:named.start()], ref)
        if orgs and ref is not None and ref.kind == "org" and not text[:caps.start()].strip():
            return ref, None
    return None, None


_ROLE_FILLERS = frozenset("and former senior deputy chief principal associate acting of the a an".split())  # noqa: SIM905


def only_role_words(text: str) -> bool:
    """"National MP and former diplomat": a long role before a name, with no verb in it."""
    words = text.replace(",", " ").split()
    return len(words) <= 10 and all(w[:1].isupper() or w in _ROLE_FILLERS or is_role_noun(w) for w in words)


def person_after_role(text: str, at: int) -> re.Match[str] | None:
    """The person's name right after lower-case role words at ``at`` ("chief Alan Eggers")."""
    following = CAPS_RE.search(text, at)
    if following is None:
        return None
    between = text[at:following.start()]
    if not between.strip() or not between.islower() or not is_role_phrase(between):
        return None
    ref = classify_caps(following.group(), 0)
    return following if ref is not None and ref.kind == "person" else None


def _last_clause(pre: str) -> str:
    """The text after the last closing quotation mark (where an inverted verb stands)."""
    cut = max(pre.rfind('"'), pre.rfind("”"), pre.rfind("’"))
    return pre[cut + 1:] if cut >= 0 and "_" in pre[:cut] else pre


def _subject_before(pre: str, base: int) -> tuple[NameRef | None, str | None]:
    pre = _without_auxiliaries(pre)
    proxy = proxy_before(pre, base)
    if proxy is not None:
        return proxy, None
    last = _last_word(pre)
    if last == "who" and (who := _WHO_RE.search(pre)) is not None:
        return _named_before(pre[:who.start()], base)
    if last in PRONOUNS:
        at = len(pre.rstrip()) - len(last)
        return _possessor(pre, base) or NameRef(last, base + at, base + at + len(last), "pronoun"), None
    stripped = pre.rstrip()
    if stripped.endswith((",", "-", "–", "—", ")")):
        return _appositive_subject(pre, base)
    caps = trailing_caps(pre)
    if caps is not None:
        ref = classify_caps(caps.group(), base + caps.start())
        if ref is not None and (person := _person_from(pre[:caps.start()], base)) is not None:
            return person, role_before(pre[:person.start - base], person)
        if ref is not None:
            return ref, role_before(pre[:caps.start()], ref)
    tail_at = max(0, len(pre) - 80)
    crowd = _GROUP_RE.search(pre, tail_at) if pre.rstrip().endswith("s") else None
    # "the groups" is a role (below); in "Simms said locals had told him" the group is reported.
    if crowd and not pre[:crowd.start()].rstrip().endswith(("the", "The")) and \
            _last_word(pre[:crowd.start()]) not in _REPORTING:
        return NameRef(crowd.group("who"), base + crowd.start("who"), base + crowd.end("who"), "org"), None
    role_ref = _ROLE_REF_RE.search(pre, tail_at)
    if role_ref and role_ref.group(1).split()[-1] in _BODIES:
        # "the panel found", "the committee said": a body speaks, by what it is.
        head_at = role_ref.end(1) - len(role_ref.group(1).split()[-1])
        return NameRef(role_ref.group(1).split()[-1], base + head_at, base + role_ref.end(1), "org"), None
    if role_ref and is_role_noun(head := role_ref.group(1).split()[-1]):
        words = role_ref.group(1)
        # "the scientists wrote": a group speaks; "the minister said": a person named elsewhere.
        kind = "org" if head.endswith("s") and head.removesuffix("s") in ROLE_NOUNS else "role"
        return NameRef(words, base + role_ref.start(1), base + role_ref.end(1), kind), None
    return None, None


def _person_from(pre: str, base: int) -> NameRef | None:
    """"Kelvyn Eglinton from Newmont Waihi Gold says": the person before "from" the organisation."""
    link = _FROM_RE.search(pre)
    caps = trailing_caps(pre[:link.start()]) if link is not None else None
    ref = classify_caps(caps.group(), base + caps.start()) if caps is not None else None
    return ref if ref is not None and ref.kind == "person" else None


def _named_before(pre: str, base: int) -> tuple[NameRef | None, str | None]:
    """The person or organisation named at the very end of ``pre``."""
    caps = trailing_caps(pre)
    ref = classify_caps(caps.group(), base + caps.start()) if caps is not None else None
    if ref is None or caps is None or ref.kind not in ("person", "surname", "org"):
        return None, None
    return ref, role_before(pre[:caps.start()], ref)


def _possessor(pre: str, base: int) -> NameRef | None:
    """"Among the Minister's reasons for declining, she said": the possessor in a phrase opening
    the clause before a pronoun is whom the pronoun means ("Luxon's government had not, she said"
    is not Luxon's)."""
    before_pronoun = pre.rstrip().rpartition(" ")[0].rstrip()
    if not before_pronoun.endswith(",") or ("'" not in pre and "’" not in pre):
        return None
    owner = _POSSESSOR_RE.search(pre, max(0, len(pre) - _REACH))
    if owner is None:
        return None
    who = owner.group("who")
    at = base + owner.start("who")
    if owner.group("the") and is_role_noun(who.split()[-1]):
        return NameRef(who, at, at + len(who), "role")
    return classify_caps(who, at)


def role_before(text: str, ref: NameRef) -> str | None:
    """The role written before a name ("Green Party co-leader", "Chief Ombudsman, "), or the
    title split off it."""
    text = text.rstrip()
    text = text[:-1] if text.endswith(",") else text
    clause = text.rsplit(",", 1)[-1] if "," in text else text
    role = clean_role(clause)
    if role and is_role_phrase(role):
        return f"{role} {ref.title}".strip() if ref.title and ref.title not in role else role
    return ref.title if ref.title and ref.title.split()[0] not in {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr"} else None


def _appositive_subject(pre: str, base: int) -> tuple[NameRef | None, str | None]:
    """"Josie Vidal, CEO of the Minerals Council - ... - told": the name before the appositive."""
    for caps in caps_runs(pre):
        follower = pre[caps.end():caps.end() + 3].lstrip()
        if not follower.startswith((",", "-", "–", "—", "(")):
            continue
        ref = classify_caps(caps.group(), base + caps.start())
        if ref is None and _WHICH_RE.match(pre, caps.end()):
            # "Contact Energy, which operates ..., said": "which" marks an organisation.
            ref = NameRef(caps.group(), base + caps.start(), base + caps.end(), "org")
        if ref is None:
            continue
        before = pre[:caps.start()]
        role = clean_role(before.rstrip().rstrip(","))
        if role and is_role_phrase(role) and before.rstrip().endswith(","):
            return ref, role
        appositive = _SPLIT_APPOSITIVE_RE.split(pre[caps.end():].lstrip(" ,(-–—"), maxsplit=1)[0]
        appositive = clean_role(appositive)
        return ref, appositive if is_role_phrase(appositive) else role_before(before, ref)
    return None, None


def _name_after_role(post: str, chunk: str, base: int) -> tuple[NameRef | None, str | None]:
    """"said the group's conservation advocate, Dr Mara Whitfield": the role, then the name."""
    role = clean_role(chunk)
    if not post[len(chunk):].startswith(",") or not is_role_phrase(role):
        return None, None
    offset = len(chunk) + 1
    clause = _SPLIT_CLAUSE_RE.split(post[offset:], maxsplit=1)[0]
    for caps in caps_runs(clause):
        ref = classify_caps(caps.group(), base + offset + caps.start())
        if ref is not None and ref.kind == "person":
            return ref, role
        break  # only a name right after the comma
    return None, None


def _qualifies_role(chunk: str, refs: list[tuple[re.Match[str], NameRef]]) -> bool:
    """"says Coromandel Watchdog spokesperson Denis Tegg": the first run names whom the person
    after the role speaks for."""
    following = person_after_role(chunk, refs[0][0].end()) if len(refs) > 1 else None
    return following is not None and following.start() == refs[1][0].start()


def _subject_after(post: str, base: int) -> tuple[NameRef | None, str | None]:
    """The subject of an inverted attribution: "said the trust's chief executive Aroha Tane"."""
    chunk = _SPLIT_CLAUSE_RE.split(post, maxsplit=1)[0]
    proxy = proxy_after(chunk, base)
    if proxy is not None:  # "according to the briefing", "said one woman"
        return proxy, None
    first = chunk.split()[:1]
    if first and first[0] in PRONOUNS:
        at = chunk.index(first[0])
        return NameRef(first[0], base + at, base + at + len(first[0]), "pronoun"), None
    refs = [
        (caps, ref)
        for caps in caps_runs(chunk)
        if (ref := classify_caps(caps.group(), base + caps.start())) is not None
    ]
    if not refs:
        return _name_after_role(post, chunk, base)
    if _qualifies_role(chunk, refs):
        refs = refs[1:]
    caps, ref = refs[0] if refs[0][1].kind == "person" else refs[-1]
    role = clean_role(chunk[:caps.start()])
    return ref, role if is_role_phrase(role) else (ref.title or None)
