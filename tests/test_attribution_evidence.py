"""Evidence and calibrated confidence: in the model, the JSON, the CSV and the text output."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from critmin_tui.cli import main
from critmin_tui.corpus import calibration
from critmin_tui.corpus.calibration import evidence_key, level_of
from critmin_tui.corpus.model import Confidence, Evidence, QuoteKind
from critmin_tui.corpus.version import source_digest

from .conftest import article


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = main(list(args))
    return status, capsys.readouterr().out


@pytest.mark.parametrize(("right", "seen", "prior", "level"), [
    (60, 60, 0.95, Confidence.SURE),
    (3, 3, 0.9, Confidence.LIKELY),  # a handful of quotes cannot lift a class far above its family
    (28, 29, 0.97, Confidence.LIKELY),
    (9, 21, 0.5, Confidence.UNSURE),
    (0, 0, 0.5, Confidence.UNSURE),
], ids=["many-right", "few-right", "one-miss-in-29", "often-wrong", "never-seen"])
def test_level_of(right: int, seen: int, prior: float, level: Confidence) -> None:
    assert level_of(right, seen, prior) is level


_EARNED = {"ranker / sure": Confidence.LIKELY, "ranker / likely": Confidence.UNSURE}


@pytest.mark.parametrize(("given", "blind", "level"), [
    (Confidence.SURE, _EARNED, Confidence.LIKELY),
    (Confidence.LIKELY, _EARNED, Confidence.UNSURE),
    (Confidence.UNSURE, {"ranker / unsure": Confidence.SURE}, Confidence.UNSURE),
    (Confidence.SURE, {}, Confidence.UNSURE),
    (Confidence.SURE, None, Confidence.SURE),
], ids=["capped-by-record", "likely-that-failed", "never-raised", "never-measured", "no-first-contact"])
def test_a_models_pick_is_no_surer_than_its_first_contact(given: Confidence, blind: dict[str, Confidence] | None,
                                                           level: Confidence) -> None:
    assert calibration.model_level(calibration.RANKER_FAMILY, given, blind) is level


def test_levels_come_from_first_contact_when_the_table_has_it() -> None:
    blind = {"H9": {"commit": "abc", "classes": {"cue / name / quotation": {"seen": 40, "right": 30}}}}
    counts = calibration.blind_counts(blind | {"H10": blind["H9"]})
    assert counts == {"cue / name / quotation": {"seen": 80, "right": 60}}
    assert calibration.levels_from(counts)["cue / name / quotation"] is Confidence.UNSURE


def test_evidence_classes() -> None:
    cue = Evidence("speaker.quotation_cue", "cue.before > subject.trailing_name", "resolve.person_new")
    fragment = Evidence("speaker.partial_cue", "cue.before > subject.pronoun", "resolve.pronoun")
    assert evidence_key(QuoteKind.DIRECT, cue) == "cue / name / quotation"
    assert evidence_key(QuoteKind.PARTIAL, fragment) == "cue / pronoun / fragment"
    assert evidence_key(QuoteKind.SCARE, Evidence("speaker.scare")) == "no one / scare"


def test_shipped_table_gives_each_class_a_level() -> None:
    levels = calibration.levels()
    assert levels, "calibration.json holds no class"
    assert set(levels.values()) <= set(Confidence)
    assert Confidence.UNSURE in levels.values()  # some classes are measured to be unreliable


def test_every_quote_has_evidence_and_a_confidence() -> None:
    document = article("Ana Moss chairs the trust.\n\n\"We will appeal,\" she said. The so-called \"plan\" failed.")
    assert all(q.evidence is not None and q.confidence in set(Confidence) for q in document.quotes)
    scare = document.quotes[-1]
    assert scare.speaker is None and scare.confidence is Confidence.UNSURE


def test_json_carries_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, "quotes", "--format", "json")
    rows = json.loads(out)
    assert {"confidence", "decided_by", "kind_by", "cue_rule", "resolved_by", "cue", "mention",
            "mention_paragraph"} <= set(rows[0])
    said = next(r for r in rows if r["cue"] == "she said")
    assert said["resolved_by"] == "resolve.pronoun" and said["mention"] and said["mention_paragraph"] >= 1


def test_csv_carries_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    _, out = run(capsys, "quotes", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {"confidence", "decided_by", "cue", "mention"} <= set(rows[0])


def test_confidence_filter_and_the_unsure_mark(capsys: pytest.CaptureFixture[str]) -> None:
    _, everything = run(capsys, "quotes", "--format", "json")
    levels = {row["confidence"] for row in json.loads(everything)}
    for level in ("sure", "likely", "unsure"):
        _, out = run(capsys, "quotes", "--confidence", level, "--format", "json")
        rows = json.loads(out)
        assert {row["confidence"] for row in rows} <= {level}
        assert bool(rows) == (level in levels)
    _, text = run(capsys, "quotes", "--confidence", "unsure")
    assert text and all(" ? " in line for line in text.splitlines())
    _, sure = run(capsys, "quotes", "--confidence", "sure")
    assert not any(" ? " in line for line in sure.splitlines())


def test_parser_version_follows_the_source(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    shutil.copytree(Path(calibration.__file__).parent, folder, ignore=shutil.ignore_patterns("__pycache__"))
    before = source_digest(folder)
    assert source_digest(folder) == before
    lexicon = folder / "lexicon.py"
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "\n# a new word\n", encoding="utf-8")
    assert source_digest(folder) != before
