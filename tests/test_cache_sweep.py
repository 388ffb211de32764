"""The parse cache stays bounded: stale temporaries, old damaged entries, least recently used."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

from critmin_tui.corpus import PARSER_VERSION, ParseCache, load_corpus
from critmin_tui.corpus.sweep import sweep

from .conftest import SEEDS

DAY = 86_400


def _file(path: Path, size: int, age: float, now: float) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"x" * size)
    os.utime(path, (now - age, now - age))
    return path


def test_a_sweep_removes_stale_temporaries_old_damage_and_the_least_recently_used(tmp_path: Path) -> None:
    now = time.time()
    folder = tmp_path / "parsed"
    dead_writer = _file(folder / ".tmp-abc.pickle", 10, 2 * 3600, now)
    live_writer = _file(folder / ".tmp-def.pickle", 10, 5, now)
    old_damage = _file(folder / "a.corrupt", 10, 8 * DAY, now)
    new_damage = _file(folder / "b.corrupt", 10, DAY, now)
    unused = _file(folder / "c.pickle", 10, 61 * DAY, now)
    oldest = _file(folder / "d.pickle", 400, 3 * DAY, now)
    older = _file(folder / "corpora" / "e.pickle", 400, 2 * DAY, now)
    newest = _file(folder / "f.pickle", 400, DAY, now)
    key = _file(folder / "key", 32, 400 * DAY, now)
    assert sweep(folder, now, max_bytes=1000, force=True) == []
    gone = {dead_writer, old_damage, unused, oldest}
    for path in (dead_writer, live_writer, old_damage, new_damage, unused, oldest, older, newest, key):
        assert path.exists() == (path not in gone), path


def test_a_sweep_runs_at_most_once_an_hour(tmp_path: Path) -> None:
    now = time.time()
    folder = tmp_path / "parsed"
    _file(folder / "x.pickle", 10, 0, now)
    assert sweep(folder, now) == []
    stale = _file(folder / ".tmp-1.pickle", 10, 2 * 3600, now)
    sweep(folder, now + 60)
    assert stale.exists()
    sweep(folder, now + 2 * 3600)
    assert not stale.exists()


def test_loading_sweeps_what_a_killed_writer_left(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    shutil.copytree(SEEDS, folder)
    cache_dir = tmp_path / "cache"
    left = _file(cache_dir / ".tmp-killed.pickle", 100, 2 * 3600, time.time())
    load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    assert not left.exists() and (cache_dir / "corpora").is_dir()
