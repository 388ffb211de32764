"""Decoding, line breaks and offsets; files and folders; problems that never stop a load."""

from __future__ import annotations

import codecs
import os
from pathlib import Path
from typing import BinaryIO

import pytest

from critmin_tui.corpus import BlockKind, load_corpus, parse_text
from critmin_tui.corpus.text import UndecodableError, decode

ARTICLE = 'Dana Kerr said the plan was "bold".\n\n"We are ready," said Kerr.\n'


@pytest.mark.parametrize(
    ("data", "encoding", "warns"),
    [
        (ARTICLE.encode("utf-8"), "utf-8", False),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8-sig", False),
        (ARTICLE.encode("utf-16"), "utf-16", False),
        ("Māori “quote”".encode("utf-16-be").join([codecs.BOM_UTF16_BE, b""]), "utf-16", False),
        ("caf\u00e9 \u201cquoted\u201d".encode("cp1252"), "cp1252", True),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252-fallback"],
)
def test_decode(data: bytes, encoding: str, warns: bool) -> None:
    decoded = decode(data)
    assert decoded.encoding == encoding
    assert (decoded.warning is not None) == warns
    assert "\ufeff" not in decoded.text


def test_nul_bytes_are_binary() -> None:
    with pytest.raises(UndecodableError, match="NUL byte at offset 3"):
        decode(b"abc\x00def")


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "lone-cr"])
def test_line_breaks_keep_offsets(newline: str) -> None:
    text = ARTICLE.replace("\n", newline)
    document = parse_text("a.txt", text)
    assert [q.text for q in document.quotes] == ["bold", "We are ready,"]
    for quote in document.quotes:
        assert text[quote.start:quote.end] == quote.text
    assert all("\r" not in document.text_of(b) and "\n" not in document.text_of(b) for b in document.blocks)


def test_hard_wrapped_paragraphs_are_joined() -> None:
    text = "The council said the plan\nwould be reviewed by the\nend of the year and that\nnothing was decided.\n"
    [block] = parse_text("a.txt", text).blocks
    assert block.kind is BlockKind.PARAGRAPH and block.end == len(text) - 1


def test_folder_with_bad_files_still_reads_the_good(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "empty.md").write_text("", encoding="utf-8")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere")
    (tmp_path / "latin.txt").write_bytes("Kerr said it was \u201cfine\u201d.".encode("cp1252"))
    corpus = load_corpus([tmp_path])
    assert sorted(d.name for d in corpus.documents) == ["good.txt", "latin.txt"]
    problems = {Path(p.path).name: p for p in corpus.problems}
    assert "NUL byte" in problems["binary.txt"].message
    assert problems["empty.md"].message == "empty file"
    assert "folder" in problems["folder.txt"].message
    assert "dangling" in problems["dangling.txt"].message
    assert problems["latin.txt"].fatal is False


def test_fifo_is_never_opened(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe.txt")
    corpus = load_corpus([tmp_path / "pipe.txt"])
    assert not corpus.documents
    assert "FIFO" in corpus.problems[0].message


def test_symlink_loop_and_device_are_reported_not_opened(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "loop-a.txt").symlink_to(tmp_path / "loop-b.txt")
    (tmp_path / "loop-b.txt").symlink_to(tmp_path / "loop-a.txt")
    (tmp_path / "device.txt").symlink_to("/dev/null")
    corpus = load_corpus([tmp_path])
    assert [d.name for d in corpus.documents] == ["good.txt"]
    problems = {Path(p.path).name: p.message for p in corpus.problems}
    assert "symbolic links" in problems["loop-a.txt"] and "symbolic links" in problems["loop-b.txt"]
    assert "not a regular file" in problems["device.txt"]


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "secret.txt").write_text(ARTICLE, encoding="utf-8")
    from critmin_tui.corpus import files

    original = files.open_regular

    def deny(path: Path) -> BinaryIO:
        if path.name == "secret.txt":  # root ignores chmod 000, so the refusal is simulated
            raise PermissionError(13, "Permission denied", str(path))
        return original(path)

    monkeypatch.setattr(files, "open_regular", deny)
    corpus = load_corpus([tmp_path])
    assert [d.name for d in corpus.documents] == ["good.txt"]
    [problem] = corpus.problems
    assert problem.message == "cannot be read: Permission denied"


def test_five_megabytes_without_a_newline(tmp_path: Path) -> None:
    (tmp_path / "long.txt").write_text('Kerr said "it is long" and ' * 190_000, encoding="utf-8")
    [document] = load_corpus([tmp_path]).documents
    assert len(document.text) > 5_000_000 and len(document.blocks) == 1
    assert document.quotes and document.quotes[0].speaker == "Kerr"


def test_utf16_file_reads(tmp_path: Path) -> None:
    (tmp_path / "wide.txt").write_bytes("Te Pāti Māori said it was \u201cclear\u201d.".encode("utf-16"))
    [document] = load_corpus([tmp_path]).documents
    assert [q.text for q in document.quotes] == ["clear"]


@pytest.fixture
def many_files(tmp_path: Path) -> Path:
    """Over two hundred articles (the fixtures, copied): enough to be read by worker processes."""
    folder = tmp_path / "many"
    folder.mkdir()
    sources = sorted((Path(__file__).parent / "fixtures" / "articles").glob("*.txt"))
    for number in range(210):
        source = sources[number % len(sources)]
        (folder / f"{number:03d}-{source.name}").write_bytes(source.read_bytes())
    return folder


def test_worker_processes_read_what_one_process_reads(many_files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from critmin_tui.corpus import parallel

    assert parallel.workers_for(210) > 1 or (os.cpu_count() or 1) == 1
    assert parallel.workers_for(parallel.PARALLEL_FROM - 1) == 1
    together = load_corpus([many_files])
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 10**9)
    alone = load_corpus([many_files])
    assert together.summaries == alone.summaries and together.speakers == alone.speakers
    assert together.documents[205] == alone.documents[205]


def test_workers_that_cannot_start_leave_the_reading_to_this_process(
        many_files: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing

    def refuse(method: str) -> None:
        raise RuntimeError("no processes here")

    monkeypatch.setattr(multiprocessing, "get_context", refuse)
    assert len(load_corpus([many_files]).summaries) == 210


_WORKERS_UNDER_A_CAPTURED_STDERR = """
import io, sys
from pathlib import Path
from critmin_tui.corpus import load_corpus, parallel

class Captured(io.StringIO):  # as Textual captures stderr inside the reader: no descriptor
    def fileno(self):
        return -1

def read_here(*args, **kwargs):
    raise SystemExit("read in this process: the workers did not start")

if __name__ == "__main__":
    parallel.read_one = read_here
    sys.stderr = Captured()
    sys.__stdout__.write(str(len(load_corpus([Path(sys.argv[1])]).summaries)))
"""


def test_workers_start_inside_the_reader_where_stderr_has_no_descriptor(many_files: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    script = tmp_path / "captured.py"
    script.write_text(_WORKERS_UNDER_A_CAPTURED_STDERR, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(many_files)], capture_output=True, text=True, check=False)
    assert (done.returncode, done.stdout) == (0, "210"), done.stderr[-2000:]


def test_a_load_given_up_stops_at_once(many_files: Path) -> None:
    from critmin_tui.corpus.loading import LoadCancelledError

    seen: list[int] = []
    with pytest.raises(LoadCancelledError):
        load_corpus([many_files], progress=lambda done, total: seen.append(done), cancelled=lambda: len(seen) >= 5)
    assert len(seen) == 5
