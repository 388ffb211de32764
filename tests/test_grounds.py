"""The grounds withheld across a corpus, by agency and law: pure counting, and the grounds command."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from critmin_tui.cli import main
from critmin_tui.corpus import DocumentKind, DocumentSummary
from critmin_tui.corpus.grounds import GroundCount, agency_name, ground_counts, law_name, plain_ground
from critmin_tui.corpus.model import Regime

RELEASED = Path(__file__).parent / "fixtures" / "released"


def _summary(name: str, agency: str | None, regime: Regime | None, *grounds: tuple[str, int]) -> DocumentSummary:
    return DocumentSummary(path=name, key=name, kind=DocumentKind.LETTER, title=name, agency=agency, regime=regime,
                           grounds=grounds)


MBIE, MFAT = "MBIE", "MFAT"
OIA = Regime.NZ_OIA


@pytest.mark.parametrize(("summaries", "expected"), [
    pytest.param([], [], id="empty corpus"),
    pytest.param([_summary("a", MBIE, OIA)], [], id="a release with no redactions"),
    pytest.param([_summary("a", MBIE, OIA, ("s9(2)(a)", 2)), _summary("b", MBIE, OIA, ("s9(2)(a)", 3))],
                 [(MBIE, OIA, "s9(2)(a)", 5, 2)], id="one agency's section summed over documents"),
    pytest.param([_summary("a", MBIE, OIA, ("s9(2)(a)", 1)), _summary("b", MFAT, OIA, ("s9(2)(a)", 1))],
                 [(MBIE, OIA, "s9(2)(a)", 1, 1), (MFAT, OIA, "s9(2)(a)", 1, 1)],
                 id="agencies apart, ties by agency"),
    pytest.param([_summary("a", None, None, ("s9(2)(j)", 1), ("unlabelled", 4))],
                 [(None, None, "unlabelled", 4, 1), (None, None, "s9(2)(j)", 1, 1)], id="most cited first"),
    pytest.param([_summary("a", "Home Office", Regime.UK_FOIA, ("s40(2)", 2)),
                  _summary("b", "Home Office", Regime.UK_EIR, ("s40(2)", 1))],
                 [("Home Office", Regime.UK_FOIA, "s40(2)", 2, 1), ("Home Office", Regime.UK_EIR, "s40(2)", 1, 1)],
                 id="laws apart"),
    pytest.param([_summary("a", "IRCC", Regime.CA_ATIA, ("(b)(6)", 2), ("s19(1)", 1))],
                 [("IRCC", Regime.US_FOIA, "(b)(6)", 2, 1), ("IRCC", Regime.CA_ATIA, "s19(1)", 1, 1)],
                 id="a code under the law its form names"),
])
def test_ground_counts(summaries: list[DocumentSummary],
                       expected: list[tuple[str | None, Regime | None, str, int, int]]) -> None:
    assert ground_counts(summaries) == [GroundCount(*row) for row in expected]


@pytest.mark.parametrize(("regime", "section", "expected"), [
    pytest.param(Regime.NZ_OIA, "s9(2)(a)", "protect the privacy of natural persons, including deceased people",
                 id="OIA"),
    pytest.param(None, "s9(2)(j)", "enable the Crown to carry on negotiations without prejudice",
                 id="law not stated: read as the OIA"),
    pytest.param(Regime.NZ_OIA, "unlabelled", None, id="unlabelled"),
    pytest.param(Regime.AU_FOI, "s47F", "unreasonably disclose personal information about any person (personal "
                 "privacy)", id="another law: its own words"),
    pytest.param(Regime.UK_FOIA, "reg13", "personal data of someone other than the applicant",
                 id="an EIR code in a FOIA response: the EIR's words"),
    pytest.param(Regime.SCOT_FOISA, "s38(1)(b)", "personal data of someone other than the applicant", id="FOISA"),
    pytest.param(Regime.IE_FOI, "s37(1)", "personal information about someone other than the requester",
                 id="Ireland's FOI Act"),
    pytest.param(Regime.CA_ATIA, "s19(1)", "personal information", id="Canada's ATIA"),
    pytest.param(Regime.AU_FOI, "s99", None, id="a code its law lacks: no words"),
])
def test_plain_ground(regime: Regime | None, section: str, expected: str | None) -> None:
    assert plain_ground(regime, section) == expected


@pytest.mark.parametrize(("regime", "agency", "law", "name"), [
    pytest.param(Regime.NZ_OIA, MBIE, "OIA (NZ)", MBIE, id="both stated"),
    pytest.param(None, None, "law not stated", "agency not stated", id="neither stated"),
    pytest.param(None, "", "law not stated", "agency not stated", id="empty agency"),
])
def test_names_when_not_stated(regime: Regime | None, agency: str | None, law: str, name: str) -> None:
    assert (law_name(regime), agency_name(agency)) == (law, name)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_grounds_command_counts_what_redactions_lists(capsys: pytest.CaptureFixture[str]) -> None:
    redactions = json.loads(_run(capsys, "redactions", str(RELEASED), "--format", "json", "--no-cache"))
    withheld: Counter[str] = Counter()
    for row in redactions:
        if row["kind"] == "redaction":
            for section in (row["section"] or "unlabelled").split(", "):
                withheld[section] += 1
    grounds = json.loads(_run(capsys, "grounds", str(RELEASED), "--format", "json", "--no-cache"))
    counted: Counter[str] = Counter()
    for row in grounds:  # a section cited by several agencies or laws has a row for each
        counted[row["section"]] += row["count"]
    assert counted == withheld
    assert [row["count"] for row in grounds] == sorted((row["count"] for row in grounds), reverse=True)
    assert {"agency", "law", "law_name", "section", "ground", "count", "documents"} == set(grounds[0])
    assert {"law", "agency"} <= set(redactions[0])


@pytest.mark.parametrize("fmt", ["text", "csv", "markdown"])
def test_grounds_command_formats(capsys: pytest.CaptureFixture[str], fmt: str) -> None:
    out = _run(capsys, "grounds", str(RELEASED), "--format", fmt, "--no-cache")
    assert "s9(2)(j)" in out and "enable the Crown to carry on negotiations" in out
    assert ("agency not stated" in out) == (fmt == "text")
