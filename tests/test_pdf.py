"""PDF input: paragraphs and pages, furniture, redaction boxes, failed redactions, hostile files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from critmin_tui.corpus import load_corpus, read_document
from critmin_tui.corpus.formats import SCANNED, SourceError, read_source
from critmin_tui.corpus.model import BlockKind, RedactionKind
from tests.pdf_maker import (
    Rect,
    Text,
    encrypted_pdf,
    javascript_pdf,
    make_pdf,
    many_pages_pdf,
    nested_forms_pdf,
    paragraph_lines,
)

BODY = ("The Ministry considered the options for the lithium processing plant and decided that further work was "
        "needed before any money was committed to it by the Crown, and said so to the Minister in writing.")
NEXT = ("A second paragraph starts after a gap, and it too runs over more than one line of the page so that the "
        "reader must join it.")


def _release() -> bytes:
    """Two pages: running header, page numbers and stamp; two paragraphs; a labelled and a failed box."""
    furniture: list[Text | Rect] = [Text(72, 810, "Ministry of Business, Innovation and Employment"),
                 Text(150, 20, "RELEASED UNDER THE OFFICIAL INFORMATION ACT 1982", size=8)]
    first: list[Text | Rect] = [*furniture, Text(280, 40, "Page 1 of 2"), *paragraph_lines(BODY, 72, 700),
             *paragraph_lines(NEXT, 72, 640),
             Text(72, 560, "Costs:"), Rect(120, 556, 200, 14), Text(125, 559, "s9(2)(b)(ii)", rgb=(255, 255, 255))]
    second: list[Text | Rect] = [*furniture, Text(280, 40, "Page 2 of 2"),
              Text(72, 700, "The contact for this work is"), Text(72, 687, "Jane Citizen"),
              Rect(70, 683, 80, 14)]  # drawn over the name, which stays in the text layer
    return make_pdf([first, second])


@pytest.fixture
def release(tmp_path: Path) -> Path:
    path = tmp_path / "release.pdf"
    path.write_bytes(_release())
    return path


def test_hard_wrapped_lines_are_joined_into_paragraphs_with_their_pages(release: Path) -> None:
    document, problem = read_document(release)
    assert document is not None and problem is not None and "failed redaction" in problem.message
    texts = [document.text_of(b) for b in document.blocks]
    assert " ".join(BODY.split()) in texts  # one paragraph, not one per line
    assert " ".join(NEXT.split()) in texts
    pages = {document.text_of(b): b.page for b in document.blocks}
    assert pages[" ".join(BODY.split())] == 1
    assert pages["The contact for this work is"] == 2


def test_running_headers_page_numbers_and_release_stamps_are_dropped(release: Path) -> None:
    document, _ = read_document(release)
    assert document is not None
    assert "Ministry of Business" not in document.text
    assert "Page 1" not in document.text and "Page 2" not in document.text
    assert "RELEASED UNDER" not in document.text.upper()


def test_a_labelled_box_is_a_redaction_with_its_ground_and_page(release: Path) -> None:
    document, _ = read_document(release)
    assert document is not None
    labelled = [r for r in document.redactions if r.label]
    assert len(labelled) == 1
    box = labelled[0]
    assert box.sections == ("s9(2)(b)(ii)",) and box.ground and "commercial" in box.ground
    assert box.page == 1 and not box.recoverable and box.kind is RedactionKind.REDACTION
    assert document.text_of(box).startswith("████")


def test_a_box_over_live_text_is_a_recoverable_redaction_and_the_text_is_kept_out(release: Path) -> None:
    document, _ = read_document(release)
    assert document is not None
    failed = [r for r in document.redactions if r.recoverable]
    assert len(failed) == 1
    assert failed[0].hidden == "Jane Citizen" and failed[0].page == 2 and failed[0].label is None
    assert "Jane Citizen" not in document.text  # shown only on an explicit key, never by default


def test_cli_redactions_report_page_and_recoverable(release: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from critmin_tui.cli import main

    assert main(["redactions", "--no-cache", "--format", "json", str(release)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["page"], r["recoverable"]) for r in rows] == [(1, False), (2, True)]
    assert all("Jane Citizen" not in json.dumps(r) for r in rows)
    assert main(["redactions", "--no-cache", "--format", "csv", str(release)]) == 0
    header = capsys.readouterr().out.splitlines()[0].split(",")
    assert "page" in header and "recoverable" in header


def test_a_table_row_keeps_its_cells_apart(tmp_path: Path) -> None:
    path = tmp_path / "table.pdf"
    path.write_bytes(make_pdf([[Text(72, 700, "No."), Text(120, 700, "Document"), Text(300, 700, "Decision"),
                                Text(72, 686, "1"), Text(120, 686, "Briefing note"),
                                Text(300, 686, "Released in full")]]))
    document, _ = read_document(path)
    assert document is not None
    rows = [document.text_of(b) for b in document.blocks]
    assert "1\tBriefing note\tReleased in full" in rows
    assert any(b.kind is BlockKind.TABLE_ROW for b in document.blocks)


def test_a_paragraph_cut_by_a_page_break_is_joined(tmp_path: Path) -> None:
    lines = paragraph_lines(BODY, 72, 100)
    path = tmp_path / "break.pdf"
    path.write_bytes(make_pdf([[*paragraph_lines(BODY, 72, 700), *lines[:-1]],
                               [Text(72, 780, lines[-1].text)]]))
    document, _ = read_document(path)
    assert document is not None
    assert sum(1 for b in document.blocks if document.text_of(b) == " ".join(BODY.split())) == 2
    assert document.blocks[-1].page == 1  # the joined paragraph starts on the first page


@pytest.mark.parametrize(("data", "reason"), [
    (encrypted_pdf(), "password"),
    (b"%PDF-1.4\n1 0 obj garbage", "corrupt"),
    (many_pages_pdf(6_000), "6,000 pages"),
    (make_pdf([[]]), "ocrmypdf"),
    (make_pdf([[Rect(0, 0, 300, 300, (120, 120, 120))]]), "ocrmypdf"),
])
def test_hostile_and_unreadable_pdfs_are_problems_not_crashes(tmp_path: Path, data: bytes, reason: str) -> None:
    (tmp_path / "bad.pdf").write_bytes(data)
    (tmp_path / "good.txt").write_text("A plain note that still opens.\n", encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert [s.name for s in corpus.summaries] == ["good.txt"]
    assert len(corpus.problems) == 1 and reason in corpus.problems[0].message and corpus.problems[0].fatal


def test_a_truncated_pdf_is_a_problem_or_what_is_left_of_it(tmp_path: Path, release: Path) -> None:
    data = release.read_bytes()
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[:len(data) // 2])
    document, problem = read_document(path)
    assert (document is None) == (problem is not None and problem.fatal)


def test_scripts_and_embedded_files_are_noted_and_never_run(tmp_path: Path) -> None:
    script = read_source(Path("s.pdf"), javascript_pdf())
    assert "Hello from a page with a script." in script.text and "carries JavaScript: never run" in script.warnings
    attached = read_source(Path("a.pdf"), make_pdf([[Text(72, 700, "Text beside a file.")]], attachment=b"MZ"))
    assert any("embedded file" in w for w in attached.warnings)


def test_an_empty_text_layer_names_the_fix() -> None:
    with pytest.raises(SourceError) as raised:
        read_source(Path("scan.pdf"), make_pdf([[]]))
    assert str(raised.value) == SCANNED


def test_a_mixed_folder_opens_and_search_covers_every_format(tmp_path: Path, release: Path) -> None:
    (tmp_path / "note.txt").write_text("A lithium note in plain text.\n", encoding="utf-8")
    (tmp_path / "page.html").write_text("<html><body><article><p>A lithium story on the web.</p></article>"
                                        "</body></html>", encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert sorted(s.name for s in corpus.summaries) == ["note.txt", "page.html", "release.pdf"]
    assert all("lithium" in d.text for d in corpus.documents)
    from critmin_tui.corpus.records import corpus_record

    exported = {d["file"]: d for d in corpus_record(corpus)["documents"]}
    assert {p["page"] for p in exported["release.pdf"]["paragraphs"]} == {1, 2}
    assert {p["page"] for p in exported["note.txt"]["paragraphs"]} == {None}
    assert [r["recoverable"] for r in exported["release.pdf"]["redactions"]] == [False, True]


def test_a_failed_redaction_is_listed_among_the_problems(release: Path) -> None:
    corpus = load_corpus([release])
    assert any("failed redaction: 1 box" in p.message and not p.fatal for p in corpus.problems)


def test_search_gives_the_page_and_never_finds_the_text_under_a_box(
        release: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from critmin_tui.cli import main

    assert main(["search", "--no-cache", "--format", "json", "lithium", str(release)]) == 0
    assert [row["page"] for row in json.loads(capsys.readouterr().out)] == [1]
    assert main(["search", "--no-cache", "--format", "json", "Citizen", str(release)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_unlabelled_boxes_take_the_ground_the_covering_letter_gives_for_all(tmp_path: Path) -> None:
    letter = "All redactions in the attached manual have been made pursuant to section 6(c) of the OIA."
    path = tmp_path / "letter.pdf"
    path.write_bytes(make_pdf([[Text(72, 700, letter, size=9)], [Text(72, 700, "Contacts:"), Rect(130, 696, 90, 14)]]))
    document, _ = read_document(path)
    assert document is not None
    box = next(r for r in document.redactions if r.page == 2)
    assert box.sections == ("s6(c)",) and box.label is None and box.ground and "covering letter" in box.ground


def test_a_long_pdf_reports_its_pages_and_a_raising_report_stops_it() -> None:
    from critmin_tui.corpus.formats import report_pages

    data = make_pdf([[Text(72, 700, f"Part {chr(65 + n) * 2} of the long release.")] for n in range(25)])
    seen: list[tuple[str, int, int]] = []
    report_pages(lambda name, done, total: seen.append((name, done, total)))
    try:
        read_source(Path("long.pdf"), data)
    finally:
        report_pages(None)
    assert seen == [("long.pdf", 10, 25), ("long.pdf", 20, 25), ("long.pdf", 25, 25)]

    class StopError(Exception):
        pass

    def stop(name: str, done: int, total: int) -> None:
        raise StopError

    report_pages(stop)
    try:
        with pytest.raises(StopError):
            read_source(Path("long.pdf"), data)
    finally:
        report_pages(None)
    assert read_source(Path("long.pdf"), data).text  # with no report, read whole


def test_a_deep_nest_of_forms_is_read_to_a_limit_not_to_the_bottom() -> None:
    shallow = read_source(Path("n.pdf"), nested_forms_pdf(3))
    assert len(shallow.boxes) == 1  # a box inside forms is found with their matrices applied
    deep = read_source(Path("n.pdf"), nested_forms_pdf(5_000))
    assert deep.text.strip() == "Text above a deep nest of forms." and not deep.boxes


def test_extraction_stops_at_its_time_limit_and_says_so() -> None:
    from critmin_tui.corpus.pdf import read_pdf

    data = make_pdf([[Text(72, 700, f"Part {letter * 2} of the release.")] for letter in "ABC"])
    pages, warnings, _ = read_pdf(data, max_seconds=0)
    assert len(pages) == 1 and warnings == ["extraction stopped after 0 s: pages 2–3 not read"]


def test_a_page_with_too_many_characters_is_read_only_so_far(monkeypatch: pytest.MonkeyPatch) -> None:
    from critmin_tui.corpus import pdf

    monkeypatch.setattr(pdf, "MAX_CHARS", 10)
    pages, warnings, _ = pdf.read_pdf(make_pdf([[Text(72, 700, "Twenty-two characters.")]]))
    assert "".join(run.text for run in pages[0].runs).strip() == "Twenty-two"
    assert warnings == ["page 1 holds more than 10 characters: the rest not read"]
