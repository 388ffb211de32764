"""The Withheld list's rows and filters, and a redaction's copy with its ground: pure tables."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from critmin_tui.corpus import Document, RedactionKind
from critmin_tui.corpus.model import Regime
from critmin_tui.corpus.parser import parse_text
from critmin_tui.corpus.withheld import Filters, Withheld, choices, cycle, withheld
from critmin_tui.reader.copying import cited_redaction

RELEASE = ("Ministry of Business, Innovation and Employment\n\n"
           "Thank you for your request under the Official Information Act 1982.\n\n"
           "The US side raised price floors. Withheld under section 6(a)\n\n"
           "Contact: Jane Smith s9(2)(a) and \x1b[31mmore\x1b[0m text after it.\n")


@pytest.fixture(scope="module")
def release() -> Document:
    return parse_text("release.txt", RELEASE)


def test_rows_carry_where_law_agency_and_a_safe_context(release: Document) -> None:
    stated = replace(release, agency="MBIE", regime=Regime.NZ_OIA)
    rows = withheld(3, stated)
    assert [(r.doc, r.section, r.law, r.agency) for r in rows] == [(3, "s6(a)", "OIA (NZ)", "MBIE"),
                                                                    (3, "s9(2)(a)", "OIA (NZ)", "MBIE")]
    assert rows[1].ground.startswith("protect the privacy")
    assert rows[1].paragraph == stated.redactions[1].block + 1 > rows[0].paragraph
    assert "Jane Smith" in rows[1].context and "\x1b" not in rows[1].context and "␛" in rows[1].context


def test_rows_say_when_law_and_agency_are_not_stated(release: Document) -> None:
    unstated = replace(release, regime=None, agency=None,
                       redactions=tuple(replace(r, regime=None) for r in release.redactions))
    row = withheld(0, unstated)[0]
    assert (row.law, row.agency) == ("law not stated", "agency not stated")


@pytest.mark.parametrize(("kind", "sections", "expected"), [
    pytest.param(RedactionKind.REDACTION, (), "unlabelled", id="no section"),
    pytest.param(RedactionKind.MASK, (), "mask", id="a mask"),
    pytest.param(RedactionKind.OUT_OF_SCOPE, (), "out of scope", id="out of scope"),
    pytest.param(RedactionKind.REDACTION, ("s6(a)",), "s6(a)", id="a section"),
])
def test_the_section_shown_where_none_is_cited(release: Document, kind: RedactionKind, sections: tuple[str, ...],
                                                expected: str) -> None:
    changed = replace(release, redactions=(replace(release.redactions[0], kind=kind, sections=sections),))
    assert withheld(0, changed)[0].section == expected


def _row(section: str, law: str = "OIA (NZ)", agency: str = "MBIE") -> Withheld:
    return Withheld(0, 0, 1, "d.txt", None, 1, tuple(section.split(", ")), "g", law, agency, "")


ROWS = [_row("s9(2)(a)"), _row("s9(2)(a), s9(2)(j)", agency="MFAT"), _row("s47F", "FOI Act (Cth)", "DFAT")]


@pytest.mark.parametrize(("filters", "expected"), [
    pytest.param(Filters(), [0, 1, 2], id="no filter"),
    pytest.param(Filters(section="s9(2)(a)"), [0, 1], id="a section, also among several"),
    pytest.param(Filters(section="s9(2)(j)"), [1], id="the second of two sections"),
    pytest.param(Filters(law="FOI Act (Cth)"), [2], id="a law"),
    pytest.param(Filters(agency="MBIE"), [0], id="an agency"),
    pytest.param(Filters(section="s9(2)(a)", agency="DFAT"), [], id="filters together"),
])
def test_filters(filters: Filters, expected: list[int]) -> None:
    assert [i for i, row in enumerate(ROWS) if filters.admits(row)] == expected


def test_choices_are_what_the_rows_hold() -> None:
    assert choices(ROWS) == (["s47F", "s9(2)(a)", "s9(2)(j)"], ["FOI Act (Cth)", "OIA (NZ)"], ["DFAT", "MBIE", "MFAT"])


@pytest.mark.parametrize(("current", "direction", "expected"), [
    pytest.param(None, 1, "a", id="from any to the first"),
    pytest.param("a", 1, "b", id="on"),
    pytest.param("b", 1, None, id="after the last, any"),
    pytest.param(None, -1, "b", id="back from any to the last"),
    pytest.param("gone", 1, "a", id="a value no longer there: as any"),
])
def test_cycle(current: str | None, direction: int, expected: str | None) -> None:
    assert cycle(["a", "b"], current, direction) == expected


@pytest.mark.parametrize(("changes", "redaction", "expected"), [
    pytest.param({"agency": "Ministry X", "regime": Regime.NZ_OIA, "title": "Title", "date": "2024-05-12"},
                 {"page": 3, "block": 3},
                 "[withheld under s9(2)(a), OIA (NZ): protect the privacy of natural persons, including deceased "
                 "people] — Ministry X, “Title”, 12 May 2024, p. 3, ¶4", id="everything stated"),
    pytest.param({"agency": None, "regime": None, "title": "Title", "date": None}, {"block": 0, "regime": None},
                 "[withheld under s9(2)(a), law not stated: protect the privacy of natural persons, including "
                 "deceased people] — “Title”, ¶1", id="law and agency not stated"),
    pytest.param({"agency": None, "regime": None, "title": "Title", "date": None},
                 {"block": 0, "sections": (), "ground": None, "regime": None},
                 "[withheld, no section given (law not stated): ground not given] — “Title”, ¶1", id="unlabelled"),
    pytest.param({"agency": None, "regime": None, "title": "Title", "date": None},
                 {"block": 0, "kind": RedactionKind.OUT_OF_SCOPE, "ground": None},
                 "[out of scope: no ground under any law] — “Title”, ¶1", id="out of scope"),
])
def test_cited_redaction(release: Document, changes: dict[str, Any], redaction: dict[str, Any],
                         expected: str) -> None:
    document = replace(release, **changes)
    privacy = next(r for r in release.redactions if r.sections == ("s9(2)(a)",))
    assert cited_redaction(document, replace(privacy, **redaction)) == expected
    assert cited_redaction(document, replace(privacy, **redaction), False) == expected.split(" — ", maxsplit=1)[0]
