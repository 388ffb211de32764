"""The model's contract: critmin_tui.corpus never imports a UI library."""

from __future__ import annotations

import subprocess
import sys


def test_corpus_imports_no_ui_library() -> None:
    code = (
        "import sys, critmin_tui.corpus as c, critmin_tui.corpus.records, critmin_tui.output, critmin_tui.cli;"
        "c.load_corpus([c.bundled_corpus()]);"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
