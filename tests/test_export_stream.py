"""Export at scale: documents from the parse cache the workers filled, written one at a time;
JSON Lines; worker processes sized to the cores; a large corpus's snapshot saved in a thread."""

from __future__ import annotations

import io
import json
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from critmin_tui.cli import main
from critmin_tui.corpus import PARSER_VERSION, ParseCache, exporting, load_corpus, parallel, parser, snapshot
from critmin_tui.corpus.records import corpus_record, corpus_sections
from critmin_tui.output import json_line, write_json_lines, write_json_sections

FIXTURES = Path(__file__).parent / "fixtures"
MANY = parallel.PARALLEL_FROM + 10


def _output(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


@pytest.fixture
def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every parse in this process, by path (worker processes parse in their own)."""
    parsed: list[str] = []
    real = parser.parse_text

    def counting(path: str, *args: Any, **kwargs: Any) -> Any:
        parsed.append(path)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(parser, "parse_text", counting)
    return parsed


@pytest.fixture
def many_files(tmp_path: Path) -> Path:
    """Enough articles (the fixtures, copied, each made distinct: one parse each) to be read by
    worker processes."""
    folder = tmp_path / "many"
    folder.mkdir()
    sources = sorted((FIXTURES / "articles").glob("*.txt"))
    for number in range(MANY):
        source = sources[number % len(sources)]
        (folder / f"{number:03d}-{source.name}").write_bytes(source.read_bytes() + f"\n\nCopy {number}.\n".encode())
    return folder


def test_export_takes_what_the_workers_parsed_from_the_cache(
        many_files: Path, count_parses: list[str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    if parallel.workers_for(MANY) == 1:
        pytest.skip("one core: no worker processes")
    monkeypatch.setattr(exporting, "workers_for", lambda files: 1)  # read in workers, exported here
    exported = json.loads(_output(capsys, "export", str(many_files)))
    assert len(exported["documents"]) == MANY
    assert count_parses == []  # every document came back from the cache the workers wrote


def test_export_in_workers_writes_what_one_process_writes(
        many_files: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    if parallel.workers_for(MANY) == 1:
        pytest.skip("one core: no worker processes")
    together = _output(capsys, "export", str(many_files))
    monkeypatch.setattr(exporting, "workers_for", lambda files: 1)
    assert _output(capsys, "export", str(many_files)) == together


def test_export_in_one_process_parses_each_document_once(
        many_files: Path, count_parses: list[str], capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10**9)
    monkeypatch.setattr("critmin_tui.corpus.loading.KEEP", 8)  # few documents kept from the read, as at scale
    lines = _output(capsys, "export", "--format", "jsonl", str(many_files)).splitlines()
    assert len(lines) == len(count_parses) == len(set(count_parses)) == MANY


def test_jsonl_is_one_document_per_line_as_json_export_has_them(capsys: pytest.CaptureFixture[str]) -> None:
    whole = json.loads(_output(capsys, "export"))
    lines = _output(capsys, "export", "--format", "jsonl").splitlines()
    assert [json.loads(line) for line in lines] == whole["documents"]
    assert all(isinstance(json.loads(line), dict) for line in lines)


def test_streamed_json_export_has_the_whole_corpus_record(capsys: pytest.CaptureFixture[str]) -> None:
    from critmin_tui.corpus import bundled_corpus

    exported = json.loads(_output(capsys, "export"))
    assert exported == json.loads(json.dumps(corpus_record(load_corpus([bundled_corpus()]))))
    assert list(exported) == ["documents", "speakers", "problems"]


_AWKWARD = {"text": "line\nbreak \u2028 and \u202e reversed \x1b[2J", "nested": [{"a": None}], "n": 1.5}


@pytest.mark.parametrize("sections", [
    pytest.param([], id="no-lists"),
    pytest.param([("documents", [])], id="one-empty-list"),
    pytest.param([("documents", [_AWKWARD, {}]), ("speakers", []), ("problems", [{"path": "p"}])], id="mixed"),
])
def test_streamed_json_is_the_object_of_its_lists(sections: list[tuple[str, list[Any]]]) -> None:
    written = io.StringIO()
    write_json_sections([(name, map(json_line, items)) for name, items in sections], written.write)
    assert json.loads(written.getvalue()) == dict(sections)
    assert not any(c in written.getvalue() for c in "\u2028\u202e\x1b")  # escaped, never raw


def test_json_lines_keep_each_item_on_one_line() -> None:
    written = io.StringIO()
    write_json_lines(map(json_line, [_AWKWARD, {"b": 2}]), written.write)
    assert [json.loads(line) for line in written.getvalue().splitlines()] == [_AWKWARD, {"b": 2}]
    assert json_line("\u2028") == '"\\u2028"'


@pytest.mark.parametrize(("files", "cores", "expected"), [
    pytest.param(10, 16, 1, id="few-files-read-here"),
    pytest.param(parallel.PARALLEL_FROM - 1, 64, 1, id="just-under-the-threshold"),
    pytest.param(10_000, 1, 1, id="one-core"),
    pytest.param(10_000, 2, 2, id="two-cores"),
    pytest.param(10_000, 16, 16, id="sixteen-cores-no-cap-at-eight"),
    pytest.param(50_000, 96, 96, id="ninety-six-cores"),
    pytest.param(parallel.PARALLEL_FROM, 64, -(-parallel.PARALLEL_FROM // parallel.CHUNK), id="no-more-than-chunks"),
])
def test_workers_one_per_core(files: int, cores: int, expected: int) -> None:
    assert parallel.workers_for(files, cores) == expected


@pytest.mark.parametrize(("forced", "expected"), [
    pytest.param("3", 3, id="forced"),
    pytest.param("1", 1, id="forced-to-one"),
    pytest.param("0", None, id="zero-ignored"),
    pytest.param("many", None, id="not-a-number-ignored"),
])
def test_the_worker_count_can_be_forced(forced: str, expected: int | None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(parallel.WORKERS_VARIABLE, raising=False)
    own = parallel.available_cores()
    monkeypatch.setenv(parallel.WORKERS_VARIABLE, forced)
    assert parallel.available_cores() == (own if expected is None else expected)


def test_a_snapshot_saved_in_a_thread_serves_the_next_open(
        tmp_path: Path, count_parses: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshot, "IN_THREAD_FROM", 0)
    folder = tmp_path / "docs"
    shutil.copytree(FIXTURES / "articles", folder)
    cache_dir = tmp_path / "cache"
    first = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    parsed = len(count_parses)
    for entry in cache_dir.glob("*.pickle"):
        entry.unlink()  # were a document parsed again, the count would grow: the snapshot alone serves
    second = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))  # waits for the save
    assert len(count_parses) == parsed and second.summaries == first.summaries
    snapshot.wait_for_saves()
    assert len(list((cache_dir / "corpora").glob("*.pickle"))) == 3  # the snapshot, its list, its readings


def test_export_sections_are_made_when_asked_for() -> None:
    from critmin_tui.corpus import bundled_corpus

    corpus = load_corpus([bundled_corpus()])
    [(name, documents), *_] = corpus_sections(corpus)
    assert name == "documents" and not isinstance(documents, list)  # a generator: one record at a time
    assert next(iter(documents))["file"] == corpus.summaries[0].name


def test_a_second_export_reads_each_record_the_first_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = ParseCache(tmp_path / "cache", PARSER_VERSION)
    corpus = load_corpus([FIXTURES / "articles"], cache=cache)
    task = next(exporting._tasks(corpus.summaries, cache, json_line))
    first = exporting._export_in_worker(task)

    def unused(*args: Any) -> Any:
        raise AssertionError("a kept record is not made again")

    monkeypatch.setattr(exporting, "document_record", unused)
    assert exporting._export_in_worker(task).texts == first.texts


def test_a_record_is_kept_under_all_it_depends_on() -> None:
    corpus = load_corpus([FIXTURES / "articles"])
    summary = corpus.summaries[0]
    name = exporting.record_name(summary, {}, "json_line:1")
    others = {
        exporting.record_name(summary, {}, "json_line:2"),  # another encoder
        exporting.record_name(replace(summary, path=summary.path + "x"), {}, "json_line:1"),  # moved
        exporting.record_name(replace(summary, title="Another"), {}, "json_line:1"),  # retitled by a manifest
        exporting.record_name(replace(summary, version_of="a.txt"), {"a.txt": "a.txt"}, "json_line:1"),
    }
    assert name not in others and len(others) == 4
