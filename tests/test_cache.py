"""The parse cache: reused when the bytes match, rebuilt when damaged, off when unwritable."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from critmin_tui.corpus import PARSER_VERSION, ParseCache, load_corpus
from critmin_tui.corpus.cache import MAGIC

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
    victim.write_bytes(MAGIC + b"not a pickle")
    shutil.rmtree(cache_dir / "corpora")  # no snapshot: every document is read from the cache
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
    for entry in cache_dir.rglob("*.pickle"):  # the documents' entries and the corpus snapshot
        entry.write_bytes(MAGIC + pickle.dumps(Evil()))
    corpus = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    assert len(corpus.documents) == 3 and not (tmp_path / "pwned").exists()


def test_unwritable_cache_folder_degrades_with_a_warning(folder: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    corpus = load_corpus([folder], cache=ParseCache(blocker / "parsed", PARSER_VERSION))
    assert len(corpus.documents) == 3
    [warning] = [p for p in corpus.problems if p.path == "(parse cache)"]
    assert "without a cache" in warning.message and not warning.fatal


def test_second_open_reads_the_snapshot_not_the_documents(folder: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    first = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    for entry in cache_dir.glob("*.pickle"):
        entry.unlink()  # were a document entry read, it would be missing: the snapshot alone serves
    second = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    assert second.summaries == first.summaries and second.speakers == first.speakers
    assert not list(cache_dir.glob("*.pickle"))
    assert second.documents[0].quotes == first.documents[0].quotes  # loaded on demand, parsed again


def test_a_changed_file_makes_the_snapshot_stale(folder: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    added = folder / "new.txt"
    added.write_text('Headline\n\n"It is new," Aroha Tane said.\n', encoding="utf-8")
    corpus = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    assert "new.txt" in [s.name for s in corpus.summaries]
    assert corpus.speaker("Aroha Tane") is not None
    assert len(list((cache_dir / "corpora").glob("*.pickle"))) == 3  # snapshot, its list and readings: replaced


def test_corrupt_snapshot_is_moved_aside_and_the_corpus_read_again(folder: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    first = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    [snapshot] = [p for p in (cache_dir / "corpora").glob("*.pickle") if "-" not in p.stem]  # not its list or readings
    snapshot.write_bytes(MAGIC + b"\x80\x05garbage")
    cache = ParseCache(cache_dir, PARSER_VERSION)
    again = load_corpus([folder], cache=cache)
    assert again.summaries == first.summaries
    assert snapshot.with_suffix(".corrupt").exists()
    assert any("moved aside" in p.message for p in again.problems)


def test_documents_beyond_the_working_set_load_again_the_same(folder: Path, tmp_path: Path) -> None:
    from critmin_tui.corpus.store import DocumentStore

    corpus = load_corpus([folder], cache=ParseCache(tmp_path / "cache", PARSER_VERSION))
    store = DocumentStore(corpus.summaries, ParseCache(tmp_path / "cache", PARSER_VERSION), keep=1)
    assert [d.quotes for d in store] == [d.quotes for d in corpus.documents]
    assert [d.version_of for d in store] == [s.version_of for s in corpus.summaries]


def test_after_one_file_changes_only_that_file_is_read_again(folder: Path, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from critmin_tui.corpus import loading

    cache_dir = tmp_path / "cache"
    first = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    changed = sorted(folder.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA new closing line.\n", encoding="utf-8")
    read: list[str] = []
    original = loading.read_entry

    def counting(path: Path, *args: object) -> loading.Entry:
        read.append(path.name)
        return original(path, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(loading, "read_entry", counting)
    second = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    assert read == [changed.name]
    assert [s.title for s in second.summaries] == [s.title for s in first.summaries]
    assert second.speakers == first.speakers
    assert second.folds is not None
    assert "A new closing line" in "".join(second.folds.kept.chunks)
