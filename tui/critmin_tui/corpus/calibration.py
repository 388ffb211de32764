"""Calibrated confidence: how far an attribution can be trusted, from its rules' measured accuracy.

The table in calibration.json is written by ``tests/calibrate.py`` from blind first-contact
scores: for each evidence key (the speaker rule, with the resolution rule where one was used) the
share of quotes it got right on real text never seen before. A key at or above SURE_AT is
``sure``; at or above LIKELY_AT, ``likely``; else, and for a key never measured, ``unsure``.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from .model import Confidence, Evidence, QuoteKind

SURE_AT = 0.97
LIKELY_AT = 0.85
_TABLE = Path(__file__).with_name("calibration.json")


def evidence_key(kind: QuoteKind, evidence: Evidence) -> str:
    """The key a quote's evidence is calibrated under: its speaker rule, and how the name was resolved."""
    resolved = (evidence.resolved_by or "").removeprefix("opener > ")
    return f"{evidence.decided_by} | {resolved}" if resolved else evidence.decided_by


@cache
def _levels() -> dict[str, Confidence]:
    """Each measured key's level (read once)."""
    table: dict[str, dict[str, float]] = json.loads(_TABLE.read_text(encoding="utf-8"))["keys"]
    return {key: level_of(row["right"], row["seen"]) for key, row in table.items()}


def level_of(right: float, seen: float) -> Confidence:
    """The level of a key that was right ``right`` times in ``seen`` (add-one smoothed: few cases stay modest)."""
    rate = (right + 1) / (seen + 2)
    if rate >= SURE_AT:
        return Confidence.SURE
    return Confidence.LIKELY if rate >= LIKELY_AT else Confidence.UNSURE


def confidence_of(kind: QuoteKind, evidence: Evidence) -> Confidence:
    """How far a quote's attribution can be trusted."""
    return _levels().get(evidence_key(kind, evidence), Confidence.UNSURE)
