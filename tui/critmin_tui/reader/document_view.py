"""The document pane: a virtualized, selectable view of laid-out rows with a cursor."""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from .cursor import Cursor
from .layout import Highlight, Highlights, Layout, LayoutSource, Look, Row, selected_text, split_piece
from .palette import opaque_style, speaker_style

MAX_TEXT_WIDTH = 100  # cells: longer lines are hard to read
_NUMBER_WIDTH = 6  # "  ¶123"


class DocumentView(ScrollView, can_focus=True):
    """Shows a Layout; j/k move a cursor by paragraph; text can be selected with the mouse.

    | Key | Action |
    | :- | :- |
    | j, down / k, up | next / previous paragraph (from the top or bottom of the screen, if the
      cursor was scrolled away) |
    | space, pagedown / b, pageup | a page down / up; the cursor goes to the first paragraph that
      starts on screen |
    | ctrl+d / ctrl+u | half a page down / up |
    | g, home / G, end | first / last paragraph |

    A click puts the cursor on the paragraph clicked (and posts ``Clicked``, for the quote there).

    | Component class | What it styles |
    | :- | :- |
    | `document-view--title`, `--heading`, `--body`, `--table`, `--signature` | the text |
    | `document-view--meta`, `--caption`, `--dim` | secondary lines: dimmer than the body |
    | `document-view--redaction`, `--redaction-block`, `--redaction-ground` | withheld text |
    | `document-view--match`, `--match-current`, `--cursor-span`, `--gutter` | search, cursor |
    | `document-view--verb`, `--diff-add`, `--diff-del`, `--quote-none` | decisions, diffs, quotes |
    | `document-view--evidence` | the cue words and the mention that named the speaker of the quote at the cursor |
    | `document-view--unsure-mark`, `--corrected-mark` | the gutter's ``?`` (unsure) and ``✎`` (corrected) |

    Colours with alpha (as ``$text-muted`` is) are blended over the pane's background here, so a
    light theme's muted text is dark grey, not white. Speakers take theme colours by slot
    (``palette.slot_looks``); where colour is off (NO_COLOR) the gutter shows their initials.
    """

    DEFAULT_CSS = """
    DocumentView > .document-view--title { text-style: bold; color: $text-accent; }
    DocumentView > .document-view--heading { text-style: bold; color: $text-secondary; }
    DocumentView > .document-view--caption { text-style: italic; color: $foreground 70%; }
    DocumentView > .document-view--meta { color: $foreground 70%; }
    DocumentView > .document-view--dim { color: $foreground 70%; }
    DocumentView > .document-view--body { color: $foreground; }
    DocumentView > .document-view--table { color: $foreground; }
    DocumentView > .document-view--verb { text-style: bold; color: $text-accent; }
    DocumentView > .document-view--signature { text-style: italic; color: $text-secondary; }
    DocumentView > .document-view--redaction { background: $error-muted; color: $text-error; text-style: bold; }
    DocumentView > .document-view--redaction-block { color: $text-error; text-style: bold; }
    DocumentView > .document-view--redaction-ground { color: $text-error; }
    DocumentView > .document-view--match { background: $warning-muted; }
    DocumentView > .document-view--match-current { background: $warning; color: $background; text-style: bold; }
    DocumentView > .document-view--cursor-span { text-style: reverse; }
    DocumentView > .document-view--gutter { color: $accent; }
    DocumentView > .document-view--diff-add { color: $text-success; }
    DocumentView > .document-view--diff-del { color: $text-error; }
    DocumentView > .document-view--quote-none { text-style: italic; }
    DocumentView > .document-view--evidence { background: $secondary-muted; text-style: bold underline; }
    DocumentView > .document-view--unsure-mark { color: $text-warning; text-style: bold; }
    DocumentView > .document-view--corrected-mark { color: $text-success; text-style: bold; }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Next ¶", show=False),
        Binding("k,up", "cursor_up", "Prev ¶", show=False),
        Binding("space,pagedown", "page_down", "Page", show=False),
        Binding("b,pageup", "page_up", "Page up", show=False),
        Binding("ctrl+d", "half_page(1)", "Half page", show=False),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False),
        Binding("g,home", "top", "Top", show=False),
        Binding("G,end", "bottom", "Bottom", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {f"document-view--{look}" for look in Look}

    class CursorMoved(Message):
        """The cursor moved: the screen may show what is under it."""

        def __init__(self, view: DocumentView, cursor: Cursor) -> None:
            super().__init__()
            self.view = view
            self.cursor = cursor

    class Clicked(Message):
        """The user clicked a row: the cursor is on its paragraph; ``offset`` is the source
        offset clicked (None off the text)."""

        def __init__(self, doc: int, offset: int | None) -> None:
            super().__init__()
            self.doc = doc
            self.offset = offset

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._source: LayoutSource | None = None
        self._layout = Layout()
        self._spans: list[Highlight] = []
        self._evidence: list[Highlight] = []
        self._marks = Highlights([])
        self._highlights = Highlights([])
        self._cursor = Cursor()
        self._cache: dict[tuple[int, int], Strip] = {}
        self._styles: dict[str, Style] = {}
        self._numbers = False

    @property
    def layout_rows(self) -> Layout:
        """The layout on show."""
        return self._layout

    @property
    def cursor(self) -> Cursor:
        """Where the cursor is."""
        return self._cursor

    @property
    def evidence(self) -> list[Highlight]:
        """The cue and mention highlighted for the quote at the cursor."""
        return self._evidence

    @property
    def layout_width(self) -> int:
        """The width text is wrapped to."""
        return max(20, min(MAX_TEXT_WIDTH, (self.scrollable_content_region.width or 80) - self._gutter))

    @property
    def _gutter(self) -> int:
        """Cells before the text: the cursor bar, paragraph numbers if shown, and a speaker's
        initials where colour is off."""
        return (4 if self.app.no_color else 2) + (_NUMBER_WIDTH if self._numbers else 0)

    @property
    def numbers_shown(self) -> bool:
        """Whether the gutter shows paragraph numbers."""
        return self._numbers

    def show_numbers(self, shown: bool) -> None:
        """Show paragraph numbers (¶19, as the command line gives them) in the gutter, or not."""
        if shown != self._numbers:
            self._numbers = shown
            self._rewrap()  # in the width left

    def show(self, source: LayoutSource, cursor: Cursor | None = None, laid_out: Layout | None = None) -> None:
        """Show what ``source`` lays out (it is called again when the width changes); ``laid_out``
        is its layout at the current width, when already made (in a thread, for a long document)."""
        self._source = source
        if not self.size.width and laid_out is None:
            # Not on screen yet: the first resize wraps at the real width (once, not twice).
            self._layout, self._cursor = Layout(), cursor or Cursor()
            return
        self._relayout(laid_out)
        self.move_cursor(cursor or Cursor(), scroll=True, top=True)

    def set_highlights(self, spans: list[Highlight]) -> None:
        """Lay new highlights over the rows (quotes, matches, redactions)."""
        self._spans = spans
        self._rebuild_highlights()

    def set_evidence(self, spans: list[Highlight]) -> None:
        """Highlight why the quote at the cursor went to its speaker (its cue and mention)."""
        if spans != self._evidence:
            self._evidence = spans
            self._rebuild_highlights()

    def set_marks(self, marks: list[Highlight]) -> None:
        """Quotes to mark in the gutter, each with its mark as the label (``?`` unsure, ``✎`` corrected)."""
        self._marks = Highlights(marks)
        self._invalidate()

    def _rebuild_highlights(self) -> None:
        cursor = self._cursor
        span = cursor.span
        focus = [Highlight(span.doc, span.start, span.end, Look.CURSOR_SPAN)] if span is not None else []
        self._highlights = Highlights([*self._spans, *self._evidence, *focus])
        self._invalidate()

    def move_cursor(self, cursor: Cursor, scroll: bool = True, top: bool = False) -> None:
        """Put the cursor on an item (clamped), optionally on a span in it, and keep it in view."""
        items = self._layout.items
        item = max(0, min(cursor.item, len(items) - 1)) if items else 0
        self._cursor = Cursor(item, cursor.span)
        self._rebuild_highlights()
        if scroll and items:
            self._scroll_to_cursor(top)
        self.post_message(self.CursorMoved(self, self._cursor))

    def _scroll_to_cursor(self, top: bool) -> None:
        item = self._layout.items[self._cursor.item]
        first, last = item.first_row, item.last_row
        span = self._cursor.span
        if span is not None:
            row = self._layout.row_at(span.doc, span.start)
            first = last = row if row is not None else first
        if top and self._cursor.item == 0 and span is None:
            self.scroll_to(y=0, animate=False)
        elif first < self.scroll_y or last >= self.scroll_y + self.size.height:
            self.scroll_to(y=max(0, first - 2), animate=False)

    def _relayout(self, laid_out: Layout | None = None) -> None:
        width = self.layout_width
        self._layout = laid_out or (self._source(width) if self._source else Layout())
        self.virtual_size = Size(width + self._gutter, len(self._layout.rows))
        self._invalidate()

    def _invalidate(self) -> None:
        self._cache.clear()
        self.refresh()

    def on_resize(self, event: events.Resize) -> None:
        """Re-wrap at the new width, keeping the cursor's item in view."""
        self._rewrap()

    def _rewrap(self) -> None:
        item = self._layout.items[self._cursor.item] if self._layout.items else None
        self._relayout()
        if item is not None:
            index = self._layout.item_at(item.doc, item.start) if item.doc >= 0 else self._cursor.item
            self.move_cursor(replace(self._cursor, item=index if index is not None else 0))
        else:  # the first layout: the cursor asked for before there was a size
            self.move_cursor(self._cursor, scroll=True, top=True)

    def notify_style_update(self) -> None:
        """A theme change restyles every row."""
        super().notify_style_update()
        self._cache.clear()
        self._styles.clear()

    def render_line(self, y: int) -> Strip:
        """Draw one visible row."""
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.size.width
        key = (index, width)
        strip = self._cache.get(key)
        if strip is None or self.text_selection is not None:
            strip = self._render_row(index)
            self._cache[key] = strip
        return strip.crop_extend(scroll_x, scroll_x + width, self.rich_style).apply_offsets(scroll_x, index)

    def _render_row(self, index: int) -> Strip:
        base = self.rich_style
        if index >= len(self._layout.rows):
            return Strip.blank(self.size.width, base)
        row = self._layout.rows[index]
        on_cursor = row.item == self._cursor.item and row.item >= 0
        gutter = "▌" if on_cursor else " "
        parts = self._parts(row)
        if self.app.no_color:
            label = next((label for _, _, label in parts if label), "")
            gutter += label[:2] or "  "
        if self._numbers:
            item = self._layout.items[row.item] if row.item >= 0 else None
            first = item is not None and item.first_row == index and item.number is not None
            gutter = (f"¶{item.number}" if first and item else "").rjust(_NUMBER_WIDTH - 1) + " " + gutter
        mark = self._mark(row)
        segments = [Segment(gutter, base + self._style(Look.GUTTER)),
                    Segment(mark.label if mark else " ", base + self._style(mark.style) if mark else base)]
        for text, styles, _ in parts:
            style = base
            for name in styles:
                style += self._style(name)
            segments.append(Segment(text, style))
        strip = Strip(segments)
        return self._with_selection(strip, index)

    def _mark(self, row: Row) -> Highlight | None:
        """The mark of a quote the row shows (the first one's)."""
        for piece in row.pieces:
            if piece.src is not None and piece.text:
                spans = self._marks.over(row.doc, piece.src, piece.src + len(piece.text))
                if spans:
                    return spans[0]
        return None

    def _parts(self, row: Row) -> list[tuple[str, list[str], str]]:
        parts: list[tuple[str, list[str], str]] = []
        for piece in row.pieces:
            for text, spans in split_piece(piece, row.doc, self._highlights):
                styles = [span.style for span in spans]
                label = next((span.label for span in spans if span.label), "")
                parts.append((text, [piece.style, *styles] if piece.style else styles, label))
        return parts

    def _with_selection(self, strip: Strip, index: int) -> Strip:
        selection = self.text_selection
        if selection is None:
            return strip
        span = selection.get_span(index)
        if span is None:
            return strip
        start, end = span
        end = strip.cell_length if end == -1 else end
        style = self.screen.get_component_rich_style("screen--selection")
        end = min(end, strip.cell_length)
        if start >= end:
            return strip
        before, chosen, after = strip.divide([start, end, strip.cell_length])
        # Over the row's own colours (a plain apply_style would sit under them, unseen).
        selected = Strip(Segment.apply_style(list(chosen), post_style=style), chosen.cell_length)
        return Strip.join([before, selected, after])

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self._resolve(name)
        return style

    def _resolve(self, name: str) -> Style:
        """A component's style with its colours made opaque over the pane's background (Textual
        leaves an alpha or "auto" colour of a component class unblended)."""
        background = self.background_colors[1]
        if name.startswith("speaker-"):
            return speaker_style(int(name.removeprefix("speaker-")), self.app.theme_variables, background)
        return opaque_style(self.get_component_styles(f"document-view--{name}"), background)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text as written: a paragraph's wrapped rows joined again, without the
        gutter or the indent."""
        rows = len(self._layout.rows)
        first = selection.start.y if selection.start is not None else 0
        last = selection.end.y if selection.end is not None else rows - 1
        spans = [(y, *span) for y in range(max(0, first), min(rows - 1, last) + 1)
                 if (span := selection.get_span(y)) is not None]
        return selected_text(self._layout, spans, self._gutter), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        """Redraw with the new selection."""
        self._invalidate()

    # Actions: the cursor moves by item; paging scrolls and brings the cursor along.
    def on_click(self, event: events.Click) -> None:
        """Put the cursor on the paragraph clicked; tell the screen which text was clicked."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = int(self.scroll_y) + offset.y
        if not 0 <= index < len(self._layout.rows) or self._layout.rows[index].item < 0:
            return
        row = self._layout.rows[index]
        column, source = int(self.scroll_x) + offset.x - self._gutter, None
        for piece in row.pieces:
            if 0 <= column < len(piece.text):
                source = None if piece.src is None else piece.src + column
                break
            column -= len(piece.text)
        self.move_cursor(Cursor(row.item), scroll=False)
        self.post_message(self.Clicked(row.doc, source))

    def _on_screen(self) -> tuple[int, int] | None:
        """The first and last items starting on screen (None if the cursor is on screen, or none do)."""
        items = self._layout.items
        top, bottom = int(self.scroll_y), int(self.scroll_y) + self.size.height
        if not items or top <= items[self._cursor.item].first_row < bottom \
                or top <= items[self._cursor.item].last_row < bottom:
            return None
        shown = [i for i, item in enumerate(items) if top <= item.first_row < bottom]
        return (shown[0], shown[-1]) if shown else None

    def action_cursor_down(self) -> None:
        """Next paragraph (the first on screen, if the cursor was scrolled away)."""
        shown = self._on_screen()
        self.move_cursor(Cursor(shown[0] if shown else self._cursor.item + 1))

    def action_cursor_up(self) -> None:
        """Previous paragraph (the last on screen, if the cursor was scrolled away)."""
        shown = self._on_screen()
        self.move_cursor(Cursor(shown[1] if shown else self._cursor.item - 1))

    def action_page_down(self) -> None:
        """Down a page."""
        self._scroll_rows(self.size.height - 1)

    def action_page_up(self) -> None:
        """Up a page."""
        self._scroll_rows(-(self.size.height - 1))

    def action_half_page(self, direction: int) -> None:
        """Half a page down (1) or up (-1)."""
        self._scroll_rows(direction * max(1, self.size.height // 2))

    def action_top(self) -> None:
        """First item."""
        self.move_cursor(Cursor(0), top=True)

    def action_bottom(self) -> None:
        """Last item."""
        self.move_cursor(Cursor(len(self._layout.items) - 1))
        self.scroll_end(animate=False)

    def _scroll_rows(self, rows: int) -> None:
        self.scroll_to(y=max(0, self.scroll_y + rows), animate=False, immediate=True)
        top = min(len(self._layout.rows) - 1, int(self.scroll_y))
        bottom = top + self.size.height
        items = self._layout.items
        # The first paragraph that starts on screen; else (one paragraph fills it) the one on show.
        item = next((i for i, it in enumerate(items) if top <= it.first_row < bottom), None)
        if item is None:
            item = next((i for i, it in enumerate(items) if it.last_row >= top), self._cursor.item)
        self.move_cursor(Cursor(item), scroll=False)
