"""Score the parser on labelled real releases: withheld passages, their sections, and false alarms.

    python tests/score_releases.py DIR [DIR ...]     # folders of NAME.txt + NAME.gold.yaml

The gold format (kept outside the repository, with the text it labels):

    document:
      file: NAME.txt
      regime: nz_oia | nz_lgoima | au_foi | uk_foia | uk_eir | us_foia | other | none
      kind: letter | email | briefing | cabinet_paper | minute | article | other
      agency: "..." or null
      redactions:       # each place text was withheld: offsets of its marker, its section, its kind
        - {start: 10, end: 17, marker: "9(2)(a)", section: "s9(2)(a)", kind: redaction}
      not_redactions:   # what looks like a code but withholds nothing (legend, prose, schedule, reference)
        - {start: 50, end: 58, text: "9(2)(a)", why: legend}

A found redaction matches a gold one when their spans overlap, one to one, in order. Its section is
right when the set of sections agrees (spaces and case ignored). Prints precision, recall and F1
overall and by kind (a kind's row needs the kind right too), section accuracy of those found, false
alarms on the not_redactions by why, regime, kind and agency agreement, then every miss.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tui"))

from critmin_tui.corpus import Document, read_document  # noqa: E402
from critmin_tui.corpus.model import Redaction  # noqa: E402


@dataclass
class ReleaseTally:
    """Counts over every scored release."""

    gold: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    matched: Counter[str] = field(default_factory=Counter)
    sections_given: int = 0  # matched redactions whose gold names a section
    sections_right: int = 0
    alarms: Counter[str] = field(default_factory=Counter)  # not_redactions reported as redactions, by why
    traps: Counter[str] = field(default_factory=Counter)
    agree: Counter[str] = field(default_factory=Counter)  # regime/kind/agency right
    documents: int = 0
    misses: list[str] = field(default_factory=list)

    def prf(self, key: str) -> tuple[float, float, float]:
        """Precision, recall and F1 for one key ("all" or a kind)."""
        p = self.matched[key] / self.found[key] if self.found[key] else 1.0
        r = self.matched[key] / self.gold[key] if self.gold[key] else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _norm_sections(written: str | None) -> frozenset[str]:
    # Brackets dropped as well as spaces: "b6" and "(b)(6)" write one US exemption.
    parts = (written or "").replace(",", ";").split(";")
    return frozenset(p.translate(_NOT_IN_SECTIONS).lower() for p in parts if p.strip())


_NOT_IN_SECTIONS = str.maketrans("", "", " ()")


def _overlaps(found: Redaction, gold: dict[str, Any]) -> bool:
    return found.start < int(gold["end"]) and int(gold["start"]) < found.end


def score_document(document: Document, gold: dict[str, Any], tally: ReleaseTally, name: str) -> None:
    """Add one release's redactions, false alarms and document facts to the tally."""
    tally.documents += 1
    wanted = sorted(gold.get("redactions") or [], key=lambda g: int(g["start"]))
    found = sorted(document.redactions, key=lambda r: r.start)
    used: set[int] = set()
    for item in wanted:
        kind = str(item.get("kind") or "redaction")
        tally.gold["all"] += 1
        tally.gold[kind] += 1
        hit = next((i for i, r in enumerate(found) if i not in used and _overlaps(r, item)), None)
        if hit is None:
            tally.misses.append(f"{name}: missed {item['marker']!r} at {item['start']} ({kind})")
            continue
        used.add(hit)
        tally.matched["all"] += 1
        if found[hit].kind.value == kind:  # a kind's own row counts a match only with the kind right
            tally.matched[kind] += 1
        if item.get("section"):
            tally.sections_given += 1
            if _norm_sections(item["section"]) == _norm_sections(found[hit].section):
                tally.sections_right += 1
            else:
                given = found[hit].section
                tally.misses.append(f"{name}: section {given!r} for {item['section']!r} at {item['start']}")
    for i, redaction in enumerate(found):
        tally.found["all"] += 1
        tally.found[redaction.kind.value] += 1
        if i not in used:
            tally.misses.append(f"{name}: extra {redaction.marker!r} at {redaction.start} ({redaction.kind.value})")
    for trap in gold.get("not_redactions") or []:
        why = str(trap.get("why") or "other")
        tally.traps[why] += 1
        if any(_overlaps(r, trap) for r in found):
            tally.alarms[why] += 1
    _score_facts(document, gold, tally, name)


_UNLISTED = frozenset(("scot_foisa", "ie_foi", "ca_atia"))


def _score_facts(document: Document, gold: dict[str, Any], tally: ReleaseTally, name: str) -> None:
    regime = gold.get("regime")
    found_regime = document.regime.value if document.regime else "none"
    # The gold format's "other" is a law it has no value for: the reader's Scottish, Irish and Canadian laws.
    tally.agree["regime"] += found_regime == (regime or "none") or (regime == "other" and found_regime in _UNLISTED)
    kind = gold.get("kind")
    tally.agree["kind"] += document.kind.value == kind or (kind == "other" and document.kind.value != "article")
    agency = (gold.get("agency") or "").lower()
    found_agency = (document.agency or "").lower()
    tally.agree["agency"] += bool(agency and found_agency and (agency in found_agency or found_agency in agency)) or (
        not agency and not found_agency)
    if found_regime != (regime or "none") and not (regime == "other" and found_regime in _UNLISTED):
        tally.misses.append(f"{name}: regime {found_regime} for {regime}")
    if document.kind.value != kind:
        tally.misses.append(f"{name}: kind {document.kind.value} for {kind}")


def run(folders: list[Path]) -> ReleaseTally:
    """Score every NAME.gold.yaml in the folders."""
    tally = ReleaseTally()
    for gold_path in sorted(p for folder in folders for p in folder.glob("*.gold.yaml")):
        data = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        # The lists may sit under "document" or beside it: labellers have written both.
        gold = {**{k: v for k, v in data.items() if k != "document"}, **data["document"]}
        document, problem = read_document(gold_path.parent / gold["file"])
        if document is None:
            raise SystemExit(f"{gold_path.name}: {problem.message if problem else 'cannot be read'}")
        score_document(document, gold, tally, gold_path.name.removesuffix(".gold.yaml"))
    return tally


def report(tally: ReleaseTally) -> str:
    """The score tables and the misses, as text."""
    lines = [f"releases: {tally.documents}"]
    for key in ("all", "redaction", "out_of_scope", "mask"):
        if tally.gold[key] or tally.found[key]:
            p, r, f = tally.prf(key)
            lines.append(f"{key:13} gold {tally.gold[key]:4} found {tally.found[key]:4} matched "
                         f"{tally.matched[key]:4}  P {p:.3f} R {r:.3f} F1 {f:.3f}")
    if tally.sections_given:
        lines.append(f"section right: {tally.sections_right}/{tally.sections_given} = "
                     f"{tally.sections_right / tally.sections_given:.3f}")
    for why, count in sorted(tally.traps.items()):
        lines.append(f"false alarms on {why}: {tally.alarms[why]}/{count}")
    for fact in ("regime", "kind", "agency"):
        lines.append(f"{fact} right: {tally.agree[fact]}/{tally.documents}")
    return "\n".join([*lines, "", *tally.misses]) + "\n"


def main() -> None:
    """Score the folders given and print the report."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path)
    sys.stdout.write(report(run(parser.parse_args().folders)))


if __name__ == "__main__":
    main()
