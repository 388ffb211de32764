"""Page geometry to text, on pages made by hand: no PDF library involved."""

from __future__ import annotations

from critmin_tui.corpus.layout import Box, Page, Run, lay_out

WHITE, BLACK = 0xFFFFFF, 0x000000


def _words(x: float, y: float, text: str, ink: int = BLACK) -> list[Run]:
    """One run per word, 6 points a character, on a 10-point line."""
    runs = []
    for word in text.split():
        runs.append(Run(x, y, x + 6 * len(word), y + 10, word + " ", ink))
        x += 6 * len(word) + 4
    return runs


def test_a_light_box_counts_only_with_a_ground_printed_on_it() -> None:
    page = Page(1, 600, 800, [*_words(72, 700, "s.6(c) OIA"), *_words(72, 650, "A shaded panel of ordinary words")],
                [Box(70, 698, 300, 712, WHITE, dark=False), Box(70, 648, 400, 662, WHITE, dark=False)])
    laid = lay_out([page])
    assert [m.label for m in laid.marks] == ["s.6(c) OIA"]
    assert "A shaded panel of ordinary words" in laid.text


def test_a_box_over_dark_text_hides_it_and_a_contrasting_label_is_its_label() -> None:
    page = Page(1, 600, 800, [*_words(72, 700, "Secret name"), *_words(72, 680, "s9(2)(a)", WHITE)],
                [Box(70, 698, 200, 712, BLACK), Box(70, 678, 200, 692, 0x202020)])
    laid = lay_out([page])
    assert [(m.label, m.hidden) for m in laid.marks] == [(None, "Secret name"), ("s9(2)(a)", "")]
    assert "Secret" not in laid.text


def test_a_writers_short_lines_stay_apart_and_wrapped_ones_join() -> None:
    lines = ["From:", "Jane Citizen", "The strategy will be published after Cabinet has considered",
             "it in the new year, the Minister said."]
    runs = [run for number, text in enumerate(lines) for run in _words(72, 700 - 12 * number, text)]
    laid = lay_out([Page(1, 600, 800, runs)])
    assert laid.text.split("\n\n") == ["From:", "Jane Citizen", " ".join(lines[2:])]
    assert laid.lines_joined == 1


def test_a_running_header_that_changes_by_section_goes_and_a_ground_in_the_margin_stays() -> None:
    pages = []
    for number in range(1, 9):
        header = "Protocol, Continued..." if number <= 4 else "Schedule 2 to the protocol"
        runs = [*_words(72, 780, header), *_words(72, 500, f"Body text of page {'abcdefgh'[number - 1] * 3}."),
                *_words(500, 30, "s.6(c)")]
        pages.append(Page(number, 600, 800, runs))
    text = lay_out(pages).text
    assert "Continued" not in text and "Schedule 2" not in text
    assert text.count("s.6(c)") == 8 and text.count("Body text") == 8


def test_white_words_on_a_dark_heading_are_a_heading_not_a_redaction() -> None:
    page = Page(1, 600, 800, [*_words(75, 700, "Step Action", WHITE), *_words(75, 680, "Out of scope", WHITE)],
                [Box(70, 698, 400, 712, 0x1F3864), Box(70, 678, 400, 692, BLACK)])
    laid = lay_out([page])
    assert [m.label for m in laid.marks] == ["Out of scope"]
    assert laid.text.startswith("Step Action")
