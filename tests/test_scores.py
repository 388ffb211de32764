"""The parser's scores on the fixtures meet the targets, and on the seeds are perfect."""

from __future__ import annotations

from pathlib import Path

import yaml

from .conftest import FIXTURES
from .score import report, run


def test_fixture_scores_meet_targets() -> None:
    quotes, redactions, schedule = run([FIXTURES / "articles", FIXTURES / "holdout", FIXTURES / "released"])
    assert quotes.gold["all"] >= 70 and redactions.gold["all"] >= 20  # 20 articles, 5 released documents
    table = report(quotes, redactions, schedule)
    assert quotes.prf("all")[2] >= 0.95, table
    assert quotes.speaker_accuracy("all") >= 0.92, table
    assert redactions.prf("all")[2] >= 0.9, table
    assert schedule.gold["all"] >= 3 and schedule.prf("all")[2] >= 0.9, table
    assert schedule.speaker_accuracy("all") >= 0.9, table


def test_seeds_score_perfectly() -> None:
    quotes, redactions, _ = run([FIXTURES / "seeds.gold.yaml"])
    assert quotes.prf("all") == (1.0, 1.0, 1.0) and quotes.speaker_accuracy("all") == 1.0
    assert redactions.prf("all") == (1.0, 1.0, 1.0) and redactions.speaker_accuracy("all") == 1.0


def test_release_scorer_counts_hits_misses_and_false_alarms(tmp_path: Path) -> None:
    """The real-release scorer matches by overlapping spans and counts a legend reported as a redaction."""
    from .score_releases import report as release_report
    from .score_releases import run as release_run

    text = ("9(2)(a) - to protect the privacy of natural persons\n\n"
            "From: [Withheld under section 9(2)(a)]\nTo: Minister\n\nThe rest is not withheld.\n")
    (tmp_path / "r.txt").write_text(text, encoding="utf-8")
    marker = "[Withheld under section 9(2)(a)]"
    at = text.index(marker)
    gold = {"document": {"file": "r.txt", "regime": "nz_oia", "kind": "email", "agency": None,
                         "redactions": [{"start": at, "end": at + len(marker), "marker": marker,
                                         "section": "s9(2)(a)", "kind": "redaction"},
                                        {"start": len(text) - 5, "end": len(text) - 1, "marker": "ted.",
                                         "section": None, "kind": "redaction"}],
                         "not_redactions": [{"start": 0, "end": 7, "text": "9(2)(a)", "why": "legend"}]}}
    (tmp_path / "r.gold.yaml").write_text(yaml.safe_dump(gold), encoding="utf-8")
    tally = release_run([tmp_path])
    assert (tally.gold["all"], tally.matched["all"]) == (2, 1), release_report(tally)
    assert tally.sections_right == tally.sections_given == 1
    assert tally.traps["legend"] == 1 and tally.alarms["legend"] == 0
    assert "missed 'ted.'" in release_report(tally)
