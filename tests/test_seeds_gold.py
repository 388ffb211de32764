"""The seeds against their gold file: every quote, speaker, kind; the minute; the redaction."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import pytest

from critmin_tui.corpus import BlockKind, Corpus, DocumentKind


def _doc(corpus: Corpus, name: str) -> Any:
    document = corpus.document(name)
    assert document is not None, name
    return document


@pytest.mark.parametrize("name", ["000_eebd5cc39ea4caf4.txt", "001_c3fad3d5bedaf286.txt"])
def test_every_quote_segment_matches_gold(corpus: Corpus, gold: dict[str, Any], name: str) -> None:
    document = _doc(corpus, name)
    found = [(q.text, q.speaker, q.kind.value, q.closes) for q in document.quotes]
    expected = gold["articles"]["quotes"]
    assert len(found) == len(expected) == 31
    for (text, speaker, kind, closes), want in zip(found, expected, strict=True):
        assert text.startswith(want["start"]), (text, want)
        assert (speaker, kind, closes) == (want["speaker"], want["kind"], want["closes"]), text


@pytest.mark.parametrize("name", ["000_eebd5cc39ea4caf4.txt", "001_c3fad3d5bedaf286.txt"])
def test_quotation_ids_link_continuations(corpus: Corpus, name: str) -> None:
    quotes = _doc(corpus, name).quotes
    for previous, quote in pairwise(quotes):
        if quote.kind.value == "continuation":
            assert quote.quotation == previous.quotation and not previous.closes


@pytest.mark.parametrize("name", ["000_eebd5cc39ea4caf4.txt", "001_c3fad3d5bedaf286.txt"])
def test_reported_speech_paragraphs_found_with_speaker(corpus: Corpus, gold: dict[str, Any], name: str) -> None:
    document = _doc(corpus, name)
    found = {(document.text[r.start:r.end][:60], r.speaker) for r in document.reported}
    for want in gold["articles"]["reported_speech"]:
        assert any(text.startswith(want["start"][:60]) and who == want["speaker"] for text, who in found), want


@pytest.mark.parametrize("name", ["000_eebd5cc39ea4caf4.txt", "001_c3fad3d5bedaf286.txt"])
def test_headings(corpus: Corpus, gold: dict[str, Any], name: str) -> None:
    document = _doc(corpus, name)
    headings = [document.text_of(b) for b in document.blocks if b.kind is BlockKind.HEADING]
    assert headings == gold["articles"]["headings"]


def test_captions_and_date_line_of_the_second_capture(corpus: Corpus, gold: dict[str, Any]) -> None:
    document = _doc(corpus, "001_c3fad3d5bedaf286.txt")
    captions = [document.text_of(b) for b in document.blocks if b.kind is BlockKind.CAPTION]
    assert captions == gold["articles"]["captions_in_001"]
    assert [document.text_of(b) for b in document.blocks if b.kind is BlockKind.META] == ["date 2026-02-02"]
    assert not any(q.block in {i for i, b in enumerate(document.blocks) if b.kind is BlockKind.CAPTION}
                   for q in document.quotes)


def test_date_comes_from_the_date_line_without_a_manifest() -> None:
    from critmin_tui.corpus import read_document

    from .conftest import SEEDS

    document, _ = read_document(SEEDS / "001_c3fad3d5bedaf286.txt")
    assert document is not None and document.date == "2026-02-02"


def test_speakers_with_roles_and_aliases(corpus: Corpus, gold: dict[str, Any]) -> None:
    for want in gold["speakers"]:
        speaker = corpus.speaker(want["name"])
        assert speaker is not None, want["name"]
        assert set(want["aliases"]) <= set(speaker.aliases)
        assert speaker.quote_count > 0


def test_captures_are_linked_as_versions(corpus: Corpus) -> None:
    first, second = _doc(corpus, "000_eebd5cc39ea4caf4.txt"), _doc(corpus, "001_c3fad3d5bedaf286.txt")
    assert first.version_of is None
    assert second.version_of == first.path


def test_minute_coversheet(corpus: Corpus, gold: dict[str, Any]) -> None:
    minute = _doc(corpus, gold["cabinet_minute"]["file"])
    want = gold["cabinet_minute"]["coversheet"]
    sheet = minute.coversheet
    assert minute.kind is DocumentKind.MINUTE
    assert sheet.get("Minister") == want["minister"]
    assert sheet.get("Portfolio") == want["portfolio"]
    assert sheet.get("Title") == want["title"]
    assert sheet.get("Date to be published") == want["date_to_be_published"]
    assert sheet.information_redacted is want["information_redacted"]
    assert [(r.date, r.title, r.author) for r in sheet.released_documents] == [
        (r["date"], r["title"], r["author"]) for r in want["released_documents"]
    ]
    assert [(g.label, g.section) for g in sheet.withholding_grounds] == [
        (g["label"], g["section"]) for g in want["withholding_grounds"]
    ]


def test_minute_decisions_and_signatory(corpus: Corpus, gold: dict[str, Any]) -> None:
    document = _doc(corpus, gold["cabinet_minute"]["file"])
    want = gold["cabinet_minute"]["minute"]
    minute = document.minute
    assert minute.reference == want["reference"]
    assert minute.title == want["title"]
    assert list(minute.portfolios) == want["portfolios"]
    assert minute.decision_date == want["decision_date"]
    assert [(d.number, d.verb) for d in minute.decisions] == [(d["number"], d["verb"]) for d in want["decisions"]]
    for decision in minute.decisions:
        assert document.text[decision.verb_start:decision.verb_end] == decision.verb
    assert (minute.signatory.name, minute.signatory.title) == (want["signatory"]["name"], want["signatory"]["title"])


def test_minute_redaction(corpus: Corpus, gold: dict[str, Any]) -> None:
    document = _doc(corpus, gold["cabinet_minute"]["file"])
    [want] = gold["cabinet_minute"]["redactions"]
    [redaction] = document.redactions
    assert (redaction.marker, redaction.label, redaction.section) == (want["marker"], want["label"], want["section"])
    decision = document.minute.decisions[want["decision"] - 1]
    assert decision.start <= redaction.start < decision.end
    assert redaction.ground and "negotiations" in redaction.ground


def test_seed_copies_are_byte_identical() -> None:
    from .conftest import SEEDS

    shared = SEEDS.parent.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("shared/seeds is not beside this checkout")
    for original in shared.glob("*.txt"):
        assert (SEEDS / original.name).read_bytes() == original.read_bytes()
