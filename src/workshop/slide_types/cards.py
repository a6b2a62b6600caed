"""What quote cards and point cards share: equal panels across the content area, top-anchored
at its top, as large as the longest text allows, and measured as the fit model measures."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from workshop.metrics import LINE_HEIGHT, Span, wrapped_lines
from workshop.ooxml import elements
from workshop.ooxml.fit import WRAP_SLACK_PT
from workshop.theme import geometry as g

if TYPE_CHECKING:
    from pptx.enum.dml import MSO_THEME_COLOR
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
          color: MSO_THEME_COLOR | None = None, left: int = SIDE, bottom: int = END):
    """Draw a flat panel at `box` holding `text` at `size` in `color` (the body text's by
    default), its first line `top` (EMU) below the panel's top, `left` from its left edge
    and its last `bottom` above its foot; return its shape."""
    from pptx.enum.dml import MSO_THEME_COLOR
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
    from pptx.util import Pt

    card = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, box.x, box.y, box.cx, box.cy)
    card.name = name
    flat(card, MSO_THEME_COLOR.BACKGROUND_2)
    frame = card.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.TOP
    frame.margin_left, frame.margin_right = left, SIDE
    frame.margin_top, frame.margin_bottom = top, bottom
    paragraph = frame.paragraphs[0]
    paragraph.alignment = PP_ALIGN.LEFT
    run = paragraph.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.color.theme_color = color or MSO_THEME_COLOR.TEXT_1
    return card


def mark(slide: Slide, box: g.Box, name: str, text: str, size: int, bold: bool = True,
         heading: bool = False):
    """Draw `text` (a numeral or a quotation mark) at `size` in the accent colour at the top
    left of `box`, in the heading font with `heading`, in a frame of its own that does not
    take a reader's focus away from the card's words; return its shape."""
    from pptx.enum.dml import MSO_THEME_COLOR
    from pptx.enum.text import MSO_ANCHOR
    from pptx.util import Pt

    shape = slide.shapes.add_textbox(box.x, box.y, box.cx, box.cy)
    shape.name = name
    frame = shape.text_frame
    frame.word_wrap = True  # unwrapped, LibreOffice sizes the box to its text and moves it
    frame.vertical_anchor = MSO_ANCHOR.TOP
    frame.margin_left, frame.margin_right = MARK_SIDE, 0
    frame.margin_top = frame.margin_bottom = 0
    run = frame.paragraphs[0].add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.theme_color = MSO_THEME_COLOR.ACCENT_1
    if heading:  # the theme's heading font: a serif's curly mark, not a sans's straight one
        run.font.name = "+mj-lt"
    return shape


def bar(slide: Slide, box: g.Box, name: str):
    """Draw a flat accent bar at `box`; return its shape."""
    from pptx.enum.dml import MSO_THEME_COLOR
    from pptx.enum.shapes import MSO_SHAPE

    shape = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, box.x, box.y, box.cx, box.cy)
    shape.name = name
    flat(shape, MSO_THEME_COLOR.ACCENT_1)
    return shape


def flat(shape, color: MSO_THEME_COLOR) -> None:
    """Fill `shape` (any drawn shape: a card, an arrow, a bubble, a rule) flat in `color`:
    no outline, no shadow, and no theme style (LibreOffice draws the theme's effect style, a
    shadow, under an empty effect list)."""
    shape.fill.solid()
    shape.fill.fore_color.theme_color = color
    shape.line.fill.background()
    shape.shadow.inherit = False
    elements.remove_style(shape.element)
