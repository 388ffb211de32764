"""Calibrated confidence: how far an attribution can be trusted, from its rules' measured accuracy.

The table in calibration.json is written by ``tests/calibrate.py`` from scores on real text:
for each evidence class, how many quotes it decided and how many of those were right. A class is
the family of the speaker rule (a cue of its own, a speaker carried from before, or no one)
crossed with the family of the resolution rule (a name, a pronoun, an organisation, a role...):
fine enough to separate what is reliable from what is not, coarse enough that every class is
measured on dozens of quotes rather than a handful. A class's rate is shrunk toward its speaker
family's pooled rate (as if PRIOR_WEIGHT more quotes had been seen at that rate); a class whose
shrunk rate reaches SURE_AT is ``sure``, LIKELY_AT ``likely``; anything else, and any class never
measured, ``unsure``.

Which counts: a batch scored after rules were written for it measures fit, not what a reader meets in
a folder of its own. So when the table holds ``first_contact`` counts (each blind batch scored once,
with the rules of the day, before any change for it: ``tests/first_contact.py``), the levels come from
those alone, and the fitted counts stay in the table for comparison. First contact is counted by class
as that commit defined them. The ranker's and the fragment model's levels come from their
probabilities, capped at what their picks of that level earned at first contact.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from . import fragments
from .model import Confidence, Evidence, QuoteKind
from .ranker import RULE, level

SURE_AT = 0.97
PRIOR_WEIGHT = 4.0
LIKELY_AT = 0.85
_TABLE = Path(__file__).with_name("calibration.json")
FIRST_CONTACT = "first_contact"  # the table's blind counts: {batch: {"commit": ..., "rules": {rule key: counts}}}
_ORDER = (Confidence.UNSURE, Confidence.LIKELY, Confidence.SURE)
RANKER_FAMILY = "ranker"  # classes "ranker / <level>": calibrated by train_ranker.py, not by this table
FRAGMENT_FAMILY = "fragment model"  # classes "fragment model / <level>": calibrated by train_fragments.py


_SPEAKER_FAMILIES = {
    "speaker.quotation_cue": "cue", "speaker.partial_cue": "cue", "speaker.partial_sentence": "sentence",
    "speaker.self_label": "sentence", "speaker.words_of": "cue", "speaker.quotation_carried": "carried",
    "speaker.partial_carried": "carried", "speaker.scare": "no one", "speaker.question": "no one",
    "speaker.label_line": "label", "speaker.headline_named": "headline", "speaker.headline_repeated": "headline",
    "speaker.headline_no_one": "headline", "speaker.headline_subject": "headline", "speaker.echoed": "echo",
}
_RESOLUTION_FAMILIES = {
    "resolve.person_alias": "name", "resolve.person_new": "name", "resolve.surname_alias": "name",
    "resolve.first_name": "name", "resolve.named_in_text": "name", "resolve.office_holder": "office",
    "resolve.pronoun": "pronoun", "resolve.pronoun_after_org": "pronoun", "resolve.pronoun_agrees": "pronoun",
    "resolve.pronoun_not_asker": "pronoun", "resolve.pronoun_named_before": "pronoun",
    "resolve.pronoun_they_group": "pronoun", "resolve.pronoun_headline_subject": "pronoun",
    "resolve.unnamed": "unnamed",
    "resolve.org_alias": "organisation", "resolve.org_new": "organisation",
    "resolve.body_named_before": "organisation", "resolve.statement_of_speaker": "organisation",
    "resolve.document_sender": "organisation", "resolve.headline_person": "headline",
    "resolve.initials": "organisation",
    "resolve.role_holder": "role", "resolve.role_head": "role", "resolve.role_in_view": "role",
    "resolve.role_named_next": "role", "resolve.role_titled": "role",
    "resolve.surname_alone": "surname alone", "resolve.recent": "recent",
}


def evidence_key(kind: QuoteKind, evidence: Evidence) -> str:
    """The class a quote's evidence is calibrated under: ``"<speaker family> / <resolution family> / <shape>"``."""
    if evidence.decided_by == RULE:
        # The ranker's own cross-validation sets its levels: its class is the level it gave.
        return f"{RANKER_FAMILY} / {level(evidence.probability or 0.0).value}"
    if evidence.decided_by == fragments.RULE:
        return f"{FRAGMENT_FAMILY} / {fragments.level(evidence.probability or 0.0).value}"
    speaker = _SPEAKER_FAMILIES.get(evidence.decided_by, evidence.decided_by)
    if speaker == "no one":
        return f"no one / {kind.value}"
    resolved = resolution_family(evidence.resolved_by)
    # A fragment inside reported speech is less sure than a whole quotation with the same evidence.
    shape = "fragment" if kind is QuoteKind.PARTIAL else "quotation"
    return f"{speaker} / {resolved} / {shape}"


def resolution_family(resolved_by: str | None) -> str:
    """The family of a resolution rule ("resolve.surname_alias" → "name"; none → "none")."""
    resolved = (resolved_by or "").removeprefix("opener > ")
    return _RESOLUTION_FAMILIES.get(resolved, resolved or "none")


def rule_key(evidence: Evidence) -> str:
    """The exact rules that decided, for reports: ``"<speaker rule> | <resolution rule>"``."""
    resolved = (evidence.resolved_by or "").removeprefix("opener > ")
    return f"{evidence.decided_by} | {resolved}" if resolved else evidence.decided_by


def blind_counts(first_contact: dict[str, dict[str, Any]]) -> dict[str, dict[str, int]]:
    """First-contact counts of every batch, summed by class."""
    total: dict[str, dict[str, int]] = {}
    for batch in first_contact.values():
        for key, row in batch["classes"].items():
            into = total.setdefault(key, {"seen": 0, "right": 0})
            into["seen"] += row["seen"]
            into["right"] += row["right"]
    return dict(sorted(total.items()))


@cache
def _table() -> dict[str, Any]:
    """calibration.json (read once)."""
    table: dict[str, Any] = json.loads(_TABLE.read_text(encoding="utf-8"))
    return table


@cache
def _levels() -> dict[str, Confidence]:
    """Each measured class's level: from first contact where the table has it, else from the fitted counts."""
    table = _table()
    if table.get(FIRST_CONTACT):
        return levels_from(blind_counts(table[FIRST_CONTACT]))
    return levels_from(table["keys"])


def model_level(family: str, given: Confidence, blind: dict[str, Confidence] | None) -> Confidence:
    """A learned model's level for a pick: the level its probability gave, no higher than what the
    model's picks of that level earned at first contact (``blind``: levels by class; None, as given)."""
    if blind is None:
        return given
    return _lower(given, blind.get(f"{family} / {given.value}", Confidence.UNSURE))


def _blind_levels() -> dict[str, Confidence] | None:
    """The levels, when they come from first contact."""
    return _levels() if _table().get(FIRST_CONTACT) else None


def _lower(first: Confidence, second: Confidence) -> Confidence:
    """The less sure of two levels."""
    return min(first, second, key=_ORDER.index)


def levels_from(table: dict[str, dict[str, int]]) -> dict[str, Confidence]:
    """Each class's level from its counts (``{"seen": n, "right": m}`` by class)."""
    return {key: level_of(row["right"], row["seen"], _family_rate(table, key)) for key, row in table.items()}


def _family_rate(table: dict[str, dict[str, int]], key: str) -> float:
    """The pooled rate of every class sharing ``key``'s speaker family, itself shrunk toward the rate
    of all classes: the prior a small class leans on (a small family cannot vouch for itself)."""
    everything = _pooled(table.values(), 0.5)
    family = key.split(" / ", maxsplit=1)[0]
    return _pooled([row for other, row in table.items() if other.split(" / ")[0] == family], everything)


def _pooled(rows: Iterable[dict[str, int]], prior: float) -> float:
    rows = list(rows)
    right, seen = sum(row["right"] for row in rows), sum(row["seen"] for row in rows)
    return (right + PRIOR_WEIGHT * prior) / (seen + PRIOR_WEIGHT)


def levels() -> dict[str, Confidence]:
    """Each measured class's level."""
    return dict(_levels())


def reload() -> None:
    """Read the table again (after calibrate.py rewrote it)."""
    _table.cache_clear()
    _levels.cache_clear()
    _level.cache_clear()


def level_of(right: int, seen: int, prior: float = 0.5, weight: float = PRIOR_WEIGHT) -> Confidence:
    """The level of a class right ``right`` times in ``seen``, its rate shrunk toward ``prior`` as if
    ``weight`` more cases had been seen at that rate: a class of a few quotes cannot be sure alone."""
    rate = (right + weight * prior) / (seen + weight)
    if rate >= SURE_AT:
        return Confidence.SURE
    return Confidence.LIKELY if rate >= LIKELY_AT else Confidence.UNSURE


def confidence_of(kind: QuoteKind, evidence: Evidence) -> Confidence:
    """How far a quote's attribution can be trusted (a ranker's pick: by its probability)."""
    if evidence.decided_by == RULE and evidence.probability is not None:
        return model_level(RANKER_FAMILY, level(evidence.probability), _blind_levels())
    if evidence.decided_by == fragments.RULE and evidence.probability is not None:
        return model_level(FRAGMENT_FAMILY, fragments.level(evidence.probability), _blind_levels())
    return _level(kind, evidence.decided_by, evidence.resolved_by)


@cache
def _level(kind: QuoteKind, decided_by: str, resolved_by: str | None) -> Confidence:
    """A class's level, found once per combination of rules (a corpus has a few dozen)."""
    return _levels().get(evidence_key(kind, Evidence(decided_by, None, resolved_by)), Confidence.UNSURE)
