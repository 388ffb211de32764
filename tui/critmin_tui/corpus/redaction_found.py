"""A redaction candidate as the finders report it (corpus/redaction_rules.py and the modules it calls)."""

from __future__ import annotations

from typing import NamedTuple

from .model import RedactionKind


class Found(NamedTuple):
    """A candidate: its span, marker and label as written, codes (normalised), kind, and whether bare."""

    start: int
    end: int
    marker: str
    label: str | None
    codes: tuple[str, ...]
    kind: RedactionKind
    bare: bool
    priority: int
