"""File names that are not UTF-8, and warnings a warm start finds, reach the output safely."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from critmin_tui.cli import main
from critmin_tui.corpus.cache import MAGIC

from .conftest import SEEDS

ARTICLE = 'Kerr said: "It is fine."\n'


@pytest.fixture
def odd_name(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    try:
        (folder / os.fsdecode(b"caf\x9b\xe9.txt")).write_text(ARTICLE, encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses names that are not UTF-8")
    return folder


@pytest.mark.parametrize("command", ["quotes", "export"])
def test_a_name_with_invalid_utf8_is_escaped_in_json(odd_name: Path, command: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main([command, str(odd_name), "--format", "json", "--no-cache"]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")  # strict: no lone surrogate reaches stdout
    assert "\\udc9b" in out and "\x9b" not in out
    assert json.loads(out)


@pytest.mark.parametrize("fmt", ["text", "csv", "markdown"])
def test_a_name_with_invalid_utf8_is_visible_in_text(odd_name: Path, fmt: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", str(odd_name), "--format", fmt, "--no-cache"]) == 0
    out = capsys.readouterr().out
    out.encode("utf-8")
    assert "caf\ufffd\ufffd.txt" in out


def test_a_warm_start_reports_the_cache_entry_it_repaired(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = tmp_path / "docs"
    shutil.copytree(SEEDS, folder)
    assert main(["quotes", str(folder)]) == 0  # cold: the snapshot and no entries (a small corpus: entries too)
    capsys.readouterr()
    entries = sorted((tmp_path / "cache").rglob("*.pickle"))
    damaged = next(e for e in entries if e.parent.name == "parsed")
    damaged.write_bytes(MAGIC + b"garbage")
    assert main(["quotes", "--all-captures", str(folder)]) == 0  # every capture: whichever entry was damaged is read
    err = capsys.readouterr().err
    assert f"{damaged.name} was unreadable: moved aside" in err


def test_a_speaker_is_found_without_accents_or_the_full_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", "--speaker", "Chloe", "--format", "json"]) == 0
    assert {row["speaker"] for row in json.loads(capsys.readouterr().out)} == {"Chlöe Swarbrick"}


def test_export_writes_json_without_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"]
