"""The agency that released a document, as its text names it, by an ordered list of named rules.

Looked for where a release names its sender: the letterhead (the lines before the salutation or
the first heading), a minister's office ("Office of the Minister for Resources"), and the block
under a sign-off ("Yours sincerely", "Ngā mihi"). Only a line that is an agency's name (or a
title ending in one: "Manager, Ministry of Business, Innovation and Employment") counts: a name in
running prose may be anyone's. An acronym ("MBIE") counts only when the text also spells it out,
and the full name is given. None for an article, and when unsure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import DocumentKind
from .ruler import Ruler, lazy

LETTERHEAD_LINES = 12
SIGNATURE_LINES = 6
SPELLED_OUT_CHARS = 20_000  # where an acronym's full name is looked for: a letter's first pages
_MAX_NAME = 90

_CAP = r"[A-ZĀĒĪŌŪ][\w'’.-]*"
_NAME = rf"{_CAP}(?:,? (?:(?:and|of|for|the|&) )*{_CAP})*"
_DEPARTMENT = (rf"(?:(?:U\.S\.|US|United States|Australian|New Zealand|NZ|UK|HM|Federal) )?"
               rf"(?:Department|Ministry|Office|Dept\.)(?: of| for) (?:the )?{_NAME}")
_COUNCIL = rf"{_CAP}(?: {_CAP})* (?:City|District|Regional|County|Borough|Shire|Municipal|Unitary) Council"
_NAMED = ("New Zealand Police|NZ Police|The Treasury|Treasury|Inland Revenue|Cabinet Office|Home Office|Crown Law|"
          "Crown Law Office|Te Puni Kōkiri|Kāinga Ora|Waka Kotahi|Manatū Taonga|Parliamentary Counsel Office|"
          "Te Arawhiti|Te Whatu Ora|Health New Zealand|Statistics New Zealand|Stats NZ|Land Information New Zealand|"
          "Toitū Te Whenua|Fire and Emergency New Zealand|Foreign, Commonwealth (?:&|and) Development Office")
_BODY = rf"(?:{_CAP} )+(?:Agency|Authority|Commission|Bureau|Administration|Customs Service|Intelligence Service)"
_AGENCY_RE = re.compile(rf"(?:The |the )?(?:{_DEPARTMENT}|{_COUNCIL}|{_NAMED}|{_BODY})")
# A department's name starts at its keyword: scanning for it stays linear in a run of capitals.
_SPELLED_RE = re.compile(rf"(?:Department|Ministry|Office)(?: of| for) (?:the )?{_NAME}")
_MINISTER_RE = re.compile(r"(?:Associate |Deputy )?Minister (?:of|for) (?:the )?" + _NAME)
_SIGN_OFF_RE = re.compile(r"(?:Yours (?:sincerely|faithfully)|(?:Kind |Warm |Best )?regards|Ngā mihi(?: nui)?|"
                          r"Nāku noa,? nā|Nāku iti noa,? nā|Sincerely|Thanks|Thank you|Cheers)[,.]?", re.I)
_HEADING_RE = re.compile(r"(?:Dear|Tēnā|Tena|Kia ora|Purpose|Proposal|Subject|Re:|RE:|From:|To:)\b")
_ACRONYM_RE = re.compile(r"\b[A-Z]{3,6}\b")
_LINKS = frozenset(("of", "for", "and", "the", "&"))


@dataclass
class AgencyState:
    """A released document's text and kind, and its lines (worked out on first use)."""

    text: str
    kind: DocumentKind

    @lazy
    def lines(self) -> tuple[str, ...]:
        """The stripped non-blank lines, white space collapsed."""
        return tuple(" ".join(line.split()) for line in self.text.splitlines() if line.strip())

    @lazy
    def letterhead(self) -> tuple[str, ...]:
        """The first lines, up to the salutation or the first heading."""
        head: list[str] = []
        for line in self.lines[:LETTERHEAD_LINES]:
            if _HEADING_RE.match(line):
                break
            head.append(line)
        return tuple(head)


def agency_in(line: str) -> str | None:
    """The agency a line names: the whole line, or the end of a title ("Manager, Ministry of X")."""
    line = line.strip(" .;:|")
    if len(line) > _MAX_NAME:
        return None
    if line.isupper():  # a letterhead in capitals: "MINISTRY OF FOREIGN AFFAIRS AND TRADE"
        line = " ".join(w.lower() if w.lower() in _LINKS else w.capitalize() for w in line.split())
    for start in (0, *(m.end() for m in re.finditer(r"[,|–—]\s*", line))):
        match = _AGENCY_RE.fullmatch(line, start)
        if match:
            return _tidy(match.group())
    return None


def _tidy(name: str) -> str:
    """A name as a reader expects it: no leading "the" ("the Ministry of X" → "Ministry of X"), but
    "The Treasury" (its name); no trailing comma."""
    name = name.rstrip(" ,")
    bare = name[4:] if name.startswith(("the ", "The ")) else name
    return "The Treasury" if bare == "Treasury" else bare


def ministers_office(state: AgencyState) -> str | None:
    """"Office of the Minister for Resources" heading a Cabinet paper or letter: the minister's
    office, as written (a letterhead of "Hon Shane Jones / Minister for Resources" too)."""
    for line in state.letterhead:
        if line.startswith("Office of the ") and ("Minister" in line) and _AGENCY_RE.fullmatch(line):
            return line
        # A letter or paper headed by a minister is theirs; a briefing names the minister it is for.
        if _MINISTER_RE.fullmatch(line) and state.kind in (DocumentKind.LETTER, DocumentKind.CABINET_PAPER):
            return f"Office of the {line}"
    return None


def letterhead(state: AgencyState) -> str | None:
    """The first line of the letterhead that is an agency's name ("Ministry of Foreign Affairs and Trade")."""
    return next((found for found in map(agency_in, state.letterhead) if found), None)


def signature(state: AgencyState) -> str | None:
    """An agency named in the lines under the first sign-off ("Yours sincerely", then a name, a
    title and "Ministry of X"); a minister signing speaks for their office."""
    lines = state.lines
    for index, line in enumerate(lines):
        if _SIGN_OFF_RE.fullmatch(line):
            block = lines[index + 1:index + 1 + SIGNATURE_LINES]
            for candidate in block:
                found = agency_in(candidate)
                if found:
                    return found
            minister = next((c for c in block if _MINISTER_RE.fullmatch(c)), None)
            if minister and state.kind is DocumentKind.LETTER:
                return f"Office of the {minister}"
    return None


def acronym(state: AgencyState) -> str | None:
    """An acronym standing as a letterhead line ("MBIE"), given only when the text spells it out
    ("Ministry of Business, Innovation and Employment"): the full name."""
    for line in state.letterhead:
        if _ACRONYM_RE.fullmatch(line):
            found = spelled_out(line, state.text)
            if found:
                return found
    return None


def spelled_out(acronym: str, text: str) -> str | None:
    """The agency name in the text whose initials are the acronym ("MBIE": "Ministry of Business,
    Innovation and Employment"), or None."""
    for match in _SPELLED_RE.finditer(text[:SPELLED_OUT_CHARS]):
        name = _tidy(match.group())
        words = [w for w in re.split(r"[\s,]+", name) if w and w.lower() not in _LINKS]
        if "".join(w[0] for w in words).upper() == acronym:
            return name
    return None


AGENCY: Ruler[AgencyState, str] = Ruler("agency", [
    ("ministers_office", ministers_office),
    ("letterhead", letterhead),
    ("acronym", acronym),
    ("signature", signature),
])


def find_agency(text: str, kind: DocumentKind) -> str | None:
    """The releasing agency named in a released document's text; None for an article or when unsure."""
    if kind is DocumentKind.ARTICLE:
        return None
    decided = AGENCY.decide(AgencyState(text, kind))
    return decided.value if decided is not None else None
