"""The releasing agency: which lines name one, each rule's table of cases, and the fixtures' gold."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import yaml

from critmin_tui.corpus.agency import (
    AGENCY,
    AgencyState,
    acronym,
    agency_in,
    defined_as,
    find_agency,
    letterhead,
    mail_domain,
    ministers_office,
    named_most,
    opening_name,
    release_statement,
    signature,
)
from critmin_tui.corpus.model import DocumentKind, Regime
from critmin_tui.corpus.parser import parse_text

from .conftest import FIXTURES, SEEDS

RELEASED = FIXTURES / "released"

LINES = [
    ("department", "Department of the Prime Minister and Cabinet", "Department of the Prime Minister and Cabinet"),
    ("ministry-commas", "Ministry of Business, Innovation and Employment",
     "Ministry of Business, Innovation and Employment"),
    ("police", "New Zealand Police", "New Zealand Police"),
    ("council", "Wellington City Council", "Wellington City Council"),
    ("home-affairs", "Department of Home Affairs", "Department of Home Affairs"),
    ("cabinet-office", "Cabinet Office", "Cabinet Office"),
    ("us-state", "U.S. Department of State", "U.S. Department of State"),
    ("treasury", "the Treasury", "The Treasury"),
    ("title-then-agency", "Deputy Chief Executive, Ministry for Primary Industries", "Ministry for Primary Industries"),
    ("piped", "Policy Adviser | Ministry of Foreign Affairs and Trade", "Ministry of Foreign Affairs and Trade"),
    ("authority", "Environmental Protection Authority", "Environmental Protection Authority"),
    ("capitals", "MINISTRY OF FOREIGN AFFAIRS AND TRADE", "Ministry of Foreign Affairs and Trade"),
    ("markdown-emphasis", "****Federal Bureau** of Investigation**", "Federal Bureau of Investigation"),
    ("markdown-underscores", "__Ministry of Health__", "Ministry of Health"),
    ("branch-is-not", "Trade Policy Branch", None),
    ("prose-is-not", "The Ministry of Health said it would respond next week", None),
    ("address-is-not", "15 Stout Street, Wellington", None),
    ("acronym-is-not", "MBIE", None),
]


@pytest.mark.parametrize(("line", "want"), [(line, want) for _, line, want in LINES], ids=[i for i, _, _ in LINES])
def test_agency_in(line: str, want: str | None) -> None:
    assert agency_in(line) == want


Rule = Callable[[AgencyState], str | None]
L = DocumentKind.LETTER
M = DocumentKind.MINUTE
RULES: list[tuple[str, Rule, str, DocumentKind, str | None]] = [
    ("release-policy-owner", release_statement, "COVERSHEET\n\nAny information redacted is redacted in accordance "
     "with MBIE's policy on Proactive Release.", M, "Ministry of Business, Innovation and Employment"),
    ("proactively-released-by", release_statement, "This paper has been proactively released by the Ministry for "
     "the Environment.", DocumentKind.CABINET_PAPER, "Ministry for the Environment"),
    ("release-policy-unknown-owner-is-not", release_statement, "Redacted in accordance with the Board's policy on "
     "proactive release.", M, None),
    ("office-heading", ministers_office, "Office of the Minister for Resources\nChair, Cabinet Committee",
     DocumentKind.CABINET_PAPER, "Office of the Minister for Resources"),
    ("minister-letterhead", ministers_office, "Hon Jo Smith\nMinister of Conservation\n\nDear Sam", L,
     "Office of the Minister of Conservation"),
    ("briefing-for-a-minister", ministers_office, "Minerals update\nMinister for Resources\n\nPurpose",
     DocumentKind.BRIEFING, None),
    ("office-after-salutation", ministers_office, "Dear Sam\nOffice of the Minister for Resources", L, None),
    ("letterhead-first-agency", letterhead, "Ministry of Foreign Affairs and Trade\nManatū Aorere\n\nDear X", L,
     "Ministry of Foreign Affairs and Trade"),
    ("letterhead-none", letterhead, "15 Stout Street\nWellington\n\nDear X\n\nThe Ministry of Health said", L, None),
    ("acronym-spelled-out", acronym, "MBIE\n\nDear X\n\nYou asked the Ministry of Business, Innovation and "
     "Employment for reports.", L, "Ministry of Business, Innovation and Employment"),
    ("acronym-alone", acronym, "MBIE\n\nDear X\n\nYou asked us for reports.", L, None),
    ("signature-block", signature, "Dear X\n\nText.\n\nYours sincerely\n\nJo Bloggs\nManager\nThe Treasury", L,
     "The Treasury"),
    ("signature-minister", signature, "Dear X\n\nText.\n\nYours sincerely\n\nHon Jo Bloggs\nMinister for Trade", L,
     "Office of the Minister for Trade"),
    ("signature-no-agency", signature, "Hi\n\nKind regards\nJo\nSenior Adviser", DocumentKind.EMAIL, None),
    ("opening-run-on-letterhead", opening_name, "United States Department of State Washington, D.C. 20520 May 1", L,
     "Department of State"),
    ("opening-in-capitals", opening_name, "NEW ZEALAND POLICE Te Pirihimana\n3 May 2019\nDear Sam", L,
     "New Zealand Police"),
    ("opening-name-far-in-is-not", opening_name, "Dear Sam\n" + "Thank you. " * 20 + "Department of State", L, None),
    ("defined-as-the-council", defined_as, "your email to Te Kaunihera | Wellington City\nCouncil (the Council) "
     "asking", L, "Wellington City Council"),
    ("defined-as-the-ministry", defined_as, "You wrote to the Ministry of Health (the Ministry) on 1 May", L,
     "Ministry of Health"),
    ("defined-as-another-word-is-not", defined_as, "the Ministry of Health (the Act) on 1 May", L, None),
    ("mail-domain-of-staff", mail_domain, "From: Jo <jo.b@mbie.govt.nz>\nTo: Al <al@gmail.com>\nCc: <k@mbie.govt.nz>",
     DocumentKind.EMAIL, "Ministry of Business, Innovation and Employment"),
    ("mail-subdomain", mail_domain, "From: kim@ios.doi.gov", DocumentKind.EMAIL, "Department of the Interior"),
    ("mail-unknown-domain", mail_domain, "From: kim@example.org", DocumentKind.EMAIL, None),
    ("named-most-child-beats-parent", named_most, "Department of Justice\nFederal Bureau of Investigation\n"
     "the Department of Justice said", DocumentKind.RELEASE, "Federal Bureau of Investigation"),
    ("named-most-production-stamp", named_most, "To: CDC staff; CDC lead\nriseNIH-001621 (b)(6)",
     DocumentKind.RELEASE, "National Institutes of Health"),
    ("named-acronym-without-country-is-not", named_most, "The EPA and DIA met.", DocumentKind.RELEASE, None),
]


@pytest.mark.parametrize(("rule", "text", "kind", "want"), [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_rule(rule: Rule, text: str, kind: DocumentKind, want: str | None) -> None:
    regime = Regime.US_FOIA if "NIH-" in text else None  # a production stamp's acronym needs its country
    assert rule(AgencyState(text, kind, regime)) == want


def test_every_rule_has_a_case() -> None:
    assert {name.split(".", 1)[1] for name in AGENCY.names} == {r[1].__name__ for r in RULES}


def test_a_proactively_released_minute_names_its_agency() -> None:
    path = SEEDS / "002_c37cd235cf9fab20.txt"
    document = parse_text(str(path), path.read_text(encoding="utf-8"))
    assert (document.kind, document.agency) == (M, "Ministry of Business, Innovation and Employment")


def test_an_article_has_no_agency() -> None:
    assert find_agency("Ministry of Justice\n\nDear X", DocumentKind.ARTICLE) is None


GOLD = {"r01_cabinet_paper": "Office of the Minister for Resources",
        "r02_oia_response": "Ministry of Business, Innovation and Employment", "r03_schedule": None,
        "r04_pdf_extract": None, "r05_briefing": None, "r06_mfat_response": "Ministry of Foreign Affairs and Trade",
        "r07_cabinet_paper_extract": "Office of the Minister for Resources", "r08_briefing_scope": None}
GOLD.update({p.name.removesuffix(".gold.yaml"): yaml.safe_load(p.read_text(encoding="utf-8"))["document"]["agency"]
             for p in RELEASED.glob("k*.gold.yaml")})


@pytest.mark.parametrize(("name", "want"), sorted(GOLD.items()), ids=sorted(GOLD))
def test_fixture_agency(name: str, want: str | None) -> None:
    path = RELEASED / f"{name}.txt"
    assert parse_text(str(path), path.read_text(encoding="utf-8")).agency == want
