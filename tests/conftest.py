"""Shared fixtures: the bundled corpus, parsed once, and the seeds' gold file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from critmin_tui.corpus import Corpus, Document, bundled_corpus, load_corpus, parse_text

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.fixture(scope="session")
def gold() -> dict[str, Any]:
    """The ground truth for the seeds (a copy of shared/gold/seeds.gold.yaml)."""
    data: dict[str, Any] = yaml.safe_load((FIXTURES / "seeds.gold.yaml").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def corpus() -> Corpus:
    """The bundled corpus, parsed with its manifest."""
    return load_corpus([bundled_corpus()])


def article(text: str) -> Document:
    """Parse a snippet as an article."""
    return parse_text("snippet.txt", text)


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never touch the user's real cache folder."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture(autouse=True)
def _private_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never touch the user's real data folder (where corrections of read-only corpora go)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("data")))
