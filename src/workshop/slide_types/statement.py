"""Statement: one key message, said large on a soft field (design system, section 4). Chosen
for a list of a single short sentence; the slide's title becomes a small kicker above it.

The design system centres the statement on 3.60 in and sets it at 48 pt, else 40, within
three lines. A sentence that needs more than three lines even at 40 pt is set at the body's
28 pt rather than turned back into a one-point list: one point with a bullet and an icon disc
is the look this type exists to replace, and at 28 pt a sentence of at most LONGEST
characters always fits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from workshop.contrast import LARGE_TEXT_MINIMUM
from workshop.metrics import LINE_HEIGHT, Span, wrapped_lines
from workshop.model import BulletSlide
from workshop.ooxml import elements
from workshop.ooxml.fit import WRAP_SLACK_PT
from workshop.ooxml.shapes import shape_tree
from workshop.ooxml.text import set_capitals
from workshop.slide_types.kind import ListType
from workshop.theme import geometry as g

if TYPE_CHECKING:
    from pptx.slide import Slide

NAME = "statement"
FONT = "heading"  # the statement speaks in the titles' voice
SIZES = (48, 40, 28)  # largest first: the last always fits LONGEST characters
MOST_LINES = 3
LONGEST = 120  # characters a sentence may have and still be a statement
MIDDLE = int(3.60 * g.INCH)  # the statement's lines are centred on this height
WIDTH = int(10 / 12 * g.WIDTH)  # columns 1 to 10 of the twelve
KICKER_PT = 20


def sentence(content: BulletSlide) -> str | None:
    """Return the slide's one point when it is a single plain sentence (no sub-points, no
    icon of its own, not a numbered step) of at most LONGEST characters; else None."""
    found = content.bullets
    if len(found) != 1 or not isinstance(found[0], str) or content.numbered:
        return None
    text = found[0].strip()
    return text if 0 < len(text) <= LONGEST else None


def applies(content: BulletSlide) -> bool:
    """Return True when the slide says one short sentence: a key message."""
    return sentence(content) is not None


def layout(text: str, font: str, area: g.Box) -> tuple[int, int]:
    """Return the size the statement is set at and the lines it takes there: the largest of
    SIZES at which it takes at most MOST_LINES lines and fits `area`'s height."""
    room = (WIDTH - 2 * g.TEXT_INSET) / g.PT - WRAP_SLACK_PT
    for size in SIZES:
        lines = wrapped_lines([Span(text, size)], font, room)
        if lines <= MOST_LINES and lines * size * LINE_HEIGHT * g.PT <= area.cy:
            return size, lines
    return SIZES[-1], wrapped_lines([Span(text, SIZES[-1])], font, room)


def draw(slide: Slide, content: BulletSlide, area: g.Box, font: str) -> None:
    """Draw the sentence large in the heading font (`font`) on the slide's background, set
    to the soft panel colour, its lines centred on MIDDLE (kept inside `area`, above any
    prompt band), and make the slide's title a small bold kicker in capitals."""
    # python-pptx only to draw: the slide plan and the checks read the rule without it
    from workshop.slide_types import drawing

    text = sentence(content) or ""
    # The slide's own background, not a shape: the layout's rule and page number stay seen.
    drawing.slide_background(slide, "bg2")
    kicker(slide)
    size, lines = layout(text, font, area)
    height = int(lines * size * LINE_HEIGHT * g.PT)
    top = min(max(MIDDLE - height // 2, area.y), area.y + area.cy - height)
    box = drawing.text_box(slide, g.Box(g.MARGIN, top, WIDTH, height), "Statement")
    drawing.frame(box, wrap=True, anchor="t", insets=(g.TEXT_INSET, g.TEXT_INSET, 0, 0))
    drawing.add_text(box, [drawing.Styled(text, drawing.Style(size, colour="tx2", font=font))],
                     align="l")


def kicker(slide: Slide) -> None:
    """Set the slide's title as a kicker: KICKER_PT, bold, in capitals, in the title colour
    (its words stay the title, for the slide list and screen readers). Not the accent: the
    design system keeps the accent off text, and on the statement's panel the accent read
    at under 4.5:1 in the calm and warm looks."""
    from workshop.slide_types import drawing

    title = elements.find_placeholder(shape_tree(slide.element), 0)
    if title is None:
        return
    drawing.restyle(title, drawing.Style(KICKER_PT, True, "tx2"))
    set_capitals(title)


SAMPLE = {"title": "Remember", "bullets": ["The child is never the one to blame."]}

TYPE = ListType(NAME, applies, draw, font=FONT, sample=SAMPLE,
                colour_pairs=(("dk2", "lt2", LARGE_TEXT_MINIMUM, "statements"),))
