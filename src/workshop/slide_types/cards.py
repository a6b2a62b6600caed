"""What quote cards and point cards share: equal panels across the content area, top-anchored
at its top, as large as the longest text allows, and measured as the fit model measures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from workshop.metrics import LINE_HEIGHT, Span, wrapped_lines
from workshop.ooxml.fit import WRAP_SLACK_PT
from workshop.theme import geometry as g

if TYPE_CHECKING:
    from pptx.slide import Slide

# The drawing below imports python-pptx when it draws: the slide plan and the checks read the
# card types' rules and layout (this module's grid) without loading it.
GAP = int(0.3 * g.INCH)  # between cards, across and down
SIDE = int(0.25 * g.INCH)  # a card's text inset, left and right
END = int(0.2 * g.INCH)  # a card's text inset at its foot
MARK_SIDE = int(0.1 * g.INCH)  # a numeral's or a quotation mark's inset


@dataclass(frozen=True)
class Grid:
    """Where the cards of one slide go: their columns, rows and the size of each."""

    columns: int
    rows: int
    width: int
    height: int

    def box(self, area: g.Box, index: int) -> g.Box:
        """Return the box of card `index`, left to right and then down."""
        row, column = divmod(index, self.columns)
        return g.Box(area.x + column * (self.width + GAP), area.y + row * (self.height + GAP),
                     self.width, self.height)


def text_lines(texts: list[str], size: int, font: str, width: int, left: int = SIDE) -> int:
    """Return the most lines any of `texts` takes at `size` in a card `width` wide whose
    text starts `left` from its edge."""
    room = (width - left - SIDE) / g.PT - WRAP_SLACK_PT
    return max(wrapped_lines([Span(text, size)], font, room) for text in texts)


def settle(texts: list[str], sizes: tuple[int, ...], most_lines: int, font: str,
           area: g.Box, head: int, columns: int, rows: int,
           least_height: int, left: int = SIDE) -> tuple[Grid, int] | None:
    """Return the grid of `columns` by `rows` cards and the text size: the largest of
    `sizes` at which every text takes at most `most_lines` lines and fits its card under a
    `head` (EMU) of its own, starting `left` from the card's edge; None when there is none.
    The cards are all of one height: as tall as the longest text needs, and at least
    `least_height` (EMU; a card, not a strip), within the height a row has."""
    width = (area.cx - GAP * (columns - 1)) // columns
    most = (area.cy - GAP * (rows - 1)) // rows
    for size in sizes:
        lines = text_lines(texts, size, font, width, left)
        height = head + int(lines * size * LINE_HEIGHT * g.PT) + END
        if lines <= most_lines and height <= most:
            return Grid(columns, rows, width, min(max(height, least_height), most)), size
    return None


def fallback(columns: int, rows: int, area: g.Box) -> Grid:
    """Return a grid of cards as large as `area` allows, for text that fits no better."""
    return Grid(columns, rows, (area.cx - GAP * (columns - 1)) // columns,
                (area.cy - GAP * (rows - 1)) // rows)


def panel(slide: Slide, box: g.Box, name: str, text: str, size: int, top: int,
          colour: str = "tx1", left: int = SIDE, bottom: int = END):
    """Draw a flat panel at `box` holding `text` at `size` in the scheme `colour` (the body
    text's by default), its first line `top` (EMU) below the panel's top, `left` from its
    left edge and its last `bottom` above its foot; return its shape."""
    from workshop.slide_types import drawing

    card = drawing.shape(slide, "rect", box, name, "bg2")
    drawing.frame(card, wrap=True, anchor="t", insets=(left, SIDE, top, bottom))
    drawing.add_text(card, [drawing.Styled(text, drawing.Style(size, colour=colour))], align="l")
    return card


def mark(slide: Slide, box: g.Box, name: str, text: str, size: int, bold: bool = True,
         heading: bool = False):
    """Draw `text` (a numeral or a quotation mark) at `size` in the accent colour at the top
    left of `box`, in the heading font with `heading`, in a frame of its own that does not
    take a reader's focus away from the card's words; return its shape."""
    from workshop.slide_types import drawing

    shape = drawing.text_box(slide, box, name)
    # wrapped: unwrapped, LibreOffice sizes the box to its text and moves it
    drawing.frame(shape, wrap=True, anchor="t", insets=(MARK_SIDE, 0, 0, 0))
    # the theme's heading font: a serif's curly mark, not a sans's straight one
    drawing.add_text(shape, [drawing.Styled(text, drawing.Style(
        size, bold, "accent1", "+mj-lt" if heading else None))])
    return shape


def bar(slide: Slide, box: g.Box, name: str):
    """Draw a flat accent bar at `box`; return its shape."""
    from workshop.slide_types import drawing

    return drawing.shape(slide, "rect", box, name, "accent1")
