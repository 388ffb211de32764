"""The model's contract: critmin_tui.corpus never imports a UI library; the first frame stays light."""

from __future__ import annotations

import json
import subprocess
import sys


def _modules_after(statements: str, prefixes: tuple[str, ...]) -> set[str]:
    """The modules starting with ``prefixes`` that a fresh interpreter has loaded after ``statements``."""
    code = f"{statements}\nimport json, sys\nprint(json.dumps([m for m in sys.modules if m.startswith({prefixes!r})]))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(result.stdout))


def test_corpus_imports_no_ui_library() -> None:
    loaded = _modules_after(
        "import critmin_tui.corpus as c, critmin_tui.corpus.records, critmin_tui.output, critmin_tui.cli\n"
        "c.load_corpus([c.bundled_corpus()])",
        ("textual", "rich"),
    )
    assert loaded == set()


def test_every_public_name_of_the_model_resolves() -> None:
    """The package imports its names lazily: each one in __all__ must reach its module."""
    from critmin_tui import corpus

    for name in corpus.__all__:
        assert getattr(corpus, name) is not None, name


def test_the_first_frame_imports_no_model_and_no_parser() -> None:
    """What the reader's first frame imports stays light: no model, parser, cache or search."""
    loaded = _modules_after(
        "import critmin_tui.cli, critmin_tui.reader.app, critmin_tui.reader.first_frame, critmin_tui.corpus.glimpse",
        ("critmin_tui.corpus.",),
    )
    assert loaded <= {"critmin_tui.corpus.discovery", "critmin_tui.corpus.files", "critmin_tui.corpus.glimpse",
                      "critmin_tui.corpus.sanitize", "critmin_tui.corpus.text"}, loaded
