"""The real released PDFs in ../shared/pdf-samples/ (skipped when that folder is absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from critmin_tui.corpus import Document, Problem, read_document

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "pdf-samples"  # beside the checkout
pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason="the real sample PDFs are not here")


def _read(name: str) -> tuple[Document, Problem | None]:
    path = SAMPLES / name
    if not path.is_file():
        pytest.skip(f"{name} is not among the samples")
    document, problem = read_document(path)
    assert document is not None, problem
    return document, problem


def test_labelled_boxes_carry_their_ground_and_page() -> None:
    document, _ = _read("nz-police-burglary-procedures-oia-IR-01-20-1028.pdf")
    labelled = [r for r in document.redactions if r.label]
    assert len(labelled) >= 8
    assert all(r.sections and r.page in (1, 2, 3) for r in labelled if "6(c)" in (r.label or ""))
    label = "Section 6(c) Official Information Act 1982"
    assert document.text.count(label) == document.text.count(f"████ [{label}]")  # only on its box, never loose
    assert {r.page for r in document.redactions} == {1, 2, 3}


def test_hard_wrapped_prose_reads_as_paragraphs() -> None:
    document, _ = _read("nz-police-burglary-procedures-oia-IR-01-20-1028.pdf")
    texts = [document.text_of(b) for b in document.blocks]
    assert any(t.startswith("When you receive a report of a burglary") and t.endswith("of the Police Manual.")
               for t in texts)
    assert not any("Page 21" in t or "Page 22" in t for t in texts)  # page numbers dropped


def test_a_failed_redaction_is_flagged_recoverable() -> None:
    document, _ = _read("us-sdny-court-letter-failed-crosshatch-redactions.pdf")
    recoverable = [r for r in document.redactions if r.recoverable]
    assert len(recoverable) >= 4
    assert any("Nasirov" in r.hidden for r in recoverable)
    assert "Nasirov" not in document.text


def test_a_scan_is_flagged_with_the_fix() -> None:
    document, problem = _read("nz-police-air-operations-chapter-oia-scan-2019.pdf")
    assert problem is not None and "ocrmypdf" in problem.message and not problem.fatal
    assert document.redactions  # the boxes over the scan are still reported


def test_labels_beside_the_box_name_their_section() -> None:
    document, _ = _read("nz-police-social-media-policy-oia-response-IR-01-22-11011.pdf")
    assert any(r.sections == ("s9(2)(a)",) for r in document.redactions)
    assert not any(r.recoverable for r in document.redactions)  # a stray bracket under a box is not a failure
    assert len({b.page for b in document.blocks}) >= 10


def test_grounds_printed_on_white_boxes_are_redactions() -> None:
    document, _ = _read("nz-police-kidnap-for-ransom-extract-proactive-release-2022.pdf")
    on_white = [r for r in document.redactions if r.sections == ("s6(c)",)]
    assert len(on_white) >= 8 and all(r.page for r in on_white)


def test_titles_come_from_metadata_or_the_file_name_never_a_box_or_a_date() -> None:
    kidnap, _ = _read("nz-police-kidnap-for-ransom-extract-proactive-release-2022.pdf")
    letter, _ = _read("nz-police-social-media-policy-oia-response-IR-01-22-11011.pdf")
    scan, _ = _read("nz-police-air-operations-chapter-oia-scan-2019.pdf")
    assert kidnap.title == "Kidnap for ransom extract"  # the metadata's
    assert letter.title.startswith("nz police social media policy")  # not its date, nor the metadata's
    assert "█" not in scan.title
