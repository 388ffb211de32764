"""The documents listed with their kind, agency and redaction count: the CLI's ``list``, the
manifest forcing a kind, and the reader's document pane."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from critmin_tui.cli import main
from critmin_tui.corpus import load_corpus
from critmin_tui.corpus.model import DocumentKind
from critmin_tui.reader.panes import DocumentList

from .conftest import FIXTURES
from .reader_helpers import all_rows, corpus_of, make_app, screen_of

RELEASED = FIXTURES / "released"
LETTER = "r02_oia_response.txt"  # six redactions, from MBIE
ARTICLE = "k11_article_quotes_oia.txt"


def _folder(tmp_path: Path, manifest: str | None = None) -> Path:
    for name in (LETTER, ARTICLE):
        shutil.copy(RELEASED / name, tmp_path / name)
    if manifest is not None:
        (tmp_path / "corpus.yaml").write_text(manifest, encoding="utf-8")
    return tmp_path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_list_json_carries_kind_agency_and_redactions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = {row["document"]: row for row in json.loads(_run(capsys, "list", str(_folder(tmp_path)), "--no-cache",
                                                             "--format", "json"))}
    assert (rows[LETTER]["kind"], rows[LETTER]["agency"], rows[LETTER]["redactions"]) == (
        "letter", "Ministry of Business, Innovation and Employment", 6)
    assert (rows[ARTICLE]["kind"], rows[ARTICLE]["agency"], rows[ARTICLE]["redactions"]) == ("article", None, 0)


def test_list_csv_has_the_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _run(capsys, "list", str(_folder(tmp_path)), "--no-cache", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {"kind", "agency", "redactions"} <= set(rows[0])
    assert {(r["document"], r["kind"], r["redactions"]) for r in rows} == {(LETTER, "letter", "6"),
                                                                           (ARTICLE, "article", "0")}


def test_list_text_names_the_kind_and_counts_only_redactions_there_are(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = _run(capsys, "list", str(_folder(tmp_path)), "--no-cache").splitlines()
    letter = next(line for line in lines if line.startswith(LETTER))
    article = next(line for line in lines if line.startswith(ARTICLE))
    assert "Response letter · Ministry of Business, Innovation and Employment" in letter and "6 redactions" in letter
    assert "(Article · " in article and "redaction" not in article


def test_manifest_forces_a_new_kind(tmp_path: Path) -> None:
    folder = _folder(tmp_path, f"documents:\n  {ARTICLE}:\n    kind: email\n  {LETTER}:\n    kind: article\n")
    corpus = load_corpus([folder])
    email, letter = corpus.document(ARTICLE), corpus.document(LETTER)
    assert email is not None and email.kind is DocumentKind.EMAIL
    assert letter is not None and letter.kind is DocumentKind.ARTICLE and letter.agency is None
    assert not corpus.problems


def test_manifest_notes_a_kind_that_is_not_one(tmp_path: Path) -> None:
    corpus = load_corpus([_folder(tmp_path, f"documents:\n  {LETTER}:\n    kind: memo\n")])
    letter = corpus.document(LETTER)
    assert letter is not None and letter.kind is DocumentKind.LETTER  # detected, as without the manifest
    assert any("kind 'memo' is not one of" in p.message for p in corpus.problems)


async def test_reader_lists_kind_and_redactions(tmp_path: Path) -> None:
    async with make_app(corpus_of(_folder(tmp_path))).run_test(size=(110, 36)) as pilot:
        await pilot.pause()
        documents = screen_of(pilot.app).query_one(DocumentList)
        prompts = [str(documents.get_option_at_index(i).prompt) for i in range(documents.option_count)
                   if documents.get_option_at_index(i).id is not None]
        letter = next(p for p in prompts if "Response letter" in p)
        assert "6 redactions" in letter
        assert any("Article" in p and "redaction" not in p for p in prompts)


async def test_reader_masthead_names_kind_and_agency(tmp_path: Path) -> None:
    corpus = corpus_of(_folder(tmp_path))
    letter = next(i for i, s in enumerate(corpus.summaries) if s.name == LETTER)
    async with make_app(corpus).run_test(size=(110, 36)) as pilot:
        await pilot.pause()
        assert "Response letter" not in all_rows(pilot.app)  # the article is shown first
        screen_of(pilot.app).post_message(DocumentList.DocumentChosen(letter))
        await pilot.pause()
        assert "Response letter · Ministry of Business, Innovation and Employment" in all_rows(pilot.app)
