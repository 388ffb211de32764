"""Speaker colours: slots that differ between the speakers of one document, and the looks a
theme gives them (theme colours, told apart by underline when a theme has too few)."""

from __future__ import annotations

from collections.abc import Mapping

from rich.style import Style
from textual.color import Color
from textual.css.styles import StylesBase

from ..corpus import Corpus

SPEAKER_SLOTS = 8
# Theme variables speakers are coloured from, in order of preference (error last: redactions use it).
_CANDIDATES = ("text-primary", "text-success", "text-warning", "text-accent", "text-secondary", "text-error")
_HUE_APART = 30.0  # degrees of hue (or a quarter of the lightness scale) for two colours to read as two
_DECORATIONS = ("", "underline", "italic", "underline italic")


def speaker_slots(corpus: Corpus) -> dict[str, int]:
    """A slot per speaker, stable across views; speakers quoted in one document get different
    slots (greedy colouring of who shares a document, most quoted first)."""
    together: dict[str, set[str]] = {}
    for summary in corpus.summaries:
        names = {who for _, _, who in summary.quotes if who}
        for name in names:
            together.setdefault(name, set()).update(names - {name})
    slots: dict[str, int] = {}
    for speaker in corpus.speakers:
        if speaker.name not in together:
            continue
        taken = [slots[other] for other in together[speaker.name] if other in slots]
        free = [slot for slot in range(SPEAKER_SLOTS) if slot not in taken]
        slots[speaker.name] = free[0] if free else min(range(SPEAKER_SLOTS), key=taken.count)
    return slots


def _apart(one: Color, other: Color) -> bool:
    (h1, s1, l1), (h2, s2, l2) = one.hsl, other.hsl
    hue = abs(h1 - h2) * 360
    hue = min(hue, 360 - hue)
    grey1, grey2 = s1 < 0.15, s2 < 0.15  # a grey has no hue to tell it by
    return (hue >= _HUE_APART and not (grey1 or grey2)) or grey1 != grey2 or abs(l1 - l2) >= 0.25


def slot_looks(variables: Mapping[str, str]) -> list[tuple[str, str]]:
    """Per slot: the theme variable it is coloured by, and a text style that tells apart slots
    the theme gives one colour (the theme's distinct colours first, then underlined, ...)."""
    kept: list[tuple[str, Color]] = []
    for name in _CANDIDATES:
        try:
            colour = Color.parse(variables[name])
        except (KeyError, ValueError):
            continue
        if all(_apart(colour, other) for _, other in kept):
            kept.append((name, colour))
    if not kept:
        kept = [("foreground", Color(0, 0, 0))]
    return [(kept[slot % len(kept)][0], _DECORATIONS[min(slot // len(kept), len(_DECORATIONS) - 1)])
            for slot in range(SPEAKER_SLOTS)]


def _luminance(colour: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in colour.rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: Color, other: Color) -> float:
    """The WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


READABLE = 4.5  # WCAG AA for body text


def readable(colour: Color, background: Color, ratio: float = READABLE) -> Color:
    """``colour``, moved toward black or white (whichever the background contrasts) until it
    reaches ``ratio`` against the background (terminal default colours are left alone)."""
    if colour.ansi is not None or background.ansi is not None or contrast(colour, background) >= ratio:
        return colour
    target = background.get_contrast_text(1.0)
    for step in range(1, 11):
        moved = colour.blend(target, step / 10, 1.0)
        if contrast(moved, background) >= ratio:
            return moved
    return target


def speaker_style(slot: int, variables: Mapping[str, str], background: Color) -> Style:
    """A speaker slot's look in this theme, made readable over ``background``."""
    variable, decoration = slot_looks(variables)[slot % SPEAKER_SLOTS]
    colour = background + Color.parse(variables.get(variable, "ansi_default"))
    return Style(color=readable(colour, background).rich_color) + Style.parse(decoration or "none")


def opaque_style(styles: StylesBase, background: Color) -> Style:
    """A component class's style with its colours made opaque (and readable) over
    ``background``: Textual leaves a component's alpha or "auto" colour unblended."""
    under = background
    bgcolor = None
    if styles.has_rule("background"):
        under = background + styles.background
        bgcolor = under.rich_color
    color = None
    if styles.has_rule("color"):
        colour = styles.color
        opaque = under.get_contrast_text(colour.a) if colour.auto else under + colour
        color = readable(opaque, under).rich_color
    return Style(color=color, bgcolor=bgcolor) + styles.text_style
