"""Formatting records for a terminal or a pipe: text, JSON, CSV and Markdown."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from .corpus.sanitize import visible

FORMATS = ("text", "json", "jsonl", "csv", "markdown")
# Characters JSON may carry raw that a terminal would act on or reorder: escape them too. Lone
# surrogates (a file name's undecodable bytes) are escaped as well: raw, they are not UTF-8.
_UNSAFE_IN_JSON = re.compile(
    "[\u0080-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]")


def plural(count: int, noun: str) -> str:
    """"1 quote", "2 quotes"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _escaped(raw: str) -> str:
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", raw)


def to_json(data: Any) -> str:
    """JSON that keeps the original text, with every terminal-unsafe character escaped."""
    return _escaped(json.dumps(data, ensure_ascii=False, indent=2))


def json_line(data: Any) -> str:
    """One JSON value on one line (a newline in a string is escaped), terminal-unsafe characters
    escaped. Without ``indent``, json.dumps uses its C encoder: several times the speed."""
    return _escaped(json.dumps(data, ensure_ascii=False))


Write = Callable[[str], object]


def write_json_sections(sections: Iterable[tuple[str, Iterable[str]]], write: Write) -> None:
    """A JSON object of lists, written as it is made: each list's items (encoded by json_line())
    one per line, indented; no more than one item is ever held as text here."""
    write("{")
    for number, (name, items) in enumerate(sections):
        write(f"{',' if number else ''}\n  {json_line(name)}: [")
        empty = True
        for item in items:
            write(f"{'' if empty else ','}\n    {item}")
            empty = False
        write("]" if empty else "\n  ]")
    write("\n}\n")


def write_json_lines(items: Iterable[str], write: Write) -> None:
    """JSON Lines: each item (encoded by json_line()) on its own line, written as it comes."""
    for item in items:
        write(item + "\n")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return visible(str(value), keep="")


def to_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """CSV with a header row; text made visible (control characters as placeholders)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return buffer.getvalue()


def to_markdown(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    """A Markdown table; pipes escaped, text made visible."""
    def cell(value: Any) -> str:
        return _cell(value).replace("|", "\\|")

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines.extend("| " + " | ".join(cell(row.get(c)) for c in columns) + " |" for row in rows)
    return "\n".join(lines) + "\n"


def render(rows: Sequence[dict[str, Any]], columns: Sequence[str], fmt: str, text_line: Any) -> str:
    """Rows in the chosen format; ``text_line`` makes one readable line of a row."""
    if fmt == "json":
        return to_json(list(rows)) + "\n"
    if fmt == "jsonl":
        return "".join(json_line(row) + "\n" for row in rows)
    if fmt == "csv":
        return to_csv(rows, columns)
    if fmt == "markdown":
        return to_markdown(rows, columns)
    return "".join(visible(text_line(row)) + "\n" for row in rows)


def initials(name: str) -> str:
    """Two letters for a speaker: "Josie Vidal" → "JV", "Treasury" → "TR"."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isalpha()]
    if not words:
        return "··"
    if len(words) == 1:
        return words[0][:2].upper().ljust(2, "·")
    return (words[0][0] + words[-1][0]).upper()
