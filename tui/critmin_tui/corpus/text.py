"""Decoding bytes to text, and splitting text into lines without moving any offset."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

# Any line break style counts; nothing is rewritten, so offsets stay those of the decoded text.
_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and, when a fallback was used, a warning saying so."""

    text: str
    encoding: str
    warning: str | None = None


@lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """``text.lower()``, kept for the few texts in hand: one parse asks it of one document several
    times (its kind, its schedule, its tables), and lowering a long text with accents is not cheap."""
    return text.lower()


class UndecodableError(ValueError):
    """Bytes that are not text (a NUL byte outside UTF-16)."""


def decode(data: bytes) -> Decoded:
    """Decode UTF-8 (BOM or not), UTF-16 with BOM, or else cp1252 with a warning."""
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(data[3:].decode("utf-8", errors="replace"), "utf-8-sig")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Decoded(data.decode("utf-16", errors="replace"), "utf-16")
    if b"\x00" in data:
        nul_at = data.index(b"\x00")
        raise UndecodableError(f"binary data: NUL byte at offset {nul_at}")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        where = f"invalid UTF-8 at byte {error.start}"
    # Only the invalid bytes are read as cp1252: one stray byte must not turn every "ā" and
    # curly quote of a UTF-8 file into mojibake. A file wholly in cp1252 reads the same as before.
    text = data.decode("utf-8", errors=_CP1252_FALLBACK)
    if len(text) < len(data):  # fewer characters than bytes: some multibyte UTF-8 was valid
        return Decoded(text, "utf-8", f"{where}; the invalid bytes decoded as cp1252, the rest as UTF-8")
    return Decoded(text, "cp1252", f"{where}; decoded as cp1252")


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """A decoding error handler: the bad bytes as cp1252, one character each."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


_CP1252_FALLBACK = "critmin-tui-cp1252"
codecs.register_error(_CP1252_FALLBACK, _cp1252_bytes)


class Line(NamedTuple):
    """A line's content span, without its break and without surrounding white space."""

    start: int
    end: int
    blank: bool


_new_tuple = tuple.__new__  # a NamedTuple's own __new__ is a Python call; every line of every text makes one


def lines(text: str) -> list[Line]:
    """Every line of the text, with leading and trailing white space trimmed off its span."""
    result: list[Line] = []
    append = result.append
    for raw_start, content in _raw_lines(text):
        stripped = content.strip()
        if not stripped:
            append(_new_tuple(Line, (raw_start, raw_start, True)))
            continue
        start = raw_start + len(content) - len(content.lstrip())
        append(_new_tuple(Line, (start, start + len(stripped), False)))
    return result


def _raw_lines(text: str) -> list[tuple[int, str]]:
    """Each line's start and content (without its break). LF-only text takes a fast path."""
    if "\r" not in text:
        found = []
        at = 0
        for content in text.split("\n"):
            found.append((at, content))
            at += len(content) + 1
        if len(found) > 1 and found[-1][1] == "":
            found.pop()
        return found
    found = []
    for match in _LINE_RE.finditer(text):
        raw_start, raw_end = match.span()
        if raw_start == raw_end and raw_start == len(text) and found:
            break
        found.append((raw_start, match.group().rstrip("\r\n")))
    return found


# A non-blank line's content without the white space round it; "^" and "[^\n]" know only LF as a break,
# as the LF-only path of _raw_lines does (and \s is str.isspace, as strip() is).
_CONTENT_RE = re.compile(r"^[^\S\n]*(\S(?:[^\n]*\S)?)", re.M)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs: each non-blank line, or a block of hard-wrapped lines joined."""
    if "\r" in text:
        return _paragraph_spans_of_lines(text)
    # LF only: one scan finds the non-blank lines; two are of one group when one break parts them.
    spans: list[tuple[int, int]] = []
    group: list[Line] = []
    previous = 0
    for match in _CONTENT_RE.finditer(text):
        start, end = match.span(1)
        if group and text.count("\n", previous, start) > 1:
            spans.extend(_split_group(text, group))
            group = []
        group.append(_new_tuple(Line, (start, end, False)))
        previous = end
    if group:
        spans.extend(_split_group(text, group))
    return spans


def _paragraph_spans_of_lines(text: str) -> list[tuple[int, int]]:
    """paragraph_spans line by line, for text with any line break style."""
    spans: list[tuple[int, int]] = []
    group: list[Line] = []
    for line in [*lines(text), Line(len(text), len(text), True)]:
        if not line.blank:
            group.append(line)
            continue
        if group:
            spans.extend(_split_group(text, group))
            group = []
    return spans


_SENTENCE_END = tuple('.!?:;"”’)]*|')


def _split_group(text: str, group: list[Line]) -> list[tuple[int, int]]:
    """One span per line, unless the lines look hard-wrapped (most end mid-sentence)."""
    if len(group) > 2:
        inner = group[:-1]
        mid_sentence = sum(1 for line in inner if not text[line.start:line.end].endswith(_SENTENCE_END))
        starts_lower = sum(1 for line in group[1:] if text[line.start].islower())
        if mid_sentence * 3 >= len(inner) * 2 and starts_lower * 2 >= len(group) - 1:
            return [(group[0].start, group[-1].end)]
    return [(line.start, line.end) for line in group]
