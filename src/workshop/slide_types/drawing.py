"""Shapes several slide types draw with python-pptx: a hero slide's accent rule, a flat
panel, text styled in a shape, a shape drawn once and copied after (stamped), and a speech
bubble's geometry. What one type alone draws is in its own module.

python-pptx is imported here, at the top: the slide types' modules import this one only
when they draw (their rules, layouts and documents are read without python-pptx).
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable
from typing import Any

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Pt

from workshop.ooxml import elements, shapes
from workshop.ooxml.namespaces import Element
from workshop.session import Cache
from workshop.slide_types.cards import flat  # one flat fill for every shape
from workshop.theme import geometry as g
from workshop.typography import keep_together

# A speech bubble's tail reaches this far out of its side, into the gutter; its corners are
# rounded by this share of its height (the preset's own), and its text keeps that much clear.
TAIL = int(0.2 * g.INCH)
CORNER = 0.16667
CORNER_LOSS = 2 * 0.29289 * CORNER

# A shape as drawn once, by what it is drawn from (see stamped): later ones are copies with
# their own id, name, place and texts, the XML python-pptx would write, without its steps.
_STAMPS = Cache("drawn shapes by what they are drawn from", 64)


def stamped(slide: Slide, draw: Callable[..., Any], box: g.Box, name: str, texts: list[str],
            *args: Hashable) -> Element:
    """Add the shape `draw(slide, box, texts, *args)` draws, named `name`, at `box`,
    showing `texts` (one per run): drawn the first time for the same `draw`, size and
    `args` in a session, copied after with its own id, name, place and texts. Everything
    else the drawing is made from is in `args`, so a copy is what drawing it again gives.
    Return the shape's element."""
    texts = [keep_together(text) for text in texts]  # drawn or copied, one text
    key = (draw.__module__, draw.__qualname__, box.cx, box.cy, args)
    stamp = _STAMPS.get(key)
    if stamp is None:
        shape = draw(slide, box, texts, *args)
        shape.name = name
        _STAMPS.keep(key, copy.deepcopy(shape.element))
        return shape.element
    tree = shapes.shape_tree(slide.element)
    added = copy.deepcopy(stamp)
    shapes.name_shape(added, name, elements.next_slide_shape_id(tree))
    elements.set_box(added, box)
    for node, text in zip(shapes.text_nodes(added), texts, strict=True):
        node.text = elements.escape_text(text)
    elements.insert_shape(tree, added)
    return added


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
