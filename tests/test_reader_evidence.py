"""Evidence, unsure marks and corrections in the reader: the wording and the picker's choices as
tables, then Pilot tests of what a user sees and does."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, OptionList

from critmin_tui.corpus import Corpus
from critmin_tui.corpus.model import Confidence
from critmin_tui.output import initials
from critmin_tui.reader.app import CritminApp
from critmin_tui.reader.document_view import DocumentView
from critmin_tui.reader.evidence import how_said, next_unsure, short_cue
from critmin_tui.reader.layout import Look
from critmin_tui.reader.reassign import Choice, SpeakerPicker, choices
from critmin_tui.reader.screen import MainScreen
from critmin_tui.reader.state import Span

from .correction_helpers import write_corpus
from .reader_helpers import RecordingApp, corpus_of, make_app, pane_text, screen_of, title_of

SIZE = (120, 36)


@pytest.mark.parametrize(("decided_by", "resolved_by", "speaker", "cue", "cue_at", "named_at", "at", "expected"), [
    ("speaker.quotation_cue", "resolve.pronoun", "Chlöe Swarbrick", "she said", 10, 9, 10,
     "she said → Chlöe Swarbrick (named ¶9)"),
    ("speaker.quotation_cue", "resolve.person_new", "Jo Lee", "said Mayor Jo Lee", 3, 3, 3,
     "said Mayor Jo Lee → Jo Lee (named ¶3)"),
    ("speaker.partial_cue", "resolve.surname_alias", "Josie Vidal", "Vidal said", 33, 28, 33,
     "Vidal said → Josie Vidal (surname, named ¶28)"),
    ("speaker.quotation_cue", "opener > resolve.role_holder", "Ann Lo", "the minister said", 4, 2, 4,
     "the minister said → Ann Lo (by role ¶2)"),
    ("speaker.quotation_carried", "resolve.pronoun", "Chlöe Swarbrick", "she said", 12, 9, 13,
     "no cue: carried from ¶12"),
    ("speaker.partial_carried", None, "Ann Lo", None, None, 2, 5, "no cue: carried from ¶2"),
    ("speaker.quotation_carried", None, "Ann Lo", None, None, None, 5, "no cue: the speaker in view"),
    ("speaker.fragment_model", "opener > resolve.person_new", "Ann Lo", None, None, 2, 2,
     "no cue: the speaker in view"),
    ("speaker.fragment_model", "resolve.surname_alias", "Ann Lo", "Lo admitted", 4, 2, 4,
     "Lo admitted → Ann Lo (surname, named ¶2)"),
    ("speaker.words_of", "resolve.person_new", "Isabel Chambefort", None, None, 7, 6,
     "named after the quote → Isabel Chambefort (named ¶7)"),
    ("speaker.echoed", "resolve.person_new", "Ann Lo", "said Ann Lo", 6, 6, 2, "echoes Ann Lo's words at ¶6"),
    ("speaker.scare", None, None, None, None, None, 1, "no one: a label (scare quote)"),
    ("speaker.question", None, None, None, None, None, 1, "no one: a question put"),
    ("speaker.partial_cue", None, None, "they said", 2, None, 2, "no speaker found"),
    (None, None, "Ann Lo", None, None, None, 1, "no evidence recorded"),
])
def test_how_a_quote_was_attributed_in_words(decided_by: str | None, resolved_by: str | None, speaker: str | None,
                                             cue: str | None, cue_at: int | None, named_at: int | None, at: int,
                                             expected: str) -> None:
    assert how_said(decided_by, resolved_by, speaker, cue, cue_at, named_at, at) == expected


def test_a_long_cue_is_shortened_around_its_verb() -> None:
    assert short_cue("Christopher Luxon stressed no Cabinet decisions have been made but said") == \
        "Christopher Luxon … but said"
    assert short_cue("she  said") == "she said"


NAMES = ["Chlöe Swarbrick", "Shane Jones", "Josie Vidal", "Simon Court"]


@pytest.mark.parametrize(("query", "corrected", "first", "rest"), [
    ("chloe", False, "Chlöe Swarbrick", ["No one (scare quote)"]),
    ("CHLÖE", False, "Chlöe Swarbrick", ["No one (scare quote)"]),
    ("shjo", False, "Shane Jones", ["New speaker: shjo", "No one (scare quote)"]),
    ("Ana  Moss", False, "New speaker: Ana Moss", ["No one (scare quote)"]),
    ("zzz", True, "New speaker: zzz", ["No one (scare quote)", "Undo the correction (the parser said Shane Jones)"]),
])
def test_the_picker_matches_speakers_fuzzily_and_without_accents(query: str, corrected: bool, first: str,
                                                                 rest: list[str]) -> None:
    entries = choices(NAMES, query, "Shane Jones", corrected)
    assert entries[0][0] == first
    assert [text for text, _ in entries][-len(rest):] == rest
    assert entries[-1][1] == (Choice(None, undo=True) if corrected else Choice(None, scare=True))


def test_an_empty_query_lists_every_speaker_in_the_corpus_order() -> None:
    assert [text for text, _ in choices(NAMES, "", None, False)] == [*NAMES, "No one (scare quote)"]


@pytest.mark.parametrize(("here", "direction", "expected"), [
    ((0, -1), 1, (Span(3, 5, 9), False)),
    ((0, 5), 1, (Span(3, 40, 50), False)),
    ((1, 2), 1, (Span(3, 5, 9), True)),  # on the last: round to the first
    ((1, 2), -1, (Span(3, 40, 50), False)),
    ((0, 5), -1, (Span(7, 2, 4), True)),
])
def test_stepping_through_unsure_quotes_goes_in_corpus_order(here: tuple[int, int], direction: int,
                                                             expected: tuple[Span, bool]) -> None:
    spans = [Span(7, 2, 4), Span(3, 40, 50), Span(3, 5, 9), Span(9, 1, 2)]  # 9 is not listed
    assert next_unsure(spans, {3: 0, 7: 1}, here, direction) == expected


def _last_note(pilot: Pilot[None]) -> tuple[str, str]:
    """The last notification's message and severity."""
    assert isinstance(pilot.app, RecordingApp)
    return pilot.app.notes[-1]


def _status(screen: MainScreen) -> str:
    return str(screen.query_one("#quote-info").render())


async def _counted(pilot: Pilot[None]) -> MainScreen:
    """The screen, once its unsure quotes are counted (a thread)."""
    screen = screen_of(pilot.app)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    assert screen.unsure_count() is not None
    return screen


async def _to_quote(pilot: Pilot[None], words: str) -> None:
    screen = screen_of(pilot.app)
    document = screen.corpus.documents[screen.state.doc]
    quote = next(q for q in document.quotes if q.text.startswith(words))
    screen._cursor_to(screen.state.doc, quote.start, quote.end)
    await pilot.pause()


async def test_the_status_line_and_the_highlights_show_the_evidence(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        view = screen.query_one(DocumentView)
        await _to_quote(pilot, "develop in")
        assert "Christopher Luxon … but said → Christopher Luxon (named ¶4)" in _status(screen)
        document = screen.corpus.documents[screen.state.doc]
        shown = {document.text[h.start:h.end] for h in view.evidence}
        assert shown == {"Christopher Luxon stressed no Cabinet decisions have been made but said",
                         "Christopher Luxon"}
        assert all(h.style == Look.EVIDENCE for h in view.evidence)
        await _to_quote(pilot, "When exactly")
        assert "Chlöe Swarbrick · no cue: carried from ¶10" in _status(screen)
        assert {document.text[h.start:h.end] for h in view.evidence} == {"she said", "Chlöe Swarbrick"}
        await pilot.press("g")  # the title: no quote, nothing highlighted
        assert view.evidence == []


async def test_unsure_quotes_are_marked_counted_and_stepped_through(corpus: Corpus) -> None:
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = await _counted(pilot)
        unsure = [(i, q) for i in screen.shape.primaries for q in screen.corpus.documents[i].quotes
                  if q.confidence is Confidence.UNSURE]
        assert unsure and f"? {len(unsure)} unsure (u)" in title_of(screen)
        view = screen.query_one(DocumentView)
        visited = []
        for _ in unsure:
            await pilot.press("u")
            assert view.cursor.span is not None
            visited.append((view.cursor.span.doc, view.cursor.span.start))
            assert _status(screen).startswith("? unsure · ")
            row = view.layout_rows.row_at(*visited[-1])
            assert row is not None
            drawn = pane_text(pilot.app).splitlines()[row - int(view.scroll_y)]
            assert drawn[1] == "?", drawn  # the gutter's mark, beside the cursor bar
        assert visited == [(i, q.start) for i, q in unsure]
        await pilot.press("u")  # round to the first again, and back
        assert view.cursor.span is not None and (view.cursor.span.doc, view.cursor.span.start) == visited[0]
        assert "Wrapped round" in _last_note(pilot)[0]
        await pilot.press("U")
        assert view.cursor.span is not None and (view.cursor.span.doc, view.cursor.span.start) == visited[-1]


async def test_unsure_marks_show_without_colour_and_on_the_speakers_cards(corpus: Corpus,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = await _counted(pilot)
        view = screen.query_one(DocumentView)
        speaker = None
        while speaker is None:  # the first unsure quote that has a speaker (a scare quote has none)
            await pilot.press("u")
            assert view.cursor.span is not None
            span = view.cursor.span
            quote = next(q for q in screen.corpus.documents[span.doc].quotes if q.start == span.start)
            speaker = quote.speaker
        assert quote.confidence is Confidence.UNSURE
        row = view.layout_rows.row_at(span.doc, span.start)
        assert row is not None
        assert pane_text(pilot.app).splitlines()[row - int(view.scroll_y)][:4] == f"▌{initials(speaker)}?"
        screen.filter_speakers(frozenset({speaker}))
        await pilot.pause()
        cards = [r.plain for r in view.layout_rows.rows]
        assert any(card.startswith(f"? {speaker}") and card.endswith(" · unsure speaker") for card in cards)
        first = view.cursor.span  # the filter's first quote: the unsure one, marked from the count
        assert first is not None
        quote = next(q for q in screen.corpus.documents[first.doc].quotes if q.start == first.start)
        assert quote.confidence is Confidence.UNSURE
        row = view.layout_rows.row_at(first.doc, first.start)
        assert row is not None
        assert pane_text(pilot.app).splitlines()[row - int(view.scroll_y)][3] == "?"


async def test_copying_an_unsure_quote_warns_and_copies_the_same_citation(tmp_path: Path) -> None:
    async with make_app(corpus_of(write_corpus(tmp_path))).run_test(size=SIZE) as pilot:
        await _to_quote(pilot, "We will not")  # Jo Lee's, with a cue that names her: not unsure
        await pilot.press("y")
        sure_copy = pilot.app.clipboard
        assert _last_note(pilot)[1] == "information"
        screen = await _counted(pilot)
        await pilot.press("u")  # the next unsure quote
        view = screen.query_one(DocumentView)
        assert view.cursor.span is not None
        quote = next(q for q in screen.corpus.documents[view.cursor.span.doc].quotes
                     if q.start == view.cursor.span.start)
        assert quote.confidence is Confidence.UNSURE and quote.speaker is not None
        await pilot.press("y")
        note = _last_note(pilot)
        assert note[1] == "warning" and "Unsure speaker" in note[0]
        copied = pilot.app.clipboard
        assert copied.startswith("\u201c" + quote.text[:20]) and f"— {quote.speaker}" in copied
        assert "?" not in pilot.app.clipboard and sure_copy != pilot.app.clipboard


async def _pick(pilot: Pilot[None], typed: str) -> None:
    await pilot.press("c")
    assert isinstance(pilot.app.screen, SpeakerPicker)
    pilot.app.screen.query_one(Input).value = typed
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(pilot.app.screen, MainScreen)


async def test_a_correction_is_made_undone_and_made_again(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path)
    async with CritminApp(corpus_of(folder)).run_test(size=SIZE) as pilot:
        screen = await _counted(pilot)
        assert "? 1 unsure" in title_of(screen)
        await _to_quote(pilot, "reckless")
        assert _status(screen).startswith("? unsure · Critics called → Critics (organisation ¶4)")

        await _pick(pilot, "jo")  # "Jo Lee", accents and case aside
        quote = next(q for q in screen.corpus.documents[0].quotes if q.text == "reckless")
        assert quote.speaker == "Jo Lee" and quote.corrected is not None
        assert "corrected; the parser said Critics" in _status(screen)
        assert _status(screen).startswith("✎ · Jo Lee")
        assert "unsure" not in title_of(screen)
        assert (folder / "corrections.yaml").exists()
        assert {s.name: s.quote_count for s in screen.corpus.speakers}["Jo Lee"] == 2
        view = screen.query_one(DocumentView)
        row = view.layout_rows.row_at(0, quote.start)
        assert row is not None and pane_text(pilot.app).splitlines()[row - int(view.scroll_y)][1] == "✎"

        await pilot.press("C")  # undone: the parser's speaker, unsure again
        quote = next(q for q in screen.corpus.documents[0].quotes if q.text == "reckless")
        assert quote.speaker == "Critics" and quote.corrected is None
        assert "? 1 unsure" in title_of(screen) and _status(screen).startswith("? unsure")

        await _pick(pilot, "Ana Moss")  # a new name
        quote = next(q for q in screen.corpus.documents[0].quotes if q.text == "reckless")
        assert quote.speaker == "Ana Moss"
        screen.filter_speakers(frozenset({"Ana Moss"}))  # the filter and counts know the new speaker
        await pilot.pause()
        assert len(screen.filtered_quotes()) == 1
        assert any("corrected (the parser said Critics)" in r.plain for r in view.layout_rows.rows)

    again = corpus_of(folder)  # it lasts: a new reader finds it
    assert next(q for q in again.documents[0].quotes if q.text == "reckless").speaker == "Ana Moss"


async def test_the_picker_chooses_no_one_and_undoes_from_its_list(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path)
    async with CritminApp(corpus_of(folder)).run_test(size=SIZE) as pilot:
        screen = screen_of(pilot.app)
        await _to_quote(pilot, "We will not")
        await pilot.press("c")
        picker = pilot.app.screen
        assert isinstance(picker, SpeakerPicker)
        await pilot.press("N", "o", " ", "o", "n", "e")
        options = picker.query_one(OptionList)
        options.highlighted = options.option_count - 1  # "No one (scare quote)"
        await pilot.press("enter")
        await pilot.pause()
        quote = screen.corpus.documents[0].quotes[0]
        assert quote.speaker is None and quote.kind.value == "scare"
        await pilot.press("c")
        options = pilot.app.screen.query_one(OptionList)
        options.highlighted = options.option_count - 1  # "Undo the correction (the parser said Jo Lee)"
        await pilot.press("enter")
        await pilot.pause()
        assert screen.corpus.documents[0].quotes[0].speaker == "Jo Lee"
        await pilot.press("c", "escape")  # nothing chosen: nothing changes
        assert isinstance(pilot.app.screen, MainScreen) and screen.corpus.documents[0].quotes[0].corrected is None


async def test_the_palette_steps_to_unsure_quotes_and_opens_the_picker(corpus: Corpus) -> None:
    from critmin_tui.reader.commands import ReaderCommands

    async with make_app(corpus).run_test(size=SIZE) as pilot:
        screen = await _counted(pilot)
        provider = ReaderCommands(screen)
        texts = [hit.text async for hit in provider.discover()]
        assert {"Next unsure quote", "Previous unsure quote", "Reassign speaker", "Undo correction"} <= set(texts)
        [hit] = [hit async for hit in provider.search("next unsure") if hit.text == "Next unsure quote"]
        hit.command()
        await pilot.pause()
        assert _status(screen).startswith("? unsure")
        [hit] = [hit async for hit in provider.search("reassign") if hit.text == "Reassign speaker"]
        hit.command()
        await pilot.pause()
        assert isinstance(pilot.app.screen, SpeakerPicker)
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, MainScreen)
