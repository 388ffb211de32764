"""Search as typed at scale: pages asked of the trigram index grow as a search goes on, and the
documents it names are scanned a run at a time; what is found is what a scan finds."""

from __future__ import annotations

import pytest

from critmin_tui.corpus import Query, SearchIndex, find_all, typed
from critmin_tui.corpus.held import HeldText
from critmin_tui.corpus.trigrams import TrigramIndex

# Written for these tests: the string sought is in every third or every document, near or apart.
TEXTS = [("Minister Nash" if i % 3 == 0 else "the minister" if i % 3 == 1 else "Mining ") + f" note {i}"
         for i in range(400)]


def _expected(listed: list[int], query: Query) -> list[tuple[int, int, int]]:
    return [(position, start, end) for position, doc in enumerate(listed) for start, end in find_all(TEXTS[doc], query)]


@pytest.mark.parametrize(("page", "last", "gap"), [(2, 8, 2), (1, 1, 1), (4, 64, 5), (256, 2048, 2)],
                         ids=["growing", "one-at-a-time", "wide-runs", "as-shipped"])
@pytest.mark.parametrize("kept", [False, True], ids=["no-case-index", "kept-case-index"])
def test_pages_and_runs_find_what_a_scan_finds(page: int, last: int, gap: int, kept: bool,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(typed, "PAGE", page)
    monkeypatch.setattr(typed, "LAST_PAGE", last)
    monkeypatch.setattr(typed, "GAP", gap)
    held = HeldText.of(TEXTS)
    index = held.start_index()
    assert index.wait(30) and index.wait_kept(30)
    if not kept:  # as while the case-kept fold's index is being built
        monkeypatch.setattr(TrigramIndex, "kept_ready", property(lambda _: False))
    listed = [i for i in range(len(TEXTS)) if i % 7 != 5]
    for word in ["Minister N", "minister", "Mining", "note 3"]:
        for size in range(1, len(word) + 1):
            query = Query(word[:size])
            for limit in (5, 10_000):
                assert SearchIndex(held, listed).search(query, limit=limit) == _expected(listed, query)[:limit]
