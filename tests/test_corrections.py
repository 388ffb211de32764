"""A user's speaker corrections: the file, where it lives, and how it applies to the corpus."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml

from critmin_tui.corpus import Corpus, ParseCache, QuoteKind, bundled_corpus, load_corpus
from critmin_tui.corpus.correcting import correct, recount, undo, with_corrections
from critmin_tui.corpus.corrections import (
    FILE_NAME,
    CorrectionsError,
    CorrectionStore,
    data_file,
    from_entry,
    store_for,
    write_atomic,
)
from critmin_tui.corpus.loading import load_saved

from .correction_helpers import ARTICLE, NAME, correct_quote, write_corpus

GOOD: dict[str, Any] = {"hash": "ab" * 20, "start": 48, "end": 81, "text": "We will", "speaker": "Jo Lee"}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A corpus folder of one article."""
    return write_corpus(tmp_path)


@pytest.mark.parametrize(("change", "error"), [
    ({}, None),
    ({"speaker": None, "scare": True}, None),
    ({"speaker": None}, None),
    ({"when": "2026-11-26T10:00:00+13:00", "note": "audio", "parser_speaker": "Sam Hill"}, None),
    ({"start": "48"}, "start is not a whole number"),
    ({"end": True}, "end is not a whole number"),
    ({"start": 90}, "not a span"),
    ({"hash": None}, "hash is missing"),
    ({"text": 5}, "text is missing"),
    ({"speaker": "Jo Lee", "scare": True}, "a scare quote has no speaker"),
    ({"scare": "yes"}, "scare is not true or false"),
    ({"when": "Tuesday"}, "when is not a date"),
], ids=["plain", "scare", "no-one", "full", "start-text", "end-bool", "empty-span", "no-hash", "text-number",
        "scare-with-name", "scare-word", "bad-when"])
def test_an_entry_is_read_or_refused_with_its_field(change: dict[str, Any], error: str | None) -> None:
    entry = {**GOOD, **change}
    if error is None:
        correction = from_entry(entry)
        assert (correction.start, correction.speaker, correction.scare) == (entry["start"], entry["speaker"],
                                                                            entry.get("scare", False))
    else:
        with pytest.raises(ValueError, match=error):
            from_entry(entry)


def test_a_correction_is_made_undone_and_made_again(folder: Path) -> None:
    before = load_corpus([folder])
    assert before.speaker("Jo Lee") is not None and before.speaker("Ana Ruiz") is None
    written = correct_quote(folder, "We will", "Ana Ruiz")
    assert written == folder / FILE_NAME
    after = load_corpus([folder])
    quote = after.documents[0].quotes[0]
    assert quote.speaker == "Ana Ruiz" and quote.corrected is not None
    assert quote.corrected.parser_speaker == "Jo Lee" and quote.corrected.note == "checked"
    ana = after.speaker("Ana Ruiz")
    assert ana is not None and ana.quote_count == 1 and after.speaker("Jo Lee") is None
    assert after.summaries[0].quotes[0][2] == "Ana Ruiz"  # what filters and highlights read
    undo([folder], after.documents[0], quote)
    again = load_corpus([folder])
    assert again.documents[0].quotes[0].speaker == "Jo Lee" and again.documents[0].quotes[0].corrected is None
    assert again.speakers == before.speakers
    correct_quote(folder, "We will", "Ana Ruiz")
    assert load_corpus([folder]).documents[0].quotes[0].speaker == "Ana Ruiz"


def test_no_one_scare_quote_has_no_speaker_and_the_kind_scare(folder: Path) -> None:
    correct_quote(folder, "reckless", None, scare=True)
    corpus = load_corpus([folder])
    quote = corpus.documents[0].quotes[1]
    assert (quote.speaker, quote.kind) == (None, QuoteKind.SCARE)
    assert quote.corrected is not None and quote.corrected.parser_kind is QuoteKind.PARTIAL
    critics = corpus.speaker("Critics")
    assert critics is not None and critics.quote_count == 0  # what they reported still counts


def test_the_file_is_readable_yaml(folder: Path) -> None:
    correct_quote(folder, "We will", "Ana Ruiz")
    text = (folder / FILE_NAME).read_text(encoding="utf-8")
    assert text.startswith("# Speaker corrections")
    [entry] = yaml.safe_load(text)["corrections"]
    assert entry["document"] == NAME and entry["speaker"] == "Ana Ruiz" and entry["parser_speaker"] == "Jo Lee"
    assert entry["text"] == ARTICLE[entry["start"]:entry["end"]]


def test_a_correction_survives_a_reparse_and_a_parser_version_change(folder: Path, tmp_path_factory:
                                                                     pytest.TempPathFactory) -> None:
    cache_folder = tmp_path_factory.mktemp("parsed")
    load_corpus([folder], cache=ParseCache(cache_folder, "1-old"))
    correct_quote(folder, "We will", "Ana Ruiz")
    for cache in (ParseCache(cache_folder, "1-old"), ParseCache(cache_folder, "2-new"), None):
        assert load_corpus([folder], cache=cache).documents[0].quotes[0].speaker == "Ana Ruiz"


def test_a_saved_corpus_gets_its_corrections_too(folder: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    cache = ParseCache(tmp_path_factory.mktemp("parsed"), "1-old")
    load_corpus([folder], cache=cache)  # saves the snapshot
    correct_quote(folder, "We will", "Ana Ruiz")
    saved = load_saved([folder], cache)
    assert saved is not None and saved.summaries[0].quotes[0][2] == "Ana Ruiz"
    assert saved.documents[0].quotes[0].speaker == "Ana Ruiz"


@pytest.mark.parametrize(("edit", "reason"), [
    (lambda text: text.replace("Tuesday", "Wednesday"), "text has changed since"),
    (lambda text: text, None),
], ids=["text-changed", "unchanged"])
def test_a_changed_document_makes_its_correction_stale(folder: Path, edit: Any, reason: str | None) -> None:
    correct_quote(folder, "We will", "Ana Ruiz")
    (folder / NAME).write_text(edit(ARTICLE), encoding="utf-8")
    corpus = load_corpus([folder])
    stale = [p for p in corpus.problems if "correction not applied" in p.message]
    if reason is None:
        assert not stale and corpus.documents[0].quotes[0].speaker == "Ana Ruiz"
    else:
        assert len(stale) == 1 and reason in stale[0].message and not stale[0].fatal
        assert corpus.documents[0].quotes[0].speaker == "Jo Lee"  # never applied to another quote
        assert "Ana Ruiz" in (folder / FILE_NAME).read_text(encoding="utf-8")  # never dropped


@pytest.mark.parametrize(("field", "value", "reason"), [
    ("start", 49, "no quote at these offsets"),
    ("text", "We will approve it", "now reads"),
], ids=["offsets", "words"])
def test_a_hand_edited_correction_that_matches_no_quote_is_stale(folder: Path, field: str, value: Any,
                                                                 reason: str) -> None:
    correct_quote(folder, "We will", "Ana Ruiz")
    data = yaml.safe_load((folder / FILE_NAME).read_text(encoding="utf-8"))
    data["corrections"][0][field] = value
    (folder / FILE_NAME).write_text(yaml.safe_dump(data), encoding="utf-8")
    corpus = load_corpus([folder])
    assert any(reason in p.message for p in corpus.problems)
    assert [q.corrected for q in corpus.documents[0].quotes] == [None, None, None]


@pytest.mark.parametrize(("content", "problem"), [
    ("corrections: [\n", "not valid YAML"),
    ("- just a list\n", "expected a mapping"),
    ("format: 2\ncorrections: []\n", "format 2 is not 1"),
    (b"\xff\xfe\x00bad", "cannot be read"),
], ids=["broken-yaml", "wrong-shape", "newer-format", "not-utf8"])
def test_a_malformed_file_is_a_problem_and_never_overwritten(folder: Path, content: str | bytes,
                                                              problem: str) -> None:
    path = folder / FILE_NAME
    path.write_bytes(content if isinstance(content, bytes) else content.encode())
    corpus = load_corpus([folder])
    assert corpus.documents and any(problem in p.message for p in corpus.problems)
    written = correct_quote(folder, "We will", "Ana Ruiz")  # goes to the user's own copy instead
    assert written == data_file(folder) and path.read_bytes() == (content if isinstance(content, bytes)
                                                                  else content.encode())
    assert load_corpus([folder]).documents[0].quotes[0].speaker == "Ana Ruiz"


def test_an_unreadable_entry_is_reported_and_kept(folder: Path) -> None:
    (folder / FILE_NAME).write_text(yaml.safe_dump({"corrections": [{"start": "x"}]}), encoding="utf-8")
    assert any("correction 1 ignored" in p.message for p in load_corpus([folder]).problems)
    correct_quote(folder, "We will", "Ana Ruiz")
    entries = yaml.safe_load((folder / FILE_NAME).read_text(encoding="utf-8"))["corrections"]
    assert {"start": "x"} in entries and len(entries) == 2


def test_a_crash_mid_write_leaves_the_old_file(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    correct_quote(folder, "We will", "Ana Ruiz")
    before = (folder / FILE_NAME).read_bytes()

    def crash(_: int) -> None:
        raise KeyboardInterrupt  # the process dies between writing and renaming

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(KeyboardInterrupt):
        correct_quote(folder, "It is", "Ana Ruiz")
    assert (folder / FILE_NAME).read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == sorted([NAME, FILE_NAME])  # no temporary left


def test_write_atomic_replaces_a_whole_file(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "x.yaml"
    write_atomic(path, "one\n")
    write_atomic(path, "two\n")
    assert path.read_text() == "two\n" and len(list(path.parent.iterdir())) == 1


def _unwritable(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The folder cannot be written (tests run as root, where a mode does not stop a write)."""
    from critmin_tui.corpus import corrections

    real = corrections.write_atomic

    def refuse(path: Path, text: str) -> None:
        if path.parent == folder:
            raise PermissionError(13, "Permission denied")
        real(path, text)

    monkeypatch.setattr(corrections, "write_atomic", refuse)


def test_an_unwritable_folder_keeps_corrections_in_the_data_folder(folder: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    _unwritable(folder, monkeypatch)
    written = correct_quote(folder, "We will", "Ana Ruiz")
    assert written == data_file(folder) and str(written).startswith(os.environ["XDG_DATA_HOME"])
    assert not (folder / FILE_NAME).exists()
    assert yaml.safe_load(written.read_text(encoding="utf-8"))["corpus"] == str(folder.absolute())
    corpus = load_corpus([folder])
    assert corpus.documents[0].quotes[0].speaker == "Ana Ruiz"
    undo([folder], corpus.documents[0], corpus.documents[0].quotes[0])
    assert load_corpus([folder]).documents[0].quotes[0].speaker == "Jo Lee"


def test_a_shared_correction_in_an_unwritable_folder_cannot_be_undone_silently(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    correct_quote(folder, "We will", "Ana Ruiz")
    _unwritable(folder, monkeypatch)
    corpus = load_corpus([folder])
    with pytest.raises(CorrectionsError, match="remove it from that file by hand"):
        undo([folder], corpus.documents[0], corpus.documents[0].quotes[0])
    correct_quote(folder, "We will", "Sam Hill")  # the user's own copy wins over the shared file
    assert load_corpus([folder]).documents[0].quotes[0].speaker == "Sam Hill"


def test_the_folder_takes_the_users_copy_back_when_it_can_be_written(folder: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.MonkeyPatch.context() as patch:  # not monkeypatch.undo(): that would undo the private folders
        _unwritable(folder, patch)
        correct_quote(folder, "We will", "Ana Ruiz")
    correct_quote(folder, "It is", "Jo Lee")
    assert not data_file(folder).exists()
    entries = yaml.safe_load((folder / FILE_NAME).read_text(encoding="utf-8"))["corrections"]
    assert [e["speaker"] for e in entries] == ["Ana Ruiz", "Jo Lee"]


def test_the_bundled_corpus_is_never_written_into() -> None:
    seeds = bundled_corpus()
    store = store_for(seeds)
    assert isinstance(store, CorrectionStore) and not store.folder_writable
    corpus = load_corpus([seeds])
    document = corpus.documents[0]
    quote = next(q for q in document.quotes if q.speaker)
    assert correct([seeds], document, quote, "Ana Ruiz") == data_file(seeds)
    assert not (seeds / FILE_NAME).exists()
    corrected = load_corpus([seeds])
    assert corrected.documents[0].quotes[document.quotes.index(quote)].speaker == "Ana Ruiz"
    assert corrected.speaker("Ana Ruiz") is not None


def test_recount_gives_the_registry_back_when_nothing_is_corrected(corpus: Corpus) -> None:
    assert recount(corpus.speakers, corpus.summaries) == corpus.speakers



def test_corrections_apply_again_to_a_corpus_in_memory(folder: Path) -> None:
    corpus = load_corpus([folder])
    correct_quote(folder, "We will", "Ana Ruiz")
    corrected = with_corrections(corpus, [folder])
    assert corrected.documents[0].quotes[0].speaker == "Ana Ruiz"
    assert with_corrections(corrected, [folder]).speakers == corrected.speakers  # not applied twice
    undo([folder], corrected.documents[0], corrected.documents[0].quotes[0])
    again = with_corrections(corrected, [folder])
    assert again.documents[0].quotes[0].speaker == "Jo Lee" and again.speakers == corpus.speakers


def test_the_store_is_found_behind_the_corrections(tmp_path: Path) -> None:
    """A corpus read on demand keeps loading off the UI thread, and telling of changed files,
    once corrections are applied over its store."""
    from critmin_tui.corpus import PARSER_VERSION, Problem
    from critmin_tui.corpus.store import DocumentStore, store_of
    from critmin_tui.reader.problems import found_later

    (tmp_path / "docs").mkdir()
    folder = write_corpus(tmp_path / "docs")
    correct_quote(folder, "It is a setback", "Jo Lee")
    cache = tmp_path / "cache"
    load_corpus([folder], cache=ParseCache(cache, PARSER_VERSION))
    stored = load_corpus([folder], cache=ParseCache(cache, PARSER_VERSION))  # the snapshot: read on demand
    corrected = with_corrections(stored, [folder])
    store = store_of(corrected.documents)
    assert isinstance(store, DocumentStore) and store is store_of(stored.documents)
    assert corrected.documents is not store  # the corrections are laid over it
    (folder / NAME).unlink()
    store.problems.append(Problem(str(folder / NAME), "cannot be read again"))  # as a reload finds it
    assert found_later(corrected) == tuple(store.problems)
