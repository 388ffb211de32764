"""The reader's look: contrast in light and dark themes, speaker colours, NO_COLOR markers."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.segment import Segment
from textual.color import Color

from critmin_tui.corpus import Corpus
from critmin_tui.reader.document_view import DocumentView
from critmin_tui.reader.palette import contrast

from .reader_helpers import corpus_of, make_app, screen_of

SIZE = (110, 36)


def _colours(segment: Segment) -> tuple[Color, Color]:
    style = segment.style
    assert style is not None and style.color is not None and style.bgcolor is not None, segment
    return Color.from_rich_color(style.color), Color.from_rich_color(style.bgcolor)


def _segment(view: DocumentView, y: int, text: str) -> Segment:
    return next(s for s in view.render_line(y) if text in s.text)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "solarized-light", "catppuccin-latte"])
async def test_metadata_and_context_lines_are_readable_and_dimmer_than_the_body(corpus: Corpus, theme: str) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        pilot.app.theme = theme
        await pilot.pause()
        screen = screen_of(pilot.app)
        view = screen.query_one(DocumentView)
        rows = [r.plain for r in view.layout_rows.rows]
        meta_row = next(y for y, r in enumerate(rows) if r.startswith("Article · "))
        body_row = next(y for y, r in enumerate(rows) if r.startswith("Opposition parties"))
        meta_fg, meta_bg = _colours(_segment(view, meta_row, "Article"))
        body_fg, body_bg = _colours(_segment(view, body_row, "Opposition"))
        assert contrast(meta_fg, meta_bg) >= 4.5, (theme, meta_fg.hex, meta_bg.hex)
        assert contrast(body_fg, body_bg) >= 4.5, (theme, body_fg.hex, body_bg.hex)
        assert contrast(meta_fg, meta_bg) <= contrast(body_fg, body_bg)  # dimmer than the body, never brighter
        if theme.endswith("dark"):
            assert contrast(meta_fg, meta_bg) < contrast(body_fg, body_bg) - 1
        await pilot.press("v")  # the second capture has photo captions
        await pilot.pause()
        rows = [r.plain for r in view.layout_rows.rows]
        caption = next(y for y, r in enumerate(rows) if "Photo:" in r)
        view.scroll_to(y=caption, animate=False, immediate=True)
        await pilot.pause()
        fg, bg = _colours(_segment(view, caption - int(view.scroll_y), "Photo"))
        assert contrast(fg, bg) >= 4.5, (theme, fg.hex, bg.hex)
        screen.filter_speakers(frozenset({"Josie Vidal"}))
        await pilot.pause()
        rows = [r.plain for r in view.layout_rows.rows]
        where = next(y for y, r in enumerate(rows) if r.startswith("¶"))
        fg, bg = _colours(_segment(view, where - view.scroll_offset.y, "¶"))
        assert contrast(fg, bg) >= 4.5, (theme, fg.hex, bg.hex)


def _look(segment: Segment) -> tuple[str, bool, bool]:
    style = segment.style
    assert style is not None and style.color is not None
    return Color.from_rich_color(style.color).hex, bool(style.underline), bool(style.italic)


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
async def test_the_speakers_of_one_document_look_different(corpus: Corpus, theme: str) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        pilot.app.theme = theme
        await pilot.pause()
        screen = screen_of(pilot.app)
        view = screen.query_one(DocumentView)
        document = screen.corpus.documents[screen.state.doc]
        looks: dict[str, set[tuple[str, bool, bool]]] = {}
        for quote in document.quotes:
            row = view.layout_rows.row_at(screen.state.doc, quote.start)
            if quote.speaker is None or row is None:
                continue
            view.scroll_to(y=row, animate=False, immediate=True)
            await pilot.pause()
            words = quote.text.split()[0]
            segment = next(s for s in view.render_line(row - view.scroll_offset.y) if words in s.text)
            looks.setdefault(quote.speaker, set()).add(_look(segment))
        assert len(looks) == 6  # Vidal, Swarbrick, Jones, Court, Woods and Luxon
        assert all(len(seen) == 1 for seen in looks.values()), looks  # one look per speaker
        firsts = [next(iter(seen)) for seen in looks.values()]
        assert len(set(firsts)) == len(firsts), looks  # and no two alike


async def test_the_speakers_pane_shows_each_speakers_swatch(corpus: Corpus) -> None:
    from critmin_tui.reader.panes import SpeakerList

    async with make_app(corpus).run_test(size=SIZE) as pilot:
        await pilot.pause()
        speakers = screen_of(pilot.app).query_one(SpeakerList)
        lines = [line for line in speakers.render_lines(speakers.region.reset_offset) if "Josie" in line.text]
        segment = next(s for s in lines[0] if s.text == " JV ")
        assert segment.style is not None and segment.style.color is not None
        assert Color.from_rich_color(segment.style.color) == Color.parse(pilot.app.theme_variables["text-primary"])


async def test_without_colour_the_gutter_shows_the_speakers_initials(corpus: Corpus,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = screen_of(pilot.app)
        view = screen.query_one(DocumentView)
        document = screen.corpus.documents[screen.state.doc]
        quote = next(q for q in document.quotes if q.speaker == "Josie Vidal")
        row = view.layout_rows.row_at(screen.state.doc, quote.start)
        assert row is not None
        view.scroll_to(y=row, animate=False, immediate=True)
        await pilot.pause()
        drawn = "".join(s.text for s in view.render_line(row - view.scroll_offset.y))
        assert drawn[1:3] == "JV", drawn


async def test_a_speaker_known_only_by_role_is_shown_as_not_named(tmp_path: Path) -> None:
    from critmin_tui.reader.panes import SpeakerList

    (tmp_path / "council.txt").write_text(
        'Council rates rise\n\nMayor Ana Kerr defended the rise.\n\n"It is fair," Kerr said.\n\n'
        'A council spokesman said: "The vote was lawful."\n', encoding="utf-8")
    async with make_app(corpus_of(tmp_path)).run_test(size=SIZE) as pilot:
        await pilot.pause()
        speakers = screen_of(pilot.app).query_one(SpeakerList)
        text = "\n".join(line.text for line in speakers.render_lines(speakers.region.reset_offset))
        assert "not named" in text and text.count("not named") == 1, text
