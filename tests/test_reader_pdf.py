"""The reader on a PDF: pages shown, a failed redaction flagged, its text shown only on H and never copied."""

from __future__ import annotations

from pathlib import Path

from critmin_tui.reader.document_view import DocumentView
from tests.pdf_maker import Rect, Text, make_pdf, paragraph_lines
from tests.reader_helpers import all_rows, corpus_of, make_app, notes_of, screen_of

SIZE = (100, 40)
WORDS = ("The Ministry told the applicant that the minerals strategy was still being drafted and that it would be "
         "released once Cabinet had considered it later in the year.")


def _folder(tmp_path: Path) -> Path:
    first: list[Text | Rect] = [*paragraph_lines(WORDS, 72, 700)]
    second: list[Text | Rect] = [Text(72, 700, "Our contact is"), Text(72, 687, "Jane Citizen"), Rect(70, 683, 80, 14),
                                 Text(72, 640, "\u201cWe will publish it,\u201d the Minister said.")]
    (tmp_path / "release.pdf").write_bytes(make_pdf([first, second]))
    return tmp_path


async def test_pages_and_a_failed_redaction_are_shown_and_the_hidden_text_only_on_h(tmp_path: Path) -> None:
    corpus = corpus_of(_folder(tmp_path))
    async with make_app(corpus).run_test(size=SIZE) as pilot:
        rows = all_rows(pilot.app)
        assert "── p. 1 ──" in rows and "── p. 2 ──" in rows
        assert "FAILED REDACTION" in rows and "Jane Citizen" not in rows
        screen = screen_of(pilot.app)
        screen.open_redactions()
        await pilot.pause()
        assert "FAILED" in str(screen.query_one("#quote-info").render())
        await pilot.press("H")
        await pilot.pause()
        shown = notes_of(pilot.app)
        assert any("Jane Citizen" in m for m in shown)
        await pilot.press("y")  # copying never takes the hidden text
        assert "Jane Citizen" not in (pilot.app.clipboard or "")
        view = screen.query_one(DocumentView)
        span = view.cursor.span
        assert span is not None and span.start == screen.corpus.documents[screen.state.doc].redactions[0].start


def test_a_quote_in_a_pdf_knows_its_page_and_its_citation_gives_it(tmp_path: Path) -> None:
    from critmin_tui.corpus.citation import citation
    from critmin_tui.corpus.records import quote_record

    corpus = corpus_of(_folder(tmp_path))
    document = corpus.documents[0]
    quote = next(q for q in document.quotes if "publish" in q.text)
    assert quote_record(document, quote)["page"] == 2
    assert citation(document, quote, None).endswith(", p. 2)")
