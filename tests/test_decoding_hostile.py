"""Mixed decoding, a first frame cut mid-character, a regex that Python warns about."""

from __future__ import annotations

import warnings

from critmin_tui.corpus import Query, find_all
from critmin_tui.corpus.glimpse import _whole_lines
from critmin_tui.corpus.text import decode


def test_one_invalid_byte_keeps_the_rest_utf8() -> None:
    decoded = decode("Te Pāti Māori said “no”.".encode() + b" \x97 ok")
    assert decoded.text == "Te Pāti Māori said “no”. — ok"
    assert decoded.warning is not None and "byte 31" in decoded.warning


def test_a_cp1252_file_reads_as_before() -> None:
    decoded = decode("café “quoted”".encode("cp1252"))
    assert decoded.text == "café “quoted”" and decoded.encoding == "cp1252"


def test_the_first_frame_drops_a_character_cut_in_half() -> None:
    head = ("x" + "ā" * 20_000).encode()[:24_000]  # one long line: no break to cut at
    text = decode(_whole_lines(head)).text
    assert text == "x" + "ā" * 11_999 and decode(_whole_lines(head)).warning is None


def test_a_nested_set_pattern_prints_no_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert find_all("a[b", Query("[[b]", regex=True)) == [(1, 2), (2, 3)]
