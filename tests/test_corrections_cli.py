"""Corrections on the command line, in the CLI's records, and as gold for score.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from critmin_tui.cli import main

from .correction_helpers import NAME, correct_quote, write_corpus
from .score import corrections_report, score_corrections


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A corpus of one article with two corrections: one right, one the parser already agrees with."""
    write_corpus(tmp_path)
    correct_quote(tmp_path, "We will", "Ana Ruiz")
    correct_quote(tmp_path, "reckless", None, scare=True)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> Any:
    status, out, _ = run(capsys, *args, "--format", "json")
    assert status == 0
    return json.loads(out)


def test_quotes_carry_the_correction_and_the_parsers_answer(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _json(capsys, "quotes", str(folder))
    assert [(r["speaker"], r["corrected"], r["parser_speaker"]) for r in rows] == [
        ("Ana Ruiz", True, "Jo Lee"), (None, True, "Critics"), ("Sam Hill", False, "Sam Hill")]
    assert rows[0]["correction_note"] == "checked" and rows[1]["kind"] == "scare"


def test_the_speaker_filter_and_counts_follow_corrections(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert [r["text"][:7] for r in _json(capsys, "quotes", str(folder), "--speaker", "Ana Ruiz")] == ["We will"]
    speakers = {r["name"]: r["quotes"] for r in _json(capsys, "speakers", str(folder))}
    assert speakers["Ana Ruiz"] == 1 and "Jo Lee" not in speakers


def test_export_carries_corrections(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    [document] = _json(capsys, "export", str(folder))["documents"]
    assert [q["corrected"] for q in document["quotes"]] == [True, True, False]


@pytest.mark.parametrize(("fmt", "expected"), [
    ("text", "plan.txt ¶3: \u201cWe will not approve it this year,\u201d \u2192 Ana Ruiz (parser said Jo Lee)"),
    ("csv", "document,page,paragraph,start,end,text,speaker,scare,parser_speaker,status"),
    ("markdown", "| plan.txt |  | 4 | 128 | 136 | reckless |  | True | Critics | applied |"),
], ids=["text", "csv", "markdown"])
def test_corrections_are_listed(folder: Path, capsys: pytest.CaptureFixture[str], fmt: str, expected: str) -> None:
    status, out, _ = run(capsys, "corrections", str(folder), "--format", fmt)
    assert status == 0 and expected in out


def test_a_stale_correction_is_listed_as_stale_and_warned(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / NAME).write_text((folder / NAME).read_text(encoding="utf-8").replace("Tuesday", "Monday"))
    status, out, err = run(capsys, "corrections", str(folder))
    assert status == 0 and out.count("STALE: the document's text has changed") == 2
    assert err.count("warning") == 2 and "correction not applied" in err
    rows = _json(capsys, "corrections", str(folder))
    assert [r["status"] for r in rows] == ["stale", "stale"] and rows[0]["file"] == str(folder / "corrections.yaml")


def test_corrections_score_as_gold(folder: Path) -> None:
    tally = score_corrections([folder])
    assert (tally.gold["all"], tally.right_speaker["all"]) == (2, 0)
    text = corrections_report(tally)
    assert "corrected to Ana Ruiz, parser says Jo Lee" in text and "no one (scare quote)" in text
    correct_quote(folder, "It is", "Sam Hill")  # a correction the parser agrees with
    assert score_corrections([folder]).right_speaker["all"] == 1
