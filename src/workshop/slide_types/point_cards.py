"""Point cards: three or four short points, each on a numbered panel of its own, side by
side (design system, section 4: "icon cards", numbered here because a list's points carry
no icons of their own). Chosen for a short list whose points are short."""

from __future__ import annotations

from pptx.slide import Slide

from workshop.model import BulletSlide
from workshop.slide_types import cards
from workshop.theme import geometry as g

NAME = "cards"
SIZES = (24, 20)  # a card's words, largest first: a step under the body
MOST_LINES = 4
LONGEST = 60  # characters a point may have and still go on a card
NUMERAL_PT = 40
HEAD = int(0.95 * g.INCH)  # the numeral's room above the words
# The least height of a card: a panel, not a strip, however short its point. Cards as tall as
# four fifths of the room they had read as unfinished to three designers in a row (one line
# of words at the top of a tall empty panel); see docs/design-decisions.md.
LEAST_HEIGHT = int(2.4 * g.INCH)


def points(content: BulletSlide) -> list[str] | None:
    """Return the points when there are 3 or 4, each plain text (no sub-points, no icon of
    its own) of at most LONGEST characters; else None."""
    found = content.bullets
    if not 3 <= len(found) <= 4 or not all(isinstance(p, str) for p in found):
        return None
    texts = [str(p) for p in found]
    return texts if all(len(t) <= LONGEST for t in texts) else None


def applies(content: BulletSlide) -> bool:
    """Return True when the slide's points are few and short enough for cards."""
    return points(content) is not None


def draw(slide: Slide, content: BulletSlide, area: g.Box, font: str) -> None:
    """Draw the points as cards in one row across `area`: a panel
    each, its number large in the accent colour, and the point's words under it at the
    largest size at which each takes at most four lines."""
    texts = points(content) or []
    # One row at the larger size; four that need more lines there as two by two; then one
    # row at the smaller size.
    tries = [((len(texts), 1), SIZES[0]), ((len(texts), 1), SIZES[1])]
    if len(texts) == 4:
        tries.insert(1, ((2, 2), SIZES[0]))
    for (columns, rows), size in tries:
        found = cards.settle(texts, (size,), MOST_LINES, font, area, HEAD, columns, rows,
                             LEAST_HEIGHT)
        if found is not None:
            break
    grid, size = found or (cards.fallback(len(texts), 1, area), SIZES[-1])
    for n, text in enumerate(texts):
        box = grid.box(area, n)
        cards.panel(slide, box, f"Card {n + 1}", text, size, HEAD)
        cards.mark(slide, g.Box(box.x + cards.SIDE - cards.MARK_SIDE,  # on the words' edge
                                box.y + int(0.15 * g.INCH), int(1.2 * g.INCH),
                                HEAD - int(0.15 * g.INCH)), f"Card {n + 1} Number",
                   f"{n + 1:02d}", NUMERAL_PT)
