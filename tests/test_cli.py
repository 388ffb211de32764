"""The command line: subcommands, formats, the JSON contract, exit status, safe output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from critmin_tui.cli import main

from .conftest import SEEDS


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_quotes_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "quotes", "--format", "json")
    rows = json.loads(out)
    assert status == 0 and len(rows) == 62
    assert {"document", "paragraph", "start", "end", "text", "speaker", "role", "kind", "quotation"} <= set(rows[0])
    source = (SEEDS / rows[3]["document"]).read_text(encoding="utf-8")
    assert source[rows[3]["start"]:rows[3]["end"]] == rows[3]["text"]


def test_quotes_filtered_by_speaker_alias(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "quotes", "--speaker", "Swarbrick", "--format", "json")
    assert {row["speaker"] for row in json.loads(out)} == {"Chlöe Swarbrick"}


def test_unknown_speaker_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "quotes", "--speaker", "Nobody")
    assert status == 2 and "no speaker named" in err


def test_redactions_json_contract(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "redactions", "--format", "json")
    [row] = json.loads(out)
    assert {k: row[k] for k in ("marker", "label", "section")} == {
        "marker": "[REDACTED]", "label": "Negotiations", "section": "s9(2)(j)"}
    assert row["ground"]


def test_search_is_accent_insensitive(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "search", "pati maori", "--format", "csv")
    assert out.count("Pāti Māori") >= 2


def test_bad_regex_gets_a_message(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "search", "(", "--regex")
    assert status == 2 and "bad regular expression" in err


def test_export_contract(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "export", "--format", "json")
    data = json.loads(out)
    files = {d["file"]: d for d in data["documents"]}
    minute = files["002_c37cd235cf9fab20.txt"]
    assert [d["verb"] for d in minute["decisions"]] == ["noted", "noted", "noted", "invited"]
    assert minute["signatory"] == {"name": "Rachel Hayward", "title": "Secretary of the Cabinet"}
    assert minute["coversheet"]["information_redacted"] is True
    assert files["001_c3fad3d5bedaf286.txt"]["version_of"] == "000_eebd5cc39ea4caf4.txt"
    assert {"file", "kind", "title", "date", "version_of", "paragraphs", "quotes", "redactions"} <= set(minute)
    assert data["speakers"]


@pytest.mark.parametrize("fmt", ["text", "csv", "markdown", "json"])
def test_control_characters_never_reach_the_terminal(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      fmt: str) -> None:
    hostile = 'Kerr said it was "fine\x1b]52;c;ZXZpbA==\x07 \u202edlrow\x9b2J".\n'
    (tmp_path / "hostile.txt").write_text(hostile, encoding="utf-8")
    _, out, _ = run(capsys, "quotes", str(tmp_path), "--format", fmt)
    assert not any(ch in out for ch in "\x1b\x07\u202e\x9b")
    if fmt == "json":
        assert json.loads(out)[0]["text"].startswith("fine\x1b]52")


def test_nothing_read_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01")
    status, _, err = run(capsys, "quotes", str(tmp_path))
    assert status == 2
    assert "skipped" in err and "bad.txt" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert "critmin-tui" in capsys.readouterr().out
