"""Files deleted or changed while the reader is open, on a corpus loaded on demand."""

from __future__ import annotations

import shutil
from pathlib import Path

from critmin_tui.corpus import PARSER_VERSION, ParseCache, load_corpus
from critmin_tui.reader.app import CritminApp
from critmin_tui.reader.problems import ProblemsScreen
from critmin_tui.reader.screen import MainScreen

from .conftest import SEEDS
from .reader_helpers import pane_text, screen_of, title_of


async def test_a_deleted_and_a_changed_file_are_said_and_listed(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    shutil.copytree(SEEDS, folder)
    cache_dir = tmp_path / "cache"
    load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    corpus = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))  # the snapshot: nothing loaded
    for entry in cache_dir.glob("*.pickle"):  # as in a large corpus: documents not cached yet
        entry.unlink()
    deleted, changed = Path(corpus.summaries[0].path), Path(corpus.summaries[2].path)
    deleted.unlink()
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA paragraph added later.\n", encoding="utf-8")
    app = CritminApp(corpus)
    async with app.run_test(size=(110, 36)) as pilot:
        while not (isinstance(app.screen, MainScreen) and app.screen.ready):
            await pilot.pause()
        screen = screen_of(app)
        assert "cannot be read again" in pane_text(app)
        assert [p.path for p in screen.problems()[-1:]] == [str(deleted)]
        assert "⚠ 1 problems (p)" in title_of(screen)
        screen.open_document(2)  # not in memory: read in a thread, then shown (the loop is not held)
        assert screen.state.doc != 2
        while screen.state.doc != 2:
            await pilot.pause()
        assert "changed on disk" in screen.problems()[-1].message and "⚠ 2 problems (p)" in title_of(screen)
        await pilot.press("p")
        assert isinstance(app.screen, ProblemsScreen) and len(app.screen.problems) == 2
