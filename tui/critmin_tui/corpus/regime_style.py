"""The law of a release that names none and cites no code: told from its country's style, an ordered
list of named rules asked last (after the law named, the codes' forms and the source).

A page from the middle of a file has no letterhead and no review-rights paragraph, but its mail
domains (".govt.nz", ".gov.au", ".gov.uk", ".gov"), greetings ("Kia ora", "Ngā mihi") and place
words still tell its country; a New Zealand council's is LGOIMA, a ministry's the OIA. Asked only
of a text already known to be a release (news never reaches it).
"""

from __future__ import annotations

import re

from .agency_table import Country, country_of
from .model import Regime
from .ruler import Ruler

# Each country's words, mail domains left to the first rule.
_WORDS: tuple[tuple[Country, re.Pattern[str]], ...] = (
    (Country.NZ, re.compile(r"\b(?:Kia ora|Ng[āa] mihi|T[ēe]n[āa] koe|Aotearoa|New Zealand|Wellington|Auckland)\b")),
    (Country.AU, re.compile(r"\b(?:Australian?|Commonwealth|Canberra)\b")),
    (Country.UK, re.compile(r"\b(?:United Kingdom|Whitehall|HM Government|London)\b")),
    (Country.US, re.compile(r"\bU\.S\.|\b(?:Washington, D\.?C\.?|United States)\b")),
)
_COUNCIL_RE = re.compile(r"\b(?:District|City|Regional) Council\b|\b(?:Mayor|[Cc]ouncillors?|LGOIMA)\b")
_EIR_RE = re.compile(r"\b(?:Environmental Information|EIR)\b")
_LAW = {Country.AU: Regime.AU_FOI, Country.UK: Regime.UK_FOIA, Country.US: Regime.US_FOIA,
        Country.CA: Regime.CA_ATIA}  # ".gc.ca" is the federal government's: its law is the ATIA


def _law_of(country: Country | None, text: str) -> Regime | None:
    """A country's law for this text: a New Zealand council's is LGOIMA, the UK's EIR for the environment."""
    if country is Country.NZ:
        return Regime.NZ_LGOIMA if _COUNCIL_RE.search(text) else Regime.NZ_OIA
    if country is Country.UK and _EIR_RE.search(text):
        return Regime.UK_EIR
    return _LAW.get(country) if country is not None else None


def mail_domains(text: str) -> Regime | None:
    """The country whose government mail or web domains the text writes most (".govt.nz", ".gov.au",
    ".gov.uk", a ".gov" or ".mil" address), and its law."""
    return _law_of(country_of(None, text), text) if "." in text else None


def country_words(text: str) -> Regime | None:
    """The country whose greetings and place words the text writes most ("Kia ora", "Canberra",
    "Washington, D.C."), when one leads, and its law."""
    counts = sorted(((len(pattern.findall(text)), country) for country, pattern in _WORDS), reverse=True)
    if counts[0][0] == 0 or counts[0][0] == counts[1][0]:
        return None
    return _law_of(counts[0][1], text)


STYLE: Ruler[str, Regime] = Ruler("style", [
    ("mail_domains", mail_domains),
    ("country_words", country_words),
])


def regime_by_style(text: str, words: bool = True) -> Regime | None:
    """The law a release's country implies, or None when its text tells no country; by its mail domains
    alone when ``words`` is False."""
    if not words:
        return mail_domains(text)
    decided = STYLE.decide(text)
    return decided.value if decided is not None else None
