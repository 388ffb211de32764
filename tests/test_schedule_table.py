"""Where a schedule of documents stands, told from its headings and its short rows (schedule_table)."""

from __future__ import annotations

import pytest

from critmin_tui.corpus.schedule_table import table_spans

STACKED = (
    "Here are the documents in scope of the request.\n"
    "Date\nDocument Type Description/Title\nWithholding grounds\n"
    "3/02/2026\nEmail\nRe: quarry permit\n9(2)(a)\n"
    "4/02/2026\nMemo\nFunding options\nWithheld - 9(2)(j)\n"
    "I trust this is helpful, and you may ask the Ombudsman to review my decision if you wish.\n"
    "9(2)(a)\n"
)
HEADED_BY_NUMBER = (
    "Doc\nNo.\nDescription\nAccess decision\nExemption/s applied\n"
    "1\n2 July 2026\nBriefing\nRefuse access\nSection 22(1): irrelevant material\n"
)
EMAIL_HEADER = "From: Ana\nDate: 3 May 2026\nSubject: Document release\nTo: 9(2)(a)\n"
HEADINGS_ALONE = "Date\nDocument\nDecision\n\n\nWe have decided to release the papers in full to you today.\n"

ONE_LINE_HEADINGS = "Item Date Document Decision Grounds\n2 4 June 2026 Memo\nReleased in part\n9(2)(g)(i)\n"
EMAIL_FIELDS_ALONE = "From:\nDate:\nSubject:\nDocument release\n9(2)(a)\n"

# (id, text, the texts inside a table, the texts outside)
CASES = [
    ("cell-a-line-under-headings", STACKED, ["Withheld - 9(2)(j)", "Re: quarry permit"], ["the Ombudsman"]),
    ("code-after-the-table-is-outside", STACKED, [], ["9(2)(a)\n"]),
    ("headed-by-number-and-access", HEADED_BY_NUMBER, ["Section 22(1)"], []),
    ("email-header-is-no-table", EMAIL_HEADER, [], ["To: 9(2)(a)"]),
    ("headings-without-rows", HEADINGS_ALONE, [], ["release the papers"]),
    ("headings-on-one-line", ONE_LINE_HEADINGS, ["9(2)(g)(i)"], []),
    ("email-field-names-are-no-headings", EMAIL_FIELDS_ALONE, [], ["9(2)(a)"]),
    ("prose-only", "The decision on the release date was made in full view.\n", [], ["decision"]),
]


@pytest.mark.parametrize(("text", "inside", "outside"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_table_spans(text: str, inside: list[str], outside: list[str]) -> None:
    spans = table_spans(text)

    def within(needle: str) -> bool:
        at = text.rindex(needle)
        return any(start <= at < end for start, end in spans)

    assert all(within(needle) for needle in inside)
    assert not any(within(needle) for needle in outside)
