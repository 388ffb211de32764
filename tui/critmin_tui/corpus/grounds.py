"""The grounds withheld across a corpus, by agency and law: counted from summaries alone. Pure."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .laws import form_law, ground_for, place
from .model import DocumentSummary, Regime
from .oia import ground_for_section

LAW_NOT_STATED = "law not stated"
AGENCY_NOT_STATED = "agency not stated"
UNLABELLED = "unlabelled"


@dataclass(frozen=True, slots=True)
class GroundCount:
    """How often one agency cited one section of one law, and in how many documents."""

    agency: str | None
    regime: Regime | None
    section: str  # canonical ("s9(2)(a)"), or "unlabelled"
    count: int
    documents: int

    @property
    def law(self) -> str:
        """The law as a reader cites it, or "law not stated"."""
        return law_name(self.regime)

    @property
    def agency_name(self) -> str:
        """The agency, or "agency not stated"."""
        return agency_name(self.agency)

    @property
    def ground(self) -> str | None:
        """The ground in plain words, where the section's law is known to the reader."""
        return plain_ground(self.regime, self.section)


def law_name(regime: Regime | None) -> str:
    """A law's short name ("OIA (NZ)"), or "law not stated"."""
    return regime.label if regime is not None else LAW_NOT_STATED


def agency_name(agency: str | None) -> str:
    """An agency's name, or "agency not stated"."""
    return agency or AGENCY_NOT_STATED


def plain_ground(regime: Regime | None, section: str) -> str | None:
    """A section's ground in plain words under its law; the OIA's for a release whose law is not
    stated (the corpus's releases are the OIA's unless they say otherwise); None when the law lacks it."""
    if regime is None:
        ground = ground_for_section(section)
    else:  # "reg13" in a FOIA response is the EIR's: the law the code's own form names
        ground = ground_for(regime, section) or ground_for(place(section, regime), section)
    return ground.summary if ground is not None else None


def ground_counts(summaries: Iterable[DocumentSummary]) -> list[GroundCount]:
    """Every (agency, law, section) cited, with its count and documents, most cited first (then by
    agency, law and section, so ties read in a stable order)."""
    counts: Counter[tuple[str | None, Regime | None, str]] = Counter()
    documents: Counter[tuple[str | None, Regime | None, str]] = Counter()
    for summary in summaries:
        for section, count in summary.grounds:
            # Under the law the code's own form names, where it names one ("(b)(6)" is FOIA's, even in an
            # ATIA release): its row's law and its ground's words then agree.
            key = (summary.agency, form_law(section) or summary.regime, section)
            counts[key] += count
            documents[key] += 1
    rows = [GroundCount(agency, regime, section, count, documents[(agency, regime, section)])
            for (agency, regime, section), count in counts.items()]
    return sorted(rows, key=lambda r: (-r.count, r.agency_name.casefold(), r.law, r.section))


def ground_record(row: GroundCount) -> dict[str, Any]:
    """A row as the ``grounds`` command reports it."""
    return {"agency": row.agency, "law": row.regime.value if row.regime else None, "law_name": row.law,
            "section": row.section, "ground": row.ground, "count": row.count, "documents": row.documents}
