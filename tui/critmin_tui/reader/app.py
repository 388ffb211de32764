"""The Textual application: a first frame at once, then the corpus on the main screen."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import App
from textual.binding import Binding, BindingType

if TYPE_CHECKING:
    from ..corpus import Corpus
    from ..opening import Opening
    from .screen import MainScreen


class CritminApp(App[None]):
    """critmin-tui: read policy documents, see who said what and what was withheld."""

    TITLE = "critmin-tui"
    CSS_PATH = Path(__file__).parent / "reader.tcss"  # absolute: a subclass elsewhere (tests) finds it too
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark,f1", "help", "Help", key_display="?"),
    ]

    def __init__(self, corpus: Corpus | None = None, paths: list[Path] | None = None,
                 use_cache: bool = True) -> None:
        super().__init__()
        self.corpus = corpus
        self.paths = paths or []
        self.use_cache = use_cache
        self.opening: Opening | None = None

    def on_mount(self) -> None:
        """Show the corpus if given; else the first document's opening at once, and plan the rest."""
        if self.corpus is not None:
            from .screen import MainScreen

            self.push_screen(MainScreen(self.corpus))
            return
        from ..corpus.glimpse import glimpse
        from .first_frame import FirstFrame

        self.push_screen(FirstFrame(glimpse(self.paths)))
        self.call_after_refresh(self._plan)

    @work(thread=True, exclusive=True, group="load")
    def _plan(self) -> None:
        # In a thread: importing the corpus modules and reading a snapshot take longer than a frame.
        from textual.worker import get_current_worker

        from ..opening import plan_opening
        from .screen import MainScreen  # noqa: F401  (imported here, off the event loop)

        worker = get_current_worker()
        opening = plan_opening(self.paths, self.use_cache, lambda: worker.is_cancelled, self._reading_from_thread)
        if not worker.is_cancelled:  # else the reader has quit meanwhile
            self.call_from_thread(self.call_later, self._open, opening)  # _open awaits screens

    def _reading_from_thread(self, done: int, total: int) -> None:
        """The first frame counts the files of a large corpus as they are read."""
        from .first_frame import FirstFrame

        screen = self.screen
        if isinstance(screen, FirstFrame):
            self.call_from_thread(screen.show_progress, done, total)

    async def _open(self, opening: Opening) -> None:
        """Replace the first frame: the saved corpus, a preview while it is parsed, a large
        corpus readable while it is parsed, or progress."""
        from .screen import MainScreen

        self.opening = opening
        if opening.saved is not None:
            await self._loaded(opening.saved)
        elif opening.readable is not None:
            readable = opening.readable.corpus
            screen = MainScreen(readable, parsing=(0, len(readable.summaries)), saved=opening.readable.saved)
            await self.switch_screen(screen)
            self.call_after_refresh(self._parse_in_background, screen)
        elif opening.preview is not None:
            # Awaited: the preview is mounted before anything can replace it.
            await self.switch_screen(MainScreen(opening.preview, provisional=True))
            # Read once the preview is on screen: the parser's thread would slow its first frame.
            self.call_after_refresh(self._read_in_background)
        else:
            from .loading import LoadingScreen

            self.push_screen(LoadingScreen(self.paths, opening.cache), self._loaded)

    @work(thread=True, exclusive=True, group="load")
    def _read_in_background(self) -> None:
        from textual.worker import get_current_worker

        from ..corpus import load_corpus
        from ..corpus.loading import LoadCancelledError

        worker = get_current_worker()
        cache = self.opening.cache if self.opening else None
        try:
            corpus = load_corpus(self.paths, cache=cache, cancelled=lambda: worker.is_cancelled)
        except LoadCancelledError:
            return  # the reader is quitting: stop reading at once
        self.call_from_thread(self.call_later, self._loaded, corpus)

    @work(thread=True, exclusive=True, group="load")
    def _parse_in_background(self, screen: MainScreen) -> None:
        """Parse the readable corpus over every core; the screen is told how far it has got, with
        the corpus parsed so far (DocumentsParsed), until the last, which is final."""
        from textual.worker import get_current_worker

        from ..corpus.loading import LoadCancelledError
        from ..corpus.staged import Parsed, parse_readable
        from .requests import DocumentsParsed

        worker = get_current_worker()
        opening = self.opening
        assert opening is not None and opening.readable is not None  # _open() started this for one

        def told(parsed: Parsed) -> None:
            if parsed.final and parsed.corpus is not None:
                self.corpus = parsed.corpus
            screen.post_message(DocumentsParsed(parsed.done, parsed.total, parsed.corpus))

        try:
            parse_readable(opening.readable, self.paths, opening.cache, told, lambda: worker.is_cancelled)
        except LoadCancelledError:
            return  # the reader is quitting: stop parsing at once
        self.opening = replace(opening, readable=None)  # its text and folds are the final corpus's now

    async def _loaded(self, corpus: Corpus | None) -> None:
        """Show the corpus read, at the place the preview was read to (if there was one)."""
        from .screen import MainScreen

        self.corpus = corpus
        if corpus is None or not corpus.documents:
            self.exit(return_code=2)
            return
        while len(self.screen_stack) > 2:  # a help or palette screen over the first frame or preview
            await self.pop_screen()
        resume = self.screen.reading_position() if isinstance(self.screen, MainScreen) else None
        await self.switch_screen(MainScreen(corpus, resume=resume))

    def action_help(self) -> None:
        """Show the keys."""
        from .help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())
