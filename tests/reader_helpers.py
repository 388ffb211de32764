"""Helpers for Pilot tests: an app on a corpus, and the pane's text as drawn."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from textual.app import App
from textual.notifications import SeverityLevel
from textual.pilot import Pilot

from critmin_tui.corpus import Corpus, load_corpus
from critmin_tui.reader.app import CritminApp
from critmin_tui.reader.document_view import DocumentView
from critmin_tui.reader.panes import TitleBar
from critmin_tui.reader.screen import MainScreen

SNAPSHOTS = Path(__file__).parent / "snapshots"


class RecordingApp(CritminApp):
    """The reader, keeping every notification it shows, so that tests read them through public API."""

    def __init__(self, corpus: Corpus) -> None:
        super().__init__(corpus)
        self.notes: list[tuple[str, SeverityLevel]] = []

    def notify(self, message: str, *, title: str = "", severity: SeverityLevel = "information",
               timeout: float | None = None, markup: bool = True) -> None:
        """Keep the message and its severity, then show it."""
        self.notes.append((str(message), severity))
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)


SETTLE_ROUNDS = 200  # pauses before a state the test waits for is called missing: a bound, not a time


async def settle(pilot: Pilot[None], ready: Callable[[], bool]) -> None:
    """Let the app run until ``ready`` holds (the footer composed, a list filled): under load a first
    frame can take many more turns of the loop than on an idle machine."""
    for _ in range(SETTLE_ROUNDS):
        if ready():
            return
        await pilot.pause()
    assert ready(), "the app never reached the state the test waits for"


def make_app(corpus: Corpus) -> RecordingApp:
    """The reader on a corpus, its notifications kept."""
    return RecordingApp(corpus)


def notes_of(app: App[None]) -> list[str]:
    """The messages of every notification the app has shown, oldest first."""
    assert isinstance(app, RecordingApp)
    return [message for message, _ in app.notes]


def corpus_of(folder: Path) -> Corpus:
    """Load a folder."""
    return load_corpus([folder])


def title_of(screen: MainScreen) -> str:
    """The title bar's text."""
    return str(screen.query_one(TitleBar).content)


def screen_of(app: App[None]) -> MainScreen:
    """The main screen."""
    screen = app.screen
    assert isinstance(screen, MainScreen)
    return screen


def pane_text(app: App[None]) -> str:
    """The document pane's visible rows, as drawn (text of every segment)."""
    view = app.screen.query_one(DocumentView)
    rows = ["".join(segment.text for segment in view.render_line(y)).rstrip() for y in range(view.size.height)]
    return "\n".join(rows).rstrip() + "\n"


def all_rows(app: App[None]) -> str:
    """Every laid-out row of the pane, visible or not."""
    view = app.screen.query_one(DocumentView)
    return "\n".join(row.plain for row in view.layout_rows.rows)


def assert_snapshot(name: str, text: str) -> None:
    """Compare with tests/snapshots/NAME.txt (UPDATE_SNAPSHOTS=1 writes it)."""
    path = SNAPSHOTS / f"{name}.txt"
    if os.environ.get("UPDATE_SNAPSHOTS") or not path.exists():
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")
