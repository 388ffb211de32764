"""Release-style fixtures under every law: each redaction as marked, with its section and law, and each
release's law (gold: tests/fixtures/released/*.gold.yaml, ``regime:`` where the gold gives one)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from critmin_tui.corpus.model import Regime
from critmin_tui.corpus.parser import parse_text
from critmin_tui.corpus.redactions import find_redactions

RELEASED = Path(__file__).parent / "fixtures" / "released"
GOLD = sorted(p for p in RELEASED.glob("*.gold.yaml") if "regime:" in p.read_text(encoding="utf-8"))


def test_every_law_has_a_fixture() -> None:
    laws = {yaml.safe_load(p.read_text(encoding="utf-8"))["cabinet_minute"]["regime"] for p in GOLD}
    assert laws >= {"nz_oia", "nz_lgoima", "au_foi", "uk_foia", "us_foia"}


@pytest.mark.parametrize("gold_path", GOLD, ids=[p.stem.removesuffix(".gold") for p in GOLD])
def test_release_gold(gold_path: Path) -> None:
    gold: dict[str, Any] = yaml.safe_load(gold_path.read_text(encoding="utf-8"))["cabinet_minute"]
    text = (RELEASED / gold["file"]).read_text(encoding="utf-8")
    document = parse_text(gold["file"], text)
    assert document.regime is Regime(gold["regime"])
    found = [(r.marker, r.section, r.kind.value, r.regime.value if r.regime else None) for r in document.redactions]
    want = [(w["marker"], w["section"], w["kind"], w["regime"]) for w in gold["redactions"]]
    assert found == want
    for redaction in document.redactions:
        assert redaction.ground and not redaction.ground.startswith("ground not recognised"), redaction


# (id, text, document law, [(marker, sections, law)])
UNPLACED = [
    ("nz-code-the-act-lacks", "Withheld under s9(2)(z)", None, [("Withheld under s9(2)(z)", ("s9(2)(z)",), "nz_oia")]),
    ("au-code-the-act-lacks", "From: s36", Regime.AU_FOI, [("s36", ("s36",), "au_foi")]),
    ("s33-with-no-law-told", "Attendees: s33", None, [("s33", ("s33",), None)]),
]


@pytest.mark.parametrize(("text", "law", "expected"), [c[1:] for c in UNPLACED], ids=[c[0] for c in UNPLACED])
def test_a_code_no_law_places_is_kept_as_written(text: str, law: Regime | None,
                                                 expected: list[tuple[str, tuple[str, ...], str | None]]) -> None:
    found = find_redactions(text, regime=law)
    assert [(r.marker, r.sections, r.regime.value if r.regime else None) for r in found] == expected
    for redaction in found:
        assert redaction.ground == "; ".join(f"ground not recognised ({s})" for s in redaction.sections)
        assert redaction.reason == redaction.ground


def test_a_news_article_has_no_law() -> None:
    text = "The minister said the Official Information Act request would be answered soon."
    assert parse_text("news.txt", text).regime is None
