"""Official Information Act 1982 withholding grounds (kept for its callers; the law lives in laws/nz_oia)."""

from __future__ import annotations

from .laws.base import Ground
from .laws.nz_oia import (
    GROUNDS,
    SECTION_PATTERN,
    ground_for_label,
    ground_for_section,
    label_words,
    normalise_section,
    sections_in,
)

__all__ = ["GROUNDS", "SECTION_PATTERN", "Ground", "ground_for_label", "ground_for_section", "label_words",
           "normalise_section", "sections_in"]
