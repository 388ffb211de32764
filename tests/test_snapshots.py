"""A few snapshots of the pane as drawn, compared as text (tests/snapshots/*.txt)."""

from __future__ import annotations

from critmin_tui.corpus import Corpus

from .reader_helpers import assert_snapshot, make_app, pane_text, screen_of

SIZE = (100, 30)


async def test_article_top(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert_snapshot("article_top", pane_text(pilot.app))


async def test_minute_at_its_redaction(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen_of(pilot.app).open_redactions()
        await pilot.pause()
        assert_snapshot("minute_redaction", pane_text(pilot.app))


async def test_speaker_filter(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen_of(pilot.app).filter_speakers(frozenset({"Chlöe Swarbrick"}))
        await pilot.pause()
        assert_snapshot("speaker_filter", pane_text(pilot.app))
