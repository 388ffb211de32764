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

from .agency_table import Country, at_opening, by_domain, by_name, country_of
from .laws import regime_by_source, regime_in_text
from .model import DocumentKind, Regime
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
# A body's head word may take its field after it: "Federal Bureau of Investigation".
_BODY = (rf"(?:{_CAP} )+(?:Agency|Authority|Commission|Bureau|Administration|Customs Service|Intelligence Service)"
         rf"(?: (?:of|for) (?:the )?{_NAME})?")
_AGENCY_RE = re.compile(rf"(?:The |the )?(?:{_DEPARTMENT}|{_COUNCIL}|{_NAMED}|{_BODY})")
# A department's name starts at its keyword: scanning for it stays linear in a run of capitals.
_SPELLED_RE = re.compile(rf"(?:Department|Ministry|Office)(?: of| for) (?:the )?{_NAME}")
_EMPHASIS_RE = re.compile(r"\*+|(?<!\w)_{1,2}|_{1,2}(?!\w)")
_MINISTER_RE = re.compile(r"(?:Associate |Deputy )?Minister (?:of|for) (?:the )?" + _NAME)
_SIGN_OFF_RE = re.compile(r"(?:Yours (?:sincerely|faithfully)|(?:Kind |Warm |Best )?regards|Ngā mihi(?: nui)?|"
                          r"Nāku noa,? nā|Nāku iti noa,? nā|Sincerely|Thanks|Thank you|Cheers)[,.]?", re.I)
_HEADING_RE = re.compile(r"(?:Dear|Tēnā|Tena|Kia ora|Purpose|Proposal|Subject|Re:|RE:|From:|To:)\b")
_ACRONYM_RE = re.compile(r"\b[A-Z]{3,6}\b")
# An agency's name defined as its short form: "... Council (the Council)", "... (the Ministry)".
_DEFINED_RE = re.compile(r"\((?:the |'|\"|“)*(Council|Ministry|Department|Agency|Authority|Commission|Office)"
                         r"['\"”]?\)", re.I)
# A proactive release's coversheet says whose release it is: "redacted in accordance with MBIE's
# policy on Proactive Release", "proactively released by the Ministry for the Environment".
_RELEASED_BY_RE = re.compile(
    rf"(?i:in accordance with|under) (?:the )?(?P<owner>{_NAME})['’]s? (?i:policy on proactive release|"
    rf"proactive release policy)|(?i:proactively released by) (?:the )?(?P<by>{_NAME})")
_LINKS = frozenset(("of", "for", "and", "the", "&"))


@dataclass
class AgencyState:
    """A released document's text and kind, and its lines (worked out on first use)."""

    text: str
    kind: DocumentKind
    regime: Regime | None = None  # the law the release was found to be under, when known

    @lazy
    def lines(self) -> tuple[str, ...]:
        """The stripped non-blank lines, white space collapsed."""
        return tuple(" ".join(line.split()) for line in self.text.splitlines() if line.strip())

    @lazy
    def country(self) -> Country | None:
        """The country of the law the text names or its source implies, else of its mail domains."""
        return country_of(self.regime or regime_in_text(self.text) or regime_by_source(self.text), self.text)

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
    # A markdown copy keeps its emphasis: "****Federal Bureau** of Investigation**" is the Bureau.
    line = _EMPHASIS_RE.sub("", line).strip(" .;:|")
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
    name = re.sub(r"['’]s?$", "", name.rstrip(" ,"))  # "the Department of Home Affairs’ decision"
    bare = name[4:] if name.startswith(("the ", "The ")) else name
    return "The Treasury" if bare == "Treasury" else bare


def release_statement(state: AgencyState) -> str | None:
    """"redacted in accordance with MBIE's policy on Proactive Release", "proactively released by the
    Ministry for the Environment": the coversheet names the agency whose release it is."""
    if "roactive" not in state.text[:SPELLED_OUT_CHARS]:
        return None
    match = _RELEASED_BY_RE.search(state.text, 0, SPELLED_OUT_CHARS)
    if match is None:
        return None
    name = match.group("owner") or match.group("by")
    known = by_name(name, state.country or Country.NZ)  # proactive release is a New Zealand practice
    return known.name if known is not None else agency_in(name)


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


def opening_name(state: AgencyState) -> str | None:
    """A known agency's full name at the very start of the text, its letterhead run into one line with
    the address ("United States Department of State Washington, D.C. 20520")."""
    found = at_opening(state.text, state.country)
    return found.name if found else None


def defined_as(state: AgencyState) -> str | None:
    """"Wellington City Council (the Council)", "the Ministry of Health (the Ministry)": a letter names its
    own agency once in full and then as "the Council" (the name is the shortest agency just before)."""
    head = " ".join(state.text[:SPELLED_OUT_CHARS].split())
    for match in _DEFINED_RE.finditer(head):
        before = head[max(0, match.start() - _MAX_NAME):match.start()].rstrip()
        starts = [0, *(m.end() for m in re.finditer(r"\s", before))]
        found = next((agency_in(before[i:]) for i in reversed(starts) if agency_in(before[i:])), None)
        if found and match.group(1).lower() in found.lower():
            return found
    return None


def mail_domain(state: AgencyState) -> str | None:
    """The agency whose mail domain the text writes most ("jo.bloggs@mbie.govt.nz", "@nps.gov"): an email
    chain's own staff write from it (corpus/agency_table.py)."""
    if "@" not in state.text and "www." not in state.text:
        return None
    found = by_domain(state.text)
    return found.name if found else None


def named_most(state: AgencyState) -> str | None:
    """The agency of the release's country the text names most, by its name or an alias: a page from
    the middle of a file, with no letterhead or sign-off, still names who holds it."""
    found = by_name(state.text, state.country)
    return found.name if found else None


AGENCY: Ruler[AgencyState, str] = Ruler("agency", [
    ("release_statement", release_statement),
    ("ministers_office", ministers_office),
    ("letterhead", letterhead),
    ("acronym", acronym),
    ("signature", signature),
    ("opening_name", opening_name),
    ("defined_as", defined_as),
    ("mail_domain", mail_domain),
    ("named_most", named_most),
])


def find_agency(text: str, kind: DocumentKind, regime: Regime | None = None) -> str | None:
    """The releasing agency named in a released document's text (``regime`` its law, when known); None
    for an article or when unsure."""
    if kind is DocumentKind.ARTICLE:
        return None
    decided = AGENCY.decide(AgencyState(text, kind, regime))
    return decided.value if decided is not None else None
