"""A release's schedule of documents: found in every layout, kept apart from redactions."""

from __future__ import annotations

import pytest

from critmin_tui.corpus import BlockKind, parse_text

TAB_ROWS = (
    "Documents released\n\n"
    "No.\tDate\tTitle\tDecision\n"
    "1\t12/01/2026\tBriefing: lithium supply\tReleased with redactions s9(2)(j), s6(a)\n"
    "2\t20/01/2026\tAide-memoire: meeting\tReleased in full\n"
)
BAR_ROWS = (
    "Schedule\n\n"
    "| No. | Date | Title | Decision |\n"
    "| 1 | 3 March 2026 | Report: royalties | Withheld in full under section 9(2)(f)(iv) |\n"
)
# As PDF text extraction leaves a table: a cell to a line.
STACKED_ROWS = (
    "Table of documents\n"
    "Document\nDate\nDocument description\nExtent of information\nReason for withholding\n"
    "1\n2025-07-14\nReport: 015 seabed permits - first\nParts withheld\n9(2)(a), 9(2)(g)(ii),\n1 – 13\n"
    "decisions\nout of scope\n"
    "2\n2025-08-03\nAide Memoire: 033 Hui with iwi Parts withheld\n9(2)(a)\n14 – 19\n"
)

# (id, text, [(number, date, decision, sections, out of scope)])
CASES = [
    ("rows-split-by-tabs", TAB_ROWS,
     [("1", "12/01/2026", "Released with redactions", ("s9(2)(j)", "s6(a)"), False),
      ("2", "20/01/2026", "Released in full", (), False)]),
    ("rows-split-by-bars", BAR_ROWS,
     [("1", "3 March 2026", "Withheld in full", ("s9(2)(f)(iv)",), False)]),
    ("a-cell-to-a-line", STACKED_ROWS,
     [("1", "2025-07-14", "Parts withheld", ("s9(2)(a)", "s9(2)(g)(ii)"), True),
      ("2", "2025-08-03", "Parts withheld", ("s9(2)(a)",), False)]),
    ("an-article-that-mentions-a-release", "Title\n\nThe paper was released in full on Friday, Reid said.\n", []),
    ("numbered-decisions-are-no-schedule",
     "On 2 February 2026, Cabinet:\n\n1\tnoted that talks were held;\n2\tagreed to release the paper.\n", []),
    ("a-list-of-documents-with-no-decision",
     "List of documents\n\nDate\tTitle\tAuthor\n1\tFebruary 2026\tA framework\tOffice of the Minister\n", []),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_schedule_entries(text: str, expected: list[tuple[str, str, str, tuple[str, ...], bool]]) -> None:
    document = parse_text("release.txt", text)
    found = [(e.number, e.date, e.decision, e.sections, e.out_of_scope) for e in document.schedule]
    assert found == expected


def test_titles_leave_out_dates_pages_decisions_and_grounds() -> None:
    first, second = parse_text("release.txt", STACKED_ROWS).schedule
    assert first.title == "Report: 015 seabed permits - first decisions"
    assert second.title == "Aide Memoire: 033 Hui with iwi"


def test_a_schedule_s_grounds_are_not_redactions_of_the_text() -> None:
    document = parse_text("release.txt", TAB_ROWS + "\nDocument 1\n\nOfficials met. Negotiations [REDACTED]\n")
    assert [r.section for r in document.redactions] == ["s9(2)(j)"]
    assert len(document.schedule) == 2


def test_a_schedule_s_cells_are_table_rows_not_headings() -> None:
    document = parse_text("release.txt", STACKED_ROWS)
    inside = [b for b in document.blocks if b.start >= document.schedule[0].start]
    assert inside and all(b.kind is BlockKind.TABLE_ROW for b in inside)
    assert not document.quotes


def test_offsets_span_the_rows() -> None:
    document = parse_text("release.txt", TAB_ROWS)
    first = document.schedule[0]
    assert document.text[first.start:first.end].startswith("1\t12/01/2026")


def test_headings_repeated_after_a_page_break_are_no_title() -> None:
    text = STACKED_ROWS.replace("14 – 19\n", "14 – 19\nreport\n7\nDocument\nDate\nDocument description\n")
    last = parse_text("release.txt", text).schedule[-1]
    assert last.title == "Aide Memoire: 033 Hui with iwi report"


def test_prose_after_the_last_row_is_no_part_of_it() -> None:
    text = STACKED_ROWS + "\nDocument 1\nOfficials met iwi on 4 August and \"agreed to talk again\", Kerr said.\n"
    document = parse_text("release.txt", text)
    assert document.schedule[-1].title == "Aide Memoire: 033 Hui with iwi"
    assert [q.text for q in document.quotes] == ["agreed to talk again"]
