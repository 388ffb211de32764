"""The main screen's files: documents read off the UI thread, the problems found since the corpus
opened (a file changed or deleted), and the text left under a failed redaction."""

from __future__ import annotations

from pathlib import Path

from textual import work

from ..corpus import Problem, one_line
from ..corpus.store import store_of
from .cursor import Cursor
from .document_view import DocumentView
from .hidden import failed_redaction_at, hidden_notice
from .problems import found_later
from .screen_review import ReviewingScreen


class FilesScreen(ReviewingScreen):
    """Reading documents, and telling of files that went wrong, for MainScreen (it owns the state)."""

    _problems_said: int = 0  # how many of the problems found later have been told

    def problems(self) -> tuple[Problem, ...]:
        """The corpus's problems, and the files found changed or gone since it was opened."""
        return self.corpus.problems + found_later(self.corpus)

    def _say_new_problems(self) -> bool:
        """Tell of files found changed or gone since the last look (a document loaded again); True if any."""
        later = found_later(self.corpus)
        for problem in later[self._problems_said:]:
            self.notify(one_line(f"{Path(problem.path).name}: {problem.message}"), markup=False,
                        severity="warning", timeout=8)
        said, self._problems_said = self._problems_said, len(later)
        return len(later) > said

    def open_document(self, doc: int, cursor: Cursor | None = None) -> None:
        """Show a document (clearing a speaker filter and the diff); one not in memory yet is read
        in a thread first (a slow disk or a large file must not hold up the keys)."""
        store = store_of(self.corpus.documents)  # through the corrections applied over it
        if store is not None and not store.is_loaded(doc):
            self._read_then_open(doc, cursor)
            self.query_one(DocumentView).focus()
            return
        self._change(relayout=True, doc=doc, speakers=frozenset(), diff=False)
        if cursor is not None:
            self.query_one(DocumentView).move_cursor(cursor)
        self.query_one(DocumentView).focus()

    @work(thread=True, exclusive=True, group="open")
    def _read_then_open(self, doc: int, cursor: Cursor | None) -> None:
        from textual.worker import get_current_worker

        self.corpus.documents[doc]  # read here; kept in memory for the view to use
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._opened, doc, cursor)

    def _opened(self, doc: int, cursor: Cursor | None) -> None:
        """A document read in a thread, shown (here, on the app's own thread, where the views are)."""
        if not self.is_attached:
            return  # read after the app began to close
        self._change(relayout=True, doc=doc, speakers=frozenset(), diff=False)
        if cursor is not None:
            self.query_one(DocumentView).move_cursor(cursor)

    def action_problems(self) -> None:
        """Show the files that could not be read, and warnings."""
        from .problems import ProblemsScreen

        self.app.push_screen(ProblemsScreen(self.problems()))

    def action_show_hidden(self) -> None:
        """Show (never copy) the text still under the failed redaction at the cursor."""
        view = self.query_one(DocumentView)
        message, severity = hidden_notice(failed_redaction_at(self.corpus, view.layout_rows, view.cursor))
        self.notify(one_line(message), markup=False, severity=severity, timeout=12)
