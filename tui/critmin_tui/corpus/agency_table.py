"""The main government agencies of New Zealand, Australia, the United Kingdom, the United States and
Canada: each one's name as a reader expects it, the other names and acronyms a release writes for it,
its mail domains, and the agency it belongs to (the FBI to the Department of Justice).

Written for this reader from each agency's own public name and web address; a body that hears
complaints about every agency (an ombudsman, an information commissioner) is left out, since every
refusal letter names it in its review-rights paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from enum import StrEnum
from typing import NamedTuple

from .model import Regime
from .speech_verbs import trie_pattern


class Country(StrEnum):
    """The countries the table covers."""

    NZ = "nz"
    AU = "au"
    UK = "uk"
    US = "us"
    CA = "ca"


class Agency(NamedTuple):
    """One agency: its name, country, other names (acronyms last), mail domains and parent agency."""

    name: str
    country: Country
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    parent: str | None = None


_NZ, _AU, _UK, _US, _CA = Country.NZ, Country.AU, Country.UK, Country.US, Country.CA

AGENCIES: tuple[Agency, ...] = (
    # New Zealand: departments, Crown entities and the councils seen most in released correspondence.
    Agency("Ministry of Business, Innovation and Employment", _NZ, ("MBIE",), ("mbie.govt.nz",)),
    Agency("Ministry of Social Development", _NZ, ("MSD",), ("msd.govt.nz",)),
    Agency("Department of Internal Affairs", _NZ, ("DIA", "Te Tari Taiwhenua"), ("dia.govt.nz",)),
    Agency("Department of Conservation", _NZ, ("Te Papa Atawhai",), ("doc.govt.nz",)),
    Agency("Department of the Prime Minister and Cabinet", _NZ, ("DPMC",), ("dpmc.govt.nz",)),
    Agency("The Treasury", _NZ, ("Te Tai Ōhanga", "Treasury"), ("treasury.govt.nz",)),
    Agency("Ministry of Health", _NZ, ("Manatū Hauora",), ("health.govt.nz",)),
    Agency("Health New Zealand", _NZ, ("Te Whatu Ora",), ("tewhatuora.govt.nz", "health.nz")),
    Agency("Ministry of Education", _NZ, ("Te Tāhuhu o te Mātauranga",), ("education.govt.nz",)),
    Agency("Ministry for the Environment", _NZ, ("Manatū Mō Te Taiao", "MfE"), ("mfe.govt.nz",)),
    Agency("Ministry of Foreign Affairs and Trade", _NZ, ("MFAT",), ("mfat.govt.nz",)),
    Agency("Ministry for Primary Industries", _NZ, ("MPI",), ("mpi.govt.nz",)),
    Agency("Ministry of Transport", _NZ, ("Te Manatū Waka",), ("transport.govt.nz",)),
    Agency("Waka Kotahi NZ Transport Agency", _NZ, ("NZ Transport Agency", "Waka Kotahi", "NZTA"), ("nzta.govt.nz",)),
    Agency("New Zealand Police", _NZ, ("NZ Police",), ("police.govt.nz",)),
    Agency("New Zealand Defence Force", _NZ, ("NZDF",), ("nzdf.mil.nz",)),
    Agency("Department of Corrections", _NZ, ("Ara Poutama",), ("corrections.govt.nz",)),
    Agency("Stats NZ", _NZ, ("Statistics New Zealand", "Tatauranga Aotearoa"), ("stats.govt.nz",)),
    Agency("Inland Revenue", _NZ, ("Te Tari Taake",), ("ird.govt.nz",)),
    Agency("Kāinga Ora", _NZ, ("Kainga Ora",), ("kaingaora.govt.nz",)),
    Agency("Environmental Protection Authority", _NZ, ("Te Mana Rauhī Taiao",), ("epa.govt.nz",)),
    Agency("Oranga Tamariki", _NZ, (), ("ot.govt.nz",)),
    Agency("Ministry of Housing and Urban Development", _NZ, ("Te Tūāpapa Kura Kāinga",), ("hud.govt.nz",)),
    Agency("Land Information New Zealand", _NZ, ("LINZ",), ("linz.govt.nz",)),
    Agency("Te Puni Kōkiri", _NZ, (), ("tpk.govt.nz",)),
    Agency("Canterbury District Health Board", _NZ, ("CDHB",), ("cdhb.health.nz",)),
    Agency("Auckland Transport", _NZ, (), ("at.govt.nz",)),
    Agency("Auckland Council", _NZ, (), ("aucklandcouncil.govt.nz",)),
    Agency("Wellington City Council", _NZ, (), ("wcc.govt.nz",)),
    Agency("Christchurch City Council", _NZ, (), ("ccc.govt.nz",)),
    Agency("Kāpiti Coast District Council", _NZ, ("Kapiti Coast District Council",), ("kapiticoast.govt.nz",)),
    Agency("Otago Regional Council", _NZ, (), ("orc.govt.nz",)),
    Agency("Queenstown Lakes District Council", _NZ, (), ("qldc.govt.nz",)),
    Agency("Tauranga City Council", _NZ, (), ("tauranga.govt.nz",)),
    # Australia.
    Agency("Department of Home Affairs", _AU, (), ("homeaffairs.gov.au",)),
    Agency("Department of the Prime Minister and Cabinet", _AU, ("PM&C",), ("pmc.gov.au",)),
    Agency("Department of Health and Aged Care", _AU, ("Department of Health",), ("health.gov.au",)),
    Agency("Attorney-General's Department", _AU, (), ("ag.gov.au",)),
    Agency("Department of Social Services", _AU, (), ("dss.gov.au",)),
    Agency("Department of Defence", _AU, (), ("defence.gov.au",)),
    Agency("Department of Education", _AU, (), ("education.gov.au",)),
    Agency("Department of Finance", _AU, (), ("finance.gov.au",)),
    Agency("The Treasury", _AU, ("Treasury",), ("treasury.gov.au",)),
    Agency("Services Australia", _AU, (), ("servicesaustralia.gov.au",)),
    Agency("Department of Agriculture, Fisheries and Forestry", _AU,
           ("Department of Agriculture Fisheries & Forestry", "DAFF"), ("agriculture.gov.au",)),
    Agency("Department of Foreign Affairs and Trade", _AU, ("DFAT",), ("dfat.gov.au",)),
    Agency("National Anti-Corruption Commission", _AU, ("NACC",), ("nacc.gov.au",)),
    Agency("Australian Federal Police", _AU, ("AFP",), ("afp.gov.au",)),
    # The United Kingdom.
    Agency("Cabinet Office", _UK, (), ("cabinetoffice.gov.uk", "cabinet-office.x.gsi.gov.uk")),
    Agency("Home Office", _UK, (), ("homeoffice.gov.uk",)),
    Agency("Department for Transport", _UK, ("DfT",), ("dft.gov.uk",)),
    Agency("Department for Exiting the European Union", _UK, ("DExEU",), ("dexeu.gov.uk",)),
    Agency("HM Treasury", _UK, (), ("hmtreasury.gov.uk",)),
    Agency("Ministry of Defence", _UK, (), ("mod.gov.uk",)),
    Agency("Department of Health and Social Care", _UK, ("DHSC",), ("dhsc.gov.uk",)),
    Agency("Department for Education", _UK, ("DfE",), ("education.gov.uk",)),
    Agency("Foreign, Commonwealth & Development Office", _UK, ("FCDO",), ("fcdo.gov.uk",)),
    Agency("Office for National Statistics", _UK, ("ONS",), ("ons.gov.uk",)),
    Agency("The National Archives", _UK, (), ("nationalarchives.gov.uk",)),
    Agency("Southwark Council", _UK, (), ("southwark.gov.uk",)),
    Agency("Leeds City Council", _UK, (), ("leeds.gov.uk",)),
    Agency("Wokingham Borough Council", _UK, (), ("wokingham.gov.uk",)),
    Agency("Dover District Council", _UK, (), ("dover.gov.uk",)),
    # The United States.
    Agency("Department of Justice", _US, ("DOJ",), ("usdoj.gov", "justice.gov")),
    Agency("Federal Bureau of Investigation", _US, ("FBI",), ("fbi.gov", "ic.fbi.gov"), "Department of Justice"),
    Agency("Federal Bureau of Prisons", _US, ("Bureau of Prisons", "BOP"), ("bop.gov",), "Department of Justice"),
    Agency("Department of State", _US, (), ("state.gov",)),
    Agency("Department of the Interior", _US, ("DOI",), ("doi.gov", "ios.doi.gov")),
    Agency("National Park Service", _US, ("NPS",), ("nps.gov",), "Department of the Interior"),
    Agency("Environmental Protection Agency", _US, ("EPA",), ("epa.gov",)),
    Agency("Department of Health and Human Services", _US, ("HHS",), ("hhs.gov",)),
    Agency("National Institutes of Health", _US, ("NIH",), ("nih.gov",), "Department of Health and Human Services"),
    Agency("Centers for Disease Control and Prevention", _US, ("CDC",), ("cdc.gov",),
           "Department of Health and Human Services"),
    Agency("Nuclear Regulatory Commission", _US, ("NRC",), ("nrc.gov",)),
    Agency("Federal Trade Commission", _US, ("FTC",), ("ftc.gov",)),
    Agency("Department of Defense", _US, ("DoD",), ("defense.gov", "mail.mil")),
    Agency("Department of Homeland Security", _US, ("DHS",), ("dhs.gov",)),
    Agency("U.S. Immigration and Customs Enforcement", _US, ("Immigration and Customs Enforcement",),
           ("ice.dhs.gov",), "Department of Homeland Security"),
    Agency("Department of Energy", _US, ("DOE",), ("energy.gov",)),
    Agency("Central Intelligence Agency", _US, ("CIA",), ("cia.gov", "ucia.gov")),
    # Canada.
    Agency("Privy Council Office", _CA, (), ("pco-bcp.gc.ca",)),
    Agency("Global Affairs Canada", _CA, (), ("international.gc.ca",)),
    Agency("Health Canada", _CA, (), ("hc-sc.gc.ca",)),
    Agency("Royal Canadian Mounted Police", _CA, ("RCMP",), ("rcmp-grc.gc.ca",)),
    Agency("Immigration, Refugees and Citizenship Canada", _CA, ("IRCC",), ("cic.gc.ca",)),
    Agency("Environment and Climate Change Canada", _CA, (), ("ec.gc.ca",)),
)

BY_DOMAIN: dict[str, Agency] = {domain: agency for agency in AGENCIES for domain in agency.domains}

# Each name and alias as a word; the longest first, so "Department of Health and Aged Care" wins over
# "Department of Health". Acronyms are matched in capitals only. As a trie (shared prefixes factored out):
# a flat list of two hundred names is tried name by name at every character; the trie finds the same
# matches (the longest name there that ends a word) five times faster.
_NAMES: dict[str, list[Agency]] = {}
for _agency in AGENCIES:
    for _written in (_agency.name, *_agency.aliases):
        _NAMES.setdefault(_written, []).append(_agency)
_NAME_RE = re.compile(r"(?:" + trie_pattern(sorted(_NAMES), after_first=r"(?<![\w&].)") + r")(?![\w&])")
# The full names alone, in any case: a letterhead in capitals ("NEW ZEALAND POLICE") opens a text.
_FULL_NAME_RE = re.compile(r"(?<![\w&])(?:" + "|".join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True)
                                                       if not n.isupper()) + r")(?![\w&])", re.I)
_OPENING = 120
# A page's production stamp after an acronym ("NIH-001620", "DOJ-OGR-00024287") names who released it.
_STAMP_RE = re.compile(r"([A-Z]{2,5})-(?:[A-Z]{2,5}-)?\d{5,}")
# A mention weighs two; one in passing ("the Treasury's view"), which may be any agency's, one; a stamp six.
_MENTION, _PASSING, _STAMP_WEIGHT = 2, 1, 6
MIN_WEIGHT = 2
_POSSESSIVE_RE = re.compile(r"['’]s\b")  # how far into a text its letterhead may run, OCR and page furniture before it
_DOMAIN_RE = re.compile(r"(?:@|\bwww\.|://)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
_BY_REGIME = {Regime.NZ_OIA: Country.NZ, Regime.NZ_LGOIMA: Country.NZ, Regime.AU_FOI: Country.AU,
              Regime.UK_FOIA: Country.UK, Regime.UK_EIR: Country.UK, Regime.US_FOIA: Country.US,
              Regime.SCOT_FOISA: Country.UK, Regime.CA_ATIA: Country.CA, Regime.IE_FOI: None}
_BY_SUFFIX = ((".govt.nz", Country.NZ), (".gov.au", Country.AU), (".gov.uk", Country.UK), (".gc.ca", Country.CA),
              (".gov", Country.US), (".mil", Country.US))


def country_of(regime: Regime | None, text: str) -> Country | None:
    """The country a release's law implies, else the one its government mail domains name most."""
    if regime is not None and _BY_REGIME[regime] is not None:
        return _BY_REGIME[regime]  # (the table has no Irish agencies: an Irish release is told by its domains)
    votes = Counter(next((country for suffix, country in _BY_SUFFIX if domain.lower().endswith(suffix)), None)
                    for domain in _DOMAIN_RE.findall(text))
    votes.pop(None, None)
    return votes.most_common(1)[0][0] if votes else None


def by_domain(text: str) -> Agency | None:
    """The agency whose mail or web domain the text writes most ("@nps.gov", "www.mbie.govt.nz"); a
    subdomain is its agency's ("ios.doi.gov")."""
    found: Counter[Agency] = Counter()
    for domain in _DOMAIN_RE.findall(text):
        parts = domain.lower().split(".")
        agency = next((BY_DOMAIN[".".join(parts[i:])] for i in range(len(parts) - 1)
                       if ".".join(parts[i:]) in BY_DOMAIN), None)
        if agency is not None:
            found[agency] += 1
    return _most_specific(found)


def by_name(text: str, country: Country | None) -> Agency | None:
    """The agency of the country the text names most, by name or alias (an acronym only in a release of
    its country, where "DIA" or "EPA" is not another country's)."""
    found: Counter[Agency] = Counter()
    for match in _NAME_RE.finditer(text):
        written = match.group()
        for agency in _NAMES[written]:
            if country is None and written.isupper():
                continue  # an acronym alone tells no country
            if country is None or agency.country is country:
                found[agency] += _PASSING if _POSSESSIVE_RE.match(text, match.end()) else _MENTION
    for match in _STAMP_RE.finditer(text):  # fused to the word before as often as not: "riseNIH-001621"
        for agency in _NAMES.get(match.group(1), ()):
            if agency.country is country:
                found[agency] += _STAMP_WEIGHT
    best = _most_specific(found)
    return best if best is not None and found[best] >= MIN_WEIGHT else None


def at_opening(text: str, country: Country | None) -> Agency | None:
    """The agency whose full name opens the text ("United States Department of State Washington, D.C.",
    "NEW ZEALAND POLICE"), of the release's country when that is known."""
    for match in _FULL_NAME_RE.finditer(text, 0, _OPENING):
        written = next((name for name in _NAMES if name.lower() == match.group().lower()), None)
        agencies = [a for a in _NAMES.get(written or "", ()) if country is None or a.country is country]
        if agencies:
            return agencies[0]
    return None


def _most_specific(found: Counter[Agency]) -> Agency | None:
    """The most counted agency, earliest in the table on a tie; an agency beats its parent department
    ("Federal Bureau of Investigation" on a Department of Justice letterhead)."""
    if not found:
        return None
    best = max(found, key=lambda agency: found[agency])
    child = next((agency for agency in found if agency.parent == best.name and agency.country is best.country), None)
    return child or best

