"""A manifest with values its loader does not expect: each is a problem, and the folder opens."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from critmin_tui.corpus import Corpus, load_corpus
from critmin_tui.reader.state import CorpusShape

from .conftest import SEEDS

FIRST = "000_eebd5cc39ea4caf4.txt"
SECOND = "001_c3fad3d5bedaf286.txt"


def _folder(tmp_path: Path, manifest: str | None) -> Path:
    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    if manifest is not None:
        (tmp_path / "corpus.yaml").write_text(manifest, encoding="utf-8")
    return tmp_path


def _messages(corpus: Corpus) -> list[str]:
    return [p.message for p in corpus.problems]


def _listed(corpus: Corpus) -> set[int]:
    """Documents the reader lists, or lists as another's capture."""
    shape = CorpusShape.of(corpus)
    return set(shape.primaries) | {v for p in shape.primaries for v in shape.versions.get(p, [])}


def test_an_impossible_date_is_left_out_with_its_line_and_column(tmp_path: Path) -> None:
    folder = _folder(tmp_path, f"documents:\n  {FIRST}:\n    title: Kept\n    date: 2026-02-30\n")
    corpus = load_corpus([folder])
    assert len(corpus.documents) == 3
    [message] = _messages(corpus)
    assert "corpus.yaml:4:11" in message and "2026-02-30" in message
    document = corpus.document(FIRST)
    assert document is not None and document.title == "Kept" and document.date != "2026-02-30"


def test_a_five_thousand_digit_number_is_text(tmp_path: Path) -> None:
    folder = _folder(tmp_path, f"documents:\n  {FIRST}:\n    outlet: {'9' * 5000}\n")
    corpus = load_corpus([folder])
    document = corpus.document(FIRST)
    assert document is not None and document.outlet == "9" * 5000


def test_deep_nesting_is_a_problem_not_a_recursion_error(tmp_path: Path) -> None:
    folder = _folder(tmp_path, "documents: " + "[" * 20_000 + "]" * 20_000 + "\n")
    corpus = load_corpus([folder])
    assert len(corpus.documents) == 3
    [message] = _messages(corpus)
    assert "corpus.yaml:1:" in message and "nested" in message


def test_billion_laughs_in_a_field_does_not_expand(tmp_path: Path) -> None:
    lines = ['a: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"b{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 10)]
    lines += [f"documents:\n  {FIRST}:\n    title: *l9", "speakers:\n  - name: X\n    aliases: *l9"]
    corpus = load_corpus([_folder(tmp_path, "\n".join(lines) + "\n")])
    assert len(corpus.documents) == 3
    assert all("expected text" in m for m in _messages(corpus)) and len(_messages(corpus)) >= 2


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_manifest_that_is_a_fifo_is_skipped(tmp_path: Path) -> None:
    folder = _folder(tmp_path, None)
    os.mkfifo(folder / "corpus.yaml")
    corpus = load_corpus([folder])
    assert len(corpus.documents) == 3
    assert [p.path for p in corpus.problems] == [str(folder / "corpus.yaml")]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_a_manifest_linked_to_dev_zero_is_skipped(tmp_path: Path) -> None:
    folder = _folder(tmp_path, None)
    (folder / "corpus.yaml").symlink_to("/dev/zero")
    corpus = load_corpus([folder])
    assert len(corpus.documents) == 3
    assert "not a regular file" in _messages(corpus)[0]


def test_a_version_of_loop_lists_both_documents(tmp_path: Path) -> None:
    manifest = f"documents:\n  {FIRST}:\n    version_of: {SECOND}\n  {SECOND}:\n    version_of: {FIRST}\n"
    corpus = load_corpus([_folder(tmp_path, manifest)])
    assert _listed(corpus) == {0, 1, 2}
    assert len(_messages(corpus)) == 2 and all("leads back" in m for m in _messages(corpus))
    assert "corpus.yaml:3:17" in _messages(corpus)[0]


def test_a_document_that_is_its_own_version_is_listed(tmp_path: Path) -> None:
    corpus = load_corpus([_folder(tmp_path, f"documents:\n  {FIRST}:\n    version_of: {FIRST}\n")])
    assert _listed(corpus) == {0, 1, 2}
    assert "leads back" in _messages(corpus)[0]


def test_a_detected_capture_and_a_manifest_link_back_make_no_loop(tmp_path: Path) -> None:
    # The two captures are linked as versions by their text; the manifest links them the other way.
    corpus = load_corpus([_folder(tmp_path, f"documents:\n  {FIRST}:\n    version_of: {SECOND}\n")])
    shape = CorpusShape.of(corpus)
    assert _listed(corpus) == {0, 1, 2} and [corpus.summaries[i].name for i in shape.versions[1]] == [FIRST]
