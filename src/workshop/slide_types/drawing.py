"""Shapes several slide types draw with python-pptx: a hero slide's accent rule, a flat
panel, text styled in a shape, and a speech bubble's geometry. What one type alone draws is
in its own module.

python-pptx is imported here, at the top: the slide types' modules import this one only
when they draw (their rules, layouts and documents are read without python-pptx).
"""

from __future__ import annotations

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Pt

from workshop.slide_types.cards import flat  # one flat fill for every shape
from workshop.theme import geometry as g

# A speech bubble's tail reaches this far out of its side, into the gutter; its corners are
# rounded by this share of its height (the preset's own), and its text keeps that much clear.
TAIL = int(0.2 * g.INCH)
CORNER = 0.16667
CORNER_LOSS = 2 * 0.29289 * CORNER

def add_rule(slide: Slide, box: g.Box, color: str) -> None:
    """Draw a flat bar in the scheme colour `color` filling `box`: a hero slide's accent rule."""
    bar = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, box.x, box.y, box.cx, box.cy)
    bar.name = "Accent rule"
    flat(bar, _SCHEME[color])


_SCHEME = {"accent2": MSO_THEME_COLOR.ACCENT_2, "bg1": MSO_THEME_COLOR.BACKGROUND_1}


def add_panel(slide: Slide, box: g.Box, name: str):
    """Draw a flat card in the background colour, its corners slightly rounded, at `box`;
    return its shape."""
    card = slide.shapes.add_shape(MSO_SHAPE.ROUNDED_RECTANGLE, box.x, box.y, box.cx, box.cy)
    card.name = name
    card.adjustments[0] = 0.04
    flat(card, MSO_THEME_COLOR.BACKGROUND_1)
    return card


def style_text(shape, text: str, *, size: int, color: MSO_THEME_COLOR, bold: bool = False,
               align: PP_ALIGN = PP_ALIGN.LEFT, anchor: MSO_ANCHOR = MSO_ANCHOR.MIDDLE) -> None:
    """Set `text` as the only run of `shape`, wrapped and anchored at `anchor`, `size` pt in
    the scheme colour `color`, aligned `align`, with the card insets at its sides."""
    frame = shape.text_frame
    frame.word_wrap = True
    frame.vertical_anchor = anchor
    frame.margin_left = frame.margin_right = int(0.15 * g.INCH)
    paragraph = frame.paragraphs[0]
    paragraph.alignment = align
    run = paragraph.add_run()
    run.text = text
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.theme_color = color


def place(shape, box: g.Box) -> None:
    """Give `shape` its own position and size (read before any is set: they are inherited)."""
    shape.left, shape.top, shape.width, shape.height = box.x, box.y, box.cx, box.cy
