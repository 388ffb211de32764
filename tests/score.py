"""Score the parser against gold files: quote detection, speakers, kinds, and redactions.

    python tests/score.py                      # the fixtures in tests/fixtures and the seeds
    python tests/score.py --gold DIR [...]     # any folders of NAME.txt + NAME.gold.yaml
    python tests/score.py --corrections DIR    # a corpus's corrections (corrections.yaml) as gold

Prints precision, recall and F1 of quote segments overall and by kind, speaker accuracy
overall and by kind, redaction precision, recall and F1 with section accuracy, a release's
schedule of documents (entries, and their decisions and grounds), then every miss.
A predicted segment matches a gold one in the same file when its words start with the gold
"start" text (quotes), or when the markers agree (redactions), taken in order.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tui"))

from critmin_tui.corpus import Document, Quote, read_document  # noqa: E402
from critmin_tui.corpus.calibration import evidence_key, rule_key  # noqa: E402

KINDS = ("direct", "continuation", "partial", "scare", "question")
T = TypeVar("T")


@dataclass
class Tally:
    """Counts for one score table."""

    gold: Counter[str] = field(default_factory=Counter)
    found: Counter[str] = field(default_factory=Counter)
    matched: Counter[str] = field(default_factory=Counter)
    right_speaker: Counter[str] = field(default_factory=Counter)
    located: Counter[str] = field(default_factory=Counter)  # gold segments found, of whatever kind
    misses: list[str] = field(default_factory=list)
    rule_seen: Counter[str] = field(default_factory=Counter)  # matched segments by the rules that decided
    rule_right: Counter[str] = field(default_factory=Counter)  # ... of which the speaker was right
    class_seen: Counter[str] = field(default_factory=Counter)  # matched segments by calibration class
    class_right: Counter[str] = field(default_factory=Counter)
    level_seen: Counter[str] = field(default_factory=Counter)  # matched segments by confidence level
    level_right: Counter[str] = field(default_factory=Counter)

    def prf(self, key: str) -> tuple[float, float, float]:
        """Precision, recall and F1 for a key ("all" or a kind)."""
        precision = self.matched[key] / self.found[key] if self.found[key] else 1.0
        recall = self.matched[key] / self.gold[key] if self.gold[key] else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1

    def speaker_accuracy(self, key: str) -> float:
        """Share of matched gold segments whose speaker is right."""
        return self.right_speaker[key] / self.located[key] if self.located[key] else 1.0


def same_speaker(found: str | None, gold: str | None) -> bool:
    """Speakers agree: equal, ignoring case, accents, a leading article, and a bare surname."""
    if found is None or gold is None:
        return found is gold

    def norm(name: str) -> str:
        folded = unicodedata.normalize("NFKD", name.casefold())
        folded = "".join(c for c in folded if not unicodedata.combining(c)).replace("’", "'")
        # An unnamed speaker is one person however the text counts them: "a", "one" or "another" resident.
        for article in ("the ", "a ", "an ", "one ", "another "):
            folded = folded.removeprefix(article)
        # "Roger Keller Jr." is the Roger Keller of his story; "Afren Plc" is Afren.
        for suffix in (" jr.", " jr", " sr.", " sr", " plc", " ltd", " ltd.", " limited", " inc.", " inc", " llc"):
            folded = folded.removesuffix(suffix)
        return folded.strip()

    return norm(found) == norm(gold)


def score_quotes(document: Document, gold: list[dict[str, Any]], tally: Tally) -> None:
    """Match a document's segments to gold in order and count."""
    remaining = list(document.quotes)
    # Gold names no one it cannot name ("a council spokesman": null); the parser keeps what they are,
    # flagged unnamed: the two agree.
    unnamed = {speaker.name for speaker in document.speakers if speaker.unnamed}
    for quote in document.quotes:
        tally.found["all"] += 1
        tally.found[quote.kind.value] += 1
    for want in gold:
        tally.gold["all"] += 1
        tally.gold[want["kind"]] += 1
        match = next((q for q in remaining if q.text.startswith(want["start"])), None)
        if match is None:
            tally.misses.append(f"{document.name}: missed {want['kind']} \"{want['start']}\" ({want['speaker']})")
            continue
        remaining.remove(match)
        tally.matched["all"] += 1
        tally.located["all"] += 1
        tally.located[want["kind"]] += 1
        if match.kind.value == want["kind"]:
            tally.matched[want["kind"]] += 1
        else:
            tally.misses.append(f"{document.name}: \"{want['start']}\" is {want['kind']}, found {match.kind.value}")
            tally.found[match.kind.value] -= 1
            tally.found[want["kind"]] += 1
        key = rule_key(match.evidence) if match.evidence else "none"
        group = evidence_key(match.kind, match.evidence) if match.evidence else "none"
        level = match.confidence.value if match.confidence else "none"
        tally.rule_seen[key] += 1
        tally.class_seen[group] += 1
        tally.level_seen[level] += 1
        if same_speaker(match.speaker, want["speaker"]) or (want["speaker"] is None and match.speaker in unnamed):
            tally.right_speaker["all"] += 1
            tally.right_speaker[want["kind"]] += 1
            tally.rule_right[key] += 1
            tally.class_right[group] += 1
            tally.level_right[level] += 1
        else:
            said = f"said by {want['speaker']}, found {match.speaker}"
            tally.misses.append(f"{document.name}: \"{want['start']}\" {said} [{key}; {level}]")
    for extra in remaining:
        tally.misses.append(f"{document.name}: extra {extra.kind.value} \"{extra.text[:40]}\" ({extra.speaker})")


def _marker_key(marker: str) -> str:
    return marker.strip("[]() ").casefold()


def _same_marker(found: str, gold: str) -> bool:
    """Markers agree, or one is the other cut short (a truncated label)."""
    return found == gold or (len(gold) >= 6 and (found.startswith(gold) or gold.startswith(found)))


def _pairs(found: Sequence[T], gold: list[dict[str, Any]], tally: Tally,
           same: Callable[[T, dict[str, Any]], bool]) -> tuple[list[tuple[dict[str, Any], T | None]], list[T]]:
    """Each gold entry with the first found item left that it matches (None if none), in order,
    and the found items no entry took; counts what was found, wanted and matched."""
    remaining = list(found)
    tally.found["all"] += len(remaining)
    pairs: list[tuple[dict[str, Any], T | None]] = []
    for want in gold:
        tally.gold["all"] += 1
        match = next((item for item in remaining if same(item, want)), None)
        if match is not None:
            remaining.remove(match)
            tally.matched["all"] += 1
            tally.located["all"] += 1
        pairs.append((want, match))
    return pairs, remaining


def score_redactions(document: Document, gold: list[dict[str, Any]], tally: Tally) -> None:
    """Match redactions by marker, in order; sections are checked on each match."""
    pairs, extras = _pairs(document.redactions, gold, tally,
                           lambda r, want: _same_marker(_marker_key(r.marker), _marker_key(want["marker"])))
    for want, match in pairs:
        if match is None:
            tally.misses.append(f"{document.name}: missed redaction {want['marker']}")
        elif match.section == want["section"] and match.kind.value == want.get("kind", "redaction"):
            tally.right_speaker["all"] += 1
        else:
            tally.misses.append(f"{document.name}: {want['marker']} is {want.get('kind')} {want['section']}, "
                                f"found {match.kind.value} {match.section}")
    for extra in extras:
        tally.misses.append(f"{document.name}: extra redaction {extra.marker} ({extra.section})")


def gold_files(folders: list[Path]) -> list[Path]:
    """Every gold file in the folders."""
    return sorted(p for folder in folders for p in ([folder] if folder.is_file() else folder.rglob("*.gold.yaml")))


def _find(gold_path: Path, name: str) -> Document:
    """A gold file's document: beside it, or (for the seeds' gold) in seeds/."""
    for candidate in (gold_path.parent / name, ROOT / "seeds" / name):
        if candidate.exists():
            document, _ = read_document(candidate)
            if document is not None:
                return document
    raise FileNotFoundError(f"{gold_path.name} names {name}, which cannot be read")


def score_schedule(document: Document, gold: list[dict[str, Any]], tally: Tally) -> None:
    """Match a release's schedule entries by number; each match is right when its grounds are."""
    pairs, extras = _pairs(document.schedule, gold, tally, lambda e, want: e.number == str(want["number"]))
    for want, match in pairs:
        if match is None:
            tally.misses.append(f"{document.name}: missed schedule entry {want['number']}")
        elif list(match.sections) == want.get("sections", []) and match.decision == want.get("decision"):
            tally.right_speaker["all"] += 1
        else:
            tally.misses.append(f"{document.name}: schedule entry {want['number']} is {want.get('decision')} "
                                f"{want.get('sections')}, found {match.decision} {list(match.sections)}")
    for extra in extras:
        tally.misses.append(f"{document.name}: extra schedule entry {extra.number} ({extra.title[:40]})")


def run(folders: list[Path]) -> tuple[Tally, Tally, Tally]:
    """Score every document with a gold file; return the quote, redaction and schedule tallies.
    A schedule is scored only where the gold file says what it holds (``schedule:``)."""
    quotes, redactions, schedule = Tally(), Tally(), Tally()
    for gold_path in gold_files(folders):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        articles = gold.get("articles") or {}
        for name in articles.get("files", []):
            score_quotes(_find(gold_path, name), articles.get("quotes", []), quotes)
        minute = gold.get("cabinet_minute") or {}
        if minute.get("file"):
            score_redactions(_find(gold_path, minute["file"]), minute.get("redactions", []), redactions)
            if "schedule" in minute:
                score_schedule(_find(gold_path, minute["file"]), minute["schedule"], schedule)
    return quotes, redactions, schedule


def score_corrections(folders: list[Path]) -> Tally:
    """A corpus's speaker corrections as gold: each is a quote the parser should now attribute as
    the user did. A correction whose document or quote has changed is a miss, marked stale."""
    from critmin_tui.corpus.correcting import load_all
    from critmin_tui.corpus.loading import discover
    from critmin_tui.corpus.summary import text_hash

    tally = Tally()
    corrections, problems = load_all(folders)
    tally.misses.extend(f"{p.path}: {p.message}" for p in problems)
    documents = {}
    for path in discover(folders)[0]:
        document, _ = read_document(path)  # the parser's own answers: corrections are not applied here
        if document is not None:
            documents[text_hash(document.text)] = document
    for correction, _ in corrections:
        tally.gold["all"] += 1
        document = documents.get(correction.text_hash)
        quote = next((q for q in document.quotes if (q.start, q.end, q.text) ==
                      (correction.start, correction.end, correction.text)), None) if document else None
        if document is None or quote is None:
            tally.misses.append(f"{correction.document}: stale correction \"{correction.text[:40]}\"")
            continue
        _score_corrected(document, quote, correction.speaker, correction.scare, tally)
    return tally


def _score_corrected(document: Document, quote: Quote, speaker: str | None, scare: bool, tally: Tally) -> None:
    tally.found["all"] += 1
    tally.matched["all"] += 1
    tally.located["all"] += 1
    key = rule_key(quote.evidence) if quote.evidence else "none"
    tally.rule_seen[key] += 1
    right = same_speaker(quote.speaker, speaker) and (not scare or quote.kind.value == "scare")
    if right:
        tally.right_speaker["all"] += 1
        tally.rule_right[key] += 1
        return
    wanted = speaker or ("no one (scare quote)" if scare else "no one")
    tally.misses.append(f"{document.name}: \"{quote.text[:40]}\" corrected to {wanted}, "
                        f"parser says {quote.speaker} ({quote.kind.value}) [{key}]")


def corrections_report(tally: Tally) -> str:
    """How many of a corpus's corrections the parser now agrees with, and the rest."""
    seen, right = tally.gold["all"], tally.right_speaker["all"]
    lines = [f"corrections as gold: {seen}; parser agrees with {right}; stale {seen - tally.located['all']}"]
    lines.extend(_by_rule(tally)[-len(tally.rule_seen) - 1:])
    lines.append(f"misses ({len(tally.misses)}):")
    lines.extend("  " + miss for miss in tally.misses)
    return "\n".join(lines)


def report(quotes: Tally, redactions: Tally, schedule: Tally | None = None) -> str:
    """The score tables and the misses, as text."""
    lines = ["quotes       precision  recall     F1   speaker accuracy   gold"]
    for key in ("all", *KINDS):
        p, r, f = quotes.prf(key)
        lines.append(f"{key:12} {p:9.3f} {r:7.3f} {f:6.3f} {quotes.speaker_accuracy(key):18.3f} {quotes.gold[key]:6}")
    right, gold = quotes.right_speaker["all"], quotes.gold["all"]
    # Found with the right speaker, of every gold segment: a quote now found counts even when its speaker
    # is wrong, so this one never rises by finding less (speaker accuracy above is of the segments found).
    lines.append(f"right speaker of all gold segments: {right}/{gold} = {right / gold if gold else 1.0:.3f}")
    p, r, f = redactions.prf("all")
    lines.append(f"redactions   {p:9.3f} {r:7.3f} {f:6.3f}   section+kind {redactions.speaker_accuracy('all'):.3f}"
                 f" {redactions.gold['all']:6}")
    schedule = schedule or Tally()
    p, r, f = schedule.prf("all")
    lines.append(f"schedule     {p:9.3f} {r:7.3f} {f:6.3f}   grounds+decision {schedule.speaker_accuracy('all'):.3f}"
                 f" {schedule.gold['all']:2}")
    lines.extend(_by_rule(quotes))
    misses = quotes.misses + redactions.misses + schedule.misses
    lines.append(f"misses ({len(misses)}):")
    lines.extend("  " + miss for miss in misses)
    return "\n".join(lines)


def _by_rule(quotes: Tally) -> list[str]:
    """Speaker accuracy by confidence level, and by the evidence key (rule) that decided."""
    lines = ["speaker by confidence    right/seen  accuracy  share"]
    total = sum(quotes.level_seen.values()) or 1
    for level in ("sure", "likely", "unsure", "none"):
        seen, right = quotes.level_seen[level], quotes.level_right[level]
        if seen:
            lines.append(f"  {level:22} {right:4}/{seen:<4} {right / seen:9.3f} {seen / total:6.2f}")
    lines.append("speaker by rule (misses grouped)")
    for key, seen in sorted(quotes.rule_seen.items(), key=lambda item: (-item[1], item[0])):
        right = quotes.rule_right[key]
        lines.append(f"  {right:4}/{seen:<4} {right / seen:6.3f}  {key}")
    return lines


def main() -> None:
    """Score the folders given (default: the fixtures and the seeds' gold)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--gold", nargs="*", type=Path, default=[ROOT / "tests" / "fixtures"])
    parser.add_argument("--counts", type=Path, help="also write the per-rule counts as JSON (for calibrate.py)")
    parser.add_argument("--corrections", nargs="+", type=Path, metavar="DIR",
                        help="score against these corpus folders' corrections instead")
    args = parser.parse_args()
    if args.corrections:
        print(corrections_report(score_corrections(args.corrections)))
        return
    tallies = run(args.gold)
    print(report(*tallies))
    if args.counts:
        quotes = tallies[0]
        rows = {key: {"seen": seen, "right": quotes.rule_right[key]} for key, seen in sorted(quotes.rule_seen.items())}
        args.counts.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
