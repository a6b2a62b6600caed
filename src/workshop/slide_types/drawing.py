"""Every shape the slide types draw, and every style they set on text, drawn with
python-pptx: the one module of the types that uses it. A type says what it wants in the
theme's words (a scheme colour by name: "tx1", "tx2", "bg1", "bg2", "accent1", "accent2"; a
preset shape by its OOXML name; "l", "ctr", "r" for alignment, "t", "ctr", "b" for anchoring)
and holds what this module hands back: a shape's element, as every slide's shape is to the
OOXML layer (which places, measures and fills it).

python-pptx is imported here, at the top: the slide types' modules import this one only
when they draw (their rules, layouts and documents are read without python-pptx); the
architecture test holds that no other type module reaches python-pptx's API.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from pptx.enum.dml import MSO_THEME_COLOR
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
from pptx.slide import Slide
from pptx.util import Pt

from workshop import compat
from workshop.ooxml import elements, shapes
from workshop.ooxml.namespaces import Element
from workshop.session import Cache
from workshop.theme import geometry as g
from workshop.typography import keep_together

_COLOURS = {"tx1": MSO_THEME_COLOR.TEXT_1, "tx2": MSO_THEME_COLOR.TEXT_2,
            "bg1": MSO_THEME_COLOR.BACKGROUND_1, "bg2": MSO_THEME_COLOR.BACKGROUND_2,
            "accent1": MSO_THEME_COLOR.ACCENT_1, "accent2": MSO_THEME_COLOR.ACCENT_2}
_PRESETS = {"rect": MSO_SHAPE.RECTANGLE, "roundRect": MSO_SHAPE.ROUNDED_RECTANGLE,
            "wedgeRoundRectCallout": MSO_SHAPE.ROUNDED_RECTANGULAR_CALLOUT,
            "ellipse": MSO_SHAPE.OVAL, "round2SameRect": MSO_SHAPE.ROUND_2_SAME_RECTANGLE,
            "homePlate": MSO_SHAPE.PENTAGON, "chevron": MSO_SHAPE.CHEVRON}
_ALIGN = {"l": PP_ALIGN.LEFT, "ctr": PP_ALIGN.CENTER, "r": PP_ALIGN.RIGHT}
_ANCHOR = {"t": MSO_ANCHOR.TOP, "ctr": MSO_ANCHOR.MIDDLE, "b": MSO_ANCHOR.BOTTOM}
CARD_INSET = int(0.15 * g.INCH)  # a drawn card's text from its sides (see style_text)


@dataclass(frozen=True)
class Style:
    """How a run of text is set, each where given: its size in points, bold or not, its
    scheme colour and its font (a typeface, or "+mj-lt" for the theme's heading font)."""

    size: float | None = None
    bold: bool | None = None
    colour: str | None = None
    font: str | None = None


@dataclass(frozen=True)
class Styled:
    """A run of text and its style."""

    text: str
    style: Style


def shape(slide: Slide, preset: str, box: g.Box, name: str | None = None,
          colour: str | None = None, adjust: Sequence[float] = (),
          tint: float | None = None) -> Element:
    """Draw the `preset` shape at `box`, named `name` (else python-pptx's own name), its
    adjustments `adjust` in order and, with a `colour`, filled flat in it (see flat),
    lightened by `tint`; return its element."""
    drawn = slide.shapes.add_shape(_PRESETS[preset], box.x, box.y, box.cx, box.cy)
    if name is not None:
        drawn.name = name
    for n, value in enumerate(adjust):
        drawn.adjustments[n] = value
    if colour is not None:
        flat(drawn.element, colour)
    if tint is not None:
        drawn.fill.fore_color.brightness = tint
    return drawn.element


def text_box(slide: Slide, box: g.Box, name: str) -> Element:
    """Draw a text box at `box` named `name`; return its element."""
    drawn = slide.shapes.add_textbox(box.x, box.y, box.cx, box.cy)
    drawn.name = name
    return drawn.element


def picture(slide: Slide, png: bytes, box: g.Box, name: str, alt: str) -> Element:
    """Draw the picture `png` at `box`, named `name`, described by `alt`; return its
    element."""
    drawn = slide.shapes.add_picture(BytesIO(png), box.x, box.y, box.cx, box.cy)
    drawn.name = name
    elements.set_alt_text(drawn.element, alt)
    return drawn.element


def picture_in(slide: Slide, placeholder: Element, data: bytes, box: g.Box,
               alt: str) -> Element:
    """Set the picture `data` in the slide's picture `placeholder`, uncropped, as large as
    `box` holds it, centred across it and at its top (on the content line, as every slide's
    content starts), described by `alt`; return the picture's element."""
    placed = compat.shape_in(slide, placeholder).insert_picture(BytesIO(data))
    placed.crop_left = placed.crop_right = placed.crop_top = placed.crop_bottom = 0
    width_px, height_px = placed.image.size
    scale = min(box.cx / width_px, box.cy / height_px)
    placed.width, placed.height = int(width_px * scale), int(height_px * scale)
    placed.left = box.x + (box.cx - placed.width) // 2
    placed.top = box.y
    elements.set_alt_text(placed.element, alt)
    return placed.element


def flat(element: Element, colour: str) -> None:
    """Fill the drawn shape `element` (a card, an arrow, a bubble, a rule) flat in the scheme
    `colour`: no outline, no shadow, and no theme style (LibreOffice draws the theme's effect
    style, a shadow, under an empty effect list)."""
    tinted(element, colour)
    drawn = _shape(element)
    drawn.line.fill.background()
    drawn.shadow.inherit = False
    elements.remove_style(element)


def tinted(element: Element, colour: str) -> None:
    """Fill the shape `element` (a text box, a placeholder) in the scheme `colour`, as it is
    otherwise."""
    drawn = _shape(element)
    drawn.fill.solid()
    drawn.fill.fore_color.theme_color = _COLOURS[colour]


def slide_background(slide: Slide, colour: str) -> None:
    """Give `slide` a background of its own, the scheme `colour`."""
    slide.background.fill.solid()
    slide.background.fill.fore_color.theme_color = _COLOURS[colour]


def frame(element: Element, *, wrap: bool | None = None, anchor: str | None = None,
          insets: Sequence[int | None] = ()) -> None:
    """Set how the text of the shape `element` sits in it: wrapped or not, anchored at
    `anchor`, and its insets (left, right, top, bottom; None leaves one as it is)."""
    text = _shape(element).text_frame
    if wrap is not None:
        text.word_wrap = wrap
    if anchor is not None:
        text.vertical_anchor = _ANCHOR[anchor]
    for side, inset in zip(("left", "right", "top", "bottom"), insets, strict=False):
        if inset is not None:
            setattr(text, f"margin_{side}", inset)


def add_text(element: Element, runs: Sequence[Styled], *, align: str | None = None,
             new_paragraph: bool = False, space_after: float | None = None) -> None:
    """Add `runs` to the first paragraph of the shape `element` (or, `new_paragraph`, to one
    added after its last), aligned `align`, with `space_after` points after it; their words
    are kept from breaking badly as every slide's are (see typography.keep_together)."""
    text = _shape(element).text_frame
    paragraph = text.add_paragraph() if new_paragraph else text.paragraphs[0]
    if align is not None:
        paragraph.alignment = _ALIGN[align]
    if space_after is not None:
        paragraph.space_after = Pt(space_after)
    for styled in runs:
        run = paragraph.add_run()
        run.text = keep_together(styled.text)
        _set(run, styled.style)


def restyle(element: Element, style: Style | Callable[[int, int], Style],
            space_before: Callable[[int], float | None] | None = None) -> None:
    """Set every run of the text the shape `element` holds in `style`, or in `style(n, k)`
    for the k-th run of its n-th paragraph; with `space_before`, each paragraph that many
    points below the last (where it gives a number)."""
    for n, paragraph in enumerate(_shape(element).text_frame.paragraphs):
        points = space_before(n) if space_before is not None else None
        if points is not None:
            paragraph.space_before = Pt(points)
        for k, run in enumerate(paragraph.runs):
            _set(run, style if isinstance(style, Style) else style(n, k))


def _set(run, style: Style) -> None:
    """Set the python-pptx `run` in `style` (size, bold, colour, font: in that order)."""
    if style.size is not None:
        run.font.size = Pt(style.size)
    if style.bold is not None:
        run.font.bold = style.bold
    if style.colour is not None:
        run.font.color.theme_color = _COLOURS[style.colour]
    if style.font is not None:
        run.font.name = style.font


def style_text(element: Element, text: str, *, size: int, colour: str, bold: bool = False,
               align: str = "l", anchor: str = "ctr") -> None:
    """Set `text` as the only run of the shape `element`, wrapped and anchored at `anchor`,
    `size` pt in the scheme `colour`, aligned `align`, with the card insets at its sides."""
    frame(element, wrap=True, anchor=anchor, insets=(CARD_INSET, CARD_INSET))
    add_text(element, [Styled(text, Style(size, bold, colour))], align=align)


def _shape(element: Element) -> Any:
    """Return python-pptx's shape over `element` (a p:sp): what this module draws and styles
    text with. Its text, fill, outline and position need no slide around it."""
    return compat.shape_over(element)


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
        drawn = draw(slide, box, texts, *args)
        _shape(drawn).name = name
        _STAMPS.keep(key, copy.deepcopy(drawn))
        return drawn
    tree = shapes.shape_tree(slide.element)
    added = copy.deepcopy(stamp)
    shapes.name_shape(added, name, elements.next_slide_shape_id(tree))
    elements.set_box(added, box)
    for node, text in zip(shapes.text_nodes(added), texts, strict=True):
        node.text = elements.escape_text(text)
    elements.insert_shape(tree, added)
    return added


def add_rule(slide: Slide, box: g.Box, colour: str) -> None:
    """Draw a flat bar in the scheme colour `colour` filling `box`: a hero slide's accent rule."""
    shape(slide, "rect", box, "Accent rule", colour)


def add_panel(slide: Slide, box: g.Box, name: str, colour: str = "bg1",
              corner: float = 0.04) -> Element:
    """Draw a flat card in the scheme `colour` (the background's by default), its corners
    rounded by `corner` of its height, at `box`; return its element."""
    return shape(slide, "roundRect", box, name, colour, adjust=(corner,))
