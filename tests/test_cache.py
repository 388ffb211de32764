"""The parse cache: reused when the bytes match, rebuilt when damaged, off when unwritable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from critmin_tui.corpus import PARSER_VERSION, ParseCache, load_corpus

from .conftest import SEEDS


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    target = tmp_path / "docs"
    target.mkdir()
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, target / path.name)
    return target


def _quotes(corpus_folder: Path, cache: ParseCache | None) -> list[tuple[str, str | None]]:
    corpus = load_corpus([corpus_folder], cache=cache)
    return [(q.text, q.speaker) for d in corpus.documents for q in d.quotes]


def test_second_open_uses_the_cache_and_gives_the_same_model(folder: Path, tmp_path: Path) -> None:
    cache = ParseCache(tmp_path / "cache", PARSER_VERSION)
    fresh = _quotes(folder, cache)
    assert len(list((tmp_path / "cache").glob("*.pickle"))) == 3
    reused = load_corpus([folder], cache=cache)
    assert [(q.text, q.speaker) for d in reused.documents for q in d.quotes] == fresh
    assert all(str(folder) in d.path for d in reused.documents)


def test_changed_parser_version_misses(folder: Path, tmp_path: Path) -> None:
    ParseCache(tmp_path / "cache", "1").put("x", load_corpus([folder]).documents[0])
    cache = ParseCache(tmp_path / "cache", "2")
    assert cache.key(b"abc", None) != ParseCache(tmp_path / "cache", "1").key(b"abc", None)


def test_corrupt_entry_is_moved_aside_and_rebuilt(folder: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    _quotes(folder, ParseCache(cache_dir, PARSER_VERSION))
    victim = sorted(cache_dir.glob("*.pickle"))[0]
    victim.write_bytes(b"critmin-tui-cache\nnot a pickle")
    cache = ParseCache(cache_dir, PARSER_VERSION)
    corpus = load_corpus([folder], cache=cache)
    assert len(corpus.documents) == 3
    assert victim.with_suffix(".corrupt").exists() and victim.exists()
    assert any("moved aside" in p.message for p in corpus.problems)


def test_foreign_pickle_cannot_run_code(folder: Path, tmp_path: Path) -> None:
    import os
    import pickle

    class Evil:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, ("touch " + str(tmp_path / "pwned"),))

    cache_dir = tmp_path / "cache"
    _quotes(folder, ParseCache(cache_dir, PARSER_VERSION))
    for entry in cache_dir.glob("*.pickle"):
        entry.write_bytes(b"critmin-tui-cache\n" + pickle.dumps(Evil()))
    corpus = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    assert len(corpus.documents) == 3 and not (tmp_path / "pwned").exists()


def test_unwritable_cache_folder_degrades_with_a_warning(folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    corpus = load_corpus([folder], cache=ParseCache(blocker / "parsed", PARSER_VERSION))
    assert len(corpus.documents) == 3
    [warning] = [p for p in corpus.problems if p.path == "(parse cache)"]
    assert "without a cache" in warning.message and not warning.fatal
