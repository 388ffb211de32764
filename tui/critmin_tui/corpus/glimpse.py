"""The opening of the first document, read with nothing but decoding: the reader's first frame.

It imports no model and no parser, so it is ready before they are.
"""

from __future__ import annotations

from codecs import BOM_UTF16_BE, BOM_UTF16_LE
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

from .discovery import first_document
from .files import open_regular
from .sanitize import visible
from .text import UndecodableError, decode

GLIMPSE_CHARS = 6_000  # more than a tall terminal shows; a megabyte would take long to wrap
_HEAD_BYTES = GLIMPSE_CHARS * 4  # up to four bytes a character in UTF-8
_TEXT_SUFFIXES = (".txt", ".md")  # as formats.TEXT_SUFFIXES: this module imports no model


class Glimpse(NamedTuple):
    """A document's name and its opening text, made safe to show."""

    name: str
    text: str


def glimpse(paths: Iterable[Path]) -> Glimpse | None:
    """The opening of the first document the paths name; None if there is none, or it cannot be read."""
    path = first_document(paths)
    if path is None or not path.name.lower().endswith(_TEXT_SUFFIXES):
        return None  # a PDF or web page is shown once read: its bytes are not its text
    try:
        with open_regular(path) as file:
            head = file.read(_HEAD_BYTES)
        text = decode(_whole_lines(head) if len(head) == _HEAD_BYTES else head).text
    except (OSError, UndecodableError):
        return None
    if len(text) > GLIMPSE_CHARS:
        text = text[:GLIMPSE_CHARS].rsplit("\n", 1)[0]
    text = text.lstrip()  # leading blank lines would only push the text down
    return Glimpse(path.name, visible(text, keep="\n")) if text else None


def _whole_lines(head: bytes) -> bytes:
    """The bytes up to the last line break: a cut through a character would not decode as UTF-8
    (and the fallback would garble the rest). An odd UTF-16 byte is dropped too."""
    cut = head.rfind(b"\n")
    head = head[:cut + 1] if cut > 0 else head
    return head[:len(head) & ~1] if head.startswith((BOM_UTF16_LE, BOM_UTF16_BE)) else _complete(head)


def _complete(head: bytes) -> bytes:
    """Drop a UTF-8 character cut off at the end (a line longer than the head has no break to cut at)."""
    for back in range(1, min(4, len(head)) + 1):
        byte = head[-back]
        if byte < 0x80:
            return head
        if byte >= 0xC0:  # the lead byte: how many bytes its character takes
            needed = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
            return head[:-back] if needed > back else head
    return head
