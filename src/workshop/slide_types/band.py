"""The prompt band (design system, section 7): a slide that asks the room something shows
its prompts in a band at its foot, above which its content stops; a slide that asks nothing
gives the band's room to its content. The writer shows the band so (`show`, before a slide's
type draws it), and the plan measures a list in the room so: both ask here. Once the
content is set, the band's question is kept no larger than the slide's list (`under_list`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from workshop.contrast import LARGE_TEXT_MINIMUM
from workshop.model import SlideBase
from workshop.ooxml import elements
from workshop.ooxml.fit import smallest_size
from workshop.ooxml.shapes import placeholder_kinds_in, shape_name, shape_tree, text_shapes
from workshop.ooxml.text import fill, has_text, labelled, plain, set_size, text_body
from workshop.slide_types import choice
from workshop.slide_types.registry import slide_type
from workshop.theme import geometry as g
from workshop.theme.layout_spec import FURNITURE

if TYPE_CHECKING:
    from pptx.slide import Slide

    from workshop.ooxml.namespaces import Element
    from workshop.slide_types.writing import SlideWriting

# The band's question, in the title colour on its pale fill (see accessibility).
COLOUR_PAIR = ("dk2", "lt2", LARGE_TEXT_MINIMUM, "questions in the prompt band")
GAP = g.INCH // 10  # between the content and a band drawn on a template without one
NEAR = g.INCH // 20  # a placeholder ending this near the band's room ends where it begins


def asks(content: SlideBase) -> bool:
    """Return True when the slide shows prompts in a band: it has some, and its type bands
    them (a discussion's prompts are its content; the closing sets its question itself)."""
    return bool(content.prompts) and slide_type(content).banded


def room(box: g.Box, asking: bool, has_band: bool, scale_y: float) -> g.Box | None:
    """Return the box a content placeholder at `box` takes beside the band, on a template
    `scale_y` times our height; None to keep it. `asking` and without a band of the
    layout's own (`has_band`), a placeholder that starts above the band drawn for it and
    reaches into it ends GAP above it; not asking, the layout's band removed, one that ends
    where the band's room begins reaches the content's foot."""
    if asking and not has_band:
        top = int(g.PROMPT_BAND.y * scale_y)
        if box.y < top - GAP < top < box.bottom:
            return box.with_bottom(top - GAP)
    elif (not asking and has_band
          and abs(box.bottom - int(g.CONTENT_ABOVE_BAND * scale_y)) < NEAR):
        return box.with_bottom(int(g.CONTENT_BOTTOM * scale_y))
    return None


def content_bottom(content: SlideBase) -> int:
    """Return where drawn content must stop on our template: above the prompt band when the
    slide shows one, else at the content's foot."""
    return g.CONTENT_ABOVE_BAND if asks(content) else g.CONTENT_BOTTOM


def show(writer: SlideWriting, slide: Slide, content: SlideBase) -> None:
    """Show the slide's prompts in its layout's band (drawn, with room made above it, on a
    template whose layout has none), or give the band's room to the content."""
    asking = asks(content)
    band = writer.slot(slide, "prompt")
    if asking:
        paragraphs = [labelled(writer.words("ask"), content.prompts[0])]
        paragraphs.extend(plain(*content.prompts[1:]))
        if band is None:
            band = _drawn(writer, slide)
        fill(text_body(band), paragraphs)
        writer.keep_company(band, balanced=True)
        if not writer.organization_template:  # the design's accent bar, at its left
            _bar(writer, slide, band)
        return
    if band is None:
        return
    elements.remove_shape(band)
    for element in placeholder_kinds_in(shape_tree(slide.element)):
        if elements.placeholder_type(element) in (None, *FURNITURE):
            continue
        taller = room(g.Box(*writer.inherited(slide, element).xfrm()), False, True,
                      writer.scale[1])
        if taller is not None:
            elements.set_box(element, taller)


# The roles of a layout that hold a slide's list: a list, or a comparison's two columns.
LIST_ROLES = ("body", "left", "right")
# The shapes a list type draws its points' words in ("Step card 1"), by the names they share.
_DRAWN_WORDS = re.compile("(?:" + "|".join(re.escape(kind.words) for kind in choice.TYPES
                                           if kind.words) + r") \d+")


def under_list(writer: SlideWriting, slide: Slide, content: SlideBase) -> None:
    """Set the band's question at the size of the slide's list (its placeholders', or the
    shapes a list type drew its points in) where the list was set smaller than the question
    (a comparison's columns at 20 pt under a 24 pt question read to a designer as the room's
    question outranking the slide's content), on our template."""
    band = writer.slot(slide, "prompt") if asks(content) else None
    if band is None or writer.organization_template:
        return
    lists = [element for role in LIST_ROLES
             if (element := writer.slot(slide, role)) is not None
             and has_text(text_body(element))]
    lists += [element for element in text_shapes(shape_tree(slide.element))
              if _DRAWN_WORDS.fullmatch(shape_name(element))]
    body = min((smallest_size(element, writer.inherited(slide, element))
                for element in lists), default=None)
    if body and body < smallest_size(band, writer.inherited(slide, band)):
        set_size(text_body(band), body)


def _drawn(writer: SlideWriting, slide: Slide) -> Element:
    """Return a band drawn at the foot of a slide whose layout has none (an organization's
    template), the content placeholders that reach into it made to end above it."""
    from workshop.slide_types import drawing

    band = writer.text_box(slide, g.PROMPT_BAND, "Prompt")
    drawing.tinted(band, "bg2")
    drawing.frame(band, anchor="ctr")
    for placeholder in placeholder_kinds_in(shape_tree(slide.element)):
        if elements.placeholder_type(placeholder) not in ("body", "obj"):  # a text body's
            continue
        shortened = room(g.Box(*writer.inherited(slide, placeholder).xfrm()), True, False,
                         writer.scale[1])
        if shortened is not None:
            elements.set_box(placeholder, shortened)
    return band


def _bar(writer: SlideWriting, slide: Slide, band: Element) -> None:
    """Draw the band's accent bar at its left edge, the band made that much narrower so the
    two sit side by side."""
    from workshop.slide_types import cards

    left, top, width, height = writer.inherited(slide, band).xfrm()
    cards.bar(slide, g.Box(left, top, g.PROMPT_BAR, height), "Prompt Bar")
    elements.set_box(band, g.Box(left + g.PROMPT_BAR, top, width - g.PROMPT_BAR, height))
