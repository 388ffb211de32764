"""Files that turn hostile: replaced by a FIFO, too large, in the cache's place; and the CLI's edges."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from critmin_tui.cli import main
from critmin_tui.corpus import PARSER_VERSION, ParseCache, load_corpus, parse_text
from critmin_tui.corpus.files import MAX_SIZE_VARIABLE
from critmin_tui.corpus.loading import read_entry
from critmin_tui.corpus.store import DocumentStore

from .conftest import SEEDS

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return folder


@needs_fifo
def test_a_document_replaced_by_a_fifo_after_opening_is_not_read(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    corpus = load_corpus([folder])
    store = DocumentStore(corpus.summaries, None, keep=1)  # nothing kept: every document is read again
    target = Path(corpus.summaries[0].path)
    target.unlink()
    os.mkfifo(target)
    document = store[0]
    assert "cannot be read again" in document.text and "not a regular file" in document.text
    assert store[1].quotes  # the others still read


@needs_fifo
def test_a_fifo_at_a_cache_entry_is_moved_aside(tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "cache", PARSER_VERSION)
    cache.put("k", parse_text("a.txt", "Text."))
    (tmp_path / "cache" / "k.pickle").unlink()
    os.mkfifo(tmp_path / "cache" / "k.pickle")
    assert cache.get("k", "a.txt") is None
    assert cache.warnings and "moved aside" in cache.warnings[0]
    assert (tmp_path / "cache" / "k.corrupt").exists()


@needs_fifo
def test_a_fifo_at_a_snapshot_is_moved_aside(tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "cache", PARSER_VERSION)
    (tmp_path / "cache" / "corpora").mkdir(parents=True)
    os.mkfifo(tmp_path / "cache" / "corpora" / "c.pickle")
    assert cache.get_snapshot("c") is None
    assert cache.warnings


def test_an_over_size_file_is_skipped_with_the_limit_and_a_flag_raises_it(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path)
    (folder / "big.txt").write_text("Words and more words.\n" * 2_000, encoding="utf-8")  # 44 KB
    monkeypatch.setenv(MAX_SIZE_VARIABLE, "0.04")
    assert main(["quotes", str(folder), "--no-cache"]) == 0
    err = capsys.readouterr().err
    assert "big.txt: too large (44,000 bytes; the limit is 40,000 bytes, raised with --max-size MB)" in err
    assert main(["quotes", str(folder), "--no-cache", "--max-size", "1"]) == 0
    assert "too large" not in capsys.readouterr().err


def test_an_over_size_file_is_read_once_the_limit_is_raised_despite_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path)
    cache = ParseCache(tmp_path / "cache", PARSER_VERSION)
    assert len(load_corpus([folder], cache=cache).documents) == 3
    monkeypatch.setenv(MAX_SIZE_VARIABLE, "0.001")
    corpus = load_corpus([folder], cache=ParseCache(tmp_path / "cache", PARSER_VERSION))
    assert len(corpus.documents) == 0 and all("too large" in p.message for p in corpus.problems)


def test_read_entry_of_a_folder_is_a_problem(tmp_path: Path) -> None:
    entry = read_entry(tmp_path)
    assert entry.document is None and entry.problem is not None and "not a regular file" in entry.problem.message


def test_options_may_come_before_the_paths(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "p.ti", "--regex", str(SEEDS)]) == 0
    assert "Pāti Māori" in capsys.readouterr().out


def test_ctrl_c_exits_quietly(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import critmin_tui.subcommands

    def interrupted(*_: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(critmin_tui.subcommands, "run_command", interrupted)
    assert main(["quotes"]) == 130
    assert capsys.readouterr().err == "critmin-tui: interrupted\n"
