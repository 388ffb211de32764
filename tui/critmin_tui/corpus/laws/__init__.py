"""The freedom-of-information laws a release may cite: each law's grounds, a code's normal spelling,
the law a code belongs to, and the law a document says it was released under."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..model import Regime
from . import au_foi, ca_atia, ie_foi, nz_lgoima, nz_oia, scot_foisa, uk_foia, us_foia
from .base import Ground

__all__ = ["CODE_RE", "Ground", "form_law", "ground_for", "ground_words", "normalise_code", "place", "regime_by_source",
           "regime_in_text", "regime_named_firmly", "unrecognised"]

GROUNDS: dict[Regime, dict[str, Ground]] = {
    regime: {ground.section: ground for ground in grounds}
    for regime, grounds in (
        (Regime.NZ_OIA, nz_oia.GROUNDS), (Regime.NZ_LGOIMA, nz_lgoima.GROUNDS), (Regime.AU_FOI, au_foi.GROUNDS),
        (Regime.UK_FOIA, uk_foia.FOIA_GROUNDS), (Regime.UK_EIR, uk_foia.EIR_GROUNDS), (Regime.US_FOIA, us_foia.GROUNDS),
        (Regime.SCOT_FOISA, scot_foisa.GROUNDS), (Regime.IE_FOI, ie_foi.GROUNDS), (Regime.CA_ATIA, ca_atia.GROUNDS),
    )
}
_NZ = (Regime.NZ_OIA, Regime.NZ_LGOIMA)
_SECTIONED = (Regime.NZ_OIA, Regime.NZ_LGOIMA, Regime.AU_FOI, Regime.UK_FOIA)
# Laws whose codes are placed only when the document names the law (their numbers are other laws' too).
_NAMED_ONLY = (Regime.SCOT_FOISA, Regime.IE_FOI, Regime.CA_ATIA)

_SUB = r"(?:\s?\([0-9a-z]{1,4}\)){0,3}"
# One code as a release writes it. US: "(b)(6)", "(b) (5)", "(b)(7)(C)", "(b)(7)c", "b(6)", OCR-damaged "(b)(6" or
# "b)(6)".
# EIR: "Reg 13", "regulation 12(5)(e)", bare "12(4)(d)". Sections: "s9(2)(a)", "Section 40(2)", "s 47F",
# "47E(d)", bare NZ "9(2)(a)" (fused to a word before it too: "Manager9(2)(a)"); a possessive's "s" is
# no section's ("the city’s 20 councillors").
CODE_RE = re.compile(
    r"(?P<us>(?:\(\s?b\s?\)|(?<![\w(])b\)|(?<![\w(])b(?=\(\s?[1-9]))\s?(?:\(\s?(?P<us_n>[1-9])(?:\s?\))?|(?P<us_m>[1-9])\s?\))"
    r"(?:(?<=7\))\s?\(\s?(?P<us_l>[A-Fa-f])\s?\)|(?<=7\))(?P<us_j>[A-Fa-f])(?![A-Za-z])"
    r"|(?<=7)\s?\(\s?(?P<us_k>[A-Fa-f])\s?\))?)"
    r"|(?P<eir>(?:\b[Rr]eg(?:ulation)?s?\.?\s?|(?<![\d(./]))(?:12\s?\(\s?[45]\s?\)\s?\(\s?[a-g]\s?\)"
    r"|(?<=[g.\s])13(?:\s?\([0-9]\))?)(?![\w(]))"
    r"|(?P<pre>\b(?<!['’])(?:[Ss]ections?|[Ss]ect?\.|[Ss]\.?)\s?)?(?P<num>(?(pre)(?:4[0-7][A-J]?|45A|22A?|2[1-9]|3\d"
    r"|19|20|1[3-8]|6|7|9)|(?<![\d(./,])(?:47[A-J]|17|18|6|7|9)))(?P<sub>" + _SUB + r")(?:(?<=\))|(?!\w))"
)


_GROUP_NAMES = ("us", "us_n", "us_m", "us_l", "us_j", "us_k", "eir", "pre", "num", "sub")
_NOT_EIR_RE = re.compile(r"[^0-9a-z()]")
_SPACE_RE = re.compile(r"\s")


def normalise_code(match: re.Match[str]) -> str | None:
    """A code's normal spelling ("(b)(7)(C)", "reg12(5)(e)", "s47F", "s9(2)(a)"), or None when the
    match is no code (a bare number needs a section's parentheses or its letter)."""
    return _normalised(*match.group(*_GROUP_NAMES))


@lru_cache(maxsize=4096)
def _normalised(us: str | None, us_n: str | None, us_m: str | None, us_l: str | None, us_j: str | None,
                us_k: str | None, eir: str | None, pre: str | None, num: str | None, sub: str | None) -> str | None:
    """normalise_code's answer from the match's groups (codes recur: cached)."""
    if us:
        number = us_n or us_m
        letter = us_l or us_j or us_k  # "(b)(7)(C)", "(b)(7)c" (the bracket lost), "b7(C)"
        return f"(b)({number})" + (f"({letter.upper()})" if letter else "")
    if eir:
        digits = _NOT_EIR_RE.sub("", eir.lower())
        return "reg" + digits[digits.index("1"):]
    assert num is not None and sub is not None  # the sections' branch matched
    number, sub = num, _SPACE_RE.sub("", sub)
    nz_number = number in ("6", "7", "9", "17", "18")
    if nz_number and not sub:
        return None  # "s9" alone: a number in prose, or a code cut off
    if not pre and nz_number and not _known_nz(sub, number):
        return None  # a bare "7(1)(b)" is a clause number unless the Act has it
    section = f"s{number}{sub.lower()}"
    if nz_number and not _known_nz(sub, number) and any(
            known.startswith(section) for regime in _NZ for known in GROUNDS[regime]):
        return None  # "s9(2)" cut off before its paragraph is no code
    return section


def _known_nz(sub: str, number: str) -> bool:
    section = f"s{number}{sub.lower()}"
    return any(section in GROUNDS[regime] for regime in _NZ)


@lru_cache(maxsize=4096)
def form_law(section: str) -> Regime | None:
    """The law a normalised code's form alone names ("(b)(6)" the US FOIA's, "reg13" the EIR's, "s47F" the
    Australian Act's), or None when its form could be several laws'."""
    if section.startswith("(b)"):
        return Regime.US_FOIA
    if section.startswith("reg"):
        return Regime.UK_EIR
    if _AU_FORM_RE.match(section):
        return Regime.AU_FOI  # "s47F", "s45A": a lettered section is the Australian Act's alone
    return None


def place(section: str, document: Regime | None) -> Regime | None:
    """The law a normalised code belongs to: its form first, then the document's law, then the law that
    has it (the likeliest where several do); None when nothing tells (a bare "s33" in an unknown release)."""
    if (by_form := form_law(section)) is not None:
        return by_form
    near = Regime.UK_FOIA if document is Regime.UK_EIR else document
    if near in _SECTIONED or near in _NAMED_ONLY:
        return near  # the release's own law, even for a code it lacks: "ground not recognised (s36)"
    having = [regime for regime in _SECTIONED if _has(regime, section)]
    if len(having) == 1 or (having and having[0] in _NZ):
        return having[0]
    number = re.match(r"s(\d+)", section)
    if number and number.group(1) in ("6", "7", "9", "17", "18"):
        if near in _NZ:
            return near
        return Regime.NZ_LGOIMA if section.startswith(("s7(2)", "s17")) else Regime.NZ_OIA
    return near if near in (Regime.AU_FOI, Regime.UK_FOIA) else None


_AU_FORM_RE = re.compile(r"s4[5-7][A-J]")


# Sections that mark material left out as irrelevant to the request, not withheld as exempt: the
# Australian Act's s22 (an edited copy; exempt matter is marked with its own exemption, ss33-47J).
_OUT_OF_SCOPE_SECTIONS = {Regime.AU_FOI: ("s22",)}


def out_of_scope_section(regime: Regime | None, section: str) -> bool:
    """True when a code under its law marks irrelevant material rather than withheld text ("s22")."""
    wanted = _OUT_OF_SCOPE_SECTIONS.get(regime, ()) if regime is not None else ()
    if not wanted:
        return False  # most laws have none: no subsections worked out
    return section in wanted or any(parent in wanted for parent in _parents(section))


def _has(regime: Regime, section: str) -> bool:
    return ground_for(regime, section) is not None


def _parents(section: str) -> list[str]:
    """"s22(1)(a)(ii)" → "s22(1)(a)", "s22(1)", "s22": a subsection the table lacks reads as its section."""
    found: list[str] = []
    while True:
        shorter = re.sub(r"\([^()]*\)$", "", section)
        if shorter == section:
            return found
        found.append(section := shorter)


def ground_for(regime: Regime | None, section: str) -> Ground | None:
    """The ground a normalised code names under a law, or None."""
    if regime is None:
        return None
    table = GROUNDS[regime]
    found = table.get(section)
    if found is None and regime not in _NZ:  # NZ codes are written in full: "s9(2)" alone is cut off
        found = next((table[parent] for parent in _parents(section) if parent in table), None)
    return found


# Words every ground shares, or release prose uses round any code: they tell no ground apart.
_COMMON_WORDS = frozenset(("information", "release", "released", "would", "which", "their", "there", "where", "that",
                           "this", "with", "from", "under", "section", "other", "such", "being", "made", "likely",
                           "public", "person", "persons", "request", "requested", "document", "documents"))


@cache
def ground_words(section: str) -> frozenset[str]:
    """The distinctive words of a code's ground under any law ("privacy", "natural" for s9(2)(a)):
    what a legend writes beside the code it explains."""
    words: set[str] = set()
    for regime in GROUNDS:
        ground = ground_for(regime, section)
        if ground is not None:
            for phrase in (ground.summary, *ground.labels):
                words.update(w for w in re.findall(r"[a-z]{4,}", phrase.lower()) if w not in _COMMON_WORDS)
    return frozenset(words)


def unrecognised(section: str) -> str:
    """How a ground no law of the reader's names reads: it is kept, never dropped."""
    return f"ground not recognised ({section})"


# Each law's words, and the plain strings one of which each match holds: a substring test is far cheaper
# than a scan, and most texts (articles) hold none.
_LAW_WORDS: tuple[tuple[Regime, tuple[str, ...], re.Pattern[str]], ...] = (
    (Regime.NZ_LGOIMA, ("Local Government Official", "LGOIMA"),
     re.compile(r"Local Government Official Information|\bLGOIMA\b")),
    (Regime.US_FOIA, ("U.S", "U. S", "U S", "USC", "552", "FOIA/PA"),
     re.compile(r"5 U\.?\s?S\.?\s?C\.?|\b552\s?\(b\)|\bU\.S\. Department|\bFOIA/PA\b")),
    (Regime.SCOT_FOISA, ("(Scotland) Act", "FOISA", "Scottish Information Commissioner"),
     re.compile(r"Freedom of Information \(Scotland\) Act|\bFOISA\b|Scottish Information Commissioner")),
    (Regime.IE_FOI, ("2014", "Irish Information Commissioner", "OIC-", "IEIC"),  # "OIC-140832-N8C0D1": a case
     re.compile(r"Freedom of Information Act,? 2014|\bFOI Act,? 2014|Irish Information Commissioner|\bOIC-\d{5,}|"
                r"\bIEIC\b")),
    (Regime.CA_ATIA, ("Access to Information Act", "ATIA", "ATIP"),
     re.compile(r"Access to Information Act|\bATIA\b|\bATIP\b")),
    # "FOI Act" alone is also how Irish, Scottish and Australian states' releases name their own laws: it
    # counts for the Commonwealth's only when no other law is named (see regime_in_text).
    (Regime.AU_FOI, ("Freedom of Information Act 1982", "FOI Act", "(Cth)"),
     re.compile(r"Freedom of Information Act 1982(?! \(Vic\))|\bFOI Act\b|\(Cth\)")),
    (Regime.UK_FOIA, ("Freedom of Information Act 2000", "FOIA 2000", "Information Commissioner's Office"),
     re.compile(r"Freedom of Information Act 2000|\bFOIA 2000\b|Information Commissioner's Office")),
    (Regime.UK_EIR, ("Environmental Information", "EIR"),
     re.compile(r"Environmental Information Regulations|\bEIR\b")),
    (Regime.NZ_OIA, ("Official Information Act", "OIA"),
     re.compile(r"(?<!Local Government )Official Information Act|\bOIA\b")),
)


_HARD_WRAP_RE = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=\S)")


def unwrapped(text: str) -> str:
    """The text with its hard-wrapped lines joined ("the Freedom of\nInformation Act 2000" in an email
    wrapped at 72 columns), so a law's name reads whole; blank lines between paragraphs stay."""
    return _HARD_WRAP_RE.sub(" ", text)


@lru_cache(maxsize=8)  # asked of one text by the parse, the release's kind and its agency: scanned once
def regime_in_text(text: str) -> Regime | None:
    """The law the document's own words name most often, or None; where none is named, the same asked
    of its hard-wrapped lines joined (an email wrapped at 72 columns). "FOI Act" alone names the
    Commonwealth's only where no other law is named and no Australian state's act is."""
    found = _regime_named(text)
    if found is None and _HARD_WRAP_RE.search(text) is not None:
        return _regime_named(unwrapped(text))
    return found


def _regime_named(text: str) -> Regime | None:
    best, most = None, 0
    named = False  # another law than the Commonwealth's named
    for regime, triggers, pattern in _LAW_WORDS:
        if not any(trigger in text for trigger in triggers):
            continue
        count = len(pattern.findall(text))
        if count and regime is Regime.AU_FOI and not _AU_OWN_RE.search(text) and (named or _STATE_ACT_RE.search(text)):
            continue  # "the FOI Act" of an Irish or a Victorian release
        named = named or (count > 0 and regime is not Regime.AU_FOI)
        if count > most:
            best, most = regime, count
    return best


def regime_named_firmly(text: str) -> Regime | None:
    """The law the text names, unless only by "the FOI Act": that the Commonwealth's Act is so called
    is weaker than a request site or a country's addresses (a WhatDoTheyKnow thread says it too)."""
    named = regime_in_text(text)
    return None if named is Regime.AU_FOI and not _AU_OWN_RE.search(text) else named


_AU_OWN_RE = re.compile(r"Freedom of Information Act 1982(?! \(Vic\))|\(Cth\)")
_STATE_ACT_RE = re.compile(r"\((?:Vic|NSW|Qld|WA|SA|Tas|ACT|NT)\)|Victorian Information Commissioner|\bOVIC\b|"
                           r"Government Information \(Public Access\)|Right to Information Act")


# Where a release came from, when it names no law: the request site that published it, or the agency
# whose own law it answers under. Weaker than a law named, so asked only after the law and the codes.
_SOURCE_WORDS: tuple[tuple[Regime, re.Pattern[str]], ...] = (
    (Regime.UK_FOIA, re.compile(r"WhatDoTheyKnow|whatdotheyknow\.com|\[FOI #\d+ email\]")),  # WDTK's own mask
    (Regime.NZ_OIA, re.compile(r"\bFYI request\b|fyi\.org\.nz")),
    (Regime.AU_FOI, re.compile(r"Australian Information Commissioner|\bOAIC\b|righttoknow\.org\.au")),
    (Regime.US_FOIA, re.compile(r"\bFOIPA\b|Federal Bureau of Investigation|\bFBI\b|Department of (?:Justice|State)\b|"
                                r"\bFOIA\b(?! 2000)|"
                                # EPA's own stamp: "Ex. 5 - Deliberative", "Ex. 6 - Personal Privacy"
                                r"\bEx\. [1-9] [-–] (?:Deliberative|Personal Privacy|Privileged|Confidential "
                                r"Business)")),
)

# A literal every match of each source's pattern holds, in order: substring tests rule most texts out
# before the scans (the US pattern's words open with \b, which no scan skips ahead to).
_SOURCE_LITERALS: tuple[tuple[str, ...], ...] = (
    ("WhatDoTheyKnow", "whatdotheyknow.com", "[FOI #"),
    ("FYI request", "fyi.org.nz"),
    ("Australian Information Commissioner", "OAIC", "righttoknow.org.au"),
    ("FOIPA", "Federal Bureau of Investigation", "FBI", "Department of ", "FOIA", "Ex. "),
)


@lru_cache(maxsize=8)  # as regime_in_text: the same text is asked several times in one parse
def regime_by_source(text: str) -> Regime | None:
    """The law a release's source implies (its request site, the FBI), or None."""
    return next((regime for (regime, pattern), words in zip(_SOURCE_WORDS, _SOURCE_LITERALS, strict=True)
                 if any(word in text for word in words) and pattern.search(text)), None)
