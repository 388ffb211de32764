"""The law of a release that names none and cites no code, told from its country's style
(corpus/regime_style.py): each rule's table of cases, and the stage as a whole."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from critmin_tui.corpus.model import Regime
from critmin_tui.corpus.regime_style import STYLE, country_words, mail_domains, regime_by_style

Rule = Callable[[str], Regime | None]
# (id, rule, text, law)
RULES: list[tuple[str, Rule, str, Regime | None]] = [
    ("nz-ministry-mail", mail_domains, "From: Jo <jo@msd.govt.nz>\nTo: Al", Regime.NZ_OIA),
    ("nz-council-mail", mail_domains, "From: Jo <jo@council.govt.nz>\nthe Mayor asked", Regime.NZ_LGOIMA),
    ("au-mail", mail_domains, "Contact foi@agency.gov.au", Regime.AU_FOI),
    ("ca-mail", mail_domains, "Contact atip-aiprp@nrcan-rncan.gc.ca", Regime.CA_ATIA),
    ("uk-mail-environment", mail_domains, "foi@town.gov.uk on Environmental Information", Regime.UK_EIR),
    ("us-web-address", mail_domains, "see https://www.agency.gov/page", Regime.US_FOIA),
    ("us-military-mail", mail_domains, "From: kim@army.mil", Regime.US_FOIA),
    ("private-mail-tells-nothing", mail_domains, "From: kim@example.com", None),
    ("nz-greeting", country_words, "Kia ora Sam\nThanks\nNgā mihi\nJo", Regime.NZ_OIA),
    ("nz-greeting-council", country_words, "Kia ora Sam, the District Council met", Regime.NZ_LGOIMA),
    ("us-capital", country_words, "Washington, D.C. 20520", Regime.US_FOIA),
    ("au-capital", country_words, "meeting in Canberra on Monday", Regime.AU_FOI),
    ("tie-tells-nothing", country_words, "from Canberra to Wellington", None),
    ("no-country-words", country_words, "the meeting went well", None),
]


@pytest.mark.parametrize(("rule", "text", "expected"), [r[1:] for r in RULES], ids=[r[0] for r in RULES])
def test_rule(rule: Rule, text: str, expected: Regime | None) -> None:
    assert rule(text) is expected


def test_every_rule_has_a_case() -> None:
    assert {name.split(".", 1)[1] for name in STYLE.names} == {r[1].__name__ for r in RULES}


def test_mail_domains_come_before_words() -> None:
    assert regime_by_style("Kia ora, from jo@agency.gov.au") is Regime.AU_FOI


def test_words_can_be_left_out() -> None:
    assert regime_by_style("Kia ora Sam", words=False) is None
    assert regime_by_style("Kia ora Sam") is Regime.NZ_OIA
