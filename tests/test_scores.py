"""The parser's scores on the fixtures meet the targets, and on the seeds are perfect."""

from __future__ import annotations

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
