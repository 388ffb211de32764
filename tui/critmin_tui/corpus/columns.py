"""The list's summaries as columns: one tuple of plain values per field, as a snapshot keeps them.

Unpickling ten thousand summaries as records took a fifth of a second at a warm start: the
unpickler called the constructor with twenty values, each enum member was rebuilt by its own
call, and the list never reads the quotes each summary carried. As columns the pickle holds only
strings, numbers, tuples and None (it loads at C speed), each enum by its value (looked up in a
dict), and the records are filled a column at a time through their slots.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Iterable, Sequence
from enum import StrEnum
from itertools import repeat
from typing import Any

from .model import DocumentKind, DocumentSummary, Regime

LEFT_OUT = ("quotes", "reported", "unsure")  # what the list does not show: read with the whole snapshot
_FIELDS = tuple(field.name for field in dataclasses.fields(DocumentSummary))
KEPT = tuple(name for name in _FIELDS if name not in LEFT_OUT)
_ENUMS: dict[str, type[StrEnum]] = {"kind": DocumentKind, "forced_kind": DocumentKind, "regime": Regime}


def columns_of(summaries: Sequence[DocumentSummary]) -> tuple[tuple[Any, ...], ...]:
    """The summaries' kept fields, a column each, enums by their value."""
    columns = []
    for name in KEPT:
        values = tuple(getattr(summary, name) for summary in summaries)
        if name in _ENUMS:
            values = tuple(None if value is None else value.value for value in values)
        columns.append(values)
    return tuple(columns)


def summaries_from(columns: Sequence[Sequence[Any]], count: int) -> tuple[DocumentSummary, ...]:
    """The summaries again (the left-out fields empty); ValueError or KeyError if the columns
    are not ``count`` long each, or hold an enum value that is no member."""
    if len(columns) != len(KEPT) or any(len(column) != count for column in columns):
        raise ValueError("columns of another layout")
    given = dict(zip(KEPT, columns, strict=True))
    made = DocumentSummary.__new__
    summaries = tuple([made(DocumentSummary) for _ in range(count)])
    for name in _FIELDS:
        # Each slot's own setter, a column at a time: what the frozen constructor does through
        # object.__setattr__, field by field, at twice the cost (the record has no __post_init__).
        fill = getattr(DocumentSummary, name).__set__
        if name in LEFT_OUT:
            values: Iterable[Any] = repeat((), count)
        elif name in _ENUMS:
            members: dict[str | None, StrEnum | None] = {None: None, **{m.value: m for m in _ENUMS[name]}}
            values = map(members.__getitem__, given[name])
        else:
            values = given[name]
        deque(map(fill, summaries, values), maxlen=0)  # run at C speed, nothing kept
    return summaries
