"""The optional manifest: it enriches, and a broken one never stops the corpus opening."""

from __future__ import annotations

import shutil
from pathlib import Path

from critmin_tui.corpus import load_corpus

from .conftest import SEEDS


def _copy_seeds(target: Path) -> None:
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, target / path.name)


def test_manifest_sets_titles_outlet_and_roles(tmp_path: Path) -> None:
    corpus = load_corpus([SEEDS])
    document = corpus.document("000_eebd5cc39ea4caf4.txt")
    assert document is not None and document.outlet == "RNZ" and document.date == "2026-02-02"
    luxon = corpus.speaker("Luxon")
    assert luxon is not None and luxon.org == "National"


def test_bare_folder_parses_the_same_quotes(tmp_path: Path) -> None:
    _copy_seeds(tmp_path)
    bare, full = load_corpus([tmp_path]), load_corpus([SEEDS])
    for document in full.documents:
        twin = bare.document(document.name)
        assert twin is not None
        assert [(q.text, q.speaker, q.kind) for q in twin.quotes] == [
            (q.text, q.speaker, q.kind) for q in document.quotes
        ]


def test_broken_manifest_reports_line_and_column(tmp_path: Path) -> None:
    _copy_seeds(tmp_path)
    (tmp_path / "corpus.yaml").write_text("documents:\n  a.txt: {title: [unclosed\n", encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert len(corpus.documents) == 3
    [problem] = corpus.problems
    assert problem.fatal is False
    assert "corpus.yaml:3:1" in problem.message or "corpus.yaml:2:" in problem.message


def test_manifest_naming_missing_files(tmp_path: Path) -> None:
    _copy_seeds(tmp_path)
    (tmp_path / "corpus.yaml").write_text("documents:\n  gone.txt: {title: Gone}\n", encoding="utf-8")
    corpus = load_corpus([tmp_path])
    assert len(corpus.documents) == 3
    assert [p.path for p in corpus.problems] == ["gone.txt"]
