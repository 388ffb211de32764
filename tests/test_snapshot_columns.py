"""The snapshot's list as columns (issue #18): the same summaries back, a list that is damaged
or of another layout read again with a message, never a crash, corrections kept; and no file
looked at for a list that was never saved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import critmin_tui.opening
from critmin_tui.corpus import PARSER_VERSION, DocumentKind, DocumentSummary, ParseCache, load_corpus
from critmin_tui.corpus.cache import MAGIC
from critmin_tui.corpus.columns import KEPT, LEFT_OUT, columns_of, summaries_from
from critmin_tui.corpus.model import Regime

from .correction_helpers import correct_quote, write_corpus

PLAIN = DocumentSummary("a/one.txt", "k1", DocumentKind.ARTICLE, "A plain article")
SUMMARIES = [
    pytest.param([PLAIN], id="one-plain-article"),
    pytest.param([replace(PLAIN, date="2026-01-02", outlet="An outlet", version_of="a/zero.txt")], id="dated-capture"),
    pytest.param([replace(PLAIN, kind=DocumentKind.MINUTE, forced_kind=DocumentKind.MINUTE, regime=Regime.NZ_OIA,
                          agency="A ministry", redactions=((3, 9), (20, 24)), grounds=(("9(2)(a)", 2),))],
                 id="minute-with-enums-and-grounds"),
    pytest.param([replace(PLAIN, renames=(("Lee", "Jo Lee"),), warnings=("lossy bytes",), text_hash="h",
                          paragraphs=(5, 7))], id="renames-warnings-paragraphs"),
    pytest.param([replace(PLAIN, quotes=((1, 4, "Jo Lee"),), reported=("Sam Hill",), unsure=((1, 4),))],
                 id="quotes-left-out"),
    pytest.param([PLAIN, replace(PLAIN, path="a/two.txt", kind=DocumentKind.RELEASE)], id="two-documents"),
    pytest.param([], id="no-documents"),
]


@pytest.mark.parametrize("summaries", SUMMARIES)
def test_columns_give_back_the_summaries_without_what_the_list_leaves_out(summaries: list[DocumentSummary]) -> None:
    back = summaries_from(columns_of(summaries), len(summaries))
    assert back == tuple(replace(s, quotes=(), reported=(), unsure=()) for s in summaries)
    assert all(type(s.kind) is DocumentKind for s in back)


BAD_COLUMNS: list[Any] = [
    pytest.param(lambda columns: columns[:-1], ValueError, id="a-column-missing"),
    pytest.param(lambda columns: tuple(c[:-1] for c in columns), ValueError, id="shorter-than-the-text"),
    pytest.param(lambda columns: tuple(("no such kind",) * 2 if name == "kind" else column
                                       for name, column in zip(KEPT, columns, strict=True)),
                 KeyError, id="an-unknown-kind"),
]


@pytest.mark.parametrize(("damage", "error"), BAD_COLUMNS)
def test_columns_of_another_layout_are_refused(damage: Callable[[Any], Any], error: type[Exception]) -> None:
    columns = columns_of([PLAIN, replace(PLAIN, path="a/two.txt")])
    with pytest.raises(error):
        summaries_from(damage(columns), 2)


def test_the_list_leaves_out_only_what_the_whole_snapshot_brings() -> None:
    assert set(LEFT_OUT) == {"quotes", "reported", "unsure"} and not set(LEFT_OUT) & set(KEPT)


def test_summaries_are_filled_through_their_slots_only_while_their_constructor_checks_nothing() -> None:
    # columns.summaries_from() sets each slot itself: a check in __post_init__ would be passed over.
    assert not hasattr(DocumentSummary, "__post_init__")


def _list_file(cache_dir: Path) -> Path:
    [listed] = (cache_dir / "corpora").glob("*-listed.pickle")
    return listed


def _old_layout(cache: ParseCache, listed: Path) -> None:
    payload = cache.get_snapshot(listed.stem)
    assert payload is not None and "columns" in payload
    payload["summaries"] = payload.pop("columns")  # keyed as a list of another layout would be
    cache.put_snapshot(listed.stem, payload)


def _damaged(_cache: ParseCache, listed: Path) -> None:
    listed.write_bytes(MAGIC + b"\x80\x05garbage")


@pytest.mark.parametrize(("spoil", "message"), [
    pytest.param(_damaged, "moved aside", id="damaged"),
    pytest.param(_old_layout, "of another layout", id="old-layout"),
])
def test_a_spoilt_list_is_read_again_with_a_message_and_corrections_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, spoil: Callable[[ParseCache, Path], None],
        message: str) -> None:
    (tmp_path / "docs").mkdir()
    folder = write_corpus(tmp_path / "docs")
    correct_quote(folder, "It is a setback", "Jo Lee")
    cache_dir = tmp_path / "cache"
    first = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    spoil(ParseCache(cache_dir, PARSER_VERSION), _list_file(cache_dir))
    monkeypatch.setattr(critmin_tui.opening, "READ_FIRST_FILES", 0)  # the list is what a large corpus opens on
    monkeypatch.setattr(critmin_tui.opening, "make_cache", lambda _wanted: ParseCache(cache_dir, PARSER_VERSION))
    planned = critmin_tui.opening.plan_opening([folder], True)
    assert planned.readable is not None and not planned.readable.saved  # read from the files
    assert any(message in p.message for p in planned.readable.corpus.problems)
    again = load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    assert again.summaries == first.summaries
    assert [q.speaker for q in again.documents[0].quotes if q.text.startswith("It is")] == ["Jo Lee"]


def test_with_no_list_saved_the_files_are_not_looked_at(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from critmin_tui.corpus import snapshot
    from critmin_tui.corpus.loading import load_listed

    (tmp_path / "docs").mkdir()
    folder = write_corpus(tmp_path / "docs")
    taken: list[int] = []
    real = snapshot._state_of

    def counted(*args: Any) -> str | None:
        taken.append(1)
        return real(*args)

    monkeypatch.setattr(snapshot, "_state_of", counted)
    cache_dir = tmp_path / "cache"
    assert load_listed([folder], ParseCache(cache_dir, PARSER_VERSION)) is None and taken == []  # a first opening
    load_corpus([folder], cache=ParseCache(cache_dir, PARSER_VERSION))
    taken.clear()
    listed = load_listed([folder], ParseCache(cache_dir, PARSER_VERSION))
    assert listed is not None and [s.name for s in listed.summaries] == ["plan.txt"] and taken == [1]
