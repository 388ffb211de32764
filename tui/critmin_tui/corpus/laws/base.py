"""One withholding ground of a freedom-of-information law."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Ground:
    """A ground as its law's section names it, in plain words, with the labels agencies write for it."""

    section: str
    summary: str
    labels: tuple[str, ...] = ()
