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


class _Expands:
    """Pickles as ``str`` applied to nested shared lists: tiny on disk, gigabytes when run."""

    def __reduce__(self) -> tuple[object, tuple[object]]:
        nested: list[object] = ["lol"] * 10
        for _ in range(8):
            nested = [nested] * 10
        return (str, (nested,))


def test_the_unpickler_calls_nothing_but_the_model() -> None:
    import io
    import pickle

    from critmin_tui.corpus.cache import _ModelUnpickler

    crafted = pickle.dumps(_Expands(), protocol=pickle.HIGHEST_PROTOCOL)
    assert len(crafted) < 400
    with pytest.raises(pickle.UnpicklingError, match=r"builtins\.str is not part of the model"):
        _ModelUnpickler(io.BytesIO(crafted)).load()


def test_a_crafted_entry_without_the_caches_key_is_never_unpickled(tmp_path: Path) -> None:
    import pickle

    from critmin_tui.corpus.cache import MAGIC

    nested: tuple[object, ...] = ("x",)
    for _ in range(60):
        nested = (nested, nested)  # hashing it takes 2**60 steps: a frozenset would hash it
    cache = ParseCache(tmp_path / "cache", PARSER_VERSION)
    (tmp_path / "cache" / "corpora").mkdir(parents=True)
    entry = tmp_path / "cache" / "corpora" / "c.pickle"
    body = pickle.dumps(nested, protocol=2)[2:-1]  # without its protocol header and STOP
    entry.write_bytes(MAGIC + bytes(32) + b"\x80\x04(" + body + b"\x91.")  # MARK ... FROZENSET: hashes it
    assert cache.get_snapshot("c") is None
    assert "moved aside" in cache.warnings[0]


def test_an_entry_of_the_first_format_is_dropped_quietly(tmp_path: Path) -> None:
    import pickle

    cache = ParseCache(tmp_path / "cache", PARSER_VERSION)
    cache.put("k", parse_text("a.txt", "Text."))
    old = tmp_path / "cache" / "old.pickle"
    old.write_bytes(b"critmin-tui-cache\n" + pickle.dumps(parse_text("a.txt", "Text.")))
    assert cache.get("old", "a.txt") is None and not old.exists() and not cache.warnings
    assert cache.get("k", "a.txt") is not None


def test_the_cache_key_is_the_owners_only(tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "cache", PARSER_VERSION)
    cache.put("k", parse_text("a.txt", "Text."))
    key = tmp_path / "cache" / "key"
    assert key.stat().st_mode & 0o077 == 0 and len(key.read_bytes()) == 32
    assert ParseCache(tmp_path / "cache", PARSER_VERSION).get("k", "a.txt") is not None  # the same key, read back
