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
    assert status == 0 and len(rows) == 31  # an article's second capture is not listed again
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


def test_speaker_names_match_without_accents(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "quotes", "--speaker", "chloe swarbrick", "--format", "json")
    assert status == 0 and {row["speaker"] for row in json.loads(out)} == {"Chlöe Swarbrick"}


def test_quotes_count_an_articles_captures_once_as_the_reader_does(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "quotes", "--speaker", "vidal", "--format", "json")
    assert len(json.loads(out)) == 13  # the reader's filter says 13; the second capture repeats them
    _, out, _ = run(capsys, "quotes", "--speaker", "vidal", "--all-captures", "--format", "json")
    assert len(json.loads(out)) == 26


def test_quote_rows_carry_what_a_citation_needs(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "quotes", "--format", "json")
    row = json.loads(out)[0]
    assert row["title"] and row["outlet"] == "RNZ" and row["date"]
    _, out, _ = run(capsys, "quotes", "--format", "csv")
    assert out.splitlines()[0].startswith("document,title,outlet,date,")


def test_one_quote_is_one_quote_not_one_quotes(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(capsys, "speakers")
    assert "Christopher Luxon (Prime Minister, National): 1 quote, 1 reported" in out
    assert "0 quotes" in out and "1 quotes" not in out


def test_a_skipped_file_is_said_to_be_skipped_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "good.txt").write_text('Kerr said it was "fine".\n', encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    _, _, err = run(capsys, "quotes", str(tmp_path), "--no-cache")
    [line] = [line for line in err.splitlines() if "binary.txt" in line]
    assert line.count("skipped:") == 1 and "binary data" in line


def test_search_context_stays_in_its_paragraph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text("First paragraph ends here.\n\nLithium is next. And more words follow on.\n",
                                    encoding="utf-8")
    _, out, _ = run(capsys, "search", "lithium", str(tmp_path), "--format", "json", "--no-cache")
    [row] = json.loads(out)
    assert "First paragraph" not in row["context"] and row["context"].startswith("Lithium is next")


def test_search_without_a_query_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["search"])
    err = capsys.readouterr().err
    assert exited.value.code == 2 and "search needs a QUERY" in err and "required" not in err


def test_export_is_json_without_asking(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "export")
    assert status == 0 and json.loads(out)["documents"]


def test_speakers_says_who_the_text_never_names(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "council.txt").write_text('Rates rise\n\nMayor Ana Kerr spoke.\n\n"It is fair," Kerr said.\n\n'
                                          'A council spokesman said: "The vote was lawful."\n', encoding="utf-8")
    _, out, _ = run(capsys, "speakers", str(tmp_path))
    lines = out.splitlines()
    assert any(line.startswith("Ana Kerr (") and "not named" not in line for line in lines), out
    assert any("not named" in line for line in lines if not line.startswith("Ana Kerr")), out
    _, out, _ = run(capsys, "speakers", str(tmp_path), "--format", "json")
    assert {row["name"]: row["unnamed"] for row in json.loads(out)}["Ana Kerr"] is False
