"""Making document text safe to show: control characters become visible placeholders."""

from __future__ import annotations

# One character for one, so offsets into the text stay offsets into what is shown.
_C0 = {code: chr(0x2400 + code) for code in range(0x20)}
_OTHERS = {0x7F: "␡", 0x2028: "␤", 0x2029: "␤"}
_C1 = {code: "␦" for code in range(0x80, 0xA0)}
# Trojan Source: bidi embeddings, overrides and isolates reorder what the eye sees.
_BIDI = {code: "⇄" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x061C, 0x200E, 0x200F)}
_INVISIBLE = {code: "·" for code in (0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x180E, 0x00AD)}
# A file name's undecodable bytes arrive as lone surrogates (0x9b, a C1 CSI, as U+DC9B): they
# cannot be written as UTF-8, and written raw they would reach the terminal. Shown as U+FFFD.
_SURROGATES = {code: "\ufffd" for code in range(0xD800, 0xE000)}
_TABLE = {**_C0, **_OTHERS, **_C1, **_BIDI, **_INVISIBLE, **_SURROGATES}


def visible(text: str, keep: str = "") -> str:
    """Replace control, bidi and zero-width characters with visible placeholders (``keep`` excepted)."""
    if text.isascii() and text.isprintable():
        return text
    table = {k: v for k, v in _TABLE.items() if chr(k) not in keep} if keep else _TABLE
    return text.translate(table)


def one_line(text: str) -> str:
    """Text for a single screen line: tabs and line breaks become spaces, one for one."""
    return visible(text.replace("\t", " ").replace("\r", " ").replace("\n", " "))
