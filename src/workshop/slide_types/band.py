"""The prompt band's room (design system, section 7): a slide that asks the room something
shows its prompts in a band at its foot, above which its content stops; a slide that asks
nothing gives the band's room to its content. The writer sets a slide's placeholders so, and
the plan measures a list in the room so: both ask here.
"""

from __future__ import annotations

from workshop.model import SlideBase
from workshop.slide_types.registry import slide_type
from workshop.theme import geometry as g

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
